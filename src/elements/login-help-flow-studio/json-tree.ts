/**
 * A small tolerant JSON reader for the studio: the document's values, keys and their offsets, read
 * as far as the text allows (a missing comma, an unterminated string or a stray character is
 * noted as an error and reading goes on), so that a problem can be placed and a completion chosen
 * in a definition that does not parse yet. Pure: no DOM. (Lezer's JSON grammar does the same job
 * but costs about 10 KB min+gzip more in the studio.)
 */

/** A range of the text, `from` inclusive, `to` exclusive. */
export interface TextRange {
  from: number;
  to: number;
}

export interface JsonProperty extends TextRange {
  key: string;
  /** The key's range, quotes included. */
  keyFrom: number;
  keyTo: number;
  /** Its value; undefined when the text has `"key":` and nothing that reads as a value. */
  value?: JsonValue;
}

export type JsonValue =
  | (TextRange & { type: 'object'; properties: JsonProperty[] })
  | (TextRange & { type: 'array'; items: JsonValue[] })
  | (TextRange & { type: 'string'; value: string })
  | (TextRange & { type: 'number' | 'literal' });

export interface JsonTree {
  /** The top value, if the text has one. */
  root?: JsonValue;
  /** Where the text is not JSON, in order. */
  errors: TextRange[];
}

const SPACE = /[ \t\n\r]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const STRING = /"(?:[^"\\\n\r]|\\.)*("?)/y;

/** Reads `text` as far as it goes. */
export function readJson(text: string): JsonTree {
  const errors: TextRange[] = [];
  let pos = 0;
  const error = (from: number, to = from + 1) => {
    const last = errors[errors.length - 1];
    if (last && last.to >= from) last.to = Math.max(last.to, Math.min(to, text.length));
    else errors.push({ from, to: Math.min(Math.max(to, from + 1), text.length) });
  };
  const space = () => {
    while (pos < text.length && SPACE.test(text[pos]!)) pos++;
  };
  const match = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = pos;
    return pattern.exec(text);
  };
  const string = (): { value: string; from: number; to: number } => {
    const found = match(STRING)!;
    const from = pos;
    pos += found[0].length;
    if (!found[1]) error(pos - 1, pos);
    let value = found[0].slice(1, found[1] ? -1 : undefined);
    if (value.includes('\\')) {
      try {
        value = JSON.parse(`"${value}"`) as string;
      } catch {
        // An escape that is not JSON: the raw text stands for it.
      }
    }
    return { value, from, to: pos };
  };
  /** Skips to the next `stop` character at this level (a stray token). */
  const skip = (stops: string) => {
    const from = pos;
    while (pos < text.length && !stops.includes(text[pos]!) && !SPACE.test(text[pos]!)) pos++;
    error(from, Math.max(pos, from + 1));
    if (pos === from) pos++;
  };

  const value = (depth: number): JsonValue | undefined => {
    space();
    const from = pos;
    const char = text[pos];
    if (char === '{' && depth < 200) {
      pos++;
      const properties: JsonProperty[] = [];
      for (;;) {
        space();
        if (pos >= text.length) {
          error(text.length - 1, text.length);
          break;
        }
        if (text[pos] === '}') {
          pos++;
          break;
        }
        if (text[pos] === ',') {
          if (properties.length === 0) error(pos);
          pos++;
          continue;
        }
        if (text[pos] !== '"') {
          skip(',}"');
          continue;
        }
        const key = string();
        const property: JsonProperty = { key: key.value, keyFrom: key.from, keyTo: key.to, from: key.from, to: key.to };
        properties.push(property);
        space();
        if (text[pos] === ':') {
          pos++;
          space();
          if (text[pos] !== ',' && text[pos] !== '}') property.value = value(depth + 1);
          else error(pos);
        } else error(pos);
        property.to = property.value?.to ?? pos;
        space();
        if (text[pos] !== ',' && text[pos] !== '}' && pos < text.length && text[pos] !== '"') skip(',}"');
        else if (text[pos] === '"') error(pos);
      }
      return { type: 'object', from, to: pos, properties };
    }
    if (char === '[' && depth < 200) {
      pos++;
      const items: JsonValue[] = [];
      for (;;) {
        space();
        if (pos >= text.length) {
          error(text.length - 1, text.length);
          break;
        }
        if (text[pos] === ']') {
          pos++;
          break;
        }
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        const item = value(depth + 1);
        if (item) items.push(item);
        else skip(',]');
      }
      return { type: 'array', from, to: pos, items };
    }
    if (char === '"') return { type: 'string', ...string() };
    const number = match(NUMBER);
    if (number) {
      pos += number[0].length;
      return { type: 'number', from, to: pos };
    }
    const literal = match(LITERAL);
    if (literal) {
      pos += literal[0].length;
      return { type: 'literal', from, to: pos };
    }
    return undefined;
  };

  const root = value(0);
  if (!root && text.trim()) skip('');
  space();
  if (pos < text.length) error(pos, text.length);
  return { root, errors };
}
