import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { offline } from './src/build/offline-plugin.ts';

const VITEST = Boolean(process.env.VITEST);

export default defineConfig({
  // relative URLs: the build works from any folder of any static host (a course website's /lab/)
  base: './',
  plugins: [svelte(VITEST ? { dynamicCompileOptions: () => ({ generate: 'client' }) } : {}), offline()],
  publicDir: 'static',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1' },
  // Unit tests of the reactive layer (*.svelte.test.ts) run in Node, where Svelte would compile
  // for the server and resolve its server runtime, in which effects never run: the client's both
  resolve: VITEST ? { conditions: ['browser'] } : undefined,
  ssr: VITEST ? { resolve: { conditions: ['browser'] } } : undefined,
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    testTimeout: 60000
  }
});
