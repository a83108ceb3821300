import type { PanelData } from '../../../core/health/panel-data';
import { escapeHtml, escapeProse } from '../escape';
import { section } from '../parts';

/** Checks with no data behind them: listed so that "unknown" is not mistaken for good or bad. */
export function renderUnknownSection(data: PanelData, locale?: string): string {
  const items = data.report.dimensions.flatMap((d) => d.items.filter((item) => item.status === 'unknown').map((item) => ({ item, dimension: d.title })));
  if (items.length === 0) return section('unknown', 'Not known yet', '<p>Every check has data behind it.</p>');
  const list = items.map(({ item, dimension }) => `<li><strong>${escapeHtml(item.title)}</strong> <span class="muted">(${escapeHtml(dimension)})</span>: ${escapeProse(item.summary, locale)}</li>`);
  return section('unknown', 'Not known yet', `<p>These checks have no data behind them. They are not counted as good or bad.</p><ul>${list.join('')}</ul>`);
}
