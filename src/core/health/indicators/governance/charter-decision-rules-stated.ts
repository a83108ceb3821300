import { group, number, text, type Data } from '../../../model/fields';
import type { Evidence, IndicatorDefinition } from '../../indicator';

interface Rule {
  readonly label: string;
  readonly path: readonly [string, string];
  readonly stated: (value: Data) => boolean;
}

const statedText = (value: Data, key: string): boolean => Boolean(text(value, key)?.trim());

/** The three things a member needs to know before a decision, and where the charter states each. */
const RULES: readonly Rule[] = [
  { label: 'governance model', path: ['governance', 'model'], stated: (governance) => statedText(governance, 'model') },
  { label: 'decision rule', path: ['decisions', 'rule'], stated: (decisions) => statedText(decisions, 'rule') },
  { label: 'quorum', path: ['decisions', 'quorum'], stated: (decisions) => (number(decisions, 'quorum') ?? 0) >= 1 },
];

/**
 * The fraction of governance.model, decisions.rule and decisions.quorum that
 * the charter states (0, 1/3, 2/3 or 1); 0 with no charter frontmatter. Never unknown: a
 * missing rule is itself the finding.
 */
export const charterDecisionRulesStated: IndicatorDefinition = {
  name: 'charter-decision-rules-stated',
  dimension: 'governance',
  what: "The fraction of three things the charter states: the governance model ('governance.model'), the decision rule ('decisions.rule') and the quorum ('decisions.quorum', at least 1). 0 when the charter is missing or has no frontmatter.",
  why: 'Members can only trust decisions when they know the governance model, the decision rule and the quorum in advance.',
  source: 'Provan & Kenis (2008), modes of network governance (shared, lead organisation, administrative organisation); Scottish managed clinical network core principles (clear governance); Source4Networks network diagnostics (how decisions are made).',
  unit: 'share',
  measure({ facts }) {
    const charter = facts.charter;
    // The loader always places a charter document at the root; one with no frontmatter states nothing.
    if (charter?.data === undefined) return { value: 0, summary: 'The charter is missing or has no frontmatter.', evidence: [], question: 'How does the network make decisions? Could members agree a charter that says who steers, how proposals are agreed and how many must take part?' };
    const missing = RULES.filter((rule) => !rule.stated(group(charter.data, rule.path[0])));
    const evidence: Evidence[] = missing.map((rule) => ({ file: charter.path, at: rule.path, note: `no ${rule.label} (${rule.path.join('.')})` }));
    const stated = RULES.length - missing.length;
    const labels = missing.map((rule) => rule.label);
    if (missing.length === 0) return { value: 1, summary: 'The charter states the governance model, the decision rule and the quorum.', evidence, question: 'The charter says how decisions are made: do members know these rules, and are they followed?' };
    return {
      value: stated / RULES.length,
      summary: `The charter states ${stated} of the 3; missing: ${labels.join(', ')}.`,
      evidence,
      question: `The charter does not say the ${labels.join(' or the ')}: what would members agree to write down?`,
    };
  },
};
