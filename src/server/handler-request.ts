/**
 * Reading a request before its payload is checked: the language it asks for, its body (never
 * more than `maxBytes`) and its content type.
 */
import { LANGUAGES, sameLanguage, type Language } from '../localize/languages.js';

/** The library language a tag names (`zh-CN` → `zh-Hans`, `en-GB` → `en`), or `undefined` for another (`fr`, `zh-TW`, `*`). */
function spokenLanguage(tag: string): Language | undefined {
  return LANGUAGES.find((language) => sameLanguage(language, tag));
}

/**
 * The first language of an `Accept-Language` header (by weight, then order) that the library
 * speaks, or `undefined`: `zh-CN,zh;q=0.9,en;q=0.8` → `zh-Hans`, `fr, ja;q=0.5` → `ja`.
 */
export function acceptedLanguage(header: string | null | undefined): Language | undefined {
  if (!header) return undefined;
  const ranges = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [range = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const q = parameters.find((parameter) => /^q=/i.test(parameter));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { range, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.range !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { range } of ranges) {
    const language = spokenLanguage(range);
    if (language) return language;
  }
  return undefined;
}

/** The body as text, or `undefined` once it passes `maxBytes` (never holding more than that). */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = parameters.find((p) => p.startsWith('charset='));
  return charset === undefined || charset.slice('charset='.length).replace(/"/g, '') === 'utf-8';
}
