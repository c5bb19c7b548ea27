/**
 * The request template schema and types. They live in src/flow/ (flow definitions embed request
 * templates, and imports point from request/ to flow/, never back); re-exported here for the
 * request modules and for existing imports.
 */
export * from '../flow/request-template-schema.js';
