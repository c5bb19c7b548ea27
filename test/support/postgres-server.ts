/**
 * A real PostgreSQL for the Node tests and the bench: `startPostgresServer()` runs `initdb` and
 * `postgres` on a fresh data directory in a temporary directory, listening on a free port of
 * 127.0.0.1 only (its Unix socket in that directory too), with trust authentication for the
 * `postgres` user; `stop()` shuts it down (fast) and removes the directory. No system service.
 *
 * PostgreSQL refuses to run as root: when the tests run as root, the directory is given to the
 * `postgres` user and both programs run as that user (`runuser -u postgres --`, else
 * `su postgres -c`). The binaries come from `POSTGRES_BIN` (a directory), else the newest
 * /usr/lib/postgresql/<version>/bin, else PATH.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, killAtExit, onPath, removeAtExit, skipReason, waitForPort } from './redis-server.js';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** Where `initdb` and `postgres` are, or `undefined` when PostgreSQL is not installed. */
export function postgresBinaries(): PostgresBinaries | undefined {
  const inDirectory = (dir: string): PostgresBinaries | undefined => {
    const initdb = join(dir, 'initdb');
    const postgres = join(dir, 'postgres');
    return existsSync(initdb) && existsSync(postgres) ? { initdb, postgres } : undefined;
  };
  if (process.env.POSTGRES_BIN) return inDirectory(process.env.POSTGRES_BIN);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const found = inDirectory(join(root, version, 'bin'));
      if (found) return found;
    }
  }
  const initdb = onPath('initdb');
  const postgres = onPath('postgres');
  return initdb && postgres ? { initdb, postgres } : undefined;
}

/** Why the PostgreSQL tests skip here (`undefined`: they run). */
export const postgresSkipReason = (): string | undefined =>
  skipReason(postgresBinaries() ? 'found' : undefined, 'PostgreSQL (initdb, postgres)', 'postgresql');

export interface PostgresServer {
  port: number;
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  /** The directory of the Unix socket (`host` for a socket connection). */
  socketDir: string;
  /** Shuts the server down and removes its directory. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /**
   * Durable commits as in a default installation (`fsync`, `synchronous_commit`); default
   * false: tests turn both off (a throwaway database), the bench turns them on.
   */
  durable?: boolean;
  /** `max_connections`; default 100. */
  maxConnections?: number;
}

const isRoot = () => process.getuid?.() === 0;

/** `[command, args]` running `argv` as the `postgres` user when we are root, else as ourselves. */
function asPostgres(argv: string[]): [string, string[]] {
  if (!isRoot()) return [argv[0]!, argv.slice(1)];
  const runuser = onPath('runuser') ?? (existsSync('/usr/sbin/runuser') ? '/usr/sbin/runuser' : undefined);
  if (runuser) return [runuser, ['-u', 'postgres', '--', ...argv]];
  const quoted = argv.map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  return ['su', ['postgres', '-s', '/bin/sh', '-c', `exec ${quoted}`]];
}

function postgresUser(): { uid: number; gid: number } {
  const result = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  const uid = Number(result.stdout.trim());
  const gid = Number(group.stdout.trim());
  if (result.status !== 0 || !Number.isInteger(uid) || !Number.isInteger(gid)) {
    throw new Error('PostgreSQL refuses to run as root and there is no `postgres` user to run it as');
  }
  return { uid, gid };
}

/** Starts a private PostgreSQL; throws when it cannot. */
export async function startPostgresServer(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  const binaries = postgresBinaries();
  if (!binaries) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'lhe-postgres-'));
  const forgetDir = removeAtExit(dir);
  const removeDir = () => {
    rmSync(dir, { recursive: true, force: true });
    forgetDir();
  };
  const data = join(dir, 'data');
  if (isRoot()) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const [initCommand, initArgs] = asPostgres([
    binaries.initdb,
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '--no-instructions',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const init = spawnSync(initCommand, initArgs, { encoding: 'utf8', timeout: 60_000 });
  if (init.status !== 0) {
    removeDir();
    throw new Error(`initdb failed (${init.status ?? init.signal}): ${init.stderr || init.stdout}`);
  }

  const settings = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-k',
    dir,
    '-c',
    `max_connections=${options.maxConnections ?? 100}`,
    ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const [command, args] = asPostgres([binaries.postgres, '-D', data, '-p', String(port), ...settings]);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    let spawnError: Error | undefined;
    child.once('error', (error) => (spawnError = error));
    const forgetChild = child.pid ? killAtExit(child.pid) : () => undefined;
    let forgetPostmaster = () => {};
    /** The postmaster's own pid (the child may be runuser/su around it). */
    const postmasterPid = (): number | undefined => {
      try {
        const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
        return Number.isInteger(pid) && pid > 0 ? pid : undefined;
      } catch {
        return undefined;
      }
    };
    const stop = async (remove: boolean) => {
      const pid = postmasterPid();
      // SIGINT to the postmaster itself: a fast shutdown, and runuser/su exit with it at once.
      try {
        if (pid) process.kill(pid, 'SIGINT');
        else child.kill('SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await exited(child, 10_000);
      forgetChild();
      forgetPostmaster();
      if (remove) removeDir();
    };
    try {
      await waitForPort(port, 30_000, () =>
        spawnError ? spawnError.message : child.exitCode !== null ? `postgres exited (${child.exitCode}): ${output}` : undefined,
      );
      // Accepting TCP before recovery ends is possible: wait for "ready" in the log too.
      const deadline = Date.now() + 30_000;
      while (!/ready to accept connections/.test(output)) {
        if (child.exitCode !== null) throw new Error(`postgres exited (${child.exitCode}): ${output}`);
        if (Date.now() > deadline) throw new Error(`postgres did not get ready: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const pid = postmasterPid();
      if (pid && pid !== child.pid) forgetPostmaster = killAtExit(pid);
      return {
        port,
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        socketDir: dir,
        stop: () => stop(true),
      };
    } catch (error) {
      lastError = error;
      await stop(false);
    }
  }
  removeDir();
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
