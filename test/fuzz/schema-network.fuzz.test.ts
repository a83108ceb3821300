/**
 * Networks whose documents are generated from the JSON schemas (schema-arbitrary.ts): every field a
 * user can write reaches the full check, the editor's session and health. The first test proves
 * the generator covers every field of every schema, so a field added to a schema is fuzzed from
 * the day it is added.
 */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { checkDirectory, loadNetwork } from '../../src/core/check';
import type { Diagnostic } from '../../src/core/diagnostic';
import { builtInChecklist } from '../../src/core/health/checklist';
import { buildHealthReport } from '../../src/core/health/report';
import type { DocumentKind } from '../../src/core/model/kinds';
import { NetworkSession } from '../../src/core/session';
import { MemoryWorkspace } from '../helpers/memory-workspace';
import { assertRangesInside, editorText, params, plain, TODAY } from './fuzz-support';
import { documentOf, fieldPaths, frontmatterOf, pathsIn, schemaOfKind, type IdPools } from './schema-arbitrary';

const ROOT = '/ws/net';
const KINDS: readonly DocumentKind[] = ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse'];
const POOLS: IdPools = {
  members: ['amara-okafor', 'sam-lee', 'tom-hughes', 'priya-shah'],
  actions: ['2026-10-30-shared-form', '2026-11-05-training-day'],
  meetings: ['2026-11-12-network-meeting', '2026-06-10-falls-group'],
  outcomes: ['faster-referrals', 'fewer-readmissions'],
  areas: ['frailty', 'discharge'],
};
const PATHS: Readonly<Record<Exclude<DocumentKind, 'charter' | 'purpose'>, (id: string) => string>> = {
  member: (id) => `members/${id}.md`,
  action: (id) => `actions/${id}.md`,
  meeting: (id) => `meetings/${id}.md`,
  pulse: (id) => `pulses/${id}.md`,
};

type Files = Record<string, string>;

const many = (kind: Exclude<DocumentKind, 'charter' | 'purpose'>, ids: readonly string[]): fc.Arbitrary<[string, string][]> =>
  fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), documentOf(kind, POOLS)), { selector: ([id]) => id, maxLength: ids.length });

const network: fc.Arbitrary<Files> = fc
  .record({
    charter: documentOf('charter', POOLS),
    purpose: fc.option(documentOf('purpose', POOLS), { freq: 4 }),
    members: many('member', POOLS.members),
    actions: many('action', POOLS.actions),
    meetings: many('meeting', POOLS.meetings),
    pulses: many('pulse', ['2026-q1', '2026-q3']),
  })
  .map((n) => ({
    'CHARTER.md': n.charter,
    ...(n.purpose === null ? {} : { 'PURPOSE.md': n.purpose }),
    ...Object.fromEntries(n.members.map(([id, text]) => [PATHS.member(id), text])),
    ...Object.fromEntries(n.actions.map(([id, text]) => [PATHS.action(id), text])),
    ...Object.fromEntries(n.meetings.map(([id, text]) => [PATHS.meeting(id), text])),
    ...Object.fromEntries(n.pulses.map(([id, text]) => [PATHS.pulse(id), text])),
  }));

function workspaceOf(files: Files): MemoryWorkspace {
  const workspace = new MemoryWorkspace();
  for (const [relative, content] of Object.entries(files)) workspace.write(posix.join(ROOT, relative), content);
  return workspace;
}

const key = (d: Diagnostic): string => `${d.file}:${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`;

describe('fuzz: networks generated from the schemas', function () {
  this.timeout(120_000);

  for (const kind of KINDS) {
    it(`generates every field of the ${kind} schema (seed 7401, 400 samples)`, () => {
      const schema = schemaOfKind(kind);
      const wanted = new Set(fieldPaths(schema));
      const seen = new Set<string>();
      for (const sample of fc.sample(frontmatterOf(kind, POOLS), { seed: 7401, numRuns: 400 })) for (const path of pathsIn(sample, schema)) seen.add(path);
      assert.deepEqual([...wanted].filter((path) => !seen.has(path)).sort(), [], `fields of the ${kind} schema never generated`);
      assert.ok(wanted.size >= 3, `${kind}: only ${wanted.size} fields found in its schema`);
    });
  }

  it('writes frontmatter that reads back as the generated data (seed 7402, 200 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.nat(), (kind, seed) => {
        const [data] = fc.sample(frontmatterOf(kind, POOLS), { seed, numRuns: 1 });
        const [text] = fc.sample(documentOf(kind, POOLS), { seed, numRuns: 1 });
        assert.deepEqual(parse(text!.split('---\n')[1]!) ?? {}, data);
      }),
      params(7402, 200),
    );
  });

  it('checks them without throwing, ranges inside their files, the same twice, and health stays in range (seed 7403, 60 runs)', async () => {
    const checklist = builtInChecklist();
    await fc.assert(
      fc.asyncProperty(network, async (files) => {
        const first = await checkDirectory(workspaceOf(files), ROOT, { today: TODAY });
        for (const d of first.diagnostics) assertRangesInside(files[posix.relative(ROOT, d.file)] !== undefined ? editorText(new TextEncoder().encode(files[posix.relative(ROOT, d.file)])) : '', [d], d.file);
        const second = await checkDirectory(workspaceOf(files), ROOT, { today: TODAY });
        assert.deepEqual(second.diagnostics.map(key), first.diagnostics.map(key));
        const loaded = (await loadNetwork(workspaceOf(files), ROOT)).network;
        const report = buildHealthReport(loaded, checklist, { asOf: TODAY, present: TODAY, trendMonths: 2 });
        assert.ok(report.score === undefined || (report.score >= 0 && report.score <= 100), String(report.score));
        const again = buildHealthReport((await loadNetwork(workspaceOf(files), ROOT)).network, checklist, { asOf: TODAY, present: TODAY, trendMonths: 2 });
        assert.deepEqual(plain(again), plain(report));
      }),
      params(7403, 60),
    );
  });

  it('keeps the session equal to a full check while documents of every kind are rewritten or deleted (seed 7404, 40 runs of up to 5 edits)', async () => {
    const edit = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...(Object.keys(PATHS) as (keyof typeof PATHS)[])).chain((kind) => fc.tuple(fc.constant('write' as const), fc.constantFrom(...(kind === 'pulse' ? ['2026-q1', '2026-q3'] : POOLS[`${kind}s` as 'members' | 'actions' | 'meetings'])).map(PATHS[kind]), documentOf(kind, POOLS))) },
      { weight: 1, arbitrary: fc.tuple(fc.constant('write' as const), fc.constantFrom('CHARTER.md'), documentOf('charter', POOLS)) },
      { weight: 1, arbitrary: fc.tuple(fc.constant('write' as const), fc.constantFrom('PURPOSE.md'), documentOf('purpose', POOLS)) },
      { weight: 2, arbitrary: fc.tuple(fc.constant('delete' as const), fc.nat(), fc.constant('')) },
    );
    await fc.assert(
      fc.asyncProperty(network, fc.array(edit, { minLength: 1, maxLength: 5 }), async (files, edits) => {
        const workspace = workspaceOf(files);
        const session = await NetworkSession.open(workspace, ROOT, TODAY);
        for (const [kind, target, text] of edits) {
          let path: string;
          if (kind === 'write') {
            path = posix.join(ROOT, target);
            workspace.write(path, text);
            session.update(path, workspace.bytes(path));
          } else {
            const documents = workspace.paths().filter((p) => p !== posix.join(ROOT, 'CHARTER.md')).sort();
            if (documents.length === 0) continue;
            path = documents[target % documents.length]!;
            workspace.remove(path);
            session.update(path, undefined);
          }
          const full = await checkDirectory(workspace, ROOT, { today: TODAY });
          assert.deepEqual([...session.diagnostics().values()].flat().map(key).sort(), full.diagnostics.map(key).sort(), `after ${kind} ${path}`);
        }
      }),
      params(7404, 40),
    );
  });
});
