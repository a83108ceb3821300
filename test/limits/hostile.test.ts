import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Alias } from 'yaml';
import { checkDirectory } from '../../src/core/check';
import { readConfig } from '../../src/core/config';
import { DEFAULT_LIMITS, parseNetworkDocument } from '../../src/core/document';
import { MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RUN, capRunDiagnostics } from '../../src/core/finding-caps';
import { splitFrontmatter } from '../../src/core/parse/frontmatter';
import { pattern } from '../../src/core/codeowners';
import { neutraliseMarkdown, printable, sarifText, spreadsheetSafe } from '../../src/core/text/printable';
import { questionsYaml } from '../../src/core/pulse/aggregate';
import { rulesByCode } from '../../src/core/rules';
import type { Diagnostic } from '../../src/core/diagnostic';
import type { CheckReport } from '../../src/core/report';
import { formats } from '../../src/cli/formats';
import { terminalColors } from '../../src/cli/terminal';
import { refuseLinks } from '../../src/cli/node-files';
import { fromRoot } from '../helpers/paths';
import { runInProcess } from '../helpers/run-cli';
import { ROOT, TODAY, workspaceWith } from '../core/network-builder';
import { GitRepo, NETWORK } from '../cli/git-fixture';
import { aliasedUnknownKeys, blankFrontmatter, emphasisRun, nestedImages, oneLineList } from '../helpers/hostile-inputs';

/**
 * Issue 13: a hostile pull request cannot stall CI, write outside the
 * repository, rewrite review rules or hide findings. Every attack is generated
 * here; the cost ones are asserted by the work done (counts, outputs), never
 * by time; bench/hostile.mjs measures their time and memory.
 */

const parse = (text: string) => parseNetworkDocument(`${ROOT}/members/mallory.md`, 'member', 'mallory', Buffer.from(text), DEFAULT_LIMITS);

function diagnostic(i: number, severity: Diagnostic['severity'] = 'warning', file = `${ROOT}/members/m${i % 4}.md`): Diagnostic {
  const at = { line: i, character: 0 };
  return { file, range: { start: at, end: at }, severity, code: 'schema.unknown-field', message: `unknown field k${i}` };
}

describe('limits: hostile pull requests (issue 13)', function () {
  this.timeout(60000);

  describe('bounded work per file and per run', () => {
    it('positions 100 aliases of a 1,000-key role without re-walking the YAML per finding, and shows at most 100 findings for the file', async () => {
      const resolve = Alias.prototype.resolve;
      let walks = 0;
      Alias.prototype.resolve = function (this: Alias, ...args: Parameters<typeof resolve>) {
        if (args[1] === undefined) walks++; // a resolve without a context walks the whole document
        return resolve.apply(this, args);
      };
      try {
        const report = await checkDirectory(workspaceWith({ 'members/mallory.md': aliasedUnknownKeys(1000, 100) }), ROOT, { today: TODAY });
        const mine = report.diagnostics.filter((d) => d.file === `${ROOT}/members/mallory.md`);
        assert.equal(mine.length, MAX_FINDINGS_PER_FILE + 1);
        const summary = mine.find((d) => d.code === 'file.too-many-findings');
        assert.ok(summary, 'one summary finding');
        assert.match(summary.message, /has [\d,]+ findings; only the first 100 are shown/);
        assert.equal(walks, 0);
      } finally {
        Alias.prototype.resolve = resolve;
      }
    });

    it('never hides an error behind warnings when a file is capped, and a run keeps the most severe 20,000', () => {
      const many = Array.from({ length: MAX_FINDINGS_PER_RUN + 5 }, (_, i) => diagnostic(i, i === MAX_FINDINGS_PER_RUN + 4 ? 'error' : 'warning'));
      const capped = capRunDiagnostics(many);
      assert.equal(capped.diagnostics.length, MAX_FINDINGS_PER_RUN);
      assert.equal(capped.omitted, 5);
      assert.ok(capped.diagnostics.some((d) => d.severity === 'error'));
      const report: CheckReport = { root: ROOT, diagnostics: capped.diagnostics, filesChecked: 4, rules: [], omitted: capped.omitted };
      assert.match(formats.text(report, { color: false, quiet: false }), /… and 5 more findings not shown: a run shows at most 20,000/);
    });

    it('skips the body checks of nested images, a long run of * and a deep one-line list with one positioned body.too-complex', () => {
      const denseEmphasis = withBodyText(`${'*a **a '.repeat(1500)}b${' a** a*'.repeat(1500)}`);
      const longList = withBodyText(Array.from({ length: 4000 }, (_, i) => `${' '.repeat((i % 64) * 2)}- a`).join('\n'));
      for (const text of [nestedImages(3000), emphasisRun(19500), oneLineList(300), denseEmphasis, longList]) {
        const { document, findings } = parse(text);
        const complex = findings.filter((f) => f.code === 'body.too-complex');
        assert.equal(complex.length, 1);
        assert.ok(complex[0]!.range.start.line >= 9, 'points into the body');
        assert.deepEqual(document.body.links, []);
        assert.deepEqual(document.body.headings.map((h) => h.text), ['Notes<br>']);
      }
      // Real bodies stay well inside the budget.
      for (const body of ['**bold** and _it_ and ***both***', '- a\n  - b\n    - c', '[![badge](b.svg)](https://x)', '*'.repeat(40)]) {
        const { findings } = parse(`---\nkind: member\n---\n\n${body}\n`);
        assert.deepEqual(findings.map((f) => f.code), []);
      }
    });

    it('splits a frontmatter of 292,000 blank lines in one pass, as gray-matter split it, and src never imports gray-matter', () => {
      const split = splitFrontmatter(blankFrontmatter(292_000));
      assert.equal(split?.terminated, true);
      assert.equal(split?.yaml.length, 292_000);
      assert.deepEqual(splitFrontmatter('---yaml\r\na: 1\r\n---\r\nbody'), { yamlStart: 8, yaml: '\na: 1', bodyStart: 20, terminated: true });
      assert.equal(splitFrontmatter('----\na\n'), undefined);
      const sources = readdirSync(fromRoot('src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
      for (const file of sources) assert.ok(!/from 'gray-matter'/.test(readFileSync(fromRoot(join('src', file)), 'utf8')), file);
    });

    it('formats 160,000 findings in every format without a stack overflow, and src spreads no array into push', () => {
      const report: CheckReport = { root: ROOT, diagnostics: Array.from({ length: 160_000 }, (_, i) => diagnostic(i)), filesChecked: 4, rules: [] };
      for (const [name, format] of Object.entries(formats)) assert.ok(format(report, { color: false, quiet: false }).length > 160_000, name);
      const sources = readdirSync(fromRoot('src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('arrays.ts'));
      for (const file of sources) assert.ok(!/\.push\(\.\.\./.test(readFileSync(fromRoot(join('src', file)), 'utf8')), file);
    });
  });

  describe('output that cannot hide anything', () => {
    const ESC = '\u001b';
    const wipe = `${ESC}[2K${ESC}[1A${ESC}[2K\r`;

    it('escapes terminal sequences in messages and control characters in file names, with or without colour', () => {
      const file = `${ROOT}/actions/x\n::error::forged.md`;
      const report: CheckReport = { root: ROOT, diagnostics: [{ ...diagnostic(1, 'error', file), message: `bad${wipe}✔ no problems` }], filesChecked: 1, rules: [] };
      for (const color of [false, true]) {
        const text = formats.text(report, { color, quiet: false });
        assert.ok(!text.includes('\r') && !text.includes(`${ESC}[2K`) && !text.includes(`${ESC}[1A`), 'no cursor movement or erase');
        assert.ok(text.includes('actions/x\\n::error::forged.md:2:1'), text);
        assert.ok(!/^::/m.test(text), 'no line starts a workflow command');
      }
      const { c, finish } = terminalColors(true);
      assert.equal(finish(`${c.red('ok')} ${ESC}[8m`), `${ESC}[31mok${ESC}[39m \\x1b[8m`);
    });

    it('prints document text escaped in check, health and connect, and names with control characters raise file.unsafe-name', async () => {
      const dir = realpathSync(mkdtempSync(join(tmpdir(), 'netgov-hostile-')));
      try {
        for (const [relative, text] of Object.entries(workspaceFiles({ 'members/sam-lee.md': `---\nkind: member\nname: "Sam${wipe}"\norganisation: X\njoined: 2024-01-01\nroles:\n  - role: nope\n    from: 2024-01-01\n---\n` }))) {
          mkdirSync(join(dir, relative, '..'), { recursive: true });
          writeFileSync(join(dir, relative), text);
        }
        writeFileSync(join(dir, 'actions', 'a\tb\n* @mallory.md'), '---\ntitle: x\n---\n');
        for (const command of [['check', '.'], ['health', '.'], ['connect', '.']]) {
          const { stdout } = await runInProcess(command, { cwd: dir, today: TODAY });
          assert.ok(!stdout.includes(ESC) && !stdout.includes('\r'), `${command[0]}: ${JSON.stringify(stdout.slice(0, 200))}`);
        }
        const { stdout } = await runInProcess(['check', '.', '--format', 'json'], { cwd: dir, today: TODAY });
        assert.ok((JSON.parse(stdout) as { diagnostics: { code: string }[] }).diagnostics.some((d) => d.code === 'file.unsafe-name'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('neutralises mentions, references and bare links in markdown; SARIF messages escape link syntax; survey headers stay data', () => {
      assert.equal(neutraliseMarkdown('@mallory #12 https://x.org www.x.org'), '@&#8203;mallory #&#8203;12 https:&#8203;//x.org www&#8203;.x.org');
      assert.equal(sarifText('see [here](https://evil)'), 'see \\[here\\](https://evil)');
      assert.equal(spreadsheetSafe('=HYPERLINK("https://evil","x")'), '\'=HYPERLINK("https://evil","x")');
      assert.equal(spreadsheetSafe('-3'), '-3');
      assert.match(questionsYaml([{ id: 'trust', text: '=HYPERLINK("x")\u001b', counts: [1, 2, 3, 4, 5], blank: 0, column: 'c' }]), /text: .*'=HYPERLINK\(.*\\\\x1b/);
      assert.equal(printable('a\u202eb\u0000'), 'a\\u202eb\\x00');
    });
  });

  describe('no write or read through a link', () => {
    let tmp: string;
    let root: string;
    let outside: string;
    beforeEach(() => {
      tmp = realpathSync(mkdtempSync(join(tmpdir(), 'netgov-links-')));
      root = join(tmp, 'repo');
      outside = join(tmp, 'outside');
      mkdirSync(outside);
      for (const [relative, text] of Object.entries(workspaceFiles())) {
        mkdirSync(join(root, relative, '..'), { recursive: true });
        writeFileSync(join(root, relative), text);
      }
    });
    afterEach(() => rmSync(tmp, { recursive: true, force: true }));

    it('new member, new action and agenda refuse a committed link to a folder outside, and write nothing there', async () => {
      for (const [folder, args] of [['members', ['new', 'member', 'Mallory Evans', '--organisation', 'X']], ['actions', ['new', 'action', 'A title', '--by', 'amara-okafor']], ['meetings', ['agenda']]] as const) {
        rmSync(join(root, folder), { recursive: true });
        symlinkSync(outside, join(root, folder));
        const run = await runInProcess([...args], { cwd: root, today: TODAY });
        assert.notEqual(run.code, 0, `${folder}: ${run.stdout}`);
        assert.match(run.stderr, /symbolic link/);
        assert.deepEqual(readdirSync(outside), []);
        rmSync(join(root, folder));
        for (const [relative, text] of Object.entries(workspaceFiles())) if (relative.startsWith(`${folder}/`)) {
          mkdirSync(join(root, folder), { recursive: true });
          writeFileSync(join(root, relative), text);
        }
      }
    });

    it('pulse import and init --ci refuse a linked pulses folder or .github, and write nothing there', async () => {
      copyFileSync(fromRoot('test/fixtures/pulse/forms.csv'), join(tmp, 'forms.csv'));
      rmSync(join(root, 'pulses'), { recursive: true });
      symlinkSync(outside, join(root, 'pulses'));
      const pulse = await runInProcess(['pulse', 'import', '../forms.csv', '--date', '2026-12-05', '--invited', '9'], { cwd: root, today: TODAY });
      assert.notEqual(pulse.code, 0);
      assert.match(pulse.stderr, /symbolic link/);
      mkdirSync(join(root, '.git'));
      symlinkSync(outside, join(root, '.github'));
      const ci = await runInProcess(['init', '--ci', 'github', '.'], { cwd: root, today: TODAY });
      assert.notEqual(ci.code, 0);
      assert.match(ci.stderr, /symbolic link/);
      assert.deepEqual(readdirSync(outside), []);
    });

    it('refuses a path that leaves the root or has a control character', async () => {
      await assert.rejects(refuseLinks(root, join(root, '..', 'x.md')), /outside/);
      await assert.rejects(refuseLinks(root, join(root, 'a\nb.md')), /control character/);
      await refuseLinks(root, join(root, 'members', 'new', 'x.md'));
    });

    it('codeowners neither reads nor writes through a linked .github, and check does not read CODEOWNERS through it', async () => {
      mkdirSync(join(root, '.git'));
      writeFileSync(join(outside, 'CODEOWNERS'), '* @outsider\n# netgov:begin\n# netgov:end\n');
      symlinkSync(outside, join(root, '.github'));
      const run = await runInProcess(['codeowners', '.'], { cwd: root, today: TODAY });
      assert.notEqual(run.code, 0);
      assert.equal(readFileSync(join(outside, 'CODEOWNERS'), 'utf8'), '* @outsider\n# netgov:begin\n# netgov:end\n');
      assert.ok(!existsSync(join(root, 'CODEOWNERS')) || !readFileSync(join(root, 'CODEOWNERS'), 'utf8').includes('@outsider'));
      const check = await runInProcess(['check', '.', '--format', 'json'], { cwd: root, today: TODAY });
      assert.ok(!check.stdout.includes('CODEOWNERS'), check.stdout);
    });

    it('refuses layout values with a control character or that normalise outside, in schema and code', () => {
      const { config, findings } = readConfig('/n/netgov.yml', Buffer.from('layout:\n  members: "x\\n/../../../outside"\n  actions: "a/../../b"\n'), [...rulesByCode.keys()]);
      assert.equal(config.layout.members, 'members');
      assert.equal(config.layout.actions, 'actions');
      assert.equal(findings.filter((f) => f.code === 'schema.pattern').length, 2);
    });
  });

  describe('CODEOWNERS lines that cannot be forged', () => {
    it('escapes spaces, # and globs in paths', () => {
      assert.equal(pattern('nets/a b/actions/*.md'), '/nets/a\\ b/actions/\\*.md');
      assert.equal(pattern('x/#1?[a]!.md'), '/x/\\#1\\?\\[a\\]\\!.md');
    });

    it('leaves out a network folder and an action whose names hold a line break', async () => {
      const repo = new GitRepo();
      try {
        const lead = '---\nkind: member\nname: Lead\norganisation: X\njoined: 2024-01-01\nhandles:\n  github: lead\nroles:\n  - role: co-chair\n    from: 2025-01-01\n---\n';
        for (const [relative, text] of Object.entries(workspaceFiles({ 'members/lead.md': lead }))) {
          repo.write(`nets/x\n* @mallory/${relative}`, text);
          repo.write(`nets/ok/${relative}`, text);
        }
        repo.write('nets/ok/actions/a\n* @mallory.md', '---\ntitle: x\narea: falls\n---\n');
        const run = await runInProcess(['codeowners', '.'], { cwd: repo.dir, today: TODAY });
        assert.equal(run.code, 0, run.stderr);
        const written = readFileSync(join(repo.dir, '.github', 'CODEOWNERS'), 'utf8');
        assert.ok(!/^\* @mallory/m.test(written), written);
        assert.match(written, /left out: its folder name has a control character/);
      } finally {
        repo.dispose();
      }
    });
  });

  describe('the base decides the limits', () => {
    it('check --changed and diff use the base netgov.yml, and the diff reports the change to it', async () => {
      const repo = new GitRepo();
      try {
        for (const [relative, text] of Object.entries(workspaceFiles())) repo.write(`${NETWORK}/${relative}`, text);
        repo.write(`${NETWORK}/netgov.yml`, 'limits:\n  max_aliases: 10\n');
        repo.commitAll('base');
        repo.git('checkout', '--quiet', '-b', 'change');
        repo.write(`${NETWORK}/netgov.yml`, 'limits:\n  max_aliases: 10000\nrules:\n  yaml.alias-limit: off\n');
        repo.write(`${NETWORK}/members/mallory.md`, aliasedUnknownKeys(2, 50));
        repo.commitAll('change');
        const check = await runInProcess(['check', '--changed', 'main', NETWORK, '--format', 'json'], { cwd: repo.dir, today: TODAY });
        const codes = (JSON.parse(check.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
        assert.ok(codes.includes('yaml.alias-limit'), codes.join(' '));
        const diff = await runInProcess(['diff', 'main', NETWORK, '--format', 'md'], { cwd: repo.dir, today: TODAY });
        assert.match(diff.stdout, /This change changes netgov\.yml\. Its limits and rule settings apply once it is merged/);
      } finally {
        repo.dispose();
      }
    });
  });
});

/** A member page with `body` after a `## Notes<br>` heading, as hostile-inputs.ts writes them. */
function withBodyText(body: string): string {
  return `---\nkind: member\nname: Mallory\norganisation: Elsewhere\njoined: 2024-01-01\nroles:\n  - role: member\n    from: 2024-01-01\n---\n\n## Notes<br>\n\n${body}\n`;
}

/** The small clean network, relative paths to text, with changes. */
function workspaceFiles(changes: Record<string, string> = {}): Record<string, string> {
  const workspace = workspaceWith(changes);
  return Object.fromEntries(workspace.paths().filter((p) => p.startsWith(`${ROOT}/`)).map((p) => [p.slice(ROOT.length + 1), Buffer.from(workspace.bytes(p)).toString('utf8')]));
}

