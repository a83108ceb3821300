import type { NetworkDocument } from '../document';
import type { BodyHeading } from '../parse/body';
import { defineDocumentRule } from './rule';
import { trailingRunStart } from '../text/trailing';

/** Sections each kind's body must have, by heading text (any level, any case). */
export const REQUIRED_SECTIONS: Readonly<Partial<Record<string, readonly string[]>>> = {
  action: ['Proposal', 'Expected impact'],
  charter: ['How we work', 'Decision making', 'Membership'],
};

export const bodyRequiredSection = defineDocumentRule({
  code: 'body.required-section',
  defaultSeverity: 'error',
  summary: 'A document\'s text lacks a section it needs',
  explanation:
    'Some documents need certain sections so that every member can find the same things in the same place: an action explains its **Proposal** and its **Expected impact**; the charter says **How we work**, how **Decision making** works, and who can join (**Membership**). Add the section as a heading (`## Proposal`).',
  example: '```markdown\n---\ntitle: Shared referral form\n...\n---\n## Proposal\nUse one referral form across the three community teams.\n<!-- missing: ## Expected impact -->\n```',
  kinds: ['action', 'charter'],
  check(document, context) {
    const missing = requiredSections(document)
      .filter((section) => section.heading === undefined)
      .map((section) => section.name);
    if (missing.length === 0) return;
    // The closing `---`: the body starts right after it, whatever it holds.
    const range = document.lines.lineRange(document.lines.positionAt(Math.max(0, document.bodyStart - 1)).line);
    for (const section of missing) {
      context.report(range, `This ${document.kind} has no "${section}" section; add a \`## ${section}\` heading.`, { section });
    }
  },
});

/** A section a document's kind requires: its name and, when the body has it, its heading and its text (up to the next heading of the same or a higher level; offsets into the body). */
export interface RequiredSection {
  readonly name: string;
  readonly heading?: BodyHeading;
  /** The section's text under its heading, subsections included; '' when there is no heading. */
  readonly text: string;
}

/** The sections the document's kind requires (REQUIRED_SECTIONS), each found in its body by heading text (any level, any case), in the order required. */
export function requiredSections(document: NetworkDocument): RequiredSection[] {
  const required = REQUIRED_SECTIONS[document.kind] ?? [];
  if (required.length === 0) return [];
  const headings = document.body.headings;
  const body = document.text.slice(document.bodyStart);
  return required.map((name) => {
    const index = headings.findIndex((h) => normalise(h.text) === normalise(name));
    if (index < 0) return { name, text: '' };
    const heading = headings[index]!;
    const next = headings.slice(index + 1).find((h) => h.depth <= heading.depth);
    return { name, heading, text: body.slice(heading.end, next?.start ?? body.length) };
  });
}

/** A heading as compared: lower case, spaces collapsed, without the spaces, `:` and `.` it ends with. */
function normalise(heading: string): string {
  return heading.slice(0, trailingRunStart(heading, /[\s:.]/)).toLowerCase().replace(/\s+/g, ' ').trim();
}
