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
  br label %loop1

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
  br label %loop16

exit19:                                           ; preds = %loop16
  %148 = load <8 x float>, ptr %3, align 4
  %149 = mul nsw i64 %49, 10
  %150 = add nsw i64 %149, 0
  %151 = add nsw i64 %48, %150
  %152 = getelementptr inbounds float, ptr %28, i64 %151
  store <8 x float> %148, ptr %152, align 4
  %153 = load <8 x float>, ptr %4, align 4
  %154 = mul nsw i64 %50, 10
  %155 = add nsw i64 %154, 0
  %156 = add nsw i64 %48, %155
  %157 = getelementptr inbounds float, ptr %28, i64 %156
  store <8 x float> %153, ptr %157, align 4
  %158 = load <8 x float>, ptr %5, align 4
  %159 = mul nsw i64 %51, 10
  %160 = add nsw i64 %159, 0
  %161 = add nsw i64 %48, %160
  %162 = getelementptr inbounds float, ptr %28, i64 %161
  store <8 x float> %158, ptr %162, align 4
  %163 = load <8 x float>, ptr %6, align 4
  %164 = mul nsw i64 %52, 10
  %165 = add nsw i64 %164, 0
  %166 = add nsw i64 %48, %165
  %167 = getelementptr inbounds float, ptr %28, i64 %166
  store <8 x float> %163, ptr %167, align 4
  %168 = load <8 x float>, ptr %7, align 4
  %169 = mul nsw i64 %53, 10
  %170 = add nsw i64 %169, 0
  %171 = add nsw i64 %48, %170
  %172 = getelementptr inbounds float, ptr %28, i64 %171
  store <8 x float> %168, ptr %172, align 4
  %173 = load <8 x float>, ptr %8, align 4
  %174 = mul nsw i64 %54, 10
  %175 = add nsw i64 %174, 0
  %176 = add nsw i64 %48, %175
  %177 = getelementptr inbounds float, ptr %28, i64 %176
  store <8 x float> %173, ptr %177, align 4
  %178 = load <8 x float>, ptr %9, align 4
  %179 = mul nsw i64 %55, 10
  %180 = add nsw i64 %179, 0
  %181 = add nsw i64 %48, %180
  %182 = getelementptr inbounds float, ptr %28, i64 %181
  store <8 x float> %178, ptr %182, align 4
  %183 = load <8 x float>, ptr %10, align 4
  %184 = mul nsw i64 %56, 10
  %185 = add nsw i64 %184, 0
  %186 = add nsw i64 %48, %185
  %187 = getelementptr inbounds float, ptr %28, i64 %186
  store <8 x float> %183, ptr %187, align 4
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
  br label %loop21

exit24:                                           ; preds = %loop21
  %286 = load <2 x float>, ptr %11, align 4
  %287 = mul nsw i64 %191, 10
  %288 = add nsw i64 %287, 8
  %289 = add nsw i64 %190, %288
  %290 = getelementptr inbounds float, ptr %28, i64 %289
  store <2 x float> %286, ptr %290, align 4
  %291 = load <2 x float>, ptr %12, align 4
  %292 = mul nsw i64 %192, 10
  %293 = add nsw i64 %292, 8
  %294 = add nsw i64 %190, %293
  %295 = getelementptr inbounds float, ptr %28, i64 %294
  store <2 x float> %291, ptr %295, align 4
  %296 = load <2 x float>, ptr %13, align 4
  %297 = mul nsw i64 %193, 10
  %298 = add nsw i64 %297, 8
  %299 = add nsw i64 %190, %298
  %300 = getelementptr inbounds float, ptr %28, i64 %299
  store <2 x float> %296, ptr %300, align 4
  %301 = load <2 x float>, ptr %14, align 4
  %302 = mul nsw i64 %194, 10
  %303 = add nsw i64 %302, 8
  %304 = add nsw i64 %190, %303
  %305 = getelementptr inbounds float, ptr %28, i64 %304
  store <2 x float> %301, ptr %305, align 4
  %306 = load <2 x float>, ptr %15, align 4
  %307 = mul nsw i64 %195, 10
  %308 = add nsw i64 %307, 8
  %309 = add nsw i64 %190, %308
  %310 = getelementptr inbounds float, ptr %28, i64 %309
  store <2 x float> %306, ptr %310, align 4
  %311 = load <2 x float>, ptr %16, align 4
  %312 = mul nsw i64 %196, 10
  %313 = add nsw i64 %312, 8
  %314 = add nsw i64 %190, %313
  %315 = getelementptr inbounds float, ptr %28, i64 %314
  store <2 x float> %311, ptr %315, align 4
  %316 = load <2 x float>, ptr %17, align 4
  %317 = mul nsw i64 %197, 10
  %318 = add nsw i64 %317, 8
  %319 = add nsw i64 %190, %318
  %320 = getelementptr inbounds float, ptr %28, i64 %319
  store <2 x float> %316, ptr %320, align 4
  %321 = load <2 x float>, ptr %18, align 4
  %322 = mul nsw i64 %198, 10
  %323 = add nsw i64 %322, 8
  %324 = add nsw i64 %190, %323
  %325 = getelementptr inbounds float, ptr %28, i64 %324
  store <2 x float> %321, ptr %325, align 4
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
  br label %loop26

exit29:                                           ; preds = %loop26
  %351 = load <8 x float>, ptr %19, align 4
  %352 = add nsw i64 %60, 80
  %353 = getelementptr inbounds float, ptr %28, i64 %352
  store <8 x float> %351, ptr %353, align 4
  %354 = load <8 x float>, ptr %20, align 4
  %355 = add nsw i64 %60, 90
  %356 = getelementptr inbounds float, ptr %28, i64 %355
  store <8 x float> %354, ptr %356, align 4
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
  br label %loop31

exit34:                                           ; preds = %loop31
  %385 = load <2 x float>, ptr %21, align 4
  %386 = add nsw i64 %359, 88
  %387 = getelementptr inbounds float, ptr %28, i64 %386
  store <2 x float> %385, ptr %387, align 4
  %388 = load <2 x float>, ptr %22, align 4
  %389 = add nsw i64 %359, 98
  %390 = getelementptr inbounds float, ptr %28, i64 %389
  store <2 x float> %388, ptr %390, align 4
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
  br label %loop, !llvm.loop !8

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
  br label %loop6, !llvm.loop !9

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
  br label %loop6

exit9:                                            ; preds = %loop6
  %135 = load <8 x float>, ptr %3, align 4
  %136 = mul nsw i64 %36, 10
  %137 = add nsw i64 %136, 0
  %138 = add nsw i64 %35, %137
  %139 = getelementptr inbounds float, ptr %28, i64 %138
  store <8 x float> %135, ptr %139, align 4
  %140 = load <8 x float>, ptr %4, align 4
  %141 = mul nsw i64 %37, 10
  %142 = add nsw i64 %141, 0
  %143 = add nsw i64 %35, %142
  %144 = getelementptr inbounds float, ptr %28, i64 %143
  store <8 x float> %140, ptr %144, align 4
  %145 = load <8 x float>, ptr %5, align 4
  %146 = mul nsw i64 %38, 10
  %147 = add nsw i64 %146, 0
  %148 = add nsw i64 %35, %147
  %149 = getelementptr inbounds float, ptr %28, i64 %148
  store <8 x float> %145, ptr %149, align 4
  %150 = load <8 x float>, ptr %6, align 4
  %151 = mul nsw i64 %39, 10
  %152 = add nsw i64 %151, 0
  %153 = add nsw i64 %35, %152
  %154 = getelementptr inbounds float, ptr %28, i64 %153
  store <8 x float> %150, ptr %154, align 4
  %155 = load <8 x float>, ptr %7, align 4
  %156 = mul nsw i64 %40, 10
  %157 = add nsw i64 %156, 0
  %158 = add nsw i64 %35, %157
  %159 = getelementptr inbounds float, ptr %28, i64 %158
  store <8 x float> %155, ptr %159, align 4
  %160 = load <8 x float>, ptr %8, align 4
  %161 = mul nsw i64 %41, 10
  %162 = add nsw i64 %161, 0
  %163 = add nsw i64 %35, %162
  %164 = getelementptr inbounds float, ptr %28, i64 %163
  store <8 x float> %160, ptr %164, align 4
  %165 = load <8 x float>, ptr %9, align 4
  %166 = mul nsw i64 %42, 10
  %167 = add nsw i64 %166, 0
  %168 = add nsw i64 %35, %167
  %169 = getelementptr inbounds float, ptr %28, i64 %168
  store <8 x float> %165, ptr %169, align 4
  %170 = load <8 x float>, ptr %10, align 4
  %171 = mul nsw i64 %43, 10
  %172 = add nsw i64 %171, 0
  %173 = add nsw i64 %35, %172
  %174 = getelementptr inbounds float, ptr %28, i64 %173
  store <8 x float> %170, ptr %174, align 4
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
  br label %loop11

exit14:                                           ; preds = %loop11
  %273 = load <2 x float>, ptr %11, align 4
  %274 = mul nsw i64 %178, 10
  %275 = add nsw i64 %274, 8
  %276 = add nsw i64 %177, %275
  %277 = getelementptr inbounds float, ptr %28, i64 %276
  store <2 x float> %273, ptr %277, align 4
  %278 = load <2 x float>, ptr %12, align 4
  %279 = mul nsw i64 %179, 10
  %280 = add nsw i64 %279, 8
  %281 = add nsw i64 %177, %280
  %282 = getelementptr inbounds float, ptr %28, i64 %281
  store <2 x float> %278, ptr %282, align 4
  %283 = load <2 x float>, ptr %13, align 4
  %284 = mul nsw i64 %180, 10
  %285 = add nsw i64 %284, 8
  %286 = add nsw i64 %177, %285
  %287 = getelementptr inbounds float, ptr %28, i64 %286
  store <2 x float> %283, ptr %287, align 4
  %288 = load <2 x float>, ptr %14, align 4
  %289 = mul nsw i64 %181, 10
  %290 = add nsw i64 %289, 8
  %291 = add nsw i64 %177, %290
  %292 = getelementptr inbounds float, ptr %28, i64 %291
  store <2 x float> %288, ptr %292, align 4
  %293 = load <2 x float>, ptr %15, align 4
  %294 = mul nsw i64 %182, 10
  %295 = add nsw i64 %294, 8
  %296 = add nsw i64 %177, %295
  %297 = getelementptr inbounds float, ptr %28, i64 %296
  store <2 x float> %293, ptr %297, align 4
  %298 = load <2 x float>, ptr %16, align 4
  %299 = mul nsw i64 %183, 10
  %300 = add nsw i64 %299, 8
  %301 = add nsw i64 %177, %300
  %302 = getelementptr inbounds float, ptr %28, i64 %301
  store <2 x float> %298, ptr %302, align 4
  %303 = load <2 x float>, ptr %17, align 4
  %304 = mul nsw i64 %184, 10
  %305 = add nsw i64 %304, 8
  %306 = add nsw i64 %177, %305
  %307 = getelementptr inbounds float, ptr %28, i64 %306
  store <2 x float> %303, ptr %307, align 4
  %308 = load <2 x float>, ptr %18, align 4
  %309 = mul nsw i64 %185, 10
  %310 = add nsw i64 %309, 8
  %311 = add nsw i64 %177, %310
  %312 = getelementptr inbounds float, ptr %28, i64 %311
  store <2 x float> %308, ptr %312, align 4
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
  br label %loop16

exit19:                                           ; preds = %loop16
  %338 = load <8 x float>, ptr %19, align 4
  %339 = add nsw i64 %47, 80
  %340 = getelementptr inbounds float, ptr %28, i64 %339
  store <8 x float> %338, ptr %340, align 4
  %341 = load <8 x float>, ptr %20, align 4
  %342 = add nsw i64 %47, 90
  %343 = getelementptr inbounds float, ptr %28, i64 %342
  store <8 x float> %341, ptr %343, align 4
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
  br label %loop21

exit24:                                           ; preds = %loop21
  %372 = load <2 x float>, ptr %21, align 4
  %373 = add nsw i64 %346, 88
  %374 = getelementptr inbounds float, ptr %28, i64 %373
  store <2 x float> %372, ptr %374, align 4
  %375 = load <2 x float>, ptr %22, align 4
  %376 = add nsw i64 %346, 98
  %377 = getelementptr inbounds float, ptr %28, i64 %376
  store <2 x float> %375, ptr %377, align 4
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
  br label %loop1, !llvm.loop !10

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
  br label %loop, !llvm.loop !11

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
  %11 = alloca <8 x float>, align 16
  %12 = alloca <8 x float>, align 16
  %13 = alloca <8 x float>, align 16
  %14 = alloca <8 x float>, align 16
  %15 = alloca <8 x float>, align 16
  %16 = alloca <8 x float>, align 16
  %17 = alloca <8 x float>, align 16
  %18 = alloca <8 x float>, align 16
  %19 = alloca <2 x float>, align 16
  %20 = alloca <2 x float>, align 16
  %21 = alloca <2 x float>, align 16
  %22 = alloca <2 x float>, align 16
  %23 = alloca <2 x float>, align 16
  %24 = alloca <2 x float>, align 16
  %25 = alloca <2 x float>, align 16
  %26 = alloca <2 x float>, align 16
  %27 = alloca <2 x float>, align 16
  %28 = alloca <2 x float>, align 16
  %29 = alloca <2 x float>, align 16
  %30 = alloca <2 x float>, align 16
  %31 = alloca <2 x float>, align 16
  %32 = alloca <2 x float>, align 16
  %33 = alloca <2 x float>, align 16
  %34 = alloca <2 x float>, align 16
  %35 = alloca <8 x float>, align 16
  %36 = alloca <8 x float>, align 16
  %37 = alloca <8 x float>, align 16
  %38 = alloca <8 x float>, align 16
  %39 = alloca <2 x float>, align 16
  %40 = alloca <2 x float>, align 16
  %41 = alloca <2 x float>, align 16
  %42 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %43 = getelementptr inbounds ptr, ptr %0, i64 0
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds ptr, ptr %0, i64 1
  %46 = load ptr, ptr %45, align 8
  %47 = getelementptr inbounds ptr, ptr %0, i64 2
  %48 = load ptr, ptr %47, align 8
  %49 = getelementptr inbounds ptr, ptr %0, i64 3
  %50 = load ptr, ptr %49, align 8
  %51 = getelementptr inbounds ptr, ptr %0, i64 4
  %52 = load ptr, ptr %51, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %54, %latch ]
  %53 = icmp slt i64 %i, 10
  br i1 %53, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %54 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %63, %latch3 ]
  %55 = icmp slt i64 %i5, 10
  br i1 %55, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %56 = mul nsw i64 %i5, 10
  %57 = add nsw i64 %56, %i
  %58 = getelementptr inbounds float, ptr %46, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = mul nsw i64 %i, 10
  %61 = add nsw i64 %60, %i5
  %62 = getelementptr inbounds float, ptr %52, i64 %61
  store float %59, ptr %62, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %63 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %65, %latch8 ]
  %64 = icmp slt i64 %i10, 1
  br i1 %64, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit134
  %65 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %79, %latch13 ]
  %66 = icmp slt i64 %i15, 1
  br i1 %66, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %67 = mul nsw i64 %i15, 8
  %68 = mul nsw i64 %i10, 100
  %69 = mul nsw i64 %i10, 100
  %70 = mul nsw i64 %i10, 100
  %71 = add nsw i64 %67, 0
  %72 = add nsw i64 %67, 1
  %73 = add nsw i64 %67, 2
  %74 = add nsw i64 %67, 3
  %75 = add nsw i64 %67, 4
  %76 = add nsw i64 %67, 5
  %77 = add nsw i64 %67, 6
  %78 = add nsw i64 %67, 7
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop16

latch13:                                          ; preds = %exit104
  %79 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %80 = mul nsw i64 %i10, 100
  %81 = mul nsw i64 %i10, 100
  %82 = mul nsw i64 %i10, 100
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %35, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %36, align 4
  br label %loop106

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %169, %latch18 ]
  %83 = icmp slt i64 %i20, 10
  br i1 %83, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %84 = mul nsw i64 %i20, 10
  %85 = add nsw i64 %84, 0
  %86 = add nsw i64 %69, %85
  %87 = getelementptr inbounds float, ptr %52, i64 %86
  %88 = load <8 x float>, ptr %87, align 4
  %89 = mul nsw i64 %71, 10
  %90 = add nsw i64 %89, %i20
  %91 = add nsw i64 %68, %90
  %92 = getelementptr inbounds float, ptr %44, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = insertelement <8 x float> poison, float %93, i32 0
  %95 = shufflevector <8 x float> %94, <8 x float> poison, <8 x i32> zeroinitializer
  %96 = load <8 x float>, ptr %3, align 4
  %97 = fmul contract <8 x float> %95, %88
  %98 = fadd contract <8 x float> %96, %97
  store <8 x float> %98, ptr %3, align 4
  %99 = mul nsw i64 %72, 10
  %100 = add nsw i64 %99, %i20
  %101 = add nsw i64 %68, %100
  %102 = getelementptr inbounds float, ptr %44, i64 %101
  %103 = load float, ptr %102, align 4
  %104 = insertelement <8 x float> poison, float %103, i32 0
  %105 = shufflevector <8 x float> %104, <8 x float> poison, <8 x i32> zeroinitializer
  %106 = load <8 x float>, ptr %4, align 4
  %107 = fmul contract <8 x float> %105, %88
  %108 = fadd contract <8 x float> %106, %107
  store <8 x float> %108, ptr %4, align 4
  %109 = mul nsw i64 %73, 10
  %110 = add nsw i64 %109, %i20
  %111 = add nsw i64 %68, %110
  %112 = getelementptr inbounds float, ptr %44, i64 %111
  %113 = load float, ptr %112, align 4
  %114 = insertelement <8 x float> poison, float %113, i32 0
  %115 = shufflevector <8 x float> %114, <8 x float> poison, <8 x i32> zeroinitializer
  %116 = load <8 x float>, ptr %5, align 4
  %117 = fmul contract <8 x float> %115, %88
  %118 = fadd contract <8 x float> %116, %117
  store <8 x float> %118, ptr %5, align 4
  %119 = mul nsw i64 %74, 10
  %120 = add nsw i64 %119, %i20
  %121 = add nsw i64 %68, %120
  %122 = getelementptr inbounds float, ptr %44, i64 %121
  %123 = load float, ptr %122, align 4
  %124 = insertelement <8 x float> poison, float %123, i32 0
  %125 = shufflevector <8 x float> %124, <8 x float> poison, <8 x i32> zeroinitializer
  %126 = load <8 x float>, ptr %6, align 4
  %127 = fmul contract <8 x float> %125, %88
  %128 = fadd contract <8 x float> %126, %127
  store <8 x float> %128, ptr %6, align 4
  %129 = mul nsw i64 %75, 10
  %130 = add nsw i64 %129, %i20
  %131 = add nsw i64 %68, %130
  %132 = getelementptr inbounds float, ptr %44, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = insertelement <8 x float> poison, float %133, i32 0
  %135 = shufflevector <8 x float> %134, <8 x float> poison, <8 x i32> zeroinitializer
  %136 = load <8 x float>, ptr %7, align 4
  %137 = fmul contract <8 x float> %135, %88
  %138 = fadd contract <8 x float> %136, %137
  store <8 x float> %138, ptr %7, align 4
  %139 = mul nsw i64 %76, 10
  %140 = add nsw i64 %139, %i20
  %141 = add nsw i64 %68, %140
  %142 = getelementptr inbounds float, ptr %44, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = insertelement <8 x float> poison, float %143, i32 0
  %145 = shufflevector <8 x float> %144, <8 x float> poison, <8 x i32> zeroinitializer
  %146 = load <8 x float>, ptr %8, align 4
  %147 = fmul contract <8 x float> %145, %88
  %148 = fadd contract <8 x float> %146, %147
  store <8 x float> %148, ptr %8, align 4
  %149 = mul nsw i64 %77, 10
  %150 = add nsw i64 %149, %i20
  %151 = add nsw i64 %68, %150
  %152 = getelementptr inbounds float, ptr %44, i64 %151
  %153 = load float, ptr %152, align 4
  %154 = insertelement <8 x float> poison, float %153, i32 0
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <8 x i32> zeroinitializer
  %156 = load <8 x float>, ptr %9, align 4
  %157 = fmul contract <8 x float> %155, %88
  %158 = fadd contract <8 x float> %156, %157
  store <8 x float> %158, ptr %9, align 4
  %159 = mul nsw i64 %78, 10
  %160 = add nsw i64 %159, %i20
  %161 = add nsw i64 %68, %160
  %162 = getelementptr inbounds float, ptr %44, i64 %161
  %163 = load float, ptr %162, align 4
  %164 = insertelement <8 x float> poison, float %163, i32 0
  %165 = shufflevector <8 x float> %164, <8 x float> poison, <8 x i32> zeroinitializer
  %166 = load <8 x float>, ptr %10, align 4
  %167 = fmul contract <8 x float> %165, %88
  %168 = fadd contract <8 x float> %166, %167
  store <8 x float> %168, ptr %10, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %169 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  %170 = load <8 x float>, ptr %3, align 4
  store <8 x float> %170, ptr %11, align 4
  %171 = mul nsw i64 %i10, 10
  %172 = add nsw i64 %171, %71
  %173 = mul nsw i64 %172, 10
  %174 = add nsw i64 %173, 0
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %187, %latch23 ]
  %175 = icmp slt i64 %i25, 8
  br i1 %175, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %176 = add nsw i64 0, %i25
  %177 = mul nsw i64 %71, 10
  %178 = add nsw i64 %177, %176
  %179 = sub i64 %178, %174
  %180 = getelementptr inbounds float, ptr %11, i64 %179
  %181 = load float, ptr %180, align 4
  %182 = getelementptr inbounds float, ptr %48, i64 %71
  %183 = load float, ptr %182, align 4
  %184 = fmul float %181, %183
  %185 = add nsw i64 %174, %i25
  %186 = getelementptr inbounds float, ptr %50, i64 %185
  store float %184, ptr %186, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %187 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !12

exit24:                                           ; preds = %loop21
  %188 = load <8 x float>, ptr %4, align 4
  store <8 x float> %188, ptr %12, align 4
  %189 = mul nsw i64 %i10, 10
  %190 = add nsw i64 %189, %72
  %191 = mul nsw i64 %190, 10
  %192 = add nsw i64 %191, 0
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %205, %latch28 ]
  %193 = icmp slt i64 %i30, 8
  br i1 %193, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %194 = add nsw i64 0, %i30
  %195 = mul nsw i64 %72, 10
  %196 = add nsw i64 %195, %194
  %197 = sub i64 %196, %192
  %198 = getelementptr inbounds float, ptr %12, i64 %197
  %199 = load float, ptr %198, align 4
  %200 = getelementptr inbounds float, ptr %48, i64 %72
  %201 = load float, ptr %200, align 4
  %202 = fmul float %199, %201
  %203 = add nsw i64 %192, %i30
  %204 = getelementptr inbounds float, ptr %50, i64 %203
  store float %202, ptr %204, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %205 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !13

exit29:                                           ; preds = %loop26
  %206 = load <8 x float>, ptr %5, align 4
  store <8 x float> %206, ptr %13, align 4
  %207 = mul nsw i64 %i10, 10
  %208 = add nsw i64 %207, %73
  %209 = mul nsw i64 %208, 10
  %210 = add nsw i64 %209, 0
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %223, %latch33 ]
  %211 = icmp slt i64 %i35, 8
  br i1 %211, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %212 = add nsw i64 0, %i35
  %213 = mul nsw i64 %73, 10
  %214 = add nsw i64 %213, %212
  %215 = sub i64 %214, %210
  %216 = getelementptr inbounds float, ptr %13, i64 %215
  %217 = load float, ptr %216, align 4
  %218 = getelementptr inbounds float, ptr %48, i64 %73
  %219 = load float, ptr %218, align 4
  %220 = fmul float %217, %219
  %221 = add nsw i64 %210, %i35
  %222 = getelementptr inbounds float, ptr %50, i64 %221
  store float %220, ptr %222, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %223 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !14

exit34:                                           ; preds = %loop31
  %224 = load <8 x float>, ptr %6, align 4
  store <8 x float> %224, ptr %14, align 4
  %225 = mul nsw i64 %i10, 10
  %226 = add nsw i64 %225, %74
  %227 = mul nsw i64 %226, 10
  %228 = add nsw i64 %227, 0
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %241, %latch38 ]
  %229 = icmp slt i64 %i40, 8
  br i1 %229, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %230 = add nsw i64 0, %i40
  %231 = mul nsw i64 %74, 10
  %232 = add nsw i64 %231, %230
  %233 = sub i64 %232, %228
  %234 = getelementptr inbounds float, ptr %14, i64 %233
  %235 = load float, ptr %234, align 4
  %236 = getelementptr inbounds float, ptr %48, i64 %74
  %237 = load float, ptr %236, align 4
  %238 = fmul float %235, %237
  %239 = add nsw i64 %228, %i40
  %240 = getelementptr inbounds float, ptr %50, i64 %239
  store float %238, ptr %240, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %241 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !15

exit39:                                           ; preds = %loop36
  %242 = load <8 x float>, ptr %7, align 4
  store <8 x float> %242, ptr %15, align 4
  %243 = mul nsw i64 %i10, 10
  %244 = add nsw i64 %243, %75
  %245 = mul nsw i64 %244, 10
  %246 = add nsw i64 %245, 0
  br label %loop41

loop41:                                           ; preds = %latch43, %exit39
  %i45 = phi i64 [ 0, %exit39 ], [ %259, %latch43 ]
  %247 = icmp slt i64 %i45, 8
  br i1 %247, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %248 = add nsw i64 0, %i45
  %249 = mul nsw i64 %75, 10
  %250 = add nsw i64 %249, %248
  %251 = sub i64 %250, %246
  %252 = getelementptr inbounds float, ptr %15, i64 %251
  %253 = load float, ptr %252, align 4
  %254 = getelementptr inbounds float, ptr %48, i64 %75
  %255 = load float, ptr %254, align 4
  %256 = fmul float %253, %255
  %257 = add nsw i64 %246, %i45
  %258 = getelementptr inbounds float, ptr %50, i64 %257
  store float %256, ptr %258, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %259 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !16

exit44:                                           ; preds = %loop41
  %260 = load <8 x float>, ptr %8, align 4
  store <8 x float> %260, ptr %16, align 4
  %261 = mul nsw i64 %i10, 10
  %262 = add nsw i64 %261, %76
  %263 = mul nsw i64 %262, 10
  %264 = add nsw i64 %263, 0
  br label %loop46

loop46:                                           ; preds = %latch48, %exit44
  %i50 = phi i64 [ 0, %exit44 ], [ %277, %latch48 ]
  %265 = icmp slt i64 %i50, 8
  br i1 %265, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %266 = add nsw i64 0, %i50
  %267 = mul nsw i64 %76, 10
  %268 = add nsw i64 %267, %266
  %269 = sub i64 %268, %264
  %270 = getelementptr inbounds float, ptr %16, i64 %269
  %271 = load float, ptr %270, align 4
  %272 = getelementptr inbounds float, ptr %48, i64 %76
  %273 = load float, ptr %272, align 4
  %274 = fmul float %271, %273
  %275 = add nsw i64 %264, %i50
  %276 = getelementptr inbounds float, ptr %50, i64 %275
  store float %274, ptr %276, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %277 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !17

exit49:                                           ; preds = %loop46
  %278 = load <8 x float>, ptr %9, align 4
  store <8 x float> %278, ptr %17, align 4
  %279 = mul nsw i64 %i10, 10
  %280 = add nsw i64 %279, %77
  %281 = mul nsw i64 %280, 10
  %282 = add nsw i64 %281, 0
  br label %loop51

loop51:                                           ; preds = %latch53, %exit49
  %i55 = phi i64 [ 0, %exit49 ], [ %295, %latch53 ]
  %283 = icmp slt i64 %i55, 8
  br i1 %283, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %284 = add nsw i64 0, %i55
  %285 = mul nsw i64 %77, 10
  %286 = add nsw i64 %285, %284
  %287 = sub i64 %286, %282
  %288 = getelementptr inbounds float, ptr %17, i64 %287
  %289 = load float, ptr %288, align 4
  %290 = getelementptr inbounds float, ptr %48, i64 %77
  %291 = load float, ptr %290, align 4
  %292 = fmul float %289, %291
  %293 = add nsw i64 %282, %i55
  %294 = getelementptr inbounds float, ptr %50, i64 %293
  store float %292, ptr %294, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %295 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !18

exit54:                                           ; preds = %loop51
  %296 = load <8 x float>, ptr %10, align 4
  store <8 x float> %296, ptr %18, align 4
  %297 = mul nsw i64 %i10, 10
  %298 = add nsw i64 %297, %78
  %299 = mul nsw i64 %298, 10
  %300 = add nsw i64 %299, 0
  br label %loop56

loop56:                                           ; preds = %latch58, %exit54
  %i60 = phi i64 [ 0, %exit54 ], [ %313, %latch58 ]
  %301 = icmp slt i64 %i60, 8
  br i1 %301, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %302 = add nsw i64 0, %i60
  %303 = mul nsw i64 %78, 10
  %304 = add nsw i64 %303, %302
  %305 = sub i64 %304, %300
  %306 = getelementptr inbounds float, ptr %18, i64 %305
  %307 = load float, ptr %306, align 4
  %308 = getelementptr inbounds float, ptr %48, i64 %78
  %309 = load float, ptr %308, align 4
  %310 = fmul float %307, %309
  %311 = add nsw i64 %300, %i60
  %312 = getelementptr inbounds float, ptr %50, i64 %311
  store float %310, ptr %312, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %313 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !19

exit59:                                           ; preds = %loop56
  %314 = mul nsw i64 %i10, 100
  %315 = mul nsw i64 %i10, 100
  %316 = mul nsw i64 %i10, 100
  %317 = add nsw i64 %67, 0
  %318 = add nsw i64 %67, 1
  %319 = add nsw i64 %67, 2
  %320 = add nsw i64 %67, 3
  %321 = add nsw i64 %67, 4
  %322 = add nsw i64 %67, 5
  %323 = add nsw i64 %67, 6
  %324 = add nsw i64 %67, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %20, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %21, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %22, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %23, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %24, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %25, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %26, align 4
  br label %loop61

loop61:                                           ; preds = %latch63, %exit59
  %i65 = phi i64 [ 0, %exit59 ], [ %411, %latch63 ]
  %325 = icmp slt i64 %i65, 10
  br i1 %325, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %326 = mul nsw i64 %i65, 10
  %327 = add nsw i64 %326, 8
  %328 = add nsw i64 %315, %327
  %329 = getelementptr inbounds float, ptr %52, i64 %328
  %330 = load <2 x float>, ptr %329, align 4
  %331 = mul nsw i64 %317, 10
  %332 = add nsw i64 %331, %i65
  %333 = add nsw i64 %314, %332
  %334 = getelementptr inbounds float, ptr %44, i64 %333
  %335 = load float, ptr %334, align 4
  %336 = insertelement <2 x float> poison, float %335, i32 0
  %337 = shufflevector <2 x float> %336, <2 x float> poison, <2 x i32> zeroinitializer
  %338 = load <2 x float>, ptr %19, align 4
  %339 = fmul contract <2 x float> %337, %330
  %340 = fadd contract <2 x float> %338, %339
  store <2 x float> %340, ptr %19, align 4
  %341 = mul nsw i64 %318, 10
  %342 = add nsw i64 %341, %i65
  %343 = add nsw i64 %314, %342
  %344 = getelementptr inbounds float, ptr %44, i64 %343
  %345 = load float, ptr %344, align 4
  %346 = insertelement <2 x float> poison, float %345, i32 0
  %347 = shufflevector <2 x float> %346, <2 x float> poison, <2 x i32> zeroinitializer
  %348 = load <2 x float>, ptr %20, align 4
  %349 = fmul contract <2 x float> %347, %330
  %350 = fadd contract <2 x float> %348, %349
  store <2 x float> %350, ptr %20, align 4
  %351 = mul nsw i64 %319, 10
  %352 = add nsw i64 %351, %i65
  %353 = add nsw i64 %314, %352
  %354 = getelementptr inbounds float, ptr %44, i64 %353
  %355 = load float, ptr %354, align 4
  %356 = insertelement <2 x float> poison, float %355, i32 0
  %357 = shufflevector <2 x float> %356, <2 x float> poison, <2 x i32> zeroinitializer
  %358 = load <2 x float>, ptr %21, align 4
  %359 = fmul contract <2 x float> %357, %330
  %360 = fadd contract <2 x float> %358, %359
  store <2 x float> %360, ptr %21, align 4
  %361 = mul nsw i64 %320, 10
  %362 = add nsw i64 %361, %i65
  %363 = add nsw i64 %314, %362
  %364 = getelementptr inbounds float, ptr %44, i64 %363
  %365 = load float, ptr %364, align 4
  %366 = insertelement <2 x float> poison, float %365, i32 0
  %367 = shufflevector <2 x float> %366, <2 x float> poison, <2 x i32> zeroinitializer
  %368 = load <2 x float>, ptr %22, align 4
  %369 = fmul contract <2 x float> %367, %330
  %370 = fadd contract <2 x float> %368, %369
  store <2 x float> %370, ptr %22, align 4
  %371 = mul nsw i64 %321, 10
  %372 = add nsw i64 %371, %i65
  %373 = add nsw i64 %314, %372
  %374 = getelementptr inbounds float, ptr %44, i64 %373
  %375 = load float, ptr %374, align 4
  %376 = insertelement <2 x float> poison, float %375, i32 0
  %377 = shufflevector <2 x float> %376, <2 x float> poison, <2 x i32> zeroinitializer
  %378 = load <2 x float>, ptr %23, align 4
  %379 = fmul contract <2 x float> %377, %330
  %380 = fadd contract <2 x float> %378, %379
  store <2 x float> %380, ptr %23, align 4
  %381 = mul nsw i64 %322, 10
  %382 = add nsw i64 %381, %i65
  %383 = add nsw i64 %314, %382
  %384 = getelementptr inbounds float, ptr %44, i64 %383
  %385 = load float, ptr %384, align 4
  %386 = insertelement <2 x float> poison, float %385, i32 0
  %387 = shufflevector <2 x float> %386, <2 x float> poison, <2 x i32> zeroinitializer
  %388 = load <2 x float>, ptr %24, align 4
  %389 = fmul contract <2 x float> %387, %330
  %390 = fadd contract <2 x float> %388, %389
  store <2 x float> %390, ptr %24, align 4
  %391 = mul nsw i64 %323, 10
  %392 = add nsw i64 %391, %i65
  %393 = add nsw i64 %314, %392
  %394 = getelementptr inbounds float, ptr %44, i64 %393
  %395 = load float, ptr %394, align 4
  %396 = insertelement <2 x float> poison, float %395, i32 0
  %397 = shufflevector <2 x float> %396, <2 x float> poison, <2 x i32> zeroinitializer
  %398 = load <2 x float>, ptr %25, align 4
  %399 = fmul contract <2 x float> %397, %330
  %400 = fadd contract <2 x float> %398, %399
  store <2 x float> %400, ptr %25, align 4
  %401 = mul nsw i64 %324, 10
  %402 = add nsw i64 %401, %i65
  %403 = add nsw i64 %314, %402
  %404 = getelementptr inbounds float, ptr %44, i64 %403
  %405 = load float, ptr %404, align 4
  %406 = insertelement <2 x float> poison, float %405, i32 0
  %407 = shufflevector <2 x float> %406, <2 x float> poison, <2 x i32> zeroinitializer
  %408 = load <2 x float>, ptr %26, align 4
  %409 = fmul contract <2 x float> %407, %330
  %410 = fadd contract <2 x float> %408, %409
  store <2 x float> %410, ptr %26, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %411 = add nsw i64 %i65, 1
  br label %loop61

exit64:                                           ; preds = %loop61
  %412 = load <2 x float>, ptr %19, align 4
  store <2 x float> %412, ptr %27, align 4
  %413 = mul nsw i64 %i10, 10
  %414 = add nsw i64 %413, %317
  %415 = mul nsw i64 %414, 10
  %416 = add nsw i64 %415, 8
  br label %loop66

loop66:                                           ; preds = %latch68, %exit64
  %i70 = phi i64 [ 0, %exit64 ], [ %429, %latch68 ]
  %417 = icmp slt i64 %i70, 2
  br i1 %417, label %body67, label %exit69

body67:                                           ; preds = %loop66
  %418 = add nsw i64 8, %i70
  %419 = mul nsw i64 %317, 10
  %420 = add nsw i64 %419, %418
  %421 = sub i64 %420, %416
  %422 = getelementptr inbounds float, ptr %27, i64 %421
  %423 = load float, ptr %422, align 4
  %424 = getelementptr inbounds float, ptr %48, i64 %317
  %425 = load float, ptr %424, align 4
  %426 = fmul float %423, %425
  %427 = add nsw i64 %416, %i70
  %428 = getelementptr inbounds float, ptr %50, i64 %427
  store float %426, ptr %428, align 4
  br label %latch68

latch68:                                          ; preds = %body67
  %429 = add nsw i64 %i70, 1
  br label %loop66, !llvm.loop !20

exit69:                                           ; preds = %loop66
  %430 = load <2 x float>, ptr %20, align 4
  store <2 x float> %430, ptr %28, align 4
  %431 = mul nsw i64 %i10, 10
  %432 = add nsw i64 %431, %318
  %433 = mul nsw i64 %432, 10
  %434 = add nsw i64 %433, 8
  br label %loop71

loop71:                                           ; preds = %latch73, %exit69
  %i75 = phi i64 [ 0, %exit69 ], [ %447, %latch73 ]
  %435 = icmp slt i64 %i75, 2
  br i1 %435, label %body72, label %exit74

body72:                                           ; preds = %loop71
  %436 = add nsw i64 8, %i75
  %437 = mul nsw i64 %318, 10
  %438 = add nsw i64 %437, %436
  %439 = sub i64 %438, %434
  %440 = getelementptr inbounds float, ptr %28, i64 %439
  %441 = load float, ptr %440, align 4
  %442 = getelementptr inbounds float, ptr %48, i64 %318
  %443 = load float, ptr %442, align 4
  %444 = fmul float %441, %443
  %445 = add nsw i64 %434, %i75
  %446 = getelementptr inbounds float, ptr %50, i64 %445
  store float %444, ptr %446, align 4
  br label %latch73

latch73:                                          ; preds = %body72
  %447 = add nsw i64 %i75, 1
  br label %loop71, !llvm.loop !21

exit74:                                           ; preds = %loop71
  %448 = load <2 x float>, ptr %21, align 4
  store <2 x float> %448, ptr %29, align 4
  %449 = mul nsw i64 %i10, 10
  %450 = add nsw i64 %449, %319
  %451 = mul nsw i64 %450, 10
  %452 = add nsw i64 %451, 8
  br label %loop76

loop76:                                           ; preds = %latch78, %exit74
  %i80 = phi i64 [ 0, %exit74 ], [ %465, %latch78 ]
  %453 = icmp slt i64 %i80, 2
  br i1 %453, label %body77, label %exit79

body77:                                           ; preds = %loop76
  %454 = add nsw i64 8, %i80
  %455 = mul nsw i64 %319, 10
  %456 = add nsw i64 %455, %454
  %457 = sub i64 %456, %452
  %458 = getelementptr inbounds float, ptr %29, i64 %457
  %459 = load float, ptr %458, align 4
  %460 = getelementptr inbounds float, ptr %48, i64 %319
  %461 = load float, ptr %460, align 4
  %462 = fmul float %459, %461
  %463 = add nsw i64 %452, %i80
  %464 = getelementptr inbounds float, ptr %50, i64 %463
  store float %462, ptr %464, align 4
  br label %latch78

latch78:                                          ; preds = %body77
  %465 = add nsw i64 %i80, 1
  br label %loop76, !llvm.loop !22

exit79:                                           ; preds = %loop76
  %466 = load <2 x float>, ptr %22, align 4
  store <2 x float> %466, ptr %30, align 4
  %467 = mul nsw i64 %i10, 10
  %468 = add nsw i64 %467, %320
  %469 = mul nsw i64 %468, 10
  %470 = add nsw i64 %469, 8
  br label %loop81

loop81:                                           ; preds = %latch83, %exit79
  %i85 = phi i64 [ 0, %exit79 ], [ %483, %latch83 ]
  %471 = icmp slt i64 %i85, 2
  br i1 %471, label %body82, label %exit84

body82:                                           ; preds = %loop81
  %472 = add nsw i64 8, %i85
  %473 = mul nsw i64 %320, 10
  %474 = add nsw i64 %473, %472
  %475 = sub i64 %474, %470
  %476 = getelementptr inbounds float, ptr %30, i64 %475
  %477 = load float, ptr %476, align 4
  %478 = getelementptr inbounds float, ptr %48, i64 %320
  %479 = load float, ptr %478, align 4
  %480 = fmul float %477, %479
  %481 = add nsw i64 %470, %i85
  %482 = getelementptr inbounds float, ptr %50, i64 %481
  store float %480, ptr %482, align 4
  br label %latch83

latch83:                                          ; preds = %body82
  %483 = add nsw i64 %i85, 1
  br label %loop81, !llvm.loop !23

exit84:                                           ; preds = %loop81
  %484 = load <2 x float>, ptr %23, align 4
  store <2 x float> %484, ptr %31, align 4
  %485 = mul nsw i64 %i10, 10
  %486 = add nsw i64 %485, %321
  %487 = mul nsw i64 %486, 10
  %488 = add nsw i64 %487, 8
  br label %loop86

loop86:                                           ; preds = %latch88, %exit84
  %i90 = phi i64 [ 0, %exit84 ], [ %501, %latch88 ]
  %489 = icmp slt i64 %i90, 2
  br i1 %489, label %body87, label %exit89

body87:                                           ; preds = %loop86
  %490 = add nsw i64 8, %i90
  %491 = mul nsw i64 %321, 10
  %492 = add nsw i64 %491, %490
  %493 = sub i64 %492, %488
  %494 = getelementptr inbounds float, ptr %31, i64 %493
  %495 = load float, ptr %494, align 4
  %496 = getelementptr inbounds float, ptr %48, i64 %321
  %497 = load float, ptr %496, align 4
  %498 = fmul float %495, %497
  %499 = add nsw i64 %488, %i90
  %500 = getelementptr inbounds float, ptr %50, i64 %499
  store float %498, ptr %500, align 4
  br label %latch88

latch88:                                          ; preds = %body87
  %501 = add nsw i64 %i90, 1
  br label %loop86, !llvm.loop !24

exit89:                                           ; preds = %loop86
  %502 = load <2 x float>, ptr %24, align 4
  store <2 x float> %502, ptr %32, align 4
  %503 = mul nsw i64 %i10, 10
  %504 = add nsw i64 %503, %322
  %505 = mul nsw i64 %504, 10
  %506 = add nsw i64 %505, 8
  br label %loop91

loop91:                                           ; preds = %latch93, %exit89
  %i95 = phi i64 [ 0, %exit89 ], [ %519, %latch93 ]
  %507 = icmp slt i64 %i95, 2
  br i1 %507, label %body92, label %exit94

body92:                                           ; preds = %loop91
  %508 = add nsw i64 8, %i95
  %509 = mul nsw i64 %322, 10
  %510 = add nsw i64 %509, %508
  %511 = sub i64 %510, %506
  %512 = getelementptr inbounds float, ptr %32, i64 %511
  %513 = load float, ptr %512, align 4
  %514 = getelementptr inbounds float, ptr %48, i64 %322
  %515 = load float, ptr %514, align 4
  %516 = fmul float %513, %515
  %517 = add nsw i64 %506, %i95
  %518 = getelementptr inbounds float, ptr %50, i64 %517
  store float %516, ptr %518, align 4
  br label %latch93

latch93:                                          ; preds = %body92
  %519 = add nsw i64 %i95, 1
  br label %loop91, !llvm.loop !25

exit94:                                           ; preds = %loop91
  %520 = load <2 x float>, ptr %25, align 4
  store <2 x float> %520, ptr %33, align 4
  %521 = mul nsw i64 %i10, 10
  %522 = add nsw i64 %521, %323
  %523 = mul nsw i64 %522, 10
  %524 = add nsw i64 %523, 8
  br label %loop96

loop96:                                           ; preds = %latch98, %exit94
  %i100 = phi i64 [ 0, %exit94 ], [ %537, %latch98 ]
  %525 = icmp slt i64 %i100, 2
  br i1 %525, label %body97, label %exit99

body97:                                           ; preds = %loop96
  %526 = add nsw i64 8, %i100
  %527 = mul nsw i64 %323, 10
  %528 = add nsw i64 %527, %526
  %529 = sub i64 %528, %524
  %530 = getelementptr inbounds float, ptr %33, i64 %529
  %531 = load float, ptr %530, align 4
  %532 = getelementptr inbounds float, ptr %48, i64 %323
  %533 = load float, ptr %532, align 4
  %534 = fmul float %531, %533
  %535 = add nsw i64 %524, %i100
  %536 = getelementptr inbounds float, ptr %50, i64 %535
  store float %534, ptr %536, align 4
  br label %latch98

latch98:                                          ; preds = %body97
  %537 = add nsw i64 %i100, 1
  br label %loop96, !llvm.loop !26

exit99:                                           ; preds = %loop96
  %538 = load <2 x float>, ptr %26, align 4
  store <2 x float> %538, ptr %34, align 4
  %539 = mul nsw i64 %i10, 10
  %540 = add nsw i64 %539, %324
  %541 = mul nsw i64 %540, 10
  %542 = add nsw i64 %541, 8
  br label %loop101

loop101:                                          ; preds = %latch103, %exit99
  %i105 = phi i64 [ 0, %exit99 ], [ %555, %latch103 ]
  %543 = icmp slt i64 %i105, 2
  br i1 %543, label %body102, label %exit104

body102:                                          ; preds = %loop101
  %544 = add nsw i64 8, %i105
  %545 = mul nsw i64 %324, 10
  %546 = add nsw i64 %545, %544
  %547 = sub i64 %546, %542
  %548 = getelementptr inbounds float, ptr %34, i64 %547
  %549 = load float, ptr %548, align 4
  %550 = getelementptr inbounds float, ptr %48, i64 %324
  %551 = load float, ptr %550, align 4
  %552 = fmul float %549, %551
  %553 = add nsw i64 %542, %i105
  %554 = getelementptr inbounds float, ptr %50, i64 %553
  store float %552, ptr %554, align 4
  br label %latch103

latch103:                                         ; preds = %body102
  %555 = add nsw i64 %i105, 1
  br label %loop101, !llvm.loop !27

exit104:                                          ; preds = %loop101
  br label %latch13

loop106:                                          ; preds = %latch108, %exit14
  %i110 = phi i64 [ 0, %exit14 ], [ %580, %latch108 ]
  %556 = icmp slt i64 %i110, 10
  br i1 %556, label %body107, label %exit109

body107:                                          ; preds = %loop106
  %557 = mul nsw i64 %i110, 10
  %558 = add nsw i64 %557, 0
  %559 = add nsw i64 %81, %558
  %560 = getelementptr inbounds float, ptr %52, i64 %559
  %561 = load <8 x float>, ptr %560, align 4
  %562 = add nsw i64 80, %i110
  %563 = add nsw i64 %80, %562
  %564 = getelementptr inbounds float, ptr %44, i64 %563
  %565 = load float, ptr %564, align 4
  %566 = insertelement <8 x float> poison, float %565, i32 0
  %567 = shufflevector <8 x float> %566, <8 x float> poison, <8 x i32> zeroinitializer
  %568 = load <8 x float>, ptr %35, align 4
  %569 = fmul contract <8 x float> %567, %561
  %570 = fadd contract <8 x float> %568, %569
  store <8 x float> %570, ptr %35, align 4
  %571 = add nsw i64 90, %i110
  %572 = add nsw i64 %80, %571
  %573 = getelementptr inbounds float, ptr %44, i64 %572
  %574 = load float, ptr %573, align 4
  %575 = insertelement <8 x float> poison, float %574, i32 0
  %576 = shufflevector <8 x float> %575, <8 x float> poison, <8 x i32> zeroinitializer
  %577 = load <8 x float>, ptr %36, align 4
  %578 = fmul contract <8 x float> %576, %561
  %579 = fadd contract <8 x float> %577, %578
  store <8 x float> %579, ptr %36, align 4
  br label %latch108

latch108:                                         ; preds = %body107
  %580 = add nsw i64 %i110, 1
  br label %loop106

exit109:                                          ; preds = %loop106
  %581 = load <8 x float>, ptr %35, align 4
  store <8 x float> %581, ptr %37, align 4
  %582 = mul nsw i64 %i10, 10
  %583 = add nsw i64 %582, 8
  %584 = mul nsw i64 %583, 10
  %585 = add nsw i64 %584, 0
  br label %loop111

loop111:                                          ; preds = %latch113, %exit109
  %i115 = phi i64 [ 0, %exit109 ], [ %597, %latch113 ]
  %586 = icmp slt i64 %i115, 8
  br i1 %586, label %body112, label %exit114

body112:                                          ; preds = %loop111
  %587 = add nsw i64 0, %i115
  %588 = add nsw i64 80, %587
  %589 = sub i64 %588, %585
  %590 = getelementptr inbounds float, ptr %37, i64 %589
  %591 = load float, ptr %590, align 4
  %592 = getelementptr inbounds float, ptr %48, i64 8
  %593 = load float, ptr %592, align 4
  %594 = fmul float %591, %593
  %595 = add nsw i64 %585, %i115
  %596 = getelementptr inbounds float, ptr %50, i64 %595
  store float %594, ptr %596, align 4
  br label %latch113

latch113:                                         ; preds = %body112
  %597 = add nsw i64 %i115, 1
  br label %loop111, !llvm.loop !28

exit114:                                          ; preds = %loop111
  %598 = load <8 x float>, ptr %36, align 4
  store <8 x float> %598, ptr %38, align 4
  %599 = mul nsw i64 %i10, 10
  %600 = add nsw i64 %599, 9
  %601 = mul nsw i64 %600, 10
  %602 = add nsw i64 %601, 0
  br label %loop116

loop116:                                          ; preds = %latch118, %exit114
  %i120 = phi i64 [ 0, %exit114 ], [ %614, %latch118 ]
  %603 = icmp slt i64 %i120, 8
  br i1 %603, label %body117, label %exit119

body117:                                          ; preds = %loop116
  %604 = add nsw i64 0, %i120
  %605 = add nsw i64 90, %604
  %606 = sub i64 %605, %602
  %607 = getelementptr inbounds float, ptr %38, i64 %606
  %608 = load float, ptr %607, align 4
  %609 = getelementptr inbounds float, ptr %48, i64 9
  %610 = load float, ptr %609, align 4
  %611 = fmul float %608, %610
  %612 = add nsw i64 %602, %i120
  %613 = getelementptr inbounds float, ptr %50, i64 %612
  store float %611, ptr %613, align 4
  br label %latch118

latch118:                                         ; preds = %body117
  %614 = add nsw i64 %i120, 1
  br label %loop116, !llvm.loop !29

exit119:                                          ; preds = %loop116
  %615 = mul nsw i64 %i10, 100
  %616 = mul nsw i64 %i10, 100
  %617 = mul nsw i64 %i10, 100
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %39, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %40, align 4
  br label %loop121

loop121:                                          ; preds = %latch123, %exit119
  %i125 = phi i64 [ 0, %exit119 ], [ %642, %latch123 ]
  %618 = icmp slt i64 %i125, 10
  br i1 %618, label %body122, label %exit124

body122:                                          ; preds = %loop121
  %619 = mul nsw i64 %i125, 10
  %620 = add nsw i64 %619, 8
  %621 = add nsw i64 %616, %620
  %622 = getelementptr inbounds float, ptr %52, i64 %621
  %623 = load <2 x float>, ptr %622, align 4
  %624 = add nsw i64 80, %i125
  %625 = add nsw i64 %615, %624
  %626 = getelementptr inbounds float, ptr %44, i64 %625
  %627 = load float, ptr %626, align 4
  %628 = insertelement <2 x float> poison, float %627, i32 0
  %629 = shufflevector <2 x float> %628, <2 x float> poison, <2 x i32> zeroinitializer
  %630 = load <2 x float>, ptr %39, align 4
  %631 = fmul contract <2 x float> %629, %623
  %632 = fadd contract <2 x float> %630, %631
  store <2 x float> %632, ptr %39, align 4
  %633 = add nsw i64 90, %i125
  %634 = add nsw i64 %615, %633
  %635 = getelementptr inbounds float, ptr %44, i64 %634
  %636 = load float, ptr %635, align 4
  %637 = insertelement <2 x float> poison, float %636, i32 0
  %638 = shufflevector <2 x float> %637, <2 x float> poison, <2 x i32> zeroinitializer
  %639 = load <2 x float>, ptr %40, align 4
  %640 = fmul contract <2 x float> %638, %623
  %641 = fadd contract <2 x float> %639, %640
  store <2 x float> %641, ptr %40, align 4
  br label %latch123

latch123:                                         ; preds = %body122
  %642 = add nsw i64 %i125, 1
  br label %loop121

exit124:                                          ; preds = %loop121
  %643 = load <2 x float>, ptr %39, align 4
  store <2 x float> %643, ptr %41, align 4
  %644 = mul nsw i64 %i10, 10
  %645 = add nsw i64 %644, 8
  %646 = mul nsw i64 %645, 10
  %647 = add nsw i64 %646, 8
  br label %loop126

loop126:                                          ; preds = %latch128, %exit124
  %i130 = phi i64 [ 0, %exit124 ], [ %659, %latch128 ]
  %648 = icmp slt i64 %i130, 2
  br i1 %648, label %body127, label %exit129

body127:                                          ; preds = %loop126
  %649 = add nsw i64 8, %i130
  %650 = add nsw i64 80, %649
  %651 = sub i64 %650, %647
  %652 = getelementptr inbounds float, ptr %41, i64 %651
  %653 = load float, ptr %652, align 4
  %654 = getelementptr inbounds float, ptr %48, i64 8
  %655 = load float, ptr %654, align 4
  %656 = fmul float %653, %655
  %657 = add nsw i64 %647, %i130
  %658 = getelementptr inbounds float, ptr %50, i64 %657
  store float %656, ptr %658, align 4
  br label %latch128

latch128:                                         ; preds = %body127
  %659 = add nsw i64 %i130, 1
  br label %loop126, !llvm.loop !30

exit129:                                          ; preds = %loop126
  %660 = load <2 x float>, ptr %40, align 4
  store <2 x float> %660, ptr %42, align 4
  %661 = mul nsw i64 %i10, 10
  %662 = add nsw i64 %661, 9
  %663 = mul nsw i64 %662, 10
  %664 = add nsw i64 %663, 8
  br label %loop131

loop131:                                          ; preds = %latch133, %exit129
  %i135 = phi i64 [ 0, %exit129 ], [ %676, %latch133 ]
  %665 = icmp slt i64 %i135, 2
  br i1 %665, label %body132, label %exit134

body132:                                          ; preds = %loop131
  %666 = add nsw i64 8, %i135
  %667 = add nsw i64 90, %666
  %668 = sub i64 %667, %664
  %669 = getelementptr inbounds float, ptr %42, i64 %668
  %670 = load float, ptr %669, align 4
  %671 = getelementptr inbounds float, ptr %48, i64 9
  %672 = load float, ptr %671, align 4
  %673 = fmul float %670, %672
  %674 = add nsw i64 %664, %i135
  %675 = getelementptr inbounds float, ptr %50, i64 %674
  store float %673, ptr %675, align 4
  br label %latch133

latch133:                                         ; preds = %body132
  %676 = add nsw i64 %i135, 1
  br label %loop131, !llvm.loop !31

exit134:                                          ; preds = %loop131
  br label %latch8
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
  br label %loop1, !llvm.loop !32

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
  br label %loop6

exit9:                                            ; preds = %loop6
  %135 = load <8 x float>, ptr %3, align 4
  %136 = mul nsw i64 %36, 10
  %137 = add nsw i64 %136, 0
  %138 = add nsw i64 %35, %137
  %139 = getelementptr inbounds float, ptr %28, i64 %138
  store <8 x float> %135, ptr %139, align 4
  %140 = load <8 x float>, ptr %4, align 4
  %141 = mul nsw i64 %37, 10
  %142 = add nsw i64 %141, 0
  %143 = add nsw i64 %35, %142
  %144 = getelementptr inbounds float, ptr %28, i64 %143
  store <8 x float> %140, ptr %144, align 4
  %145 = load <8 x float>, ptr %5, align 4
  %146 = mul nsw i64 %38, 10
  %147 = add nsw i64 %146, 0
  %148 = add nsw i64 %35, %147
  %149 = getelementptr inbounds float, ptr %28, i64 %148
  store <8 x float> %145, ptr %149, align 4
  %150 = load <8 x float>, ptr %6, align 4
  %151 = mul nsw i64 %39, 10
  %152 = add nsw i64 %151, 0
  %153 = add nsw i64 %35, %152
  %154 = getelementptr inbounds float, ptr %28, i64 %153
  store <8 x float> %150, ptr %154, align 4
  %155 = load <8 x float>, ptr %7, align 4
  %156 = mul nsw i64 %40, 10
  %157 = add nsw i64 %156, 0
  %158 = add nsw i64 %35, %157
  %159 = getelementptr inbounds float, ptr %28, i64 %158
  store <8 x float> %155, ptr %159, align 4
  %160 = load <8 x float>, ptr %8, align 4
  %161 = mul nsw i64 %41, 10
  %162 = add nsw i64 %161, 0
  %163 = add nsw i64 %35, %162
  %164 = getelementptr inbounds float, ptr %28, i64 %163
  store <8 x float> %160, ptr %164, align 4
  %165 = load <8 x float>, ptr %9, align 4
  %166 = mul nsw i64 %42, 10
  %167 = add nsw i64 %166, 0
  %168 = add nsw i64 %35, %167
  %169 = getelementptr inbounds float, ptr %28, i64 %168
  store <8 x float> %165, ptr %169, align 4
  %170 = load <8 x float>, ptr %10, align 4
  %171 = mul nsw i64 %43, 10
  %172 = add nsw i64 %171, 0
  %173 = add nsw i64 %35, %172
  %174 = getelementptr inbounds float, ptr %28, i64 %173
  store <8 x float> %170, ptr %174, align 4
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
  br label %loop11

exit14:                                           ; preds = %loop11
  %273 = load <2 x float>, ptr %11, align 4
  %274 = mul nsw i64 %178, 10
  %275 = add nsw i64 %274, 8
  %276 = add nsw i64 %177, %275
  %277 = getelementptr inbounds float, ptr %28, i64 %276
  store <2 x float> %273, ptr %277, align 4
  %278 = load <2 x float>, ptr %12, align 4
  %279 = mul nsw i64 %179, 10
  %280 = add nsw i64 %279, 8
  %281 = add nsw i64 %177, %280
  %282 = getelementptr inbounds float, ptr %28, i64 %281
  store <2 x float> %278, ptr %282, align 4
  %283 = load <2 x float>, ptr %13, align 4
  %284 = mul nsw i64 %180, 10
  %285 = add nsw i64 %284, 8
  %286 = add nsw i64 %177, %285
  %287 = getelementptr inbounds float, ptr %28, i64 %286
  store <2 x float> %283, ptr %287, align 4
  %288 = load <2 x float>, ptr %14, align 4
  %289 = mul nsw i64 %181, 10
  %290 = add nsw i64 %289, 8
  %291 = add nsw i64 %177, %290
  %292 = getelementptr inbounds float, ptr %28, i64 %291
  store <2 x float> %288, ptr %292, align 4
  %293 = load <2 x float>, ptr %15, align 4
  %294 = mul nsw i64 %182, 10
  %295 = add nsw i64 %294, 8
  %296 = add nsw i64 %177, %295
  %297 = getelementptr inbounds float, ptr %28, i64 %296
  store <2 x float> %293, ptr %297, align 4
  %298 = load <2 x float>, ptr %16, align 4
  %299 = mul nsw i64 %183, 10
  %300 = add nsw i64 %299, 8
  %301 = add nsw i64 %177, %300
  %302 = getelementptr inbounds float, ptr %28, i64 %301
  store <2 x float> %298, ptr %302, align 4
  %303 = load <2 x float>, ptr %17, align 4
  %304 = mul nsw i64 %184, 10
  %305 = add nsw i64 %304, 8
  %306 = add nsw i64 %177, %305
  %307 = getelementptr inbounds float, ptr %28, i64 %306
  store <2 x float> %303, ptr %307, align 4
  %308 = load <2 x float>, ptr %18, align 4
  %309 = mul nsw i64 %185, 10
  %310 = add nsw i64 %309, 8
  %311 = add nsw i64 %177, %310
  %312 = getelementptr inbounds float, ptr %28, i64 %311
  store <2 x float> %308, ptr %312, align 4
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
  br label %loop16

exit19:                                           ; preds = %loop16
  %338 = load <8 x float>, ptr %19, align 4
  %339 = add nsw i64 %47, 80
  %340 = getelementptr inbounds float, ptr %28, i64 %339
  store <8 x float> %338, ptr %340, align 4
  %341 = load <8 x float>, ptr %20, align 4
  %342 = add nsw i64 %47, 90
  %343 = getelementptr inbounds float, ptr %28, i64 %342
  store <8 x float> %341, ptr %343, align 4
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
  br label %loop21

exit24:                                           ; preds = %loop21
  %372 = load <2 x float>, ptr %21, align 4
  %373 = add nsw i64 %346, 88
  %374 = getelementptr inbounds float, ptr %28, i64 %373
  store <2 x float> %372, ptr %374, align 4
  %375 = load <2 x float>, ptr %22, align 4
  %376 = add nsw i64 %346, 98
  %377 = getelementptr inbounds float, ptr %28, i64 %376
  store <2 x float> %375, ptr %377, align 4
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
!8 = distinct !{!8, !6, !1}
!9 = distinct !{!9, !6, !1}
!10 = distinct !{!10, !6, !1}
!11 = distinct !{!11, !6, !1}
!12 = distinct !{!12, !1}
!13 = distinct !{!13, !1}
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1}
!16 = distinct !{!16, !1}
!17 = distinct !{!17, !1}
!18 = distinct !{!18, !1}
!19 = distinct !{!19, !1}
!20 = distinct !{!20, !1}
!21 = distinct !{!21, !1}
!22 = distinct !{!22, !1}
!23 = distinct !{!23, !1}
!24 = distinct !{!24, !1}
!25 = distinct !{!25, !1}
!26 = distinct !{!26, !1}
!27 = distinct !{!27, !1}
!28 = distinct !{!28, !1}
!29 = distinct !{!29, !1}
!30 = distinct !{!30, !1}
!31 = distinct !{!31, !1}
!32 = distinct !{!32, !6, !1}
