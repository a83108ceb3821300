import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

/** The parts of a markdown body that the checks look at. Offsets are into the body text. */
export interface BodyOutline {
  readonly headings: readonly BodyHeading[];
  readonly links: readonly BodyLink[];
}

export interface BodyHeading {
  readonly depth: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface BodyLink {
  readonly url: string;
  readonly start: number;
  readonly end: number;
}

const parser = unified().use(remarkParse);

/**
 * Reads a body's headings and links, each only when a check asks for it. A
 * full markdown parse (micromark, under remark) runs at about a megabyte a
 * second: tens of times more than everything else netgov does to a file. Most
 * governance bodies are plain prose under ATX headings, so:
 * - headings come from a line scan, unless the body has HTML or a setext
 *   underline that a line scan could misread; then remark parses the body;
 * - a body with no link syntax has no links; otherwise remark parses only the
 *   blocks (runs of lines between blank lines) that hold link syntax, with
 *   every other line blanked so that offsets stay those of the body.
 */
export class Body implements BodyOutline {
  private parsed: BodyOutline | undefined;
  private scanned: readonly BodyHeading[] | undefined;
  private linked: readonly BodyLink[] | undefined;

  constructor(private readonly text: string) {}

  get headings(): readonly BodyHeading[] {
    if (this.text.includes('<') || SETEXT_UNDERLINE.test(this.text)) {
      this.parsed ??= parseWithRemark(this.text);
      return this.parsed.headings;
    }
    this.scanned ??= scanAtxHeadings(this.text);
    // Inline markup (`## **Proposal**`) is remark's to read; the scan would keep the asterisks.
    if (this.scanned.some((heading) => INLINE_MARKUP.test(heading.text))) {
      this.parsed ??= parseWithRemark(this.text);
      return this.parsed.headings;
    }
    return this.scanned;
  }

  get links(): readonly BodyLink[] {
    if (this.parsed) return this.parsed.links;
    if (!mayHaveLinks(this.text)) return [];
    this.linked ??= parseWithRemark(onlyLinkBlocks(this.text)).links;
    return this.linked;
  }
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INLINE_MARKUP = /[*_`[\]\\&]/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/m;
/** Lines that open a list item or a quote: kept, so that the blocks nested under them keep their meaning. */
const CONTAINER_START = /^ {0,3}(?:[-+*]|\d{1,9}[.)]|>)(?:[ \t]|$)/;

/** Every link form needs `](`, a `]:` definition, or an `<autolink>`. */
function mayHaveLinks(text: string): boolean {
  return text.includes('](') || text.includes(']:') || text.includes('<');
}

interface Line {
  /** The line without its line break. */
  readonly text: string;
  /** The line as written, with a CR if it ends in CRLF. */
  readonly raw: string;
  readonly start: number;
  /** Inside a fenced code block, or one of its fences. */
  readonly code: boolean;
}

function* linesOf(body: string): Generator<Line> {
  let fence: string | undefined;
  let start = 0;
  for (const raw of body.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const fenceMatch = FENCE.exec(text);
    const marker = fenceMatch?.[1];
    if (fence !== undefined) {
      yield { text, raw, start, code: true };
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else {
      if (marker) fence = marker;
      yield { text, raw, start, code: marker !== undefined };
    }
    start += raw.length + 1;
  }
}

function scanAtxHeadings(body: string): BodyHeading[] {
  const headings: BodyHeading[] = [];
  for (const line of linesOf(body)) {
    const m = line.code ? null : ATX.exec(line.text);
    if (m) headings.push({ depth: m[1]!.length, text: (m[2] ?? '').trim(), start: line.start, end: line.start + line.text.length });
  }
  return headings;
}

/**
 * The body with every line blanked (spaces, same length) except the blocks
 * that may hold a link, and the list and quote markers they may sit under.
 * Code never holds links, so fenced code is blanked whole. When the body
 * defines references (`[id]: url`), any block with a `[` may use one.
 */
function onlyLinkBlocks(body: string): string {
  const references = body.includes(']:');
  const lines = [...linesOf(body)];
  const keep = new Array<boolean>(lines.length).fill(false);
  let blockStart = 0;
  const closeBlock = (end: number): void => {
    const block = lines.slice(blockStart, end).map((l) => l.text).join('\n');
    const linky = mayHaveLinks(block) || (references && block.includes('['));
    for (let i = blockStart; i < end; i++) keep[i] = linky || CONTAINER_START.test(lines[i]!.text);
  };
  lines.forEach((line, i) => {
    if (line.code || line.text.trim() === '') {
      closeBlock(i);
      blockStart = i + 1;
    }
  });
  closeBlock(lines.length);
  return lines.map((line, i) => (keep[i] ? line.raw : ' '.repeat(line.raw.length))).join('\n');
}

function parseWithRemark(body: string): BodyOutline {
  const tree = parser.parse(body) as Root;
  const headings: BodyHeading[] = [];
  const links: BodyLink[] = [];
  // Walked with a stack of its own, not by recursion: 10,000 nested `>` quotes
  // (test/corpus) would overflow the call stack and end the whole check.
  const pending: (Root | Root['children'][number])[] = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.type === 'heading' && node.position) {
      headings.push({ depth: node.depth, text: toString(node).trim(), start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
    }
    if ((node.type === 'link' || node.type === 'definition') && node.position) {
      links.push({ url: node.url, start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
    }
    // Reversed onto the stack, so that nodes come off it in document order.
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as Root['children'][number]);
  }
  return { headings, links };
}

/** Longest run of `*` or `_` read as markdown; a thematic break or underline is far shorter. */
export const MAX_DELIMITER_RUN = 64;
/** Deepest nesting of `[` (links and images inside link text) in one paragraph. */
export const MAX_BRACKET_DEPTH = 32;
/** Most list or quote markers opening one line (`- - - x`). */
export const MAX_LINE_CONTAINERS = 16;

export interface BodyBudgetProblem {
  /** Offset into the body where the budget ran out. */
  readonly offset: number;
  readonly reason: string;
}

const LINE_CONTAINER = /^ {0,3}(?:[-+*]|\d{1,9}[.)]|>)(?:[ \t]+|$)/;

/**
 * Where a body is past the budget the markdown parser can read in time linear
 * in its size, or undefined. One pass, before remark ever sees the text: the
 * parser's cost grows faster than the text for long runs of `*`, images nested
 * in images, and lists nested deep on one line (issue 13: a 39 KB run of `*`
 * took 59 s, a 300-deep one-line list 72 s).
 */
export function bodyBudgetProblem(body: string): BodyBudgetProblem | undefined {
  let run = 0;
  let runChar = '';
  let depth = 0;
  let lineStart = 0;
  let blank = true;
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body[i]! : '\n';
    if (c === '*' || c === '_') {
      run = c === runChar ? run + 1 : 1;
      runChar = c;
      if (run > MAX_DELIMITER_RUN) return { offset: i - run + 1, reason: `a run of more than ${MAX_DELIMITER_RUN} \`${c}\`` };
    } else {
      run = 0;
      runChar = '';
    }
    if (c === '[') {
      if (++depth > MAX_BRACKET_DEPTH) return { offset: i, reason: `brackets (\`[\` or \`![\`) nested more than ${MAX_BRACKET_DEPTH} deep` };
    } else if (c === ']' && depth > 0) depth--;
    if (c === '\n') {
      // A blank line ends a paragraph, and with it any open bracket.
      if (blank) depth = 0;
      let rest = body.slice(lineStart, Math.min(i, lineStart + 4 * (MAX_LINE_CONTAINERS + 1) + 40));
      let containers = 0;
      for (let m = LINE_CONTAINER.exec(rest); m && m[0].length > 0 && rest.length > 0; m = LINE_CONTAINER.exec(rest)) {
        if (++containers > MAX_LINE_CONTAINERS) return { offset: lineStart, reason: `more than ${MAX_LINE_CONTAINERS} lists or quotes opened on one line` };
        rest = rest.slice(m[0].length);
      }
      lineStart = i + 1;
      blank = true;
    } else if (c !== ' ' && c !== '\t' && c !== '\r') blank = false;
  }
  return undefined;
}

/** The outline of a body past the budget: headings from the line scan only, links not read. */
export class SimpleBody implements BodyOutline {
  private scanned: readonly BodyHeading[] | undefined;
  readonly links: readonly BodyLink[] = [];

  constructor(private readonly text: string) {}

  get headings(): readonly BodyHeading[] {
    this.scanned ??= scanAtxHeadings(this.text);
    return this.scanned;
  }
}
