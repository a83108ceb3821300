import { GRAPH_REPORT_STYLES, GRAPH_STYLES } from './sections/graph';

/**
 * The health page's one stylesheet. It is written against VS Code's theme
 * variables (--vscode-*), which the editor sets on the panel for light, dark
 * and high-contrast themes alike; the exported report has no editor around
 * it, so REPORT_THEME defines the same variables itself, light by default and
 * dark when the reader's system prefers it. No rule animates anything, so
 * there is nothing for prefers-reduced-motion to turn off.
 */

/** The theme variables the panel gets from VS Code, for the report: light, then dark. */
const REPORT_THEME = `
:root {
  color-scheme: light dark;
  --vscode-font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --vscode-font-size: 14px;
  --vscode-foreground: #1f1f1f;
  --vscode-descriptionForeground: #595959;
  --vscode-editor-background: #ffffff;
  --vscode-textLink-foreground: #005fb8;
  --vscode-focusBorder: #005fb8;
  --vscode-panel-border: #c8c8c8;
  --vscode-textBlockQuote-background: #f2f2f2;
  --vscode-charts-green: #1a7f37;
  --vscode-charts-yellow: #9a6700;
  --vscode-charts-red: #c4314b;
  --vscode-charts-blue: #1a5fb4;
  --vscode-charts-purple: #7b3fb0;
  --vscode-charts-orange: #b85c00;
  --vscode-charts-lines: #8a8a8a;
}
@media (prefers-color-scheme: dark) {
  :root {
    --vscode-foreground: #e0e0e0;
    --vscode-descriptionForeground: #ababab;
    --vscode-editor-background: #1e1e1e;
    --vscode-textLink-foreground: #4daafc;
    --vscode-focusBorder: #4daafc;
    --vscode-panel-border: #474747;
    --vscode-textBlockQuote-background: #2b2b2b;
    --vscode-charts-green: #73c991;
    --vscode-charts-yellow: #e2c08d;
    --vscode-charts-red: #f48771;
    --vscode-charts-blue: #75beff;
    --vscode-charts-purple: #b180d7;
    --vscode-charts-orange: #f0a35e;
    --vscode-charts-lines: #8a8a8a;
  }
}
`;

const PAGE_STYLES = `
* { box-sizing: border-box; }
body {
  margin: 0;
  padding: 0 1.5rem 2rem;
  font-family: var(--vscode-font-family, system-ui, sans-serif);
  font-size: var(--vscode-font-size, 14px);
  line-height: 1.45;
  color: var(--vscode-foreground);
  background: var(--vscode-editor-background);
  overflow-wrap: anywhere;
}
/* Long member-written names wrap anywhere, but headings, numbers and statuses never break mid-word in a narrow panel. */
th[scope="col"], td.number, .status, .spark { overflow-wrap: normal; white-space: nowrap; }
h1, h2, h3, h4, th { overflow-wrap: break-word; }
main, .page-header { max-width: 70rem; margin: 0 auto; }
h1 { font-size: 1.6em; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.3em; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--vscode-panel-border, currentColor); }
h3 { font-size: 1.05em; margin: 1.25rem 0 0.4rem; }
a { color: var(--vscode-textLink-foreground); }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
  outline: 2px solid var(--vscode-focusBorder);
  outline-offset: 2px;
}
.skip-link { position: absolute; left: -10000px; top: 0; }
.skip-link:focus { position: static; display: inline-block; margin: 0.5rem 0; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
.muted, .how-to-read, .as-of-line { color: var(--vscode-descriptionForeground); }
.tag { display: inline-block; padding: 0 0.4rem; margin-right: 0.25rem; border: 1px solid var(--vscode-panel-border, currentColor); border-radius: 0.6rem; font-size: 0.85em; }
.connections li { margin: 0.3rem 0; }
.pickers { display: flex; flex-wrap: wrap; column-gap: 2rem; }
.picker { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: center; margin: 0.5rem 0; }
/* A label keeps its words whole: the field goes under it when the panel is narrow. */
.picker label { flex: 0 1 auto; overflow-wrap: normal; word-break: normal; }
.picker select, .picker input { max-width: 100%; }
.picker select,
.picker input { font: inherit; color: inherit; background: var(--vscode-input-background, transparent); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); padding: 0.15rem 0.3rem; }
/* The Anonymise checkbox, drawn with the theme's checkbox colours (a native one stays light in a dark theme); the tick is a glyph, so it shows in high contrast too. */
.picker input[type="checkbox"] {
  appearance: none; flex: none; width: 1.15em; height: 1.15em; margin: 0; padding: 0; display: inline-grid; place-content: center; cursor: pointer;
  background: var(--vscode-checkbox-background, var(--vscode-input-background, transparent));
  border: 1px solid var(--vscode-checkbox-border, var(--vscode-input-border, var(--vscode-panel-border, currentColor)));
  border-radius: 3px;
}
.picker input[type="checkbox"]:checked::before { content: "✔"; font-size: 0.85em; line-height: 1; color: var(--vscode-checkbox-foreground, var(--vscode-foreground)); }
.anonymise-picker label { cursor: pointer; }
.checklist-problems { margin: 0.5rem 0; padding: 0.35rem 0.75rem; border-left: 4px solid var(--vscode-editorWarning-foreground, #b89500); background: var(--vscode-textBlockQuote-background, transparent); }
.anonymised-line { margin: 0.75rem 0 0.25rem; padding: 0.35rem 0.75rem; font-weight: 600; border-left: 4px solid var(--vscode-focusBorder); border-top: 1px solid var(--vscode-contrastBorder, transparent); border-right: 1px solid var(--vscode-contrastBorder, transparent); border-bottom: 1px solid var(--vscode-contrastBorder, transparent); background: var(--vscode-textBlockQuote-background, transparent); }
table { border-collapse: collapse; margin: 0.5rem 0; }
.table-scroll { max-width: 100%; overflow-x: auto; }
.table-scroll > table { margin: 0; }
/* The dimensions' figures stay on one line each; the table scrolls sideways instead when the panel is narrow. */
table.dimensions td { white-space: nowrap; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.75rem 0.3rem 0; border-bottom: 1px solid var(--vscode-panel-border, currentColor); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: 0.5rem 0; }
summary { cursor: pointer; }
svg { display: block; max-width: 100%; height: auto; overflow: visible; }
svg text { fill: var(--vscode-foreground); font-size: 11px; font-family: var(--vscode-font-family, sans-serif); }
svg .axis, svg .tick { stroke: var(--vscode-charts-lines, currentColor); stroke-width: 1; }
/* Charts scale down with the panel: below 480 px the quarters' names would be too small to read, so only the years are written (the ticks stay). */
@media (max-width: 480px) { svg .tick-label.quarter { display: none; } }
svg .today { stroke: var(--vscode-foreground); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .bar, svg .segment, svg .dot { stroke: var(--vscode-contrastBorder, none); }
svg .line { fill: none; stroke: var(--vscode-charts-blue); stroke-width: 2; }
svg .point { fill: var(--vscode-charts-blue); }
svg .track { fill: var(--vscode-textBlockQuote-background, transparent); stroke: var(--vscode-contrastBorder, none); }
svg.inline { display: inline-block; vertical-align: middle; }

.s-healthy { --status: var(--vscode-charts-green); }
.s-watch { --status: var(--vscode-charts-yellow); }
.s-at-risk { --status: var(--vscode-charts-red); }
.s-unknown { --status: var(--vscode-descriptionForeground); }
.status { color: var(--vscode-foreground); font-weight: 600; white-space: nowrap; }
/* The status colour is on the icon only: theme chart colours (yellow on a light theme) are too pale for text. */
.status .icon { display: inline-block; min-width: 1.1em; color: var(--status); }

.overall { display: flex; align-items: baseline; gap: 0.75rem; flex-wrap: wrap; margin: 0.5rem 0 1rem; }
.overall .big { font-size: 3em; font-weight: 700; line-height: 1; color: var(--vscode-foreground); }
.overall .out-of { color: var(--vscode-descriptionForeground); }
.overall .status { font-size: 1.3em; }
.spark .line { stroke: var(--vscode-foreground); stroke-width: 1.5; }
.spark .point { fill: var(--vscode-foreground); }

.timeline .bar, .swatch .bar { fill-opacity: 0.55; }
.term-past { fill: var(--vscode-charts-lines, gray); }
.term-current { fill: var(--vscode-charts-green); }
.term-ending-soon { fill: var(--vscode-charts-yellow); }
.term-expired { fill: var(--vscode-charts-red); }
.term-open-ended { fill: var(--vscode-charts-blue); }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.4rem 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 0.35rem; }
.swatch { width: 0.9em; height: 0.9em; }

.funnel-bar { fill: var(--vscode-charts-blue); }
.meeting-bar { fill: var(--vscode-charts-purple); }
.answer-1 { fill: var(--vscode-charts-red); }
.answer-2 { fill: var(--vscode-charts-orange); }
.answer-3 { fill: var(--vscode-charts-lines, gray); }
.answer-4 { fill: var(--vscode-charts-blue); }
.answer-5 { fill: var(--vscode-charts-green); }
.question-row { margin: 0.9rem 0; }
.question-row p { margin: 0.2rem 0; }
.question-row .counts { color: var(--vscode-descriptionForeground); }
.dot-current { fill: var(--vscode-charts-blue); }
.dot-empty { fill: none; stroke: var(--vscode-charts-lines, gray); }
.dot-target { fill: none; stroke: var(--vscode-foreground); stroke-width: 2; }

.finding { margin: 1rem 0; padding: 0.5rem 0.75rem; border-left: 4px solid var(--status); border-top: 1px solid var(--vscode-contrastBorder, transparent); border-right: 1px solid var(--vscode-contrastBorder, transparent); border-bottom: 1px solid var(--vscode-contrastBorder, transparent); background: var(--vscode-textBlockQuote-background, transparent); }
.finding h3 { margin-top: 0.25rem; }
.finding .question { font-size: 1.05em; font-weight: 600; }
.finding .question em { font-style: italic; }
.finding ul { margin: 0.25rem 0 0.5rem; padding-left: 1.25rem; }
.finding.mirror { --status: var(--vscode-descriptionForeground); }
.finding.mirror h4 { margin: 0.5rem 0 0.1rem; font-size: 1em; }
.outcome { margin: 1rem 0; padding: 0.5rem 0.75rem; border: 1px solid var(--vscode-panel-border, currentColor); }
.outcome h3 { margin-top: 0.25rem; }
.outcome .verdict { font-weight: 600; white-space: nowrap; }
.outcome .verdict .icon { display: inline-block; min-width: 1.1em; }
.outcome ul { margin: 0.25rem 0 0.5rem; padding-left: 1.25rem; }
.run-chart { max-width: 100%; height: auto; display: block; margin: 0.4rem 0; }
.run-chart .median { stroke: var(--vscode-descriptionForeground); stroke-width: 1; stroke-dasharray: 5 3; }
.run-chart .target { stroke: var(--vscode-charts-purple); stroke-width: 1.5; }
.run-chart .path { stroke: var(--vscode-charts-lines, gray); stroke-width: 1; stroke-dasharray: 1 3; }
.run-chart .point.signal { fill: none; stroke: var(--vscode-charts-orange); stroke-width: 2; }
.source { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 0.92em; }
/* Evidence opens a document: a button that reads as a link. */
button.source { background: none; border: none; padding: 0; margin: 0; color: var(--vscode-textLink-foreground); text-decoration: underline; cursor: pointer; text-align: left; overflow-wrap: anywhere; }
button.source:hover { color: var(--vscode-textLink-activeForeground, var(--vscode-textLink-foreground)); }

@media print {
  body { padding: 0; background: #fff; color: #000; }
  .skip-link, .picker { display: none; }
  section, .finding, tr, svg { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The stylesheet for a page mode: the panel takes its theme from VS Code, the report brings its own. */
export function healthStyles(mode: 'panel' | 'report'): string {
  return (mode === 'report' ? REPORT_THEME : '') + PAGE_STYLES + GRAPH_STYLES + (mode === 'report' ? GRAPH_REPORT_STYLES : '');
}
