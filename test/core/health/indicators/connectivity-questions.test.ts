import assert from 'node:assert/strict';
import { measure } from '../health-fixtures';
import { meeting, twoTriangles } from './connectivity-fixtures';

const DAY = '2026-11-27';
/** Before Cat met Dan and before Dan's action: only the Ann-Ben-Cat triangle. */
const SPRING = '2026-04-01';
/** Gus alone at a meeting on 2026-01-15: ties are recorded, and no one has one yet. */
const noTies = (): Record<string, string> => ({ ...twoTriangles(), ...meeting('2026-01-15', ['gus']) });

describe('health indicators: connectivity, the questions put to the network', () => {
  it('degree-centralisation: two hubs each work with the most members', async () => {
    const result = await measure('degree-centralisation', twoTriangles(), DAY);
    assert.equal(result.question, 'Cat Cedar and Dan Elm each work with 3 of 6 members, while half the members work with 2 or fewer: who could introduce members to each other directly?');
  });

  it('betweenness-centralisation: with every connection direct, how to keep it so', async () => {
    const result = await measure('betweenness-centralisation', twoTriangles(), SPRING);
    assert.equal(result.question, 'Every connection is direct: how can the network keep it so as it grows?');
  });

  it('degree-gini: before anyone has a tie, what first piece of work members could share', async () => {
    const result = await measure('degree-gini', noTies(), '2026-02-01');
    assert.equal(result.value, 0);
    assert.equal(result.question, 'No one has worked together yet: what first piece of work could members share?');
  });
});
