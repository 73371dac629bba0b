// Serves the demo pages and the built widget on 127.0.0.1, the way a host site would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SERVED = ['demo', 'dist', 'data'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
};

/**
 * A CMS rarely puts scripts at the site's root: the académie demo loads the widget from this nested
 * folder, which serves dist/ too, so the lazy chunks are shown to load relative to the module.
 */
const ALIASES = [['ressources/widgets/perseverance/', 'dist/']];

/**
 * The strict policy of demo/csp.html, sent as an HTTP header (a meta tag cannot carry every
 * directive). The widget needs nothing more: no inline script or style, no eval, no other origin.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
const PAGE_HEADERS = { 'demo/csp.html': { 'content-security-policy': STRICT_CSP } };

async function resolveFile(urlPath) {
  let path = normalize(decodeURIComponent(urlPath)).replace(/\\/g, '/').replace(/^\/+/, '');
  for (const [alias, folder] of ALIASES)
    if (path.startsWith(alias)) path = folder + path.slice(alias.length);
  const absolute = join(ROOT, path);
  const allowed = SERVED.some(
    (folder) => absolute === join(ROOT, folder) || absolute.startsWith(join(ROOT, folder) + sep),
  );
  if (!allowed) return null;
  const info = await stat(absolute).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return { file: absolute, relative: path };
  if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
  return { file: join(absolute, 'index.html'), relative: `${path.replace(/\/?$/, '/')}index.html` };
}

/** Starts the server; resolves with its base URL. Port 0 picks a free one. */
export function serve({ port = 4173, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo/' });
      response.end();
      return;
    }
    const found = await resolveFile(url.pathname).catch(() => null);
    if (found?.redirect) {
      response.writeHead(301, { location: found.redirect + url.search });
      response.end();
      return;
    }
    const body = found ? await readFile(found.file).catch(() => null) : null;
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Introuvable / Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...PAGE_HEADERS[found.relative],
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await serve({ port });
  console.log(`Démo du widget / widget demo: ${url}demo/`);
  console.log('Ctrl+C pour arrêter / to stop.');
}
