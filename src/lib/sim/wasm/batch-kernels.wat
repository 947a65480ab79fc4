;; The training kernels (spliced into kernels.wat's module by scripts/build-wasm.mjs): the
;; products of batched BPTT (train/batch-tape.ts, batch-backward.ts), a whole minibatch a
;; call, so a step costs a few calls instead of one per sequence.
;; - gemm: C += A B (forward W H and U X over the batch; the weight gradients delta H^T,
;;   delta X^T and the bias's delta 1, each a sum over the batch);
;; - gemmTN: C += A^T B (backward dL/dh_{t-1} = W^T delta).
;; Both are runs of one row update ($row) with A read at a stride.

  ;; c[j] += sum_k A_k b_k[j] for j < N, k < K, where A_k is the double at a + k aStep and
  ;; b_k the row at b + k N. Eight columns of c stay in four vector registers while k runs
  ;; (one load and one store of c per eight columns), then pairs, then a scalar tail. A
  ;; zero A_k skips its row: padding past a sequence's end is zero and never touches c
  ;; (not even as 0 * inf = NaN), as in the JavaScript loops.
  (func $row (param $c i32) (param $a i32) (param $aStep i32) (param $b i32) (param $K i32) (param $N i32)
    (local $j i32) (local $k i32) (local $ap i32) (local $bp i32) (local $bStep i32) (local $s f64) (local $sv v128)
    (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128) (local $p i32)
    (local.set $bStep (i32.shl (local.get $N) (i32.const 3)))
    (block $eights_done
      (loop $eights
        (br_if $eights_done (i32.gt_u (i32.add (local.get $j) (i32.const 8)) (local.get $N)))
        (local.set $p (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $acc0 (v128.load (local.get $p)))
        (local.set $acc1 (v128.load offset=16 (local.get $p)))
        (local.set $acc2 (v128.load offset=32 (local.get $p)))
        (local.set $acc3 (v128.load offset=48 (local.get $p)))
        (local.set $ap (local.get $a))
        (local.set $bp (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $k (i32.const 0))
        (block $k_done
          (loop $ks
            (br_if $k_done (i32.ge_u (local.get $k) (local.get $K)))
            (local.set $s (f64.load (local.get $ap)))
            (if (f64.ne (local.get $s) (f64.const 0))
              (then
                (local.set $sv (f64x2.splat (local.get $s)))
                (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (local.get $sv) (v128.load (local.get $bp)))))
                (local.set $acc1
                  (f64x2.add (local.get $acc1) (f64x2.mul (local.get $sv) (v128.load offset=16 (local.get $bp)))))
                (local.set $acc2
                  (f64x2.add (local.get $acc2) (f64x2.mul (local.get $sv) (v128.load offset=32 (local.get $bp)))))
                (local.set $acc3
                  (f64x2.add (local.get $acc3) (f64x2.mul (local.get $sv) (v128.load offset=48 (local.get $bp)))))))
            (local.set $ap (i32.add (local.get $ap) (local.get $aStep)))
            (local.set $bp (i32.add (local.get $bp) (local.get $bStep)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $ks)))
        (v128.store (local.get $p) (local.get $acc0))
        (v128.store offset=16 (local.get $p) (local.get $acc1))
        (v128.store offset=32 (local.get $p) (local.get $acc2))
        (v128.store offset=48 (local.get $p) (local.get $acc3))
        (local.set $j (i32.add (local.get $j) (i32.const 8)))
        (br $eights)))
    (block $pairs_done
      (loop $pairs
        (br_if $pairs_done (i32.gt_u (i32.add (local.get $j) (i32.const 2)) (local.get $N)))
        (local.set $p (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $acc0 (v128.load (local.get $p)))
        (local.set $ap (local.get $a))
        (local.set $bp (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $k (i32.const 0))
        (block $k_done
          (loop $ks
            (br_if $k_done (i32.ge_u (local.get $k) (local.get $K)))
            (local.set $s (f64.load (local.get $ap)))
            (if (f64.ne (local.get $s) (f64.const 0))
              (then (local.set $acc0
                (f64x2.add (local.get $acc0) (f64x2.mul (f64x2.splat (local.get $s)) (v128.load (local.get $bp)))))))
            (local.set $ap (i32.add (local.get $ap) (local.get $aStep)))
            (local.set $bp (i32.add (local.get $bp) (local.get $bStep)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $ks)))
        (v128.store (local.get $p) (local.get $acc0))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $pairs)))
    (if (i32.lt_u (local.get $j) (local.get $N))
      (then
        (local.set $p (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $ap (local.get $a))
        (local.set $bp (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $k (i32.const 0))
        (block $k_done
          (loop $ks
            (br_if $k_done (i32.ge_u (local.get $k) (local.get $K)))
            (local.set $s (f64.load (local.get $ap)))
            (if (f64.ne (local.get $s) (f64.const 0))
              (then (f64.store (local.get $p)
                (f64.add (f64.load (local.get $p)) (f64.mul (local.get $s) (f64.load (local.get $bp)))))))
            (local.set $ap (i32.add (local.get $ap) (local.get $aStep)))
            (local.set $bp (i32.add (local.get $bp) (local.get $bStep)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $ks))))))

  ;; C[i, :] += sum_k A[i, k] B[k, :] for i < M (A is M x K, B is K x N, C is M x N).
  (func (export "gemm") (param $A i32) (param $B i32) (param $C i32) (param $M i32) (param $K i32) (param $N i32)
    (local $i i32)
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $i) (local.get $M)))
        (call $row
          (i32.add (local.get $C) (i32.shl (i32.mul (local.get $i) (local.get $N)) (i32.const 3)))
          (i32.add (local.get $A) (i32.shl (i32.mul (local.get $i) (local.get $K)) (i32.const 3)))
          (i32.const 8) (local.get $B) (local.get $K) (local.get $N))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows))))

  ;; C[r, :] += sum_m A[m, r] B[m, :] for r < R (A is M x R, B is M x N, C is R x N): W^T delta
  ;; with W as A, one row of C at a time (A read down a column).
  (func (export "gemmTN") (param $A i32) (param $B i32) (param $C i32) (param $M i32) (param $R i32) (param $N i32)
    (local $r i32)
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $r) (local.get $R)))
        (call $row
          (i32.add (local.get $C) (i32.shl (i32.mul (local.get $r) (local.get $N)) (i32.const 3)))
          (i32.add (local.get $A) (i32.shl (local.get $r) (i32.const 3)))
          (i32.shl (local.get $R) (i32.const 3)) (local.get $B) (local.get $M) (local.get $N))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows))))

  ;; The LSTM's gate deltas at one step for `count` units (even; the caller runs an odd last
  ;; one in JavaScript), in the order train/lstm-deltas.ts computes them, so the two agree
  ;; to the bit: from the forward record (the rows of q: q_i, q_f, q_o, and of tg: tanh g,
  ;; tanh' g; c_{t-1}, tanh c_t, tanh' c_t) and dh, dc: dc_t = dc + dh sigma(q_o) tanh' c_t,
  ;; then delta_i = dc_t tanh g sigma'_i, delta_f = dc_t c_{t-1} sigma'_f, delta_g = dc_t
  ;; sigma_i tanh' g, delta_o = dh tanh c_t sigma'_o into da's four blocks (the
  ;; pre-activations' order), and dc <- dc_t sigma_f. Blocks are nb units apart, in the order
  ;; of wasm/lstm-layout.ts (build-wasm.mjs writes its numbers in for the LSTM_* names);
  ;; sigma' = |q|(1 - |q|).
  (func $dsigma (param $q v128) (result v128)
    (local $a v128)
    (local.set $a (f64x2.abs (local.get $q)))
    (f64x2.mul (local.get $a) (f64x2.sub (v128.const f64x2 1 1) (local.get $a))))

  (func (export "lstmDeltas") (param $count i32) (param $nb i32) (param $q i32) (param $tg i32) (param $cp i32)
    (param $tc i32) (param $dtc i32) (param $dh i32) (param $dc i32) (param $da i32)
    (local $o i32) (local $end i32) (local $stride i32)
    (local $pqi i32) (local $pqf i32) (local $pqo i32) (local $ptg i32) (local $pdtg i32)
    (local $dai i32) (local $daf i32) (local $dag i32) (local $dao i32)
    (local $qi v128) (local $qf v128) (local $qo v128) (local $vdh v128) (local $dct v128)
    (local.set $stride (i32.shl (local.get $nb) (i32.const 3)))
    (local.set $end (i32.shl (local.get $count) (i32.const 3)))
    ;; where each block starts: the row's start plus the block's index times nb doubles
    (local.set $pqi (i32.add (local.get $q) (i32.mul (local.get $stride) (i32.const LSTM_Q_I))))
    (local.set $pqf (i32.add (local.get $q) (i32.mul (local.get $stride) (i32.const LSTM_Q_F))))
    (local.set $pqo (i32.add (local.get $q) (i32.mul (local.get $stride) (i32.const LSTM_Q_O))))
    (local.set $ptg (i32.add (local.get $tg) (i32.mul (local.get $stride) (i32.const LSTM_TG_TANH))))
    (local.set $pdtg (i32.add (local.get $tg) (i32.mul (local.get $stride) (i32.const LSTM_TG_PRIME))))
    (local.set $dai (i32.add (local.get $da) (i32.mul (local.get $stride) (i32.const LSTM_PRE_I))))
    (local.set $daf (i32.add (local.get $da) (i32.mul (local.get $stride) (i32.const LSTM_PRE_F))))
    (local.set $dag (i32.add (local.get $da) (i32.mul (local.get $stride) (i32.const LSTM_PRE_G))))
    (local.set $dao (i32.add (local.get $da) (i32.mul (local.get $stride) (i32.const LSTM_PRE_O))))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $o) (local.get $end)))
        (local.set $qi (v128.load (i32.add (local.get $pqi) (local.get $o))))
        (local.set $qf (v128.load (i32.add (local.get $pqf) (local.get $o))))
        (local.set $qo (v128.load (i32.add (local.get $pqo) (local.get $o))))
        (local.set $vdh (v128.load (i32.add (local.get $dh) (local.get $o))))
        (local.set $dct (f64x2.add (v128.load (i32.add (local.get $dc) (local.get $o)))
          (f64x2.mul (f64x2.mul (local.get $vdh) (call $sigma (local.get $qo)))
            (v128.load (i32.add (local.get $dtc) (local.get $o))))))
        (v128.store (i32.add (local.get $dai) (local.get $o))
          (f64x2.mul (f64x2.mul (local.get $dct) (v128.load (i32.add (local.get $ptg) (local.get $o))))
            (call $dsigma (local.get $qi))))
        (v128.store (i32.add (local.get $daf) (local.get $o))
          (f64x2.mul (f64x2.mul (local.get $dct) (v128.load (i32.add (local.get $cp) (local.get $o))))
            (call $dsigma (local.get $qf))))
        (v128.store (i32.add (local.get $dag) (local.get $o))
          (f64x2.mul (f64x2.mul (local.get $dct) (call $sigma (local.get $qi)))
            (v128.load (i32.add (local.get $pdtg) (local.get $o)))))
        (v128.store (i32.add (local.get $dao) (local.get $o))
          (f64x2.mul (f64x2.mul (local.get $vdh) (v128.load (i32.add (local.get $tc) (local.get $o))))
            (call $dsigma (local.get $qo))))
        (v128.store (i32.add (local.get $dc) (local.get $o)) (f64x2.mul (local.get $dct) (call $sigma (local.get $qf))))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (br $pairs))))

  ;; The RNN's tanh step for n units: h = tanh(a) and d = tanh'(a) by $tanhd (exp written
  ;; out: the same bits in every engine, unlike Math.exp). Pairs, then an odd last unit in
  ;; lane 0.
  (func (export "tanhCells") (param $a i32) (param $n i32) (param $h i32) (param $d i32)
    (local $o i32) (local $end i32) (local $vt v128) (local $vd v128)
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3)))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $o) (local.get $end)))
        (call $tanhd (v128.load (i32.add (local.get $a) (local.get $o))))
        (local.set $vd)
        (local.set $vt)
        (v128.store (i32.add (local.get $h) (local.get $o)) (local.get $vt))
        (v128.store (i32.add (local.get $d) (local.get $o)) (local.get $vd))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (br $pairs)))
    (if (i32.and (local.get $n) (i32.const 1))
      (then
        (call $tanhd (f64x2.splat (f64.load (i32.add (local.get $a) (local.get $o)))))
        (local.set $vd)
        (local.set $vt)
        (f64.store (i32.add (local.get $h) (local.get $o)) (f64x2.extract_lane 0 (local.get $vt)))
        (f64.store (i32.add (local.get $d) (local.get $o)) (f64x2.extract_lane 0 (local.get $vd))))))

  ;; v[i] <- 0 where |v[i]| < 2^-1000 (about 1e-301), n even or odd: subnormal doubles make
  ;; every multiply that touches them some 70 times slower, and a saturated or diverging
  ;; network fills its deltas and states with them. Below 1e-301 a training gradient is zero.
  (func (export "flushTiny") (param $v i32) (param $n i32)
    (local $o i32) (local $end i32) (local $p i32) (local $x v128)
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3)))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $o) (local.get $end)))
        (local.set $p (i32.add (local.get $v) (local.get $o)))
        (local.set $x (v128.load (local.get $p)))
        (v128.store (local.get $p) (v128.andnot (local.get $x)
          (f64x2.lt (f64x2.abs (local.get $x)) (v128.const f64x2 0x1p-1000 0x1p-1000))))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (br $pairs)))
    (if (i32.and (local.get $n) (i32.const 1))
      (then
        (local.set $p (i32.add (local.get $v) (local.get $o)))
        (if (f64.lt (f64.abs (f64.load (local.get $p))) (f64.const 0x1p-1000))
          (then (f64.store (local.get $p) (f64.const 0)))))))
