/**
 * Turns a file's bytes into text without ever throwing, and says what was odd
 * about them. Offsets in the problems refer to the decoded text, which (like
 * VS Code's view of a file) never includes a byte-order mark.
 */

export type DecodeProblem =
  | { readonly code: 'file.bom'; readonly offset: 0 }
  | { readonly code: 'file.encoding'; readonly offset: number; readonly detail: 'invalid-utf8' | 'utf16' }
  | { readonly code: 'file.binary'; readonly offset: number };

export interface Decoded {
  readonly text: string;
  readonly problems: readonly DecodeProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** How far into a file we look for NUL bytes, as git does to call a file binary. */
const BINARY_SNIFF_BYTES = 8000;

export function decode(bytes: Uint8Array): Decoded {
  const problems: DecodeProblem[] = [];

  // UTF-16 with a BOM: Notepad's "Unicode". Readable, so read it, but flag it.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(label).decode(bytes);
    problems.push({ code: 'file.encoding', offset: 0, detail: 'utf16' });
    return { text, problems };
  }

  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) {
    problems.push({ code: 'file.binary', offset: 0 });
    return { text: '', problems };
  }

  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({ code: 'file.bom', offset: 0 });
  }

  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    // Keep going with replacement characters so the rest of the file is still checked.
    text = utf8.decode(bytes);
    problems.push({ code: 'file.encoding', offset: firstInvalidOffset(bytes), detail: 'invalid-utf8' });
  }
  return { text, problems };
}

/**
 * Where, in the decoded text, the first invalid UTF-8 sequence is. Finds the
 * longest valid prefix by bisection (a prefix that is invalid stays invalid
 * when extended; `stream` lets a prefix end inside a character) and measures
 * it decoded. A genuine U+FFFD earlier in the file does not mislead it.
 */
function firstInvalidOffset(bytes: Uint8Array): number {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = (valid + invalid) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      valid = middle;
    } catch {
      invalid = middle;
    }
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, valid), { stream: true }).length;
}
