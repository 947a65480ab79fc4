// What may stay in Latin letters on a page in another language (issue 20): the models' and
// formats' names, the functions of the formulas, and the authors the page cites. Everything
// else a reader sees must be translated; the catalogue test and e2e/read-the-lab-in-russian
// both use this one list.

/** Words kept as they are in every language (compared case-sensitively). */
export const LATIN_ALLOWED: ReadonlySet<string> = new Set([
  // models, optimisers, activations, formats
  'RNN',
  'RNNs',
  'LSTM',
  'LSTMs',
  'GRU',
  'GRUs',
  'ReLU',
  'tanh',
  'Adam',
  'SGD',
  'PNG',
  'SVG',
  'CSV',
  'JSON',
  'URL',
  'QR',
  'BPTT',
  'WebAssembly',
  'SIMD',
  'PyTorch',
  'iframe',
  'HTML',
  'PDF',
  'd3',
  'mathjs',
  'float',
  'ResNet',
  // keys as printed on a keyboard, Russian ones included
  'Shift',
  'Tab',
  'Esc',
  'Enter',
  'Page',
  'Up',
  'Down',
  'Home',
  'End',
  // functions and operators in formulas
  'log',
  'ln',
  'exp',
  'sin',
  'cos',
  'max',
  'min',
  'diag',
  'softmax',
  'sigmoid',
  'abs',
  'sqrt',
  'sup',
  'Var',
  'clip',
  'sign',
  'erf',
  'pi',
  // the language switch names each language in itself
  'English',
  // authors and their papers
  'Bengio',
  'Simard',
  'Frasconi',
  'Hochreiter',
  'Schmidhuber',
  'Pascanu',
  'Mikolov',
  'Gers',
  'Cummins',
  'Jozefowicz',
  'Zaremba',
  'Sutskever',
  'Cho',
  'Chung',
  'Glorot',
  'Saxe',
  'Tallec',
  'Ollivier',
  'Vaswani',
  'Kingma',
  'Ba',
  'He',
  'Le',
  'Jaitly',
  'Hinton',
  'Elman',
  'Jordan',
  'Arjovsky',
  'Henaff',
  'Greff',
  'Graves',
  'Werbos',
  'Williams',
  'Zipser',
  'Rumelhart',
  'Brewer',
  'ColorBrewer',
  'RdBu',
  'Viridis',
  'et',
  'al'
]);

/**
 * Subscripts and operator names inside typeset equations (KaTeX): W_in, head_j, relu, and "lo",
 * the part of \\log KaTeX sets apart from its "g" for kerning. They are notation, read only
 * inside an equation (`.katex`), never in running text.
 */
export const MATH_ALLOWED: ReadonlySet<string> = new Set(['in', 'out', 'head', 'relu', 'hh', 'xh', 'hx', 'lo']);

/**
 * The Latin words of a text that are not allowed: runs of two or more Latin letters (a single
 * letter is a symbol: h, c, W, k, T), split at anything else, so "b_f" and "log10" read as
 * symbols and words, and "x₁" as a symbol.
 */
export function foreignWords(text: string, math = false): string[] {
  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  return words.filter((w) => !LATIN_ALLOWED.has(w) && !(math && MATH_ALLOWED.has(w)));
}
