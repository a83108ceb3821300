/**
 * Action and meeting pages for the participation and governance tests, each
 * written from the fields that matter to a test.
 */
import { md } from '../../network-builder';

/** An action page: proposed on `proposed` by `by`, with extra frontmatter lines (status, owners, decision...). */
export function actionPage(title: string, proposed: string, by: string | undefined, extra: readonly string[] = []): string {
  return md([`title: ${title}`, ...(by ? [`proposed_by: ${by}`] : []), `proposed: ${proposed}`, ...extra]);
}

/** A decision block for an action page. */
export function decisionLines(date: string, via: string | undefined, result: string | undefined): string[] {
  return ['decision:', `  date: ${date}`, ...(via ? [`  via: ${via}`] : []), ...(result ? [`  result: ${result}`] : [])];
}

/** A meeting page held on `date`, with its attendees, decisions and facilitator. */
export function meetingPage(date: string, attendees: readonly string[], decisions: readonly string[] = [], facilitator?: string): string {
  return md([`date: ${date}`, 'type: network', `attendees: [${attendees.join(', ')}]`, ...(decisions.length ? [`decisions: [${decisions.join(', ')}]`] : []), ...(facilitator ? [`facilitator: ${facilitator}`] : [])]);
}
