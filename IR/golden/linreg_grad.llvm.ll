; ModuleID = 'linreg_grad'
source_filename = "linreg_grad"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [795 x i8] c"{\22module\22: \22linreg_grad\22, \22functions\22: [{\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [2]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [3, 2]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [3]}], \22outputs\22: [{\22name\22: \22m\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22dloss_dw\22, \22symbol\22: \22dloss_dw\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [2]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [3, 2]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [3]}], \22outputs\22: [{\22name\22: \22d_w\22, \22dtype\22: \22f32\22, \22shape\22: [2]}]}, {\22name\22: \22dloss_dx\22, \22symbol\22: \22dloss_dx\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [2]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [3, 2]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [3]}], \22outputs\22: [{\22name\22: \22d_x\22, \22dtype\22: \22f32\22, \22shape\22: [3, 2]}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @loss.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = icmp slt i64 %i5, 3
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
  %16 = icmp slt i64 %i15, 2
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 2
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i, 6
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %i, 2
  %22 = mul nsw i64 %i10, 2
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
  %33 = mul nsw i64 %i, 3
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !3
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @loss.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  %10 = getelementptr inbounds ptr, ptr %0, i64 2
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds float, ptr %5, i64 3
  store float -0.000000e+00, ptr %12, align 4
  %13 = getelementptr inbounds float, ptr %5, i64 4
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %5, i64 5
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %5, i64 6
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %5, i64 7
  store float -0.000000e+00, ptr %16, align 4
  %17 = getelementptr inbounds float, ptr %5, i64 8
  store float -0.000000e+00, ptr %17, align 4
  %18 = getelementptr inbounds float, ptr %5, i64 9
  store float -0.000000e+00, ptr %18, align 4
  %19 = getelementptr inbounds float, ptr %5, i64 10
  store float -0.000000e+00, ptr %19, align 4
  %20 = getelementptr inbounds float, ptr %5, i64 11
  store float -0.000000e+00, ptr %20, align 4
  %21 = getelementptr inbounds float, ptr %5, i64 12
  store float -0.000000e+00, ptr %21, align 4
  %22 = getelementptr inbounds float, ptr %5, i64 13
  store float -0.000000e+00, ptr %22, align 4
  %23 = getelementptr inbounds float, ptr %5, i64 14
  store float -0.000000e+00, ptr %23, align 4
  %24 = getelementptr inbounds float, ptr %5, i64 15
  store float -0.000000e+00, ptr %24, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %35, %latch ]
  %25 = icmp slt i64 %i, 3
  br i1 %25, label %body, label %exit

body:                                             ; preds = %loop
  %26 = getelementptr inbounds float, ptr %7, i64 %i
  %27 = load float, ptr %26, align 4, !alias.scope !9, !noalias !12
  %28 = getelementptr inbounds float, ptr %9, i64 %i
  %29 = load float, ptr %28, align 4, !alias.scope !14, !noalias !12
  %30 = fsub float %27, %29
  %31 = fmul float %30, %30
  %32 = fmul float 1.000000e+00, %31
  %33 = sub i64 %i, 0
  %34 = getelementptr inbounds float, ptr %5, i64 %33
  store float %32, ptr %34, align 4
  br label %latch

latch:                                            ; preds = %body
  %35 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !16

exit:                                             ; preds = %loop
  %36 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %37 = load <16 x float>, ptr %36, align 4
  store <16 x float> %37, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %3, i64 0
  %39 = load float, ptr %38, align 4
  %40 = getelementptr inbounds float, ptr %3, i64 1
  %41 = load float, ptr %40, align 4
  %42 = getelementptr inbounds float, ptr %3, i64 2
  %43 = load float, ptr %42, align 4
  %44 = getelementptr inbounds float, ptr %3, i64 3
  %45 = load float, ptr %44, align 4
  %46 = getelementptr inbounds float, ptr %3, i64 4
  %47 = load float, ptr %46, align 4
  %48 = getelementptr inbounds float, ptr %3, i64 5
  %49 = load float, ptr %48, align 4
  %50 = getelementptr inbounds float, ptr %3, i64 6
  %51 = load float, ptr %50, align 4
  %52 = getelementptr inbounds float, ptr %3, i64 7
  %53 = load float, ptr %52, align 4
  %54 = getelementptr inbounds float, ptr %3, i64 8
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %3, i64 9
  %57 = load float, ptr %56, align 4
  %58 = getelementptr inbounds float, ptr %3, i64 10
  %59 = load float, ptr %58, align 4
  %60 = getelementptr inbounds float, ptr %3, i64 11
  %61 = load float, ptr %60, align 4
  %62 = getelementptr inbounds float, ptr %3, i64 12
  %63 = load float, ptr %62, align 4
  %64 = getelementptr inbounds float, ptr %3, i64 13
  %65 = load float, ptr %64, align 4
  %66 = getelementptr inbounds float, ptr %3, i64 14
  %67 = load float, ptr %66, align 4
  %68 = getelementptr inbounds float, ptr %3, i64 15
  %69 = load float, ptr %68, align 4
  %70 = fadd float %39, %55
  %71 = fadd float %41, %57
  %72 = fadd float %43, %59
  %73 = fadd float %45, %61
  %74 = fadd float %47, %63
  %75 = fadd float %49, %65
  %76 = fadd float %51, %67
  %77 = fadd float %53, %69
  %78 = fadd float %70, %74
  %79 = fadd float %71, %75
  %80 = fadd float %72, %76
  %81 = fadd float %73, %77
  %82 = fadd float %78, %80
  %83 = fadd float %79, %81
  %84 = fadd float %82, %83
  %85 = getelementptr inbounds float, ptr %11, i64 0
  store float %84, ptr %85, align 4, !alias.scope !12
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k2(ptr %0, i64 %1, i64 %2) #1 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !19, !noalias !22
  %10 = fdiv float %9, 3.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !22
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !24

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = alloca [2 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %4, i64 128)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %16, %ok ], [ %23, %ok1 ], [ %28, %ok2 ]
  %10 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %0, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %11, i64 0
  %15 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %14, ptr %15, align 8
  %16 = call i32 @loss.k0(ptr %5, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = getelementptr inbounds i8, ptr %11, i64 0
  %19 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %2, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %11, i64 64
  %22 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %21, ptr %22, align 8
  %23 = call i32 @loss.k1(ptr %6, i64 0, i64 1)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %25 = getelementptr inbounds i8, ptr %11, i64 64
  %26 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %25, ptr %26, align 8
  %27 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %3, ptr %27, align 8
  %28 = call i32 @loss.k2(ptr %7, i64 0, i64 1)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %30 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %30)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: noinline nounwind
define internal i32 @dloss_dw.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %18, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !26, !noalias !29
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !31, !noalias !29
  %14 = fsub float %11, %13
  %15 = fmul float %14, 2.000000e+00
  %16 = fmul float 0x3FD5555560000000, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  store float %16, ptr %17, align 4, !alias.scope !29
  br label %latch

latch:                                            ; preds = %body
  %18 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !33

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss_dw.k2(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca <2 x float>, align 16
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
  %i5 = phi i64 [ 0, %body ], [ %20, %latch3 ]
  %12 = icmp slt i64 %i5, 1
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %13 = mul nsw i64 %i5, 1
  %14 = icmp sgt i64 %13, 0
  %15 = select i1 %14, i64 0, i64 %13
  %16 = mul nsw i64 %i, 3
  %17 = mul nsw i64 %i, 6
  %18 = mul nsw i64 %i, 2
  %19 = add nsw i64 %15, 0
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %20 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %37, %latch8 ]
  %21 = icmp slt i64 %i10, 3
  br i1 %21, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %22 = mul nsw i64 %i10, 2
  %23 = add nsw i64 %22, 0
  %24 = add nsw i64 %17, %23
  %25 = getelementptr inbounds float, ptr %7, i64 %24
  %26 = load <2 x float>, ptr %25, align 4, !alias.scope !34, !noalias !37
  %27 = mul nsw i64 %19, 3
  %28 = add nsw i64 %27, %i10
  %29 = add nsw i64 %16, %28
  %30 = getelementptr inbounds float, ptr %5, i64 %29
  %31 = load float, ptr %30, align 4, !alias.scope !39, !noalias !37
  %32 = insertelement <2 x float> poison, float %31, i32 0
  %33 = shufflevector <2 x float> %32, <2 x float> poison, <2 x i32> zeroinitializer
  %34 = load <2 x float>, ptr %3, align 4
  %35 = fmul contract <2 x float> %33, %26
  %36 = fadd contract <2 x float> %34, %35
  store <2 x float> %36, ptr %3, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %37 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !41

exit9:                                            ; preds = %loop6
  %38 = load <2 x float>, ptr %3, align 4
  %39 = mul nsw i64 %19, 2
  %40 = add nsw i64 %39, 0
  %41 = add nsw i64 %18, %40
  %42 = getelementptr inbounds float, ptr %9, i64 %41
  store <2 x float> %38, ptr %42, align 4, !alias.scope !37
  br label %latch3
}

; Function Attrs: nounwind
define i32 @dloss_dw(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %4, i64 128)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %16, %ok ], [ %23, %ok1 ], [ %29, %ok2 ]
  %10 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %0, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %11, i64 0
  %15 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %14, ptr %15, align 8
  %16 = call i32 @loss.k0(ptr %5, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = getelementptr inbounds i8, ptr %11, i64 0
  %19 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %2, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %11, i64 64
  %22 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %21, ptr %22, align 8
  %23 = call i32 @dloss_dw.k1(ptr %6, i64 0, i64 3)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %25 = getelementptr inbounds i8, ptr %11, i64 64
  %26 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %25, ptr %26, align 8
  %27 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %1, ptr %27, align 8
  %28 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %3, ptr %28, align 8
  %29 = call i32 @dloss_dw.k2(ptr %7, i64 0, i64 1)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %31 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %31)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss_dx.k2(ptr %0, i64 %1, i64 %2) #1 {
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
  %i5 = phi i64 [ 0, %body ], [ %20, %latch3 ]
  %11 = icmp slt i64 %i5, 2
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = getelementptr inbounds float, ptr %4, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !43, !noalias !46
  %14 = getelementptr inbounds float, ptr %6, i64 %i5
  %15 = load float, ptr %14, align 4, !alias.scope !48, !noalias !46
  %16 = fmul float %13, %15
  %17 = mul nsw i64 %i, 2
  %18 = add nsw i64 %17, %i5
  %19 = getelementptr inbounds float, ptr %8, i64 %18
  store float %16, ptr %19, align 4, !alias.scope !46
  br label %latch3

latch3:                                           ; preds = %body2
  %20 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !50

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @dloss_dx(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %4, i64 128)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %16, %ok ], [ %23, %ok1 ], [ %29, %ok2 ]
  %10 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %0, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %11, i64 0
  %15 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %14, ptr %15, align 8
  %16 = call i32 @loss.k0(ptr %5, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = getelementptr inbounds i8, ptr %11, i64 0
  %19 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %2, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %11, i64 64
  %22 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %21, ptr %22, align 8
  %23 = call i32 @dloss_dw.k1(ptr %6, i64 0, i64 3)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %25 = getelementptr inbounds i8, ptr %11, i64 64
  %26 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %25, ptr %26, align 8
  %27 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %0, ptr %27, align 8
  %28 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %3, ptr %28, align 8
  %29 = call i32 @dloss_dx.k2(ptr %7, i64 0, i64 3)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %31 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %31)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind }

!0 = !{!1}
!1 = !{!"loss.k0.buffer0", !2}
!2 = !{!"loss.k0.buffers"}
!3 = !{!4}
!4 = !{!"loss.k0.buffer2", !2}
!5 = !{!6}
!6 = !{!"loss.k0.buffer1", !2}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = !{!10}
!10 = !{!"loss.k1.buffer0", !11}
!11 = !{!"loss.k1.buffers"}
!12 = !{!13}
!13 = !{!"loss.k1.buffer2", !11}
!14 = !{!15}
!15 = !{!"loss.k1.buffer1", !11}
!16 = distinct !{!16, !17, !18, !8}
!17 = !{!"llvm.loop.vectorize.enable", i1 true}
!18 = !{!"llvm.loop.vectorize.width", i32 16}
!19 = !{!20}
!20 = !{!"loss.k2.buffer0", !21}
!21 = !{!"loss.k2.buffers"}
!22 = !{!23}
!23 = !{!"loss.k2.buffer1", !21}
!24 = distinct !{!24, !25, !8}
!25 = !{!"llvm.loop.vectorize.width", i32 8}
!26 = !{!27}
!27 = !{!"dloss_dw.k1.buffer0", !28}
!28 = !{!"dloss_dw.k1.buffers"}
!29 = !{!30}
!30 = !{!"dloss_dw.k1.buffer2", !28}
!31 = !{!32}
!32 = !{!"dloss_dw.k1.buffer1", !28}
!33 = distinct !{!33, !25, !8}
!34 = !{!35}
!35 = !{!"dloss_dw.k2.buffer1", !36}
!36 = !{!"dloss_dw.k2.buffers"}
!37 = !{!38}
!38 = !{!"dloss_dw.k2.buffer2", !36}
!39 = !{!40}
!40 = !{!"dloss_dw.k2.buffer0", !36}
!41 = distinct !{!41, !42, !8}
!42 = !{!"llvm.loop.vectorize.enable", i1 false}
!43 = !{!44}
!44 = !{!"dloss_dx.k2.buffer0", !45}
!45 = !{!"dloss_dx.k2.buffers"}
!46 = !{!47}
!47 = !{!"dloss_dx.k2.buffer2", !45}
!48 = !{!49}
!49 = !{!"dloss_dx.k2.buffer1", !45}
!50 = distinct !{!50, !25, !8}
