import { group, number } from '../model/fields';
import { defineDocumentRule } from './rule';

export const pulseCounts = defineDocumentRule({
  code: 'pulse.counts',
  defaultSeverity: 'error',
  summary: 'A temperature check\'s numbers do not add up',
  explanation:
    'A pulse records how many people were invited, how many answered, and for each question how many gave each answer. Nobody can answer who was not asked, and no question can have more answers than there were respondents. Numbers that do not add up usually mean a copying slip from the survey export; `netgov pulse import` writes them for you.',
  example: '```yaml\ninvited: 20\nrespondents: 24\n```',
  kinds: ['pulse'],
  check(document, context) {
    const invited = number(document.data, 'invited');
    const respondents = number(document.data, 'respondents');
    if (invited !== undefined && respondents !== undefined && respondents > invited) {
      context.report(document.rangeOf(['respondents']), `${respondents} people responded, but only ${invited} were invited.`, { path: ['respondents'] });
    }
    if (respondents === undefined) return;
    for (const [question, value] of Object.entries(group(document.data, 'questions') ?? {})) {
      const answers = group({ value }, 'value');
      const counts = answers?.counts;
      if (!Array.isArray(counts) || !counts.every((c) => typeof c === 'number')) continue;
      const total = (counts as number[]).reduce((sum, c) => sum + c, 0) + (number(answers, 'blank') ?? 0);
      if (total > respondents) {
        context.report(document.rangeOf(['questions', question, 'counts']), `The answers to '${question}' add up to ${total}, more than the ${respondents} respondents.`, { path: ['questions', question, 'counts'] });
      }
    }
  },
});
