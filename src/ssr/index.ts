/**
 * `login-help-elements/ssr` (Node): the elements rendered to HTML before JavaScript, with
 * declarative shadow DOM. Needs the optional peer dependency `@lit-labs/ssr`.
 */
export { renderElement, SERVER_RENDERED_TAGS, type RenderElementOptions, type ServerRenderedTag } from './render-element.js';
