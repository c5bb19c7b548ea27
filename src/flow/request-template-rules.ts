/**
 * The shape rules of request templates that flow definitions embed (field kinds, id patterns):
 * plain constants, no zod, shared by the schema (request-template-schema.ts) and src/request/.
 */

/** What a request field holds; decides its input control, its checks and its length limit. */
export const REQUEST_FIELD_KINDS = ['text', 'textarea', 'username', 'username-list', 'date', 'date-list', 'email'] as const;
export type RequestFieldKind = (typeof REQUEST_FIELD_KINDS)[number];

/** A field id: a camelCase identifier. */
export const FIELD_ID_PATTERN = /^[a-z][A-Za-z0-9]{0,63}$/;

/** A template id: lowercase words joined by `-`. */
export const TEMPLATE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
