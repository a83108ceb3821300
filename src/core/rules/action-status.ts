import type { NetworkDocument } from '../document';
import { text } from '../model/fields';

/** Statuses that mean the network has agreed to the action. */
export const AGREED_STATUSES: ReadonlySet<string> = new Set(['agreed', 'in-progress', 'done', 'blocked']);

export function actionStatus(document: NetworkDocument): string | undefined {
  return text(document.data, 'status');
}
