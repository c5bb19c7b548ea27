#!/usr/bin/env node
// Makes a fresh clone ready for `npm start` / `npm test`: installs npm dependencies when they are
// missing or older than package-lock.json, Debian's Chromium when a browser is needed and absent,
// Redis and PostgreSQL for the store tests (with --browser or --databases, as root), and builds
// the generated locale modules. Uses only Node's built-ins (it runs before `npm ci`).
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const needBrowser = process.argv.includes('--browser');
const run = (command) => execSync(command, { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

const installed = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs - 1000) {
  console.log('Installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether a font for `lang` is installed (Japanese and Chinese render as empty boxes without one). */
const hasFont = (lang) => {
  try {
    return execSync(`fc-list :lang=${lang} family`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
};
if (needBrowser) {
  const missing = [
    ...(existsSync(chromium) ? [] : ['chromium']),
    ...(hasFont('ja') ? [] : ['fonts-ipafont-gothic']),
    ...(hasFont('zh-cn') ? [] : ['fonts-wqy-zenhei']),
  ];
  const isRoot = process.getuid?.() === 0;
  if (missing.length && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${missing.join(', ')} for the browser tests and screenshots (apt-get)…`);
    run(`apt-get update -qq && apt-get install -y -qq ${missing.join(' ')}`);
  } else if (!existsSync(chromium)) {
    console.error(`No Chromium at ${chromium}. Install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  } else if (missing.length) {
    console.warn(`Japanese or Chinese text will show as boxes in screenshots: install ${missing.join(' ')} (apt-get).`);
  }
}

// Redis and PostgreSQL for the store tests, which start their own servers (no system service).
// `npm test` passes --browser; --databases asks for them alone. Without them, and outside CI,
// those tests skip and say why.
if (needBrowser || process.argv.includes('--databases')) {
  const postgresInstalled = () => {
    try {
      return readdirSync('/usr/lib/postgresql').some((version) => existsSync(join('/usr/lib/postgresql', version, 'bin', 'initdb')));
    } catch {
      return false;
    }
  };
  const onPath = (name) => (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, name)));
  const missing = [...(onPath('redis-server') ? [] : ['redis-server']), ...(postgresInstalled() || onPath('initdb') ? [] : ['postgresql'])];
  if (missing.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${missing.join(', ')} for the store tests (apt-get)…`);
    // policy-rc.d exiting 101 keeps the packages from starting a system service.
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !existsSync(policy);
    if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      run(`apt-get update -qq && apt-get install -y -qq ${missing.join(' ')}`);
    } finally {
      if (ownPolicy) rmSync(policy, { force: true });
    }
  } else if (missing.length) {
    console.warn(`The Redis and PostgreSQL store tests will skip: install ${missing.join(' ')} (apt-get).`);
  }
}

if (!existsSync(join(root, 'src', 'generated', 'locales', 'ja.ts'))) {
  run('npx lit-localize build');
}
// The built-in flow split by language (scripts/split-default-flow.mjs), rebuilt when default.json or default.template.json changed.
const structure = join(root, 'src', 'generated', 'default-flow', 'structure.ts');
const flowSources = ['default.json', 'default.template.json'].map((file) => statSync(join(root, 'src', 'flows', file)).mtimeMs);
if (!existsSync(structure) || statSync(structure).mtimeMs < Math.max(...flowSources)) {
  run('node scripts/split-default-flow.mjs');
}
