/**
 * Registers a custom element once. A tag already held by another constructor (two copies of the
 * library on one page) gets a console warning, never an exception.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`login-help-elements: <${tag}> is already defined by another copy of the library; this copy is not registered.`);
  }
}
