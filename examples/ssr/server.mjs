// A login page that renders its help on the server: after a failed login, the guide for the error
// is in the HTML itself (declarative shadow DOM), readable before any JavaScript — and without it.
// The browser then hydrates it (client.js: `login-help-elements/hydrate.js`).
//
//   npm run build && npx vite build --config examples/ssr/vite.config.mjs && node examples/ssr/server.mjs
//
// Node's http module only; the package is imported by its name (its exports resolve to dist/).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderElement } from 'login-help-elements/ssr';
import { helpPage } from 'login-help-elements/static';
import defaultFlow from 'login-help-elements/flows/default.json' with { type: 'json' };

const client = fileURLToPath(new URL('../../build/examples/ssr/', import.meta.url));

/** The language of the request: `?lang=`, else the first of Accept-Language we speak. */
function requestLanguage(url, headers) {
  const asked = [url.searchParams.get('lang') ?? '', ...(headers['accept-language'] ?? '').split(',').map((part) => part.split(';')[0])];
  for (const tag of asked.map((value) => value.trim().toLowerCase())) {
    if (tag.startsWith('ja')) return 'ja';
    if (tag.startsWith('zh')) return 'zh-Hans';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

const WORDS = {
  en: { title: 'Log in', username: 'Username', password: 'Password', submit: 'Log in', failed: 'The username or password is wrong.' },
  ja: {
    title: 'ログイン',
    username: 'ユーザー名',
    password: 'パスワード',
    submit: 'ログイン',
    failed: 'ユーザー名またはパスワードが違います。',
  },
  'zh-Hans': { title: '登录', username: '用户名', password: '密码', submit: '登录', failed: '用户名或密码错误。' },
};

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function page(lang, { username = '', help = '' } = {}) {
  const words = WORDS[lang];
  const script = (await readFile(join(client, 'entry.txt'), 'utf8').catch(() => '')).trim();
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words.title}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 44rem; padding: 1rem; line-height: 1.5; }
  form { display: grid; gap: 0.5rem; max-width: 20rem; margin-bottom: 1.5rem; }
  .failed { color: #b00020; }
</style>
${script ? `<script type="module" src="/${script}"></script>` : ''}
</head>
<body>
<h1>${words.title}</h1>
${help ? `<p class="failed" role="alert">${words.failed}</p>` : ''}
<form method="post" action="/login?lang=${lang}">
  <label>${words.username} <input name="username" autocomplete="username" value="${escape(username)}"></label>
  <label>${words.password} <input name="password" type="password" autocomplete="current-password"></label>
  <button>${words.submit}</button>
</form>
${help}
</body>
</html>`;
}

async function readForm(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return new URLSearchParams(body);
}

/** Starts the example on `port` (0: a free one) of 127.0.0.1; resolves to its URL and a close(). */
export async function startServer({ port = 0 } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const lang = requestLanguage(url, request.headers);
      if (request.method === 'POST' && url.pathname === '/login') {
        // Every login fails in this example: the page comes back with the help for the error.
        const form = await readForm(request);
        const username = form.get('username') ?? '';
        const help = await renderElement('login-help-flow', {
          lang,
          attributes: {
            error: 'invalid-credentials',
            username: username || undefined,
            'contact-url': '/contact',
            'page-url': `/help?lang=${lang}`,
            persist: 'none',
          },
        });
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(await page(lang, { username, help }));
        return;
      }
      if (url.pathname === '/help') {
        // The whole guide as one page, for readers without JavaScript (the guide's choices link here).
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(helpPage(defaultFlow, { lang }));
        return;
      }
      if (url.pathname === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(await page(lang));
        return;
      }
      const file = join(client, url.pathname.replace(/^\/+/, ''));
      if (file.startsWith(client) && extname(file) === '.js') {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        response.end(await readFile(file));
        return;
      }
      response.writeHead(404).end();
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8080) });
  console.log(`SSR example: ${url}/`);
}
