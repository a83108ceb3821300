/** Eight bar heights, lowest first: a trend in a line of text. */
const BARS = '▁▂▃▄▅▆▇█';

/**
 * A 0-100 score series as a line of bars; an unknown month is a middle dot,
 * so a gap in the data is visible rather than drawn as zero.
 */
export function sparkline(scores: readonly (number | undefined)[]): string {
  return scores.map((score) => (score === undefined ? '·' : BARS[Math.min(BARS.length - 1, Math.floor((Math.max(0, score) / 100) * BARS.length))])).join('');
}
