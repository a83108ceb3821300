/**
 * Converts the Kubernetes community's `sigs.yaml` (github.com/kubernetes/community,
 * Apache-2.0) into a netgov network, for the held-out fixture in
 * test/fixtures/held-out/kubernetes-community (issue 15, item 4).
 *
 *   npx tsx scripts/convert-k8s-sigs.ts <git-dir of kubernetes/community> <commit> <out-dir>
 *
 * What it takes from the file, and nothing else:
 * - every SIG, working group, user group and committee becomes an area (id = its `dir`);
 * - its `leadership.chairs` become `co-chair` roles, `leadership.tech_leads` `lead` roles,
 *   `leadership.emeritus_leads` `emeritus` roles and `contact.liaison` an `advisor` role, all
 *   with that area;
 * - a member page for everyone who holds a chair, tech-lead or liaison role at the commit:
 *   name, company (as `organisation`; "Not recorded" when the file has none) and GitHub handle.
 *   E-mail addresses are dropped. People listed only as emeritus are left out, to keep the
 *   fixture to the current leaders (their emeritus roles are kept for those who still lead).
 * The file has no dates, so each role's `from` is the committer date of the first mainline
 * commit of `sigs.yaml` from which that person has been listed in that role for that group
 * without a break (the file's first version, 2017-05-16, for anyone listed from the start:
 * "first recorded", not "took the role"). Old versions list SIG `leads` (before chairs and tech
 * leads were split): they count as chairs. `joined` is a member's earliest such date.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

type Role = 'co-chair' | 'lead' | 'emeritus' | 'advisor';
interface Person { github?: unknown; name?: unknown; company?: unknown }
interface Group { dir?: unknown; name?: unknown; mission_statement?: unknown; leads?: unknown; leadership?: Record<string, unknown>; contact?: { liaison?: unknown } }

const GROUP_LISTS = ['sigs', 'workinggroups', 'usergroups', 'committees'] as const;
const KIND: Record<(typeof GROUP_LISTS)[number], string> = { sigs: 'SIG', workinggroups: 'WG', usergroups: 'UG', committees: 'Committee' };

function people(value: unknown): Person[] {
  return Array.isArray(value) ? value.filter((p): p is Person => typeof p === 'object' && p !== null && typeof (p as Person).github === 'string') : [];
}

function groupsOf(doc: unknown): { list: (typeof GROUP_LISTS)[number]; group: Group }[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const out: { list: (typeof GROUP_LISTS)[number]; group: Group }[] = [];
  for (const list of GROUP_LISTS) {
    const groups = (doc as Record<string, unknown>)[list];
    if (Array.isArray(groups)) for (const group of groups) if (typeof group === 'object' && group !== null && typeof (group as Group).dir === 'string') out.push({ list, group: group as Group });
  }
  return out;
}

/** Every (group, role, person) a version of the file lists, with the person as written. */
function holdings(doc: unknown): Map<string, { dir: string; role: Role; person: Person }> {
  const out = new Map<string, { dir: string; role: Role; person: Person }>();
  const add = (dir: string, role: Role, person: Person): void => {
    out.set(`${dir}|${role}|${String(person.github).toLowerCase()}`, { dir, role, person });
  };
  for (const { group } of groupsOf(doc)) {
    const dir = group.dir as string;
    const leadership = group.leadership ?? {};
    for (const person of people(leadership.chairs)) add(dir, 'co-chair', person);
    for (const person of people(group.leads)) add(dir, 'co-chair', person);
    for (const person of people(leadership.tech_leads)) add(dir, 'lead', person);
    for (const person of people(leadership.emeritus_leads)) add(dir, 'emeritus', person);
    for (const person of people([group.contact?.liaison])) add(dir, 'advisor', person);
  }
  return out;
}

/** The date each holding at `commit` has been listed from without a break, walking the mainline history of sigs.yaml. */
function listedSince(gitDir: string, commit: string): Map<string, string> {
  const log = execFileSync('git', ['--git-dir', gitDir, 'log', '--first-parent', '--reverse', '--format=%H %cs', commit, '--', 'sigs.yaml'], { encoding: 'utf8' });
  const versions = log.trim().split('\n').map((line) => line.split(' ') as [string, string]);
  const since = new Map<string, string>();
  for (let i = 0; i < versions.length; i += 50) {
    const chunk = versions.slice(i, i + 50);
    const result = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: chunk.map(([sha]) => `${sha}:sigs.yaml`).join('\n') + '\n', maxBuffer: 1 << 30 });
    const buffer = result.stdout;
    let at = 0;
    for (const [, date] of chunk) {
      const headerEnd = buffer.indexOf(10, at);
      const header = buffer.subarray(at, headerEnd).toString('utf8');
      const size = Number(header.split(' ')[2]);
      const text = header.endsWith('missing') ? '' : buffer.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
      at = header.endsWith('missing') ? headerEnd + 1 : headerEnd + 1 + size + 1;
      let doc: unknown;
      try {
        doc = parse(text);
      } catch {
        continue; // a version that did not parse: neither starts nor breaks a run
      }
      const now = holdings(doc);
      for (const key of [...since.keys()]) if (!now.has(key)) since.delete(key);
      for (const key of now.keys()) if (!since.has(key)) since.set(key, date);
    }
  }
  return since;
}

function memberId(handle: string): string {
  return handle.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function firstSentence(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.length > 300 ? `${sentence.slice(0, 297)}...` : sentence;
}

function frontmatter(data: unknown, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}

function main(): void {
  const [gitDir, commit, outDir] = process.argv.slice(2);
  if (!gitDir || !commit || !outDir) throw new Error('usage: convert-k8s-sigs.ts <git-dir> <commit> <out-dir>');
  if (existsSync(join(outDir, 'CHARTER.md')) || (existsSync(join(outDir, 'members')) && readdirSync(join(outDir, 'members')).length > 0)) {
    throw new Error(`${outDir} already holds CHARTER.md or member pages; remove them first (this script never overwrites a fixture)`);
  }
  const sha = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', commit], { encoding: 'utf8' }).trim();
  const commitDate = execFileSync('git', ['--git-dir', gitDir, 'log', '-1', '--format=%cs', sha], { encoding: 'utf8' }).trim();
  const doc: unknown = parse(execFileSync('git', ['--git-dir', gitDir, 'show', `${sha}:sigs.yaml`], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const since = listedSince(gitDir, sha);
  const now = holdings(doc);

  const leaders = new Set<string>();
  for (const [key, { role }] of now) if (role !== 'emeritus') leaders.add(key.split('|')[2]!);

  const areas = groupsOf(doc).map(({ list, group }) => {
    const dir = group.dir as string;
    const seats: Partial<Record<Role, number>> = {};
    for (const role of ['co-chair', 'lead'] as const) {
      const count = [...now.values()].filter((h) => h.dir === dir && h.role === role).length;
      if (count > 1) seats[role] = count;
    }
    const description = firstSentence(group.mission_statement);
    return { id: dir, title: `${KIND[list]} ${String(group.name)}`, ...(description ? { description } : {}), ...(Object.keys(seats).length > 0 ? { seats } : {}) };
  });

  const members = new Map<string, { person: Person; roles: { role: Role; area: string; from: string }[] }>();
  for (const [key, { dir, role, person }] of now) {
    const handle = key.split('|')[2]!;
    if (!leaders.has(handle)) continue;
    const entry = members.get(handle) ?? { person, roles: [] };
    if (role !== 'advisor' && role !== 'emeritus') entry.person = person; // a leadership entry names the person most fully
    entry.roles.push({ role, area: dir, from: since.get(key) ?? commitDate });
    members.set(handle, entry);
  }

  const established = [...since.values()].sort()[0] ?? commitDate;
  const charter = {
    kind: 'charter',
    name: 'Kubernetes community',
    phase: 'ongoing',
    established,
    governance: { model: 'shared', host: 'Cloud Native Computing Foundation' },
    decisions: { rule: 'consent', pull_requests: true },
    review: { cadence: 12 },
    leadership: { term_months: 24, terms: { 'co-chair': 'none', lead: 'none' } },
    areas,
  };
  mkdirSync(join(outDir, 'members'), { recursive: true });
  writeFileSync(
    join(outDir, 'CHARTER.md'),
    frontmatter(
      charter,
      [
        '# Kubernetes community',
        '',
        `Converted by scripts/convert-k8s-sigs.ts from \`sigs.yaml\` in kubernetes/community at ${sha} (${commitDate}); see README.md and NOTICE.md.`,
        '',
        '## How we work',
        '',
        'The project is organised in Special Interest Groups (SIGs), working groups and committees, each with its own charter, chairs and, for SIGs, tech leads. The Steering Committee oversees the project and assigns a liaison to each group.',
        '',
        '## Decision making',
        '',
        'Groups decide by lazy consensus, with escalation to the Steering Committee. Changes are proposed and agreed as pull requests.',
        '',
        '## Membership',
        '',
        'Anyone can contribute; the roles listed here are those in sigs.yaml.',
        '',
      ].join('\n'),
    ),
  );
  for (const [handle, { person, roles }] of [...members].sort(([a], [b]) => a.localeCompare(b))) {
    roles.sort((a, b) => a.area.localeCompare(b.area) || a.role.localeCompare(b.role));
    const company = typeof person.company === 'string' && person.company.trim() !== '' ? person.company.trim() : 'Not recorded';
    const page = {
      name: typeof person.name === 'string' && person.name.trim() !== '' ? person.name.trim() : String(person.github),
      organisation: company,
      joined: roles.map((r) => r.from).sort()[0],
      roles,
      handles: { github: String(person.github) },
    };
    writeFileSync(join(outDir, 'members', `${memberId(handle)}.md`), frontmatter(page, ''));
  }
  process.stdout.write(`${areas.length} areas, ${members.size} members, from ${sha}\n`);
}

main();
