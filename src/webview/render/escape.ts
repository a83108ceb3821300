import { formatDatesIn } from '../../core/views/dates';
/**
 * The one escape for every piece of document text that reaches the health page: element text, attribute
 * values (always double-quoted by the renderers) and SVG text alike. Escaping all five characters lets the same
 * function serve both places, so no renderer has to choose.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => REPLACEMENTS[character] ?? character);
}

/** Words written by the core for every output (findings, evidence, reasons), escaped, with their dates written the panel's way (formatDatesIn). */
export function escapeProse(text: string, locale: string | undefined): string {
  return escapeHtml(formatDatesIn(text, locale));
}

/**
 * A table in a region that scrolls sideways on its own when the panel is narrower than the table
 * (320 px): the page never does, and keyboard users can scroll it (focusable, named region).
 */
export function scrollableTable(label: string, table: string): string {
  return `<div class="table-scroll" role="region" aria-label="${escapeHtml(label)}" tabindex="0">${table}</div>`;
}
