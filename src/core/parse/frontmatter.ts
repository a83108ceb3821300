export interface FrontmatterSplit {
  /** Offset of the YAML text in the document (the line break that ends the opening `---` line). */
  readonly yamlStart: number;
  /** The YAML text between the delimiters. */
  readonly yaml: string;
  /** Offset where the markdown body starts. */
  readonly bodyStart: number;
  /** False when the opening `---` has no closing `---`: everything after it was taken as YAML. */
  readonly terminated: boolean;
}

/**
 * Splits a document into frontmatter and body in one pass, and says where each
 * part starts in the original text so that YAML positions map back onto the
 * file. Returns undefined when there is no frontmatter.
 *
 * The split is the one gray-matter made (and which editors and static-site
 * tools share): the document starts with `---` (not `----`); the rest of that
 * line (a language word such as `yaml`) is ignored and never chooses a parser;
 * the frontmatter ends at the first line that starts with `---`; the body
 * starts after that line's break. gray-matter itself is not used: its
 * comment-stripping regex takes quadratic time on a frontmatter of blank lines
 * (292 KB took 66 s), and its `---js` ran code through eval.
 */
export function splitFrontmatter(text: string): FrontmatterSplit | undefined {
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined;
  const opening = text.indexOf('\n');
  // `---` alone, or `---` and a word with no line break: an empty frontmatter, closed only if something follows.
  if (opening === -1) return { yamlStart: 3, yaml: '', bodyStart: text.length, terminated: text.length > 3 };
  const close = text.indexOf('\n---', opening);
  if (close === -1) {
    const raw = text.slice(opening);
    return { yamlStart: opening, yaml: raw.endsWith('\r') ? raw.slice(0, -1) : raw, bodyStart: text.length, terminated: false };
  }
  const raw = text.slice(opening, close);
  let bodyStart = close + 4;
  if (text.charAt(bodyStart) === '\r') bodyStart++;
  if (text.charAt(bodyStart) === '\n') bodyStart++;
  // The YAML ends just before "\n---", which leaves a CRLF file's last "\r" behind.
  const yaml = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  return { yamlStart: raw === '' ? 3 : opening, yaml, bodyStart, terminated: true };
}
