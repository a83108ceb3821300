import assert from 'node:assert/strict';
import { seatDeclarations, termEndDay, termLimitFor } from '../../../src/core/model/charter-leadership';

describe('model: charter leadership edge values', () => {
  it('reads a term_months of 0 as no term limit given', () => {
    assert.equal(termLimitFor({ leadership: { term_months: 0 } }, 'lead'), undefined);
    assert.equal(termLimitFor({ leadership: { term_months: 1 } }, 'lead'), 1);
  });

  it('lists no seat declaration for a role with 0 seats', () => {
    assert.deepEqual(seatDeclarations({ seats: { chair: 0, 'co-chair': 2 } }), [{ role: 'co-chair', area: undefined, seats: 2, path: ['seats', 'co-chair'] }]);
  });

  it('takes December as a term-end month', () => {
    assert.deepEqual(termEndDay({ leadership: { term_ends_on: '12-31' } }), { month: 12, day: 31 });
    assert.equal(termEndDay({ leadership: { term_ends_on: '13-01' } }), undefined);
  });
});
