import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { healthStyles } from '../../src/webview/render/styles';
import { fromRoot } from '../helpers/paths';

/**
 * The injection fixture's names, titles and organisations carry markup meant
 * to run. Rendered through `netgov health --format html` and parsed as a
 * browser would parse it, the page must hold every one of them as text,
 * intact, and no element or attribute that came from them.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const FIXTURE = fromRoot('test/fixtures/networks/injection');

function frontmatter(relative: string): Record<string, unknown> {
  const text = readFileSync(join(FIXTURE, relative), 'utf8');
  return parseYaml(text.split(/^---$/m)[1]!) as Record<string, unknown>;
}

async function renderFixture(): Promise<string> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd: fromRoot('.'), stdoutIsTTY: false, env: { NETGOV_TODAY: '2026-11-27' }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await runCli(['health', FIXTURE, '--format', 'html'], io);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  return stdout;
}

function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node): void => {
    if ('tagName' in current) found.push(current);
    if ('childNodes' in current) for (const child of current.childNodes) visit(child);
    if ('content' in current) visit(current.content);
  };
  visit(node);
  return found;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

describe('document text that carries markup', function () {
  this.timeout(20000);
  let html: string;
  let all: Element[];
  before(async () => {
    html = await renderFixture();
    all = elements(parse(html));
  });

  it('shows every name, organisation, network name and overdue action title as text, intact', () => {
    const members = readdirSync(join(FIXTURE, 'members')).map((file) => frontmatter(`members/${file}`));
    const expected = [
      String(frontmatter('CHARTER.md').name),
      ...members.flatMap((member) => [String(member.name), String(member.organisation)]),
      String(frontmatter('actions/2026-01-10-nasty-title.md').title),
      String(frontmatter('actions/2026-02-01-link-title.md').title),
      ...(frontmatter('PURPOSE.md').outcomes as { title: string; progress: { note?: string }[] }[]).flatMap((outcome) => [outcome.title, ...outcome.progress.flatMap((point) => (point.note === undefined ? [] : [point.note]))]),
    ];
    assert.ok(expected.some((text) => text.length === 5000), 'the fixture has its 5,000-character name');
    const texts = all.map((element) => textOf(element));
    for (const text of expected) assert.ok(texts.some((shown) => shown.includes(text)), `not shown intact: ${text.slice(0, 80)}`);
    // The name also reaches the page title and the h1, as text.
    assert.ok(textOf(all.find((element) => element.tagName === 'h1')!).startsWith(String(frontmatter('CHARTER.md').name)));
  });

  it('leaves no element or attribute of the payloads in the page', () => {
    const tags = new Set(all.map((element) => element.tagName));
    for (const tag of ['script', 'img', 'iframe', 'object', 'embed', 'link', 'b', 'i', 'base', 'form']) assert.ok(!tags.has(tag), `<${tag}> in the page`);
    assert.equal(all.filter((element) => element.tagName === 'svg' && element.attrs.some((a) => a.name === 'onload')).length, 0);
    for (const element of all) {
      for (const attribute of element.attrs) {
        assert.ok(!/^on/i.test(attribute.name), `${attribute.name} on <${element.tagName}>`);
        assert.ok(!/^\s*javascript:/i.test(attribute.value), `javascript: in ${attribute.name} of <${element.tagName}>`);
        assert.ok(!['src', 'srcset', 'action', 'formaction', 'xlink:href', 'style'].includes(attribute.name), `${attribute.name} on <${element.tagName}>`);
      }
      if (element.tagName === 'a') assert.equal(element.attrs.find((a) => a.name === 'href')?.value, '#findings', 'the report links only to its own sections');
    }
  });

  it('keeps its one stylesheet whole: the CSS in a name neither closes it nor adds another', () => {
    const styles = all.filter((element) => element.tagName === 'style');
    assert.equal(styles.length, 1);
    assert.equal(textOf(styles[0]!), healthStyles('report'));
    const head = all.find((element) => element.tagName === 'head')!;
    assert.ok(head.childNodes.includes(styles[0]!));
  });

  it('escapes the payloads in the markup itself', () => {
    assert.doesNotMatch(html, /<script|<img|<svg onload|<style><style|href="javascript:/i);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /&lt;\/style&gt;&lt;style&gt;body\{display:none\}&lt;\/style&gt;/);
    assert.match(html, /&#39; onfocus=&#39;alert\(1\)&#39; data-x=&#39;/);
  });
});
