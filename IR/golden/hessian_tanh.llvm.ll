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
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  %19 = alloca <8 x float>, align 16
  %20 = alloca <8 x float>, align 16
  %21 = alloca <2 x float>, align 16
  %22 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %23 = getelementptr inbounds ptr, ptr %0, i64 0
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds ptr, ptr %0, i64 1
  %26 = load ptr, ptr %25, align 8
  %27 = getelementptr inbounds ptr, ptr %0, i64 2
  %28 = load ptr, ptr %27, align 8
  %29 = getelementptr inbounds ptr, ptr %0, i64 3
  %30 = load ptr, ptr %29, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %32, %latch ]
  %31 = icmp slt i64 %i, 10
  br i1 %31, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %32 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %41, %latch3 ]
  %33 = icmp slt i64 %i5, 10
  br i1 %33, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %34 = mul nsw i64 %i5, 10
  %35 = add nsw i64 %34, %i
  %36 = getelementptr inbounds float, ptr %26, i64 %35
  %37 = load float, ptr %36, align 4
  %38 = mul nsw i64 %i, 10
  %39 = add nsw i64 %38, %i5
  %40 = getelementptr inbounds float, ptr %30, i64 %39
  store float %37, ptr %40, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %41 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !8

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %43, %latch8 ]
  %42 = icmp slt i64 %i10, 1
  br i1 %42, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit34
  %43 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %57, %latch13 ]
  %44 = icmp slt i64 %i15, 1
  br i1 %44, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %45 = mul nsw i64 %i15, 8
  %46 = mul nsw i64 %i10, 100
  %47 = mul nsw i64 %i10, 100
  %48 = mul nsw i64 %i10, 100
  %49 = add nsw i64 %45, 0
  %50 = add nsw i64 %45, 1
  %51 = add nsw i64 %45, 2
  %52 = add nsw i64 %45, 3
  %53 = add nsw i64 %45, 4
  %54 = add nsw i64 %45, 5
  %55 = add nsw i64 %45, 6
  %56 = add nsw i64 %45, 7
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop16

latch13:                                          ; preds = %exit24
  %57 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %58 = mul nsw i64 %i10, 100
  %59 = mul nsw i64 %i10, 100
  %60 = mul nsw i64 %i10, 100
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %20, align 4
  br label %loop26

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %147, %latch18 ]
  %61 = icmp slt i64 %i20, 10
  br i1 %61, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %62 = mul nsw i64 %i20, 10
  %63 = add nsw i64 %62, 0
  %64 = add nsw i64 %47, %63
  %65 = getelementptr inbounds float, ptr %30, i64 %64
  %66 = load <8 x float>, ptr %65, align 4
  %67 = mul nsw i64 %49, 10
  %68 = add nsw i64 %67, %i20
  %69 = add nsw i64 %46, %68
  %70 = getelementptr inbounds float, ptr %24, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <8 x float> poison, float %71, i32 0
  %73 = shufflevector <8 x float> %72, <8 x float> poison, <8 x i32> zeroinitializer
  %74 = load <8 x float>, ptr %3, align 4
  %75 = fmul contract <8 x float> %73, %66
  %76 = fadd contract <8 x float> %74, %75
  store <8 x float> %76, ptr %3, align 4
  %77 = mul nsw i64 %50, 10
  %78 = add nsw i64 %77, %i20
  %79 = add nsw i64 %46, %78
  %80 = getelementptr inbounds float, ptr %24, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = insertelement <8 x float> poison, float %81, i32 0
  %83 = shufflevector <8 x float> %82, <8 x float> poison, <8 x i32> zeroinitializer
  %84 = load <8 x float>, ptr %4, align 4
  %85 = fmul contract <8 x float> %83, %66
  %86 = fadd contract <8 x float> %84, %85
  store <8 x float> %86, ptr %4, align 4
  %87 = mul nsw i64 %51, 10
  %88 = add nsw i64 %87, %i20
  %89 = add nsw i64 %46, %88
  %90 = getelementptr inbounds float, ptr %24, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = insertelement <8 x float> poison, float %91, i32 0
  %93 = shufflevector <8 x float> %92, <8 x float> poison, <8 x i32> zeroinitializer
  %94 = load <8 x float>, ptr %5, align 4
  %95 = fmul contract <8 x float> %93, %66
  %96 = fadd contract <8 x float> %94, %95
  store <8 x float> %96, ptr %5, align 4
  %97 = mul nsw i64 %52, 10
  %98 = add nsw i64 %97, %i20
  %99 = add nsw i64 %46, %98
  %100 = getelementptr inbounds float, ptr %24, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = insertelement <8 x float> poison, float %101, i32 0
  %103 = shufflevector <8 x float> %102, <8 x float> poison, <8 x i32> zeroinitializer
  %104 = load <8 x float>, ptr %6, align 4
  %105 = fmul contract <8 x float> %103, %66
  %106 = fadd contract <8 x float> %104, %105
  store <8 x float> %106, ptr %6, align 4
  %107 = mul nsw i64 %53, 10
  %108 = add nsw i64 %107, %i20
  %109 = add nsw i64 %46, %108
  %110 = getelementptr inbounds float, ptr %24, i64 %109
  %111 = load float, ptr %110, align 4
  %112 = insertelement <8 x float> poison, float %111, i32 0
  %113 = shufflevector <8 x float> %112, <8 x float> poison, <8 x i32> zeroinitializer
  %114 = load <8 x float>, ptr %7, align 4
  %115 = fmul contract <8 x float> %113, %66
  %116 = fadd contract <8 x float> %114, %115
  store <8 x float> %116, ptr %7, align 4
  %117 = mul nsw i64 %54, 10
  %118 = add nsw i64 %117, %i20
  %119 = add nsw i64 %46, %118
  %120 = getelementptr inbounds float, ptr %24, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = insertelement <8 x float> poison, float %121, i32 0
  %123 = shufflevector <8 x float> %122, <8 x float> poison, <8 x i32> zeroinitializer
  %124 = load <8 x float>, ptr %8, align 4
  %125 = fmul contract <8 x float> %123, %66
  %126 = fadd contract <8 x float> %124, %125
  store <8 x float> %126, ptr %8, align 4
  %127 = mul nsw i64 %55, 10
  %128 = add nsw i64 %127, %i20
  %129 = add nsw i64 %46, %128
  %130 = getelementptr inbounds float, ptr %24, i64 %129
  %131 = load float, ptr %130, align 4
  %132 = insertelement <8 x float> poison, float %131, i32 0
  %133 = shufflevector <8 x float> %132, <8 x float> poison, <8 x i32> zeroinitializer
  %134 = load <8 x float>, ptr %9, align 4
  %135 = fmul contract <8 x float> %133, %66
  %136 = fadd contract <8 x float> %134, %135
  store <8 x float> %136, ptr %9, align 4
  %137 = mul nsw i64 %56, 10
  %138 = add nsw i64 %137, %i20
  %139 = add nsw i64 %46, %138
  %140 = getelementptr inbounds float, ptr %24, i64 %139
  %141 = load float, ptr %140, align 4
  %142 = insertelement <8 x float> poison, float %141, i32 0
  %143 = shufflevector <8 x float> %142, <8 x float> poison, <8 x i32> zeroinitializer
  %144 = load <8 x float>, ptr %10, align 4
  %145 = fmul contract <8 x float> %143, %66
  %146 = fadd contract <8 x float> %144, %145
  store <8 x float> %146, ptr %10, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %147 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !10

exit19:                                           ; preds = %loop16
  %148 = load <8 x float>, ptr %3, align 4
  %149 = load <8 x float>, ptr %4, align 4
  %150 = load <8 x float>, ptr %5, align 4
  %151 = load <8 x float>, ptr %6, align 4
  %152 = load <8 x float>, ptr %7, align 4
  %153 = load <8 x float>, ptr %8, align 4
  %154 = load <8 x float>, ptr %9, align 4
  %155 = load <8 x float>, ptr %10, align 4
  %156 = mul nsw i64 %49, 10
  %157 = add nsw i64 %156, 0
  %158 = add nsw i64 %48, %157
  %159 = getelementptr inbounds float, ptr %28, i64 %158
  store <8 x float> %148, ptr %159, align 4
  %160 = mul nsw i64 %50, 10
  %161 = add nsw i64 %160, 0
  %162 = add nsw i64 %48, %161
  %163 = getelementptr inbounds float, ptr %28, i64 %162
  store <8 x float> %149, ptr %163, align 4
  %164 = mul nsw i64 %51, 10
  %165 = add nsw i64 %164, 0
  %166 = add nsw i64 %48, %165
  %167 = getelementptr inbounds float, ptr %28, i64 %166
  store <8 x float> %150, ptr %167, align 4
  %168 = mul nsw i64 %52, 10
  %169 = add nsw i64 %168, 0
  %170 = add nsw i64 %48, %169
  %171 = getelementptr inbounds float, ptr %28, i64 %170
  store <8 x float> %151, ptr %171, align 4
  %172 = mul nsw i64 %53, 10
  %173 = add nsw i64 %172, 0
  %174 = add nsw i64 %48, %173
  %175 = getelementptr inbounds float, ptr %28, i64 %174
  store <8 x float> %152, ptr %175, align 4
  %176 = mul nsw i64 %54, 10
  %177 = add nsw i64 %176, 0
  %178 = add nsw i64 %48, %177
  %179 = getelementptr inbounds float, ptr %28, i64 %178
  store <8 x float> %153, ptr %179, align 4
  %180 = mul nsw i64 %55, 10
  %181 = add nsw i64 %180, 0
  %182 = add nsw i64 %48, %181
  %183 = getelementptr inbounds float, ptr %28, i64 %182
  store <8 x float> %154, ptr %183, align 4
  %184 = mul nsw i64 %56, 10
  %185 = add nsw i64 %184, 0
  %186 = add nsw i64 %48, %185
  %187 = getelementptr inbounds float, ptr %28, i64 %186
  store <8 x float> %155, ptr %187, align 4
  %188 = mul nsw i64 %i10, 100
  %189 = mul nsw i64 %i10, 100
  %190 = mul nsw i64 %i10, 100
  %191 = add nsw i64 %45, 0
  %192 = add nsw i64 %45, 1
  %193 = add nsw i64 %45, 2
  %194 = add nsw i64 %45, 3
  %195 = add nsw i64 %45, 4
  %196 = add nsw i64 %45, 5
  %197 = add nsw i64 %45, 6
  %198 = add nsw i64 %45, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %285, %latch23 ]
  %199 = icmp slt i64 %i25, 10
  br i1 %199, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %200 = mul nsw i64 %i25, 10
  %201 = add nsw i64 %200, 8
  %202 = add nsw i64 %189, %201
  %203 = getelementptr inbounds float, ptr %30, i64 %202
  %204 = load <2 x float>, ptr %203, align 4
  %205 = mul nsw i64 %191, 10
  %206 = add nsw i64 %205, %i25
  %207 = add nsw i64 %188, %206
  %208 = getelementptr inbounds float, ptr %24, i64 %207
  %209 = load float, ptr %208, align 4
  %210 = insertelement <2 x float> poison, float %209, i32 0
  %211 = shufflevector <2 x float> %210, <2 x float> poison, <2 x i32> zeroinitializer
  %212 = load <2 x float>, ptr %11, align 4
  %213 = fmul contract <2 x float> %211, %204
  %214 = fadd contract <2 x float> %212, %213
  store <2 x float> %214, ptr %11, align 4
  %215 = mul nsw i64 %192, 10
  %216 = add nsw i64 %215, %i25
  %217 = add nsw i64 %188, %216
  %218 = getelementptr inbounds float, ptr %24, i64 %217
  %219 = load float, ptr %218, align 4
  %220 = insertelement <2 x float> poison, float %219, i32 0
  %221 = shufflevector <2 x float> %220, <2 x float> poison, <2 x i32> zeroinitializer
  %222 = load <2 x float>, ptr %12, align 4
  %223 = fmul contract <2 x float> %221, %204
  %224 = fadd contract <2 x float> %222, %223
  store <2 x float> %224, ptr %12, align 4
  %225 = mul nsw i64 %193, 10
  %226 = add nsw i64 %225, %i25
  %227 = add nsw i64 %188, %226
  %228 = getelementptr inbounds float, ptr %24, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = insertelement <2 x float> poison, float %229, i32 0
  %231 = shufflevector <2 x float> %230, <2 x float> poison, <2 x i32> zeroinitializer
  %232 = load <2 x float>, ptr %13, align 4
  %233 = fmul contract <2 x float> %231, %204
  %234 = fadd contract <2 x float> %232, %233
  store <2 x float> %234, ptr %13, align 4
  %235 = mul nsw i64 %194, 10
  %236 = add nsw i64 %235, %i25
  %237 = add nsw i64 %188, %236
  %238 = getelementptr inbounds float, ptr %24, i64 %237
  %239 = load float, ptr %238, align 4
  %240 = insertelement <2 x float> poison, float %239, i32 0
  %241 = shufflevector <2 x float> %240, <2 x float> poison, <2 x i32> zeroinitializer
  %242 = load <2 x float>, ptr %14, align 4
  %243 = fmul contract <2 x float> %241, %204
  %244 = fadd contract <2 x float> %242, %243
  store <2 x float> %244, ptr %14, align 4
  %245 = mul nsw i64 %195, 10
  %246 = add nsw i64 %245, %i25
  %247 = add nsw i64 %188, %246
  %248 = getelementptr inbounds float, ptr %24, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = insertelement <2 x float> poison, float %249, i32 0
  %251 = shufflevector <2 x float> %250, <2 x float> poison, <2 x i32> zeroinitializer
  %252 = load <2 x float>, ptr %15, align 4
  %253 = fmul contract <2 x float> %251, %204
  %254 = fadd contract <2 x float> %252, %253
  store <2 x float> %254, ptr %15, align 4
  %255 = mul nsw i64 %196, 10
  %256 = add nsw i64 %255, %i25
  %257 = add nsw i64 %188, %256
  %258 = getelementptr inbounds float, ptr %24, i64 %257
  %259 = load float, ptr %258, align 4
  %260 = insertelement <2 x float> poison, float %259, i32 0
  %261 = shufflevector <2 x float> %260, <2 x float> poison, <2 x i32> zeroinitializer
  %262 = load <2 x float>, ptr %16, align 4
  %263 = fmul contract <2 x float> %261, %204
  %264 = fadd contract <2 x float> %262, %263
  store <2 x float> %264, ptr %16, align 4
  %265 = mul nsw i64 %197, 10
  %266 = add nsw i64 %265, %i25
  %267 = add nsw i64 %188, %266
  %268 = getelementptr inbounds float, ptr %24, i64 %267
  %269 = load float, ptr %268, align 4
  %270 = insertelement <2 x float> poison, float %269, i32 0
  %271 = shufflevector <2 x float> %270, <2 x float> poison, <2 x i32> zeroinitializer
  %272 = load <2 x float>, ptr %17, align 4
  %273 = fmul contract <2 x float> %271, %204
  %274 = fadd contract <2 x float> %272, %273
  store <2 x float> %274, ptr %17, align 4
  %275 = mul nsw i64 %198, 10
  %276 = add nsw i64 %275, %i25
  %277 = add nsw i64 %188, %276
  %278 = getelementptr inbounds float, ptr %24, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = insertelement <2 x float> poison, float %279, i32 0
  %281 = shufflevector <2 x float> %280, <2 x float> poison, <2 x i32> zeroinitializer
  %282 = load <2 x float>, ptr %18, align 4
  %283 = fmul contract <2 x float> %281, %204
  %284 = fadd contract <2 x float> %282, %283
  store <2 x float> %284, ptr %18, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %285 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !11

exit24:                                           ; preds = %loop21
  %286 = load <2 x float>, ptr %11, align 4
  %287 = load <2 x float>, ptr %12, align 4
  %288 = load <2 x float>, ptr %13, align 4
  %289 = load <2 x float>, ptr %14, align 4
  %290 = load <2 x float>, ptr %15, align 4
  %291 = load <2 x float>, ptr %16, align 4
  %292 = load <2 x float>, ptr %17, align 4
  %293 = load <2 x float>, ptr %18, align 4
  %294 = mul nsw i64 %191, 10
  %295 = add nsw i64 %294, 8
  %296 = add nsw i64 %190, %295
  %297 = getelementptr inbounds float, ptr %28, i64 %296
  store <2 x float> %286, ptr %297, align 4
  %298 = mul nsw i64 %192, 10
  %299 = add nsw i64 %298, 8
  %300 = add nsw i64 %190, %299
  %301 = getelementptr inbounds float, ptr %28, i64 %300
  store <2 x float> %287, ptr %301, align 4
  %302 = mul nsw i64 %193, 10
  %303 = add nsw i64 %302, 8
  %304 = add nsw i64 %190, %303
  %305 = getelementptr inbounds float, ptr %28, i64 %304
  store <2 x float> %288, ptr %305, align 4
  %306 = mul nsw i64 %194, 10
  %307 = add nsw i64 %306, 8
  %308 = add nsw i64 %190, %307
  %309 = getelementptr inbounds float, ptr %28, i64 %308
  store <2 x float> %289, ptr %309, align 4
  %310 = mul nsw i64 %195, 10
  %311 = add nsw i64 %310, 8
  %312 = add nsw i64 %190, %311
  %313 = getelementptr inbounds float, ptr %28, i64 %312
  store <2 x float> %290, ptr %313, align 4
  %314 = mul nsw i64 %196, 10
  %315 = add nsw i64 %314, 8
  %316 = add nsw i64 %190, %315
  %317 = getelementptr inbounds float, ptr %28, i64 %316
  store <2 x float> %291, ptr %317, align 4
  %318 = mul nsw i64 %197, 10
  %319 = add nsw i64 %318, 8
  %320 = add nsw i64 %190, %319
  %321 = getelementptr inbounds float, ptr %28, i64 %320
  store <2 x float> %292, ptr %321, align 4
  %322 = mul nsw i64 %198, 10
  %323 = add nsw i64 %322, 8
  %324 = add nsw i64 %190, %323
  %325 = getelementptr inbounds float, ptr %28, i64 %324
  store <2 x float> %293, ptr %325, align 4
  br label %latch13

loop26:                                           ; preds = %latch28, %exit14
  %i30 = phi i64 [ 0, %exit14 ], [ %350, %latch28 ]
  %326 = icmp slt i64 %i30, 10
  br i1 %326, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %327 = mul nsw i64 %i30, 10
  %328 = add nsw i64 %327, 0
  %329 = add nsw i64 %59, %328
  %330 = getelementptr inbounds float, ptr %30, i64 %329
  %331 = load <8 x float>, ptr %330, align 4
  %332 = add nsw i64 80, %i30
  %333 = add nsw i64 %58, %332
  %334 = getelementptr inbounds float, ptr %24, i64 %333
  %335 = load float, ptr %334, align 4
  %336 = insertelement <8 x float> poison, float %335, i32 0
  %337 = shufflevector <8 x float> %336, <8 x float> poison, <8 x i32> zeroinitializer
  %338 = load <8 x float>, ptr %19, align 4
  %339 = fmul contract <8 x float> %337, %331
  %340 = fadd contract <8 x float> %338, %339
  store <8 x float> %340, ptr %19, align 4
  %341 = add nsw i64 90, %i30
  %342 = add nsw i64 %58, %341
  %343 = getelementptr inbounds float, ptr %24, i64 %342
  %344 = load float, ptr %343, align 4
  %345 = insertelement <8 x float> poison, float %344, i32 0
  %346 = shufflevector <8 x float> %345, <8 x float> poison, <8 x i32> zeroinitializer
  %347 = load <8 x float>, ptr %20, align 4
  %348 = fmul contract <8 x float> %346, %331
  %349 = fadd contract <8 x float> %347, %348
  store <8 x float> %349, ptr %20, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %350 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !12

exit29:                                           ; preds = %loop26
  %351 = load <8 x float>, ptr %19, align 4
  %352 = load <8 x float>, ptr %20, align 4
  %353 = add nsw i64 %60, 80
  %354 = getelementptr inbounds float, ptr %28, i64 %353
  store <8 x float> %351, ptr %354, align 4
  %355 = add nsw i64 %60, 90
  %356 = getelementptr inbounds float, ptr %28, i64 %355
  store <8 x float> %352, ptr %356, align 4
  %357 = mul nsw i64 %i10, 100
  %358 = mul nsw i64 %i10, 100
  %359 = mul nsw i64 %i10, 100
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %21, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %22, align 4
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %384, %latch33 ]
  %360 = icmp slt i64 %i35, 10
  br i1 %360, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %361 = mul nsw i64 %i35, 10
  %362 = add nsw i64 %361, 8
  %363 = add nsw i64 %358, %362
  %364 = getelementptr inbounds float, ptr %30, i64 %363
  %365 = load <2 x float>, ptr %364, align 4
  %366 = add nsw i64 80, %i35
  %367 = add nsw i64 %357, %366
  %368 = getelementptr inbounds float, ptr %24, i64 %367
  %369 = load float, ptr %368, align 4
  %370 = insertelement <2 x float> poison, float %369, i32 0
  %371 = shufflevector <2 x float> %370, <2 x float> poison, <2 x i32> zeroinitializer
  %372 = load <2 x float>, ptr %21, align 4
  %373 = fmul contract <2 x float> %371, %365
  %374 = fadd contract <2 x float> %372, %373
  store <2 x float> %374, ptr %21, align 4
  %375 = add nsw i64 90, %i35
  %376 = add nsw i64 %357, %375
  %377 = getelementptr inbounds float, ptr %24, i64 %376
  %378 = load float, ptr %377, align 4
  %379 = insertelement <2 x float> poison, float %378, i32 0
  %380 = shufflevector <2 x float> %379, <2 x float> poison, <2 x i32> zeroinitializer
  %381 = load <2 x float>, ptr %22, align 4
  %382 = fmul contract <2 x float> %380, %365
  %383 = fadd contract <2 x float> %381, %382
  store <2 x float> %383, ptr %22, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %384 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !13

exit34:                                           ; preds = %loop31
  %385 = load <2 x float>, ptr %21, align 4
  %386 = load <2 x float>, ptr %22, align 4
  %387 = add nsw i64 %359, 88
  %388 = getelementptr inbounds float, ptr %28, i64 %387
  store <2 x float> %385, ptr %388, align 4
  %389 = add nsw i64 %359, 98
  %390 = getelementptr inbounds float, ptr %28, i64 %389
  store <2 x float> %386, ptr %390, align 4
  br label %latch8
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
  br label %loop, !llvm.loop !14

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
  br label %loop6, !llvm.loop !15

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
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  %19 = alloca <8 x float>, align 16
  %20 = alloca <8 x float>, align 16
  %21 = alloca <2 x float>, align 16
  %22 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %23 = getelementptr inbounds ptr, ptr %0, i64 0
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds ptr, ptr %0, i64 1
  %26 = load ptr, ptr %25, align 8
  %27 = getelementptr inbounds ptr, ptr %0, i64 2
  %28 = load ptr, ptr %27, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %30, %latch ]
  %29 = icmp slt i64 %i, 1
  br i1 %29, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit24
  %30 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %44, %latch3 ]
  %31 = icmp slt i64 %i5, 1
  br i1 %31, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %32 = mul nsw i64 %i5, 8
  %33 = mul nsw i64 %i, 100
  %34 = mul nsw i64 %i, 100
  %35 = mul nsw i64 %i, 100
  %36 = add nsw i64 %32, 0
  %37 = add nsw i64 %32, 1
  %38 = add nsw i64 %32, 2
  %39 = add nsw i64 %32, 3
  %40 = add nsw i64 %32, 4
  %41 = add nsw i64 %32, 5
  %42 = add nsw i64 %32, 6
  %43 = add nsw i64 %32, 7
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %44 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %45 = mul nsw i64 %i, 100
  %46 = mul nsw i64 %i, 100
  %47 = mul nsw i64 %i, 100
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %20, align 4
  br label %loop16

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %134, %latch8 ]
  %48 = icmp slt i64 %i10, 10
  br i1 %48, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %49 = mul nsw i64 %i10, 10
  %50 = add nsw i64 %49, 0
  %51 = add nsw i64 %34, %50
  %52 = getelementptr inbounds float, ptr %26, i64 %51
  %53 = load <8 x float>, ptr %52, align 4
  %54 = mul nsw i64 %36, 10
  %55 = add nsw i64 %54, %i10
  %56 = add nsw i64 %33, %55
  %57 = getelementptr inbounds float, ptr %24, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = insertelement <8 x float> poison, float %58, i32 0
  %60 = shufflevector <8 x float> %59, <8 x float> poison, <8 x i32> zeroinitializer
  %61 = load <8 x float>, ptr %3, align 4
  %62 = fmul contract <8 x float> %60, %53
  %63 = fadd contract <8 x float> %61, %62
  store <8 x float> %63, ptr %3, align 4
  %64 = mul nsw i64 %37, 10
  %65 = add nsw i64 %64, %i10
  %66 = add nsw i64 %33, %65
  %67 = getelementptr inbounds float, ptr %24, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = insertelement <8 x float> poison, float %68, i32 0
  %70 = shufflevector <8 x float> %69, <8 x float> poison, <8 x i32> zeroinitializer
  %71 = load <8 x float>, ptr %4, align 4
  %72 = fmul contract <8 x float> %70, %53
  %73 = fadd contract <8 x float> %71, %72
  store <8 x float> %73, ptr %4, align 4
  %74 = mul nsw i64 %38, 10
  %75 = add nsw i64 %74, %i10
  %76 = add nsw i64 %33, %75
  %77 = getelementptr inbounds float, ptr %24, i64 %76
  %78 = load float, ptr %77, align 4
  %79 = insertelement <8 x float> poison, float %78, i32 0
  %80 = shufflevector <8 x float> %79, <8 x float> poison, <8 x i32> zeroinitializer
  %81 = load <8 x float>, ptr %5, align 4
  %82 = fmul contract <8 x float> %80, %53
  %83 = fadd contract <8 x float> %81, %82
  store <8 x float> %83, ptr %5, align 4
  %84 = mul nsw i64 %39, 10
  %85 = add nsw i64 %84, %i10
  %86 = add nsw i64 %33, %85
  %87 = getelementptr inbounds float, ptr %24, i64 %86
  %88 = load float, ptr %87, align 4
  %89 = insertelement <8 x float> poison, float %88, i32 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = load <8 x float>, ptr %6, align 4
  %92 = fmul contract <8 x float> %90, %53
  %93 = fadd contract <8 x float> %91, %92
  store <8 x float> %93, ptr %6, align 4
  %94 = mul nsw i64 %40, 10
  %95 = add nsw i64 %94, %i10
  %96 = add nsw i64 %33, %95
  %97 = getelementptr inbounds float, ptr %24, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = insertelement <8 x float> poison, float %98, i32 0
  %100 = shufflevector <8 x float> %99, <8 x float> poison, <8 x i32> zeroinitializer
  %101 = load <8 x float>, ptr %7, align 4
  %102 = fmul contract <8 x float> %100, %53
  %103 = fadd contract <8 x float> %101, %102
  store <8 x float> %103, ptr %7, align 4
  %104 = mul nsw i64 %41, 10
  %105 = add nsw i64 %104, %i10
  %106 = add nsw i64 %33, %105
  %107 = getelementptr inbounds float, ptr %24, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = insertelement <8 x float> poison, float %108, i32 0
  %110 = shufflevector <8 x float> %109, <8 x float> poison, <8 x i32> zeroinitializer
  %111 = load <8 x float>, ptr %8, align 4
  %112 = fmul contract <8 x float> %110, %53
  %113 = fadd contract <8 x float> %111, %112
  store <8 x float> %113, ptr %8, align 4
  %114 = mul nsw i64 %42, 10
  %115 = add nsw i64 %114, %i10
  %116 = add nsw i64 %33, %115
  %117 = getelementptr inbounds float, ptr %24, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = insertelement <8 x float> poison, float %118, i32 0
  %120 = shufflevector <8 x float> %119, <8 x float> poison, <8 x i32> zeroinitializer
  %121 = load <8 x float>, ptr %9, align 4
  %122 = fmul contract <8 x float> %120, %53
  %123 = fadd contract <8 x float> %121, %122
  store <8 x float> %123, ptr %9, align 4
  %124 = mul nsw i64 %43, 10
  %125 = add nsw i64 %124, %i10
  %126 = add nsw i64 %33, %125
  %127 = getelementptr inbounds float, ptr %24, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = insertelement <8 x float> poison, float %128, i32 0
  %130 = shufflevector <8 x float> %129, <8 x float> poison, <8 x i32> zeroinitializer
  %131 = load <8 x float>, ptr %10, align 4
  %132 = fmul contract <8 x float> %130, %53
  %133 = fadd contract <8 x float> %131, %132
  store <8 x float> %133, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %134 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !16

exit9:                                            ; preds = %loop6
  %135 = load <8 x float>, ptr %3, align 4
  %136 = load <8 x float>, ptr %4, align 4
  %137 = load <8 x float>, ptr %5, align 4
  %138 = load <8 x float>, ptr %6, align 4
  %139 = load <8 x float>, ptr %7, align 4
  %140 = load <8 x float>, ptr %8, align 4
  %141 = load <8 x float>, ptr %9, align 4
  %142 = load <8 x float>, ptr %10, align 4
  %143 = mul nsw i64 %36, 10
  %144 = add nsw i64 %143, 0
  %145 = add nsw i64 %35, %144
  %146 = getelementptr inbounds float, ptr %28, i64 %145
  store <8 x float> %135, ptr %146, align 4
  %147 = mul nsw i64 %37, 10
  %148 = add nsw i64 %147, 0
  %149 = add nsw i64 %35, %148
  %150 = getelementptr inbounds float, ptr %28, i64 %149
  store <8 x float> %136, ptr %150, align 4
  %151 = mul nsw i64 %38, 10
  %152 = add nsw i64 %151, 0
  %153 = add nsw i64 %35, %152
  %154 = getelementptr inbounds float, ptr %28, i64 %153
  store <8 x float> %137, ptr %154, align 4
  %155 = mul nsw i64 %39, 10
  %156 = add nsw i64 %155, 0
  %157 = add nsw i64 %35, %156
  %158 = getelementptr inbounds float, ptr %28, i64 %157
  store <8 x float> %138, ptr %158, align 4
  %159 = mul nsw i64 %40, 10
  %160 = add nsw i64 %159, 0
  %161 = add nsw i64 %35, %160
  %162 = getelementptr inbounds float, ptr %28, i64 %161
  store <8 x float> %139, ptr %162, align 4
  %163 = mul nsw i64 %41, 10
  %164 = add nsw i64 %163, 0
  %165 = add nsw i64 %35, %164
  %166 = getelementptr inbounds float, ptr %28, i64 %165
  store <8 x float> %140, ptr %166, align 4
  %167 = mul nsw i64 %42, 10
  %168 = add nsw i64 %167, 0
  %169 = add nsw i64 %35, %168
  %170 = getelementptr inbounds float, ptr %28, i64 %169
  store <8 x float> %141, ptr %170, align 4
  %171 = mul nsw i64 %43, 10
  %172 = add nsw i64 %171, 0
  %173 = add nsw i64 %35, %172
  %174 = getelementptr inbounds float, ptr %28, i64 %173
  store <8 x float> %142, ptr %174, align 4
  %175 = mul nsw i64 %i, 100
  %176 = mul nsw i64 %i, 100
  %177 = mul nsw i64 %i, 100
  %178 = add nsw i64 %32, 0
  %179 = add nsw i64 %32, 1
  %180 = add nsw i64 %32, 2
  %181 = add nsw i64 %32, 3
  %182 = add nsw i64 %32, 4
  %183 = add nsw i64 %32, 5
  %184 = add nsw i64 %32, 6
  %185 = add nsw i64 %32, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %272, %latch13 ]
  %186 = icmp slt i64 %i15, 10
  br i1 %186, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %187 = mul nsw i64 %i15, 10
  %188 = add nsw i64 %187, 8
  %189 = add nsw i64 %176, %188
  %190 = getelementptr inbounds float, ptr %26, i64 %189
  %191 = load <2 x float>, ptr %190, align 4
  %192 = mul nsw i64 %178, 10
  %193 = add nsw i64 %192, %i15
  %194 = add nsw i64 %175, %193
  %195 = getelementptr inbounds float, ptr %24, i64 %194
  %196 = load float, ptr %195, align 4
  %197 = insertelement <2 x float> poison, float %196, i32 0
  %198 = shufflevector <2 x float> %197, <2 x float> poison, <2 x i32> zeroinitializer
  %199 = load <2 x float>, ptr %11, align 4
  %200 = fmul contract <2 x float> %198, %191
  %201 = fadd contract <2 x float> %199, %200
  store <2 x float> %201, ptr %11, align 4
  %202 = mul nsw i64 %179, 10
  %203 = add nsw i64 %202, %i15
  %204 = add nsw i64 %175, %203
  %205 = getelementptr inbounds float, ptr %24, i64 %204
  %206 = load float, ptr %205, align 4
  %207 = insertelement <2 x float> poison, float %206, i32 0
  %208 = shufflevector <2 x float> %207, <2 x float> poison, <2 x i32> zeroinitializer
  %209 = load <2 x float>, ptr %12, align 4
  %210 = fmul contract <2 x float> %208, %191
  %211 = fadd contract <2 x float> %209, %210
  store <2 x float> %211, ptr %12, align 4
  %212 = mul nsw i64 %180, 10
  %213 = add nsw i64 %212, %i15
  %214 = add nsw i64 %175, %213
  %215 = getelementptr inbounds float, ptr %24, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = insertelement <2 x float> poison, float %216, i32 0
  %218 = shufflevector <2 x float> %217, <2 x float> poison, <2 x i32> zeroinitializer
  %219 = load <2 x float>, ptr %13, align 4
  %220 = fmul contract <2 x float> %218, %191
  %221 = fadd contract <2 x float> %219, %220
  store <2 x float> %221, ptr %13, align 4
  %222 = mul nsw i64 %181, 10
  %223 = add nsw i64 %222, %i15
  %224 = add nsw i64 %175, %223
  %225 = getelementptr inbounds float, ptr %24, i64 %224
  %226 = load float, ptr %225, align 4
  %227 = insertelement <2 x float> poison, float %226, i32 0
  %228 = shufflevector <2 x float> %227, <2 x float> poison, <2 x i32> zeroinitializer
  %229 = load <2 x float>, ptr %14, align 4
  %230 = fmul contract <2 x float> %228, %191
  %231 = fadd contract <2 x float> %229, %230
  store <2 x float> %231, ptr %14, align 4
  %232 = mul nsw i64 %182, 10
  %233 = add nsw i64 %232, %i15
  %234 = add nsw i64 %175, %233
  %235 = getelementptr inbounds float, ptr %24, i64 %234
  %236 = load float, ptr %235, align 4
  %237 = insertelement <2 x float> poison, float %236, i32 0
  %238 = shufflevector <2 x float> %237, <2 x float> poison, <2 x i32> zeroinitializer
  %239 = load <2 x float>, ptr %15, align 4
  %240 = fmul contract <2 x float> %238, %191
  %241 = fadd contract <2 x float> %239, %240
  store <2 x float> %241, ptr %15, align 4
  %242 = mul nsw i64 %183, 10
  %243 = add nsw i64 %242, %i15
  %244 = add nsw i64 %175, %243
  %245 = getelementptr inbounds float, ptr %24, i64 %244
  %246 = load float, ptr %245, align 4
  %247 = insertelement <2 x float> poison, float %246, i32 0
  %248 = shufflevector <2 x float> %247, <2 x float> poison, <2 x i32> zeroinitializer
  %249 = load <2 x float>, ptr %16, align 4
  %250 = fmul contract <2 x float> %248, %191
  %251 = fadd contract <2 x float> %249, %250
  store <2 x float> %251, ptr %16, align 4
  %252 = mul nsw i64 %184, 10
  %253 = add nsw i64 %252, %i15
  %254 = add nsw i64 %175, %253
  %255 = getelementptr inbounds float, ptr %24, i64 %254
  %256 = load float, ptr %255, align 4
  %257 = insertelement <2 x float> poison, float %256, i32 0
  %258 = shufflevector <2 x float> %257, <2 x float> poison, <2 x i32> zeroinitializer
  %259 = load <2 x float>, ptr %17, align 4
  %260 = fmul contract <2 x float> %258, %191
  %261 = fadd contract <2 x float> %259, %260
  store <2 x float> %261, ptr %17, align 4
  %262 = mul nsw i64 %185, 10
  %263 = add nsw i64 %262, %i15
  %264 = add nsw i64 %175, %263
  %265 = getelementptr inbounds float, ptr %24, i64 %264
  %266 = load float, ptr %265, align 4
  %267 = insertelement <2 x float> poison, float %266, i32 0
  %268 = shufflevector <2 x float> %267, <2 x float> poison, <2 x i32> zeroinitializer
  %269 = load <2 x float>, ptr %18, align 4
  %270 = fmul contract <2 x float> %268, %191
  %271 = fadd contract <2 x float> %269, %270
  store <2 x float> %271, ptr %18, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %272 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !17

exit14:                                           ; preds = %loop11
  %273 = load <2 x float>, ptr %11, align 4
  %274 = load <2 x float>, ptr %12, align 4
  %275 = load <2 x float>, ptr %13, align 4
  %276 = load <2 x float>, ptr %14, align 4
  %277 = load <2 x float>, ptr %15, align 4
  %278 = load <2 x float>, ptr %16, align 4
  %279 = load <2 x float>, ptr %17, align 4
  %280 = load <2 x float>, ptr %18, align 4
  %281 = mul nsw i64 %178, 10
  %282 = add nsw i64 %281, 8
  %283 = add nsw i64 %177, %282
  %284 = getelementptr inbounds float, ptr %28, i64 %283
  store <2 x float> %273, ptr %284, align 4
  %285 = mul nsw i64 %179, 10
  %286 = add nsw i64 %285, 8
  %287 = add nsw i64 %177, %286
  %288 = getelementptr inbounds float, ptr %28, i64 %287
  store <2 x float> %274, ptr %288, align 4
  %289 = mul nsw i64 %180, 10
  %290 = add nsw i64 %289, 8
  %291 = add nsw i64 %177, %290
  %292 = getelementptr inbounds float, ptr %28, i64 %291
  store <2 x float> %275, ptr %292, align 4
  %293 = mul nsw i64 %181, 10
  %294 = add nsw i64 %293, 8
  %295 = add nsw i64 %177, %294
  %296 = getelementptr inbounds float, ptr %28, i64 %295
  store <2 x float> %276, ptr %296, align 4
  %297 = mul nsw i64 %182, 10
  %298 = add nsw i64 %297, 8
  %299 = add nsw i64 %177, %298
  %300 = getelementptr inbounds float, ptr %28, i64 %299
  store <2 x float> %277, ptr %300, align 4
  %301 = mul nsw i64 %183, 10
  %302 = add nsw i64 %301, 8
  %303 = add nsw i64 %177, %302
  %304 = getelementptr inbounds float, ptr %28, i64 %303
  store <2 x float> %278, ptr %304, align 4
  %305 = mul nsw i64 %184, 10
  %306 = add nsw i64 %305, 8
  %307 = add nsw i64 %177, %306
  %308 = getelementptr inbounds float, ptr %28, i64 %307
  store <2 x float> %279, ptr %308, align 4
  %309 = mul nsw i64 %185, 10
  %310 = add nsw i64 %309, 8
  %311 = add nsw i64 %177, %310
  %312 = getelementptr inbounds float, ptr %28, i64 %311
  store <2 x float> %280, ptr %312, align 4
  br label %latch3

loop16:                                           ; preds = %latch18, %exit4
  %i20 = phi i64 [ 0, %exit4 ], [ %337, %latch18 ]
  %313 = icmp slt i64 %i20, 10
  br i1 %313, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %314 = mul nsw i64 %i20, 10
  %315 = add nsw i64 %314, 0
  %316 = add nsw i64 %46, %315
  %317 = getelementptr inbounds float, ptr %26, i64 %316
  %318 = load <8 x float>, ptr %317, align 4
  %319 = add nsw i64 80, %i20
  %320 = add nsw i64 %45, %319
  %321 = getelementptr inbounds float, ptr %24, i64 %320
  %322 = load float, ptr %321, align 4
  %323 = insertelement <8 x float> poison, float %322, i32 0
  %324 = shufflevector <8 x float> %323, <8 x float> poison, <8 x i32> zeroinitializer
  %325 = load <8 x float>, ptr %19, align 4
  %326 = fmul contract <8 x float> %324, %318
  %327 = fadd contract <8 x float> %325, %326
  store <8 x float> %327, ptr %19, align 4
  %328 = add nsw i64 90, %i20
  %329 = add nsw i64 %45, %328
  %330 = getelementptr inbounds float, ptr %24, i64 %329
  %331 = load float, ptr %330, align 4
  %332 = insertelement <8 x float> poison, float %331, i32 0
  %333 = shufflevector <8 x float> %332, <8 x float> poison, <8 x i32> zeroinitializer
  %334 = load <8 x float>, ptr %20, align 4
  %335 = fmul contract <8 x float> %333, %318
  %336 = fadd contract <8 x float> %334, %335
  store <8 x float> %336, ptr %20, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %337 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !18

exit19:                                           ; preds = %loop16
  %338 = load <8 x float>, ptr %19, align 4
  %339 = load <8 x float>, ptr %20, align 4
  %340 = add nsw i64 %47, 80
  %341 = getelementptr inbounds float, ptr %28, i64 %340
  store <8 x float> %338, ptr %341, align 4
  %342 = add nsw i64 %47, 90
  %343 = getelementptr inbounds float, ptr %28, i64 %342
  store <8 x float> %339, ptr %343, align 4
  %344 = mul nsw i64 %i, 100
  %345 = mul nsw i64 %i, 100
  %346 = mul nsw i64 %i, 100
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %21, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %22, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %371, %latch23 ]
  %347 = icmp slt i64 %i25, 10
  br i1 %347, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %348 = mul nsw i64 %i25, 10
  %349 = add nsw i64 %348, 8
  %350 = add nsw i64 %345, %349
  %351 = getelementptr inbounds float, ptr %26, i64 %350
  %352 = load <2 x float>, ptr %351, align 4
  %353 = add nsw i64 80, %i25
  %354 = add nsw i64 %344, %353
  %355 = getelementptr inbounds float, ptr %24, i64 %354
  %356 = load float, ptr %355, align 4
  %357 = insertelement <2 x float> poison, float %356, i32 0
  %358 = shufflevector <2 x float> %357, <2 x float> poison, <2 x i32> zeroinitializer
  %359 = load <2 x float>, ptr %21, align 4
  %360 = fmul contract <2 x float> %358, %352
  %361 = fadd contract <2 x float> %359, %360
  store <2 x float> %361, ptr %21, align 4
  %362 = add nsw i64 90, %i25
  %363 = add nsw i64 %344, %362
  %364 = getelementptr inbounds float, ptr %24, i64 %363
  %365 = load float, ptr %364, align 4
  %366 = insertelement <2 x float> poison, float %365, i32 0
  %367 = shufflevector <2 x float> %366, <2 x float> poison, <2 x i32> zeroinitializer
  %368 = load <2 x float>, ptr %22, align 4
  %369 = fmul contract <2 x float> %367, %352
  %370 = fadd contract <2 x float> %368, %369
  store <2 x float> %370, ptr %22, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %371 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !19

exit24:                                           ; preds = %loop21
  %372 = load <2 x float>, ptr %21, align 4
  %373 = load <2 x float>, ptr %22, align 4
  %374 = add nsw i64 %346, 88
  %375 = getelementptr inbounds float, ptr %28, i64 %374
  store <2 x float> %372, ptr %375, align 4
  %376 = add nsw i64 %346, 98
  %377 = getelementptr inbounds float, ptr %28, i64 %376
  store <2 x float> %373, ptr %377, align 4
  br label %latch
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
  br label %loop1, !llvm.loop !20

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
  br label %loop, !llvm.loop !21

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @jf.k3(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  %11 = alloca [64 x float], align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  %19 = alloca <2 x float>, align 16
  %20 = alloca [16 x float], align 16
  %21 = alloca <8 x float>, align 16
  %22 = alloca <8 x float>, align 16
  %23 = alloca [16 x float], align 16
  %24 = alloca <2 x float>, align 16
  %25 = alloca <2 x float>, align 16
  %26 = alloca [4 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %27 = getelementptr inbounds ptr, ptr %0, i64 0
  %28 = load ptr, ptr %27, align 8
  %29 = getelementptr inbounds ptr, ptr %0, i64 1
  %30 = load ptr, ptr %29, align 8
  %31 = getelementptr inbounds ptr, ptr %0, i64 2
  %32 = load ptr, ptr %31, align 8
  %33 = getelementptr inbounds ptr, ptr %0, i64 3
  %34 = load ptr, ptr %33, align 8
  %35 = getelementptr inbounds ptr, ptr %0, i64 4
  %36 = load ptr, ptr %35, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %38, %latch ]
  %37 = icmp slt i64 %i, 10
  br i1 %37, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %38 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %47, %latch3 ]
  %39 = icmp slt i64 %i5, 10
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %40 = mul nsw i64 %i5, 10
  %41 = add nsw i64 %40, %i
  %42 = getelementptr inbounds float, ptr %30, i64 %41
  %43 = load float, ptr %42, align 4
  %44 = mul nsw i64 %i, 10
  %45 = add nsw i64 %44, %i5
  %46 = getelementptr inbounds float, ptr %36, i64 %45
  store float %43, ptr %46, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %47 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !22

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %49, %latch8 ]
  %48 = icmp slt i64 %i10, 1
  br i1 %48, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit69
  %49 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %63, %latch13 ]
  %50 = icmp slt i64 %i15, 1
  br i1 %50, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %51 = mul nsw i64 %i15, 8
  %52 = mul nsw i64 %i10, 100
  %53 = mul nsw i64 %i10, 100
  %54 = mul nsw i64 %i10, 100
  %55 = add nsw i64 %51, 0
  %56 = add nsw i64 %51, 1
  %57 = add nsw i64 %51, 2
  %58 = add nsw i64 %51, 3
  %59 = add nsw i64 %51, 4
  %60 = add nsw i64 %51, 5
  %61 = add nsw i64 %51, 6
  %62 = add nsw i64 %51, 7
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop16

latch13:                                          ; preds = %exit39
  %63 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %64 = mul nsw i64 %i10, 100
  %65 = mul nsw i64 %i10, 100
  %66 = mul nsw i64 %i10, 100
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %21, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %22, align 4
  br label %loop46

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %153, %latch18 ]
  %67 = icmp slt i64 %i20, 10
  br i1 %67, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %68 = mul nsw i64 %i20, 10
  %69 = add nsw i64 %68, 0
  %70 = add nsw i64 %53, %69
  %71 = getelementptr inbounds float, ptr %36, i64 %70
  %72 = load <8 x float>, ptr %71, align 4
  %73 = mul nsw i64 %55, 10
  %74 = add nsw i64 %73, %i20
  %75 = add nsw i64 %52, %74
  %76 = getelementptr inbounds float, ptr %28, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = insertelement <8 x float> poison, float %77, i32 0
  %79 = shufflevector <8 x float> %78, <8 x float> poison, <8 x i32> zeroinitializer
  %80 = load <8 x float>, ptr %3, align 4
  %81 = fmul contract <8 x float> %79, %72
  %82 = fadd contract <8 x float> %80, %81
  store <8 x float> %82, ptr %3, align 4
  %83 = mul nsw i64 %56, 10
  %84 = add nsw i64 %83, %i20
  %85 = add nsw i64 %52, %84
  %86 = getelementptr inbounds float, ptr %28, i64 %85
  %87 = load float, ptr %86, align 4
  %88 = insertelement <8 x float> poison, float %87, i32 0
  %89 = shufflevector <8 x float> %88, <8 x float> poison, <8 x i32> zeroinitializer
  %90 = load <8 x float>, ptr %4, align 4
  %91 = fmul contract <8 x float> %89, %72
  %92 = fadd contract <8 x float> %90, %91
  store <8 x float> %92, ptr %4, align 4
  %93 = mul nsw i64 %57, 10
  %94 = add nsw i64 %93, %i20
  %95 = add nsw i64 %52, %94
  %96 = getelementptr inbounds float, ptr %28, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = insertelement <8 x float> poison, float %97, i32 0
  %99 = shufflevector <8 x float> %98, <8 x float> poison, <8 x i32> zeroinitializer
  %100 = load <8 x float>, ptr %5, align 4
  %101 = fmul contract <8 x float> %99, %72
  %102 = fadd contract <8 x float> %100, %101
  store <8 x float> %102, ptr %5, align 4
  %103 = mul nsw i64 %58, 10
  %104 = add nsw i64 %103, %i20
  %105 = add nsw i64 %52, %104
  %106 = getelementptr inbounds float, ptr %28, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = insertelement <8 x float> poison, float %107, i32 0
  %109 = shufflevector <8 x float> %108, <8 x float> poison, <8 x i32> zeroinitializer
  %110 = load <8 x float>, ptr %6, align 4
  %111 = fmul contract <8 x float> %109, %72
  %112 = fadd contract <8 x float> %110, %111
  store <8 x float> %112, ptr %6, align 4
  %113 = mul nsw i64 %59, 10
  %114 = add nsw i64 %113, %i20
  %115 = add nsw i64 %52, %114
  %116 = getelementptr inbounds float, ptr %28, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = insertelement <8 x float> poison, float %117, i32 0
  %119 = shufflevector <8 x float> %118, <8 x float> poison, <8 x i32> zeroinitializer
  %120 = load <8 x float>, ptr %7, align 4
  %121 = fmul contract <8 x float> %119, %72
  %122 = fadd contract <8 x float> %120, %121
  store <8 x float> %122, ptr %7, align 4
  %123 = mul nsw i64 %60, 10
  %124 = add nsw i64 %123, %i20
  %125 = add nsw i64 %52, %124
  %126 = getelementptr inbounds float, ptr %28, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = insertelement <8 x float> poison, float %127, i32 0
  %129 = shufflevector <8 x float> %128, <8 x float> poison, <8 x i32> zeroinitializer
  %130 = load <8 x float>, ptr %8, align 4
  %131 = fmul contract <8 x float> %129, %72
  %132 = fadd contract <8 x float> %130, %131
  store <8 x float> %132, ptr %8, align 4
  %133 = mul nsw i64 %61, 10
  %134 = add nsw i64 %133, %i20
  %135 = add nsw i64 %52, %134
  %136 = getelementptr inbounds float, ptr %28, i64 %135
  %137 = load float, ptr %136, align 4
  %138 = insertelement <8 x float> poison, float %137, i32 0
  %139 = shufflevector <8 x float> %138, <8 x float> poison, <8 x i32> zeroinitializer
  %140 = load <8 x float>, ptr %9, align 4
  %141 = fmul contract <8 x float> %139, %72
  %142 = fadd contract <8 x float> %140, %141
  store <8 x float> %142, ptr %9, align 4
  %143 = mul nsw i64 %62, 10
  %144 = add nsw i64 %143, %i20
  %145 = add nsw i64 %52, %144
  %146 = getelementptr inbounds float, ptr %28, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = insertelement <8 x float> poison, float %147, i32 0
  %149 = shufflevector <8 x float> %148, <8 x float> poison, <8 x i32> zeroinitializer
  %150 = load <8 x float>, ptr %10, align 4
  %151 = fmul contract <8 x float> %149, %72
  %152 = fadd contract <8 x float> %150, %151
  store <8 x float> %152, ptr %10, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %153 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !23

exit19:                                           ; preds = %loop16
  %154 = load <8 x float>, ptr %3, align 4
  %155 = load <8 x float>, ptr %4, align 4
  %156 = load <8 x float>, ptr %5, align 4
  %157 = load <8 x float>, ptr %6, align 4
  %158 = load <8 x float>, ptr %7, align 4
  %159 = load <8 x float>, ptr %8, align 4
  %160 = load <8 x float>, ptr %9, align 4
  %161 = load <8 x float>, ptr %10, align 4
  %162 = getelementptr inbounds float, ptr %11, i64 0
  store <8 x float> %154, ptr %162, align 4
  %163 = getelementptr inbounds float, ptr %11, i64 8
  store <8 x float> %155, ptr %163, align 4
  %164 = getelementptr inbounds float, ptr %11, i64 16
  store <8 x float> %156, ptr %164, align 4
  %165 = getelementptr inbounds float, ptr %11, i64 24
  store <8 x float> %157, ptr %165, align 4
  %166 = getelementptr inbounds float, ptr %11, i64 32
  store <8 x float> %158, ptr %166, align 4
  %167 = getelementptr inbounds float, ptr %11, i64 40
  store <8 x float> %159, ptr %167, align 4
  %168 = getelementptr inbounds float, ptr %11, i64 48
  store <8 x float> %160, ptr %168, align 4
  %169 = getelementptr inbounds float, ptr %11, i64 56
  store <8 x float> %161, ptr %169, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %179, %latch23 ]
  %170 = icmp slt i64 %i25, 8
  br i1 %170, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %171 = mul nsw i64 %i10, 10
  %172 = add nsw i64 %51, %i25
  %173 = add nsw i64 %171, %172
  %174 = mul nsw i64 %173, 10
  %175 = add nsw i64 %174, 0
  %176 = mul nsw i64 %i25, 8
  %177 = getelementptr inbounds float, ptr %11, i64 %176
  %178 = add nsw i64 %51, %i25
  br label %loop26

latch23:                                          ; preds = %exit29
  %179 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !24

exit24:                                           ; preds = %loop21
  %180 = mul nsw i64 %i10, 100
  %181 = mul nsw i64 %i10, 100
  %182 = mul nsw i64 %i10, 100
  %183 = add nsw i64 %51, 0
  %184 = add nsw i64 %51, 1
  %185 = add nsw i64 %51, 2
  %186 = add nsw i64 %51, 3
  %187 = add nsw i64 %51, 4
  %188 = add nsw i64 %51, 5
  %189 = add nsw i64 %51, 6
  %190 = add nsw i64 %51, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %203, %latch28 ]
  %191 = icmp slt i64 %i30, 8
  br i1 %191, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %192 = add nsw i64 0, %i30
  %193 = mul nsw i64 %178, 10
  %194 = add nsw i64 %193, %192
  %195 = sub i64 %194, %175
  %196 = getelementptr inbounds float, ptr %177, i64 %195
  %197 = load float, ptr %196, align 4
  %198 = getelementptr inbounds float, ptr %32, i64 %178
  %199 = load float, ptr %198, align 4
  %200 = fmul float %197, %199
  %201 = add nsw i64 %175, %i30
  %202 = getelementptr inbounds float, ptr %34, i64 %201
  store float %200, ptr %202, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %203 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !25

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ 0, %exit24 ], [ %290, %latch33 ]
  %204 = icmp slt i64 %i35, 10
  br i1 %204, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %205 = mul nsw i64 %i35, 10
  %206 = add nsw i64 %205, 8
  %207 = add nsw i64 %181, %206
  %208 = getelementptr inbounds float, ptr %36, i64 %207
  %209 = load <2 x float>, ptr %208, align 4
  %210 = mul nsw i64 %183, 10
  %211 = add nsw i64 %210, %i35
  %212 = add nsw i64 %180, %211
  %213 = getelementptr inbounds float, ptr %28, i64 %212
  %214 = load float, ptr %213, align 4
  %215 = insertelement <2 x float> poison, float %214, i32 0
  %216 = shufflevector <2 x float> %215, <2 x float> poison, <2 x i32> zeroinitializer
  %217 = load <2 x float>, ptr %12, align 4
  %218 = fmul contract <2 x float> %216, %209
  %219 = fadd contract <2 x float> %217, %218
  store <2 x float> %219, ptr %12, align 4
  %220 = mul nsw i64 %184, 10
  %221 = add nsw i64 %220, %i35
  %222 = add nsw i64 %180, %221
  %223 = getelementptr inbounds float, ptr %28, i64 %222
  %224 = load float, ptr %223, align 4
  %225 = insertelement <2 x float> poison, float %224, i32 0
  %226 = shufflevector <2 x float> %225, <2 x float> poison, <2 x i32> zeroinitializer
  %227 = load <2 x float>, ptr %13, align 4
  %228 = fmul contract <2 x float> %226, %209
  %229 = fadd contract <2 x float> %227, %228
  store <2 x float> %229, ptr %13, align 4
  %230 = mul nsw i64 %185, 10
  %231 = add nsw i64 %230, %i35
  %232 = add nsw i64 %180, %231
  %233 = getelementptr inbounds float, ptr %28, i64 %232
  %234 = load float, ptr %233, align 4
  %235 = insertelement <2 x float> poison, float %234, i32 0
  %236 = shufflevector <2 x float> %235, <2 x float> poison, <2 x i32> zeroinitializer
  %237 = load <2 x float>, ptr %14, align 4
  %238 = fmul contract <2 x float> %236, %209
  %239 = fadd contract <2 x float> %237, %238
  store <2 x float> %239, ptr %14, align 4
  %240 = mul nsw i64 %186, 10
  %241 = add nsw i64 %240, %i35
  %242 = add nsw i64 %180, %241
  %243 = getelementptr inbounds float, ptr %28, i64 %242
  %244 = load float, ptr %243, align 4
  %245 = insertelement <2 x float> poison, float %244, i32 0
  %246 = shufflevector <2 x float> %245, <2 x float> poison, <2 x i32> zeroinitializer
  %247 = load <2 x float>, ptr %15, align 4
  %248 = fmul contract <2 x float> %246, %209
  %249 = fadd contract <2 x float> %247, %248
  store <2 x float> %249, ptr %15, align 4
  %250 = mul nsw i64 %187, 10
  %251 = add nsw i64 %250, %i35
  %252 = add nsw i64 %180, %251
  %253 = getelementptr inbounds float, ptr %28, i64 %252
  %254 = load float, ptr %253, align 4
  %255 = insertelement <2 x float> poison, float %254, i32 0
  %256 = shufflevector <2 x float> %255, <2 x float> poison, <2 x i32> zeroinitializer
  %257 = load <2 x float>, ptr %16, align 4
  %258 = fmul contract <2 x float> %256, %209
  %259 = fadd contract <2 x float> %257, %258
  store <2 x float> %259, ptr %16, align 4
  %260 = mul nsw i64 %188, 10
  %261 = add nsw i64 %260, %i35
  %262 = add nsw i64 %180, %261
  %263 = getelementptr inbounds float, ptr %28, i64 %262
  %264 = load float, ptr %263, align 4
  %265 = insertelement <2 x float> poison, float %264, i32 0
  %266 = shufflevector <2 x float> %265, <2 x float> poison, <2 x i32> zeroinitializer
  %267 = load <2 x float>, ptr %17, align 4
  %268 = fmul contract <2 x float> %266, %209
  %269 = fadd contract <2 x float> %267, %268
  store <2 x float> %269, ptr %17, align 4
  %270 = mul nsw i64 %189, 10
  %271 = add nsw i64 %270, %i35
  %272 = add nsw i64 %180, %271
  %273 = getelementptr inbounds float, ptr %28, i64 %272
  %274 = load float, ptr %273, align 4
  %275 = insertelement <2 x float> poison, float %274, i32 0
  %276 = shufflevector <2 x float> %275, <2 x float> poison, <2 x i32> zeroinitializer
  %277 = load <2 x float>, ptr %18, align 4
  %278 = fmul contract <2 x float> %276, %209
  %279 = fadd contract <2 x float> %277, %278
  store <2 x float> %279, ptr %18, align 4
  %280 = mul nsw i64 %190, 10
  %281 = add nsw i64 %280, %i35
  %282 = add nsw i64 %180, %281
  %283 = getelementptr inbounds float, ptr %28, i64 %282
  %284 = load float, ptr %283, align 4
  %285 = insertelement <2 x float> poison, float %284, i32 0
  %286 = shufflevector <2 x float> %285, <2 x float> poison, <2 x i32> zeroinitializer
  %287 = load <2 x float>, ptr %19, align 4
  %288 = fmul contract <2 x float> %286, %209
  %289 = fadd contract <2 x float> %287, %288
  store <2 x float> %289, ptr %19, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %290 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !26

exit34:                                           ; preds = %loop31
  %291 = load <2 x float>, ptr %12, align 4
  %292 = load <2 x float>, ptr %13, align 4
  %293 = load <2 x float>, ptr %14, align 4
  %294 = load <2 x float>, ptr %15, align 4
  %295 = load <2 x float>, ptr %16, align 4
  %296 = load <2 x float>, ptr %17, align 4
  %297 = load <2 x float>, ptr %18, align 4
  %298 = load <2 x float>, ptr %19, align 4
  %299 = getelementptr inbounds float, ptr %20, i64 0
  store <2 x float> %291, ptr %299, align 4
  %300 = getelementptr inbounds float, ptr %20, i64 2
  store <2 x float> %292, ptr %300, align 4
  %301 = getelementptr inbounds float, ptr %20, i64 4
  store <2 x float> %293, ptr %301, align 4
  %302 = getelementptr inbounds float, ptr %20, i64 6
  store <2 x float> %294, ptr %302, align 4
  %303 = getelementptr inbounds float, ptr %20, i64 8
  store <2 x float> %295, ptr %303, align 4
  %304 = getelementptr inbounds float, ptr %20, i64 10
  store <2 x float> %296, ptr %304, align 4
  %305 = getelementptr inbounds float, ptr %20, i64 12
  store <2 x float> %297, ptr %305, align 4
  %306 = getelementptr inbounds float, ptr %20, i64 14
  store <2 x float> %298, ptr %306, align 4
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %316, %latch38 ]
  %307 = icmp slt i64 %i40, 8
  br i1 %307, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %308 = mul nsw i64 %i10, 10
  %309 = add nsw i64 %51, %i40
  %310 = add nsw i64 %308, %309
  %311 = mul nsw i64 %310, 10
  %312 = add nsw i64 %311, 8
  %313 = mul nsw i64 %i40, 2
  %314 = getelementptr inbounds float, ptr %20, i64 %313
  %315 = add nsw i64 %51, %i40
  br label %loop41

latch38:                                          ; preds = %exit44
  %316 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !27

exit39:                                           ; preds = %loop36
  br label %latch13

loop41:                                           ; preds = %latch43, %body37
  %i45 = phi i64 [ 0, %body37 ], [ %329, %latch43 ]
  %317 = icmp slt i64 %i45, 2
  br i1 %317, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %318 = add nsw i64 8, %i45
  %319 = mul nsw i64 %315, 10
  %320 = add nsw i64 %319, %318
  %321 = sub i64 %320, %312
  %322 = getelementptr inbounds float, ptr %314, i64 %321
  %323 = load float, ptr %322, align 4
  %324 = getelementptr inbounds float, ptr %32, i64 %315
  %325 = load float, ptr %324, align 4
  %326 = fmul float %323, %325
  %327 = add nsw i64 %312, %i45
  %328 = getelementptr inbounds float, ptr %34, i64 %327
  store float %326, ptr %328, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %329 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !28

exit44:                                           ; preds = %loop41
  br label %latch38

loop46:                                           ; preds = %latch48, %exit14
  %i50 = phi i64 [ 0, %exit14 ], [ %354, %latch48 ]
  %330 = icmp slt i64 %i50, 10
  br i1 %330, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %331 = mul nsw i64 %i50, 10
  %332 = add nsw i64 %331, 0
  %333 = add nsw i64 %65, %332
  %334 = getelementptr inbounds float, ptr %36, i64 %333
  %335 = load <8 x float>, ptr %334, align 4
  %336 = add nsw i64 80, %i50
  %337 = add nsw i64 %64, %336
  %338 = getelementptr inbounds float, ptr %28, i64 %337
  %339 = load float, ptr %338, align 4
  %340 = insertelement <8 x float> poison, float %339, i32 0
  %341 = shufflevector <8 x float> %340, <8 x float> poison, <8 x i32> zeroinitializer
  %342 = load <8 x float>, ptr %21, align 4
  %343 = fmul contract <8 x float> %341, %335
  %344 = fadd contract <8 x float> %342, %343
  store <8 x float> %344, ptr %21, align 4
  %345 = add nsw i64 90, %i50
  %346 = add nsw i64 %64, %345
  %347 = getelementptr inbounds float, ptr %28, i64 %346
  %348 = load float, ptr %347, align 4
  %349 = insertelement <8 x float> poison, float %348, i32 0
  %350 = shufflevector <8 x float> %349, <8 x float> poison, <8 x i32> zeroinitializer
  %351 = load <8 x float>, ptr %22, align 4
  %352 = fmul contract <8 x float> %350, %335
  %353 = fadd contract <8 x float> %351, %352
  store <8 x float> %353, ptr %22, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %354 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !29

exit49:                                           ; preds = %loop46
  %355 = load <8 x float>, ptr %21, align 4
  %356 = load <8 x float>, ptr %22, align 4
  %357 = getelementptr inbounds float, ptr %23, i64 0
  store <8 x float> %355, ptr %357, align 4
  %358 = getelementptr inbounds float, ptr %23, i64 8
  store <8 x float> %356, ptr %358, align 4
  br label %loop51

loop51:                                           ; preds = %latch53, %exit49
  %i55 = phi i64 [ 0, %exit49 ], [ %368, %latch53 ]
  %359 = icmp slt i64 %i55, 2
  br i1 %359, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %360 = mul nsw i64 %i10, 10
  %361 = add nsw i64 8, %i55
  %362 = add nsw i64 %360, %361
  %363 = mul nsw i64 %362, 10
  %364 = add nsw i64 %363, 0
  %365 = mul nsw i64 %i55, 8
  %366 = getelementptr inbounds float, ptr %23, i64 %365
  %367 = add nsw i64 8, %i55
  br label %loop56

latch53:                                          ; preds = %exit59
  %368 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !30

exit54:                                           ; preds = %loop51
  %369 = mul nsw i64 %i10, 100
  %370 = mul nsw i64 %i10, 100
  %371 = mul nsw i64 %i10, 100
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %24, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %25, align 4
  br label %loop61

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %384, %latch58 ]
  %372 = icmp slt i64 %i60, 8
  br i1 %372, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %373 = add nsw i64 0, %i60
  %374 = mul nsw i64 %367, 10
  %375 = add nsw i64 %374, %373
  %376 = sub i64 %375, %364
  %377 = getelementptr inbounds float, ptr %366, i64 %376
  %378 = load float, ptr %377, align 4
  %379 = getelementptr inbounds float, ptr %32, i64 %367
  %380 = load float, ptr %379, align 4
  %381 = fmul float %378, %380
  %382 = add nsw i64 %364, %i60
  %383 = getelementptr inbounds float, ptr %34, i64 %382
  store float %381, ptr %383, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %384 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !31

exit59:                                           ; preds = %loop56
  br label %latch53

loop61:                                           ; preds = %latch63, %exit54
  %i65 = phi i64 [ 0, %exit54 ], [ %409, %latch63 ]
  %385 = icmp slt i64 %i65, 10
  br i1 %385, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %386 = mul nsw i64 %i65, 10
  %387 = add nsw i64 %386, 8
  %388 = add nsw i64 %370, %387
  %389 = getelementptr inbounds float, ptr %36, i64 %388
  %390 = load <2 x float>, ptr %389, align 4
  %391 = add nsw i64 80, %i65
  %392 = add nsw i64 %369, %391
  %393 = getelementptr inbounds float, ptr %28, i64 %392
  %394 = load float, ptr %393, align 4
  %395 = insertelement <2 x float> poison, float %394, i32 0
  %396 = shufflevector <2 x float> %395, <2 x float> poison, <2 x i32> zeroinitializer
  %397 = load <2 x float>, ptr %24, align 4
  %398 = fmul contract <2 x float> %396, %390
  %399 = fadd contract <2 x float> %397, %398
  store <2 x float> %399, ptr %24, align 4
  %400 = add nsw i64 90, %i65
  %401 = add nsw i64 %369, %400
  %402 = getelementptr inbounds float, ptr %28, i64 %401
  %403 = load float, ptr %402, align 4
  %404 = insertelement <2 x float> poison, float %403, i32 0
  %405 = shufflevector <2 x float> %404, <2 x float> poison, <2 x i32> zeroinitializer
  %406 = load <2 x float>, ptr %25, align 4
  %407 = fmul contract <2 x float> %405, %390
  %408 = fadd contract <2 x float> %406, %407
  store <2 x float> %408, ptr %25, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %409 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !32

exit64:                                           ; preds = %loop61
  %410 = load <2 x float>, ptr %24, align 4
  %411 = load <2 x float>, ptr %25, align 4
  %412 = getelementptr inbounds float, ptr %26, i64 0
  store <2 x float> %410, ptr %412, align 4
  %413 = getelementptr inbounds float, ptr %26, i64 2
  store <2 x float> %411, ptr %413, align 4
  br label %loop66

loop66:                                           ; preds = %latch68, %exit64
  %i70 = phi i64 [ 0, %exit64 ], [ %423, %latch68 ]
  %414 = icmp slt i64 %i70, 2
  br i1 %414, label %body67, label %exit69

body67:                                           ; preds = %loop66
  %415 = mul nsw i64 %i10, 10
  %416 = add nsw i64 8, %i70
  %417 = add nsw i64 %415, %416
  %418 = mul nsw i64 %417, 10
  %419 = add nsw i64 %418, 8
  %420 = mul nsw i64 %i70, 2
  %421 = getelementptr inbounds float, ptr %26, i64 %420
  %422 = add nsw i64 8, %i70
  br label %loop71

latch68:                                          ; preds = %exit74
  %423 = add nsw i64 %i70, 1
  br label %loop66, !llvm.loop !33

exit69:                                           ; preds = %loop66
  br label %latch8

loop71:                                           ; preds = %latch73, %body67
  %i75 = phi i64 [ 0, %body67 ], [ %436, %latch73 ]
  %424 = icmp slt i64 %i75, 2
  br i1 %424, label %body72, label %exit74

body72:                                           ; preds = %loop71
  %425 = add nsw i64 8, %i75
  %426 = mul nsw i64 %422, 10
  %427 = add nsw i64 %426, %425
  %428 = sub i64 %427, %419
  %429 = getelementptr inbounds float, ptr %421, i64 %428
  %430 = load float, ptr %429, align 4
  %431 = getelementptr inbounds float, ptr %32, i64 %422
  %432 = load float, ptr %431, align 4
  %433 = fmul float %430, %432
  %434 = add nsw i64 %419, %i75
  %435 = getelementptr inbounds float, ptr %34, i64 %434
  store float %433, ptr %435, align 4
  br label %latch73

latch73:                                          ; preds = %body72
  %436 = add nsw i64 %i75, 1
  br label %loop71, !llvm.loop !34

exit74:                                           ; preds = %loop71
  br label %latch68
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
  br label %loop1, !llvm.loop !35

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
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  %19 = alloca <8 x float>, align 16
  %20 = alloca <8 x float>, align 16
  %21 = alloca <2 x float>, align 16
  %22 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %23 = getelementptr inbounds ptr, ptr %0, i64 0
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds ptr, ptr %0, i64 1
  %26 = load ptr, ptr %25, align 8
  %27 = getelementptr inbounds ptr, ptr %0, i64 2
  %28 = load ptr, ptr %27, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %30, %latch ]
  %29 = icmp slt i64 %i, 1
  br i1 %29, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit24
  %30 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %44, %latch3 ]
  %31 = icmp slt i64 %i5, 1
  br i1 %31, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %32 = mul nsw i64 %i5, 8
  %33 = mul nsw i64 %i, 100
  %34 = mul nsw i64 %i, 100
  %35 = mul nsw i64 %i, 100
  %36 = add nsw i64 %32, 0
  %37 = add nsw i64 %32, 1
  %38 = add nsw i64 %32, 2
  %39 = add nsw i64 %32, 3
  %40 = add nsw i64 %32, 4
  %41 = add nsw i64 %32, 5
  %42 = add nsw i64 %32, 6
  %43 = add nsw i64 %32, 7
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %44 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %45 = mul nsw i64 %i, 100
  %46 = mul nsw i64 %i, 100
  %47 = mul nsw i64 %i, 100
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %20, align 4
  br label %loop16

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %134, %latch8 ]
  %48 = icmp slt i64 %i10, 10
  br i1 %48, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %49 = mul nsw i64 %i10, 10
  %50 = add nsw i64 %49, 0
  %51 = add nsw i64 %34, %50
  %52 = getelementptr inbounds float, ptr %26, i64 %51
  %53 = load <8 x float>, ptr %52, align 4
  %54 = mul nsw i64 %36, 10
  %55 = add nsw i64 %54, %i10
  %56 = add nsw i64 %33, %55
  %57 = getelementptr inbounds float, ptr %24, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = insertelement <8 x float> poison, float %58, i32 0
  %60 = shufflevector <8 x float> %59, <8 x float> poison, <8 x i32> zeroinitializer
  %61 = load <8 x float>, ptr %3, align 4
  %62 = fmul contract <8 x float> %60, %53
  %63 = fadd contract <8 x float> %61, %62
  store <8 x float> %63, ptr %3, align 4
  %64 = mul nsw i64 %37, 10
  %65 = add nsw i64 %64, %i10
  %66 = add nsw i64 %33, %65
  %67 = getelementptr inbounds float, ptr %24, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = insertelement <8 x float> poison, float %68, i32 0
  %70 = shufflevector <8 x float> %69, <8 x float> poison, <8 x i32> zeroinitializer
  %71 = load <8 x float>, ptr %4, align 4
  %72 = fmul contract <8 x float> %70, %53
  %73 = fadd contract <8 x float> %71, %72
  store <8 x float> %73, ptr %4, align 4
  %74 = mul nsw i64 %38, 10
  %75 = add nsw i64 %74, %i10
  %76 = add nsw i64 %33, %75
  %77 = getelementptr inbounds float, ptr %24, i64 %76
  %78 = load float, ptr %77, align 4
  %79 = insertelement <8 x float> poison, float %78, i32 0
  %80 = shufflevector <8 x float> %79, <8 x float> poison, <8 x i32> zeroinitializer
  %81 = load <8 x float>, ptr %5, align 4
  %82 = fmul contract <8 x float> %80, %53
  %83 = fadd contract <8 x float> %81, %82
  store <8 x float> %83, ptr %5, align 4
  %84 = mul nsw i64 %39, 10
  %85 = add nsw i64 %84, %i10
  %86 = add nsw i64 %33, %85
  %87 = getelementptr inbounds float, ptr %24, i64 %86
  %88 = load float, ptr %87, align 4
  %89 = insertelement <8 x float> poison, float %88, i32 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = load <8 x float>, ptr %6, align 4
  %92 = fmul contract <8 x float> %90, %53
  %93 = fadd contract <8 x float> %91, %92
  store <8 x float> %93, ptr %6, align 4
  %94 = mul nsw i64 %40, 10
  %95 = add nsw i64 %94, %i10
  %96 = add nsw i64 %33, %95
  %97 = getelementptr inbounds float, ptr %24, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = insertelement <8 x float> poison, float %98, i32 0
  %100 = shufflevector <8 x float> %99, <8 x float> poison, <8 x i32> zeroinitializer
  %101 = load <8 x float>, ptr %7, align 4
  %102 = fmul contract <8 x float> %100, %53
  %103 = fadd contract <8 x float> %101, %102
  store <8 x float> %103, ptr %7, align 4
  %104 = mul nsw i64 %41, 10
  %105 = add nsw i64 %104, %i10
  %106 = add nsw i64 %33, %105
  %107 = getelementptr inbounds float, ptr %24, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = insertelement <8 x float> poison, float %108, i32 0
  %110 = shufflevector <8 x float> %109, <8 x float> poison, <8 x i32> zeroinitializer
  %111 = load <8 x float>, ptr %8, align 4
  %112 = fmul contract <8 x float> %110, %53
  %113 = fadd contract <8 x float> %111, %112
  store <8 x float> %113, ptr %8, align 4
  %114 = mul nsw i64 %42, 10
  %115 = add nsw i64 %114, %i10
  %116 = add nsw i64 %33, %115
  %117 = getelementptr inbounds float, ptr %24, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = insertelement <8 x float> poison, float %118, i32 0
  %120 = shufflevector <8 x float> %119, <8 x float> poison, <8 x i32> zeroinitializer
  %121 = load <8 x float>, ptr %9, align 4
  %122 = fmul contract <8 x float> %120, %53
  %123 = fadd contract <8 x float> %121, %122
  store <8 x float> %123, ptr %9, align 4
  %124 = mul nsw i64 %43, 10
  %125 = add nsw i64 %124, %i10
  %126 = add nsw i64 %33, %125
  %127 = getelementptr inbounds float, ptr %24, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = insertelement <8 x float> poison, float %128, i32 0
  %130 = shufflevector <8 x float> %129, <8 x float> poison, <8 x i32> zeroinitializer
  %131 = load <8 x float>, ptr %10, align 4
  %132 = fmul contract <8 x float> %130, %53
  %133 = fadd contract <8 x float> %131, %132
  store <8 x float> %133, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %134 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !36

exit9:                                            ; preds = %loop6
  %135 = load <8 x float>, ptr %3, align 4
  %136 = load <8 x float>, ptr %4, align 4
  %137 = load <8 x float>, ptr %5, align 4
  %138 = load <8 x float>, ptr %6, align 4
  %139 = load <8 x float>, ptr %7, align 4
  %140 = load <8 x float>, ptr %8, align 4
  %141 = load <8 x float>, ptr %9, align 4
  %142 = load <8 x float>, ptr %10, align 4
  %143 = mul nsw i64 %36, 10
  %144 = add nsw i64 %143, 0
  %145 = add nsw i64 %35, %144
  %146 = getelementptr inbounds float, ptr %28, i64 %145
  store <8 x float> %135, ptr %146, align 4
  %147 = mul nsw i64 %37, 10
  %148 = add nsw i64 %147, 0
  %149 = add nsw i64 %35, %148
  %150 = getelementptr inbounds float, ptr %28, i64 %149
  store <8 x float> %136, ptr %150, align 4
  %151 = mul nsw i64 %38, 10
  %152 = add nsw i64 %151, 0
  %153 = add nsw i64 %35, %152
  %154 = getelementptr inbounds float, ptr %28, i64 %153
  store <8 x float> %137, ptr %154, align 4
  %155 = mul nsw i64 %39, 10
  %156 = add nsw i64 %155, 0
  %157 = add nsw i64 %35, %156
  %158 = getelementptr inbounds float, ptr %28, i64 %157
  store <8 x float> %138, ptr %158, align 4
  %159 = mul nsw i64 %40, 10
  %160 = add nsw i64 %159, 0
  %161 = add nsw i64 %35, %160
  %162 = getelementptr inbounds float, ptr %28, i64 %161
  store <8 x float> %139, ptr %162, align 4
  %163 = mul nsw i64 %41, 10
  %164 = add nsw i64 %163, 0
  %165 = add nsw i64 %35, %164
  %166 = getelementptr inbounds float, ptr %28, i64 %165
  store <8 x float> %140, ptr %166, align 4
  %167 = mul nsw i64 %42, 10
  %168 = add nsw i64 %167, 0
  %169 = add nsw i64 %35, %168
  %170 = getelementptr inbounds float, ptr %28, i64 %169
  store <8 x float> %141, ptr %170, align 4
  %171 = mul nsw i64 %43, 10
  %172 = add nsw i64 %171, 0
  %173 = add nsw i64 %35, %172
  %174 = getelementptr inbounds float, ptr %28, i64 %173
  store <8 x float> %142, ptr %174, align 4
  %175 = mul nsw i64 %i, 100
  %176 = mul nsw i64 %i, 100
  %177 = mul nsw i64 %i, 100
  %178 = add nsw i64 %32, 0
  %179 = add nsw i64 %32, 1
  %180 = add nsw i64 %32, 2
  %181 = add nsw i64 %32, 3
  %182 = add nsw i64 %32, 4
  %183 = add nsw i64 %32, 5
  %184 = add nsw i64 %32, 6
  %185 = add nsw i64 %32, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %272, %latch13 ]
  %186 = icmp slt i64 %i15, 10
  br i1 %186, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %187 = mul nsw i64 %i15, 10
  %188 = add nsw i64 %187, 8
  %189 = add nsw i64 %176, %188
  %190 = getelementptr inbounds float, ptr %26, i64 %189
  %191 = load <2 x float>, ptr %190, align 4
  %192 = mul nsw i64 %178, 10
  %193 = add nsw i64 %192, %i15
  %194 = add nsw i64 %175, %193
  %195 = getelementptr inbounds float, ptr %24, i64 %194
  %196 = load float, ptr %195, align 4
  %197 = insertelement <2 x float> poison, float %196, i32 0
  %198 = shufflevector <2 x float> %197, <2 x float> poison, <2 x i32> zeroinitializer
  %199 = load <2 x float>, ptr %11, align 4
  %200 = fmul contract <2 x float> %198, %191
  %201 = fadd contract <2 x float> %199, %200
  store <2 x float> %201, ptr %11, align 4
  %202 = mul nsw i64 %179, 10
  %203 = add nsw i64 %202, %i15
  %204 = add nsw i64 %175, %203
  %205 = getelementptr inbounds float, ptr %24, i64 %204
  %206 = load float, ptr %205, align 4
  %207 = insertelement <2 x float> poison, float %206, i32 0
  %208 = shufflevector <2 x float> %207, <2 x float> poison, <2 x i32> zeroinitializer
  %209 = load <2 x float>, ptr %12, align 4
  %210 = fmul contract <2 x float> %208, %191
  %211 = fadd contract <2 x float> %209, %210
  store <2 x float> %211, ptr %12, align 4
  %212 = mul nsw i64 %180, 10
  %213 = add nsw i64 %212, %i15
  %214 = add nsw i64 %175, %213
  %215 = getelementptr inbounds float, ptr %24, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = insertelement <2 x float> poison, float %216, i32 0
  %218 = shufflevector <2 x float> %217, <2 x float> poison, <2 x i32> zeroinitializer
  %219 = load <2 x float>, ptr %13, align 4
  %220 = fmul contract <2 x float> %218, %191
  %221 = fadd contract <2 x float> %219, %220
  store <2 x float> %221, ptr %13, align 4
  %222 = mul nsw i64 %181, 10
  %223 = add nsw i64 %222, %i15
  %224 = add nsw i64 %175, %223
  %225 = getelementptr inbounds float, ptr %24, i64 %224
  %226 = load float, ptr %225, align 4
  %227 = insertelement <2 x float> poison, float %226, i32 0
  %228 = shufflevector <2 x float> %227, <2 x float> poison, <2 x i32> zeroinitializer
  %229 = load <2 x float>, ptr %14, align 4
  %230 = fmul contract <2 x float> %228, %191
  %231 = fadd contract <2 x float> %229, %230
  store <2 x float> %231, ptr %14, align 4
  %232 = mul nsw i64 %182, 10
  %233 = add nsw i64 %232, %i15
  %234 = add nsw i64 %175, %233
  %235 = getelementptr inbounds float, ptr %24, i64 %234
  %236 = load float, ptr %235, align 4
  %237 = insertelement <2 x float> poison, float %236, i32 0
  %238 = shufflevector <2 x float> %237, <2 x float> poison, <2 x i32> zeroinitializer
  %239 = load <2 x float>, ptr %15, align 4
  %240 = fmul contract <2 x float> %238, %191
  %241 = fadd contract <2 x float> %239, %240
  store <2 x float> %241, ptr %15, align 4
  %242 = mul nsw i64 %183, 10
  %243 = add nsw i64 %242, %i15
  %244 = add nsw i64 %175, %243
  %245 = getelementptr inbounds float, ptr %24, i64 %244
  %246 = load float, ptr %245, align 4
  %247 = insertelement <2 x float> poison, float %246, i32 0
  %248 = shufflevector <2 x float> %247, <2 x float> poison, <2 x i32> zeroinitializer
  %249 = load <2 x float>, ptr %16, align 4
  %250 = fmul contract <2 x float> %248, %191
  %251 = fadd contract <2 x float> %249, %250
  store <2 x float> %251, ptr %16, align 4
  %252 = mul nsw i64 %184, 10
  %253 = add nsw i64 %252, %i15
  %254 = add nsw i64 %175, %253
  %255 = getelementptr inbounds float, ptr %24, i64 %254
  %256 = load float, ptr %255, align 4
  %257 = insertelement <2 x float> poison, float %256, i32 0
  %258 = shufflevector <2 x float> %257, <2 x float> poison, <2 x i32> zeroinitializer
  %259 = load <2 x float>, ptr %17, align 4
  %260 = fmul contract <2 x float> %258, %191
  %261 = fadd contract <2 x float> %259, %260
  store <2 x float> %261, ptr %17, align 4
  %262 = mul nsw i64 %185, 10
  %263 = add nsw i64 %262, %i15
  %264 = add nsw i64 %175, %263
  %265 = getelementptr inbounds float, ptr %24, i64 %264
  %266 = load float, ptr %265, align 4
  %267 = insertelement <2 x float> poison, float %266, i32 0
  %268 = shufflevector <2 x float> %267, <2 x float> poison, <2 x i32> zeroinitializer
  %269 = load <2 x float>, ptr %18, align 4
  %270 = fmul contract <2 x float> %268, %191
  %271 = fadd contract <2 x float> %269, %270
  store <2 x float> %271, ptr %18, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %272 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !37

exit14:                                           ; preds = %loop11
  %273 = load <2 x float>, ptr %11, align 4
  %274 = load <2 x float>, ptr %12, align 4
  %275 = load <2 x float>, ptr %13, align 4
  %276 = load <2 x float>, ptr %14, align 4
  %277 = load <2 x float>, ptr %15, align 4
  %278 = load <2 x float>, ptr %16, align 4
  %279 = load <2 x float>, ptr %17, align 4
  %280 = load <2 x float>, ptr %18, align 4
  %281 = mul nsw i64 %178, 10
  %282 = add nsw i64 %281, 8
  %283 = add nsw i64 %177, %282
  %284 = getelementptr inbounds float, ptr %28, i64 %283
  store <2 x float> %273, ptr %284, align 4
  %285 = mul nsw i64 %179, 10
  %286 = add nsw i64 %285, 8
  %287 = add nsw i64 %177, %286
  %288 = getelementptr inbounds float, ptr %28, i64 %287
  store <2 x float> %274, ptr %288, align 4
  %289 = mul nsw i64 %180, 10
  %290 = add nsw i64 %289, 8
  %291 = add nsw i64 %177, %290
  %292 = getelementptr inbounds float, ptr %28, i64 %291
  store <2 x float> %275, ptr %292, align 4
  %293 = mul nsw i64 %181, 10
  %294 = add nsw i64 %293, 8
  %295 = add nsw i64 %177, %294
  %296 = getelementptr inbounds float, ptr %28, i64 %295
  store <2 x float> %276, ptr %296, align 4
  %297 = mul nsw i64 %182, 10
  %298 = add nsw i64 %297, 8
  %299 = add nsw i64 %177, %298
  %300 = getelementptr inbounds float, ptr %28, i64 %299
  store <2 x float> %277, ptr %300, align 4
  %301 = mul nsw i64 %183, 10
  %302 = add nsw i64 %301, 8
  %303 = add nsw i64 %177, %302
  %304 = getelementptr inbounds float, ptr %28, i64 %303
  store <2 x float> %278, ptr %304, align 4
  %305 = mul nsw i64 %184, 10
  %306 = add nsw i64 %305, 8
  %307 = add nsw i64 %177, %306
  %308 = getelementptr inbounds float, ptr %28, i64 %307
  store <2 x float> %279, ptr %308, align 4
  %309 = mul nsw i64 %185, 10
  %310 = add nsw i64 %309, 8
  %311 = add nsw i64 %177, %310
  %312 = getelementptr inbounds float, ptr %28, i64 %311
  store <2 x float> %280, ptr %312, align 4
  br label %latch3

loop16:                                           ; preds = %latch18, %exit4
  %i20 = phi i64 [ 0, %exit4 ], [ %337, %latch18 ]
  %313 = icmp slt i64 %i20, 10
  br i1 %313, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %314 = mul nsw i64 %i20, 10
  %315 = add nsw i64 %314, 0
  %316 = add nsw i64 %46, %315
  %317 = getelementptr inbounds float, ptr %26, i64 %316
  %318 = load <8 x float>, ptr %317, align 4
  %319 = add nsw i64 80, %i20
  %320 = add nsw i64 %45, %319
  %321 = getelementptr inbounds float, ptr %24, i64 %320
  %322 = load float, ptr %321, align 4
  %323 = insertelement <8 x float> poison, float %322, i32 0
  %324 = shufflevector <8 x float> %323, <8 x float> poison, <8 x i32> zeroinitializer
  %325 = load <8 x float>, ptr %19, align 4
  %326 = fmul contract <8 x float> %324, %318
  %327 = fadd contract <8 x float> %325, %326
  store <8 x float> %327, ptr %19, align 4
  %328 = add nsw i64 90, %i20
  %329 = add nsw i64 %45, %328
  %330 = getelementptr inbounds float, ptr %24, i64 %329
  %331 = load float, ptr %330, align 4
  %332 = insertelement <8 x float> poison, float %331, i32 0
  %333 = shufflevector <8 x float> %332, <8 x float> poison, <8 x i32> zeroinitializer
  %334 = load <8 x float>, ptr %20, align 4
  %335 = fmul contract <8 x float> %333, %318
  %336 = fadd contract <8 x float> %334, %335
  store <8 x float> %336, ptr %20, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %337 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !38

exit19:                                           ; preds = %loop16
  %338 = load <8 x float>, ptr %19, align 4
  %339 = load <8 x float>, ptr %20, align 4
  %340 = add nsw i64 %47, 80
  %341 = getelementptr inbounds float, ptr %28, i64 %340
  store <8 x float> %338, ptr %341, align 4
  %342 = add nsw i64 %47, 90
  %343 = getelementptr inbounds float, ptr %28, i64 %342
  store <8 x float> %339, ptr %343, align 4
  %344 = mul nsw i64 %i, 100
  %345 = mul nsw i64 %i, 100
  %346 = mul nsw i64 %i, 100
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %21, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %22, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %371, %latch23 ]
  %347 = icmp slt i64 %i25, 10
  br i1 %347, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %348 = mul nsw i64 %i25, 10
  %349 = add nsw i64 %348, 8
  %350 = add nsw i64 %345, %349
  %351 = getelementptr inbounds float, ptr %26, i64 %350
  %352 = load <2 x float>, ptr %351, align 4
  %353 = add nsw i64 80, %i25
  %354 = add nsw i64 %344, %353
  %355 = getelementptr inbounds float, ptr %24, i64 %354
  %356 = load float, ptr %355, align 4
  %357 = insertelement <2 x float> poison, float %356, i32 0
  %358 = shufflevector <2 x float> %357, <2 x float> poison, <2 x i32> zeroinitializer
  %359 = load <2 x float>, ptr %21, align 4
  %360 = fmul contract <2 x float> %358, %352
  %361 = fadd contract <2 x float> %359, %360
  store <2 x float> %361, ptr %21, align 4
  %362 = add nsw i64 90, %i25
  %363 = add nsw i64 %344, %362
  %364 = getelementptr inbounds float, ptr %24, i64 %363
  %365 = load float, ptr %364, align 4
  %366 = insertelement <2 x float> poison, float %365, i32 0
  %367 = shufflevector <2 x float> %366, <2 x float> poison, <2 x i32> zeroinitializer
  %368 = load <2 x float>, ptr %22, align 4
  %369 = fmul contract <2 x float> %367, %352
  %370 = fadd contract <2 x float> %368, %369
  store <2 x float> %370, ptr %22, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %371 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !39

exit24:                                           ; preds = %loop21
  %372 = load <2 x float>, ptr %21, align 4
  %373 = load <2 x float>, ptr %22, align 4
  %374 = add nsw i64 %346, 88
  %375 = getelementptr inbounds float, ptr %28, i64 %374
  store <2 x float> %372, ptr %375, align 4
  %376 = add nsw i64 %346, 98
  %377 = getelementptr inbounds float, ptr %28, i64 %376
  store <2 x float> %373, ptr %377, align 4
  br label %latch
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
!8 = distinct !{!8, !9, !1}
!9 = !{!"llvm.loop.vectorize.enable", i1 false}
!10 = distinct !{!10, !9, !1}
!11 = distinct !{!11, !9, !1}
!12 = distinct !{!12, !9, !1}
!13 = distinct !{!13, !9, !1}
!14 = distinct !{!14, !6, !1}
!15 = distinct !{!15, !6, !1}
!16 = distinct !{!16, !9, !1}
!17 = distinct !{!17, !9, !1}
!18 = distinct !{!18, !9, !1}
!19 = distinct !{!19, !9, !1}
!20 = distinct !{!20, !6, !1}
!21 = distinct !{!21, !6, !1}
!22 = distinct !{!22, !9, !1}
!23 = distinct !{!23, !9, !1}
!24 = distinct !{!24, !9, !1}
!25 = distinct !{!25, !1}
!26 = distinct !{!26, !9, !1}
!27 = distinct !{!27, !9, !1}
!28 = distinct !{!28, !1}
!29 = distinct !{!29, !9, !1}
!30 = distinct !{!30, !9, !1}
!31 = distinct !{!31, !1}
!32 = distinct !{!32, !9, !1}
!33 = distinct !{!33, !9, !1}
!34 = distinct !{!34, !1}
!35 = distinct !{!35, !6, !1}
!36 = distinct !{!36, !9, !1}
!37 = distinct !{!37, !9, !1}
!38 = distinct !{!38, !9, !1}
!39 = distinct !{!39, !9, !1}
