import { FOLDER_KINDS, ID_PATTERN, type FolderKind } from '../model/kinds';
import { slugify } from '../text/suggest';
import { defineDocumentRule } from './rule';

export const idInvalid = defineDocumentRule({
  code: 'id.invalid',
  defaultSeverity: 'error',
  summary: 'A file name cannot be used as an id',
  explanation:
    'A member\'s, action\'s, meeting\'s or pulse\'s id is its file name without `.md`, and other documents refer to it by that id. Ids are lower-case words joined by single hyphens (`amara-okafor`, `2026-11-27-shared-referral-form`), so they can be written in frontmatter and links and mean the same on every computer. Rename the file.',
  example: '`members/Amara Okafor.md` should be `members/amara-okafor.md`.',
  kinds: FOLDER_KINDS,
  check(document, context) {
    if (ID_PATTERN.test(document.id)) return;
    const suggestion = slugify(document.id);
    context.report(document.firstLine, `The file name '${document.id}.md' cannot be used as a ${document.kind as FolderKind} id: use lower-case letters, digits and single hyphens` + (suggestion ? `, e.g. '${suggestion}.md'.` : '.'), {
      suggestion,
    });
  },
});
