/** An action's statuses (schemas/action.schema.json), in the order work moves through them. */
export const ACTION_STATUSES = ['proposed', 'agreed', 'in-progress', 'blocked', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The statuses as headings and labels show them. */
export const ACTION_STATUS_TITLES: Readonly<Record<ActionStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  dropped: 'Dropped',
};

export function isActionStatus(value: string | undefined): value is ActionStatus {
  return (ACTION_STATUSES as readonly (string | undefined)[]).includes(value);
}
