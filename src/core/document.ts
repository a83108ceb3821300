import type { Document } from 'yaml';
import type { Range } from './diagnostic';
import type { DocumentKind } from './model/kinds';
import type { SchemaName } from './schema/schemas';
import type { Finding } from './model/finding';
import { LineIndex } from './text/line-index';
import { decode } from './text/decode';
import { splitFrontmatter } from './parse/frontmatter';
import { parseYaml, parseYamlTree, YamlLocator, type YamlPath } from './parse/yaml-source';
import { Body, SimpleBody, bodyBudgetProblem, type BodyOutline } from './parse/body';
import { article } from './text/suggest';

export interface ParseLimits {
  /** Files larger than this are reported, not read. */
  readonly maxFileBytes: number;
  /** Most alias expansions allowed in one frontmatter block. */
  readonly maxAliases: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxFileBytes: 1024 * 1024, maxAliases: 100 };

/**
 * One network document as read from disk or from an editor buffer: its text,
 * its frontmatter both as a YAML tree (for positions) and as plain data (for
 * the checks), and a lazily built outline of its markdown body.
 */
export class NetworkDocument {
  private outline: BodyOutline | undefined;
  private tree: Document.Parsed | undefined;
  private locator: YamlLocator | undefined;

  constructor(
    readonly path: string,
    readonly kind: SchemaName,
    /** File stem for folder kinds; the kind's name for the charter and purpose. */
    readonly id: string,
    readonly text: string,
    readonly lines: LineIndex,
    /** Offset of the YAML text in `text`, when there is frontmatter. */
    private readonly yamlStart: number,
    /** The frontmatter's YAML text, when there is frontmatter. */
    private readonly yamlSource: string | undefined,
    /** The frontmatter as data; undefined when it is missing or could not be read. */
    readonly data: Readonly<Record<string, unknown>> | undefined,
    readonly bodyStart: number,
    /** The body is past the parse budget (`body.too-complex`): its headings come from a line scan and its links are not read. */
    readonly bodyTooComplex: boolean = false,
  ) {}

  /** The same file with other frontmatter data; ranges still point into the file. For derived views such as one area's (health/area.ts). */
  withData(data: Readonly<Record<string, unknown>>): NetworkDocument {
    return new NetworkDocument(this.path, this.kind, this.id, this.text, this.lines, this.yamlStart, this.yamlSource, data, this.bodyStart, this.bodyTooComplex);
  }

  /**
   * The frontmatter's YAML tree with source ranges. Not kept from the first
   * parse: it is several times the size of the data, and only a document with
   * something to report (or open in an editor) ever needs it.
   */
  get yaml(): Document.Parsed | undefined {
    if (this.yamlSource === undefined) return undefined;
    this.tree ??= parseYamlTree(this.yamlSource);
    return this.tree;
  }

  get body(): BodyOutline {
    this.outline ??= this.bodyTooComplex ? new SimpleBody(this.text.slice(this.bodyStart)) : new Body(this.text.slice(this.bodyStart));
    return this.outline;
  }

  /** Range of a body offset span (offsets relative to the body). */
  bodyRange(start: number, end: number): Range {
    return this.lines.rangeOf(this.bodyStart + start, this.bodyStart + end);
  }

  /** The first line of the file: where file-wide problems are shown. */
  get firstLine(): Range {
    return this.lines.lineRange(0);
  }

  /**
   * Where a frontmatter field is, for a message about it. `value` points at
   * the value (falling back to the key), `key` at the key. A path that does not
   * exist lands on its nearest existing parent's key, then on the first line.
   */
  rangeOf(path: YamlPath, part: 'key' | 'value' = 'value'): Range {
    if (!this.yaml || path.length === 0) return this.firstLine;
    this.locator ??= new YamlLocator(this.yaml);
    const { key, value, complete } = this.locator.locate(path);
    let node = key;
    if (complete && (part === 'value' || !key)) {
      // An empty value (`owners:`) has a zero-width range; point at its key instead.
      const hasText = value?.range && value.range[0] !== value.range[1];
      node = hasText ? value : (key ?? value);
    }
    const range = node?.range;
    if (!range) return this.firstLine;
    return this.lines.rangeOf(this.yamlStart + range[0], this.yamlStart + range[1]);
  }

  /** True when the path exists in the frontmatter (even with an empty value). */
  has(path: YamlPath): boolean {
    let node: unknown = this.data;
    for (const segment of path) {
      if (typeof node !== 'object' || node === null || !(segment in node)) return false;
      node = (node as Record<string | number, unknown>)[segment];
    }
    return this.data !== undefined;
  }
}

export interface ParseResult {
  readonly document: NetworkDocument;
  readonly findings: readonly Finding[];
}

/** Reads a document's bytes. Never throws: every problem becomes a finding with a position. */
export function parseNetworkDocument(
  path: string,
  kind: DocumentKind,
  id: string,
  bytes: Uint8Array,
  limits: ParseLimits,
  /** The file's size on disk, when it was too large to read (then `bytes` is empty). */
  size: number = bytes.length,
): ParseResult {
  const findings: Finding[] = [];
  const empty = (text: string): NetworkDocument => new NetworkDocument(path, kind, id, text, new LineIndex(text), 0, undefined, undefined, text.length);

  if (size > limits.maxFileBytes) {
    const document = empty('');
    findings.push({
      code: 'file.too-large',
      range: document.firstLine,
      message: `This file is ${kib(size, Math.ceil)} KiB, over the limit of ${kib(limits.maxFileBytes, Math.floor)} KiB, so it was not checked. Split it, or raise limits.max_file_kb in netgov.yml.`,
    });
    return { document, findings };
  }

  const decoded = decode(bytes);
  // A lone CR (classic Mac OS) ends a line for VS Code but not for YAML or gray-matter. Same length, so offsets hold.
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r(?!\n)/g, '\n') : decoded.text;
  const lines = new LineIndex(text);
  for (const problem of decoded.problems) {
    const at = lines.rangeOf(problem.offset, problem.offset + (problem.code === 'file.encoding' && problem.detail === 'invalid-utf8' ? 1 : 0));
    switch (problem.code) {
      case 'file.bom':
        findings.push({ code: 'file.bom', range: at, message: 'The file starts with a byte-order mark; some tools then miss the frontmatter. Save it as UTF-8 without BOM.' });
        break;
      case 'file.binary':
        findings.push({ code: 'file.binary', range: at, message: 'This looks like a binary file, not a markdown document, so it was not checked.' });
        break;
      case 'file.encoding':
        findings.push({
          code: 'file.encoding',
          range: at,
          message:
            problem.detail === 'utf16'
              ? 'The file is saved as UTF-16; save it as UTF-8 so that every tool can read it.'
              : 'Here the file is not valid UTF-8 (it may have been saved as Windows-1252 or Latin-1). Save it as UTF-8; the character is shown as �.',
        });
        break;
    }
  }
  if (decoded.problems.some((p) => p.code === 'file.binary')) return { document: empty(''), findings };

  if (text.trim() === '') {
    const document = empty(text);
    findings.push({ code: 'file.empty', range: document.firstLine, message: `This file is empty; ${article(kind)} ${kind} document starts with frontmatter between two \`---\` lines.` });
    return { document, findings };
  }

  const split = splitFrontmatter(text);
  if (!split) {
    const document = new NetworkDocument(path, kind, id, text, lines, 0, undefined, undefined, 0);
    const leading = /^\s+---/.test(text) ? ' (it must be on the very first line, with nothing before it)' : '';
    findings.push({
      code: 'file.no-frontmatter',
      range: document.firstLine,
      message: `This ${kind} document has no frontmatter: start the file with a \`---\` line, the fields, and another \`---\` line${leading}.`,
    });
    return { document, findings };
  }
  if (!split.terminated) {
    findings.push({
      code: 'file.unterminated-frontmatter',
      range: lines.lineRange(0),
      message: 'The frontmatter starts with `---` here but never ends: add a `---` line after the last field.',
    });
  }

  if (!split.terminated) {
    // Everything after `---` would be read as YAML; its errors would only bury the real one.
    return { document: new NetworkDocument(path, kind, id, text, lines, 0, undefined, undefined, text.length), findings };
  }

  const parsed = parseYaml(split.yaml, limits.maxAliases);
  for (const problem of parsed.problems) {
    findings.push({ code: problem.code, range: lines.rangeOf(split.yamlStart + problem.start, split.yamlStart + problem.end), message: problem.message });
  }
  const budget = bodyBudgetProblem(text.slice(split.bodyStart));
  if (budget) {
    const at = split.bodyStart + budget.offset;
    findings.push({
      code: 'body.too-complex',
      range: lines.rangeOf(at, at + 1),
      message: `From here the text has ${budget.reason}, past what netgov reads safely; its links and inline markup were not checked. Simplify it.`,
    });
  }
  const document = new NetworkDocument(path, kind, id, text, lines, split.yamlStart, split.yaml, parsed.data, split.bodyStart, budget !== undefined);
  return { document, findings };
}

/** KiB with one decimal below 10 KiB, rounded so that "over the limit" always reads as over. */
function kib(bytes: number, round: (n: number) => number): string {
  const places = bytes < 10 * 1024 ? 10 : 1;
  return (round((bytes / 1024) * places) / places).toLocaleString('en-GB');
}
