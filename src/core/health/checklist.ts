import builtInYaml from '../../../checklists/netgov-core.yml';
import { NetworkDocument, DEFAULT_LIMITS } from '../document';
import type { Finding } from '../model/finding';
import type { ChecklistCode } from '../rules/checklist-rules';
import { parseYaml, type YamlPath } from '../parse/yaml-source';
import { validateAgainstSchema } from '../schema/validate';
import type { AnySchemaName, SchemaName } from '../schema/schemas';
import { LineIndex } from '../text/line-index';
import { decode } from '../text/decode';
import { didYouMean } from '../text/suggest';
import { pushAll } from '../arrays';

/**
 * Diagnostic checklists (schemas/checklist.schema.json, docs/checklists.md):
 * the indicators and survey questions that say how healthy a network is. Pure:
 * callers read the files; this module parses, checks and merges them.
 */

export const DIMENSIONS = ['purpose', 'leadership', 'participation', 'connectivity', 'governance', 'delivery', 'communication', 'inclusion'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The dimensions' names as reports print them (network-model.md's table). */
export const DIMENSION_TITLES: Readonly<Record<Dimension, string>> = {
  purpose: 'Shared purpose and impact',
  leadership: 'Distributed, time-limited leadership',
  participation: 'Participation and engagement',
  connectivity: 'Connectivity and power distribution',
  governance: 'Governance and decisions',
  delivery: 'Action and delivery',
  communication: 'Communication and learning',
  inclusion: 'Inclusion and representation',
};
export type Phase = 'start-up' | 'ongoing';
export type Direction = 'higher-is-better' | 'lower-is-better';

/** The automatic indicators netgov knows how to compute (the names used in checklists/netgov-core.yml). */
export const KNOWN_INDICATORS = [
  // purpose
  'purpose-exists',
  'outcomes-measurable',
  'outcomes-on-track',
  'actions-linked-to-outcomes',
  'purpose-reviewed-recently',
  // leadership
  'lead-roles-have-terms',
  'expired-terms-held',
  'distinct-leads-24-months',
  'continuous-tenure',
  'top-holder-share',
  'ownership-absence-factor',
  // participation
  'active-share-90-days',
  'proposals-from-non-leads',
  'never-active-share',
  'attendance-spread',
  // connectivity
  'graph-density',
  'degree-centralisation',
  'betweenness-centralisation',
  'isolates-share',
  'single-brokers',
  'leads-in-core',
  'degree-gini',
  // governance
  'charter-decision-rules-stated',
  'decisions-recorded',
  'quorum-met',
  'proposal-to-decision-days',
  'charter-reviewed-on-cadence',
  // delivery
  'actions-owned-dated',
  'overdue-share',
  'stale-share',
  'completions-per-quarter',
  'impact-evidence-share',
  // communication
  'minutes-published-share',
  'minutes-delay-days',
  'first-response-days',
  'days-since-temperature-check',
  // inclusion
  'organisations-in-leadership-vs-membership',
  'elephant-factor',
  'patient-partners-involved',
] as const;

export interface Thresholds {
  readonly direction: Direction;
  /** higher-is-better: healthy from this value up; lower-is-better: healthy from this value down. */
  readonly healthy: number;
  /** The boundary between watch and at risk, on the same side as `healthy`. */
  readonly watch: number;
}

export interface IndicatorSpec {
  readonly name: string;
  readonly params: Readonly<Record<string, number | string>>;
  readonly thresholds: Thresholds;
}

export interface QuestionSpec {
  readonly text: string;
  /** Mean score (1-5) from which the answers are healthy. */
  readonly healthy: number;
  /** Mean score (1-5) from which the answers are watch rather than at risk. */
  readonly watch: number;
}

interface ItemBase {
  readonly id: string;
  readonly dimension: Dimension;
  readonly title: string;
  readonly why: string;
  readonly improve: string;
  /** Greater than 0; default 1. */
  readonly weight: number;
  /** Multipliers of `weight` by the charter's phase; default 1 each. */
  readonly phaseWeights: Readonly<Record<Phase, number>>;
  /**
   * Where the thresholds (and a question's wording) come from: a source, or
   * netgov's default to agree at charter review. Absent when not stated, and
   * when a network's own checklist changes the thresholds without saying why.
   */
  readonly basis?: string;
}

export interface IndicatorItem extends ItemBase {
  readonly type: 'indicator';
  readonly indicator: IndicatorSpec;
}

export interface QuestionItem extends ItemBase {
  readonly type: 'question';
  readonly question: QuestionSpec;
}

export type ChecklistItem = IndicatorItem | QuestionItem;

/** A complete checklist: every item has everything needed to judge it. */
export interface Checklist {
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
  readonly items: readonly ChecklistItem[];
}

/** An item as written in a file: a new item in full, or changes to an item of the base checklist. */
export interface ChecklistItemInput {
  readonly id: string;
  readonly dimension?: Dimension;
  readonly title?: string;
  readonly why?: string;
  readonly improve?: string;
  readonly type?: 'indicator' | 'question';
  readonly indicator?: { readonly name?: string; readonly params?: Readonly<Record<string, number | string>>; readonly thresholds?: Partial<Thresholds> };
  readonly question?: Partial<QuestionSpec>;
  readonly weight?: number;
  readonly phase_weights?: Partial<Record<Phase, number>>;
  readonly basis?: string;
}

/** A checklist file as read: its valid items, which may be partial when they override the base checklist. */
export interface ChecklistFile {
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
  readonly items: readonly ChecklistItemInput[];
}

export interface ReadChecklist {
  /** Undefined when the file could not be read at all. Items with findings are left out. */
  readonly checklist: ChecklistFile | undefined;
  readonly document: NetworkDocument;
  readonly findings: readonly Finding[];
}

export interface ReadChecklistOptions {
  /** The checklist this file adds to: items with its ids may give only what they change. None for a stand-alone checklist. */
  readonly base?: Checklist;
}

/**
 * validateAgainstSchema takes the names of network documents' schemas; the
 * checklist schema is registered beside them and validates the same way.
 */
const CHECKLIST_SCHEMA = 'checklist' as AnySchemaName as SchemaName;

const REQUIRED_FOR_NEW = ['dimension', 'title', 'why', 'improve', 'type'] as const;

/**
 * Reads a checklist file. Schema problems come with the exact key or value;
 * on top of the schema: an item's block must match its `type`, ids must be
 * unique, indicator names must be known, a new item must be complete and
 * thresholds must be in the right order for their direction.
 */
export function readChecklist(path: string, bytes: Uint8Array, options: ReadChecklistOptions = {}): ReadChecklist {
  const { text: source } = decode(bytes);
  const lines = new LineIndex(source);
  const parsed = parseYaml(source, DEFAULT_LIMITS.maxAliases);
  const id = (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
  const document = new NetworkDocument(path, CHECKLIST_SCHEMA, id, source, lines, 0, source, parsed.data, source.length);
  const findings: Finding[] = parsed.problems.map((p) => ({ code: p.code, range: lines.rangeOf(p.start, p.end), message: p.message }));
  if (!parsed.data) return { checklist: undefined, document, findings };

  const schemaFindings = validateAgainstSchema(document, CHECKLIST_SCHEMA);
  pushAll(findings, schemaFindings);
  const badItems = new Set<number>();
  let topLevelBroken = false;
  for (const finding of schemaFindings) {
    const at = finding.data?.path as YamlPath | undefined;
    if (at && at[0] === 'items' && typeof at[1] === 'number') badItems.add(at[1]);
    else if (!at || at.length === 0 || at[0] === 'id' || at[0] === 'items') topLevelBroken = true;
  }

  const data = parsed.data;
  const rawItems = Array.isArray(data.items) ? (data.items as unknown[]) : [];
  const baseItems = new Map((options.base?.items ?? []).map((item) => [item.id, item]));
  const seen = new Map<string, number>();
  const report = (index: number, code: ChecklistCode, where: YamlPath, part: 'key' | 'value', message: string, extra: Record<string, unknown> = {}): void => {
    badItems.add(index);
    findings.push({ code, range: document.rangeOf(where, part), message, data: { path: where, ...extra } });
  };

  rawItems.forEach((raw, index) => {
    if (!isRecord(raw) || typeof raw.id !== 'string') return; // the schema has said so
    const item = raw as unknown as ChecklistItemInput;
    const at = (...rest: (string | number)[]): YamlPath => ['items', index, ...rest];

    const first = seen.get(item.id);
    if (first !== undefined) {
      report(index, 'checklist.duplicate-id', at('id'), 'value', `Another item (items[${first}]) already has the id \`${item.id}\`. Give each item its own id.`);
    } else {
      seen.set(item.id, index);
    }

    const base = baseItems.get(item.id);
    const type = item.type ?? base?.type;
    if (type === 'indicator' && item.question !== undefined) {
      report(index, 'checklist.wrong-block', at('question'), 'key', `\`${item.id}\` is an indicator, so it takes \`indicator\`, not \`question\`.`);
    } else if (type === 'question' && item.indicator !== undefined) {
      report(index, 'checklist.wrong-block', at('indicator'), 'key', `\`${item.id}\` is a survey question, so it takes \`question\`, not \`indicator\`.`);
    }

    if (!base) {
      const missing = REQUIRED_FOR_NEW.filter((key) => item[key] === undefined);
      if (item.type === 'indicator' && item.indicator === undefined) missing.push('indicator' as never);
      if (item.type === 'question' && item.question === undefined) missing.push('question' as never);
      if (missing.length > 0) {
        const known = options.base ? ` It is not an item of ${options.base.id}, so it is a new item.` : '';
        report(index, 'checklist.incomplete-item', at('id'), 'value', `Item \`${item.id}\` needs ${missing.map((m) => `\`${m}\``).join(', ')}.${known}`, { missing });
      } else if (item.type === 'indicator' && item.indicator) {
        const need = [item.indicator.name === undefined ? 'name' : '', ...(['direction', 'healthy', 'watch'] as const).filter((k) => item.indicator?.thresholds?.[k] === undefined).map((k) => `thresholds.${k}`)].filter(Boolean);
        if (need.length > 0) report(index, 'checklist.incomplete-item', at('indicator'), 'key', `The indicator of \`${item.id}\` needs ${need.map((m) => `\`${m}\``).join(', ')}.`, { missing: need });
      } else if (item.type === 'question' && item.question) {
        const need = (['text', 'healthy', 'watch'] as const).filter((k) => item.question?.[k] === undefined);
        if (need.length > 0) report(index, 'checklist.incomplete-item', at('question'), 'key', `The question \`${item.id}\` needs ${need.map((m) => `\`${m}\``).join(', ')}.`, { missing: need });
      }
    }

    const name = item.indicator?.name;
    if (typeof name === 'string' && !(KNOWN_INDICATORS as readonly string[]).includes(name)) {
      const guess = didYouMean(name, KNOWN_INDICATORS);
      report(index, 'checklist.unknown-indicator', at('indicator', 'name'), 'value', `netgov has no indicator \`${name}\`.` + (guess ? ` Did you mean \`${guess}\`?` : ' The indicators are listed in docs/checklists.md.'), guess ? { suggestion: guess } : {});
    }

    if (!badItems.has(index)) checkOrder(item, base, index, report);
  });

  if (topLevelBroken || typeof data.id !== 'string') return { checklist: undefined, document, findings };
  const checklist: ChecklistFile = {
    id: data.id,
    ...(typeof data.title === 'string' ? { title: data.title } : {}),
    ...(typeof data.description === 'string' ? { description: data.description } : {}),
    items: rawItems.filter((raw, index) => !badItems.has(index) && isRecord(raw)) as ChecklistItemInput[],
  };
  return { checklist, document, findings };
}

/** healthy must be on the better side of watch (equal is allowed: no watch band). */
function checkOrder(
  item: ChecklistItemInput,
  base: ChecklistItem | undefined,
  index: number,
  report: (index: number, code: ChecklistCode, where: YamlPath, part: 'key' | 'value', message: string) => void,
): void {
  const baseThresholds = base?.type === 'indicator' ? base.indicator.thresholds : undefined;
  const baseQuestion = base?.type === 'question' ? base.question : undefined;
  if (item.indicator?.thresholds) {
    const t = { ...baseThresholds, ...item.indicator.thresholds };
    if (t.direction && typeof t.healthy === 'number' && typeof t.watch === 'number') {
      const wrong = t.direction === 'higher-is-better' ? t.healthy < t.watch : t.healthy > t.watch;
      if (wrong) {
        const side = t.direction === 'higher-is-better' ? 'at least' : 'at most';
        report(index, 'checklist.threshold-order', ['items', index, 'indicator', 'thresholds'], 'key', `With ${t.direction}, \`healthy\` (${t.healthy}) must be ${side} \`watch\` (${t.watch}).`);
      }
    }
  }
  if (item.question && (item.question.healthy !== undefined || item.question.watch !== undefined)) {
    const healthy = item.question.healthy ?? baseQuestion?.healthy;
    const watch = item.question.watch ?? baseQuestion?.watch;
    if (healthy !== undefined && watch !== undefined && healthy < watch) {
      report(index, 'checklist.threshold-order', ['items', index, 'question'], 'key', `\`healthy\` (${healthy}) must be at least \`watch\` (${watch}): a higher mean score is better.`);
    }
  }
}

/**
 * The checklist as the base plus a network's own file: items with a base id
 * change only the fields they give (thresholds, weights, text...); items with
 * a new id are added when complete. The file's id and title win.
 */
export function mergeChecklists(builtIn: Checklist, overrides: ChecklistFile): Checklist {
  const byId = new Map(overrides.items.map((item) => [item.id, item]));
  const items: ChecklistItem[] = builtIn.items.map((item) => {
    const change = byId.get(item.id);
    return change ? (apply(item, change) ?? item) : item;
  });
  const known = new Set(builtIn.items.map((item) => item.id));
  for (const input of overrides.items) {
    if (known.has(input.id)) continue;
    const item = apply(undefined, input);
    if (item) {
      items.push(item);
      known.add(input.id);
    }
  }
  const title = overrides.title ?? builtIn.title;
  const description = overrides.description ?? builtIn.description;
  return { id: overrides.id, ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}), items };
}

/** An item with the input's fields laid over the base's; undefined when the result is incomplete. */
function apply(base: ChecklistItem | undefined, input: ChecklistItemInput): ChecklistItem | undefined {
  const dimension = input.dimension ?? base?.dimension;
  const title = input.title ?? base?.title;
  const why = input.why ?? base?.why;
  const improve = input.improve ?? base?.improve;
  const type = input.type ?? base?.type;
  if (!dimension || !title || !why || !improve || !type) return undefined;
  const common = {
    id: input.id,
    dimension,
    title,
    why,
    improve,
    weight: input.weight ?? base?.weight ?? 1,
    phaseWeights: {
      'start-up': input.phase_weights?.['start-up'] ?? base?.phaseWeights['start-up'] ?? 1,
      ongoing: input.phase_weights?.ongoing ?? base?.phaseWeights.ongoing ?? 1,
    },
    ...basisOf(base, input),
  };
  if (type === 'indicator') {
    const from = base?.type === 'indicator' ? base.indicator : undefined;
    const name = input.indicator?.name ?? from?.name;
    const t = { ...from?.thresholds, ...input.indicator?.thresholds };
    if (!name || !t.direction || t.healthy === undefined || t.watch === undefined) return undefined;
    const params = { ...from?.params, ...input.indicator?.params };
    return { ...common, type, indicator: { name, params, thresholds: { direction: t.direction, healthy: t.healthy, watch: t.watch } } };
  }
  const from = base?.type === 'question' ? base.question : undefined;
  const q = { ...from, ...input.question };
  if (q.text === undefined || q.healthy === undefined || q.watch === undefined) return undefined;
  return { ...common, type, question: { text: q.text, healthy: q.healthy, watch: q.watch } };
}

/** The input's basis; else the base's, unless the input changes the thresholds (then the base's basis no longer describes them). */
function basisOf(base: ChecklistItem | undefined, input: ChecklistItemInput): { basis?: string } {
  if (input.basis !== undefined) return { basis: input.basis };
  const changed = input.indicator?.thresholds !== undefined || input.question?.healthy !== undefined || input.question?.watch !== undefined || input.question?.text !== undefined;
  return base?.basis !== undefined && !changed ? { basis: base.basis } : {};
}

const EMPTY: Checklist = { id: 'netgov-core', items: [] };
let builtIn: Checklist | undefined;

/** The checklist that comes with netgov (checklists/netgov-core.yml, bundled as text). */
export function builtInChecklist(): Checklist {
  if (!builtIn) {
    const read = readChecklist('checklists/netgov-core.yml', new TextEncoder().encode(builtInYaml));
    if (!read.checklist || read.findings.length > 0) {
      throw new Error(`netgov: the built-in checklist is not valid: ${read.findings.map((f) => f.message).join(' ')}`);
    }
    builtIn = mergeChecklists(EMPTY, read.checklist);
  }
  return builtIn;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
