/** Indicator edges a random sample of mutants found unguarded: what a network lead reads. */
import assert from 'node:assert/strict';
import { md } from '../../network-builder';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';

const DAY = '2026-11-27';

describe('health indicators: sample survivors', () => {
  it('degree-centralisation says no member has a working tie when members work alone', async () => {
    const result = await measure('degree-centralisation', {
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann Ash'),
      'members/ben.md': memberPage('Ben Birch'),
      'members/cat.md': memberPage('Cat Cole'),
      'actions/2026-10-01-solo.md': md(['title: Solo work', 'status: agreed', 'proposed_by: ann', 'proposed: 2026-10-01', 'owners: [ann]']),
    }, DAY);
    assert.deepEqual([result.value, result.summary, result.question], [
      0,
      'No member has a working tie yet. Degree centralisation 0.00 (0 when everyone has as many ties, 1 when all ties run through one person).',
      'No one has worked together yet: what first piece of work could members share?',
    ]);
  });

  it('overdue-share names the longest overdue action first, whatever the file order', async () => {
    const result = await measure('overdue-share', {
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann Ash'),
      'actions/2026-01-01-alpha.md': md(['title: Alpha audit', 'status: agreed', 'proposed_by: ann', 'proposed: 2026-01-01', 'owners: [ann]', 'due: 2026-11-01']),
      'actions/2026-01-01-beta.md': md(['title: Beta review', 'status: in-progress', 'proposed_by: ann', 'proposed: 2026-01-01', 'owners: [ann]', 'due: 2026-06-30']),
      'actions/2026-01-01-gamma.md': md(['title: Gamma plan', 'status: agreed', 'proposed_by: ann', 'proposed: 2026-01-01', 'owners: [ann]', 'due: 2026-09-15']),
    }, DAY);
    assert.deepEqual([result.summary, result.question, evidenceOf(result)], [
      '3 of 3 open agreed actions (100%) are past their due date.',
      "3 open actions are overdue, the longest 'Beta review' (Ann Ash), due 150 days ago: should each get a new date, more help, or be dropped openly?",
      [
        'actions/2026-01-01-beta.md@due: due 2026-06-30, 150 days ago',
        'actions/2026-01-01-gamma.md@due: due 2026-09-15, 73 days ago',
        'actions/2026-01-01-alpha.md@due: due 2026-11-01, 26 days ago',
      ],
    ]);
  });

  it('ownership-absence-factor counts work completed on the first day of its 12 months', async () => {
    const result = await measure('ownership-absence-factor', {
      'CHARTER.md': charterWith(),
      'members/ann.md': memberPage('Ann Ash'),
      'members/ben.md': memberPage('Ben Birch'),
      'actions/2025-10-01-edge.md': md(['title: Edge work', 'status: done', 'proposed_by: ann', 'proposed: 2025-10-01', 'owners: [ann]', 'completed: 2025-11-27']),
    }, DAY);
    assert.deepEqual([result.value, result.summary, result.question], [
      1,
      'Ann Ash owns 1 of 1 action ownership (100%) among 1 action open or completed in the last 12 months.',
      'Ann Ash owns at least half of the 1 action ownership in the last 12 months: who could share ownership of new actions, or pair up on the ones already under way?',
    ]);
  });
});
