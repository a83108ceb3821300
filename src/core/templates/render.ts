import { parse, parseDocument, stringify } from 'yaml';

/**
 * A value for one `{{slot}}` of a template.
 * - In the frontmatter, strings are written as YAML scalars, quoted where YAML
 *   needs it; lists become flow sequences (`[a, b]`); numbers and booleans as
 *   they are. `null` leaves out the whole line (for optional fields).
 * - In the body, values are written as plain text; lists are joined with ", ".
 */
export type SlotValue = string | number | boolean | readonly string[] | null;
export type Slots = Readonly<Record<string, SlotValue>>;

/** `{{name}}`, `{{ proposed_by }}`. */
const SLOT = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * A frontmatter line a slot may sit on: the slot is the whole value of a field
 * (`title: {{title}}`) or of a list item (`- {{value}}`). Anything else (a slot
 * in the middle of text) could not be quoted safely, so it is a template bug.
 */
const WHOLE_VALUE_LINE = /^(\s*(?:-\s+)?(?:[A-Za-z0-9_-]+:\s+)?)\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}\s*$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Fills a template's `{{slots}}`. Throws a plain Error for anything wrong with
 * the template or the slots given (an unfilled slot, a slot inside text in the
 * frontmatter, frontmatter that would not be valid YAML): those are bugs in
 * netgov, never the user's doing. `name` is used in those messages.
 */
export function renderTemplate(template: string, slots: Slots, name = 'template'): string {
  const text = template.replace(/\r\n?/g, '\n');
  const split = splitTemplate(text);
  const valueOf = (slot: string): SlotValue => {
    if (!Object.prototype.hasOwnProperty.call(slots, slot)) throw new Error(`Template ${name}: no value was given for {{${slot}}}.`);
    return slots[slot] as SlotValue;
  };

  let frontmatter = '';
  if (split.frontmatter !== undefined) {
    const lines: string[] = [];
    for (const line of split.frontmatter.split('\n')) {
      if (!line.includes('{{')) {
        lines.push(line);
        continue;
      }
      const match = WHOLE_VALUE_LINE.exec(line);
      if (!match) throw new Error(`Template ${name}: a frontmatter slot must be a whole value, as in "title: {{title}}": ${JSON.stringify(line)}`);
      const value = valueOf(match[2]!);
      if (value === null) continue;
      lines.push(match[1]! + yamlValue(value));
    }
    frontmatter = `---\n${lines.join('\n')}\n---\n`;
    const parsed = parseDocument(lines.join('\n'), { version: '1.2', uniqueKeys: true, logLevel: 'error' });
    if (parsed.errors.length > 0) throw new Error(`Template ${name}: the rendered frontmatter is not valid YAML: ${parsed.errors[0]!.message.split('\n', 1)[0]}`);
  }

  const body = split.body.replace(SLOT, (_whole, slot: string) => {
    const value = valueOf(slot);
    if (value === null) throw new Error(`Template ${name}: {{${slot}}} is in the text, where it cannot be left out.`);
    return textValue(value);
  });
  return frontmatter + body;
}

/** The frontmatter (between the opening and closing `---` lines) and the rest. */
function splitTemplate(text: string): { frontmatter: string | undefined; body: string } {
  if (!text.startsWith('---\n')) return { frontmatter: undefined, body: text };
  const close = /^---[ \t]*$/m;
  const rest = text.slice(4);
  const match = close.exec(rest);
  if (!match) throw new Error('Template frontmatter is opened with --- but never closed.');
  const frontmatter = rest.slice(0, Math.max(0, match.index - 1));
  const after = rest.slice(match.index + match[0].length);
  return { frontmatter, body: after.startsWith('\n') ? after.slice(1) : after };
}

function textValue(value: Exclude<SlotValue, null>): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.join(', ');
}

/** A value as it is written after `key: ` in the frontmatter. */
export function yamlValue(value: Exclude<SlotValue, null>): string {
  if (typeof value === 'string') return yamlScalar(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} in frontmatter.`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  return `[${value.map((item) => yamlScalar(item, true)).join(', ')}]`;
}

/**
 * A string as a YAML scalar that reads back as exactly the same string: plain
 * when that is safe, quoted otherwise (`Referral: shared form`, `#123`, `- a`,
 * `2026`, `true`). The yaml package decides first; the result is then read back
 * both as YAML 1.2 (what netgov reads) and YAML 1.1 (what many other tools still
 * read, where `yes` and `off` are booleans), and quoted if either disagrees.
 * ISO dates stay plain: YAML 1.2 reads them as text, which is what the schemas want.
 * `inFlow`: the scalar goes inside `[...]`, where commas and brackets end it.
 */
export function yamlScalar(value: string, inFlow = false): string {
  const candidate = stringify(value, { version: '1.2', lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
  if (!candidate.includes('\n') && readsBackAs(candidate, value, inFlow)) return candidate;
  // JSON strings are valid YAML double-quoted scalars, with every character escaped as needed.
  return JSON.stringify(value);
}

function readsBackAs(scalar: string, value: string, inFlow: boolean): boolean {
  const source = inFlow ? `v: [${scalar}]` : `v: ${scalar}`;
  const versions: ('1.1' | '1.2')[] = ISO_DATE.test(value) ? ['1.2'] : ['1.2', '1.1'];
  return versions.every((version) => {
    try {
      const data = parse(source, { version, uniqueKeys: true, logLevel: 'error' }) as { v?: unknown } | null;
      const read = inFlow ? (Array.isArray(data?.v) && data.v.length === 1 ? data.v[0] : undefined) : data?.v;
      return read === value;
    } catch {
      return false;
    }
  });
}
