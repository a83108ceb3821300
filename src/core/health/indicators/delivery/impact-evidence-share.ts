import { allOf, plural, shareSummary, shareVerb, unknown, type IndicatorDefinition } from '../../indicator';
import { completedInLastYear, describeAction, latestCompletedFirst, MAX_EVIDENCE, memberNames } from './open-work';

/**
 * Actions completed in the 12 months up to the day that record their
 * `impact`, as a share of all completed in that time. Unknown when none was
 * completed.
 */
export const impactEvidenceShare: IndicatorDefinition = {
  name: 'impact-evidence-share',
  dimension: 'delivery',
  what: "The share of actions completed in the 365 days up to the day that record in 'impact' the difference they made.",
  why: 'Evidence of impact shows what difference the work made, helps the network learn, and helps secure support for it.',
  source: 'Network Impact / Center for Evaluation Innovation, network evaluation (results and impact); Source4Networks (NHS England Sustainable Improvement Team), on focusing a network on its impact.',
  unit: 'share',
  measure({ facts }) {
    const done = completedInLastYear(facts);
    if (done.length === 0) {
      return unknown('No action was completed in the last 12 months, so there is no impact to record yet.', 'Which open action is closest to finishing, and how will the network know what difference it made?');
    }
    // Recently finished work first: its owners remember best what changed.
    const missing = done.filter((action) => !action.hasImpact).sort(latestCompletedFirst);
    const summary = `${shareSummary(done.length - missing.length, done.length, ['action completed in the last 12 months', 'actions completed in the last 12 months'])} ${shareVerb(done.length - missing.length, done.length, 'records its', 'record their')} impact.`;
    const first = missing[0];
    if (!first) {
      return { value: 1, summary, evidence: [], question: `${allOf(done.length, ['action finished this year', 'actions finished this year'], ['records its', 'record their'])} impact: how is that evidence shared beyond the network?` };
    }
    const names = memberNames(facts);
    return {
      value: (done.length - missing.length) / done.length,
      summary,
      evidence: missing.slice(0, MAX_EVIDENCE).map((action) => ({ file: action.document.path, note: `completed ${action.completed}, no impact recorded` })),
      question: `${plural(missing.length, 'finished action')} ${missing.length === 1 ? 'does' : 'do'} not say what difference ${missing.length === 1 ? 'it' : 'they'} made, the latest ${describeAction(first, names)}: what changed, for whom, and how do we know?`,
    };
  },
};
