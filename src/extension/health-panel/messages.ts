import { isIsoDate } from '../../core/views/dates';
import { ID_PATTERN } from '../../core/model/kinds';

import type { PanelMessage, PanelState } from '../../webview/protocol';

export type { PanelMessage, PanelState } from '../../webview/protocol';

/** The longest path an open message may carry; no document path comes near it. */
const MAX_PATH_LENGTH = 4096;

/**
 * The message when it has the shape and values the panel accepts, else a
 * reason to log. A date after `today` is refused: the panel measures the past
 * and the present, not the future. An area must be one of `areas` (the
 * network's, area.ts), or '' for the whole network.
 */
export function parsePanelMessage(message: unknown, today: string, areas: readonly string[] = []): PanelMessage | { readonly refused: string } {
  if (typeof message !== 'object' || message === null) return { refused: 'not an object' };
  const fields = message as Record<string, unknown>;
  if (fields.type === 'open') {
    const { file, line } = fields;
    if (typeof file !== 'string' || file === '' || file.length > MAX_PATH_LENGTH || !file.startsWith('/')) return { refused: 'open: file is not an absolute path' };
    if (typeof line !== 'number' || !Number.isSafeInteger(line) || line < 0) return { refused: 'open: line is not a non-negative whole number' };
    return { type: 'open', file, line };
  }
  if (fields.type === 'asOf') {
    const { date } = fields;
    if (typeof date !== 'string' || !isIsoDate(date)) return { refused: 'asOf: date is not YYYY-MM-DD' };
    if (date > today) return { refused: `asOf: ${date} is after today` };
    return { type: 'asOf', date };
  }
  if (fields.type === 'area') {
    const { area } = fields;
    if (typeof area !== 'string') return { refused: 'area: not text' };
    if (area !== '' && !areas.includes(area)) return { refused: `area: ${JSON.stringify(area.slice(0, 40))} is not an area of this network` };
    return { type: 'area', area };
  }
  if (fields.type === 'anonymise') {
    const { anonymise } = fields;
    if (typeof anonymise !== 'boolean') return { refused: 'anonymise: not true or false' };
    return { type: 'anonymise', anonymise };
  }
  return { refused: `unknown message type ${JSON.stringify(String(fields.type)).slice(0, 40)}` };
}

/** The saved state when it has the right shape (it comes from the webview, so it is checked too). */
export function parsePanelState(state: unknown): PanelState | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { root, asOf, area, anonymise } = state as Record<string, unknown>;
  if (typeof root !== 'string' || root === '') return undefined;
  return {
    root,
    ...(typeof asOf === 'string' && isIsoDate(asOf) ? { asOf } : {}),
    ...(typeof area === 'string' && ID_PATTERN.test(area) ? { area } : {}),
    ...(anonymise === true ? { anonymise: true as const } : {}),
  };
}
