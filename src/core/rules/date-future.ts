import { date, group, groupList, textList, type Data } from '../model/fields';
import type { YamlPath } from '../parse/yaml-source';
import { fieldLabel } from '../schema/validate';
import { defineDocumentRule } from './rule';

/** Fields that record something that has already happened, by kind. */
const PAST_FIELDS: Readonly<Record<string, readonly string[]>> = {
  action: ['proposed', 'completed'],
  meeting: ['minutes_published'],
  pulse: ['date'],
  charter: ['established'],
  purpose: ['last_reviewed'],
};

export const dateFuture = defineDocumentRule({
  code: 'date.future',
  defaultSeverity: 'error',
  summary: 'Something that has already happened is dated in the future',
  explanation:
    'Some dates record events that cannot happen ahead of time: a proposal made, a decision taken, an action completed, minutes published, a temperature check closed, a review held. A future date there is usually a typo in the year. (Due dates, role end dates and planned meetings may of course be in the future.)',
  example: '```yaml\ncompleted: 2062-10-30\n```',
  kinds: ['action', 'meeting', 'pulse', 'charter', 'purpose'],
  check(document, context) {
    const check = (data: Data, base: YamlPath, key: string): void => {
      const value = date(data, key);
      if (value !== undefined && value > context.today) {
        context.report(document.rangeOf([...base, key]), `\`${fieldLabel([...base, key])}\` is ${value}, after today (${context.today}); it records something that has already happened.`, {
          path: [...base, key],
        });
      }
    };
    for (const key of PAST_FIELDS[document.kind] ?? []) check(document.data, [], key);
    if (document.kind === 'action') check(group(document.data, 'decision'), ['decision'], 'date');
    if (document.kind === 'charter') check(group(document.data, 'review'), ['review'], 'last_reviewed');
    if (document.kind === 'purpose') {
      for (const outcome of groupList(document.data, 'outcomes')) {
        for (const step of groupList(outcome.value, 'progress')) check(step.value, ['outcomes', outcome.index, 'progress', step.index], 'date');
      }
    }
    if (document.kind === 'meeting') {
      const held = date(document.data, 'date');
      const decisions = textList(document.data, 'decisions');
      if (held !== undefined && held > context.today && decisions.length > 0) {
        context.report(document.rangeOf(['decisions'], 'key'), `This meeting is on ${held}, after today (${context.today}), so it cannot have decided anything yet.`, { path: ['decisions'] });
      }
    }
  },
});
