// A custom nonlinearity phi(x) typed as a formula. mathjs parses it; only numbers, x, pi, e,
// + - * / ^ and a whitelist of functions get through (own-property lookups only, so
// "constructor" or "toString" are unknown names), and nothing else is ever evaluated.
// Every piece of work is bounded by the formula's size and depth, so no formula can hang a
// tab or the CLI: phi and phi' are compiled from the checked tree in one linear pass, phi'
// by forward-mode automatic differentiation (exact to rounding, defined for max, min and
// abs too), and mathjs's symbolic derivative, for display only, is taken when it is small.
import type { MathNode } from 'mathjs';
import { formulaParser, formulaParserLoaded } from './formula-parser';
import { msg } from '../i18n/index';

type Compile = (args: string[]) => string;
/** A function: its JavaScript, and its derivative with respect to its argument, given the argument and value. */
type Rule = { js: Compile; d?: (a: string, v: string) => string };
const rules = (entries: [string, Rule][]) => new Map<string, Rule>(entries);

/** Functions a formula may call. */
const FUNCTIONS = rules([
  ['tanh', { js: ([a]) => `Math.tanh(${a})`, d: (a) => `(1/(Math.cosh(${a})*Math.cosh(${a})))` }],
  ['sinh', { js: ([a]) => `Math.sinh(${a})`, d: (a) => `Math.cosh(${a})` }],
  ['cosh', { js: ([a]) => `Math.cosh(${a})`, d: (a) => `Math.sinh(${a})` }],
  ['sin', { js: ([a]) => `Math.sin(${a})`, d: (a) => `Math.cos(${a})` }],
  ['cos', { js: ([a]) => `Math.cos(${a})`, d: (a) => `(-Math.sin(${a}))` }],
  ['atan', { js: ([a]) => `Math.atan(${a})`, d: (a) => `(1/(1+${a}*${a}))` }],
  ['exp', { js: ([a]) => `Math.exp(${a})`, d: (_a, v) => v }],
  ['log', { js: ([a]) => `Math.log(${a})`, d: (a) => `(1/${a})` }],
  ['sqrt', { js: ([a]) => `Math.sqrt(${a})`, d: (_a, v) => `(0.5/${v})` }],
  // |x|' = sign(x): 0 at 0, the subgradient, never NaN
  ['abs', { js: ([a]) => `Math.abs(${a})`, d: (a) => `Math.sign(${a})` }],
  ['max', { js: (args) => `Math.max(${args.join(',')})` }],
  ['min', { js: (args) => `Math.min(${args.join(',')})` }]
]);
/** Functions that only mathjs's derivatives produce: known to the display, never to the user. */
const DERIVED = rules([
  ['sech', { js: ([a]) => `(1/Math.cosh(${a}))` }],
  ['sec', { js: ([a]) => `(1/Math.cos(${a}))` }],
  ['sign', { js: ([a]) => `Math.sign(${a})` }]
]);
const CONSTANTS = new Map([
  ['x', 'x'],
  ['pi', 'Math.PI'],
  ['e', 'Math.E']
]);
const OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);

/** What a formula may use, in English (the CLI's and the spec's rule); allowedText() in the page's language. */
export const ALLOWED_TEXT = `x, numbers, pi, e, + - * / ^ and ${[...FUNCTIONS.keys()].join(', ')}`;
/** What a formula may use, in the page's language. */
export const allowedText = (): string => msg().sim.formula.allowed([...FUNCTIONS.keys()].join(', '));
/** The words of a refused formula, in the page's language. */
const words = () => msg().sim.formula;
export const MAX_FORMULA_LENGTH = 120;
/**
 * Bounds on the parsed tree: every pass over it is linear, and these keep each pass tiny. Terms
 * are the numbers and names (x + x + x has 3); 120 characters hold at most about 121 nodes of
 * any kind, and MAX_FORMULA_NODES bounds them in case the length bound ever moves.
 */
export const MAX_FORMULA_TERMS = 80;
export const MAX_FORMULA_NODES = 2 * MAX_FORMULA_TERMS + 1;
export const MAX_FORMULA_DEPTH = 16;
/** mathjs's symbolic derivative (for display) only below this many nodes: it can grow as the square. */
const SYMBOLIC_MAX_NODES = 24;

export class FormulaError extends Error {}

type Node = MathNode & {
  type: string;
  value?: unknown;
  name?: string;
  op?: string;
  fn?: string | Node;
  args?: Node[];
  content?: Node;
};

/** The children of a node the checker admits (anything else is refused before this is asked). */
const children = (node: Node): Node[] => (node.type === 'ParenthesisNode' ? [node.content!] : (node.args ?? []));

/** Operators of one precedence level: mathjs reads a + b - c as (a + b) - c, a left-nested chain. */
const LEVEL: Record<string, number> = { add: 1, subtract: 1, multiply: 2, divide: 2 };

/**
 * How much deeper a child sits than its parent: 0 for the left operand that continues a chain
 * of one level (x + x + x is one level, not two, however many terms), 1 otherwise. Numbers and
 * names add no level: sin(sin(x)) is nested 2 deep.
 */
function levelStep(parent: Node, child: Node, index: number): number {
  if (child.type === 'ConstantNode' || child.type === 'SymbolNode') return 0;
  const chain = index === 0 && child.type === 'OperatorNode' && parent.type === 'OperatorNode';
  return chain && LEVEL[child.fn as string] !== undefined && LEVEL[child.fn as string] === LEVEL[parent.fn as string]
    ? 0
    : 1;
}

/** Refuses trees too big or too deep to be worth any work, before anything walks them recursively. */
function checkSize(root: Node): void {
  let nodes = 0;
  let terms = 0;
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node.type === 'ConstantNode' || node.type === 'SymbolNode') terms++;
    if (terms > MAX_FORMULA_TERMS) throw new FormulaError(words().terms(MAX_FORMULA_TERMS));
    if (++nodes > MAX_FORMULA_NODES) {
      throw new FormulaError(words().nodes(MAX_FORMULA_NODES));
    }
    if (depth > MAX_FORMULA_DEPTH) {
      throw new FormulaError(words().depth(MAX_FORMULA_DEPTH));
    }
    children(node).forEach((child, i) => stack.push([child, depth + levelStep(node, child, i)]));
  }
}

/** The function a FunctionNode calls, by plain name only (no `a.b(x)`, no `f(x)(y)`). */
function functionName(node: Node): string {
  const fn = node.fn;
  if (typeof fn === 'string') return fn;
  if (fn && fn.type === 'SymbolNode' && typeof fn.name === 'string') return fn.name;
  throw new FormulaError(words().callByName(node.toString()));
}

/**
 * Compiles the checked tree into statements computing each node's value (v_k) and its
 * derivative in x (d_k, or none where the node does not depend on x). Throws FormulaError
 * naming what is not allowed. `functions` lists the callable names.
 */
class Compiler {
  lines: string[] = [];
  private k = 0;
  constructor(
    private functions: Map<string, Rule>,
    private withDerivative: boolean
  ) {}

  /** Returns [value, derivative] expressions; derivative null when the node is constant in x. */
  node(node: Node): [string, string | null] {
    switch (node.type) {
      case 'ConstantNode': {
        if (typeof node.value !== 'number' || !Number.isFinite(node.value)) {
          throw new FormulaError(words().notANumber(String(node.value)));
        }
        return [`(${node.value})`, null];
      }
      case 'SymbolNode': {
        const js = CONSTANTS.get(node.name!);
        if (js === undefined) throw new FormulaError(words().unknownName(String(node.name)));
        return [js, node.name === 'x' ? '1' : null];
      }
      case 'ParenthesisNode':
        return this.node(node.content!);
      case 'OperatorNode': {
        if (typeof node.fn !== 'string' || !OPERATORS.has(node.fn)) {
          throw new FormulaError(words().operator(String(node.op)));
        }
        return this.operator(
          node.fn,
          node.args!.map((a) => this.node(a))
        );
      }
      case 'FunctionNode': {
        const name = functionName(node);
        const rule = this.functions.get(name);
        if (!rule) throw new FormulaError(words().functionNotAllowed(name));
        const args = node.args!.map((a) => this.node(a));
        const variadic = name === 'max' || name === 'min';
        if (variadic ? args.length < 1 : args.length !== 1) throw new FormulaError(words().oneArgument(name));
        return this.call(rule, args);
      }
      default:
        throw new FormulaError(words().notAllowed(node.toString()));
    }
  }

  /** A new temporary holding `js`. */
  private temp(prefix: 'v' | 'd', js: string): string {
    const name = `${prefix}${this.k++}`;
    this.lines.push(`const ${name} = ${js};`);
    return name;
  }

  private operator(fn: string, args: [string, string | null][]): [string, string | null] {
    const [[a, da], [b, db] = ['0', null]] = args;
    const v = (js: string) => this.temp('v', js);
    const d = (js: string | null) => (js === null || !this.withDerivative ? null : this.temp('d', js));
    const or0 = (s: string | null) => s ?? '0';
    switch (fn) {
      case 'add':
        return [v(`${a}+${b}`), d(da || db ? `${or0(da)}+${or0(db)}` : null)];
      case 'subtract':
        return [v(`${a}-${b}`), d(da || db ? `${or0(da)}-${or0(db)}` : null)];
      case 'unaryMinus':
        return [v(`-${a}`), d(da && `-${da}`)];
      case 'unaryPlus':
        return [a, da];
      case 'multiply': {
        const parts = [da && `${da}*${b}`, db && `${a}*${db}`].filter(Boolean);
        return [v(`${a}*${b}`), d(parts.length ? parts.join('+') : null)];
      }
      case 'divide': {
        const q = v(`${a}/${b}`);
        // (a/b)' = (a' - q b') / b
        return [q, d(da || db ? `(${or0(da)}-${q}*${or0(db)})/${b}` : null)];
      }
      default: {
        const p = v(`Math.pow(${a},${b})`);
        // (a^b)' = b a^(b-1) a' for a constant b (0 when b = 0, even at a = 0)
        if (!db) return [p, d(da && `(${b}===0?0:${b}*Math.pow(${a},${b}-1)*${da})`)];
        // (a^b)' = a^b (b' ln a + b a'/a), and 0 where a^b is exactly 0 (0^x, x > 0)
        return [p, d(`(${p}===0?0:${p}*(${db}*Math.log(${a})${da ? `+${b}*${da}/${a}` : ''}))`)];
      }
    }
  }

  private call(rule: Rule, args: [string, string | null][]): [string, string | null] {
    const value = this.temp('v', rule.js(args.map(([a]) => a)));
    if (!this.withDerivative || args.every(([, da]) => da === null)) return [value, null];
    if (!rule.d) {
      // max and min: the derivative of the argument that wins (the first, on a tie)
      const pick = args.map(([a, da]) => `${a}===${value}?${da ?? '0'}:`).join('');
      return [value, this.temp('d', `${pick}0`)];
    }
    const [[a, da]] = args;
    return [value, this.temp('d', `${rule.d(a, value)}*${da}`)];
  }
}

export interface Nonlinearity {
  formula: string;
  phi: (x: number) => number;
  dphi: (x: number) => number;
  /** phi'(x) as mathjs writes it, when its symbolic derivative is small enough to show */
  derivativeText?: string;
  /**
   * sup |phi'|, estimated on a grid over [-50, 50]: the Pascanu et al. (2013) gamma. Infinity
   * when phi' is infinite somewhere on the grid, NaN when it is undefined somewhere (gammaOf).
   */
  gamma: number;
}

function compile(tree: Node, functions: Map<string, Rule>, withDerivative: boolean) {
  const c = new Compiler(functions, withDerivative);
  const [v, d] = c.node(tree);
  const body = c.lines.join('\n');
  // new Function only ever sees code the Compiler wrote from the checked tree
  const make = (out: string) => new Function('x', `${body}\nreturn ${out};`) as (x: number) => number;
  return { phi: make(v), dphi: make(d ?? '0') };
}

/** mathjs's derivative, simplified, for display; undefined when the formula is too large or mathjs has no rule. */
function symbolicText(tree: Node, nodes: number): string | undefined {
  if (nodes > SYMBOLIC_MAX_NODES) return undefined;
  const { derivative, simplify } = formulaParser();
  try {
    const d = derivative(tree, 'x', { simplify: false }) as Node;
    let size = 0;
    d.traverse(() => void size++);
    const shown = size <= 2 * SYMBOLIC_MAX_NODES ? (simplify(d) as Node) : d;
    compile(shown, new Map([...FUNCTIONS, ...DERIVED]), false); // only text that uses known names
    return shown.toString();
  } catch {
    return undefined; // mathjs has no rule for max and min: the numbers do not need one
  }
}

/**
 * sup |phi'| on a grid of step 0.005 over [-50, 50] (x = 0 included). Never a finite number a
 * bound would mislead with: Infinity where phi' is infinite on the grid (1/x, sqrt(x) at 0,
 * exp(exp(x)) past 6.5) or where the largest |phi'| sits at an end of the grid and still rises
 * there (x^2, x^3, exp(x): unbounded beyond it, so a state that grows finds ever steeper slopes);
 * else NaN where phi' is undefined somewhere on it (x^1.5 for x < 0, 0^(x-x)); finite only when
 * phi' is finite at every grid point and its largest value is reached inside the grid.
 */
function gammaOf(dphi: (x: number) => number): number {
  let gamma = 0;
  let undefinedSomewhere = false;
  for (let i = 0; i <= 20000; i++) {
    const v = Math.abs(dphi(-50 + i * 0.005));
    if (v === Infinity) return Infinity;
    if (Number.isNaN(v)) undefinedSomewhere = true;
    else if (v > gamma) gamma = v;
  }
  if (undefinedSomewhere) return NaN;
  // still climbing at an end: the supremum lies beyond the grid
  for (const end of [-50, 50]) {
    const atEnd = Math.abs(dphi(end));
    if (atEnd === gamma && atEnd > Math.abs(dphi(end - Math.sign(end)))) return Infinity;
  }
  return gamma;
}

const cache = new Map<string, Nonlinearity>();

/**
 * Parses, checks and compiles a formula in x. Throws FormulaError with a message for the
 * user; nothing that fails the check is ever evaluated.
 */
export function nonlinearity(formula: string): Nonlinearity {
  const hit = cache.get(formula);
  if (hit) return hit;
  if (typeof formula !== 'string') throw new FormulaError(words().text);
  if (formula.length > MAX_FORMULA_LENGTH) throw new FormulaError(words().length(MAX_FORMULA_LENGTH));
  const { parse } = formulaParser();
  let tree: Node;
  try {
    tree = parse(formula) as Node;
  } catch (e) {
    throw new FormulaError(words().unreadable((e as Error).message));
  }
  checkSize(tree);
  const { phi, dphi } = compile(tree, FUNCTIONS, true); // the check: throws before anything runs
  let nodes = 0;
  tree.traverse(() => void nodes++);
  const result: Nonlinearity = { formula, phi, dphi, derivativeText: symbolicText(tree, nodes), gamma: gammaOf(dphi) };
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
    if (e instanceof FormulaError) return e.message;
    return formulaParserLoaded() ? words().unusable : words().parserMissing;
  }
}
