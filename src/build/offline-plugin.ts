// A Vite plugin that writes sw.js (service-worker.ts) into the build, listing every file the
// lab needs. Smaller than a generated Workbox worker and its build-time dependencies, for a
// page whose whole job offline is "serve these files": see service-worker.ts for the policy.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './service-worker.ts';

/** Files never worth caching: KaTeX's .woff and .ttf fonts, which browsers with .woff2 never fetch. */
const SKIP = /\.(ttf|woff|map)$/;

export function offline(): Plugin {
  let publicFiles: string[] = [];
  return {
    name: 'gfl-offline',
    apply: 'build',
    enforce: 'post', // after the HTML and the workers are in the bundle
    configResolved(config) {
      publicFiles = config.publicDir ? readdirSync(config.publicDir) : [];
    },
    generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle), ...publicFiles]
        .filter((name) => !SKIP.test(name) && name !== 'index.html' && name !== 'sw.js')
        .sort();
      const hash = createHash('sha256');
      for (const name of files.concat('index.html')) {
        const item = bundle[name];
        if (!item) continue;
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : item.source);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(
          hash.digest('hex').slice(0, 16),
          files.map((f) => `./${f}`)
        )
      });
    }
  };
}
