import { loadNetworkChecklist } from '../../core/health/network-checklist';
import { buildPanelData, type PanelData } from '../../core/health/panel-data';
import { areaNetwork } from '../../core/health/area';
import type { NetworkEntry } from '../network-service';
import { VscodeWorkspace } from '../vscode-workspace';

/**
 * The panel's data for a network on a day, measured by the network's own
 * checklist. `trendMonths: 0` is the quick first picture (today's snapshot
 * only); leave it out for the full trend. `area`: one area's health (area.ts).
 */
export async function panelDataOf(entry: NetworkEntry, asOf: string, today: string, trendMonths?: number, area?: string): Promise<PanelData> {
  const { checklist } = await loadNetworkChecklist(new VscodeWorkspace(entry.root), entry.network);
  // An area the network no longer has (renamed in the charter since it was picked) shows the whole network.
  const network = (area === undefined ? undefined : areaNetwork(entry.network, area)) ?? entry.network;
  return buildPanelData(network, checklist, { asOf, present: today, ...(trendMonths === undefined ? {} : { trendMonths }) });
}
