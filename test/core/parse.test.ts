import assert from 'node:assert/strict';
import { DEFAULT_LIMITS, parseNetworkDocument, type ParseLimits } from '../../src/core/document';
import type { Finding } from '../../src/core/model/finding';
import { validateAgainstSchema } from '../../src/core/schema/validate';
import { checkDirectory } from '../../src/core/check';
import type { DocumentKind } from '../../src/core/model/kinds';
import { MemoryWorkspace } from '../helpers/memory-workspace';
import { ROOT, TODAY, baseFiles, md } from './network-builder';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (string | readonly number[])[]): Uint8Array => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...encode(part)] : [...part])));
const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

interface Parsed {
  readonly data: Readonly<Record<string, unknown>> | undefined;
  /** Reading findings, then schema findings: everything the core says about the file on its own. */
  readonly findings: readonly Finding[];
  readonly text: string;
}

function parse(input: string | Uint8Array, options: { kind?: DocumentKind; limits?: ParseLimits; size?: number } = {}): Parsed {
  const kind = options.kind ?? 'member';
  const raw = typeof input === 'string' ? encode(input) : input;
  const { document, findings } = parseNetworkDocument(`/n/${kind}s/x.md`, kind, 'x', raw, options.limits ?? DEFAULT_LIMITS, options.size);
  return { data: document.data, findings: [...findings, ...validateAgainstSchema(document)], text: document.text };
}

/** `code line:char-line:char`, for compact exact comparisons. */
function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);
}

// Line 3 holds a date written the UK way (a schema error at 3:8-3:18); it is not the last field.
const WITH_SCHEMA_ERROR = md(['name: Amara Okafor', 'organisation: Riverside', 'joined: 27/11/2024', 'profession: Nurse'], ['## About me', 'Hello.']);
// Line 1 has a second `: ` in a plain value, which YAML refuses where that value starts (1:6).
const WITH_YAML_ERROR = md(['name: Amara: Okafor', 'organisation: Riverside', 'joined: 2024-02-01'], ['Body.']);

describe('parseNetworkDocument', () => {
  describe('line endings', () => {
    it('gives the same ranges for a schema error in LF and CRLF files', () => {
      const expected = ['schema.date 3:8-3:18'];
      assert.deepEqual(brief(parse(WITH_SCHEMA_ERROR).findings), expected);
      assert.deepEqual(brief(parse(crlf(WITH_SCHEMA_ERROR)).findings), expected);
      assert.equal(parse(crlf(WITH_SCHEMA_ERROR)).data?.joined, '27/11/2024');
    });

    it('gives the same ranges for a YAML error in LF and CRLF files', () => {
      const lf = parse(WITH_YAML_ERROR).findings;
      const windows = parse(crlf(WITH_YAML_ERROR)).findings;
      assert.deepEqual(brief(lf), ['yaml.syntax 1:6-1:7']);
      assert.deepEqual(brief(windows), brief(lf));
      assert.match(lf[0]!.message, /not valid YAML/);
    });

    // The YAML gray-matter hands over ends with the `\r` of a CRLF file's last frontmatter line;
    // unless it is dropped, a valid last date is read as '2024-02-01\r' and fails the schema.
    it('reads the last field of a CRLF file without its carriage return', () => {
      const text = crlf(md(['name: Amara Okafor', 'organisation: Riverside', 'joined: 2024-02-01'], ['Body.']));
      const parsed = parse(text);
      assert.equal(parsed.data?.joined, '2024-02-01');
      assert.deepEqual(brief(parsed.findings), []);
    });

    // Once a bug (the test below keeps it fixed): a file with lone CR line breaks (old Mac style) is not split into frontmatter and
    // body: gray-matter looks for '\n', so the YAML it returns is just "\r" and the file is
    // reported as yaml.not-a-mapping ("a single value") at 0:3, although LineIndex (and VS Code)
    // treat a lone CR as a line break. Fix (src/core/parse/frontmatter.ts): split and parse
    // `text.replace(/\r(?!\n)/g, '\n')`, which has the same length, so every offset still maps
    // onto the original text.
    it('reads a file with lone CR line breaks like the same file with LF', () => {
      const lf = parse(WITH_SCHEMA_ERROR);
      const cr = parse(WITH_SCHEMA_ERROR.replace(/\n/g, '\r'));
      assert.deepEqual(cr.data, lf.data);
      assert.deepEqual(brief(cr.findings), brief(lf.findings));
    });

    it('counts a lone CR as a line break when placing positions', () => {
      // Everything before the frontmatter problem uses lone CRs: positions must still be per line.
      const parsed = parse('\r\r# Title\r');
      assert.deepEqual(brief(parsed.findings), ['file.no-frontmatter 0:0-0:0']);
    });
  });

  describe('encodings', () => {
    it('reports a UTF-8 byte-order mark as info at 0:0 without shifting other ranges', () => {
      const parsed = parse(bytes([0xef, 0xbb, 0xbf], WITH_SCHEMA_ERROR));
      assert.deepEqual(brief(parsed.findings), ['file.bom 0:0-0:0', 'schema.date 3:8-3:18']);
      assert.equal(parsed.text.charCodeAt(0), '-'.charCodeAt(0), 'the BOM is not part of the text');
      assert.equal(parsed.data?.name, 'Amara Okafor');
      assert.match(parsed.findings[0]!.message, /byte-order mark/);
    });

    it('decodes UTF-16LE with a BOM and flags it as file.encoding', () => {
      const parsed = parse(new Uint8Array(Buffer.from(`\ufeff${WITH_SCHEMA_ERROR.replace('Amara', 'Zoë')}`, 'utf16le')));
      assert.deepEqual(brief(parsed.findings), ['file.encoding 0:0-0:0', 'schema.date 3:8-3:18']);
      assert.match(parsed.findings[0]!.message, /UTF-16/);
      assert.equal(parsed.data?.name, 'Zoë Okafor');
    });

    it('decodes UTF-16BE with a BOM too', () => {
      const le = Buffer.from(`\ufeff${WITH_SCHEMA_ERROR}`, 'utf16le');
      const be = Buffer.from(le).swap16();
      const parsed = parse(new Uint8Array(be));
      assert.deepEqual(brief(parsed.findings), ['file.encoding 0:0-0:0', 'schema.date 3:8-3:18']);
    });

    it('reports invalid UTF-8 at the offending character and still checks the rest', () => {
      // `Zoë` saved as Windows-1252: ë is the single byte 0xEB.
      const parsed = parse(bytes('---\nname: Zo', [0xeb], '\norganisation: Riverside\njoined: 27/11/2024\n---\n'));
      assert.deepEqual(brief(parsed.findings), ['file.encoding 1:8-1:9', 'schema.date 3:8-3:18']);
      assert.match(parsed.findings[0]!.message, /not valid UTF-8/);
      assert.equal(parsed.data?.name, 'Zo\uFFFD');
    });

    // Once a bug (the test below keeps it fixed): the position of invalid UTF-8 is found with text.indexOf('\uFFFD') after a lenient
    // decode, so a file that legitimately contains U+FFFD (bytes EF BF BD) earlier is reported
    // there, not at the bad byte. Fix (src/core/text/decode.ts): locate the first invalid
    // sequence in the bytes (e.g. decode growing prefixes with the fatal decoder, or scan the
    // UTF-8 structure) and report the length of the leniently decoded valid prefix as the offset.
    it('reports invalid UTF-8 at the bad byte even after a genuine replacement character', () => {
      const parsed = parse(bytes('---\nname: A \uFFFD\norganisation: Zo', [0xeb], '\njoined: 2024-02-01\n---\n'));
      assert.deepEqual(brief(parsed.findings), ['file.encoding 2:16-2:17']);
    });

    it('treats a file with NUL bytes as binary and checks nothing else', () => {
      const parsed = parse(bytes('---\nname: x\n', [0, 1, 2, 0xff], '\n---\n'));
      assert.deepEqual(brief(parsed.findings), ['file.binary 0:0-0:0']);
      assert.equal(parsed.data, undefined);
      assert.match(parsed.findings[0]!.message, /binary/);
    });

    it('keeps no text of a binary file, for any kind', () => {
      for (const kind of ['member', 'action', 'meeting'] as const) {
        const parsed = parse(bytes('---\ntitle: x\n', [0, 1, 2, 0xff], '\n---\n## Proposal\n'), { kind });
        assert.deepEqual([parsed.text, brief(parsed.findings)], ['', ['file.binary 0:0-0:0']], kind);
      }
    });
  });

  describe('frontmatter delimiters', () => {
    it('reports an empty file', () => {
      const parsed = parse('');
      assert.deepEqual(brief(parsed.findings), ['file.empty 0:0-0:0']);
      assert.match(parsed.findings[0]!.message, /empty; a member document starts with frontmatter/);
    });

    it('reports a whitespace-only file as empty, on its first line', () => {
      assert.deepEqual(brief(parse('  \n\n\t\n').findings), ['file.empty 0:0-0:2']);
      assert.match(parse(' ', { kind: 'action' }).findings[0]!.message, /an action document/);
    });

    it('reports a file with no frontmatter on its whole first line', () => {
      const parsed = parse('# Amara Okafor\nConsultant.\n');
      assert.deepEqual(brief(parsed.findings), ['file.no-frontmatter 0:0-0:14']);
      assert.doesNotMatch(parsed.findings[0]!.message, /very first line/);
    });

    it('explains that `---` must be on the very first line when a blank line comes first', () => {
      const parsed = parse(`\n${WITH_SCHEMA_ERROR}`);
      assert.deepEqual(brief(parsed.findings), ['file.no-frontmatter 0:0-0:0']);
      assert.match(parsed.findings[0]!.message, /very first line/);
      assert.equal(parsed.data, undefined);
    });

    it('reports unterminated frontmatter on the opening line only, not the YAML errors after it', () => {
      const parsed = parse('---\ntitle: Shared form\nstatus: proposed\n\n## Proposal\nNote: this: breaks YAML\n', { kind: 'action' });
      assert.deepEqual(brief(parsed.findings), ['file.unterminated-frontmatter 0:0-0:3']);
      assert.match(parsed.findings[0]!.message, /never ends/);
      assert.equal(parsed.data, undefined);
    });

    it('reports `---` with nothing after it as unterminated', () => {
      assert.deepEqual(brief(parse('---').findings), ['file.unterminated-frontmatter 0:0-0:3']);
      assert.deepEqual(brief(parse('---\n').findings), ['file.unterminated-frontmatter 0:0-0:3']);
    });

    it('reads empty frontmatter (`---` then `---`) as no fields, so required fields point at line 0', () => {
      const parsed = parse('---\n---\n');
      assert.deepEqual(parsed.data, {});
      assert.deepEqual(brief(parsed.findings), ['schema.required 0:0-0:3', 'schema.required 0:0-0:3', 'schema.required 0:0-0:3']);
    });
  });

  describe('YAML problems', () => {
    it('reports a tab used for indentation where it is', () => {
      const parsed = parse(md(['name: A', '\torganisation: B', 'joined: 2024-02-01']));
      assert.deepEqual(brief(parsed.findings), ['yaml.tab-indent 2:0-2:1']);
      assert.match(parsed.findings[0]!.message, /tab/);
      assert.equal(parsed.data, undefined);
    });

    it('allows a tab inside a value', () => {
      const parsed = parse(md(['name: "A\tB"', 'organisation: B', 'joined: 2024-02-01']));
      assert.deepEqual(brief(parsed.findings), []);
      assert.equal(parsed.data?.name, 'A\tB');
    });

    it('reports a duplicate key at its second occurrence', () => {
      const parsed = parse(md(['name: A', 'organisation: B', 'name: C', 'joined: 2024-02-01']));
      assert.deepEqual(brief(parsed.findings), ['yaml.duplicate-key 3:0-3:1']);
      assert.match(parsed.findings[0]!.message, /more than once/);
    });

    const COMPLEX_KEY = 'This field name is a list or mapping; a field name is a single word, as in `title: value`. Write the field out that way.';

    /** Runs `work` and returns the warnings it sent through process.emitWarning (none should reach the terminal). */
    function emittedWarnings(work: () => void): string[] {
      const seen: string[] = [];
      const original = process.emitWarning;
      process.emitWarning = ((warning: string | Error) => void seen.push(String(warning))) as typeof process.emitWarning;
      try {
        work();
      } finally {
        process.emitWarning = original;
      }
      return seen;
    }

    it('reports a flow-list key (`[a, b]: 1`) where the key is, with no Node warning', () => {
      let parsed: Parsed | undefined;
      const warnings = emittedWarnings(() => (parsed = parse(md(['name: A', 'organisation: B', 'joined: 2024-02-01', '[a, b]: 1']))));
      assert.deepEqual(warnings, []);
      assert.deepEqual(brief(parsed!.findings), ['yaml.complex-key 4:0-4:6']);
      assert.equal(parsed!.findings[0]!.message, COMPLEX_KEY);
      assert.equal(parsed!.data, undefined);
    });

    it('reports an explicit complex key (`? [ complex, key ]`) at the key itself, nested or not, with no Node warning', () => {
      let parsed: Parsed | undefined;
      const warnings = emittedWarnings(
        () => (parsed = parse(md(['name: A', 'organisation: B', 'joined: 2024-02-01', '? [ complex, key ]', ': v', 'roles:', '  - role: lead', '    ? { x: 1 }', '    : 2', '    from: 2024-02-01']))),
      );
      assert.deepEqual(warnings, []);
      assert.deepEqual(brief(parsed!.findings), ['yaml.complex-key 4:2-4:18', 'yaml.complex-key 8:6-8:14']);
      assert.deepEqual(parsed!.findings.map((f) => f.message), [COMPLEX_KEY, COMPLEX_KEY]);
    });

    it('reports an alias key whose anchor is a list as a complex key, with no Node warning', () => {
      let parsed: Parsed | undefined;
      const warnings = emittedWarnings(() => (parsed = parse(md(['name: A', 'organisation: B', 'joined: 2024-02-01', 'tags: &t [x, y]', '? *t', ': v']))));
      assert.deepEqual(warnings, []);
      assert.deepEqual(brief(parsed!.findings), ['yaml.complex-key 5:2-5:4']);
      // The latest anchor of a name is the one an alias means: here a plain word, so not a complex key.
      const rebound = parse(md(['name: A', 'organisation: B', 'joined: 2024-02-01', 'tags: &t [x, y]', 'profession: &t Nurse', '? *t', ': v']));
      assert.deepEqual(rebound.findings.filter((f) => f.code.startsWith('yaml.')), []);
      assert.equal(rebound.data?.Nurse, 'v');
    });

    it('turns every YAML warning into a positioned yaml.warning and prints none', () => {
      let parsed: Parsed | undefined;
      const warnings = emittedWarnings(() => (parsed = parse(md(['name: A', 'organisation: !thing B', 'joined: 2024-02-01']))));
      assert.deepEqual(warnings, []);
      assert.deepEqual(brief(parsed!.findings), ['yaml.warning 2:14-2:20']);
      assert.equal(parsed!.findings[0]!.message, 'Unresolved tag: !thing');
    });

    it('reports a list at the top level', () => {
      const parsed = parse(md(['- Amara Okafor', '- Riverside']));
      assert.deepEqual(brief(parsed.findings), ['yaml.not-a-mapping 1:0-2:11']);
      assert.match(parsed.findings[0]!.message, /is a list/);
    });

    it('reports a single value at the top level', () => {
      const parsed = parse(md(['just some words']));
      assert.deepEqual(brief(parsed.findings), ['yaml.not-a-mapping 1:0-1:15']);
      assert.match(parsed.findings[0]!.message, /single value/);
    });

    it('caps alias expansion ("billion laughs") and points at the first alias', () => {
      const bomb = md(['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]']);
      // That it finishes is the cap's proof (10,000 nodes unexpanded); how fast is bench/hostile.mjs's.
      const parsed = parse(bomb);
      assert.deepEqual(brief(parsed.findings), ['yaml.alias-limit 2:7-2:9']);
      assert.match(parsed.findings[0]!.message, /more than 100 times/);
      assert.equal(parsed.data, undefined);
    });

    it('reads a small legitimate alias', () => {
      const parsed = parse(md(['name: &who Amara Okafor', 'organisation: Riverside', 'profession: *who', 'joined: 2024-02-01']));
      assert.deepEqual(brief(parsed.findings), []);
      assert.equal(parsed.data?.profession, 'Amara Okafor');
    });

    it('refuses every alias when the limit is 0', () => {
      const parsed = parse(md(['name: &who Amara', 'organisation: *who', 'joined: 2024-02-01']), { limits: { maxFileBytes: 1e6, maxAliases: 0 } });
      assert.deepEqual(brief(parsed.findings), ['yaml.alias-limit 2:14-2:18']);
    });

    // Once a bug (the test below keeps it fixed): limits.max_aliases is documented as "the most YAML aliases a file may use", but the
    // yaml package counts the anchor itself too, so `max_aliases: 1` refuses a file with one alias
    // (and the default 100 allows 99). Fix (src/core/parse/yaml-source.ts): pass
    // `maxAliasCount: maxAliases === 0 ? 0 : maxAliases + 1`, or document the limit as it is.
    it('allows exactly max_aliases aliases', () => {
      const parsed = parse(md(['name: &who Amara', 'organisation: *who', 'joined: 2024-02-01']), { limits: { maxFileBytes: 1e6, maxAliases: 1 } });
      assert.deepEqual(brief(parsed.findings), []);
    });

    // Once a bug (the test below keeps it fixed): any exception from toJS is reported as yaml.alias-limit, so an alias to an anchor
    // that does not exist (a typo) says the file "repeats content through aliases more than 100
    // times". Fix (src/core/parse/yaml-source.ts): only report alias-limit for the yaml package's
    // "Excessive alias count" error; report "Unresolved alias" as yaml.syntax at that alias
    // ("`*whoo` refers to no `&whoo` anchor above it").
    it('reports an alias to an unknown anchor as a YAML error, not as the alias limit', () => {
      const parsed = parse(md(['name: &who Amara', 'organisation: *whoo', 'joined: 2024-02-01']));
      assert.deepEqual(brief(parsed.findings), ['yaml.syntax 2:14-2:19']);
    });
  });

  describe('size', () => {
    it('reports a file over the size limit without reading it', () => {
      const parsed = parse(new Uint8Array(), { limits: { maxFileBytes: 2048, maxAliases: 100 }, size: 10 * 1024 });
      assert.deepEqual(brief(parsed.findings), ['file.too-large 0:0-0:0']);
      assert.match(parsed.findings[0]!.message, /10 KiB, over the limit of 2 KiB/);
      assert.match(parsed.findings[0]!.message, /limits\.max_file_kb/);
      assert.equal(parsed.data, undefined);
    });

    it('reports bytes over the limit even when no size is given', () => {
      const parsed = parse(WITH_SCHEMA_ERROR, { limits: { maxFileBytes: 10, maxAliases: 100 } });
      assert.deepEqual(brief(parsed.findings), ['file.too-large 0:0-0:0']);
    });

    // Once a bug (the test below keeps it fixed): sizes are rounded to the nearest 0.1 KiB (whole KiB from 10 KiB) in the message, so a
    // file just over the limit reads "This file is 1 KiB, over the limit of 1 KiB" (1025 bytes),
    // or "10 KiB, over the limit of 10 KiB". Fix (src/core/document.ts): round the file's size
    // up rather than to nearest (e.g. Math.ceil(bytes / 102.4) / 10), or give bytes when the
    // rounded figures are equal.
    it('says by how much a file just over the limit exceeds it', () => {
      const parsed = parse(new Uint8Array(), { limits: { maxFileBytes: 1024, maxAliases: 100 }, size: 1025 });
      assert.doesNotMatch(parsed.findings[0]!.message, /is 1 KiB, over the limit of 1 KiB/);
    });

    it('never reads a file over the limit when checking a network', async () => {
      const large = `${ROOT}/members/sam-lee.md`;
      const reads: { path: string; maxBytes: number | undefined }[] = [];
      class SpyWorkspace extends MemoryWorkspace {
        override async readFile(path: string, maxBytes?: number): Promise<Uint8Array> {
          reads.push({ path, maxBytes });
          return super.readFile(path, maxBytes);
        }
      }
      const workspace = new SpyWorkspace();
      for (const [relative, content] of Object.entries(baseFiles())) workspace.write(`${ROOT}/${relative}`, content);
      workspace.write(`${ROOT}/netgov.yml`, 'limits:\n  max_file_kb: 1\n');
      workspace.write(large, md(['name: Sam Lee', 'organisation: X', 'joined: 2024-02-01', `profession: ${'x'.repeat(3000)}`]));
      const report = await checkDirectory(workspace, ROOT, { today: TODAY });
      assert.deepEqual(
        report.diagnostics.map((d) => `${d.file} ${d.code}`),
        [`${large} file.too-large`],
      );
      // Either the core never asks for the file, or it asks with a limit the workspace must refuse it by.
      for (const read of reads.filter((r) => r.path === large)) {
        assert.ok(read.maxBytes !== undefined && read.maxBytes <= 1024, `the large file was read with limit ${read.maxBytes}`);
      }
      assert.ok(reads.some((r) => r.path === `${ROOT}/members/amara-okafor.md`));
    });

    // Its speed is measured by bench/hostile.mjs (as a ratio), never by a test.
    it('parses a document with a 1 MB body', () => {
      const line = 'Plain words about the network and its work.\n';
      const body = line.repeat(Math.ceil(1_000_000 / line.length));
      const text = md(['name: Amara Okafor', 'organisation: Riverside', 'joined: 2024-02-01'], ['## About me', body, '## What I can help with', 'Falls.']);
      assert.ok(text.length > 1_000_000 && text.length < DEFAULT_LIMITS.maxFileBytes);
      const { document, findings } = parseNetworkDocument('/n/members/x.md', 'member', 'x', encode(text), DEFAULT_LIMITS);
      assert.deepEqual(findings, []);
      assert.equal(document.data?.name, 'Amara Okafor');
      assert.deepEqual(
        document.body.headings.map((h) => h.text),
        ['About me', 'What I can help with'],
      );
    });
  });

  describe('astral characters', () => {
    it('counts columns in UTF-16 code units after an emoji on the same line (YAML error)', () => {
      // `name: "😀😀" x`: each emoji is two UTF-16 units, so the stray `x` is at column 13
      // (not 11 in code points, nor 17 in bytes).
      const parsed = parse(md(['name: "😀😀" x', 'organisation: B', 'joined: 2024-02-01']));
      assert.deepEqual(brief(parsed.findings), ['yaml.syntax 1:13-1:14']);
    });

    it('counts columns in UTF-16 code units after an emoji on the same line (schema error)', () => {
      // `interests: [😀😀, 27]`: 27 starts at column 18 in UTF-16 (16 in code points, 22 in bytes).
      const parsed = parse(md(['name: A', 'organisation: B', 'joined: 2024-02-01', 'interests: [😀😀, 27]']));
      assert.deepEqual(brief(parsed.findings), ['schema.type 4:18-4:20']);
      assert.match(parsed.findings[0]!.message, /`interests\[1\]` should be text, not the number 27/);
    });
  });

  it('never throws, whatever the bytes', () => {
    const samples = [new Uint8Array([0xff]), new Uint8Array([0xfe, 0xff, 0x00]), new Uint8Array([0xef, 0xbb]), bytes('---\n', [0xc3]), bytes('---\n: : :\n---\n'), bytes('---\n[\n---\n'), bytes('---\n"\n---\n')];
    for (const sample of samples) assert.doesNotThrow(() => parse(sample));
  });
});
