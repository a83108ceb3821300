import type { NetworkDocument } from '../document';
import { actionRecord } from '../model/records';

export function actionStatus(document: NetworkDocument): string | undefined {
  return actionRecord(document).status;
}
