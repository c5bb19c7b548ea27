/**
 * A real Redis for the Node tests and the bench: `startRedisServer()` runs Debian's `redis-server`
 * on a free port of 127.0.0.1 with its working directory in a fresh temporary directory, no
 * persistence, and `stop()` ends it and removes the directory. Nothing here touches a system
 * service. Also the small process helpers test/support/postgres-server.ts shares.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** A port nobody listens on at 127.0.0.1 right now (the caller retries if it is taken meanwhile). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** The first executable file called `name` on PATH, or `undefined`. */
export function onPath(name: string): string | undefined {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    if (!directory) continue;
    const file = join(directory, name);
    try {
      if (existsSync(file) && statSync(file).isFile() && (statSync(file).mode & 0o111) !== 0) return file;
    } catch {
      // an unreadable directory: the next one
    }
  }
  return undefined;
}

/** Resolves once something accepts TCP connections on 127.0.0.1:`port`; rejects after `timeoutMs` or as soon as `failed()` names a reason. */
export async function waitForPort(port: number, timeoutMs: number, failed: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed();
    if (reason) throw new Error(reason);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing answered on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const leftovers = new Set<number>();
const leftoverDirs = new Set<string>();
let exitHooked = false;
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', () => {
    for (const id of leftovers) {
      try {
        process.kill(id, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const dir of leftoverDirs) rmSync(dir, { recursive: true, force: true });
  });
}

/** Kills process `pid` (SIGKILL) if the test process exits without stopping it; the returned function forgets it. */
export function killAtExit(pid: number): () => void {
  hookExit();
  leftovers.add(pid);
  return () => void leftovers.delete(pid);
}

/** Removes directory `dir` if the test process exits without removing it; the returned function forgets it. */
export function removeAtExit(dir: string): () => void {
  hookExit();
  leftoverDirs.add(dir);
  return () => void leftoverDirs.delete(dir);
}

/**
 * Why a database test may skip: `undefined` when it must run. It may skip only when the server
 * binary is missing and the run is not CI (`process.env.CI` unset); in CI a missing binary
 * fails the test (`.ci/run` installs it).
 */
export function skipReason(binary: string | undefined, what: string, install: string): string | undefined {
  if (binary) return undefined;
  if (process.env.CI) return undefined;
  return `${what} is not installed: skipped (install it with \`apt-get install ${install}\`, or run \`node scripts/ensure-deps.mjs --databases\` as root; in CI this test fails instead)`;
}

/** Waits until `child` exits, killing it with SIGKILL after `graceMs`. */
export function exited(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The `redis-server` binary: `REDIS_SERVER` if set, else the one on PATH, else Debian's path. */
export function redisServerBinary(): string | undefined {
  const fromEnv = process.env.REDIS_SERVER;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return onPath('redis-server') ?? (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : undefined);
}

/** Why the Redis tests skip here (`undefined`: they run). */
export const redisSkipReason = (): string | undefined => skipReason(redisServerBinary(), 'redis-server', 'redis-server');

export interface RedisServer {
  port: number;
  /** `redis://127.0.0.1:<port>` */
  url: string;
  /** Ends the server and removes its directory. */
  stop(): Promise<void>;
}

/** Starts a private `redis-server` (no RDB, no AOF) on a free port of 127.0.0.1; throws when it cannot. */
export async function startRedisServer(): Promise<RedisServer> {
  const binary = redisServerBinary();
  if (!binary) throw new Error('redis-server is not installed (apt-get install redis-server)');
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'lhe-redis-'));
    const port = await freePort();
    const child = spawn(
      binary,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--daemonize',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    let spawnError: Error | undefined;
    child.once('error', (error) => (spawnError = error));
    const forget = child.pid ? killAtExit(child.pid) : () => undefined;
    const forgetDir = removeAtExit(dir);
    const stop = async () => {
      child.kill('SIGTERM');
      await exited(child);
      forget();
      rmSync(dir, { recursive: true, force: true });
      forgetDir();
    };
    try {
      await waitForPort(port, 10_000, () =>
        spawnError ? spawnError.message : child.exitCode !== null ? `redis-server exited (${child.exitCode}): ${output}` : undefined,
      );
      return { port, url: `redis://127.0.0.1:${port}`, stop };
    } catch (error) {
      lastError = error;
      await stop();
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
