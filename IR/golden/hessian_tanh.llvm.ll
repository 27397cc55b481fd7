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
  %39 = load <8 x float>, ptr %38, align 4, !alias.scope !43, !noalias !46
  %40 = mul nsw i64 %i10, 10
  %41 = add nsw i64 %40, %28
  %42 = add nsw i64 %25, %41
  %43 = getelementptr inbounds float, ptr %14, i64 %42
  %44 = load float, ptr %43, align 4, !alias.scope !48, !noalias !46
  %45 = insertelement <8 x float> poison, float %44, i32 0
  %46 = shufflevector <8 x float> %45, <8 x float> poison, <8 x i32> zeroinitializer
  %47 = load <8 x float>, ptr %3, align 4
  %48 = fmul contract <8 x float> %46, %39
  %49 = fadd contract <8 x float> %47, %48
  store <8 x float> %49, ptr %3, align 4
  %50 = mul nsw i64 %i10, 10
  %51 = add nsw i64 %50, %29
  %52 = add nsw i64 %25, %51
  %53 = getelementptr inbounds float, ptr %14, i64 %52
  %54 = load float, ptr %53, align 4, !alias.scope !48, !noalias !46
  %55 = insertelement <8 x float> poison, float %54, i32 0
  %56 = shufflevector <8 x float> %55, <8 x float> poison, <8 x i32> zeroinitializer
  %57 = load <8 x float>, ptr %4, align 4
  %58 = fmul contract <8 x float> %56, %39
  %59 = fadd contract <8 x float> %57, %58
  store <8 x float> %59, ptr %4, align 4
  %60 = mul nsw i64 %i10, 10
  %61 = add nsw i64 %60, %30
  %62 = add nsw i64 %25, %61
  %63 = getelementptr inbounds float, ptr %14, i64 %62
  %64 = load float, ptr %63, align 4, !alias.scope !48, !noalias !46
  %65 = insertelement <8 x float> poison, float %64, i32 0
  %66 = shufflevector <8 x float> %65, <8 x float> poison, <8 x i32> zeroinitializer
  %67 = load <8 x float>, ptr %5, align 4
  %68 = fmul contract <8 x float> %66, %39
  %69 = fadd contract <8 x float> %67, %68
  store <8 x float> %69, ptr %5, align 4
  %70 = mul nsw i64 %i10, 10
  %71 = add nsw i64 %70, %31
  %72 = add nsw i64 %25, %71
  %73 = getelementptr inbounds float, ptr %14, i64 %72
  %74 = load float, ptr %73, align 4, !alias.scope !48, !noalias !46
  %75 = insertelement <8 x float> poison, float %74, i32 0
  %76 = shufflevector <8 x float> %75, <8 x float> poison, <8 x i32> zeroinitializer
  %77 = load <8 x float>, ptr %6, align 4
  %78 = fmul contract <8 x float> %76, %39
  %79 = fadd contract <8 x float> %77, %78
  store <8 x float> %79, ptr %6, align 4
  %80 = mul nsw i64 %i10, 10
  %81 = add nsw i64 %80, %32
  %82 = add nsw i64 %25, %81
  %83 = getelementptr inbounds float, ptr %14, i64 %82
  %84 = load float, ptr %83, align 4, !alias.scope !48, !noalias !46
  %85 = insertelement <8 x float> poison, float %84, i32 0
  %86 = shufflevector <8 x float> %85, <8 x float> poison, <8 x i32> zeroinitializer
  %87 = load <8 x float>, ptr %7, align 4
  %88 = fmul contract <8 x float> %86, %39
  %89 = fadd contract <8 x float> %87, %88
  store <8 x float> %89, ptr %7, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %90 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !50

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
  store <8 x float> %91, ptr %99, align 4, !alias.scope !46
  %100 = mul nsw i64 %29, 10
  %101 = add nsw i64 %100, 0
  %102 = add nsw i64 %27, %101
  %103 = getelementptr inbounds float, ptr %18, i64 %102
  store <8 x float> %92, ptr %103, align 4, !alias.scope !46
  %104 = mul nsw i64 %30, 10
  %105 = add nsw i64 %104, 0
  %106 = add nsw i64 %27, %105
  %107 = getelementptr inbounds float, ptr %18, i64 %106
  store <8 x float> %93, ptr %107, align 4, !alias.scope !46
  %108 = mul nsw i64 %31, 10
  %109 = add nsw i64 %108, 0
  %110 = add nsw i64 %27, %109
  %111 = getelementptr inbounds float, ptr %18, i64 %110
  store <8 x float> %94, ptr %111, align 4, !alias.scope !46
  %112 = mul nsw i64 %32, 10
  %113 = add nsw i64 %112, 0
  %114 = add nsw i64 %27, %113
  %115 = getelementptr inbounds float, ptr %18, i64 %114
  store <8 x float> %95, ptr %115, align 4, !alias.scope !46
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
  %129 = load <2 x float>, ptr %128, align 4, !alias.scope !43, !noalias !46
  %130 = mul nsw i64 %i15, 10
  %131 = add nsw i64 %130, %119
  %132 = add nsw i64 %116, %131
  %133 = getelementptr inbounds float, ptr %14, i64 %132
  %134 = load float, ptr %133, align 4, !alias.scope !48, !noalias !46
  %135 = insertelement <2 x float> poison, float %134, i32 0
  %136 = shufflevector <2 x float> %135, <2 x float> poison, <2 x i32> zeroinitializer
  %137 = load <2 x float>, ptr %8, align 4
  %138 = fmul contract <2 x float> %136, %129
  %139 = fadd contract <2 x float> %137, %138
  store <2 x float> %139, ptr %8, align 4
  %140 = mul nsw i64 %i15, 10
  %141 = add nsw i64 %140, %120
  %142 = add nsw i64 %116, %141
  %143 = getelementptr inbounds float, ptr %14, i64 %142
  %144 = load float, ptr %143, align 4, !alias.scope !48, !noalias !46
  %145 = insertelement <2 x float> poison, float %144, i32 0
  %146 = shufflevector <2 x float> %145, <2 x float> poison, <2 x i32> zeroinitializer
  %147 = load <2 x float>, ptr %9, align 4
  %148 = fmul contract <2 x float> %146, %129
  %149 = fadd contract <2 x float> %147, %148
  store <2 x float> %149, ptr %9, align 4
  %150 = mul nsw i64 %i15, 10
  %151 = add nsw i64 %150, %121
  %152 = add nsw i64 %116, %151
  %153 = getelementptr inbounds float, ptr %14, i64 %152
  %154 = load float, ptr %153, align 4, !alias.scope !48, !noalias !46
  %155 = insertelement <2 x float> poison, float %154, i32 0
  %156 = shufflevector <2 x float> %155, <2 x float> poison, <2 x i32> zeroinitializer
  %157 = load <2 x float>, ptr %10, align 4
  %158 = fmul contract <2 x float> %156, %129
  %159 = fadd contract <2 x float> %157, %158
  store <2 x float> %159, ptr %10, align 4
  %160 = mul nsw i64 %i15, 10
  %161 = add nsw i64 %160, %122
  %162 = add nsw i64 %116, %161
  %163 = getelementptr inbounds float, ptr %14, i64 %162
  %164 = load float, ptr %163, align 4, !alias.scope !48, !noalias !46
  %165 = insertelement <2 x float> poison, float %164, i32 0
  %166 = shufflevector <2 x float> %165, <2 x float> poison, <2 x i32> zeroinitializer
  %167 = load <2 x float>, ptr %11, align 4
  %168 = fmul contract <2 x float> %166, %129
  %169 = fadd contract <2 x float> %167, %168
  store <2 x float> %169, ptr %11, align 4
  %170 = mul nsw i64 %i15, 10
  %171 = add nsw i64 %170, %123
  %172 = add nsw i64 %116, %171
  %173 = getelementptr inbounds float, ptr %14, i64 %172
  %174 = load float, ptr %173, align 4, !alias.scope !48, !noalias !46
  %175 = insertelement <2 x float> poison, float %174, i32 0
  %176 = shufflevector <2 x float> %175, <2 x float> poison, <2 x i32> zeroinitializer
  %177 = load <2 x float>, ptr %12, align 4
  %178 = fmul contract <2 x float> %176, %129
  %179 = fadd contract <2 x float> %177, %178
  store <2 x float> %179, ptr %12, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %180 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !52

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
  store <2 x float> %181, ptr %189, align 4, !alias.scope !46
  %190 = mul nsw i64 %120, 10
  %191 = add nsw i64 %190, 8
  %192 = add nsw i64 %118, %191
  %193 = getelementptr inbounds float, ptr %18, i64 %192
  store <2 x float> %182, ptr %193, align 4, !alias.scope !46
  %194 = mul nsw i64 %121, 10
  %195 = add nsw i64 %194, 8
  %196 = add nsw i64 %118, %195
  %197 = getelementptr inbounds float, ptr %18, i64 %196
  store <2 x float> %183, ptr %197, align 4, !alias.scope !46
  %198 = mul nsw i64 %122, 10
  %199 = add nsw i64 %198, 8
  %200 = add nsw i64 %118, %199
  %201 = getelementptr inbounds float, ptr %18, i64 %200
  store <2 x float> %184, ptr %201, align 4, !alias.scope !46
  %202 = mul nsw i64 %123, 10
  %203 = add nsw i64 %202, 8
  %204 = add nsw i64 %118, %203
  %205 = getelementptr inbounds float, ptr %18, i64 %204
  store <2 x float> %185, ptr %205, align 4, !alias.scope !46
  br label %latch3
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
  %39 = load <8 x float>, ptr %38, align 4, !alias.scope !73, !noalias !76
  %40 = mul nsw i64 %28, 10
  %41 = add nsw i64 %40, %i10
  %42 = add nsw i64 %25, %41
  %43 = getelementptr inbounds float, ptr %14, i64 %42
  %44 = load float, ptr %43, align 4, !alias.scope !78, !noalias !76
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
  %54 = load float, ptr %53, align 4, !alias.scope !78, !noalias !76
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
  %64 = load float, ptr %63, align 4, !alias.scope !78, !noalias !76
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
  %74 = load float, ptr %73, align 4, !alias.scope !78, !noalias !76
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
  %84 = load float, ptr %83, align 4, !alias.scope !78, !noalias !76
  %85 = insertelement <8 x float> poison, float %84, i32 0
  %86 = shufflevector <8 x float> %85, <8 x float> poison, <8 x i32> zeroinitializer
  %87 = load <8 x float>, ptr %7, align 4
  %88 = fmul contract <8 x float> %86, %39
  %89 = fadd contract <8 x float> %87, %88
  store <8 x float> %89, ptr %7, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %90 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !80

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
  store <8 x float> %91, ptr %99, align 4, !alias.scope !76
  %100 = mul nsw i64 %29, 10
  %101 = add nsw i64 %100, 0
  %102 = add nsw i64 %27, %101
  %103 = getelementptr inbounds float, ptr %18, i64 %102
  store <8 x float> %92, ptr %103, align 4, !alias.scope !76
  %104 = mul nsw i64 %30, 10
  %105 = add nsw i64 %104, 0
  %106 = add nsw i64 %27, %105
  %107 = getelementptr inbounds float, ptr %18, i64 %106
  store <8 x float> %93, ptr %107, align 4, !alias.scope !76
  %108 = mul nsw i64 %31, 10
  %109 = add nsw i64 %108, 0
  %110 = add nsw i64 %27, %109
  %111 = getelementptr inbounds float, ptr %18, i64 %110
  store <8 x float> %94, ptr %111, align 4, !alias.scope !76
  %112 = mul nsw i64 %32, 10
  %113 = add nsw i64 %112, 0
  %114 = add nsw i64 %27, %113
  %115 = getelementptr inbounds float, ptr %18, i64 %114
  store <8 x float> %95, ptr %115, align 4, !alias.scope !76
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
  %129 = load <2 x float>, ptr %128, align 4, !alias.scope !73, !noalias !76
  %130 = mul nsw i64 %119, 10
  %131 = add nsw i64 %130, %i15
  %132 = add nsw i64 %116, %131
  %133 = getelementptr inbounds float, ptr %14, i64 %132
  %134 = load float, ptr %133, align 4, !alias.scope !78, !noalias !76
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
  %144 = load float, ptr %143, align 4, !alias.scope !78, !noalias !76
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
  %154 = load float, ptr %153, align 4, !alias.scope !78, !noalias !76
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
  %164 = load float, ptr %163, align 4, !alias.scope !78, !noalias !76
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
  %174 = load float, ptr %173, align 4, !alias.scope !78, !noalias !76
  %175 = insertelement <2 x float> poison, float %174, i32 0
  %176 = shufflevector <2 x float> %175, <2 x float> poison, <2 x i32> zeroinitializer
  %177 = load <2 x float>, ptr %12, align 4
  %178 = fmul contract <2 x float> %176, %129
  %179 = fadd contract <2 x float> %177, %178
  store <2 x float> %179, ptr %12, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %180 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !81

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
  store <2 x float> %181, ptr %189, align 4, !alias.scope !76
  %190 = mul nsw i64 %120, 10
  %191 = add nsw i64 %190, 8
  %192 = add nsw i64 %118, %191
  %193 = getelementptr inbounds float, ptr %18, i64 %192
  store <2 x float> %182, ptr %193, align 4, !alias.scope !76
  %194 = mul nsw i64 %121, 10
  %195 = add nsw i64 %194, 8
  %196 = add nsw i64 %118, %195
  %197 = getelementptr inbounds float, ptr %18, i64 %196
  store <2 x float> %183, ptr %197, align 4, !alias.scope !76
  %198 = mul nsw i64 %122, 10
  %199 = add nsw i64 %198, 8
  %200 = add nsw i64 %118, %199
  %201 = getelementptr inbounds float, ptr %18, i64 %200
  store <2 x float> %184, ptr %201, align 4, !alias.scope !76
  %202 = mul nsw i64 %123, 10
  %203 = add nsw i64 %202, 8
  %204 = add nsw i64 %118, %203
  %205 = getelementptr inbounds float, ptr %18, i64 %204
  store <2 x float> %185, ptr %205, align 4, !alias.scope !76
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
