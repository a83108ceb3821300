import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { checkDirectory } from '../../src/core/check';
import { NodeWorkspace } from '../../src/cli/node-workspace';
import { fromRoot } from '../helpers/paths';

/**
 * Each folder in test/fixtures/networks is a small network with deliberate
 * mistakes, and says every diagnostic the checker must give (nothing else may
 * appear) in one of two ways:
 * - an `expected.txt`, one per line as `path:line:column severity code`; lines
 *   starting with # are comments;
 * - inline markers, as markdownlint's fixtures carry them: a comment on the line
 *   the diagnostic is on, naming its code and column, `# expect: code:column` in
 *   frontmatter or `<!-- expect: code:column -->` in a body (several separated by
 *   commas). The severity is then the one netgov.yml or the rule gives.
 * The date is fixed: 2026-11-27.
 */
const FIXTURES = fromRoot('test/fixtures/networks');
export const FIXTURE_TODAY = '2026-11-27';

function expectedOf(dir: string): string[] {
  return readFileSync(posix.join(dir, 'expected.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .sort();
}

/** One inline expectation: `code:column`, after `# expect:` or `<!-- expect:`. */
const MARKER = /(?:#|<!--)\s*expect:\s*([^>\n]+?)\s*(?:-->|$)/;

/** Every `# expect:` / `<!-- expect: -->` marker in the fixture's markdown files, as `path:line:column code`. */
export function markersOf(dir: string, relative = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(posix.join(dir, relative), { withFileTypes: true })) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...markersOf(dir, path));
    else if (entry.name.endsWith('.md') && entry.name !== 'README.md') {
      readFileSync(posix.join(dir, path), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const marker = MARKER.exec(line);
          if (!marker) return;
          for (const expectation of marker[1]!.split(',')) {
            const [, code, column] = /^\s*([a-z0-9.-]+):(\d+)\s*$/.exec(expectation) ?? [];
            if (!code) throw new Error(`${path}:${index + 1}: a marker is \`code:column\`, not '${expectation.trim()}'`);
            found.push(`${path}:${index + 1}:${column} ${code}`);
          }
        });
    }
  }
  return found.sort();
}

describe('fixture markers', () => {
  it('reads a marker in frontmatter and in a body, several on one line, and refuses one without a column', () => {
    assert.deepEqual(MARKER.exec('owners: [a, b]  # expect: ref.unknown-member:19, ref.unknown-member:22')?.[1], 'ref.unknown-member:19, ref.unknown-member:22');
    assert.deepEqual(MARKER.exec('See [x](y.md). <!-- expect: body.broken-link:5 -->')?.[1], 'body.broken-link:5');
    assert.equal(MARKER.exec('status: agreed # a comment'), null);
  });
});

describe('fixture networks', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = posix.join(FIXTURES, name);
    it(`${name}: gives exactly the expected diagnostics`, async () => {
      const report = await checkDirectory(new NodeWorkspace(), dir, { today: FIXTURE_TODAY });
      const at = (d: (typeof report.diagnostics)[number]): string => `${posix.relative(dir, d.file)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      if (existsSync(posix.join(dir, 'expected.txt'))) {
        assert.deepEqual(report.diagnostics.map((d) => `${at(d)} ${d.severity} ${d.code}`).sort(), expectedOf(dir));
      } else {
        const markers = markersOf(dir);
        assert.ok(markers.length > 0, `${name} has neither an expected.txt nor inline markers`);
        assert.deepEqual(report.diagnostics.map((d) => `${at(d)} ${d.code}`).sort(), markers);
      }
    });
  }
});
