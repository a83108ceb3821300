import assert from 'node:assert/strict';
import { factsOf } from './health-fixtures';
import { meeting, networkWith } from './indicators/connectivity-fixtures';

describe('health facts: when each member last took part', () => {
  it('counts a meeting on the day itself, not one after it', async () => {
    const files = networkWith(
      { ann: { name: 'Ann' }, ben: { name: 'Ben' }, cat: { name: 'Cat' } },
      meeting('2026-03-01', ['ann', 'ben']),
      meeting('2026-05-10', ['ann']),
      meeting('2026-05-11', ['ben', 'cat']),
    );
    const last = (await factsOf(files, '2026-05-10')).lastActive;
    assert.deepEqual(Object.fromEntries(last), { ann: '2026-05-10', ben: '2026-03-01' });
    const first = (await factsOf(files, '2026-03-01')).lastActive;
    assert.deepEqual(Object.fromEntries(first), { ann: '2026-03-01', ben: '2026-03-01' });
  });
});
