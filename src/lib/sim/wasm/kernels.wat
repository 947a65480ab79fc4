;; The hot loops of the BPTT kernels, in f64x2 SIMD:
;; - matVec: the product every step spends most of its time in (W h forward; W^T delta
;;   backward, run on a stored transpose);
;; - ger: the rank-one update that sums a weight gradient's terms (A += w a b^T);
;; - lstmCells, gruCells: a whole LSTM or GRU forward step after the products (gates,
;;   cell, tanh and the derivatives the backward pass reads), with exp written out below:
;;   WebAssembly has no exp, and calling JavaScript's Math.exp five times a unit was half
;;   the LSTM's run time.
;; Pointers are byte offsets into the exported memory; matrices are row-major.
;; Assembled by `npm run build:wasm`; tests/sim/wasm/ hold every kernel to JavaScript.
(module
  (memory (export "memory") 1)

  ;; y[i] = sum_j A[i, j] x[j], i < rows, j < cols. Two vector accumulators per row hide
  ;; the add latency; the odd tail is scalar.
  (func (export "matVec") (param $A i32) (param $rows i32) (param $cols i32) (param $x i32) (param $y i32)
    (local $i i32) (local $j i32) (local $row i32) (local $quad i32) (local $pair i32)
    (local $acc0 v128) (local $acc1 v128) (local $s f64)
    (local.set $quad (i32.and (local.get $cols) (i32.const -4)))
    (local.set $pair (i32.and (local.get $cols) (i32.const -2)))
    (local.set $row (local.get $A))
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $acc0 (v128.const f64x2 0 0))
        (local.set $acc1 (v128.const f64x2 0 0))
        (local.set $j (i32.const 0))
        (block $quad_done
          (loop $quad_loop
            (br_if $quad_done (i32.ge_u (local.get $j) (local.get $quad)))
            (local.set $acc0 (f64x2.add (local.get $acc0)
              (f64x2.mul (v128.load (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3))))
                         (v128.load (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 3)))))))
            (local.set $acc1 (f64x2.add (local.get $acc1)
              (f64x2.mul (v128.load offset=16 (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3))))
                         (v128.load offset=16 (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 3)))))))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $quad_loop)))
        (if (i32.lt_u (local.get $j) (local.get $pair))
          (then
            (local.set $acc0 (f64x2.add (local.get $acc0)
              (f64x2.mul (v128.load (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3))))
                         (v128.load (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 3)))))))
            (local.set $j (i32.add (local.get $j) (i32.const 2)))))
        (local.set $acc0 (f64x2.add (local.get $acc0) (local.get $acc1)))
        (local.set $s (f64.add (f64x2.extract_lane 0 (local.get $acc0)) (f64x2.extract_lane 1 (local.get $acc0))))
        (if (i32.lt_u (local.get $j) (local.get $cols))
          (then
            (local.set $s (f64.add (local.get $s)
              (f64.mul (f64.load (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3))))
                       (f64.load (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 3)))))))))
        (f64.store (i32.add (local.get $y) (i32.shl (local.get $i) (i32.const 3))) (local.get $s))
        (local.set $row (i32.add (local.get $row) (i32.shl (local.get $cols) (i32.const 3))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows_loop))))

  ;; A[i, j] += (w a[i]) b[j], i < rows, j < cols: one step's term of a weight gradient's sum
  ;; (param-grads.ts). A zero a[i] skips its row, as the JavaScript loop does.
  (func (export "ger") (param $A i32) (param $rows i32) (param $cols i32) (param $a i32) (param $b i32)
    (param $w f64)
    (local $i i32) (local $j i32) (local $row i32) (local $pair i32) (local $p i32) (local $ai f64) (local $av v128)
    (local.set $pair (i32.and (local.get $cols) (i32.const -2)))
    (local.set $row (local.get $A))
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $ai
          (f64.mul (local.get $w) (f64.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3))))))
        (if (f64.ne (local.get $ai) (f64.const 0))
          (then
            (local.set $av (f64x2.splat (local.get $ai)))
            (local.set $j (i32.const 0))
            (block $pair_done
              (loop $pair_loop
                (br_if $pair_done (i32.ge_u (local.get $j) (local.get $pair)))
                (local.set $p (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3))))
                (v128.store (local.get $p) (f64x2.add (v128.load (local.get $p))
                  (f64x2.mul (local.get $av)
                    (v128.load (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 3)))))))
                (local.set $j (i32.add (local.get $j) (i32.const 2)))
                (br $pair_loop)))
            (if (i32.lt_u (local.get $j) (local.get $cols))
              (then
                (local.set $p (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3))))
                (f64.store (local.get $p) (f64.add (f64.load (local.get $p))
                  (f64.mul (local.get $ai)
                    (f64.load (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 3)))))))))))
        (local.set $row (i32.add (local.get $row) (i32.shl (local.get $cols) (i32.const 3))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows_loop))))

  ;; exp(y) and expm1(y) per lane, within an ulp or two of Math.exp and Math.expm1 (the tests
  ;; measure it). Cody-Waite reduction y = k ln2 + r, |r| <= ln2/2, ln2 split in a 32-bit
  ;; head (k * head is exact) and a tail (fdlibm's constants); exp(r) = 1 + r P(r) by Taylor
  ;; to r^13 (truncation 4e-18). expm1 is r P(r) itself when k = 0 (no cancellation) and
  ;; exp - 1 otherwise (|y| > ln2/2, where exp - 1 loses no more than an ulp). 2^k is
  ;; applied as two exponent-field factors so k down to -2020 stays in the normal range and
  ;; an underflowing result is rounded once; y is clamped to [-1400, 710] first, which keeps
  ;; exp(-inf) = 0 and exp(+inf) = inf; NaN stays NaN.
  (func $expm (param $y v128) (result v128 v128)
    (local $k v128) (local $r v128) (local $r2 v128) (local $r4 v128) (local $p v128)
    (local $k1 v128) (local $e v128)
    ;; pmax/pmin are single instructions; with y = NaN both return y
    (local.set $y (f64x2.pmin (f64x2.pmax (local.get $y) (v128.const f64x2 -1400 -1400)) (v128.const f64x2 710 710)))
    (local.set $k (f64x2.nearest (f64x2.mul (local.get $y) (v128.const f64x2 1.4426950408889634 1.4426950408889634))))
    (local.set $r (f64x2.sub
      (f64x2.sub (local.get $y) (f64x2.mul (local.get $k)
        (v128.const f64x2 6.93147180369123816490e-01 6.93147180369123816490e-01)))
      (f64x2.mul (local.get $k) (v128.const f64x2 1.90821492927058770002e-10 1.90821492927058770002e-10))))
    ;; P(r) = sum_{j=0}^{12} c_j r^j, c_j = 1/(j + 1)!, by Estrin's scheme: the terms pair up
    ;; in a tree of depth 4 instead of Horner's chain of 12 dependent multiply-adds, which
    ;; left the core waiting on latency (measured: the LSTM step ran 2.5x slower).
    (local.set $r2 (f64x2.mul (local.get $r) (local.get $r)))
    (local.set $r4 (f64x2.mul (local.get $r2) (local.get $r2)))
    (local.set $p (f64x2.add
      (f64x2.add
        (f64x2.add (f64x2.add (v128.const f64x2 1 1) (f64x2.mul (v128.const f64x2 0.5 0.5) (local.get $r)))
                   (f64x2.mul (f64x2.add (v128.const f64x2 0.16666666666666666 0.16666666666666666) (f64x2.mul
                     (v128.const f64x2 4.1666666666666664e-2 4.1666666666666664e-2) (local.get $r))) (local.get $r2)))
        (f64x2.mul
          (f64x2.add (f64x2.add (v128.const f64x2 8.3333333333333332e-3 8.3333333333333332e-3) (f64x2.mul
            (v128.const f64x2 1.3888888888888889e-3 1.3888888888888889e-3) (local.get $r)))
                     (f64x2.mul (f64x2.add (v128.const f64x2 1.9841269841269841e-4 1.9841269841269841e-4) (f64x2.mul
                       (v128.const f64x2 2.4801587301587302e-5 2.4801587301587302e-5) (local.get $r))) (local.get $r2)))
          (local.get $r4)))
      (f64x2.mul
        (f64x2.add
          (f64x2.add (f64x2.add (v128.const f64x2 2.7557319223985893e-6 2.7557319223985893e-6) (f64x2.mul
            (v128.const f64x2 2.7557319223985888e-7 2.7557319223985888e-7) (local.get $r)))
                     (f64x2.mul (f64x2.add (v128.const f64x2 2.5052108385441720e-8 2.5052108385441720e-8) (f64x2.mul
                       (v128.const f64x2 2.0876756987868100e-9 2.0876756987868100e-9) (local.get $r))) (local.get $r2)))
          (f64x2.mul (v128.const f64x2 1.6059043836821613e-10 1.6059043836821613e-10) (local.get $r4)))
        (f64x2.mul (local.get $r4) (local.get $r4)))))
    (local.set $p (f64x2.mul (local.get $p) (local.get $r))) ;; r P(r) = exp(r) - 1
    ;; 2^k1 2^k2, k1 = floor(k/2), k2 = k - k1: adding 2^52 + 1023 puts k_i + 1023 in a
    ;; double's low mantissa bits, and a shift by 52 moves it into the exponent field.
    (local.set $k1 (f64x2.floor (f64x2.mul (local.get $k) (v128.const f64x2 0.5 0.5))))
    (local.set $e (f64x2.mul
      (f64x2.mul (f64x2.add (local.get $p) (v128.const f64x2 1 1))
                 (i64x2.shl (f64x2.add (local.get $k1) (v128.const f64x2 4503599627371519 4503599627371519))
                   (i32.const 52)))
      (i64x2.shl (f64x2.add (f64x2.sub (local.get $k) (local.get $k1))
        (v128.const f64x2 4503599627371519 4503599627371519)) (i32.const 52))))
    (local.get $e)
    (v128.bitselect (local.get $p) (f64x2.sub (local.get $e) (v128.const f64x2 1 1))
      (f64x2.eq (local.get $k) (v128.const f64x2 0 0))))

  ;; A sigmoid gate as the signed q of activations.ts: q = e/(1 + e), e = exp(-|z|), negated
  ;; for z < 0 and never -0 there (at least the smallest subnormal), so the sign survives.
  (func $gateQ (param $z v128) (result v128)
    (local $e v128) (local $q v128)
    (call $expm (f64x2.neg (f64x2.abs (local.get $z))))
    (drop)
    (local.set $e)
    (local.set $q (f64x2.div (local.get $e) (f64x2.add (local.get $e) (v128.const f64x2 1 1))))
    (v128.bitselect (local.get $q)
      (f64x2.neg (f64x2.max (local.get $q) (v128.const f64x2 0x1p-1074 0x1p-1074)))
      (f64x2.ge (local.get $z) (v128.const f64x2 0 0))))

  ;; sigma from the signed q: -q where the sign bit is set, 1 - q otherwise (activations.ts sigmaOfQ).
  (func $sigma (param $q v128) (result v128)
    (v128.bitselect (f64x2.neg (local.get $q)) (f64x2.sub (v128.const f64x2 1 1) (local.get $q))
      (i64x2.lt_s (local.get $q) (v128.const i64x2 0 0))))

  ;; tanh(a) and tanh'(a) from e = exp(-2|a|): tanh|a| = -expm1(-2|a|)/(1 + e), tanh' =
  ;; 4e/(1 + e)^2, neither cancelling (activations.ts tanhAndPrime); the sign bit of a is
  ;; copied onto tanh.
  (func $tanhd (param $a v128) (result v128 v128)
    (local $e v128) (local $em1 v128) (local $q v128)
    (call $expm (f64x2.mul (f64x2.abs (local.get $a)) (v128.const f64x2 -2 -2)))
    (local.set $em1)
    (local.set $e)
    (local.set $q (f64x2.div (v128.const f64x2 1 1) (f64x2.add (local.get $e) (v128.const f64x2 1 1)))) ;; 1/(1 + e)
    (v128.or (f64x2.mul (f64x2.neg (local.get $em1)) (local.get $q))
             (v128.and (local.get $a) (v128.const i64x2 0x8000000000000000 0x8000000000000000)))
    (f64x2.mul (f64x2.mul (local.get $e) (v128.const f64x2 4 4)) (f64x2.mul (local.get $q) (local.get $q))))

  ;; One LSTM step for two units: pre-activations of the gates i, f, g, o and c_{t-1} in;
  ;; q_i, q_f, q_o, tanh g, tanh' g, c_t, tanh c_t, tanh' c_t and h_t out.
  (func $cell (param $zi v128) (param $zf v128) (param $zg v128) (param $zo v128) (param $cp v128)
    (result v128 v128 v128 v128 v128 v128 v128 v128 v128)
    (local $qi v128) (local $qf v128) (local $qo v128) (local $tg v128) (local $dtg v128)
    (local $c v128) (local $tc v128) (local $dtc v128)
    (local.set $qi (call $gateQ (local.get $zi)))
    (local.set $qf (call $gateQ (local.get $zf)))
    (local.set $qo (call $gateQ (local.get $zo)))
    (call $tanhd (local.get $zg))
    (local.set $dtg)
    (local.set $tg)
    (local.set $c (f64x2.add (f64x2.mul (call $sigma (local.get $qf)) (local.get $cp))
                             (f64x2.mul (call $sigma (local.get $qi)) (local.get $tg))))
    (call $tanhd (local.get $c))
    (local.set $dtc)
    (local.set $tc)
    (local.get $qi) (local.get $qf) (local.get $qo) (local.get $tg) (local.get $dtg)
    (local.get $c) (local.get $tc) (local.get $dtc)
    (f64x2.mul (call $sigma (local.get $qo)) (local.get $tc)))

  ;; The LSTM step after W h + U x + b: pre holds 4n pre-activations, q gets 3n (the gates i,
  ;; f, o) and tg 2n (tanh g, tanh' g), c, tc, dtc and h n each. The blocks' order is
  ;; wasm/lstm-layout.ts: build-wasm.mjs writes its numbers in for the LSTM_* names. Units go
  ;; in pairs; an odd last unit goes through the same code in lane 0.
  (func (export "lstmCells") (param $pre i32) (param $n i32) (param $cp i32) (param $q i32) (param $tg i32)
    (param $c i32) (param $tc i32) (param $dtc i32) (param $h i32)
    (local $o i32) (local $nb i32) (local $end i32)
    (local $zi i32) (local $zf i32) (local $zg i32) (local $zo i32)
    (local $qi i32) (local $qf i32) (local $qo i32) (local $tgt i32) (local $tgd i32)
    (local $vqi v128) (local $vqf v128) (local $vqo v128) (local $vtg v128) (local $vdtg v128)
    (local $vc v128) (local $vtc v128) (local $vdtc v128) (local $vh v128)
    (local.set $nb (i32.shl (local.get $n) (i32.const 3)))
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3)))
    ;; where each block starts: the row's start plus the block's index times n doubles
    (local.set $zi (i32.add (local.get $pre) (i32.mul (local.get $nb) (i32.const LSTM_PRE_I))))
    (local.set $zf (i32.add (local.get $pre) (i32.mul (local.get $nb) (i32.const LSTM_PRE_F))))
    (local.set $zg (i32.add (local.get $pre) (i32.mul (local.get $nb) (i32.const LSTM_PRE_G))))
    (local.set $zo (i32.add (local.get $pre) (i32.mul (local.get $nb) (i32.const LSTM_PRE_O))))
    (local.set $qi (i32.add (local.get $q) (i32.mul (local.get $nb) (i32.const LSTM_Q_I))))
    (local.set $qf (i32.add (local.get $q) (i32.mul (local.get $nb) (i32.const LSTM_Q_F))))
    (local.set $qo (i32.add (local.get $q) (i32.mul (local.get $nb) (i32.const LSTM_Q_O))))
    (local.set $tgt (i32.add (local.get $tg) (i32.mul (local.get $nb) (i32.const LSTM_TG_TANH))))
    (local.set $tgd (i32.add (local.get $tg) (i32.mul (local.get $nb) (i32.const LSTM_TG_PRIME))))
    (block $pairs_done
      (loop $pairs
        (br_if $pairs_done (i32.ge_u (local.get $o) (local.get $end)))
        (call $cell
          (v128.load (i32.add (local.get $zi) (local.get $o)))
          (v128.load (i32.add (local.get $zf) (local.get $o)))
          (v128.load (i32.add (local.get $zg) (local.get $o)))
          (v128.load (i32.add (local.get $zo) (local.get $o)))
          (v128.load (i32.add (local.get $cp) (local.get $o))))
        (local.set $vh) (local.set $vdtc) (local.set $vtc) (local.set $vc)
        (local.set $vdtg) (local.set $vtg) (local.set $vqo) (local.set $vqf) (local.set $vqi)
        (v128.store (i32.add (local.get $qi) (local.get $o)) (local.get $vqi))
        (v128.store (i32.add (local.get $qf) (local.get $o)) (local.get $vqf))
        (v128.store (i32.add (local.get $qo) (local.get $o)) (local.get $vqo))
        (v128.store (i32.add (local.get $tgt) (local.get $o)) (local.get $vtg))
        (v128.store (i32.add (local.get $tgd) (local.get $o)) (local.get $vdtg))
        (v128.store (i32.add (local.get $c) (local.get $o)) (local.get $vc))
        (v128.store (i32.add (local.get $tc) (local.get $o)) (local.get $vtc))
        (v128.store (i32.add (local.get $dtc) (local.get $o)) (local.get $vdtc))
        (v128.store (i32.add (local.get $h) (local.get $o)) (local.get $vh))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (br $pairs)))
    (if (i32.and (local.get $n) (i32.const 1))
      (then
        (call $cell
          (f64x2.splat (f64.load (i32.add (local.get $zi) (local.get $o))))
          (f64x2.splat (f64.load (i32.add (local.get $zf) (local.get $o))))
          (f64x2.splat (f64.load (i32.add (local.get $zg) (local.get $o))))
          (f64x2.splat (f64.load (i32.add (local.get $zo) (local.get $o))))
          (f64x2.splat (f64.load (i32.add (local.get $cp) (local.get $o)))))
        (local.set $vh) (local.set $vdtc) (local.set $vtc) (local.set $vc)
        (local.set $vdtg) (local.set $vtg) (local.set $vqo) (local.set $vqf) (local.set $vqi)
        (f64.store (i32.add (local.get $qi) (local.get $o)) (f64x2.extract_lane 0 (local.get $vqi)))
        (f64.store (i32.add (local.get $qf) (local.get $o)) (f64x2.extract_lane 0 (local.get $vqf)))
        (f64.store (i32.add (local.get $qo) (local.get $o)) (f64x2.extract_lane 0 (local.get $vqo)))
        (f64.store (i32.add (local.get $tgt) (local.get $o)) (f64x2.extract_lane 0 (local.get $vtg)))
        (f64.store (i32.add (local.get $tgd) (local.get $o)) (f64x2.extract_lane 0 (local.get $vdtg)))
        (f64.store (i32.add (local.get $c) (local.get $o)) (f64x2.extract_lane 0 (local.get $vc)))
        (f64.store (i32.add (local.get $tc) (local.get $o)) (f64x2.extract_lane 0 (local.get $vtc)))
        (f64.store (i32.add (local.get $dtc) (local.get $o)) (f64x2.extract_lane 0 (local.get $vdtc)))
        (f64.store (i32.add (local.get $h) (local.get $o)) (f64x2.extract_lane 0 (local.get $vh))))))

  ;; One GRU step for two units: W_r h + U_r x + b_r, W_z h + U_z x + b_z, W_n h and
  ;; U_n x + b_n and h_{t-1} in; q_r, q_z, tanh a_n, tanh' a_n and h_t out, with
  ;; a_n = U_n x + b_n + r * (W_n h) and h_t = (1 - z) n + z h_{t-1}, 1 - z = sigma(-q_z).
  (func $gru (param $ar v128) (param $az v128) (param $whn v128) (param $uxn v128) (param $hp v128)
    (result v128 v128 v128 v128 v128)
    (local $qr v128) (local $qz v128) (local $tn v128) (local $dtn v128)
    (local.set $qr (call $gateQ (local.get $ar)))
    (local.set $qz (call $gateQ (local.get $az)))
    (call $tanhd (f64x2.add (local.get $uxn) (f64x2.mul (call $sigma (local.get $qr)) (local.get $whn))))
    (local.set $dtn)
    (local.set $tn)
    (local.get $qr) (local.get $qz) (local.get $tn) (local.get $dtn)
    (f64x2.add (f64x2.mul (call $sigma (f64x2.neg (local.get $qz))) (local.get $tn))
               (f64x2.mul (call $sigma (local.get $qz)) (local.get $hp))))

  ;; The GRU step after the products: wh = W h_{t-1} (3n: blocks r, z, n), ux = U x_t + b (3n).
  ;; Writes the forward record's row (gru.ts GRU_ROW: q_r, q_z, tanh a_n, tanh' a_n, W_n h,
  ;; h_{t-1}, n each) and h_t into h.
  (func (export "gruCells") (param $wh i32) (param $ux i32) (param $n i32) (param $f i32) (param $h i32)
    (local $o i32) (local $nb i32) (local $end i32)
    (local $vqr v128) (local $vqz v128) (local $vtn v128) (local $vdtn v128) (local $vh v128) (local $vwhn v128)
      (local $vhp v128)
    (local.set $nb (i32.shl (local.get $n) (i32.const 3)))
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3)))
    (block $pairs_done
      (loop $pairs
        (br_if $pairs_done (i32.ge_u (local.get $o) (local.get $end)))
        (local.set $vwhn (v128.load (i32.add (i32.add (local.get $wh) (i32.shl (local.get $nb) (i32.const 1)))
          (local.get $o))))
        (local.set $vhp (v128.load (i32.add (local.get $h) (local.get $o))))
        (call $gru
          (f64x2.add (v128.load (i32.add (local.get $wh) (local.get $o))) (v128.load (i32.add (local.get $ux)
            (local.get $o))))
          (f64x2.add (v128.load (i32.add (i32.add (local.get $wh) (local.get $nb)) (local.get $o)))
                     (v128.load (i32.add (i32.add (local.get $ux) (local.get $nb)) (local.get $o))))
          (local.get $vwhn)
          (v128.load (i32.add (i32.add (local.get $ux) (i32.shl (local.get $nb) (i32.const 1))) (local.get $o)))
          (local.get $vhp))
        (local.set $vh) (local.set $vdtn) (local.set $vtn) (local.set $vqz) (local.set $vqr)
        (v128.store (i32.add (local.get $f) (local.get $o)) (local.get $vqr))
        (v128.store (i32.add (i32.add (local.get $f) (local.get $nb)) (local.get $o)) (local.get $vqz))
        (v128.store (i32.add (i32.add (local.get $f) (i32.shl (local.get $nb) (i32.const 1))) (local.get $o))
          (local.get $vtn))
        (v128.store (i32.add (i32.add (local.get $f) (i32.mul (local.get $nb) (i32.const 3))) (local.get $o))
          (local.get $vdtn))
        (v128.store (i32.add (i32.add (local.get $f) (i32.shl (local.get $nb) (i32.const 2))) (local.get $o))
          (local.get $vwhn))
        (v128.store (i32.add (i32.add (local.get $f) (i32.mul (local.get $nb) (i32.const 5))) (local.get $o))
          (local.get $vhp))
        (v128.store (i32.add (local.get $h) (local.get $o)) (local.get $vh))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (br $pairs)))
    (if (i32.and (local.get $n) (i32.const 1))
      (then
        (local.set $vwhn (f64x2.splat (f64.load (i32.add (i32.add (local.get $wh) (i32.shl (local.get $nb)
          (i32.const 1))) (local.get $o)))))
        (local.set $vhp (f64x2.splat (f64.load (i32.add (local.get $h) (local.get $o)))))
        (call $gru
          (f64x2.splat (f64.add (f64.load (i32.add (local.get $wh) (local.get $o))) (f64.load (i32.add
            (local.get $ux) (local.get $o)))))
          (f64x2.splat (f64.add (f64.load (i32.add (i32.add (local.get $wh) (local.get $nb)) (local.get $o)))
                                (f64.load (i32.add (i32.add (local.get $ux) (local.get $nb)) (local.get $o)))))
          (local.get $vwhn)
          (f64x2.splat (f64.load (i32.add (i32.add (local.get $ux) (i32.shl (local.get $nb) (i32.const 1)))
            (local.get $o))))
          (local.get $vhp))
        (local.set $vh) (local.set $vdtn) (local.set $vtn) (local.set $vqz) (local.set $vqr)
        (f64.store (i32.add (local.get $f) (local.get $o)) (f64x2.extract_lane 0 (local.get $vqr)))
        (f64.store (i32.add (i32.add (local.get $f) (local.get $nb)) (local.get $o)) (f64x2.extract_lane 0
          (local.get $vqz)))
        (f64.store (i32.add (i32.add (local.get $f) (i32.shl (local.get $nb) (i32.const 1))) (local.get $o))
          (f64x2.extract_lane 0 (local.get $vtn)))
        (f64.store (i32.add (i32.add (local.get $f) (i32.mul (local.get $nb) (i32.const 3))) (local.get $o))
          (f64x2.extract_lane 0 (local.get $vdtn)))
        (f64.store (i32.add (i32.add (local.get $f) (i32.shl (local.get $nb) (i32.const 2))) (local.get $o))
          (f64x2.extract_lane 0 (local.get $vwhn)))
        (f64.store (i32.add (i32.add (local.get $f) (i32.mul (local.get $nb) (i32.const 5))) (local.get $o))
          (f64x2.extract_lane 0 (local.get $vhp)))
        (f64.store (i32.add (local.get $h) (local.get $o)) (f64x2.extract_lane 0 (local.get $vh))))))

  ;; For the tests only: exp and expm1 of n doubles at x into e and em1, in pairs (n even).
  (func (export "expArray") (param $x i32) (param $n i32) (param $e i32) (param $em1 i32)
    (local $o i32) (local $end i32) (local $ve v128) (local $vm v128)
    (local.set $end (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $o) (local.get $end)))
        (call $expm (v128.load (i32.add (local.get $x) (local.get $o))))
        (local.set $vm)
        (local.set $ve)
        (v128.store (i32.add (local.get $e) (local.get $o)) (local.get $ve))
        (v128.store (i32.add (local.get $em1) (local.get $o)) (local.get $vm))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (br $next))))

  ;; include batch-kernels.wat
)
