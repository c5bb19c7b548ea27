/**
 * Colours for JSON in the studio's editor: keys, strings, numbers and `true`/`false`/`null`, marked
 * in the visible part of the text by a regular expression (CodeMirror's MatchDecorator).
 */
import { Decoration, EditorView, MatchDecorator, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

const marks = {
  key: Decoration.mark({ class: 'cm-json-key' }),
  string: Decoration.mark({ class: 'cm-json-string' }),
  number: Decoration.mark({ class: 'cm-json-number' }),
  literal: Decoration.mark({ class: 'cm-json-literal' }),
};

const decorator = new MatchDecorator({
  regexp: /("(?:[^"\\\n]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g,
  decoration: (match) => (match[1] ? (match[2] ? marks.key : marks.string) : match[3] ? marks.number : marks.literal),
});

const plugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorator.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = decorator.updateDeco(update, this.decorations);
    }
  },
  { decorations: (value) => value.decorations },
);

/** The highlighting, with its colours (light and dark). */
export const jsonHighlighting = [
  plugin,
  EditorView.baseTheme({
    '&light .cm-json-key': { color: '#0b4f9c' },
    '&light .cm-json-string': { color: '#a31515' },
    '&light .cm-json-number, &light .cm-json-literal': { color: '#116329' },
    '&dark .cm-json-key': { color: '#79c0ff' },
    '&dark .cm-json-string': { color: '#ffa198' },
    '&dark .cm-json-number, &dark .cm-json-literal': { color: '#7ee787' },
  }),
];
