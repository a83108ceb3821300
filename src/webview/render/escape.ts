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
