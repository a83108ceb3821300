import { randomBytes } from 'node:crypto';
import { createColors } from 'picocolors';
import { printableLines } from '../core/text/printable';

export type Colors = ReturnType<typeof createColors>;

/**
 * Colour for text that carries document content. The colours are written as
 * markers with a random nonce; finish() escapes every control character in
 * the text (printableLines: an ESC from a document can no longer erase lines)
 * and only then turns the markers into colour codes. So document text is safe
 * whatever the formatter forgot to escape, and only netgov's colours act.
 */
export function terminalColors(enabled: boolean): { readonly c: Colors; finish(text: string): string } {
  if (!enabled) return { c: createColors(false), finish: printableLines };
  const real = createColors(true);
  const nonce = randomBytes(8).toString('hex');
  const codes: string[] = [];
  const marked = new Proxy(real, {
    get(target, name: string) {
      const paint = target[name as keyof Colors];
      if (typeof paint !== 'function') return paint;
      return (text: string) => {
        const [open, close] = (paint as (t: string) => string)('\u0000').split('\u0000') as [string, string];
        codes.push(open, close);
        return `\u{E000}${nonce}:${codes.length - 2}\u{E001}${text}\u{E000}${nonce}:${codes.length - 1}\u{E001}`;
      };
    },
  });
  const marker = new RegExp(`\u{E000}${nonce}:(\\d+)\u{E001}`, 'gu');
  return {
    c: marked,
    finish: (text) =>
      text
        .split(marker)
        .map((part, i) => (i % 2 === 1 ? codes[Number(part)]! : printableLines(part)))
        .join(''),
  };
}
