/**
 * A pretend request endpoint for the stories (Storybook has no server): `fetch` to
 * `/story-api/<behaviour>` answers as a real endpoint would in that case. Everything else goes
 * to the real `fetch`.
 */
let sent = 0;
let installed = false;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** Installs the pretend endpoint (once). Called by the stories that send requests. */
export function installStoryEndpoint(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => storyFetch(realFetch, input, init);
}

async function storyFetch(realFetch: typeof fetch, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href);
  if (!url.pathname.startsWith('/story-api/')) return realFetch(input, init);
  const behaviour = url.pathname.slice('/story-api/'.length);
  await new Promise((resolve) => setTimeout(resolve, 400));
  switch (behaviour) {
    case 'ok':
      sent += 1;
      return json(201, { reference: `LH-20261129-${String(sent).padStart(4, '0')}` });
    case 'invalid':
      return json(400, {
        errors: [{ field: 'email', code: 'email', message: 'This address could not be reached. Check it, or give another one.' }],
      });
    case 'server-error':
      return json(500, { error: 'internal' });
    case 'rate-limited':
      return json(429, { error: 'rate-limited' }, { 'Retry-After': '30' });
    case 'rejected':
      return json(403, { error: 'forbidden' });
    case 'network':
      throw new TypeError('Failed to fetch');
    case 'timeout':
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))),
      );
    default:
      return json(404, { error: 'not-found' });
  }
}
