import type { PanelData } from '../../../core/health/panel-data';
import { escapeProse } from '../escape';
import { section, sourceLink, type Mode } from '../parts';

const KIND_WORDS = { 'shared-work': 'shared work', 'shared-interest': 'shared interest', newcomer: 'newcomer', isolate: 'no ties yet', broker: 'second link' } as const;

/** Introductions worth making: connecting members is a network lead's most important job. */
export function renderConnectionsSection(data: PanelData, mode: Mode, locale?: string): string {
  const { connections } = data.report;
  if (connections.length === 0) return section('connections', 'Introductions to make', '<p>No introductions to suggest: members who share work or interests are already tied.</p>');
  const items = connections.map((connection) => {
    const sources = connection.evidence.map((e) => sourceLink({ file: e.file, relative: e.relative, line: e.range.start.line }, mode)).join(', ');
    return `<li><span class="tag">${KIND_WORDS[connection.kind]}</span> ${escapeProse(connection.reason, locale)} <span class="muted">(${sources})</span></li>`;
  });
  return section('connections', 'Introductions to make', `<p>Members who could be introduced, and why. Each is a suggestion for the network to consider, not a task.</p><ul class="connections">${items.join('')}</ul>`);
}
