/** Health edges a random sample of mutants found unguarded. */
import assert from 'node:assert/strict';
import type { Checklist } from '../../../src/core/health/checklist';
import { mergeChecklists, readChecklist } from '../../../src/core/health/checklist';
import { sizeWords } from '../../../src/core/health/indicator';
import { outcomeFigures, outcomeReports } from '../../../src/core/health/outcome-report';
import type { EvidenceRef } from '../../../src/core/health/report';
import { md } from '../network-builder';
import { charterWith, factsOf, measure, memberPage } from './health-fixtures';

const DAY = '2026-11-27';

const ITEM = { dimension: 'purpose', title: 'Purpose', why: 'Why.', improve: 'How.', weight: 1, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'indicator', indicator: { name: 'purpose-exists', params: {}, thresholds: { direction: 'higher-is-better', healthy: 1, watch: 0.5 } } } as const;

describe('health: a hub outside the host organisation', () => {
  it('is flagged as usual, not called the design, in a lead-organisation network', async () => {
    const owned = (id: string, owners: string): string => md([`title: Work ${id}`, 'status: agreed', 'proposed_by: ann', 'proposed: 2026-10-01', `owners: [${owners}]`]);
    const result = await measure('degree-centralisation', {
      'CHARTER.md': charterWith(['governance:', '  model: lead-organisation', '  host: North Trust']),
      'members/ann.md': memberPage('Ann Ash', '2024-01-01', ['organisation: South Care']),
      'members/ben.md': memberPage('Ben Birch', '2024-01-01', ['organisation: North Trust']),
      'members/cat.md': memberPage('Cat Cole', '2024-01-01', ['organisation: North Trust']),
      'actions/2026-10-01-a.md': owned('a', 'ann, ben'),
      'actions/2026-10-01-b.md': owned('b', 'ann, cat'),
    }, DAY);
    assert.deepEqual([result.byDesign, result.summary], [
      undefined,
      'Ann Ash is tied to 2 of 2 members; half the members are tied to 1 or fewer. Degree centralisation 1.00 (0 when everyone has as many ties, 1 when all ties run through one person).',
    ]);
  });
});

describe('health: merging a checklist', () => {
  const base: Checklist = { id: 'base', description: 'The base checklist.', items: [{ id: 'purpose', ...ITEM }] };
  const whole = { id: 'purpose', dimension: 'purpose', title: 'Our purpose', why: 'Why.', improve: 'How.', type: 'indicator', indicator: { name: 'purpose-exists', thresholds: { direction: 'higher-is-better', healthy: 1, watch: 0.5 } } } as const;

  it('replaces a built-in item the file gives whole, keeping it once', () => {
    assert.deepEqual(mergeChecklists(base, { id: 'mine', items: [whole] }).items, [{ id: 'purpose', ...ITEM, title: 'Our purpose' }]);
  });

  it('takes the file\'s description over the base\'s', () => {
    assert.deepEqual(mergeChecklists(base, { id: 'mine', description: 'Our own checklist.', items: [] }), { id: 'mine', description: 'Our own checklist.', items: [{ id: 'purpose', ...ITEM }] });
  });

  it('reads a checklist whose items list holds an empty entry, reporting it rather than failing', () => {
    const read = readChecklist('checklists/mine.yml', new TextEncoder().encode('id: mine\nitems:\n  - ~\n'));
    assert.deepEqual([read.checklist, read.findings.map((f) => [f.code, f.message])], [
      { id: 'mine', items: [] },
      [['schema.type', '`items[0]` should be a group of fields (`key: value` lines indented under it), not empty.']],
    ]);
  });
});

describe('health: size words', () => {
  it('says nothing of size for a network with no current members', () => {
    assert.equal(sizeWords(0), '');
    assert.equal(sizeWords(7), ' Judged for a network of 7 current members rather than 20.');
  });
});

describe('health: outcome figures', () => {
  it('says there are no figures yet, and nothing more, for an outcome with no figures and no target', async () => {
    const facts = await factsOf({
      'CHARTER.md': charterWith(),
      'PURPOSE.md': md(['statement: Well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls']),
    }, DAY);
    const locate = (): EvidenceRef => ({ file: '/ws/net/PURPOSE.md', relative: 'PURPOSE.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, note: '' });
    assert.deepEqual(outcomeReports(facts, locate).map(outcomeFigures), ['no figures yet']);
  });
});
