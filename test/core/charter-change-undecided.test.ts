/** charter.change-undecided: what a reviewer is told when a change shifts power and names no decision. */
import assert from 'node:assert/strict';
import { checkCharterChange } from '../../src/core/rules/charter-change-undecided';
import { networkOf } from './health/health-fixtures';
import { baseFiles, charter, range } from './network-builder';

describe('charter.change-undecided', () => {
  it('names the field that moved and asks for the decision, on the field itself', async () => {
    const before = await networkOf(baseFiles());
    const after = await networkOf({ ...baseFiles(), 'CHARTER.md': charter().replace('rule: consent', 'rule: lead-decides') });
    const finding = checkCharterChange(before.charter, after.charter, after, () => false);
    assert.deepEqual(
      [finding?.code, finding?.range, finding?.message],
      [
        'charter.change-undecided',
        range(7, 8, 7, 20),
        "This change moves how the network governs itself (Decision rule: consent → lead-decides), but no decision agreeing it is part of the change: name the decision that agreed it in the charter's `review.decision` (a meeting id, or an action decided by pull request) and include that record in this change.",
      ],
    );
  });

  it('points at a named decision that is no record, and gives the fields and the name in its data', async () => {
    const before = await networkOf(baseFiles());
    const text = charter().replace('rule: consent', 'rule: lead-decides').replace('  cadence: 12', '  cadence: 12\n  decision: no-such');
    const after = await networkOf({ ...baseFiles(), 'CHARTER.md': text });
    const finding = checkCharterChange(before.charter, after.charter, after, () => false);
    assert.deepEqual([finding?.range, finding?.data], [range(10, 12, 10, 19), { fields: ['decisions.rule'], decision: 'no-such' }]);
    assert.match(finding?.message ?? '', /`review.decision` names 'no-such', which is neither a meeting nor an action\.$/);
  });

  it('asks for the decision when the rule changes shape (a word turned into a mapping), naming both sides', async () => {
    const before = await networkOf(baseFiles());
    const after = await networkOf({ ...baseFiles(), 'CHARTER.md': charter().replace('rule: consent', 'rule: {name: vote}') });
    const finding = checkCharterChange(before.charter, after.charter, after, () => false);
    assert.equal(finding?.code, 'charter.change-undecided');
    assert.deepEqual(finding?.data?.fields, ['decisions.rule']);
    assert.match(finding?.message ?? '', /\(Decision rule: consent → \{"name":"vote"\}\)/);
  });
});
