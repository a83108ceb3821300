import assert from 'node:assert/strict';
import { date } from '../../../src/core/model/fields';
import { isIsoDate } from '../../../src/core/views/dates';

describe('model: reading a date field', () => {
  it('takes a real calendar date', () => {
    assert.equal(date({ due: '2026-02-28' }, 'due'), '2026-02-28');
    assert.equal(date({ due: '2028-02-29' }, 'due'), '2028-02-29');
  });

  it('rejects a day the month does not have, as isIsoDate does (one predicate)', () => {
    for (const value of ['2026-02-31', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '5 Jan 2026']) {
      assert.equal(date({ due: value }, 'due'), undefined, value);
      assert.equal(isIsoDate(value), false, value);
    }
  });

  it('sees nothing where the value is not a string', () => {
    assert.equal(date({ due: 20260101 }, 'due'), undefined);
    assert.equal(date(undefined, 'due'), undefined);
  });
});
