import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/core/rules/index';
import { repoRoot } from '../helpers/paths';

// Every code netgov can emit is a registered rule, so docs/rules.md explains it, netgov.yml can set
// its severity and the editor, diff and SARIF know it. Codes are emitted from many files (readers,
// the checklist, CODEOWNERS, diff), not only from src/core/rules: this reads every source file for a
// string that looks like a code (an area, a dot, a name) and asks the registry for it.

/** Strings that look like codes but are field paths, not codes. */
const NOT_CODES = new Set(['decision.approvers', 'decision.via', 'decision.date', 'decision.result', 'decision.ref', 'privacy.allow']);

/** Every code's first part; docs/rules.md has a section for each. */
const AREAS = ['file', 'yaml', 'config', 'schema', 'kind', 'ref', 'id', 'charter', 'decision', 'action', 'date', 'role', 'member', 'body', 'pulse', 'template', 'codeowners', 'checklist', 'privacy'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('rule codes', () => {
  it('every code written in the sources is registered in the rule index', () => {
    const registered = new Set<string>(allRules.map((rule) => rule.code));
    // The areas are listed, not derived from the registry, so an area nobody registered is still searched.
    const areas = AREAS.join('|');
    const literal = new RegExp(`['\`](?:${areas})\\.[a-z][a-z-]*['\`]`, 'g');
    const unregistered: string[] = [];
    for (const file of sourceFiles(join(repoRoot, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(literal)) {
        const code = match[0].slice(1, -1);
        if (!registered.has(code) && !NOT_CODES.has(code)) unregistered.push(`${code} (${file.slice(repoRoot.length + 1)})`);
      }
    }
    assert.deepEqual(unregistered, []);
  });

  it('each registered code is in a known area', () => {
    assert.deepEqual(allRules.map((rule) => rule.code).filter((code) => !AREAS.includes(code.split('.')[0] ?? '')), []);
  });

  it('each code is registered once', () => {
    const codes = allRules.map((rule) => rule.code);
    assert.deepEqual(codes.filter((code, i) => codes.indexOf(code) !== i), []);
  });
});
