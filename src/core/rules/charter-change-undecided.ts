import type { NetworkDocument } from '../document';
import { documentFieldChanges, fieldChangeText } from '../diff/fields';
import { group, text } from '../model/fields';
import type { Finding } from '../model/finding';
import type { Network } from '../network';
import { defineRule } from './meta';

/**
 * Found on a change, not on one version: `netgov check --changed` and
 * `netgov diff` compare the charter before and after and look for the
 * decision that agreed the change among the documents the change touches.
 */
export const charterChangeUndecided = defineRule({
  code: 'charter.change-undecided',
  defaultSeverity: 'warning',
  summary: "A change to the charter's governance fields does not name the decision that agreed it",
  explanation:
    "The decision rule, the quorum, whether pull requests count as decisions, the longest lead term and the governance model decide who has a say and for how long. A change to any of them should be agreed by the network the way the charter says, and the change should carry that decision: name it in the charter's `review.decision` (the id of the meeting that agreed it, or of the action decided by pull request), and add or update that meeting record or action in the same change. Found by `netgov check --changed` and `netgov diff`.",
  example:
    '```yaml\n# CHARTER.md, in a pull request:\ndecisions:\n  rule: lead-decides   # was consent\nreview:\n  cadence: 12\n  # decision: 2026-12-02-network-meeting   (the meeting record is added in the same change)\n```',
});

/**
 * The finding on the charter when `after` changes a power-shifting field of
 * `before` and does not name, in `review.decision`, a meeting or action the
 * same change adds or edits. `changed(path)` says whether the change touches a file.
 */
export function checkCharterChange(before: NetworkDocument | undefined, after: NetworkDocument | undefined, network: Network, changed: (path: string) => boolean): Finding | undefined {
  if (!before || !after) return undefined;
  const shifts = documentFieldChanges('charter', before, after).filter((change) => change.shiftsPower);
  if (shifts.length === 0) return undefined;
  const named = text(group(after.data, 'review'), 'decision');
  const record = named === undefined ? undefined : (network.ofKind('meeting').get(named) ?? network.ofKind('action').get(named));
  if (record && changed(record.path)) return undefined;
  const first = shifts[0]!;
  const what = shifts.map(fieldChangeText).join('; ');
  const why =
    named === undefined
      ? "name the decision that agreed it in the charter's `review.decision` (a meeting id, or an action decided by pull request) and include that record in this change"
      : record === undefined
        ? `\`review.decision\` names '${named}', which is neither a meeting nor an action`
        : `'${named}' is not part of this change: record the decision that agreed this change (a new meeting record or decision) and name it in \`review.decision\``;
  return {
    code: charterChangeUndecided.code,
    range: after.rangeOf(named === undefined ? first.path : ['review', 'decision']),
    message: `This change moves how the network governs itself (${what}), but no decision agreeing it is part of the change: ${why}.`,
    data: { fields: shifts.map((change) => change.path.join('.')), decision: named },
  };
}
