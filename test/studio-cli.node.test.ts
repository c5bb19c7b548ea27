/**
 * `login-help-elements studio [FILE] [--port N]`, spawned as a user runs it: the URL with its token is
 * the first line of stdout, the page answers there, Ctrl+C (SIGINT) stops it. The server's own
 * behaviour is in studio-server.node.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { runCli } from '../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'lhe-studio-cli-'));
const bin = new URL('../src/cli/bin.ts', import.meta.url).pathname;

/** Spawns the CLI; resolves with the process and its first `lines` lines of stdout. */
function start(args: string[], lines = 2): Promise<{ child: ChildProcessWithoutNullStreams; lines: string[] }> {
  // From the repository, where `--import tsx` resolves.
  const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args], { cwd: new URL('..', import.meta.url).pathname });
  const read: string[] = [];
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no output in time: ${read.join('\n')}`)), 20_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      read.push(line);
      if (read.length === lines) {
        clearTimeout(timer);
        resolve({ child, lines: read });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} after ${JSON.stringify(read)}: ${errors}`));
    });
  });
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('CLI studio', () => {
  it('prints the URL with its token first, serves the page there, and stops on Ctrl+C', async () => {
    const file = join(dir, 'flow.json');
    writeFileSync(file, '{}\n');
    const { child, lines } = await start(['studio', file, '--port', '0']);
    try {
      const [url, next] = lines;
      assert.match(url!, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
      assert.match(next!, /flow\.json/);
      assert.match(next!, /Ctrl\+C/);
      const page = await fetch(url!);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.ok(html.includes(`token="${new URL(url!).searchParams.get('token')}"`));
      const api = await fetch(new URL('/api/file', url), {
        headers: { authorization: `Bearer ${new URL(url!).searchParams.get('token')}` },
      });
      assert.deepEqual(((await api.json()) as { text: string }).text, '{}\n');
      assert.equal((await fetch(new URL('/api/file', url))).status, 403);
    } finally {
      child.kill('SIGINT');
    }
    assert.equal(await exited(child), 0);
    assert.equal(readFileSync(file, 'utf8'), '{}\n');
  });

  it('in the language of --lang, on the port of --port', async () => {
    const free = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const { child, lines } = await start(['studio', '--port', String(free), '--lang', 'ja']);
    try {
      assert.equal(new URL(lines[0]!).port, String(free));
      assert.match(lines[1]!, /保存はできません/);
      assert.match(await (await fetch(lines[0]!)).text(), /<html lang="ja">/);
    } finally {
      child.kill('SIGINT');
    }
    assert.equal(await exited(child), 0);
  });

  it('refuses a bad port, a port in use, a folder as FILE, and a FILE in no folder (exit 2)', async () => {
    for (const port of ['x', '-1', '65536', '1.5']) {
      const result = await run('studio', '--port', port);
      assert.equal(result.code, 2, port);
      assert.match(result.err, /--port/);
    }
    assert.equal((await run('studio', '--port')).code, 2);
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    const inUse = await run('studio', '--port', String(port));
    busy.close();
    assert.equal(inUse.code, 2);
    assert.match(inUse.err, new RegExp(`port ${port} is in use`));
    const folder = await run('studio', dir);
    assert.equal(folder.code, 2);
    assert.match(folder.err, /cannot be edited/);
    const nowhere = await run('studio', join(dir, 'no-such-folder', 'flow.json'));
    assert.equal(nowhere.code, 2);
    assert.match(nowhere.err, /cannot be edited \(ENOENT\)/);
  });

  it('is in the usage text of every language', async () => {
    for (const lang of ['en', 'ja', 'zh-Hans']) {
      assert.match((await run('--help', '--lang', lang)).out, /login-help-elements studio \[FILE\] \[--port N\]/, lang);
    }
  });
});
