// A custom nonlinearity phi(x) typed as a formula. mathjs parses it; only numbers, x, pi, e,
// + - * / ^ and a whitelist of functions get through, so nothing else is ever evaluated.
// The derivative is mathjs's symbolic one where it exists; mathjs refuses max and min (and
// so anything built from them), and there a central difference serves, which the page says.
// Both are compiled from the checked syntax tree to plain JavaScript: evaluating mathjs
// expressions costs ~1 us a call, far too slow for a hot loop.
import { derivative, parse, simplify, type MathNode } from 'mathjs';

/** Functions a formula may call, and their JavaScript. */
const FUNCTIONS: Record<string, (args: string[]) => string> = {
  tanh: ([a]) => `Math.tanh(${a})`,
  sinh: ([a]) => `Math.sinh(${a})`,
  cosh: ([a]) => `Math.cosh(${a})`,
  sin: ([a]) => `Math.sin(${a})`,
  cos: ([a]) => `Math.cos(${a})`,
  atan: ([a]) => `Math.atan(${a})`,
  exp: ([a]) => `Math.exp(${a})`,
  log: ([a]) => `Math.log(${a})`,
  sqrt: ([a]) => `Math.sqrt(${a})`,
  abs: ([a]) => `Math.abs(${a})`,
  max: (args) => `Math.max(${args.join(',')})`,
  min: (args) => `Math.min(${args.join(',')})`
};
/** Functions that only derivatives produce (not offered to the user, but safe to compile). */
const DERIVED: Record<string, (args: string[]) => string> = {
  sech: ([a]) => `(1/Math.cosh(${a}))`,
  sec: ([a]) => `(1/Math.cos(${a}))`,
  sign: ([a]) => `Math.sign(${a})`
};
const CONSTANTS: Record<string, string> = { x: 'x', pi: 'Math.PI', e: 'Math.E' };
const OPERATORS: Record<string, (args: string[]) => string> = {
  add: ([a, b]) => `(${a}+${b})`,
  subtract: ([a, b]) => `(${a}-${b})`,
  multiply: ([a, b]) => `(${a}*${b})`,
  divide: ([a, b]) => `(${a}/${b})`,
  pow: ([a, b]) => `Math.pow(${a},${b})`,
  unaryMinus: ([a]) => `(-${a})`,
  unaryPlus: ([a]) => `(+${a})`
};

export const ALLOWED_TEXT = `x, numbers, pi, e, + - * / ^ and ${Object.keys(FUNCTIONS).join(', ')}`;
export const MAX_FORMULA_LENGTH = 120;

export class FormulaError extends Error {}

type Node = MathNode & { type: string; value?: unknown; name?: string; fn?: string | { name: string }; args?: Node[]; content?: Node };

/** The checked tree as JavaScript; throws FormulaError naming what is not allowed. */
function toJs(node: Node, functions: Record<string, (args: string[]) => string>): string {
  switch (node.type) {
    case 'ConstantNode':
      if (typeof node.value !== 'number' || !Number.isFinite(node.value)) throw new FormulaError(`"${String(node.value)}" is not a number`);
      return `(${node.value})`;
    case 'SymbolNode':
      if (!(node.name! in CONSTANTS)) throw new FormulaError(`unknown name "${node.name}" (the variable is x)`);
      return CONSTANTS[node.name!];
    case 'ParenthesisNode':
      return toJs(node.content!, functions);
    case 'OperatorNode': {
      const op = OPERATORS[node.fn as string];
      if (!op) throw new FormulaError(`operator "${(node as { op?: string }).op}" is not allowed`);
      return op(node.args!.map((a) => toJs(a, functions)));
    }
    case 'FunctionNode': {
      const name = typeof node.fn === 'string' ? node.fn : node.fn!.name;
      const f = functions[name];
      if (!f) throw new FormulaError(`function "${name}" is not allowed`);
      if (name !== 'max' && name !== 'min' && node.args!.length !== 1) throw new FormulaError(`${name} takes one argument`);
      return f(node.args!.map((a) => toJs(a, functions)));
    }
    default:
      throw new FormulaError(`"${node.toString()}" is not allowed`);
  }
}

export interface Nonlinearity {
  formula: string;
  phi: (x: number) => number;
  dphi: (x: number) => number;
  /** how phi' was obtained */
  derivative: 'symbolic' | 'numerical';
  /** phi'(x) as text, when symbolic */
  derivativeText?: string;
  /** sup |phi'|, estimated on a grid over [-50, 50]: the Pascanu et al. (2013) gamma */
  gamma: number;
}

// eslint-disable-next-line @typescript-eslint/no-implied-eval
const compile = (js: string) => new Function('x', `return ${js};`) as (x: number) => number;

const cache = new Map<string, Nonlinearity>();

/**
 * Parses, checks and compiles a formula in x. Throws FormulaError with a message for the
 * user; nothing that fails the check is ever evaluated.
 */
export function nonlinearity(formula: string): Nonlinearity {
  const hit = cache.get(formula);
  if (hit) return hit;
  if (formula.length > MAX_FORMULA_LENGTH) throw new FormulaError(`at most ${MAX_FORMULA_LENGTH} characters`);
  let tree: Node;
  try {
    tree = parse(formula) as Node;
  } catch (e) {
    throw new FormulaError(`cannot read it (${(e as Error).message})`);
  }
  const js = toJs(tree, FUNCTIONS); // the check: throws before anything is compiled
  const phi = compile(js);
  let dphi: (x: number) => number;
  let kind: Nonlinearity['derivative'] = 'symbolic';
  let derivativeText: string | undefined;
  try {
    const d = simplify(derivative(tree, 'x')) as Node;
    dphi = compile(toJs(d, { ...FUNCTIONS, ...DERIVED }));
    derivativeText = d.toString();
  } catch {
    // mathjs refuses max and min: a central difference, step scaled to x
    kind = 'numerical';
    dphi = (x: number) => {
      const h = 1e-6 * Math.max(1, Math.abs(x));
      return (phi(x + h) - phi(x - h)) / (2 * h);
    };
  }
  let gamma = 0;
  for (let i = 0; i <= 20000; i++) {
    const v = Math.abs(dphi(-50 + i * 0.005));
    if (Number.isFinite(v) && v > gamma) gamma = v;
  }
  const result: Nonlinearity = { formula, phi, dphi, derivative: kind, derivativeText, gamma };
  cache.set(formula, result);
  if (cache.size > 32) cache.delete(cache.keys().next().value as string);
  return result;
}

/** The message for a formula that fails, or null when it is fine. */
export function formulaProblem(formula: string): string | null {
  try {
    nonlinearity(formula);
    return null;
  } catch (e) {
    return e instanceof FormulaError ? e.message : 'cannot be used';
  }
}

export const PRESET_FORMULAS = ['tanh(x)', 'max(0, x)', 'x / (1 + abs(x))', '1.5 * tanh(x)', 'sin(x)', 'atan(x)'];
