import { group, number } from '../model/fields';
import { isSmall, networkMinCount } from '../pulse/suppression';
import { defineDocumentRule } from './rule';

/**
 * A pulse page written by hand with the counts of a question fewer than the
 * minimum answered. `netgov pulse import` never writes them (suppression.ts);
 * the quick fix replaces them by `suppressed: true` and `answered`.
 */
export const pulseSmallCounts = defineDocumentRule({
  code: 'pulse.small-counts',
  defaultSeverity: 'warning',
  summary: 'A temperature check keeps the answers of fewer than five people',
  explanation:
    "A question that fewer than five people answered (or fewer than the network's `privacy.min_count`) can show who said what: in a small network, three answers are three people everyone knows. Its counts should never be written in the network, where everyone can read them and git keeps them for good. Write `suppressed: true` and how many answered (`answered: 3`) instead of the counts, as `netgov pulse import` does; the quick fix does it. If the page is committed already, see docs/information-governance.md on what git history keeps.",
  example: '```yaml\nquestions:\n  purpose-clear:\n    counts: [0, 1, 0, 2, 0]   # three people\n```',
  kinds: ['pulse'],
  check(document, context) {
    const min = networkMinCount(context.network);
    for (const [question, value] of Object.entries(group(document.data, 'questions') ?? {})) {
      const answers = group({ value }, 'value');
      const counts = answers?.counts;
      if (!Array.isArray(counts) || !counts.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0)) continue;
      const answered = (counts as number[]).reduce((sum, c) => sum + c, 0);
      if (!isSmall(answered, min)) continue;
      context.report(
        document.rangeOf(['questions', question, 'counts']),
        `Only ${answered} ${answered === 1 ? 'person' : 'people'} answered '${question}', fewer than ${min}: its counts can show who said what. Write \`suppressed: true\` and \`answered: ${answered}\` instead.`,
        { path: ['questions', question], answered, ...(number(answers, 'blank') !== undefined ? { blank: true } : {}) },
      );
    }
  },
});
