/**
 * Helpers of the browser tests of `<login-help-flow-studio>`: a fake studio server behind
 * `window.fetch` (the API of src/cli/studio-server.ts: GET/PUT {api}/file with versions and 409,
 * GET {api}/default-flow), the editor's view, and waits for the studio's reading of its text.
 */
import { waitUntil } from '@open-wc/testing';
import { EditorView } from '@codemirror/view';
import type { LoginHelpFlowStudio } from '../../src/elements/login-help-flow-studio/login-help-flow-studio.js';
import { $, $$, text } from './dom.js';

/** A small valid flow, pretty-printed as a site would write it. */
export const smallFlowText = `${JSON.stringify(
  {
    version: 1,
    start: 'hello',
    errors: { locked: 'wait' },
    steps: [
      {
        id: 'hello',
        kind: 'choice',
        title: { en: 'Hello', ja: 'こんにちは', 'zh-Hans': '你好' },
        choices: [
          { label: 'Go on', next: 'hello-there' },
          { label: 'Locked out', next: 'wait' },
        ],
      },
      { id: 'hello-there', kind: 'info', title: 'There', next: 'done' },
      { id: 'wait', kind: 'info', title: 'Wait a while', next: 'done' },
      { id: 'done', kind: 'resolved', title: 'Done' },
    ],
  },
  null,
  2,
)}\n`;

export interface FakeRequest {
  method: string;
  url: string;
  authorization: string | null;
  body?: unknown;
}

/** The studio server, in memory: `text` is the file on disk; change it to play another program. */
export class FakeStudioServer {
  text: string;
  version = 1;
  exists: boolean;
  readonly requests: FakeRequest[] = [];
  private readonly _original = window.fetch;

  constructor(
    text: string,
    options: { exists?: boolean; defaultFlow?: string } = {},
    readonly token = 'secret',
  ) {
    this.text = text;
    this.exists = options.exists ?? true;
    const defaultFlow = options.defaultFlow ?? smallFlowText;
    window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (!url.startsWith('/api/')) return this._original(input, init);
      const method = init.method ?? 'GET';
      const authorization = new Headers(init.headers).get('authorization');
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      this.requests.push({ method, url, authorization, body });
      const json = (value: unknown, status = 200) =>
        new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
      if (authorization !== `Bearer ${this.token}`) return new Response('unauthorized', { status: 401 });
      if (url === '/api/file' && method === 'GET')
        return json({ name: 'flow.json', text: this.text, version: String(this.version), exists: this.exists });
      if (url === '/api/file' && method === 'PUT') {
        if (!body.force && body.baseVersion !== String(this.version)) return json({ text: this.text, version: String(this.version) }, 409);
        this.text = body.text;
        this.exists = true;
        this.version++;
        return json({ version: String(this.version) });
      }
      if (url.startsWith('/api/default-flow')) return new Response(defaultFlow, { headers: { 'content-type': 'application/json' } });
      return new Response('not found', { status: 404 });
    };
  }

  /** Another program writes the file. */
  changeOnDisk(text: string): void {
    this.text = text;
    this.version++;
  }

  restore(): void {
    window.fetch = this._original;
  }
}

/** The studio's CodeMirror view. */
export function editorView(el: LoginHelpFlowStudio): EditorView {
  const content = $(el, '.cm-content');
  const view = content && EditorView.findFromDOM(content);
  if (!view) throw new Error('no editor');
  return view;
}

/** Waits until the editor is there and its text has been read (the problems list says so). */
export async function studioReady(el: LoginHelpFlowStudio): Promise<LoginHelpFlowStudio> {
  await waitUntil(() => $(el, '.cm-content') && $(el, '#problems-title'), 'studio not rendered', { timeout: 5000 });
  await waitUntil(() => !text($(el, '.problems')).includes('Checking') && $$(el, '.problems p, .problems li').length > 0, 'text not read', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

/** Selects `needle` (its `occurrence`-th match) in the editor, less `trim` characters at each end, focused. */
export function selectText(el: LoginHelpFlowStudio, needle: string, occurrence = 0, trim = 0): { from: number; to: number } {
  const view = editorView(el);
  const doc = view.state.doc.toString();
  let from = -1;
  for (let i = 0; i <= occurrence; i++) from = doc.indexOf(needle, from + 1);
  if (from < 0) throw new Error(`no "${needle}" in the editor`);
  view.focus();
  view.dispatch({ selection: { anchor: from + trim, head: from + needle.length - trim } });
  return { from, to: from + needle.length };
}

/** The text of each underlined range in the editor. */
export const underlined = (el: LoginHelpFlowStudio): string[] => $$(el, '.cm-lintRange').map((node) => node.textContent ?? '');
