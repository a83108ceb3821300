import { bodyScanRule } from '../privacy/body-rule';
import { findPhones } from '../privacy/detect';

export const privacyPhone = bodyScanRule(
  {
    code: 'privacy.phone',
    summary: 'A UK phone number in a document',
    explanation:
      "A phone number (UK formats: 01, 02, 03, 07 and 08 numbers, or +44) written in a network document can be read by everyone with access to the repository and stays in its git history after it is deleted. Remove it (the quick fix removes the line); for a published switchboard number the network chose to share, list it under `privacy: {allow: [...]}` in netgov.yml, which lets that number through and no other (or turn the rule off with `rules: {privacy.phone: off}`).",
    example: '```markdown\nCall Sam on 07700 900123 if the clinic moves.\n```',
    kinds: ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse'],
  },
  findPhones,
  'a phone number',
);
