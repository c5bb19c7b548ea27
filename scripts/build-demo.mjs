#!/usr/bin/env node
// The demo login page as a site would ship it, for `npm start` (demo/production-server.mjs):
//
// - demo/index.html and demo/contact.html bundled and minified by Vite (the project's pinned
//   bundler): Lit's production build (no `development` export condition), hashed file names under
//   assets/ (the server gives them a year's immutable cache);
// - the login page written out once per language (index.<lang>.html) with its final text
//   (demo/text.ts), so that the server sends the page already in the visitor's language and the
//   script changes nothing when it starts (no layout shift, the main text painted from the HTML);
// - every text file beside its brotli (.br) and gzip (.gz) forms, compressed once here at their
//   best levels, not per request.
//
// Output: build/demo/, written to a temporary folder first and then moved into place, with
// build.json (when it was built, and its files). Run under tsx (it reads demo/text.ts):
//
//   node --import tsx scripts/build-demo.mjs             build
//   node --import tsx scripts/build-demo.mjs --if-stale  only when missing or older than its sources
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(root, 'demo');

/** Where the production build of the demo is written. */
export const DEMO_BUILD_DIR = join(root, 'build', 'demo');
/** The build's record: `{ builtAt, files }`, `builtAt` the time the build started reading its sources. */
const RECORD = 'build.json';

/** What the build is made from: a change to any of these makes it stale. */
const SOURCES = [
  'demo',
  'src',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build-demo.mjs',
  'rollup.config.mjs',
  // Where the build reads the versions of what it bundles (the folder's mtime changes when npm installs).
  'node_modules/.package-lock.json',
];
/** Under demo/: not part of the page (the requests the demo received, the servers). */
const NOT_SOURCES = new Set(['demo/data', 'demo/server.mjs', 'demo/production-server.mjs', 'demo/api.mjs']);

/** Files compressed beside themselves (images other than SVG are compressed already). */
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|txt|xml)$/;

/** The newest modification time (ms) among the build's sources. */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const name = relative(root, path).split(sep).join('/');
    if (NOT_SOURCES.has(name)) return;
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const source of SOURCES) visit(join(root, source));
  return newest;
}

/** Why the build must be made again (no build, or a source newer than it), or undefined when it is up to date. */
export function staleReason() {
  let builtAt;
  try {
    ({ builtAt } = JSON.parse(readFileSync(join(DEMO_BUILD_DIR, RECORD), 'utf8')));
  } catch {
    return 'no build yet';
  }
  if (typeof builtAt !== 'number') return 'no build yet';
  return newestSource() > builtAt ? 'sources changed since the last build' : undefined;
}

/** `text` as element content of the demo's pages (also demo/login-post.mjs's). */
export const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** `text` as a double-quoted attribute value of the demo's pages. */
export const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

/**
 * The login page (Vite's index.html) written in `lang`: `<html lang>`, `<title>`, the text of
 * every `data-i18n` element, every `data-i18n-aria-label`'s aria-label and the language buttons'
 * aria-pressed, exactly as demo.ts's applyText() sets them, and the language the forms send
 * without script (the login form's `?lang=`, the hidden `lang` fields, as demo.ts's setLang() sets them). Throws when an element it must fill
 * holds markup (the page's text elements hold text only) or when a key has no text.
 */
export function writePageIn(html, lang, TEXT) {
  const text = TEXT[lang];
  const lookup = (key) => {
    if (!Object.hasOwn(text, key)) throw new Error(`demo/index.html: no text "${key}" in demo/text.ts`);
    return text[key];
  };
  let out = html.replace(/<html\b[^>]*>/, (tag) => tag.replace(/\blang="[^"]*"/, `lang="${lang}"`));
  out = out.replace(/<title>[^<]*<\/title>/, `<title>${escapeText(lookup('docTitle'))}</title>`);
  // Sent without script, the login form keeps the page's language (demo/login-post.mjs answers in it).
  out = out.replace(/(<form id="login-form"[^>]*\saction=")\/login"/, `$1/login?lang=${encodeURIComponent(lang)}"`);
  out = out.replace(/(<input type="hidden" name="lang" value=")[^"]*"/g, `$1${escapeAttribute(lang)}"`);
  let filled = 0;
  let written = '';
  let cursor = 0;
  for (const match of out.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/g)) {
    const [tag, name, attributes] = match;
    let result = tag;
    const ariaKey = /\sdata-i18n-aria-label="([^"]+)"/.exec(attributes)?.[1];
    if (ariaKey) result = result.replace(/\saria-label="[^"]*"/, ` aria-label="${escapeAttribute(lookup(ariaKey))}"`);
    const langButton = /\sdata-lang="([^"]+)"/.exec(attributes)?.[1];
    if (langButton) result = result.replace(/\saria-pressed="[^"]*"/, ` aria-pressed="${String(langButton === lang)}"`);
    written += out.slice(cursor, match.index) + result;
    cursor = match.index + tag.length;
    const key = /\sdata-i18n="([^"]+)"/.exec(attributes)?.[1];
    if (key) {
      // The element's content, up to its closing tag, must be text only: the text of `key` replaces it.
      const close = out.indexOf(`</${name}>`, cursor);
      if (close < 0 || out.slice(cursor, close).includes('<'))
        throw new Error(`demo/index.html: the data-i18n="${key}" element holds markup`);
      written += escapeText(lookup(key));
      cursor = close;
      filled++;
    }
  }
  out = written + out.slice(cursor);
  const expected = html.match(/\sdata-i18n="/g)?.length ?? 0;
  if (filled !== expected) throw new Error(`demo/index.html: filled ${filled} of ${expected} data-i18n elements`);
  return out;
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
async function listFiles(dir, prefix = '') {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(join(dir, entry.name), path)));
    else files.push(path);
  }
  return files;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Builds the demo into build/demo/. Resolves to `{ dir, files, seconds }`. */
export async function buildDemo({ log = true } = {}) {
  const started = Date.now();
  // Before anything is read: a source saved during the build makes the next start build again.
  const builtAt = Date.now();
  const { build } = await import('vite');
  // The CSS of Lit's css`…` literals, minified as the package's own bundle does it (the minifier leaves template strings as they are).
  const { minifyCssLiterals } = await import('../rollup.config.mjs');
  const { TEXT } = await import('../demo/text.ts');
  const { LANGUAGES } = await import('../src/localize/languages.ts');
  const tsconfig = JSON.parse(await readFile(join(root, 'tsconfig.json'), 'utf8')).compilerOptions ?? {};
  const parent = dirname(DEMO_BUILD_DIR);
  await mkdir(parent, { recursive: true });
  const temporary = join(parent, `.demo-${process.pid}-${Date.now()}`);
  try {
    await build({
      root: demoDir,
      base: '/',
      configFile: false,
      envDir: false,
      publicDir: false,
      logLevel: log ? 'warn' : 'silent',
      mode: 'production',
      plugins: [{ ...minifyCssLiterals(), enforce: 'pre' }],
      // Vite 8 compiles TypeScript with Oxc: Lit's decorators need the TypeScript (experimental)
      // semantics and `useDefineForClassFields: false`, as in tsconfig.json (.storybook/main.ts does the same).
      oxc: {
        decorator: { legacy: tsconfig.experimentalDecorators ?? false },
        assumptions: { setPublicClassFields: !(tsconfig.useDefineForClassFields ?? true) },
        typescript: { removeClassFieldsWithoutInitializer: !(tsconfig.useDefineForClassFields ?? true) },
      },
      build: {
        outDir: temporary,
        emptyOutDir: true,
        target: 'es2022',
        reportCompressedSize: false,
        // Every browser the elements support preloads modules itself.
        modulePreload: { polyfill: false },
        // No data: URL for the swallow or the logo: the CSP allows them, but a file is cached apart from the page.
        assetsInlineLimit: 0,
        rolldownOptions: { input: { index: join(demoDir, 'index.html'), contact: join(demoDir, 'contact.html') } },
      },
    });
    const template = await readFile(join(temporary, 'index.html'), 'utf8');
    for (const lang of LANGUAGES) await writeFile(join(temporary, `index.${lang}.html`), writePageIn(template, lang, TEXT));
    await rm(join(temporary, 'index.html'));
    const files = await listFiles(temporary);
    for (const file of files.filter((name) => COMPRESSIBLE.test(name))) {
      const body = await readFile(join(temporary, file));
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
            [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
            [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gzipped(body, { level: zlib.Z_BEST_COMPRESSION }),
      ]);
      await writeFile(join(temporary, `${file}.br`), br);
      await writeFile(join(temporary, `${file}.gz`), gz);
    }
    await writeFile(join(temporary, RECORD), `${JSON.stringify({ builtAt, files }, null, 2)}\n`);
    // Into place: the old build aside, the new one in, the old one gone.
    const old = join(parent, `.demo-old-${process.pid}-${Date.now()}`);
    if (existsSync(DEMO_BUILD_DIR)) await rename(DEMO_BUILD_DIR, old);
    await rename(temporary, DEMO_BUILD_DIR);
    await rm(old, { recursive: true, force: true });
    const seconds = (Date.now() - started) / 1000;
    if (log) console.log(`Built the demo in ${relative(root, DEMO_BUILD_DIR)}/ (${seconds.toFixed(1)} s).`);
    return { dir: DEMO_BUILD_DIR, files, seconds };
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** Builds the demo when it has no build or its sources changed since. Resolves to the build folder. */
export async function ensureDemoBuild({ log = true } = {}) {
  const reason = staleReason();
  if (reason) {
    if (log) console.log(`Building the demo (${reason})…`);
    await buildDemo({ log });
  }
  return DEMO_BUILD_DIR;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale')) await ensureDemoBuild();
  else await buildDemo();
}
