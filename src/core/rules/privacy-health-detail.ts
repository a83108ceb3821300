import { bodyScanRule } from '../privacy/body-rule';
import { CARE_PLACES, EXPERIENCE_VERBS, findHealthDetails, HEALTH_WORDS, PRIVATE_HEALTH_NOUNS, RELATIVES, WORK_WORDS } from '../privacy/health-detail';

const list = (words: readonly string[]): string => words.map((word) => `"${word}"`).join(', ');

export const privacyHealthDetail = bodyScanRule(
  {
    code: 'privacy.health-detail',
    summary: "A health detail about a person on a member's page",
    explanation: [
      "A person's health is special category data: a network's governance documents should hold none, and a member page of a patient or carer partner says what they bring to the network, never their diagnosis or their family's hospital stays. On member pages, this rule reports a health word that a person owns, within one paragraph: a person (\"I\", \"he\", \"she\", \"Mum\", or a relative such as \"my mother\", \"her father-in-law\", \"Harriet's husband\"), then a verb of going through it (\"had\", \"lives with\", \"was diagnosed with\", \"was admitted to\", \"in and out of\"...), at most three small words (\"a\", \"two\", \"severe\", \"breast\"...) and the health word; \"was diagnosed\", \"was hospitalised\", \"was sectioned\", \"was admitted to hospital\" or \"was in hospital\", with or without a person before it; \"had two weeks in hospital\"; \"fell at home\", \"broke his hip\"; a possessive straight before a health word (\"my diagnosis\", \"his condition\", \"my dementia\", \"my mother's falls\"; not \"my surgery\", which is as often a GP's practice); \"as a diabetes patient\", \"a cancer survivor\"; and \"joined\" or \"came\" ... \"after a fall\" or \"following a stroke\" in one sentence.",
      '',
      "Health words alone are never reported: a health network's members write them all the time. \"Works in cancer services\", \"leads the falls prevention programme\", \"has a special interest in dementia\" and \"people living with dementia\" pass, and so does a health word followed by a word of services or work.",
      '',
      `- Health words: ${list(HEALTH_WORDS)}; after a verb only, places of care: ${list(CARE_PLACES)}.`,
      `- Words that a possessive makes personal: ${list(PRIVATE_HEALTH_NOUNS)}.`,
      `- Relatives: ${list(RELATIVES)}.`,
      `- Verbs: ${list(EXPERIENCE_VERBS)}.`,
      `- Words of services or work that make a health word not personal when they follow it: ${list(WORK_WORDS)}.`,
      '',
      "Reword the page to say what the person brings (\"a carer for a parent\", \"brings a patient's view of discharge\"), or remove the line (the quick fix removes the lines of the finding). If the person asked for their story to be told and the network has their written consent (see docs/information-governance.md), turn the rule off with `rules: {privacy.health-detail: off}` in netgov.yml.",
    ].join('\n'),
    example: '```markdown\nI had two falls last year and was in hospital for three weeks.\n```',
    kinds: ['member'],
  },
  findHealthDetails,
  'a health detail about a person',
);
