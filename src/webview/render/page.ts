import type { GraphPicture, PanelData } from '../../core/health/panel-data';
import { formatDate, formatDatesIn } from '../../core/views/dates';
import { escapeHtml } from './escape';
import type { Mode } from './parts';
import { renderConnectionsSection } from './sections/connections';
import { renderFindingsSection } from './sections/findings';
import { renderFunnelSection } from './sections/funnel';
import { renderGraphSection } from './sections/graph';
import { renderLeadershipSection } from './sections/leadership';
import { renderMaturitySection } from './sections/maturity';
import { renderMirrorSection } from './sections/mirror';
import { renderOutcomesSection } from './sections/outcomes';
import { renderParticipationSection } from './sections/participation';
import { renderPulsesSection } from './sections/pulses';
import { renderScoresSection } from './sections/scores';
import { renderUnknownSection } from './sections/unknown';
import { healthStyles } from './styles';
import { areaWords, type AreaInfo } from '../../core/health/area';
import { MIN_COUNT } from '../../core/pulse/suppression';

/**
 * The health page as one HTML document, for the editor's panel and for the
 * exported report alike. Pure string building: no DOM, no VS Code, no files.
 */

export interface PageOptions {
  readonly mode: Mode;
  /** Panel: the nonce that lets its one stylesheet and one script run. */
  readonly nonce?: string;
  /** Panel: the webview's own origin (webview.cspSource). */
  readonly cspSource?: string;
  /** Panel: the client script's webview URI. */
  readonly scriptUri?: string;
  /** Panel: a stylesheet URI to load instead of the inline stylesheet. */
  readonly styleUri?: string;
  readonly title?: string;
  /** Panel: today, the latest day the as-of picker offers; without it the picker has no upper bound. */
  readonly today?: string;
  /** Panel: the network's areas, for the area picker; none draws no picker. */
  readonly areas?: readonly AreaInfo[];
  /**
   * The reader's locale (BCP 47, the panel passes `vscode.env.language`): every date is written its way.
   * Without it, dates read `27 Nov 2026` (en-GB). The page's `lang` stays en-GB: its words are English,
   * and a screen reader told otherwise would read them with another language's voice.
   */
  readonly locale?: string;
  /**
   * The data has members as pseudonyms (core/privacy/anonymise.ts): the page says so, and the
   * panel's Anonymise checkbox is ticked. It only describes the data; the caller anonymises it.
   */
  readonly anonymised?: boolean;
}

/** What renderHealthMain needs to know besides the data. */
export interface MainOptions {
  /** The data has members as pseudonyms (PageOptions.anonymised): the page says so first. */
  readonly anonymised?: boolean;
  /**
   * The network's own checklist file has problems (`checklist.*` diagnostics): the items concerned
   * are left out and the built-in ones stand, so the page says so beside the checklist's name.
   */
  readonly checklistProblems?: { readonly file: string; readonly count: number };
}

export function renderHealthPage(data: PanelData, options: PageOptions): string {
  const name = data.report.network.name;
  const title = options.title ?? `${name}: network health`;
  const head = options.mode === 'panel' ? panelHead(options) : reportHead();
  const script = options.mode === 'panel' ? `<script nonce="${escapeHtml(panelNonce(options))}" src="${escapeHtml(options.scriptUri ?? '')}"></script>` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="en-GB"><head><meta charset="utf-8">${head}<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>`,
    `<body class="mode-${options.mode}">`,
    '<a class="skip-link" href="#findings">Skip to what to talk about</a>',
    `<header class="page-header"><h1>${escapeHtml(name)}: network health</h1>${options.mode === 'panel' ? `<div class="pickers">${picker(data.report.asOf, options.today)}${areaPicker(options.areas ?? [], data.report.area?.id)}${anonymiseBox(options.anonymised === true)}</div>` : ''}</header>`,
    `<main id="health-main">${renderHealthMain(data, options.mode, options.locale, { anonymised: options.anonymised === true })}</main>`,
    script,
    '</body></html>',
  ].join('\n');
}

/** The inside of `<main id="health-main">`: what the panel swaps in when the documents or the as-of date change; dates in `locale` (PageOptions.locale). */
export function renderHealthMain(data: PanelData, mode: Mode, locale?: string, options: MainOptions = {}): string {
  const { report } = data;
  const anonymised = options.anonymised === true ? `<p class="anonymised-line" id="anonymised-line">${escapeHtml(anonymisedWords(report.minAnswers))}</p>` : '';
  const area = report.area ? `<h2 class="area-heading" id="area-heading">${escapeHtml(report.area.title)}</h2><p class="area-line">${escapeHtml(areaWords(report.area))}</p>` : '';
  const problems = options.checklistProblems;
  const checklistLine =
    problems && problems.count > 0
      ? `<p class="checklist-problems" id="checklist-problems" role="status">The network's checklist (${escapeHtml(problems.file)}) has ${problems.count} ${problems.count === 1 ? 'problem' : 'problems'}: the items concerned are left out and the built-in ones stand. The Problems panel lists ${problems.count === 1 ? 'it' : 'them'}.</p>`
      : '';
  const context = `<p class="as-of-line">Health as of <time datetime="${escapeHtml(report.asOf)}">${escapeHtml(formatDate(report.asOf, locale))}</time> · phase: ${escapeHtml(report.network.phase ?? 'not stated')} · checklist: ${escapeHtml(report.checklist.title ?? report.checklist.id)}</p>`;
  // Before the network began there is nothing to score: say so instead of drawing an empty network.
  if (report.notYetBegun !== undefined) return [anonymised, area, context, checklistLine, `<p class="not-yet-begun" role="status">Nothing to measure: ${escapeHtml(report.notYetBegun)}.</p>`].join('\n');
  const howToRead =
    '<p class="how-to-read">How to read this: each dimension scores 0 to 100 (75 or more is healthy, 50 to 74 watch, below 50 at risk). Unknown checks have no data and count neither way. Each thing to talk about comes with the documents behind it and a question for members.</p>';
  return [
    anonymised,
    area,
    context,
    checklistLine,
    howToRead,
    renderScoresSection(data, locale),
    renderOutcomesSection(data, mode, locale),
    renderGraphSection(graphDates(data.graph, locale), mode),
    renderLeadershipSection(data, mode, locale),
    renderFunnelSection(data, mode, locale),
    renderParticipationSection(data, locale),
    renderPulsesSection(data, locale),
    renderMaturitySection(data, locale),
    renderFindingsSection(data, mode, locale),
    renderMirrorSection(data, mode, locale),
    renderConnectionsSection(data, mode, locale),
    renderUnknownSection(data, locale),
  ].join('\n');
}

/** The graph's words (its summary, the tie definition, each member's roles) with their dates written the page's way. */
function graphDates(graph: GraphPicture, locale: string | undefined): GraphPicture {
  return {
    ...graph,
    summary: formatDatesIn(graph.summary, locale),
    definition: formatDatesIn(graph.definition, locale),
    nodes: graph.nodes.map((node) => ({ ...node, roles: node.roles.map((role) => formatDatesIn(role, locale)) })),
  };
}

/** What an anonymised page says it has done; the smallest organisation named is the network's minimum count (`privacy.min_count`, at least MIN_COUNT). */
export function anonymisedWords(minCount: number = MIN_COUNT): string {
  return `Anonymised: members are shown as “Member N”, organisations of fewer than ${minCount} members as “another organisation”.`;
}

function panelNonce(options: PageOptions): string {
  if (!options.nonce || !options.scriptUri || !options.cspSource) throw new Error('the health panel needs a nonce, a script URI and the webview CSP source');
  return options.nonce;
}

/** Only the webview's own files and the nonced stylesheet and script: nothing inline runs without the nonce. */
function panelHead(options: PageOptions): string {
  const nonce = escapeHtml(panelNonce(options));
  const source = escapeHtml(options.cspSource ?? '');
  const csp = `default-src 'none'; img-src ${source} data:; style-src ${source} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const style = options.styleUri ? `<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">` : `<style nonce="${nonce}">${healthStyles('panel')}</style>`;
  return `<meta http-equiv="Content-Security-Policy" content="${csp}">${style}`;
}

/**
 * The report runs no script at all and loads nothing (default-src 'none'), so
 * its inline stylesheet is allowed with 'unsafe-inline' rather than a hash: a
 * hash would need a digest here, which this browser-safe module cannot work
 * out synchronously, and with scripts barred and every piece of document text
 * escaped, inline style is all that could apply.
 */
function reportHead(): string {
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  return `<meta http-equiv="Content-Security-Policy" content="${csp}"><style>${healthStyles('report')}</style>`;
}

function picker(asOf: string, today: string | undefined): string {
  const max = today === undefined ? '' : ` max="${escapeHtml(today)}"`;
  return `<div class="picker"><label for="as-of">Show the network as it was on</label><input type="date" id="as-of" value="${escapeHtml(asOf)}"${max}></div>`;
}

/** The area picker: the whole network or one of its areas. The client posts the choice; the extension checks it against the network's areas. */
function areaPicker(areas: readonly AreaInfo[], selected: string | undefined): string {
  if (areas.length === 0) return '';
  const option = (value: string, label: string): string => `<option value="${escapeHtml(value)}"${(selected ?? '') === value ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  return `<div class="picker"><label for="area">Area</label><select id="area">${option('', 'the whole network')}${areas.map((area) => option(area.id, area.title)).join('')}</select></div>`;
}

/**
 * The Anonymise checkbox: members as pseudonyms, to share the screen or take a screenshot. The client posts
 * the choice; the extension anonymises the data and keeps the choice in the panel's saved state.
 */
function anonymiseBox(checked: boolean): string {
  return `<div class="picker anonymise-picker"><input type="checkbox" id="anonymise"${checked ? ' checked' : ''} aria-describedby="anonymise-hint"><label for="anonymise">Anonymise</label><span class="visually-hidden" id="anonymise-hint">Members as Member N and small organisations as another organisation, to share the screen</span></div>`;
}
