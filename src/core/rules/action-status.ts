import type { NetworkDocument } from '../document';
import { text } from '../model/fields';

export function actionStatus(document: NetworkDocument): string | undefined {
  return text(document.data, 'status');
}
