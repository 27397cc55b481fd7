; ModuleID = 'hessian_tanh'
source_filename = "hessian_tanh"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [1054 x i8] c"{\22module\22: \22hessian_tanh\22, \22functions\22: [{\22name\22: \22f\22, \22symbol\22: \22f\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22s\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22g\22, \22symbol\22: \22g\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22t\22, \22dtype\22: \22f32\22, \22shape\22: [10]}]}, {\22name\22: \22h\22, \22symbol\22: \22h\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22hess_x\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}]}, {\22name\22: \22jf\22, \22symbol\22: \22jf\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22jac_x\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}]}, {\22name\22: \22jr\22, \22symbol\22: \22jr\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22jac_x\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @f.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 2
  %9 = load ptr, ptr %8, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %11, %latch ]
  %10 = icmp slt i64 %i, 1
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %11 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %13, %latch3 ]
  %12 = icmp slt i64 %i5, 10
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %13 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %15, %latch8 ]
  %14 = icmp slt i64 %i10, 1
  br i1 %14, label %body7, label %exit9

body7:                                            ; preds = %loop6
  store float -0.000000e+00, ptr %3, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %15 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %32, %latch13 ]
  %16 = icmp slt i64 %i15, 10
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 10
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i, 100
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %i, 10
  %22 = mul nsw i64 %i10, 10
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %21, %23
  %25 = getelementptr inbounds float, ptr %5, i64 %20
  %26 = load float, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4
  %29 = load float, ptr %3, align 4
  %30 = fmul reassoc contract float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !0

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 10
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
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
  br label %loop, !llvm.loop !2

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

; Function Attrs: nounwind
define internal i32 @g.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  br label %loop, !llvm.loop !5

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

; Function Attrs: noinline nounwind
define internal i32 @h.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %6, %latch ]
  %5 = icmp slt i64 %i, %2
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %6 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %15, %latch3 ]
  %7 = icmp slt i64 %i5, 10
  br i1 %7, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %8 = trunc i64 %i to i32
  %9 = trunc i64 %i5 to i32
  %10 = icmp eq i32 %8, %9
  %11 = uitofp i1 %10 to float
  %12 = mul nsw i64 %i, 10
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  store float %11, ptr %14, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %15 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !7

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @h.k2(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <2 x float>, align 16
  %9 = alloca <2 x float>, align 16
  %10 = alloca <2 x float>, align 16
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %13 = getelementptr inbounds ptr, ptr %0, i64 0
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 1
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 2
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds ptr, ptr %0, i64 3
  %20 = load ptr, ptr %19, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %22, %latch ]
  %21 = icmp slt i64 %i, 10
  br i1 %21, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %22 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %31, %latch3 ]
  %23 = icmp slt i64 %i5, 10
  br i1 %23, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %24 = mul nsw i64 %i5, 10
  %25 = add nsw i64 %24, %i
  %26 = getelementptr inbounds float, ptr %16, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = mul nsw i64 %i, 10
  %29 = add nsw i64 %28, %i5
  %30 = getelementptr inbounds float, ptr %20, i64 %29
  store float %27, ptr %30, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %31 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !8

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %33, %latch8 ]
  %32 = icmp slt i64 %i10, 1
  br i1 %32, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %33 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %46, %latch13 ]
  %34 = icmp slt i64 %i15, 2
  br i1 %34, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %35 = mul nsw i64 %i15, 5
  %36 = icmp sgt i64 %35, 5
  %37 = select i1 %36, i64 5, i64 %35
  %38 = mul nsw i64 %i10, 100
  %39 = mul nsw i64 %i10, 100
  %40 = mul nsw i64 %i10, 100
  %41 = add nsw i64 %37, 0
  %42 = add nsw i64 %37, 1
  %43 = add nsw i64 %37, 2
  %44 = add nsw i64 %37, 3
  %45 = add nsw i64 %37, 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  br label %loop16

latch13:                                          ; preds = %exit24
  %46 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %103, %latch18 ]
  %47 = icmp slt i64 %i20, 10
  br i1 %47, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %48 = mul nsw i64 %i20, 10
  %49 = add nsw i64 %48, 0
  %50 = add nsw i64 %39, %49
  %51 = getelementptr inbounds float, ptr %20, i64 %50
  %52 = load <8 x float>, ptr %51, align 4
  %53 = mul nsw i64 %41, 10
  %54 = add nsw i64 %53, %i20
  %55 = add nsw i64 %38, %54
  %56 = getelementptr inbounds float, ptr %14, i64 %55
  %57 = load float, ptr %56, align 4
  %58 = insertelement <8 x float> poison, float %57, i32 0
  %59 = shufflevector <8 x float> %58, <8 x float> poison, <8 x i32> zeroinitializer
  %60 = load <8 x float>, ptr %3, align 4
  %61 = fmul contract <8 x float> %59, %52
  %62 = fadd contract <8 x float> %60, %61
  store <8 x float> %62, ptr %3, align 4
  %63 = mul nsw i64 %42, 10
  %64 = add nsw i64 %63, %i20
  %65 = add nsw i64 %38, %64
  %66 = getelementptr inbounds float, ptr %14, i64 %65
  %67 = load float, ptr %66, align 4
  %68 = insertelement <8 x float> poison, float %67, i32 0
  %69 = shufflevector <8 x float> %68, <8 x float> poison, <8 x i32> zeroinitializer
  %70 = load <8 x float>, ptr %4, align 4
  %71 = fmul contract <8 x float> %69, %52
  %72 = fadd contract <8 x float> %70, %71
  store <8 x float> %72, ptr %4, align 4
  %73 = mul nsw i64 %43, 10
  %74 = add nsw i64 %73, %i20
  %75 = add nsw i64 %38, %74
  %76 = getelementptr inbounds float, ptr %14, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = insertelement <8 x float> poison, float %77, i32 0
  %79 = shufflevector <8 x float> %78, <8 x float> poison, <8 x i32> zeroinitializer
  %80 = load <8 x float>, ptr %5, align 4
  %81 = fmul contract <8 x float> %79, %52
  %82 = fadd contract <8 x float> %80, %81
  store <8 x float> %82, ptr %5, align 4
  %83 = mul nsw i64 %44, 10
  %84 = add nsw i64 %83, %i20
  %85 = add nsw i64 %38, %84
  %86 = getelementptr inbounds float, ptr %14, i64 %85
  %87 = load float, ptr %86, align 4
  %88 = insertelement <8 x float> poison, float %87, i32 0
  %89 = shufflevector <8 x float> %88, <8 x float> poison, <8 x i32> zeroinitializer
  %90 = load <8 x float>, ptr %6, align 4
  %91 = fmul contract <8 x float> %89, %52
  %92 = fadd contract <8 x float> %90, %91
  store <8 x float> %92, ptr %6, align 4
  %93 = mul nsw i64 %45, 10
  %94 = add nsw i64 %93, %i20
  %95 = add nsw i64 %38, %94
  %96 = getelementptr inbounds float, ptr %14, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = insertelement <8 x float> poison, float %97, i32 0
  %99 = shufflevector <8 x float> %98, <8 x float> poison, <8 x i32> zeroinitializer
  %100 = load <8 x float>, ptr %7, align 4
  %101 = fmul contract <8 x float> %99, %52
  %102 = fadd contract <8 x float> %100, %101
  store <8 x float> %102, ptr %7, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %103 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !9

exit19:                                           ; preds = %loop16
  %104 = load <8 x float>, ptr %3, align 4
  %105 = load <8 x float>, ptr %4, align 4
  %106 = load <8 x float>, ptr %5, align 4
  %107 = load <8 x float>, ptr %6, align 4
  %108 = load <8 x float>, ptr %7, align 4
  %109 = mul nsw i64 %41, 10
  %110 = add nsw i64 %109, 0
  %111 = add nsw i64 %40, %110
  %112 = getelementptr inbounds float, ptr %18, i64 %111
  store <8 x float> %104, ptr %112, align 4
  %113 = mul nsw i64 %42, 10
  %114 = add nsw i64 %113, 0
  %115 = add nsw i64 %40, %114
  %116 = getelementptr inbounds float, ptr %18, i64 %115
  store <8 x float> %105, ptr %116, align 4
  %117 = mul nsw i64 %43, 10
  %118 = add nsw i64 %117, 0
  %119 = add nsw i64 %40, %118
  %120 = getelementptr inbounds float, ptr %18, i64 %119
  store <8 x float> %106, ptr %120, align 4
  %121 = mul nsw i64 %44, 10
  %122 = add nsw i64 %121, 0
  %123 = add nsw i64 %40, %122
  %124 = getelementptr inbounds float, ptr %18, i64 %123
  store <8 x float> %107, ptr %124, align 4
  %125 = mul nsw i64 %45, 10
  %126 = add nsw i64 %125, 0
  %127 = add nsw i64 %40, %126
  %128 = getelementptr inbounds float, ptr %18, i64 %127
  store <8 x float> %108, ptr %128, align 4
  %129 = mul nsw i64 %i10, 100
  %130 = mul nsw i64 %i10, 100
  %131 = mul nsw i64 %i10, 100
  %132 = add nsw i64 %37, 0
  %133 = add nsw i64 %37, 1
  %134 = add nsw i64 %37, 2
  %135 = add nsw i64 %37, 3
  %136 = add nsw i64 %37, 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %193, %latch23 ]
  %137 = icmp slt i64 %i25, 10
  br i1 %137, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %138 = mul nsw i64 %i25, 10
  %139 = add nsw i64 %138, 8
  %140 = add nsw i64 %130, %139
  %141 = getelementptr inbounds float, ptr %20, i64 %140
  %142 = load <2 x float>, ptr %141, align 4
  %143 = mul nsw i64 %132, 10
  %144 = add nsw i64 %143, %i25
  %145 = add nsw i64 %129, %144
  %146 = getelementptr inbounds float, ptr %14, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = insertelement <2 x float> poison, float %147, i32 0
  %149 = shufflevector <2 x float> %148, <2 x float> poison, <2 x i32> zeroinitializer
  %150 = load <2 x float>, ptr %8, align 4
  %151 = fmul contract <2 x float> %149, %142
  %152 = fadd contract <2 x float> %150, %151
  store <2 x float> %152, ptr %8, align 4
  %153 = mul nsw i64 %133, 10
  %154 = add nsw i64 %153, %i25
  %155 = add nsw i64 %129, %154
  %156 = getelementptr inbounds float, ptr %14, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = insertelement <2 x float> poison, float %157, i32 0
  %159 = shufflevector <2 x float> %158, <2 x float> poison, <2 x i32> zeroinitializer
  %160 = load <2 x float>, ptr %9, align 4
  %161 = fmul contract <2 x float> %159, %142
  %162 = fadd contract <2 x float> %160, %161
  store <2 x float> %162, ptr %9, align 4
  %163 = mul nsw i64 %134, 10
  %164 = add nsw i64 %163, %i25
  %165 = add nsw i64 %129, %164
  %166 = getelementptr inbounds float, ptr %14, i64 %165
  %167 = load float, ptr %166, align 4
  %168 = insertelement <2 x float> poison, float %167, i32 0
  %169 = shufflevector <2 x float> %168, <2 x float> poison, <2 x i32> zeroinitializer
  %170 = load <2 x float>, ptr %10, align 4
  %171 = fmul contract <2 x float> %169, %142
  %172 = fadd contract <2 x float> %170, %171
  store <2 x float> %172, ptr %10, align 4
  %173 = mul nsw i64 %135, 10
  %174 = add nsw i64 %173, %i25
  %175 = add nsw i64 %129, %174
  %176 = getelementptr inbounds float, ptr %14, i64 %175
  %177 = load float, ptr %176, align 4
  %178 = insertelement <2 x float> poison, float %177, i32 0
  %179 = shufflevector <2 x float> %178, <2 x float> poison, <2 x i32> zeroinitializer
  %180 = load <2 x float>, ptr %11, align 4
  %181 = fmul contract <2 x float> %179, %142
  %182 = fadd contract <2 x float> %180, %181
  store <2 x float> %182, ptr %11, align 4
  %183 = mul nsw i64 %136, 10
  %184 = add nsw i64 %183, %i25
  %185 = add nsw i64 %129, %184
  %186 = getelementptr inbounds float, ptr %14, i64 %185
  %187 = load float, ptr %186, align 4
  %188 = insertelement <2 x float> poison, float %187, i32 0
  %189 = shufflevector <2 x float> %188, <2 x float> poison, <2 x i32> zeroinitializer
  %190 = load <2 x float>, ptr %12, align 4
  %191 = fmul contract <2 x float> %189, %142
  %192 = fadd contract <2 x float> %190, %191
  store <2 x float> %192, ptr %12, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %193 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !11

exit24:                                           ; preds = %loop21
  %194 = load <2 x float>, ptr %8, align 4
  %195 = load <2 x float>, ptr %9, align 4
  %196 = load <2 x float>, ptr %10, align 4
  %197 = load <2 x float>, ptr %11, align 4
  %198 = load <2 x float>, ptr %12, align 4
  %199 = mul nsw i64 %132, 10
  %200 = add nsw i64 %199, 8
  %201 = add nsw i64 %131, %200
  %202 = getelementptr inbounds float, ptr %18, i64 %201
  store <2 x float> %194, ptr %202, align 4
  %203 = mul nsw i64 %133, 10
  %204 = add nsw i64 %203, 8
  %205 = add nsw i64 %131, %204
  %206 = getelementptr inbounds float, ptr %18, i64 %205
  store <2 x float> %195, ptr %206, align 4
  %207 = mul nsw i64 %134, 10
  %208 = add nsw i64 %207, 8
  %209 = add nsw i64 %131, %208
  %210 = getelementptr inbounds float, ptr %18, i64 %209
  store <2 x float> %196, ptr %210, align 4
  %211 = mul nsw i64 %135, 10
  %212 = add nsw i64 %211, 8
  %213 = add nsw i64 %131, %212
  %214 = getelementptr inbounds float, ptr %18, i64 %213
  store <2 x float> %197, ptr %214, align 4
  %215 = mul nsw i64 %136, 10
  %216 = add nsw i64 %215, 8
  %217 = add nsw i64 %131, %216
  %218 = getelementptr inbounds float, ptr %18, i64 %217
  store <2 x float> %198, ptr %218, align 4
  br label %latch13
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %17, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4
  %12 = call float @tanhf(float %11) #3
  %13 = getelementptr inbounds float, ptr %6, i64 %i
  store float %12, ptr %13, align 4
  %14 = fmul float %12, %12
  %15 = fsub float 1.000000e+00, %14
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  store float %15, ptr %16, align 4
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !12

exit:                                             ; preds = %loop
  ret i32 0
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
  br label %loop6, !llvm.loop !13

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @h.k5(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <2 x float>, align 16
  %9 = alloca <2 x float>, align 16
  %10 = alloca <2 x float>, align 16
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %13 = getelementptr inbounds ptr, ptr %0, i64 0
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 1
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 2
  %18 = load ptr, ptr %17, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %20, %latch ]
  %19 = icmp slt i64 %i, 1
  br i1 %19, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %20 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %33, %latch3 ]
  %21 = icmp slt i64 %i5, 2
  br i1 %21, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %22 = mul nsw i64 %i5, 5
  %23 = icmp sgt i64 %22, 5
  %24 = select i1 %23, i64 5, i64 %22
  %25 = mul nsw i64 %i, 100
  %26 = mul nsw i64 %i, 100
  %27 = mul nsw i64 %i, 100
  %28 = add nsw i64 %24, 0
  %29 = add nsw i64 %24, 1
  %30 = add nsw i64 %24, 2
  %31 = add nsw i64 %24, 3
  %32 = add nsw i64 %24, 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %33 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %90, %latch8 ]
  %34 = icmp slt i64 %i10, 10
  br i1 %34, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %35 = mul nsw i64 %i10, 10
  %36 = add nsw i64 %35, 0
  %37 = add nsw i64 %26, %36
  %38 = getelementptr inbounds float, ptr %16, i64 %37
  %39 = load <8 x float>, ptr %38, align 4
  %40 = mul nsw i64 %28, 10
  %41 = add nsw i64 %40, %i10
  %42 = add nsw i64 %25, %41
  %43 = getelementptr inbounds float, ptr %14, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = insertelement <8 x float> poison, float %44, i32 0
  %46 = shufflevector <8 x float> %45, <8 x float> poison, <8 x i32> zeroinitializer
  %47 = load <8 x float>, ptr %3, align 4
  %48 = fmul contract <8 x float> %46, %39
  %49 = fadd contract <8 x float> %47, %48
  store <8 x float> %49, ptr %3, align 4
  %50 = mul nsw i64 %29, 10
  %51 = add nsw i64 %50, %i10
  %52 = add nsw i64 %25, %51
  %53 = getelementptr inbounds float, ptr %14, i64 %52
  %54 = load float, ptr %53, align 4
  %55 = insertelement <8 x float> poison, float %54, i32 0
  %56 = shufflevector <8 x float> %55, <8 x float> poison, <8 x i32> zeroinitializer
  %57 = load <8 x float>, ptr %4, align 4
  %58 = fmul contract <8 x float> %56, %39
  %59 = fadd contract <8 x float> %57, %58
  store <8 x float> %59, ptr %4, align 4
  %60 = mul nsw i64 %30, 10
  %61 = add nsw i64 %60, %i10
  %62 = add nsw i64 %25, %61
  %63 = getelementptr inbounds float, ptr %14, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = insertelement <8 x float> poison, float %64, i32 0
  %66 = shufflevector <8 x float> %65, <8 x float> poison, <8 x i32> zeroinitializer
  %67 = load <8 x float>, ptr %5, align 4
  %68 = fmul contract <8 x float> %66, %39
  %69 = fadd contract <8 x float> %67, %68
  store <8 x float> %69, ptr %5, align 4
  %70 = mul nsw i64 %31, 10
  %71 = add nsw i64 %70, %i10
  %72 = add nsw i64 %25, %71
  %73 = getelementptr inbounds float, ptr %14, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = insertelement <8 x float> poison, float %74, i32 0
  %76 = shufflevector <8 x float> %75, <8 x float> poison, <8 x i32> zeroinitializer
  %77 = load <8 x float>, ptr %6, align 4
  %78 = fmul contract <8 x float> %76, %39
  %79 = fadd contract <8 x float> %77, %78
  store <8 x float> %79, ptr %6, align 4
  %80 = mul nsw i64 %32, 10
  %81 = add nsw i64 %80, %i10
  %82 = add nsw i64 %25, %81
  %83 = getelementptr inbounds float, ptr %14, i64 %82
  %84 = load float, ptr %83, align 4
  %85 = insertelement <8 x float> poison, float %84, i32 0
  %86 = shufflevector <8 x float> %85, <8 x float> poison, <8 x i32> zeroinitializer
  %87 = load <8 x float>, ptr %7, align 4
  %88 = fmul contract <8 x float> %86, %39
  %89 = fadd contract <8 x float> %87, %88
  store <8 x float> %89, ptr %7, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %90 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !14

exit9:                                            ; preds = %loop6
  %91 = load <8 x float>, ptr %3, align 4
  %92 = load <8 x float>, ptr %4, align 4
  %93 = load <8 x float>, ptr %5, align 4
  %94 = load <8 x float>, ptr %6, align 4
  %95 = load <8 x float>, ptr %7, align 4
  %96 = mul nsw i64 %28, 10
  %97 = add nsw i64 %96, 0
  %98 = add nsw i64 %27, %97
  %99 = getelementptr inbounds float, ptr %18, i64 %98
  store <8 x float> %91, ptr %99, align 4
  %100 = mul nsw i64 %29, 10
  %101 = add nsw i64 %100, 0
  %102 = add nsw i64 %27, %101
  %103 = getelementptr inbounds float, ptr %18, i64 %102
  store <8 x float> %92, ptr %103, align 4
  %104 = mul nsw i64 %30, 10
  %105 = add nsw i64 %104, 0
  %106 = add nsw i64 %27, %105
  %107 = getelementptr inbounds float, ptr %18, i64 %106
  store <8 x float> %93, ptr %107, align 4
  %108 = mul nsw i64 %31, 10
  %109 = add nsw i64 %108, 0
  %110 = add nsw i64 %27, %109
  %111 = getelementptr inbounds float, ptr %18, i64 %110
  store <8 x float> %94, ptr %111, align 4
  %112 = mul nsw i64 %32, 10
  %113 = add nsw i64 %112, 0
  %114 = add nsw i64 %27, %113
  %115 = getelementptr inbounds float, ptr %18, i64 %114
  store <8 x float> %95, ptr %115, align 4
  %116 = mul nsw i64 %i, 100
  %117 = mul nsw i64 %i, 100
  %118 = mul nsw i64 %i, 100
  %119 = add nsw i64 %24, 0
  %120 = add nsw i64 %24, 1
  %121 = add nsw i64 %24, 2
  %122 = add nsw i64 %24, 3
  %123 = add nsw i64 %24, 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %180, %latch13 ]
  %124 = icmp slt i64 %i15, 10
  br i1 %124, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %125 = mul nsw i64 %i15, 10
  %126 = add nsw i64 %125, 8
  %127 = add nsw i64 %117, %126
  %128 = getelementptr inbounds float, ptr %16, i64 %127
  %129 = load <2 x float>, ptr %128, align 4
  %130 = mul nsw i64 %119, 10
  %131 = add nsw i64 %130, %i15
  %132 = add nsw i64 %116, %131
  %133 = getelementptr inbounds float, ptr %14, i64 %132
  %134 = load float, ptr %133, align 4
  %135 = insertelement <2 x float> poison, float %134, i32 0
  %136 = shufflevector <2 x float> %135, <2 x float> poison, <2 x i32> zeroinitializer
  %137 = load <2 x float>, ptr %8, align 4
  %138 = fmul contract <2 x float> %136, %129
  %139 = fadd contract <2 x float> %137, %138
  store <2 x float> %139, ptr %8, align 4
  %140 = mul nsw i64 %120, 10
  %141 = add nsw i64 %140, %i15
  %142 = add nsw i64 %116, %141
  %143 = getelementptr inbounds float, ptr %14, i64 %142
  %144 = load float, ptr %143, align 4
  %145 = insertelement <2 x float> poison, float %144, i32 0
  %146 = shufflevector <2 x float> %145, <2 x float> poison, <2 x i32> zeroinitializer
  %147 = load <2 x float>, ptr %9, align 4
  %148 = fmul contract <2 x float> %146, %129
  %149 = fadd contract <2 x float> %147, %148
  store <2 x float> %149, ptr %9, align 4
  %150 = mul nsw i64 %121, 10
  %151 = add nsw i64 %150, %i15
  %152 = add nsw i64 %116, %151
  %153 = getelementptr inbounds float, ptr %14, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = insertelement <2 x float> poison, float %154, i32 0
  %156 = shufflevector <2 x float> %155, <2 x float> poison, <2 x i32> zeroinitializer
  %157 = load <2 x float>, ptr %10, align 4
  %158 = fmul contract <2 x float> %156, %129
  %159 = fadd contract <2 x float> %157, %158
  store <2 x float> %159, ptr %10, align 4
  %160 = mul nsw i64 %122, 10
  %161 = add nsw i64 %160, %i15
  %162 = add nsw i64 %116, %161
  %163 = getelementptr inbounds float, ptr %14, i64 %162
  %164 = load float, ptr %163, align 4
  %165 = insertelement <2 x float> poison, float %164, i32 0
  %166 = shufflevector <2 x float> %165, <2 x float> poison, <2 x i32> zeroinitializer
  %167 = load <2 x float>, ptr %11, align 4
  %168 = fmul contract <2 x float> %166, %129
  %169 = fadd contract <2 x float> %167, %168
  store <2 x float> %169, ptr %11, align 4
  %170 = mul nsw i64 %123, 10
  %171 = add nsw i64 %170, %i15
  %172 = add nsw i64 %116, %171
  %173 = getelementptr inbounds float, ptr %14, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = insertelement <2 x float> poison, float %174, i32 0
  %176 = shufflevector <2 x float> %175, <2 x float> poison, <2 x i32> zeroinitializer
  %177 = load <2 x float>, ptr %12, align 4
  %178 = fmul contract <2 x float> %176, %129
  %179 = fadd contract <2 x float> %177, %178
  store <2 x float> %179, ptr %12, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %180 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !15

exit14:                                           ; preds = %loop11
  %181 = load <2 x float>, ptr %8, align 4
  %182 = load <2 x float>, ptr %9, align 4
  %183 = load <2 x float>, ptr %10, align 4
  %184 = load <2 x float>, ptr %11, align 4
  %185 = load <2 x float>, ptr %12, align 4
  %186 = mul nsw i64 %119, 10
  %187 = add nsw i64 %186, 8
  %188 = add nsw i64 %118, %187
  %189 = getelementptr inbounds float, ptr %18, i64 %188
  store <2 x float> %181, ptr %189, align 4
  %190 = mul nsw i64 %120, 10
  %191 = add nsw i64 %190, 8
  %192 = add nsw i64 %118, %191
  %193 = getelementptr inbounds float, ptr %18, i64 %192
  store <2 x float> %182, ptr %193, align 4
  %194 = mul nsw i64 %121, 10
  %195 = add nsw i64 %194, 8
  %196 = add nsw i64 %118, %195
  %197 = getelementptr inbounds float, ptr %18, i64 %196
  store <2 x float> %183, ptr %197, align 4
  %198 = mul nsw i64 %122, 10
  %199 = add nsw i64 %198, 8
  %200 = add nsw i64 %118, %199
  %201 = getelementptr inbounds float, ptr %18, i64 %200
  store <2 x float> %184, ptr %201, align 4
  %202 = mul nsw i64 %123, 10
  %203 = add nsw i64 %202, 8
  %204 = add nsw i64 %118, %203
  %205 = getelementptr inbounds float, ptr %18, i64 %204
  store <2 x float> %185, ptr %205, align 4
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @h.k6(ptr %0, i64 %1, i64 %2) #1 {
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
  br label %loop1, !llvm.loop !16

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @h(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [4 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [4 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [2 x ptr], align 8
  %11 = call i32 @ftc_rt_alloc(ptr %3, i64 1408)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok

fail:                                             ; preds = %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %11, %entry ], [ %17, %ok ], [ %23, %ok1 ], [ %32, %ok2 ], [ %40, %ok3 ], [ %50, %ok4 ], [ %57, %ok5 ], [ %62, %ok6 ]
  %13 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %13)
  ret i32 %status

ok:                                               ; preds = %entry
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds i8, ptr %14, i64 0
  %16 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %15, ptr %16, align 8
  %17 = call i32 @h.k0(ptr %4, i64 0, i64 10)
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %19 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %14, i64 448
  %22 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %21, ptr %22, align 8
  %23 = call i32 @f.k0(ptr %5, i64 0, i64 1)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %25 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %14, i64 0
  %27 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %14, i64 512
  %29 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %14, i64 960
  %31 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %30, ptr %31, align 8
  %32 = call i32 @h.k2(ptr %6, i64 0, i64 1)
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %34 = getelementptr inbounds i8, ptr %14, i64 448
  %35 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %14, i64 0
  %37 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %14, i64 64
  %39 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %38, ptr %39, align 8
  %40 = call i32 @h.k3(ptr %7, i64 0, i64 10)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %42 = getelementptr inbounds i8, ptr %14, i64 512
  %43 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %14, i64 64
  %45 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %14, i64 0
  %47 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %46, ptr %47, align 8
  %48 = getelementptr inbounds i8, ptr %14, i64 960
  %49 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %48, ptr %49, align 8
  %50 = call i32 @h.k4(ptr %8, i64 0, i64 10)
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %52 = getelementptr inbounds i8, ptr %14, i64 960
  %53 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %0, ptr %54, align 8
  %55 = getelementptr inbounds i8, ptr %14, i64 0
  %56 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %55, ptr %56, align 8
  %57 = call i32 @h.k5(ptr %9, i64 0, i64 1)
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %59 = getelementptr inbounds i8, ptr %14, i64 0
  %60 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %59, ptr %60, align 8
  %61 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %61, align 8
  %62 = call i32 @h.k6(ptr %10, i64 0, i64 10)
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %64 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %64)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @jf.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !17

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @jf.k3(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca [50 x float], align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <8 x float>, align 16
  %9 = alloca <2 x float>, align 16
  %10 = alloca <2 x float>, align 16
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %14 = getelementptr inbounds ptr, ptr %0, i64 0
  %15 = load ptr, ptr %14, align 8
  %16 = getelementptr inbounds ptr, ptr %0, i64 1
  %17 = load ptr, ptr %16, align 8
  %18 = getelementptr inbounds ptr, ptr %0, i64 2
  %19 = load ptr, ptr %18, align 8
  %20 = getelementptr inbounds ptr, ptr %0, i64 3
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds ptr, ptr %0, i64 4
  %23 = load ptr, ptr %22, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %25, %latch ]
  %24 = icmp slt i64 %i, 10
  br i1 %24, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %25 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %34, %latch3 ]
  %26 = icmp slt i64 %i5, 10
  br i1 %26, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %27 = mul nsw i64 %i5, 10
  %28 = add nsw i64 %27, %i
  %29 = getelementptr inbounds float, ptr %17, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = mul nsw i64 %i, 10
  %32 = add nsw i64 %31, %i5
  %33 = getelementptr inbounds float, ptr %23, i64 %32
  store float %30, ptr %33, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %34 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !18

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %36, %latch8 ]
  %35 = icmp slt i64 %i10, 1
  br i1 %35, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %36 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %49, %latch13 ]
  %37 = icmp slt i64 %i15, 2
  br i1 %37, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %38 = mul nsw i64 %i15, 5
  %39 = icmp sgt i64 %38, 5
  %40 = select i1 %39, i64 5, i64 %38
  %41 = mul nsw i64 %i10, 100
  %42 = mul nsw i64 %i10, 100
  %43 = mul nsw i64 %i10, 100
  %44 = add nsw i64 %40, 0
  %45 = add nsw i64 %40, 1
  %46 = add nsw i64 %40, 2
  %47 = add nsw i64 %40, 3
  %48 = add nsw i64 %40, 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  br label %loop16

latch13:                                          ; preds = %exit29
  %49 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %106, %latch18 ]
  %50 = icmp slt i64 %i20, 10
  br i1 %50, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %51 = mul nsw i64 %i20, 10
  %52 = add nsw i64 %51, 0
  %53 = add nsw i64 %42, %52
  %54 = getelementptr inbounds float, ptr %23, i64 %53
  %55 = load <8 x float>, ptr %54, align 4
  %56 = mul nsw i64 %44, 10
  %57 = add nsw i64 %56, %i20
  %58 = add nsw i64 %41, %57
  %59 = getelementptr inbounds float, ptr %15, i64 %58
  %60 = load float, ptr %59, align 4
  %61 = insertelement <8 x float> poison, float %60, i32 0
  %62 = shufflevector <8 x float> %61, <8 x float> poison, <8 x i32> zeroinitializer
  %63 = load <8 x float>, ptr %4, align 4
  %64 = fmul contract <8 x float> %62, %55
  %65 = fadd contract <8 x float> %63, %64
  store <8 x float> %65, ptr %4, align 4
  %66 = mul nsw i64 %45, 10
  %67 = add nsw i64 %66, %i20
  %68 = add nsw i64 %41, %67
  %69 = getelementptr inbounds float, ptr %15, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = insertelement <8 x float> poison, float %70, i32 0
  %72 = shufflevector <8 x float> %71, <8 x float> poison, <8 x i32> zeroinitializer
  %73 = load <8 x float>, ptr %5, align 4
  %74 = fmul contract <8 x float> %72, %55
  %75 = fadd contract <8 x float> %73, %74
  store <8 x float> %75, ptr %5, align 4
  %76 = mul nsw i64 %46, 10
  %77 = add nsw i64 %76, %i20
  %78 = add nsw i64 %41, %77
  %79 = getelementptr inbounds float, ptr %15, i64 %78
  %80 = load float, ptr %79, align 4
  %81 = insertelement <8 x float> poison, float %80, i32 0
  %82 = shufflevector <8 x float> %81, <8 x float> poison, <8 x i32> zeroinitializer
  %83 = load <8 x float>, ptr %6, align 4
  %84 = fmul contract <8 x float> %82, %55
  %85 = fadd contract <8 x float> %83, %84
  store <8 x float> %85, ptr %6, align 4
  %86 = mul nsw i64 %47, 10
  %87 = add nsw i64 %86, %i20
  %88 = add nsw i64 %41, %87
  %89 = getelementptr inbounds float, ptr %15, i64 %88
  %90 = load float, ptr %89, align 4
  %91 = insertelement <8 x float> poison, float %90, i32 0
  %92 = shufflevector <8 x float> %91, <8 x float> poison, <8 x i32> zeroinitializer
  %93 = load <8 x float>, ptr %7, align 4
  %94 = fmul contract <8 x float> %92, %55
  %95 = fadd contract <8 x float> %93, %94
  store <8 x float> %95, ptr %7, align 4
  %96 = mul nsw i64 %48, 10
  %97 = add nsw i64 %96, %i20
  %98 = add nsw i64 %41, %97
  %99 = getelementptr inbounds float, ptr %15, i64 %98
  %100 = load float, ptr %99, align 4
  %101 = insertelement <8 x float> poison, float %100, i32 0
  %102 = shufflevector <8 x float> %101, <8 x float> poison, <8 x i32> zeroinitializer
  %103 = load <8 x float>, ptr %8, align 4
  %104 = fmul contract <8 x float> %102, %55
  %105 = fadd contract <8 x float> %103, %104
  store <8 x float> %105, ptr %8, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %106 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !19

exit19:                                           ; preds = %loop16
  %107 = load <8 x float>, ptr %4, align 4
  %108 = load <8 x float>, ptr %5, align 4
  %109 = load <8 x float>, ptr %6, align 4
  %110 = load <8 x float>, ptr %7, align 4
  %111 = load <8 x float>, ptr %8, align 4
  %112 = getelementptr inbounds float, ptr %3, i64 0
  store <8 x float> %107, ptr %112, align 4
  %113 = getelementptr inbounds float, ptr %3, i64 10
  store <8 x float> %108, ptr %113, align 4
  %114 = getelementptr inbounds float, ptr %3, i64 20
  store <8 x float> %109, ptr %114, align 4
  %115 = getelementptr inbounds float, ptr %3, i64 30
  store <8 x float> %110, ptr %115, align 4
  %116 = getelementptr inbounds float, ptr %3, i64 40
  store <8 x float> %111, ptr %116, align 4
  %117 = mul nsw i64 %i10, 100
  %118 = mul nsw i64 %i10, 100
  %119 = mul nsw i64 %i10, 100
  %120 = add nsw i64 %40, 0
  %121 = add nsw i64 %40, 1
  %122 = add nsw i64 %40, 2
  %123 = add nsw i64 %40, 3
  %124 = add nsw i64 %40, 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %181, %latch23 ]
  %125 = icmp slt i64 %i25, 10
  br i1 %125, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %126 = mul nsw i64 %i25, 10
  %127 = add nsw i64 %126, 8
  %128 = add nsw i64 %118, %127
  %129 = getelementptr inbounds float, ptr %23, i64 %128
  %130 = load <2 x float>, ptr %129, align 4
  %131 = mul nsw i64 %120, 10
  %132 = add nsw i64 %131, %i25
  %133 = add nsw i64 %117, %132
  %134 = getelementptr inbounds float, ptr %15, i64 %133
  %135 = load float, ptr %134, align 4
  %136 = insertelement <2 x float> poison, float %135, i32 0
  %137 = shufflevector <2 x float> %136, <2 x float> poison, <2 x i32> zeroinitializer
  %138 = load <2 x float>, ptr %9, align 4
  %139 = fmul contract <2 x float> %137, %130
  %140 = fadd contract <2 x float> %138, %139
  store <2 x float> %140, ptr %9, align 4
  %141 = mul nsw i64 %121, 10
  %142 = add nsw i64 %141, %i25
  %143 = add nsw i64 %117, %142
  %144 = getelementptr inbounds float, ptr %15, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = insertelement <2 x float> poison, float %145, i32 0
  %147 = shufflevector <2 x float> %146, <2 x float> poison, <2 x i32> zeroinitializer
  %148 = load <2 x float>, ptr %10, align 4
  %149 = fmul contract <2 x float> %147, %130
  %150 = fadd contract <2 x float> %148, %149
  store <2 x float> %150, ptr %10, align 4
  %151 = mul nsw i64 %122, 10
  %152 = add nsw i64 %151, %i25
  %153 = add nsw i64 %117, %152
  %154 = getelementptr inbounds float, ptr %15, i64 %153
  %155 = load float, ptr %154, align 4
  %156 = insertelement <2 x float> poison, float %155, i32 0
  %157 = shufflevector <2 x float> %156, <2 x float> poison, <2 x i32> zeroinitializer
  %158 = load <2 x float>, ptr %11, align 4
  %159 = fmul contract <2 x float> %157, %130
  %160 = fadd contract <2 x float> %158, %159
  store <2 x float> %160, ptr %11, align 4
  %161 = mul nsw i64 %123, 10
  %162 = add nsw i64 %161, %i25
  %163 = add nsw i64 %117, %162
  %164 = getelementptr inbounds float, ptr %15, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = insertelement <2 x float> poison, float %165, i32 0
  %167 = shufflevector <2 x float> %166, <2 x float> poison, <2 x i32> zeroinitializer
  %168 = load <2 x float>, ptr %12, align 4
  %169 = fmul contract <2 x float> %167, %130
  %170 = fadd contract <2 x float> %168, %169
  store <2 x float> %170, ptr %12, align 4
  %171 = mul nsw i64 %124, 10
  %172 = add nsw i64 %171, %i25
  %173 = add nsw i64 %117, %172
  %174 = getelementptr inbounds float, ptr %15, i64 %173
  %175 = load float, ptr %174, align 4
  %176 = insertelement <2 x float> poison, float %175, i32 0
  %177 = shufflevector <2 x float> %176, <2 x float> poison, <2 x i32> zeroinitializer
  %178 = load <2 x float>, ptr %13, align 4
  %179 = fmul contract <2 x float> %177, %130
  %180 = fadd contract <2 x float> %178, %179
  store <2 x float> %180, ptr %13, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %181 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !20

exit24:                                           ; preds = %loop21
  %182 = load <2 x float>, ptr %9, align 4
  %183 = load <2 x float>, ptr %10, align 4
  %184 = load <2 x float>, ptr %11, align 4
  %185 = load <2 x float>, ptr %12, align 4
  %186 = load <2 x float>, ptr %13, align 4
  %187 = getelementptr inbounds float, ptr %3, i64 8
  store <2 x float> %182, ptr %187, align 4
  %188 = getelementptr inbounds float, ptr %3, i64 18
  store <2 x float> %183, ptr %188, align 4
  %189 = getelementptr inbounds float, ptr %3, i64 28
  store <2 x float> %184, ptr %189, align 4
  %190 = getelementptr inbounds float, ptr %3, i64 38
  store <2 x float> %185, ptr %190, align 4
  %191 = getelementptr inbounds float, ptr %3, i64 48
  store <2 x float> %186, ptr %191, align 4
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %199, %latch28 ]
  %192 = icmp slt i64 %i30, 5
  br i1 %192, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %193 = add nsw i64 %40, %i30
  %194 = mul nsw i64 %i10, 10
  %195 = add nsw i64 %194, %193
  %196 = mul nsw i64 %195, 10
  %197 = mul nsw i64 %i30, 10
  %198 = getelementptr inbounds float, ptr %3, i64 %197
  br label %loop31

latch28:                                          ; preds = %exit34
  %199 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !21

exit29:                                           ; preds = %loop26
  br label %latch13

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %208, %latch33 ]
  %200 = icmp slt i64 %i35, 10
  br i1 %200, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %201 = getelementptr inbounds float, ptr %198, i64 %i35
  %202 = load float, ptr %201, align 4
  %203 = getelementptr inbounds float, ptr %19, i64 %193
  %204 = load float, ptr %203, align 4
  %205 = fmul float %202, %204
  %206 = add nsw i64 %196, %i35
  %207 = getelementptr inbounds float, ptr %21, i64 %206
  store float %205, ptr %207, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %208 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !22

exit34:                                           ; preds = %loop31
  br label %latch28
}

; Function Attrs: nounwind
define i32 @jf(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [5 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %3, i64 1024)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %14, %ok ], [ %20, %ok1 ], [ %26, %ok2 ], [ %36, %ok3 ]
  %10 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  %13 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %12, ptr %13, align 8
  %14 = call i32 @h.k0(ptr %4, i64 0, i64 10)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %11, i64 448
  %19 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %18, ptr %19, align 8
  %20 = call i32 @f.k0(ptr %5, i64 0, i64 1)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %22 = getelementptr inbounds i8, ptr %11, i64 448
  %23 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %11, i64 512
  %25 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %24, ptr %25, align 8
  %26 = call i32 @jf.k2(ptr %6, i64 0, i64 10)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %28 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %11, i64 0
  %30 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %11, i64 512
  %32 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %7, i64 3
  store ptr %2, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %11, i64 576
  %35 = getelementptr inbounds ptr, ptr %7, i64 4
  store ptr %34, ptr %35, align 8
  %36 = call i32 @jf.k3(ptr %7, i64 0, i64 1)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %38 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %38)
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
  br label %loop1, !llvm.loop !23

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @jr.k3(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <2 x float>, align 16
  %9 = alloca <2 x float>, align 16
  %10 = alloca <2 x float>, align 16
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %13 = getelementptr inbounds ptr, ptr %0, i64 0
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 1
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 2
  %18 = load ptr, ptr %17, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %20, %latch ]
  %19 = icmp slt i64 %i, 1
  br i1 %19, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %20 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %33, %latch3 ]
  %21 = icmp slt i64 %i5, 2
  br i1 %21, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %22 = mul nsw i64 %i5, 5
  %23 = icmp sgt i64 %22, 5
  %24 = select i1 %23, i64 5, i64 %22
  %25 = mul nsw i64 %i, 100
  %26 = mul nsw i64 %i, 100
  %27 = mul nsw i64 %i, 100
  %28 = add nsw i64 %24, 0
  %29 = add nsw i64 %24, 1
  %30 = add nsw i64 %24, 2
  %31 = add nsw i64 %24, 3
  %32 = add nsw i64 %24, 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %33 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %90, %latch8 ]
  %34 = icmp slt i64 %i10, 10
  br i1 %34, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %35 = mul nsw i64 %i10, 10
  %36 = add nsw i64 %35, 0
  %37 = add nsw i64 %26, %36
  %38 = getelementptr inbounds float, ptr %16, i64 %37
  %39 = load <8 x float>, ptr %38, align 4
  %40 = mul nsw i64 %28, 10
  %41 = add nsw i64 %40, %i10
  %42 = add nsw i64 %25, %41
  %43 = getelementptr inbounds float, ptr %14, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = insertelement <8 x float> poison, float %44, i32 0
  %46 = shufflevector <8 x float> %45, <8 x float> poison, <8 x i32> zeroinitializer
  %47 = load <8 x float>, ptr %3, align 4
  %48 = fmul contract <8 x float> %46, %39
  %49 = fadd contract <8 x float> %47, %48
  store <8 x float> %49, ptr %3, align 4
  %50 = mul nsw i64 %29, 10
  %51 = add nsw i64 %50, %i10
  %52 = add nsw i64 %25, %51
  %53 = getelementptr inbounds float, ptr %14, i64 %52
  %54 = load float, ptr %53, align 4
  %55 = insertelement <8 x float> poison, float %54, i32 0
  %56 = shufflevector <8 x float> %55, <8 x float> poison, <8 x i32> zeroinitializer
  %57 = load <8 x float>, ptr %4, align 4
  %58 = fmul contract <8 x float> %56, %39
  %59 = fadd contract <8 x float> %57, %58
  store <8 x float> %59, ptr %4, align 4
  %60 = mul nsw i64 %30, 10
  %61 = add nsw i64 %60, %i10
  %62 = add nsw i64 %25, %61
  %63 = getelementptr inbounds float, ptr %14, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = insertelement <8 x float> poison, float %64, i32 0
  %66 = shufflevector <8 x float> %65, <8 x float> poison, <8 x i32> zeroinitializer
  %67 = load <8 x float>, ptr %5, align 4
  %68 = fmul contract <8 x float> %66, %39
  %69 = fadd contract <8 x float> %67, %68
  store <8 x float> %69, ptr %5, align 4
  %70 = mul nsw i64 %31, 10
  %71 = add nsw i64 %70, %i10
  %72 = add nsw i64 %25, %71
  %73 = getelementptr inbounds float, ptr %14, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = insertelement <8 x float> poison, float %74, i32 0
  %76 = shufflevector <8 x float> %75, <8 x float> poison, <8 x i32> zeroinitializer
  %77 = load <8 x float>, ptr %6, align 4
  %78 = fmul contract <8 x float> %76, %39
  %79 = fadd contract <8 x float> %77, %78
  store <8 x float> %79, ptr %6, align 4
  %80 = mul nsw i64 %32, 10
  %81 = add nsw i64 %80, %i10
  %82 = add nsw i64 %25, %81
  %83 = getelementptr inbounds float, ptr %14, i64 %82
  %84 = load float, ptr %83, align 4
  %85 = insertelement <8 x float> poison, float %84, i32 0
  %86 = shufflevector <8 x float> %85, <8 x float> poison, <8 x i32> zeroinitializer
  %87 = load <8 x float>, ptr %7, align 4
  %88 = fmul contract <8 x float> %86, %39
  %89 = fadd contract <8 x float> %87, %88
  store <8 x float> %89, ptr %7, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %90 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !24

exit9:                                            ; preds = %loop6
  %91 = load <8 x float>, ptr %3, align 4
  %92 = load <8 x float>, ptr %4, align 4
  %93 = load <8 x float>, ptr %5, align 4
  %94 = load <8 x float>, ptr %6, align 4
  %95 = load <8 x float>, ptr %7, align 4
  %96 = mul nsw i64 %28, 10
  %97 = add nsw i64 %96, 0
  %98 = add nsw i64 %27, %97
  %99 = getelementptr inbounds float, ptr %18, i64 %98
  store <8 x float> %91, ptr %99, align 4
  %100 = mul nsw i64 %29, 10
  %101 = add nsw i64 %100, 0
  %102 = add nsw i64 %27, %101
  %103 = getelementptr inbounds float, ptr %18, i64 %102
  store <8 x float> %92, ptr %103, align 4
  %104 = mul nsw i64 %30, 10
  %105 = add nsw i64 %104, 0
  %106 = add nsw i64 %27, %105
  %107 = getelementptr inbounds float, ptr %18, i64 %106
  store <8 x float> %93, ptr %107, align 4
  %108 = mul nsw i64 %31, 10
  %109 = add nsw i64 %108, 0
  %110 = add nsw i64 %27, %109
  %111 = getelementptr inbounds float, ptr %18, i64 %110
  store <8 x float> %94, ptr %111, align 4
  %112 = mul nsw i64 %32, 10
  %113 = add nsw i64 %112, 0
  %114 = add nsw i64 %27, %113
  %115 = getelementptr inbounds float, ptr %18, i64 %114
  store <8 x float> %95, ptr %115, align 4
  %116 = mul nsw i64 %i, 100
  %117 = mul nsw i64 %i, 100
  %118 = mul nsw i64 %i, 100
  %119 = add nsw i64 %24, 0
  %120 = add nsw i64 %24, 1
  %121 = add nsw i64 %24, 2
  %122 = add nsw i64 %24, 3
  %123 = add nsw i64 %24, 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %180, %latch13 ]
  %124 = icmp slt i64 %i15, 10
  br i1 %124, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %125 = mul nsw i64 %i15, 10
  %126 = add nsw i64 %125, 8
  %127 = add nsw i64 %117, %126
  %128 = getelementptr inbounds float, ptr %16, i64 %127
  %129 = load <2 x float>, ptr %128, align 4
  %130 = mul nsw i64 %119, 10
  %131 = add nsw i64 %130, %i15
  %132 = add nsw i64 %116, %131
  %133 = getelementptr inbounds float, ptr %14, i64 %132
  %134 = load float, ptr %133, align 4
  %135 = insertelement <2 x float> poison, float %134, i32 0
  %136 = shufflevector <2 x float> %135, <2 x float> poison, <2 x i32> zeroinitializer
  %137 = load <2 x float>, ptr %8, align 4
  %138 = fmul contract <2 x float> %136, %129
  %139 = fadd contract <2 x float> %137, %138
  store <2 x float> %139, ptr %8, align 4
  %140 = mul nsw i64 %120, 10
  %141 = add nsw i64 %140, %i15
  %142 = add nsw i64 %116, %141
  %143 = getelementptr inbounds float, ptr %14, i64 %142
  %144 = load float, ptr %143, align 4
  %145 = insertelement <2 x float> poison, float %144, i32 0
  %146 = shufflevector <2 x float> %145, <2 x float> poison, <2 x i32> zeroinitializer
  %147 = load <2 x float>, ptr %9, align 4
  %148 = fmul contract <2 x float> %146, %129
  %149 = fadd contract <2 x float> %147, %148
  store <2 x float> %149, ptr %9, align 4
  %150 = mul nsw i64 %121, 10
  %151 = add nsw i64 %150, %i15
  %152 = add nsw i64 %116, %151
  %153 = getelementptr inbounds float, ptr %14, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = insertelement <2 x float> poison, float %154, i32 0
  %156 = shufflevector <2 x float> %155, <2 x float> poison, <2 x i32> zeroinitializer
  %157 = load <2 x float>, ptr %10, align 4
  %158 = fmul contract <2 x float> %156, %129
  %159 = fadd contract <2 x float> %157, %158
  store <2 x float> %159, ptr %10, align 4
  %160 = mul nsw i64 %122, 10
  %161 = add nsw i64 %160, %i15
  %162 = add nsw i64 %116, %161
  %163 = getelementptr inbounds float, ptr %14, i64 %162
  %164 = load float, ptr %163, align 4
  %165 = insertelement <2 x float> poison, float %164, i32 0
  %166 = shufflevector <2 x float> %165, <2 x float> poison, <2 x i32> zeroinitializer
  %167 = load <2 x float>, ptr %11, align 4
  %168 = fmul contract <2 x float> %166, %129
  %169 = fadd contract <2 x float> %167, %168
  store <2 x float> %169, ptr %11, align 4
  %170 = mul nsw i64 %123, 10
  %171 = add nsw i64 %170, %i15
  %172 = add nsw i64 %116, %171
  %173 = getelementptr inbounds float, ptr %14, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = insertelement <2 x float> poison, float %174, i32 0
  %176 = shufflevector <2 x float> %175, <2 x float> poison, <2 x i32> zeroinitializer
  %177 = load <2 x float>, ptr %12, align 4
  %178 = fmul contract <2 x float> %176, %129
  %179 = fadd contract <2 x float> %177, %178
  store <2 x float> %179, ptr %12, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %180 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !25

exit14:                                           ; preds = %loop11
  %181 = load <2 x float>, ptr %8, align 4
  %182 = load <2 x float>, ptr %9, align 4
  %183 = load <2 x float>, ptr %10, align 4
  %184 = load <2 x float>, ptr %11, align 4
  %185 = load <2 x float>, ptr %12, align 4
  %186 = mul nsw i64 %119, 10
  %187 = add nsw i64 %186, 8
  %188 = add nsw i64 %118, %187
  %189 = getelementptr inbounds float, ptr %18, i64 %188
  store <2 x float> %181, ptr %189, align 4
  %190 = mul nsw i64 %120, 10
  %191 = add nsw i64 %190, 8
  %192 = add nsw i64 %118, %191
  %193 = getelementptr inbounds float, ptr %18, i64 %192
  store <2 x float> %182, ptr %193, align 4
  %194 = mul nsw i64 %121, 10
  %195 = add nsw i64 %194, 8
  %196 = add nsw i64 %118, %195
  %197 = getelementptr inbounds float, ptr %18, i64 %196
  store <2 x float> %183, ptr %197, align 4
  %198 = mul nsw i64 %122, 10
  %199 = add nsw i64 %198, 8
  %200 = add nsw i64 %118, %199
  %201 = getelementptr inbounds float, ptr %18, i64 %200
  store <2 x float> %184, ptr %201, align 4
  %202 = mul nsw i64 %123, 10
  %203 = add nsw i64 %202, 8
  %204 = add nsw i64 %118, %203
  %205 = getelementptr inbounds float, ptr %18, i64 %204
  store <2 x float> %185, ptr %205, align 4
  br label %latch3
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
  %22 = call i32 @jf.k2(ptr %5, i64 0, i64 10)
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
!2 = distinct !{!2, !3, !4, !1}
!3 = !{!"llvm.loop.vectorize.enable", i1 true}
!4 = !{!"llvm.loop.vectorize.width", i32 16}
!5 = distinct !{!5, !6, !1}
!6 = !{!"llvm.loop.vectorize.width", i32 8}
!7 = distinct !{!7, !6, !1}
!8 = distinct !{!8, !1}
!9 = distinct !{!9, !10, !1}
!10 = !{!"llvm.loop.vectorize.enable", i1 false}
!11 = distinct !{!11, !10, !1}
!12 = distinct !{!12, !6, !1}
!13 = distinct !{!13, !6, !1}
!14 = distinct !{!14, !10, !1}
!15 = distinct !{!15, !10, !1}
!16 = distinct !{!16, !6, !1}
!17 = distinct !{!17, !6, !1}
!18 = distinct !{!18, !1}
!19 = distinct !{!19, !10, !1}
!20 = distinct !{!20, !10, !1}
!21 = distinct !{!21, !10, !1}
!22 = distinct !{!22, !3, !6, !1}
!23 = distinct !{!23, !6, !1}
!24 = distinct !{!24, !10, !1}
!25 = distinct !{!25, !10, !1}
