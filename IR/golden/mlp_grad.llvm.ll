; ModuleID = 'mlp_grad'
source_filename = "mlp_grad"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [1343 x i8] c"{\22module\22: \22mlp_grad\22, \22functions\22: [{\22name\22: \22predict\22, \22symbol\22: \22predict\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}], \22outputs\22: [{\22name\22: \22out\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}]}, {\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22dloss\22, \22symbol\22: \22dloss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}], \22outputs\22: [{\22name\22: \22d_w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22d_b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22d_w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22d_b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @predict.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %7 = getelementptr inbounds ptr, ptr %0, i64 0
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 1
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 2
  %12 = load ptr, ptr %11, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %14, %latch ]
  %13 = icmp slt i64 %i, 1
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %14 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %24, %latch3 ]
  %15 = icmp slt i64 %i5, 2
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %16 = mul nsw i64 %i5, 4
  %17 = mul nsw i64 %i, 32
  %18 = mul nsw i64 %i, 64
  %19 = mul nsw i64 %i, 128
  %20 = add nsw i64 %16, 0
  %21 = add nsw i64 %16, 1
  %22 = add nsw i64 %16, 2
  %23 = add nsw i64 %16, 3
  br label %loop6

latch3:                                           ; preds = %exit9
  %24 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %27, %latch8 ]
  %25 = icmp slt i64 %i10, 2
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = mul nsw i64 %i10, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %27 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %74, %latch13 ]
  %28 = icmp slt i64 %i15, 4
  br i1 %28, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %29 = load <8 x float>, ptr %3, align 4
  %30 = load <8 x float>, ptr %4, align 4
  %31 = load <8 x float>, ptr %5, align 4
  %32 = load <8 x float>, ptr %6, align 4
  %33 = mul nsw i64 %i15, 16
  %34 = add nsw i64 %33, %26
  %35 = add nsw i64 %18, %34
  %36 = getelementptr inbounds float, ptr %10, i64 %35
  %37 = load <8 x float>, ptr %36, align 4, !alias.scope !0, !noalias !3
  %38 = mul nsw i64 %20, 4
  %39 = add nsw i64 %38, %i15
  %40 = add nsw i64 %17, %39
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4, !alias.scope !5, !noalias !3
  %43 = insertelement <8 x float> poison, float %42, i32 0
  %44 = shufflevector <8 x float> %43, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = fmul contract <8 x float> %44, %37
  %46 = fadd contract <8 x float> %29, %45
  %47 = mul nsw i64 %21, 4
  %48 = add nsw i64 %47, %i15
  %49 = add nsw i64 %17, %48
  %50 = getelementptr inbounds float, ptr %8, i64 %49
  %51 = load float, ptr %50, align 4, !alias.scope !5, !noalias !3
  %52 = insertelement <8 x float> poison, float %51, i32 0
  %53 = shufflevector <8 x float> %52, <8 x float> poison, <8 x i32> zeroinitializer
  %54 = fmul contract <8 x float> %53, %37
  %55 = fadd contract <8 x float> %30, %54
  %56 = mul nsw i64 %22, 4
  %57 = add nsw i64 %56, %i15
  %58 = add nsw i64 %17, %57
  %59 = getelementptr inbounds float, ptr %8, i64 %58
  %60 = load float, ptr %59, align 4, !alias.scope !5, !noalias !3
  %61 = insertelement <8 x float> poison, float %60, i32 0
  %62 = shufflevector <8 x float> %61, <8 x float> poison, <8 x i32> zeroinitializer
  %63 = fmul contract <8 x float> %62, %37
  %64 = fadd contract <8 x float> %31, %63
  %65 = mul nsw i64 %23, 4
  %66 = add nsw i64 %65, %i15
  %67 = add nsw i64 %17, %66
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  %69 = load float, ptr %68, align 4, !alias.scope !5, !noalias !3
  %70 = insertelement <8 x float> poison, float %69, i32 0
  %71 = shufflevector <8 x float> %70, <8 x float> poison, <8 x i32> zeroinitializer
  %72 = fmul contract <8 x float> %71, %37
  %73 = fadd contract <8 x float> %32, %72
  store <8 x float> %46, ptr %3, align 4
  store <8 x float> %55, ptr %4, align 4
  store <8 x float> %64, ptr %5, align 4
  store <8 x float> %73, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %74 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %75 = load <8 x float>, ptr %3, align 4
  %76 = load <8 x float>, ptr %4, align 4
  %77 = load <8 x float>, ptr %5, align 4
  %78 = load <8 x float>, ptr %6, align 4
  %79 = mul nsw i64 %20, 16
  %80 = add nsw i64 %79, %26
  %81 = add nsw i64 %19, %80
  %82 = getelementptr inbounds float, ptr %12, i64 %81
  store <8 x float> %75, ptr %82, align 4, !alias.scope !3
  %83 = mul nsw i64 %21, 16
  %84 = add nsw i64 %83, %26
  %85 = add nsw i64 %19, %84
  %86 = getelementptr inbounds float, ptr %12, i64 %85
  store <8 x float> %76, ptr %86, align 4, !alias.scope !3
  %87 = mul nsw i64 %22, 16
  %88 = add nsw i64 %87, %26
  %89 = add nsw i64 %19, %88
  %90 = getelementptr inbounds float, ptr %12, i64 %89
  store <8 x float> %77, ptr %90, align 4, !alias.scope !3
  %91 = mul nsw i64 %23, 16
  %92 = add nsw i64 %91, %26
  %93 = add nsw i64 %19, %92
  %94 = getelementptr inbounds float, ptr %12, i64 %93
  store <8 x float> %78, ptr %94, align 4, !alias.scope !3
  br label %latch8
}

; Function Attrs: noinline nounwind
define internal i32 @predict.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %23, %latch3 ]
  %11 = icmp slt i64 %i5, 16
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 16
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4, !alias.scope !7, !noalias !10
  %16 = getelementptr inbounds float, ptr %6, i64 %i5
  %17 = load float, ptr %16, align 4, !alias.scope !12, !noalias !10
  %18 = fadd float %15, %17
  %19 = call float @tanhf(float %18) #3
  %20 = mul nsw i64 %i, 16
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %8, i64 %21
  store float %19, ptr %22, align 4, !alias.scope !10
  br label %latch3

latch3:                                           ; preds = %body2
  %23 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !14

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #1

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #1

; Function Attrs: noinline nounwind
define internal i32 @predict.k2(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <2 x float>, align 16
  %4 = alloca <2 x float>, align 16
  %5 = alloca <2 x float>, align 16
  %6 = alloca <2 x float>, align 16
  %7 = alloca float, align 16
  %8 = alloca float, align 16
  %9 = alloca float, align 16
  %10 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %11 = getelementptr inbounds ptr, ptr %0, i64 0
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 1
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 2
  %16 = load ptr, ptr %15, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %18, %latch ]
  %17 = icmp slt i64 %i, 1
  br i1 %17, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %18 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %28, %latch3 ]
  %19 = icmp slt i64 %i5, 2
  br i1 %19, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %20 = mul nsw i64 %i5, 4
  %21 = mul nsw i64 %i, 128
  %22 = mul nsw i64 %i, 48
  %23 = mul nsw i64 %i, 24
  %24 = add nsw i64 %20, 0
  %25 = add nsw i64 %20, 1
  %26 = add nsw i64 %20, 2
  %27 = add nsw i64 %20, 3
  br label %loop6

latch3:                                           ; preds = %exit19
  %28 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %31, %latch8 ]
  %29 = icmp slt i64 %i10, 1
  br i1 %29, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %30 = mul nsw i64 %i10, 2
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %31 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop16

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %78, %latch13 ]
  %32 = icmp slt i64 %i15, 16
  br i1 %32, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %33 = load <2 x float>, ptr %3, align 4
  %34 = load <2 x float>, ptr %4, align 4
  %35 = load <2 x float>, ptr %5, align 4
  %36 = load <2 x float>, ptr %6, align 4
  %37 = mul nsw i64 %i15, 3
  %38 = add nsw i64 %37, %30
  %39 = add nsw i64 %22, %38
  %40 = getelementptr inbounds float, ptr %14, i64 %39
  %41 = load <2 x float>, ptr %40, align 4, !alias.scope !17, !noalias !20
  %42 = mul nsw i64 %24, 16
  %43 = add nsw i64 %42, %i15
  %44 = add nsw i64 %21, %43
  %45 = getelementptr inbounds float, ptr %12, i64 %44
  %46 = load float, ptr %45, align 4, !alias.scope !22, !noalias !20
  %47 = insertelement <2 x float> poison, float %46, i32 0
  %48 = shufflevector <2 x float> %47, <2 x float> poison, <2 x i32> zeroinitializer
  %49 = fmul contract <2 x float> %48, %41
  %50 = fadd contract <2 x float> %33, %49
  %51 = mul nsw i64 %25, 16
  %52 = add nsw i64 %51, %i15
  %53 = add nsw i64 %21, %52
  %54 = getelementptr inbounds float, ptr %12, i64 %53
  %55 = load float, ptr %54, align 4, !alias.scope !22, !noalias !20
  %56 = insertelement <2 x float> poison, float %55, i32 0
  %57 = shufflevector <2 x float> %56, <2 x float> poison, <2 x i32> zeroinitializer
  %58 = fmul contract <2 x float> %57, %41
  %59 = fadd contract <2 x float> %34, %58
  %60 = mul nsw i64 %26, 16
  %61 = add nsw i64 %60, %i15
  %62 = add nsw i64 %21, %61
  %63 = getelementptr inbounds float, ptr %12, i64 %62
  %64 = load float, ptr %63, align 4, !alias.scope !22, !noalias !20
  %65 = insertelement <2 x float> poison, float %64, i32 0
  %66 = shufflevector <2 x float> %65, <2 x float> poison, <2 x i32> zeroinitializer
  %67 = fmul contract <2 x float> %66, %41
  %68 = fadd contract <2 x float> %35, %67
  %69 = mul nsw i64 %27, 16
  %70 = add nsw i64 %69, %i15
  %71 = add nsw i64 %21, %70
  %72 = getelementptr inbounds float, ptr %12, i64 %71
  %73 = load float, ptr %72, align 4, !alias.scope !22, !noalias !20
  %74 = insertelement <2 x float> poison, float %73, i32 0
  %75 = shufflevector <2 x float> %74, <2 x float> poison, <2 x i32> zeroinitializer
  %76 = fmul contract <2 x float> %75, %41
  %77 = fadd contract <2 x float> %36, %76
  store <2 x float> %50, ptr %3, align 4
  store <2 x float> %59, ptr %4, align 4
  store <2 x float> %68, ptr %5, align 4
  store <2 x float> %77, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %78 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %79 = load <2 x float>, ptr %3, align 4
  %80 = load <2 x float>, ptr %4, align 4
  %81 = load <2 x float>, ptr %5, align 4
  %82 = load <2 x float>, ptr %6, align 4
  %83 = mul nsw i64 %24, 3
  %84 = add nsw i64 %83, %30
  %85 = add nsw i64 %23, %84
  %86 = getelementptr inbounds float, ptr %16, i64 %85
  store <2 x float> %79, ptr %86, align 4, !alias.scope !20
  %87 = mul nsw i64 %25, 3
  %88 = add nsw i64 %87, %30
  %89 = add nsw i64 %23, %88
  %90 = getelementptr inbounds float, ptr %16, i64 %89
  store <2 x float> %80, ptr %90, align 4, !alias.scope !20
  %91 = mul nsw i64 %26, 3
  %92 = add nsw i64 %91, %30
  %93 = add nsw i64 %23, %92
  %94 = getelementptr inbounds float, ptr %16, i64 %93
  store <2 x float> %81, ptr %94, align 4, !alias.scope !20
  %95 = mul nsw i64 %27, 3
  %96 = add nsw i64 %95, %30
  %97 = add nsw i64 %23, %96
  %98 = getelementptr inbounds float, ptr %16, i64 %97
  store <2 x float> %82, ptr %98, align 4, !alias.scope !20
  br label %latch8

loop16:                                           ; preds = %latch18, %exit9
  %i20 = phi i64 [ 2, %exit9 ], [ %100, %latch18 ]
  %99 = icmp slt i64 %i20, 3
  br i1 %99, label %body17, label %exit19

body17:                                           ; preds = %loop16
  store float -0.000000e+00, ptr %7, align 4
  store float -0.000000e+00, ptr %8, align 4
  store float -0.000000e+00, ptr %9, align 4
  store float -0.000000e+00, ptr %10, align 4
  br label %loop21

latch18:                                          ; preds = %exit24
  %100 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !24

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %139, %latch23 ]
  %101 = icmp slt i64 %i25, 16
  br i1 %101, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %102 = load float, ptr %7, align 4
  %103 = load float, ptr %8, align 4
  %104 = load float, ptr %9, align 4
  %105 = load float, ptr %10, align 4
  %106 = mul nsw i64 %i25, 3
  %107 = add nsw i64 %106, %i20
  %108 = add nsw i64 %22, %107
  %109 = getelementptr inbounds float, ptr %14, i64 %108
  %110 = load float, ptr %109, align 4, !alias.scope !17, !noalias !20
  %111 = mul nsw i64 %24, 16
  %112 = add nsw i64 %111, %i25
  %113 = add nsw i64 %21, %112
  %114 = getelementptr inbounds float, ptr %12, i64 %113
  %115 = load float, ptr %114, align 4, !alias.scope !22, !noalias !20
  %116 = fmul contract float %115, %110
  %117 = fadd contract float %102, %116
  %118 = mul nsw i64 %25, 16
  %119 = add nsw i64 %118, %i25
  %120 = add nsw i64 %21, %119
  %121 = getelementptr inbounds float, ptr %12, i64 %120
  %122 = load float, ptr %121, align 4, !alias.scope !22, !noalias !20
  %123 = fmul contract float %122, %110
  %124 = fadd contract float %103, %123
  %125 = mul nsw i64 %26, 16
  %126 = add nsw i64 %125, %i25
  %127 = add nsw i64 %21, %126
  %128 = getelementptr inbounds float, ptr %12, i64 %127
  %129 = load float, ptr %128, align 4, !alias.scope !22, !noalias !20
  %130 = fmul contract float %129, %110
  %131 = fadd contract float %104, %130
  %132 = mul nsw i64 %27, 16
  %133 = add nsw i64 %132, %i25
  %134 = add nsw i64 %21, %133
  %135 = getelementptr inbounds float, ptr %12, i64 %134
  %136 = load float, ptr %135, align 4, !alias.scope !22, !noalias !20
  %137 = fmul contract float %136, %110
  %138 = fadd contract float %105, %137
  store float %117, ptr %7, align 4
  store float %124, ptr %8, align 4
  store float %131, ptr %9, align 4
  store float %138, ptr %10, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %139 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %140 = load float, ptr %7, align 4
  %141 = load float, ptr %8, align 4
  %142 = load float, ptr %9, align 4
  %143 = load float, ptr %10, align 4
  %144 = mul nsw i64 %24, 3
  %145 = add nsw i64 %144, %i20
  %146 = add nsw i64 %23, %145
  %147 = getelementptr inbounds float, ptr %16, i64 %146
  store float %140, ptr %147, align 4, !alias.scope !20
  %148 = mul nsw i64 %25, 3
  %149 = add nsw i64 %148, %i20
  %150 = add nsw i64 %23, %149
  %151 = getelementptr inbounds float, ptr %16, i64 %150
  store float %141, ptr %151, align 4, !alias.scope !20
  %152 = mul nsw i64 %26, 3
  %153 = add nsw i64 %152, %i20
  %154 = add nsw i64 %23, %153
  %155 = getelementptr inbounds float, ptr %16, i64 %154
  store float %142, ptr %155, align 4, !alias.scope !20
  %156 = mul nsw i64 %27, 3
  %157 = add nsw i64 %156, %i20
  %158 = add nsw i64 %23, %157
  %159 = getelementptr inbounds float, ptr %16, i64 %158
  store float %143, ptr %159, align 4, !alias.scope !20
  br label %latch18
}

; Function Attrs: nounwind
define internal i32 @predict.k3(ptr %0, i64 %1, i64 %2) #2 {
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
  %11 = icmp slt i64 %i5, 3
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 3
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4, !alias.scope !26, !noalias !29
  %16 = getelementptr inbounds float, ptr %6, i64 %i5
  %17 = load float, ptr %16, align 4, !alias.scope !31, !noalias !29
  %18 = fadd float %15, %17
  %19 = mul nsw i64 %i, 3
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4, !alias.scope !29
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !33

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @predict(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5) #2 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = call i32 @ftc_rt_alloc(ptr %6, i64 1024)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %11, %entry ], [ %19, %ok ], [ %26, %ok1 ], [ %33, %ok2 ], [ %39, %ok3 ]
  %13 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %13)
  ret i32 %status

ok:                                               ; preds = %entry
  %14 = load ptr, ptr %6, align 8
  %15 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %4, ptr %15, align 8
  %16 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds i8, ptr %14, i64 0
  %18 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %17, ptr %18, align 8
  %19 = call i32 @predict.k0(ptr %7, i64 0, i64 1)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %21 = getelementptr inbounds i8, ptr %14, i64 0
  %22 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %21, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %1, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %14, i64 512
  %25 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %24, ptr %25, align 8
  %26 = call i32 @predict.k1(ptr %8, i64 0, i64 8)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %28 = getelementptr inbounds i8, ptr %14, i64 512
  %29 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %2, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %14, i64 0
  %32 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %31, ptr %32, align 8
  %33 = call i32 @predict.k2(ptr %9, i64 0, i64 1)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %35 = getelementptr inbounds i8, ptr %14, i64 0
  %36 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %3, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %5, ptr %38, align 8
  %39 = call i32 @predict.k3(ptr %10, i64 0, i64 8)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %41 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %41)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @loss.k3(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca <16 x float>, align 16
  %4 = alloca [1 x <16 x float>], align 16
  %5 = alloca [2 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %6 = getelementptr inbounds ptr, ptr %0, i64 0
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 1
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds ptr, ptr %0, i64 2
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 3
  %13 = load ptr, ptr %12, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %32, %latch ]
  %14 = icmp slt i64 %i, 16
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = urem i64 %i, 3
  %16 = udiv i64 %i, 3
  %17 = mul nsw i64 %16, 3
  %18 = add nsw i64 %17, %15
  %19 = getelementptr inbounds float, ptr %7, i64 %18
  %20 = load float, ptr %19, align 4, !alias.scope !34, !noalias !37
  %21 = getelementptr inbounds float, ptr %9, i64 %15
  %22 = load float, ptr %21, align 4, !alias.scope !39, !noalias !37
  %23 = fadd float %20, %22
  %24 = mul nsw i64 %16, 3
  %25 = add nsw i64 %24, %15
  %26 = getelementptr inbounds float, ptr %11, i64 %25
  %27 = load float, ptr %26, align 4, !alias.scope !41, !noalias !37
  %28 = fsub float %23, %27
  %29 = fmul float %28, %28
  %30 = sub i64 %i, 0
  %31 = getelementptr inbounds float, ptr %5, i64 %30
  store float %29, ptr %31, align 4
  br label %latch

latch:                                            ; preds = %body
  %32 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !43

exit:                                             ; preds = %loop
  %33 = getelementptr inbounds float, ptr %5, i64 24
  store float -0.000000e+00, ptr %33, align 4
  %34 = getelementptr inbounds float, ptr %5, i64 25
  store float -0.000000e+00, ptr %34, align 4
  %35 = getelementptr inbounds float, ptr %5, i64 26
  store float -0.000000e+00, ptr %35, align 4
  %36 = getelementptr inbounds float, ptr %5, i64 27
  store float -0.000000e+00, ptr %36, align 4
  %37 = getelementptr inbounds float, ptr %5, i64 28
  store float -0.000000e+00, ptr %37, align 4
  %38 = getelementptr inbounds float, ptr %5, i64 29
  store float -0.000000e+00, ptr %38, align 4
  %39 = getelementptr inbounds float, ptr %5, i64 30
  store float -0.000000e+00, ptr %39, align 4
  %40 = getelementptr inbounds float, ptr %5, i64 31
  store float -0.000000e+00, ptr %40, align 4
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 16, %exit ], [ %59, %latch3 ]
  %41 = icmp slt i64 %i5, 24
  br i1 %41, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %42 = urem i64 %i5, 3
  %43 = udiv i64 %i5, 3
  %44 = mul nsw i64 %43, 3
  %45 = add nsw i64 %44, %42
  %46 = getelementptr inbounds float, ptr %7, i64 %45
  %47 = load float, ptr %46, align 4, !alias.scope !34, !noalias !37
  %48 = getelementptr inbounds float, ptr %9, i64 %42
  %49 = load float, ptr %48, align 4, !alias.scope !39, !noalias !37
  %50 = fadd float %47, %49
  %51 = mul nsw i64 %43, 3
  %52 = add nsw i64 %51, %42
  %53 = getelementptr inbounds float, ptr %11, i64 %52
  %54 = load float, ptr %53, align 4, !alias.scope !41, !noalias !37
  %55 = fsub float %50, %54
  %56 = fmul float %55, %55
  %57 = sub i64 %i5, 0
  %58 = getelementptr inbounds float, ptr %5, i64 %57
  store float %56, ptr %58, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %59 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !46

exit4:                                            ; preds = %loop1
  %60 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %61 = load <16 x float>, ptr %60, align 4
  %62 = getelementptr inbounds <16 x float>, ptr %5, i64 1
  %63 = load <16 x float>, ptr %62, align 4
  %64 = fadd <16 x float> %61, %63
  store <16 x float> %64, ptr %3, align 4
  %65 = getelementptr inbounds float, ptr %3, i64 0
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %3, i64 1
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %3, i64 2
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %3, i64 3
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %3, i64 4
  %74 = load float, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %3, i64 5
  %76 = load float, ptr %75, align 4
  %77 = getelementptr inbounds float, ptr %3, i64 6
  %78 = load float, ptr %77, align 4
  %79 = getelementptr inbounds float, ptr %3, i64 7
  %80 = load float, ptr %79, align 4
  %81 = getelementptr inbounds float, ptr %3, i64 8
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %3, i64 9
  %84 = load float, ptr %83, align 4
  %85 = getelementptr inbounds float, ptr %3, i64 10
  %86 = load float, ptr %85, align 4
  %87 = getelementptr inbounds float, ptr %3, i64 11
  %88 = load float, ptr %87, align 4
  %89 = getelementptr inbounds float, ptr %3, i64 12
  %90 = load float, ptr %89, align 4
  %91 = getelementptr inbounds float, ptr %3, i64 13
  %92 = load float, ptr %91, align 4
  %93 = getelementptr inbounds float, ptr %3, i64 14
  %94 = load float, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %3, i64 15
  %96 = load float, ptr %95, align 4
  %97 = fadd float %66, %82
  %98 = fadd float %68, %84
  %99 = fadd float %70, %86
  %100 = fadd float %72, %88
  %101 = fadd float %74, %90
  %102 = fadd float %76, %92
  %103 = fadd float %78, %94
  %104 = fadd float %80, %96
  %105 = fadd float %97, %101
  %106 = fadd float %98, %102
  %107 = fadd float %99, %103
  %108 = fadd float %100, %104
  %109 = fadd float %105, %107
  %110 = fadd float %106, %108
  %111 = fadd float %109, %110
  %112 = getelementptr inbounds float, ptr %13, i64 0
  store float %111, ptr %112, align 4, !alias.scope !37
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k4(ptr %0, i64 %1, i64 %2) #2 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !47, !noalias !50
  %10 = fdiv float %9, 2.400000e+01
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !50
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !52

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6) #2 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [4 x ptr], align 8
  %12 = alloca [2 x ptr], align 8
  %13 = call i32 @ftc_rt_alloc(ptr %7, i64 1024)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %fail, label %ok

fail:                                             ; preds = %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %13, %entry ], [ %21, %ok ], [ %28, %ok1 ], [ %35, %ok2 ], [ %43, %ok3 ], [ %48, %ok4 ]
  %15 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %15)
  ret i32 %status

ok:                                               ; preds = %entry
  %16 = load ptr, ptr %7, align 8
  %17 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %4, ptr %17, align 8
  %18 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %0, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %16, i64 0
  %20 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %19, ptr %20, align 8
  %21 = call i32 @predict.k0(ptr %8, i64 0, i64 1)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %23 = getelementptr inbounds i8, ptr %16, i64 0
  %24 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %23, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %16, i64 512
  %27 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %26, ptr %27, align 8
  %28 = call i32 @predict.k1(ptr %9, i64 0, i64 8)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %30 = getelementptr inbounds i8, ptr %16, i64 512
  %31 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %16, i64 0
  %34 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %33, ptr %34, align 8
  %35 = call i32 @predict.k2(ptr %10, i64 0, i64 1)
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %37 = getelementptr inbounds i8, ptr %16, i64 0
  %38 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %37, ptr %38, align 8
  %39 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %3, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %5, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %16, i64 128
  %42 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %41, ptr %42, align 8
  %43 = call i32 @loss.k3(ptr %11, i64 0, i64 1)
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %45 = getelementptr inbounds i8, ptr %16, i64 128
  %46 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %6, ptr %47, align 8
  %48 = call i32 @loss.k4(ptr %12, i64 0, i64 1)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %50 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %50)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k3(ptr %0, i64 %1, i64 %2) #2 {
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
  %i5 = phi i64 [ 0, %body ], [ %31, %latch3 ]
  %13 = icmp slt i64 %i5, 3
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 3
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %4, i64 %15
  %17 = load float, ptr %16, align 4, !alias.scope !53, !noalias !56
  %18 = getelementptr inbounds float, ptr %6, i64 %i5
  %19 = load float, ptr %18, align 4, !alias.scope !58, !noalias !56
  %20 = fadd float %17, %19
  %21 = mul nsw i64 %i, 3
  %22 = add nsw i64 %21, %i5
  %23 = getelementptr inbounds float, ptr %8, i64 %22
  %24 = load float, ptr %23, align 4, !alias.scope !60, !noalias !56
  %25 = fsub float %20, %24
  %26 = fmul float 0x3FA5555560000000, %25
  %27 = fadd float %26, %26
  %28 = mul nsw i64 %i, 3
  %29 = add nsw i64 %28, %i5
  %30 = getelementptr inbounds float, ptr %10, i64 %29
  store float %27, ptr %30, align 4, !alias.scope !56
  br label %latch3

latch3:                                           ; preds = %body2
  %31 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !62

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dloss.k4(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca [96 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds float, ptr %3, i64 48
  br label %loop

planes.done:                                      ; preds = %exit
  ret i32 0

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %15, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = urem i64 %i, 1
  %11 = mul nsw i64 %10, 3
  %12 = sub i64 3, %11
  %13 = icmp slt i64 %12, 3
  %14 = select i1 %13, i64 %12, i64 3
  br label %loop1

latch:                                            ; preds = %exit64
  %15 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !63

exit:                                             ; preds = %loop
  br label %planes.done

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %16 = icmp slt i64 %i5, 8
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !64

exit4:                                            ; preds = %loop1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %28, %latch8 ]
  %18 = icmp slt i64 %i10, %14
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %19 = add nsw i64 0, %i5
  %20 = add nsw i64 %11, %i10
  %21 = mul nsw i64 %19, 3
  %22 = add nsw i64 %21, %20
  %23 = getelementptr inbounds float, ptr %5, i64 %22
  %24 = load float, ptr %23, align 4, !alias.scope !65, !noalias !68
  %25 = mul nsw i64 %i5, 3
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %24, ptr %27, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !70

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ 8, %exit4 ], [ %30, %latch13 ]
  %29 = icmp slt i64 %i15, 16
  br i1 %29, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %30 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !71

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %35, %latch18 ]
  %31 = icmp slt i64 %i20, %14
  br i1 %31, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %32 = mul nsw i64 %i15, 3
  %33 = add nsw i64 %32, %i20
  %34 = getelementptr inbounds float, ptr %8, i64 %33
  store float -0.000000e+00, ptr %34, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %35 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !72

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %37, %latch23 ]
  %36 = icmp slt i64 %i25, 8
  br i1 %36, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %37 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !73

exit24:                                           ; preds = %loop21
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %52, %latch28 ]
  %38 = icmp slt i64 %i30, %14
  br i1 %38, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %39 = mul nsw i64 %i25, 3
  %40 = add nsw i64 %39, %i30
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4
  %43 = add nsw i64 %i25, 8
  %44 = mul nsw i64 %43, 3
  %45 = add nsw i64 %44, %i30
  %46 = getelementptr inbounds float, ptr %8, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = fadd float %42, %47
  %49 = mul nsw i64 %i25, 3
  %50 = add nsw i64 %49, %i30
  %51 = getelementptr inbounds float, ptr %8, i64 %50
  store float %48, ptr %51, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %52 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !74

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ 0, %exit24 ], [ %54, %latch33 ]
  %53 = icmp slt i64 %i35, 4
  br i1 %53, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %54 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !75

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %69, %latch38 ]
  %55 = icmp slt i64 %i40, %14
  br i1 %55, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %56 = mul nsw i64 %i35, 3
  %57 = add nsw i64 %56, %i40
  %58 = getelementptr inbounds float, ptr %8, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = add nsw i64 %i35, 4
  %61 = mul nsw i64 %60, 3
  %62 = add nsw i64 %61, %i40
  %63 = getelementptr inbounds float, ptr %8, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = fadd float %59, %64
  %66 = mul nsw i64 %i35, 3
  %67 = add nsw i64 %66, %i40
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  store float %65, ptr %68, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %69 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !76

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 0, %exit34 ], [ %71, %latch43 ]
  %70 = icmp slt i64 %i45, 2
  br i1 %70, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %71 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !77

exit44:                                           ; preds = %loop41
  br label %loop51

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %86, %latch48 ]
  %72 = icmp slt i64 %i50, %14
  br i1 %72, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %73 = mul nsw i64 %i45, 3
  %74 = add nsw i64 %73, %i50
  %75 = getelementptr inbounds float, ptr %8, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = add nsw i64 %i45, 2
  %78 = mul nsw i64 %77, 3
  %79 = add nsw i64 %78, %i50
  %80 = getelementptr inbounds float, ptr %8, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = fadd float %76, %81
  %83 = mul nsw i64 %i45, 3
  %84 = add nsw i64 %83, %i50
  %85 = getelementptr inbounds float, ptr %8, i64 %84
  store float %82, ptr %85, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %86 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !78

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %exit44
  %i55 = phi i64 [ 0, %exit44 ], [ %88, %latch53 ]
  %87 = icmp slt i64 %i55, 1
  br i1 %87, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %88 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !79

exit54:                                           ; preds = %loop51
  br label %loop61

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %103, %latch58 ]
  %89 = icmp slt i64 %i60, %14
  br i1 %89, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %90 = mul nsw i64 %i55, 3
  %91 = add nsw i64 %90, %i60
  %92 = getelementptr inbounds float, ptr %8, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = add nsw i64 %i55, 1
  %95 = mul nsw i64 %94, 3
  %96 = add nsw i64 %95, %i60
  %97 = getelementptr inbounds float, ptr %8, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = fadd float %93, %98
  %100 = mul nsw i64 %i55, 3
  %101 = add nsw i64 %100, %i60
  %102 = getelementptr inbounds float, ptr %8, i64 %101
  store float %99, ptr %102, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %103 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !80

exit59:                                           ; preds = %loop56
  br label %latch53

loop61:                                           ; preds = %latch63, %exit54
  %i65 = phi i64 [ 0, %exit54 ], [ %110, %latch63 ]
  %104 = icmp slt i64 %i65, %14
  br i1 %104, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %105 = add nsw i64 %11, %i65
  %106 = add nsw i64 0, %i65
  %107 = getelementptr inbounds float, ptr %8, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %7, i64 %105
  store float %108, ptr %109, align 4, !alias.scope !68
  br label %latch63

latch63:                                          ; preds = %body62
  %110 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !81

exit64:                                           ; preds = %loop61
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dloss.k5(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca <2 x float>, align 16
  %4 = alloca <2 x float>, align 16
  %5 = alloca <2 x float>, align 16
  %6 = alloca <2 x float>, align 16
  %7 = alloca float, align 16
  %8 = alloca float, align 16
  %9 = alloca float, align 16
  %10 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %11 = getelementptr inbounds ptr, ptr %0, i64 0
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 1
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 2
  %16 = load ptr, ptr %15, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %18, %latch ]
  %17 = icmp slt i64 %i, 1
  br i1 %17, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %18 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %28, %latch3 ]
  %19 = icmp slt i64 %i5, 4
  br i1 %19, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %20 = mul nsw i64 %i5, 4
  %21 = mul nsw i64 %i, 128
  %22 = mul nsw i64 %i, 24
  %23 = mul nsw i64 %i, 48
  %24 = add nsw i64 %20, 0
  %25 = add nsw i64 %20, 1
  %26 = add nsw i64 %20, 2
  %27 = add nsw i64 %20, 3
  br label %loop6

latch3:                                           ; preds = %exit19
  %28 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %31, %latch8 ]
  %29 = icmp slt i64 %i10, 1
  br i1 %29, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %30 = mul nsw i64 %i10, 2
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %31 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop16

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %78, %latch13 ]
  %32 = icmp slt i64 %i15, 8
  br i1 %32, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %33 = load <2 x float>, ptr %3, align 4
  %34 = load <2 x float>, ptr %4, align 4
  %35 = load <2 x float>, ptr %5, align 4
  %36 = load <2 x float>, ptr %6, align 4
  %37 = mul nsw i64 %i15, 3
  %38 = add nsw i64 %37, %30
  %39 = add nsw i64 %22, %38
  %40 = getelementptr inbounds float, ptr %14, i64 %39
  %41 = load <2 x float>, ptr %40, align 4, !alias.scope !82, !noalias !85
  %42 = mul nsw i64 %i15, 16
  %43 = add nsw i64 %42, %24
  %44 = add nsw i64 %21, %43
  %45 = getelementptr inbounds float, ptr %12, i64 %44
  %46 = load float, ptr %45, align 4, !alias.scope !87, !noalias !85
  %47 = insertelement <2 x float> poison, float %46, i32 0
  %48 = shufflevector <2 x float> %47, <2 x float> poison, <2 x i32> zeroinitializer
  %49 = fmul contract <2 x float> %48, %41
  %50 = fadd contract <2 x float> %33, %49
  %51 = mul nsw i64 %i15, 16
  %52 = add nsw i64 %51, %25
  %53 = add nsw i64 %21, %52
  %54 = getelementptr inbounds float, ptr %12, i64 %53
  %55 = load float, ptr %54, align 4, !alias.scope !87, !noalias !85
  %56 = insertelement <2 x float> poison, float %55, i32 0
  %57 = shufflevector <2 x float> %56, <2 x float> poison, <2 x i32> zeroinitializer
  %58 = fmul contract <2 x float> %57, %41
  %59 = fadd contract <2 x float> %34, %58
  %60 = mul nsw i64 %i15, 16
  %61 = add nsw i64 %60, %26
  %62 = add nsw i64 %21, %61
  %63 = getelementptr inbounds float, ptr %12, i64 %62
  %64 = load float, ptr %63, align 4, !alias.scope !87, !noalias !85
  %65 = insertelement <2 x float> poison, float %64, i32 0
  %66 = shufflevector <2 x float> %65, <2 x float> poison, <2 x i32> zeroinitializer
  %67 = fmul contract <2 x float> %66, %41
  %68 = fadd contract <2 x float> %35, %67
  %69 = mul nsw i64 %i15, 16
  %70 = add nsw i64 %69, %27
  %71 = add nsw i64 %21, %70
  %72 = getelementptr inbounds float, ptr %12, i64 %71
  %73 = load float, ptr %72, align 4, !alias.scope !87, !noalias !85
  %74 = insertelement <2 x float> poison, float %73, i32 0
  %75 = shufflevector <2 x float> %74, <2 x float> poison, <2 x i32> zeroinitializer
  %76 = fmul contract <2 x float> %75, %41
  %77 = fadd contract <2 x float> %36, %76
  store <2 x float> %50, ptr %3, align 4
  store <2 x float> %59, ptr %4, align 4
  store <2 x float> %68, ptr %5, align 4
  store <2 x float> %77, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %78 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %79 = load <2 x float>, ptr %3, align 4
  %80 = load <2 x float>, ptr %4, align 4
  %81 = load <2 x float>, ptr %5, align 4
  %82 = load <2 x float>, ptr %6, align 4
  %83 = mul nsw i64 %24, 3
  %84 = add nsw i64 %83, %30
  %85 = add nsw i64 %23, %84
  %86 = getelementptr inbounds float, ptr %16, i64 %85
  store <2 x float> %79, ptr %86, align 4, !alias.scope !85
  %87 = mul nsw i64 %25, 3
  %88 = add nsw i64 %87, %30
  %89 = add nsw i64 %23, %88
  %90 = getelementptr inbounds float, ptr %16, i64 %89
  store <2 x float> %80, ptr %90, align 4, !alias.scope !85
  %91 = mul nsw i64 %26, 3
  %92 = add nsw i64 %91, %30
  %93 = add nsw i64 %23, %92
  %94 = getelementptr inbounds float, ptr %16, i64 %93
  store <2 x float> %81, ptr %94, align 4, !alias.scope !85
  %95 = mul nsw i64 %27, 3
  %96 = add nsw i64 %95, %30
  %97 = add nsw i64 %23, %96
  %98 = getelementptr inbounds float, ptr %16, i64 %97
  store <2 x float> %82, ptr %98, align 4, !alias.scope !85
  br label %latch8

loop16:                                           ; preds = %latch18, %exit9
  %i20 = phi i64 [ 2, %exit9 ], [ %100, %latch18 ]
  %99 = icmp slt i64 %i20, 3
  br i1 %99, label %body17, label %exit19

body17:                                           ; preds = %loop16
  store float -0.000000e+00, ptr %7, align 4
  store float -0.000000e+00, ptr %8, align 4
  store float -0.000000e+00, ptr %9, align 4
  store float -0.000000e+00, ptr %10, align 4
  br label %loop21

latch18:                                          ; preds = %exit24
  %100 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !89

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %139, %latch23 ]
  %101 = icmp slt i64 %i25, 8
  br i1 %101, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %102 = load float, ptr %7, align 4
  %103 = load float, ptr %8, align 4
  %104 = load float, ptr %9, align 4
  %105 = load float, ptr %10, align 4
  %106 = mul nsw i64 %i25, 3
  %107 = add nsw i64 %106, %i20
  %108 = add nsw i64 %22, %107
  %109 = getelementptr inbounds float, ptr %14, i64 %108
  %110 = load float, ptr %109, align 4, !alias.scope !82, !noalias !85
  %111 = mul nsw i64 %i25, 16
  %112 = add nsw i64 %111, %24
  %113 = add nsw i64 %21, %112
  %114 = getelementptr inbounds float, ptr %12, i64 %113
  %115 = load float, ptr %114, align 4, !alias.scope !87, !noalias !85
  %116 = fmul contract float %115, %110
  %117 = fadd contract float %102, %116
  %118 = mul nsw i64 %i25, 16
  %119 = add nsw i64 %118, %25
  %120 = add nsw i64 %21, %119
  %121 = getelementptr inbounds float, ptr %12, i64 %120
  %122 = load float, ptr %121, align 4, !alias.scope !87, !noalias !85
  %123 = fmul contract float %122, %110
  %124 = fadd contract float %103, %123
  %125 = mul nsw i64 %i25, 16
  %126 = add nsw i64 %125, %26
  %127 = add nsw i64 %21, %126
  %128 = getelementptr inbounds float, ptr %12, i64 %127
  %129 = load float, ptr %128, align 4, !alias.scope !87, !noalias !85
  %130 = fmul contract float %129, %110
  %131 = fadd contract float %104, %130
  %132 = mul nsw i64 %i25, 16
  %133 = add nsw i64 %132, %27
  %134 = add nsw i64 %21, %133
  %135 = getelementptr inbounds float, ptr %12, i64 %134
  %136 = load float, ptr %135, align 4, !alias.scope !87, !noalias !85
  %137 = fmul contract float %136, %110
  %138 = fadd contract float %105, %137
  store float %117, ptr %7, align 4
  store float %124, ptr %8, align 4
  store float %131, ptr %9, align 4
  store float %138, ptr %10, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %139 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %140 = load float, ptr %7, align 4
  %141 = load float, ptr %8, align 4
  %142 = load float, ptr %9, align 4
  %143 = load float, ptr %10, align 4
  %144 = mul nsw i64 %24, 3
  %145 = add nsw i64 %144, %i20
  %146 = add nsw i64 %23, %145
  %147 = getelementptr inbounds float, ptr %16, i64 %146
  store float %140, ptr %147, align 4, !alias.scope !85
  %148 = mul nsw i64 %25, 3
  %149 = add nsw i64 %148, %i20
  %150 = add nsw i64 %23, %149
  %151 = getelementptr inbounds float, ptr %16, i64 %150
  store float %141, ptr %151, align 4, !alias.scope !85
  %152 = mul nsw i64 %26, 3
  %153 = add nsw i64 %152, %i20
  %154 = add nsw i64 %23, %153
  %155 = getelementptr inbounds float, ptr %16, i64 %154
  store float %142, ptr %155, align 4, !alias.scope !85
  %156 = mul nsw i64 %27, 3
  %157 = add nsw i64 %156, %i20
  %158 = add nsw i64 %23, %157
  %159 = getelementptr inbounds float, ptr %16, i64 %158
  store float %143, ptr %159, align 4, !alias.scope !85
  br label %latch18
}

; Function Attrs: nounwind
define internal i32 @dloss.k6(ptr %0, i64 %1, i64 %2) #2 {
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
  %12 = icmp slt i64 %i5, 8
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
  %14 = icmp slt i64 %i10, 16
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
  %16 = icmp slt i64 %i15, 3
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 3
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i, 24
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %i, 48
  %22 = mul nsw i64 %i10, 3
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %21, %23
  %25 = getelementptr inbounds float, ptr %5, i64 %20
  %26 = load float, ptr %25, align 4, !alias.scope !90, !noalias !93
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4, !alias.scope !95, !noalias !93
  %29 = load float, ptr %3, align 4
  %30 = fmul reassoc contract float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !97

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 128
  %34 = mul nsw i64 %i5, 16
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !93
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @dloss.k7(ptr %0, i64 %1, i64 %2) #2 {
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
  %11 = load float, ptr %10, align 4, !alias.scope !98, !noalias !101
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !103, !noalias !101
  %14 = fmul float %13, %13
  %15 = fsub float 1.000000e+00, %14
  %16 = fmul float %11, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  store float %16, ptr %17, align 4, !alias.scope !101
  br label %latch

latch:                                            ; preds = %body
  %18 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !105

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k8(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca [512 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds float, ptr %3, i64 256
  br label %loop

planes.done:                                      ; preds = %exit
  ret i32 0

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %15, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = urem i64 %i, 1
  %11 = mul nsw i64 %10, 16
  %12 = sub i64 16, %11
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

latch:                                            ; preds = %exit64
  %15 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !106

exit:                                             ; preds = %loop
  br label %planes.done

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %16 = icmp slt i64 %i5, 8
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !107

exit4:                                            ; preds = %loop1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %28, %latch8 ]
  %18 = icmp slt i64 %i10, %14
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %19 = add nsw i64 0, %i5
  %20 = add nsw i64 %11, %i10
  %21 = mul nsw i64 %19, 16
  %22 = add nsw i64 %21, %20
  %23 = getelementptr inbounds float, ptr %5, i64 %22
  %24 = load float, ptr %23, align 4, !alias.scope !108, !noalias !111
  %25 = mul nsw i64 %i5, 16
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %24, ptr %27, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !113

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ 8, %exit4 ], [ %30, %latch13 ]
  %29 = icmp slt i64 %i15, 16
  br i1 %29, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %30 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !114

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %35, %latch18 ]
  %31 = icmp slt i64 %i20, %14
  br i1 %31, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %32 = mul nsw i64 %i15, 16
  %33 = add nsw i64 %32, %i20
  %34 = getelementptr inbounds float, ptr %8, i64 %33
  store float -0.000000e+00, ptr %34, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %35 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !115

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %37, %latch23 ]
  %36 = icmp slt i64 %i25, 8
  br i1 %36, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %37 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !116

exit24:                                           ; preds = %loop21
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %52, %latch28 ]
  %38 = icmp slt i64 %i30, %14
  br i1 %38, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %39 = mul nsw i64 %i25, 16
  %40 = add nsw i64 %39, %i30
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4
  %43 = add nsw i64 %i25, 8
  %44 = mul nsw i64 %43, 16
  %45 = add nsw i64 %44, %i30
  %46 = getelementptr inbounds float, ptr %8, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = fadd float %42, %47
  %49 = mul nsw i64 %i25, 16
  %50 = add nsw i64 %49, %i30
  %51 = getelementptr inbounds float, ptr %8, i64 %50
  store float %48, ptr %51, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %52 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !117

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ 0, %exit24 ], [ %54, %latch33 ]
  %53 = icmp slt i64 %i35, 4
  br i1 %53, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %54 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !118

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %69, %latch38 ]
  %55 = icmp slt i64 %i40, %14
  br i1 %55, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %56 = mul nsw i64 %i35, 16
  %57 = add nsw i64 %56, %i40
  %58 = getelementptr inbounds float, ptr %8, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = add nsw i64 %i35, 4
  %61 = mul nsw i64 %60, 16
  %62 = add nsw i64 %61, %i40
  %63 = getelementptr inbounds float, ptr %8, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = fadd float %59, %64
  %66 = mul nsw i64 %i35, 16
  %67 = add nsw i64 %66, %i40
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  store float %65, ptr %68, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %69 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !119

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 0, %exit34 ], [ %71, %latch43 ]
  %70 = icmp slt i64 %i45, 2
  br i1 %70, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %71 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !120

exit44:                                           ; preds = %loop41
  br label %loop51

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %86, %latch48 ]
  %72 = icmp slt i64 %i50, %14
  br i1 %72, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %73 = mul nsw i64 %i45, 16
  %74 = add nsw i64 %73, %i50
  %75 = getelementptr inbounds float, ptr %8, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = add nsw i64 %i45, 2
  %78 = mul nsw i64 %77, 16
  %79 = add nsw i64 %78, %i50
  %80 = getelementptr inbounds float, ptr %8, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = fadd float %76, %81
  %83 = mul nsw i64 %i45, 16
  %84 = add nsw i64 %83, %i50
  %85 = getelementptr inbounds float, ptr %8, i64 %84
  store float %82, ptr %85, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %86 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !121

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %exit44
  %i55 = phi i64 [ 0, %exit44 ], [ %88, %latch53 ]
  %87 = icmp slt i64 %i55, 1
  br i1 %87, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %88 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !122

exit54:                                           ; preds = %loop51
  br label %loop61

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %103, %latch58 ]
  %89 = icmp slt i64 %i60, %14
  br i1 %89, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %90 = mul nsw i64 %i55, 16
  %91 = add nsw i64 %90, %i60
  %92 = getelementptr inbounds float, ptr %8, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = add nsw i64 %i55, 1
  %95 = mul nsw i64 %94, 16
  %96 = add nsw i64 %95, %i60
  %97 = getelementptr inbounds float, ptr %8, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = fadd float %93, %98
  %100 = mul nsw i64 %i55, 16
  %101 = add nsw i64 %100, %i60
  %102 = getelementptr inbounds float, ptr %8, i64 %101
  store float %99, ptr %102, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %103 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !123

exit59:                                           ; preds = %loop56
  br label %latch53

loop61:                                           ; preds = %latch63, %exit54
  %i65 = phi i64 [ 0, %exit54 ], [ %110, %latch63 ]
  %104 = icmp slt i64 %i65, %14
  br i1 %104, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %105 = add nsw i64 %11, %i65
  %106 = add nsw i64 0, %i65
  %107 = getelementptr inbounds float, ptr %8, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %7, i64 %105
  store float %108, ptr %109, align 4, !alias.scope !111
  br label %latch63

latch63:                                          ; preds = %body62
  %110 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !124

exit64:                                           ; preds = %loop61
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dloss.k9(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %7 = getelementptr inbounds ptr, ptr %0, i64 0
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 1
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 2
  %12 = load ptr, ptr %11, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %14, %latch ]
  %13 = icmp slt i64 %i, 1
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %14 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %24, %latch3 ]
  %15 = icmp slt i64 %i5, 1
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %16 = mul nsw i64 %i5, 4
  %17 = mul nsw i64 %i, 32
  %18 = mul nsw i64 %i, 128
  %19 = mul nsw i64 %i, 64
  %20 = add nsw i64 %16, 0
  %21 = add nsw i64 %16, 1
  %22 = add nsw i64 %16, 2
  %23 = add nsw i64 %16, 3
  br label %loop6

latch3:                                           ; preds = %exit9
  %24 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %27, %latch8 ]
  %25 = icmp slt i64 %i10, 2
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = mul nsw i64 %i10, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %27 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %74, %latch13 ]
  %28 = icmp slt i64 %i15, 8
  br i1 %28, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %29 = load <8 x float>, ptr %3, align 4
  %30 = load <8 x float>, ptr %4, align 4
  %31 = load <8 x float>, ptr %5, align 4
  %32 = load <8 x float>, ptr %6, align 4
  %33 = mul nsw i64 %i15, 16
  %34 = add nsw i64 %33, %26
  %35 = add nsw i64 %18, %34
  %36 = getelementptr inbounds float, ptr %10, i64 %35
  %37 = load <8 x float>, ptr %36, align 4, !alias.scope !125, !noalias !128
  %38 = mul nsw i64 %i15, 4
  %39 = add nsw i64 %38, %20
  %40 = add nsw i64 %17, %39
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4, !alias.scope !130, !noalias !128
  %43 = insertelement <8 x float> poison, float %42, i32 0
  %44 = shufflevector <8 x float> %43, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = fmul contract <8 x float> %44, %37
  %46 = fadd contract <8 x float> %29, %45
  %47 = mul nsw i64 %i15, 4
  %48 = add nsw i64 %47, %21
  %49 = add nsw i64 %17, %48
  %50 = getelementptr inbounds float, ptr %8, i64 %49
  %51 = load float, ptr %50, align 4, !alias.scope !130, !noalias !128
  %52 = insertelement <8 x float> poison, float %51, i32 0
  %53 = shufflevector <8 x float> %52, <8 x float> poison, <8 x i32> zeroinitializer
  %54 = fmul contract <8 x float> %53, %37
  %55 = fadd contract <8 x float> %30, %54
  %56 = mul nsw i64 %i15, 4
  %57 = add nsw i64 %56, %22
  %58 = add nsw i64 %17, %57
  %59 = getelementptr inbounds float, ptr %8, i64 %58
  %60 = load float, ptr %59, align 4, !alias.scope !130, !noalias !128
  %61 = insertelement <8 x float> poison, float %60, i32 0
  %62 = shufflevector <8 x float> %61, <8 x float> poison, <8 x i32> zeroinitializer
  %63 = fmul contract <8 x float> %62, %37
  %64 = fadd contract <8 x float> %31, %63
  %65 = mul nsw i64 %i15, 4
  %66 = add nsw i64 %65, %23
  %67 = add nsw i64 %17, %66
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  %69 = load float, ptr %68, align 4, !alias.scope !130, !noalias !128
  %70 = insertelement <8 x float> poison, float %69, i32 0
  %71 = shufflevector <8 x float> %70, <8 x float> poison, <8 x i32> zeroinitializer
  %72 = fmul contract <8 x float> %71, %37
  %73 = fadd contract <8 x float> %32, %72
  store <8 x float> %46, ptr %3, align 4
  store <8 x float> %55, ptr %4, align 4
  store <8 x float> %64, ptr %5, align 4
  store <8 x float> %73, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %74 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %75 = load <8 x float>, ptr %3, align 4
  %76 = load <8 x float>, ptr %4, align 4
  %77 = load <8 x float>, ptr %5, align 4
  %78 = load <8 x float>, ptr %6, align 4
  %79 = mul nsw i64 %20, 16
  %80 = add nsw i64 %79, %26
  %81 = add nsw i64 %19, %80
  %82 = getelementptr inbounds float, ptr %12, i64 %81
  store <8 x float> %75, ptr %82, align 4, !alias.scope !128
  %83 = mul nsw i64 %21, 16
  %84 = add nsw i64 %83, %26
  %85 = add nsw i64 %19, %84
  %86 = getelementptr inbounds float, ptr %12, i64 %85
  store <8 x float> %76, ptr %86, align 4, !alias.scope !128
  %87 = mul nsw i64 %22, 16
  %88 = add nsw i64 %87, %26
  %89 = add nsw i64 %19, %88
  %90 = getelementptr inbounds float, ptr %12, i64 %89
  store <8 x float> %77, ptr %90, align 4, !alias.scope !128
  %91 = mul nsw i64 %23, 16
  %92 = add nsw i64 %91, %26
  %93 = add nsw i64 %19, %92
  %94 = getelementptr inbounds float, ptr %12, i64 %93
  store <8 x float> %78, ptr %94, align 4, !alias.scope !128
  br label %latch8
}

; Function Attrs: nounwind
define i32 @dloss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9) #2 {
entry:
  %10 = alloca ptr, align 8
  store ptr null, ptr %10, align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [3 x ptr], align 8
  %14 = alloca [4 x ptr], align 8
  %15 = alloca [2 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [2 x ptr], align 8
  %20 = alloca [3 x ptr], align 8
  %21 = call i32 @ftc_rt_alloc(ptr %10, i64 1536)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok

fail:                                             ; preds = %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %21, %entry ], [ %29, %ok ], [ %36, %ok1 ], [ %43, %ok2 ], [ %51, %ok3 ], [ %56, %ok4 ], [ %63, %ok5 ], [ %70, %ok6 ], [ %78, %ok7 ], [ %83, %ok8 ], [ %89, %ok9 ]
  %23 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %23)
  ret i32 %status

ok:                                               ; preds = %entry
  %24 = load ptr, ptr %10, align 8
  %25 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %4, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %0, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %24, i64 0
  %28 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %27, ptr %28, align 8
  %29 = call i32 @predict.k0(ptr %11, i64 0, i64 1)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %31 = getelementptr inbounds i8, ptr %24, i64 0
  %32 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %1, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %24, i64 512
  %35 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %34, ptr %35, align 8
  %36 = call i32 @predict.k1(ptr %12, i64 0, i64 8)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %38 = getelementptr inbounds i8, ptr %24, i64 512
  %39 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %2, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %24, i64 0
  %42 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %41, ptr %42, align 8
  %43 = call i32 @predict.k2(ptr %13, i64 0, i64 1)
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %45 = getelementptr inbounds i8, ptr %24, i64 0
  %46 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %3, ptr %47, align 8
  %48 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %5, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %24, i64 128
  %50 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %49, ptr %50, align 8
  %51 = call i32 @dloss.k3(ptr %14, i64 0, i64 8)
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %53 = getelementptr inbounds i8, ptr %24, i64 128
  %54 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %53, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %9, ptr %55, align 8
  %56 = call i32 @dloss.k4(ptr %15, i64 0, i64 1)
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %58 = getelementptr inbounds i8, ptr %24, i64 512
  %59 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %24, i64 128
  %61 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %8, ptr %62, align 8
  %63 = call i32 @dloss.k5(ptr %16, i64 0, i64 1)
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %65 = getelementptr inbounds i8, ptr %24, i64 128
  %66 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %2, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %24, i64 1024
  %69 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %68, ptr %69, align 8
  %70 = call i32 @dloss.k6(ptr %17, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %72 = getelementptr inbounds i8, ptr %24, i64 1024
  %73 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %24, i64 512
  %75 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %24, i64 0
  %77 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %76, ptr %77, align 8
  %78 = call i32 @dloss.k7(ptr %18, i64 0, i64 128)
  %79 = icmp ne i32 %78, 0
  br i1 %79, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %80 = getelementptr inbounds i8, ptr %24, i64 0
  %81 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %7, ptr %82, align 8
  %83 = call i32 @dloss.k8(ptr %19, i64 0, i64 1)
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %85 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %4, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %24, i64 0
  %87 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %6, ptr %88, align 8
  %89 = call i32 @dloss.k9(ptr %20, i64 0, i64 1)
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %91 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %91)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind willreturn memory(none) }
attributes #2 = { nounwind }
attributes #3 = { "vector-function-abi-variant"="_ZGVdN8v_tanhf(_ZGVdN8v_tanhf)" }

!0 = !{!1}
!1 = !{!"predict.k0.buffer1", !2}
!2 = !{!"predict.k0.buffers"}
!3 = !{!4}
!4 = !{!"predict.k0.buffer2", !2}
!5 = !{!6}
!6 = !{!"predict.k0.buffer0", !2}
!7 = !{!8}
!8 = !{!"predict.k1.buffer0", !9}
!9 = !{!"predict.k1.buffers"}
!10 = !{!11}
!11 = !{!"predict.k1.buffer2", !9}
!12 = !{!13}
!13 = !{!"predict.k1.buffer1", !9}
!14 = distinct !{!14, !15, !16}
!15 = !{!"llvm.loop.vectorize.width", i32 8}
!16 = !{!"llvm.loop.unroll.disable"}
!17 = !{!18}
!18 = !{!"predict.k2.buffer1", !19}
!19 = !{!"predict.k2.buffers"}
!20 = !{!21}
!21 = !{!"predict.k2.buffer2", !19}
!22 = !{!23}
!23 = !{!"predict.k2.buffer0", !19}
!24 = distinct !{!24, !25, !16}
!25 = !{!"llvm.loop.vectorize.enable", i1 false}
!26 = !{!27}
!27 = !{!"predict.k3.buffer0", !28}
!28 = !{!"predict.k3.buffers"}
!29 = !{!30}
!30 = !{!"predict.k3.buffer2", !28}
!31 = !{!32}
!32 = !{!"predict.k3.buffer1", !28}
!33 = distinct !{!33, !15, !16}
!34 = !{!35}
!35 = !{!"loss.k3.buffer0", !36}
!36 = !{!"loss.k3.buffers"}
!37 = !{!38}
!38 = !{!"loss.k3.buffer3", !36}
!39 = !{!40}
!40 = !{!"loss.k3.buffer1", !36}
!41 = !{!42}
!42 = !{!"loss.k3.buffer2", !36}
!43 = distinct !{!43, !44, !45, !16}
!44 = !{!"llvm.loop.vectorize.enable", i1 true}
!45 = !{!"llvm.loop.vectorize.width", i32 16}
!46 = distinct !{!46, !44, !45, !16}
!47 = !{!48}
!48 = !{!"loss.k4.buffer0", !49}
!49 = !{!"loss.k4.buffers"}
!50 = !{!51}
!51 = !{!"loss.k4.buffer1", !49}
!52 = distinct !{!52, !15, !16}
!53 = !{!54}
!54 = !{!"dloss.k3.buffer0", !55}
!55 = !{!"dloss.k3.buffers"}
!56 = !{!57}
!57 = !{!"dloss.k3.buffer3", !55}
!58 = !{!59}
!59 = !{!"dloss.k3.buffer1", !55}
!60 = !{!61}
!61 = !{!"dloss.k3.buffer2", !55}
!62 = distinct !{!62, !15, !16}
!63 = distinct !{!63, !25, !16}
!64 = distinct !{!64, !25, !16}
!65 = !{!66}
!66 = !{!"dloss.k4.buffer0", !67}
!67 = !{!"dloss.k4.buffers"}
!68 = !{!69}
!69 = !{!"dloss.k4.buffer1", !67}
!70 = distinct !{!70, !44, !16}
!71 = distinct !{!71, !25, !16}
!72 = distinct !{!72, !44, !16}
!73 = distinct !{!73, !25, !16}
!74 = distinct !{!74, !44, !16}
!75 = distinct !{!75, !25, !16}
!76 = distinct !{!76, !44, !16}
!77 = distinct !{!77, !25, !16}
!78 = distinct !{!78, !44, !16}
!79 = distinct !{!79, !25, !16}
!80 = distinct !{!80, !44, !16}
!81 = distinct !{!81, !44, !16}
!82 = !{!83}
!83 = !{!"dloss.k5.buffer1", !84}
!84 = !{!"dloss.k5.buffers"}
!85 = !{!86}
!86 = !{!"dloss.k5.buffer2", !84}
!87 = !{!88}
!88 = !{!"dloss.k5.buffer0", !84}
!89 = distinct !{!89, !25, !16}
!90 = !{!91}
!91 = !{!"dloss.k6.buffer0", !92}
!92 = !{!"dloss.k6.buffers"}
!93 = !{!94}
!94 = !{!"dloss.k6.buffer2", !92}
!95 = !{!96}
!96 = !{!"dloss.k6.buffer1", !92}
!97 = distinct !{!97, !16}
!98 = !{!99}
!99 = !{!"dloss.k7.buffer0", !100}
!100 = !{!"dloss.k7.buffers"}
!101 = !{!102}
!102 = !{!"dloss.k7.buffer2", !100}
!103 = !{!104}
!104 = !{!"dloss.k7.buffer1", !100}
!105 = distinct !{!105, !15, !16}
!106 = distinct !{!106, !25, !16}
!107 = distinct !{!107, !25, !16}
!108 = !{!109}
!109 = !{!"dloss.k8.buffer0", !110}
!110 = !{!"dloss.k8.buffers"}
!111 = !{!112}
!112 = !{!"dloss.k8.buffer1", !110}
!113 = distinct !{!113, !44, !16}
!114 = distinct !{!114, !25, !16}
!115 = distinct !{!115, !44, !16}
!116 = distinct !{!116, !25, !16}
!117 = distinct !{!117, !44, !16}
!118 = distinct !{!118, !25, !16}
!119 = distinct !{!119, !44, !16}
!120 = distinct !{!120, !25, !16}
!121 = distinct !{!121, !44, !16}
!122 = distinct !{!122, !25, !16}
!123 = distinct !{!123, !44, !16}
!124 = distinct !{!124, !44, !16}
!125 = !{!126}
!126 = !{!"dloss.k9.buffer1", !127}
!127 = !{!"dloss.k9.buffers"}
!128 = !{!129}
!129 = !{!"dloss.k9.buffer2", !127}
!130 = !{!131}
!131 = !{!"dloss.k9.buffer0", !127}
