import type { Found } from './detect';

/**
 * Health details about an identifiable person (privacy.health-detail): "I had
 * two falls", "my mother's dementia", "she has been in and out of hospital".
 *
 * A health network's pages are full of health words ("works in cancer
 * services", "leads the falls prevention programme", "people living with
 * dementia"), so a word alone is never reported. A health word is reported only
 * when a person owns it: a first-person or he/she subject, or a relative ("my
 * mother", "her father-in-law", "Harriet's husband"), followed by a verb of
 * going through it (had, has, lives with, was diagnosed with, was admitted to,
 * in and out of...) and at most three small words ("a", "two", "severe",
 * "breast"...), or a possessive straight before it ("my diagnosis", "my
 * mother's falls"). A health word followed by a word of services or work
 * ("cancer services", "falls prevention", "dementia team") is never one.
 * The lists below are the whole of it; docs/rules.md prints them.
 */

/** Conditions, falls and treatments: a person's health when a person owns them. */
export const HEALTH_WORDS: readonly string[] = [
  'dementia', "alzheimer's", 'alzheimers', 'cancer', 'tumour', 'stroke', 'strokes', 'heart attack', 'heart failure', 'diabetes', "parkinson's", 'parkinsons', 'copd', 'emphysema', 'asthma',
  'epilepsy', 'multiple sclerosis', 'motor neurone disease', 'arthritis', 'osteoporosis', 'sepsis', 'pneumonia', 'delirium', 'incontinence', 'covid', 'long covid', 'hiv',
  'depression', 'anxiety', 'psychosis', 'schizophrenia', 'bipolar disorder', 'an eating disorder', 'breakdown', 'addiction', 'a learning disability', 'autism',
  'fall', 'falls', 'fracture', 'fractures', 'broken hip', 'hip fracture', 'hip replacement', 'knee replacement', 'amputation', 'infection', 'infections',
  'metastases', 'secondaries', 'surgery', 'an operation', 'operations', 'chemotherapy', 'chemo', 'radiotherapy', 'dialysis', 'a transplant', 'treatment',
];

/** Places of care, a person's health only after a verb of going through them: "was in hospital", "admitted to intensive care". */
export const CARE_PLACES: readonly string[] = ['hospital', 'a hospice', 'hospice care', 'a&e', 'intensive care', 'icu', 'a ward', 'the ward'];

/** Health words that "my" does not make personal: "my surgery" is a GP's practice as often as an operation. */
const NOT_AFTER_MY: readonly string[] = ['surgery', 'operations', 'treatment'];

/** Words of the person's own health that a possessive makes personal: "my diagnosis", "his prognosis". */
export const PRIVATE_HEALTH_NOUNS: readonly string[] = ['diagnosis', 'diagnoses', 'prognosis', 'condition', 'illness', 'disease', 'symptoms', 'medication', 'admission', 'admissions', 'operation', 'recovery', 'disability'];

/** Relatives: "my mother", "her father-in-law", "Harriet's husband". */
export const RELATIVES: readonly string[] = [
  'mother', 'mum', 'mom', 'father', 'dad', 'parents', 'parent', 'wife', 'husband', 'partner', 'son', 'daughter', 'child', 'children', 'baby', 'brother', 'sister', 'twin',
  'grandmother', 'grandfather', 'grandma', 'grandad', 'granddad', 'gran', 'nan', 'grandson', 'granddaughter', 'aunt', 'uncle', 'niece', 'nephew',
  'mother-in-law', 'father-in-law', 'son-in-law', 'daughter-in-law', 'sister-in-law', 'brother-in-law', 'stepmother', 'stepfather', 'stepson', 'stepdaughter',
];

/** Verbs of going through an illness or a stay, after a person: "I had", "she lives with", "was admitted to". */
export const EXPERIENCE_VERBS: readonly string[] = [
  'have', 'has', 'had', 'having', 'live with', 'lives with', 'lived with', 'living with', 'suffer from', 'suffers from', 'suffered from', 'suffered', 'suffering from',
  'developed', 'was diagnosed with', 'been diagnosed with', 'diagnosed with', 'admitted to', 'admitted into', 'admitted with', 'treated for', 'being treated for', 'went into', 'taken into', 'rushed into', 'rushed to',
  'was in', 'been in', 'in and out of', 'discharged from', 'recovering from', 'recovered from', 'survived', 'underwent', 'undergoing', 'needed', 'needs', 'received', 'receiving', 'died of', 'died from', 'died in', 'passed away in', 'broke', 'fractured',
];

/** Small words that may stand between the verb and the health word: "had two bad falls", "was diagnosed with early-onset dementia". */
export const FILLERS: readonly string[] = [
  'a', 'an', 'the', 'two', 'three', 'four', 'five', 'first', 'second', 'third', 'latest', 'recent', 'original', 'initial', 'own', 'several', 'few', 'many', 'multiple', 'repeated', 'recurrent', 'some', 'another', 'more', 'further', 'her', 'his', 'my', 'their',
  'bad', 'nasty', 'serious', 'severe', 'mild', 'minor', 'major', 'big', 'small', 'early', 'early-onset', 'young-onset', 'advanced', 'vascular', 'terminal', 'chronic', 'acute', 'aggressive', 'rare',
  'breast', 'bowel', 'lung', 'prostate', 'skin', 'ovarian', 'blood', 'brain', 'type 1', 'type 2', 'mini', 'emergency', 'hip', 'knee', 'local', 'general', 'psychiatric', 'mental health',
];

/** A health word followed by one of these is a service or a piece of work, not a person's health: "cancer services", "falls prevention". */
export const WORK_WORDS: readonly string[] = [
  'service', 'services', 'team', 'teams', 'network', 'networks', 'programme', 'programmes', 'program', 'work', 'research', 'prevention', 'pathway', 'pathways', 'unit', 'units',
  'nurse', 'nurses', 'nursing', 'specialist', 'specialists', 'clinic', 'clinics', 'lead', 'leads', 'strategy', 'screening', 'audit', 'audits', 'board', 'charity', 'charities',
  'support', 'worker', 'workers', 'champion', 'champions', 'friendly', 'awareness', 'education', 'training', 'policy', 'policies', 'register', 'alliance', 'collaborative', 'group', 'groups',
  'forum', 'committee', 'outcomes', 'data', 'medicine', 'doctor', 'doctors', 'consultant', 'consultants', 'surgeon', 'surgeons', 'physician', 'physicians', 'matron', 'manager', 'managers', 'director',
  'care', 'staff', 'trust', 'trusts', 'liaison', 'risk', 'assessment', 'assessments', 'rates', 'rate', 'admissions', 'ward', 'wards', 'setting', 'settings', 'partnership', 'partnerships',
  'project', 'projects', 'pilot', 'course', 'courses', 'management', 'experience', 'expertise', 'skills', 'background', 'interest', 'knowledge', 'department', 'departments', 'directorate',
  'theatre', 'theatres', 'practice', 'plan', 'plans', 'escalation', 'merger', 'reconfiguration', 'improvement', 'quality', 'safety', 'system', 'systems', 'sector', 'agenda', 'portfolio',
  'commissioning', 'rehabilitation', 'review', 'reviews', 'study', 'studies', 'trial', 'trials', 'guidance', 'guidelines', 'standards', 'patients', 'people', 'survivors', 'carers', 'families',
  'beds', 'bed', 'flow', 'premises', 'grounds', 'site', 'sites', 'building', 'role', 'roles', 'post', 'posts', 'job', 'jobs', 'career', 'position', 'placement', 'rotation', 'contract', 'friends', 'based', 'discharge', 'discharges', 'at home', 'response', 'responses', 'round', 'rounds', 'pharmacist', 'pharmacy', 'therapy', 'therapist', 'therapists', 'society', 'centre', 'centres',
];

/** Spaces within one paragraph: a line break, but not a blank line. */
const WS = '(?:[ \\t]+(?:\\r?\\n[ \\t]*)?|\\r?\\n[ \\t]*)';
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const APOSTROPHE = "['\u2019]";

const words = (list: readonly string[]): string =>
  [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, WS).replace(/'/g, APOSTROPHE))
    .join('|');

/** Not a service or piece of work, and not the institution's own ("the hospital's"). */
const NOT_WORK = `${E}(?!${APOSTROPHE}s${E})(?!${WS}(?:${words(WORK_WORDS)})${E})`;
const RELATIVE = `(?:(?:my|our|his|her|\\p{L}+${APOSTROPHE}s)${WS}(?:(?:late|elderly|older|younger|eldest|youngest|little)${WS})?(?:${words(RELATIVES)})${E}(?!${WS}(?:organi[sz]ations?|agencies|bodies|members?|networks?|trusts?|groups?|sites?)${E}))`;
const PERSON = `(?:${B}(?:i|i${APOSTROPHE}(?:ve|d|m)|he|she|he${APOSTROPHE}[sd]|she${APOSTROPHE}[sd]|mum|mam|mom|dad)${E}|${B}${RELATIVE})`;
/** "my mother, who", "my mother who": one run of spaces only, so a long run cannot be split two ways. */
const WHO = `(?:,?${WS}who${E})?`;
/** Adverbs that may stand before a verb: "was originally diagnosed", "has sadly been". */
const ADVERB = '(?:then|also|recently|later|once|now|still|sadly|just|first|twice|both|originally|eventually|finally|subsequently|suddenly|unexpectedly|previously|again|only|herself|himself|myself)';
/** Between the person and the verb: "who", auxiliaries and adverbs ("she has also been"). */
const BRIDGE = `${WHO}(?:${WS}(?:has|have|had|was|is|am|been|being|${ADVERB})${E})*`;
const FILLER = `(?:${WS}(?:${words(FILLERS)}|\\d+)${E}){0,3}`;
const CONDITION = `(?:${words(HEALTH_WORDS)})${NOT_WORK}`;
const CONDITION_AFTER_MY = `(?:${words(HEALTH_WORDS.filter((word) => !NOT_AFTER_MY.includes(word)))})${NOT_WORK}`;
const CARE_PLACE = `(?:${words(CARE_PLACES)})${NOT_WORK}`;
const ANY_HEALTH = `(?:${words([...HEALTH_WORDS, ...CARE_PLACES])})${NOT_WORK}`;
const BODY_PART = `(?:hip|wrist|leg|arm|ankle|pelvis|shoulder|back|neck|femur|ribs)${E}`;
const PRIVATE = `(?:${words(PRIVATE_HEALTH_NOUNS)})${NOT_WORK}`;
/** "two stressful weeks in hospital", "three nights in intensive care". */
const STAY = `${FILLER}(?:${WS}\\p{L}+)?${WS}(?:days?|weeks?|months?|nights?)${WS}in${FILLER}${WS}${CARE_PLACE}`;

const PATTERNS = [
  // I had two falls; she has been in and out of hospital; my mother, who has dementia; he broke his hip; mum had two weeks in hospital.
  `${PERSON}${BRIDGE}${WS}(?:(?:${words(EXPERIENCE_VERBS)})${FILLER}${WS}${ANY_HEALTH}|(?:broke|fractured)${FILLER}${WS}${BODY_PART}|(?:had|spent)${STAY})`,
  // I was diagnosed in 2019; she was hospitalised; he was sectioned; her father was admitted.
  `${PERSON}${WHO}(?:${WS}(?:has|have|had|${ADVERB})${E})*${WS}(?:was|were|been|got)(?:${WS}${ADVERB}${E})*${WS}(?:re-?)?(?:diagnosed|hospitali[sz]ed|sectioned|admitted(?!${WS}(?:as|to)${E}))${E}`,
  // With no person: "was" is one person, on a member page the member or their family ("... and was in hospital for three weeks").
  `${B}was(?:${WS}${ADVERB}${E})*${WS}(?:(?:re-?)?(?:diagnosed|hospitali[sz]ed|sectioned)${E}|(?:re-?)?admitted${WS}(?:to|into)${FILLER}${WS}${CARE_PLACE}|in(?:${WS}and${WS}out${WS}of)?${FILLER}${WS}${CARE_PLACE})`,
  // my diagnosis, his prognosis, my second diagnosis, my dementia, my mother's falls, her husband's stroke.
  `${B}(?:my|his|her)${WS}(?:(?:own|first|second|third|latest|recent|original|initial|eventual)${WS})?${PRIVATE}`,
  `${B}my${WS}(?:own${WS})?${CONDITION_AFTER_MY}`,
  `${RELATIVE}${APOSTROPHE}s${FILLER}${WS}(?:${CONDITION}|${PRIVATE})`,
  // as a type 2 diabetes patient; I'm a cancer survivor.
  `${B}(?:as|am|was|i${APOSTROPHE}m|being)${WS}an?${FILLER}${WS}(?:${words(HEALTH_WORDS)})${WS}(?:patient|survivor|sufferer)${E}(?!${APOSTROPHE}s)`,
  // joined the network after a fall; got involved following her stroke.
  `${B}(?:joined|came|got${WS}involved|became${WS}involved)${E}(?:[^.!?\\n]|\\n(?![ \\t]*\\n)){0,80}?${B}(?:after|following|since)${FILLER}${WS}${CONDITION}`,
  // I fell at home; she fell and broke.
  `${PERSON}${BRIDGE}${WS}fell${WS}(?:over|down|at${WS}home|and${WS}(?:broke|hurt|fractured))${E}`,
];

const PATTERN = new RegExp(PATTERNS.map((pattern) => `(?:${pattern})`).join('|'), 'giu');

/** "Harriet's mother" counts only with a capital, as a name: not "today's children" or "network's partner". */
function nameCapitalised(match: string): boolean {
  const first = /^(\p{L}+)['\u2019]s\s/u.exec(match);
  if (!first) return true;
  return /^\p{Lu}/u.test(first[1]!) && !['It', 'That', 'There', 'What', 'Who', 'Here', 'Let', 'He', 'She', 'Today', 'Year', 'Network'].includes(first[1]!);
}

/** Health details about a person (see the file's comment); offsets into the text given. */
export function findHealthDetails(text: string): Found[] {
  const found: Found[] = [];
  const pattern = new RegExp(PATTERN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (nameCapitalised(match[0])) found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    else pattern.lastIndex = match.index + 1;
  }
  return found;
}
