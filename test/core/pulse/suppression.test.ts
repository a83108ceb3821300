import assert from 'node:assert/strict';
import { MIN_COUNT, isSmall, minCountOf, suppressQuestion } from '../../../src/core/pulse/suppression';
import { questionsYaml } from '../../../src/core/pulse/aggregate';
import { ID_MAX_LENGTH, isId } from '../../../src/core/model/kinds';

describe('small-count suppression', () => {
  it('is five by default; a network may raise it, never lower it', () => {
    assert.equal(MIN_COUNT, 5);
    assert.equal(minCountOf(undefined), 5);
    assert.equal(minCountOf(3), 5);
    assert.equal(minCountOf(5), 5);
    assert.equal(minCountOf(10), 10);
    assert.equal(minCountOf(7.5), 5);
    assert.equal(minCountOf('10'), 5);
  });

  it('calls 1 to min-1 people small, and neither nobody nor min', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((n) => isSmall(n)), [false, true, true, true, true, false, false]);
    assert.deepEqual([4, 9, 10].map((n) => isSmall(n, 10)), [true, true, false]);
  });

  it('keeps only suppressed and answered for a question fewer than the minimum answered', () => {
    assert.deepEqual(suppressQuestion({ id: 'q', text: 'Q', counts: [1, 0, 2, 1, 0], blank: 3 }), { id: 'q', text: 'Q', suppressed: true, answered: 4 });
    assert.deepEqual(suppressQuestion({ id: 'q', counts: [1, 0, 2, 1, 1], blank: 3 }), { id: 'q', counts: [1, 0, 2, 1, 1], blank: 3 });
    assert.deepEqual(suppressQuestion({ id: 'q', counts: [1, 0, 2, 1, 1], blank: 0 }, 6), { id: 'q', suppressed: true, answered: 5 });
  });

  it('writes a suppressed question with no counts and no blank', () => {
    assert.equal(
      questionsYaml([
        { id: 'a', column: 'a', counts: [0, 1, 1, 2, 2], blank: 0 },
        { id: 'b', column: 'b', counts: [1, 1, 0, 1, 1], blank: 2 },
      ]),
      'questions:\n  a:\n    counts: [0, 1, 1, 2, 2]\n    blank: 0\n  b:\n    suppressed: true\n    answered: 4\n',
    );
  });
});

describe('isId', () => {
  it('takes ids of up to ID_MAX_LENGTH characters', () => {
    assert.equal(ID_MAX_LENGTH, 120);
    assert.equal(isId('a'.repeat(120)), true);
    assert.equal(isId('a'.repeat(121)), false);
    assert.equal(isId('2026-q4'), true);
    assert.equal(isId('2026--q4'), false);
    assert.equal(isId('Q4'), false);
    assert.equal(isId(4), false);
  });
});
