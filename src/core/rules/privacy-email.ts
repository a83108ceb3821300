import { bodyScanRule } from '../privacy/body-rule';
import { findEmails } from '../privacy/detect';

export const privacyEmail = bodyScanRule(
  {
    code: 'privacy.email',
    summary: 'An email address in a document',
    explanation:
      "A personal email address written in a network document can be read by everyone with access to the repository and stays in its git history after it is deleted. Members' contact details belong in the network's contact list, not in its governance documents. Remove the address (the quick fix removes the line); if it is a shared mailbox the network chose to publish, list it under `privacy: {allow: [...]}` in netgov.yml, which lets that address through and no other (or turn the rule off with `rules: {privacy.email: off}`).",
    example: '```markdown\nAmara (amara.okafor@example.nhs.uk) will send the draft round.\n```',
    kinds: ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse'],
  },
  findEmails,
  'an email address',
);
