import * as vscode from 'vscode';

/**
 * The questions the authoring commands ask, behind an interface so that tests
 * can answer them without any UI. Every question has a key ('title',
 * 'owners'...); each returns undefined when the user presses Escape, and the
 * command then stops without writing anything.
 */

/** What a validator says about a typed value: nothing (fine), an error (cannot accept), or information (fine; shown below the box). */
export type Validation = { readonly severity: 'error' | 'info'; readonly message: string } | undefined;

export interface InputRequest {
  readonly key: string;
  readonly title: string;
  readonly prompt?: string;
  readonly placeholder?: string;
  /** The text the box starts with; Enter accepts it. */
  readonly value?: string;
  readonly step?: Step;
  readonly validate?: (value: string) => Validation;
}

export interface PickItem {
  /** What the command receives when the item is chosen (an id, a URI...). */
  readonly value: string;
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
  /** For multiple choice: ticked at first. */
  readonly picked?: boolean;
}

export interface PickRequest {
  readonly key: string;
  readonly title: string;
  readonly placeholder?: string;
  readonly items: readonly PickItem[];
  /** The value of the item highlighted at first (Enter chooses it). */
  readonly active?: string;
  readonly step?: Step;
}

export interface FolderRequest {
  readonly key: string;
  readonly title: string;
  readonly openLabel: string;
  readonly defaultUri?: vscode.Uri;
}

export interface FileRequest {
  readonly key: string;
  readonly title: string;
  readonly openLabel: string;
  /** What the dialog offers, as showOpenDialog takes them: a label and the extensions it covers, without dots (`{ 'CSV files': ['csv'] }`). */
  readonly filters?: Readonly<Record<string, readonly string[]>>;
  readonly defaultUri?: vscode.Uri;
}

export interface Step {
  readonly step: number;
  readonly totalSteps: number;
}

export interface Prompts {
  input(request: InputRequest): Promise<string | undefined>;
  pick(request: PickRequest): Promise<string | undefined>;
  /** Multiple choice; an empty list is a valid answer (nothing ticked). */
  pickMany(request: PickRequest): Promise<string[] | undefined>;
  folder(request: FolderRequest): Promise<vscode.Uri | undefined>;
  /** One existing file. */
  file(request: FileRequest): Promise<vscode.Uri | undefined>;
}

// ---------------------------------------------------------------------------
// The real thing

export class VscodePrompts implements Prompts {
  input(request: InputRequest): Promise<string | undefined> {
    const box = vscode.window.createInputBox();
    box.title = request.title;
    box.prompt = request.prompt;
    box.placeholder = request.placeholder;
    box.value = request.value ?? '';
    box.ignoreFocusOut = true;
    box.step = request.step?.step;
    box.totalSteps = request.step?.totalSteps;
    const check = (value: string): Validation => request.validate?.(value);
    const show = (result: Validation): void => {
      box.validationMessage = result && {
        message: result.message,
        severity: result.severity === 'error' ? vscode.InputBoxValidationSeverity.Error : vscode.InputBoxValidationSeverity.Info,
      };
    };
    show(box.value === '' ? undefined : check(box.value));
    return new Promise((resolve) => {
      let answer: string | undefined;
      box.onDidChangeValue((value) => show(check(value)));
      box.onDidAccept(() => {
        const result = check(box.value);
        show(result);
        if (result?.severity === 'error') return;
        answer = box.value;
        box.hide();
      });
      box.onDidHide(() => {
        box.dispose();
        resolve(answer);
      });
      box.show();
    });
  }

  pick(request: PickRequest): Promise<string | undefined> {
    return this.quickPick(request, false).then((values) => values?.[0]);
  }

  pickMany(request: PickRequest): Promise<string[] | undefined> {
    return this.quickPick(request, true);
  }

  async folder(request: FolderRequest): Promise<vscode.Uri | undefined> {
    const chosen = await vscode.window.showOpenDialog({
      title: request.title,
      openLabel: request.openLabel,
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: request.defaultUri,
    });
    return chosen?.[0];
  }

  async file(request: FileRequest): Promise<vscode.Uri | undefined> {
    const filters = request.filters && Object.fromEntries(Object.entries(request.filters).map(([label, extensions]) => [label, [...extensions]]));
    const chosen = await vscode.window.showOpenDialog({
      title: request.title,
      openLabel: request.openLabel,
      canSelectFiles: true,
      canSelectFolders: false,
      canSelectMany: false,
      defaultUri: request.defaultUri,
      filters,
    });
    return chosen?.[0];
  }

  private quickPick(request: PickRequest, many: boolean): Promise<string[] | undefined> {
    type Item = vscode.QuickPickItem & { readonly value: string };
    const items: Item[] = request.items.map((item) => ({ label: item.label, description: item.description, detail: item.detail, value: item.value, picked: item.picked }));
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = request.title;
    pick.placeholder = request.placeholder;
    pick.canSelectMany = many;
    pick.ignoreFocusOut = true;
    pick.matchOnDescription = true;
    pick.step = request.step?.step;
    pick.totalSteps = request.step?.totalSteps;
    pick.items = items;
    if (many) pick.selectedItems = items.filter((item) => item.picked);
    const active = items.find((item) => item.value === request.active);
    if (active) pick.activeItems = [active];
    return new Promise((resolve) => {
      let answer: string[] | undefined;
      pick.onDidAccept(() => {
        const chosen = many ? pick.selectedItems : pick.activeItems.slice(0, 1);
        if (!many && chosen.length === 0) return;
        answer = chosen.map((item) => item.value);
        pick.hide();
      });
      pick.onDidHide(() => {
        pick.dispose();
        resolve(answer);
      });
      pick.show();
    });
  }
}

// ---------------------------------------------------------------------------
// Scripted answers, for tests and automation

/**
 * An answer given in advance: a string (typed text, the value of the item to
 * choose, or the URI of the folder or file to open), a list of values (multiple choice), `true` (press Enter on what
 * is offered: the default text, the highlighted item, the ticked items), or
 * `null` (press Escape). A question with no answer is cancelled too.
 */
export type ScriptedAnswer = string | readonly string[] | true | null;

/** An answer the question cannot take (fails validation, names no item): a mistake in the script, so it throws. */
export class ScriptedAnswerError extends Error {
  override readonly name = 'ScriptedAnswerError';
}

export class ScriptedPrompts implements Prompts {
  /** The keys of the questions asked, in order. */
  readonly asked: string[] = [];

  constructor(private readonly answers: Readonly<Record<string, ScriptedAnswer | undefined>>) {}

  async input(request: InputRequest): Promise<string | undefined> {
    const answer = this.answer(request.key);
    if (answer === undefined) return undefined;
    if (Array.isArray(answer)) throw new ScriptedAnswerError(`'${request.key}' asks for text, not a list.`);
    const value = answer === true ? (request.value ?? '') : (answer as string);
    const problem = request.validate?.(value);
    if (problem?.severity === 'error') throw new ScriptedAnswerError(`'${request.key}': ${problem.message}`);
    return value;
  }

  async pick(request: PickRequest): Promise<string | undefined> {
    const answer = this.answer(request.key);
    if (answer === undefined) return undefined;
    if (answer === true) {
      const chosen = request.active ?? request.items[0]?.value;
      if (chosen === undefined) throw new ScriptedAnswerError(`'${request.key}' offers nothing to choose.`);
      return chosen;
    }
    if (typeof answer !== 'string') throw new ScriptedAnswerError(`'${request.key}' asks for one choice, not a list.`);
    this.check(request, [answer]);
    return answer;
  }

  async pickMany(request: PickRequest): Promise<string[] | undefined> {
    const answer = this.answer(request.key);
    if (answer === undefined) return undefined;
    if (answer === true) return request.items.filter((item) => item.picked).map((item) => item.value);
    const values = typeof answer === 'string' ? [answer] : [...(answer as readonly string[])];
    this.check(request, values);
    return values;
  }

  async folder(request: FolderRequest): Promise<vscode.Uri | undefined> {
    const answer = this.answer(request.key);
    if (answer === undefined) return undefined;
    if (typeof answer !== 'string') throw new ScriptedAnswerError(`'${request.key}' asks for a folder URI.`);
    return vscode.Uri.parse(answer, true);
  }

  async file(request: FileRequest): Promise<vscode.Uri | undefined> {
    const answer = this.answer(request.key);
    if (answer === undefined) return undefined;
    if (typeof answer !== 'string') throw new ScriptedAnswerError(`'${request.key}' asks for a file URI.`);
    return vscode.Uri.parse(answer, true);
  }

  private answer(key: string): ScriptedAnswer | undefined {
    this.asked.push(key);
    const answer = this.answers[key];
    return answer === null ? undefined : answer;
  }

  private check(request: PickRequest, values: readonly string[]): void {
    const offered = new Set(request.items.map((item) => item.value));
    for (const value of values) {
      if (!offered.has(value)) {
        throw new ScriptedAnswerError(`'${request.key}' does not offer '${value}' (it offers ${[...offered].map((v) => `'${v}'`).join(', ') || 'nothing'}).`);
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Command arguments

/**
 * What an authoring command may be given as its last argument, by a test or
 * another extension: answers to its questions (then no UI is shown) and the
 * date to use as today. Anything else (a tree item, a URI from a menu) is ignored.
 */
export interface AuthoringArgs {
  readonly answers?: Readonly<Record<string, ScriptedAnswer>>;
  /** YYYY-MM-DD. */
  readonly today?: string;
}

export interface AuthoringContext {
  readonly prompts: Prompts;
  /** Set when the answers were scripted; the command then shows no notifications that wait for a click. */
  readonly scripted: boolean;
  readonly today: string | undefined;
}

export function authoringContext(arg: unknown): AuthoringContext {
  if (typeof arg === 'object' && arg !== null && !(arg instanceof vscode.Uri)) {
    const { answers, today } = arg as { answers?: unknown; today?: unknown };
    const scripted = typeof answers === 'object' && answers !== null && !Array.isArray(answers);
    const day = typeof today === 'string' ? today : undefined;
    if (scripted || day !== undefined) {
      return { prompts: scripted ? new ScriptedPrompts(answers as Record<string, ScriptedAnswer>) : new VscodePrompts(), scripted, today: day };
    }
  }
  return { prompts: new VscodePrompts(), scripted: false, today: undefined };
}
