import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
/** The shared corpus of real pages, read in place (never copied into the project). */
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Files the pages may load from the server besides the fixtures. */
const VENDOR: Record<string, string> = {
  '/vendor/preact.mjs': join(ROOT, 'node_modules/preact/dist/preact.module.js'),
  '/vendor/preact-hooks.mjs': join(ROOT, 'node_modules/preact/hooks/dist/hooks.module.js'),
  '/vendor/mark.js': join(ROOT, 'node_modules/mark.js/dist/mark.min.js'),
};

function resolvePath(pathname: string): string | undefined {
  if (VENDOR[pathname]) return VENDOR[pathname];
  const [base, rest] = pathname.startsWith('/corpus/')
    ? [CORPUS_DIR, pathname.slice('/corpus/'.length)]
    : [FIXTURES, pathname.slice(1) || 'demo.html'];
  const file = normalize(join(base, decodeURIComponent(rest)));
  return file.startsWith(base) && existsSync(file) ? file : undefined;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Answers one request: a fixture, a corpus page or a vendored file, else 404. */
async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const file = resolvePath(url.pathname);
  if (!file) {
    response.writeHead(404).end('not found');
    return;
  }
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  };
  if (url.searchParams.get('csp') === 'none') headers['content-security-policy'] = "script-src 'none'";
  response.writeHead(200, headers).end(await readFile(file));
}

/**
 * Serves the test pages on 127.0.0.1 on a free port. `?csp=none` adds a policy that stops the
 * page's own scripts, which makes corpus runs repeatable.
 *
 * @example const server = await startStaticServer(); page.goto(`${server.origin}/demo.html`);
 */
export async function startStaticServer(): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    // A request that fails (a bad %-escape, an unreadable file) loses its connection, not the server.
    serve(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
