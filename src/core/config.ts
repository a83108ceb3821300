import { posix } from 'node:path';
import { parseYaml } from './parse/yaml-source';
import { NetworkDocument, DEFAULT_LIMITS, type ParseLimits } from './document';
import type { Finding } from './model/finding';
import { group, number, text, textList, type Data } from './model/fields';
import type { Severity } from './diagnostic';
import type { RuleCode } from './rules';
import { LineIndex } from './text/line-index';
import { decode } from './text/decode';
import { validateAgainstSchema } from './schema/validate';
import { didYouMean } from './text/suggest';
import { pushAll } from './arrays';
import { hasControlCharacter } from './text/printable';
import { MIN_COUNT, minCountOf } from './pulse/suppression';

export const CONFIG_FILE = 'netgov.yml';
export const CHARTER_FILE = 'CHARTER.md';

/** Where a network keeps each kind of document, relative to its root. */
export interface Layout {
  readonly purpose: string;
  readonly members: string;
  readonly actions: string;
  readonly meetings: string;
  readonly pulses: string;
}

export const DEFAULT_LAYOUT: Layout = { purpose: 'PURPOSE.md', members: 'members', actions: 'actions', meetings: 'meetings', pulses: 'pulses' };

/** What makes a working tie in the collaboration graph (`health.ties`; the rule is in health/ties.ts). */
export interface TieSettings {
  /** Meetings of at most this many people (attendees and facilitator, each once) tie those present. */
  readonly meetingSize: number;
  /** Only actions and meetings of this many months up to the day tie members (open agreed work always does). */
  readonly months: number;
}

/** The defaults, also stated in schemas/netgov.schema.json and docs/format.md. */
export const DEFAULT_TIES: TieSettings = { meetingSize: 12, months: 12 };

export type SeveritySetting = Severity | 'off';

export interface NetworkConfig {
  readonly layout: Layout;
  /** Per-rule severity overrides from `rules:`. */
  readonly severities: ReadonlyMap<RuleCode, SeveritySetting>;
  readonly limits: ParseLimits;
  /** The network's own checklist (`health.checklist`), relative to the root and normalised. */
  readonly checklist?: string;
  /** What makes a working tie (`health.ties`), when netgov.yml says; otherwise DEFAULT_TIES. */
  readonly ties?: TieSettings;
  /** The fewest people a figure may come from (`privacy.min_count`, never below MIN_COUNT); absent means MIN_COUNT. */
  readonly minCount?: number;
  /** Strings the privacy.* rules never report (`privacy.allow`): a public shared mailbox, a published switchboard number. */
  readonly privacyAllow?: readonly string[];
}

export const DEFAULT_CONFIG: NetworkConfig = { layout: DEFAULT_LAYOUT, severities: new Map(), limits: DEFAULT_LIMITS };

export interface LoadedConfig {
  readonly config: NetworkConfig;
  /** The parsed file, when there is one (for its diagnostics and, in the editor, hovers). */
  readonly document?: NetworkDocument;
  readonly findings: readonly Finding[];
}

/**
 * Reads `netgov.yml`. Whatever is wrong with it is reported and the defaults
 * stand in for the parts that could not be read, so the network is still checked.
 */
/**
 * A layout path, normalised, when it stays inside the network's folder and has
 * no control character; else undefined. The schema says the same, but code
 * checks again after normalising: `x\n/../../../outside` once slipped past a
 * `.`-based guard and normalised to a path outside (issue 13).
 */
export function insidePath(value: string): string | undefined {
  if (hasControlCharacter(value) || value.includes('\\') || /^[A-Za-z]:/.test(value)) return undefined;
  const normal = posix.normalize(value).replace(/\/+$/, '');
  if (normal === '' || normal === '.' || normal === '..' || normal.startsWith('../') || normal.startsWith('/')) return undefined;
  return normal;
}

export function readConfig(path: string, bytes: Uint8Array, knownRules: readonly RuleCode[]): LoadedConfig {
  const { text: source } = decode(bytes);
  const lines = new LineIndex(source);
  const parsed = parseYaml(source, DEFAULT_LIMITS.maxAliases);
  const document = new NetworkDocument(path, 'config', 'netgov', source, lines, 0, source, parsed.data, source.length);
  const findings: Finding[] = parsed.problems.map((p) => ({ code: p.code, range: lines.rangeOf(p.start, p.end), message: p.message }));
  if (!parsed.data) return { config: DEFAULT_CONFIG, document, findings };

  const schemaFindings = validateAgainstSchema(document, 'config');
  pushAll(findings, schemaFindings);
  const invalid = new Set(schemaFindings.map((f) => JSON.stringify((f.data?.path as unknown[] | undefined)?.slice(0, 2))));
  const usable = (section: string, key: string): boolean => !invalid.has(JSON.stringify([section, key])) && !invalid.has(JSON.stringify([section]));

  const layoutData = group(parsed.data, 'layout');
  const layout = Object.fromEntries(
    (Object.keys(DEFAULT_LAYOUT) as (keyof Layout)[]).map((key) => {
      const value = usable('layout', key) ? text(layoutData, key) : undefined;
      // `./people/` and `people` name the same folder; discovery compares normalised paths.
      const normal = value !== undefined ? insidePath(value) : undefined;
      return [key, normal ?? DEFAULT_LAYOUT[key]];
    }),
  ) as unknown as Layout;

  const severities = new Map<RuleCode, SeveritySetting>();
  const rules: Data = group(parsed.data, 'rules');
  for (const [code, setting] of Object.entries(rules ?? {})) {
    const known = knownRules.find((rule) => rule === code);
    if (known === undefined) {
      const guess = didYouMean(code, knownRules);
      findings.push({
        code: 'config.unknown-rule',
        range: document.rangeOf(['rules', code], 'key'),
        message: `There is no rule \`${code}\`.` + (guess ? ` Did you mean \`${guess}\`?` : ' The rules are listed in docs/rules.md.'),
        data: { path: ['rules', code], ...(guess ? { suggestion: guess } : {}) },
      });
    } else if (usable('rules', code) && typeof setting === 'string') {
      severities.set(known, setting as SeveritySetting);
    }
  }

  const limitsData = group(parsed.data, 'limits');
  const maxKb = usable('limits', 'max_file_kb') ? number(limitsData, 'max_file_kb') : undefined;
  const maxAliases = usable('limits', 'max_aliases') ? number(limitsData, 'max_aliases') : undefined;
  const limits: ParseLimits = {
    maxFileBytes: maxKb !== undefined ? maxKb * 1024 : DEFAULT_LIMITS.maxFileBytes,
    maxAliases: maxAliases ?? DEFAULT_LIMITS.maxAliases,
  };
  const checklist = usable('health', 'checklist') ? text(group(parsed.data, 'health'), 'checklist') : undefined;
  const ties = tieSettings(group(group(parsed.data, 'health'), 'ties'), schemaFindings);
  const minCount = usable('privacy', 'min_count') ? minCountOf(number(group(parsed.data, 'privacy'), 'min_count')) : MIN_COUNT;
  // Each string item counts, even when another item is wrong (the schema reports that one).
  const privacyAllow = textList(group(parsed.data, 'privacy'), 'allow')
    .map((item) => item.value)
    .filter((value) => value.trim() !== '');
  return {
    config: {
      layout,
      severities,
      limits,
      ...(checklist !== undefined ? { checklist: posix.normalize(checklist) } : {}),
      ...(ties ? { ties } : {}),
      ...(minCount !== MIN_COUNT ? { minCount } : {}),
      ...(privacyAllow.length > 0 ? { privacyAllow } : {}),
    },
    document,
    findings,
  };
}

/** `health.ties`, each setting that is valid, the defaults for the rest; undefined when the file does not set either. */
function tieSettings(data: Data, schemaFindings: readonly Finding[]): TieSettings | undefined {
  const valid = (key: string): boolean =>
    !schemaFindings.some((finding) => {
      const path = (finding.data?.path as unknown[] | undefined) ?? [];
      return path[0] === 'health' && (path.length === 1 || (path[1] === 'ties' && (path.length === 2 || path[2] === key)));
    });
  const meetingSize = valid('meeting_size') ? number(data, 'meeting_size') : undefined;
  const months = valid('months') ? number(data, 'months') : undefined;
  if (meetingSize === undefined && months === undefined) return undefined;
  return { meetingSize: meetingSize ?? DEFAULT_TIES.meetingSize, months: months ?? DEFAULT_TIES.months };
}
