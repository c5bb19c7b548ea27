// The published shape (issue 5): checks the `npm pack` tarball, installed into a scratch project,
// not the work tree. Run by `npm run test:package`:
//   node --test test/package/pack.test.mjs
// - the test runs `npm pack` itself, as a publisher does: its `prepack` script builds dist/ and
//   custom-elements.json (nothing is built beforehand); the tarball holds dist/, custom-elements.json,
//   README.md, LICENSE and package.json only;
// - the tarball holds every file the `exports` map, `bin` and `types` name; publint and
//   arethetypeswrong (ESM-only profile) report nothing;
// - Node imports the pure entry points by their bare names; a TypeScript consumer type-checks;
// - the CLI runs from `npx` with the documented exit codes;
// - in Chromium: the module build through an import map, the one-file bundle with no import map,
//   per-element entry points, two copies on one page, and custom-elements.json against the
//   elements' real observedAttributes;
// - installed from a git URL (a commit of the work tree's files, no dist/): npm's `prepare` builds
//   it (npm runs `prepare`, not `prepack`, for a git dependency) and it holds the tarball's files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rootRequire = createRequire(join(root, 'package.json'));
const TAGS = ['login-help-flow', 'auth-code-explainer', 'recovery-request-form'];
/** The studio (issue 17): its own entry point and bundle, never loaded by the three elements. */
const STUDIO = 'login-help-flow-studio';
/** The module that defines a tag, and the one-file bundle that holds it. */
const defineModule = (tag) => `dist/define/${tag === STUDIO ? 'studio' : tag}.js`;
const bundleOf = (tag) => (tag === STUDIO ? 'dist/studio.bundle.js' : 'dist/login-help-elements.bundle.js');

// The child npm must act on the scratch project: drop what `npm run` exports about this one.
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_config_local_prefix|npm_package_|npm_lifecycle_|npm_command$|INIT_CWD$)/i.test(key),
  ),
);

/** Runs a command; resolves to { code, stdout, stderr } (never rejects on a non-zero exit). */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env: childEnv, maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

async function mustRun(command, args, options) {
  const result = await run(command, args, options);
  assert.equal(result.code, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

let temp;
let scratch;
let tarball;
let packedFiles;
/** The installed package's folder, and its package.json. */
let installed;
let manifestJson;
let consumer;

/**
 * The JSON that `npm pack --json` prints last. The `prepack` build writes to the same stdout, so
 * the array starts at the last line that is a lone `[` from which the rest parses.
 */
function packJson(stdout) {
  const starts = [...stdout.matchAll(/^\[\s*$/gm)].map((match) => match.index).reverse();
  for (const start of starts) {
    try {
      return JSON.parse(stdout.slice(start));
    } catch {
      // a `[` line of the build's own output: try the one before
    }
  }
  throw new Error(`no JSON in the output of npm pack:\n${stdout}`);
}

/** When `npm pack` started: the build it runs (prepack) must write dist/ after this. */
let packStarted;

before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'lhe-pack-'));
  packStarted = Date.now();
  // As a publisher packs: `npm pack` runs `prepack` (the build), then packs what `files` names.
  const { stdout } = await mustRun('npm', ['pack', '--json', '--pack-destination', temp], { cwd: root });
  const [info] = packJson(stdout);
  tarball = join(temp, info.filename);
  packedFiles = new Set(info.files.map((file) => file.path));

  scratch = join(temp, 'site');
  await mkdir(scratch);
  await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-site', private: true, type: 'module' }, null, 2));
  // lit, @lit/localize and zod are in npm's cache from the root install.
  await mustRun('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: scratch });
  installed = join(scratch, 'node_modules', 'login-help-elements');
  manifestJson = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));

  await copyFile(join(root, 'test', 'package', 'consumer.mjs'), join(scratch, 'consumer.mjs'));
  await copyFile(join(root, 'test', 'fixtures', 'small-flow.json'), join(scratch, 'small-flow.json'));
  // Valid JSON and schema-valid, but a choice names a step that does not exist (did you mean…?).
  await writeFile(
    join(scratch, 'invalid-flow.json'),
    JSON.stringify({
      version: 1,
      start: 'hello',
      steps: [
        { id: 'hello', kind: 'choice', title: 'Hello', choices: [{ label: 'Go on', next: 'helo-there' }] },
        { id: 'hello-there', kind: 'resolved', title: 'Done' },
      ],
    }),
  );
  await writeFile(join(scratch, 'not-json.json'), '{ "version": 1, ');
  const result = await mustRun(process.execPath, ['consumer.mjs', 'small-flow.json', 'invalid-flow.json'], { cwd: scratch });
  consumer = JSON.parse(result.stdout);
});

after(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** Every (condition, target) of the exports map, with `*` patterns filled in with `ja`. */
function exportTargets(exportsMap) {
  const targets = [];
  for (const [subpath, value] of Object.entries(exportsMap)) {
    const entries = typeof value === 'string' ? [['default', value]] : Object.entries(value);
    for (const [condition, target] of entries) targets.push({ subpath, condition, file: target.replace('*', 'ja').replace(/^\.\//, '') });
  }
  return targets;
}

describe('the tarball', () => {
  test('exports the entry points of the public contract, each with types where it is code', () => {
    const expected = [
      '.',
      './login-help-flow.js',
      './auth-code-explainer.js',
      './recovery-request-form.js',
      './hydrate.js',
      './studio.js',
      './flow',
      './totp',
      './server',
      './server/deliver',
      './server/redis',
      './server/postgres',
      './request',
      './adapters',
      './static',
      './ssr',
      './flows/default.json',
      './flows/default.template.json',
      './schema/flow.schema.json',
      './schema/site-profile.schema.json',
      './locales/*.js',
      './login-help-elements.bundle.js',
      './custom-elements.json',
      './package.json',
    ];
    assert.deepEqual(Object.keys(manifestJson.exports).sort(), [...expected].sort());
    for (const [subpath, value] of Object.entries(manifestJson.exports)) {
      if (subpath.endsWith('.json')) continue;
      assert.equal(typeof value, 'object', `${subpath} has conditions`);
      assert.deepEqual(Object.keys(value), ['types', 'default'], `${subpath}: types first, then default`);
    }
    assert.equal(manifestJson.type, 'module');
    assert.equal(manifestJson.customElements, 'custom-elements.json');
  });

  test('holds every file that exports, types, bin and customElements name', () => {
    const named = [
      ...exportTargets(manifestJson.exports).map((target) => target.file),
      manifestJson.types.replace(/^\.\//, ''),
      manifestJson.main.replace(/^\.\//, ''),
      ...Object.values(manifestJson.bin).map((file) => file.replace(/^\.\//, '')),
      manifestJson.customElements,
    ];
    for (const file of named) assert.ok(packedFiles.has(file), `${file} is in the tarball`);
  });

  test('npm pack built it (prepack), as npm publish does; a git install builds through prepare', async () => {
    const { scripts } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    assert.equal(scripts.prepack, 'npm run build');
    assert.equal(scripts.prepublishOnly, undefined, 'prepack builds for publish too: a prepublishOnly build would run it twice');
    assert.match(
      scripts.prepare ?? '',
      /existsSync\('dist\/index\.js'\).*\|\| npm run build$/,
      'prepare builds only when dist/ is missing',
    );
    for (const file of ['dist/index.js', 'dist/login-help-elements.bundle.js', 'custom-elements.json']) {
      const { mtimeMs } = await stat(join(root, file));
      assert.ok(mtimeMs >= packStarted - 2000, `${file} was written by the build that npm pack ran`);
    }
  });

  test('holds dist/, custom-elements.json, README.md, LICENSE and package.json', () => {
    for (const file of [
      'README.md',
      'LICENSE',
      'package.json',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/bin.js',
    ]) {
      assert.ok(packedFiles.has(file), `${file} is in the tarball`);
    }
    assert.ok([...packedFiles].filter((file) => file.startsWith('dist/')).length > 20, 'dist/ is packed whole');
  });

  test('holds no sources, tests, maps or build leftovers', () => {
    const unexpected = [...packedFiles].filter(
      (file) => !/^(dist\/|README\.md$|LICENSE|package\.json$|custom-elements\.json$)/.test(file) || /\.(map|tsbuildinfo|tgz)$/.test(file),
    );
    assert.deepEqual(unexpected, []);
  });

  test('sideEffects names exactly the modules that register elements', () => {
    const published = manifestJson.sideEffects.filter((pattern) => pattern.startsWith('./dist/'));
    assert.deepEqual(published.sort(), [
      './dist/define/auth-code-explainer.js',
      './dist/define/hydrate.js',
      './dist/define/login-help-flow.js',
      './dist/define/recovery-request-form.js',
      './dist/define/studio.js',
      './dist/index.js',
      './dist/login-help-elements.bundle.js',
      './dist/studio.bundle.js',
    ]);
    for (const pattern of published) assert.ok(packedFiles.has(pattern.slice(2)), `${pattern} is in the tarball`);
  });

  test('publint --strict reports nothing', async () => {
    const { code, stdout, stderr } = await run(
      process.execPath,
      [join(root, 'node_modules', 'publint', 'src', 'cli.js'), 'run', tarball, '--strict'],
      { cwd: root },
    );
    assert.equal(code, 0, stdout + stderr);
    assert.match(stdout, /All good!/, stdout + stderr);
  });

  test('arethetypeswrong (ESM-only profile) reports nothing', async () => {
    const attw = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    const { code, stdout, stderr } = await run(
      process.execPath,
      [attw, tarball, '--profile', 'esm-only', '--include-entrypoints', './locales/ja.js', '--format', 'json', '--no-color'],
      { cwd: root },
    );
    const report = JSON.parse(stdout);
    const problems = (report.analysis?.problems ?? []).filter(
      (problem) => !('resolutionKind' in problem) || !['node10', 'node16-cjs'].includes(problem.resolutionKind),
    );
    assert.deepEqual(problems, [], stderr);
    assert.equal(code, 0, stderr);
  });
});

describe('in Node', () => {
  test('the pure entry points import and expose the names of the contract', () => {
    const { flow, totp, server, request, ja, adapters } = consumer.exports;
    assert.equal(flow.parseFlow, 'function');
    for (const name of ['applySiteProfile', 'parseSiteProfile']) assert.equal(flow[name], 'function', name);
    for (const name of ['siteProfileSchema', 'defaultSiteProfile']) assert.equal(flow[name], 'object', name);
    assert.equal(request.siteRequestTemplates, 'function');
    for (const name of [
      'fromKeycloak',
      'fromAuth0',
      'fromOkta',
      'fromFirebase',
      'fromCognito',
      'fromEntra',
      'fromSupabase',
      'fromKratos',
    ]) {
      assert.equal(adapters[name], 'function', name);
    }
    assert.equal(flow.FlowEngine, 'function');
    assert.equal(flow.toMermaid, 'function');
    assert.equal(flow.flowSchema, 'object');
    assert.equal(totp.hotp, 'function');
    assert.equal(totp.totp, 'function');
    assert.equal(totp.normalizeCode, 'function');
    assert.equal(server.createRequestHandler, 'function');
    assert.equal(server.toNodeListener, 'function');
    assert.ok(Object.keys(request).length > 0, 'login-help-elements/request exports something');
    assert.equal(ja.templates, 'object');
  });

  test('they work: RFC vectors, code normalisation, the request handler', () => {
    assert.equal(consumer.hotp, '755224');
    assert.equal(consumer.totp, '94287082');
    assert.equal(consumer.normalizeCode, '123456');
    assert.equal(consumer.serverGetStatus, 405);
    assert.deepEqual(consumer.adapterAnswer, { error: 'locked' });
  });

  test('the flow for any site and a profile give a flow parseFlow accepts; the site profile schema ships', () => {
    assert.deepEqual(consumer.siteFlow, { ok: true, hasGridCard: false, site: true });
    assert.equal(consumer.siteProfileSchemaTitle, 'login-help-elements site profile');
  });

  test('parseFlow accepts login-help-elements/flows/default.json', () => {
    assert.deepEqual(consumer.defaultFlow.errors, []);
    assert.equal(consumer.defaultFlow.ok, true);
    assert.equal(consumer.defaultFlow.zod, true);
    assert.match(consumer.defaultFlow.mermaidFirstLine, /^flowchart /);
    assert.ok(consumer.resolved['flows/default.json'].startsWith(join(installed, 'dist')));
  });

  test('every JSON and file export resolves inside the installed package', () => {
    for (const [subpath, file] of Object.entries(consumer.resolved)) {
      assert.ok(file.startsWith(installed), `${subpath} → ${file}`);
    }
  });

  test('the types of every code export are in the tarball', () => {
    for (const { subpath, condition, file } of exportTargets(manifestJson.exports)) {
      if (condition !== 'types') continue;
      assert.ok(packedFiles.has(file), `${subpath}: ${file}`);
      assert.match(file, /\.d\.ts$/);
    }
  });

  test('a TypeScript consumer (module nodenext, strict) type-checks against the installed types', async () => {
    await writeFile(
      join(scratch, 'consumer-types.ts'),
      `import { LoginHelpFlow, AuthCodeExplainer, RecoveryRequestForm, parseFlow as rootParseFlow } from 'login-help-elements';
import { LoginHelpFlow as FlowClass } from 'login-help-elements/login-help-flow.js';
import { AuthCodeExplainer as ExplainerClass } from 'login-help-elements/auth-code-explainer.js';
import { RecoveryRequestForm as FormClass } from 'login-help-elements/recovery-request-form.js';
import { parseFlow, FlowEngine, toMermaid, flowSchema, type FlowDefinition } from 'login-help-elements/flow';
import { hotp, totp, normalizeCode } from 'login-help-elements/totp';
import { createRequestHandler } from 'login-help-elements/server';
import * as request from 'login-help-elements/request';
import { templates } from 'login-help-elements/locales/ja.js';
import { LoginHelpFlow as BundledFlow } from 'login-help-elements/login-help-elements.bundle.js';

const guide: LoginHelpFlow = document.createElement('login-help-flow');
const explainer: AuthCodeExplainer = document.createElement('auth-code-explainer');
const form: RecoveryRequestForm = document.createElement('recovery-request-form');
const classes: unknown[] = [FlowClass, ExplainerClass, FormClass, BundledFlow, request, templates, rootParseFlow, flowSchema];
guide.username = 'taro';
explainer.method = 'totp';
form.template = 'contact';
guide.addEventListener('login-help-navigate', (event) => event.detail.path);
const result = parseFlow({});
if (result.ok) {
  const definition: FlowDefinition = result.flow;
  const engine = new FlowEngine(definition);
  const text: string = toMermaid(definition) + engine.current.id;
  void text;
} else {
  const paths: string[] = result.errors.map((problem) => problem.path + problem.message);
  void paths;
}
const codes: Promise<string>[] = [hotp({ secret: 'JBSWY3DPEHPK3PXP', counter: 1 }), totp({ secret: new Uint8Array(20), algorithm: 'SHA-256' })];
const normalized: string = normalizeCode('１２３').value;
const handler: (request: Request) => Promise<Response> = createRequestHandler({ onRequest: async () => ({ reference: 'R-1' }) });
void [classes, codes, normalized, handler];
`,
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const { code, stdout, stderr } = await run(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--lib',
        'es2023,dom,dom.iterable',
        '--types',
        'node',
        '--typeRoots',
        join(root, 'node_modules', '@types'),
        '--skipLibCheck',
        'consumer-types.ts',
      ],
      { cwd: scratch },
    );
    assert.equal(code, 0, stdout + stderr);
  });
});

describe('the CLI from npx', () => {
  const npx = (...args) => run('npx', ['--no-install', 'login-help-elements', ...args], { cwd: scratch });

  test('validate: a valid definition exits 0', async () => {
    const { code, stdout, stderr } = await npx('validate', 'node_modules/login-help-elements/dist/flows/default.json');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /valid/);
  });

  test('validate: an invalid definition exits 1 with parseFlow’s problems, one `PATH: message` line each', async () => {
    const { code, stderr } = await npx('validate', 'invalid-flow.json');
    assert.equal(code, 1, stderr);
    assert.equal(consumer.invalidFlow.ok, false);
    assert.equal(consumer.invalidFlow.zod, true, 'the fixture is schema-valid: only the graph rules fail');
    assert.deepEqual(stderr.trimEnd().split('\n'), consumer.invalidFlow.lines);
    assert.match(stderr, /hello-there/, 'the message suggests the likely step');
  });

  test('validate: a file that is not JSON, or not there, exits 2', async () => {
    assert.equal((await npx('validate', 'not-json.json')).code, 2);
    assert.equal((await npx('validate', 'no-such-file.json')).code, 2);
  });

  test('graph prints a Mermaid flowchart', async () => {
    const { code, stdout, stderr } = await npx('graph', 'small-flow.json');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^flowchart /);
  });
});

describe('the JSON Schema', () => {
  let schema;
  before(async () => {
    schema = JSON.parse(await readFile(consumer.resolved['schema/flow.schema.json'], 'utf8'));
  });

  test('is draft 2020-12 with $id, title and description, and mirrors flowSchema', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/.+\/flow\.schema\.json$/);
    assert.ok(schema.title && schema.description);
    assert.equal(schema.type, 'object');
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties).sort(), [...consumer.flowSchemaKeys].sort());
    assert.deepEqual(schema.required.sort(), ['start', 'steps', 'version']);
    const kinds = schema.$defs.step.oneOf.map((variant) => variant.properties.kind.const);
    assert.deepEqual(kinds.sort(), [...consumer.stepKinds].sort());
  });

  test('the default flow and the test fixture validate against it (and zod agrees)', async (t) => {
    assert.equal(consumer.smallFlow.ok, true);
    assert.equal(consumer.smallFlow.zod, true);
    let Validator;
    try {
      // Not a dependency of its own: present through @lit/localize-tools. Without it, zod's check above stands.
      ({ Validator } = rootRequire('jsonschema'));
    } catch {
      t.diagnostic('jsonschema is not installed: validated with zod only');
      return;
    }
    const validator = new Validator();
    for (const file of [consumer.resolved['flows/default.json'], join(scratch, 'small-flow.json')]) {
      const { errors } = validator.validate(JSON.parse(await readFile(file, 'utf8')), schema);
      assert.deepEqual(errors.map(String), [], file);
    }
    const broken = JSON.parse(await readFile(join(scratch, 'small-flow.json'), 'utf8'));
    broken.steps[0].kind = 'question';
    broken.colour = 'blue';
    assert.ok(validator.validate(broken, schema).errors.length >= 2, 'an unknown step kind and an unknown field are rejected');
  });
});

describe('in Chromium', () => {
  let server;
  let browser;
  let defaultFlow;
  let manifest;

  before(async () => {
    defaultFlow = JSON.parse(await readFile(consumer.resolved['flows/default.json'], 'utf8'));
    manifest = JSON.parse(await readFile(consumer.resolved['custom-elements.json'], 'utf8'));
    server = await startStaticServer({ mounts: { '/': scratch } });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const packageUrl = '/node_modules/login-help-elements/';

  /** The import map a site writes for the module build: the dependencies and this package's exports. */
  async function importMap() {
    const imports = {};
    const dependencies = {
      lit: 'index.js',
      'lit-html': 'lit-html.js',
      'lit-element': 'index.js',
      '@lit/reactive-element': 'reactive-element.js',
      '@lit/localize': 'lit-localize.js',
      zod: 'index.js',
    };
    for (const [name, main] of Object.entries(dependencies)) {
      // Installed flat (not nested under another package), as the map assumes.
      await stat(join(scratch, 'node_modules', name, main));
      imports[name] = `/node_modules/${name}/${main}`;
      imports[`${name}/`] = `/node_modules/${name}/`;
    }
    imports['zod/mini'] = '/node_modules/zod/mini/index.js';
    for (const [subpath, value] of Object.entries(manifestJson.exports)) {
      if (subpath.includes('*') || subpath.endsWith('.json')) continue;
      const target = typeof value === 'string' ? value : value.default;
      imports[`login-help-elements${subpath.slice(1)}`] = packageUrl + target.slice(2);
    }
    return { imports };
  }

  /** Opens a page written into the scratch project; collects what it logs and requests. */
  async function open(name, html) {
    await writeFile(
      join(scratch, name),
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${html}`,
    );
    const page = await browser.newPage();
    const log = { errors: [], warnings: [], pageErrors: [], failed: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') log.errors.push(message.text());
      if (message.type() === 'warning') log.warnings.push(message.text());
    });
    page.on('pageerror', (error) => log.pageErrors.push(String(error)));
    page.on('requestfailed', (request) => log.failed.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) log.failed.push(`${response.status()} ${response.url()}`);
    });
    const firstRequest = server.requests.length;
    await page.goto(`${server.url}/${name}`);
    return { page, log, requests: () => server.requests.slice(firstRequest) };
  }

  const clean = (log) => assert.deepEqual(log, { errors: [], warnings: [], pageErrors: [], failed: [] });
  const stepTitle = (id, lang) => defaultFlow.steps.find((step) => step.id === id).title[lang];
  const tags = `<login-help-flow></login-help-flow>
    <auth-code-explainer method="totp"></auth-code-explainer>
    <recovery-request-form template="contact" mailto="support@example.com"></recovery-request-form>`;

  /** Waits until each element has rendered its shadow root; returns the guide's heading. */
  async function rendered(page) {
    await page.locator('login-help-flow h2').first().waitFor();
    await page.locator('auth-code-explainer [part~="base"]').first().waitFor();
    await page.locator('recovery-request-form [part~="base"]').first().waitFor();
    return (await page.locator('login-help-flow h2').first().textContent()).trim();
  }

  test('(a) the module build through an import map: every element renders', async () => {
    const { page, log } = await open(
      'module.html',
      `<script type="importmap">${JSON.stringify(await importMap())}</script>
      <script type="module">import 'login-help-elements';</script></head><body>${tags}</body></html>`,
    );
    assert.equal(await rendered(page), stepTitle(defaultFlow.start, 'en'));
    assert.ok((await page.locator('recovery-request-form [part~="title"]').first().textContent()).trim().length > 0);
    await page.close();
    clean(log);
  });

  test('(b) the one-file bundle with no import map: renders in Japanese, steps on, loads nothing else', async () => {
    const bundle = await readFile(consumer.resolved['login-help-elements.bundle.js'], 'utf8');
    assert.doesNotMatch(bundle, /Lit is in dev mode/, 'the production build of Lit');
    const { page, log, requests } = await open(
      'bundle.html',
      `<script type="module" src="${packageUrl}dist/login-help-elements.bundle.js"></script></head>
      <body lang="ja">${tags}</body></html>`,
    );
    const start = defaultFlow.steps.find((step) => step.id === defaultFlow.start);
    assert.equal(await rendered(page), start.title.ja);
    await page.locator('login-help-flow [part~="choice"]').first().click();
    await page.locator('login-help-flow h2', { hasText: stepTitle(start.choices[0].next, 'ja') }).waitFor();
    assert.equal((await page.locator('login-help-flow [part~="back"]').first().textContent()).trim(), consumer.jaBack);
    assert.deepEqual(requests(), ['/bundle.html', `${packageUrl}dist/login-help-elements.bundle.js`]);
    await page.close();
    clean(log);
  });

  for (const tag of TAGS) {
    test(`(c) login-help-elements/${tag}.js registers <${tag}> only`, async () => {
      const { page, log } = await open(
        `only-${tag}.html`,
        `<script type="importmap">${JSON.stringify(await importMap())}</script>
        <script type="module">import 'login-help-elements/${tag}.js';</script></head>
        <body><${tag}${tag === 'recovery-request-form' ? ' template="contact"' : ''}></${tag}></body></html>`,
      );
      await page
        .locator(`${tag} ${tag === 'login-help-flow' ? 'h2' : '[part~="base"]'}`)
        .first()
        .waitFor();
      const defined = await page.evaluate(
        (all) => Object.fromEntries(all.map((name) => [name, customElements.get(name) !== undefined])),
        [...TAGS, STUDIO],
      );
      // The guide loads the other two when a step shows them; its first step shows neither. None loads the studio.
      assert.deepEqual(defined, Object.fromEntries([...TAGS, STUDIO].map((name) => [name, name === tag])));
      await page.close();
      clean(log);
    });
  }

  for (const tag of ['recovery-request-form', 'auth-code-explainer']) {
    test(`(c) <${tag}>'s body is fetched when the first one is connected, not when it is registered`, async () => {
      const { page, log, requests } = await open(
        `lazy-${tag}.html`,
        `<script type="importmap">${JSON.stringify(await importMap())}</script>
        <script type="module">import 'login-help-elements/${tag}.js'; window.registered = true;</script></head><body></body></html>`,
      );
      await page.waitForFunction(() => window.registered === true);
      const body = `dist/elements/${tag}/${tag}.body.js`;
      assert.ok(!requests().some((url) => url.endsWith(body)), requests().join('\n'));
      // Set before the body exists: kept, and used once it arrives.
      await page.evaluate((name) => {
        const element = document.createElement(name);
        element.setAttribute('lang', 'ja');
        if (name === 'recovery-request-form') element.template = 'password-reissue';
        document.body.append(element);
      }, tag);
      await page.locator(`${tag} [part~="base"]`).first().waitFor();
      assert.ok(
        requests().some((url) => url.endsWith(body)),
        requests().join('\n'),
      );
      assert.equal(await page.locator(`${tag} [part~="base"]`).first().getAttribute('lang'), 'ja');
      if (tag === 'recovery-request-form') assert.match(await page.locator(`${tag} [part~="title"]`).textContent(), /パスワード/);
      await page.close();
      clean(log);
    });
  }

  const studioFlow = JSON.stringify({ version: 1, start: 'a', steps: [{ id: 'a', kind: 'resolved', title: 'Done' }] }, null, 2);
  /** Waits until the studio has its editor and has read its text; returns the problems' heading. */
  async function studioRendered(page) {
    await page.evaluate((text) => (document.querySelector('login-help-flow-studio').text = text), studioFlow);
    await page.locator('login-help-flow-studio .cm-content').waitFor();
    await page.locator('login-help-flow-studio login-help-flow h2').waitFor();
    return (await page.locator('login-help-flow-studio #problems-title').textContent()).trim();
  }

  test('(c) login-help-elements/studio.js: the studio and its guide, CodeMirror from the package itself', async () => {
    const { page, log, requests } = await open(
      'studio-module.html',
      `<script type="importmap">${JSON.stringify(await importMap())}</script>
      <script type="module">import 'login-help-elements/studio.js';</script></head><body><login-help-flow-studio lang="en"></login-help-flow-studio></body></html>`,
    );
    assert.equal(await studioRendered(page), 'Problems (0)');
    assert.ok(
      requests().some((url) => url.startsWith(`${packageUrl}dist/vendor/@codemirror/view/`)),
      requests().join('\n'),
    );
    assert.ok(!requests().some((url) => url.startsWith('/node_modules/@codemirror/')), 'no dependency of the site is needed');
    await page.close();
    clean(log);
  });

  test('(b) the studio bundle with no import map: renders in Japanese, loads nothing else', async () => {
    const bundle = await readFile(join(installed, 'dist', 'studio.bundle.js'), 'utf8');
    assert.doesNotMatch(bundle, /Lit is in dev mode/, 'the production build of Lit');
    const { page, log, requests } = await open(
      'studio-bundle.html',
      `<script type="module" src="${packageUrl}dist/studio.bundle.js"></script></head><body lang="ja"><login-help-flow-studio></login-help-flow-studio></body></html>`,
    );
    assert.equal(await studioRendered(page), '問題（0 件）');
    assert.deepEqual(requests(), ['/studio-bundle.html', `${packageUrl}dist/studio.bundle.js`]);
    await page.close();
    clean(log);
  });

  test('(d) two copies on one page (the bundle, then the module build): one warning per tag, no error', async () => {
    const { page, log } = await open(
      'two-copies.html',
      `<script type="importmap">${JSON.stringify(await importMap())}</script>
      <script type="module" src="${packageUrl}dist/login-help-elements.bundle.js"></script>
      <script type="module">import 'login-help-elements'; window.moduleBuildLoaded = true;</script></head><body>${tags}</body></html>`,
    );
    await page.waitForFunction(() => window.moduleBuildLoaded === true);
    assert.equal(await rendered(page), stepTitle(defaultFlow.start, 'en'));
    for (const tag of TAGS) {
      assert.equal(
        log.warnings.filter((text) => text.includes(`<${tag}>`) && /already defined/.test(text)).length,
        1,
        `${tag}: ${log.warnings.join('\n')}`,
      );
    }
    assert.equal(log.warnings.length, TAGS.length, log.warnings.join('\n'));
    await page.close();
    assert.deepEqual({ ...log, warnings: [] }, { errors: [], warnings: [], pageErrors: [], failed: [] });
  });

  test('custom-elements.json lists the real attributes of each element, everything described', async () => {
    const declarations = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((declaration) => declaration.customElement),
    );
    assert.deepEqual(declarations.map((declaration) => declaration.tagName).sort(), [...TAGS, STUDIO].sort());

    const observed = {};
    for (const [file, tags] of [
      ['dist/login-help-elements.bundle.js', TAGS],
      ['dist/studio.bundle.js', [STUDIO]],
    ]) {
      const { page, log } = await open(
        'attributes.html',
        `<script type="module" src="${packageUrl}${file}"></script></head><body></body></html>`,
      );
      const found = await page.evaluate(async (all) => {
        await Promise.all(all.map((tag) => customElements.whenDefined(tag)));
        return Object.fromEntries(all.map((tag) => [tag, [...customElements.get(tag).observedAttributes]]));
      }, tags);
      Object.assign(observed, found);
      await page.close();
      clean(log);
    }

    for (const declaration of declarations) {
      const tag = declaration.tagName;
      assert.deepEqual(
        (declaration.attributes ?? []).map((attribute) => attribute.name).sort(),
        observed[tag].sort(),
        `<${tag}> attributes`,
      );
      const described = {
        attribute: declaration.attributes ?? [],
        property: (declaration.members ?? []).filter(
          (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
        ),
        event: declaration.events ?? [],
        'CSS part': declaration.cssParts ?? [],
        'CSS property': declaration.cssProperties ?? [],
        slot: declaration.slots ?? [],
      };
      for (const [kind, items] of Object.entries(described)) {
        for (const item of items) assert.ok(item.description?.trim(), `<${tag}> ${kind} ${item.name} has a description`);
      }
      assert.ok(described['CSS part'].length > 0 && described['CSS property'].length > 0, `<${tag}> documents parts and custom properties`);
    }
    // Each define module carries its tag, and the module paths are files of the package.
    for (const tag of [...TAGS, STUDIO]) {
      const definition = manifest.modules
        .flatMap((module) => (module.exports ?? []).map((entry) => ({ module: module.path, entry })))
        .find(({ entry }) => entry.kind === 'custom-element-definition' && entry.name === tag);
      assert.equal(definition?.module, defineModule(tag), `<${tag}> is defined by its define module`);
    }
    for (const module of manifest.modules) assert.ok(packedFiles.has(module.path), `${module.path} is in the tarball`);
  });

  test('custom-elements.json lists every --login-help-* custom property each element’s styles read', async () => {
    const used = {};
    for (const tag of [...TAGS, STUDIO]) {
      const { page, log } = await open(
        'styles.html',
        `<script type="module" src="${packageUrl}${bundleOf(tag)}"></script></head><body></body></html>`,
      );
      used[tag] = await page.evaluate(async (name) => {
        await customElements.whenDefined(name);
        const text = (style) => style.cssText ?? [...style.cssRules].map((rule) => rule.cssText).join('\n');
        const css = customElements.get(name).elementStyles.map(text).join('\n');
        return [...new Set([...css.matchAll(/var\(\s*(--login-help-[a-z0-9-]+)/g)].map((match) => match[1]))].sort();
      }, tag);
      await page.close();
      clean(log);
    }
    for (const tag of [...TAGS, STUDIO]) {
      const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((item) => item.tagName === tag);
      const documented = (declaration.cssProperties ?? []).map((property) => property.name).sort();
      assert.deepEqual(documented, used[tag], `<${tag}> custom properties`);
    }
  });
});

describe('installed from a git URL', () => {
  /** Why the block is skipped (no git, or not a git work tree), if it is. */
  let skipReason;
  let site;
  let fromGit;

  before(async () => {
    // A commit of the work tree's files (tracked and new, less what .gitignore leaves out): in CI,
    // a clean clone, so its HEAD. Like any clone: no dist/, custom-elements.json or src/generated/.
    const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root }).catch((error) => ({
      code: -1,
      stderr: String(error),
    }));
    if (listed.code !== 0) {
      skipReason = `not a git work tree: ${listed.stderr.trim()}`;
      return;
    }
    const repo = join(temp, 'repo');
    for (const file of listed.stdout.split('\0').filter(Boolean)) {
      const from = join(root, file);
      const found = await stat(from).catch(() => undefined);
      if (!found?.isFile()) continue; // deleted in the work tree, not committed yet
      await mkdir(dirname(join(repo, file)), { recursive: true });
      await copyFile(from, join(repo, file));
    }
    const git = (...args) =>
      mustRun(
        'git',
        ['-c', 'user.name=package test', '-c', 'user.email=package-test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
        { cwd: repo },
      );
    await git('init', '-q');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'the work tree');

    site = join(temp, 'site-from-git');
    await mkdir(site);
    await writeFile(join(site, 'package.json'), JSON.stringify({ name: 'scratch-site-from-git', private: true, type: 'module' }, null, 2));
    // npm clones it, installs its dependencies and devDependencies there, runs `prepare` (the build:
    // npm does not run `prepack` for a git dependency) and packs it as `npm pack` would.
    await mustRun('npm', ['install', `git+file://${repo}`, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: site,
    });
    fromGit = join(site, 'node_modules', 'login-help-elements');
  });

  test('npm builds it (prepare) and installs exactly the files of the tarball', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const entries = await readdir(fromGit, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(fromGit, join(entry.parentPath ?? entry.path, entry.name)));
    assert.ok(files.includes('dist/index.js') && files.includes('custom-elements.json'), 'built by prepare');
    assert.deepEqual(files.sort(), [...packedFiles].sort());
  });

  test('it works: Node imports it by its bare names and the CLI validates the default flow', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const { stdout } = await mustRun(
      process.execPath,
      [
        '--input-type=module',
        '--eval',
        `import { parseFlow } from 'login-help-elements/flow';
import { createRequestHandler } from 'login-help-elements/server';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const file = createRequire(process.cwd() + '/').resolve('login-help-elements/flows/default.json');
console.log(JSON.stringify({ ok: parseFlow(JSON.parse(readFileSync(file, 'utf8'))).ok, handler: typeof createRequestHandler({ onRequest: () => ({ reference: 'R' }) }) }));`,
      ],
      { cwd: site },
    );
    assert.deepEqual(JSON.parse(stdout), { ok: true, handler: 'function' });
    const cli = await run(
      'npx',
      ['--no-install', 'login-help-elements', 'validate', 'node_modules/login-help-elements/dist/flows/default.json'],
      { cwd: site },
    );
    assert.equal(cli.code, 0, cli.stderr);
  });
});
