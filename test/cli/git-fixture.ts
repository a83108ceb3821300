/**
 * Real git repositories in temporary folders, for the commands that compare a
 * change with its base (diff, check --changed) and for anything else that
 * needs one. Commits carry fixed names and dates, so their hashes are the same
 * on every run and machine.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fromRoot } from '../helpers/paths';

const FIXED = '2026-11-27T12:00:00Z';

export class GitRepo {
  /** The repository's top folder: a real path, '/'-separated. */
  readonly dir: string;

  constructor() {
    this.dir = realpathSync(mkdtempSync(join(tmpdir(), 'netgov-git-'))).replace(/\\/g, '/');
    this.git('init', '--quiet', '--initial-branch=main');
  }

  /** Runs git in the repository with a fixed identity and clock, the user's own settings kept out; returns its output. */
  git(...args: string[]): string {
    const env = {
      ...process.env,
      GIT_CONFIG_GLOBAL: devNull,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_AUTHOR_DATE: FIXED,
      GIT_COMMITTER_DATE: FIXED,
    };
    return execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'commit.gpgsign=false', ...args], { cwd: this.dir, env, encoding: 'utf8' });
  }

  path(relative: string): string {
    return `${this.dir}/${relative}`;
  }

  write(relative: string, text: string): void {
    mkdirSync(dirname(this.path(relative)), { recursive: true });
    writeFileSync(this.path(relative), text);
  }

  remove(relative: string): void {
    rmSync(this.path(relative));
  }

  /** Copies a folder of the project (e.g. a fixture network) into the repository. */
  copy(fromProject: string, toRelative: string): void {
    cpSync(fromRoot(fromProject), this.path(toRelative), { recursive: true });
  }

  commitAll(message: string): void {
    this.git('add', '--all');
    this.git('commit', '--quiet', '--message', message);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Where the change fixture's network sits in its repository: not at the top, so paths from both are tested. */
export const NETWORK = 'nets/asthma';

/**
 * The clean fixture network on `main`, and on `change` a pull request's worth
 * of work, part committed, part staged, part neither:
 * - committed: a new proposal (naming a member the change deletes); the parent
 *   survey agreed by pull request, with a line inserted above a problem it
 *   already had (moved, not fixed); the schools lead handed from Priya to Lena;
 *   a new meeting;
 * - staged: a wrong name dropped from a meeting's apologies (a fix);
 * - unstaged: Ben Okoro's page deleted (breaking an untouched action and meeting);
 * - untracked: Zara Khan joins.
 * `main` then moves on with an action of its own, which the change must not show.
 */
export function buildChangeRepo(): GitRepo {
  const repo = new GitRepo();
  const at = (file: string): string => `${NETWORK}/${file}`;
  repo.copy('test/fixtures/networks/clean', NETWORK);
  repo.remove(at('expected.txt'));
  repo.write(at('actions/2026-11-20-parent-survey.md'), action(['status: proposed', 'contributors: [ghost-member]']));
  repo.write(at('meetings/2026-11-05-schools-workstream.md'), schoolsMeeting('[ben-okoro, nobody-here]'));
  repo.write(at('actions/2026-08-01-texting-service.md'), textingService());
  repo.commitAll('The network as it was');

  repo.git('checkout', '--quiet', '-b', 'change');
  repo.write(at('actions/2026-11-25-asthma-app.md'), [
    '---',
    'title: An asthma app for teenagers',
    'status: proposed',
    'proposed_by: ama-mensah',
    'proposed: 2026-11-25',
    'owners: [ama-mensah, ben-okoro]',
    'outcomes: [care-plans]',
    '---',
    '',
    '## Proposal',
    '',
    'Try an app with two practices.',
    '',
    '## Expected impact',
    '',
    'Teenagers who manage their own asthma.',
    '',
  ].join('\n'));
  repo.commitAll('Propose an asthma app');
  repo.write(
    at('actions/2026-11-20-parent-survey.md'),
    action(['status: agreed', 'area: schools', 'owners: [lena-fischer]', 'contributors: [ghost-member]', 'decision:', '  date: 2026-11-26', '  via: pull-request', "  ref: '#21'", '  result: agreed']),
  );
  repo.write(at('members/priya-shah.md'), priya('2026-11-30'));
  repo.write(at('members/lena-fischer.md'), lena());
  repo.write(at('meetings/2026-11-26-network-meeting.md'), [
    '---',
    'date: 2026-11-26',
    'type: network',
    'facilitator: ama-mensah',
    'attendees: [ama-mensah, priya-shah, lena-fischer]',
    'decisions: [2026-11-20-parent-survey]',
    'minutes_published: 2026-11-27',
    '---',
    '',
    '## Notes',
    '',
    'Agreed the parent survey.',
    '',
  ].join('\n'));
  repo.commitAll('Agree the parent survey; hand over the schools lead');

  repo.write(at('meetings/2026-11-05-schools-workstream.md'), schoolsMeeting('[ben-okoro]'));
  repo.git('add', at('meetings/2026-11-05-schools-workstream.md'));
  repo.remove(at('members/ben-okoro.md'));
  repo.write(at('members/zara-khan.md'), ['---', 'name: Zara Khan', 'organisation: Westfield Pharmacy', 'joined: 2026-11-20', 'roles:', '  - role: member', '    from: 2026-11-20', '---', ''].join('\n'));

  // main moves on after the branch point; a diff against main compares with the merge base, so this never shows.
  repo.git('stash', 'push', '--quiet', '--include-untracked');
  repo.git('checkout', '--quiet', 'main');
  repo.write(at('actions/2026-11-26-on-main-only.md'), ['---', 'title: Only on main', 'status: proposed', 'proposed_by: nobody-at-all', 'proposed: 2026-11-26', '---', ''].join('\n'));
  repo.commitAll('Meanwhile on main');
  repo.git('checkout', '--quiet', 'change');
  repo.git('stash', 'pop', '--quiet', '--index');
  return repo;
}

function action(fields: readonly string[]): string {
  return ['---', 'title: Ask parents what gets in the way', ...fields.slice(0, 1), 'proposed_by: lena-fischer', 'proposed: 2026-11-20', 'outcomes: [fewer-admissions, care-plans]', ...fields.slice(1), '---', '', '## Proposal', '', 'A short survey of parents.', '', '## Expected impact', '', 'Know what to change first.', ''].join('\n');
}

function schoolsMeeting(apologies: string): string {
  return ['---', 'date: 2026-11-05', 'type: workstream', 'area: schools', 'facilitator: priya-shah', 'attendees: [priya-shah, lena-fischer]', `apologies: ${apologies}`, 'minutes_published: 2026-11-06', '---', '', '## Notes', '', 'Went through the audit results.', ''].join('\n');
}

/** The dropped texting service, with a problem of its own that no part of the change touches. */
function textingService(): string {
  return ['---', 'title: A texting service for parents', 'status: dropped', 'proposed_by: lena-fischer', 'proposed: 2026-08-01', 'due: 2026-02-30', 'decision:', '  date: 2026-10-14', '  via: 2026-10-14-network-meeting', '  result: rejected', '---', '', '## Proposal', '', 'Text reminders before reviews.', '', '## Expected impact', '', 'Fewer missed reviews.', ''].join('\n');
}

function priya(until: string): string {
  return ['---', 'kind: member', 'name: Priya Shah', "organisation: Eastfield Children's Hospital", 'sector: acute trust', 'profession: Paediatric asthma nurse', 'joined: 2025-03-01', 'roles:', '  - role: member', '    from: 2025-03-01', '  - role: lead', '    area: schools', '    from: 2025-03-01', `    until: ${until}`, 'interests:', '  - school nurses', 'handles:', '  github: priya-shah', '---', '', '## About me', '', 'I lead the [schools work](../actions/2026-09-15-school-inhaler-audit.md).', ''].join('\n');
}

function lena(): string {
  return ['---', 'name: Lena Fischer', 'organisation: Parent partner', 'sector: public/patient', 'joined: 2025-04-01', 'roles:', '  - role: patient-partner', '    from: 2025-04-01', '  - role: lead', '    area: schools', '    from: 2026-12-01', '    until: 2028-11-30', '---', '', 'Mum of two; one has asthma.', ''].join('\n');
}
