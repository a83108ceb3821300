import { actionRecord } from '../model/records';
import { AGREED_STATUSES } from '../model/action-status';
import { actionStatus } from './action-status';
import { defineDocumentRule } from './rule';

export const decisionMissing = defineDocumentRule({
  code: 'decision.missing',
  defaultSeverity: 'error',
  summary: 'An action is under way with no recorded decision to agree it',
  explanation:
    'In a network, work goes ahead because the members agreed it, not because someone said so. Once an action is `agreed`, `in-progress`, `blocked` or `done`, its `decision` records when and where that happened (a meeting, or an approved pull request) and that the result was `agreed`.',
  example: '```yaml\nstatus: in-progress\n# decision:\n#   date: 2026-11-12\n#   via: 2026-11-12-network-meeting\n#   result: agreed\n```',
  kinds: ['action'],
  check(document, context) {
    const status = actionStatus(document);
    if (status === undefined || !AGREED_STATUSES.has(status)) return;
    const decision = actionRecord(document).decision;
    if (!decision) {
      context.report(document.rangeOf(['status']), `This action is ${status}, but no \`decision\` records when and how the network agreed it.`, { path: ['decision'], status });
      return;
    }
    const result = decision.result;
    if (result !== undefined && result !== 'agreed') {
      context.report(document.rangeOf(['decision', 'result']), `This action is ${status}, but its decision was '${result}'.`, { path: ['decision', 'result'], status });
    }
  },
});
