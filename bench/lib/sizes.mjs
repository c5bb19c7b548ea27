// Sizes: ours from `npm run size` (scripts/size.mjs, which writes build/size.json), the peers from
// their npm tarballs packed in this run into bench/.cache, gzipped here at level 9.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, error });
    });
  });
}

export const gzip9 = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Runs `npm run size` and returns its rows (build/size.json), with the command's output. */
export async function ourSizes(root) {
  const started = Date.now();
  const result = await run('npm', ['run', '--silent', 'size'], { cwd: root });
  const file = join(root, 'build', 'size.json');
  if (!existsSync(file) || statSync(file).mtimeMs < started - 1000) {
    throw new Error(`npm run size did not write build/size.json (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  const rows = JSON.parse(readFileSync(file, 'utf8'));
  // size.mjs exits 1 when a budget is over: the rows are still the measurement.
  return { rows, exitCode: result.code, table: result.stdout.trim() };
}

/** Picks rows of size.json by what they describe. */
export function pickOurRows(rows) {
  const find = (pattern) => rows.find((row) => pattern.test(row.part));
  const lazy = rows.filter((row) => /^\s*lazy:/.test(row.part));
  return {
    flow: find(/^<login-help-flow>/),
    explainer: find(/^<auth-code-explainer>/),
    form: find(/^<recovery-request-form>/),
    explainerShown: find(/^<auth-code-explainer> shown/),
    formShown: find(/^<recovery-request-form> shown/),
    all: find(/^all elements together, registered/) ?? find(/^all elements together/),
    allShown: find(/^all elements together, every body loaded/),
    lazy,
    // What the guide loads for an English page with the built-in flow: its steps and English text.
    defaultFlow: lazy
      .filter((row) => /default flow: its (steps|English)/.test(row.part))
      .reduce((sum, row) => (sum ? { ...sum, part: 'default flow (steps + English text)', gzip: sum.gzip + row.gzip } : row), null),
  };
}

/**
 * `npm pack <spec> --pack-destination cacheDir`; returns { name, version, tarball, fresh }.
 * Offline (or BENCH_OFFLINE=1): the newest matching tarball already in the cache, marked stale.
 */
export async function pack(spec, cacheDir, root) {
  mkdirSync(cacheDir, { recursive: true });
  if (process.env.BENCH_OFFLINE !== '1') {
    const result = await run('npm', ['pack', spec, '--pack-destination', cacheDir, '--json', '--loglevel=error'], { cwd: root });
    if (result.code === 0) {
      const [info] = JSON.parse(result.stdout);
      return { name: info.name, version: info.version, tarball: join(cacheDir, info.filename), fresh: true };
    }
    console.error(
      `npm pack ${spec} failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-2).join(' ')}; trying the cache`,
    );
  }
  const base = spec.replace(/^@/, '').replace('/', '-').replace(/@.*$/, '');
  const { readdirSync } = await import('node:fs');
  const candidates = readdirSync(cacheDir)
    .filter((file) => file.startsWith(`${base}-`) && file.endsWith('.tgz'))
    .sort();
  if (!candidates.length) throw new Error(`no tarball of ${spec} (npm pack failed, nothing in ${cacheDir})`);
  const file = candidates[candidates.length - 1];
  return { name: spec.replace(/@[^@/]*$/, ''), version: file.slice(base.length + 1, -4), tarball: join(cacheDir, file), fresh: false };
}

/** Extracts `files` (paths inside the package, without `package/`) into `into`; returns their paths. */
export async function extract(tarball, into, files) {
  mkdirSync(into, { recursive: true });
  const result = await run('tar', ['-xzf', tarball, '-C', into, '--strip-components=1', ...files.map((file) => `package/${file}`)]);
  if (result.code !== 0) throw new Error(`tar -xzf ${tarball} ${files.join(' ')} failed: ${result.stderr}`);
  return files.map((file) => join(into, file));
}

/** Lists a tarball's files (without `package/`). */
export async function listTarball(tarball) {
  const result = await run('tar', ['-tzf', tarball]);
  if (result.code !== 0) throw new Error(`tar -tzf ${tarball} failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^package\//, ''));
}

function fileRow(path, label) {
  const buffer = readFileSync(path);
  return { file: label, min: buffer.length, gzip: gzip9(buffer) };
}

/**
 * The Okta Sign-In Widget: the file its package.json points at (`exports["."].default`,
 * `browser`, `main`), and the minified form of it that its docs serve from a CDN
 * (same name, `.min.js`): the minified one is the comparison (ours is minified too).
 */
export async function oktaSizes(cacheDir, root, spec = process.env.BENCH_OKTA_SPEC ?? '@okta/okta-signin-widget') {
  const packed = await pack(spec, cacheDir, root);
  const into = join(cacheDir, 'peers', 'okta');
  const [pkgPath] = await extract(packed.tarball, into, ['package.json']);
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const dotExport = pkg.exports?.['.'];
  const pointed =
    (typeof dotExport === 'string' ? dotExport : (dotExport?.browser ?? dotExport?.default)) ??
    (typeof pkg.browser === 'string' ? pkg.browser : undefined) ??
    pkg.main;
  const mainFile = pointed.replace(/^\.\//, '');
  const listing = new Set(await listTarball(packed.tarball));
  const minified = [mainFile.replace(/\.js$/, '.min.js'), 'dist/js/okta-sign-in.min.js'].find((file) => listing.has(file));
  const css = ['dist/css/okta-sign-in.min.css'].find((file) => listing.has(file));
  const wanted = [...new Set([mainFile, minified, css].filter(Boolean))];
  await extract(packed.tarball, into, wanted);
  const main = fileRow(join(into, mainFile), mainFile);
  const min = minified ? fileRow(join(into, minified), minified) : main;
  return {
    name: packed.name,
    version: packed.version,
    fresh: packed.fresh,
    pointedBy: `package.json exports["."].default / main → ${mainFile}`,
    main,
    js: min,
    css: css ? fileRow(join(into, css), css) : undefined,
  };
}

/**
 * SurveyJS: survey-js-ui (vanilla JS rendering, Preact inside) and the survey-core version it
 * names as its peer; their minified UMD bundles and the default theme's CSS.
 */
export async function surveySizes(cacheDir, root, spec = process.env.BENCH_SURVEY_SPEC ?? 'survey-js-ui') {
  const ui = await pack(spec, cacheDir, root);
  const uiDir = join(cacheDir, 'peers', 'survey-js-ui');
  const [uiPkgPath] = await extract(ui.tarball, uiDir, ['package.json']);
  const uiPkg = JSON.parse(readFileSync(uiPkgPath, 'utf8'));
  const coreVersion = uiPkg.peerDependencies?.['survey-core'] ?? ui.version;
  const core = await pack(`survey-core@${coreVersion}`, cacheDir, root);
  const coreDir = join(cacheDir, 'peers', 'survey-core');
  const uiListing = new Set(await listTarball(ui.tarball));
  const coreListing = new Set(await listTarball(core.tarball));
  const uiFile = ['survey-js-ui.min.js', 'survey-js-ui.js'].find((file) => uiListing.has(file));
  const coreFile = ['survey.core.min.js', 'survey.core.js'].find((file) => coreListing.has(file));
  const cssFile = ['survey-core.min.css', 'survey-core.css'].find((file) => coreListing.has(file));
  if (!uiFile || !coreFile) throw new Error(`SurveyJS bundles not found (survey-js-ui: ${uiFile}, survey-core: ${coreFile})`);
  await extract(ui.tarball, uiDir, [uiFile]);
  await extract(core.tarball, coreDir, [coreFile, ...(cssFile ? [cssFile] : [])]);
  const uiRow = fileRow(join(uiDir, uiFile), `survey-js-ui/${uiFile}`);
  const coreRow = fileRow(join(coreDir, coreFile), `survey-core/${coreFile}`);
  const uiCode = readFileSync(join(uiDir, uiFile), 'utf8');
  return {
    name: 'survey-core + survey-js-ui',
    version: `${core.version} + ${ui.version}`,
    fresh: ui.fresh && core.fresh,
    bundlesPreact: /\bpreact\b/.test(uiCode) && /e\.preact=|\.preact=/.test(uiCode),
    files: [coreRow, uiRow],
    js: { file: `${coreRow.file} + ${uiRow.file}`, min: coreRow.min + uiRow.min, gzip: coreRow.gzip + uiRow.gzip },
    css: cssFile ? fileRow(join(coreDir, cssFile), `survey-core/${cssFile}`) : undefined,
    paths: {
      core: `/peers/survey-core/${coreFile}`,
      ui: `/peers/survey-js-ui/${uiFile}`,
      css: cssFile ? `/peers/survey-core/${cssFile}` : undefined,
    },
  };
}
