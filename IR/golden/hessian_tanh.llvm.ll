; ModuleID = 'hessian_tanh'
source_filename = "hessian_tanh"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [1054 x i8] c"{\22module\22: \22hessian_tanh\22, \22functions\22: [{\22name\22: \22f\22, \22symbol\22: \22f\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22s\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22g\22, \22symbol\22: \22g\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22t\22, \22dtype\22: \22f32\22, \22shape\22: [10]}]}, {\22name\22: \22h\22, \22symbol\22: \22h\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22hess_x\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}]}, {\22name\22: \22jf\22, \22symbol\22: \22jf\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22jac_x\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}]}, {\22name\22: \22jr\22, \22symbol\22: \22jr\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22jac_x\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @f.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %10, %latch ]
  %9 = icmp slt i64 %i, 1
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %10 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %16, %latch3 ]
  %11 = icmp slt i64 %i5, 10
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 10
  %13 = mul nsw i64 %i5, 1
  %14 = add nsw i64 %12, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  br label %loop6

latch3:                                           ; preds = %exit14
  %16 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %19, %latch8 ]
  %17 = icmp slt i64 %i10, 1
  br i1 %17, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %18 = getelementptr inbounds float, ptr %15, i64 %i10
  store float -0.000000e+00, ptr %18, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %19 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !0

exit9:                                            ; preds = %loop6
  %20 = mul nsw i64 %i, 100
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %31, %latch13 ]
  %21 = icmp slt i64 %i15, 10
  br i1 %21, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %22 = mul nsw i64 %i5, 10
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %20, %23
  %25 = getelementptr inbounds float, ptr %4, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = mul nsw i64 %i, 10
  %28 = mul nsw i64 %i15, 1
  %29 = add nsw i64 %27, %28
  %30 = getelementptr inbounds float, ptr %6, i64 %29
  br label %loop16

latch13:                                          ; preds = %exit19
  %31 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %39, %latch18 ]
  %32 = icmp slt i64 %i20, 1
  br i1 %32, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %33 = getelementptr inbounds float, ptr %15, i64 %i20
  %34 = getelementptr inbounds float, ptr %30, i64 %i20
  %35 = load float, ptr %34, align 4
  %36 = load float, ptr %33, align 4
  %37 = fmul contract float %26, %35
  %38 = fadd contract float %36, %37
  store float %38, ptr %33, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %39 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !2

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define internal i32 @f.k1(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca <16 x float>, align 16
  %4 = alloca [1 x <16 x float>], align 16
  %5 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %6 = getelementptr inbounds ptr, ptr %0, i64 0
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 1
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds float, ptr %5, i64 10
  store float -0.000000e+00, ptr %10, align 4
  %11 = getelementptr inbounds float, ptr %5, i64 11
  store float -0.000000e+00, ptr %11, align 4
  %12 = getelementptr inbounds float, ptr %5, i64 12
  store float -0.000000e+00, ptr %12, align 4
  %13 = getelementptr inbounds float, ptr %5, i64 13
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %5, i64 14
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %5, i64 15
  store float -0.000000e+00, ptr %15, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %22, %latch ]
  %16 = icmp slt i64 %i, 10
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = getelementptr inbounds float, ptr %7, i64 %i
  %18 = load float, ptr %17, align 4
  %19 = call float @tanhf(float %18) #3
  %20 = sub i64 %i, 0
  %21 = getelementptr inbounds float, ptr %5, i64 %20
  store float %19, ptr %21, align 4
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !3

exit:                                             ; preds = %loop
  %23 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %24 = load <16 x float>, ptr %23, align 4
  store <16 x float> %24, ptr %3, align 4
  %25 = getelementptr inbounds float, ptr %3, i64 0
  %26 = load float, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %3, i64 1
  %28 = load float, ptr %27, align 4
  %29 = getelementptr inbounds float, ptr %3, i64 2
  %30 = load float, ptr %29, align 4
  %31 = getelementptr inbounds float, ptr %3, i64 3
  %32 = load float, ptr %31, align 4
  %33 = getelementptr inbounds float, ptr %3, i64 4
  %34 = load float, ptr %33, align 4
  %35 = getelementptr inbounds float, ptr %3, i64 5
  %36 = load float, ptr %35, align 4
  %37 = getelementptr inbounds float, ptr %3, i64 6
  %38 = load float, ptr %37, align 4
  %39 = getelementptr inbounds float, ptr %3, i64 7
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds float, ptr %3, i64 8
  %42 = load float, ptr %41, align 4
  %43 = getelementptr inbounds float, ptr %3, i64 9
  %44 = load float, ptr %43, align 4
  %45 = getelementptr inbounds float, ptr %3, i64 10
  %46 = load float, ptr %45, align 4
  %47 = getelementptr inbounds float, ptr %3, i64 11
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %3, i64 12
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %3, i64 13
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %3, i64 14
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %3, i64 15
  %56 = load float, ptr %55, align 4
  %57 = fadd float %26, %42
  %58 = fadd float %28, %44
  %59 = fadd float %30, %46
  %60 = fadd float %32, %48
  %61 = fadd float %34, %50
  %62 = fadd float %36, %52
  %63 = fadd float %38, %54
  %64 = fadd float %40, %56
  %65 = fadd float %57, %61
  %66 = fadd float %58, %62
  %67 = fadd float %59, %63
  %68 = fadd float %60, %64
  %69 = fadd float %65, %67
  %70 = fadd float %66, %68
  %71 = fadd float %69, %70
  %72 = getelementptr inbounds float, ptr %9, i64 0
  store float %71, ptr %72, align 4
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #2

; Function Attrs: nounwind
define i32 @f(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = call i32 @ftc_rt_alloc(ptr %3, i64 64)
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %6, %entry ], [ %14, %ok ], [ %19, %ok1 ]
  %8 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %8)
  ret i32 %status

ok:                                               ; preds = %entry
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %10, align 8
  %11 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %9, i64 0
  %13 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %12, ptr %13, align 8
  %14 = call i32 @f.k0(ptr %4, i64 0, i64 1)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds i8, ptr %9, i64 0
  %17 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %16, ptr %17, align 8
  %18 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %2, ptr %18, align 8
  %19 = call i32 @f.k1(ptr %5, i64 0, i64 1)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %21 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %21)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: noinline nounwind
define internal i32 @g.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 %i
  %9 = load float, ptr %8, align 4
  %10 = call float @tanhf(float %9) #3
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !6

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @g(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = call i32 @ftc_rt_alloc(ptr %3, i64 64)
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %6, %entry ], [ %14, %ok ], [ %19, %ok1 ]
  %8 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %8)
  ret i32 %status

ok:                                               ; preds = %entry
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %10, align 8
  %11 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %9, i64 0
  %13 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %12, ptr %13, align 8
  %14 = call i32 @f.k0(ptr %4, i64 0, i64 1)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds i8, ptr %9, i64 0
  %17 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %16, ptr %17, align 8
  %18 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %2, ptr %18, align 8
  %19 = call i32 @g.k1(ptr %5, i64 0, i64 10)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %21 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %21)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @h.k2(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %13, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 %i
  %9 = load float, ptr %8, align 4
  %10 = fmul float %9, %9
  %11 = fsub float 1.000000e+00, %10
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  store float %11, ptr %12, align 4
  br label %latch

latch:                                            ; preds = %body
  %13 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !8

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @h.k3(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 3
  %10 = load ptr, ptr %9, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %14, %latch3 ]
  %13 = icmp slt i64 %i5, 1
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %14 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %39, %latch8 ]
  %15 = icmp slt i64 %i10, 10
  br i1 %15, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %16 = mul nsw i64 %i, 10
  %17 = mul nsw i64 %i5, 10
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i10
  %20 = urem i64 %19, 10
  %21 = udiv i64 %19, 10
  %22 = mul nsw i64 %20, 10
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %4, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = getelementptr inbounds float, ptr %6, i64 %20
  %27 = load float, ptr %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, ptr %8, i64 %20
  %30 = load float, ptr %29, align 4
  %31 = fmul float %28, %30
  %32 = fadd float %31, %31
  %33 = fneg float %32
  %34 = mul nsw i64 %i, 10
  %35 = mul nsw i64 %i5, 10
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %i10
  %38 = getelementptr inbounds float, ptr %10, i64 %37
  store float %33, ptr %38, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %39 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !9

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @h.k4(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %10, %latch ]
  %9 = icmp slt i64 %i, 1
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %10 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %16, %latch3 ]
  %11 = icmp slt i64 %i5, 10
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 100
  %13 = mul nsw i64 %i5, 10
  %14 = add nsw i64 %12, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  br label %loop6

latch3:                                           ; preds = %exit14
  %16 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %19, %latch8 ]
  %17 = icmp slt i64 %i10, 10
  br i1 %17, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %18 = getelementptr inbounds float, ptr %15, i64 %i10
  store float -0.000000e+00, ptr %18, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %19 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !10

exit9:                                            ; preds = %loop6
  %20 = mul nsw i64 %i, 100
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %31, %latch13 ]
  %21 = icmp slt i64 %i15, 10
  br i1 %21, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %22 = mul nsw i64 %i5, 10
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %20, %23
  %25 = getelementptr inbounds float, ptr %4, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = mul nsw i64 %i, 100
  %28 = mul nsw i64 %i15, 10
  %29 = add nsw i64 %27, %28
  %30 = getelementptr inbounds float, ptr %6, i64 %29
  br label %loop16

latch13:                                          ; preds = %exit19
  %31 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %39, %latch18 ]
  %32 = icmp slt i64 %i20, 10
  br i1 %32, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %33 = getelementptr inbounds float, ptr %15, i64 %i20
  %34 = getelementptr inbounds float, ptr %30, i64 %i20
  %35 = load float, ptr %34, align 4
  %36 = load float, ptr %33, align 4
  %37 = fmul contract float %26, %35
  %38 = fadd contract float %36, %37
  store float %38, ptr %33, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %39 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !11

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define internal i32 @h.k5(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %8, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %8 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %22, %latch3 ]
  %9 = icmp slt i64 %i5, 10
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = mul nsw i64 %i5, 10
  %11 = add nsw i64 %10, %i
  %12 = urem i64 %11, 10
  %13 = udiv i64 %11, 10
  %14 = mul nsw i64 %13, 10
  %15 = add nsw i64 %14, 0
  %16 = add nsw i64 %15, %12
  %17 = getelementptr inbounds float, ptr %4, i64 %16
  %18 = load float, ptr %17, align 4
  %19 = mul nsw i64 %i, 10
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %6, i64 %20
  store float %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !12

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @h(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [4 x ptr], align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [2 x ptr], align 8
  %10 = call i32 @ftc_rt_alloc(ptr %3, i64 1024)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %10, %entry ], [ %18, %ok ], [ %24, %ok1 ], [ %30, %ok2 ], [ %39, %ok3 ], [ %46, %ok4 ], [ %51, %ok5 ]
  %12 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %14, align 8
  %15 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %13, i64 0
  %17 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %16, ptr %17, align 8
  %18 = call i32 @f.k0(ptr %4, i64 0, i64 1)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %20 = getelementptr inbounds i8, ptr %13, i64 0
  %21 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %20, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %13, i64 64
  %23 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %22, ptr %23, align 8
  %24 = call i32 @g.k1(ptr %5, i64 0, i64 10)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %26 = getelementptr inbounds i8, ptr %13, i64 64
  %27 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %13, i64 0
  %29 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %28, ptr %29, align 8
  %30 = call i32 @h.k2(ptr %6, i64 0, i64 10)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %32 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %13, i64 0
  %34 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %13, i64 64
  %36 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %13, i64 128
  %38 = getelementptr inbounds ptr, ptr %7, i64 3
  store ptr %37, ptr %38, align 8
  %39 = call i32 @h.k3(ptr %7, i64 0, i64 10)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %41 = getelementptr inbounds i8, ptr %13, i64 128
  %42 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %41, ptr %42, align 8
  %43 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %0, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %13, i64 576
  %45 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %44, ptr %45, align 8
  %46 = call i32 @h.k4(ptr %8, i64 0, i64 1)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %48 = getelementptr inbounds i8, ptr %13, i64 576
  %49 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %2, ptr %50, align 8
  %51 = call i32 @h.k5(ptr %9, i64 0, i64 10)
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %53 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %53)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @jf.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %14, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 %i
  %9 = load float, ptr %8, align 4
  %10 = call float @tanhf(float %9) #3
  %11 = fmul float %10, %10
  %12 = fsub float 1.000000e+00, %11
  %13 = getelementptr inbounds float, ptr %6, i64 %i
  store float %12, ptr %13, align 4
  br label %latch

latch:                                            ; preds = %body
  %14 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !13

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @jf.k2(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %10, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %10 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %22, %latch3 ]
  %11 = icmp slt i64 %i5, 10
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 10
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fmul float %15, %17
  %19 = mul nsw i64 %i, 10
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !14

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @jf(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = call i32 @ftc_rt_alloc(ptr %3, i64 128)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %7, %entry ], [ %15, %ok ], [ %21, %ok1 ], [ %27, %ok2 ]
  %9 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds i8, ptr %10, i64 0
  %14 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %13, ptr %14, align 8
  %15 = call i32 @f.k0(ptr %4, i64 0, i64 1)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %17 = getelementptr inbounds i8, ptr %10, i64 0
  %18 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %17, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %10, i64 64
  %20 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %19, ptr %20, align 8
  %21 = call i32 @jf.k1(ptr %5, i64 0, i64 10)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %23 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %10, i64 64
  %25 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %2, ptr %26, align 8
  %27 = call i32 @jf.k2(ptr %6, i64 0, i64 10)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %29 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %29)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @jr.k2(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %8, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %8 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %20, %latch3 ]
  %9 = icmp slt i64 %i5, 10
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = trunc i64 %i to i32
  %11 = trunc i64 %i5 to i32
  %12 = icmp eq i32 %10, %11
  %13 = uitofp i1 %12 to float
  %14 = getelementptr inbounds float, ptr %4, i64 %i5
  %15 = load float, ptr %14, align 4
  %16 = fmul float %13, %15
  %17 = mul nsw i64 %i, 10
  %18 = add nsw i64 %17, %i5
  %19 = getelementptr inbounds float, ptr %6, i64 %18
  store float %16, ptr %19, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %20 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !15

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @jr.k3(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %10, %latch ]
  %9 = icmp slt i64 %i, 1
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %10 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %16, %latch3 ]
  %11 = icmp slt i64 %i5, 10
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 100
  %13 = mul nsw i64 %i5, 10
  %14 = add nsw i64 %12, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  br label %loop6

latch3:                                           ; preds = %exit14
  %16 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %19, %latch8 ]
  %17 = icmp slt i64 %i10, 10
  br i1 %17, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %18 = getelementptr inbounds float, ptr %15, i64 %i10
  store float -0.000000e+00, ptr %18, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %19 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !16

exit9:                                            ; preds = %loop6
  %20 = mul nsw i64 %i, 100
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %31, %latch13 ]
  %21 = icmp slt i64 %i15, 10
  br i1 %21, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %22 = mul nsw i64 %i5, 10
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %20, %23
  %25 = getelementptr inbounds float, ptr %4, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = mul nsw i64 %i, 100
  %28 = mul nsw i64 %i15, 10
  %29 = add nsw i64 %27, %28
  %30 = getelementptr inbounds float, ptr %6, i64 %29
  br label %loop16

latch13:                                          ; preds = %exit19
  %31 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %39, %latch18 ]
  %32 = icmp slt i64 %i20, 10
  br i1 %32, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %33 = getelementptr inbounds float, ptr %15, i64 %i20
  %34 = getelementptr inbounds float, ptr %30, i64 %i20
  %35 = load float, ptr %34, align 4
  %36 = load float, ptr %33, align 4
  %37 = fmul contract float %26, %35
  %38 = fadd contract float %36, %37
  store float %38, ptr %33, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %39 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !17

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define i32 @jr(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %3, i64 576)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %16, %ok ], [ %22, %ok1 ], [ %28, %ok2 ], [ %34, %ok3 ]
  %10 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %11, i64 0
  %15 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %14, ptr %15, align 8
  %16 = call i32 @f.k0(ptr %4, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = getelementptr inbounds i8, ptr %11, i64 0
  %19 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %11, i64 64
  %21 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %20, ptr %21, align 8
  %22 = call i32 @jf.k1(ptr %5, i64 0, i64 10)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %24 = getelementptr inbounds i8, ptr %11, i64 64
  %25 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %11, i64 128
  %27 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %26, ptr %27, align 8
  %28 = call i32 @jr.k2(ptr %6, i64 0, i64 10)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %30 = getelementptr inbounds i8, ptr %11, i64 128
  %31 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %0, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %2, ptr %33, align 8
  %34 = call i32 @jr.k3(ptr %7, i64 0, i64 1)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %36 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %36)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind willreturn memory(none) }
attributes #3 = { "vector-function-abi-variant"="_ZGVdN8v_tanhf(_ZGVdN8v_tanhf)" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !4, !5, !1}
!4 = !{!"llvm.loop.vectorize.enable", i1 true}
!5 = !{!"llvm.loop.vectorize.width", i32 16}
!6 = distinct !{!6, !7, !1}
!7 = !{!"llvm.loop.vectorize.width", i32 8}
!8 = distinct !{!8, !7, !1}
!9 = distinct !{!9, !7, !1}
!10 = distinct !{!10, !7, !1}
!11 = distinct !{!11, !7, !1}
!12 = distinct !{!12, !7, !1}
!13 = distinct !{!13, !7, !1}
!14 = distinct !{!14, !7, !1}
!15 = distinct !{!15, !7, !1}
!16 = distinct !{!16, !7, !1}
!17 = distinct !{!17, !7, !1}
