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

async function resolveFile(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  const target = path === '' ? 'demo/index.html' : path;
  const absolute = join(ROOT, target);
  const allowed = SERVED.some((folder) => absolute.startsWith(join(ROOT, folder) + sep));
  if (!allowed) return null;
  const info = await stat(absolute).catch(() => null);
  if (!info) return null;
  return info.isDirectory() ? join(absolute, 'index.html') : absolute;
}

/** Starts the server; resolves with its base URL. Port 0 picks a free one. */
export function serve({ port = 4173, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    const file = await resolveFile(url.pathname);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Introuvable / Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await serve({ port });
  console.log(`Démo du widget / widget demo: ${url}`);
  console.log('Ctrl+C pour arrêter / to stop.');
}
