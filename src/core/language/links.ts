import type { NetworkDocument } from '../document';
import type { Network } from '../network';
import { frontmatterOf, scalarsOf } from './frontmatter';
import { bodyMentions, targetOf, type IdTarget } from './ids';
import { referenceAt } from './schema-info';
import type { DocumentLink } from './types';

/**
 * Links from every id in the frontmatter that names something in the network
 * (members, actions, meetings, outcomes, areas) to where it is defined, and
 * from the ids written in the body. Ids that name nothing get no link: a
 * diagnostic already says so.
 */
export function documentLinks(document: NetworkDocument, network: Network): DocumentLink[] {
  const links: DocumentLink[] = [];
  const frontmatter = frontmatterOf(document);
  if (frontmatter && document.kind !== 'config') {
    for (const hit of scalarsOf(frontmatter.tree)) {
      if (typeof hit.value !== 'string' || hit.start === hit.end) continue;
      const reference = referenceAt(document.kind, hit.path);
      if (!reference || reference.declaration || reference.literals.includes(hit.value)) continue;
      const target = targetOf(network, reference.kind, hit.value);
      if (target) links.push(link(document.lines.rangeOf(frontmatter.start + hit.start, frontmatter.start + hit.end), target));
    }
  }
  for (const mention of bodyMentions(document, network)) {
    const target = targetOf(network, mention.kind, mention.id);
    if (target) links.push(link(document.lines.rangeOf(mention.start, mention.end), target));
  }
  return links;
}

function link(range: DocumentLink['range'], target: IdTarget): DocumentLink {
  const entry = target.kind === 'outcome' || target.kind === 'area';
  const where = target.kind === 'outcome' ? ' in the purpose' : target.kind === 'area' ? ' in the charter' : '';
  return {
    range,
    path: target.document.path,
    ...(entry ? { line: target.selection.start.line } : {}),
    tooltip: `Open ${target.kind} '${target.id}'${where}`,
  };
}
