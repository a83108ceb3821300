// Editor-side benchmark: how long the incremental session takes to open the
// synthetic network, how long one edit takes to re-check the document and its
// dependents, and how much memory the index holds. Run by `npm run bench`
// after bench/check.mjs has generated the network; prints one JSON object.
import { posix } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { NetworkSession } from '../src/core/session';
import { NodeWorkspace } from '../src/cli/node-workspace';
import { builtInChecklist } from '../src/core/health/checklist';
import { buildPanelData } from '../src/core/health/panel-data';
import { renderHealthPage } from '../src/webview/render/page';

const TODAY = '2026-11-27';
const dir = posix.resolve(process.argv[2] ?? 'bench/.data/network');
const encoder = new TextEncoder();

function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

async function main(): Promise<void> {
  const heapBefore = heapMiB();
  let start = performance.now();
  const session = await NetworkSession.open(new NodeWorkspace(), dir, TODAY);
  const openMs = performance.now() - start;
  const heapHeld = heapMiB() - heapBefore;

  const files = (folder: string): string[] => readdirSync(posix.join(dir, folder)).filter((n) => n.endsWith('.md')).sort().map((n) => posix.join(dir, folder, n));
  const actions = files('actions');
  const members = files('members');

  // Typing in an action's body: the document alone is re-checked.
  const actionEdits: number[] = [];
  for (let i = 0; i < 200; i++) {
    const path = actions[(i * 37) % actions.length]!;
    const text = `${readFileSync(path, 'utf8')}\nA further note ${i}.\n`;
    start = performance.now();
    session.update(path, encoder.encode(text));
    actionEdits.push(performance.now() - start);
  }

  // Renaming a member away and back: every action and meeting naming them is re-checked.
  const memberEdits: number[] = [];
  const dependents: number[] = [];
  for (let i = 0; i < 40; i++) {
    const path = members[(i * 53) % members.length]!;
    const bytes = readFileSync(path);
    start = performance.now();
    dependents.push(session.update(path, undefined).size);
    session.update(path, bytes);
    memberEdits.push((performance.now() - start) / 2);
  }

  // The health panel on the network the session holds (issue targets: data under 1 s, first paint under 1 s after that).
  // First paint: the day's snapshot with no trend; then the full 24-month trend the panel fills in behind it.
  const panelOptions = { mode: 'panel', nonce: 'bench', cspSource: 'vscode-webview:', scriptUri: 'webview.js', today: TODAY } as const;
  start = performance.now();
  const firstData = buildPanelData(session.network, builtInChecklist(), { asOf: TODAY, present: TODAY, trendMonths: 0 });
  const firstDataMs = performance.now() - start;
  start = performance.now();
  const html = renderHealthPage(firstData, panelOptions);
  const renderMs = performance.now() - start;
  start = performance.now();
  buildPanelData(session.network, builtInChecklist(), { asOf: TODAY, present: TODAY, trendMonths: 24 });
  const fullDataMs = performance.now() - start;
  // A live redraw (a document changed, or the as-of date moved): the records are read already.
  start = performance.now();
  buildPanelData(session.network, builtInChecklist(), { asOf: TODAY, present: TODAY, trendMonths: 0 });
  const redrawMs = performance.now() - start;

  const result = {
    documents: session.network.size,
    open_ms: Math.round(openMs),
    heap_held_mib: Math.round(heapHeld),
    edit_action_ms: { median: +median(actionEdits).toFixed(2), p95: +percentile(actionEdits, 0.95).toFixed(2) },
    delete_member_ms: { median: +median(memberEdits).toFixed(2), p95: +percentile(memberEdits, 0.95).toFixed(2), median_documents_rechecked: median(dependents) },
    health_panel: {
      // The first picture reads every document into records (kept for later): the cold case.
      first_data_ms: Math.round(firstDataMs),
      first_render_ms: Math.round(renderMs),
      first_html_kib: Math.round(html.length / 1024),
      full_trend_data_ms: Math.round(fullDataMs),
      redraw_data_ms: Math.round(redrawMs),
      // Against opening (reading and checking) the same network in the same run.
      first_paint_over_open: +((firstDataMs + renderMs) / openMs).toFixed(3),
      full_trend_over_open: +(fullDataMs / openMs).toFixed(3),
    },
  };
  console.log(JSON.stringify(result));
}

void main();
