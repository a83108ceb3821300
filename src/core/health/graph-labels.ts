/**
 * Places name labels on the collaboration graph without overlapping: each
 * label, in priority order, takes the first of four spots round its node
 * (above, below, right, left) whose box overlaps no label already placed and
 * stays inside the drawing; a label with no free spot is left out (the
 * tooltip and the table still name the member). Pure and deterministic; the
 * renderer gives it sizes in the drawing's own units.
 */

export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  /** The node's centre and radius, in drawing units. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
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

export interface LabelMetrics {
  /** Line height (font size) in drawing units. */
  readonly fontSize: number;
  /** Average character width as a share of the font size. */
  readonly charWidth?: number;
  /** Gap between a node's edge and its label. */
  readonly gap?: number;
  /** The drawing's bounds: labels stay inside. */
  readonly bounds: Box;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Labels for `requests`, in their order (highest priority first); those that cannot be placed are dropped. */
export function placeLabels(requests: readonly LabelRequest[], metrics: LabelMetrics): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const size = metrics.fontSize;
  const gap = metrics.gap ?? size * 0.25;
  const inside = (box: Box): boolean => box.left >= metrics.bounds.left && box.right <= metrics.bounds.right && box.top >= metrics.bounds.top && box.bottom <= metrics.bounds.bottom;
  for (const request of requests) {
    const width = request.text.length * size * (metrics.charWidth ?? 0.55);
    const half = width / 2;
    const { x, y, radius } = request;
    // Baseline sits about 0.2 of a line above the box's bottom.
    const spots: { x: number; y: number; anchor: PlacedLabel['anchor']; box: Box }[] = [
      { x, y: y - radius - gap - size * 0.2, anchor: 'middle', box: { left: x - half, top: y - radius - gap - size, right: x + half, bottom: y - radius - gap } },
      { x, y: y + radius + gap + size * 0.8, anchor: 'middle', box: { left: x - half, top: y + radius + gap, right: x + half, bottom: y + radius + gap + size } },
      { x: x + radius + gap, y: y + size * 0.3, anchor: 'start', box: { left: x + radius + gap, top: y - size / 2, right: x + radius + gap + width, bottom: y + size / 2 } },
      { x: x - radius - gap, y: y + size * 0.3, anchor: 'end', box: { left: x - radius - gap - width, top: y - size / 2, right: x - radius - gap, bottom: y + size / 2 } },
    ];
    const spot = spots.find((candidate) => inside(candidate.box) && placed.every((label) => !overlaps(label.box, candidate.box)));
    if (spot) placed.push({ id: request.id, text: request.text, ...spot });
  }
  return placed;
}
