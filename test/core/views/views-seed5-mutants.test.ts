import assert from 'node:assert/strict';
import { ownerLoads } from '../../../src/core/views/owner-load';
import { timeAxis } from '../../../src/core/views/time-axis';
import { networkOf } from '../health/health-fixtures';
import { md } from '../network-builder';

/** View details the seed-5 mutation sample left unpinned. */

const TODAY = '2026-11-27';
const STOP_WORDS = 'a an and at by for from in into of on or the to with our their';

describe('ownerLoads: the words an interest is matched on', () => {
  async function matches(title: string, interests: readonly string[]): Promise<readonly string[]> {
    const network = await networkOf({
      'CHARTER.md': md(['name: Test Network']),
      'members/ann.md': md(['name: Ann', 'joined: 2024-01-01', 'interests:', ...interests.map((interest) => `  - ${interest}`)]),
    });
    const [load] = ownerLoads(network, TODAY, { title });
    return load!.matches;
  }

  it('leaves out every stop word, so an interest of stop words and one real word needs only that word', async () => {
    assert.deepEqual(await matches('Care homes', [`${STOP_WORDS} homes`]), [`${STOP_WORDS} homes`]);
    for (const word of STOP_WORDS.split(' ')) {
      assert.deepEqual(await matches('Care homes', [`${word} homes`]), [`${word} homes`], word);
    }
  });

  it('takes a word with -s, -es, -ed or -ing as the same word, and no other ending', async () => {
    assert.deepEqual(await matches('Homes: auditing boxes, trained walkers', ['home', 'audit', 'box', 'train', 'walk']), ['home', 'audit', 'box', 'train']);
  });
});

describe('timeAxis: room for the quarters', () => {
  // 2025-01-01 to 2025-12-27 is 360 days; 12 units wide, the closest quarters (90 days apart) are exactly 3 apart,
  // which is (width of `0000` + width of `Q0`) / 2 + gap with one unit a character and no gap.
  const labels = (width: number): string[] => timeAxis('2025-01-01', '2025-12-27', width, { charWidth: 1, gap: 0 }).labels.map((label) => `${label.text}@${label.at}`);

  it('names the quarters when they are exactly far enough apart, and not when a little closer', () => {
    assert.deepEqual(labels(12), ['2025@0', 'Q2@0.25', `Q3@${181 / 360}`, `Q4@${273 / 360}`]);
    assert.deepEqual(labels(11.9), ['2025@0']);
  });
});
