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
 * full markdown parse costs tens of times more than everything else netgov
 * does to a file, and most governance bodies are plain prose under ATX
 * headings; so a body without any link syntax has no links, a line scan finds
 * the headings of a body it cannot misread (no links, HTML or setext
 * underlines), and remark parses the rest, once.
 */
export class Body implements BodyOutline {
  private parsed: BodyOutline | undefined;
  private scanned: readonly BodyHeading[] | undefined;

  constructor(private readonly text: string) {}

  get headings(): readonly BodyHeading[] {
    if (needsFullParse(this.text)) return this.full().headings;
    this.scanned ??= scanAtxHeadings(this.text);
    return this.scanned;
  }

  get links(): readonly BodyLink[] {
    return mayHaveLinks(this.text) ? this.full().links : [];
  }

  private full(): BodyOutline {
    this.parsed ??= parseWithRemark(this.text);
    return this.parsed;
  }
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/m;

/** Every link form needs `](`, a `]:` definition, or an `<autolink>`. */
function mayHaveLinks(body: string): boolean {
  return body.includes('](') || body.includes(']:') || body.includes('<');
}

function needsFullParse(body: string): boolean {
  return mayHaveLinks(body) || SETEXT_UNDERLINE.test(body);
}

function scanAtxHeadings(body: string): BodyHeading[] {
  const headings: BodyHeading[] = [];
  let fence: string | undefined;
  let offset = 0;
  for (const rawLine of body.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1]!;
    } else {
      const m = ATX.exec(line);
      if (m) headings.push({ depth: m[1]!.length, text: (m[2] ?? '').trim(), start: offset, end: offset + line.length });
    }
    offset += rawLine.length + 1;
  }
  return headings;
}

function parseWithRemark(body: string): BodyOutline {
  const tree = parser.parse(body) as Root;
  const headings: BodyHeading[] = [];
  const links: BodyLink[] = [];
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'heading' && node.position) {
      headings.push({ depth: node.depth, text: toString(node).trim(), start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
    }
    if ((node.type === 'link' || node.type === 'definition') && node.position) {
      links.push({ url: node.url, start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
    }
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(tree);
  return { headings, links };
}
