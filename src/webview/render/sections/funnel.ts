import { ACTION_STATUS_TITLES } from '../../../core/model/action-status';
import type { PanelData } from '../../../core/health/panel-data';
import { formatDate } from '../../../core/views/dates';
import { escapeHtml, scrollableTable } from '../escape';
import { plural, section, sourceLink, type Mode } from '../parts';
import { bar } from '../svg';

/** Actions by status on the day, as bars with their counts, then the agreed work past its due date. */


export function renderFunnelSection(data: PanelData, mode: Mode, locale?: string): string {
  const { counts, overdue } = data.funnel;
  const max = Math.max(0, ...counts.map((c) => c.count));
  const rows = counts.map(
    ({ status, count }) => `<tr><th scope="row">${ACTION_STATUS_TITLES[status]}</th><td class="number">${count}</td><td>${bar(count, max, 320, 14, 'funnel-bar')}</td></tr>`,
  );
  const funnel = scrollableTable('Actions by status', `<table class="funnel"><caption class="visually-hidden">Actions by status</caption><thead><tr><th scope="col">Status</th><th scope="col" class="number">Actions</th><th scope="col"><span class="visually-hidden">Bar</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  return section('funnel', 'Actions', funnel + overdueList(overdue, data.funnel.overdueTotal, mode, locale));
}

function overdueList(overdue: PanelData['funnel']['overdue'], total: number, mode: Mode, locale: string | undefined): string {
  if (total === 0) return '<h3>Overdue</h3><p>No agreed work is past its due date.</p>';
  const rows = overdue.map(
    (action) =>
      `<tr><td>${escapeHtml(action.title)}</td><td>${escapeHtml(formatDate(action.due, locale))}</td><td class="number">${action.daysOverdue}</td><td>${action.owners.length === 0 ? '<span class="muted">no owner</span>' : escapeHtml(action.owners.join(', '))}</td><td>${sourceLink(action.source, mode)}</td></tr>`,
  );
  const more = total > overdue.length ? `<p>and ${total - overdue.length} more</p>` : '';
  return `<h3>Overdue: ${plural(total, 'action')}</h3>${scrollableTable('Overdue actions', `<table class="overdue"><thead><tr><th scope="col">Action</th><th scope="col">Due</th><th scope="col" class="number">Days over</th><th scope="col">Owners</th><th scope="col">Source</th></tr></thead><tbody>${rows.join('')}</tbody></table>`)}${more}`;
}
