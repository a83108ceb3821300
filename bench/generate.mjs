#!/usr/bin/env node
// Writes a synthetic but valid and realistic network for the benchmark:
// CHARTER.md (20 areas), PURPOSE.md (20 outcomes), members, actions, meetings
// and pulses. Deterministic: the same seed and scale give byte-identical files.
//
//   node bench/generate.mjs [--scale 1] [--seed 20261127] [--out bench/.data/network] [--force]
//
// Scale 1 = 1,000 members, 10,000 actions, 2,000 meetings; the charter's 20
// areas, the purpose's 20 outcomes and the 8 pulses do not scale.
// Every document passes the schemas and the rules of docs/format.md as of
// TODAY: references resolve, decisions are recorded on both sides, dates are in
// order and not in the future, lead terms are time-limited and current.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = join(HERE, '.data', 'network');
export const DEFAULT_SEED = 20261127;
export const TODAY = '2026-11-27';
const MARKER = '.netgov-bench.json';
const WRITE_CONCURRENCY = 64;

const BASE = { members: 1000, actions: 10000, meetings: 2000 };
const ESTABLISHED = '2020-01-15';
const TERM_MONTHS = 24;
const QUORUM = 5;

// ---------------------------------------------------------------------------
// Randomness and dates

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rnd = mulberry32(DEFAULT_SEED);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
const pick = (list) => list[Math.floor(rnd() * list.length)];
const chance = (p) => rnd() < p;
function sample(list, k) {
  const copy = list.slice();
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rnd() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
function weighted(entries) {
  let total = 0;
  for (const [, w] of entries) total += w;
  let r = rnd() * total;
  for (const [value, w] of entries) {
    if ((r -= w) < 0) return value;
  }
  return entries[entries.length - 1][0];
}

const DAY = 86400000;
const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const TODAY_DAY = toDay(TODAY);
const EST_DAY = toDay(ESTABLISHED);

/** Same arithmetic as netgov's addMonths (clamps to the month's last day). */
function addMonths(isoDate, months) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
const firstOfMonth = (day) => `${iso(day).slice(0, 8)}01`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (day) => {
  const d = new Date(day * DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

// ---------------------------------------------------------------------------
// Text helpers

function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A YAML scalar: plain when unambiguous, else double-quoted (JSON escapes are valid YAML). */
function q(value) {
  if (/^[A-Za-z\u00c0-\u017f][A-Za-z0-9\u00c0-\u017f '\u2019.,()/&+-]*$/.test(value) && !/:\s|\s#|:$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value)) {
    return value;
  }
  return JSON.stringify(value);
}
const flow = (ids) => `[${ids.join(', ')}]`;
const words = (text) => text.split(/\s+/).filter(Boolean).length;
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills `{slot}` placeholders from `slots` (functions are called each time, so repeated slots vary). */
function fill(template, slots) {
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    const v = slots[key];
    if (v === undefined) throw new Error(`generate: no slot ${key} for "${template}"`);
    return typeof v === 'function' ? v() : String(v);
  });
}

/** Sentences from `pool` until `target` words, as one paragraph; `used` avoids repeats within a section. */
function paragraph(pool, slots, target, used = new Set()) {
  const out = [];
  let count = 0;
  while (count < target) {
    if (used.size >= pool.length) used.clear();
    let i = Math.floor(rnd() * pool.length);
    while (used.has(i)) i = (i + 1) % pool.length;
    used.add(i);
    const s = fill(pool[i], slots);
    out.push(s);
    count += words(s);
  }
  return out.join(' ');
}

/** Paragraphs of 40-90 words until `target` words. */
function paragraphs(pool, slots, target) {
  const out = [];
  const used = new Set();
  let left = target;
  while (left > 0) {
    const p = paragraph(pool, slots, Math.min(left, int(40, 90)), used);
    out.push(p);
    left -= words(p);
  }
  return out;
}

/** "a GP", "an occupational therapist". */
function withArticle(profession) {
  const lower = /^[A-Z][a-z]/.test(profession) ? profession.charAt(0).toLowerCase() + profession.slice(1) : profession;
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}

// ---------------------------------------------------------------------------
// Vocabulary

const FIRST = [
  'Amara', 'Tom', 'Priya', 'Gareth', 'Jean', 'Sam', 'Aisha', 'Oliver', 'Fatima', 'James', 'Chloe', 'Mohammed', 'Hannah', 'Daniel', 'Grace',
  'Ravi', 'Emily', 'Kwame', 'Sophie', 'Liam', 'Zoë', 'Siobhán', 'Seán', 'Niamh', 'Aoife', 'Ciarán', 'Bethan', 'Rhys', 'Eilidh', 'Callum',
  'Anita', 'Deepak', 'Yusuf', 'Leila', 'Marta', 'Tomasz', 'Agnieszka', 'Chidi', 'Ngozi', 'Adebayo', 'Funmi', 'Wei', 'Mei', 'Hiroshi',
  'Ana', 'José', 'Lucía', 'Renée', 'Chantelle', 'Kerry', 'Paul', 'Susan', 'Margaret', 'David', 'Helen', 'Peter', 'Ruth', 'Andrew', 'Claire',
  'Michael', 'Joanne', 'Stephen', 'Nicola', 'Ian', 'Lorraine', 'Neil', 'Alison', 'Simon', 'Rachel', 'Mark', 'Emma', 'Richard', 'Sarah',
  'Joseph', 'Lucy', 'Matthew', 'Laura', 'Samuel', 'Jessica', 'Harry', 'Megan', 'Imran', 'Nadia', 'Hassan', 'Sana', 'Tariq', 'Farah',
  'Kofi', 'Abena', 'Ibrahim', 'Zainab', 'Viktor', 'Elena', 'Katarzyna', 'Piotr', 'Bronwen', 'Dafydd', 'Morag', 'Fergus', 'Iona', 'Ewan',
];
const LAST = [
  'Okafor', 'Hughes', 'Shah', 'Jones', 'Wilson', 'Patel', 'Khan', 'Smith', 'Brown', 'Taylor', 'Davies', 'Evans', 'Thomas', 'Roberts',
  'Johnson', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Clarke', 'Jackson',
  'Lewis', 'Martin', 'Cooper', 'King', 'Baker', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'Turner', 'Parker', 'Cook', 'Begum',
  'Ahmed', 'Ali', 'Hussain', 'Singh', 'Kaur', 'Sharma', 'Gupta', 'Chowdhury', 'Rahman', 'Mensah', 'Owusu', 'Adeyemi', 'Okonkwo', 'Nwosu',
  'Chen', 'Wang', 'Li', 'Nguyen', 'Kowalski', 'Nowak', 'Wiśniewska', 'García', 'Fernández', 'Silva', 'Costa', "O'Brien", "O'Neill",
  'Murphy', 'Kelly', 'Byrne', 'Ní Bhriain', 'MacLeod', 'Campbell', 'Stewart', 'Fraser', 'Reid', 'Ross', 'Llewellyn', 'Pritchard', 'Bevan',
  'Morgan', 'Price', 'Lloyd', 'Fletcher', 'Fox', 'Gray', 'Bell', 'Marshall', 'Hunt', 'Holmes', 'Mills', 'Barker', 'Lambert', "D'Souza",
  'Fitzgerald', 'Sutherland', 'Abbott', 'Quinn', 'Dunne', 'Haque', 'Iqbal', 'Mistry', 'Varma', 'Bose',
];

const ORGS = [
  ['Riverside Hospitals NHS Foundation Trust', 'acute trust', 5],
  ['North Shire University Hospitals NHS Trust', 'acute trust', 5],
  ['Eastfield General Hospital NHS Trust', 'acute trust', 3],
  ['North Shire Community Health NHS Trust', 'community', 6],
  ['Westvale Community Services CIC', 'community', 2],
  ['North Shire Mental Health NHS Foundation Trust', 'mental health', 3],
  ['Northern Counties Ambulance Service NHS Trust', 'ambulance', 2],
  ['North Shire Integrated Care Board', 'commissioner', 2],
  ['Northgate Primary Care Network', 'primary care', 3],
  ['Millbrook Primary Care Network', 'primary care', 3],
  ['Eastfield Central Primary Care Network', 'primary care', 3],
  ['Harbour Lane Surgery', 'primary care', 1],
  ['Old Mill Medical Practice', 'primary care', 1],
  ['Castle Street Health Centre', 'primary care', 1],
  ['North Shire County Council Adult Social Care', 'social care', 3],
  ['Eastfield City Council', 'social care', 2],
  ['Willow Court Care Home', 'social care', 1],
  ['Beechwood House Nursing Home', 'social care', 1],
  ['Age UK North Shire', 'voluntary sector', 2],
  ['Carers Support North Shire', 'voluntary sector', 2],
  ["Alzheimer's Society North Shire", 'voluntary sector', 1],
  ['North Shire Hospice', 'voluntary sector', 2],
  ['Community Pharmacy North Shire', 'pharmacy', 1],
  ['University of North Shire', 'academia', 1],
  ['Healthwatch North Shire', 'voluntary sector', 1],
  ['Patient partner', 'public/patient', 4],
];
const PROFESSIONS = {
  'acute trust': ['Consultant geriatrician', 'Ward sister', 'Discharge coordinator', 'Physiotherapist', 'Occupational therapist', 'Pharmacist', 'Service manager', 'Specialty doctor', 'Matron'],
  community: ['Advanced nurse practitioner', 'District nurse', 'Community matron', 'Physiotherapist', 'Occupational therapist', 'Team leader', 'Rehabilitation assistant'],
  'mental health': ['Consultant psychiatrist', 'Community psychiatric nurse', 'Clinical psychologist', 'Dementia nurse specialist'],
  ambulance: ['Paramedic', 'Advanced paramedic practitioner', 'Clinical lead'],
  commissioner: ['Commissioning manager', 'Clinical director', 'Programme lead', 'Analyst'],
  'primary care': ['GP', 'Practice nurse', 'Clinical pharmacist', 'Social prescribing link worker', 'Practice manager', 'Care coordinator'],
  'social care': ['Social worker', 'Care home manager', 'Reablement officer', 'Team manager', 'Senior carer'],
  'voluntary sector': ['Service coordinator', 'Volunteer manager', 'Chief executive', 'Carers support worker'],
  pharmacy: ['Community pharmacist'],
  academia: ['Senior lecturer', 'Research fellow'],
  'public/patient': ['Carer', 'Retired teacher', 'Patient representative', 'Volunteer'],
};
const INTERESTS = [
  'falls prevention', 'care homes', 'quality improvement', 'dementia', 'end of life care', 'medicines', 'carers', 'hospital discharge',
  'digital tools', 'data and measurement', 'workforce wellbeing', 'rehabilitation', 'nutrition', 'health inequalities', 'housing',
  'social prescribing', 'patient experience', 'training and education', 'urgent care', 'virtual wards', 'continence', 'loneliness',
];

const AREAS = [
  ['frailty', 'Frailty in the community', 'Helping older people living with frailty stay well at home.'],
  ['discharge', 'Hospital discharge', 'Getting people home from hospital safely and without delay.'],
  ['falls-prevention', 'Falls prevention', 'Fewer falls, and fewer injuries when falls happen.'],
  ['care-homes', 'Care homes', 'Supporting residents and staff in care and nursing homes.'],
  ['dementia', 'Living well with dementia', 'Timely diagnosis and joined-up support after it.'],
  ['end-of-life', 'End of life care', 'Good deaths in the place people choose.'],
  ['medicines', 'Medicines optimisation', 'Safer prescribing and regular structured medication reviews.'],
  ['urgent-response', 'Urgent community response', 'A two-hour response that keeps people out of hospital.'],
  ['virtual-wards', 'Virtual wards', 'Hospital-level care at home with remote monitoring.'],
  ['carers', 'Unpaid carers', 'Recognising and supporting the people who care.'],
  ['workforce', 'Workforce and training', 'Skills, wellbeing and retention across organisations.'],
  ['digital', 'Digital and shared records', 'Information that follows the person between services.'],
  ['data-and-evidence', 'Data and evidence', 'Shared measures and honest learning from them.'],
  ['mental-health', 'Mental health in later life', 'Depression, anxiety and loneliness in older people.'],
  ['rehabilitation', 'Rehabilitation and reablement', 'Regaining independence after illness or injury.'],
  ['nutrition', 'Nutrition and hydration', 'Eating and drinking well at home and in care.'],
  ['continence', 'Continence care', 'Assessment and dignity rather than pads by default.'],
  ['housing', 'Housing and home adaptations', 'Homes that let people live safely and independently.'],
  ['social-prescribing', 'Social prescribing', 'Community activities as part of care.'],
  ['patient-experience', 'Patient and carer experience', 'Hearing from people who use services and acting on it.'],
];

const OUTCOMES = [
  ['fewer-readmissions', 'Fewer emergency readmissions within 30 days', 'Readmissions within 30 days per 1,000 discharges, people aged 75 and over (hospital activity data)', 142, 120, 'num'],
  ['faster-referrals', 'Faster referrals to community frailty teams', 'Median working days from GP referral to first visit (community trust data)', 9, 5, 'num'],
  ['fewer-falls', 'Fewer falls resulting in injury', 'Falls with injury per 1,000 people aged 65 and over per year (ambulance and emergency department data)', 31, 25, 'num'],
  ['fewer-care-home-admissions', 'Fewer unplanned admissions from care homes', 'Emergency admissions per care home bed per year', 0.9, 0.7, 'num'],
  ['preferred-place-of-death', 'More people dying in their preferred place', 'Share of deaths on the end of life register in the preferred place, per cent', 58, 75, 'num'],
  ['shorter-stays', 'Shorter hospital stays for older people', 'Mean length of stay in days, emergency admissions aged 75 and over', 9.4, 7.5, 'num'],
  ['fewer-delayed-discharges', 'Fewer people waiting in hospital once ready to leave', 'People medically fit for discharge still in hospital, daily average', 96, 60, 'num'],
  ['advance-care-plans', 'More people with an advance care plan', 'Share of people with severe frailty with a recorded advance care plan, per cent', 21, 50, 'num'],
  ['carers-supported', 'More unpaid carers identified and supported', 'Carers registered with a practice and offered a carers assessment', 2400, 4000, 'num'],
  ['fewer-conveyances', 'Fewer ambulance conveyances after a fall', 'Share of falls call-outs conveyed to hospital, per cent', 54, 40, 'num'],
  ['medication-reviews', 'Structured medication reviews for everyone with severe frailty', 'Share of people with severe frailty with a review in the past year, per cent', 38, 80, 'num'],
  ['dementia-diagnosis', 'Timely dementia diagnosis', 'Estimated dementia diagnosis rate, people aged 65 and over, per cent', 59, 67, 'num'],
  ['two-hour-response', 'Urgent community response within two hours', 'Share of urgent referrals seen within two hours, per cent', 64, 80, 'num'],
  ['virtual-ward-use', 'Virtual wards used to their capacity', 'Virtual ward occupancy, per cent of commissioned beds', 'Not yet open', 85, 'mixed'],
  ['staff-trained', 'Staff across the network trained in frailty', 'Staff completing the shared frailty training, cumulative', 0, 1200, 'num'],
  ['better-experience', 'Better experience of joined-up care', 'Share of patients and carers saying they did not have to repeat their story, per cent', 41, 70, 'num'],
  ['fewer-hip-fractures', 'Fewer hip fractures', 'Emergency admissions for hip fracture, people aged 65 and over, per 100,000', 560, 480, 'num'],
  ['rehab-goals-met', 'More people meeting their rehabilitation goals', 'Share of reablement episodes ending with goals met, per cent', 62, 75, 'num'],
  ['social-prescribing-uptake', 'Social prescribing offered to more older people', 'Social prescribing referrals per month, people aged 65 and over', 85, 200, 'num'],
  ['hydration-in-care-homes', 'Good hydration in care homes', 'Care homes using the hydration checklist every day', 'No shared checklist', 'Every care home in the network', 'text'],
];

const VERBS = ['Pilot', 'Agree', 'Introduce', 'Review', 'Map', 'Test', 'Spread', 'Evaluate', 'Co-design', 'Set up', 'Standardise', 'Audit', 'Develop', 'Share', 'Roll out', 'Run', 'Publish', 'Refresh', 'Create', 'Improve', 'Simplify', 'Extend'];
const OBJECTS = [
  'a shared referral form', 'a falls risk checklist', 'the discharge-to-assess pathway', 'hydration rounds', 'a weekly care home huddle', 'a frailty register',
  'advance care planning conversations', 'a medicines review clinic', "a carers' passport", 'a virtual ward step-up protocol', 'a single assessment record',
  'a quality improvement learning set', 'a dementia-friendly ward checklist', 'weekend discharge cover', 'a community rehabilitation offer',
  'a patient story library', 'a shared outcomes dashboard', 'a joint training day', 'a telephone advice line for care homes', 'a deprescribing protocol',
  'continence assessments', 'a nutrition screening tool', 'a hospital passport', 'social prescribing referrals', 'a home adaptations fast track',
  'the end of life register', 'a peer support group for carers', 'a welcome pack for new members', 'quality improvement coaching', 'a handover template',
  'a frailty score on admission', 'a trusted assessor scheme', 'a lying and standing blood pressure check', 'a strength and balance class',
  'a postural stability programme', 'an anticipatory care plan template', 'a shared care record view', 'a memory cafe directory', 'a delirium screening prompt',
  'a night sitting service', 'a community falls response car', 'a step-down bed review', 'an oral health checklist', 'a loneliness screening question',
];
const CONTEXTS = [
  'across North Shire', 'in care homes', 'in the northern localities', 'for people living alone', 'with primary care', 'at Riverside Hospital',
  'for unpaid carers', 'in Eastfield', 'before winter', 'with the ambulance service', 'in three pilot practices', 'for people with dementia',
  'on the frailty unit', 'in the community', 'for people leaving hospital', 'in Millbrook', 'with the voluntary sector', 'for new staff',
  'across the network', 'in sheltered housing', 'for people at the end of life', 'with social care', 'in the emergency department', 'at weekends',
];

const PROPOSAL = [
  'At the moment {orgA} and {orgB} each do this differently, and people tell us they repeat their story every time.',
  'We propose to {verbLower} {object} {context}, starting small and learning before we spread it.',
  'The idea came up at the {month} network meeting, where several members described the same problem from different sides.',
  'We would test it for {n} weeks with a small group of teams, then bring what we learnt back to the network.',
  'Staff from {orgA} have offered to host the first cycle and to share their data openly.',
  'This builds on the work the {area} workstream has already done, rather than starting again.',
  'Patient partners have asked for this more than once, and two of them have offered to help design it.',
  'Nothing here needs new money: it asks teams to work differently, not to do more.',
  'We would use plan, do, study, act cycles, with a simple measure that teams can collect in a few minutes a day.',
  'In the last audit, {pct} per cent of cases had no record of this, which shows how much room there is to improve.',
  'We will keep the paperwork light and check with frontline staff that it fits the way they already work.',
  'If it works, we will write it up so that other localities can adopt it without redoing the groundwork.',
  'The proposal has been discussed informally with {orgA}, who are supportive and want to be involved early.',
  'We know from other networks that this kind of change sticks only when the people doing the work shape it.',
  'The main risk is that busy teams see it as one more form, so we will ask them what to take away as well as what to add.',
  'Carers have told us that the current arrangements are confusing, especially out of hours.',
  'We will agree with each team how they want to take part, rather than asking everyone to do the same thing at once.',
  'A short survey of members showed that {pct} per cent think this is worth trying.',
  'We would link this to {outcome}, which the network agreed as one of its shared outcomes.',
  'The first step is a half-day workshop with everyone who touches the process, from reception staff to consultants.',
  'There is good evidence for this approach from similar services elsewhere in the country.',
  'We have looked at what {orgB} already does and would borrow from it where we can.',
  'Members from {orgA} and {orgB} would co-lead the work so that it does not sit with one organisation.',
  'We will report progress at each network meeting and in the monthly update.',
];
const IMPACT = [
  'We expect fewer delays and fewer people falling through the gaps between services.',
  'If it works as we hope, {outcome} should start to move within {n} months.',
  'Teams should spend less time chasing information and more time with patients.',
  'People and their carers should only need to tell their story once.',
  'We will measure the change monthly and share the run chart with the network.',
  'We expect the biggest benefit for people with severe frailty, who see the most services.',
  'Staff should feel more confident about what to do and whom to call.',
  'Even a small improvement would matter: around {n} hundred people a year go through this pathway.',
  'We will also look for unintended effects, such as extra workload in primary care.',
  'Success would mean the change is still in use a year from now without anyone pushing it.',
  'We hope to see a reduction of about {pct} per cent against the baseline.',
  'Patient partners will help us judge whether it feels different from the other side.',
];
const PROGRESS = [
  'first meeting of the working group held; {n} members from {orgA} and {orgB} joined',
  'draft shared with the pilot teams for comments',
  'baseline data collected from {n} teams',
  'first plan, do, study, act cycle completed; two changes made after feedback from staff',
  'patient partners reviewed the wording and suggested plainer language',
  'update given at the network meeting; members asked for a simpler version',
  'second cycle started with {n} more teams',
  'data for the first month shared with the network',
  'progress slower than planned because of winter pressures; timeline revised',
  'training session run for {n} staff',
  'feedback from carers collected at the carers forum',
  'agreement reached with {orgA} on how the data will be shared',
  'workshop held with frontline staff; {n} ideas collected',
  'interim findings presented to the steering group',
];
const EVIDENCE = [
  'The change is now part of normal practice in {n} teams.',
  'Run charts show a sustained shift after the second cycle, and the improvement has held for {n} months.',
  'Staff surveys show that {pct} per cent find the new way easier than the old one.',
  'Carers describe the difference as fewer phone calls and clearer answers.',
  'The write-up is in the shared drive and has been presented at the regional learning event.',
  'The measure improved by {pct} per cent against the baseline.',
  'Two other localities have asked to adopt the approach.',
];
const IMPACT_SUMMARY = [
  'Now used by {n} teams; {outcome} improved by {pct} per cent against the baseline.',
  'In use across {n} practices; staff report less time chasing information.',
  'Adopted as standard practice in {n} teams; carers report clearer information.',
  'Sustained for {n} months; the measure moved by {pct} per cent.',
];
const DROPPED = [
  'After discussion the network agreed to stop this work, as a similar scheme started by {orgA} covers the same need.',
  'The pilot teams could not release staff to take part this year, so the work was paused and then closed.',
  'Members agreed that the effort needed outweighed the likely benefit, and the ideas were passed to the {area} workstream.',
];
const BLOCKED = [
  'This is waiting for the shared record system to be updated, which is outside the network\u2019s control.',
  'The work is blocked until information governance approval is given for the data sharing.',
  'Progress is on hold while {orgA} recruits to the vacant post that was leading it.',
];
const AGENDA = [
  'Welcome and introductions', 'Notes and actions from the last meeting', 'Update from the {area} workstream', 'Proposal: {actionTitle}',
  'Patient story', 'What the data tells us this month', 'Learning from elsewhere', 'Winter planning', 'Temperature check results',
  'Any other business', 'Reflections on how the meeting went', 'Update from {orgA}', 'Workforce and training update', 'Round of the table',
];
const NOTES = [
  '{name} welcomed everyone and reminded the group of the network\u2019s shared purpose.',
  '{name} presented the latest figures for {outcome}; the trend is moving in the right direction but slowly.',
  '{name} shared a patient story about a man in his eighties who was discharged on a Friday without his medicines.',
  'The group discussed how to involve more members from primary care, who are under-represented at meetings.',
  '{name} asked whether the data could be broken down by locality; this will be looked into before the next meeting.',
  '{name} described what {orgA} has learnt from its pilot, including what did not work.',
  'Several members said that the monthly update is useful but too long; a shorter version will be tried.',
  'There was a good discussion about winter pressures and how teams can support each other.',
  '{name} offered to connect the group with colleagues at {orgB} who have tried something similar.',
  'Members agreed that decisions should be written up within a week so that those who could not attend can catch up.',
  '{name} raised a concern about workload in care homes; the group agreed to keep any new paperwork to a minimum.',
  'The facilitator checked that everyone had had a chance to speak before moving on.',
  '{name} summarised feedback from the carers forum, which was broadly positive about recent changes.',
  'The group reflected on the last temperature check and what it says about how included members feel.',
  '{name} noted that the {area} workstream is looking for someone to take on the lead role when the current term ends.',
];
const NOTE_BULLETS = [
  '{name} to circulate the slides', '{name} to share the audit template with the pilot teams', 'next meeting to include a patient story',
  '{name} to check the data with {orgA}', 'everyone to encourage colleagues to complete the temperature check', '{name} to draft the monthly update',
  'invite {orgB} to present at the next meeting', '{name} to follow up with the {area} workstream', 'minutes to be published within a week',
];
const MEMBER_ABOUT = [
  '{roleLine}',
  'I joined the network to learn from colleagues in other organisations and to share what has worked for us.',
  'Most of my work is with people living with frailty and their families.',
  'Before this role I worked in {prevOrg}.',
  'I am particularly interested in {interest}.',
  'I care about making services feel joined up for the people who use them.',
];
const MEMBER_HELP = [
  'I can help with {interest}, and with introductions to colleagues at {org}.',
  'Happy to share data and audit tools, and to help set up small improvement projects.',
  'I can offer a patient and carer view on proposals and help with plain-language materials.',
  'I can host a visit for anyone who wants to see how we work day to day.',
];

// ---------------------------------------------------------------------------
// The model

function buildNetwork(scale) {
  const nMembers = Math.max(20, Math.round(BASE.members * scale));
  const nActions = Math.max(20, Math.round(BASE.actions * scale));
  const nMeetings = Math.max(10, Math.round(BASE.meetings * scale));
  const span = TODAY_DAY - EST_DAY;
  const areas = AREAS.map(([id, title, description]) => ({ id, title, description }));
  const outcomes = OUTCOMES.map(([id, title, measure, baseline, target, type]) => ({ id, title, measure, baseline, target, type }));
  const orgNames = ORGS.filter((o) => o[1] !== 'public/patient').map((o) => o[0]);

  // --- Members
  const members = [];
  const memberIds = new Set();
  const nFounders = Math.max(12, Math.round(nMembers * 0.05));
  const orgWeights = ORGS.map((o) => [o, o[2]]);
  for (let i = 0; i < nMembers; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${first} ${last}`;
    let id = slugify(name);
    for (let k = 2; memberIds.has(id); k++) id = `${slugify(name)}-${k}`;
    memberIds.add(id);
    const [organisation, sector] = weighted(orgWeights);
    const founder = i < nFounders;
    const joined = founder ? EST_DAY : EST_DAY + Math.floor((span - 14) * Math.sqrt(rnd()));
    let left;
    if (!founder || i >= 8) {
      if (chance(founder ? 0.3 : 0.12) && TODAY_DAY - joined > 120) left = int(joined + 60, TODAY_DAY - 1);
    }
    members.push({
      id,
      name,
      first,
      organisation,
      sector,
      profession: pick(PROFESSIONS[sector]),
      joined,
      left,
      roles: [],
      interests: sample(INTERESTS, int(1, 4)),
      github: chance(0.6) ? slugify(name).slice(0, 30).replace(/-+$/, '') + (chance(0.3) ? `-${int(1, 99)}` : '') : undefined,
    });
  }
  const activeAt = (day) => members.filter((m) => m.joined <= day && (m.left === undefined || m.left >= day));
  const stayingFrom = (day, until = Infinity) => members.filter((m) => m.joined <= day && (m.left === undefined || m.left >= until));

  // Ordinary roles
  for (const m of members) {
    const end = m.left !== undefined ? iso(m.left) : undefined;
    if (m.sector === 'public/patient') m.roles.push({ role: 'patient-partner', from: iso(m.joined), until: end });
    else m.roles.push({ role: 'member', from: iso(m.joined), until: end });
    for (const [role, p] of [['advisor', 0.03], ['facilitator', 0.03], ['sponsor', 0.01]]) {
      if (!chance(p)) continue;
      const from = int(m.joined, Math.min(m.joined + 365, (m.left ?? TODAY_DAY) - 1));
      if (m.left !== undefined && from >= m.left) continue;
      m.roles.push({ role, area: role === 'advisor' ? pick(areas).id : undefined, from: iso(from), until: end });
    }
  }

  // Lead roles: per key a chain of time-limited terms, each starting on the 1st
  // of a month the day after the previous one ended; the current term runs past
  // TODAY and is held by someone who has not left.
  const chains = [
    ...areas.map((a) => ['lead', a.id]),
    ['co-chair', undefined],
    ['co-chair', undefined],
    ['coordinator', undefined],
    ...areas.filter((_, i) => i % 4 === 0).map((a) => ['coordinator', a.id]),
  ];
  for (const [role, area] of chains) {
    const months = int(18, TERM_MONTHS);
    let from = firstOfMonth(TODAY_DAY - int(30, 480));
    let until = iso(toDay(addMonths(from, months)) - 1);
    let holder = pick(stayingFrom(toDay(from)).filter((m) => m.left === undefined));
    if (!holder) continue;
    holder.roles.push({ role, area, from, until });
    for (;;) {
      const prevMonths = int(12, TERM_MONTHS);
      const prevFrom = addMonths(from, -prevMonths);
      const prevUntil = iso(toDay(from) - 1);
      if (toDay(prevFrom) < EST_DAY) break;
      const candidates = stayingFrom(toDay(prevFrom), toDay(prevUntil)).filter((m) => m !== holder);
      if (candidates.length === 0) break;
      holder = pick(candidates);
      holder.roles.push({ role, area, from: prevFrom, until: prevUntil });
      from = prevFrom;
    }
  }
  for (const m of members) m.roles.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const leadsOf = new Map();
  for (const m of members) for (const r of m.roles) if (r.role === 'lead' && r.until >= TODAY) leadsOf.set(r.area, m);

  // --- Meetings (frontmatter skeletons; decisions are filled in by actions)
  const meetings = [];
  const meetingIds = new Set();
  for (let i = 0; i < nMeetings; i++) {
    const future = chance(0.01);
    const day = future ? TODAY_DAY + int(1, 60) : EST_DAY + 7 + Math.floor((span - 7) * Math.sqrt(rnd()));
    const type = weighted([['network', 15], ['steering', 15], ['workstream', 55], ['learning', 10], ['other', 5]]);
    const area = type === 'workstream' ? pick(areas) : undefined;
    const slug = {
      network: 'network-meeting',
      steering: 'steering-group',
      workstream: `${area?.id}-workstream`,
      learning: pick(['learning-event', 'learning-review', 'learning-set']),
      other: pick(['induction-session', 'partner-briefing', 'data-workshop']),
    }[type];
    let id = `${iso(day)}-${slug}`;
    for (let k = 2; meetingIds.has(id); k++) id = `${iso(day)}-${slug}-${k}`;
    meetingIds.add(id);
    const pool = future ? activeAt(TODAY_DAY).filter((m) => m.left === undefined) : activeAt(day);
    const size = { network: [15, 40], steering: [6, 12], workstream: [5, 15], learning: [10, 30], other: [5, 10] }[type];
    const attendees = sample(pool, int(size[0], size[1]));
    const lead = area ? leadsOf.get(area.id) : undefined;
    if (lead && attendees.includes(lead) === false && lead.joined <= day && (lead.left === undefined || lead.left >= day)) attendees[0] = lead;
    const attendeeSet = new Set(attendees);
    const apologies = sample(pool.filter((m) => !attendeeSet.has(m)), int(0, 4));
    const titles = {
      network: `${MONTHS[new Date(day * DAY).getUTCMonth()]} network meeting`,
      steering: 'Steering group',
      workstream: `${area?.title} workstream`,
      learning: pick(['Learning event', 'What worked and what did not', 'Learning review']),
      other: cap(slug.replace(/-/g, ' ')),
    };
    meetings.push({
      id,
      day,
      type,
      area: area?.id,
      areaTitle: area?.title,
      title: chance(0.8) ? titles[type] : undefined,
      facilitator: attendees.length > 0 && chance(0.9) ? pick(attendees.slice(0, Math.min(3, attendees.length))) : undefined,
      attendees,
      apologies,
      decisions: [],
      minutes: !future && chance(0.9) ? Math.min(TODAY_DAY, day + int(1, 14)) : undefined,
    });
  }
  meetings.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1));
  const pastMeetings = meetings.filter((m) => m.day <= TODAY_DAY && m.attendees.length >= QUORUM);
  /** Meetings held in [from, to], optionally preferring one area's. */
  const meetingsBetween = (from, to) => {
    let lo = 0;
    let hi = pastMeetings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pastMeetings[mid].day < from) lo = mid + 1;
      else hi = mid;
    }
    const found = [];
    for (let i = lo; i < pastMeetings.length && pastMeetings[i].day <= to; i++) found.push(pastMeetings[i]);
    return found;
  };

  // --- Actions
  const actions = [];
  const actionIds = new Set();
  let prNumber = 1;
  for (let i = 0; i < nActions; i++) {
    const proposed = EST_DAY + 14 + Math.floor((span - 14) * Math.sqrt(rnd()));
    const age = TODAY_DAY - proposed;
    const verb = pick(VERBS);
    const object = pick(OBJECTS);
    const context = pick(CONTEXTS);
    const title = `${verb} ${object} ${context}`;
    const base = `${iso(proposed)}-${slugify(`${verb} ${object}`).split('-').slice(0, 7).join('-')}`;
    let id = base;
    for (let k = 2; actionIds.has(id); k++) id = `${base}-${k}`;
    actionIds.add(id);
    const area = chance(0.85) ? pick(areas) : undefined;
    const proposer = pick(activeAt(proposed));

    let status = weighted(
      age < 21
        ? [['proposed', 70], ['agreed', 15], ['in-progress', 10], ['dropped', 5]]
        : age < 120
          ? [['proposed', 20], ['agreed', 15], ['in-progress', 40], ['blocked', 5], ['done', 10], ['dropped', 10]]
          : age < 365
            ? [['proposed', 5], ['agreed', 5], ['in-progress', 25], ['blocked', 5], ['done', 45], ['dropped', 15]]
            : [['proposed', 2], ['agreed', 1], ['in-progress', 7], ['blocked', 3], ['done', 70], ['dropped', 17]],
    );
    const result = { proposed: chance(0.3) ? 'deferred' : undefined, dropped: chance(0.5) ? 'rejected' : undefined }[status] ?? (['agreed', 'in-progress', 'blocked', 'done'].includes(status) ? 'agreed' : undefined);

    let decision;
    if (result) {
      const window = meetingsBetween(proposed, Math.min(TODAY_DAY, proposed + 120));
      const inArea = area ? window.filter((m) => m.area === area.id || m.type !== 'workstream') : window.filter((m) => m.type !== 'workstream');
      if (window.length > 0 && (result !== 'agreed' || chance(0.7))) {
        const meeting = pick(inArea.length > 0 ? inArea : window);
        decision = { day: meeting.day, via: meeting.id, meeting };
      } else {
        decision = { day: Math.min(TODAY_DAY, proposed + int(0, 30)), via: 'pull-request', ref: `#${prNumber++}` };
      }
      decision.result = result;
    }
    // A done action needs time after its decision to have been finished.
    if (status === 'done' && decision.day > TODAY_DAY - 14) status = 'in-progress';

    let completed;
    let due;
    let owners = [];
    let contributors = [];
    if (result === 'agreed') {
      if (status === 'done') completed = Math.min(TODAY_DAY, decision.day + int(14, 300));
      const until = status === 'done' ? completed : Infinity;
      const pool = stayingFrom(decision.day, until);
      owners = sample(pool, weighted([[1, 50], [2, 35], [3, 15]]));
      if (owners.length === 0) owners = [members[0]];
      const ownerSet = new Set(owners);
      contributors = sample(pool.filter((m) => !ownerSet.has(m)), weighted([[0, 30], [1, 25], [2, 25], [3, 12], [4, 8]]));
      due = status === 'done' ? decision.day + int(30, 365) : Math.max(decision.day + int(30, 365), TODAY_DAY + int(7, 240));
    } else if (status === 'proposed' && chance(0.4)) {
      owners = sample(stayingFrom(proposed).filter((m) => m.left === undefined), 1);
    }
    if (status === 'proposed' && chance(0.3)) due = TODAY_DAY + int(30, 300);

    const action = {
      id,
      title,
      verb,
      object,
      context,
      status,
      proposer,
      proposed,
      area,
      owners,
      contributors,
      outcomes: sample(outcomes, weighted([[0, 15], [1, 60], [2, 25]])),
      decision,
      due,
      completed,
    };
    if (decision?.meeting) decision.meeting.decisions.push(action);
    actions.push(action);
  }
  actions.sort((a, b) => (a.id < b.id ? -1 : 1));

  // --- Pulses: one a quarter, the last eight quarters up to TODAY.
  const pulses = [];
  let year = Number(TODAY.slice(0, 4));
  let quarter = Math.floor((Number(TODAY.slice(5, 7)) - 1) / 3) + 1;
  for (let i = 0; i < 8; i++) {
    const day = Math.min(TODAY_DAY - 7, toDay(`${year}-${String((quarter - 1) * 3 + 2).padStart(2, '0')}-01`) + int(5, 25));
    pulses.push({ id: `${year}-q${quarter}`, day, quarter, year, invited: activeAt(day).length });
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  pulses.reverse();

  return { areas, outcomes, members, meetings, actions, pulses, orgNames };
}

// ---------------------------------------------------------------------------
// Rendering

const PULSE_QUESTIONS = [
  ['purpose-clear', "The network's purpose is clear and agreed by its members."],
  ['adds-value', 'The network adds value to what my organisation could do alone.'],
  ['leadership-facilitates', 'Leaders in the network facilitate rather than dominate.'],
  ['could-lead', 'I could lead a piece of the network\u2019s work if I wanted to.'],
  ['can-influence-agenda', 'I can influence what the network works on.'],
  ['contribution-valued', 'My contribution to the network is valued.'],
  ['know-whom-to-contact', 'I know whom to contact in other organisations.'],
  ['decisions-clear', 'I know how decisions are made in the network.'],
  ['decisions-transparent', 'Decisions are made openly.'],
  ['useful-outputs', 'The network produces useful outputs.'],
  ['information-flows', 'Information flows openly across the network.'],
  ['voices-heard', 'All voices are heard, including patients and carers.'],
];
const DIMENSIONS = ['purpose', 'leadership', 'participation', 'connectivity', 'governance', 'delivery', 'communication', 'inclusion'];

function frontmatter(lines) {
  return `---\n${lines.filter((l) => l !== undefined).join('\n')}\n---\n`;
}

function renderCharter(net) {
  const fm = frontmatter([
    'kind: charter',
    'name: North Shire Frailty Network',
    'phase: ongoing',
    `established: ${ESTABLISHED}`,
    'governance:',
    '  model: lead-organisation',
    '  host: North Shire Integrated Care Board',
    'decisions:',
    '  rule: consent',
    `  quorum: ${QUORUM}`,
    '  pull_requests: true',
    'review:',
    '  cadence: 12',
    '  last_reviewed: 2026-05-14',
    'leadership:',
    `  term_months: ${TERM_MONTHS}`,
    'values:',
    '  - Patients and carers are equal partners',
    '  - Share what works, and what does not',
    '  - Open by default',
    '  - Leadership is shared and passed on',
    'areas:',
    ...net.areas.flatMap((a) => [`  - id: ${a.id}`, `    title: ${q(a.title)}`, `    description: ${q(a.description)}`]),
  ]);
  return `${fm}
# North Shire Frailty Network

## How we work

We are clinicians, managers, carers and patients from across North Shire who want older
people living with frailty to get joined-up care. We meet every two months as a whole
network, and the workstreams meet in between. Anyone can propose a piece of work by adding
an action, and anyone can lead one.

## Decision making

Proposals are written up as actions. They are agreed by consent at a network, steering or
workstream meeting, or by approving the pull request, with at least ${QUORUM} members taking part.
Decisions are recorded in the action and in the meeting notes.

## Leadership

Lead roles are held for at most ${TERM_MONTHS} months. Before a term ends, the workstream asks who
would like to lead next, and the outgoing lead stays on to support the handover.

## Membership

Anyone working on frailty care in North Shire, and any patient or carer with an interest,
can join by adding a member page. Members who leave keep their page, with the date they left.
`;
}

/** The last six quarter ends before TODAY, newest first. */
const QUARTER_ENDS = ['2026-09-30', '2026-06-30', '2026-03-31', '2025-12-31', '2025-09-30', '2025-06-30'];

function renderPurpose(net) {
  const outcomeLines = net.outcomes.flatMap((o, i) => {
    const lines = [`  - id: ${o.id}`, `    title: ${q(o.title)}`, `    measure: ${q(o.measure)}`, `    baseline: ${typeof o.baseline === 'number' ? o.baseline : q(o.baseline)}`];
    lines.push(`    target: ${typeof o.target === 'number' ? o.target : q(o.target)}`);
    lines.push(`    by: ${['2027-03-31', '2027-09-30', '2028-03-31'][i % 3]}`);
    const points = int(2, 6);
    lines.push('    progress:');
    for (let p = points; p >= 1; p--) {
      lines.push(`      - date: ${QUARTER_ENDS[p - 1]}`);
      let value;
      if (o.type === 'text') value = q(['Checklist drafted', 'Piloted in 4 care homes', 'In use in 11 care homes', 'In use in 19 care homes', 'In use in 26 care homes', 'In use in 31 care homes'][points - p]);
      else if (typeof o.baseline !== 'number' && p === points) value = q('Opened with 20 beds');
      else {
        const b = typeof o.baseline === 'number' ? o.baseline : 0;
        const t = o.target;
        const share = ((points - p + 1) / (points + 2)) * (0.6 + rnd() * 0.4);
        value = Math.round((b + (t - b) * share) * 10) / 10;
      }
      lines.push(`        value: ${value}`);
      if (chance(0.3)) lines.push(`        note: ${q(pick(['Quarter figures; winter pressures started early', 'Provisional figures', 'Counting changed to include care homes', 'Figures from two of three trusts']))}`);
    }
    return lines;
  });
  const fm = frontmatter([
    'kind: purpose',
    'statement: >-',
    '  To help older people living with frailty in North Shire stay well and independent at',
    '  home for longer, through joined-up care across hospital, community, primary care,',
    '  social care and the voluntary sector.',
    'beneficiaries:',
    '  - Older people living with frailty',
    '  - Unpaid carers',
    '  - Staff in care homes',
    '  - Families of people at the end of life',
    'last_reviewed: 2026-06-18',
    'outcomes:',
    ...outcomeLines,
  ]);
  return `${fm}
# Our purpose

Older people in North Shire tell us they repeat their story to every service they meet.
We exist to change that: to make care feel like one service, however many organisations
provide it.

## How we will know

We track ${net.outcomes.length} outcomes every quarter and talk about them at each network meeting. Each
action says which outcomes it serves, so that we can see whether our work adds up.

## Who we are for

Older people living with frailty, the people who care for them, and the staff who support
them at home, in care homes and in hospital.
`;
}

function renderMember(m, net) {
  const lines = [
    'kind: member',
    `name: ${q(m.name)}`,
    `organisation: ${q(m.organisation)}`,
    `sector: ${q(m.sector)}`,
    `profession: ${q(m.profession)}`,
    `joined: ${iso(m.joined)}`,
    m.left !== undefined ? `left: ${iso(m.left)}` : undefined,
    'roles:',
  ];
  for (const r of m.roles) {
    lines.push(`  - role: ${r.role}`);
    if (r.area) lines.push(`    area: ${r.area}`);
    lines.push(`    from: ${r.from}`);
    if (r.until) lines.push(`    until: ${r.until}`);
  }
  lines.push('interests:', ...m.interests.map((x) => `  - ${q(x)}`));
  if (m.github) lines.push('handles:', `  github: ${m.github}`);
  const slots = {
    roleLine:
      m.organisation === 'Patient partner'
        ? `I am ${withArticle(m.profession)} and take part in the network as a patient partner.`
        : `I am ${withArticle(m.profession)} at ${m.organisation} and have worked in health and care for ${int(2, 30)} years.`,
    org: m.organisation === 'Patient partner' ? 'the patient and carer forum' : m.organisation,
    prevOrg: () => pick(net.orgNames),
    interest: () => pick(m.interests),
    n: () => int(3, 25),
  };
  const about = paragraph(MEMBER_ABOUT, slots, int(25, 60));
  const help = paragraph(MEMBER_HELP, slots, int(10, 25));
  return `${frontmatter(lines)}\n## About me\n\n${about}\n\n## What I can help with\n\n${help}\n`;
}

function actionSlots(a, net) {
  return {
    orgA: () => pick(net.orgNames),
    orgB: () => pick(net.orgNames),
    verbLower: a.verb.charAt(0).toLowerCase() + a.verb.slice(1),
    object: a.object,
    context: a.context,
    month: () => pick(MONTHS),
    n: () => int(2, 12),
    pct: () => int(10, 60),
    area: (a.area?.title ?? pick(net.areas).title).toLowerCase(),
    outcome: () => (a.outcomes.length > 0 ? pick(a.outcomes) : pick(net.outcomes)).title.toLowerCase(),
  };
}

function renderAction(a, net, index) {
  const lines = [
    'kind: action',
    `title: ${q(a.title)}`,
    `status: ${a.status}`,
    `proposed_by: ${a.proposer.id}`,
    `proposed: ${iso(a.proposed)}`,
    a.area ? `area: ${a.area.id}` : undefined,
    a.owners.length > 0 ? `owners: ${flow(a.owners.map((m) => m.id))}` : undefined,
    a.contributors.length > 0 ? `contributors: ${flow(a.contributors.map((m) => m.id))}` : undefined,
    a.outcomes.length > 0 ? `outcomes: ${flow(a.outcomes.map((o) => o.id))}` : undefined,
  ];
  if (a.decision) {
    lines.push('decision:', `  date: ${iso(a.decision.day)}`, `  via: ${a.decision.via}`);
    if (a.decision.ref) lines.push(`  ref: ${q(a.decision.ref)}`);
    lines.push(`  result: ${a.decision.result}`);
  }
  if (a.due !== undefined) lines.push(`due: ${iso(a.due)}`);
  if (a.completed !== undefined) lines.push(`completed: ${iso(a.completed)}`);
  const slots = actionSlots(a, net);
  if (a.status === 'done') lines.push(`impact: ${q(fill(pick(IMPACT_SUMMARY), slots))}`);

  const target = int(150, 400);
  const started = a.decision && a.decision.result === 'agreed';
  const proposalShare = started ? 0.42 : 0.6;
  const proposal = paragraphs(PROPOSAL, slots, Math.round(target * proposalShare));
  const impact = paragraphs(IMPACT, slots, Math.round(target * (started ? 0.2 : 0.3)));

  // About 10% link to a member page or a meeting's notes; a few carry a fenced block or a table.
  const extra = index % 10 === 3 ? 'link' : index % 50 === 7 ? 'code' : index % 50 === 17 ? 'table' : undefined;
  if (extra === 'link') {
    if (a.decision?.meeting && chance(0.6)) {
      proposal.push(`The discussion is recorded in the notes of the [${longDate(a.decision.day)} meeting](../meetings/${a.decision.via}.md).`);
    } else {
      proposal.push(`[${a.proposer.name}](../members/${a.proposer.id}.md) is happy to talk this through with anyone who wants to know more.`);
    }
  }
  const body = ['## Proposal', '', proposal.join('\n\n')];
  if (extra === 'code') {
    body.push('', 'The draft wording for the checklist is:', '', '```text', `${cap(a.object)}`, '1. Ask the person what matters most to them today.', '2. Check who else is involved in their care.', '3. Record the agreed next step and who will do it.', '```');
  }
  body.push('', '## Expected impact', '', impact.join('\n\n'));
  if (extra === 'table') {
    body.push('', '| Month | Referrals | Returned for missing information |', '|---|---|---|');
    for (const month of sample(MONTHS, 3)) body.push(`| ${month} | ${int(30, 90)} | ${int(2, 20)} |`);
  }
  if (started) {
    const end = a.completed ?? TODAY_DAY;
    const count = Math.max(1, Math.round((target * 0.22) / 12));
    const days = [];
    for (let i = 0; i < count; i++) days.push(int(a.decision.day, end));
    days.sort((x, y) => x - y);
    body.push('', '## Progress', '');
    for (const d of days) body.push(`- ${iso(d)}: ${fill(pick(PROGRESS), slots)}`);
    if (a.status === 'blocked') body.push('', fill(pick(BLOCKED), slots));
    if (a.status === 'done') body.push('', '## Evidence', '', paragraph(EVIDENCE, slots, int(20, 45)));
  } else if (a.status === 'dropped') {
    body.push('', '## Why it was stopped', '', fill(pick(DROPPED), slots));
  }
  return `${frontmatter(lines)}\n${body.join('\n')}\n`;
}

function renderMeeting(m, net) {
  const lines = [
    'kind: meeting',
    m.title ? `title: ${q(m.title)}` : undefined,
    `date: ${iso(m.day)}`,
    `type: ${m.type}`,
    m.area ? `area: ${m.area}` : undefined,
    m.facilitator ? `facilitator: ${m.facilitator.id}` : undefined,
    'attendees:',
    ...m.attendees.map((x) => `  - ${x.id}`),
    m.apologies.length > 0 ? 'apologies:' : undefined,
    ...m.apologies.map((x) => `  - ${x.id}`),
    m.decisions.length > 0 ? 'decisions:' : undefined,
    ...m.decisions.map((a) => `  - ${a.id}`),
    m.minutes !== undefined ? `minutes_published: ${iso(m.minutes)}` : undefined,
  ];
  const slots = {
    name: () => (m.attendees.length > 0 ? pick(m.attendees).first : 'The chair'),
    outcome: () => pick(net.outcomes).title.toLowerCase(),
    orgA: () => pick(net.orgNames),
    orgB: () => pick(net.orgNames),
    area: () => (m.areaTitle ?? pick(net.areas).title).toLowerCase(),
    actionTitle: () => (m.decisions.length > 0 ? pick(m.decisions).title.toLowerCase() : 'ideas for next year'),
  };
  if (m.day > TODAY_DAY) {
    const agenda = sample(AGENDA, int(3, 6)).map((x, i) => `${i + 1}. ${fill(x, slots)}`);
    return `${frontmatter(lines)}\n## Agenda\n\n${agenda.join('\n')}\n\n## Notes\n\nTo follow after the meeting.\n`;
  }
  const target = int(200, 500);
  const agenda = sample(AGENDA, int(3, 6)).map((x, i) => `${i + 1}. ${fill(x, slots)}`);
  const decisions = m.decisions.map((a) => {
    const how = { agreed: `agreed by consent, ${m.attendees.length} members taking part`, deferred: 'deferred until more information is available', rejected: 'not agreed; the proposer will look at alternatives' }[a.decision.result];
    return `- ${cap(a.title)}: ${how}.`;
  });
  const fixed = words(agenda.join(' ')) + words(decisions.join(' '));
  const notes = paragraphs(NOTES, slots, Math.max(60, target - fixed - 40));
  const bullets = sample(NOTE_BULLETS, int(2, 5)).map((x) => `- ${fill(x, slots)}`);
  const body = ['## Agenda', '', agenda.join('\n'), '', '## Notes', '', notes.join('\n\n'), '', 'Actions from the discussion:', '', bullets.join('\n')];
  if (decisions.length > 0) body.push('', '## Decisions', '', decisions.join('\n'));
  return `${frontmatter(lines)}\n${body.join('\n')}\n`;
}

function renderPulse(p) {
  const respondents = Math.round(p.invited * (0.3 + rnd() * 0.3));
  const lines = ['kind: pulse', `title: ${q(`Quarter ${p.quarter} ${p.year} temperature check`)}`, `date: ${iso(p.day)}`, 'checklist: netgov-core', `invited: ${p.invited}`, `respondents: ${respondents}`, 'questions:'];
  for (const [id, text] of PULSE_QUESTIONS) {
    const blank = chance(0.4) ? int(0, Math.min(3, respondents)) : 0;
    const answered = respondents - blank;
    const weights = [0.05, 0.12, 0.25, 0.38, 0.2].map((w) => w * (0.5 + rnd()));
    const total = weights.reduce((s, w) => s + w, 0);
    const counts = weights.map((w) => Math.floor((answered * w) / total));
    counts[3] += answered - counts.reduce((s, c) => s + c, 0);
    lines.push(`  ${id}:`, `    text: ${q(text)}`, `    counts: [${counts.join(', ')}]`);
    if (blank > 0) lines.push(`    blank: ${blank}`);
  }
  lines.push('maturity:');
  for (const d of DIMENSIONS) {
    const current = int(1, 4);
    lines.push(`  ${d}:`, `    current: ${current}`, `    target: ${int(current, 5)}`);
  }
  return `${frontmatter(lines)}
## What we heard

${respondents} of ${p.invited} members answered. Most feel the purpose is clear and that the network adds
value. Fewer feel able to shape the agenda, especially members from primary care and social care.

## What we will do

- Open each network meeting with ten minutes for new proposals.
- Rotate the facilitator between organisations.
- Share a shorter monthly update.
`;
}

// ---------------------------------------------------------------------------
// Writing

async function runPool(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function generatorHash() {
  return createHash('sha1').update(await readFile(fileURLToPath(import.meta.url))).digest('hex').slice(0, 12);
}

/**
 * Writes the network to `out` unless it already holds one for the same seed,
 * scale and generator version. Returns what is there.
 */
export async function generate({ scale = 1, seed = DEFAULT_SEED, out = DEFAULT_OUT, force = false, log = console.error } = {}) {
  out = resolve(out);
  const wanted = { seed, scale, generator: await generatorHash(), today: TODAY };
  const markerPath = join(out, MARKER);
  if (!force) {
    try {
      const marker = JSON.parse(await readFile(markerPath, 'utf8'));
      if (marker.seed === wanted.seed && marker.scale === wanted.scale && marker.generator === wanted.generator) {
        log(`generate: ${out} already holds seed ${seed}, scale ${scale} (${marker.files} files); skipping`);
        return { out, ...marker, skipped: true };
      }
    } catch {
      // no marker: generate
    }
  }
  const started = performance.now();
  rnd = mulberry32(seed);
  const net = buildNetwork(scale);
  const files = [
    ['CHARTER.md', renderCharter(net)],
    ['PURPOSE.md', renderPurpose(net)],
    ...net.members.map((m) => [`members/${m.id}.md`, renderMember(m, net)]),
    ...net.actions.map((a, i) => [`actions/${a.id}.md`, renderAction(a, net, i)]),
    ...net.meetings.map((m) => [`meetings/${m.id}.md`, renderMeeting(m, net)]),
    ...net.pulses.map((p) => [`pulses/${p.id}.md`, renderPulse(p)]),
  ];
  await rm(out, { recursive: true, force: true });
  for (const dir of ['members', 'actions', 'meetings', 'pulses']) await mkdir(join(out, dir), { recursive: true });
  let bytes = 0;
  await runPool(files, WRITE_CONCURRENCY, async ([path, text]) => {
    bytes += Buffer.byteLength(text);
    await writeFile(join(out, path), text);
  });
  const counts = { members: net.members.length, actions: net.actions.length, meetings: net.meetings.length, pulses: net.pulses.length };
  const marker = { ...wanted, files: files.length, bytes, counts };
  await writeFile(markerPath, `${JSON.stringify(marker, null, 2)}\n`);
  log(`generate: wrote ${files.length} files (${(bytes / 1048576).toFixed(1)} MiB) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { out, ...marker, skipped: false };
}

function parseArgs(argv) {
  const args = { scale: Number(process.env.NETGOV_BENCH_SCALE ?? 1), seed: DEFAULT_SEED, out: DEFAULT_OUT, force: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--scale') args.scale = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--out') args.out = value();
    else if (flag === '--force') args.force = true;
    else throw new Error(`generate: unknown argument ${argv[i]}`);
  }
  if (!(args.scale > 0)) throw new Error('generate: --scale must be a positive number');
  if (!Number.isInteger(args.seed)) throw new Error('generate: --seed must be an integer');
  return args;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = await generate(parseArgs(process.argv.slice(2)));
  console.log(JSON.stringify({ out: result.out, files: result.files, bytes: result.bytes, counts: result.counts, skipped: result.skipped }));
}
