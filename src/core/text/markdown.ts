/**
 * Text written by members (titles, names, notes) placed into generated
 * markdown must read as the same text, never as markup: no links, emphasis,
 * code, tables or raw HTML can be smuggled through it. Called on inline text
 * only (line breaks become spaces), so characters that matter only at the
 * start of a line (#, -, 1.) need no escape.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]|~]|[<>&]/g, (character) => ENTITIES[character] ?? `\\${character}`);
}

const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
