/**
 * A network for the view tests: every group, status and kind of date the
 * Network view shows, as of TODAY (27 Nov 2026; 60 days on is 26 Jan 2027).
 */
import { posix } from 'node:path';
import { loadNetwork } from '../../../src/core/check';
import type { Network } from '../../../src/core/network';
import { MemoryWorkspace } from '../../helpers/memory-workspace';
import { md } from '../network-builder';

export const ROOT = '/ws/net';
export const TODAY = '2026-11-27';

export const CHARTER = md([
  'name: North Shire Frailty Network',
  'phase: ongoing',
  'established: 2025-03-01',
  'governance:',
  '  model: shared',
  'decisions:',
  '  rule: consent',
  'review:',
  '  cadence: 12',
  '  last_reviewed: 2026-03-10',
  'leadership:',
  '  term_months: 24',
]);

export const PURPOSE = md(['statement: Older people stay well at home.', 'outcomes:', '  - id: faster-referrals', '    title: Faster referrals', '  - id: fewer-readmissions', '    title: Fewer readmissions']);

function member(name: string, extra: readonly string[] = [], organisation = 'North Shire Community Health', joined = '2025-03-01'): string {
  return md([`name: ${name}`, `organisation: ${organisation}`, `joined: ${joined}`, ...extra]);
}

function role(role: string, from: string, until?: string, area?: string): string[] {
  return [`  - role: ${role}`, ...(area ? [`    area: ${area}`] : []), `    from: ${from}`, ...(until ? [`    until: ${until}`] : [])];
}

function action(title: string, status: string, extra: readonly string[] = []): string {
  return md([`title: ${title}`, `status: ${status}`, 'proposed_by: amara-okafor', 'proposed: 2026-09-01', ...extra]);
}

export function viewFiles(): Record<string, string> {
  return {
    'CHARTER.md': CHARTER,
    'PURPOSE.md': PURPOSE,
    // Leads: two leads (by name), a co-chair, a coordinator whose term ends soon.
    'members/priya-shah.md': member('Priya Shah', ['roles:', ...role('lead', '2025-09-01', '2027-08-31', 'frailty')]),
    'members/amara-okafor.md': member('Amara Okafor', ['roles:', ...role('member', '2025-03-01'), ...role('lead', '2025-01-15', '2027-01-15', 'hospital-discharge')], 'Riverside Hospitals'),
    'members/tom-hughes.md': member('Tom Hughes', ['roles:', ...role('co-chair', '2025-06-01', '2027-05-31')]),
    'members/sam-lee.md': member('Sam Lee', ['roles:', ...role('coordinator', '2025-01-01', '2026-12-31'), ...role('sponsor', '2025-01-01')]),
    'members/gareth-jones.md': member('Gareth Jones', ['roles:', ...role('sponsor', '2025-03-01')], 'North Shire ICB'),
    'members/jean-wilson.md': member('Jean Wilson', ['roles:', ...role('patient-partner', '2025-03-01', '2026-11-27')], 'Carer'),
    // Members: no role; a lead term that ended (not current, so a plain member); a lead term not yet started.
    'members/lena-fischer.md': member('Lena Fischer'),
    'members/old-lead.md': member('Olu Adeyemi', ['roles:', ...role('lead', '2024-01-01', '2026-01-31', 'falls')]),
    'members/next-lead.md': member('Nia Evans', ['roles:', ...role('lead', '2027-01-01', '2028-12-31', 'falls')]),
    // Left: most recent first. The role of someone who left is not coming up.
    'members/mo-rahman.md': member('Mo Rahman', ['left: 2026-06-30', 'roles:', ...role('lead', '2025-03-01', '2026-12-15')]),
    'members/ann-baker.md': member('Ann Baker', ['left: 2026-09-30']),
    // Leaves later: still a member today.
    'members/zoe-ward.md': member('Zoe Ward', ['left: 2027-01-10']),
    'actions/2026-09-01-idea.md': action('An idea', 'proposed'),
    'actions/2026-09-01-agreed-soon.md': action('Agreed soon', 'agreed', ['due: 2026-12-10']),
    'actions/2026-09-01-late-work.md': action('Late work', 'in-progress', ['due: 2026-11-01']),
    'actions/2026-09-01-no-due.md': action('No due date', 'in-progress'),
    'actions/2026-09-01-stuck.md': action('Stuck', 'blocked', ['due: 2027-03-01']),
    'actions/2026-09-01-finished.md': action('Finished', 'done', ['due: 2026-10-01', 'completed: 2026-10-05']),
    'actions/2026-09-02-finished-too.md': action('Finished too', 'done', ['completed: 2026-11-20']),
    'actions/2026-09-01-stopped.md': action('Stopped', 'dropped', ['due: 2026-09-01']),
    'actions/2026-09-01-odd.md': action('Odd status', 'paused', ['due: 2026-11-26']),
  };
}

export async function networkOf(files: Readonly<Record<string, string>> = viewFiles(), root = ROOT): Promise<Network> {
  const workspace = new MemoryWorkspace();
  for (const [relative, content] of Object.entries(files)) workspace.write(posix.join(root, relative), content);
  return (await loadNetwork(workspace, root)).network;
}
