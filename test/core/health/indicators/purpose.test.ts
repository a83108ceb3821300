import assert from 'node:assert/strict';
import { md } from '../../network-builder';
import { charterWith, evidenceOf, measure } from '../health-fixtures';

const DAY = '2026-11-27';

describe('health indicators: purpose', () => {
  describe('purpose-exists', () => {
    it('is 0 with no purpose document, 0.5 with only a statement, 1 with a statement and an outcome', async () => {
      assert.equal((await measure('purpose-exists', { 'CHARTER.md': charterWith() }, DAY)).value, 0);
      const half = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Older people stay well at home.']) }, DAY);
      assert.equal(half.value, 0.5);
      assert.deepEqual(evidenceOf(half), ['PURPOSE.md: no outcomes']);
      const full = await measure('purpose-exists', { 'CHARTER.md': charterWith(), 'PURPOSE.md': md(['statement: Well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls']) }, DAY);
      assert.equal(full.value, 1);
      assert.equal(full.summary, 'A statement and 1 outcome.');
    });
  });
});
