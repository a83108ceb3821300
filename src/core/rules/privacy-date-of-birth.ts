import { bodyScanRule } from '../privacy/body-rule';
import { findDatesOfBirth } from '../privacy/detect';

export const privacyDateOfBirth = bodyScanRule(
  {
    code: 'privacy.date-of-birth',
    summary: 'A date of birth in a document',
    explanation:
      "A date of birth, with a name, identifies a person (it is one of the details used to look up a patient's record) and says nothing about their work in the network. A full date (day, month and year, written out or as numbers) straight after \"born\", \"DOB\", \"date of birth\", \"birth date\" or \"birthday\" is reported; other dates (joined, met, decided) and \"born in Leeds\" are not. Remove it (the quick fix removes the line); if the network keeps one on purpose, turn the rule off with `rules: {privacy.date-of-birth: off}` in netgov.yml.",
    example: '```markdown\nDorothy (born 3 March 1944) reads our leaflets for plain English.\n```',
    kinds: ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse'],
  },
  findDatesOfBirth,
  'a date of birth',
);
