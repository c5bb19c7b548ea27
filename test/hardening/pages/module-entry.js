// The module build (dist/define/*.js) as a site without a bundler loads it: per-element entry
// points by path. Served by @web/dev-server (the demo server), which resolves their bare imports.
import '/dist/define/login-help-flow.js';
import '/dist/define/auth-code-explainer.js';
import '/dist/define/recovery-request-form.js';
