import type { DocumentRule } from '../rules/rule';
import type { Found } from './detect';

type Meta = Pick<DocumentRule, 'code' | 'summary' | 'explanation' | 'example' | 'kinds'>;

/**
 * A privacy.* rule: a warning at each place `find` finds in a document's body
 * (the markdown under the frontmatter, where notes and stories are written).
 * What is found is never repeated in the message, so a report does not spread it.
 */
export function bodyScanRule(meta: Meta, find: (text: string) => Found[], what: string): DocumentRule {
  return {
    ...meta,
    defaultSeverity: 'warning',
    check(document, context) {
      const body = document.text.slice(document.bodyStart);
      for (const found of find(body)) {
        context.report(document.bodyRange(found.start, found.end), `This looks like ${what}: personal data does not belong in the network's documents, which everyone can read and git keeps for good. Remove it, or turn the rule off in netgov.yml if it is not.`, { removeLine: true });
      }
    },
  };
}
