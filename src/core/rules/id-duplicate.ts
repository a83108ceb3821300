import { FOLDER_KINDS } from '../model/kinds';
import { groupList, text, type Data } from '../model/fields';
import { defineDocumentRule, type RuleContext } from './rule';
import type { NetworkDocument } from '../document';

export const idDuplicate = defineDocumentRule({
  code: 'id.duplicate',
  defaultSeverity: 'error',
  summary: 'Two things share one id',
  explanation:
    'Ids must be unique: two outcomes or areas with the same id, or two files whose names differ only in capitals (`Sam-Lee.md` and `sam-lee.md`, which Windows and macOS treat as one file), make every reference to that id ambiguous.',
  example: '```yaml\noutcomes:\n  - id: fewer-falls\n    title: Fewer falls at home\n  - id: fewer-falls\n    title: Fewer falls in care homes\n```',
  kinds: ['charter', 'purpose', ...FOLDER_KINDS],
  check(document, context) {
    if (document.kind === 'purpose') return reportRepeatedIds(document, context, 'outcomes', 'outcome');
    if (document.kind === 'charter') return reportRepeatedIds(document, context, 'areas', 'area');
    if (document.kind === 'config') return;
    const others = context.network.caseClashes(document);
    if (others.length > 0) {
      context.report(document.firstLine, `This file's id '${document.id}' differs only in capitals from '${others.join("', '")}'; on Windows and macOS they are the same file. Rename one.`, { others });
    }
  },
});

function reportRepeatedIds(document: NetworkDocument, context: RuleContext, list: string, noun: string): void {
  const seen = new Set<string>();
  for (const { value, index } of groupList(document.data as Data, list)) {
    const id = text(value, 'id');
    if (id === undefined) continue;
    if (seen.has(id)) context.report(document.rangeOf([list, index, 'id']), `Another ${noun} above already has the id '${id}'.`, { path: [list, index, 'id'] });
    seen.add(id);
  }
}
