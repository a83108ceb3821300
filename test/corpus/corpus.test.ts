/**
 * The nasty-input corpus (README.md in this folder says what each file is and
 * which bug it found). Each file is read as an action of a small, otherwise
 * clean network, through parse, the full check and the health report: nothing
 * throws, nothing runs, every range lies inside the file, the same answer
 * comes twice, and the file gets exactly the diagnostic codes in expected.json.
 * `npm run update-goldens` rewrites expected.json from the current results.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { checkDirectory, loadNetwork } from '../../src/core/check';
import type { Diagnostic } from '../../src/core/diagnostic';
import { DEFAULT_LIMITS, parseNetworkDocument } from '../../src/core/document';
import { builtInChecklist } from '../../src/core/health/checklist';
import { buildHealthReport } from '../../src/core/health/report';
import { validateAgainstSchema } from '../../src/core/schema/validate';
import { assertRangesInside, editorText, plain, TODAY } from '../fuzz/fuzz-support';
import { MemoryWorkspace } from '../helpers/memory-workspace';
import { fromRoot } from '../helpers/paths';
import { updatingGoldens } from '../helpers/goldens';

const DIR = fromRoot('test/corpus/files');
const EXPECTED = fromRoot('test/corpus/expected.json');
const UPDATE = updatingGoldens();
const ROOT = '/ws/net';
const CHARTER = '---\nname: Corpus Network\nphase: ongoing\nestablished: 2024-01-01\ngovernance:\n  model: shared\ndecisions:\n  rule: consent\nreview:\n  cadence: 12\nleadership:\n  term_months: 24\n---\n## How we work\nOpenly.\n## Decision making\nBy consent.\n## Membership\nAnyone.\n';
const MEMBER = '---\nname: Amara Okafor\norganisation: North Shire\njoined: 2024-02-01\n---\n';

const key = (d: Diagnostic): string => `${d.file}:${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`;

declare global {
  // Set by the code in js-engine.md and friends, were it ever run.
  var __netgovCorpusRan: boolean | undefined;
}

describe('nasty-input corpus', function () {
  this.timeout(60_000);
  const names = readdirSync(DIR).sort();
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as Record<string, string[]>;
  const actual: Record<string, string[]> = {};

  after(() => {
    if (UPDATE) writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
  });

  it('has an expectation for every file and a file for every expectation', () => {
    if (UPDATE) return;
    assert.deepEqual(Object.keys(expected).sort(), names);
  });

  for (const name of names) {
    it(name, async () => {
      globalThis.__netgovCorpusRan = undefined;
      const bytes = new Uint8Array(readFileSync(posix.join(DIR, name)));
      const text = editorText(bytes);
      const path = posix.join(ROOT, 'actions', `2026-01-01-${name}`);

      const { document, findings } = parseNetworkDocument(path, 'action', `2026-01-01-${name.slice(0, -3)}`, bytes, DEFAULT_LIMITS);
      assertRangesInside(text, [...findings, ...validateAgainstSchema(document)], name);

      const files = { [posix.join(ROOT, 'CHARTER.md')]: CHARTER, [posix.join(ROOT, 'members/amara-okafor.md')]: MEMBER, [path]: bytes };
      const first = await checkDirectory(new MemoryWorkspace(files), ROOT, { today: TODAY });
      const mine = first.diagnostics.filter((d) => d.file === path);
      assertRangesInside(text, mine, name);
      const second = await checkDirectory(new MemoryWorkspace(files), ROOT, { today: TODAY });
      assert.deepEqual(second.diagnostics.map(key), first.diagnostics.map(key), 'checked twice, the results differ');

      const network = (await loadNetwork(new MemoryWorkspace(files), ROOT)).network;
      const report = buildHealthReport(network, builtInChecklist(), { asOf: TODAY, present: TODAY, trendMonths: 2 });
      assert.ok(report.score === undefined || (Number.isFinite(report.score) && report.score >= 0 && report.score <= 100));
      const again = buildHealthReport((await loadNetwork(new MemoryWorkspace(files), ROOT)).network, builtInChecklist(), { asOf: TODAY, present: TODAY, trendMonths: 2 });
      assert.deepEqual(plain(again), plain(report));

      assert.equal(globalThis.__netgovCorpusRan, undefined, 'code in the document ran');
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');

      actual[name] = [...new Set(mine.map((d) => d.code))].sort();
      if (!UPDATE) assert.deepEqual(actual[name], expected[name], `diagnostic codes of ${name}`);
    });
  }
});
