import { posix } from 'node:path';
import { renderTemplate } from './render';
import type { PlannedFile } from './plan';
import githubTemplate from '../../../templates/ci/github-actions.yml';
import gitlabTemplate from '../../../templates/ci/gitlab-ci.yml';
import proposalsWorkflow from '../../../templates/ci/github-proposals.yml';
import proposalForm from '../../../templates/ci/propose-action.yml';

/**
 * The CI file that checks a network on every pull request, planned for the
 * CLI's `netgov init --ci` and the editor alike. Nothing here touches the
 * disk; the caller writes the plan and never overwrites a file.
 */

export type CiProvider = 'github' | 'gitlab';

export const CI_PROVIDERS: readonly CiProvider[] = ['github', 'gitlab'];

interface CiTemplate {
  /** Where the file goes, relative to the repository root. */
  readonly path: string;
  readonly template: string;
  readonly name: string;
  /** What to do when the file exists already, in a sentence. */
  readonly whenTaken: string;
}

const TEMPLATES: Readonly<Record<CiProvider, CiTemplate>> = {
  github: {
    path: '.github/workflows/netgov.yml',
    template: githubTemplate,
    name: 'GitHub Actions workflow',
    whenTaken: 'Compare it with the workflow netgov would write (netgov init --ci github --print) and copy over what you want; or save that under another name in .github/workflows/.',
  },
  gitlab: {
    path: '.gitlab-ci.yml',
    template: gitlabTemplate,
    name: 'GitLab CI job',
    whenTaken: 'Save the netgov job elsewhere (netgov init --ci gitlab --print > ci/netgov.gitlab-ci.yml) and include it from your .gitlab-ci.yml with `include: [{local: ci/netgov.gitlab-ci.yml}]`.',
  },
};

export function isCiProvider(name: string): name is CiProvider {
  return (CI_PROVIDERS as readonly string[]).includes(name);
}

/** The CI file's path relative to the repository root. */
export function ciFilePath(provider: CiProvider): string {
  return TEMPLATES[provider].path;
}

/** "GitHub Actions workflow", for messages. */
export function ciFileName(provider: CiProvider): string {
  return TEMPLATES[provider].name;
}

/** What to tell someone whose repository has the file already. */
export function ciMergeAdvice(provider: CiProvider): string {
  return TEMPLATES[provider].whenTaken;
}

/** Where `--vendor` puts netgov's packed tarball, relative to the repository root. */
export function vendoredTarballPath(provider: CiProvider, version: string): string {
  return `${provider === 'github' ? '.github' : '.gitlab'}/netgov/netgov-${version}.tgz`;
}

/** A netgov tarball kept in the repository, which the CI file checks against its sha256 before installing it. */
export interface VendoredTarball {
  /** Hex, 64 characters. */
  readonly sha256: string;
}

/**
 * The CI file for a repository, installing netgov at `version` (the version
 * that wrote it: the file then checks exactly as the writer's netgov does):
 * from the npm registry, or from the tarball vendored in the repository at
 * vendoredTarballPath, checked against its sha256 first.
 */
export function planCiFile(provider: CiProvider, repositoryRoot: string, version: string, vendored?: VendoredTarball): PlannedFile {
  const { path, template } = TEMPLATES[provider];
  const slots = installSlots(provider, version, vendored);
  return { path: posix.join(repositoryRoot, path), content: renderTemplate(template, slots, path) };
}

/** The slots of the step that installs netgov, checked: a version to pin, and a sha256 when vendored. */
function installSlots(provider: CiProvider, version: string, vendored: VendoredTarball | undefined): { version: string; tarball: string; sha256: string } {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`Not a netgov version to pin: '${version}'`);
  if (vendored && !/^[0-9a-f]{64}$/.test(vendored.sha256)) throw new Error(`Not a sha256: '${vendored.sha256}'`);
  return { version, tarball: vendored ? vendoredTarballPath(provider, version) : '', sha256: vendored?.sha256 ?? '' };
}

/** Where `init --ci github` puts the "Propose an action" issue form and the workflow that turns an accepted one into a pull request. */
export const PROPOSAL_FORM_PATH = '.github/ISSUE_TEMPLATE/propose-action.yml';
export const PROPOSALS_WORKFLOW_PATH = '.github/workflows/netgov-proposals.yml';

/**
 * The way in without git (GitHub only): the issue form, and the workflow that,
 * when a lead labels an issue written with it `accepted-proposal`, runs
 * `netgov new action --from-issue` and opens a pull request. `network` is the
 * network's folder relative to the repository root ('.' when it is the root);
 * the workflow installs netgov as the CI file does.
 */
export function planProposalFiles(repositoryRoot: string, version: string, network: string, vendored?: VendoredTarball): PlannedFile[] {
  if (/[\u0000-\u001f\u007f]/.test(network) || network.split('/').includes('..') || network.startsWith('/')) throw new Error(`Not a folder inside the repository: '${network}'`);
  const slots = { ...installSlots('github', version, vendored), network: JSON.stringify(network === '' ? '.' : network) };
  return [
    { path: posix.join(repositoryRoot, PROPOSAL_FORM_PATH), content: renderTemplate(proposalForm, {}, PROPOSAL_FORM_PATH) },
    { path: posix.join(repositoryRoot, PROPOSALS_WORKFLOW_PATH), content: renderTemplate(proposalsWorkflow, slots, PROPOSALS_WORKFLOW_PATH) },
  ];
}
