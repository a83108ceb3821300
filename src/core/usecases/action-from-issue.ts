import type { Layout } from '../config';
import { areaHistory, type AreaHistory } from '../model/areas';
import { group, text } from '../model/fields';
import { isId } from '../model/kinds';
import type { Network } from '../network';
import { TemplateInputError, planAction, type PlannedFile } from '../templates/plan';
import { printable, printableLines } from '../text/printable';
import { didYouMean, slugify } from '../text/suggest';

/**
 * `netgov new action --from-issue EVENT.json`: a proposed action made from an
 * issue written with the "Propose an action" issue form
 * (templates/ci/propose-action.yml), for members who never use git. The
 * proposals workflow runs it when a lead labels the issue
 * PROPOSAL_ACCEPTED_LABEL, with the event file GitHub writes: the issue's text
 * reaches netgov only through that file. Pure: the caller reads the file and
 * writes the plan, never over an existing file.
 */

/** The label a lead puts on an issue to have the proposals workflow open a pull request for it. */
export const PROPOSAL_ACCEPTED_LABEL = 'accepted-proposal';

/**
 * The issue form's fields, by the label GitHub writes as a `### Label` heading
 * in the issue's body, in the form's order. The form in templates/ci uses these
 * labels exactly (a test holds it to that).
 */
export const ISSUE_FORM_LABELS = {
  proposal: 'Proposal',
  impact: 'Expected impact',
  area: 'Area of work',
  outcomes: 'Outcomes it serves',
  proposer: 'Your member id',
} as const;

type FormField = keyof typeof ISSUE_FORM_LABELS;

/** What GitHub writes for a field left blank. */
const NO_RESPONSE = '_No response_';

/** The most of each text field kept: a proposal is a few paragraphs. */
const MAX_SECTION_LENGTH = 20_000;

/** The event file cannot make an action; the message says why, for the workflow's log and the comment on the issue. */
export class IssueInputError extends Error {
  override readonly name = 'IssueInputError';
}

/** An issue written with the form, as read from the event. Text is as the issue has it (not yet printable). */
export interface IssueProposal {
  readonly number: number;
  readonly url?: string | undefined;
  readonly title: string;
  /** The issue's author's GitHub username. */
  readonly author?: string | undefined;
  readonly proposal: string;
  readonly impact: string;
  readonly area?: string | undefined;
  readonly outcomes: readonly string[];
  readonly proposer?: string | undefined;
}

/** Reads the `issues` event GitHub writes to $GITHUB_EVENT_PATH. `file` names it in messages. */
export function proposalFromIssueEvent(source: string, file: string): IssueProposal {
  let event: unknown;
  try {
    event = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new IssueInputError(`${file}: not JSON: ${(error instanceof Error ? error.message : String(error)).split('\n', 1)[0]}`);
  }
  const issue = (event as { issue?: unknown } | null)?.issue;
  if (typeof issue !== 'object' || issue === null) throw new IssueInputError(`${file}: not an issue event (it has no "issue"); the proposals workflow runs on issues being labelled`);
  const { number, title, body, html_url: url, user, pull_request: pullRequest } = issue as Record<string, unknown>;
  if (pullRequest !== undefined) throw new IssueInputError(`${file}: #${String(number)} is a pull request, not an issue`);
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) throw new IssueInputError(`${file}: the issue has no number`);
  if (typeof title !== 'string') throw new IssueInputError(`${file}: issue #${number} has no title`);
  const sections = formSections(typeof body === 'string' ? body : '');
  const missing = (['proposal', 'impact'] as const).filter((field) => sections[field] === undefined);
  if (missing.length > 0) {
    throw new IssueInputError(
      `issue #${number} was not written with the "Propose an action" form: it has no ${missing.map((field) => `"### ${ISSUE_FORM_LABELS[field]}"`).join(' or ')} section; ask the proposer to open it again from the form, or write the action with netgov new action`,
    );
  }
  const login = typeof user === 'object' && user !== null ? (user as { login?: unknown }).login : undefined;
  return {
    number,
    url: typeof url === 'string' && /^https:\/\/[^\s]+$/.test(url) ? url : undefined,
    title: title.replace(/^\s*\[?(?:proposal|propose an action|propose)\]?\s*[:\-–]?\s*/i, ''),
    author: typeof login === 'string' ? login : undefined,
    proposal: sections.proposal!,
    impact: sections.impact!,
    area: sections.area,
    outcomes: (sections.outcomes ?? '').split(/[\s,;]+/).filter((id) => id !== ''),
    proposer: sections.proposer,
  };
}

/**
 * The form's sections of an issue's body: the text under each `### Label`
 * heading of the form, in the form's order (a `###` heading the proposer typed
 * inside their text stays text), trimmed; blank and `_No response_` are left out.
 */
function formSections(body: string): Partial<Record<FormField, string>> {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const fields = Object.keys(ISSUE_FORM_LABELS) as FormField[];
  const starts: { field: FormField; line: number }[] = [];
  let from = 0;
  for (const field of fields) {
    const heading = `### ${ISSUE_FORM_LABELS[field]}`;
    const index = lines.findIndex((line, i) => i >= from && line.trim() === heading);
    if (index < 0) continue;
    starts.push({ field, line: index });
    from = index + 1;
  }
  const sections: Partial<Record<FormField, string>> = {};
  starts.forEach(({ field, line }, i) => {
    const end = starts[i + 1]?.line ?? lines.length;
    const value = lines.slice(line + 1, end).join('\n').trim();
    if (value !== '' && value !== NO_RESPONSE) sections[field] = value;
  });
  return sections;
}

/** What the action is checked against: the network's members (with their GitHub usernames), areas and outcomes. */
export interface ProposalTarget {
  readonly members: readonly { readonly id: string; readonly github?: string | undefined }[];
  /** Undefined when the charter lists none: then any area id is taken. */
  readonly areas?: ReadonlySet<string> | undefined;
  /** The areas renamed or retired: an issue naming one is refused. */
  readonly areaHistory?: AreaHistory | undefined;
  readonly outcomes: ReadonlySet<string>;
}

export function proposalTargetOf(network: Network): ProposalTarget {
  const members = [...network.ofKind('member')].map(([id, document]) => ({ id, github: text(group(document.data, 'handles'), 'github') }));
  return { members, areas: network.areaIds, areaHistory: areaHistory(network), outcomes: network.outcomeIds };
}

/**
 * The proposed action: the issue's title, proposed today by the member the form
 * names (or, when it names none, the member whose GitHub username wrote the
 * issue), its Proposal and Expected impact as the issue has them, and a line
 * linking the issue. An IssueInputError says what to fix on the issue.
 */
export function planActionFromIssue(root: string, layout: Layout, issue: IssueProposal, target: ProposalTarget, today: string, existingIds: Iterable<string>): PlannedFile {
  const proposedBy = proposerOf(issue, target);
  const area = issue.area === undefined ? undefined : areaOf(issue, target, today);
  for (const outcome of issue.outcomes) {
    if (target.outcomes.has(outcome)) continue;
    const guess = didYouMean(outcome, [...target.outcomes]);
    throw new IssueInputError(
      `issue #${issue.number}: '${printable(outcome)}' is not an outcome in ${layout.purpose}` + (guess ? ` (did you mean '${guess}'?)` : ` (its outcomes: ${[...target.outcomes].join(', ') || 'none'})`),
    );
  }
  let planned: PlannedFile;
  try {
    [planned] = planAction(root, layout, { title: issue.title, proposedBy, outcomes: [...new Set(issue.outcomes)], area, today, existingIds }) as [PlannedFile];
  } catch (error) {
    if (error instanceof TemplateInputError) throw new IssueInputError(`issue #${issue.number}: ${error.message}`);
    throw error;
  }
  const close = planned.content.indexOf('\n---\n', 4);
  const frontmatter = planned.content.slice(0, close + 5);
  const source = `Proposed by ${proposedBy} in issue #${issue.number}${issue.url === undefined ? '' : `, ${issue.url}`}.`;
  const body = ['', '## Proposal', '', sectionText(issue.proposal), '', '## Expected impact', '', sectionText(issue.impact), '', '## Where it came from', '', source, ''].join('\n');
  return { path: planned.path, content: frontmatter + body };
}

function proposerOf(issue: IssueProposal, target: ProposalTarget): string {
  const ids = target.members.map((member) => member.id);
  if (issue.proposer !== undefined) {
    const typed = issue.proposer.trim().replace(/\.md$/, '');
    const id = ids.includes(typed) ? typed : slugify(typed);
    if (ids.includes(id)) return id;
    const guess = didYouMean(id, ids);
    throw new IssueInputError(
      `issue #${issue.number}: '${printable(typed)}' is not a member of this network (no member page has that id)` +
        (guess ? `; did you mean '${guess}'? Edit the issue and label it again` : '; a member page for them is needed first'),
    );
  }
  const login = issue.author?.toLowerCase();
  const byLogin = login === undefined ? undefined : target.members.find((member) => member.github?.toLowerCase() === login);
  if (byLogin) return byLogin.id;
  throw new IssueInputError(
    `issue #${issue.number} names no proposer, and no member page has the GitHub username ${printable(issue.author ?? '(none)')} under handles.github; edit the issue to give "${ISSUE_FORM_LABELS.proposer}" and label it again`,
  );
}

function areaOf(issue: IssueProposal, target: ProposalTarget, today: string): string {
  const { areas } = target;
  const typed = issue.area!.trim();
  const id = isId(typed) ? typed : slugify(typed);
  const closed = areas?.has(id) ? target.areaHistory?.closed(id, today) : undefined;
  if (closed) {
    throw new IssueInputError(
      `issue #${issue.number}: ${closed.reason}` +
        (closed.instead !== undefined ? `; edit the issue to give '${closed.instead}' as the area and label it again` : `, so no new action goes under it; edit the issue to give another area, or none, and label it again`),
    );
  }
  if (areas === undefined ? isId(id) : areas.has(id)) return id;
  const guess = areas === undefined ? undefined : didYouMean(id, [...areas]);
  throw new IssueInputError(
    `issue #${issue.number}: '${printable(typed)}' is not an area in the charter` + (guess ? ` (did you mean '${guess}'?)` : areas === undefined ? '' : ` (its areas: ${[...areas].join(', ') || 'none'})`),
  );
}

/** A section's text as it goes in the page: control characters made visible (line breaks kept), and cut at MAX_SECTION_LENGTH. */
function sectionText(value: string): string {
  const clean = printableLines(value).trim();
  return clean.length <= MAX_SECTION_LENGTH ? clean : `${clean.slice(0, MAX_SECTION_LENGTH)}\n\n(The rest is in the issue.)`;
}
