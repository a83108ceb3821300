import { posix } from 'node:path';
import { locateInNetwork } from '../discovery';
import { resolveLocalLink } from '../model/links';
import { defineDocumentRule } from './rule';

export const bodyBrokenLink = defineDocumentRule({
  code: 'body.broken-link',
  defaultSeverity: 'warning',
  summary: 'A link points to a network document that does not exist',
  explanation:
    'Relative links between documents (to a member\'s page, a meeting record, an action) keep the network\'s memory connected. A link to a document that is not there, often after a file was renamed, leads readers nowhere. Correct the link or restore the document.',
  example: '```markdown\nAgreed at the [November meeting](../meetings/2026-11-12-network-meting.md).\n```',
  kinds: ['charter', 'purpose', 'member', 'action', 'meeting', 'pulse'],
  check(document, context) {
    const { network } = context;
    for (const link of document.body.links) {
      const target = resolveLocalLink(document.path, link.url);
      if (target === undefined || !target.startsWith(`${network.root}/`)) continue;
      const location = locateInNetwork(network.root, target, network.config.layout);
      // Only links into the network's own documents are ours to judge.
      if (!location || network.get(target)) continue;
      context.report(document.bodyRange(link.start, link.end), `This link points to ${posix.relative(network.root, target)}, which is not a document in this network.`, { target });
    }
  },
});
