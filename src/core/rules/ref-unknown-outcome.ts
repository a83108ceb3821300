import { defineDocumentRule } from './rule';
import { referencesIn, reportUnknown } from './references';

export const refUnknownOutcome = defineDocumentRule({
  code: 'ref.unknown-outcome',
  defaultSeverity: 'error',
  summary: 'An action links to an outcome that the purpose does not define',
  explanation:
    'Actions say which shared outcomes they serve, by the outcome ids in `PURPOSE.md`. A link to an outcome that is not there breaks the thread from work to purpose that the health checks follow. Correct the id, or add the outcome to the purpose.',
  example: '```yaml\noutcomes: [fewer-falls]   # PURPOSE.md defines reduce-falls\n```',
  kinds: ['action'],
  check(document, context) {
    const problem = context.network.purpose ? 'is not an outcome in the purpose document' : 'is not an outcome: the network has no purpose document yet';
    reportUnknown(context, document, referencesIn(document, ['outcomes']), context.network.outcomeIds, problem);
  },
});
