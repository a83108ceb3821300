import type { NetworkDocument } from '../document';
import type { Data } from '../model/fields';
import { actionRecord, areaRecord, meetingRecord, memberRecord, outcomeRecord } from '../model/records';
import { LEAD_ROLES, type RoleEntry } from '../rules/roles';
import type { IdTarget } from './ids';
import { code, escapeMarkdown } from './markdown';

/**
 * Short markdown cards about what an id names, for hovers and completion
 * documentation: who a member is and the roles they hold, what an action,
 * meeting, outcome or area is.
 */
export function cardOf(target: IdTarget, today: string): string {
  switch (target.kind) {
    case 'member':
      return memberCard(target.document, today);
    case 'action':
      return actionCard(target.document);
    case 'meeting':
      return meetingCard(target.document);
    case 'outcome':
      return outcomeCard(target.id, target.entry);
    case 'area':
      return areaCard(target.id, target.entry);
  }
}

/** `name, organisation`: how a member is described in a completion list. */
export function memberSummary(document: NetworkDocument): string {
  const { name, organisation } = memberRecord(document);
  return [name, organisation].filter((part) => part !== undefined && part.trim() !== '').join(', ');
}

/** A member's name, organisation and profession, and their roles with areas and dates: current lead roles and expired terms marked. */
export function memberCard(document: NetworkDocument, today: string): string {
  const { name = document.id, organisation, profession, joined, left, roles } = memberRecord(document);
  const lines = [`**${escapeMarkdown(name)}** · member ${code(document.id)}`];
  const about = [organisation, profession].filter((part): part is string => part !== undefined && part.trim() !== '');
  if (about.length > 0) lines.push(escapeMarkdown(about.join(' · ')));
  if (left !== undefined && left <= today) lines.push(`Left the network on ${left}.`);
  else if (left !== undefined) lines.push(`Leaving the network on ${left}.`);
  else if (joined !== undefined) lines.push(`Joined on ${joined}.`);
  if (roles.length > 0) lines.push(roles.map((role) => `- ${describeRole(role, today)}`).join('\n'));
  return lines.join('\n\n');
}

function describeRole(role: RoleEntry, today: string): string {
  const what = escapeMarkdown(role.area ? `${role.role}, ${role.area}` : role.role);
  const dates = role.until !== undefined ? `${role.from ?? '?'} to ${role.until}` : role.from !== undefined ? `from ${role.from}` : '';
  const started = role.from === undefined || role.from <= today;
  const ended = role.until !== undefined && role.until < today;
  const lead = LEAD_ROLES.has(role.role);
  let note = '';
  if (lead && started && !ended) note = ' (current lead role)';
  else if (lead && ended) note = ' (term expired)';
  else if (ended) note = ' (ended)';
  else if (!started) note = ' (not started yet)';
  const label = lead && started && !ended ? `**${what}**` : what;
  return dates ? `${label}: ${dates}${note}` : `${label}${note}`;
}

export function actionCard(document: NetworkDocument): string {
  const action = actionRecord(document);
  const lines = [`**${escapeMarkdown(action.title ?? document.id)}** · action ${code(document.id)}`];
  const facts: string[] = [];
  const { status, proposedBy: proposer, proposed, due, completed } = action;
  if (status) facts.push(`Status: ${escapeMarkdown(status)}`);
  if (proposer || proposed) facts.push(`proposed${proposer ? ` by ${code(proposer)}` : ''}${proposed ? ` on ${proposed}` : ''}`);
  if (due) facts.push(`due ${due}`);
  if (completed) facts.push(`completed ${completed}`);
  if (facts.length > 0) lines.push(capitalise(facts.join(', ')) + '.');
  const owners = action.owners.map((owner) => code(owner));
  if (owners.length > 0) lines.push(`Owners: ${owners.join(', ')}`);
  return lines.join('\n\n');
}

export function meetingCard(document: NetworkDocument): string {
  const meeting = meetingRecord(document);
  const { type, date: held, facilitator } = meeting;
  const title = meeting.title ?? (type ? `${capitalise(type)} meeting` : document.id);
  const lines = [`**${escapeMarkdown(title)}** · meeting ${code(document.id)}`];
  const facts: string[] = [];
  if (held) facts.push(held);
  if (type) facts.push(`${escapeMarkdown(type)} meeting`);
  const attendees = meeting.attendees.length;
  if (meeting.attendeesListed) facts.push(`${attendees} ${attendees === 1 ? 'attendee' : 'attendees'}`);
  if (facilitator) facts.push(`facilitated by ${code(facilitator)}`);
  if (facts.length > 0) lines.push(facts.join(' · '));
  const decisions = meeting.decisions.length;
  if (decisions > 0) lines.push(`${decisions} ${decisions === 1 ? 'decision' : 'decisions'} recorded.`);
  return lines.join('\n\n');
}

export function outcomeCard(id: string, entry: Data): string {
  const { title, measure, baseline, target, by } = outcomeRecord(id, entry);
  const lines = [`**${escapeMarkdown(title ?? id)}** · outcome ${code(id)}`];
  if (measure) lines.push(`Measure: ${escapeMarkdown(measure.trim())}`);
  const parts: string[] = [];
  if (baseline !== undefined) parts.push(`from ${escapeMarkdown(String(baseline))}`);
  if (target !== undefined) parts.push(`to ${escapeMarkdown(String(target))}`);
  if (by) parts.push(`by ${by}`);
  if (parts.length > 0) lines.push(capitalise(parts.join(' ')) + '.');
  return lines.join('\n\n');
}

export function areaCard(id: string, entry: Data): string {
  const { title, description, retired, renamedTo: renamed } = areaRecord(id, entry);
  const lines = [`**${escapeMarkdown(title ?? id)}** · area ${code(id)}`];
  if (description) lines.push(escapeMarkdown(description));
  if (renamed !== undefined) lines.push(`Renamed to ${code(renamed)}${retired ? ` on ${retired}` : ''}: its roles and actions count for that area.`);
  else if (retired !== undefined) lines.push(`Retired on ${retired}: its roles and open actions are not expected to continue.`);
  return lines.join('\n\n');
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
