import type { SourceRef } from '../../core/health/panel-data';
import type { Status } from '../../core/health/score';
import { STATUS_WORDS } from '../../core/health/format/words';
import { escapeHtml } from './escape';

/** Pieces every section uses: a status shown in words and a symbol as well as colour, and a document source. */

export type Mode = 'panel' | 'report';

/** Shapes as well as colours, so a status reads the same to someone who cannot tell red from green. */
const STATUS_ICONS: Readonly<Record<Status, string>> = { healthy: '✔', watch: '▲', 'at-risk': '✖', unknown: '?' };

export function statusClass(status: Status): string {
  return `s-${status}`;
}

export function statusBadge(status: Status): string {
  return `<span class="status ${statusClass(status)}"><span class="icon" aria-hidden="true">${STATUS_ICONS[status]}</span>${STATUS_WORDS[status]}</span>`;
}

/**
 * Where something was found, as `relative:line` (1-based, as the command line
 * prints it). In the panel it is a button the client script opens at the line;
 * the report has nothing to open, nor has an anonymised member, so it is plain text.
 */
export function sourceLink(source: SourceRef, mode: Mode): string {
  const shown = escapeHtml(`${source.relative}:${source.line + 1}`);
  if (mode === 'report' || !opens(source)) return `<span class="source">${shown}</span>`;
  // A button, not an anchor: the webview host scrolls the page to the top on any click on `href="#"`.
  return `<button type="button" class="source" data-file="${escapeHtml(source.file)}" data-line="${source.line}" title="Open ${shown} beside the panel">${shown}</button>`;
}

/**
 * Whether the panel can open a source: a document's absolute path, as the
 * extension accepts it (health-panel/messages.ts). An anonymised member page
 * reads "Member 7" (core/privacy/anonymise.ts): it opens nothing, since the
 * page would name them.
 */
export function opens(source: SourceRef): boolean {
  return source.file.startsWith('/');
}

/** A section with a stable id and its heading, which names it for assistive technology. */
export function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${escapeHtml(heading)}</h2>${body}</section>`;
}

/** `1 member`, `3 members`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A share from 0 to 1 as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
