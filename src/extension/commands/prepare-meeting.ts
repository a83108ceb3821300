import * as vscode from 'vscode';
import { agendaBaseId, agendaSummary, draftAgenda, planAgenda } from '../../core/health/agenda';
import { evaluateHealth } from '../../core/health/evaluate';
import { dateProblem } from '../../core/views/authoring';
import type { NetworkService } from '../network-service';
import { createAndOpen, planOrExplain, takenIds } from './files';
import { authoringContext } from './prompts';
import { chooseNetwork, todayOf } from './shared';

const TITLE = 'Prepare next meeting';

/**
 * `netgov.prepareMeeting`: the notes for the network's next meeting with an
 * agenda drafted from the documents, as `netgov agenda` writes them: proposals
 * waiting, findings at risk (the network's checklist, read as of today), lead
 * roles ending, a temperature check due, overdue actions. The lead edits it;
 * nothing in it is decided. Id `<date>-network-meeting` (-2, -3... when taken).
 * Questions: `network` (when there are several), `date` (default today).
 * Returns the new notes' URI.
 */
export async function prepareMeeting(service: NetworkService, arg?: unknown): Promise<vscode.Uri | undefined> {
  const context = authoringContext(arg);
  const entry = await chooseNetwork(service, context, TITLE);
  if (!entry) return undefined;
  const today = todayOf(context);

  const typed = await context.prompts.input({
    key: 'date',
    title: TITLE,
    prompt: 'The date of the meeting, written YYYY-MM-DD; the agenda is drafted from the documents as they are today',
    value: today,
    validate: (value) => {
      const problem = dateProblem(value);
      return problem ? { severity: 'error', message: problem } : undefined;
    },
  });
  if (typed === undefined) return undefined;
  const date = typed.trim();

  // The same checks as `netgov health` and `netgov agenda`: the built-in checklist with the network's laid over it.
  const { network } = entry;
  const draft = planOrExplain(() => draftAgenda(evaluateHealth(network, entry.checklist, { asOf: today, present: today }), { date }));
  if (!draft) return undefined;
  const existingIds = await takenIds(service, entry, 'meeting');
  const planned = planOrExplain(() => planAgenda(network.root, network.config.layout, draft, existingIds));
  if (!planned) return undefined;
  const uri = await createAndOpen(service, entry, planned[0]!, `${TITLE}: ${date}`);
  if (!uri) return undefined;

  const id = planned[0]!.path.slice(planned[0]!.path.lastIndexOf('/') + 1, -3);
  const note = id === agendaBaseId(date) ? '' : ` A meeting ${agendaBaseId(date)} exists already, so this draft is ${id}; if they are the same meeting, merge them.`;
  void vscode.window.showInformationMessage(`${agendaSummary(draft)}${note} Edit the agenda, add the facilitator and who is invited, and share it before the meeting.`);
  return uri;
}
