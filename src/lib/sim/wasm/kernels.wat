;; Float64 mat-vec kernel with f64x2 SIMD: the product every BPTT step spends most of its
;; time in (W h forward; W^T delta backward, run on a stored transpose). Pointers are byte offsets into the
;; exported memory; matrices are row-major. Assembled by `npm run build:wasm`.
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
)
