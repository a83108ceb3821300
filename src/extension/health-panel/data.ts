import { buildPanelData, type PanelData } from '../../core/health/panel-data';
import { areaNetwork } from '../../core/health/area';
import { anonymiserFor } from '../../core/privacy/anonymise';
import type { NetworkEntry } from '../network-service';

/**
 * The panel's data for a network on a day, measured by the network's own
 * checklist. `trendMonths: 0` is the quick first picture (today's snapshot
 * only); leave it out for the full trend. `area`: one area's health (area.ts).
 */
export async function panelDataOf(entry: NetworkEntry, asOf: string, today: string, trendMonths?: number, area?: string): Promise<PanelData> {
  // An area the network no longer has (renamed in the charter since it was picked) shows the whole network.
  const network = (area === undefined ? undefined : areaNetwork(entry.network, area)) ?? entry.network;
  return buildPanelData(network, entry.checklist, { asOf, present: today, ...(trendMonths === undefined ? {} : { trendMonths }) });
}

/**
 * The data as shown: when `anonymise`, members as pseudonyms and small
 * organisations hidden (core/privacy/anonymise.ts). The pseudonyms are the
 * whole network's, whatever area is shown, so "Member 7" is the same person
 * in every area, in the panel and in the exported report.
 */
export async function anonymisedIf(entry: NetworkEntry, data: PanelData, anonymise: boolean): Promise<PanelData> {
  return anonymise ? (await anonymiserFor(entry.network)).model(data) : data;
}
