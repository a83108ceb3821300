import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { checkDirectory, loadNetwork } from '../../src/core/check';
import type { Diagnostic } from '../../src/core/diagnostic';
import { folderOf } from '../../src/core/discovery';
import { quickFixes, type QuickFix } from '../../src/core/language';
import { planMember } from '../../src/core/templates/plan';
import type { RuleCode } from '../../src/core/rules';
import { titleFromId } from '../../src/core/views/outline';
import { applyEdits } from './language/helpers';
import { fromRoot } from '../helpers/paths';
import { workspaceFromFolder, type MemoryWorkspace } from '../helpers/memory-workspace';
import { FIXTURE_TODAY } from './fixtures.test';

/**
 * Every quick fix offered for every diagnostic of every fixture network
 * (test/fixtures/networks), applied and checked again, as markdownlint does
 * with its fixtures: the diagnostics the fix names must be gone, and no new
 * diagnostic may appear but the follow-ups listed in FOLLOW_UPS, each with its
 * reason. "Create a member page" is a command in the editor; it is applied here
 * as the command does (src/extension/commands/new-member.ts): the template's
 * page for the id, joined today.
 */
const FIXTURES = fromRoot('test/fixtures/networks');
const ROOT = '/fixture';

/** A diagnostic as compared before and after a fix: where ranges move, the file, code and message stay. */
const keyOf = (d: Diagnostic): string => `${posix.relative(ROOT, d.file)} ${d.severity} ${d.code}: ${d.message}`;

/**
 * New diagnostics a fix may leave, by the fix (a pattern on `file: title`) and the code it leaves. Each
 * must still happen, so none stays listed once it no longer does.
 */
const FOLLOW_UPS: readonly { readonly fix: RegExp; readonly leaves: RuleCode; readonly why: string }[] = [
  {
    fix: /: Create a member page for '[a-z-]+'$/,
    leaves: 'template.unedited',
    why: 'the new page is the member template, whose guidance paragraphs are there for the member to replace with their own words',
  },
  {
    fix: /^members\/amara-okafor\.md: Change 'leed' to 'lead'$/,
    leaves: 'role.no-end',
    why: 'once the role is a lead role the lead-term rules apply to it, and this one (kitchen-sink) has no end date',
  },
  {
    fix: /^members\/amara-okafor\.md: Change 'leed' to 'lead'$/,
    leaves: 'role.term-limit',
    why: 'the same role began in 2024, so with no end it has passed the charter\'s 24-month term',
  },
  {
    fix: /^actions\/2026-10-01-falls-clinic\.md: Change '2026-10-08-network-meting' to '2026-10-08-network-meeting'$|^meetings\/2026-10-08-network-meeting\.md: Change '2026-10-01-falls-clnic' to '2026-10-01-falls-clinic'$/,
    leaves: 'decision.mismatch',
    why: 'a decision reference that resolves is then compared with what it names (references): the meeting does not list the action, which names a misspelt meeting',
  },
];

async function diagnosticsOf(workspace: MemoryWorkspace): Promise<readonly Diagnostic[]> {
  return (await checkDirectory(workspace, ROOT, { today: FIXTURE_TODAY })).diagnostics;
}

/** The workspace after a fix: its edits to the document, or the page it creates. */
async function applyFix(dir: string, file: string, fix: QuickFix): Promise<MemoryWorkspace> {
  const workspace = workspaceFromFolder(dir, ROOT);
  if (fix.edits) workspace.write(file, applyEdits(new TextDecoder().decode(workspace.bytes(file)), fix.edits));
  if (fix.createMember !== undefined) {
    const { network } = await loadNetwork(workspace, ROOT);
    const planned = planMember(ROOT, network.config.layout, { name: titleFromId(fix.createMember), today: FIXTURE_TODAY, existingIds: [] });
    workspace.write(posix.join(ROOT, folderOf('member', network.config.layout), `${fix.createMember}.md`), planned[0]!.content);
  }
  return workspace;
}

function count(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** What each fix of a network did: the fixed diagnostics that remain and the diagnostics it added. */
interface Outcome {
  readonly fix: string;
  readonly remaining: readonly string[];
  readonly added: readonly Diagnostic[];
}

async function outcomesOf(dir: string): Promise<Outcome[]> {
  const workspace = workspaceFromFolder(dir, ROOT);
  const before = await diagnosticsOf(workspace);
  const { network } = await loadNetwork(workspace, ROOT);
  const outcomes: Outcome[] = [];
  for (const diagnostic of before) {
    const document = network.get(diagnostic.file);
    if (!document) continue;
    const all = before.filter((d) => d.file === diagnostic.file);
    for (const fix of quickFixes({ document, network, diagnostics: [diagnostic], all, today: FIXTURE_TODAY })) {
      const after = await diagnosticsOf(await applyFix(dir, diagnostic.file, fix));
      const was = count(before.map(keyOf));
      const now = count(after.map(keyOf));
      const remaining = fix.diagnostics.map(keyOf).filter((key) => (now.get(key) ?? 0) >= (was.get(key) ?? 0));
      const added = after.filter((d, i) => (now.get(keyOf(d)) ?? 0) > (was.get(keyOf(d)) ?? 0) && after.findIndex((other) => keyOf(other) === keyOf(d)) === i);
      outcomes.push({ fix: `${posix.relative(ROOT, diagnostic.file)}: ${fix.title}`, remaining, added });
    }
  }
  return outcomes;
}

describe('fixture networks: every quick fix, applied and checked again', function () {
  this.timeout(120_000);
  const names = readdirSync(FIXTURES).sort();
  const byNetwork = new Map<string, Outcome[]>();
  before(async () => {
    for (const name of names) byNetwork.set(name, await outcomesOf(posix.join(FIXTURES, name)));
  });

  for (const name of names) {
    it(`${name}: each fix removes what it fixes and adds nothing but the listed follow-ups`, () => {
      const outcomes = byNetwork.get(name)!;
      assert.deepEqual(outcomes.filter((o) => o.remaining.length > 0).map((o) => [o.fix, o.remaining]), [], 'a fix left the diagnostic it fixes');
      const unlisted: string[] = [];
      for (const outcome of outcomes) {
        for (const d of outcome.added) {
          if (!FOLLOW_UPS.some((f) => f.leaves === d.code && f.fix.test(outcome.fix))) unlisted.push(`${outcome.fix} -> ${keyOf(d)}`);
        }
      }
      assert.deepEqual(unlisted, [], 'a fix added a diagnostic that is not a listed follow-up');
    });
  }

  it('applies every fix the fixtures are offered, and each listed follow-up still happens', () => {
    const outcomes = [...byNetwork.values()].flat();
    // How many fixes each fixture is offered, counted from the fixtures as they are (a new fixture network adds its own count).
    const counted = { clean: 0, injection: 2, 'kitchen-sink': 8, references: 13, 'roles-and-terms': 1 };
    assert.deepEqual(Object.fromEntries(Object.keys(counted).map((name) => [name, byNetwork.get(name)?.length])), counted);
    const happens = (f: (typeof FOLLOW_UPS)[number]): boolean => outcomes.some((o) => f.fix.test(o.fix) && o.added.some((d) => d.code === f.leaves));
    assert.deepEqual(FOLLOW_UPS.filter((f) => !happens(f)).map((f) => `${f.fix.source} ${f.leaves}`), []);
  });
});
