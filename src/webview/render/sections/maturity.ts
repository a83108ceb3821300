import { DIMENSION_TITLES, type Dimension } from '../../../core/health/checklist';
import type { PanelData } from '../../../core/health/panel-data';
import { formatDate } from '../../../core/views/dates';
import { escapeHtml } from '../escape';
import { section } from '../parts';
import { num, svgDecoration } from '../svg';

/** The maturity the network rated itself at in its latest temperature check with enough respondents to show (a smaller one never hides it), against where it aims to be (levels 1 to 5). */

const LEVELS = 5;

export function renderMaturitySection(data: PanelData, locale?: string): string {
  const latest = [...data.report.pulses].reverse().find((pulse) => pulse.maturity.length > 0 && pulse.enough);
  if (!latest) return section('maturity', 'Maturity', '<p>No maturity ratings yet: a temperature check can record where the network is and where it aims to be on each dimension.</p>');
  const rows = latest.maturity.map((m) => {
    const title = Object.hasOwn(DIMENSION_TITLES, m.dimension) ? DIMENSION_TITLES[m.dimension as Dimension] : m.dimension;
    return `<tr><th scope="row">${escapeHtml(title)}</th><td class="number">${m.current ?? '–'}</td><td class="number">${m.target ?? '–'}</td><td>${dots(m.current, m.target)}</td></tr>`;
  });
  const key = '<p class="muted">Filled dots: the level now. Ringed dot: the level aimed for.</p>';
  return section(
    'maturity',
    'Maturity',
    `<p>As rated in the ${escapeHtml(formatDate(latest.date, locale))} temperature check, from 1 (just starting) to 5 (fully mature).</p><table class="maturity"><thead><tr><th scope="col">Dimension</th><th scope="col" class="number">Now</th><th scope="col" class="number">Aim</th><th scope="col"><span class="visually-hidden">Levels</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>${key}`,
  );
}

/** Five dots: filled up to the current level, the target ringed; the numbers beside them say the same. */
function dots(current: number | undefined, target: number | undefined): string {
  const circles: string[] = [];
  for (let level = 1; level <= LEVELS; level++) {
    const cx = 8 + (level - 1) * 18;
    circles.push(`<circle class="dot ${current !== undefined && level <= current ? 'dot-current' : 'dot-empty'}" cx="${num(cx)}" cy="8" r="5"></circle>`);
    if (level === target) circles.push(`<circle class="dot-target" cx="${num(cx)}" cy="8" r="7.5"></circle>`);
  }
  return svgDecoration(LEVELS * 18, 16, circles.join(''));
}
