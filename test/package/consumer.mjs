// Copied into the scratch project by pack.test.mjs and run there with Node, as a site's server
// code would use the installed package: bare specifiers, resolved through its `exports` map.
// Prints one JSON object; the test asserts on it.
//   node consumer.mjs <small-flow.json> <invalid-flow.json>
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const [smallFlowPath, invalidFlowPath] = process.argv.slice(2);

const flow = await import('login-help-elements/flow');
const totp = await import('login-help-elements/totp');
const server = await import('login-help-elements/server');
const request = await import('login-help-elements/request');
const ja = await import('login-help-elements/locales/ja.js');
const adapters = await import('login-help-elements/adapters');

const resolved = Object.fromEntries(
  [
    'flows/default.json',
    'flows/default.template.json',
    'schema/flow.schema.json',
    'schema/site-profile.schema.json',
    'custom-elements.json',
    'login-help-elements.bundle.js',
    'package.json',
  ].map((subpath) => [subpath, require.resolve(`login-help-elements/${subpath}`)]),
);

const defaultFlow = readJson(resolved['flows/default.json']);
const parsedDefault = flow.parseFlow(defaultFlow);
const smallFlow = readJson(smallFlowPath);
const invalidFlow = readJson(invalidFlowPath);
const parsedInvalid = flow.parseFlow(invalidFlow, { lang: 'en' });

// RFC 4226 appendix D and RFC 6238 appendix B (SHA-1): the ASCII secret "12345678901234567890".
const rfcSecret = new TextEncoder().encode('12345678901234567890');

const handler = server.createRequestHandler({ onRequest: async () => ({ reference: 'R-1' }) });
const getResponse = await handler(new Request('http://localhost/api/requests', { method: 'GET' }));

// The built-in flow for a site without grid cards, made the way a site's server or build would.
const siteFlow = flow.applySiteProfile(readJson(resolved['flows/default.template.json']), { codeMethods: ['totp', 'backup'] });
const siteFlowText = JSON.stringify(siteFlow);

const kinds = (module) => Object.fromEntries(Object.entries(module).map(([name, value]) => [name, typeof value]));

console.log(
  JSON.stringify({
    exports: {
      flow: kinds(flow),
      totp: kinds(totp),
      server: kinds(server),
      request: kinds(request),
      ja: kinds(ja),
      adapters: kinds(adapters),
    },
    adapterAnswer: adapters.fromOkta({ errorCode: 'E0000069' }),
    siteFlow: { ok: flow.parseFlow(siteFlow).ok, hasGridCard: /乱数表|grid card/i.test(siteFlowText), site: siteFlow.site !== undefined },
    siteProfileSchemaTitle: readJson(resolved['schema/site-profile.schema.json']).title,
    resolved,
    defaultFlow: {
      ok: parsedDefault.ok,
      errors: parsedDefault.ok ? [] : parsedDefault.errors,
      start: parsedDefault.ok ? new flow.FlowEngine(parsedDefault.flow).current.id : null,
      mermaidFirstLine: parsedDefault.ok ? flow.toMermaid(parsedDefault.flow).split('\n')[0] : null,
      zod: flow.flowSchema.safeParse(defaultFlow).success,
    },
    smallFlow: { ok: flow.parseFlow(smallFlow).ok, zod: flow.flowSchema.safeParse(smallFlow).success },
    invalidFlow: {
      ok: parsedInvalid.ok,
      zod: flow.flowSchema.safeParse(invalidFlow).success,
      lines: parsedInvalid.ok ? [] : parsedInvalid.errors.map((problem) => `${problem.path || '(root)'}: ${problem.message}`),
    },
    flowSchemaKeys: Object.keys(flow.flowSchema.shape),
    stepKinds: [...flow.STEP_KINDS],
    hotp: await totp.hotp({ secret: rfcSecret, counter: 0 }),
    totp: await totp.totp({ secret: rfcSecret, time: 59_000, digits: 8 }),
    normalizeCode: totp.normalizeCode('１２３ ４５６').value,
    serverGetStatus: getResponse.status,
    jaBack: ja.templates['lhe.flow.back'],
  }),
);
