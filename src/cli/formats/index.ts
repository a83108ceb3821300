import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import type { Formatter } from './shared';
import { formatText } from './text';

export type { FormatOptions, Formatter } from './shared';

export type FormatName = 'text' | 'json' | 'sarif' | 'github' | 'gitlab';

export const formats: Readonly<Record<FormatName, Formatter>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
};

/** For validating `--format` and listing the choices in help text. */
export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formats, name);
}
