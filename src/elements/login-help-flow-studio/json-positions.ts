/**
 * Where a `parseFlow` problem is in the JSON text: its path (`steps[3].choices[0].next`) mapped to a
 * range of the text through the tolerant reading of json-tree.ts, which reads broken JSON too; and
 * the path at a position, for completion. Pure: no DOM, no editor.
 */
import type { JsonProperty, JsonTree, JsonValue, TextRange } from './json-tree.js';

export type { TextRange } from './json-tree.js';

/** A path's keys: `steps[3].choices[0].next` → `steps`, 3, `choices`, 0, `next`; `errors["x y"]` → `errors`, `x y`. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const [, index, quoted, name] of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[]+)/g)) {
    if (index !== undefined) keys.push(Number(index));
    else if (quoted !== undefined) keys.push(JSON.parse(quoted) as string);
    else keys.push(name!);
  }
  return keys;
}

/** The property `key` of an object (the last one wins, as `JSON.parse` does). */
export function member(value: JsonValue | undefined, key: string): JsonProperty | undefined {
  if (value?.type !== 'object') return undefined;
  for (let i = value.properties.length - 1; i >= 0; i--) if (value.properties[i]!.key === key) return value.properties[i];
  return undefined;
}

/** One step of a walk down the tree: the value reached, and the property that leads to it (none for an array element). */
interface Reached {
  value: JsonValue | undefined;
  property: JsonProperty | undefined;
}

/** The values along `keys` from the top, as far as the text has them. */
function walk(tree: JsonTree, keys: readonly (string | number)[]): Reached[] {
  if (!tree.root) return [];
  const reached: Reached[] = [{ value: tree.root, property: undefined }];
  for (const key of keys) {
    const { value } = reached[reached.length - 1]!;
    if (typeof key === 'number') {
      const item = value?.type === 'array' ? value.items[key] : undefined;
      if (!item) break;
      reached.push({ value: item, property: undefined });
    } else {
      const property = member(value, key);
      if (!property) break;
      reached.push({ value: property.value, property });
      if (!property.value) break;
    }
  }
  return reached;
}

const keyRange = (property: JsonProperty): TextRange => ({ from: property.keyFrom, to: property.keyTo });

/** The short range that stands for what was reached: a step's `id`, else its key, else an opening bracket or the value. */
function anchorOf({ value, property }: Reached): TextRange {
  if (value?.type === 'object' && !property) {
    const id = member(value, 'id')?.value;
    if (id) return { from: id.from, to: id.to };
  }
  if (property && (!value || value.type === 'object' || value.type === 'array')) return keyRange(property);
  if (!value) return { from: 0, to: 0 };
  if (value.type === 'object' || value.type === 'array') return { from: value.from, to: value.from + 1 };
  return { from: value.from, to: value.to };
}

/**
 * The range of the text a problem at `path` is about: the key the path ends at (`replace: 'key'`
 * fixes), else the value there (a string, number …), else, for an object or array, the short range
 * that stands for it (a step's `id`, the key that holds it, or its opening bracket). Where the text
 * has only part of the path (a missing key), the deepest part it has. The whole-document path `''`
 * of broken JSON: the first place that is not JSON.
 */
export function problemRange(tree: JsonTree, path: string, target: 'key' | 'value' = 'value'): TextRange {
  const keys = pathKeys(path);
  if (keys.length === 0 && tree.errors[0]) return tree.errors[0];
  const reached = walk(tree, keys);
  const last = reached[reached.length - 1];
  if (!last) return tree.errors[0] ?? { from: 0, to: 0 };
  if (reached.length === keys.length + 1 && last.property && target === 'key') return keyRange(last.property);
  return anchorOf(last);
}

/** The range of `steps[index]` (its whole object), for moving the cursor to a step. */
export function stepRange(tree: JsonTree, index: number): TextRange | undefined {
  const step = walk(tree, ['steps', index])[2]?.value;
  return step && { from: step.from, to: step.to };
}

/** The keys of the path at `pos`: the values that contain it, from the top (a key being typed is not part of it). */
export function pathAt(tree: JsonTree, pos: number): (string | number)[] {
  const keys: (string | number)[] = [];
  let value = tree.root;
  const inside = (range: TextRange) => range.from < pos && pos <= range.to;
  while (value && inside(value)) {
    if (value.type === 'object') {
      const property = value.properties.find((candidate) => candidate.from <= pos && pos <= Math.max(candidate.to, candidate.keyTo));
      // On the key itself (or before it): the object is where we are.
      if (!property || pos <= property.keyTo) break;
      keys.push(property.key);
      value = property.value;
    } else if (value.type === 'array') {
      const at = value.items.findIndex((item) => item.from <= pos && pos <= item.to);
      if (at < 0) break;
      keys.push(at);
      value = value.items[at];
    } else break;
  }
  return keys;
}

/** The string values at `key` of the objects of the top-level array `list` (step ids, template ids), with the object each is in. */
export function idsIn(tree: JsonTree, list: string, key = 'id'): { id: string; of: JsonValue }[] {
  const array = member(tree.root, list)?.value;
  if (array?.type !== 'array') return [];
  const out: { id: string; of: JsonValue }[] = [];
  for (const item of array.items) {
    const id = member(item, key)?.value;
    if (id?.type === 'string') out.push({ id: id.value, of: item });
  }
  return out;
}

/** The strings of the top-level array `list` (the flow's `languages`). */
export function stringsIn(tree: JsonTree, list: string): string[] {
  const array = member(tree.root, list)?.value;
  return array?.type === 'array' ? array.items.flatMap((item) => (item.type === 'string' ? [item.value] : [])) : [];
}
