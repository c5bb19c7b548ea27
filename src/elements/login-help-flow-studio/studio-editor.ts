/**
 * The studio's editor: CodeMirror 6 in the element's shadow root, with JSON highlighting, history,
 * each `parseFlow` problem underlined where it is (flow-analysis.ts) with its did-you-mean fix as a
 * lint action, and completion (flow-completion.ts). Only the extensions it needs, not `basicSetup`
 * (nor Lezer's JSON language: json-tree.ts reads the text, json-highlighting.ts colours it), so that
 * the studio stays within its size budget.
 * Every change of the text is a transaction: applying a fix or loading a whole new text is undone
 * by Ctrl+Z like typing.
 */
import { Compartment, EditorSelection, EditorState, Transaction } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { history, historyKeymap, isolateHistory, redo, redoDepth, standardKeymap, undo, undoDepth } from '@codemirror/commands';
import { forceLinting, lintKeymap, linter, type Diagnostic } from '@codemirror/lint';
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import type { FlowProblemFix } from '../../flow/parse.js';
import type { Language } from '../../localize/languages.js';
import { analyseFlow, type FlowAnalysis } from './flow-analysis.js';
import { flowCompletion } from './flow-completion.js';
import { problemRange, stepRange } from './json-positions.js';
import { readJson, type TextRange } from './json-tree.js';
import { jsonHighlighting } from './json-highlighting.js';

/** How long the linter waits after a keystroke (the underline must follow within 300 ms). */
export const LINT_DELAY = 75;

export interface StudioEditorOptions {
  /** Where the editor goes, and the shadow root it lives in. */
  parent: HTMLElement;
  root: ShadowRoot;
  text: string;
  /** The language of the problems' messages. */
  language(): Language;
  /** The text was read anew (after each change, once the linter has run). */
  analysed(analysis: FlowAnalysis): void;
  /** The text changed (typing, a fix, a whole new text, undo). */
  changed(): void;
  /** Ctrl+S (Cmd+S) in the editor. */
  save(): void;
  /** The name of a fix's action ("Replace with `x`"). */
  fixLabel(fix: FlowProblemFix): string;
}

/** The editor of one studio. */
export class StudioEditor {
  readonly view: EditorView;
  private readonly _label = new Compartment();

  constructor(private readonly _options: StudioEditorOptions) {
    this.view = new EditorView({
      parent: _options.parent,
      root: _options.root,
      state: EditorState.create({ doc: _options.text, extensions: this._extensions() }),
    });
  }

  /** The text now. */
  get text(): string {
    return this.view.state.doc.toString();
  }

  /** How many changes Undo and Redo can take back or do again. */
  get undoDepth(): number {
    return undoDepth(this.view.state);
  }

  get redoDepth(): number {
    return redoDepth(this.view.state);
  }

  /** Replaces the whole text: an undoable change (`history: true`), or a fresh start (a file just read). */
  setText(text: string, options: { history: boolean }): void {
    if (text === this.text) return;
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      // A change of its own in the history, not joined to the typing just before it.
      annotations: options.history ? [isolateHistory.of('full')] : [Transaction.addToHistory.of(false)],
    });
  }

  /** Applies a did-you-mean fix to the range it is about (one undoable change). */
  applyFix(from: number, to: number, fix: FlowProblemFix): void {
    const length = this.view.state.doc.length;
    const insert = JSON.stringify(fix.with);
    this.view.dispatch({
      changes: { from: Math.min(from, length), to: Math.min(to, length), insert },
      selection: EditorSelection.cursor(Math.min(from, length) + insert.length),
      userEvent: 'input.fix',
      annotations: isolateHistory.of('full'),
      scrollIntoView: true,
    });
  }

  /** Selects a range (clamped to the text), scrolls to it, and focuses the editor if asked. */
  select(from: number, to: number, focus: boolean): void {
    const length = this.view.state.doc.length;
    this.view.dispatch({
      selection: EditorSelection.single(Math.min(from, length), Math.min(to, length)),
      scrollIntoView: true,
    });
    if (focus) this.view.focus();
  }

  /** Where `path` (`steps[3]`, `steps[3].next` …) is in the text now (json-positions.ts). */
  rangeOf(path: string): TextRange {
    return problemRange(readJson(this.text), path);
  }

  /** Where `steps[at]` (its whole object) is in the text now. */
  stepRange(at: number): TextRange | undefined {
    return stepRange(readJson(this.text), at);
  }

  undo(): boolean {
    return undo(this.view);
  }

  redo(): boolean {
    return redo(this.view);
  }

  /** Reads the text again now (after a change of language). */
  relint(): void {
    forceLinting(this.view);
  }

  /** The editor's accessible name. */
  setLabel(label: string): void {
    this.view.dispatch({ effects: this._label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label })) });
  }

  destroy(): void {
    this.view.destroy();
  }

  private _diagnostics(view: EditorView): Diagnostic[] {
    const analysis = analyseFlow(view.state.doc.toString(), this._options.language());
    this._options.analysed(analysis);
    return analysis.problems.map(({ from, to, message, fix }) => ({
      from,
      to,
      severity: 'error',
      message,
      actions: fix
        ? [
            {
              name: this._options.fixLabel(fix),
              apply: (target: EditorView, start: number, end: number) => {
                target.dispatch({
                  changes: { from: start, to: end, insert: JSON.stringify(fix.with) },
                  userEvent: 'input.fix',
                  annotations: isolateHistory.of('full'),
                });
              },
            },
          ]
        : [],
    }));
  }

  private _extensions() {
    return [
      lineNumbers(),
      history(),
      closeBrackets(),
      highlightActiveLine(),
      jsonHighlighting,
      linter((view) => this._diagnostics(view), { delay: LINT_DELAY }),
      autocompletion({ override: [flowCompletion] }),
      this._label.of([]),
      // Focusable as it is (contenteditable); said outright for checkers that look for tabindex on a scrolling region's content.
      EditorView.contentAttributes.of({ tabindex: '0' }),
      keymap.of([
        { key: 'Mod-s', preventDefault: true, run: () => (this._options.save(), true) },
        ...closeBracketsKeymap,
        ...standardKeymap,
        ...historyKeymap,
        ...completionKeymap,
        ...lintKeymap,
      ]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) this._options.changed();
      }),
      EditorView.theme({
        '&': { height: '100%', fontSize: '0.875rem' },
        '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
        '&.cm-focused': { outline: '2px solid var(--_accent)', outlineOffset: '-2px' },
      }),
    ];
  }
}
