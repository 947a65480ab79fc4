// A Vite plugin that writes sw.js (service-worker.ts) into the build, listing every file the
// lab needs. Smaller than a generated Workbox worker and its build-time dependencies, for a
// page whose whole job offline is "serve these files": see service-worker.ts for the policy.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './service-worker.ts';

/** Files never worth caching: KaTeX's .woff and .ttf fonts, which browsers with .woff2 never fetch. */
const SKIP = /\.(ttf|woff|map)$/;
/** Cached if they come, never a reason not to install: fonts (the page reads without them). */
const OPTIONAL = /\.woff2$/;

/** Every file under `dir`, as paths relative to it with '/' separators. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
}

export function offline(): Plugin {
  let publicDir = '';
  return {
    name: 'gfl-offline',
    apply: 'build',
    enforce: 'post', // after the HTML and the workers are in the bundle
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const publicFiles = publicDir ? filesUnder(publicDir) : [];
      const files = [...new Set([...Object.keys(bundle), ...publicFiles])]
        .filter((name) => !SKIP.test(name) && name !== 'index.html' && name !== 'sw.js')
        .sort();
      // the version: every file's name and content, the public folder's and index.html included
      const hash = createHash('sha256');
      for (const name of [...files, 'index.html']) {
        const item = bundle[name];
        hash.update(name);
        if (item) hash.update(item.type === 'chunk' ? item.code : item.source);
        else if (publicFiles.includes(name)) hash.update(readFileSync(join(publicDir, name)));
      }
      const rel = (f: string) => `./${f}`;
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(
          hash.digest('hex').slice(0, 16),
          files.filter((f) => !OPTIONAL.test(f)).map(rel),
          files.filter((f) => OPTIONAL.test(f)).map(rel)
        )
      });
    }
  };
}
