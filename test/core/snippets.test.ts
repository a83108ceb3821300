import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS, parseNetworkDocument } from '../../src/core/document';
import type { DocumentKind } from '../../src/core/model/kinds';
import { validateAgainstSchema } from '../../src/core/schema/validate';
import { fromRoot } from '../helpers/paths';

/**
 * The markdown snippets (snippets/markdown.json) must give a network member a
 * document that passes the schema as soon as it is inserted, before they have
 * changed a single placeholder. Each snippet is expanded the way VS Code would
 * with every default taken, then read and validated by the core.
 */

interface Snippet {
  readonly prefix: string;
  readonly description: string;
  readonly body: readonly string[];
}

/** The fixed "today" for $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE; a single-digit month and day, as VS Code pads them. */
const TODAY = '2026-03-05';
const MARKER = '@@SNIPPET@@';

// ---------------------------------------------------------------------------
// A small expander for the part of VS Code's snippet syntax the snippets use.
// It is strict: anything it does not understand (a bare `$`, a transform, an
// unknown variable) fails the test rather than being inserted as text.
// ---------------------------------------------------------------------------

type SnippetNode =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'tabstop'; readonly index: number; readonly children?: readonly SnippetNode[]; readonly choices?: readonly string[] }
  | { readonly type: 'variable'; readonly name: string; readonly children?: readonly SnippetNode[] };

type TabstopNode = Extract<SnippetNode, { type: 'tabstop' }>;
type MarkerNode = Extract<SnippetNode, { type: 'tabstop' | 'variable' }>;

class SnippetParser {
  private pos = 0;

  constructor(private readonly source: string) {}

  parse(): SnippetNode[] {
    const nodes = this.nodes(false);
    if (this.pos < this.source.length) this.fail('unexpected `}`');
    return nodes;
  }

  private nodes(inPlaceholder: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos]!;
      const next = this.source[this.pos + 1];
      if (ch === '\\' && next !== undefined && '$}\\'.includes(next)) {
        text += next;
        this.pos += 2;
      } else if (ch === '}' && inPlaceholder) {
        break;
      } else if (ch === '$') {
        flush();
        nodes.push(this.dollar());
      } else {
        text += ch;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  private dollar(): SnippetNode {
    this.pos++;
    const bare = this.match(/^(\d+|[A-Za-z_][A-Za-z0-9_]*)/);
    if (bare !== undefined) return this.node(bare);
    if (this.source[this.pos] !== '{') this.fail('a `$` that starts no tabstop or variable (write `\\\\$` for a dollar sign)');
    this.pos++;
    const name = this.match(/^(\d+|[A-Za-z_][A-Za-z0-9_]*)/);
    if (name === undefined) this.fail('`${` without a tabstop number or variable name');
    const after = this.source[this.pos];
    if (after === '}') {
      this.pos++;
      return this.node(name);
    }
    if (after === ':') {
      this.pos++;
      const children = this.nodes(true);
      this.expect('}');
      return { ...this.node(name), children };
    }
    if (after === '|' && /^\d/.test(name)) {
      this.pos++;
      return { type: 'tabstop', index: Number(name), choices: this.choices() };
    }
    return this.fail(`unsupported syntax after \`\${${name}\``);
  }

  private choices(): string[] {
    const choices: string[] = [];
    let current = '';
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos]!;
      const next = this.source[this.pos + 1];
      if (ch === '\\' && next !== undefined && '$}\\,|'.includes(next)) {
        current += next;
        this.pos += 2;
      } else if (ch === ',') {
        choices.push(current);
        current = '';
        this.pos++;
      } else if (ch === '|' && next === '}') {
        choices.push(current);
        this.pos += 2;
        return choices;
      } else {
        current += ch;
        this.pos++;
      }
    }
    return this.fail('a choice without its closing `|}`');
  }

  private node(name: string): MarkerNode {
    return /^\d/.test(name) ? { type: 'tabstop', index: Number(name) } : { type: 'variable', name };
  }

  private match(pattern: RegExp): string | undefined {
    const found = pattern.exec(this.source.slice(this.pos));
    if (!found) return undefined;
    this.pos += found[0].length;
    return found[0];
  }

  private expect(ch: string): void {
    if (this.source[this.pos] !== ch) this.fail(`expected \`${ch}\``);
    this.pos++;
  }

  private fail(problem: string): never {
    throw new Error(`Snippet syntax: ${problem} at offset ${this.pos} in:\n${this.source}`);
  }
}

function walk(nodes: readonly SnippetNode[], visit: (node: SnippetNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.type !== 'text' && node.children) walk(node.children, visit);
  }
}

/** Tabstops by number: the first occurrence with a default or choices, which the others mirror. */
function definitions(nodes: readonly SnippetNode[]): Map<number, TabstopNode> {
  const found = new Map<number, TabstopNode>();
  walk(nodes, (node) => {
    if (node.type === 'tabstop' && (node.children || node.choices) && !found.has(node.index)) found.set(node.index, node);
  });
  return found;
}

interface ExpandOptions {
  /** Which option to take for a choice tabstop, by tabstop number; the first otherwise. */
  readonly choose?: ReadonlyMap<number, number>;
}

/**
 * The text VS Code inserts when every placeholder keeps its default: a choice
 * becomes its first option, `${n:default}` its default, `$n` whatever tabstop
 * n holds elsewhere (or nothing), the date variables the fixed TODAY.
 */
function expand(source: string, options: ExpandOptions = {}): string {
  const nodes = new SnippetParser(source).parse();
  const defined = definitions(nodes);
  const [year, month, day] = TODAY.split('-');
  const variables: Readonly<Record<string, string | undefined>> = { CURRENT_YEAR: year, CURRENT_MONTH: month, CURRENT_DATE: day };
  const render = (list: readonly SnippetNode[]): string =>
    list
      .map((node) => {
        switch (node.type) {
          case 'text':
            return node.value;
          case 'variable': {
            const value = variables[node.name];
            if (value === undefined) throw new Error(`Snippet uses the variable ${node.name}, which this test does not know.`);
            return value;
          }
          case 'tabstop': {
            const definition = node.children || node.choices ? node : defined.get(node.index);
            if (definition?.choices) {
              const pick = definition.choices[options.choose?.get(node.index) ?? 0];
              assert.ok(pick !== undefined, `tabstop ${node.index} has no option ${String(options.choose?.get(node.index))}`);
              return pick;
            }
            return definition?.children ? render(definition.children) : '';
          }
        }
      })
      .join('');
  return render(nodes);
}

/** The body as VS Code inserts it at a line indented by `indent`: every line after the first gets that indent too. */
function insert(snippet: Snippet, indent = '', options: ExpandOptions = {}): string {
  return expand(snippet.body.map((line, i) => (i === 0 || line === '' ? line : indent + line)).join('\n'), options);
}

// ---------------------------------------------------------------------------
// What each snippet produces, and where a fragment goes.
// ---------------------------------------------------------------------------

interface Expectation {
  readonly kind: DocumentKind;
  /** For a fragment: a valid document with MARKER where the snippet is inserted. */
  readonly host?: readonly string[];
  /** Checks that the snippet's fields landed where they should. */
  readonly check: (data: Readonly<Record<string, unknown>>) => void;
}

const EXPECTED: Readonly<Record<string, Expectation>> = {
  'netgov-action': {
    kind: 'action',
    check: (data) => {
      assert.equal(data.status, 'proposed');
      assert.equal(data.proposed, TODAY);
      assert.equal(data.proposed_by, 'your-member-id');
      assert.deepEqual(data.owners, ['your-member-id']);
    },
  },
  'netgov-meeting': {
    kind: 'meeting',
    check: (data) => {
      assert.equal(data.date, TODAY);
      assert.equal(data.type, 'network');
      assert.deepEqual(data.attendees, [data.facilitator]);
    },
  },
  'netgov-member': {
    kind: 'member',
    check: (data) => {
      assert.equal(data.joined, TODAY);
      assert.deepEqual(data.roles, [{ role: 'member', from: TODAY }]);
    },
  },
  'netgov-decision': {
    kind: 'action',
    host: [
      '---',
      'kind: action',
      'title: Agree a shared referral form',
      'status: agreed',
      'proposed_by: amara-okafor',
      'proposed: 2026-03-01',
      'owners: [amara-okafor]',
      MARKER,
      'due: 2026-09-30',
      '---',
      '',
      '## Proposal',
      '',
      'One referral form for every practice.',
      '',
      '## Expected impact',
      '',
      'Fewer referrals returned.',
      '',
    ],
    check: (data) => {
      assert.deepEqual(data.decision, { date: TODAY, via: `${TODAY}-network-meeting`, result: 'agreed' });
      assert.equal(data.due, '2026-09-30');
    },
  },
  'netgov-role': {
    kind: 'member',
    host: [
      '---',
      'kind: member',
      'name: Amara Okafor',
      'organisation: North Shire Community Health NHS Trust',
      'joined: 2025-04-01',
      'roles:',
      '  - role: member',
      '    from: 2025-04-01',
      `  ${MARKER}`,
      'interests:',
      '  - falls prevention',
      '---',
      '',
      '## About me',
      '',
    ],
    check: (data) => {
      assert.deepEqual(data.roles, [
        { role: 'member', from: '2025-04-01' },
        { role: 'lead', from: TODAY, until: TODAY },
      ]);
    },
  },
  'netgov-question': {
    kind: 'pulse',
    host: ['---', 'kind: pulse', 'date: 2026-03-05', 'checklist: netgov-core', 'invited: 12', 'respondents: 0', 'questions:', `  ${MARKER}`, '---', ''],
    check: (data) => {
      assert.deepEqual(data.questions, { 'question-id': { text: 'The question as it was asked', counts: [0, 0, 0, 0, 0], blank: 0 } });
    },
  },
};

function loadSnippets(): Record<string, Snippet> {
  return JSON.parse(readFileSync(fromRoot('snippets/markdown.json'), 'utf8')) as Record<string, Snippet>;
}

/** The whole document for a snippet: itself, or a fragment in its host at the marker's indent. */
function documentFor(snippet: Snippet, expected: Expectation, options: ExpandOptions = {}): string {
  if (!expected.host) return insert(snippet, '', options);
  const at = expected.host.findIndex((line) => line.trim() === MARKER);
  assert.ok(at >= 0, `no ${MARKER} in the host for ${snippet.prefix}`);
  const indent = /^\s*/.exec(expected.host[at]!)![0];
  return [...expected.host.slice(0, at), indent + insert(snippet, indent, options), ...expected.host.slice(at + 1)].join('\n');
}

function readAndValidate(text: string, kind: DocumentKind): { data: Readonly<Record<string, unknown>> | undefined; problems: string[] } {
  const { document, findings } = parseNetworkDocument(`/networks/snippets/${kind}s/${TODAY}-snippet.md`, kind, `${TODAY}-snippet`, new TextEncoder().encode(text), DEFAULT_LIMITS);
  const problems = [...findings, ...validateAgainstSchema(document)].map((f) => `${f.code} (line ${f.range.start.line + 1}): ${f.message}`);
  return { data: document.data, problems };
}

function tabstopsOf(snippet: Snippet): { numbers: Set<number>; choices: Map<number, readonly string[]> } {
  const numbers = new Set<number>();
  const choices = new Map<number, readonly string[]>();
  walk(new SnippetParser(snippet.body.join('\n')).parse(), (node) => {
    if (node.type !== 'tabstop') return;
    numbers.add(node.index);
    if (node.choices) choices.set(node.index, node.choices);
  });
  return { numbers, choices };
}

describe('snippets: the expander used by these tests', () => {
  it('takes defaults, first choices, mirrors and the date variables', () => {
    assert.equal(expand('a ${1|x,y|} ${2:two ${3:three}} $2 $4 ${5}$0'), 'a x two three two three  ');
    assert.equal(expand('$CURRENT_YEAR-${CURRENT_MONTH}-$CURRENT_DATE'), TODAY);
    assert.equal(expand('${1|a\\,b,c|}'), 'a,b');
    assert.equal(expand('${1|a,b|}', { choose: new Map([[1, 1]]) }), 'b');
    assert.equal(expand('cost: \\$5 \\} \\\\'), 'cost: $5 } \\');
  });

  it('refuses what it does not understand', () => {
    assert.throws(() => expand('a $ b'), /Snippet syntax/);
    assert.throws(() => expand('${1/(.*)/$1/}'), /Snippet syntax/);
    assert.throws(() => expand('$TM_FILENAME'), /variable TM_FILENAME/);
    assert.throws(() => expand('${1:open'), /Snippet syntax/);
  });

  it('indents every line after the first, as VS Code does', () => {
    assert.equal(insert({ prefix: 'p', description: 'd', body: ['- a: ${1:x}', '  b: $1'] }, '  '), '- a: x\n    b: x');
  });
});

describe('snippets: snippets/markdown.json', () => {
  const snippets = loadSnippets();

  it('is the file package.json contributes for markdown', () => {
    const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { contributes?: { snippets?: { language: string; path: string }[] } };
    const entry = manifest.contributes?.snippets?.find((s) => s.language === 'markdown');
    assert.ok(entry, 'package.json contributes no markdown snippets');
    assert.equal(entry.path.replace(/^\.\//, ''), 'snippets/markdown.json');
  });

  it('has exactly the snippets this test knows, each with a netgov- prefix, a description and a body', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    assert.deepEqual([...prefixes].sort(), Object.keys(EXPECTED).sort());
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.match(snippet.prefix, /^netgov-[a-z]+$/, name);
      assert.ok(typeof snippet.description === 'string' && snippet.description.length > 20, `${name}: needs a description`);
      assert.ok(Array.isArray(snippet.body) && snippet.body.every((line) => typeof line === 'string'), `${name}: body must be a list of lines`);
      assert.ok(snippet.body.every((line) => !/\t|\s$/.test(line)), `${name}: no tabs or trailing spaces`);
    }
  });

  for (const snippet of Object.values(snippets)) {
    const expected = EXPECTED[snippet.prefix];
    if (!expected) continue;

    it(`${snippet.prefix}: numbers its tabstops 1, 2, 3... and ends on $0`, () => {
      const { numbers } = tabstopsOf(snippet);
      assert.ok(numbers.has(0), 'no final $0');
      const stops = [...numbers].filter((n) => n > 0).sort((a, b) => a - b);
      assert.deepEqual(stops, stops.map((_, i) => i + 1));
    });

    it(`${snippet.prefix}: expanded with its defaults, passes the ${expected.kind} schema`, () => {
      const text = documentFor(snippet, expected);
      assert.ok(text.startsWith('---\n'), `does not start with frontmatter:\n${text}`);
      const { data, problems } = readAndValidate(text, expected.kind);
      assert.ok(data, `frontmatter not read:\n${text}`);
      assert.deepEqual(problems, [], text);
      if (!expected.host) assert.equal(data.kind, expected.kind);
      expected.check(data);
    });

    it(`${snippet.prefix}: passes the schema whichever option each choice is set to`, () => {
      for (const [index, options] of tabstopsOf(snippet).choices) {
        options.forEach((option, i) => {
          const text = documentFor(snippet, expected, { choose: new Map([[index, i]]) });
          const { data, problems } = readAndValidate(text, expected.kind);
          assert.ok(data, `frontmatter not read with ${option}:\n${text}`);
          assert.deepEqual(problems, [], `with tabstop ${index} = ${option}:\n${text}`);
        });
      }
    });
  }
});
