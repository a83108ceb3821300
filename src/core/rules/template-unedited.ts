import { text } from '../model/fields';
import { meetingRecord, purposeRecord } from '../model/records';
import { isPlaceholderOutcome, isPlaceholderStatement, uneditedGuidance } from '../templates/guidance';
import { defineDocumentRule } from './rule';

/**
 * Text left as `netgov init` or `netgov new` wrote it: the templates'
 * guidance paragraphs ("Say who the network brings together...") and the
 * placeholder purpose and first outcome. A fresh network that has not yet
 * been talked through with its members should not check clean.
 */
export const templateUnedited = defineDocumentRule({
  code: 'template.unedited',
  defaultSeverity: 'warning',
  summary: 'Text is still as the template wrote it',
  explanation:
    'A new network (`netgov init`) and new documents (`netgov new`) start from templates whose text says what to write ("Say who the network brings together..."), with a placeholder purpose and first outcome. (The notes of a meeting still to come are left alone: they are written at the meeting.) Until members replace that guidance with their own words, the document says nothing about the network. Rewrite the paragraph (or remove it if the section is not needed), and agree the purpose and outcomes with members.',
  example: '```markdown\n## How we work\n\nSay who the network brings together, why they need each other, how often you meet, and where members find papers and notes.\n```',
  kinds: ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse'],
  check(document, context) {
    // Notes for a meeting still to come (a draft from `netgov agenda`) are written at the meeting, not before it.
    if (document.kind === 'meeting') {
      const held = meetingRecord(document).date;
      if (held !== undefined && held > context.today) return;
    }
    for (const paragraph of uneditedGuidance(document.kind, document.text.slice(document.bodyStart))) {
      const start = document.lines.positionAt(document.bodyStart);
      const range = { start: { line: start.line + paragraph.firstLine, character: 0 }, end: document.lines.lineRange(start.line + paragraph.lastLine).end };
      context.report(range, 'This paragraph is still the template\'s guidance; replace it with what your network does, or remove it.', { firstLine: range.start.line, lastLine: range.end.line });
    }
    if (document.kind !== 'purpose') return;
    const statement = purposeRecord(document).statement;
    if (isPlaceholderStatement(statement)) {
      context.report(document.rangeOf(['statement']), 'The purpose statement is still the placeholder `netgov init` wrote; agree the network\'s purpose with members and write it here.', { path: ['statement'] });
    }
    const outcomes = Array.isArray(document.data?.outcomes) ? (document.data.outcomes as unknown[]) : [];
    outcomes.forEach((outcome, index) => {
      const title = text(outcome as Readonly<Record<string, unknown>> | undefined, 'title');
      if (isPlaceholderOutcome(title)) context.report(document.rangeOf(['outcomes', index, 'title']), 'This outcome is still the placeholder `netgov init` wrote; replace it with a difference members want to make.', { path: ['outcomes', index, 'title'] });
    });
  },
});
