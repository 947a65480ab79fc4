// BENCH_ONLY=attention npm run bench: attention's figure alone (bench/attention-bench.ts).
import { attentionBench } from './attention-bench';

attentionBench();
