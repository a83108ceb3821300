import { bodyScanRule } from '../privacy/body-rule';
import { findNhsNumbers } from '../privacy/detect';

export const privacyNhsNumber = bodyScanRule(
  {
    code: 'privacy.nhs-number',
    summary: 'An NHS number in a document',
    explanation:
      "An NHS number identifies a patient. Ten digits that pass the NHS number's check digit (modulus 11), written together or as 3-3-4, are reported wherever they appear. A network's governance documents never need one: remove it at once (the quick fix removes the line), and if it was committed, see docs/information-governance.md on removing it from git history and whether to report it to your organisation's data protection officer.",
    example: '```markdown\nThe case discussed (NHS number 943 476 5919) showed the delay.\n```',
    kinds: ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse'],
  },
  findNhsNumbers,
  'an NHS number',
);
