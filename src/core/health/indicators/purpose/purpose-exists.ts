import { groupList, text } from '../../../model/fields';
import type { Evidence, IndicatorDefinition } from '../../indicator';

/**
 * 1 when PURPOSE.md states the purpose and at least one outcome, 0.5 when it
 * has only one of the two, 0 when there is no purpose document. Never
 * unknown: a missing purpose is itself the finding.
 */
export const purposeExists: IndicatorDefinition = {
  name: 'purpose-exists',
  dimension: 'purpose',
  what: 'Whether the network has written down its purpose: 1 when PURPOSE.md has a statement and at least one outcome, 0.5 when it has one of the two, 0 when it has neither.',
  why: 'A network holds together around a shared purpose; if it is not written down, members may each be working towards something different.',
  source: 'Source4Networks network diagnostics (shared purpose); Network Impact, Network Health Scorecard (purpose).',
  unit: 'index',
  measure({ facts }) {
    const purpose = facts.purpose;
    if (!purpose) {
      return { value: 0, summary: 'There is no purpose document.', evidence: [], question: 'What is this network for? Could members agree a one-sentence purpose and the outcomes it aims for?' };
    }
    const statement = text(purpose.data, 'statement');
    const outcomes = groupList(purpose.data, 'outcomes').length;
    const evidence: Evidence[] = [];
    if (!statement) evidence.push({ file: purpose.path, note: 'no purpose statement' });
    if (outcomes === 0) evidence.push({ file: purpose.path, note: 'no outcomes' });
    const value = (statement ? 0.5 : 0) + (outcomes > 0 ? 0.5 : 0);
    const summary = value === 1 ? `A statement and ${outcomes} outcome${outcomes === 1 ? '' : 's'}.` : statement ? 'A statement but no outcomes.' : outcomes > 0 ? 'Outcomes but no statement.' : 'Neither a statement nor outcomes.';
    return { value, summary, evidence, question: statement ? 'Which outcomes would show that the network is achieving its purpose?' : 'Could members agree, in one sentence, what the network is for?' };
  },
};
