import assert from 'node:assert/strict';
import { ANOTHER_ORGANISATION, anonymiserFor, buildAnonymiser, type PersonToHide } from '../../src/core/privacy/anonymise';
import { healthToMarkdown } from '../../src/core/health/format/markdown';
import { buildHealthReport, type HealthReport } from '../../src/core/health/report';
import type { ChecklistItem } from '../../src/core/health/checklist';
import { md } from './network-builder';
import { ROOT, memberPage, networkOf } from './health/health-fixtures';
import { MIN_COUNT } from '../../src/core/pulse/suppression';

const PEOPLE: PersonToHide[] = [
  { id: 'alice-ng', name: 'Alice Ng', organisation: 'Big Trust', path: 'members/alice-ng.md', handles: ['alice-gh'] },
  { id: 'bob-lee', name: 'Bob Lee', organisation: 'Big Trust', path: 'members/bob-lee.md' },
  { id: 'cara-day', name: 'Cara Day', organisation: 'Big Trust' },
  { id: 'dan-roe', name: 'Dan Roe', organisation: 'Big Trust' },
  { id: 'eve-fox', name: 'Eve Fox', organisation: 'Big Trust' },
  { id: 'fay-oak', name: 'Fay Oak', organisation: 'Tiny Practice' },
  { id: 'gus-elm', name: 'Gus Elm', organisation: 'Tiny Practice' },
  { id: 'hal-ash', name: 'Hal Ash', organisation: 'Patient and carer partner' },
];

function order(pseudonyms: Map<string, string>): string[] {
  return [...pseudonyms].sort((a, b) => Number(a[1].slice(7)) - Number(b[1].slice(7))).map(([id]) => id);
}

async function pseudonyms(people: readonly PersonToHide[], salt: string): Promise<Map<string, string>> {
  const anonymiser = await buildAnonymiser(people, salt, MIN_COUNT);
  return new Map(people.map((person) => [person.id, anonymiser.pseudonym(person.id)!]));
}

describe('anonymise: pseudonyms', () => {
  it('gives the same pseudonyms for the same people and network, whatever order the pages are read in', async () => {
    const once = await pseudonyms(PEOPLE, 'North East Frailty Network');
    const again = await pseudonyms([...PEOPLE].reverse(), 'North East Frailty Network');
    assert.deepEqual([...again].sort(), [...once].sort());
    assert.deepEqual(new Set(once.values()), new Set(PEOPLE.map((_, i) => `Member ${i + 1}`)));
  });

  it('numbers the same people differently in two networks, and in neither by their names', async () => {
    const first = order(await pseudonyms(PEOPLE, 'North East Frailty Network'));
    const second = order(await pseudonyms(PEOPLE, 'Asthma Network'));
    assert.notDeepEqual(first, second);
    const alphabetical = PEOPLE.map((person) => person.id).sort();
    assert.notDeepEqual(first, alphabetical);
    assert.notDeepEqual(second, alphabetical);
  });

  it('replaces names, ids, handles and member-page paths in text, but not inside other words', async () => {
    const anonymiser = await buildAnonymiser(PEOPLE, 'x', MIN_COUNT);
    const alice = anonymiser.pseudonym('alice-ng')!;
    const bob = anonymiser.pseudonym('bob-lee')!;
    assert.equal(anonymiser.text('Alice Ng (alice-ng, @alice-gh) owns members/bob-lee.md'), `${alice} (${alice}, ${alice}) owns ${bob}`);
    assert.equal(anonymiser.text('bob-lee-2 and xalice-ng stay'), 'bob-lee-2 and xalice-ng stay');
  });

  it('replaces a one-letter handle only where it is written with its @, never the letter alone', async () => {
    const anonymiser = await buildAnonymiser([...PEOPLE, { id: 'jo-kay', name: 'Jo Kay', organisation: 'Big Trust', handles: ['j'] }], 'x', MIN_COUNT);
    const jo = anonymiser.pseudonym('jo-kay')!;
    assert.equal(anonymiser.text('Ask @j about plan j (option a).'), `Ask ${jo} about plan j (option a).`);
  });
});

describe('anonymise: organisations', () => {
  it(`names an organisation of at least ${MIN_COUNT} members and hides a smaller one`, async () => {
    const anonymiser = await buildAnonymiser(PEOPLE, 'x', MIN_COUNT);
    assert.equal(anonymiser.organisation('Big Trust'), 'Big Trust');
    assert.equal(anonymiser.organisation('Tiny Practice'), ANOTHER_ORGANISATION);
    assert.equal(anonymiser.text('Most work sits with Big Trust and Tiny Practice.'), `Most work sits with Big Trust and ${ANOTHER_ORGANISATION}.`);
    const roles = new Map(anonymiser.members.map((member) => [member.id, member.role]));
    assert.equal(roles.get('alice-ng'), 'a member from Big Trust');
    assert.equal(roles.get('fay-oak'), 'a member from another organisation', 'the words a reader sees');
    assert.equal(roles.get('hal-ash'), `a member from ${ANOTHER_ORGANISATION}`);
  });

  it('hides an organisation one member short of the minimum', async () => {
    const anonymiser = await buildAnonymiser(PEOPLE.filter((person) => person.id !== 'eve-fox'), 'x', MIN_COUNT);
    assert.equal(anonymiser.organisation('Big Trust'), ANOTHER_ORGANISATION);
  });

  it("holds organisations to the network's raised minimum (privacy.min_count), the highest of two sides", async () => {
    const charter = md(['name: Riverside Network', 'phase: ongoing', 'established: 2024-01-01']);
    const staff = (count: number): Record<string, string> => Object.fromEntries(Array.from({ length: count }, (_, i) => [`members/staff-${i}.md`, memberPage(`Staff ${i}`, '2024-01-01', ['organisation: Big Trust'])]));
    const six = { 'CHARTER.md': charter, ...staff(6) };
    const raised = { 'netgov.yml': 'privacy:\n  min_count: 8\n' };
    // Six members: named under the default five, hidden under eight.
    assert.equal((await anonymiserFor(await networkOf(six))).organisation('Big Trust'), 'Big Trust');
    const hidden = await anonymiserFor(await networkOf({ ...six, ...raised }));
    assert.equal(hidden.organisation('Big Trust'), ANOTHER_ORGANISATION);
    assert.equal(hidden.text('Most work sits with Big Trust.'), `Most work sits with ${ANOTHER_ORGANISATION}.`);
    assert.deepEqual([...new Set(hidden.members.map((member) => member.role))], [`a member from ${ANOTHER_ORGANISATION}`]);
    // Eight members reach the raised minimum.
    assert.equal((await anonymiserFor(await networkOf({ 'CHARTER.md': charter, ...staff(8), ...raised }))).organisation('Big Trust'), 'Big Trust');
    // Two sides of a change: one side raising it is enough to hide the six.
    assert.equal((await anonymiserFor(await networkOf(six), await networkOf({ ...six, ...raised }))).organisation('Big Trust'), ANOTHER_ORGANISATION);
    assert.equal((await anonymiserFor(await networkOf({ ...six, ...raised }), await networkOf(six))).organisation('Big Trust'), ANOTHER_ORGANISATION);
  });

  it('anonymises a data model: strings and keys, deeply, leaving numbers alone', async () => {
    const anonymiser = await buildAnonymiser(PEOPLE, 'x', MIN_COUNT);
    const alice = anonymiser.pseudonym('alice-ng')!;
    assert.deepEqual(anonymiser.model({ owners: ['alice-ng'], load: { 'alice-ng': 3 }, note: 'Alice Ng', n: 4 }), { owners: [alice], load: { [alice]: 3 }, note: alice, n: 4 });
  });
});

describe('anonymise: member pages and links', () => {
  it("replaces a member page's path, absolute or from the network's folder, by the pseudonym alone, and knows a pseudonym", async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Riverside Network', 'phase: ongoing', 'established: 2024-01-01']), 'members/alice-ng.md': memberPage('Alice Ng') });
    const anonymiser = await anonymiserFor(network);
    const alice = anonymiser.pseudonym('alice-ng')!;
    assert.equal(alice, 'Member 1');
    assert.equal(anonymiser.text(`see members/alice-ng.md:4 and ${ROOT}/members/alice-ng.md`), `see ${alice}:4 and ${alice}`);
    assert.equal(anonymiser.isPseudonym(alice), true);
    assert.equal(anonymiser.isPseudonym('Member 2'), false);
    assert.equal(anonymiser.isPseudonym('members/Member 1.md'), false);
  });

  it('writes evidence the link function will not link as words, and links the rest', async () => {
    const network = await networkOf({ 'CHARTER.md': md(['name: Riverside Network', 'phase: ongoing', 'established: 2024-01-01']), 'PURPOSE.md': md(['statement: Well at home.']) });
    const item: ChecklistItem = { id: 'outcomes', dimension: 'purpose', title: 'Outcomes', why: 'W.', improve: 'I.', weight: 1, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'indicator', indicator: { name: 'purpose-exists', params: {}, thresholds: { direction: 'higher-is-better', healthy: 1, watch: 0.75 } } };
    const report = buildHealthReport(network, { id: 'test', items: [item] }, { asOf: '2026-11-27', present: '2026-11-27' });
    const [finding] = report.findings;
    const purpose = finding!.evidence[0]!;
    const withMember: HealthReport = { ...report, findings: [{ ...finding!, evidence: [{ ...purpose, file: 'Member 3', relative: 'Member 3', range: { start: { line: 24, character: 0 }, end: { line: 24, character: 5 } } }, purpose], evidenceCount: 2 }] };
    const text = healthToMarkdown(withMember, { link: (path) => (path === 'Member 3' ? undefined : `net/${path}`) });
    assert.deepEqual(
      text.split('\n').filter((line) => line.startsWith('- ')),
      ['- Member 3 (line 25): no outcomes', '- [PURPOSE.md:1](net/PURPOSE.md#L1): no outcomes'],
    );
  });
});
