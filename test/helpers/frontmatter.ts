import assert from 'node:assert/strict';
import { parse } from 'yaml';

/** The frontmatter of a file's text (as a command plans or writes it), as data; fails the test when there is none. */
export function frontmatterOf(content: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
  assert.ok(match, `no frontmatter in:\n${content}`);
  return parse(match[1]!) as Record<string, unknown>;
}
