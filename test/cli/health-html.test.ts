import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../helpers/paths';
import { runInProcess, type CliRun } from '../helpers/run-cli';

const TODAY = '2026-11-27';
const EXAMPLE = fromRoot('examples/north-east-frailty-network');

function run(args: string[], cwd = fromRoot('.')): Promise<CliRun> {
  return runInProcess(args, { cwd: cwd, today: TODAY });
}

describe('netgov health --format html', function () {
  this.timeout(30000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'netgov-health-html-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes one self-contained page for the example network, the same every time', async () => {
    const first = await run(['health', EXAMPLE, '--format', 'html']);
    assert.equal(first.stderr, '');
    assert.equal(first.code, 0);
    const html = first.stdout;
    assert.match(html, /^<!DOCTYPE html>\n/);
    assert.match(html, /<h1>North East Frailty Improvement Network: network health<\/h1>/);
    for (const id of ['scores', 'graph', 'leadership', 'funnel', 'participation', 'pulses', 'maturity', 'findings', 'unknown']) assert.match(html, new RegExp(`<section id="${id}"`), id);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.doesNotMatch(html, /<script|https?:\/\/|data-file=/i);
    assert.ok(html.endsWith('</html>\n'));
    assert.equal((await run(['health', EXAMPLE, '--format', 'html'])).stdout, html);
  });

  it('draws the network as it was on an earlier date', async () => {
    const { code, stdout } = await run(['health', EXAMPLE, '--format', 'html', '--as-of', '2025-06-30', '--months', '6']);
    assert.equal(code, 0);
    assert.match(stdout, /Health as of <time datetime="2025-06-30">30 Jun 2025<\/time>/);
  });

  it('writes its dates in the locale given, and refuses a locale it cannot use', async () => {
    const { code, stdout } = await run(['health', EXAMPLE, '--format', 'html', '--as-of', '2026-11-27', '--locale', 'en-US']);
    assert.equal(code, 0);
    assert.match(stdout, /Health as of <time datetime="2026-11-27">Nov 27, 2026<\/time>/);
    assert.match(stdout, /<html lang="en-GB">/, 'the words are still English');
    for (const bad of [['--locale', 'not a tag!', '--format', 'html'], ['--locale', 'de']]) {
      const refused = await run(['health', EXAMPLE, ...bad]);
      assert.equal(refused.code, 2, bad.join(' '));
      assert.match(refused.stderr, /--locale (needs a language tag|is for --format html, not text)/);
    }
  });

  it('writes to --output, and never over a file that exists', async () => {
    const target = join(folder, 'health.html');
    const written = await run(['health', EXAMPLE, '--format', 'html', '--output', target]);
    assert.equal(written.code, 0);
    assert.equal(written.stdout, '');
    const html = readFileSync(target, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);

    writeFileSync(join(folder, 'notes.md'), 'keep me\n');
    const refused = await run(['health', EXAMPLE, '--format', 'md', '--output', 'notes.md'], folder);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, 'netgov health: notes.md exists already: netgov health never overwrites a file, so give a new name or remove it first\n');
    assert.equal(readFileSync(join(folder, 'notes.md'), 'utf8'), 'keep me\n');
    assert.equal((await run(['health', EXAMPLE, '--format', 'html', '--output', target])).code, 2);
    assert.equal(readFileSync(target, 'utf8'), html);
    assert.deepEqual(readdirSync(folder).sort(), ['health.html', 'notes.md'], 'no temporary file left behind');
  });

  it('writes every format to --output; markdown links are relative to the file written', async () => {
    const markdown = await run(['health', EXAMPLE, '--format', 'md', '--months', '0', '--output', join(folder, 'health.md')]);
    assert.equal(markdown.code, 0);
    const text = readFileSync(join(folder, 'health.md'), 'utf8');
    assert.match(text, /^# North East Frailty Improvement Network: network health$/m);
    const link = /\]\(([^)#]+)#L\d+\)/.exec(text);
    assert.ok(link, 'a link to evidence');
    assert.ok(readFileSync(join(folder, decodeURI(link[1]!)), 'utf8').length > 0, 'the link resolves from the file written');
    assert.equal((await run(['health', EXAMPLE, '--format', 'json', '--months', '0', '--output', join(folder, 'health.json')])).code, 0);
    assert.equal((JSON.parse(readFileSync(join(folder, 'health.json'), 'utf8')) as { networks: unknown[] }).networks.length, 1);
  });

  it('says in one line when it cannot draw one page or write the file', async () => {
    const several = await run(['health', fromRoot('test/fixtures/networks'), '--format', 'html']);
    assert.equal(several.code, 2);
    assert.match(several.stderr, /^netgov health: --format html draws one network, and .*test\/fixtures\/networks holds \d+: give one of their folders \(.*kitchen-sink.*\)\n$/);
    // A folder that does not exist yet is made; a "folder" that is really a file cannot be.
    assert.equal((await run(['health', EXAMPLE, '--format', 'html', '--months', '0', '--output', join(folder, 'new', 'health.html')])).code, 0);
    writeFileSync(join(folder, 'a-file'), 'not a folder');
    const nowhere = await run(['health', EXAMPLE, '--format', 'html', '--output', join(folder, 'a-file', 'health.html')]);
    assert.equal(nowhere.code, 2);
    assert.match(nowhere.stderr, /^netgov health: could not write .*health\.html: .*nothing was written/);
    assert.equal(readFileSync(join(folder, 'a-file'), 'utf8'), 'not a folder');
  });

  it('names html and --output in its help', async () => {
    const { stdout } = await run(['health', '--help']);
    assert.match(stdout, /--format <name> +text \(default\), md .*json, or\n +html \(one self-contained page/);
    assert.match(stdout, /--output <file> +write to this file instead of the terminal; an existing file\n +is never overwritten/);
  });
});
