/**
 * The body of `<login-help-flow-studio>` (see shared/element-body.ts): the editor
 * (studio-editor.ts), the file (file-sync.ts), the problems, the live guide and the graph, and
 * the keys that work anywhere in the studio (Ctrl+S, Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z).
 */
import { html } from 'lit';
import { msg } from '../../localize/msg.js';
import type { FlowProblemFix } from '../../flow/parse.js';
import type { FlowDefinition } from '../../flow/schema.js';
import { LanguageController } from '../../localize/language-controller.js';
import { libraryEvent } from '../shared/events.js';
import { PropertyChanges, type ElementBody } from '../shared/element-body.js';
import type { FlowAnalysis, LocatedProblem } from './flow-analysis.js';
import { stepIndexOf } from './flow-analysis.js';
import { StudioEditor } from './studio-editor.js';
import { FileSync } from './file-sync.js';
import { flowGraph, type FlowGraph, type GraphNode } from './graph-model.js';
import { graphView } from './graph-view.js';
import { listsOf, listsView, type FlowLists } from './lists-view.js';
import { guidePanel, type GuidePlace } from './guide-panel.js';
import { fixLabel, problemsView } from './problems-view.js';
import { conflictDialog, startOffer, toolbar } from './file-views.js';
import { sidePanel, type SideTab } from './side-panel.js';
import type { LoginHelpFlowStudio } from './login-help-flow-studio.js';
import type { LoginHelpFlowChangedDetail, LoginHelpFlowSavedDetail } from './studio-events.js';

/** Behaviour and templates of one `<login-help-flow-studio>`. */
export class LoginHelpFlowStudioBody implements ElementBody {
  readonly i18n: LanguageController;
  private readonly _file: FileSync;
  private readonly _changes: PropertyChanges<LoginHelpFlowStudio, 'text'>;
  private _editor?: StudioEditor;
  private _analysis?: FlowAnalysis;
  /** The last valid definition: what the guide shows. */
  private _flow?: FlowDefinition;
  private _graph?: { analysis: FlowAnalysis; lang: string; graph: FlowGraph };
  private _lists?: { analysis: FlowAnalysis | undefined; lists: FlowLists | undefined };
  private _place: Partial<GuidePlace> = {};
  private _tab: SideTab = 'guide';
  private _status = '';
  private _label = '';
  /** The text the host's `text` property was last given or told: a different one was set by the page. */
  private _hostText = '';
  /** A change the page made (not the user): no event. */
  private _quiet = false;
  /** Where focus goes back to when the conflict dialog closes, and after a render. */
  private _returnFocus?: HTMLElement;
  private _focusTab = false;

  constructor(private readonly _host: LoginHelpFlowStudio) {
    this.i18n = new LanguageController(_host, { changed: () => this._editor?.relint() });
    this._changes = new PropertyChanges(_host, ['text']);
    this._file = new FileSync(_host, {
      text: () => this._editor?.text ?? _host.text,
      load: (text, undoable) => this._load(text, undoable),
      status: (status) => this._say(status),
      run: (build) => this.i18n.run(build),
      saved: (version) => _host.dispatchEvent(libraryEvent<LoginHelpFlowSavedDetail>('login-help-flow-saved', { version })),
    });
    _host.addController(this);
  }

  /** Whether the text was a valid flow definition when last read. */
  get valid(): boolean {
    return this._analysis?.flow !== undefined;
  }

  ready(): boolean {
    return this.i18n.language !== undefined;
  }

  hostConnected(): void {
    this._host.addEventListener('keydown', this._keydown);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('keydown', this._keydown);
  }

  hostUpdate(): void {
    if (this._changes.take().size && this._host.text !== this._hostText) this._load(this._host.text, false);
  }

  hostUpdated(): void {
    const root = this._host.renderRoot as ShadowRoot;
    const parent = root.querySelector<HTMLElement>('.editor');
    if (!this._editor && parent) {
      this._editor = new StudioEditor({
        parent,
        root,
        text: this._hostText,
        language: () => this.i18n.language ?? this.i18n.wanted,
        analysed: (analysis) => this._analysed(analysis),
        changed: () => this._changed(),
        save: () => void this._file.save(),
        fixLabel: (fix) => this.i18n.run(() => fixLabel(fix)),
      });
    }
    const label = this.i18n.run(() => msg('Flow definition (JSON)', { id: 'lhe.studio.editor' }));
    if (this._editor && label !== this._label) this._editor.setLabel((this._label = label));
    const dialog = root.querySelector('dialog');
    if (dialog && !dialog.open) {
      this._returnFocus = (root.activeElement as HTMLElement | null) ?? undefined;
      dialog.showModal();
    }
    if (this._focusTab) root.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
    this._focusTab = false;
  }

  /** Puts `text` into the editor: undoable (the user asked for it) or not (a file read, the page's `text`). */
  private _load(text: string, undoable: boolean): void {
    this._hostText = text;
    this._quiet = !undoable;
    if (this._editor) this._editor.setText(text, { history: undoable });
    else this._host.text = text;
    this._quiet = false;
  }

  private _changed(): void {
    const text = this._editor!.text;
    this._hostText = text;
    this._host.text = text;
    this._status = '';
    if (!this._quiet) {
      const detail: LoginHelpFlowChangedDetail = { text, valid: this.valid };
      this._host.dispatchEvent(libraryEvent('login-help-flow-changed', detail));
    }
    this._host.requestUpdate();
  }

  private _analysed(analysis: FlowAnalysis): void {
    this._analysis = analysis;
    if (analysis.flow) this._flow = analysis.flow;
    this._host.requestUpdate();
  }

  private _say(status: string): void {
    this._status = status;
    this._host.requestUpdate();
  }

  private readonly _keydown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 's') {
      event.preventDefault();
      void this._file.save();
      return;
    }
    // In the editor CodeMirror's own keymap undoes; in a field of the studio the field does.
    const inside = event.composedPath()[0] as HTMLElement;
    if (!this._editor || this._editor.view.dom.contains(inside) || /^(TEXTAREA|INPUT|SELECT)$/.test(inside.tagName)) return;
    if (key === 'z' && !event.shiftKey) this._editor.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) this._editor.redo();
    else return;
    event.preventDefault();
  };

  /** Shows step `id` in the guide and its JSON in the editor. */
  private _goToStep(id: string, at: number | undefined, focusEditor: boolean): void {
    this._place = { lang: this._place.lang, start: id };
    if (at !== undefined && this._editor) {
      const range = this._editor.stepRange(at);
      if (range) this._editor.select(range.from, range.from, focusEditor);
    }
    this._host.requestUpdate();
  }

  private _goToProblem(problem: LocatedProblem): void {
    const at = stepIndexOf(problem);
    const step = at === undefined ? undefined : this._flow?.steps.find((candidate) => candidate.id === this._stepIdAt(at));
    if (step) this._place = { lang: this._place.lang, start: step.id };
    this._editor?.select(problem.from, problem.to, true);
    this._host.requestUpdate();
  }

  private _stepIdAt(at: number): string | undefined {
    const steps = (this._analysis?.value as { steps?: unknown } | undefined)?.steps;
    const step: unknown = Array.isArray(steps) ? steps[at] : undefined;
    const id = step !== null && typeof step === 'object' ? (step as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  }

  private _fix(problem: LocatedProblem, fix: FlowProblemFix): void {
    this._editor?.applyFix(problem.from, problem.to, fix);
    this._editor?.view.focus();
  }

  private _graphOf(analysis: FlowAnalysis, lang: string): FlowGraph {
    if (this._graph?.analysis !== analysis || this._graph.lang !== lang) {
      this._graph = { analysis, lang, graph: flowGraph(analysis.value, analysis.problems, lang) };
    }
    return this._graph.graph;
  }

  /** The lists, made again when the analysis changes (lists-view.ts `listsOf`). */
  private _listsOf(analysis: FlowAnalysis | undefined): FlowLists | undefined {
    if (this._lists?.analysis !== analysis || !this._lists) this._lists = { analysis, lists: listsOf(analysis, this._flow) };
    return this._lists.lists;
  }

  /** Moves the editor and the guide to step `id` of the flow listed. */
  private _chooseListed(id: string): void {
    const steps = (this._analysis?.value as { steps?: unknown } | undefined)?.steps;
    const at = Array.isArray(steps) ? steps.findIndex((step: unknown) => (step as { id?: unknown } | null)?.id === id) : -1;
    this._goToStep(id, at < 0 ? undefined : at, false);
  }

  render(): unknown {
    const lang = this.i18n.language;
    if (!lang) return html`<div class="base" part="base" aria-busy="true"></div>`;
    const file = this._file;
    const editor = this._editor;
    const place: GuidePlace = { lang: this._place.lang ?? lang, start: this._place.start, error: this._place.error };
    const showStart = file.file?.exists === false && this._host.text.trim() === '';
    return html`<div class="base" part="base" lang=${lang}>
      ${toolbar({
        name: file.onFile ? (file.file?.name ?? '…') : undefined,
        canUndo: (editor?.undoDepth ?? 0) > 0,
        canRedo: (editor?.redoDepth ?? 0) > 0,
        canSave: !!file.file && !file.saving,
        status: this._status,
        onUndo: () => this._editor?.undo(),
        onRedo: () => this._editor?.redo(),
        onSave: () => void file.save(),
      })}
      ${file.failure ? html`<p class="error" role="alert">${msg('The file could not be read:', { id: 'lhe.studio.readFailed' })} ${file.failure}</p>` : null}
      ${showStart ? startOffer({ onStart: (site) => void file.startFromDefault(site).then(() => this._editor?.view.focus()) }) : null}
      <div class="editor" part="editor"></div>
      ${problemsView({
        problems: this._analysis?.problems,
        onGo: (problem) => this._goToProblem(problem),
        onFix: (problem, fix) => this._fix(problem, fix),
      })}
      ${sidePanel({
        tab: this._tab,
        onTab: (tab, focus) => {
          this._tab = tab;
          this._focusTab = focus;
          this._host.requestUpdate();
        },
        guide: () =>
          guidePanel({
            flow: this._flow,
            stale: !!this._analysis && !this._analysis.flow,
            place,
            site: this._host.site,
            onPlace: (next) => {
              this._place = next;
              this._host.requestUpdate();
            },
          }),
        graph: () =>
          this._analysis
            ? graphView({
                graph: this._graphOf(this._analysis, lang),
                current: place.start,
                onChoose: (node: GraphNode) => this._goToStep(node.id, node.at, false),
              })
            : html`<p class="muted">${msg('Checking…', { id: 'lhe.studio.checking' })}</p>`,
        lists: () => listsView({ lists: this._listsOf(this._analysis), onChoose: (id) => this._chooseListed(id) }),
      })}
      ${
        file.conflict && file.file
          ? conflictDialog({
              name: file.file.name,
              onOverwrite: () => this._closeDialog(() => void file.save(true)),
              onLoadDisk: () => this._closeDialog(() => file.loadDisk()),
              onCancel: () => this._closeDialog(() => file.cancel()),
            })
          : null
      }
    </div>`;
  }

  private _closeDialog(then: () => void): void {
    (this._host.renderRoot as ShadowRoot).querySelector('dialog')?.close();
    then();
    const back = this._returnFocus;
    this._returnFocus = undefined;
    back?.focus();
  }
}
