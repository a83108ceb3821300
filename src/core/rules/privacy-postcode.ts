import { bodyScanRule } from '../privacy/body-rule';
import { findPostcodes } from '../privacy/detect';

export const privacyPostcode = bodyScanRule(
  {
    code: 'privacy.postcode',
    summary: "A postcode on a member's page",
    explanation:
      "A full postcode on a member's page points at where a person lives (a patient or carer partner's home, most often) and, with their name, identifies them. Member pages say what people bring to the network, not where they live. Remove it (the quick fix removes the line). An organisation's address belongs on its own website; if the network needs one here, turn the rule off with `rules: {privacy.postcode: off}` in netgov.yml.",
    example: '```markdown\nLives near the hospital, NE4 6BE, and can come to evening meetings.\n```',
    kinds: ['member'],
  },
  findPostcodes,
  'a postcode',
);
