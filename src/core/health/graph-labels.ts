/**
 * Places name labels on the collaboration graph without overlapping: each
 * label, in priority order, takes the first of four spots round its node
 * (above, below, right, left) whose box overlaps no label already placed,
 * covers no other node and stays inside the drawing; failing that, the first
 * that only covers a node; a label with no free spot is left out (the tooltip
 * and the table still name the member). Text widths are estimated per
 * character for a wide sans-serif (DejaVu Sans, the widest of the usual
 * defaults), so a label measures no smaller than a browser draws it. Pure and
 * deterministic; the renderer gives it sizes in the drawing's own units.
 */

export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  /** The node's centre and radius, in drawing units. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Drawn in bold (wider). */
  readonly bold?: boolean;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** The text's anchor point (baseline) and anchor, as SVG's text-anchor. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The box the label takes: left, top, right, bottom. */
  readonly box: Box;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A circle a label would rather not cover: another node. */
export interface Obstacle {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

export interface LabelMetrics {
  /** Font size in drawing units. */
  readonly fontSize: number;
  /** Every character's width as a share of the font size; by default each character's own (see `textWidth`). */
  readonly charWidth?: number;
  /** Gap between a node's edge and its label. */
  readonly gap?: number;
  /** The drawing's bounds: labels stay inside. */
  readonly bounds: Box;
  /** Nodes the labels should not cover when another spot is free. */
  readonly obstacles?: readonly Obstacle[];
}

/** A line's height as a share of the font size (ascent 0.93 and descent 0.24 of DejaVu Sans, rounded up), and the baseline's height above its bottom. */
const LINE = 1.2;
const DESCENT = 0.25;

/** Character widths as a share of the font size, about those of DejaVu Sans; bold is a tenth wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if ('ijlI.,:;!|\'’ '.includes(char)) em += 0.34;
    else if ('frt()-/'.includes(char)) em += 0.44;
    else if ('mwMW@'.includes(char)) em += 0.95;
    else if (/[A-Z]/.test(char)) em += 0.74;
    else if (/[a-z0-9]/.test(char)) em += 0.63;
    else em += 0.8;
  }
  return em * fontSize * (bold ? 1.1 : 1);
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether a box covers any of a circle. */
function covers(box: Box, circle: Obstacle): boolean {
  const dx = circle.x - Math.max(box.left, Math.min(circle.x, box.right));
  const dy = circle.y - Math.max(box.top, Math.min(circle.y, box.bottom));
  return dx * dx + dy * dy < circle.radius * circle.radius;
}

/** Labels for `requests`, in their order (highest priority first); those that cannot be placed are dropped. */
export function placeLabels(requests: readonly LabelRequest[], metrics: LabelMetrics): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const size = metrics.fontSize;
  const gap = metrics.gap ?? size * 0.25;
  const line = size * LINE;
  const inside = (box: Box): boolean => box.left >= metrics.bounds.left && box.right <= metrics.bounds.right && box.top >= metrics.bounds.top && box.bottom <= metrics.bounds.bottom;
  for (const request of requests) {
    const width = metrics.charWidth === undefined ? textWidth(request.text, size, request.bold) : request.text.length * size * metrics.charWidth;
    const half = width / 2;
    const { x, y, radius } = request;
    const spots: { x: number; y: number; anchor: PlacedLabel['anchor']; box: Box }[] = [
      { x, y: y - radius - gap - size * DESCENT, anchor: 'middle', box: { left: x - half, top: y - radius - gap - line, right: x + half, bottom: y - radius - gap } },
      { x, y: y + radius + gap + line - size * DESCENT, anchor: 'middle', box: { left: x - half, top: y + radius + gap, right: x + half, bottom: y + radius + gap + line } },
      { x: x + radius + gap, y: y + line / 2 - size * DESCENT, anchor: 'start', box: { left: x + radius + gap, top: y - line / 2, right: x + radius + gap + width, bottom: y + line / 2 } },
      { x: x - radius - gap, y: y + line / 2 - size * DESCENT, anchor: 'end', box: { left: x - radius - gap - width, top: y - line / 2, right: x - radius - gap, bottom: y + line / 2 } },
    ];
    const free = spots.filter((candidate) => inside(candidate.box) && placed.every((label) => !overlaps(label.box, candidate.box)));
    // The node's own circle is never covered (every spot keeps the gap from it); any other is an obstacle.
    const spot = free.find((candidate) => !(metrics.obstacles ?? []).some((circle) => covers(candidate.box, circle))) ?? free[0];
    if (spot) placed.push({ id: request.id, text: request.text, ...spot });
  }
  return placed;
}
