import { defineDocumentRule } from './rule';
import { referencesIn, reportUnknown } from './references';

/** The `decision.via` value that means "agreed by an approved pull request". */
export const VIA_PULL_REQUEST = 'pull-request';

export const refUnknownMeeting = defineDocumentRule({
  code: 'ref.unknown-meeting',
  defaultSeverity: 'error',
  summary: 'A decision names a meeting that has no meeting record',
  explanation:
    'An action\'s `decision.via` names the meeting where it was decided (its file name in `meetings/`), or is `pull-request`. A decision that points at no record cannot be checked by anyone: add the meeting record or correct the id.',
  example: '```yaml\ndecision:\n  date: 2026-11-12\n  via: 2026-11-12-network-meting\n  result: agreed\n```',
  kinds: ['action'],
  check(document, context) {
    const references = referencesIn(document, ['decision.via']).filter((r) => r.id !== VIA_PULL_REQUEST);
    reportUnknown(context, document, references, context.network.idsOf('meeting'), 'is not a meeting record in this network');
  },
});
