// A plain static web server, as a course website is: it serves a folder under a path prefix
// (`/course/lab/`), knows nothing of Vite, and can be told to serve a newer build.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json'
};

export interface StaticHost {
  /** the page's address, ending in the prefix */
  url: string;
  /** serve another folder from now on (a new build); without directory indexes, '/course/lab/' is a 404 */
  serve(dir: string, options?: { directoryIndex?: boolean }): void;
  close(): Promise<void>;
}

export async function staticHost(dir: string, port: number, prefix = '/course/lab/'): Promise<StaticHost> {
  let root = dir;
  let directoryIndex = true;
  const server: Server = createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void res.writeHead(400).end('bad path');
    }
    if (!path.startsWith(prefix)) return void res.writeHead(404).end('not found');
    if (path.endsWith('/') && !directoryIndex) return void res.writeHead(404).end('no directory index');
    const rel = normalize(path.slice(prefix.length) || 'index.html');
    if (rel.startsWith('..')) return void res.writeHead(403).end();
    const file = join(root, rel.endsWith('/') ? `${rel}index.html` : rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    serve(next, options = {}) {
      root = next;
      directoryIndex = options.directoryIndex ?? true;
    },
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}
