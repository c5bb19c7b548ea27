/**
 * The server behind `login-help-elements studio`: the studio's page, its script and a small API
 * for the one file it edits, on 127.0.0.1 only. Every request must carry the access token made at
 * start (in the URL's `?token=`, or as `Authorization: Bearer`), and name this server in its `Host`
 * (so that a web page whose name is made to point at 127.0.0.1 cannot reach it); no CORS, nothing
 * cached. The server writes nothing but the FILE it was started with. Its words are in the
 * catalogues beside it (studio-server.en.ts, .ja.ts, .zh-Hans.ts). Node only.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSiteProfile } from '../flow/parse-site-profile.js';
import { pick, resolveLanguage, type Catalogues } from '../localize/languages.js';
import { builtInFlowFor } from './default-flow.js';
import { readStudioFile, writeStudioFile } from './studio-file.js';
import { STUDIO_PAGE_CSP, studioPage } from './studio-page.js';
import en from './studio-server.en.js';
import ja from './studio-server.ja.js';
import zhHans from './studio-server.zh-Hans.js';

/** The studio server's words (and its command's) in one language. */
export interface StudioMessages {
  /** The page's title, with the file's name (`''` without a file). */
  title(name: string): string;
  /** The line after the URL: what the studio edits (none: `undefined`) and how to stop it. */
  running(file: string | undefined): string;
  /** 403 for a request without the access token. */
  noToken: string;
  /** 403 for a `Host` or `Origin` that is not this server. */
  wrongHost: string;
  notFound: string;
  methodNotAllowed(allowed: string): string;
  /** 500: the studio's script is not built. */
  noBundle(path: string): string;
  /** A save when the studio was started without FILE. */
  noFile: string;
  tooLarge(megabytes: number): string;
  notJson(detail: string): string;
  /** A JSON body that is not `{ text, baseVersion?, force? }`. */
  badBody: string;
  cannotRead(reason: string): string;
  cannotWrite(reason: string): string;
  /** The command's `--port` is no port number. */
  badPort(value: string): string;
  portInUse(port: number): string;
  /** The command's FILE cannot be edited (a folder, or in no folder that exists). */
  notAFile(path: string, reason: string): string;
}

/** Every language's words. */
export const STUDIO_MESSAGES: Catalogues<StudioMessages> = { en, ja, 'zh-Hans': zhHans };

/** Options of {@link startStudioServer}. */
export interface StudioServerOptions {
  /** The file the studio edits, and the only one the server ever writes. None: nothing is read or saved. */
  file?: string;
  /** The port; 0 (default): a free one. */
  port?: number;
  /** The studio's script (dist/studio.bundle.js): a path or a file URL, read on each request. */
  bundle: string | URL;
  /** The address to listen on (default 127.0.0.1). */
  host?: string;
  /** The language of the page and of the messages (a BCP 47 tag; default `en`). */
  lang?: string;
}

/** A running studio server. */
export interface StudioServer {
  /** The page's address, with the access token: `http://127.0.0.1:<port>/?token=…`. */
  url: string;
  /** The access token (32 random bytes, base64url). */
  token: string;
  /** Stops the server and closes its connections. */
  close(): Promise<void>;
}

/** The largest request body taken (a flow definition is some hundreds of kilobytes at most). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** A JSON value's fields as the `PUT /api/file` body gives them, or `undefined` when it is no such body. */
function saveRequest(value: unknown): { text: string; baseVersion: string; force: boolean } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { text, baseVersion = '', force = false } = value as Record<string, unknown>;
  if (typeof text !== 'string' || typeof baseVersion !== 'string' || typeof force !== 'boolean') return undefined;
  return { text, baseVersion, force };
}

/** The body, or `undefined` when it passes `limit` (read to its end all the same, so that the answer arrives). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > 4 * limit) request.destroy();
    });
    request.on('end', () => done(size <= limit ? Buffer.concat(chunks) : undefined));
    request.on('error', fail);
  });
}

/** Whether `given` is `token`, in constant time. */
function sameToken(given: string | null | undefined, token: Buffer): boolean {
  if (!given) return false;
  const bytes = Buffer.from(given);
  return bytes.length === token.length && timingSafeEqual(bytes, token);
}

/** Starts the studio server; resolves once it listens. */
export async function startStudioServer(options: StudioServerOptions): Promise<StudioServer> {
  const { host = '127.0.0.1', lang = 'en' } = options;
  const language = resolveLanguage(lang);
  const words = pick(STUDIO_MESSAGES, language);
  const file = options.file === undefined ? undefined : resolve(options.file);
  const bundle = typeof options.bundle === 'string' ? options.bundle : fileURLToPath(options.bundle);
  const token = randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const hostName = host.includes(':') ? `[${host}]` : host;
  let hosts = new Set<string>();
  // One save at a time: the check against baseVersion and the write must not interleave.
  let saving: Promise<unknown> = Promise.resolve();

  const send = (response: ServerResponse, status: number, body: string | Buffer, type: string, headers: OutgoingHttpHeaders = {}) => {
    response.writeHead(status, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
      ...headers,
    });
    response.end(body);
  };
  const text = (response: ServerResponse, status: number, message: string, headers?: OutgoingHttpHeaders) =>
    send(response, status, `${message}\n`, 'text/plain; charset=utf-8', headers);
  const json = (response: ServerResponse, status: number, value: unknown) =>
    send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
  const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String((error as Error).message);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const origin = request.headers.origin;
    if (!hosts.has((request.headers.host ?? '').toLowerCase()) || (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, '')))) {
      return text(response, 403, words.wrongHost);
    }
    const url = new URL(request.url ?? '/', 'http://studio.invalid');
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!sameToken(url.searchParams.get('token'), tokenBytes) && !sameToken(bearer, tokenBytes)) return text(response, 403, words.noToken);
    const method = request.method ?? 'GET';
    const only = (allowed: string) => {
      if (allowed.split(', ').includes(method)) return true;
      text(response, 405, words.methodNotAllowed(allowed), { allow: allowed });
      return false;
    };
    switch (url.pathname) {
      case '/':
        if (!only('GET')) return;
        return send(
          response,
          200,
          studioPage({ token, lang: language, title: words.title(file ? basename(file) : '') }),
          'text/html; charset=utf-8',
          {
            'content-security-policy': STUDIO_PAGE_CSP,
            'cross-origin-opener-policy': 'same-origin',
            'x-frame-options': 'DENY',
          },
        );
      case '/studio.js': {
        if (!only('GET')) return;
        const script = await readFile(bundle).catch(() => undefined);
        return script ? send(response, 200, script, 'text/javascript; charset=utf-8') : text(response, 500, words.noBundle(bundle));
      }
      case '/api/file':
        if (!only('GET, PUT')) return;
        return method === 'GET' ? read(response) : save(request, response);
      case '/api/default-flow':
        if (!only('GET')) return;
        return defaultFlow(url.searchParams.get('site'), response);
      default:
        return text(response, 404, words.notFound);
    }
  }

  async function read(response: ServerResponse): Promise<void> {
    if (!file) return json(response, 200, { name: '', text: '', version: '', exists: false });
    try {
      json(response, 200, await readStudioFile(file));
    } catch (error) {
      text(response, 500, words.cannotRead(reason(error)));
    }
  }

  async function save(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request, MAX_BODY_BYTES);
    if (!body) return text(response, 413, words.tooLarge(MAX_BODY_BYTES / 1024 / 1024));
    if (!file) return text(response, 400, words.noFile);
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return text(response, 400, words.notJson((error as Error).message));
    }
    const wanted = saveRequest(value);
    if (!wanted) return text(response, 400, words.badBody);
    const done = saving.then(async () => {
      try {
        const disk = await readStudioFile(file);
        if (!wanted.force && disk.version !== wanted.baseVersion) return json(response, 409, { text: disk.text, version: disk.version });
        json(response, 200, { version: await writeStudioFile(file, wanted.text) });
      } catch (error) {
        text(response, 500, words.cannotWrite(reason(error)));
      }
    });
    saving = done;
    await done;
  }

  async function defaultFlow(site: string | null, response: ServerResponse): Promise<void> {
    let profile;
    if (site?.trim()) {
      const parsed = parseSiteProfile(site, { lang: language });
      if (!parsed.ok) return text(response, 400, parsed.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n'));
      profile = parsed.profile;
    }
    send(response, 200, `${JSON.stringify(await builtInFlowFor(profile), null, 2)}\n`, 'application/json; charset=utf-8');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) text(response, 500, reason(error));
      else response.destroy();
    });
  });
  await new Promise<void>((listening, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', fail);
      listening();
    });
  });
  const { port } = server.address() as { port: number };
  hosts = new Set([`${hostName}:${port}`, `localhost:${port}`]);
  return {
    url: `http://${hostName}:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}
