import { defineDocumentRule } from './rule';
import { referencesIn, reportUnknown } from './references';

export const refUnknownAction = defineDocumentRule({
  code: 'ref.unknown-action',
  defaultSeverity: 'error',
  summary: 'A meeting records a decision on an action that does not exist',
  explanation: 'A meeting\'s `decisions` list the actions decided there, by their file names in `actions/`. Correct the id, or add the action.',
  example: '```yaml\ndecisions: [2026-11-01-shared-referal-form]\n```',
  kinds: ['meeting'],
  check(document, context) {
    reportUnknown(context, document, referencesIn(document, ['decisions']), context.network.idsOf('action'), 'is not an action in this network');
  },
});
