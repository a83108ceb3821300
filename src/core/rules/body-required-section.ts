import type { DocumentRule } from './rule';

/** Sections each kind's body must have, by heading text (any level, any case). */
export const REQUIRED_SECTIONS: Readonly<Partial<Record<string, readonly string[]>>> = {
  action: ['Proposal', 'Expected impact'],
  charter: ['How we work', 'Decision making', 'Membership'],
};

export const bodyRequiredSection: DocumentRule = {
  code: 'body.required-section',
  defaultSeverity: 'error',
  summary: 'A document\'s text lacks a section it needs',
  explanation:
    'Some documents need certain sections so that every member can find the same things in the same place: an action explains its **Proposal** and its **Expected impact**; the charter says **How we work**, how **Decision making** works, and who can join (**Membership**). Add the section as a heading (`## Proposal`).',
  example: '```markdown\n---\ntitle: Shared referral form\n...\n---\n## Proposal\nUse one referral form across the three community teams.\n<!-- missing: ## Expected impact -->\n```',
  kinds: ['action', 'charter'],
  check(document, context) {
    const required = REQUIRED_SECTIONS[document.kind] ?? [];
    const present = new Set(document.body.headings.map((h) => normalise(h.text)));
    const missing = required.filter((section) => !present.has(normalise(section)));
    if (missing.length === 0) return;
    // The closing `---`: the body starts right after it, whatever it holds.
    const range = document.lines.lineRange(document.lines.positionAt(Math.max(0, document.bodyStart - 1)).line);
    for (const section of missing) {
      context.report(range, `This ${document.kind} has no "${section}" section; add a \`## ${section}\` heading.`, { section });
    }
  },
};

function normalise(heading: string): string {
  return heading.toLowerCase().replace(/[\s:.]+$/, '').replace(/\s+/g, ' ').trim();
}
