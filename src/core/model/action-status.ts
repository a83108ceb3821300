/** An action's statuses (schemas/action.schema.json), in the order work moves through them. */
export const ACTION_STATUSES = ['proposed', 'agreed', 'in-progress', 'blocked', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * The groups of statuses the rules and health read, named for what they mean. The one home of
 * each: a rule or an indicator that needs "open work" takes it from here.
 */
/** The network has agreed to the action: it is under way, blocked or done (a proposal is not, nor a dropped action). */
export const AGREED_STATUSES: ReadonlySet<string> = new Set<ActionStatus>(['agreed', 'in-progress', 'blocked', 'done']);
/** Agreed work not finished: what can be overdue, stale or waiting for its owners. */
export const AGREED_OPEN_STATUSES: ReadonlySet<string> = new Set<ActionStatus>(['agreed', 'in-progress', 'blocked']);
/** Done or dropped: finished one way or the other, so never overdue and no longer anyone's load. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set<ActionStatus>(['done', 'dropped']);
/** Neither done nor dropped, proposals included: everything someone may still be carrying. */
export const UNFINISHED_STATUSES: ReadonlySet<string> = new Set<ActionStatus>(['proposed', 'agreed', 'in-progress', 'blocked']);

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

/** What a decision can conclude (schemas/action.schema.json, `decision.result`). */
export const DECISION_RESULTS = ['agreed', 'rejected', 'deferred'] as const;
export type DecisionResult = (typeof DECISION_RESULTS)[number];

export function isDecisionResult(value: string | undefined): value is DecisionResult {
  return (DECISION_RESULTS as readonly (string | undefined)[]).includes(value);
}

/**
 * The status a decision leaves an action in: agreed work, dropped when
 * rejected, still proposed when deferred. The one home of this mapping: the
 * history of statuses (health/facts.ts) and `netgov decide` both read it.
 */
export function statusAfterDecision(result: string | undefined): ActionStatus {
  if (result === 'rejected') return 'dropped';
  if (result === 'deferred') return 'proposed';
  return 'agreed';
}
