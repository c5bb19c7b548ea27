/**
 * A fast path for the common case, a valid definition: one walk that checks a value against a
 * `zod/mini` schema and copies it, without zod's per-value result objects.
 *
 * Compiled from the schema's own definitions, so the rules live in one place (schema.ts), and it
 * runs zod's own check functions (lengths, patterns, refinements). It only ever says "accepted"
 * (with the same copy `z.safeParse` would return) or "not sure": anything it does not model
 * exactly, or any doubt (a prototype other than `Object.prototype` or `null`, symbol keys, an
 * array with holes or extra keys, a `__proto__`, `constructor` or `prototype` key, a getter that
 * throws), is "not sure", and `parseFlow` then takes the full path (pre-pass and zod), which
 * finds and words the problems. No `new Function`: the same speed on a page whose CSP forbids it.
 */
import * as z from 'zod/mini';
import { FORBIDDEN_KEYS } from './inspect.js';

/** Returned by a compiled node for "not accepted (or not sure)". */
const FAIL: unique symbol = Symbol('fail');

/** A compiled schema node: the accepted copy of `value`, or `FAIL`. */
type Node = (value: unknown) => unknown;

interface Compiled {
  node: Node;
  /** `FAIL` means zod fails too (no "not sure"): such a node can be tried before another union option. */
  exact: boolean;
}

type Schema = z.core.$ZodType;

const never: Compiled = { node: () => FAIL, exact: false };

/** Plain objects only: `{}` literals, JSON.parse's objects, `Object.create(null)`. */
const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * What zod's record asks of a plain object besides (`util.isPlainObject`, not reached through
 * `z.core`, which would bring all of zod's core into the bundle): a usual `constructor`.
 */
const hasPlainConstructor = (value: object): boolean => {
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return (
    proto !== null && typeof proto === 'object' && !Array.isArray(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf')
  );
};

/**
 * Compiles `schema` once; the returned function gives `{ value }` (what `z.safeParse` would give as
 * `data`) when it can vouch that zod accepts `input` and that `input` has no forbidden keys and no
 * arrays with holes, else `undefined`. Never throws.
 */
export function compileFastAccept(schema: Schema): (input: unknown) => { value: unknown } | undefined {
  const root = compile(schema, new Map()).node;
  return (input) => {
    // An enumerable key on Object.prototype would show up in every `for...in` below.
    for (const _ in Object.prototype) return undefined;
    try {
      const value = root(input);
      return value === FAIL ? undefined : { value };
    } catch {
      return undefined;
    }
  };
}

function compile(schema: Schema, cache: Map<Schema, Compiled>): Compiled {
  const known = cache.get(schema);
  if (known) return known;
  // A placeholder while compiling: a schema that contains itself is not supported.
  cache.set(schema, never);
  const compiled = withChecks(schema, compileType(schema, cache));
  cache.set(schema, compiled);
  return compiled;
}

/** The schema's own checks (zod runs them on the parsed value), or `never` for a kind that changes the value. */
function withChecks(schema: Schema, { node, exact }: Compiled): Compiled {
  const checks = schema._zod.def.checks ?? [];
  if (!checks.length) return { node, exact };
  if (checks.some((check) => check._zod.def.check === 'overwrite')) return never;
  const quick = checks.map(quickPass);
  const payload: z.core.ParsePayload<never> = { value: undefined as never, issues: [] };
  const passes = (value: unknown): boolean => {
    for (let i = 0; i < checks.length; i++) {
      if (quick[i]?.(value)) continue;
      const check = checks[i]!;
      payload.value = value as never;
      const { when } = check._zod.def;
      const result = when && !when(payload) ? undefined : (check._zod.check(payload) as unknown);
      const ok = !(result instanceof Promise) && !payload.issues.length && payload.value === value;
      payload.value = undefined as never;
      if (payload.issues.length) payload.issues.length = 0;
      if (!ok) return false;
    }
    return true;
  };
  return {
    node: (value) => {
      const out = node(value);
      return out !== FAIL && passes(out) ? out : FAIL;
    },
    exact,
  };
}

/**
 * A shortcut that can only say "passes" for the common checks (else zod's check decides): a string
 * of `2 × minimum` UTF-16 units has at least `minimum` code points, one of `maximum` units at most
 * `maximum`; a `z.regex` check is its pattern's `test`.
 */
function quickPass(check: z.core.$ZodCheck): ((value: unknown) => boolean) | undefined {
  const def = check._zod.def as z.core.$ZodCheckDef & { minimum?: number; maximum?: number; format?: string; pattern?: RegExp };
  const { minimum = 0, maximum = 0, pattern } = def;
  switch (def.check) {
    case 'min_length':
      return (value) => (typeof value === 'string' ? value.length >= 2 * minimum : Array.isArray(value) && value.length >= minimum);
    case 'max_length':
      return (value) => (typeof value === 'string' || Array.isArray(value)) && value.length <= maximum;
    case 'string_format':
      return def.format === 'regex' && pattern
        ? (value) => typeof value === 'string' && ((pattern.lastIndex = 0), pattern.test(value))
        : undefined;
    default:
      return undefined;
  }
}

function compileType(schema: Schema, cache: Map<Schema, Compiled>): Compiled {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  // A coercing schema changes the value; one that is its own check (a string format) is not modelled.
  if (def.coerce || schema._zod.traits.has('$ZodCheck')) return never;
  switch (def.type) {
    case 'string':
      return { node: (value) => (typeof value === 'string' ? value : FAIL), exact: true };
    case 'number':
      return { node: (value) => (typeof value === 'number' && Number.isFinite(value) ? value : FAIL), exact: true };
    case 'boolean':
      return { node: (value) => (typeof value === 'boolean' ? value : FAIL), exact: true };
    case 'literal':
    case 'enum': {
      const values = schema._zod.values!;
      return { node: (value) => (values.has(value as never) ? value : FAIL), exact: true };
    }
    case 'optional': {
      const inner = (def as unknown as z.core.$ZodOptionalDef).innerType;
      if (inner._zod.optin === 'defaulted') return never;
      const { node, exact } = compile(inner, cache);
      return { node: (value) => (value === undefined ? undefined : node(value)), exact };
    }
    case 'array':
      return compileArray(compile((def as unknown as z.core.$ZodArrayDef).element, cache).node);
    case 'object':
      return compileObject(def as unknown as z.core.$ZodObjectDef, cache);
    case 'record':
      return compileRecord(def as unknown as z.core.$ZodRecordDef, cache);
    case 'union':
      return compileUnion(def as unknown as z.core.$ZodDiscriminatedUnionDef, cache);
    default:
      return never;
  }
}

function compileArray(element: Node): Compiled {
  return {
    node: (value) => {
      if (!Array.isArray(value)) return FAIL;
      const length = value.length;
      // Own enumerable keys exactly 0 … length − 1: no holes, no extra (or forbidden) keys.
      const keys = Object.keys(value);
      if (keys.length !== length || (length > 0 && keys[length - 1] !== String(length - 1))) return FAIL;
      const out = new Array<unknown>(length);
      for (let i = 0; i < length; i++) {
        const item = element(value[i]);
        if (item === FAIL) return FAIL;
        out[i] = item;
      }
      return out;
    },
    exact: false,
  };
}

function compileObject(def: z.core.$ZodObjectDef, cache: Map<Schema, Compiled>): Compiled {
  // Strict objects only: any other key is an error (a stripped key could hide a forbidden one).
  if (def.catchall?._zod.def.type !== 'never' || Object.getOwnPropertySymbols(def.shape).length) return never;
  const keys = Object.keys(def.shape);
  if (keys.some((key) => FORBIDDEN_KEYS.has(key))) return never;
  const fields = keys.map((key) => {
    const field = def.shape[key]!;
    return { key, node: compile(field, cache).node, optin: field._zod.optin, optional: field._zod.optout === 'optional' };
  });
  if (fields.some((field) => field.optin !== undefined && (field.optin !== 'optional' || !field.optional))) return never;
  const known = new Set(keys);
  return {
    node: (value) => {
      if (!isPlain(value)) return FAIL;
      const input = value;
      for (const key in input) if (!known.has(key)) return FAIL;
      const out: Record<string, unknown> = {};
      // zod's order (the shape's) and its rules for absent and `undefined` values.
      for (const { key, node, optin } of fields) {
        const present = key in input;
        const result = node(input[key]);
        if (result === FAIL) return FAIL;
        if (!present) {
          if (optin === undefined) return FAIL;
          continue;
        }
        out[key] = result;
      }
      return out;
    },
    exact: false,
  };
}

function compileRecord(def: z.core.$ZodRecordDef, cache: Map<Schema, Compiled>): Compiled {
  const { keyType, valueType } = def;
  const mode = (def as { mode?: string }).mode;
  if (keyType._zod.def.type !== 'string' || keyType._zod.values || mode !== undefined) return never;
  const keyNode = compile(keyType, cache).node;
  const valueNode = compile(valueType, cache).node;
  return {
    node: (value) => {
      if (!isPlain(value) || !hasPlainConstructor(value) || Object.getOwnPropertySymbols(value).length) return FAIL;
      const input = value;
      const out: Record<string, unknown> = {};
      for (const key in input) {
        if (FORBIDDEN_KEYS.has(key) || keyNode(key) !== key) return FAIL;
        const result = valueNode(input[key]);
        if (result === FAIL) return FAIL;
        out[key] = result;
      }
      return out;
    },
    exact: false,
  };
}

function compileUnion(def: z.core.$ZodDiscriminatedUnionDef, cache: Map<Schema, Compiled>): Compiled {
  if (def.inclusive === false && !def.discriminator) return never;
  const options = def.options.map((option) => compile(option, cache));
  if (def.discriminator) {
    if ((def as { unionFallback?: boolean }).unionFallback) return never;
    // zod picks the option by the discriminator's value; literal discriminators only.
    const byValue = new Map<unknown, Node>();
    for (const [i, option] of def.options.entries()) {
      const tag = (option._zod.def as Partial<z.core.$ZodObjectDef>).shape?.[def.discriminator];
      if (tag?._zod.def.type !== 'literal') return never;
      for (const value of tag._zod.values!) {
        if (byValue.has(value)) return never;
        byValue.set(value, options[i]!.node);
      }
    }
    const discriminator = def.discriminator;
    return {
      node: (value) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return FAIL;
        const option = byValue.get((value as Record<string, unknown>)[discriminator]);
        return option ? option(value) : FAIL;
      },
      exact: false,
    };
  }
  // The first option that accepts; an option tried before another must fail exactly when zod's does.
  return {
    node: (value) => {
      for (const option of options) {
        const result = option.node(value);
        if (result !== FAIL) return result;
        if (!option.exact) return FAIL;
      }
      return FAIL;
    },
    exact: options.every((option) => option.exact),
  };
}
