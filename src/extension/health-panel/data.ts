import { loadNetworkChecklist } from '../../core/health/network-checklist';
import { buildPanelData, type PanelData } from '../../core/health/panel-data';
import type { NetworkEntry } from '../network-service';
import { VscodeWorkspace } from '../vscode-workspace';

/**
 * The panel's data for a network on a day, measured by the network's own
 * checklist. `trendMonths: 0` is the quick first picture (today's snapshot
 * only); leave it out for the full trend.
 */
export async function panelDataOf(entry: NetworkEntry, asOf: string, today: string, trendMonths?: number): Promise<PanelData> {
  const { checklist } = await loadNetworkChecklist(new VscodeWorkspace(entry.root), entry.network);
  return buildPanelData(entry.network, checklist, { asOf, present: today, ...(trendMonths === undefined ? {} : { trendMonths }) });
}
