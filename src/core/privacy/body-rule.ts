import type { DocumentRule } from '../rules/rule';
import type { Found } from './detect';

type Meta<C extends string> = Pick<DocumentRule<C>, 'code' | 'summary' | 'explanation' | 'example' | 'kinds'>;

/**
 * How `privacy.allow` in netgov.yml matches what a rule found: whole, ignoring
 * case and runs of spaces; a phone number (digits, spaces, brackets, +, -) by its
 * digits alone, so "(0191) 498 0000" allows "0191 498 0000".
 */
export function allowKey(value: string): string {
  const spaced = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return /^[\d\s()+-]+$/.test(spaced) ? spaced.replace(/\D/g, '') : spaced;
}

/**
 * A privacy.* rule: a warning at each place `find` finds in a document's body
 * (the markdown under the frontmatter, where notes and stories are written).
 * What is found is never repeated in the message, so a report does not spread it.
 * What the network allows in netgov.yml (`privacy.allow`, see allowKey) is not reported.
 */
export function bodyScanRule<const C extends string>(meta: Meta<C>, find: (text: string) => Found[], what: string): DocumentRule<C> {
  return {
    ...meta,
    defaultSeverity: 'warning',
    check(document, context) {
      const body = document.text.slice(document.bodyStart);
      const allowed = new Set((context.network.config.privacyAllow ?? []).map(allowKey));
      for (const found of find(body)) {
        if (allowed.has(allowKey(found.text))) continue;
        context.report(document.bodyRange(found.start, found.end), `This looks like ${what}: personal data does not belong in the network's documents, which everyone can read and git keeps for good. Remove it, or turn the rule off in netgov.yml if it is not.`, { removeLine: true });
      }
    },
  };
}
