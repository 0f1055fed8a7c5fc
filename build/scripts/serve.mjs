// Serves the built renderer (dist/renderer) over http on localhost, with the
// same Content-Security-Policy as the desktop app's app:// protocol. Used by
// `npm run web`, by `npm start` when Electron cannot run, and by the e2e tests.
//
// It also hosts the room (phones in the room): the room host and its local
// link to the page (electron/room/link.ts, bundled into dist/room/link.mjs by
// `npm run build`) answer under /__room/ on this origin only, with a secret
// the served index.html carries. The room server the phones reach is another
// server on the network address the facilitator picks; it never serves this
// app. What phones send is journaled in `.akr-room/` under the directory the
// server runs from (README).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The same policy and content types as the desktop app (see shared/csp.ts).
import serving from '../../shared/serving.json' with { type: 'json' };

const HERE = fileURLToPath(new URL('.', import.meta.url));
const DEFAULT_ROOT = resolve(HERE, '../../dist/renderer');
const ROOM_LINK_BUNDLE = resolve(HERE, '../../dist/room/link.mjs');
const DEFAULT_PHONE_DIR = resolve(HERE, '../../dist/phone');

/**
 * The room host and its link, when the build has them (not under `vite dev`, nor before `npm run build`).
 * @param {{ loopback?: boolean, journalDir?: string, phonePageDir?: string }} options
 * @param {() => number} port
 */
async function startRoomLink(options, port) {
  if (!existsSync(ROOM_LINK_BUNDLE)) return null;
  const { createRoomHost, createRoomLink } = await import(pathToFileURL(ROOM_LINK_BUNDLE).href);
  const host = createRoomHost({
    journalDir: options.journalDir ?? resolve(process.cwd(), '.akr-room'),
    phonePageDir: options.phonePageDir ?? DEFAULT_PHONE_DIR,
    // Only the e2e tests let the room listen on loopback, where no phone can reach it.
    loopback: options.loopback === true,
  });
  return createRoomLink({ host, port });
}

/**
 * Starts the server. Resolves once it listens.
 * `room: false` leaves the room out; `room.loopback` (tests only) offers 127.0.0.1 as the room's address.
 * @param {{ root?: string, port?: number, host?: string, room?: false | { loopback?: boolean, journalDir?: string, phonePageDir?: string } }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root = DEFAULT_ROOT, port = 5173, host = '127.0.0.1', room = {} } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html saknas – kör "npm run build" först.`);
  }
  const csp = serving.contentSecurityPolicy.join('; ');
  let listeningPort = port;
  const link = room === false ? null : await startRoomLink(room, () => listeningPort);
  const server = createServer((req, res) => {
    try {
      // The room's link answers before any file is looked at: /__room/ never reaches the file system.
      if (link?.handle(req, res)) return;
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
    const headers = {
      'Content-Type': serving.contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (link !== null && file === join(root, 'index.html')) {
      // The page carries the link's secret: read, filled in, never cached.
      const html = link.page(readFileSync(file, 'utf8'), req);
      res.writeHead(200, { ...headers, 'Cache-Control': 'no-store' }).end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    res.writeHead(200, headers);
    const stream = createReadStream(file);
    // Removed or unreadable after the checks above: end this response, not the server.
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      void link?.close();
      reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      listeningPort = actual;
      resolvePromise({
        url: `http://localhost:${actual}/`,
        port: actual,
        // The room stops first: its live channels end, its journal is compacted.
        close: async () => {
          await link?.close();
          await new Promise((done) => server.close(() => done(undefined)));
        },
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  startServer({ port })
    .then(({ url, close }) => {
      console.log(`AKR Studio körs på ${url} (avsluta med Ctrl+C)`);
      // Ctrl+C stops the room's server too, before the process ends.
      for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
          close().finally(() => process.exit(0));
        });
      }
    })
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
