// Every unit test may read formulas: load mathjs, which the page loads on demand, once up front.
import { loadFormulaParser } from '../src/lib/sim/formula-parser';

await loadFormulaParser();
