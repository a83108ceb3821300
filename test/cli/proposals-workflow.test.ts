import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { checkDirectory } from '../../src/core/check';
import { NodeWorkspace, toCorePath } from '../../src/cli/node-workspace';
import { version } from '../../src/cli/util';
import { PROPOSAL_FORM_PATH, PROPOSALS_WORKFLOW_PATH, planCiFile, planProposalFiles } from '../../src/core/templates/ci';
import { ISSUE_FORM_LABELS, PROPOSAL_ACCEPTED_LABEL, proposalFromIssueEvent } from '../../src/core/usecases/action-from-issue';
import { fromRoot } from '../helpers/paths';
import { runInProcess, type CliRun } from '../helpers/run-cli';
import type { Step } from '../helpers/workflow';

/**
 * The way in without git: the "Propose an action" issue form, the workflow
 * that turns an accepted one into a pull request (both written by
 * `netgov init --ci github`), and `netgov new action --from-issue`.
 */

const TODAY = '2026-12-05';

function strictly(text: string, name: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true });
  assert.deepEqual(document.errors.map((e) => e.message), [], `${name} is valid YAML`);
  return document.toJS();
}

describe('proposals from issues: the issue form and its workflow', () => {
  const [form, workflowFile] = planProposalFiles('/repo', '1.2.3', 'network');
  const workflow = strictly(workflowFile!.content, 'the proposals workflow') as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    env: Record<string, string>;
    jobs: Record<string, { if?: string; permissions: Record<string, string>; env: Record<string, string>; steps: Step[] }>;
  };
  const jobs = Object.values(workflow.jobs);
  const steps = jobs.flatMap((job) => job.steps);

  it('go in .github, the form asking for the fields netgov reads, in its order', () => {
    assert.equal(form!.path, `/repo/${PROPOSAL_FORM_PATH}`);
    assert.equal(PROPOSAL_FORM_PATH, '.github/ISSUE_TEMPLATE/propose-action.yml');
    assert.equal(workflowFile!.path, `/repo/${PROPOSALS_WORKFLOW_PATH}`);
    const parsed = strictly(form!.content, 'the issue form') as { name: string; body: { type: string; id?: string; attributes: { label?: string }; validations?: { required: boolean } }[] };
    assert.equal(parsed.name, 'Propose an action');
    const fields = parsed.body.filter((item) => item.type !== 'markdown');
    assert.deepEqual(
      fields.map((item) => [item.id, item.attributes.label, item.validations?.required]),
      [
        ['proposal', ISSUE_FORM_LABELS.proposal, true],
        ['impact', ISSUE_FORM_LABELS.impact, true],
        ['area', ISSUE_FORM_LABELS.area, false],
        ['outcomes', ISSUE_FORM_LABELS.outcomes, false],
        ['proposer', ISSUE_FORM_LABELS.proposer, false],
      ],
    );
  });

  it('runs only when an issue is labelled, never on pull_request_target, and only for the accepted label', () => {
    assert.deepEqual(workflow.on, { issues: { types: ['labeled'] } });
    const code = workflowFile!.content.split('\n').filter((line) => !line.trim().startsWith('#')).join('\n');
    assert.doesNotMatch(code, /pull_request_target|workflow_run/);
    assert.deepEqual(Object.keys(workflow.jobs), ['pull-request']);
    assert.equal(workflow.jobs['pull-request']!.if, `\${{ github.event.label.name == '${PROPOSAL_ACCEPTED_LABEL}' && !github.event.issue.pull_request }}`);
  });

  it('asks for no permission by default, and for the least its one job needs', () => {
    assert.deepEqual(workflow.permissions, {});
    assert.deepEqual(workflow.jobs['pull-request']!.permissions, { contents: 'write', 'pull-requests': 'write', issues: 'write' });
  });

  it("never lets the issue's text into an expression: no ${{ }} in a script, and none reading the title, body or comments", () => {
    for (const step of steps) assert.ok(!step.run?.includes('${{'), step.name ?? step.run);
    const expressions = [...workflowFile!.content.matchAll(/\$\{\{([^}]*)\}\}/g)].map((match) => match[1]!.trim());
    const allowed = new Set([
      'github.event.issue.number',
      'github.token',
      'github.repository',
      `github.event.label.name == '${PROPOSAL_ACCEPTED_LABEL}' && !github.event.issue.pull_request`,
      'failure()',
      '',
    ]);
    for (const expression of expressions) assert.ok(allowed.has(expression), `an expression the test knows is safe: ${expression}`);
    assert.match(steps.find((step) => step.run?.includes('--from-issue'))!.run!, /^netgov new action --from-issue "\$GITHUB_EVENT_PATH" --dir "\$NETGOV_NETWORK"$/);
  });

  it('checks out the default branch without keeping the token, with the actions pinned as the check workflow pins them', () => {
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    assert.deepEqual(checkout?.with, { 'persist-credentials': false }, 'no ref, no repository: the default branch, never a pull request');
    const pinned = new Set(workflowFile!.content.match(/uses: \S+ # v[\d.]+/g) ?? []);
    const check = planCiFile('github', '/repo', '1.2.3').content;
    assert.equal(pinned.size, 2);
    for (const line of pinned) {
      assert.match(line, /@[0-9a-f]{40} # v\d/);
      assert.ok(check.includes(line), `pinned as in the check workflow: ${line}`);
    }
    for (const step of steps.filter((s) => s.uses !== undefined)) assert.match(step.uses!, /@[0-9a-f]{40}$/);
  });

  it('installs netgov as the check workflow does, and names the network folder', () => {
    assert.deepEqual(workflow.env, { NETGOV_VERSION: '1.2.3', NETGOV_TARBALL: '', NETGOV_SHA256: '', NETGOV_NETWORK: 'network' });
    const install = (text: string): string | undefined =>
      Object.values((parse(text) as { jobs: Record<string, { steps: Step[] }> }).jobs)
        .flatMap((job) => job.steps)
        .find((step) => step.name === 'Install netgov')?.run;
    assert.equal(install(workflowFile!.content), install(planCiFile('github', '/repo', '1.2.3').content));
    const sha256 = 'b'.repeat(64);
    const vendored = parse(planProposalFiles('/repo', '1.2.3', '.', { sha256 })[1]!.content) as typeof workflow;
    assert.deepEqual(vendored.env, { NETGOV_VERSION: '1.2.3', NETGOV_TARBALL: '.github/netgov/netgov-1.2.3.tgz', NETGOV_SHA256: sha256, NETGOV_NETWORK: '.' });
    const odd = parse(planProposalFiles('/repo', '1.2.3', 'our "network": #1')[1]!.content) as typeof workflow;
    assert.equal(odd.env.NETGOV_NETWORK, 'our "network": #1');
    assert.throws(() => planProposalFiles('/repo', '1.2.3', '../elsewhere'), /Not a folder inside the repository/);
    assert.throws(() => planProposalFiles('/repo', 'latest', '.'), /Not a netgov version/);
  });

  it('commits on its own branch, opens the pull request closing the issue, and says on the issue when it could not', () => {
    const commit = steps.find((step) => step.run?.includes('gh pr create'))!.run!;
    assert.match(commit, /git switch --create "\$branch"/);
    assert.match(commit, /git add --all -- "\$NETGOV_NETWORK"/);
    assert.match(commit, /Closes #\$ISSUE\./);
    const failed = steps.find((step) => step.if === '${{ failure() }}');
    assert.match(failed?.run ?? '', /^gh issue comment "\$ISSUE" --body "netgov could not turn this issue into an action/);
  });
});

describe('reading an issue event', () => {
  const event = readFileSync(fromRoot('test/fixtures/issues/labeled.json'), 'utf8');

  it("reads the form's sections, a heading typed inside one staying text, blanks left out, and the title without its prefix", () => {
    assert.deepEqual(proposalFromIssueEvent(event, 'event.json'), {
      number: 42,
      url: 'https://github.com/north-shire/frailty-network/issues/42',
      title: 'A shared falls referral form',
      author: 'Priya-S',
      proposal: 'Every practice uses one referral form for falls, agreed with the community team.\n\n### Heading the proposer typed\n\nStill part of the proposal; `${{ github.token }}` is only text here.',
      impact: 'Fewer lost referrals; we will count them for six months.',
      area: 'Falls prevention',
      outcomes: ['fewer-falls'],
      proposer: undefined,
    });
  });

  it('refuses what is not an issue written with the form, saying why', () => {
    assert.throws(() => proposalFromIssueEvent('{', 'e.json'), /^IssueInputError: e\.json: not JSON/);
    assert.throws(() => proposalFromIssueEvent('{"action":"opened"}', 'e.json'), /e\.json: not an issue event/);
    assert.throws(() => proposalFromIssueEvent('{"issue":{"number":3,"title":"x","body":"Please add a form"}}', 'e.json'), /issue #3 was not written with the "Propose an action" form: it has no "### Proposal" or "### Expected impact" section/);
    assert.throws(() => proposalFromIssueEvent('{"issue":{"number":3,"title":"x","body":"### Proposal\\n\\n_No response_\\n\\n### Expected impact\\n\\nsome"}}', 'e.json'), /no "### Proposal" section/);
  });
});

describe('netgov new action --from-issue', () => {
  let tmp: string;
  let net: string;

  function run(args: string[]): Promise<CliRun> {
    return runInProcess(args, { cwd: net, today: TODAY });
  }

  beforeEach(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'netgov-issue-'));
    net = join(tmp, 'net');
    assert.equal((await runInProcess(['init', 'net'], { cwd: tmp, today: TODAY })).code, 0);
    const charter = join(net, 'CHARTER.md');
    writeFileSync(charter, readFileSync(charter, 'utf8').replace(/\n---\n/, '\nareas:\n  - id: falls-prevention\n    title: Falls prevention\n---\n'));
    const purpose = join(net, 'PURPOSE.md');
    writeFileSync(purpose, readFileSync(purpose, 'utf8').replace('id: first-outcome', 'id: fewer-falls'));
    mkdirSync(join(net, 'members'), { recursive: true });
    writeFileSync(join(net, 'members', 'priya-s.md'), '---\nkind: member\nname: Priya Sharma\norganisation: Northgate PCN\njoined: 2025-01-01\nhandles:\n  github: priya-s\n---\n\nPriya.\n');
    writeFileSync(join(tmp, 'event.json'), readFileSync(fromRoot('test/fixtures/issues/labeled.json')));
  });

  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes the proposed action from the issue, credited to the member whose GitHub username wrote it, linking the issue', async () => {
    const result = await run(['new', 'action', '--from-issue', '../event.json']);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    const id = '2026-12-05-a-shared-falls-referral-form';
    assert.equal(result.stdout, `Created actions/${id}.md (id: ${id})\nFrom issue #42. Next: a pull request, where the leads review it (the proposals workflow opens it).\n`);
    const page = readFileSync(join(net, 'actions', `${id}.md`), 'utf8');
    assert.equal(
      page,
      [
        '---',
        'kind: action',
        'title: A shared falls referral form',
        'status: proposed',
        'proposed_by: priya-s',
        'proposed: 2026-12-05',
        'area: falls-prevention',
        'owners: []',
        'outcomes: [fewer-falls]',
        '---',
        '',
        '## Proposal',
        '',
        'Every practice uses one referral form for falls, agreed with the community team.',
        '',
        '### Heading the proposer typed',
        '',
        'Still part of the proposal; `${{ github.token }}` is only text here.',
        '',
        '## Expected impact',
        '',
        'Fewer lost referrals; we will count them for six months.',
        '',
        '## Where it came from',
        '',
        'Proposed by priya-s in issue #42, https://github.com/north-shire/frailty-network/issues/42.',
        '',
      ].join('\n'),
    );
    const report = await checkDirectory(new NodeWorkspace(), toCorePath(net), { today: TODAY });
    assert.deepEqual(
      report.diagnostics.filter((d) => d.file.includes('/actions/') && d.severity === 'error').map((d) => `${d.code} ${d.message}`),
      [],
    );
    assert.deepEqual(
      report.diagnostics.filter((d) => d.file.includes('/actions/') && d.code === 'template.unedited'),
      [],
      'the issue text replaced the guidance',
    );
  });

  it('refuses, writing nothing, when the issue names no member of the network, or an area the charter lacks', async () => {
    const event = JSON.parse(readFileSync(join(tmp, 'event.json'), 'utf8')) as { issue: { body: string; user: { login: string } } };
    const write = (body: string, login = 'someone-else'): void => writeFileSync(join(tmp, 'event.json'), JSON.stringify({ ...event, issue: { ...event.issue, body, user: { login } } }));
    const before = readdirSync(join(net, 'actions')).sort();

    write(event.issue.body.replace('_No response_', 'priya-sh'));
    let result = await run(['new', 'action', '--from-issue', '../event.json']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "netgov new: issue #42: 'priya-sh' is not a member of this network (no member page has that id); did you mean 'priya-s'? Edit the issue and label it again\n");

    write(event.issue.body);
    result = await run(['new', 'action', '--from-issue', '../event.json']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^netgov new: issue #42 names no proposer, and no member page has the GitHub username someone-else under handles\.github/);

    write(event.issue.body.replace('Falls prevention', 'Dentistry').replace('_No response_', 'Priya S'));
    result = await run(['new', 'action', '--from-issue', '../event.json']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "netgov new: issue #42: 'Dentistry' is not an area in the charter (its areas: falls-prevention)\n");

    // An area renamed or retired is refused, a renamed one naming the area it goes on as.
    const charter = join(net, 'CHARTER.md');
    writeFileSync(charter, readFileSync(charter, 'utf8').replace('\n---\n', '\n  - id: falls\n    renamed_to: falls-prevention\n  - id: care-homes\n    title: Care homes\n    retired: 2026-06-30\n---\n'));
    write(event.issue.body.replace('Falls prevention', 'falls').replace('_No response_', 'Priya S'));
    result = await run(['new', 'action', '--from-issue', '../event.json']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "netgov new: issue #42: the area 'falls' was renamed to 'falls-prevention'; edit the issue to give 'falls-prevention' as the area and label it again\n");
    write(event.issue.body.replace('Falls prevention', 'Care homes').replace('_No response_', 'Priya S'));
    result = await run(['new', 'action', '--from-issue', '../event.json']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "netgov new: issue #42: the area 'care-homes' was retired on 2026-06-30, so no new action goes under it; edit the issue to give another area, or none, and label it again\n");

    result = await run(['new', 'action', 'A title', '--from-issue', '../event.json']);
    assert.match(result.stderr, /--from-issue takes the title from the issue/);
    result = await run(['new', 'action', '--from-issue', '../event.json', '--by', 'priya-s']);
    assert.match(result.stderr, /--from-issue takes --by from the issue's form/);
    result = await run(['new', 'action', '--from-issue', '../missing.json']);
    assert.match(result.stderr, /^netgov new: \.\.\/missing\.json: cannot be read/);
    assert.deepEqual(readdirSync(join(net, 'actions')).sort(), before);
  });

  it('netgov init --ci github writes the issue form and the workflow beside the check workflow, naming the network folder', async () => {
    mkdirSync(join(tmp, '.git'));
    const result = await runInProcess(['init', '--ci', 'github'], { cwd: tmp, today: TODAY });
    assert.equal(result.code, 0, result.stderr);
    const [formFile, workflowFile] = planProposalFiles('/x', version(), 'net');
    assert.equal(readFileSync(join(tmp, PROPOSAL_FORM_PATH), 'utf8'), formFile!.content);
    assert.equal(readFileSync(join(tmp, PROPOSALS_WORKFLOW_PATH), 'utf8'), workflowFile!.content);
    assert.match(result.stdout, /\nAdded the issue form \.github\/ISSUE_TEMPLATE\/propose-action\.yml \("Propose an action"\) and the workflow \.github\/workflows\/netgov-proposals\.yml: when a lead labels such an issue accepted-proposal, it opens a pull request/);
    assert.match(result.stdout, /1\. Commit \.github\/workflows\/netgov\.yml, \.github\/ISSUE_TEMPLATE\/propose-action\.yml, \.github\/workflows\/netgov-proposals\.yml and push/);
  });

  it('netgov init --ci github in a repository set up before the proposals adds the missing ones, leaving every existing file as it is', async () => {
    mkdirSync(join(tmp, '.git'));
    mkdirSync(join(tmp, '.github', 'workflows'), { recursive: true });
    mkdirSync(join(tmp, '.github', 'ISSUE_TEMPLATE'), { recursive: true });
    writeFileSync(join(tmp, '.github', 'workflows', 'netgov.yml'), '# the check workflow, as it was\n');
    writeFileSync(join(tmp, PROPOSAL_FORM_PATH), '# our own form\n');
    const result = await runInProcess(['init', '--ci', 'github'], { cwd: tmp, today: TODAY });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(join(tmp, '.github', 'workflows', 'netgov.yml'), 'utf8'), '# the check workflow, as it was\n');
    assert.equal(readFileSync(join(tmp, PROPOSAL_FORM_PATH), 'utf8'), '# our own form\n');
    assert.equal(readFileSync(join(tmp, PROPOSALS_WORKFLOW_PATH), 'utf8'), planProposalFiles('/x', version(), 'net')[1]!.content);
    assert.equal(
      result.stdout.split('\nNext:')[0],
      [
        'Left the GitHub Actions workflow .github/workflows/netgov.yml as it is: it exists already, and init never overwrites a file. Compare it with the workflow netgov would write (netgov init --ci github --print) and copy over what you want; or save that under another name in .github/workflows/.',
        'Added the workflow .github/workflows/netgov-proposals.yml: when a lead labels such an issue accepted-proposal, it opens a pull request adding the action (see docs/pull-requests.md in netgov).',
        'Left the issue form .github/ISSUE_TEMPLATE/propose-action.yml ("Propose an action") as it is: it exists already.',
        `It installs netgov ${version()} from the npm registry; until that version is published there, run init again with --vendor to keep a copy in the repository.`,
        '',
      ].join('\n'),
    );
    assert.match(result.stdout, /\n {2}1\. Commit \.github\/workflows\/netgov-proposals\.yml and push/);
  });
});
