import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { suggestConnections, type ConnectionSuggestion } from '../../../src/core/health/connect';
import { md } from '../network-builder';
import { charterWith, factsOf, ROOT } from './health-fixtures';
import { action, meeting, networkWith, role } from './indicators/connectivity-fixtures';

const DAY = '2026-11-27';

const interests = (...items: string[]): string[] => ['interests:', ...items.map((item) => `  - ${item}`)];

/**
 * Ann (lead, Frailty) - Ben - Cat - Dan as a path of ties; Eve a newcomer
 * (joined 2026-10-15) and Gus with no ties; Lee left on 2026-06-01.
 * Ann, Ben and Cat work on Frailty, Cat and Dan on Hospital discharge, all
 * four towards Fewer falls. Ben cares about music and gardening, Eve about
 * music, Gus about gardening, Lee about music.
 */
function files(): Record<string, string> {
  return {
    ...networkWith(
      {
        ann: { name: 'Ann Ash', extra: role('lead', '2025-01-01', '2027-12-31', 'frailty') },
        ben: { name: 'Ben Birch', extra: interests('music', 'gardening') },
        cat: { name: 'Cat Cedar' },
        dan: { name: 'Dan Elm' },
        eve: { name: 'Eve Fir', joined: '2026-10-15', extra: interests('music') },
        gus: { name: 'Gus Oak', extra: interests('gardening') },
        lee: { name: 'Lee Yew', extra: ['left: 2026-06-01', ...interests('music')] },
      },
      action({ id: '2026-01-10-a1', proposed: '2026-01-10', owners: ['ann'], contributors: ['ben'], area: 'frailty', outcomes: ['fewer-falls'] }),
      action({ id: '2026-02-10-a2', proposed: '2026-02-10', owners: ['cat'], area: 'frailty', outcomes: ['fewer-falls'] }),
      action({ id: '2026-03-10-a3', proposed: '2026-03-10', owners: ['dan'], contributors: ['cat'], area: 'discharge', outcomes: ['fewer-falls'] }),
      meeting('2026-04-01', ['ben', 'cat']),
    ),
    'CHARTER.md': charterWith(['areas:', '  - id: frailty', '    title: Frailty', '  - id: discharge', '    title: Hospital discharge']),
    'PURPOSE.md': md(['statement: Older people stay well at home.', 'outcomes:', '  - id: fewer-falls', '    title: Fewer falls']),
  };
}

const brief = (suggestions: readonly ConnectionSuggestion[]): string[] => suggestions.map((s) => `${s.kind} ${s.members.join('-')}`);

describe('health: connection suggestions', () => {
  it('as of today: brokers, the isolate and the newcomer paired with Ben, then shared work; strongest first', async () => {
    const suggestions = suggestConnections(await factsOf(files(), DAY));
    // Ben and Cat are the only links for Ann and Dan; Ben shares gardening with Gus and music with Eve.
    assert.deepEqual(brief(suggestions), ['broker ann-cat', 'broker dan-ben', 'isolate gus-ben', 'newcomer eve-ben', 'shared-work ann-dan']);
    assert.deepEqual(
      suggestions.map((s) => s.reason),
      [
        'Only Ben Birch links Ann Ash to the rest of the network; Ann Ash and Cat Cedar, who also works with Ben Birch, could make a second link (both work on Frailty and towards Fewer falls).',
        'Only Cat Cedar links Dan Elm to the rest of the network; Dan Elm and Ben Birch, who also works with Cat Cedar, could make a second link (both work towards Fewer falls).',
        'Gus Oak has not worked with anyone in the network in the last 12 months; Ben Birch works with 2 members and could bring them in (both care about gardening).',
        'Eve Fir joined on 2026-10-15; Ben Birch works with 2 members and could introduce them (both care about music).',
        'Ann Ash and Dan Elm both work towards Fewer falls, but have not worked together in the last 12 months.',
      ],
    );
    assert.deepEqual(
      suggestions[0]!.evidence.map((e) => `${posix.relative(ROOT, e.file)} ${e.member}: ${e.note}`),
      ['members/ann.md ann: works with 1 member; on Frailty; towards Fewer falls', 'members/cat.md cat: works with 2 members; on Frailty and Hospital discharge; towards Fewer falls'],
    );
  });

  it('never a tied pair, a member with themselves, a pair twice, a former member, or anyone more than 3 times', async () => {
    for (const day of [DAY, '2026-03-31', '2026-05-01']) {
      const suggestions = suggestConnections(await factsOf(files(), day));
      const tied = new Set(['ann-ben', 'ben-cat', 'cat-dan'].filter((pair) => pair !== 'ben-cat' || day >= '2026-04-01'));
      const pairs = suggestions.map((s) => [...s.members].sort().join('-'));
      assert.equal(new Set(pairs).size, pairs.length, day);
      for (const pair of pairs) assert.ok(!tied.has(pair), `${day}: ${pair} already tied`);
      for (const s of suggestions) assert.notEqual(s.members[0], s.members[1]);
      const uses = new Map<string, number>();
      for (const id of suggestions.flatMap((s) => s.members)) uses.set(id, (uses.get(id) ?? 0) + 1);
      for (const [id, count] of uses) assert.ok(count <= 3, `${day}: ${id} in ${count}`);
      if (day > '2026-06-01') assert.ok(!uses.has('lee'));
    }
  });

  it('as of 31 March: Ben and Cat not yet tied, Lee still a member; the spread drops Ben and Dan', async () => {
    const suggestions = suggestConnections(await factsOf(files(), '2026-03-31'));
    // Ties ann-ben and cat-dan only: no brokers. Gus and Lee have no ties and share an interest with Ben;
    // Ben is then in 3 suggestions, so Ben and Dan (both towards Fewer falls) is left out.
    assert.deepEqual(brief(suggestions), ['shared-work ann-cat', 'shared-work ben-cat', 'isolate gus-ben', 'isolate lee-ben', 'shared-work ann-dan']);
    assert.equal(suggestions[1]!.reason, 'Ben Birch and Cat Cedar both work on Frailty and towards Fewer falls, but have not worked together in the last 12 months.');
  });

  it('keeps to the limit, choosing the gaps first', async () => {
    assert.deepEqual(brief(suggestConnections(await factsOf(files(), DAY), { limit: 2 })), ['broker ann-cat', 'broker dan-ben']);
  });

  it('pairs members who only share an interest', async () => {
    const network = networkWith(
      { a: { name: 'A', extra: interests('walking') }, b: { name: 'B', extra: interests('walking', 'music') }, c: { name: 'C', extra: interests('music', 'walking') } },
      meeting('2026-01-01', ['a', 'b']),
    );
    // Untied: a-c (walking) and b-c (music, walking). C has no ties, so C is first paired as an isolate
    // with the best-connected sharer: B shares two interests.
    assert.deepEqual(brief(suggestConnections(await factsOf(network, DAY))), ['isolate c-b', 'shared-interest a-c']);
  });

  it('with neither meetings nor actions kept, says nothing records them working together, not that they have not', async () => {
    const network = networkWith({ a: { name: 'A', extra: interests('walking') }, b: { name: 'B', extra: interests('walking') }, c: { name: 'C' } });
    const suggestions = suggestConnections(await factsOf(network, DAY));
    assert.deepEqual(
      suggestions.map((s) => `${s.kind} ${s.members.join('-')}: ${s.reason}`),
      ['shared-interest a-b: A and B both care about walking, but the network records no meetings or actions to show them working together.'],
    );
  });
});

describe('health: connection suggestions leave emeritus members out', () => {
  it('never suggests Ben, emeritus lead of Frailty, and finds Gus and Eve other partners', async () => {
    const withEmeritus = files();
    withEmeritus['members/ben.md'] = withEmeritus['members/ben.md']!.replace('---\n', `---\n${role('emeritus', '2025-01-01', undefined, 'frailty').join('\n')}\n`);
    const suggestions = suggestConnections(await factsOf(withEmeritus, DAY));
    assert.ok(suggestions.length > 0);
    assert.deepEqual(suggestions.filter((s) => s.members.includes('ben')).map((s) => s.members.join('-')), []);
  });
});
