/**
 * The two states of an element whose body has not arrived (src/elements/shared/lazy-body.ts),
 * for stories: a body that never arrives (after 0.4 s the element says it is loading) and one
 * that cannot be fetched. Each is a subclass registered under its own tag, so the real element
 * on other stories is untouched.
 */
import { BodyModule, type LazyBodyElement, type ElementBody } from '../../src/elements/shared/lazy-body.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin constructor form TypeScript asks for.
type LazyClass = new (...args: any[]) => LazyBodyElement<ElementBody>;

/** The body of a module that never loads: never made. */
function noBody(): never {
  throw new Error('this body module never loads');
}

/** Registers `<tag>-loading` and `<tag>-unreachable` for `base`, once; returns the two tags. */
export function defineLazyStates(tag: string, base: LazyClass): { loading: string; unreachable: string } {
  const loading = `${tag}-loading`;
  const unreachable = `${tag}-unreachable`;
  if (!customElements.get(loading)) {
    // Each gives its own body module in place of the element's: one that never arrives, one that fails.
    class Loading extends base {
      protected static bodyModule = new BodyModule<never, ElementBody>(() => new Promise(() => {}), noBody);
    }
    class Unreachable extends base {
      protected static bodyModule = new BodyModule<never, ElementBody>(
        () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
        noBody,
      );
    }
    customElements.define(loading, Loading);
    customElements.define(unreachable, Unreachable);
  }
  return { loading, unreachable };
}
