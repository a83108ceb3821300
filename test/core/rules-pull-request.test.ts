import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/core/diagnostic';
import { about, action, charter, diagnose, range, rangeOfText, summarise } from './network-builder';

/**
 * Decisions by pull request (issue 6): `decision.via: pull-request` is valid
 * only when the charter allows it, and should say which pull request in `ref`.
 * The base network's charter leaves `pull_requests` out.
 */

const FILE = 'actions/2026-11-01-falls-audit.md';

function byPullRequest(ref?: string): string {
  return action(['decision:', '  date: 2026-11-12', '  via: pull-request', ...(ref === undefined ? [] : [`  ref: ${ref}`]), '  result: deferred']);
}

const allowing = charter({ pullRequests: true });
const charterWithout = charter();

/** The diagnostics of one code about the action, in the base network with a charter that allows pull requests unless changed. */
async function found(changes: Record<string, string>, code: string): Promise<Diagnostic[]> {
  return about(await diagnose({ 'CHARTER.md': allowing, ...changes }), FILE, code);
}

describe('decisions by pull request', () => {
  describe('decision.pull-request-not-allowed', () => {
    it('reports a decision by pull request at `via` when the charter leaves `pull_requests` out', async () => {
      const diagnostics = await found({ [FILE]: byPullRequest('"#12"'), 'CHARTER.md': charterWithout }, 'decision.pull-request-not-allowed');
      assert.deepEqual(
        diagnostics.map((d) => [d.severity, d.range]),
        [['error', range(7, 7, 7, 19)]],
      );
      assert.match(diagnostics[0]!.message, /^The charter does not allow decisions by pull request: record the meeting where this was agreed, or add `pull_requests: true` under `decisions`/);
    });

    it('reports it when the charter says `pull_requests: false`', async () => {
      const diagnostics = await found({ [FILE]: byPullRequest('"#12"'), 'CHARTER.md': allowing.replace('pull_requests: true', 'pull_requests: false') }, 'decision.pull-request-not-allowed');
      assert.equal(diagnostics.length, 1);
    });

    it('passes when the charter allows it, and for decisions at a meeting whatever the charter says', async () => {
      assert.deepEqual(summarise(await diagnose({ [FILE]: byPullRequest('"#12"'), 'CHARTER.md': allowing })), []);
      assert.deepEqual(summarise(await diagnose({ 'CHARTER.md': charterWithout })), []);
    });
  });

  describe('decision.pull-request-no-ref', () => {
    it('reports a decision by pull request with no `ref`, at `via`, as a warning', async () => {
      const diagnostics = await found({ [FILE]: byPullRequest() }, 'decision.pull-request-no-ref');
      assert.deepEqual(
        diagnostics.map((d) => [d.severity, d.range, d.message]),
        [['warning', range(7, 7, 7, 19), 'This decision was made by pull request; add `ref` with its number, as in "#123", or its address.']],
      );
    });

    it('reports a `ref` that names no pull request, at the ref', async () => {
      const text = byPullRequest('the one from Tuesday');
      const diagnostics = await found({ [FILE]: text }, 'decision.pull-request-no-ref');
      assert.deepEqual(
        diagnostics.map((d) => [d.range, d.message]),
        [[rangeOfText(text, 8, 'the one from Tuesday'), '\'the one from Tuesday\' does not name a pull request: write its number, as in "#123" ("!123" for a GitLab merge request), or its address.']],
      );
    });

    it('accepts a number, a GitLab merge request, another repository\'s pull request and an address', async () => {
      for (const ref of ['"#12"', '"!7"', 'north-shire/frailty#31', 'https://github.com/north-shire/frailty/pull/31']) {
        assert.deepEqual(summarise(await diagnose({ [FILE]: byPullRequest(ref), 'CHARTER.md': allowing })), [], ref);
      }
    });
  });

  describe('decision.quorum-not-met', () => {
    const withQuorum = (quorum: number): string => allowing.replace('  pull_requests: true', `  pull_requests: true\n  quorum: ${quorum}`);
    const approved = (approvers?: string): string =>
      action(['decision:', '  date: 2026-11-12', '  via: pull-request', '  ref: "#12"', ...(approvers === undefined ? [] : [`  approvers: ${approvers}`]), '  result: agreed']);

    it('asks for the approvers of a decision by pull request when the charter sets a quorum', async () => {
      const diagnostics = await found({ [FILE]: approved(), 'CHARTER.md': withQuorum(2) }, 'decision.quorum-not-met');
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.severity, 'warning');
      assert.match(diagnostics[0]!.message, /records no approvers, so the charter's quorum of 2 cannot be checked/);
    });

    it('reports fewer approvers than the quorum at `approvers`, counting each member once', async () => {
      const diagnostics = await found({ [FILE]: approved('[sam-lee]'), 'CHARTER.md': withQuorum(3) }, 'decision.quorum-not-met');
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.message, "1 member approved this decision, fewer than the charter's quorum of 3: it counts once 2 more approve, or when a meeting agrees it.");
    });

    it('marks the approvers themselves when they are too few', async () => {
      const text = approved('[sam-lee]');
      const diagnostics = await found({ [FILE]: text, 'CHARTER.md': withQuorum(3) }, 'decision.quorum-not-met');
      assert.deepEqual(diagnostics.map((d) => d.range), [rangeOfText(text, 9, '[sam-lee]')]);
    });

    it('passes with enough approvers, or with no quorum in the charter', async () => {
      assert.deepEqual(await found({ [FILE]: approved('[sam-lee, tom-hughes]'), 'CHARTER.md': withQuorum(2) }, 'decision.quorum-not-met'), []);
      assert.deepEqual(await found({ [FILE]: approved() }, 'decision.quorum-not-met'), []);
    });

    it('checks that approvers are members', async () => {
      const diagnostics = about(await diagnose({ 'CHARTER.md': withQuorum(1), [FILE]: approved('[sam-lee, nobody-here]') }), FILE, 'ref.unknown-member');
      assert.equal(diagnostics.length, 1);
      assert.match(diagnostics[0]!.message, /nobody-here/);
    });
  });
});
