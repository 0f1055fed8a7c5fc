// Serves the built renderer (dist/renderer) over http on localhost, with the
// same Content-Security-Policy as the desktop app's app:// protocol. Used by
// `npm run web`, by `npm start` when Electron cannot run, and by the e2e tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
// The same policy and content types as the desktop app (see shared/csp.ts).
import serving from '../../shared/serving.json' with { type: 'json' };

const HERE = fileURLToPath(new URL('.', import.meta.url));
const DEFAULT_ROOT = resolve(HERE, '../../dist/renderer');

/**
 * Starts the server. Resolves once it listens.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startServer({ root = DEFAULT_ROOT, port = 5173, host = '127.0.0.1' } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    return Promise.reject(new Error(`${root}/index.html saknas – kör "npm run build" först.`));
  }
  const csp = serving.contentSecurityPolicy.join('; ');
  const server = createServer((req, res) => {
    try {
      serve(req, res);
    } catch {
      // One bad request must never stop the server: answer it, and carry on with the next.
      if (!res.headersSent) res.writeHead(500, { 'Content-Security-Policy': csp });
      res.end();
    }
  });
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  function serve(req, res) {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      // A malformed %-escape (or URL) is the client's error, not the server's.
      res.writeHead(400, { 'Content-Security-Policy': csp }).end('Bad request');
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // Unknown paths without an extension are app routes: serve the app.
      if (extname(path)) {
        res.writeHead(404, { 'Content-Security-Policy': csp }).end('Not found');
        return;
      }
      file = join(root, 'index.html');
    }
    res.writeHead(200, {
      'Content-Type': serving.contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    const stream = createReadStream(file);
    // Removed or unreadable after the checks above: end this response, not the server.
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://localhost:${actual}/`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  startServer({ port })
    .then(({ url }) => console.log(`AKR Studio körs på ${url} (avsluta med Ctrl+C)`))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
