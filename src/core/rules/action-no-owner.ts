import { actionRecord } from '../model/records';
import { AGREED_STATUSES } from '../model/action-status';
import { actionStatus } from './action-status';
import { defineDocumentRule } from './rule';

export const actionNoOwner = defineDocumentRule({
  code: 'action.no-owner',
  defaultSeverity: 'error',
  summary: 'An agreed action has no owner',
  explanation:
    'A proposal can wait for owners, but once the network has agreed an action someone must hold it, or it belongs to nobody. Name at least one member in `owners`: leading a piece of work for a while is how members share leadership.',
  example: '```yaml\nstatus: agreed\nowners: []\n```',
  kinds: ['action'],
  check(document, context) {
    const status = actionStatus(document);
    if (status === undefined || !AGREED_STATUSES.has(status)) return;
    if (actionRecord(document).owners.length > 0) return;
    const where = document.has(['owners']) ? document.rangeOf(['owners'], 'key') : document.rangeOf(['status']);
    context.report(where, `This action is ${status} but has no \`owners\`; name at least one member who holds it.`, { path: ['owners'], status });
  },
});
