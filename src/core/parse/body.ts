import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { trailingRunStart } from '../text/trailing';

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
 * - headings come from a line scan, unless the body has HTML, a setext
 *   underline, a `#` under a list or quote marker, or a line PARSE_WHOLE names
 *   (indented code, a fence under a marker) that a line scan could misread;
 *   then remark parses the body;
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
    // A heading under a list or quote marker, or in code under one, is remark's to find (as is HTML).
    if (this.text.includes('<') || SETEXT_UNDERLINE.test(this.text) || PARSE_WHOLE.test(this.text) || CONTAINED_HEADING.test(this.text)) {
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
    // An HTML block runs to the next blank line whatever it holds (a fence in it is no fence), and a
    // fence inside a list or quote ends with its container: the block scan below follows neither,
    // so such bodies (rare in governance pages) are parsed whole.
    if (PARSE_WHOLE.test(this.text)) {
      this.parsed ??= parseWithRemark(this.text);
      return this.parsed.links;
    }
    this.linked ??= parseWithRemark(onlyLinkBlocks(this.text)).links;
    return this.linked;
  }
}

/** An ATX heading's opening: up to three spaces, one to six `#`, then a space, a tab or the end of the line. */
const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INLINE_MARKUP = /[*_`[\]\\&]/;
/** Also under quote markers (`> Title` over `>--`). */
const SETEXT_UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/m;
/**
 * A line that may open an HTML block (or an autolink at a line's start, which costs only a full
 * parse), or a fence that is indented or under a list or quote marker; or a CR not before a LF,
 * a line break to markdown that the line scans below do not split at.
 */
const PARSE_WHOLE = /^[ \t>*+\-\d.)]*<|^[ \t>*+\-\d.)]+(?:`{3}|~{3})|^ *\t|^ {4}|^(?=(?:[^-*_=\n]*[-*_=]){3})[ \t>*+\-\d.)_=]+$|\r(?!\n)/m;
/** A `#` right after list or quote markers: perhaps a heading inside the list item or quote. */
const CONTAINED_HEADING = /^[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+|>[ \t]*)+#/m;
/** A blank line holds only spaces and tabs: a line of a no-break space is a line of text. */
const BLANK = /^[ \t]*$/;
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
    const after = fenceMatch ? text.slice(fenceMatch[0].length) : '';
    // A backtick fence's info string holds no backtick (else the line is text), and a closing fence holds nothing after its marker.
    const marker = fenceMatch?.[1]?.startsWith('`') && after.includes('`') ? undefined : fenceMatch?.[1];
    if (fence !== undefined) {
      yield { text, raw, start, code: true };
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && BLANK.test(after)) fence = undefined;
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
    const m = line.code ? null : ATX_OPEN.exec(line.text);
    if (m) headings.push({ depth: m[1]!.length, text: atxText(line.text.slice(m[0].length)), start: line.start + line.text.indexOf('#'), end: line.start + line.text.length });
  }
  return headings;
}

/**
 * A heading's text after its opening `#`s, without the closing ones: `## ##` is an empty heading,
 * `# a #` is `a`, `# a#` keeps its `#`. String steps rather than one pattern: a lazy text group
 * before an optional closing sequence backtracks over every run of spaces, quadratic in its length
 * (a 200 KB heading line took 34 s).
 */
function atxText(rest: string): string {
  const trimmed = rest.slice(0, trailingRunStart(rest, /[ \t]/));
  const end = trailingRunStart(trimmed, /#/);
  const closed = end === 0 || trimmed[end - 1] === ' ' || trimmed[end - 1] === '\t';
  return (closed ? trimmed.slice(0, end) : trimmed).trim();
}

/**
 * The body with every line blanked (same length: spaces, or a `.` where
 * text was) except the blocks that may hold a link, and the list and quote
 * markers they may sit under.
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
    if (line.code || BLANK.test(line.text)) {
      closeBlock(i);
      blockStart = i + 1;
    }
  });
  closeBlock(lines.length);
  // A line of text left out keeps its indentation and stays a line of text (a `.`), so that it still ends a list
  // as it did: all spaces, it would let an indented code line after it join the list and read as a link.
  const blank = (line: Line): string => (line.code || BLANK.test(line.text) ? ' '.repeat(line.raw.length) : line.raw.replace(/[^ \t][\s\S]*/, (rest) => `.${' '.repeat(rest.length - 1)}`));
  return lines.map((line, i) => (keep[i] ? line.raw : blank(line))).join('\n');
}

/** The headings and links of a body from a full parse: what the quick scans above must agree with (test/fuzz/body-links.fuzz.test.ts). */
export function parseWithRemark(body: string): BodyOutline {
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
/** Widest indentation of a line, in columns: each two columns can open a nested list. */
export const MAX_INDENT = 128;
/**
 * Most inline markers in one paragraph: runs of `*`, `_` or a backtick, and
 * each `[`, `]`, `(` and `<`. Resolving them costs the parser time that grows
 * with the square of their number in a paragraph (3,000 nested `*a **a` pairs,
 * 28 KB, took 26 s), so the budget is on that square, summed over paragraphs.
 */
export const MAX_PARAGRAPH_MARKERS = 1000;
export const MAX_MARKER_WORK = 2_000_000;
/**
 * Most list items and quotes, each weighted by how deep it nests. The parser
 * spends about 0.1 ms on a list item, and more the deeper it sits: 14,000
 * items nested up to 64 deep (1 MB) took 22 s. Real documents use tens to hundreds.
 */
export const MAX_LIST_WORK = 3_000;

export interface BodyBudgetProblem {
  /** Offset into the body where the budget ran out. */
  readonly offset: number;
  readonly reason: string;
}

const LINE_CONTAINER = /^(?:[-+*]|\d{1,9}[.)]|>)(?:[ \t]+|$)/;
/** A line that starts a new paragraph of inline content: a list item, a quote, a heading. */
const NEW_INLINE_BLOCK = /^[ \t]*(?:[-+*]|\d{1,9}[.)]|>|#{1,6})(?:[ \t]|$)/;

/**
 * Where a body is past the budget the markdown parser can read in time close
 * to linear in its size, or undefined. One pass, before remark ever sees the
 * text: the parser's cost grows faster than the text for long runs of `*`,
 * images nested in images, lists nested deep on one line or by indentation,
 * and paragraphs dense with emphasis, brackets or backticks (issue 13: a
 * 39 KB run of `*` took 59 s, a 300-deep one-line list 72 s).
 */
export function bodyBudgetProblem(body: string): BodyBudgetProblem | undefined {
  let run = 0;
  let runChar = '';
  let depth = 0;
  let markers = 0;
  let paragraphStart = 0;
  let work = 0;
  let listWork = 0;
  const endParagraph = (at: number): BodyBudgetProblem | undefined => {
    work += markers * markers;
    markers = 0;
    return work > MAX_MARKER_WORK ? { offset: paragraphStart, reason: 'too much inline markup (`*`, `_`, backticks, brackets) across its paragraphs' } : ((paragraphStart = at), undefined);
  };
  for (let lineStart = 0; lineStart <= body.length; ) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const head = body.slice(lineStart, Math.min(lineEnd, lineStart + MAX_INDENT + 4 * (MAX_LINE_CONTAINERS + 1) + 40));
    const blank = body.slice(lineStart, lineEnd).trim() === '';
    if (blank || NEW_INLINE_BLOCK.test(head)) {
      // A blank line ends a paragraph, and with it any open bracket; a list item, quote or heading starts a new one.
      const over = endParagraph(blank ? lineEnd + 1 : lineStart);
      if (over) return over;
      if (blank) depth = 0;
    }
    const leading = /^[ \t]*/.exec(head)![0];
    const indent = leading.replace(/\t/g, '    ').length;
    // A line of only spaces is a blank line, however wide.
    if (!blank && indent > MAX_INDENT) return { offset: lineStart, reason: `a line indented more than ${MAX_INDENT} columns` };
    // Past the indentation by characters: a tab is one character but four columns.
    let rest = head.slice(leading.length);
    let containers = 0;
    for (let m = LINE_CONTAINER.exec(rest); m; m = LINE_CONTAINER.exec(rest)) {
      if (++containers > MAX_LINE_CONTAINERS) return { offset: lineStart, reason: `more than ${MAX_LINE_CONTAINERS} lists or quotes opened on one line` };
      rest = rest.slice(m[0].length);
    }
    if (containers > 0) {
      listWork += Math.floor(indent / 2) + containers;
      if (listWork > MAX_LIST_WORK) return { offset: lineStart, reason: 'more list items and quotes (weighted by how deep they nest)' };
    }
    for (let i = lineStart; i < lineEnd; i++) {
      const c = body[i]!;
      if (c === '*' || c === '_' || c === '`') {
        if (c === runChar) run++;
        else {
          run = 1;
          runChar = c;
          markers++;
        }
        if (run > MAX_DELIMITER_RUN && c !== '`') return { offset: i - run + 1, reason: `a run of more than ${MAX_DELIMITER_RUN} \`${c}\`` };
        continue;
      }
      run = 0;
      runChar = '';
      if (c === '[') {
        markers++;
        if (++depth > MAX_BRACKET_DEPTH) return { offset: i, reason: `brackets (\`[\` or \`![\`) nested more than ${MAX_BRACKET_DEPTH} deep` };
      } else if (c === ']') {
        markers++;
        if (depth > 0) depth--;
      } else if (c === '(' || c === '<') markers++;
    }
    run = 0;
    runChar = '';
    if (markers > MAX_PARAGRAPH_MARKERS) return { offset: paragraphStart, reason: `more than ${MAX_PARAGRAPH_MARKERS} inline markers (\`*\`, \`_\`, backticks, brackets) in one paragraph` };
    lineStart = lineEnd + 1;
  }
  return endParagraph(body.length);
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
