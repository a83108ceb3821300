import { group, text, textList } from '../model/fields';
import { defineDocumentRule } from './rule';
import { VIA_PULL_REQUEST } from './ref-unknown-meeting';

export const decisionMismatch = defineDocumentRule({
  code: 'decision.mismatch',
  defaultSeverity: 'warning',
  summary: 'An action and a meeting record disagree about a decision',
  explanation:
    'A decision is recorded in two places: the action says which meeting decided it (`decision.via`), and the meeting lists it under `decisions`. When the two disagree, the record of who decided what is unreliable. Make both say the same.',
  example: '```yaml\n# actions/2026-10-02-falls-audit.md\ndecision: {date: 2026-11-12, via: 2026-11-12-network-meeting, result: agreed}\n# meetings/2026-11-12-network-meeting.md does not list 2026-10-02-falls-audit under decisions\n```',
  kinds: ['action', 'meeting'],
  check(document, context) {
    const meetings = context.network.ofKind('meeting');
    const actions = context.network.ofKind('action');
    if (document.kind === 'action') {
      const via = text(group(document.data, 'decision'), 'via');
      const meeting = via !== undefined && via !== VIA_PULL_REQUEST ? meetings.get(via) : undefined;
      if (!meeting?.data) return;
      if (!textList(meeting.data, 'decisions').some((d) => d.value === document.id)) {
        context.report(document.rangeOf(['decision', 'via']), `The meeting record '${via}' does not list this action under its \`decisions\`.`, { meeting: via });
      }
      const decided = text(group(document.data, 'decision'), 'date');
      const held = text(meeting.data, 'date');
      if (decided !== undefined && held !== undefined && decided !== held) {
        context.report(document.rangeOf(['decision', 'date']), `The decision is dated ${decided}, but the meeting '${via}' was held on ${held}.`, { path: ['decision', 'date'], suggestion: held });
      }
      return;
    }
    for (const { value: actionId, index } of textList(document.data, 'decisions')) {
      const action = actions.get(actionId);
      if (!action?.data) continue;
      const via = text(group(action.data, 'decision'), 'via');
      if (via !== document.id) {
        const said = via === undefined ? 'records no decision' : `says it was decided via '${via}'`;
        context.report(document.rangeOf(['decisions', index]), `The action '${actionId}' ${said}, not at this meeting.`, { action: actionId });
      }
    }
  },
});
