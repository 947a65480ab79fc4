// npm run build:wasm: assembles src/lib/sim/wasm/kernels.wat (with the fragments it includes) into
// kernels.ts (the binary as base64, so the engine loads it synchronously in Node, the page and a worker alike).
// The LSTM kernels name their blocks (LSTM_PRE_F, LSTM_Q_O, ...): the numbers come from
// src/lib/sim/wasm/lstm-layout.ts, the layout every TypeScript reader of the record uses.
// tests/sim/wasm/arena.test.ts fails when the committed binary and the source drift apart.
import { transformSync } from 'esbuild';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';

const read = (name) => readFileSync(new URL(`../src/lib/sim/wasm/${name}`, import.meta.url), 'utf8');

/** The exports of lstm-layout.ts (a module without imports), or of another text of it (the tests permute it). */
export function lstmLayout(text = read('lstm-layout.ts')) {
  const { code } = transformSync(text, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

/** kernels.wat with its fragments spliced in and every LSTM_<TABLE>_<BLOCK> name replaced by its number. */
export function source(layout = lstmLayout()) {
  // kernels.wat names the fragments it takes in ("  ;; include NAME.wat"): one module, one memory
  const wat = read('kernels.wat').replace(/^ *;; include (\S+\.wat)$/gm, (_, name) => read(name));
  return wat.replace(/\bLSTM_(PRE|Q|TG)_([A-Z]+)\b/g, (name, table, block) => {
    const value = layout[`LSTM_${table}`]?.[block.toLowerCase()];
    if (!Number.isInteger(value)) throw new Error(`kernels.wat: ${name} is not in lstm-layout.ts`);
    return String(value);
  });
}

export async function assemble(layout = lstmLayout()) {
  const w = await wabt();
  const module = w.parseWat('kernels.wat', source(layout), { simd: true, bulk_memory: true });
  module.validate(); // throws on a type error, which parseWat alone lets through
  const { buffer } = module.toBinary({});
  module.destroy();
  return Buffer.from(buffer).toString('base64');
}

// Run as a script (not imported by the tests): compare paths, not URLs, since a URL escapes
// what a path spells plainly (a space is %20) and the two would never match.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const base64 = await assemble();
  writeFileSync(
    new URL('../src/lib/sim/wasm/kernels.ts', import.meta.url),
    `// Generated from kernels.wat by \`npm run build:wasm\`; do not edit.\nexport const KERNELS_WASM_BASE64 =\n  ` +
      `'${base64}';\n`
  );
  console.log(`kernels.wasm: ${Buffer.from(base64, 'base64').length} bytes`);
}
