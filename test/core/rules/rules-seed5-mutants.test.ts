/** Rules: mutants of the seed-5 sample that no test told apart. */
import assert from 'node:assert/strict';
import { about, action, charter, diagnose, pulse } from '../network-builder';

const FILE = 'actions/2026-11-01-falls-audit.md';

function byPullRequest(ref?: string): string {
  return action(['decision:', '  date: 2026-11-12', '  via: pull-request', ...(ref === undefined ? [] : [`  ref: ${ref}`]), '  result: deferred']);
}

describe('decisions by pull request: the field each finding is about (seed 5)', () => {
  it('a ref that names no pull request is about decision.ref', async () => {
    const found = about(await diagnose({ 'CHARTER.md': charter({ pullRequests: true }), [FILE]: byPullRequest('the one from Tuesday') }), FILE, 'decision.pull-request-no-ref');
    assert.deepEqual(found.map((d) => d.data), [{ path: ['decision', 'ref'] }]);
  });

  it('a missing ref is about decision.ref too, though it is shown at via', async () => {
    const found = about(await diagnose({ 'CHARTER.md': charter({ pullRequests: true }), [FILE]: byPullRequest() }), FILE, 'decision.pull-request-no-ref');
    assert.deepEqual(found.map((d) => d.data), [{ path: ['decision', 'ref'] }]);
  });

  it('a decision the charter does not allow is about decision.via', async () => {
    const found = about(await diagnose({ 'CHARTER.md': charter(), [FILE]: byPullRequest('"#12"') }), FILE, 'decision.pull-request-not-allowed');
    assert.deepEqual(found.map((d) => d.data), [{ path: ['decision', 'via'] }]);
  });

  it('a ref given as an address or with spaces around it is a pull request', async () => {
    for (const ref of ['"https://github.com/o/r/pull/12"', '" #12 "', '"!7"', '"o/r#12"']) {
      const found = about(await diagnose({ 'CHARTER.md': charter({ pullRequests: true }), [FILE]: byPullRequest(ref) }), FILE, 'decision.pull-request-no-ref');
      assert.deepEqual(found, [], ref);
    }
  });
});

describe('pulse.small-counts: what is counted (seed 5)', () => {
  const PULSE = 'pulses/2026-q4.md';
  const small = async (questions: readonly string[]) =>
    about(await diagnose({ [PULSE]: pulse(['questions:', ...questions]) }), PULSE, 'pulse.small-counts').map((d) => [d.message, d.data]);

  it('says "person" for one answer, and marks a question with a blank count', async () => {
    assert.deepEqual(await small(['  purpose-clear:', '    counts: [0, 0, 0, 1, 0]', '    blank: 2']), [
      ["Only 1 person answered 'purpose-clear', fewer than 5: its counts can show who said what. Write `suppressed: true` and `answered: 1` instead.", { path: ['questions', 'purpose-clear'], answered: 1, blank: true }],
    ]);
  });

  it('skips counts that are not whole numbers of at least 0', async () => {
    assert.deepEqual(await small(['  purpose-clear:', '    counts: [0, 0, -1, 3, 0]', '  feel-heard:', '    counts: [0, 0, 1.5, 1, 0]']), []);
  });
});
