import type { NetworkDocument } from '../document';
import { date, group, groupList, type Data } from '../model/fields';
import type { YamlPath } from '../parse/yaml-source';
import { fieldLabel } from '../schema/validate';
import { defineDocumentRule } from './rule';

/** "`later` must not be before `earlier`" (or strictly after it), within one group of fields. */
interface Order {
  readonly earlier: string;
  readonly later: string;
  readonly strict?: boolean;
}

const ORDERS: Readonly<Record<string, readonly Order[]>> = {
  action: [{ earlier: 'proposed', later: 'due' }, { earlier: 'proposed', later: 'completed' }],
  meeting: [{ earlier: 'date', later: 'minutes_published' }],
  member: [{ earlier: 'joined', later: 'left' }],
};

export const dateOrder = defineDocumentRule({
  code: 'date.order',
  defaultSeverity: 'error',
  summary: 'Two dates are in an impossible order',
  explanation:
    'Some dates must follow others: a role ends after it starts, an action is due and completed after it was proposed and decided after that too, minutes are published after the meeting, a member leaves after joining and takes a role only once they have joined. One of the two dates is wrong.',
  example: '```yaml\nroles:\n  - role: lead\n    from: 2026-04-01\n    until: 2025-03-31\n```',
  kinds: ['action', 'meeting', 'member', 'charter'],
  check(document, context) {
    const compare = (data: Data, base: YamlPath, order: Order, earlierPath: YamlPath = [...base, order.earlier]): void => {
      const earlierValue = earlierPath.length === base.length + 1 ? date(data, order.earlier) : dateAt(document, earlierPath);
      const later = date(data, order.later);
      if (earlierValue === undefined || later === undefined) return;
      if (later < earlierValue || (order.strict && later === earlierValue)) {
        const relation = order.strict ? 'after' : 'on or after';
        context.report(
          document.rangeOf([...base, order.later]),
          `\`${fieldLabel([...base, order.later])}\` (${later}) should be ${relation} \`${fieldLabel(earlierPath)}\` (${earlierValue}).`,
          { path: [...base, order.later] },
        );
      }
    };
    for (const order of ORDERS[document.kind] ?? []) compare(document.data, [], order);
    if (document.kind === 'action') {
      compare(group(document.data, 'decision'), ['decision'], { earlier: 'proposed', later: 'date' }, ['proposed']);
    }
    if (document.kind === 'member') {
      for (const { value, index } of groupList(document.data, 'roles')) {
        compare(value, ['roles', index], { earlier: 'from', later: 'until', strict: true });
        compare(value, ['roles', index], { earlier: 'joined', later: 'from' }, ['joined']);
      }
    }
    if (document.kind === 'charter') {
      compare(group(document.data, 'review'), ['review'], { earlier: 'established', later: 'last_reviewed' }, ['established']);
    }
  },
});

function dateAt(document: NetworkDocument, path: YamlPath): string | undefined {
  let data: Data = document.data;
  for (const segment of path.slice(0, -1)) data = group(data, String(segment));
  return date(data, String(path[path.length - 1]));
}
