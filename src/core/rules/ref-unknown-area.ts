import { defineDocumentRule } from './rule';
import { groupList, text } from '../model/fields';
import { referencesIn, reportUnknown, type IdReference } from './references';

export const refUnknownArea = defineDocumentRule({
  code: 'ref.unknown-area',
  defaultSeverity: 'error',
  summary: 'A role, action, meeting or renamed area names an area the charter does not list',
  explanation:
    'When the charter lists the network\'s `areas` (workstreams), roles, actions and meetings name them by id, so that leadership and work can be seen per area. A charter without `areas` accepts any area. An area the charter has renamed keeps its entry, with `renamed_to:` naming the area it became: that must be a listed area too, and references to the old id stay valid (they count for the new area).',
  example: '```yaml\nroles:\n  - role: lead\n    area: fals-prevention\n    from: 2026-01-01\n    until: 2027-12-31\n```',
  kinds: ['member', 'action', 'meeting', 'charter'],
  check(document, context) {
    const areas = context.network.areaIds;
    if (!areas) return;
    const references: IdReference[] =
      document.kind === 'charter'
        ? groupList(document.data, 'areas').flatMap(({ value, index }) => {
            const renamed = text(value, 'renamed_to');
            return renamed === undefined ? [] : [{ id: renamed, path: ['areas', index, 'renamed_to'] }];
          })
        : document.kind === 'member'
        ? groupList(document.data, 'roles').flatMap(({ value, index }) => {
            const area = text(value, 'area');
            return area === undefined ? [] : [{ id: area, path: ['roles', index, 'area'] }];
          })
        : referencesIn(document, ['area']);
    reportUnknown(context, document, references, areas, 'is not an area listed in the charter');
  },
});
