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
  %26 = load float, ptr %25, align 4, !alias.scope !0, !noalias !3
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4, !alias.scope !5, !noalias !3
  %29 = load float, ptr %3, align 4
  %30 = fmul reassoc contract float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !7

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 10
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !3
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
  %18 = load float, ptr %17, align 4, !alias.scope !9, !noalias !12
  %19 = call float @tanhf(float %18) #3
  %20 = sub i64 %i, 0
  %21 = getelementptr inbounds float, ptr %5, i64 %20
  store float %19, ptr %21, align 4
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !14

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
  store float %71, ptr %72, align 4, !alias.scope !12
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
  %9 = load float, ptr %8, align 4, !alias.scope !17, !noalias !20
  %10 = call float @tanhf(float %9) #3
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !20
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !22

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
define internal i32 @h.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  %11 = load float, ptr %10, align 4, !alias.scope !24, !noalias !27
  %12 = call float @tanhf(float %11) #3
  %13 = getelementptr inbounds float, ptr %6, i64 %i
  store float %12, ptr %13, align 4, !alias.scope !30, !noalias !31
  %14 = fmul float %12, %12
  %15 = fsub float 1.000000e+00, %14
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  store float %15, ptr %16, align 4, !alias.scope !31, !noalias !30
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !32

exit:                                             ; preds = %loop
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
  %i5 = phi i64 [ 0, %body ], [ %29, %latch3 ]
  %13 = icmp slt i64 %i5, 10
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 10
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %4, i64 %15
  %17 = load float, ptr %16, align 4, !alias.scope !33, !noalias !36
  %18 = getelementptr inbounds float, ptr %6, i64 %i
  %19 = load float, ptr %18, align 4, !alias.scope !38, !noalias !36
  %20 = fmul float %17, %19
  %21 = getelementptr inbounds float, ptr %8, i64 %i
  %22 = load float, ptr %21, align 4, !alias.scope !40, !noalias !36
  %23 = fmul float %20, %22
  %24 = fadd float %23, %23
  %25 = fneg float %24
  %26 = mul nsw i64 %i, 10
  %27 = add nsw i64 %26, %i5
  %28 = getelementptr inbounds float, ptr %10, i64 %27
  store float %25, ptr %28, align 4, !alias.scope !36
  br label %latch3

latch3:                                           ; preds = %body2
  %29 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !42

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @h.k3(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca float, align 16
  %8 = alloca float, align 16
  %9 = alloca float, align 16
  %10 = alloca float, align 16
  %11 = alloca <8 x float>, align 16
  %12 = alloca float, align 16
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

latch:                                            ; preds = %exit29
  %20 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %30, %latch3 ]
  %21 = icmp slt i64 %i5, 2
  br i1 %21, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %22 = mul nsw i64 %i5, 4
  %23 = mul nsw i64 %i, 100
  %24 = mul nsw i64 %i, 100
  %25 = mul nsw i64 %i, 100
  %26 = add nsw i64 %22, 0
  %27 = add nsw i64 %22, 1
  %28 = add nsw i64 %22, 2
  %29 = add nsw i64 %22, 3
  br label %loop6

latch3:                                           ; preds = %exit19
  %30 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %loop26

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %33, %latch8 ]
  %31 = icmp slt i64 %i10, 1
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %32 = mul nsw i64 %i10, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %33 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop16

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %80, %latch13 ]
  %34 = icmp slt i64 %i15, 10
  br i1 %34, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %35 = load <8 x float>, ptr %3, align 4
  %36 = load <8 x float>, ptr %4, align 4
  %37 = load <8 x float>, ptr %5, align 4
  %38 = load <8 x float>, ptr %6, align 4
  %39 = mul nsw i64 %i15, 10
  %40 = add nsw i64 %39, %32
  %41 = add nsw i64 %24, %40
  %42 = getelementptr inbounds float, ptr %16, i64 %41
  %43 = load <8 x float>, ptr %42, align 4, !alias.scope !43, !noalias !46
  %44 = mul nsw i64 %i15, 10
  %45 = add nsw i64 %44, %26
  %46 = add nsw i64 %23, %45
  %47 = getelementptr inbounds float, ptr %14, i64 %46
  %48 = load float, ptr %47, align 4, !alias.scope !48, !noalias !46
  %49 = insertelement <8 x float> poison, float %48, i32 0
  %50 = shufflevector <8 x float> %49, <8 x float> poison, <8 x i32> zeroinitializer
  %51 = fmul contract <8 x float> %50, %43
  %52 = fadd contract <8 x float> %35, %51
  %53 = mul nsw i64 %i15, 10
  %54 = add nsw i64 %53, %27
  %55 = add nsw i64 %23, %54
  %56 = getelementptr inbounds float, ptr %14, i64 %55
  %57 = load float, ptr %56, align 4, !alias.scope !48, !noalias !46
  %58 = insertelement <8 x float> poison, float %57, i32 0
  %59 = shufflevector <8 x float> %58, <8 x float> poison, <8 x i32> zeroinitializer
  %60 = fmul contract <8 x float> %59, %43
  %61 = fadd contract <8 x float> %36, %60
  %62 = mul nsw i64 %i15, 10
  %63 = add nsw i64 %62, %28
  %64 = add nsw i64 %23, %63
  %65 = getelementptr inbounds float, ptr %14, i64 %64
  %66 = load float, ptr %65, align 4, !alias.scope !48, !noalias !46
  %67 = insertelement <8 x float> poison, float %66, i32 0
  %68 = shufflevector <8 x float> %67, <8 x float> poison, <8 x i32> zeroinitializer
  %69 = fmul contract <8 x float> %68, %43
  %70 = fadd contract <8 x float> %37, %69
  %71 = mul nsw i64 %i15, 10
  %72 = add nsw i64 %71, %29
  %73 = add nsw i64 %23, %72
  %74 = getelementptr inbounds float, ptr %14, i64 %73
  %75 = load float, ptr %74, align 4, !alias.scope !48, !noalias !46
  %76 = insertelement <8 x float> poison, float %75, i32 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = fmul contract <8 x float> %77, %43
  %79 = fadd contract <8 x float> %38, %78
  store <8 x float> %52, ptr %3, align 4
  store <8 x float> %61, ptr %4, align 4
  store <8 x float> %70, ptr %5, align 4
  store <8 x float> %79, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %80 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %81 = load <8 x float>, ptr %3, align 4
  %82 = load <8 x float>, ptr %4, align 4
  %83 = load <8 x float>, ptr %5, align 4
  %84 = load <8 x float>, ptr %6, align 4
  %85 = mul nsw i64 %26, 10
  %86 = add nsw i64 %85, %32
  %87 = add nsw i64 %25, %86
  %88 = getelementptr inbounds float, ptr %18, i64 %87
  store <8 x float> %81, ptr %88, align 4, !alias.scope !46
  %89 = mul nsw i64 %27, 10
  %90 = add nsw i64 %89, %32
  %91 = add nsw i64 %25, %90
  %92 = getelementptr inbounds float, ptr %18, i64 %91
  store <8 x float> %82, ptr %92, align 4, !alias.scope !46
  %93 = mul nsw i64 %28, 10
  %94 = add nsw i64 %93, %32
  %95 = add nsw i64 %25, %94
  %96 = getelementptr inbounds float, ptr %18, i64 %95
  store <8 x float> %83, ptr %96, align 4, !alias.scope !46
  %97 = mul nsw i64 %29, 10
  %98 = add nsw i64 %97, %32
  %99 = add nsw i64 %25, %98
  %100 = getelementptr inbounds float, ptr %18, i64 %99
  store <8 x float> %84, ptr %100, align 4, !alias.scope !46
  br label %latch8

loop16:                                           ; preds = %latch18, %exit9
  %i20 = phi i64 [ 8, %exit9 ], [ %102, %latch18 ]
  %101 = icmp slt i64 %i20, 10
  br i1 %101, label %body17, label %exit19

body17:                                           ; preds = %loop16
  store float -0.000000e+00, ptr %7, align 4
  store float -0.000000e+00, ptr %8, align 4
  store float -0.000000e+00, ptr %9, align 4
  store float -0.000000e+00, ptr %10, align 4
  br label %loop21

latch18:                                          ; preds = %exit24
  %102 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !50

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %141, %latch23 ]
  %103 = icmp slt i64 %i25, 10
  br i1 %103, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %104 = load float, ptr %7, align 4
  %105 = load float, ptr %8, align 4
  %106 = load float, ptr %9, align 4
  %107 = load float, ptr %10, align 4
  %108 = mul nsw i64 %i25, 10
  %109 = add nsw i64 %108, %i20
  %110 = add nsw i64 %24, %109
  %111 = getelementptr inbounds float, ptr %16, i64 %110
  %112 = load float, ptr %111, align 4, !alias.scope !43, !noalias !46
  %113 = mul nsw i64 %i25, 10
  %114 = add nsw i64 %113, %26
  %115 = add nsw i64 %23, %114
  %116 = getelementptr inbounds float, ptr %14, i64 %115
  %117 = load float, ptr %116, align 4, !alias.scope !48, !noalias !46
  %118 = fmul contract float %117, %112
  %119 = fadd contract float %104, %118
  %120 = mul nsw i64 %i25, 10
  %121 = add nsw i64 %120, %27
  %122 = add nsw i64 %23, %121
  %123 = getelementptr inbounds float, ptr %14, i64 %122
  %124 = load float, ptr %123, align 4, !alias.scope !48, !noalias !46
  %125 = fmul contract float %124, %112
  %126 = fadd contract float %105, %125
  %127 = mul nsw i64 %i25, 10
  %128 = add nsw i64 %127, %28
  %129 = add nsw i64 %23, %128
  %130 = getelementptr inbounds float, ptr %14, i64 %129
  %131 = load float, ptr %130, align 4, !alias.scope !48, !noalias !46
  %132 = fmul contract float %131, %112
  %133 = fadd contract float %106, %132
  %134 = mul nsw i64 %i25, 10
  %135 = add nsw i64 %134, %29
  %136 = add nsw i64 %23, %135
  %137 = getelementptr inbounds float, ptr %14, i64 %136
  %138 = load float, ptr %137, align 4, !alias.scope !48, !noalias !46
  %139 = fmul contract float %138, %112
  %140 = fadd contract float %107, %139
  store float %119, ptr %7, align 4
  store float %126, ptr %8, align 4
  store float %133, ptr %9, align 4
  store float %140, ptr %10, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %141 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %142 = load float, ptr %7, align 4
  %143 = load float, ptr %8, align 4
  %144 = load float, ptr %9, align 4
  %145 = load float, ptr %10, align 4
  %146 = mul nsw i64 %26, 10
  %147 = add nsw i64 %146, %i20
  %148 = add nsw i64 %25, %147
  %149 = getelementptr inbounds float, ptr %18, i64 %148
  store float %142, ptr %149, align 4, !alias.scope !46
  %150 = mul nsw i64 %27, 10
  %151 = add nsw i64 %150, %i20
  %152 = add nsw i64 %25, %151
  %153 = getelementptr inbounds float, ptr %18, i64 %152
  store float %143, ptr %153, align 4, !alias.scope !46
  %154 = mul nsw i64 %28, 10
  %155 = add nsw i64 %154, %i20
  %156 = add nsw i64 %25, %155
  %157 = getelementptr inbounds float, ptr %18, i64 %156
  store float %144, ptr %157, align 4, !alias.scope !46
  %158 = mul nsw i64 %29, 10
  %159 = add nsw i64 %158, %i20
  %160 = add nsw i64 %25, %159
  %161 = getelementptr inbounds float, ptr %18, i64 %160
  store float %145, ptr %161, align 4, !alias.scope !46
  br label %latch18

loop26:                                           ; preds = %latch28, %exit4
  %i30 = phi i64 [ 8, %exit4 ], [ %167, %latch28 ]
  %162 = icmp slt i64 %i30, 10
  br i1 %162, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %163 = mul nsw i64 %i, 100
  %164 = mul nsw i64 %i, 100
  %165 = mul nsw i64 %i, 100
  %166 = add nsw i64 %i30, 0
  br label %loop31

latch28:                                          ; preds = %exit44
  %167 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %latch

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %170, %latch33 ]
  %168 = icmp slt i64 %i35, 1
  br i1 %168, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %169 = mul nsw i64 %i35, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  br label %loop36

latch33:                                          ; preds = %exit39
  %170 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %187, %latch38 ]
  %171 = icmp slt i64 %i40, 10
  br i1 %171, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %172 = load <8 x float>, ptr %11, align 4
  %173 = mul nsw i64 %i40, 10
  %174 = add nsw i64 %173, %169
  %175 = add nsw i64 %164, %174
  %176 = getelementptr inbounds float, ptr %16, i64 %175
  %177 = load <8 x float>, ptr %176, align 4, !alias.scope !43, !noalias !46
  %178 = mul nsw i64 %i40, 10
  %179 = add nsw i64 %178, %166
  %180 = add nsw i64 %163, %179
  %181 = getelementptr inbounds float, ptr %14, i64 %180
  %182 = load float, ptr %181, align 4, !alias.scope !48, !noalias !46
  %183 = insertelement <8 x float> poison, float %182, i32 0
  %184 = shufflevector <8 x float> %183, <8 x float> poison, <8 x i32> zeroinitializer
  %185 = fmul contract <8 x float> %184, %177
  %186 = fadd contract <8 x float> %172, %185
  store <8 x float> %186, ptr %11, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %187 = add nsw i64 %i40, 1
  br label %loop36

exit39:                                           ; preds = %loop36
  %188 = load <8 x float>, ptr %11, align 4
  %189 = mul nsw i64 %166, 10
  %190 = add nsw i64 %189, %169
  %191 = add nsw i64 %165, %190
  %192 = getelementptr inbounds float, ptr %18, i64 %191
  store <8 x float> %188, ptr %192, align 4, !alias.scope !46
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 8, %exit34 ], [ %194, %latch43 ]
  %193 = icmp slt i64 %i45, 10
  br i1 %193, label %body42, label %exit44

body42:                                           ; preds = %loop41
  store float -0.000000e+00, ptr %12, align 4
  br label %loop46

latch43:                                          ; preds = %exit49
  %194 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !52

exit44:                                           ; preds = %loop41
  br label %latch28

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %209, %latch48 ]
  %195 = icmp slt i64 %i50, 10
  br i1 %195, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %196 = load float, ptr %12, align 4
  %197 = mul nsw i64 %i50, 10
  %198 = add nsw i64 %197, %i45
  %199 = add nsw i64 %164, %198
  %200 = getelementptr inbounds float, ptr %16, i64 %199
  %201 = load float, ptr %200, align 4, !alias.scope !43, !noalias !46
  %202 = mul nsw i64 %i50, 10
  %203 = add nsw i64 %202, %166
  %204 = add nsw i64 %163, %203
  %205 = getelementptr inbounds float, ptr %14, i64 %204
  %206 = load float, ptr %205, align 4, !alias.scope !48, !noalias !46
  %207 = fmul contract float %206, %201
  %208 = fadd contract float %196, %207
  store float %208, ptr %12, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %209 = add nsw i64 %i50, 1
  br label %loop46

exit49:                                           ; preds = %loop46
  %210 = load float, ptr %12, align 4
  %211 = mul nsw i64 %166, 10
  %212 = add nsw i64 %211, %i45
  %213 = add nsw i64 %165, %212
  %214 = getelementptr inbounds float, ptr %18, i64 %213
  store float %210, ptr %214, align 4, !alias.scope !46
  br label %latch43
}

; Function Attrs: nounwind
define i32 @h(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [4 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %3, i64 640)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %16, %ok ], [ %24, %ok1 ], [ %33, %ok2 ], [ %39, %ok3 ]
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
  %22 = getelementptr inbounds i8, ptr %11, i64 128
  %23 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %22, ptr %23, align 8
  %24 = call i32 @h.k1(ptr %5, i64 0, i64 10)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %26 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %11, i64 128
  %28 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %11, i64 64
  %30 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %11, i64 192
  %32 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %31, ptr %32, align 8
  %33 = call i32 @h.k2(ptr %6, i64 0, i64 10)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %35 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %11, i64 192
  %37 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %2, ptr %38, align 8
  %39 = call i32 @h.k3(ptr %7, i64 0, i64 1)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %41 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %41)
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
  %9 = load float, ptr %8, align 4, !alias.scope !53, !noalias !56
  %10 = call float @tanhf(float %9) #3
  %11 = fmul float %10, %10
  %12 = fsub float 1.000000e+00, %11
  %13 = getelementptr inbounds float, ptr %6, i64 %i
  store float %12, ptr %13, align 4, !alias.scope !56
  br label %latch

latch:                                            ; preds = %body
  %14 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !58

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
  %15 = load float, ptr %14, align 4, !alias.scope !59, !noalias !62
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4, !alias.scope !64, !noalias !62
  %18 = fmul float %15, %17
  %19 = mul nsw i64 %i, 10
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4, !alias.scope !62
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !66

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
  %15 = load float, ptr %14, align 4, !alias.scope !67, !noalias !70
  %16 = fmul float %13, %15
  %17 = mul nsw i64 %i, 10
  %18 = add nsw i64 %17, %i5
  %19 = getelementptr inbounds float, ptr %6, i64 %18
  store float %16, ptr %19, align 4, !alias.scope !70
  br label %latch3

latch3:                                           ; preds = %body2
  %20 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !72

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
  %7 = alloca float, align 16
  %8 = alloca float, align 16
  %9 = alloca float, align 16
  %10 = alloca float, align 16
  %11 = alloca <8 x float>, align 16
  %12 = alloca float, align 16
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

latch:                                            ; preds = %exit29
  %20 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %30, %latch3 ]
  %21 = icmp slt i64 %i5, 2
  br i1 %21, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %22 = mul nsw i64 %i5, 4
  %23 = mul nsw i64 %i, 100
  %24 = mul nsw i64 %i, 100
  %25 = mul nsw i64 %i, 100
  %26 = add nsw i64 %22, 0
  %27 = add nsw i64 %22, 1
  %28 = add nsw i64 %22, 2
  %29 = add nsw i64 %22, 3
  br label %loop6

latch3:                                           ; preds = %exit19
  %30 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %loop26

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %33, %latch8 ]
  %31 = icmp slt i64 %i10, 1
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %32 = mul nsw i64 %i10, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %33 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop16

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %80, %latch13 ]
  %34 = icmp slt i64 %i15, 10
  br i1 %34, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %35 = load <8 x float>, ptr %3, align 4
  %36 = load <8 x float>, ptr %4, align 4
  %37 = load <8 x float>, ptr %5, align 4
  %38 = load <8 x float>, ptr %6, align 4
  %39 = mul nsw i64 %i15, 10
  %40 = add nsw i64 %39, %32
  %41 = add nsw i64 %24, %40
  %42 = getelementptr inbounds float, ptr %16, i64 %41
  %43 = load <8 x float>, ptr %42, align 4, !alias.scope !73, !noalias !76
  %44 = mul nsw i64 %26, 10
  %45 = add nsw i64 %44, %i15
  %46 = add nsw i64 %23, %45
  %47 = getelementptr inbounds float, ptr %14, i64 %46
  %48 = load float, ptr %47, align 4, !alias.scope !78, !noalias !76
  %49 = insertelement <8 x float> poison, float %48, i32 0
  %50 = shufflevector <8 x float> %49, <8 x float> poison, <8 x i32> zeroinitializer
  %51 = fmul contract <8 x float> %50, %43
  %52 = fadd contract <8 x float> %35, %51
  %53 = mul nsw i64 %27, 10
  %54 = add nsw i64 %53, %i15
  %55 = add nsw i64 %23, %54
  %56 = getelementptr inbounds float, ptr %14, i64 %55
  %57 = load float, ptr %56, align 4, !alias.scope !78, !noalias !76
  %58 = insertelement <8 x float> poison, float %57, i32 0
  %59 = shufflevector <8 x float> %58, <8 x float> poison, <8 x i32> zeroinitializer
  %60 = fmul contract <8 x float> %59, %43
  %61 = fadd contract <8 x float> %36, %60
  %62 = mul nsw i64 %28, 10
  %63 = add nsw i64 %62, %i15
  %64 = add nsw i64 %23, %63
  %65 = getelementptr inbounds float, ptr %14, i64 %64
  %66 = load float, ptr %65, align 4, !alias.scope !78, !noalias !76
  %67 = insertelement <8 x float> poison, float %66, i32 0
  %68 = shufflevector <8 x float> %67, <8 x float> poison, <8 x i32> zeroinitializer
  %69 = fmul contract <8 x float> %68, %43
  %70 = fadd contract <8 x float> %37, %69
  %71 = mul nsw i64 %29, 10
  %72 = add nsw i64 %71, %i15
  %73 = add nsw i64 %23, %72
  %74 = getelementptr inbounds float, ptr %14, i64 %73
  %75 = load float, ptr %74, align 4, !alias.scope !78, !noalias !76
  %76 = insertelement <8 x float> poison, float %75, i32 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = fmul contract <8 x float> %77, %43
  %79 = fadd contract <8 x float> %38, %78
  store <8 x float> %52, ptr %3, align 4
  store <8 x float> %61, ptr %4, align 4
  store <8 x float> %70, ptr %5, align 4
  store <8 x float> %79, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %80 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %81 = load <8 x float>, ptr %3, align 4
  %82 = load <8 x float>, ptr %4, align 4
  %83 = load <8 x float>, ptr %5, align 4
  %84 = load <8 x float>, ptr %6, align 4
  %85 = mul nsw i64 %26, 10
  %86 = add nsw i64 %85, %32
  %87 = add nsw i64 %25, %86
  %88 = getelementptr inbounds float, ptr %18, i64 %87
  store <8 x float> %81, ptr %88, align 4, !alias.scope !76
  %89 = mul nsw i64 %27, 10
  %90 = add nsw i64 %89, %32
  %91 = add nsw i64 %25, %90
  %92 = getelementptr inbounds float, ptr %18, i64 %91
  store <8 x float> %82, ptr %92, align 4, !alias.scope !76
  %93 = mul nsw i64 %28, 10
  %94 = add nsw i64 %93, %32
  %95 = add nsw i64 %25, %94
  %96 = getelementptr inbounds float, ptr %18, i64 %95
  store <8 x float> %83, ptr %96, align 4, !alias.scope !76
  %97 = mul nsw i64 %29, 10
  %98 = add nsw i64 %97, %32
  %99 = add nsw i64 %25, %98
  %100 = getelementptr inbounds float, ptr %18, i64 %99
  store <8 x float> %84, ptr %100, align 4, !alias.scope !76
  br label %latch8

loop16:                                           ; preds = %latch18, %exit9
  %i20 = phi i64 [ 8, %exit9 ], [ %102, %latch18 ]
  %101 = icmp slt i64 %i20, 10
  br i1 %101, label %body17, label %exit19

body17:                                           ; preds = %loop16
  store float -0.000000e+00, ptr %7, align 4
  store float -0.000000e+00, ptr %8, align 4
  store float -0.000000e+00, ptr %9, align 4
  store float -0.000000e+00, ptr %10, align 4
  br label %loop21

latch18:                                          ; preds = %exit24
  %102 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !80

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %141, %latch23 ]
  %103 = icmp slt i64 %i25, 10
  br i1 %103, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %104 = load float, ptr %7, align 4
  %105 = load float, ptr %8, align 4
  %106 = load float, ptr %9, align 4
  %107 = load float, ptr %10, align 4
  %108 = mul nsw i64 %i25, 10
  %109 = add nsw i64 %108, %i20
  %110 = add nsw i64 %24, %109
  %111 = getelementptr inbounds float, ptr %16, i64 %110
  %112 = load float, ptr %111, align 4, !alias.scope !73, !noalias !76
  %113 = mul nsw i64 %26, 10
  %114 = add nsw i64 %113, %i25
  %115 = add nsw i64 %23, %114
  %116 = getelementptr inbounds float, ptr %14, i64 %115
  %117 = load float, ptr %116, align 4, !alias.scope !78, !noalias !76
  %118 = fmul contract float %117, %112
  %119 = fadd contract float %104, %118
  %120 = mul nsw i64 %27, 10
  %121 = add nsw i64 %120, %i25
  %122 = add nsw i64 %23, %121
  %123 = getelementptr inbounds float, ptr %14, i64 %122
  %124 = load float, ptr %123, align 4, !alias.scope !78, !noalias !76
  %125 = fmul contract float %124, %112
  %126 = fadd contract float %105, %125
  %127 = mul nsw i64 %28, 10
  %128 = add nsw i64 %127, %i25
  %129 = add nsw i64 %23, %128
  %130 = getelementptr inbounds float, ptr %14, i64 %129
  %131 = load float, ptr %130, align 4, !alias.scope !78, !noalias !76
  %132 = fmul contract float %131, %112
  %133 = fadd contract float %106, %132
  %134 = mul nsw i64 %29, 10
  %135 = add nsw i64 %134, %i25
  %136 = add nsw i64 %23, %135
  %137 = getelementptr inbounds float, ptr %14, i64 %136
  %138 = load float, ptr %137, align 4, !alias.scope !78, !noalias !76
  %139 = fmul contract float %138, %112
  %140 = fadd contract float %107, %139
  store float %119, ptr %7, align 4
  store float %126, ptr %8, align 4
  store float %133, ptr %9, align 4
  store float %140, ptr %10, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %141 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %142 = load float, ptr %7, align 4
  %143 = load float, ptr %8, align 4
  %144 = load float, ptr %9, align 4
  %145 = load float, ptr %10, align 4
  %146 = mul nsw i64 %26, 10
  %147 = add nsw i64 %146, %i20
  %148 = add nsw i64 %25, %147
  %149 = getelementptr inbounds float, ptr %18, i64 %148
  store float %142, ptr %149, align 4, !alias.scope !76
  %150 = mul nsw i64 %27, 10
  %151 = add nsw i64 %150, %i20
  %152 = add nsw i64 %25, %151
  %153 = getelementptr inbounds float, ptr %18, i64 %152
  store float %143, ptr %153, align 4, !alias.scope !76
  %154 = mul nsw i64 %28, 10
  %155 = add nsw i64 %154, %i20
  %156 = add nsw i64 %25, %155
  %157 = getelementptr inbounds float, ptr %18, i64 %156
  store float %144, ptr %157, align 4, !alias.scope !76
  %158 = mul nsw i64 %29, 10
  %159 = add nsw i64 %158, %i20
  %160 = add nsw i64 %25, %159
  %161 = getelementptr inbounds float, ptr %18, i64 %160
  store float %145, ptr %161, align 4, !alias.scope !76
  br label %latch18

loop26:                                           ; preds = %latch28, %exit4
  %i30 = phi i64 [ 8, %exit4 ], [ %167, %latch28 ]
  %162 = icmp slt i64 %i30, 10
  br i1 %162, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %163 = mul nsw i64 %i, 100
  %164 = mul nsw i64 %i, 100
  %165 = mul nsw i64 %i, 100
  %166 = add nsw i64 %i30, 0
  br label %loop31

latch28:                                          ; preds = %exit44
  %167 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %latch

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %170, %latch33 ]
  %168 = icmp slt i64 %i35, 1
  br i1 %168, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %169 = mul nsw i64 %i35, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  br label %loop36

latch33:                                          ; preds = %exit39
  %170 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %187, %latch38 ]
  %171 = icmp slt i64 %i40, 10
  br i1 %171, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %172 = load <8 x float>, ptr %11, align 4
  %173 = mul nsw i64 %i40, 10
  %174 = add nsw i64 %173, %169
  %175 = add nsw i64 %164, %174
  %176 = getelementptr inbounds float, ptr %16, i64 %175
  %177 = load <8 x float>, ptr %176, align 4, !alias.scope !73, !noalias !76
  %178 = mul nsw i64 %166, 10
  %179 = add nsw i64 %178, %i40
  %180 = add nsw i64 %163, %179
  %181 = getelementptr inbounds float, ptr %14, i64 %180
  %182 = load float, ptr %181, align 4, !alias.scope !78, !noalias !76
  %183 = insertelement <8 x float> poison, float %182, i32 0
  %184 = shufflevector <8 x float> %183, <8 x float> poison, <8 x i32> zeroinitializer
  %185 = fmul contract <8 x float> %184, %177
  %186 = fadd contract <8 x float> %172, %185
  store <8 x float> %186, ptr %11, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %187 = add nsw i64 %i40, 1
  br label %loop36

exit39:                                           ; preds = %loop36
  %188 = load <8 x float>, ptr %11, align 4
  %189 = mul nsw i64 %166, 10
  %190 = add nsw i64 %189, %169
  %191 = add nsw i64 %165, %190
  %192 = getelementptr inbounds float, ptr %18, i64 %191
  store <8 x float> %188, ptr %192, align 4, !alias.scope !76
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 8, %exit34 ], [ %194, %latch43 ]
  %193 = icmp slt i64 %i45, 10
  br i1 %193, label %body42, label %exit44

body42:                                           ; preds = %loop41
  store float -0.000000e+00, ptr %12, align 4
  br label %loop46

latch43:                                          ; preds = %exit49
  %194 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !81

exit44:                                           ; preds = %loop41
  br label %latch28

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %209, %latch48 ]
  %195 = icmp slt i64 %i50, 10
  br i1 %195, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %196 = load float, ptr %12, align 4
  %197 = mul nsw i64 %i50, 10
  %198 = add nsw i64 %197, %i45
  %199 = add nsw i64 %164, %198
  %200 = getelementptr inbounds float, ptr %16, i64 %199
  %201 = load float, ptr %200, align 4, !alias.scope !73, !noalias !76
  %202 = mul nsw i64 %166, 10
  %203 = add nsw i64 %202, %i50
  %204 = add nsw i64 %163, %203
  %205 = getelementptr inbounds float, ptr %14, i64 %204
  %206 = load float, ptr %205, align 4, !alias.scope !78, !noalias !76
  %207 = fmul contract float %206, %201
  %208 = fadd contract float %196, %207
  store float %208, ptr %12, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %209 = add nsw i64 %i50, 1
  br label %loop46

exit49:                                           ; preds = %loop46
  %210 = load float, ptr %12, align 4
  %211 = mul nsw i64 %166, 10
  %212 = add nsw i64 %211, %i45
  %213 = add nsw i64 %165, %212
  %214 = getelementptr inbounds float, ptr %18, i64 %213
  store float %210, ptr %214, align 4, !alias.scope !76
  br label %latch43
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

!0 = !{!1}
!1 = !{!"f.k0.buffer0", !2}
!2 = !{!"f.k0.buffers"}
!3 = !{!4}
!4 = !{!"f.k0.buffer2", !2}
!5 = !{!6}
!6 = !{!"f.k0.buffer1", !2}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = !{!10}
!10 = !{!"f.k1.buffer0", !11}
!11 = !{!"f.k1.buffers"}
!12 = !{!13}
!13 = !{!"f.k1.buffer1", !11}
!14 = distinct !{!14, !15, !16, !8}
!15 = !{!"llvm.loop.vectorize.enable", i1 true}
!16 = !{!"llvm.loop.vectorize.width", i32 16}
!17 = !{!18}
!18 = !{!"g.k1.buffer0", !19}
!19 = !{!"g.k1.buffers"}
!20 = !{!21}
!21 = !{!"g.k1.buffer1", !19}
!22 = distinct !{!22, !23, !8}
!23 = !{!"llvm.loop.vectorize.width", i32 8}
!24 = !{!25}
!25 = !{!"h.k1.buffer0", !26}
!26 = !{!"h.k1.buffers"}
!27 = !{!28, !29}
!28 = !{!"h.k1.buffer1", !26}
!29 = !{!"h.k1.buffer2", !26}
!30 = !{!28}
!31 = !{!29}
!32 = distinct !{!32, !23, !8}
!33 = !{!34}
!34 = !{!"h.k2.buffer0", !35}
!35 = !{!"h.k2.buffers"}
!36 = !{!37}
!37 = !{!"h.k2.buffer3", !35}
!38 = !{!39}
!39 = !{!"h.k2.buffer1", !35}
!40 = !{!41}
!41 = !{!"h.k2.buffer2", !35}
!42 = distinct !{!42, !23, !8}
!43 = !{!44}
!44 = !{!"h.k3.buffer1", !45}
!45 = !{!"h.k3.buffers"}
!46 = !{!47}
!47 = !{!"h.k3.buffer2", !45}
!48 = !{!49}
!49 = !{!"h.k3.buffer0", !45}
!50 = distinct !{!50, !51, !8}
!51 = !{!"llvm.loop.vectorize.enable", i1 false}
!52 = distinct !{!52, !51, !8}
!53 = !{!54}
!54 = !{!"jf.k1.buffer0", !55}
!55 = !{!"jf.k1.buffers"}
!56 = !{!57}
!57 = !{!"jf.k1.buffer1", !55}
!58 = distinct !{!58, !23, !8}
!59 = !{!60}
!60 = !{!"jf.k2.buffer0", !61}
!61 = !{!"jf.k2.buffers"}
!62 = !{!63}
!63 = !{!"jf.k2.buffer2", !61}
!64 = !{!65}
!65 = !{!"jf.k2.buffer1", !61}
!66 = distinct !{!66, !23, !8}
!67 = !{!68}
!68 = !{!"jr.k2.buffer0", !69}
!69 = !{!"jr.k2.buffers"}
!70 = !{!71}
!71 = !{!"jr.k2.buffer1", !69}
!72 = distinct !{!72, !23, !8}
!73 = !{!74}
!74 = !{!"jr.k3.buffer1", !75}
!75 = !{!"jr.k3.buffers"}
!76 = !{!77}
!77 = !{!"jr.k3.buffer2", !75}
!78 = !{!79}
!79 = !{!"jr.k3.buffer0", !75}
!80 = distinct !{!80, !51, !8}
!81 = distinct !{!81, !51, !8}
