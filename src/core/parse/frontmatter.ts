import matter from 'gray-matter';

export interface FrontmatterSplit {
  /** Offset of the first character of the YAML text (just after the opening `---` line's break). */
  readonly yamlStart: number;
  /** The YAML text between the delimiters. */
  readonly yaml: string;
  /** Offset where the markdown body starts. */
  readonly bodyStart: number;
  /** False when the opening `---` has no closing `---`: everything after it was taken as YAML. */
  readonly terminated: boolean;
}

// gray-matter would parse the YAML with js-yaml, which loses positions; we parse
// it ourselves with the yaml package, so give gray-matter an engine that does nothing.
const splitOnly = { engines: { yaml: { parse: (): object => ({}), stringify: (): string => '' } } };

/**
 * Splits a document into frontmatter and body with gray-matter, and works out
 * where each part starts in the original text so that YAML positions can be
 * mapped back onto the file. Returns undefined when there is no frontmatter.
 */
export function splitFrontmatter(text: string): FrontmatterSplit | undefined {
  if (!text.startsWith('---')) return undefined;
  // gray-matter picks a parser by the word after the opening `---`: `---js` would run
  // the frontmatter through eval (code from a document!) and an unknown word throws.
  // So it never sees that word: the opening line goes to it as a bare `---`. Only the
  // body's length and the YAML's text are taken from its answer, so offsets still hold.
  const opening = text.charAt(3) === '-' ? 0 : text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
  const file = matter(opening > 3 ? `---${text.slice(opening)}` : text, splitOnly);
  // gray-matter leaves `matter` empty both for "no frontmatter" and for "---\n---";
  // only the former keeps the whole text as content.
  if (file.content === text) return undefined;
  const raw = file.matter;
  // `raw` starts with the line break that ends the opening delimiter (after an
  // optional language tag such as `---yaml`); the YAML starts after that break.
  const yamlOffsetInText = text.indexOf(raw, 3);
  const yamlStart = yamlOffsetInText === -1 ? 3 : yamlOffsetInText;
  // Without a closing delimiter gray-matter takes everything after `---` as YAML.
  const terminated = yamlStart + raw.length < text.length;
  const bodyStart = text.length - file.content.length;
  // gray-matter ends the YAML just before "\n---", which leaves a CRLF file's last "\r" behind.
  const yaml = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  return { yamlStart, yaml, bodyStart: terminated ? bodyStart : text.length, terminated };
}
