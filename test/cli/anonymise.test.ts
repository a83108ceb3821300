import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fromRoot } from '../helpers/paths';
import { runInProcess, type CliRun } from '../helpers/run-cli';
import { GitRepo } from './git-fixture';

const TODAY = '2026-11-27';
const EXAMPLE = fromRoot('examples/north-east-frailty-network');

function run(args: string[], cwd = fromRoot('.')): Promise<CliRun> {
  return runInProcess(args, { cwd, today: TODAY });
}

/** Every member's name, id, handle and page path, read from the example's member pages. */
function identifiers(): string[] {
  const found: string[] = [];
  const folder = join(EXAMPLE, 'members');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
    const text = readFileSync(join(folder, file), 'utf8');
    const data = parse(text.split(/^---$/m)[1]!) as { id?: string; name?: string; handles?: Record<string, string> };
    found.push(file.replace(/\.md$/, ''), `members/${file}`);
    if (data.id) found.push(data.id);
    if (data.name) found.push(data.name);
    for (const handle of Object.values(data.handles ?? {})) found.push(handle);
  }
  return found;
}

function leaks(output: string): string[] {
  const lower = output.toLowerCase();
  return identifiers().filter((identifier) => lower.includes(identifier.toLowerCase()));
}

/** The outputs that --anonymise covers, as argument lists (the flag is added by each test). */
const OUTPUTS: ReadonlyArray<readonly string[]> = [
  ['health', EXAMPLE],
  ['health', EXAMPLE, '--format', 'md'],
  ['health', EXAMPLE, '--format', 'json'],
  ['health', EXAMPLE, '--format', 'html'],
  ['agenda', EXAMPLE, '--print'],
  ['connect', EXAMPLE],
  ['connect', EXAMPLE, '--format', 'json'],
];

describe('netgov --anonymise', function () {
  this.timeout(60000);

  it('collects the identifiers to look for from the example (names, ids, handles)', () => {
    const all = identifiers();
    assert.ok(all.includes('Alison Reid'));
    assert.ok(all.includes('ewanfraser'));
    assert.ok(all.length > 60, `only ${all.length} identifiers`);
  });

  for (const args of OUTPUTS) {
    it(`${args.filter((arg) => arg !== EXAMPLE).join(' ')}: names members without --anonymise, and none with it`, async () => {
      const plain = await run([...args]);
      assert.equal(plain.code, 0, plain.stderr);
      assert.notDeepEqual(leaks(plain.stdout), [], 'the output names nobody even without --anonymise: the test would prove nothing');
      const hidden = await run([...args, '--anonymise']);
      assert.equal(hidden.code, 0, hidden.stderr);
      assert.deepEqual(leaks(hidden.stdout), []);
      assert.match(hidden.stdout, /Member \d+/);
    });
  }

  for (const format of ['text', 'md', 'json']) {
    it(`diff --format ${format}: a change that removes a member's page names them without --anonymise, and nobody with it`, async () => {
      const repo = new GitRepo();
      try {
        repo.copy('examples/north-east-frailty-network', 'net');
        repo.commitAll('the example');
        repo.git('checkout', '--quiet', '-b', 'change');
        repo.remove('net/members/ewan-fraser.md');
        const plain = await run(['diff', 'main', 'net', '--format', format], repo.dir);
        assert.equal(plain.code, 0, plain.stderr);
        assert.notDeepEqual(leaks(plain.stdout), []);
        const hidden = await run(['diff', 'main', 'net', '--format', format, '--anonymise'], repo.dir);
        assert.equal(hidden.code, 0, hidden.stderr);
        assert.deepEqual(leaks(hidden.stdout), []);
        assert.match(hidden.stdout, /Member \d+/);
        if (format === 'md') {
          // The named diff links the removed page; the anonymised one writes its pseudonym with no link.
          assert.match(plain.stdout, /\]\(members\/ewan-fraser\.md\)/);
          const targets = [...hidden.stdout.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1]!);
          assert.deepEqual(targets.filter((target) => /member/i.test(target)), []);
          assert.match(hidden.stdout, /^- Member \d+ left \(their page was removed\)\. \(Member \d+\)$/m);
        }
      } finally {
        repo.dispose();
      }
    });
  }

  it('health --format md: links member pages when it names members, and with --anonymise points no link at a pseudonym', async () => {
    const plain = await run(['health', EXAMPLE, '--format', 'md']);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, /\]\(members\/[a-z-]+\.md#L\d+\)/, 'the named report links member pages: the test would prove nothing');
    const hidden = await run(['health', EXAMPLE, '--format', 'md', '--anonymise']);
    assert.equal(hidden.code, 0, hidden.stderr);
    const targets = [...hidden.stdout.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1]!);
    assert.ok(targets.length > 0, 'the anonymised report still links the documents that name nobody');
    assert.deepEqual(targets.filter((target) => /member/i.test(target)), []);
    assert.doesNotMatch(hidden.stdout, /Member \d+\.md/);
    assert.match(hidden.stdout, /^- Member \d+ \(line \d+\): /m);
  });

  it('health --format html --anonymise shows no member-page path, real or made up', async () => {
    const hidden = await run(['health', EXAMPLE, '--format', 'html', '--anonymise']);
    assert.equal(hidden.code, 0, hidden.stderr);
    assert.doesNotMatch(hidden.stdout, /members\//);
    assert.doesNotMatch(hidden.stdout, /Member \d+\.md/);
    assert.match(hidden.stdout, /class="source">Member \d+:\d+</);
    // The page says it is anonymised, first thing in its main part; a named one does not.
    assert.match(hidden.stdout, /<main id="health-main"><p class="anonymised-line" id="anonymised-line">Anonymised: members are shown as /);
    assert.doesNotMatch((await run(['health', EXAMPLE, '--format', 'html'])).stdout, /anonymised-line" id=/);
  });

  it('accepts --anonymize as well, and writes a file with no member in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netgov-anon-'));
    try {
      const out = join(dir, 'report.md');
      const { code, stderr } = await run(['health', EXAMPLE, '--format', 'md', '--anonymize', '--output', out]);
      assert.equal(code, 0, stderr);
      assert.deepEqual(leaks(readFileSync(out, 'utf8')), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
