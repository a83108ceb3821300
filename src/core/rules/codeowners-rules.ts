import { defineRule } from './meta';

/** Found by `netgov check` in the repository's CODEOWNERS file, not in a network document. */
export const codeownersOutOfDate = defineRule({
  code: 'codeowners.out-of-date',
  defaultSeverity: 'warning',
  summary: 'The reviewers in CODEOWNERS no longer follow the lead roles and owners',
  explanation:
    'When a CODEOWNERS file has a block written by `netgov codeowners` (between `# netgov:begin` and `# netgov:end`), pull requests ask the leads and action owners it names to review. A role that ended, a new lead, a new handle, a new action in an area or a change to the owners or contributors of an action changes who that should be. Run `netgov codeowners` and commit the result. Lines outside the block are yours and are never checked.',
  example: 'A lead role for `frailty` ended on 2026-10-31, but CODEOWNERS still asks its holder to review the frailty actions.',
});
