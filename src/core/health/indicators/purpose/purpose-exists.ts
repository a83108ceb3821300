import { groupList, text } from '../../../model/fields';
import { isPlaceholderOutcome, isPlaceholderStatement } from '../../../templates/guidance';
import type { Evidence, IndicatorDefinition } from '../../indicator';

/**
 * 1 when PURPOSE.md states the purpose and at least one outcome, 0.5 when it
 * has only one of the two, 0 when there is no purpose document. Never
 * unknown: a missing purpose is itself the finding. The placeholders `netgov
 * init` writes (a statement "To be agreed by the members of ..." and "Our
 * first outcome (to be agreed)") are not a purpose members agreed, so they
 * count as missing: a network on its first day has not written its purpose
 * down yet, whatever the files hold.
 */
export const purposeExists: IndicatorDefinition = {
  name: 'purpose-exists',
  dimension: 'purpose',
  what: 'Whether the network has written down its purpose: 1 when PURPOSE.md has a statement and at least one outcome, 0.5 when it has one of the two, 0 when it has neither. The placeholder statement and first outcome `netgov init` writes count as missing until members replace them.',
  why: 'A network holds together around a shared purpose; if it is not written down, members may each be working towards something different.',
  source: 'Source4Networks network diagnostics (shared purpose); Network Impact, Network Health Scorecard (purpose).',
  unit: 'index',
  measure({ facts }) {
    const purpose = facts.purpose;
    if (!purpose) {
      return { value: 0, summary: 'There is no purpose document.', evidence: [], question: 'What is this network for? Could members agree a one-sentence purpose and the outcomes it aims for?' };
    }
    const written = text(purpose.data, 'statement');
    const placeholderStatement = isPlaceholderStatement(written);
    const statement = written !== undefined && !placeholderStatement;
    const all = groupList(purpose.data, 'outcomes');
    const placeholders = all.filter(({ value }) => isPlaceholderOutcome(text(value, 'title')));
    const outcomes = all.length - placeholders.length;
    const evidence: Evidence[] = [];
    if (placeholderStatement) evidence.push({ file: purpose.path, at: ['statement'], note: 'the statement is still the placeholder netgov init wrote' });
    else if (!statement) evidence.push({ file: purpose.path, note: 'no purpose statement' });
    for (const { index } of placeholders) evidence.push({ file: purpose.path, at: ['outcomes', index], note: 'this outcome is still the placeholder netgov init wrote' });
    if (all.length === 0) evidence.push({ file: purpose.path, note: 'no outcomes' });
    const value = (statement ? 0.5 : 0) + (outcomes > 0 ? 0.5 : 0);
    // "agreed" where a placeholder stands in for the missing part.
    const statementWord = placeholderStatement ? 'agreed statement' : 'statement';
    const outcomesWord = placeholders.length > 0 ? 'agreed outcomes' : 'outcomes';
    const base =
      value === 1
        ? `A statement and ${outcomes} outcome${outcomes === 1 ? '' : 's'}.`
        : statement
          ? `A statement but no ${outcomesWord}.`
          : outcomes > 0
            ? `Outcomes but no ${statementWord}.`
            : `Neither ${placeholderStatement ? 'an' : 'a'} ${statementWord} nor ${outcomesWord}.`;
    return { value, summary: [base, placeholderNote(placeholderStatement, placeholders.length)].filter(Boolean).join(' '), evidence, question: statement ? 'Which outcomes would show that the network is achieving its purpose?' : 'Could members agree, in one sentence, what the network is for?' };
  },
};

/** What is still as `netgov init` wrote it, or '' when nothing is. */
function placeholderNote(statement: boolean, outcomes: number): string {
  const outcome = outcomes === 0 ? undefined : outcomes === 1 ? 'the first outcome' : `${outcomes} outcomes`;
  if (statement && outcome) return `The purpose statement and ${outcome} are still the placeholders netgov init wrote: members have not agreed them yet.`;
  if (statement) return 'The purpose statement is still the placeholder netgov init wrote.';
  if (outcome) return `${outcome.charAt(0).toUpperCase()}${outcome.slice(1)} ${outcomes === 1 ? 'is' : 'are'} still the placeholder netgov init wrote.`;
  return '';
}
