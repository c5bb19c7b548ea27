/**
 * The studio's file views: the toolbar (file name, Undo, Redo, Save, the status said once), the
 * offer to start from the built-in flow when the file does not exist, and the dialog that asks
 * what to do when the file changed on disk.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../localize/msg.js';

export interface ToolbarContext {
  /** The file's name (none: editing in memory). */
  name: string | undefined;
  canUndo: boolean;
  canRedo: boolean;
  /** Whether Save does anything (a file to save to, not saving now). */
  canSave: boolean;
  status: string;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
}

export function toolbar(ctx: ToolbarContext): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <span class="file">${ctx.name ?? msg('Flow definition (not saved to a file)', { id: 'lhe.studio.inMemory' })}</span>
    <button type="button" class="secondary" ?disabled=${!ctx.canUndo} @click=${ctx.onUndo}>
      ${msg('Undo', { id: 'lhe.studio.undo' })}
    </button>
    <button type="button" class="secondary" ?disabled=${!ctx.canRedo} @click=${ctx.onRedo}>
      ${msg('Redo', { id: 'lhe.studio.redo' })}
    </button>
    ${
      ctx.name !== undefined
        ? html`<button type="button" class="primary save" aria-keyshortcuts="Control+S" ?disabled=${!ctx.canSave} @click=${ctx.onSave}>
            ${msg('Save', { id: 'lhe.studio.save' })}
          </button>`
        : null
    }
    <span class="status" role="status" aria-live="polite" aria-atomic="true">${ctx.status}</span>
  </div>`;
}

export interface StartOfferContext {
  onStart: (site: string) => void;
}

export function startOffer({ onStart }: StartOfferContext): TemplateResult {
  const start = (event: Event) => {
    const area = (event.target as HTMLElement).closest('.start')?.querySelector('textarea');
    onStart(area?.value ?? '');
  };
  return html`<div class="start notice">
    <p>
      ${msg('The file does not exist yet. Start from the built-in flow, made for your site profile if you give one.', { id: 'lhe.studio.start.intro' })}
    </p>
    <label for="site-profile">${msg('Site profile (JSON, optional)', { id: 'lhe.studio.start.site' })}</label>
    <textarea id="site-profile" spellcheck="false"></textarea>
    <button type="button" class="primary" @click=${start}>${msg('Start from the default flow', { id: 'lhe.studio.start' })}</button>
  </div>`;
}

export interface ConflictDialogContext {
  name: string;
  onOverwrite: () => void;
  onLoadDisk: () => void;
  onCancel: () => void;
}

/** The dialog (opened with showModal by the body): the file changed on disk since it was read. */
export function conflictDialog(ctx: ConflictDialogContext): TemplateResult {
  return html`<dialog part="dialog" aria-labelledby="conflict-title" aria-describedby="conflict-text" @cancel=${ctx.onCancel}>
    <h2 id="conflict-title">${msg('The file changed on disk', { id: 'lhe.studio.conflict.title' })}</h2>
    <p id="conflict-text">
      ${msg(str`${ctx.name} was changed by another program since the studio read it. Overwrite it with the text here, or load the disk's version (Undo brings your text back)?`, { id: 'lhe.studio.conflict.text' })}
    </p>
    <div class="dialog-actions">
      <button type="button" class="primary overwrite" @click=${ctx.onOverwrite}>
        ${msg('Overwrite', { id: 'lhe.studio.conflict.overwrite' })}
      </button>
      <button type="button" class="secondary load-disk" @click=${ctx.onLoadDisk}>
        ${msg("Load the disk's version", { id: 'lhe.studio.conflict.load' })}
      </button>
      <button type="button" class="secondary cancel" autofocus @click=${ctx.onCancel}>
        ${msg('Cancel', { id: 'lhe.studio.conflict.cancel' })}
      </button>
    </div>
  </dialog>`;
}
