/**
 * The demo's request endpoint: the library's own server handler, storing each accepted request
 * as one JSON line in demo/data/requests.jsonl and answering with a reference number.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createRequestHandler, toNodeListener } from '../src/server/index.js';

export function requestStoreListener(file: string) {
  let count = 0;
  return toNodeListener(
    createRequestHandler({
      onRequest: async (payload) => {
        count += 1;
        const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
        const reference = `LH-${day}-${String(Date.now() % 100000).padStart(5, '0')}${count}`;
        await mkdir(dirname(file), { recursive: true });
        await appendFile(file, `${JSON.stringify({ reference, receivedAt: new Date().toISOString(), payload })}\n`);
        return { reference };
      },
    }),
  );
}
