import assert from 'node:assert/strict';
import type { Checklist, ChecklistItem } from '../../../src/core/health/checklist';
import { healthDiagnostics } from '../../../src/core/health/finding-diagnostics';
import { evaluateHealth } from '../../../src/core/health/evaluate';
import { healthToMarkdown } from '../../../src/core/health/format/markdown';
import { sparkline } from '../../../src/core/health/format/sparkline';
import { buildHealthReport } from '../../../src/core/health/report';
import { escapeMarkdown } from '../../../src/core/text/markdown';
import { md } from '../network-builder';
import { ROOT, networkOf } from './health-fixtures';

const DAY = '2026-11-27';

function item(id: string, dimension: ChecklistItem['dimension'], healthy: number, watch: number, weight = 1): ChecklistItem {
  return { id, dimension, title: `Check ${id}`, why: 'Why it matters.', improve: 'What helps.', weight, phaseWeights: { 'start-up': 1, ongoing: 1 }, type: 'indicator', indicator: { name: 'purpose-exists', params: {}, thresholds: { direction: 'higher-is-better', healthy, watch } } };
}

/** purpose-exists is 0.5 (a statement, no outcomes): at risk for `strict`, watch for `watchful`, healthy for `easy`. */
const CHECKLIST: Checklist = { id: 'test', items: [item('easy', 'purpose', 0.5, 0.5), item('watchful', 'governance', 1, 0.5), item('strict', 'delivery', 1, 0.75), item('strict-heavy', 'inclusion', 1, 0.75, 3)] };
const NASTY = '<script>alert(1)</script> [click](javascript:alert(2)) *bold* `code` | pipe';

async function network() {
  return networkOf({ 'CHARTER.md': md([`name: "${NASTY.replace(/"/g, '\\"')}"`, 'phase: ongoing', 'established: 2026-09-10']), 'PURPOSE.md': md(['statement: Well at home.']) });
}

describe('health: report', () => {
  it('lists findings at risk first, heaviest first, then on watch, each with located evidence', async () => {
    const report = buildHealthReport(await network(), CHECKLIST, { asOf: DAY, present: DAY });
    assert.deepEqual(report.findings.map((f) => [f.id, f.status, f.dimension]), [['strict-heavy', 'at-risk', 'inclusion'], ['strict', 'at-risk', 'delivery'], ['watchful', 'watch', 'governance']]);
    const evidence = report.findings[0]!.evidence;
    assert.deepEqual(evidence.map((e) => [e.relative, e.range.start.line, e.note]), [['PURPOSE.md', 0, 'no outcomes']]);
    assert.equal(report.findings[0]!.evidenceCount, 1);
    assert.equal(report.findings[0]!.question, 'Which outcomes would show that the network is achieving its purpose?');
    // 100 * 1 + 50 * 1 + 0 * 1 + 0 * 3 over 6 = 25
    assert.equal(report.score, 25);
    assert.equal(report.status, 'at-risk');
    assert.equal(report.network.name, NASTY);
  });

  it('is plain data: the same after a JSON round trip, apart from absent values', async () => {
    const report = buildHealthReport(await network(), CHECKLIST, { asOf: DAY, present: DAY, trendMonths: 3 });
    // A Map, a class instance, a function or a Date would not survive the round trip unchanged.
    assert.deepEqual(JSON.parse(JSON.stringify(report)) as unknown, withoutUndefined(report));
    assert.deepEqual(report.trend.map((p) => p.date), ['2026-09-30', '2026-10-31', '2026-11-27']);
    assert.equal(buildHealthReport(await network(), CHECKLIST, { asOf: DAY, present: DAY, trendMonths: 0 }).trend.length, 0);
  });

  it('writes markdown in which member-written text stays text', async () => {
    const text = healthToMarkdown(buildHealthReport(await network(), CHECKLIST, { asOf: DAY, present: DAY }), { link: (path) => `net/${path}` });
    assert.ok(text.startsWith('# &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(2)) \\*bold\\* \\`code\\` \\| pipe: network health\n'), text.split('\n', 1)[0]);
    assert.doesNotMatch(text, /<script>/);
    assert.match(text, /^\| Action and delivery \| 0 \| 🔴 at risk \| /m);
    assert.match(text, /^- \[PURPOSE\.md:1\]\(net\/PURPOSE\.md#L1\): no outcomes$/m);
    assert.match(text, /^## What to talk about \(2 at risk, 1 to watch\)$/m);
    assert.match(text, /^\*\*To discuss:\*\* Which outcomes would show/m);
  });

  it('escapes every markdown character that could start markup, and joins lines', () => {
    assert.equal(escapeMarkdown('a_b*c`d[e](f)|g~h\\i<j>&k\nl'), 'a\\_b\\*c\\`d\\[e\\](f)\\|g\\~h\\\\i&lt;j&gt;&amp;k l');
    assert.equal(escapeMarkdown('2026-11-27 # 1. plain'), '2026-11-27 # 1. plain');
  });

  it('draws a trend as bars, with a dot for an unknown month', () => {
    assert.equal(sparkline([0, 12, 25, 50, 75, 99, 100, undefined]), '▁▁▃▅▇██·');
  });
});

describe('health: findings on documents', () => {
  it('gives information diagnostics where each finding can be acted on, at-risk only by default, watch too when asked', async () => {
    const net = await network();
    const snapshot = evaluateHealth(net, CHECKLIST, { asOf: DAY });
    const atRisk = healthDiagnostics(net, snapshot, 'at-risk');
    assert.deepEqual(atRisk.map((d) => [d.file, d.code, d.severity, d.range.start.line]), [
      [`${ROOT}/PURPOSE.md`, 'health.strict', 'info', 0],
      [`${ROOT}/PURPOSE.md`, 'health.strict-heavy', 'info', 0],
    ]);
    assert.equal(atRisk[0]!.message, 'Network health, check strict (at risk): no outcomes. Which outcomes would show that the network is achieving its purpose?');
    assert.deepEqual(healthDiagnostics(net, snapshot, 'watch').map((d) => d.code), ['health.watchful', 'health.strict', 'health.strict-heavy']);
    assert.deepEqual(healthDiagnostics(net, snapshot, 'off'), []);
  });
});

/** Plain arrays and objects rebuilt without their undefined properties (as JSON drops them); anything else as it is. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).flatMap(([key, inner]) => (inner === undefined ? [] : [[key, withoutUndefined(inner)]])));
  }
  return value;
}
