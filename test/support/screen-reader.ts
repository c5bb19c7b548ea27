/**
 * What a screen-reader user hears from an element, read with @guidepup/virtual-screen-reader.
 *
 * The virtual reader does not look into shadow roots, and its container must be an element (it
 * watches live regions with a MutationObserver on that element). So one reader is started on each
 * top-level element of each shadow root, and the readings are put together as a person's reader
 * walks the page: an element embedded in another one's shadow root (`<recovery-request-form>`,
 * `<auth-code-explainer>` inside `<login-help-flow>`) is read where it stands, between what comes
 * before it and what comes after it. Slotted light DOM is not read (the elements here embed
 * their parts in slot fallback content, which the reader does see).
 *
 * The browser build (`/browser.js`) is one self-contained ES module: no import map needed. Its
 * types are the package's main entry's (the same API; TypeScript does not find the
 * `index.browser.d.mts` beside a `.js` path).
 */
import type { Virtual as VirtualReader } from '@guidepup/virtual-screen-reader';
// @ts-expect-error TS7016: typed through the main entry above.
import * as browserBuild from '@guidepup/virtual-screen-reader/browser.js';

const Virtual: typeof VirtualReader = browserBuild.Virtual;
type Virtual = VirtualReader;

/** One thing said: what, and the node the reader's cursor was on. */
interface Said {
  phrase: string;
  node: Node | null;
}

/** Phrases a live region makes the reader say start with its politeness. */
const LIVE = /^(polite|assertive): /;

/** Whether a live-region phrase says something (an emptied region says nothing to a person). */
const saysSomething = (phrase: string) => phrase.replace(LIVE, '').trim() !== '';

/** The elements of a shadow root that get a reader of their own, in document order. */
function containersOf(root: ShadowRoot): Element[] {
  return [...root.children].filter((child) => !['STYLE', 'SCRIPT', 'LINK', 'TEMPLATE'].includes(child.tagName) && shown(child));
}

/** Whether an element is rendered (not `hidden`, not inside something `display: none`). */
function shown(element: Element): boolean {
  return element.checkVisibility();
}

/** The shown elements with a shadow root in `container`'s subtree (its own tree: nested shadow roots come through these hosts). */
function embeddedHosts(container: Element): Element[] {
  return [...container.querySelectorAll('*')].filter((element) => element.shadowRoot && shown(element));
}

/** Every shadow root a person's reader reaches from `host`: its own, then the embedded ones, in document order. */
export function shadowRootsOf(host: Element): ShadowRoot[] {
  const root = host.shadowRoot;
  if (!root) return [];
  return [root, ...containersOf(root).flatMap((container) => embeddedHosts(container).flatMap(shadowRootsOf))];
}

/**
 * Steps one reader through `container` with `next()` from its first item until it wraps around,
 * and returns each item spoken, with the node it was on (live-region phrases left out).
 */
async function walk(container: Element): Promise<Said[]> {
  const virtual = new Virtual();
  await virtual.start({ container });
  try {
    const start = await virtual.spokenPhraseLog();
    if (!start.length) return [];
    const said: Said[] = [{ phrase: start[0]!, node: virtual.activeNode }];
    const first = said[0]!;
    for (let step = 0; step < 5000; step++) {
      const before = (await virtual.spokenPhraseLog()).length;
      await virtual.next();
      const added = (await virtual.spokenPhraseLog()).slice(before).filter((phrase) => !LIVE.test(phrase));
      const phrase = added.at(-1);
      if (phrase === undefined) break;
      // `next()` on the last item goes back to the first: the whole tree has been read.
      if (virtual.activeNode === first.node && phrase === first.phrase) break;
      said.push({ phrase, node: virtual.activeNode });
    }
    return said;
  } finally {
    await virtual.stop();
  }
}

/**
 * Where `host`'s reading goes among `said`: before the first item that comes after it in the
 * document, or before the "end of …" of an item that contains it (its second appearance).
 */
function insertionPoint(said: Said[], host: Element): number {
  const seen = new Set<Node>();
  for (let i = 0; i < said.length; i++) {
    const node = said[i]!.node;
    if (!node) continue;
    const position = host.compareDocumentPosition(node);
    const after = !!(position & Node.DOCUMENT_POSITION_FOLLOWING) && !(position & Node.DOCUMENT_POSITION_CONTAINED_BY);
    const endOfAncestor = !!(position & Node.DOCUMENT_POSITION_CONTAINS) && seen.has(node);
    if (after || endOfAncestor) return i;
    seen.add(node);
  }
  return said.length;
}

async function readContainer(container: Element): Promise<Said[]> {
  const said = await walk(container);
  for (const host of embeddedHosts(container)) {
    const inner = await readHost(host);
    said.splice(insertionPoint(said, host), 0, ...inner);
  }
  return said;
}

async function readHost(host: Element): Promise<Said[]> {
  const root = host.shadowRoot;
  if (!root) return [];
  const said: Said[] = [];
  for (const container of containersOf(root)) said.push(...(await readContainer(container)));
  return said;
}

/**
 * Everything a screen reader says when a person reads `host` from top to bottom with "next"
 * (one phrase per item: role, name, value, description, states, and the "end of …" of containers),
 * through its shadow root and those of the elements embedded in it, in document order.
 */
export async function readAloud(host: Element): Promise<string[]> {
  return (await readHost(host)).map(({ phrase }) => phrase);
}

/** A reader left running on an element while a person uses it. */
export interface Listener {
  /** Everything the readers logged since `listen()` (focus moves and live-region phrases), reader by reader, as logged. */
  heard(): Promise<string[]>;
  /**
   * The live-region announcements that said something since `listen()` ("polite: …", "assertive: …"):
   * one per region per update, as a screen reader speaks them.
   */
  announcements(): Promise<string[]>;
  /** What focus moves made the readers say since `listen()`. */
  focusMoves(): Promise<string[]>;
  stop(): Promise<void>;
}

/** Lets queued MutationObserver callbacks, and the readers' work after them, run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Starts one reader on each container of each shadow root of `host` (its own and the embedded
 * ones present now) and keeps them running: a reader says the element focus moves to, and what a
 * live region says when it changes. What the readers say on starting is not counted.
 *
 * The virtual reader logs a live region once per DOM mutation record: an `aria-atomic` region
 * that Lit updates with two records (a text node added, its text set) is logged twice, where a
 * screen reader, which hears the accessibility tree once the page has been updated, says it once.
 * `announcements()` therefore keeps one of identical phrases logged for the same update (the
 * mutations of one task); a region that changes again later is heard again.
 */
export async function listen(host: Element): Promise<Listener> {
  const readers: { virtual: Virtual; from: number; updates: number[]; observer: MutationObserver }[] = [];
  for (const root of shadowRootsOf(host)) {
    for (const container of containersOf(root)) {
      const virtual = new Virtual();
      await virtual.start({ container });
      const reader = {
        virtual,
        from: (await virtual.spokenPhraseLog()).length,
        updates: [] as number[],
        observer: undefined as unknown as MutationObserver,
      };
      // Where each update's phrases end in the log: read once the task's mutations are all logged.
      let pending = false;
      reader.observer = new MutationObserver(() => {
        if (pending) return;
        pending = true;
        setTimeout(() => {
          pending = false;
          void virtual.spokenPhraseLog().then((log) => reader.updates.push(log.length));
        }, 0);
      });
      reader.observer.observe(container, { attributes: true, characterData: true, childList: true, subtree: true });
      readers.push(reader);
    }
  }
  // What the readers say on starting, or about a focus that moved just before, is logged a little
  // later (their focus listeners run asynchronously): let it land, then count from here.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const reader of readers) {
    reader.from = (await reader.virtual.spokenPhraseLog()).length;
    reader.updates.length = 0;
  }
  const heard = async () => {
    await settle();
    const phrases: string[] = [];
    for (const { virtual, from } of readers) phrases.push(...(await virtual.spokenPhraseLog()).slice(from));
    return phrases;
  };
  const announcements = async () => {
    await settle();
    const spoken: string[] = [];
    for (const { virtual, from, updates } of readers) {
      const log = await virtual.spokenPhraseLog();
      let start = from;
      for (const end of [...updates, log.length]) {
        if (end <= start) continue;
        const update = log.slice(start, end).filter((phrase) => LIVE.test(phrase) && saysSomething(phrase));
        spoken.push(...new Set(update));
        start = end;
      }
    }
    return spoken;
  };
  return {
    heard,
    announcements,
    focusMoves: async () => (await heard()).filter((phrase) => !LIVE.test(phrase)),
    stop: async () => {
      for (const { virtual, observer } of readers) {
        observer.disconnect();
        await virtual.stop();
      }
    },
  };
}

/**
 * Counts the changes of what `region` says (its text, whitespace collapsed), one per batch of DOM
 * changes, as a screen reader hears a polite region. Call `changes()` to read the list so far.
 */
export function countTextChanges(region: Node): { changes(): string[]; stop(): void } {
  const say = () => (region.textContent ?? '').replace(/\s+/g, ' ').trim();
  const changes: string[] = [];
  let last = region.textContent ?? '';
  const record = () => {
    const now = region.textContent ?? '';
    if (now === last) return;
    last = now;
    changes.push(say());
  };
  const observer = new MutationObserver(record);
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return {
    changes: () => {
      if (observer.takeRecords().length) record();
      return [...changes];
    },
    stop: () => observer.disconnect(),
  };
}

/** A node of Chromium's accessibility tree, as wtr's `a11ySnapshot` returns it (Puppeteer's SerializedAXNode). */
export interface AXNode {
  role: string;
  name?: string;
  description?: string;
  focused?: boolean;
  children?: AXNode[];
}

/** Every node of a Chromium accessibility (sub)tree, depth first. */
export function axNodes(node: AXNode | null | undefined): AXNode[] {
  return node ? [node, ...(node.children ?? []).flatMap(axNodes)] : [];
}
