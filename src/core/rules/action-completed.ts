import { actionRecord } from '../model/records';
import { actionStatus } from './action-status';
import { defineDocumentRule } from './rule';

export const actionCompletedNotDone = defineDocumentRule({
  code: 'action.completed-not-done',
  defaultSeverity: 'error',
  summary: 'An action has a completion date but is not done',
  explanation: 'The `completed` date says when an action was finished, so it belongs only on actions whose `status` is `done`. Either the status or the date is out of date.',
  example: '```yaml\nstatus: in-progress\ncompleted: 2026-10-30\n```',
  kinds: ['action'],
  check(document, context) {
    const status = actionStatus(document);
    if (document.has(['completed']) && status !== undefined && status !== 'done') {
      context.report(document.rangeOf(['completed'], 'key'), `This action has a \`completed\` date but its status is ${status}; only done actions are completed.`, { path: ['completed'], status });
    }
  },
});

export const actionDoneUndated = defineDocumentRule({
  code: 'action.done-undated',
  defaultSeverity: 'warning',
  summary: 'A done action does not say when it was completed',
  explanation: 'Completion dates let the network see how long work takes and how much it finishes each quarter. Add `completed` with the date the action was finished.',
  example: '```yaml\nstatus: done\n# completed: 2026-10-30\n```',
  kinds: ['action'],
  check(document, context) {
    if (actionStatus(document) === 'done' && actionRecord(document).completed === undefined && !document.has(['completed'])) {
      context.report(document.rangeOf(['status']), 'This action is done; add `completed` with the date it was finished.', { path: ['completed'] });
    }
  },
});
