import { defineRule } from './meta';

/**
 * Problems in a network's own health checklist (the file `health.checklist` in netgov.yml names),
 * found while reading it (src/core/health/checklist.ts, network-checklist.ts). The items they
 * concern are left out; the built-in checklist's items stand.
 */
export const checklistRules = [
  defineRule({
    code: 'checklist.unreadable',
    defaultSeverity: 'error',
    summary: 'The checklist named in netgov.yml cannot be read',
    explanation:
      'netgov.yml names a checklist file (`health.checklist`) that is missing, larger than 1 MB, a symbolic link or behind one, or otherwise unreadable. Health is then measured by the built-in checklist alone. Fix the path in netgov.yml or restore the file.',
    example: '```yaml\nhealth:\n  checklist: health/our-checklist.yml   # no such file\n```',
  }),
  defineRule({
    code: 'checklist.duplicate-id',
    defaultSeverity: 'error',
    summary: 'Two checklist items have the same id',
    explanation:
      'Each item of a checklist is found by its id: scores, trends and the agenda name it. Two items with one id would make those ambiguous, so the second is left out. Give each item its own id.',
    example: '```yaml\nitems:\n  - id: shared-purpose\n    ...\n  - id: shared-purpose\n    ...\n```',
  }),
  defineRule({
    code: 'checklist.wrong-block',
    defaultSeverity: 'error',
    summary: 'A checklist item has the block of the other type',
    explanation:
      'An item of type `indicator` is measured from the documents and takes an `indicator` block; an item of type `question` is answered in a survey and takes a `question` block. Use the block that matches the type (an item that overrides a built-in one has its type).',
    example: '```yaml\n- id: trust\n  type: indicator\n  question:\n    text: Do you trust the others?\n```',
  }),
  defineRule({
    code: 'checklist.incomplete-item',
    defaultSeverity: 'error',
    summary: 'A new checklist item lacks a field it needs',
    explanation:
      'An item that overrides a built-in item may give only what it changes; a new item (an id the built-in checklist does not have) must give everything: title, dimension, type, and the indicator\'s name and thresholds or the question\'s text and thresholds. The message names what is missing.',
    example: '```yaml\n- id: our-own-item\n  type: indicator\n  indicator:\n    name: open-actions\n```',
  }),
  defineRule({
    code: 'checklist.unknown-indicator',
    defaultSeverity: 'error',
    summary: 'A checklist item names an indicator netgov does not have',
    explanation:
      'An indicator item is measured by one of netgov\'s automatic indicators, named in `indicator.name`; docs/checklists.md lists them. A misspelt name would never be measured, so the item is left out. The message suggests the nearest name.',
    example: '```yaml\n- id: meetings\n  indicator:\n    name: meeting-cadense\n```',
  }),
  defineRule({
    code: 'checklist.threshold-order',
    defaultSeverity: 'error',
    summary: 'A checklist item\'s healthy and watch thresholds are the wrong way round',
    explanation:
      'With `higher-is-better` the healthy threshold must be at least the watch threshold, with `lower-is-better` at most; for a survey question a higher mean score is better. Thresholds the wrong way round would call a worse value healthier. Swap them, or change the direction.',
    example: '```yaml\nindicator:\n  thresholds:\n    direction: higher-is-better\n    healthy: 0.5\n    watch: 0.8\n```',
  }),
] as const;

/** The codes of problems in a checklist file (beside the YAML and schema codes its reading shares with documents). */
export type ChecklistCode = (typeof checklistRules)[number]['code'];
