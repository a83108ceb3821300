import assert from 'node:assert/strict';
import { fromRoot } from '../helpers/paths';
import { runInProcess, type CliRun } from '../helpers/run-cli';

const EXAMPLE = fromRoot('examples/north-east-frailty-network');

function run(args: string[]): Promise<CliRun> {
  return runInProcess(args, { cwd: fromRoot('.'), today: '2026-11-27' });
}

interface Suggestion {
  kind: string;
  members: [string, string];
  reason: string;
  evidence: { file: string }[];
}

describe('netgov connect', function () {
  this.timeout(20000);

  it('suggests introductions between members of the example, each with a reason and both member pages', async () => {
    const { code, stdout, stderr } = await run(['connect', EXAMPLE, '--format', 'json', '--limit', '12']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const suggestions = (JSON.parse(stdout) as { networks: { suggestions: Suggestion[] }[] }).networks[0]!.suggestions;
    assert.ok(suggestions.length > 0 && suggestions.length <= 12);
    const pairs = new Set<string>();
    for (const s of suggestions) {
      assert.notEqual(s.members[0], s.members[1]);
      const pair = [...s.members].sort().join(' ');
      assert.ok(!pairs.has(pair), `suggested twice: ${pair}`);
      pairs.add(pair);
      assert.deepEqual(s.evidence.map((e) => e.file).sort(), s.members.map((m) => `members/${m}.md`).sort());
      assert.ok(s.reason.length > 20);
    }
    const perMember = new Map<string, number>();
    for (const s of suggestions) for (const m of s.members) perMember.set(m, (perMember.get(m) ?? 0) + 1);
    assert.ok(Math.max(...perMember.values()) <= 3);
    const ties = (JSON.parse(stdout) as { networks: { ties: { meetingSize: number; months: number; definition: string } }[] }).networks[0]!.ties;
    assert.deepEqual([ties.meetingSize, ties.months], [12, 12]);
    assert.match(ties.definition, /^Working ties: /);
  });

  it('prints numbered suggestions as text, and the same ones every time', async () => {
    const first = await run(['connect', EXAMPLE, '--limit', '3']);
    assert.match(first.stdout, /^examples\/north-east-frailty-network: 3 introductions to consider\nWorking ties: two members are tied when [^\n]* at most 12 people, in the 12 months to 27 Nov 2026 [^\n]*\n\n 1\. /);
    assert.equal((await run(['connect', EXAMPLE, '--limit', '3'])).stdout, first.stdout);
  });

  it('says in one line what is wrong with how it was called', async () => {
    for (const [args, message] of [
      [['connect', EXAMPLE, '--limit', '0'], /--limit needs a whole number from 1 to 9999, not '0'/],
      [['connect', EXAMPLE, '--format', 'md'], /unknown --format 'md': use text or json/],
      [['connect', EXAMPLE, '--as-of', 'yesterday'], /--as-of needs a date written YYYY-MM-DD/],
    ] as const) {
      const { code, stderr } = await run([...args]);
      assert.equal(code, 2);
      assert.match(stderr, message);
    }
  });

  it('refuses a day before the network existed, saying so in one line', async () => {
    const { code, stdout, stderr } = await run(['connect', EXAMPLE, '--as-of', '2023-02-28']);
    assert.deepEqual(
      { code, stdout, stderr },
      {
        code: 2,
        stdout: '',
        stderr:
          "netgov connect: the network in examples/north-east-frailty-network did not exist yet on 2023-02-28 (its charter says it was established on 2023-03-01), so there is nothing to measure: give a later --as-of, or check the charter's `established`\n",
      },
    );
  });
});
