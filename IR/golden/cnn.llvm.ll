; ModuleID = 'cnn'
source_filename = "cnn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@loss.k1.conv_desc = internal unnamed_addr constant [26 x i64] [i64 1, i64 1, i64 8, i64 1, i64 1, i64 1, i64 12, i64 12, i64 1, i64 3, i64 3, i64 1, i64 12, i64 12, i64 1, i64 1, i64 1, i64 0, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1], align 8
@batch_loss.k0.conv_desc = internal unnamed_addr constant [26 x i64] [i64 32, i64 1, i64 8, i64 1, i64 1, i64 1, i64 12, i64 12, i64 1, i64 3, i64 3, i64 1, i64 12, i64 12, i64 1, i64 1, i64 1, i64 0, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1], align 8
@forward_and_grad.k27.conv_desc = internal unnamed_addr constant [26 x i64] [i64 1, i64 32, i64 8, i64 1, i64 1, i64 1, i64 12, i64 12, i64 1, i64 12, i64 12, i64 1, i64 3, i64 3, i64 1, i64 1, i64 1, i64 0, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1], align 8
@per_sample.k22.conv_desc = internal unnamed_addr constant [26 x i64] [i64 1, i64 1, i64 256, i64 32, i64 1, i64 1, i64 12, i64 12, i64 1, i64 12, i64 12, i64 1, i64 3, i64 3, i64 1, i64 1, i64 1, i64 0, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1], align 8
@llvm.compiler.used = appending global [2 x ptr] [ptr @_ZGVdN8v_expf, ptr @_ZGVdN8v_logf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [2537 x i8] c"{\22module\22: \22cnn\22, \22functions\22: [{\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [8, 1, 3, 3]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [288, 10]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [1, 12, 12]}, {\22name\22: \22label\22, \22dtype\22: \22i32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22batch_loss\22, \22symbol\22: \22batch_loss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [8, 1, 3, 3]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [288, 10]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [32, 1, 12, 12]}, {\22name\22: \22labels\22, \22dtype\22: \22i32\22, \22shape\22: [32]}], \22outputs\22: [{\22name\22: \22mean\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22losses\22, \22symbol\22: \22losses\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [8, 1, 3, 3]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [288, 10]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [32, 1, 12, 12]}, {\22name\22: \22label\22, \22dtype\22: \22i32\22, \22shape\22: [32]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: [32]}]}, {\22name\22: \22forward_and_grad\22, \22symbol\22: \22forward_and_grad\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [8, 1, 3, 3]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [288, 10]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [32, 1, 12, 12]}, {\22name\22: \22labels\22, \22dtype\22: \22i32\22, \22shape\22: [32]}], \22outputs\22: [{\22name\22: \22mean\22, \22dtype\22: \22f32\22, \22shape\22: []}, {\22name\22: \22d_w1\22, \22dtype\22: \22f32\22, \22shape\22: [8, 1, 3, 3]}, {\22name\22: \22d_b1\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22d_w2\22, \22dtype\22: \22f32\22, \22shape\22: [288, 10]}, {\22name\22: \22d_b2\22, \22dtype\22: \22f32\22, \22shape\22: [10]}]}, {\22name\22: \22per_sample\22, \22symbol\22: \22per_sample\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [8, 1, 3, 3]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [288, 10]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [32, 1, 12, 12]}, {\22name\22: \22label\22, \22dtype\22: \22i32\22, \22shape\22: [32]}], \22outputs\22: [{\22name\22: \22d_w1\22, \22dtype\22: \22f32\22, \22shape\22: [32, 8, 1, 3, 3]}, {\22name\22: \22d_b1\22, \22dtype\22: \22f32\22, \22shape\22: [32, 8]}, {\22name\22: \22d_w2\22, \22dtype\22: \22f32\22, \22shape\22: [32, 288, 10]}, {\22name\22: \22d_b2\22, \22dtype\22: \22f32\22, \22shape\22: [32, 10]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @loss.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %10, %latch3 ]
  %9 = icmp slt i64 %i5, 1
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %10 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %12, %latch8 ]
  %11 = icmp slt i64 %i10, 12
  br i1 %11, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %12 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %36, %latch13 ]
  %13 = icmp slt i64 %i15, 12
  br i1 %13, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %14 = mul nsw i64 %i, 144
  %15 = mul nsw i64 %i5, 144
  %16 = add nsw i64 %14, %15
  %17 = mul nsw i64 %i10, 12
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i15
  %20 = urem i64 %19, 12
  %21 = udiv i64 %19, 12
  %22 = urem i64 %21, 12
  %23 = udiv i64 %21, 12
  %24 = mul nsw i64 %22, 12
  %25 = add nsw i64 0, %24
  %26 = add nsw i64 %25, %20
  %27 = getelementptr inbounds float, ptr %4, i64 %26
  %28 = load float, ptr %27, align 4, !alias.scope !0, !noalias !3
  %29 = mul nsw i64 %i, 144
  %30 = mul nsw i64 %i5, 144
  %31 = add nsw i64 %29, %30
  %32 = mul nsw i64 %i10, 12
  %33 = add nsw i64 %31, %32
  %34 = add nsw i64 %33, %i15
  %35 = getelementptr inbounds float, ptr %6, i64 %34
  store float %28, ptr %35, align 4, !alias.scope !3
  br label %latch13

latch13:                                          ; preds = %body12
  %36 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !5

exit14:                                           ; preds = %loop11
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @loss.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  %9 = call i32 @ftc_rt_conv_f32(ptr %4, ptr %6, ptr %8, ptr @loss.k1.conv_desc)
  ret i32 %9
}

declare i32 @ftc_rt_conv_f32(ptr, ptr, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @loss.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %11, %latch ]
  %10 = icmp slt i64 %i, %2
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
  %12 = icmp slt i64 %i5, 6
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
  %14 = icmp slt i64 %i10, 6
  br i1 %14, label %body7, label %exit9

body7:                                            ; preds = %loop6
  store float 0xFFF0000000000000, ptr %3, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %15 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %17, %latch13 ]
  %16 = icmp slt i64 %i15, 2
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %17 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %18 = load float, ptr %3, align 4
  %19 = mul nsw i64 %i, 36
  %20 = mul nsw i64 %i5, 6
  %21 = add nsw i64 %19, %20
  %22 = add nsw i64 %21, %i10
  %23 = getelementptr inbounds float, ptr %9, i64 %22
  store float %18, ptr %23, align 4, !alias.scope !8
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %52, %latch18 ]
  %24 = icmp slt i64 %i20, 2
  br i1 %24, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %25 = load float, ptr %3, align 4
  %26 = mul nsw i64 %i, 144
  %27 = mul nsw i64 %i5, 24
  %28 = add nsw i64 %26, %27
  %29 = mul nsw i64 %i15, 12
  %30 = add nsw i64 %28, %29
  %31 = mul nsw i64 %i10, 2
  %32 = add nsw i64 %30, %31
  %33 = add nsw i64 %32, %i20
  %34 = urem i64 %33, 12
  %35 = udiv i64 %33, 12
  %36 = urem i64 %35, 12
  %37 = udiv i64 %35, 12
  %38 = urem i64 %37, 8
  %39 = udiv i64 %37, 8
  %40 = mul nsw i64 %38, 144
  %41 = add nsw i64 0, %40
  %42 = mul nsw i64 %36, 12
  %43 = add nsw i64 %41, %42
  %44 = add nsw i64 %43, %34
  %45 = getelementptr inbounds float, ptr %5, i64 %44
  %46 = load float, ptr %45, align 4, !alias.scope !11, !noalias !8
  %47 = getelementptr inbounds float, ptr %7, i64 %38
  %48 = load float, ptr %47, align 4, !alias.scope !13, !noalias !8
  %49 = fadd float %46, %48
  %50 = call float @llvm.maximum.f32(float %49, float 0.000000e+00)
  %51 = call float @llvm.maximum.f32(float %25, float %50)
  store float %51, ptr %3, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %52 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !15

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind
define internal i32 @loss.k3(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = urem i64 %i, 6
  %9 = udiv i64 %i, 6
  %10 = urem i64 %9, 6
  %11 = udiv i64 %9, 6
  %12 = mul nsw i64 %11, 36
  %13 = mul nsw i64 %10, 6
  %14 = add nsw i64 %12, %13
  %15 = add nsw i64 %14, %8
  %16 = getelementptr inbounds float, ptr %4, i64 %15
  %17 = load float, ptr %16, align 4, !alias.scope !17, !noalias !20
  %18 = getelementptr inbounds float, ptr %6, i64 %i
  store float %17, ptr %18, align 4, !alias.scope !20
  br label %latch

latch:                                            ; preds = %body
  %19 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !22

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k4(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [10 x float], align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <2 x float>, align 16
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
  %i = phi i64 [ 0, %start ], [ %15, %latch ]
  %14 = icmp slt i64 %i, 1
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %15 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %24, %latch3 ]
  %16 = icmp slt i64 %i5, 1
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %17 = mul nsw i64 %i5, 1
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = mul nsw i64 %i, 288
  %21 = mul nsw i64 %i, 2880
  %22 = mul nsw i64 %i, 10
  %23 = add nsw i64 %19, 0
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  br label %loop6

latch3:                                           ; preds = %exit19
  %24 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %41, %latch8 ]
  %25 = icmp slt i64 %i10, 288
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = mul nsw i64 %i10, 10
  %27 = add nsw i64 %26, 0
  %28 = add nsw i64 %21, %27
  %29 = getelementptr inbounds float, ptr %9, i64 %28
  %30 = load <8 x float>, ptr %29, align 4, !alias.scope !23, !noalias !26
  %31 = mul nsw i64 %23, 288
  %32 = add nsw i64 %31, %i10
  %33 = add nsw i64 %20, %32
  %34 = getelementptr inbounds float, ptr %7, i64 %33
  %35 = load float, ptr %34, align 4, !alias.scope !28, !noalias !26
  %36 = insertelement <8 x float> poison, float %35, i32 0
  %37 = shufflevector <8 x float> %36, <8 x float> poison, <8 x i32> zeroinitializer
  %38 = load <8 x float>, ptr %4, align 4
  %39 = fmul contract <8 x float> %37, %30
  %40 = fadd contract <8 x float> %38, %39
  store <8 x float> %40, ptr %4, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %41 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !30

exit9:                                            ; preds = %loop6
  %42 = load <8 x float>, ptr %4, align 4
  %43 = getelementptr inbounds float, ptr %3, i64 0
  store <8 x float> %42, ptr %43, align 4
  %44 = mul nsw i64 %i, 288
  %45 = mul nsw i64 %i, 2880
  %46 = mul nsw i64 %i, 10
  %47 = add nsw i64 %19, 0
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %64, %latch13 ]
  %48 = icmp slt i64 %i15, 288
  br i1 %48, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %49 = mul nsw i64 %i15, 10
  %50 = add nsw i64 %49, 8
  %51 = add nsw i64 %45, %50
  %52 = getelementptr inbounds float, ptr %9, i64 %51
  %53 = load <2 x float>, ptr %52, align 4, !alias.scope !23, !noalias !26
  %54 = mul nsw i64 %47, 288
  %55 = add nsw i64 %54, %i15
  %56 = add nsw i64 %44, %55
  %57 = getelementptr inbounds float, ptr %7, i64 %56
  %58 = load float, ptr %57, align 4, !alias.scope !28, !noalias !26
  %59 = insertelement <2 x float> poison, float %58, i32 0
  %60 = shufflevector <2 x float> %59, <2 x float> poison, <2 x i32> zeroinitializer
  %61 = load <2 x float>, ptr %5, align 4
  %62 = fmul contract <2 x float> %60, %53
  %63 = fadd contract <2 x float> %61, %62
  store <2 x float> %63, ptr %5, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %64 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !32

exit14:                                           ; preds = %loop11
  %65 = load <2 x float>, ptr %5, align 4
  %66 = getelementptr inbounds float, ptr %3, i64 8
  store <2 x float> %65, ptr %66, align 4
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %74, %latch18 ]
  %67 = icmp slt i64 %i20, 1
  br i1 %67, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %68 = add nsw i64 %19, %i20
  %69 = mul nsw i64 %i, 1
  %70 = add nsw i64 %69, %68
  %71 = mul nsw i64 %70, 10
  %72 = mul nsw i64 %i20, 10
  %73 = getelementptr inbounds float, ptr %3, i64 %72
  br label %loop21

latch18:                                          ; preds = %exit24
  %74 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !33

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %83, %latch23 ]
  %75 = icmp slt i64 %i25, 10
  br i1 %75, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %76 = getelementptr inbounds float, ptr %73, i64 %i25
  %77 = load float, ptr %76, align 4
  %78 = getelementptr inbounds float, ptr %11, i64 %i25
  %79 = load float, ptr %78, align 4, !alias.scope !34, !noalias !26
  %80 = fadd float %77, %79
  %81 = add nsw i64 %71, %i25
  %82 = getelementptr inbounds float, ptr %13, i64 %81
  store float %80, ptr %82, align 4, !alias.scope !26
  br label %latch23

latch23:                                          ; preds = %body22
  %83 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !36

exit24:                                           ; preds = %loop21
  br label %latch18
}

; Function Attrs: nounwind
define internal i32 @loss.k5(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  store float 0xFFF0000000000000, ptr %3, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %13, %latch ]
  %8 = icmp slt i64 %i, 10
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  %9 = load float, ptr %3, align 4
  %10 = getelementptr inbounds float, ptr %5, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !38, !noalias !41
  %12 = call float @llvm.maximum.f32(float %9, float %11)
  store float %12, ptr %3, align 4
  br label %latch

latch:                                            ; preds = %body
  %13 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !43

exit:                                             ; preds = %loop
  %14 = load float, ptr %3, align 4
  %15 = getelementptr inbounds float, ptr %7, i64 0
  store float %14, ptr %15, align 4, !alias.scope !41
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %16, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !44, !noalias !47
  %12 = getelementptr inbounds float, ptr %6, i64 0
  %13 = load float, ptr %12, align 4, !alias.scope !49, !noalias !47
  %14 = fsub float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !47
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !51

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  %18 = load float, ptr %17, align 4, !alias.scope !52, !noalias !55
  %19 = call float @expf(float %18) #4
  %20 = sub i64 %i, 0
  %21 = getelementptr inbounds float, ptr %5, i64 %20
  store float %19, ptr %21, align 4
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !57

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
  store float %71, ptr %72, align 4, !alias.scope !55
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @expf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_expf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @loss.k8(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !59, !noalias !62
  %10 = call float @logf(float %9) #5
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !62
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !64

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @logf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_logf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @loss.k9(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = getelementptr inbounds i32, ptr %8, i64 0
  %12 = load i32, ptr %11, align 4, !alias.scope !65, !noalias !68
  %13 = sext i32 %12 to i64
  %14 = icmp slt i64 %13, 0
  %15 = select i1 %14, i64 0, i64 %13
  %16 = icmp sgt i64 %15, 9
  %17 = select i1 %16, i64 9, i64 %15
  %18 = getelementptr inbounds float, ptr %4, i64 %17
  %19 = load float, ptr %18, align 4, !alias.scope !70, !noalias !68
  %20 = getelementptr inbounds float, ptr %6, i64 0
  %21 = load float, ptr %20, align 4, !alias.scope !72, !noalias !68
  %22 = fsub float %19, %21
  %23 = fneg float %22
  %24 = getelementptr inbounds float, ptr %10, i64 0
  store float %23, ptr %24, align 4, !alias.scope !68
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6) #0 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [2 x ptr], align 8
  %12 = alloca [4 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [3 x ptr], align 8
  %15 = alloca [2 x ptr], align 8
  %16 = alloca [2 x ptr], align 8
  %17 = alloca [4 x ptr], align 8
  %18 = call i32 @ftc_rt_alloc(ptr %7, i64 6336)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok

fail:                                             ; preds = %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %18, %entry ], [ %25, %ok ], [ %32, %ok1 ], [ %39, %ok2 ], [ %45, %ok3 ], [ %53, %ok4 ], [ %59, %ok5 ], [ %67, %ok6 ], [ %73, %ok7 ], [ %79, %ok8 ], [ %87, %ok9 ]
  %20 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %20)
  ret i32 %status

ok:                                               ; preds = %entry
  %21 = load ptr, ptr %7, align 8
  %22 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %4, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %21, i64 0
  %24 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %23, ptr %24, align 8
  %25 = call i32 @loss.k0(ptr %8, i64 0, i64 1)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %27 = getelementptr inbounds i8, ptr %21, i64 0
  %28 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %0, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %21, i64 576
  %31 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %30, ptr %31, align 8
  %32 = call i32 @loss.k1(ptr %9, i64 0, i64 1)
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %34 = getelementptr inbounds i8, ptr %21, i64 576
  %35 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %1, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %21, i64 5184
  %38 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %37, ptr %38, align 8
  %39 = call i32 @loss.k2(ptr %10, i64 0, i64 8)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %41 = getelementptr inbounds i8, ptr %21, i64 5184
  %42 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %41, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %21, i64 0
  %44 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %43, ptr %44, align 8
  %45 = call i32 @loss.k3(ptr %11, i64 0, i64 288)
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %47 = getelementptr inbounds i8, ptr %21, i64 0
  %48 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %2, ptr %49, align 8
  %50 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %3, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %21, i64 1152
  %52 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr %51, ptr %52, align 8
  %53 = call i32 @loss.k4(ptr %12, i64 0, i64 1)
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %55 = getelementptr inbounds i8, ptr %21, i64 1152
  %56 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %55, ptr %56, align 8
  %57 = getelementptr inbounds i8, ptr %21, i64 0
  %58 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %57, ptr %58, align 8
  %59 = call i32 @loss.k5(ptr %13, i64 0, i64 1)
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %61 = getelementptr inbounds i8, ptr %21, i64 1152
  %62 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %61, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %21, i64 0
  %64 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %63, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %21, i64 64
  %66 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %65, ptr %66, align 8
  %67 = call i32 @loss.k6(ptr %14, i64 0, i64 10)
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %69 = getelementptr inbounds i8, ptr %21, i64 64
  %70 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %69, ptr %70, align 8
  %71 = getelementptr inbounds i8, ptr %21, i64 0
  %72 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %71, ptr %72, align 8
  %73 = call i32 @loss.k7(ptr %15, i64 0, i64 1)
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %75 = getelementptr inbounds i8, ptr %21, i64 0
  %76 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %75, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %21, i64 128
  %78 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %77, ptr %78, align 8
  %79 = call i32 @loss.k8(ptr %16, i64 0, i64 1)
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %81 = getelementptr inbounds i8, ptr %21, i64 64
  %82 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %81, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %21, i64 128
  %84 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %5, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %6, ptr %86, align 8
  %87 = call i32 @loss.k9(ptr %17, i64 0, i64 1)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %89 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %89)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: noinline nounwind
define internal i32 @batch_loss.k0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  %9 = call i32 @ftc_rt_conv_f32(ptr %4, ptr %6, ptr %8, ptr @batch_loss.k0.conv_desc)
  ret i32 %9
}

; Function Attrs: nounwind
define internal i32 @batch_loss.rows1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [288 x float], align 64
  %4 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %5 = getelementptr inbounds ptr, ptr %0, i64 0
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 1
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 2
  %10 = load ptr, ptr %9, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %14, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul nsw i64 %i, 288
  %13 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit34
  %14 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %16, %latch3 ]
  %15 = icmp slt i64 %i5, %13
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %16 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %17 = add nsw i64 %i, 1
  br label %loop31

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %19, %latch8 ]
  %18 = icmp slt i64 %i10, 8
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %19 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %21, %latch13 ]
  %20 = icmp slt i64 %i15, 6
  br i1 %20, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %21 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %23, %latch18 ]
  %22 = icmp slt i64 %i20, 6
  br i1 %22, label %body17, label %exit19

body17:                                           ; preds = %loop16
  store float 0xFFF0000000000000, ptr %4, align 4
  br label %loop21

latch18:                                          ; preds = %exit24
  %23 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %25, %latch23 ]
  %24 = icmp slt i64 %i25, 2
  br i1 %24, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %25 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %26 = load float, ptr %4, align 4
  %27 = mul nsw i64 %i5, 288
  %28 = mul nsw i64 %i10, 36
  %29 = add nsw i64 %27, %28
  %30 = mul nsw i64 %i15, 6
  %31 = add nsw i64 %29, %30
  %32 = add nsw i64 %31, %i20
  %33 = sub i64 %32, %12
  %34 = getelementptr inbounds float, ptr %3, i64 %33
  store float %26, ptr %34, align 4
  br label %latch18

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %79, %latch28 ]
  %35 = icmp slt i64 %i30, 2
  br i1 %35, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %36 = load float, ptr %4, align 4
  %37 = mul nsw i64 %i5, 1152
  %38 = mul nsw i64 %i10, 144
  %39 = add nsw i64 %37, %38
  %40 = mul nsw i64 %i15, 24
  %41 = add nsw i64 %39, %40
  %42 = mul nsw i64 %i25, 12
  %43 = add nsw i64 %41, %42
  %44 = mul nsw i64 %i20, 2
  %45 = add nsw i64 %43, %44
  %46 = add nsw i64 %45, %i30
  %47 = urem i64 %46, 12
  %48 = udiv i64 %46, 12
  %49 = urem i64 %48, 12
  %50 = udiv i64 %48, 12
  %51 = urem i64 %50, 8
  %52 = udiv i64 %50, 8
  %53 = mul nsw i64 %52, 1152
  %54 = add nsw i64 %53, 0
  %55 = mul nsw i64 %51, 144
  %56 = add nsw i64 %54, %55
  %57 = mul nsw i64 %49, 12
  %58 = add nsw i64 %56, %57
  %59 = add nsw i64 %58, %47
  %60 = urem i64 %59, 12
  %61 = udiv i64 %59, 12
  %62 = urem i64 %61, 12
  %63 = udiv i64 %61, 12
  %64 = urem i64 %63, 8
  %65 = udiv i64 %63, 8
  %66 = mul nsw i64 %65, 1152
  %67 = mul nsw i64 %64, 144
  %68 = add nsw i64 %66, %67
  %69 = mul nsw i64 %62, 12
  %70 = add nsw i64 %68, %69
  %71 = add nsw i64 %70, %60
  %72 = getelementptr inbounds float, ptr %6, i64 %71
  %73 = load float, ptr %72, align 4, !alias.scope !74, !noalias !77
  %74 = getelementptr inbounds float, ptr %8, i64 %51
  %75 = load float, ptr %74, align 4, !alias.scope !79, !noalias !77
  %76 = fadd float %73, %75
  %77 = call float @llvm.maximum.f32(float %76, float 0.000000e+00)
  %78 = call float @llvm.maximum.f32(float %36, float %77)
  store float %78, ptr %4, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %79 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !81

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit4
  %i35 = phi i64 [ %i, %exit4 ], [ %81, %latch33 ]
  %80 = icmp slt i64 %i35, %17
  br i1 %80, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %81 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %103, %latch38 ]
  %82 = icmp slt i64 %i40, 288
  br i1 %82, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %83 = mul nsw i64 %i35, 288
  %84 = add nsw i64 %83, %i40
  %85 = urem i64 %84, 6
  %86 = udiv i64 %84, 6
  %87 = urem i64 %86, 6
  %88 = udiv i64 %86, 6
  %89 = urem i64 %88, 8
  %90 = udiv i64 %88, 8
  %91 = mul nsw i64 %90, 288
  %92 = mul nsw i64 %89, 36
  %93 = add nsw i64 %91, %92
  %94 = mul nsw i64 %87, 6
  %95 = add nsw i64 %93, %94
  %96 = add nsw i64 %95, %85
  %97 = sub i64 %96, %12
  %98 = getelementptr inbounds float, ptr %3, i64 %97
  %99 = load float, ptr %98, align 4
  %100 = mul nsw i64 %i35, 288
  %101 = add nsw i64 %100, %i40
  %102 = getelementptr inbounds float, ptr %10, i64 %101
  store float %99, ptr %102, align 4, !alias.scope !77
  br label %latch38

latch38:                                          ; preds = %body37
  %103 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !82

exit39:                                           ; preds = %loop36
  br label %latch33
}

; Function Attrs: noinline nounwind
define internal i32 @batch_loss.k3(ptr %0, i64 %1, i64 %2) #3 {
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
  %i = phi i64 [ 0, %start ], [ %16, %latch ]
  %9 = icmp slt i64 %i, 1
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = mul nsw i64 %i, 9216
  %11 = getelementptr inbounds float, ptr %4, i64 %10
  %12 = mul nsw i64 %i, 2880
  %13 = getelementptr inbounds float, ptr %6, i64 %12
  %14 = mul nsw i64 %i, 320
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  call void @cblas_sgemm(i32 101, i32 111, i32 111, i32 32, i32 10, i32 288, float 1.000000e+00, ptr %11, i32 288, ptr %13, i32 10, float 0.000000e+00, ptr %15, i32 10)
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0
}

declare void @cblas_sgemm(i32, i32, i32, i32, i32, i32, float, ptr, i32, ptr, i32, float, ptr, i32)

; Function Attrs: nounwind
define internal i32 @batch_loss.rows4(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [10 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca [1 x float], align 64
  %6 = alloca float, align 16
  %7 = alloca <16 x float>, align 16
  %8 = alloca [1 x <16 x float>], align 16
  %9 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %10 = getelementptr inbounds ptr, ptr %0, i64 0
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 1
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds ptr, ptr %0, i64 2
  %15 = load ptr, ptr %14, align 8
  %16 = getelementptr inbounds ptr, ptr %0, i64 3
  %17 = load ptr, ptr %16, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %23, %latch ]
  %18 = icmp slt i64 %i, %2
  br i1 %18, label %body, label %exit

body:                                             ; preds = %loop
  %19 = mul nsw i64 %i, 10
  %20 = mul nsw i64 %i, 1
  %21 = mul nsw i64 %i, 1
  %22 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit44
  %23 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %25, %latch3 ]
  %24 = icmp slt i64 %i5, %22
  br i1 %24, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %25 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %26 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %39, %latch8 ]
  %27 = icmp slt i64 %i10, 10
  br i1 %27, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %28 = mul nsw i64 %i5, 10
  %29 = add nsw i64 %28, %i10
  %30 = getelementptr inbounds float, ptr %11, i64 %29
  %31 = load float, ptr %30, align 4, !alias.scope !83, !noalias !86
  %32 = getelementptr inbounds float, ptr %13, i64 %i10
  %33 = load float, ptr %32, align 4, !alias.scope !89, !noalias !86
  %34 = fadd float %31, %33
  %35 = mul nsw i64 %i5, 10
  %36 = add nsw i64 %35, %i10
  %37 = sub i64 %36, %19
  %38 = getelementptr inbounds float, ptr %3, i64 %37
  store float %34, ptr %38, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %39 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !91

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %41, %latch13 ]
  %40 = icmp slt i64 %i15, %26
  br i1 %40, label %body12, label %exit14

body12:                                           ; preds = %loop11
  store float 0xFFF0000000000000, ptr %6, align 4
  br label %loop16

latch13:                                          ; preds = %exit19
  %41 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %42 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %51, %latch18 ]
  %43 = icmp slt i64 %i20, 10
  br i1 %43, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %44 = load float, ptr %6, align 4
  %45 = mul nsw i64 %i15, 10
  %46 = add nsw i64 %45, %i20
  %47 = sub i64 %46, %19
  %48 = getelementptr inbounds float, ptr %3, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = call float @llvm.maximum.f32(float %44, float %49)
  store float %50, ptr %6, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %51 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !92

exit19:                                           ; preds = %loop16
  %52 = load float, ptr %6, align 4
  %53 = sub i64 %i15, %20
  %54 = getelementptr inbounds float, ptr %4, i64 %53
  store float %52, ptr %54, align 4
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %56, %latch23 ]
  %55 = icmp slt i64 %i25, %42
  br i1 %55, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %56 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %57 = add nsw i64 %i, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %71, %latch28 ]
  %58 = icmp slt i64 %i30, 10
  br i1 %58, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %59 = mul nsw i64 %i25, 10
  %60 = add nsw i64 %59, %i30
  %61 = sub i64 %60, %19
  %62 = getelementptr inbounds float, ptr %3, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = sub i64 %i25, %20
  %65 = getelementptr inbounds float, ptr %4, i64 %64
  %66 = load float, ptr %65, align 4
  %67 = fsub float %63, %66
  %68 = mul nsw i64 %i25, 10
  %69 = add nsw i64 %68, %i30
  %70 = getelementptr inbounds float, ptr %15, i64 %69
  store float %67, ptr %70, align 4, !alias.scope !93, !noalias !94
  br label %latch28

latch28:                                          ; preds = %body27
  %71 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !95

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %i, %exit24 ], [ %79, %latch33 ]
  %72 = icmp slt i64 %i35, %57
  br i1 %72, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %73 = getelementptr inbounds float, ptr %9, i64 10
  store float -0.000000e+00, ptr %73, align 4
  %74 = getelementptr inbounds float, ptr %9, i64 11
  store float -0.000000e+00, ptr %74, align 4
  %75 = getelementptr inbounds float, ptr %9, i64 12
  store float -0.000000e+00, ptr %75, align 4
  %76 = getelementptr inbounds float, ptr %9, i64 13
  store float -0.000000e+00, ptr %76, align 4
  %77 = getelementptr inbounds float, ptr %9, i64 14
  store float -0.000000e+00, ptr %77, align 4
  %78 = getelementptr inbounds float, ptr %9, i64 15
  store float -0.000000e+00, ptr %78, align 4
  br label %loop36

latch33:                                          ; preds = %exit39
  %79 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  %80 = add nsw i64 %i, 1
  %81 = mul nsw i64 %i, 1
  %82 = mul nsw i64 %80, 1
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %91, %latch38 ]
  %83 = icmp slt i64 %i40, 10
  br i1 %83, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %84 = mul nsw i64 %i35, 10
  %85 = add nsw i64 %84, %i40
  %86 = getelementptr inbounds float, ptr %15, i64 %85
  %87 = load float, ptr %86, align 4, !alias.scope !93, !noalias !94
  %88 = call float @expf(float %87) #4
  %89 = sub i64 %i40, 0
  %90 = getelementptr inbounds float, ptr %9, i64 %89
  store float %88, ptr %90, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %91 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !96

exit39:                                           ; preds = %loop36
  %92 = getelementptr inbounds <16 x float>, ptr %9, i64 0
  %93 = load <16 x float>, ptr %92, align 4
  store <16 x float> %93, ptr %7, align 4
  %94 = getelementptr inbounds float, ptr %7, i64 0
  %95 = load float, ptr %94, align 4
  %96 = getelementptr inbounds float, ptr %7, i64 1
  %97 = load float, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %7, i64 2
  %99 = load float, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %7, i64 3
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %7, i64 4
  %103 = load float, ptr %102, align 4
  %104 = getelementptr inbounds float, ptr %7, i64 5
  %105 = load float, ptr %104, align 4
  %106 = getelementptr inbounds float, ptr %7, i64 6
  %107 = load float, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %7, i64 7
  %109 = load float, ptr %108, align 4
  %110 = getelementptr inbounds float, ptr %7, i64 8
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %7, i64 9
  %113 = load float, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %7, i64 10
  %115 = load float, ptr %114, align 4
  %116 = getelementptr inbounds float, ptr %7, i64 11
  %117 = load float, ptr %116, align 4
  %118 = getelementptr inbounds float, ptr %7, i64 12
  %119 = load float, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %7, i64 13
  %121 = load float, ptr %120, align 4
  %122 = getelementptr inbounds float, ptr %7, i64 14
  %123 = load float, ptr %122, align 4
  %124 = getelementptr inbounds float, ptr %7, i64 15
  %125 = load float, ptr %124, align 4
  %126 = fadd float %95, %111
  %127 = fadd float %97, %113
  %128 = fadd float %99, %115
  %129 = fadd float %101, %117
  %130 = fadd float %103, %119
  %131 = fadd float %105, %121
  %132 = fadd float %107, %123
  %133 = fadd float %109, %125
  %134 = fadd float %126, %130
  %135 = fadd float %127, %131
  %136 = fadd float %128, %132
  %137 = fadd float %129, %133
  %138 = fadd float %134, %136
  %139 = fadd float %135, %137
  %140 = fadd float %138, %139
  %141 = sub i64 %i35, %21
  %142 = getelementptr inbounds float, ptr %5, i64 %141
  store float %140, ptr %142, align 4
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ %81, %exit34 ], [ %149, %latch43 ]
  %143 = icmp slt i64 %i45, %82
  br i1 %143, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %144 = sub i64 %i45, %21
  %145 = getelementptr inbounds float, ptr %5, i64 %144
  %146 = load float, ptr %145, align 4
  %147 = call float @logf(float %146) #5
  %148 = getelementptr inbounds float, ptr %17, i64 %i45
  store float %147, ptr %148, align 4, !alias.scope !94, !noalias !93
  br label %latch43

latch43:                                          ; preds = %body42
  %149 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !97

exit44:                                           ; preds = %loop41
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @batch_loss.k9(ptr %0, i64 %1, i64 %2) #3 {
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
  %15 = getelementptr inbounds i32, ptr %11, i64 %i
  %16 = load i32, ptr %15, align 4, !alias.scope !98, !noalias !101
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = icmp sgt i64 %19, 9
  %21 = select i1 %20, i64 9, i64 %19
  %22 = mul nsw i64 %i, 10
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %7, i64 %23
  %25 = load float, ptr %24, align 4, !alias.scope !103, !noalias !101
  %26 = getelementptr inbounds float, ptr %9, i64 %i
  %27 = load float, ptr %26, align 4, !alias.scope !105, !noalias !101
  %28 = fsub float %25, %27
  %29 = fneg float %28
  %30 = sub i64 %i, 0
  %31 = getelementptr inbounds float, ptr %5, i64 %30
  store float %29, ptr %31, align 4
  br label %latch

latch:                                            ; preds = %body
  %32 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !107

exit:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 16, %exit ], [ %51, %latch3 ]
  %33 = icmp slt i64 %i5, 32
  br i1 %33, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %34 = getelementptr inbounds i32, ptr %11, i64 %i5
  %35 = load i32, ptr %34, align 4, !alias.scope !98, !noalias !101
  %36 = sext i32 %35 to i64
  %37 = icmp slt i64 %36, 0
  %38 = select i1 %37, i64 0, i64 %36
  %39 = icmp sgt i64 %38, 9
  %40 = select i1 %39, i64 9, i64 %38
  %41 = mul nsw i64 %i5, 10
  %42 = add nsw i64 %41, %40
  %43 = getelementptr inbounds float, ptr %7, i64 %42
  %44 = load float, ptr %43, align 4, !alias.scope !103, !noalias !101
  %45 = getelementptr inbounds float, ptr %9, i64 %i5
  %46 = load float, ptr %45, align 4, !alias.scope !105, !noalias !101
  %47 = fsub float %44, %46
  %48 = fneg float %47
  %49 = sub i64 %i5, 0
  %50 = getelementptr inbounds float, ptr %5, i64 %49
  store float %48, ptr %50, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %51 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !108

exit4:                                            ; preds = %loop1
  %52 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %53 = load <16 x float>, ptr %52, align 4
  %54 = getelementptr inbounds <16 x float>, ptr %5, i64 1
  %55 = load <16 x float>, ptr %54, align 4
  %56 = fadd <16 x float> %53, %55
  store <16 x float> %56, ptr %3, align 4
  %57 = getelementptr inbounds float, ptr %3, i64 0
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %3, i64 1
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds float, ptr %3, i64 2
  %62 = load float, ptr %61, align 4
  %63 = getelementptr inbounds float, ptr %3, i64 3
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %3, i64 4
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %3, i64 5
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %3, i64 6
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %3, i64 7
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %3, i64 8
  %74 = load float, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %3, i64 9
  %76 = load float, ptr %75, align 4
  %77 = getelementptr inbounds float, ptr %3, i64 10
  %78 = load float, ptr %77, align 4
  %79 = getelementptr inbounds float, ptr %3, i64 11
  %80 = load float, ptr %79, align 4
  %81 = getelementptr inbounds float, ptr %3, i64 12
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %3, i64 13
  %84 = load float, ptr %83, align 4
  %85 = getelementptr inbounds float, ptr %3, i64 14
  %86 = load float, ptr %85, align 4
  %87 = getelementptr inbounds float, ptr %3, i64 15
  %88 = load float, ptr %87, align 4
  %89 = fadd float %58, %74
  %90 = fadd float %60, %76
  %91 = fadd float %62, %78
  %92 = fadd float %64, %80
  %93 = fadd float %66, %82
  %94 = fadd float %68, %84
  %95 = fadd float %70, %86
  %96 = fadd float %72, %88
  %97 = fadd float %89, %93
  %98 = fadd float %90, %94
  %99 = fadd float %91, %95
  %100 = fadd float %92, %96
  %101 = fadd float %97, %99
  %102 = fadd float %98, %100
  %103 = fadd float %101, %102
  %104 = getelementptr inbounds float, ptr %13, i64 0
  store float %103, ptr %104, align 4, !alias.scope !101
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @batch_loss.k10(ptr %0, i64 %1, i64 %2) #3 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !109, !noalias !112
  %10 = fdiv float %9, 3.200000e+01
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !112
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !114

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @batch_loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6) #0 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [4 x ptr], align 8
  %12 = alloca [4 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = call i32 @ftc_rt_alloc(ptr %7, i64 184320)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok

fail:                                             ; preds = %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %14, %entry ], [ %22, %ok ], [ %29, %ok1 ], [ %36, %ok2 ], [ %45, %ok3 ], [ %54, %ok4 ], [ %59, %ok5 ]
  %16 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %16)
  ret i32 %status

ok:                                               ; preds = %entry
  %17 = load ptr, ptr %7, align 8
  %18 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %4, ptr %18, align 8
  %19 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %17, i64 0
  %21 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %20, ptr %21, align 8
  %22 = call i32 @batch_loss.k0(ptr %8, i64 0, i64 1)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %24 = getelementptr inbounds i8, ptr %17, i64 0
  %25 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %17, i64 147456
  %28 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %27, ptr %28, align 8
  %29 = call i32 @batch_loss.rows1(ptr %9, i64 0, i64 32)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %31 = getelementptr inbounds i8, ptr %17, i64 147456
  %32 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %17, i64 0
  %35 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %34, ptr %35, align 8
  %36 = call i32 @batch_loss.k3(ptr %10, i64 0, i64 1)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %38 = getelementptr inbounds i8, ptr %17, i64 0
  %39 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %3, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %17, i64 1280
  %42 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %41, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %17, i64 2560
  %44 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %43, ptr %44, align 8
  %45 = call i32 @batch_loss.rows4(ptr %11, i64 0, i64 32)
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %47 = getelementptr inbounds i8, ptr %17, i64 1280
  %48 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %17, i64 2560
  %50 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %49, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %5, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %17, i64 0
  %53 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr %52, ptr %53, align 8
  %54 = call i32 @batch_loss.k9(ptr %12, i64 0, i64 1)
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %56 = getelementptr inbounds i8, ptr %17, i64 0
  %57 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %56, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %6, ptr %58, align 8
  %59 = call i32 @batch_loss.k10(ptr %13, i64 0, i64 1)
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %61 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %61)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @losses.rows1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [288 x float], align 64
  %4 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %5 = getelementptr inbounds ptr, ptr %0, i64 0
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 1
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 2
  %10 = load ptr, ptr %9, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %14, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul nsw i64 %i, 288
  %13 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit34
  %14 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %16, %latch3 ]
  %15 = icmp slt i64 %i5, %13
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %16 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %17 = add nsw i64 %i, 1
  br label %loop31

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %19, %latch8 ]
  %18 = icmp slt i64 %i10, 8
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %19 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %21, %latch13 ]
  %20 = icmp slt i64 %i15, 6
  br i1 %20, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %21 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %23, %latch18 ]
  %22 = icmp slt i64 %i20, 6
  br i1 %22, label %body17, label %exit19

body17:                                           ; preds = %loop16
  store float 0xFFF0000000000000, ptr %4, align 4
  br label %loop21

latch18:                                          ; preds = %exit24
  %23 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %25, %latch23 ]
  %24 = icmp slt i64 %i25, 2
  br i1 %24, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %25 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %26 = load float, ptr %4, align 4
  %27 = mul nsw i64 %i5, 288
  %28 = mul nsw i64 %i10, 36
  %29 = add nsw i64 %27, %28
  %30 = mul nsw i64 %i15, 6
  %31 = add nsw i64 %29, %30
  %32 = add nsw i64 %31, %i20
  %33 = sub i64 %32, %12
  %34 = getelementptr inbounds float, ptr %3, i64 %33
  store float %26, ptr %34, align 4
  br label %latch18

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %79, %latch28 ]
  %35 = icmp slt i64 %i30, 2
  br i1 %35, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %36 = load float, ptr %4, align 4
  %37 = mul nsw i64 %i5, 1152
  %38 = mul nsw i64 %i10, 144
  %39 = add nsw i64 %37, %38
  %40 = mul nsw i64 %i15, 24
  %41 = add nsw i64 %39, %40
  %42 = mul nsw i64 %i25, 12
  %43 = add nsw i64 %41, %42
  %44 = mul nsw i64 %i20, 2
  %45 = add nsw i64 %43, %44
  %46 = add nsw i64 %45, %i30
  %47 = urem i64 %46, 12
  %48 = udiv i64 %46, 12
  %49 = urem i64 %48, 12
  %50 = udiv i64 %48, 12
  %51 = urem i64 %50, 8
  %52 = udiv i64 %50, 8
  %53 = mul nsw i64 %52, 1152
  %54 = add nsw i64 %53, 0
  %55 = mul nsw i64 %51, 144
  %56 = add nsw i64 %54, %55
  %57 = mul nsw i64 %49, 12
  %58 = add nsw i64 %56, %57
  %59 = add nsw i64 %58, %47
  %60 = urem i64 %59, 12
  %61 = udiv i64 %59, 12
  %62 = urem i64 %61, 12
  %63 = udiv i64 %61, 12
  %64 = urem i64 %63, 8
  %65 = udiv i64 %63, 8
  %66 = mul nsw i64 %65, 1152
  %67 = mul nsw i64 %64, 144
  %68 = add nsw i64 %66, %67
  %69 = mul nsw i64 %62, 12
  %70 = add nsw i64 %68, %69
  %71 = add nsw i64 %70, %60
  %72 = getelementptr inbounds float, ptr %6, i64 %71
  %73 = load float, ptr %72, align 4, !alias.scope !115, !noalias !118
  %74 = getelementptr inbounds float, ptr %8, i64 %51
  %75 = load float, ptr %74, align 4, !alias.scope !120, !noalias !118
  %76 = fadd float %73, %75
  %77 = call float @llvm.maximum.f32(float %76, float 0.000000e+00)
  %78 = call float @llvm.maximum.f32(float %36, float %77)
  store float %78, ptr %4, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %79 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !122

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit4
  %i35 = phi i64 [ %i, %exit4 ], [ %81, %latch33 ]
  %80 = icmp slt i64 %i35, %17
  br i1 %80, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %81 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %103, %latch38 ]
  %82 = icmp slt i64 %i40, 288
  br i1 %82, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %83 = mul nsw i64 %i35, 288
  %84 = add nsw i64 %83, %i40
  %85 = urem i64 %84, 6
  %86 = udiv i64 %84, 6
  %87 = urem i64 %86, 6
  %88 = udiv i64 %86, 6
  %89 = urem i64 %88, 8
  %90 = udiv i64 %88, 8
  %91 = mul nsw i64 %90, 288
  %92 = mul nsw i64 %89, 36
  %93 = add nsw i64 %91, %92
  %94 = mul nsw i64 %87, 6
  %95 = add nsw i64 %93, %94
  %96 = add nsw i64 %95, %85
  %97 = sub i64 %96, %12
  %98 = getelementptr inbounds float, ptr %3, i64 %97
  %99 = load float, ptr %98, align 4
  %100 = mul nsw i64 %i35, 288
  %101 = add nsw i64 %100, %i40
  %102 = getelementptr inbounds float, ptr %10, i64 %101
  store float %99, ptr %102, align 4, !alias.scope !118
  br label %latch38

latch38:                                          ; preds = %body37
  %103 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !123

exit39:                                           ; preds = %loop36
  br label %latch33
}

; Function Attrs: nounwind
define internal i32 @losses.rows4(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [10 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca [1 x float], align 64
  %6 = alloca float, align 16
  %7 = alloca <16 x float>, align 16
  %8 = alloca [1 x <16 x float>], align 16
  %9 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %10 = getelementptr inbounds ptr, ptr %0, i64 0
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 1
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds ptr, ptr %0, i64 2
  %15 = load ptr, ptr %14, align 8
  %16 = getelementptr inbounds ptr, ptr %0, i64 3
  %17 = load ptr, ptr %16, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %23, %latch ]
  %18 = icmp slt i64 %i, %2
  br i1 %18, label %body, label %exit

body:                                             ; preds = %loop
  %19 = mul nsw i64 %i, 10
  %20 = mul nsw i64 %i, 1
  %21 = mul nsw i64 %i, 1
  %22 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit44
  %23 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %25, %latch3 ]
  %24 = icmp slt i64 %i5, %22
  br i1 %24, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %25 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %26 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %39, %latch8 ]
  %27 = icmp slt i64 %i10, 10
  br i1 %27, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %28 = mul nsw i64 %i5, 10
  %29 = add nsw i64 %28, %i10
  %30 = getelementptr inbounds float, ptr %11, i64 %29
  %31 = load float, ptr %30, align 4, !alias.scope !124, !noalias !127
  %32 = getelementptr inbounds float, ptr %13, i64 %i10
  %33 = load float, ptr %32, align 4, !alias.scope !130, !noalias !127
  %34 = fadd float %31, %33
  %35 = mul nsw i64 %i5, 10
  %36 = add nsw i64 %35, %i10
  %37 = sub i64 %36, %19
  %38 = getelementptr inbounds float, ptr %3, i64 %37
  store float %34, ptr %38, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %39 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !132

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %41, %latch13 ]
  %40 = icmp slt i64 %i15, %26
  br i1 %40, label %body12, label %exit14

body12:                                           ; preds = %loop11
  store float 0xFFF0000000000000, ptr %6, align 4
  br label %loop16

latch13:                                          ; preds = %exit19
  %41 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %42 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %51, %latch18 ]
  %43 = icmp slt i64 %i20, 10
  br i1 %43, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %44 = load float, ptr %6, align 4
  %45 = mul nsw i64 %i15, 10
  %46 = add nsw i64 %45, %i20
  %47 = sub i64 %46, %19
  %48 = getelementptr inbounds float, ptr %3, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = call float @llvm.maximum.f32(float %44, float %49)
  store float %50, ptr %6, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %51 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !133

exit19:                                           ; preds = %loop16
  %52 = load float, ptr %6, align 4
  %53 = sub i64 %i15, %20
  %54 = getelementptr inbounds float, ptr %4, i64 %53
  store float %52, ptr %54, align 4
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %56, %latch23 ]
  %55 = icmp slt i64 %i25, %42
  br i1 %55, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %56 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %57 = add nsw i64 %i, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %71, %latch28 ]
  %58 = icmp slt i64 %i30, 10
  br i1 %58, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %59 = mul nsw i64 %i25, 10
  %60 = add nsw i64 %59, %i30
  %61 = sub i64 %60, %19
  %62 = getelementptr inbounds float, ptr %3, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = sub i64 %i25, %20
  %65 = getelementptr inbounds float, ptr %4, i64 %64
  %66 = load float, ptr %65, align 4
  %67 = fsub float %63, %66
  %68 = mul nsw i64 %i25, 10
  %69 = add nsw i64 %68, %i30
  %70 = getelementptr inbounds float, ptr %15, i64 %69
  store float %67, ptr %70, align 4, !alias.scope !134, !noalias !135
  br label %latch28

latch28:                                          ; preds = %body27
  %71 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !136

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %i, %exit24 ], [ %79, %latch33 ]
  %72 = icmp slt i64 %i35, %57
  br i1 %72, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %73 = getelementptr inbounds float, ptr %9, i64 10
  store float -0.000000e+00, ptr %73, align 4
  %74 = getelementptr inbounds float, ptr %9, i64 11
  store float -0.000000e+00, ptr %74, align 4
  %75 = getelementptr inbounds float, ptr %9, i64 12
  store float -0.000000e+00, ptr %75, align 4
  %76 = getelementptr inbounds float, ptr %9, i64 13
  store float -0.000000e+00, ptr %76, align 4
  %77 = getelementptr inbounds float, ptr %9, i64 14
  store float -0.000000e+00, ptr %77, align 4
  %78 = getelementptr inbounds float, ptr %9, i64 15
  store float -0.000000e+00, ptr %78, align 4
  br label %loop36

latch33:                                          ; preds = %exit39
  %79 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  %80 = add nsw i64 %i, 1
  %81 = mul nsw i64 %i, 1
  %82 = mul nsw i64 %80, 1
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %91, %latch38 ]
  %83 = icmp slt i64 %i40, 10
  br i1 %83, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %84 = mul nsw i64 %i35, 10
  %85 = add nsw i64 %84, %i40
  %86 = getelementptr inbounds float, ptr %15, i64 %85
  %87 = load float, ptr %86, align 4, !alias.scope !134, !noalias !135
  %88 = call float @expf(float %87) #4
  %89 = sub i64 %i40, 0
  %90 = getelementptr inbounds float, ptr %9, i64 %89
  store float %88, ptr %90, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %91 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !137

exit39:                                           ; preds = %loop36
  %92 = getelementptr inbounds <16 x float>, ptr %9, i64 0
  %93 = load <16 x float>, ptr %92, align 4
  store <16 x float> %93, ptr %7, align 4
  %94 = getelementptr inbounds float, ptr %7, i64 0
  %95 = load float, ptr %94, align 4
  %96 = getelementptr inbounds float, ptr %7, i64 1
  %97 = load float, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %7, i64 2
  %99 = load float, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %7, i64 3
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %7, i64 4
  %103 = load float, ptr %102, align 4
  %104 = getelementptr inbounds float, ptr %7, i64 5
  %105 = load float, ptr %104, align 4
  %106 = getelementptr inbounds float, ptr %7, i64 6
  %107 = load float, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %7, i64 7
  %109 = load float, ptr %108, align 4
  %110 = getelementptr inbounds float, ptr %7, i64 8
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %7, i64 9
  %113 = load float, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %7, i64 10
  %115 = load float, ptr %114, align 4
  %116 = getelementptr inbounds float, ptr %7, i64 11
  %117 = load float, ptr %116, align 4
  %118 = getelementptr inbounds float, ptr %7, i64 12
  %119 = load float, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %7, i64 13
  %121 = load float, ptr %120, align 4
  %122 = getelementptr inbounds float, ptr %7, i64 14
  %123 = load float, ptr %122, align 4
  %124 = getelementptr inbounds float, ptr %7, i64 15
  %125 = load float, ptr %124, align 4
  %126 = fadd float %95, %111
  %127 = fadd float %97, %113
  %128 = fadd float %99, %115
  %129 = fadd float %101, %117
  %130 = fadd float %103, %119
  %131 = fadd float %105, %121
  %132 = fadd float %107, %123
  %133 = fadd float %109, %125
  %134 = fadd float %126, %130
  %135 = fadd float %127, %131
  %136 = fadd float %128, %132
  %137 = fadd float %129, %133
  %138 = fadd float %134, %136
  %139 = fadd float %135, %137
  %140 = fadd float %138, %139
  %141 = sub i64 %i35, %21
  %142 = getelementptr inbounds float, ptr %5, i64 %141
  store float %140, ptr %142, align 4
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ %81, %exit34 ], [ %149, %latch43 ]
  %143 = icmp slt i64 %i45, %82
  br i1 %143, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %144 = sub i64 %i45, %21
  %145 = getelementptr inbounds float, ptr %5, i64 %144
  %146 = load float, ptr %145, align 4
  %147 = call float @logf(float %146) #5
  %148 = getelementptr inbounds float, ptr %17, i64 %i45
  store float %147, ptr %148, align 4, !alias.scope !135, !noalias !134
  br label %latch43

latch43:                                          ; preds = %body42
  %149 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !138

exit44:                                           ; preds = %loop41
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @losses.k9(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %28, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = getelementptr inbounds i32, ptr %8, i64 %i
  %13 = load i32, ptr %12, align 4, !alias.scope !139, !noalias !142
  %14 = sext i32 %13 to i64
  %15 = icmp slt i64 %14, 0
  %16 = select i1 %15, i64 0, i64 %14
  %17 = icmp sgt i64 %16, 9
  %18 = select i1 %17, i64 9, i64 %16
  %19 = mul nsw i64 %i, 10
  %20 = add nsw i64 %19, %18
  %21 = getelementptr inbounds float, ptr %4, i64 %20
  %22 = load float, ptr %21, align 4, !alias.scope !144, !noalias !142
  %23 = getelementptr inbounds float, ptr %6, i64 %i
  %24 = load float, ptr %23, align 4, !alias.scope !146, !noalias !142
  %25 = fsub float %22, %24
  %26 = fneg float %25
  %27 = getelementptr inbounds float, ptr %10, i64 %i
  store float %26, ptr %27, align 4, !alias.scope !142
  br label %latch

latch:                                            ; preds = %body
  %28 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !148

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @losses(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6) #0 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [4 x ptr], align 8
  %12 = alloca [4 x ptr], align 8
  %13 = call i32 @ftc_rt_alloc(ptr %7, i64 184320)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %fail, label %ok

fail:                                             ; preds = %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %13, %entry ], [ %21, %ok ], [ %28, %ok1 ], [ %35, %ok2 ], [ %44, %ok3 ], [ %52, %ok4 ]
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
  %21 = call i32 @batch_loss.k0(ptr %8, i64 0, i64 1)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %23 = getelementptr inbounds i8, ptr %16, i64 0
  %24 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %23, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %16, i64 147456
  %27 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %26, ptr %27, align 8
  %28 = call i32 @losses.rows1(ptr %9, i64 0, i64 32)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %30 = getelementptr inbounds i8, ptr %16, i64 147456
  %31 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %16, i64 0
  %34 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %33, ptr %34, align 8
  %35 = call i32 @batch_loss.k3(ptr %10, i64 0, i64 1)
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %37 = getelementptr inbounds i8, ptr %16, i64 0
  %38 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %37, ptr %38, align 8
  %39 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %3, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %16, i64 1280
  %41 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %40, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %16, i64 2560
  %43 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %42, ptr %43, align 8
  %44 = call i32 @losses.rows4(ptr %11, i64 0, i64 32)
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %46 = getelementptr inbounds i8, ptr %16, i64 1280
  %47 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %46, ptr %47, align 8
  %48 = getelementptr inbounds i8, ptr %16, i64 2560
  %49 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %5, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr %6, ptr %51, align 8
  %52 = call i32 @losses.k9(ptr %12, i64 0, i64 32)
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %54 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %54)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.rows1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1152 x float], align 64
  %4 = alloca [288 x float], align 64
  %5 = alloca float, align 16
  %6 = alloca <16 x float>, align 16
  %7 = alloca [1 x <16 x float>], align 16
  %8 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %9 = getelementptr inbounds ptr, ptr %0, i64 0
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 1
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 2
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 3
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 4
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds ptr, ptr %0, i64 5
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds ptr, ptr %0, i64 6
  %22 = load ptr, ptr %21, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %27, %latch ]
  %23 = icmp slt i64 %i, %2
  br i1 %23, label %body, label %exit

body:                                             ; preds = %loop
  %24 = mul nsw i64 %i, 1152
  %25 = mul nsw i64 %i, 288
  %26 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit144
  %27 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %29, %latch3 ]
  %28 = icmp slt i64 %i5, %26
  br i1 %28, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %29 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %30 = add nsw i64 %i, 1
  br label %loop26

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %32, %latch8 ]
  %31 = icmp slt i64 %i10, 1
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %32 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %34, %latch13 ]
  %33 = icmp slt i64 %i15, 8
  br i1 %33, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %34 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %36, %latch18 ]
  %35 = icmp slt i64 %i20, 12
  br i1 %35, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %36 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %74, %latch23 ]
  %37 = icmp slt i64 %i25, 12
  br i1 %37, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %38 = mul nsw i64 %i5, 1152
  %39 = mul nsw i64 %i10, 1152
  %40 = add nsw i64 %38, %39
  %41 = mul nsw i64 %i15, 144
  %42 = add nsw i64 %40, %41
  %43 = mul nsw i64 %i20, 12
  %44 = add nsw i64 %42, %43
  %45 = add nsw i64 %44, %i25
  %46 = urem i64 %45, 12
  %47 = udiv i64 %45, 12
  %48 = urem i64 %47, 12
  %49 = udiv i64 %47, 12
  %50 = urem i64 %49, 8
  %51 = udiv i64 %49, 8
  %52 = mul nsw i64 %51, 1152
  %53 = mul nsw i64 %50, 144
  %54 = add nsw i64 %52, %53
  %55 = mul nsw i64 %48, 12
  %56 = add nsw i64 %54, %55
  %57 = add nsw i64 %56, %46
  %58 = getelementptr inbounds float, ptr %10, i64 %57
  %59 = load float, ptr %58, align 4, !alias.scope !149, !noalias !152
  %60 = getelementptr inbounds float, ptr %12, i64 %i15
  %61 = load float, ptr %60, align 4, !alias.scope !158, !noalias !152
  %62 = fadd float %59, %61
  %63 = mul nsw i64 %i5, 1152
  %64 = mul nsw i64 %i10, 1152
  %65 = add nsw i64 %63, %64
  %66 = mul nsw i64 %i15, 144
  %67 = add nsw i64 %65, %66
  %68 = mul nsw i64 %i20, 12
  %69 = add nsw i64 %67, %68
  %70 = add nsw i64 %69, %i25
  %71 = getelementptr inbounds float, ptr %14, i64 %70
  store float %62, ptr %71, align 4, !alias.scope !160, !noalias !161
  %72 = call float @llvm.maximum.f32(float %62, float 0.000000e+00)
  %73 = getelementptr inbounds float, ptr %16, i64 %70
  store float %72, ptr %73, align 4, !alias.scope !162, !noalias !163
  br label %latch23

latch23:                                          ; preds = %body22
  %74 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !164

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %exit4
  %i30 = phi i64 [ %i, %exit4 ], [ %76, %latch28 ]
  %75 = icmp slt i64 %i30, %30
  br i1 %75, label %body27, label %exit29

body27:                                           ; preds = %loop26
  br label %loop31

latch28:                                          ; preds = %exit34
  %76 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  %77 = add nsw i64 %i, 1
  br label %loop56

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %79, %latch33 ]
  %78 = icmp slt i64 %i35, 8
  br i1 %78, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %79 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch28

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %81, %latch38 ]
  %80 = icmp slt i64 %i40, 6
  br i1 %80, label %body37, label %exit39

body37:                                           ; preds = %loop36
  br label %loop41

latch38:                                          ; preds = %exit44
  %81 = add nsw i64 %i40, 1
  br label %loop36

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %body37
  %i45 = phi i64 [ 0, %body37 ], [ %83, %latch43 ]
  %82 = icmp slt i64 %i45, 2
  br i1 %82, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %83 = add nsw i64 %i45, 1
  br label %loop41

exit44:                                           ; preds = %loop41
  br label %latch38

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %85, %latch48 ]
  %84 = icmp slt i64 %i50, 6
  br i1 %84, label %body47, label %exit49

body47:                                           ; preds = %loop46
  br label %loop51

latch48:                                          ; preds = %exit54
  %85 = add nsw i64 %i50, 1
  br label %loop46

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %body47
  %i55 = phi i64 [ 0, %body47 ], [ %124, %latch53 ]
  %86 = icmp slt i64 %i55, 2
  br i1 %86, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %87 = mul nsw i64 %i30, 1152
  %88 = mul nsw i64 %i35, 144
  %89 = add nsw i64 %87, %88
  %90 = mul nsw i64 %i40, 24
  %91 = add nsw i64 %89, %90
  %92 = mul nsw i64 %i45, 12
  %93 = add nsw i64 %91, %92
  %94 = mul nsw i64 %i50, 2
  %95 = add nsw i64 %93, %94
  %96 = add nsw i64 %95, %i55
  %97 = urem i64 %96, 12
  %98 = udiv i64 %96, 12
  %99 = urem i64 %98, 12
  %100 = udiv i64 %98, 12
  %101 = urem i64 %100, 8
  %102 = udiv i64 %100, 8
  %103 = mul nsw i64 %102, 1152
  %104 = add nsw i64 %103, 0
  %105 = mul nsw i64 %101, 144
  %106 = add nsw i64 %104, %105
  %107 = mul nsw i64 %99, 12
  %108 = add nsw i64 %106, %107
  %109 = add nsw i64 %108, %97
  %110 = getelementptr inbounds float, ptr %16, i64 %109
  %111 = load float, ptr %110, align 4, !alias.scope !162, !noalias !163
  %112 = mul nsw i64 %i30, 1152
  %113 = mul nsw i64 %i35, 144
  %114 = add nsw i64 %112, %113
  %115 = mul nsw i64 %i40, 24
  %116 = add nsw i64 %114, %115
  %117 = mul nsw i64 %i45, 12
  %118 = add nsw i64 %116, %117
  %119 = mul nsw i64 %i50, 2
  %120 = add nsw i64 %118, %119
  %121 = add nsw i64 %120, %i55
  %122 = sub i64 %121, %24
  %123 = getelementptr inbounds float, ptr %3, i64 %122
  store float %111, ptr %123, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %124 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !165

exit54:                                           ; preds = %loop51
  br label %latch48

loop56:                                           ; preds = %latch58, %exit29
  %i60 = phi i64 [ %i, %exit29 ], [ %126, %latch58 ]
  %125 = icmp slt i64 %i60, %77
  br i1 %125, label %body57, label %exit59

body57:                                           ; preds = %loop56
  br label %loop61

latch58:                                          ; preds = %exit64
  %126 = add nsw i64 %i60, 1
  br label %loop56

exit59:                                           ; preds = %loop56
  %127 = add nsw i64 %i, 1
  br label %loop86

loop61:                                           ; preds = %latch63, %body57
  %i65 = phi i64 [ 0, %body57 ], [ %129, %latch63 ]
  %128 = icmp slt i64 %i65, 8
  br i1 %128, label %body62, label %exit64

body62:                                           ; preds = %loop61
  br label %loop66

latch63:                                          ; preds = %exit69
  %129 = add nsw i64 %i65, 1
  br label %loop61

exit64:                                           ; preds = %loop61
  br label %latch58

loop66:                                           ; preds = %latch68, %body62
  %i70 = phi i64 [ 0, %body62 ], [ %131, %latch68 ]
  %130 = icmp slt i64 %i70, 6
  br i1 %130, label %body67, label %exit69

body67:                                           ; preds = %loop66
  br label %loop71

latch68:                                          ; preds = %exit74
  %131 = add nsw i64 %i70, 1
  br label %loop66

exit69:                                           ; preds = %loop66
  br label %latch63

loop71:                                           ; preds = %latch73, %body67
  %i75 = phi i64 [ 0, %body67 ], [ %133, %latch73 ]
  %132 = icmp slt i64 %i75, 6
  br i1 %132, label %body72, label %exit74

body72:                                           ; preds = %loop71
  store float 0xFFF0000000000000, ptr %5, align 4
  br label %loop76

latch73:                                          ; preds = %exit79
  %133 = add nsw i64 %i75, 1
  br label %loop71

exit74:                                           ; preds = %loop71
  br label %latch68

loop76:                                           ; preds = %latch78, %body72
  %i80 = phi i64 [ 0, %body72 ], [ %135, %latch78 ]
  %134 = icmp slt i64 %i80, 2
  br i1 %134, label %body77, label %exit79

body77:                                           ; preds = %loop76
  br label %loop81

latch78:                                          ; preds = %exit84
  %135 = add nsw i64 %i80, 1
  br label %loop76

exit79:                                           ; preds = %loop76
  %136 = load float, ptr %5, align 4
  %137 = mul nsw i64 %i60, 288
  %138 = mul nsw i64 %i65, 36
  %139 = add nsw i64 %137, %138
  %140 = mul nsw i64 %i70, 6
  %141 = add nsw i64 %139, %140
  %142 = add nsw i64 %141, %i75
  %143 = sub i64 %142, %25
  %144 = getelementptr inbounds float, ptr %4, i64 %143
  store float %136, ptr %144, align 4
  br label %latch73

loop81:                                           ; preds = %latch83, %body77
  %i85 = phi i64 [ 0, %body77 ], [ %161, %latch83 ]
  %145 = icmp slt i64 %i85, 2
  br i1 %145, label %body82, label %exit84

body82:                                           ; preds = %loop81
  %146 = load float, ptr %5, align 4
  %147 = mul nsw i64 %i60, 1152
  %148 = mul nsw i64 %i65, 144
  %149 = add nsw i64 %147, %148
  %150 = mul nsw i64 %i70, 24
  %151 = add nsw i64 %149, %150
  %152 = mul nsw i64 %i80, 12
  %153 = add nsw i64 %151, %152
  %154 = mul nsw i64 %i75, 2
  %155 = add nsw i64 %153, %154
  %156 = add nsw i64 %155, %i85
  %157 = sub i64 %156, %24
  %158 = getelementptr inbounds float, ptr %3, i64 %157
  %159 = load float, ptr %158, align 4
  %160 = call float @llvm.maximum.f32(float %146, float %159)
  store float %160, ptr %5, align 4
  br label %latch83

latch83:                                          ; preds = %body82
  %161 = add nsw i64 %i85, 1
  br label %loop81, !llvm.loop !166

exit84:                                           ; preds = %loop81
  br label %latch78

loop86:                                           ; preds = %latch88, %exit59
  %i90 = phi i64 [ %i, %exit59 ], [ %163, %latch88 ]
  %162 = icmp slt i64 %i90, %127
  br i1 %162, label %body87, label %exit89

body87:                                           ; preds = %loop86
  br label %loop91

latch88:                                          ; preds = %exit94
  %163 = add nsw i64 %i90, 1
  br label %loop86

exit89:                                           ; preds = %loop86
  %164 = add nsw i64 %i, 1
  br label %loop116

loop91:                                           ; preds = %latch93, %body87
  %i95 = phi i64 [ 0, %body87 ], [ %166, %latch93 ]
  %165 = icmp slt i64 %i95, 8
  br i1 %165, label %body92, label %exit94

body92:                                           ; preds = %loop91
  br label %loop96

latch93:                                          ; preds = %exit99
  %166 = add nsw i64 %i95, 1
  br label %loop91

exit94:                                           ; preds = %loop91
  br label %latch88

loop96:                                           ; preds = %latch98, %body92
  %i100 = phi i64 [ 0, %body92 ], [ %168, %latch98 ]
  %167 = icmp slt i64 %i100, 6
  br i1 %167, label %body97, label %exit99

body97:                                           ; preds = %loop96
  br label %loop101

latch98:                                          ; preds = %exit104
  %168 = add nsw i64 %i100, 1
  br label %loop96

exit99:                                           ; preds = %loop96
  br label %latch93

loop101:                                          ; preds = %latch103, %body97
  %i105 = phi i64 [ 0, %body97 ], [ %170, %latch103 ]
  %169 = icmp slt i64 %i105, 2
  br i1 %169, label %body102, label %exit104

body102:                                          ; preds = %loop101
  br label %loop106

latch103:                                         ; preds = %exit109
  %170 = add nsw i64 %i105, 1
  br label %loop101

exit104:                                          ; preds = %loop101
  br label %latch98

loop106:                                          ; preds = %latch108, %body102
  %i110 = phi i64 [ 0, %body102 ], [ %172, %latch108 ]
  %171 = icmp slt i64 %i110, 6
  br i1 %171, label %body107, label %exit109

body107:                                          ; preds = %loop106
  br label %loop111

latch108:                                         ; preds = %exit114
  %172 = add nsw i64 %i110, 1
  br label %loop106

exit109:                                          ; preds = %loop106
  br label %latch103

loop111:                                          ; preds = %latch113, %body107
  %i115 = phi i64 [ 0, %body107 ], [ %209, %latch113 ]
  %173 = icmp slt i64 %i115, 2
  br i1 %173, label %body112, label %exit114

body112:                                          ; preds = %loop111
  %174 = mul nsw i64 %i90, 1152
  %175 = mul nsw i64 %i95, 144
  %176 = add nsw i64 %174, %175
  %177 = mul nsw i64 %i100, 24
  %178 = add nsw i64 %176, %177
  %179 = mul nsw i64 %i105, 12
  %180 = add nsw i64 %178, %179
  %181 = mul nsw i64 %i110, 2
  %182 = add nsw i64 %180, %181
  %183 = add nsw i64 %182, %i115
  %184 = sub i64 %183, %24
  %185 = getelementptr inbounds float, ptr %3, i64 %184
  %186 = load float, ptr %185, align 4
  %187 = mul nsw i64 %i90, 288
  %188 = mul nsw i64 %i95, 36
  %189 = add nsw i64 %187, %188
  %190 = mul nsw i64 %i100, 6
  %191 = add nsw i64 %189, %190
  %192 = add nsw i64 %191, %i110
  %193 = sub i64 %192, %25
  %194 = getelementptr inbounds float, ptr %4, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = fcmp oeq float %186, %195
  %197 = uitofp i1 %196 to float
  %198 = mul nsw i64 %i90, 1152
  %199 = mul nsw i64 %i95, 144
  %200 = add nsw i64 %198, %199
  %201 = mul nsw i64 %i100, 24
  %202 = add nsw i64 %200, %201
  %203 = mul nsw i64 %i105, 12
  %204 = add nsw i64 %202, %203
  %205 = mul nsw i64 %i110, 2
  %206 = add nsw i64 %204, %205
  %207 = add nsw i64 %206, %i115
  %208 = getelementptr inbounds float, ptr %18, i64 %207
  store float %197, ptr %208, align 4, !alias.scope !167, !noalias !168
  br label %latch113

latch113:                                         ; preds = %body112
  %209 = add nsw i64 %i115, 1
  br label %loop111, !llvm.loop !169

exit114:                                          ; preds = %loop111
  br label %latch108

loop116:                                          ; preds = %latch118, %exit89
  %i120 = phi i64 [ %i, %exit89 ], [ %211, %latch118 ]
  %210 = icmp slt i64 %i120, %164
  br i1 %210, label %body117, label %exit119

body117:                                          ; preds = %loop116
  br label %loop121

latch118:                                         ; preds = %exit124
  %211 = add nsw i64 %i120, 1
  br label %loop116

exit119:                                          ; preds = %loop116
  %212 = add nsw i64 %i, 1
  br label %loop141

loop121:                                          ; preds = %latch123, %body117
  %i125 = phi i64 [ 0, %body117 ], [ %214, %latch123 ]
  %213 = icmp slt i64 %i125, 8
  br i1 %213, label %body122, label %exit124

body122:                                          ; preds = %loop121
  br label %loop126

latch123:                                         ; preds = %exit129
  %214 = add nsw i64 %i125, 1
  br label %loop121

exit124:                                          ; preds = %loop121
  br label %latch118

loop126:                                          ; preds = %latch128, %body122
  %i130 = phi i64 [ 0, %body122 ], [ %216, %latch128 ]
  %215 = icmp slt i64 %i130, 6
  br i1 %215, label %body127, label %exit129

body127:                                          ; preds = %loop126
  br label %loop131

latch128:                                         ; preds = %exit134
  %216 = add nsw i64 %i130, 1
  br label %loop126

exit129:                                          ; preds = %loop126
  br label %latch123

loop131:                                          ; preds = %latch133, %body127
  %i135 = phi i64 [ 0, %body127 ], [ %230, %latch133 ]
  %217 = icmp slt i64 %i135, 6
  br i1 %217, label %body132, label %exit134

body132:                                          ; preds = %loop131
  %218 = getelementptr inbounds float, ptr %8, i64 4
  store float -0.000000e+00, ptr %218, align 4
  %219 = getelementptr inbounds float, ptr %8, i64 5
  store float -0.000000e+00, ptr %219, align 4
  %220 = getelementptr inbounds float, ptr %8, i64 6
  store float -0.000000e+00, ptr %220, align 4
  %221 = getelementptr inbounds float, ptr %8, i64 7
  store float -0.000000e+00, ptr %221, align 4
  %222 = getelementptr inbounds float, ptr %8, i64 8
  store float -0.000000e+00, ptr %222, align 4
  %223 = getelementptr inbounds float, ptr %8, i64 9
  store float -0.000000e+00, ptr %223, align 4
  %224 = getelementptr inbounds float, ptr %8, i64 10
  store float -0.000000e+00, ptr %224, align 4
  %225 = getelementptr inbounds float, ptr %8, i64 11
  store float -0.000000e+00, ptr %225, align 4
  %226 = getelementptr inbounds float, ptr %8, i64 12
  store float -0.000000e+00, ptr %226, align 4
  %227 = getelementptr inbounds float, ptr %8, i64 13
  store float -0.000000e+00, ptr %227, align 4
  %228 = getelementptr inbounds float, ptr %8, i64 14
  store float -0.000000e+00, ptr %228, align 4
  %229 = getelementptr inbounds float, ptr %8, i64 15
  store float -0.000000e+00, ptr %229, align 4
  br label %loop136

latch133:                                         ; preds = %exit139
  %230 = add nsw i64 %i135, 1
  br label %loop131

exit134:                                          ; preds = %loop131
  br label %latch128

loop136:                                          ; preds = %latch138, %body132
  %i140 = phi i64 [ 0, %body132 ], [ %248, %latch138 ]
  %231 = icmp slt i64 %i140, 4
  br i1 %231, label %body137, label %exit139

body137:                                          ; preds = %loop136
  %232 = urem i64 %i140, 2
  %233 = udiv i64 %i140, 2
  %234 = mul nsw i64 %i120, 1152
  %235 = mul nsw i64 %i125, 144
  %236 = add nsw i64 %234, %235
  %237 = mul nsw i64 %i130, 24
  %238 = add nsw i64 %236, %237
  %239 = mul nsw i64 %233, 12
  %240 = add nsw i64 %238, %239
  %241 = mul nsw i64 %i135, 2
  %242 = add nsw i64 %240, %241
  %243 = add nsw i64 %242, %232
  %244 = getelementptr inbounds float, ptr %18, i64 %243
  %245 = load float, ptr %244, align 4, !alias.scope !167, !noalias !168
  %246 = sub i64 %i140, 0
  %247 = getelementptr inbounds float, ptr %8, i64 %246
  store float %245, ptr %247, align 4
  br label %latch138

latch138:                                         ; preds = %body137
  %248 = add nsw i64 %i140, 1
  br label %loop136, !llvm.loop !170

exit139:                                          ; preds = %loop136
  %249 = getelementptr inbounds <16 x float>, ptr %8, i64 0
  %250 = load <16 x float>, ptr %249, align 4
  store <16 x float> %250, ptr %6, align 4
  %251 = getelementptr inbounds float, ptr %6, i64 0
  %252 = load float, ptr %251, align 4
  %253 = getelementptr inbounds float, ptr %6, i64 1
  %254 = load float, ptr %253, align 4
  %255 = getelementptr inbounds float, ptr %6, i64 2
  %256 = load float, ptr %255, align 4
  %257 = getelementptr inbounds float, ptr %6, i64 3
  %258 = load float, ptr %257, align 4
  %259 = getelementptr inbounds float, ptr %6, i64 4
  %260 = load float, ptr %259, align 4
  %261 = getelementptr inbounds float, ptr %6, i64 5
  %262 = load float, ptr %261, align 4
  %263 = getelementptr inbounds float, ptr %6, i64 6
  %264 = load float, ptr %263, align 4
  %265 = getelementptr inbounds float, ptr %6, i64 7
  %266 = load float, ptr %265, align 4
  %267 = getelementptr inbounds float, ptr %6, i64 8
  %268 = load float, ptr %267, align 4
  %269 = getelementptr inbounds float, ptr %6, i64 9
  %270 = load float, ptr %269, align 4
  %271 = getelementptr inbounds float, ptr %6, i64 10
  %272 = load float, ptr %271, align 4
  %273 = getelementptr inbounds float, ptr %6, i64 11
  %274 = load float, ptr %273, align 4
  %275 = getelementptr inbounds float, ptr %6, i64 12
  %276 = load float, ptr %275, align 4
  %277 = getelementptr inbounds float, ptr %6, i64 13
  %278 = load float, ptr %277, align 4
  %279 = getelementptr inbounds float, ptr %6, i64 14
  %280 = load float, ptr %279, align 4
  %281 = getelementptr inbounds float, ptr %6, i64 15
  %282 = load float, ptr %281, align 4
  %283 = fadd float %252, %268
  %284 = fadd float %254, %270
  %285 = fadd float %256, %272
  %286 = fadd float %258, %274
  %287 = fadd float %260, %276
  %288 = fadd float %262, %278
  %289 = fadd float %264, %280
  %290 = fadd float %266, %282
  %291 = fadd float %283, %287
  %292 = fadd float %284, %288
  %293 = fadd float %285, %289
  %294 = fadd float %286, %290
  %295 = fadd float %291, %293
  %296 = fadd float %292, %294
  %297 = fadd float %295, %296
  %298 = mul nsw i64 %i120, 288
  %299 = mul nsw i64 %i125, 36
  %300 = add nsw i64 %298, %299
  %301 = mul nsw i64 %i130, 6
  %302 = add nsw i64 %300, %301
  %303 = add nsw i64 %302, %i135
  %304 = getelementptr inbounds float, ptr %20, i64 %303
  store float %297, ptr %304, align 4, !alias.scope !171, !noalias !172
  br label %latch133

loop141:                                          ; preds = %latch143, %exit119
  %i145 = phi i64 [ %i, %exit119 ], [ %306, %latch143 ]
  %305 = icmp slt i64 %i145, %212
  br i1 %305, label %body142, label %exit144

body142:                                          ; preds = %loop141
  br label %loop146

latch143:                                         ; preds = %exit149
  %306 = add nsw i64 %i145, 1
  br label %loop141

exit144:                                          ; preds = %loop141
  br label %latch

loop146:                                          ; preds = %latch148, %body142
  %i150 = phi i64 [ 0, %body142 ], [ %328, %latch148 ]
  %307 = icmp slt i64 %i150, 288
  br i1 %307, label %body147, label %exit149

body147:                                          ; preds = %loop146
  %308 = mul nsw i64 %i145, 288
  %309 = add nsw i64 %308, %i150
  %310 = urem i64 %309, 6
  %311 = udiv i64 %309, 6
  %312 = urem i64 %311, 6
  %313 = udiv i64 %311, 6
  %314 = urem i64 %313, 8
  %315 = udiv i64 %313, 8
  %316 = mul nsw i64 %315, 288
  %317 = mul nsw i64 %314, 36
  %318 = add nsw i64 %316, %317
  %319 = mul nsw i64 %312, 6
  %320 = add nsw i64 %318, %319
  %321 = add nsw i64 %320, %310
  %322 = sub i64 %321, %25
  %323 = getelementptr inbounds float, ptr %4, i64 %322
  %324 = load float, ptr %323, align 4
  %325 = mul nsw i64 %i145, 288
  %326 = add nsw i64 %325, %i150
  %327 = getelementptr inbounds float, ptr %22, i64 %326
  store float %324, ptr %327, align 4, !alias.scope !173, !noalias !174
  br label %latch148

latch148:                                         ; preds = %body147
  %328 = add nsw i64 %i150, 1
  br label %loop146, !llvm.loop !175

exit149:                                          ; preds = %loop146
  br label %latch143
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.rows8(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [10 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca float, align 16
  %6 = alloca <16 x float>, align 16
  %7 = alloca [1 x <16 x float>], align 16
  %8 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %9 = getelementptr inbounds ptr, ptr %0, i64 0
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 1
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 2
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 3
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 4
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds ptr, ptr %0, i64 5
  %20 = load ptr, ptr %19, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %25, %latch ]
  %21 = icmp slt i64 %i, %2
  br i1 %21, label %body, label %exit

body:                                             ; preds = %loop
  %22 = mul nsw i64 %i, 10
  %23 = mul nsw i64 %i, 1
  %24 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit44
  %25 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %27, %latch3 ]
  %26 = icmp slt i64 %i5, %24
  br i1 %26, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %27 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %28 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %41, %latch8 ]
  %29 = icmp slt i64 %i10, 10
  br i1 %29, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %30 = mul nsw i64 %i5, 10
  %31 = add nsw i64 %30, %i10
  %32 = getelementptr inbounds float, ptr %10, i64 %31
  %33 = load float, ptr %32, align 4, !alias.scope !176, !noalias !179
  %34 = getelementptr inbounds float, ptr %12, i64 %i10
  %35 = load float, ptr %34, align 4, !alias.scope !184, !noalias !179
  %36 = fadd float %33, %35
  %37 = mul nsw i64 %i5, 10
  %38 = add nsw i64 %37, %i10
  %39 = sub i64 %38, %22
  %40 = getelementptr inbounds float, ptr %3, i64 %39
  store float %36, ptr %40, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %41 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !186

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %43, %latch13 ]
  %42 = icmp slt i64 %i15, %28
  br i1 %42, label %body12, label %exit14

body12:                                           ; preds = %loop11
  store float 0xFFF0000000000000, ptr %5, align 4
  br label %loop16

latch13:                                          ; preds = %exit19
  %43 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %44 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %53, %latch18 ]
  %45 = icmp slt i64 %i20, 10
  br i1 %45, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %46 = load float, ptr %5, align 4
  %47 = mul nsw i64 %i15, 10
  %48 = add nsw i64 %47, %i20
  %49 = sub i64 %48, %22
  %50 = getelementptr inbounds float, ptr %3, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = call float @llvm.maximum.f32(float %46, float %51)
  store float %52, ptr %5, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %53 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !187

exit19:                                           ; preds = %loop16
  %54 = load float, ptr %5, align 4
  %55 = sub i64 %i15, %23
  %56 = getelementptr inbounds float, ptr %4, i64 %55
  store float %54, ptr %56, align 4
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %58, %latch23 ]
  %57 = icmp slt i64 %i25, %44
  br i1 %57, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %58 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %59 = add nsw i64 %i, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %75, %latch28 ]
  %60 = icmp slt i64 %i30, 10
  br i1 %60, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %61 = mul nsw i64 %i25, 10
  %62 = add nsw i64 %61, %i30
  %63 = sub i64 %62, %22
  %64 = getelementptr inbounds float, ptr %3, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = sub i64 %i25, %23
  %67 = getelementptr inbounds float, ptr %4, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = fsub float %65, %68
  %70 = mul nsw i64 %i25, 10
  %71 = add nsw i64 %70, %i30
  %72 = getelementptr inbounds float, ptr %14, i64 %71
  store float %69, ptr %72, align 4, !alias.scope !188, !noalias !189
  %73 = call float @expf(float %69) #4
  %74 = getelementptr inbounds float, ptr %16, i64 %71
  store float %73, ptr %74, align 4, !alias.scope !190, !noalias !191
  br label %latch28

latch28:                                          ; preds = %body27
  %75 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !192

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %i, %exit24 ], [ %83, %latch33 ]
  %76 = icmp slt i64 %i35, %59
  br i1 %76, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %77 = getelementptr inbounds float, ptr %8, i64 10
  store float -0.000000e+00, ptr %77, align 4
  %78 = getelementptr inbounds float, ptr %8, i64 11
  store float -0.000000e+00, ptr %78, align 4
  %79 = getelementptr inbounds float, ptr %8, i64 12
  store float -0.000000e+00, ptr %79, align 4
  %80 = getelementptr inbounds float, ptr %8, i64 13
  store float -0.000000e+00, ptr %80, align 4
  %81 = getelementptr inbounds float, ptr %8, i64 14
  store float -0.000000e+00, ptr %81, align 4
  %82 = getelementptr inbounds float, ptr %8, i64 15
  store float -0.000000e+00, ptr %82, align 4
  br label %loop36

latch33:                                          ; preds = %exit39
  %83 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  %84 = add nsw i64 %i, 1
  %85 = mul nsw i64 %i, 1
  %86 = mul nsw i64 %84, 1
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %94, %latch38 ]
  %87 = icmp slt i64 %i40, 10
  br i1 %87, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %88 = mul nsw i64 %i35, 10
  %89 = add nsw i64 %88, %i40
  %90 = getelementptr inbounds float, ptr %16, i64 %89
  %91 = load float, ptr %90, align 4, !alias.scope !190, !noalias !191
  %92 = sub i64 %i40, 0
  %93 = getelementptr inbounds float, ptr %8, i64 %92
  store float %91, ptr %93, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %94 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !193

exit39:                                           ; preds = %loop36
  %95 = getelementptr inbounds <16 x float>, ptr %8, i64 0
  %96 = load <16 x float>, ptr %95, align 4
  store <16 x float> %96, ptr %6, align 4
  %97 = getelementptr inbounds float, ptr %6, i64 0
  %98 = load float, ptr %97, align 4
  %99 = getelementptr inbounds float, ptr %6, i64 1
  %100 = load float, ptr %99, align 4
  %101 = getelementptr inbounds float, ptr %6, i64 2
  %102 = load float, ptr %101, align 4
  %103 = getelementptr inbounds float, ptr %6, i64 3
  %104 = load float, ptr %103, align 4
  %105 = getelementptr inbounds float, ptr %6, i64 4
  %106 = load float, ptr %105, align 4
  %107 = getelementptr inbounds float, ptr %6, i64 5
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %6, i64 6
  %110 = load float, ptr %109, align 4
  %111 = getelementptr inbounds float, ptr %6, i64 7
  %112 = load float, ptr %111, align 4
  %113 = getelementptr inbounds float, ptr %6, i64 8
  %114 = load float, ptr %113, align 4
  %115 = getelementptr inbounds float, ptr %6, i64 9
  %116 = load float, ptr %115, align 4
  %117 = getelementptr inbounds float, ptr %6, i64 10
  %118 = load float, ptr %117, align 4
  %119 = getelementptr inbounds float, ptr %6, i64 11
  %120 = load float, ptr %119, align 4
  %121 = getelementptr inbounds float, ptr %6, i64 12
  %122 = load float, ptr %121, align 4
  %123 = getelementptr inbounds float, ptr %6, i64 13
  %124 = load float, ptr %123, align 4
  %125 = getelementptr inbounds float, ptr %6, i64 14
  %126 = load float, ptr %125, align 4
  %127 = getelementptr inbounds float, ptr %6, i64 15
  %128 = load float, ptr %127, align 4
  %129 = fadd float %98, %114
  %130 = fadd float %100, %116
  %131 = fadd float %102, %118
  %132 = fadd float %104, %120
  %133 = fadd float %106, %122
  %134 = fadd float %108, %124
  %135 = fadd float %110, %126
  %136 = fadd float %112, %128
  %137 = fadd float %129, %133
  %138 = fadd float %130, %134
  %139 = fadd float %131, %135
  %140 = fadd float %132, %136
  %141 = fadd float %137, %139
  %142 = fadd float %138, %140
  %143 = fadd float %141, %142
  %144 = getelementptr inbounds float, ptr %18, i64 %i35
  store float %143, ptr %144, align 4, !alias.scope !194, !noalias !195
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ %85, %exit34 ], [ %150, %latch43 ]
  %145 = icmp slt i64 %i45, %86
  br i1 %145, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %146 = getelementptr inbounds float, ptr %18, i64 %i45
  %147 = load float, ptr %146, align 4, !alias.scope !194, !noalias !195
  %148 = call float @logf(float %147) #5
  %149 = getelementptr inbounds float, ptr %20, i64 %i45
  store float %148, ptr %149, align 4, !alias.scope !196, !noalias !197
  br label %latch43

latch43:                                          ; preds = %body42
  %150 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !198

exit44:                                           ; preds = %loop41
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k15(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %8, %latch ]
  %7 = icmp slt i64 %i, 32
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %8 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %13, %latch3 ]
  %9 = icmp slt i64 %i5, 10
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = mul nsw i64 %i, 10
  %11 = add nsw i64 %10, %i5
  %12 = getelementptr inbounds float, ptr %6, i64 %11
  store float 0.000000e+00, ptr %12, align 4, !alias.scope !199
  br label %latch3

latch3:                                           ; preds = %body2
  %13 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %28, %latch8 ]
  %14 = icmp slt i64 %i10, 32
  br i1 %14, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %15 = getelementptr inbounds i32, ptr %4, i64 %i10
  %16 = load i32, ptr %15, align 4, !alias.scope !202, !noalias !199
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = icmp sgt i64 %19, 9
  %21 = select i1 %20, i64 9, i64 %19
  %22 = mul nsw i64 %i10, 10
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %6, i64 %23
  %25 = load float, ptr %24, align 4, !alias.scope !199
  %26 = fadd float %25, -3.125000e-02
  %27 = getelementptr inbounds float, ptr %6, i64 %23
  store float %26, ptr %27, align 4, !alias.scope !199
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.rows16(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca <16 x float>, align 16
  %6 = alloca [1 x <16 x float>], align 16
  %7 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %8 = getelementptr inbounds ptr, ptr %0, i64 0
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds ptr, ptr %0, i64 1
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 2
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds ptr, ptr %0, i64 3
  %15 = load ptr, ptr %14, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %20, %latch ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul nsw i64 %i, 1
  %18 = mul nsw i64 %i, 1
  %19 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit19
  %20 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %28, %latch3 ]
  %21 = icmp slt i64 %i5, %19
  br i1 %21, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %22 = getelementptr inbounds float, ptr %7, i64 10
  store float -0.000000e+00, ptr %22, align 4
  %23 = getelementptr inbounds float, ptr %7, i64 11
  store float -0.000000e+00, ptr %23, align 4
  %24 = getelementptr inbounds float, ptr %7, i64 12
  store float -0.000000e+00, ptr %24, align 4
  %25 = getelementptr inbounds float, ptr %7, i64 13
  store float -0.000000e+00, ptr %25, align 4
  %26 = getelementptr inbounds float, ptr %7, i64 14
  store float -0.000000e+00, ptr %26, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 15
  store float -0.000000e+00, ptr %27, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %28 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %29 = add nsw i64 %i, 1
  %30 = mul nsw i64 %i, 1
  %31 = mul nsw i64 %29, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %40, %latch8 ]
  %32 = icmp slt i64 %i10, 10
  br i1 %32, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %33 = mul nsw i64 %i5, 10
  %34 = add nsw i64 %33, %i10
  %35 = getelementptr inbounds float, ptr %9, i64 %34
  %36 = load float, ptr %35, align 4, !alias.scope !204, !noalias !207
  %37 = fneg float %36
  %38 = sub i64 %i10, 0
  %39 = getelementptr inbounds float, ptr %7, i64 %38
  store float %37, ptr %39, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %40 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !209

exit9:                                            ; preds = %loop6
  %41 = getelementptr inbounds <16 x float>, ptr %7, i64 0
  %42 = load <16 x float>, ptr %41, align 4
  store <16 x float> %42, ptr %5, align 4
  %43 = getelementptr inbounds float, ptr %5, i64 0
  %44 = load float, ptr %43, align 4
  %45 = getelementptr inbounds float, ptr %5, i64 1
  %46 = load float, ptr %45, align 4
  %47 = getelementptr inbounds float, ptr %5, i64 2
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %5, i64 3
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %5, i64 4
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %5, i64 5
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %5, i64 6
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %5, i64 7
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %5, i64 8
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds float, ptr %5, i64 9
  %62 = load float, ptr %61, align 4
  %63 = getelementptr inbounds float, ptr %5, i64 10
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %5, i64 11
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %5, i64 12
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %5, i64 13
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %5, i64 14
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %5, i64 15
  %74 = load float, ptr %73, align 4
  %75 = fadd float %44, %60
  %76 = fadd float %46, %62
  %77 = fadd float %48, %64
  %78 = fadd float %50, %66
  %79 = fadd float %52, %68
  %80 = fadd float %54, %70
  %81 = fadd float %56, %72
  %82 = fadd float %58, %74
  %83 = fadd float %75, %79
  %84 = fadd float %76, %80
  %85 = fadd float %77, %81
  %86 = fadd float %78, %82
  %87 = fadd float %83, %85
  %88 = fadd float %84, %86
  %89 = fadd float %87, %88
  %90 = sub i64 %i5, %17
  %91 = getelementptr inbounds float, ptr %3, i64 %90
  store float %89, ptr %91, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %30, %exit4 ], [ %101, %latch13 ]
  %92 = icmp slt i64 %i15, %31
  br i1 %92, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %93 = sub i64 %i15, %17
  %94 = getelementptr inbounds float, ptr %3, i64 %93
  %95 = load float, ptr %94, align 4
  %96 = getelementptr inbounds float, ptr %11, i64 %i15
  %97 = load float, ptr %96, align 4, !alias.scope !210, !noalias !207
  %98 = fdiv float %95, %97
  %99 = sub i64 %i15, %18
  %100 = getelementptr inbounds float, ptr %4, i64 %99
  store float %98, ptr %100, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %101 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !212

exit14:                                           ; preds = %loop11
  %102 = add nsw i64 %i, 1
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ %i, %exit14 ], [ %104, %latch18 ]
  %103 = icmp slt i64 %i20, %102
  br i1 %103, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %104 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %122, %latch23 ]
  %105 = icmp slt i64 %i25, 10
  br i1 %105, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %106 = mul nsw i64 %i20, 10
  %107 = add nsw i64 %106, %i25
  %108 = getelementptr inbounds float, ptr %9, i64 %107
  %109 = load float, ptr %108, align 4, !alias.scope !204, !noalias !207
  %110 = sub i64 %i20, %18
  %111 = getelementptr inbounds float, ptr %4, i64 %110
  %112 = load float, ptr %111, align 4
  %113 = mul nsw i64 %i20, 10
  %114 = add nsw i64 %113, %i25
  %115 = getelementptr inbounds float, ptr %13, i64 %114
  %116 = load float, ptr %115, align 4, !alias.scope !213, !noalias !207
  %117 = fmul float %112, %116
  %118 = fadd float %109, %117
  %119 = mul nsw i64 %i20, 10
  %120 = add nsw i64 %119, %i25
  %121 = getelementptr inbounds float, ptr %15, i64 %120
  store float %118, ptr %121, align 4, !alias.scope !207
  br label %latch23

latch23:                                          ; preds = %body22
  %122 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !215

exit24:                                           ; preds = %loop21
  br label %latch18
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k19(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [320 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds float, ptr %3, i64 160
  br label %loop

planes.done:                                      ; preds = %exit
  ret i32 0

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %15, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = urem i64 %i, 1
  %11 = mul nsw i64 %10, 10
  %12 = sub i64 10, %11
  %13 = icmp slt i64 %12, 10
  %14 = select i1 %13, i64 %12, i64 10
  br label %loop1

latch:                                            ; preds = %exit54
  %15 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !216

exit:                                             ; preds = %loop
  br label %planes.done

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %16 = icmp slt i64 %i5, 16
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !217

exit4:                                            ; preds = %loop1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %35, %latch8 ]
  %18 = icmp slt i64 %i10, %14
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %19 = add nsw i64 0, %i5
  %20 = add nsw i64 %11, %i10
  %21 = mul nsw i64 %19, 10
  %22 = add nsw i64 %21, %20
  %23 = getelementptr inbounds float, ptr %5, i64 %22
  %24 = load float, ptr %23, align 4, !alias.scope !218, !noalias !221
  %25 = add nsw i64 16, %i5
  %26 = add nsw i64 %11, %i10
  %27 = mul nsw i64 %25, 10
  %28 = add nsw i64 %27, %26
  %29 = getelementptr inbounds float, ptr %5, i64 %28
  %30 = load float, ptr %29, align 4, !alias.scope !218, !noalias !221
  %31 = fadd float %24, %30
  %32 = mul nsw i64 %i5, 10
  %33 = add nsw i64 %32, %i10
  %34 = getelementptr inbounds float, ptr %8, i64 %33
  store float %31, ptr %34, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %35 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !223

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ 0, %exit4 ], [ %37, %latch13 ]
  %36 = icmp slt i64 %i15, 8
  br i1 %36, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %37 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !224

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %52, %latch18 ]
  %38 = icmp slt i64 %i20, %14
  br i1 %38, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %39 = mul nsw i64 %i15, 10
  %40 = add nsw i64 %39, %i20
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4
  %43 = add nsw i64 %i15, 8
  %44 = mul nsw i64 %43, 10
  %45 = add nsw i64 %44, %i20
  %46 = getelementptr inbounds float, ptr %8, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = fadd float %42, %47
  %49 = mul nsw i64 %i15, 10
  %50 = add nsw i64 %49, %i20
  %51 = getelementptr inbounds float, ptr %8, i64 %50
  store float %48, ptr %51, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %52 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !225

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %54, %latch23 ]
  %53 = icmp slt i64 %i25, 4
  br i1 %53, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %54 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !226

exit24:                                           ; preds = %loop21
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %69, %latch28 ]
  %55 = icmp slt i64 %i30, %14
  br i1 %55, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %56 = mul nsw i64 %i25, 10
  %57 = add nsw i64 %56, %i30
  %58 = getelementptr inbounds float, ptr %8, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = add nsw i64 %i25, 4
  %61 = mul nsw i64 %60, 10
  %62 = add nsw i64 %61, %i30
  %63 = getelementptr inbounds float, ptr %8, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = fadd float %59, %64
  %66 = mul nsw i64 %i25, 10
  %67 = add nsw i64 %66, %i30
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  store float %65, ptr %68, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %69 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !227

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ 0, %exit24 ], [ %71, %latch33 ]
  %70 = icmp slt i64 %i35, 2
  br i1 %70, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %71 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !228

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %86, %latch38 ]
  %72 = icmp slt i64 %i40, %14
  br i1 %72, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %73 = mul nsw i64 %i35, 10
  %74 = add nsw i64 %73, %i40
  %75 = getelementptr inbounds float, ptr %8, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = add nsw i64 %i35, 2
  %78 = mul nsw i64 %77, 10
  %79 = add nsw i64 %78, %i40
  %80 = getelementptr inbounds float, ptr %8, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = fadd float %76, %81
  %83 = mul nsw i64 %i35, 10
  %84 = add nsw i64 %83, %i40
  %85 = getelementptr inbounds float, ptr %8, i64 %84
  store float %82, ptr %85, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %86 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !229

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 0, %exit34 ], [ %88, %latch43 ]
  %87 = icmp slt i64 %i45, 1
  br i1 %87, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %88 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !230

exit44:                                           ; preds = %loop41
  br label %loop51

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %103, %latch48 ]
  %89 = icmp slt i64 %i50, %14
  br i1 %89, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %90 = mul nsw i64 %i45, 10
  %91 = add nsw i64 %90, %i50
  %92 = getelementptr inbounds float, ptr %8, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = add nsw i64 %i45, 1
  %95 = mul nsw i64 %94, 10
  %96 = add nsw i64 %95, %i50
  %97 = getelementptr inbounds float, ptr %8, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = fadd float %93, %98
  %100 = mul nsw i64 %i45, 10
  %101 = add nsw i64 %100, %i50
  %102 = getelementptr inbounds float, ptr %8, i64 %101
  store float %99, ptr %102, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %103 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !231

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %exit44
  %i55 = phi i64 [ 0, %exit44 ], [ %110, %latch53 ]
  %104 = icmp slt i64 %i55, %14
  br i1 %104, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %105 = add nsw i64 %11, %i55
  %106 = add nsw i64 0, %i55
  %107 = getelementptr inbounds float, ptr %8, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %7, i64 %105
  store float %108, ptr %109, align 4, !alias.scope !221
  br label %latch53

latch53:                                          ; preds = %body52
  %110 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !232

exit54:                                           ; preds = %loop51
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k20(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ 0, %start ], [ %16, %latch ]
  %9 = icmp slt i64 %i, 1
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = mul nsw i64 %i, 9216
  %11 = getelementptr inbounds float, ptr %4, i64 %10
  %12 = mul nsw i64 %i, 320
  %13 = getelementptr inbounds float, ptr %6, i64 %12
  %14 = mul nsw i64 %i, 2880
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  call void @cblas_sgemm(i32 101, i32 112, i32 111, i32 288, i32 10, i32 32, float 1.000000e+00, ptr %11, i32 288, ptr %13, i32 10, float 0.000000e+00, ptr %15, i32 10)
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @forward_and_grad.k21(ptr %0, i64 %1, i64 %2) #3 {
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
  %i = phi i64 [ 0, %start ], [ %16, %latch ]
  %9 = icmp slt i64 %i, 1
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = mul nsw i64 %i, 320
  %11 = getelementptr inbounds float, ptr %4, i64 %10
  %12 = mul nsw i64 %i, 2880
  %13 = getelementptr inbounds float, ptr %6, i64 %12
  %14 = mul nsw i64 %i, 9216
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  call void @cblas_sgemm(i32 101, i32 111, i32 112, i32 32, i32 288, i32 10, float 1.000000e+00, ptr %11, i32 10, ptr %13, i32 10, float 0.000000e+00, ptr %15, i32 288)
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k22(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = getelementptr inbounds ptr, ptr %0, i64 4
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 5
  %14 = load ptr, ptr %13, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %16, %latch ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %16 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %18, %latch3 ]
  %17 = icmp slt i64 %i5, 1
  br i1 %17, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %18 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %20, %latch8 ]
  %19 = icmp slt i64 %i10, 8
  br i1 %19, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %20 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %22, %latch13 ]
  %21 = icmp slt i64 %i15, 12
  br i1 %21, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %22 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %110, %latch18 ]
  %23 = icmp slt i64 %i20, 12
  br i1 %23, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %24 = mul nsw i64 %i, 1152
  %25 = mul nsw i64 %i5, 1152
  %26 = add nsw i64 %24, %25
  %27 = mul nsw i64 %i10, 144
  %28 = add nsw i64 %26, %27
  %29 = mul nsw i64 %i15, 12
  %30 = add nsw i64 %28, %29
  %31 = add nsw i64 %30, %i20
  %32 = urem i64 %31, 2
  %33 = udiv i64 %31, 2
  %34 = urem i64 %33, 6
  %35 = udiv i64 %33, 6
  %36 = urem i64 %35, 2
  %37 = udiv i64 %35, 2
  %38 = urem i64 %37, 6
  %39 = udiv i64 %37, 6
  %40 = urem i64 %39, 8
  %41 = udiv i64 %39, 8
  %42 = mul nsw i64 %41, 288
  %43 = mul nsw i64 %40, 36
  %44 = add nsw i64 %42, %43
  %45 = mul nsw i64 %38, 6
  %46 = add nsw i64 %44, %45
  %47 = add nsw i64 %46, %34
  %48 = urem i64 %47, 288
  %49 = udiv i64 %47, 288
  %50 = mul nsw i64 %49, 288
  %51 = add nsw i64 %50, %48
  %52 = getelementptr inbounds float, ptr %4, i64 %51
  %53 = load float, ptr %52, align 4, !alias.scope !233, !noalias !236
  %54 = mul nsw i64 %41, 1152
  %55 = mul nsw i64 %40, 144
  %56 = add nsw i64 %54, %55
  %57 = mul nsw i64 %38, 24
  %58 = add nsw i64 %56, %57
  %59 = mul nsw i64 %36, 12
  %60 = add nsw i64 %58, %59
  %61 = mul nsw i64 %34, 2
  %62 = add nsw i64 %60, %61
  %63 = add nsw i64 %62, %32
  %64 = getelementptr inbounds float, ptr %6, i64 %63
  %65 = load float, ptr %64, align 4, !alias.scope !238, !noalias !236
  %66 = mul nsw i64 %41, 288
  %67 = mul nsw i64 %40, 36
  %68 = add nsw i64 %66, %67
  %69 = mul nsw i64 %38, 6
  %70 = add nsw i64 %68, %69
  %71 = add nsw i64 %70, %34
  %72 = getelementptr inbounds float, ptr %8, i64 %71
  %73 = load float, ptr %72, align 4, !alias.scope !240, !noalias !236
  %74 = fdiv float %65, %73
  %75 = fmul float %53, %74
  %76 = mul nsw i64 %i, 1152
  %77 = mul nsw i64 %i5, 1152
  %78 = add nsw i64 %76, %77
  %79 = mul nsw i64 %i10, 144
  %80 = add nsw i64 %78, %79
  %81 = mul nsw i64 %i15, 12
  %82 = add nsw i64 %80, %81
  %83 = add nsw i64 %82, %i20
  %84 = getelementptr inbounds float, ptr %10, i64 %83
  %85 = load float, ptr %84, align 4, !alias.scope !242, !noalias !236
  %86 = mul nsw i64 %i, 1152
  %87 = mul nsw i64 %i5, 1152
  %88 = add nsw i64 %86, %87
  %89 = mul nsw i64 %i10, 144
  %90 = add nsw i64 %88, %89
  %91 = mul nsw i64 %i15, 12
  %92 = add nsw i64 %90, %91
  %93 = add nsw i64 %92, %i20
  %94 = getelementptr inbounds float, ptr %12, i64 %93
  %95 = load float, ptr %94, align 4, !alias.scope !244, !noalias !236
  %96 = fcmp oeq float %85, %95
  %97 = fcmp oeq float 0.000000e+00, %95
  %98 = select i1 %97, float 5.000000e-01, float 1.000000e+00
  %99 = select i1 %96, float %98, float 0.000000e+00
  %100 = fmul float %75, %99
  %101 = mul nsw i64 %i, 1152
  %102 = mul nsw i64 %i5, 1152
  %103 = add nsw i64 %101, %102
  %104 = mul nsw i64 %i10, 144
  %105 = add nsw i64 %103, %104
  %106 = mul nsw i64 %i15, 12
  %107 = add nsw i64 %105, %106
  %108 = add nsw i64 %107, %i20
  %109 = getelementptr inbounds float, ptr %14, i64 %108
  store float %100, ptr %109, align 4, !alias.scope !236
  br label %latch18

latch18:                                          ; preds = %body17
  %110 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !246

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k23(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [384 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds float, ptr %3, i64 192
  br label %loop

planes.done:                                      ; preds = %exit
  ret i32 0

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %20, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = udiv i64 %i, 1
  %11 = urem i64 %10, 12
  %12 = udiv i64 %10, 12
  %13 = urem i64 %12, 8
  %14 = udiv i64 %12, 8
  %15 = urem i64 %i, 1
  %16 = mul nsw i64 %15, 12
  %17 = sub i64 12, %16
  %18 = icmp slt i64 %17, 12
  %19 = select i1 %18, i64 %17, i64 12
  br label %loop1

latch:                                            ; preds = %exit54
  %20 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !247

exit:                                             ; preds = %loop
  br label %planes.done

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %22, %latch3 ]
  %21 = icmp slt i64 %i5, 16
  br i1 %21, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !248

exit4:                                            ; preds = %loop1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %50, %latch8 ]
  %23 = icmp slt i64 %i10, %19
  br i1 %23, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %24 = add nsw i64 0, %i5
  %25 = add nsw i64 %16, %i10
  %26 = mul nsw i64 %24, 1152
  %27 = add nsw i64 %26, 0
  %28 = mul nsw i64 %13, 144
  %29 = add nsw i64 %27, %28
  %30 = mul nsw i64 %11, 12
  %31 = add nsw i64 %29, %30
  %32 = add nsw i64 %31, %25
  %33 = getelementptr inbounds float, ptr %5, i64 %32
  %34 = load float, ptr %33, align 4, !alias.scope !249, !noalias !252
  %35 = add nsw i64 16, %i5
  %36 = add nsw i64 %16, %i10
  %37 = mul nsw i64 %35, 1152
  %38 = add nsw i64 %37, 0
  %39 = mul nsw i64 %13, 144
  %40 = add nsw i64 %38, %39
  %41 = mul nsw i64 %11, 12
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %36
  %44 = getelementptr inbounds float, ptr %5, i64 %43
  %45 = load float, ptr %44, align 4, !alias.scope !249, !noalias !252
  %46 = fadd float %34, %45
  %47 = mul nsw i64 %i5, 12
  %48 = add nsw i64 %47, %i10
  %49 = getelementptr inbounds float, ptr %8, i64 %48
  store float %46, ptr %49, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %50 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !254

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ 0, %exit4 ], [ %52, %latch13 ]
  %51 = icmp slt i64 %i15, 8
  br i1 %51, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %52 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !255

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %67, %latch18 ]
  %53 = icmp slt i64 %i20, %19
  br i1 %53, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %54 = mul nsw i64 %i15, 12
  %55 = add nsw i64 %54, %i20
  %56 = getelementptr inbounds float, ptr %8, i64 %55
  %57 = load float, ptr %56, align 4
  %58 = add nsw i64 %i15, 8
  %59 = mul nsw i64 %58, 12
  %60 = add nsw i64 %59, %i20
  %61 = getelementptr inbounds float, ptr %8, i64 %60
  %62 = load float, ptr %61, align 4
  %63 = fadd float %57, %62
  %64 = mul nsw i64 %i15, 12
  %65 = add nsw i64 %64, %i20
  %66 = getelementptr inbounds float, ptr %8, i64 %65
  store float %63, ptr %66, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %67 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !256

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %69, %latch23 ]
  %68 = icmp slt i64 %i25, 4
  br i1 %68, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %69 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !257

exit24:                                           ; preds = %loop21
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %84, %latch28 ]
  %70 = icmp slt i64 %i30, %19
  br i1 %70, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %71 = mul nsw i64 %i25, 12
  %72 = add nsw i64 %71, %i30
  %73 = getelementptr inbounds float, ptr %8, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = add nsw i64 %i25, 4
  %76 = mul nsw i64 %75, 12
  %77 = add nsw i64 %76, %i30
  %78 = getelementptr inbounds float, ptr %8, i64 %77
  %79 = load float, ptr %78, align 4
  %80 = fadd float %74, %79
  %81 = mul nsw i64 %i25, 12
  %82 = add nsw i64 %81, %i30
  %83 = getelementptr inbounds float, ptr %8, i64 %82
  store float %80, ptr %83, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %84 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !258

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ 0, %exit24 ], [ %86, %latch33 ]
  %85 = icmp slt i64 %i35, 2
  br i1 %85, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %86 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !259

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %101, %latch38 ]
  %87 = icmp slt i64 %i40, %19
  br i1 %87, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %88 = mul nsw i64 %i35, 12
  %89 = add nsw i64 %88, %i40
  %90 = getelementptr inbounds float, ptr %8, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = add nsw i64 %i35, 2
  %93 = mul nsw i64 %92, 12
  %94 = add nsw i64 %93, %i40
  %95 = getelementptr inbounds float, ptr %8, i64 %94
  %96 = load float, ptr %95, align 4
  %97 = fadd float %91, %96
  %98 = mul nsw i64 %i35, 12
  %99 = add nsw i64 %98, %i40
  %100 = getelementptr inbounds float, ptr %8, i64 %99
  store float %97, ptr %100, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %101 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !260

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 0, %exit34 ], [ %103, %latch43 ]
  %102 = icmp slt i64 %i45, 1
  br i1 %102, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %103 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !261

exit44:                                           ; preds = %loop41
  br label %loop51

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %118, %latch48 ]
  %104 = icmp slt i64 %i50, %19
  br i1 %104, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %105 = mul nsw i64 %i45, 12
  %106 = add nsw i64 %105, %i50
  %107 = getelementptr inbounds float, ptr %8, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = add nsw i64 %i45, 1
  %110 = mul nsw i64 %109, 12
  %111 = add nsw i64 %110, %i50
  %112 = getelementptr inbounds float, ptr %8, i64 %111
  %113 = load float, ptr %112, align 4
  %114 = fadd float %108, %113
  %115 = mul nsw i64 %i45, 12
  %116 = add nsw i64 %115, %i50
  %117 = getelementptr inbounds float, ptr %8, i64 %116
  store float %114, ptr %117, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %118 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !262

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %exit44
  %i55 = phi i64 [ 0, %exit44 ], [ %130, %latch53 ]
  %119 = icmp slt i64 %i55, %19
  br i1 %119, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %120 = add nsw i64 %16, %i55
  %121 = mul nsw i64 %13, 144
  %122 = add nsw i64 0, %121
  %123 = mul nsw i64 %11, 12
  %124 = add nsw i64 %122, %123
  %125 = add nsw i64 %124, %120
  %126 = add nsw i64 0, %i55
  %127 = getelementptr inbounds float, ptr %8, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = getelementptr inbounds float, ptr %7, i64 %125
  store float %128, ptr %129, align 4, !alias.scope !252
  br label %latch53

latch53:                                          ; preds = %body52
  %130 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !263

exit54:                                           ; preds = %loop51
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k24(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %11, %latch ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit14
  %11 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %15, %latch3 ]
  %12 = icmp slt i64 %i5, 1
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %13 = mul nsw i64 %i5, 128
  %14 = add nsw i64 %13, 16
  br label %loop6

latch3:                                           ; preds = %merge.done
  %15 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ %13, %body2 ], [ %121, %latch8 ]
  %16 = icmp slt i64 %i10, %14
  br i1 %16, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %17 = urem i64 %i10, 12
  %18 = udiv i64 %i10, 12
  %19 = urem i64 %18, 12
  %20 = udiv i64 %18, 12
  %21 = mul nsw i64 %i, 144
  %22 = add nsw i64 0, %21
  %23 = mul nsw i64 %19, 12
  %24 = add nsw i64 %22, %23
  %25 = add nsw i64 %24, %17
  %26 = getelementptr inbounds float, ptr %7, i64 %25
  %27 = load float, ptr %26, align 4, !alias.scope !264, !noalias !267
  %28 = add nsw i64 %i10, 16
  %29 = urem i64 %28, 12
  %30 = udiv i64 %28, 12
  %31 = urem i64 %30, 12
  %32 = udiv i64 %30, 12
  %33 = mul nsw i64 %i, 144
  %34 = add nsw i64 0, %33
  %35 = mul nsw i64 %31, 12
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %29
  %38 = getelementptr inbounds float, ptr %7, i64 %37
  %39 = load float, ptr %38, align 4, !alias.scope !264, !noalias !267
  %40 = add nsw i64 %i10, 32
  %41 = urem i64 %40, 12
  %42 = udiv i64 %40, 12
  %43 = urem i64 %42, 12
  %44 = udiv i64 %42, 12
  %45 = mul nsw i64 %i, 144
  %46 = add nsw i64 0, %45
  %47 = mul nsw i64 %43, 12
  %48 = add nsw i64 %46, %47
  %49 = add nsw i64 %48, %41
  %50 = getelementptr inbounds float, ptr %7, i64 %49
  %51 = load float, ptr %50, align 4, !alias.scope !264, !noalias !267
  %52 = add nsw i64 %i10, 48
  %53 = urem i64 %52, 12
  %54 = udiv i64 %52, 12
  %55 = urem i64 %54, 12
  %56 = udiv i64 %54, 12
  %57 = mul nsw i64 %i, 144
  %58 = add nsw i64 0, %57
  %59 = mul nsw i64 %55, 12
  %60 = add nsw i64 %58, %59
  %61 = add nsw i64 %60, %53
  %62 = getelementptr inbounds float, ptr %7, i64 %61
  %63 = load float, ptr %62, align 4, !alias.scope !264, !noalias !267
  %64 = add nsw i64 %i10, 64
  %65 = urem i64 %64, 12
  %66 = udiv i64 %64, 12
  %67 = urem i64 %66, 12
  %68 = udiv i64 %66, 12
  %69 = mul nsw i64 %i, 144
  %70 = add nsw i64 0, %69
  %71 = mul nsw i64 %67, 12
  %72 = add nsw i64 %70, %71
  %73 = add nsw i64 %72, %65
  %74 = getelementptr inbounds float, ptr %7, i64 %73
  %75 = load float, ptr %74, align 4, !alias.scope !264, !noalias !267
  %76 = add nsw i64 %i10, 80
  %77 = urem i64 %76, 12
  %78 = udiv i64 %76, 12
  %79 = urem i64 %78, 12
  %80 = udiv i64 %78, 12
  %81 = mul nsw i64 %i, 144
  %82 = add nsw i64 0, %81
  %83 = mul nsw i64 %79, 12
  %84 = add nsw i64 %82, %83
  %85 = add nsw i64 %84, %77
  %86 = getelementptr inbounds float, ptr %7, i64 %85
  %87 = load float, ptr %86, align 4, !alias.scope !264, !noalias !267
  %88 = add nsw i64 %i10, 96
  %89 = urem i64 %88, 12
  %90 = udiv i64 %88, 12
  %91 = urem i64 %90, 12
  %92 = udiv i64 %90, 12
  %93 = mul nsw i64 %i, 144
  %94 = add nsw i64 0, %93
  %95 = mul nsw i64 %91, 12
  %96 = add nsw i64 %94, %95
  %97 = add nsw i64 %96, %89
  %98 = getelementptr inbounds float, ptr %7, i64 %97
  %99 = load float, ptr %98, align 4, !alias.scope !264, !noalias !267
  %100 = add nsw i64 %i10, 112
  %101 = urem i64 %100, 12
  %102 = udiv i64 %100, 12
  %103 = urem i64 %102, 12
  %104 = udiv i64 %102, 12
  %105 = mul nsw i64 %i, 144
  %106 = add nsw i64 0, %105
  %107 = mul nsw i64 %103, 12
  %108 = add nsw i64 %106, %107
  %109 = add nsw i64 %108, %101
  %110 = getelementptr inbounds float, ptr %7, i64 %109
  %111 = load float, ptr %110, align 4, !alias.scope !264, !noalias !267
  %112 = fadd float %27, %39
  %113 = fadd float %51, %63
  %114 = fadd float %112, %113
  %115 = fadd float %75, %87
  %116 = fadd float %99, %111
  %117 = fadd float %115, %116
  %118 = fadd float %114, %117
  %119 = sub i64 %i10, %13
  %120 = getelementptr inbounds float, ptr %3, i64 %119
  store float %118, ptr %120, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %121 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !269

exit9:                                            ; preds = %loop6
  br label %merge.test

merge.test:                                       ; preds = %merge, %exit9
  %level = phi i64 [ 0, %exit9 ], [ %129, %merge ]
  %122 = lshr i64 %i5, %level
  %123 = and i64 %122, 1
  %124 = icmp ne i64 %123, 0
  br i1 %124, label %merge, label %merge.done

merge:                                            ; preds = %merge.test
  %125 = getelementptr inbounds <16 x float>, ptr %4, i64 %level
  %126 = load <16 x float>, ptr %125, align 4
  %127 = load <16 x float>, ptr %3, align 4
  %128 = fadd <16 x float> %126, %127
  store <16 x float> %128, ptr %3, align 4
  %129 = add nsw i64 %level, 1
  br label %merge.test

merge.done:                                       ; preds = %merge.test
  %130 = load <16 x float>, ptr %3, align 4
  %131 = getelementptr inbounds <16 x float>, ptr %4, i64 %level
  store <16 x float> %130, ptr %131, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ 128, %exit4 ], [ %146, %latch13 ]
  %132 = icmp slt i64 %i15, 144
  br i1 %132, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %133 = urem i64 %i15, 12
  %134 = udiv i64 %i15, 12
  %135 = urem i64 %134, 12
  %136 = udiv i64 %134, 12
  %137 = mul nsw i64 %i, 144
  %138 = add nsw i64 0, %137
  %139 = mul nsw i64 %135, 12
  %140 = add nsw i64 %138, %139
  %141 = add nsw i64 %140, %133
  %142 = getelementptr inbounds float, ptr %7, i64 %141
  %143 = load float, ptr %142, align 4, !alias.scope !264, !noalias !267
  %144 = sub i64 %i15, 128
  %145 = getelementptr inbounds float, ptr %5, i64 %144
  store float %143, ptr %145, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %146 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !270

exit14:                                           ; preds = %loop11
  %147 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %148 = load <16 x float>, ptr %147, align 4
  %149 = getelementptr inbounds <16 x float>, ptr %4, i64 0
  %150 = load <16 x float>, ptr %149, align 4
  %151 = fadd <16 x float> %150, %148
  store <16 x float> %151, ptr %3, align 4
  %152 = getelementptr inbounds float, ptr %3, i64 0
  %153 = load float, ptr %152, align 4
  %154 = getelementptr inbounds float, ptr %3, i64 1
  %155 = load float, ptr %154, align 4
  %156 = getelementptr inbounds float, ptr %3, i64 2
  %157 = load float, ptr %156, align 4
  %158 = getelementptr inbounds float, ptr %3, i64 3
  %159 = load float, ptr %158, align 4
  %160 = getelementptr inbounds float, ptr %3, i64 4
  %161 = load float, ptr %160, align 4
  %162 = getelementptr inbounds float, ptr %3, i64 5
  %163 = load float, ptr %162, align 4
  %164 = getelementptr inbounds float, ptr %3, i64 6
  %165 = load float, ptr %164, align 4
  %166 = getelementptr inbounds float, ptr %3, i64 7
  %167 = load float, ptr %166, align 4
  %168 = getelementptr inbounds float, ptr %3, i64 8
  %169 = load float, ptr %168, align 4
  %170 = getelementptr inbounds float, ptr %3, i64 9
  %171 = load float, ptr %170, align 4
  %172 = getelementptr inbounds float, ptr %3, i64 10
  %173 = load float, ptr %172, align 4
  %174 = getelementptr inbounds float, ptr %3, i64 11
  %175 = load float, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %3, i64 12
  %177 = load float, ptr %176, align 4
  %178 = getelementptr inbounds float, ptr %3, i64 13
  %179 = load float, ptr %178, align 4
  %180 = getelementptr inbounds float, ptr %3, i64 14
  %181 = load float, ptr %180, align 4
  %182 = getelementptr inbounds float, ptr %3, i64 15
  %183 = load float, ptr %182, align 4
  %184 = fadd float %153, %169
  %185 = fadd float %155, %171
  %186 = fadd float %157, %173
  %187 = fadd float %159, %175
  %188 = fadd float %161, %177
  %189 = fadd float %163, %179
  %190 = fadd float %165, %181
  %191 = fadd float %167, %183
  %192 = fadd float %184, %188
  %193 = fadd float %185, %189
  %194 = fadd float %186, %190
  %195 = fadd float %187, %191
  %196 = fadd float %192, %194
  %197 = fadd float %193, %195
  %198 = fadd float %196, %197
  %199 = getelementptr inbounds float, ptr %9, i64 %i
  store float %198, ptr %199, align 4, !alias.scope !267
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @forward_and_grad.k25(ptr %0, i64 %1, i64 %2) #3 {
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
  %i5 = phi i64 [ 0, %body ], [ %10, %latch3 ]
  %9 = icmp slt i64 %i5, 32
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %10 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %12, %latch8 ]
  %11 = icmp slt i64 %i10, 12
  br i1 %11, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %12 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %38, %latch13 ]
  %13 = icmp slt i64 %i15, 12
  br i1 %13, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %14 = mul nsw i64 %i, 4608
  %15 = mul nsw i64 %i5, 144
  %16 = add nsw i64 %14, %15
  %17 = mul nsw i64 %i10, 12
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i15
  %20 = urem i64 %19, 12
  %21 = udiv i64 %19, 12
  %22 = urem i64 %21, 12
  %23 = udiv i64 %21, 12
  %24 = mul nsw i64 %23, 144
  %25 = add nsw i64 %24, 0
  %26 = mul nsw i64 %22, 12
  %27 = add nsw i64 %25, %26
  %28 = add nsw i64 %27, %20
  %29 = getelementptr inbounds float, ptr %4, i64 %28
  %30 = load float, ptr %29, align 4, !alias.scope !271, !noalias !274
  %31 = mul nsw i64 %i, 4608
  %32 = mul nsw i64 %i5, 144
  %33 = add nsw i64 %31, %32
  %34 = mul nsw i64 %i10, 12
  %35 = add nsw i64 %33, %34
  %36 = add nsw i64 %35, %i15
  %37 = getelementptr inbounds float, ptr %6, i64 %36
  store float %30, ptr %37, align 4, !alias.scope !274
  br label %latch13

latch13:                                          ; preds = %body12
  %38 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !276

exit14:                                           ; preds = %loop11
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k26(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %10, %latch3 ]
  %9 = icmp slt i64 %i5, 32
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %10 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %12, %latch8 ]
  %11 = icmp slt i64 %i10, 12
  br i1 %11, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %12 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %42, %latch13 ]
  %13 = icmp slt i64 %i15, 12
  br i1 %13, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %14 = mul nsw i64 %i5, 1152
  %15 = mul nsw i64 %i, 144
  %16 = add nsw i64 %14, %15
  %17 = mul nsw i64 %i10, 12
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i15
  %20 = urem i64 %19, 12
  %21 = udiv i64 %19, 12
  %22 = urem i64 %21, 12
  %23 = udiv i64 %21, 12
  %24 = urem i64 %23, 8
  %25 = udiv i64 %23, 8
  %26 = mul nsw i64 %25, 1152
  %27 = add nsw i64 %26, 0
  %28 = mul nsw i64 %24, 144
  %29 = add nsw i64 %27, %28
  %30 = mul nsw i64 %22, 12
  %31 = add nsw i64 %29, %30
  %32 = add nsw i64 %31, %20
  %33 = getelementptr inbounds float, ptr %4, i64 %32
  %34 = load float, ptr %33, align 4, !alias.scope !277, !noalias !280
  %35 = mul nsw i64 %i, 4608
  %36 = mul nsw i64 %i5, 144
  %37 = add nsw i64 %35, %36
  %38 = mul nsw i64 %i10, 12
  %39 = add nsw i64 %37, %38
  %40 = add nsw i64 %39, %i15
  %41 = getelementptr inbounds float, ptr %6, i64 %40
  store float %34, ptr %41, align 4, !alias.scope !280
  br label %latch13

latch13:                                          ; preds = %body12
  %42 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !282

exit14:                                           ; preds = %loop11
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k27(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  %9 = call i32 @ftc_rt_conv_f32(ptr %4, ptr %6, ptr %8, ptr @forward_and_grad.k27.conv_desc)
  ret i32 %9
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k28(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %10, %latch3 ]
  %9 = icmp slt i64 %i5, 1
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %10 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %12, %latch8 ]
  %11 = icmp slt i64 %i10, 3
  br i1 %11, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %12 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %40, %latch13 ]
  %13 = icmp slt i64 %i15, 3
  br i1 %13, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %14 = mul nsw i64 %i, 9
  %15 = mul nsw i64 %i5, 9
  %16 = add nsw i64 %14, %15
  %17 = mul nsw i64 %i10, 3
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i15
  %20 = urem i64 %19, 3
  %21 = udiv i64 %19, 3
  %22 = urem i64 %21, 3
  %23 = udiv i64 %21, 3
  %24 = urem i64 %23, 8
  %25 = udiv i64 %23, 8
  %26 = mul nsw i64 %24, 9
  %27 = add nsw i64 0, %26
  %28 = mul nsw i64 %22, 3
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %20
  %31 = getelementptr inbounds float, ptr %4, i64 %30
  %32 = load float, ptr %31, align 4, !alias.scope !283, !noalias !286
  %33 = mul nsw i64 %i, 9
  %34 = mul nsw i64 %i5, 9
  %35 = add nsw i64 %33, %34
  %36 = mul nsw i64 %i10, 3
  %37 = add nsw i64 %35, %36
  %38 = add nsw i64 %37, %i15
  %39 = getelementptr inbounds float, ptr %6, i64 %38
  store float %32, ptr %39, align 4, !alias.scope !286
  br label %latch13

latch13:                                          ; preds = %body12
  %40 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !288

exit14:                                           ; preds = %loop11
  br label %latch8
}

; Function Attrs: nounwind
define i32 @forward_and_grad(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10) #0 {
entry:
  %11 = alloca ptr, align 8
  store ptr null, ptr %11, align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [7 x ptr], align 8
  %14 = alloca [3 x ptr], align 8
  %15 = alloca [6 x ptr], align 8
  %16 = alloca [4 x ptr], align 8
  %17 = alloca [2 x ptr], align 8
  %18 = alloca [2 x ptr], align 8
  %19 = alloca [4 x ptr], align 8
  %20 = alloca [2 x ptr], align 8
  %21 = alloca [3 x ptr], align 8
  %22 = alloca [3 x ptr], align 8
  %23 = alloca [6 x ptr], align 8
  %24 = alloca [2 x ptr], align 8
  %25 = alloca [2 x ptr], align 8
  %26 = alloca [2 x ptr], align 8
  %27 = alloca [2 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [2 x ptr], align 8
  %30 = call i32 @ftc_rt_alloc(ptr %11, i64 811008)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok

fail:                                             ; preds = %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %30, %entry ], [ %38, %ok ], [ %53, %ok1 ], [ %60, %ok2 ], [ %73, %ok3 ], [ %82, %ok4 ], [ %87, %ok5 ], [ %92, %ok6 ], [ %102, %ok7 ], [ %107, %ok8 ], [ %114, %ok9 ], [ %121, %ok10 ], [ %135, %ok11 ], [ %141, %ok12 ], [ %146, %ok13 ], [ %151, %ok14 ], [ %157, %ok15 ], [ %165, %ok16 ], [ %170, %ok17 ]
  %32 = load ptr, ptr %11, align 8
  call void @ftc_rt_free(ptr %32)
  ret i32 %status

ok:                                               ; preds = %entry
  %33 = load ptr, ptr %11, align 8
  %34 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %4, ptr %34, align 8
  %35 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %0, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %33, i64 0
  %37 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %36, ptr %37, align 8
  %38 = call i32 @batch_loss.k0(ptr %12, i64 0, i64 1)
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %40 = getelementptr inbounds i8, ptr %33, i64 0
  %41 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %40, ptr %41, align 8
  %42 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %1, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %33, i64 147456
  %44 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %43, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %33, i64 294912
  %46 = getelementptr inbounds ptr, ptr %13, i64 3
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %33, i64 442368
  %48 = getelementptr inbounds ptr, ptr %13, i64 4
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %33, i64 589824
  %50 = getelementptr inbounds ptr, ptr %13, i64 5
  store ptr %49, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %33, i64 626688
  %52 = getelementptr inbounds ptr, ptr %13, i64 6
  store ptr %51, ptr %52, align 8
  %53 = call i32 @forward_and_grad.rows1(ptr %13, i64 0, i64 32)
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %55 = getelementptr inbounds i8, ptr %33, i64 626688
  %56 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %55, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %2, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %33, i64 0
  %59 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %58, ptr %59, align 8
  %60 = call i32 @batch_loss.k3(ptr %14, i64 0, i64 1)
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %62 = getelementptr inbounds i8, ptr %33, i64 0
  %63 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %3, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %33, i64 1280
  %66 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %33, i64 2560
  %68 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %33, i64 3840
  %70 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %69, ptr %70, align 8
  %71 = getelementptr inbounds i8, ptr %33, i64 3968
  %72 = getelementptr inbounds ptr, ptr %15, i64 5
  store ptr %71, ptr %72, align 8
  %73 = call i32 @forward_and_grad.rows8(ptr %15, i64 0, i64 32)
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %75 = getelementptr inbounds i8, ptr %33, i64 1280
  %76 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %75, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %33, i64 3968
  %78 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %77, ptr %78, align 8
  %79 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %5, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %33, i64 0
  %81 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %80, ptr %81, align 8
  %82 = call i32 @batch_loss.k9(ptr %16, i64 0, i64 1)
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %84 = getelementptr inbounds i8, ptr %33, i64 0
  %85 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %84, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %6, ptr %86, align 8
  %87 = call i32 @batch_loss.k10(ptr %17, i64 0, i64 1)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %89 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %5, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %33, i64 0
  %91 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %90, ptr %91, align 8
  %92 = call i32 @forward_and_grad.k15(ptr %18, i64 0, i64 1)
  %93 = icmp ne i32 %92, 0
  br i1 %93, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %94 = getelementptr inbounds i8, ptr %33, i64 0
  %95 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %94, ptr %95, align 8
  %96 = getelementptr inbounds i8, ptr %33, i64 3840
  %97 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %96, ptr %97, align 8
  %98 = getelementptr inbounds i8, ptr %33, i64 2560
  %99 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %98, ptr %99, align 8
  %100 = getelementptr inbounds i8, ptr %33, i64 1280
  %101 = getelementptr inbounds ptr, ptr %19, i64 3
  store ptr %100, ptr %101, align 8
  %102 = call i32 @forward_and_grad.rows16(ptr %19, i64 0, i64 32)
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %104 = getelementptr inbounds i8, ptr %33, i64 1280
  %105 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %104, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %10, ptr %106, align 8
  %107 = call i32 @forward_and_grad.k19(ptr %20, i64 0, i64 1)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %109 = getelementptr inbounds i8, ptr %33, i64 626688
  %110 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %109, ptr %110, align 8
  %111 = getelementptr inbounds i8, ptr %33, i64 1280
  %112 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %111, ptr %112, align 8
  %113 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %9, ptr %113, align 8
  %114 = call i32 @forward_and_grad.k20(ptr %21, i64 0, i64 1)
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %116 = getelementptr inbounds i8, ptr %33, i64 1280
  %117 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %116, ptr %117, align 8
  %118 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %2, ptr %118, align 8
  %119 = getelementptr inbounds i8, ptr %33, i64 2560
  %120 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %119, ptr %120, align 8
  %121 = call i32 @forward_and_grad.k21(ptr %22, i64 0, i64 1)
  %122 = icmp ne i32 %121, 0
  br i1 %122, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %123 = getelementptr inbounds i8, ptr %33, i64 2560
  %124 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %123, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %33, i64 442368
  %126 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %33, i64 589824
  %128 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %127, ptr %128, align 8
  %129 = getelementptr inbounds i8, ptr %33, i64 147456
  %130 = getelementptr inbounds ptr, ptr %23, i64 3
  store ptr %129, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %33, i64 294912
  %132 = getelementptr inbounds ptr, ptr %23, i64 4
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds i8, ptr %33, i64 663552
  %134 = getelementptr inbounds ptr, ptr %23, i64 5
  store ptr %133, ptr %134, align 8
  %135 = call i32 @forward_and_grad.k22(ptr %23, i64 0, i64 32)
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %137 = getelementptr inbounds i8, ptr %33, i64 663552
  %138 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %137, ptr %138, align 8
  %139 = getelementptr inbounds i8, ptr %33, i64 0
  %140 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %139, ptr %140, align 8
  %141 = call i32 @forward_and_grad.k23(ptr %24, i64 0, i64 96)
  %142 = icmp ne i32 %141, 0
  br i1 %142, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %143 = getelementptr inbounds i8, ptr %33, i64 0
  %144 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %143, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %8, ptr %145, align 8
  %146 = call i32 @forward_and_grad.k24(ptr %25, i64 0, i64 8)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %148 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %4, ptr %148, align 8
  %149 = getelementptr inbounds i8, ptr %33, i64 0
  %150 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %149, ptr %150, align 8
  %151 = call i32 @forward_and_grad.k25(ptr %26, i64 0, i64 1)
  %152 = icmp ne i32 %151, 0
  br i1 %152, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %153 = getelementptr inbounds i8, ptr %33, i64 663552
  %154 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %153, ptr %154, align 8
  %155 = getelementptr inbounds i8, ptr %33, i64 18432
  %156 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %155, ptr %156, align 8
  %157 = call i32 @forward_and_grad.k26(ptr %27, i64 0, i64 8)
  %158 = icmp ne i32 %157, 0
  br i1 %158, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %159 = getelementptr inbounds i8, ptr %33, i64 0
  %160 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %159, ptr %160, align 8
  %161 = getelementptr inbounds i8, ptr %33, i64 18432
  %162 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %161, ptr %162, align 8
  %163 = getelementptr inbounds i8, ptr %33, i64 165888
  %164 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %163, ptr %164, align 8
  %165 = call i32 @forward_and_grad.k27(ptr %28, i64 0, i64 1)
  %166 = icmp ne i32 %165, 0
  br i1 %166, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %167 = getelementptr inbounds i8, ptr %33, i64 165888
  %168 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %167, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %7, ptr %169, align 8
  %170 = call i32 @forward_and_grad.k28(ptr %29, i64 0, i64 8)
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %172 = load ptr, ptr %11, align 8
  call void @ftc_rt_free(ptr %172)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1152 x float], align 64
  %4 = alloca [288 x float], align 64
  %5 = alloca float, align 16
  %6 = alloca <16 x float>, align 16
  %7 = alloca [1 x <16 x float>], align 16
  %8 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %9 = getelementptr inbounds ptr, ptr %0, i64 0
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 1
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 2
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 3
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 4
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds ptr, ptr %0, i64 5
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds ptr, ptr %0, i64 6
  %22 = load ptr, ptr %21, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %27, %latch ]
  %23 = icmp slt i64 %i, %2
  br i1 %23, label %body, label %exit

body:                                             ; preds = %loop
  %24 = mul nsw i64 %i, 1152
  %25 = mul nsw i64 %i, 288
  %26 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit144
  %27 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %29, %latch3 ]
  %28 = icmp slt i64 %i5, %26
  br i1 %28, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %29 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %30 = add nsw i64 %i, 1
  br label %loop26

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %32, %latch8 ]
  %31 = icmp slt i64 %i10, 1
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %32 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %34, %latch13 ]
  %33 = icmp slt i64 %i15, 8
  br i1 %33, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %34 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %36, %latch18 ]
  %35 = icmp slt i64 %i20, 12
  br i1 %35, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %36 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %74, %latch23 ]
  %37 = icmp slt i64 %i25, 12
  br i1 %37, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %38 = mul nsw i64 %i5, 1152
  %39 = mul nsw i64 %i10, 1152
  %40 = add nsw i64 %38, %39
  %41 = mul nsw i64 %i15, 144
  %42 = add nsw i64 %40, %41
  %43 = mul nsw i64 %i20, 12
  %44 = add nsw i64 %42, %43
  %45 = add nsw i64 %44, %i25
  %46 = urem i64 %45, 12
  %47 = udiv i64 %45, 12
  %48 = urem i64 %47, 12
  %49 = udiv i64 %47, 12
  %50 = urem i64 %49, 8
  %51 = udiv i64 %49, 8
  %52 = mul nsw i64 %51, 1152
  %53 = mul nsw i64 %50, 144
  %54 = add nsw i64 %52, %53
  %55 = mul nsw i64 %48, 12
  %56 = add nsw i64 %54, %55
  %57 = add nsw i64 %56, %46
  %58 = getelementptr inbounds float, ptr %10, i64 %57
  %59 = load float, ptr %58, align 4, !alias.scope !289, !noalias !292
  %60 = getelementptr inbounds float, ptr %12, i64 %i15
  %61 = load float, ptr %60, align 4, !alias.scope !298, !noalias !292
  %62 = fadd float %59, %61
  %63 = mul nsw i64 %i5, 1152
  %64 = mul nsw i64 %i10, 1152
  %65 = add nsw i64 %63, %64
  %66 = mul nsw i64 %i15, 144
  %67 = add nsw i64 %65, %66
  %68 = mul nsw i64 %i20, 12
  %69 = add nsw i64 %67, %68
  %70 = add nsw i64 %69, %i25
  %71 = getelementptr inbounds float, ptr %14, i64 %70
  store float %62, ptr %71, align 4, !alias.scope !300, !noalias !301
  %72 = call float @llvm.maximum.f32(float %62, float 0.000000e+00)
  %73 = getelementptr inbounds float, ptr %16, i64 %70
  store float %72, ptr %73, align 4, !alias.scope !302, !noalias !303
  br label %latch23

latch23:                                          ; preds = %body22
  %74 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !304

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %exit4
  %i30 = phi i64 [ %i, %exit4 ], [ %76, %latch28 ]
  %75 = icmp slt i64 %i30, %30
  br i1 %75, label %body27, label %exit29

body27:                                           ; preds = %loop26
  br label %loop31

latch28:                                          ; preds = %exit34
  %76 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  %77 = add nsw i64 %i, 1
  br label %loop56

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %79, %latch33 ]
  %78 = icmp slt i64 %i35, 8
  br i1 %78, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %79 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch28

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %81, %latch38 ]
  %80 = icmp slt i64 %i40, 6
  br i1 %80, label %body37, label %exit39

body37:                                           ; preds = %loop36
  br label %loop41

latch38:                                          ; preds = %exit44
  %81 = add nsw i64 %i40, 1
  br label %loop36

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %body37
  %i45 = phi i64 [ 0, %body37 ], [ %83, %latch43 ]
  %82 = icmp slt i64 %i45, 2
  br i1 %82, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %83 = add nsw i64 %i45, 1
  br label %loop41

exit44:                                           ; preds = %loop41
  br label %latch38

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %85, %latch48 ]
  %84 = icmp slt i64 %i50, 6
  br i1 %84, label %body47, label %exit49

body47:                                           ; preds = %loop46
  br label %loop51

latch48:                                          ; preds = %exit54
  %85 = add nsw i64 %i50, 1
  br label %loop46

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %body47
  %i55 = phi i64 [ 0, %body47 ], [ %124, %latch53 ]
  %86 = icmp slt i64 %i55, 2
  br i1 %86, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %87 = mul nsw i64 %i30, 1152
  %88 = mul nsw i64 %i35, 144
  %89 = add nsw i64 %87, %88
  %90 = mul nsw i64 %i40, 24
  %91 = add nsw i64 %89, %90
  %92 = mul nsw i64 %i45, 12
  %93 = add nsw i64 %91, %92
  %94 = mul nsw i64 %i50, 2
  %95 = add nsw i64 %93, %94
  %96 = add nsw i64 %95, %i55
  %97 = urem i64 %96, 12
  %98 = udiv i64 %96, 12
  %99 = urem i64 %98, 12
  %100 = udiv i64 %98, 12
  %101 = urem i64 %100, 8
  %102 = udiv i64 %100, 8
  %103 = mul nsw i64 %102, 1152
  %104 = add nsw i64 %103, 0
  %105 = mul nsw i64 %101, 144
  %106 = add nsw i64 %104, %105
  %107 = mul nsw i64 %99, 12
  %108 = add nsw i64 %106, %107
  %109 = add nsw i64 %108, %97
  %110 = getelementptr inbounds float, ptr %16, i64 %109
  %111 = load float, ptr %110, align 4, !alias.scope !302, !noalias !303
  %112 = mul nsw i64 %i30, 1152
  %113 = mul nsw i64 %i35, 144
  %114 = add nsw i64 %112, %113
  %115 = mul nsw i64 %i40, 24
  %116 = add nsw i64 %114, %115
  %117 = mul nsw i64 %i45, 12
  %118 = add nsw i64 %116, %117
  %119 = mul nsw i64 %i50, 2
  %120 = add nsw i64 %118, %119
  %121 = add nsw i64 %120, %i55
  %122 = sub i64 %121, %24
  %123 = getelementptr inbounds float, ptr %3, i64 %122
  store float %111, ptr %123, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %124 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !305

exit54:                                           ; preds = %loop51
  br label %latch48

loop56:                                           ; preds = %latch58, %exit29
  %i60 = phi i64 [ %i, %exit29 ], [ %126, %latch58 ]
  %125 = icmp slt i64 %i60, %77
  br i1 %125, label %body57, label %exit59

body57:                                           ; preds = %loop56
  br label %loop61

latch58:                                          ; preds = %exit64
  %126 = add nsw i64 %i60, 1
  br label %loop56

exit59:                                           ; preds = %loop56
  %127 = add nsw i64 %i, 1
  br label %loop86

loop61:                                           ; preds = %latch63, %body57
  %i65 = phi i64 [ 0, %body57 ], [ %129, %latch63 ]
  %128 = icmp slt i64 %i65, 8
  br i1 %128, label %body62, label %exit64

body62:                                           ; preds = %loop61
  br label %loop66

latch63:                                          ; preds = %exit69
  %129 = add nsw i64 %i65, 1
  br label %loop61

exit64:                                           ; preds = %loop61
  br label %latch58

loop66:                                           ; preds = %latch68, %body62
  %i70 = phi i64 [ 0, %body62 ], [ %131, %latch68 ]
  %130 = icmp slt i64 %i70, 6
  br i1 %130, label %body67, label %exit69

body67:                                           ; preds = %loop66
  br label %loop71

latch68:                                          ; preds = %exit74
  %131 = add nsw i64 %i70, 1
  br label %loop66

exit69:                                           ; preds = %loop66
  br label %latch63

loop71:                                           ; preds = %latch73, %body67
  %i75 = phi i64 [ 0, %body67 ], [ %133, %latch73 ]
  %132 = icmp slt i64 %i75, 6
  br i1 %132, label %body72, label %exit74

body72:                                           ; preds = %loop71
  store float 0xFFF0000000000000, ptr %5, align 4
  br label %loop76

latch73:                                          ; preds = %exit79
  %133 = add nsw i64 %i75, 1
  br label %loop71

exit74:                                           ; preds = %loop71
  br label %latch68

loop76:                                           ; preds = %latch78, %body72
  %i80 = phi i64 [ 0, %body72 ], [ %135, %latch78 ]
  %134 = icmp slt i64 %i80, 2
  br i1 %134, label %body77, label %exit79

body77:                                           ; preds = %loop76
  br label %loop81

latch78:                                          ; preds = %exit84
  %135 = add nsw i64 %i80, 1
  br label %loop76

exit79:                                           ; preds = %loop76
  %136 = load float, ptr %5, align 4
  %137 = mul nsw i64 %i60, 288
  %138 = mul nsw i64 %i65, 36
  %139 = add nsw i64 %137, %138
  %140 = mul nsw i64 %i70, 6
  %141 = add nsw i64 %139, %140
  %142 = add nsw i64 %141, %i75
  %143 = sub i64 %142, %25
  %144 = getelementptr inbounds float, ptr %4, i64 %143
  store float %136, ptr %144, align 4
  br label %latch73

loop81:                                           ; preds = %latch83, %body77
  %i85 = phi i64 [ 0, %body77 ], [ %161, %latch83 ]
  %145 = icmp slt i64 %i85, 2
  br i1 %145, label %body82, label %exit84

body82:                                           ; preds = %loop81
  %146 = load float, ptr %5, align 4
  %147 = mul nsw i64 %i60, 1152
  %148 = mul nsw i64 %i65, 144
  %149 = add nsw i64 %147, %148
  %150 = mul nsw i64 %i70, 24
  %151 = add nsw i64 %149, %150
  %152 = mul nsw i64 %i80, 12
  %153 = add nsw i64 %151, %152
  %154 = mul nsw i64 %i75, 2
  %155 = add nsw i64 %153, %154
  %156 = add nsw i64 %155, %i85
  %157 = sub i64 %156, %24
  %158 = getelementptr inbounds float, ptr %3, i64 %157
  %159 = load float, ptr %158, align 4
  %160 = call float @llvm.maximum.f32(float %146, float %159)
  store float %160, ptr %5, align 4
  br label %latch83

latch83:                                          ; preds = %body82
  %161 = add nsw i64 %i85, 1
  br label %loop81, !llvm.loop !306

exit84:                                           ; preds = %loop81
  br label %latch78

loop86:                                           ; preds = %latch88, %exit59
  %i90 = phi i64 [ %i, %exit59 ], [ %163, %latch88 ]
  %162 = icmp slt i64 %i90, %127
  br i1 %162, label %body87, label %exit89

body87:                                           ; preds = %loop86
  br label %loop91

latch88:                                          ; preds = %exit94
  %163 = add nsw i64 %i90, 1
  br label %loop86

exit89:                                           ; preds = %loop86
  %164 = add nsw i64 %i, 1
  br label %loop116

loop91:                                           ; preds = %latch93, %body87
  %i95 = phi i64 [ 0, %body87 ], [ %166, %latch93 ]
  %165 = icmp slt i64 %i95, 8
  br i1 %165, label %body92, label %exit94

body92:                                           ; preds = %loop91
  br label %loop96

latch93:                                          ; preds = %exit99
  %166 = add nsw i64 %i95, 1
  br label %loop91

exit94:                                           ; preds = %loop91
  br label %latch88

loop96:                                           ; preds = %latch98, %body92
  %i100 = phi i64 [ 0, %body92 ], [ %168, %latch98 ]
  %167 = icmp slt i64 %i100, 6
  br i1 %167, label %body97, label %exit99

body97:                                           ; preds = %loop96
  br label %loop101

latch98:                                          ; preds = %exit104
  %168 = add nsw i64 %i100, 1
  br label %loop96

exit99:                                           ; preds = %loop96
  br label %latch93

loop101:                                          ; preds = %latch103, %body97
  %i105 = phi i64 [ 0, %body97 ], [ %170, %latch103 ]
  %169 = icmp slt i64 %i105, 2
  br i1 %169, label %body102, label %exit104

body102:                                          ; preds = %loop101
  br label %loop106

latch103:                                         ; preds = %exit109
  %170 = add nsw i64 %i105, 1
  br label %loop101

exit104:                                          ; preds = %loop101
  br label %latch98

loop106:                                          ; preds = %latch108, %body102
  %i110 = phi i64 [ 0, %body102 ], [ %172, %latch108 ]
  %171 = icmp slt i64 %i110, 6
  br i1 %171, label %body107, label %exit109

body107:                                          ; preds = %loop106
  br label %loop111

latch108:                                         ; preds = %exit114
  %172 = add nsw i64 %i110, 1
  br label %loop106

exit109:                                          ; preds = %loop106
  br label %latch103

loop111:                                          ; preds = %latch113, %body107
  %i115 = phi i64 [ 0, %body107 ], [ %209, %latch113 ]
  %173 = icmp slt i64 %i115, 2
  br i1 %173, label %body112, label %exit114

body112:                                          ; preds = %loop111
  %174 = mul nsw i64 %i90, 1152
  %175 = mul nsw i64 %i95, 144
  %176 = add nsw i64 %174, %175
  %177 = mul nsw i64 %i100, 24
  %178 = add nsw i64 %176, %177
  %179 = mul nsw i64 %i105, 12
  %180 = add nsw i64 %178, %179
  %181 = mul nsw i64 %i110, 2
  %182 = add nsw i64 %180, %181
  %183 = add nsw i64 %182, %i115
  %184 = sub i64 %183, %24
  %185 = getelementptr inbounds float, ptr %3, i64 %184
  %186 = load float, ptr %185, align 4
  %187 = mul nsw i64 %i90, 288
  %188 = mul nsw i64 %i95, 36
  %189 = add nsw i64 %187, %188
  %190 = mul nsw i64 %i100, 6
  %191 = add nsw i64 %189, %190
  %192 = add nsw i64 %191, %i110
  %193 = sub i64 %192, %25
  %194 = getelementptr inbounds float, ptr %4, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = fcmp oeq float %186, %195
  %197 = uitofp i1 %196 to float
  %198 = mul nsw i64 %i90, 1152
  %199 = mul nsw i64 %i95, 144
  %200 = add nsw i64 %198, %199
  %201 = mul nsw i64 %i100, 24
  %202 = add nsw i64 %200, %201
  %203 = mul nsw i64 %i105, 12
  %204 = add nsw i64 %202, %203
  %205 = mul nsw i64 %i110, 2
  %206 = add nsw i64 %204, %205
  %207 = add nsw i64 %206, %i115
  %208 = getelementptr inbounds float, ptr %18, i64 %207
  store float %197, ptr %208, align 4, !alias.scope !307, !noalias !308
  br label %latch113

latch113:                                         ; preds = %body112
  %209 = add nsw i64 %i115, 1
  br label %loop111, !llvm.loop !309

exit114:                                          ; preds = %loop111
  br label %latch108

loop116:                                          ; preds = %latch118, %exit89
  %i120 = phi i64 [ %i, %exit89 ], [ %211, %latch118 ]
  %210 = icmp slt i64 %i120, %164
  br i1 %210, label %body117, label %exit119

body117:                                          ; preds = %loop116
  br label %loop121

latch118:                                         ; preds = %exit124
  %211 = add nsw i64 %i120, 1
  br label %loop116

exit119:                                          ; preds = %loop116
  %212 = add nsw i64 %i, 1
  br label %loop141

loop121:                                          ; preds = %latch123, %body117
  %i125 = phi i64 [ 0, %body117 ], [ %214, %latch123 ]
  %213 = icmp slt i64 %i125, 8
  br i1 %213, label %body122, label %exit124

body122:                                          ; preds = %loop121
  br label %loop126

latch123:                                         ; preds = %exit129
  %214 = add nsw i64 %i125, 1
  br label %loop121

exit124:                                          ; preds = %loop121
  br label %latch118

loop126:                                          ; preds = %latch128, %body122
  %i130 = phi i64 [ 0, %body122 ], [ %216, %latch128 ]
  %215 = icmp slt i64 %i130, 6
  br i1 %215, label %body127, label %exit129

body127:                                          ; preds = %loop126
  br label %loop131

latch128:                                         ; preds = %exit134
  %216 = add nsw i64 %i130, 1
  br label %loop126

exit129:                                          ; preds = %loop126
  br label %latch123

loop131:                                          ; preds = %latch133, %body127
  %i135 = phi i64 [ 0, %body127 ], [ %230, %latch133 ]
  %217 = icmp slt i64 %i135, 6
  br i1 %217, label %body132, label %exit134

body132:                                          ; preds = %loop131
  %218 = getelementptr inbounds float, ptr %8, i64 4
  store float -0.000000e+00, ptr %218, align 4
  %219 = getelementptr inbounds float, ptr %8, i64 5
  store float -0.000000e+00, ptr %219, align 4
  %220 = getelementptr inbounds float, ptr %8, i64 6
  store float -0.000000e+00, ptr %220, align 4
  %221 = getelementptr inbounds float, ptr %8, i64 7
  store float -0.000000e+00, ptr %221, align 4
  %222 = getelementptr inbounds float, ptr %8, i64 8
  store float -0.000000e+00, ptr %222, align 4
  %223 = getelementptr inbounds float, ptr %8, i64 9
  store float -0.000000e+00, ptr %223, align 4
  %224 = getelementptr inbounds float, ptr %8, i64 10
  store float -0.000000e+00, ptr %224, align 4
  %225 = getelementptr inbounds float, ptr %8, i64 11
  store float -0.000000e+00, ptr %225, align 4
  %226 = getelementptr inbounds float, ptr %8, i64 12
  store float -0.000000e+00, ptr %226, align 4
  %227 = getelementptr inbounds float, ptr %8, i64 13
  store float -0.000000e+00, ptr %227, align 4
  %228 = getelementptr inbounds float, ptr %8, i64 14
  store float -0.000000e+00, ptr %228, align 4
  %229 = getelementptr inbounds float, ptr %8, i64 15
  store float -0.000000e+00, ptr %229, align 4
  br label %loop136

latch133:                                         ; preds = %exit139
  %230 = add nsw i64 %i135, 1
  br label %loop131

exit134:                                          ; preds = %loop131
  br label %latch128

loop136:                                          ; preds = %latch138, %body132
  %i140 = phi i64 [ 0, %body132 ], [ %248, %latch138 ]
  %231 = icmp slt i64 %i140, 4
  br i1 %231, label %body137, label %exit139

body137:                                          ; preds = %loop136
  %232 = urem i64 %i140, 2
  %233 = udiv i64 %i140, 2
  %234 = mul nsw i64 %i120, 1152
  %235 = mul nsw i64 %i125, 144
  %236 = add nsw i64 %234, %235
  %237 = mul nsw i64 %i130, 24
  %238 = add nsw i64 %236, %237
  %239 = mul nsw i64 %233, 12
  %240 = add nsw i64 %238, %239
  %241 = mul nsw i64 %i135, 2
  %242 = add nsw i64 %240, %241
  %243 = add nsw i64 %242, %232
  %244 = getelementptr inbounds float, ptr %18, i64 %243
  %245 = load float, ptr %244, align 4, !alias.scope !307, !noalias !308
  %246 = sub i64 %i140, 0
  %247 = getelementptr inbounds float, ptr %8, i64 %246
  store float %245, ptr %247, align 4
  br label %latch138

latch138:                                         ; preds = %body137
  %248 = add nsw i64 %i140, 1
  br label %loop136, !llvm.loop !310

exit139:                                          ; preds = %loop136
  %249 = getelementptr inbounds <16 x float>, ptr %8, i64 0
  %250 = load <16 x float>, ptr %249, align 4
  store <16 x float> %250, ptr %6, align 4
  %251 = getelementptr inbounds float, ptr %6, i64 0
  %252 = load float, ptr %251, align 4
  %253 = getelementptr inbounds float, ptr %6, i64 1
  %254 = load float, ptr %253, align 4
  %255 = getelementptr inbounds float, ptr %6, i64 2
  %256 = load float, ptr %255, align 4
  %257 = getelementptr inbounds float, ptr %6, i64 3
  %258 = load float, ptr %257, align 4
  %259 = getelementptr inbounds float, ptr %6, i64 4
  %260 = load float, ptr %259, align 4
  %261 = getelementptr inbounds float, ptr %6, i64 5
  %262 = load float, ptr %261, align 4
  %263 = getelementptr inbounds float, ptr %6, i64 6
  %264 = load float, ptr %263, align 4
  %265 = getelementptr inbounds float, ptr %6, i64 7
  %266 = load float, ptr %265, align 4
  %267 = getelementptr inbounds float, ptr %6, i64 8
  %268 = load float, ptr %267, align 4
  %269 = getelementptr inbounds float, ptr %6, i64 9
  %270 = load float, ptr %269, align 4
  %271 = getelementptr inbounds float, ptr %6, i64 10
  %272 = load float, ptr %271, align 4
  %273 = getelementptr inbounds float, ptr %6, i64 11
  %274 = load float, ptr %273, align 4
  %275 = getelementptr inbounds float, ptr %6, i64 12
  %276 = load float, ptr %275, align 4
  %277 = getelementptr inbounds float, ptr %6, i64 13
  %278 = load float, ptr %277, align 4
  %279 = getelementptr inbounds float, ptr %6, i64 14
  %280 = load float, ptr %279, align 4
  %281 = getelementptr inbounds float, ptr %6, i64 15
  %282 = load float, ptr %281, align 4
  %283 = fadd float %252, %268
  %284 = fadd float %254, %270
  %285 = fadd float %256, %272
  %286 = fadd float %258, %274
  %287 = fadd float %260, %276
  %288 = fadd float %262, %278
  %289 = fadd float %264, %280
  %290 = fadd float %266, %282
  %291 = fadd float %283, %287
  %292 = fadd float %284, %288
  %293 = fadd float %285, %289
  %294 = fadd float %286, %290
  %295 = fadd float %291, %293
  %296 = fadd float %292, %294
  %297 = fadd float %295, %296
  %298 = mul nsw i64 %i120, 288
  %299 = mul nsw i64 %i125, 36
  %300 = add nsw i64 %298, %299
  %301 = mul nsw i64 %i130, 6
  %302 = add nsw i64 %300, %301
  %303 = add nsw i64 %302, %i135
  %304 = getelementptr inbounds float, ptr %20, i64 %303
  store float %297, ptr %304, align 4, !alias.scope !311, !noalias !312
  br label %latch133

loop141:                                          ; preds = %latch143, %exit119
  %i145 = phi i64 [ %i, %exit119 ], [ %306, %latch143 ]
  %305 = icmp slt i64 %i145, %212
  br i1 %305, label %body142, label %exit144

body142:                                          ; preds = %loop141
  br label %loop146

latch143:                                         ; preds = %exit149
  %306 = add nsw i64 %i145, 1
  br label %loop141

exit144:                                          ; preds = %loop141
  br label %latch

loop146:                                          ; preds = %latch148, %body142
  %i150 = phi i64 [ 0, %body142 ], [ %328, %latch148 ]
  %307 = icmp slt i64 %i150, 288
  br i1 %307, label %body147, label %exit149

body147:                                          ; preds = %loop146
  %308 = mul nsw i64 %i145, 288
  %309 = add nsw i64 %308, %i150
  %310 = urem i64 %309, 6
  %311 = udiv i64 %309, 6
  %312 = urem i64 %311, 6
  %313 = udiv i64 %311, 6
  %314 = urem i64 %313, 8
  %315 = udiv i64 %313, 8
  %316 = mul nsw i64 %315, 288
  %317 = mul nsw i64 %314, 36
  %318 = add nsw i64 %316, %317
  %319 = mul nsw i64 %312, 6
  %320 = add nsw i64 %318, %319
  %321 = add nsw i64 %320, %310
  %322 = sub i64 %321, %25
  %323 = getelementptr inbounds float, ptr %4, i64 %322
  %324 = load float, ptr %323, align 4
  %325 = mul nsw i64 %i145, 288
  %326 = add nsw i64 %325, %i150
  %327 = getelementptr inbounds float, ptr %22, i64 %326
  store float %324, ptr %327, align 4, !alias.scope !313, !noalias !314
  br label %latch148

latch148:                                         ; preds = %body147
  %328 = add nsw i64 %i150, 1
  br label %loop146, !llvm.loop !315

exit149:                                          ; preds = %loop146
  br label %latch143
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows8(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [10 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca float, align 16
  %6 = alloca <16 x float>, align 16
  %7 = alloca [1 x <16 x float>], align 16
  %8 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %9 = getelementptr inbounds ptr, ptr %0, i64 0
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 1
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 2
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 3
  %16 = load ptr, ptr %15, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %17 = icmp slt i64 %i, %2
  br i1 %17, label %body, label %exit

body:                                             ; preds = %loop
  %18 = mul nsw i64 %i, 10
  %19 = mul nsw i64 %i, 1
  %20 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit34
  %21 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %23, %latch3 ]
  %22 = icmp slt i64 %i5, %20
  br i1 %22, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %23 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %24 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %37, %latch8 ]
  %25 = icmp slt i64 %i10, 10
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = mul nsw i64 %i5, 10
  %27 = add nsw i64 %26, %i10
  %28 = getelementptr inbounds float, ptr %10, i64 %27
  %29 = load float, ptr %28, align 4, !alias.scope !316, !noalias !319
  %30 = getelementptr inbounds float, ptr %12, i64 %i10
  %31 = load float, ptr %30, align 4, !alias.scope !322, !noalias !319
  %32 = fadd float %29, %31
  %33 = mul nsw i64 %i5, 10
  %34 = add nsw i64 %33, %i10
  %35 = sub i64 %34, %18
  %36 = getelementptr inbounds float, ptr %3, i64 %35
  store float %32, ptr %36, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %37 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !324

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %39, %latch13 ]
  %38 = icmp slt i64 %i15, %24
  br i1 %38, label %body12, label %exit14

body12:                                           ; preds = %loop11
  store float 0xFFF0000000000000, ptr %5, align 4
  br label %loop16

latch13:                                          ; preds = %exit19
  %39 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %40 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %49, %latch18 ]
  %41 = icmp slt i64 %i20, 10
  br i1 %41, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %42 = load float, ptr %5, align 4
  %43 = mul nsw i64 %i15, 10
  %44 = add nsw i64 %43, %i20
  %45 = sub i64 %44, %18
  %46 = getelementptr inbounds float, ptr %3, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = call float @llvm.maximum.f32(float %42, float %47)
  store float %48, ptr %5, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %49 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !325

exit19:                                           ; preds = %loop16
  %50 = load float, ptr %5, align 4
  %51 = sub i64 %i15, %19
  %52 = getelementptr inbounds float, ptr %4, i64 %51
  store float %50, ptr %52, align 4
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %54, %latch23 ]
  %53 = icmp slt i64 %i25, %40
  br i1 %53, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %54 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %55 = add nsw i64 %i, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %70, %latch28 ]
  %56 = icmp slt i64 %i30, 10
  br i1 %56, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %57 = mul nsw i64 %i25, 10
  %58 = add nsw i64 %57, %i30
  %59 = sub i64 %58, %18
  %60 = getelementptr inbounds float, ptr %3, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = sub i64 %i25, %19
  %63 = getelementptr inbounds float, ptr %4, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = fsub float %61, %64
  %66 = call float @expf(float %65) #4
  %67 = mul nsw i64 %i25, 10
  %68 = add nsw i64 %67, %i30
  %69 = getelementptr inbounds float, ptr %14, i64 %68
  store float %66, ptr %69, align 4, !alias.scope !326, !noalias !327
  br label %latch28

latch28:                                          ; preds = %body27
  %70 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !328

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %i, %exit24 ], [ %78, %latch33 ]
  %71 = icmp slt i64 %i35, %55
  br i1 %71, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %72 = getelementptr inbounds float, ptr %8, i64 10
  store float -0.000000e+00, ptr %72, align 4
  %73 = getelementptr inbounds float, ptr %8, i64 11
  store float -0.000000e+00, ptr %73, align 4
  %74 = getelementptr inbounds float, ptr %8, i64 12
  store float -0.000000e+00, ptr %74, align 4
  %75 = getelementptr inbounds float, ptr %8, i64 13
  store float -0.000000e+00, ptr %75, align 4
  %76 = getelementptr inbounds float, ptr %8, i64 14
  store float -0.000000e+00, ptr %76, align 4
  %77 = getelementptr inbounds float, ptr %8, i64 15
  store float -0.000000e+00, ptr %77, align 4
  br label %loop36

latch33:                                          ; preds = %exit39
  %78 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %86, %latch38 ]
  %79 = icmp slt i64 %i40, 10
  br i1 %79, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %80 = mul nsw i64 %i35, 10
  %81 = add nsw i64 %80, %i40
  %82 = getelementptr inbounds float, ptr %14, i64 %81
  %83 = load float, ptr %82, align 4, !alias.scope !326, !noalias !327
  %84 = sub i64 %i40, 0
  %85 = getelementptr inbounds float, ptr %8, i64 %84
  store float %83, ptr %85, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %86 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !329

exit39:                                           ; preds = %loop36
  %87 = getelementptr inbounds <16 x float>, ptr %8, i64 0
  %88 = load <16 x float>, ptr %87, align 4
  store <16 x float> %88, ptr %6, align 4
  %89 = getelementptr inbounds float, ptr %6, i64 0
  %90 = load float, ptr %89, align 4
  %91 = getelementptr inbounds float, ptr %6, i64 1
  %92 = load float, ptr %91, align 4
  %93 = getelementptr inbounds float, ptr %6, i64 2
  %94 = load float, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %6, i64 3
  %96 = load float, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %6, i64 4
  %98 = load float, ptr %97, align 4
  %99 = getelementptr inbounds float, ptr %6, i64 5
  %100 = load float, ptr %99, align 4
  %101 = getelementptr inbounds float, ptr %6, i64 6
  %102 = load float, ptr %101, align 4
  %103 = getelementptr inbounds float, ptr %6, i64 7
  %104 = load float, ptr %103, align 4
  %105 = getelementptr inbounds float, ptr %6, i64 8
  %106 = load float, ptr %105, align 4
  %107 = getelementptr inbounds float, ptr %6, i64 9
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %6, i64 10
  %110 = load float, ptr %109, align 4
  %111 = getelementptr inbounds float, ptr %6, i64 11
  %112 = load float, ptr %111, align 4
  %113 = getelementptr inbounds float, ptr %6, i64 12
  %114 = load float, ptr %113, align 4
  %115 = getelementptr inbounds float, ptr %6, i64 13
  %116 = load float, ptr %115, align 4
  %117 = getelementptr inbounds float, ptr %6, i64 14
  %118 = load float, ptr %117, align 4
  %119 = getelementptr inbounds float, ptr %6, i64 15
  %120 = load float, ptr %119, align 4
  %121 = fadd float %90, %106
  %122 = fadd float %92, %108
  %123 = fadd float %94, %110
  %124 = fadd float %96, %112
  %125 = fadd float %98, %114
  %126 = fadd float %100, %116
  %127 = fadd float %102, %118
  %128 = fadd float %104, %120
  %129 = fadd float %121, %125
  %130 = fadd float %122, %126
  %131 = fadd float %123, %127
  %132 = fadd float %124, %128
  %133 = fadd float %129, %131
  %134 = fadd float %130, %132
  %135 = fadd float %133, %134
  %136 = getelementptr inbounds float, ptr %16, i64 %i35
  store float %135, ptr %136, align 4, !alias.scope !327, !noalias !326
  br label %latch33
}

; Function Attrs: nounwind
define internal i32 @per_sample.k12(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %8, %latch ]
  %7 = icmp slt i64 %i, 32
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %8 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %13, %latch3 ]
  %9 = icmp slt i64 %i5, 10
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = mul nsw i64 %i, 10
  %11 = add nsw i64 %10, %i5
  %12 = getelementptr inbounds float, ptr %6, i64 %11
  store float 0.000000e+00, ptr %12, align 4, !alias.scope !330
  br label %latch3

latch3:                                           ; preds = %body2
  %13 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %28, %latch8 ]
  %14 = icmp slt i64 %i10, 32
  br i1 %14, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %15 = getelementptr inbounds i32, ptr %4, i64 %i10
  %16 = load i32, ptr %15, align 4, !alias.scope !333, !noalias !330
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = icmp sgt i64 %19, 9
  %21 = select i1 %20, i64 9, i64 %19
  %22 = mul nsw i64 %i10, 10
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %6, i64 %23
  %25 = load float, ptr %24, align 4, !alias.scope !330
  %26 = fadd float %25, -1.000000e+00
  %27 = getelementptr inbounds float, ptr %6, i64 %23
  store float %26, ptr %27, align 4, !alias.scope !330
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows13(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca <16 x float>, align 16
  %6 = alloca [1 x <16 x float>], align 16
  %7 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %8 = getelementptr inbounds ptr, ptr %0, i64 0
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds ptr, ptr %0, i64 1
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 2
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds ptr, ptr %0, i64 3
  %15 = load ptr, ptr %14, align 8
  %16 = getelementptr inbounds ptr, ptr %0, i64 4
  %17 = load ptr, ptr %16, align 8
  %18 = getelementptr inbounds ptr, ptr %0, i64 5
  %19 = load ptr, ptr %18, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %24, %latch ]
  %20 = icmp slt i64 %i, %2
  br i1 %20, label %body, label %exit

body:                                             ; preds = %loop
  %21 = mul nsw i64 %i, 1
  %22 = mul nsw i64 %i, 1
  %23 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit29
  %24 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %32, %latch3 ]
  %25 = icmp slt i64 %i5, %23
  br i1 %25, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %26 = getelementptr inbounds float, ptr %7, i64 10
  store float -0.000000e+00, ptr %26, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 11
  store float -0.000000e+00, ptr %27, align 4
  %28 = getelementptr inbounds float, ptr %7, i64 12
  store float -0.000000e+00, ptr %28, align 4
  %29 = getelementptr inbounds float, ptr %7, i64 13
  store float -0.000000e+00, ptr %29, align 4
  %30 = getelementptr inbounds float, ptr %7, i64 14
  store float -0.000000e+00, ptr %30, align 4
  %31 = getelementptr inbounds float, ptr %7, i64 15
  store float -0.000000e+00, ptr %31, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %32 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %33 = add nsw i64 %i, 1
  %34 = mul nsw i64 %i, 1
  %35 = mul nsw i64 %33, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %44, %latch8 ]
  %36 = icmp slt i64 %i10, 10
  br i1 %36, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %37 = mul nsw i64 %i5, 10
  %38 = add nsw i64 %37, %i10
  %39 = getelementptr inbounds float, ptr %9, i64 %38
  %40 = load float, ptr %39, align 4, !alias.scope !335, !noalias !338
  %41 = fneg float %40
  %42 = sub i64 %i10, 0
  %43 = getelementptr inbounds float, ptr %7, i64 %42
  store float %41, ptr %43, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %44 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !341

exit9:                                            ; preds = %loop6
  %45 = getelementptr inbounds <16 x float>, ptr %7, i64 0
  %46 = load <16 x float>, ptr %45, align 4
  store <16 x float> %46, ptr %5, align 4
  %47 = getelementptr inbounds float, ptr %5, i64 0
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %5, i64 1
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %5, i64 2
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %5, i64 3
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %5, i64 4
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %5, i64 5
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %5, i64 6
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds float, ptr %5, i64 7
  %62 = load float, ptr %61, align 4
  %63 = getelementptr inbounds float, ptr %5, i64 8
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %5, i64 9
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %5, i64 10
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %5, i64 11
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %5, i64 12
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %5, i64 13
  %74 = load float, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %5, i64 14
  %76 = load float, ptr %75, align 4
  %77 = getelementptr inbounds float, ptr %5, i64 15
  %78 = load float, ptr %77, align 4
  %79 = fadd float %48, %64
  %80 = fadd float %50, %66
  %81 = fadd float %52, %68
  %82 = fadd float %54, %70
  %83 = fadd float %56, %72
  %84 = fadd float %58, %74
  %85 = fadd float %60, %76
  %86 = fadd float %62, %78
  %87 = fadd float %79, %83
  %88 = fadd float %80, %84
  %89 = fadd float %81, %85
  %90 = fadd float %82, %86
  %91 = fadd float %87, %89
  %92 = fadd float %88, %90
  %93 = fadd float %91, %92
  %94 = sub i64 %i5, %21
  %95 = getelementptr inbounds float, ptr %3, i64 %94
  store float %93, ptr %95, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %34, %exit4 ], [ %105, %latch13 ]
  %96 = icmp slt i64 %i15, %35
  br i1 %96, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %97 = sub i64 %i15, %21
  %98 = getelementptr inbounds float, ptr %3, i64 %97
  %99 = load float, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %11, i64 %i15
  %101 = load float, ptr %100, align 4, !alias.scope !342, !noalias !338
  %102 = fdiv float %99, %101
  %103 = sub i64 %i15, %22
  %104 = getelementptr inbounds float, ptr %4, i64 %103
  store float %102, ptr %104, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %105 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !344

exit14:                                           ; preds = %loop11
  %106 = add nsw i64 %i, 1
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ %i, %exit14 ], [ %108, %latch18 ]
  %107 = icmp slt i64 %i20, %106
  br i1 %107, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %108 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  %109 = add nsw i64 %i, 1
  br label %loop26

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %127, %latch23 ]
  %110 = icmp slt i64 %i25, 10
  br i1 %110, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %111 = mul nsw i64 %i20, 10
  %112 = add nsw i64 %111, %i25
  %113 = getelementptr inbounds float, ptr %9, i64 %112
  %114 = load float, ptr %113, align 4, !alias.scope !335, !noalias !338
  %115 = sub i64 %i20, %22
  %116 = getelementptr inbounds float, ptr %4, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = mul nsw i64 %i20, 10
  %119 = add nsw i64 %118, %i25
  %120 = getelementptr inbounds float, ptr %13, i64 %119
  %121 = load float, ptr %120, align 4, !alias.scope !345, !noalias !338
  %122 = fmul float %117, %121
  %123 = fadd float %114, %122
  %124 = mul nsw i64 %i20, 10
  %125 = add nsw i64 %124, %i25
  %126 = getelementptr inbounds float, ptr %15, i64 %125
  store float %123, ptr %126, align 4, !alias.scope !347, !noalias !348
  br label %latch23

latch23:                                          ; preds = %body22
  %127 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !349

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %exit19
  %i30 = phi i64 [ %i, %exit19 ], [ %129, %latch28 ]
  %128 = icmp slt i64 %i30, %109
  br i1 %128, label %body27, label %exit29

body27:                                           ; preds = %loop26
  br label %loop31

latch28:                                          ; preds = %exit34
  %129 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %latch

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %131, %latch33 ]
  %130 = icmp slt i64 %i35, 288
  br i1 %130, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %131 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch28

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %147, %latch38 ]
  %132 = icmp slt i64 %i40, 10
  br i1 %132, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %133 = mul nsw i64 %i30, 288
  %134 = add nsw i64 %133, %i35
  %135 = getelementptr inbounds float, ptr %17, i64 %134
  %136 = load float, ptr %135, align 4, !alias.scope !350, !noalias !338
  %137 = mul nsw i64 %i30, 10
  %138 = add nsw i64 %137, %i40
  %139 = getelementptr inbounds float, ptr %15, i64 %138
  %140 = load float, ptr %139, align 4, !alias.scope !347, !noalias !348
  %141 = fmul float %136, %140
  %142 = mul nsw i64 %i30, 2880
  %143 = mul nsw i64 %i35, 10
  %144 = add nsw i64 %142, %143
  %145 = add nsw i64 %144, %i40
  %146 = getelementptr inbounds float, ptr %19, i64 %145
  store float %141, ptr %146, align 4, !alias.scope !348, !noalias !347
  br label %latch38

latch38:                                          ; preds = %body37
  %147 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !352

exit39:                                           ; preds = %loop36
  br label %latch33
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows18(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds ptr, ptr %0, i64 3
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds ptr, ptr %0, i64 4
  %15 = load ptr, ptr %14, align 8
  %16 = getelementptr inbounds ptr, ptr %0, i64 5
  %17 = load ptr, ptr %16, align 8
  %18 = getelementptr inbounds ptr, ptr %0, i64 6
  %19 = load ptr, ptr %18, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %22, %latch ]
  %20 = icmp slt i64 %i, %2
  br i1 %20, label %body, label %exit

body:                                             ; preds = %loop
  %21 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit29
  %22 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %24, %latch3 ]
  %23 = icmp slt i64 %i5, %21
  br i1 %23, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %24 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %25 = add nsw i64 %i, 1
  br label %loop26

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %27, %latch8 ]
  %26 = icmp slt i64 %i10, 1
  br i1 %26, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %27 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %29, %latch13 ]
  %28 = icmp slt i64 %i15, 8
  br i1 %28, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %29 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %31, %latch18 ]
  %30 = icmp slt i64 %i20, 12
  br i1 %30, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %31 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %119, %latch23 ]
  %32 = icmp slt i64 %i25, 12
  br i1 %32, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %33 = mul nsw i64 %i5, 1152
  %34 = mul nsw i64 %i10, 1152
  %35 = add nsw i64 %33, %34
  %36 = mul nsw i64 %i15, 144
  %37 = add nsw i64 %35, %36
  %38 = mul nsw i64 %i20, 12
  %39 = add nsw i64 %37, %38
  %40 = add nsw i64 %39, %i25
  %41 = urem i64 %40, 2
  %42 = udiv i64 %40, 2
  %43 = urem i64 %42, 6
  %44 = udiv i64 %42, 6
  %45 = urem i64 %44, 2
  %46 = udiv i64 %44, 2
  %47 = urem i64 %46, 6
  %48 = udiv i64 %46, 6
  %49 = urem i64 %48, 8
  %50 = udiv i64 %48, 8
  %51 = mul nsw i64 %50, 288
  %52 = mul nsw i64 %49, 36
  %53 = add nsw i64 %51, %52
  %54 = mul nsw i64 %47, 6
  %55 = add nsw i64 %53, %54
  %56 = add nsw i64 %55, %43
  %57 = urem i64 %56, 288
  %58 = udiv i64 %56, 288
  %59 = mul nsw i64 %58, 288
  %60 = add nsw i64 %59, %57
  %61 = getelementptr inbounds float, ptr %7, i64 %60
  %62 = load float, ptr %61, align 4, !alias.scope !353, !noalias !356
  %63 = mul nsw i64 %50, 1152
  %64 = mul nsw i64 %49, 144
  %65 = add nsw i64 %63, %64
  %66 = mul nsw i64 %47, 24
  %67 = add nsw i64 %65, %66
  %68 = mul nsw i64 %45, 12
  %69 = add nsw i64 %67, %68
  %70 = mul nsw i64 %43, 2
  %71 = add nsw i64 %69, %70
  %72 = add nsw i64 %71, %41
  %73 = getelementptr inbounds float, ptr %9, i64 %72
  %74 = load float, ptr %73, align 4, !alias.scope !359, !noalias !356
  %75 = mul nsw i64 %50, 288
  %76 = mul nsw i64 %49, 36
  %77 = add nsw i64 %75, %76
  %78 = mul nsw i64 %47, 6
  %79 = add nsw i64 %77, %78
  %80 = add nsw i64 %79, %43
  %81 = getelementptr inbounds float, ptr %11, i64 %80
  %82 = load float, ptr %81, align 4, !alias.scope !361, !noalias !356
  %83 = fdiv float %74, %82
  %84 = fmul float %62, %83
  %85 = mul nsw i64 %i5, 1152
  %86 = mul nsw i64 %i10, 1152
  %87 = add nsw i64 %85, %86
  %88 = mul nsw i64 %i15, 144
  %89 = add nsw i64 %87, %88
  %90 = mul nsw i64 %i20, 12
  %91 = add nsw i64 %89, %90
  %92 = add nsw i64 %91, %i25
  %93 = getelementptr inbounds float, ptr %13, i64 %92
  %94 = load float, ptr %93, align 4, !alias.scope !363, !noalias !356
  %95 = mul nsw i64 %i5, 1152
  %96 = mul nsw i64 %i10, 1152
  %97 = add nsw i64 %95, %96
  %98 = mul nsw i64 %i15, 144
  %99 = add nsw i64 %97, %98
  %100 = mul nsw i64 %i20, 12
  %101 = add nsw i64 %99, %100
  %102 = add nsw i64 %101, %i25
  %103 = getelementptr inbounds float, ptr %15, i64 %102
  %104 = load float, ptr %103, align 4, !alias.scope !365, !noalias !356
  %105 = fcmp oeq float %94, %104
  %106 = fcmp oeq float 0.000000e+00, %104
  %107 = select i1 %106, float 5.000000e-01, float 1.000000e+00
  %108 = select i1 %105, float %107, float 0.000000e+00
  %109 = fmul float %84, %108
  %110 = mul nsw i64 %i5, 1152
  %111 = mul nsw i64 %i10, 1152
  %112 = add nsw i64 %110, %111
  %113 = mul nsw i64 %i15, 144
  %114 = add nsw i64 %112, %113
  %115 = mul nsw i64 %i20, 12
  %116 = add nsw i64 %114, %115
  %117 = add nsw i64 %116, %i25
  %118 = getelementptr inbounds float, ptr %17, i64 %117
  store float %109, ptr %118, align 4, !alias.scope !367, !noalias !368
  br label %latch23

latch23:                                          ; preds = %body22
  %119 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !369

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %exit4
  %i30 = phi i64 [ %i, %exit4 ], [ %121, %latch28 ]
  %120 = icmp slt i64 %i30, %25
  br i1 %120, label %body27, label %exit29

body27:                                           ; preds = %loop26
  br label %loop31

latch28:                                          ; preds = %exit34
  %121 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %latch

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %123, %latch33 ]
  %122 = icmp slt i64 %i35, 8
  br i1 %122, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit49
  %123 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch28

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %127, %latch38 ]
  %124 = icmp slt i64 %i40, 1
  br i1 %124, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %125 = mul nsw i64 %i40, 128
  %126 = add nsw i64 %125, 16
  br label %loop41

latch38:                                          ; preds = %merge.done
  %127 = add nsw i64 %i40, 1
  br label %loop36

exit39:                                           ; preds = %loop36
  br label %loop46

loop41:                                           ; preds = %latch43, %body37
  %i45 = phi i64 [ %125, %body37 ], [ %249, %latch43 ]
  %128 = icmp slt i64 %i45, %126
  br i1 %128, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %129 = urem i64 %i45, 12
  %130 = udiv i64 %i45, 12
  %131 = urem i64 %130, 12
  %132 = udiv i64 %130, 12
  %133 = mul nsw i64 %i30, 1152
  %134 = add nsw i64 %133, 0
  %135 = mul nsw i64 %i35, 144
  %136 = add nsw i64 %134, %135
  %137 = mul nsw i64 %131, 12
  %138 = add nsw i64 %136, %137
  %139 = add nsw i64 %138, %129
  %140 = getelementptr inbounds float, ptr %17, i64 %139
  %141 = load float, ptr %140, align 4, !alias.scope !367, !noalias !368
  %142 = add nsw i64 %i45, 16
  %143 = urem i64 %142, 12
  %144 = udiv i64 %142, 12
  %145 = urem i64 %144, 12
  %146 = udiv i64 %144, 12
  %147 = mul nsw i64 %i30, 1152
  %148 = add nsw i64 %147, 0
  %149 = mul nsw i64 %i35, 144
  %150 = add nsw i64 %148, %149
  %151 = mul nsw i64 %145, 12
  %152 = add nsw i64 %150, %151
  %153 = add nsw i64 %152, %143
  %154 = getelementptr inbounds float, ptr %17, i64 %153
  %155 = load float, ptr %154, align 4, !alias.scope !367, !noalias !368
  %156 = add nsw i64 %i45, 32
  %157 = urem i64 %156, 12
  %158 = udiv i64 %156, 12
  %159 = urem i64 %158, 12
  %160 = udiv i64 %158, 12
  %161 = mul nsw i64 %i30, 1152
  %162 = add nsw i64 %161, 0
  %163 = mul nsw i64 %i35, 144
  %164 = add nsw i64 %162, %163
  %165 = mul nsw i64 %159, 12
  %166 = add nsw i64 %164, %165
  %167 = add nsw i64 %166, %157
  %168 = getelementptr inbounds float, ptr %17, i64 %167
  %169 = load float, ptr %168, align 4, !alias.scope !367, !noalias !368
  %170 = add nsw i64 %i45, 48
  %171 = urem i64 %170, 12
  %172 = udiv i64 %170, 12
  %173 = urem i64 %172, 12
  %174 = udiv i64 %172, 12
  %175 = mul nsw i64 %i30, 1152
  %176 = add nsw i64 %175, 0
  %177 = mul nsw i64 %i35, 144
  %178 = add nsw i64 %176, %177
  %179 = mul nsw i64 %173, 12
  %180 = add nsw i64 %178, %179
  %181 = add nsw i64 %180, %171
  %182 = getelementptr inbounds float, ptr %17, i64 %181
  %183 = load float, ptr %182, align 4, !alias.scope !367, !noalias !368
  %184 = add nsw i64 %i45, 64
  %185 = urem i64 %184, 12
  %186 = udiv i64 %184, 12
  %187 = urem i64 %186, 12
  %188 = udiv i64 %186, 12
  %189 = mul nsw i64 %i30, 1152
  %190 = add nsw i64 %189, 0
  %191 = mul nsw i64 %i35, 144
  %192 = add nsw i64 %190, %191
  %193 = mul nsw i64 %187, 12
  %194 = add nsw i64 %192, %193
  %195 = add nsw i64 %194, %185
  %196 = getelementptr inbounds float, ptr %17, i64 %195
  %197 = load float, ptr %196, align 4, !alias.scope !367, !noalias !368
  %198 = add nsw i64 %i45, 80
  %199 = urem i64 %198, 12
  %200 = udiv i64 %198, 12
  %201 = urem i64 %200, 12
  %202 = udiv i64 %200, 12
  %203 = mul nsw i64 %i30, 1152
  %204 = add nsw i64 %203, 0
  %205 = mul nsw i64 %i35, 144
  %206 = add nsw i64 %204, %205
  %207 = mul nsw i64 %201, 12
  %208 = add nsw i64 %206, %207
  %209 = add nsw i64 %208, %199
  %210 = getelementptr inbounds float, ptr %17, i64 %209
  %211 = load float, ptr %210, align 4, !alias.scope !367, !noalias !368
  %212 = add nsw i64 %i45, 96
  %213 = urem i64 %212, 12
  %214 = udiv i64 %212, 12
  %215 = urem i64 %214, 12
  %216 = udiv i64 %214, 12
  %217 = mul nsw i64 %i30, 1152
  %218 = add nsw i64 %217, 0
  %219 = mul nsw i64 %i35, 144
  %220 = add nsw i64 %218, %219
  %221 = mul nsw i64 %215, 12
  %222 = add nsw i64 %220, %221
  %223 = add nsw i64 %222, %213
  %224 = getelementptr inbounds float, ptr %17, i64 %223
  %225 = load float, ptr %224, align 4, !alias.scope !367, !noalias !368
  %226 = add nsw i64 %i45, 112
  %227 = urem i64 %226, 12
  %228 = udiv i64 %226, 12
  %229 = urem i64 %228, 12
  %230 = udiv i64 %228, 12
  %231 = mul nsw i64 %i30, 1152
  %232 = add nsw i64 %231, 0
  %233 = mul nsw i64 %i35, 144
  %234 = add nsw i64 %232, %233
  %235 = mul nsw i64 %229, 12
  %236 = add nsw i64 %234, %235
  %237 = add nsw i64 %236, %227
  %238 = getelementptr inbounds float, ptr %17, i64 %237
  %239 = load float, ptr %238, align 4, !alias.scope !367, !noalias !368
  %240 = fadd float %141, %155
  %241 = fadd float %169, %183
  %242 = fadd float %240, %241
  %243 = fadd float %197, %211
  %244 = fadd float %225, %239
  %245 = fadd float %243, %244
  %246 = fadd float %242, %245
  %247 = sub i64 %i45, %125
  %248 = getelementptr inbounds float, ptr %3, i64 %247
  store float %246, ptr %248, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %249 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !370

exit44:                                           ; preds = %loop41
  br label %merge.test

merge.test:                                       ; preds = %merge, %exit44
  %level = phi i64 [ 0, %exit44 ], [ %257, %merge ]
  %250 = lshr i64 %i40, %level
  %251 = and i64 %250, 1
  %252 = icmp ne i64 %251, 0
  br i1 %252, label %merge, label %merge.done

merge:                                            ; preds = %merge.test
  %253 = getelementptr inbounds <16 x float>, ptr %4, i64 %level
  %254 = load <16 x float>, ptr %253, align 4
  %255 = load <16 x float>, ptr %3, align 4
  %256 = fadd <16 x float> %254, %255
  store <16 x float> %256, ptr %3, align 4
  %257 = add nsw i64 %level, 1
  br label %merge.test

merge.done:                                       ; preds = %merge.test
  %258 = load <16 x float>, ptr %3, align 4
  %259 = getelementptr inbounds <16 x float>, ptr %4, i64 %level
  store <16 x float> %258, ptr %259, align 4
  br label %latch38

loop46:                                           ; preds = %latch48, %exit39
  %i50 = phi i64 [ 128, %exit39 ], [ %276, %latch48 ]
  %260 = icmp slt i64 %i50, 144
  br i1 %260, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %261 = urem i64 %i50, 12
  %262 = udiv i64 %i50, 12
  %263 = urem i64 %262, 12
  %264 = udiv i64 %262, 12
  %265 = mul nsw i64 %i30, 1152
  %266 = add nsw i64 %265, 0
  %267 = mul nsw i64 %i35, 144
  %268 = add nsw i64 %266, %267
  %269 = mul nsw i64 %263, 12
  %270 = add nsw i64 %268, %269
  %271 = add nsw i64 %270, %261
  %272 = getelementptr inbounds float, ptr %17, i64 %271
  %273 = load float, ptr %272, align 4, !alias.scope !367, !noalias !368
  %274 = sub i64 %i50, 128
  %275 = getelementptr inbounds float, ptr %5, i64 %274
  store float %273, ptr %275, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %276 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !371

exit49:                                           ; preds = %loop46
  %277 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %278 = load <16 x float>, ptr %277, align 4
  %279 = getelementptr inbounds <16 x float>, ptr %4, i64 0
  %280 = load <16 x float>, ptr %279, align 4
  %281 = fadd <16 x float> %280, %278
  store <16 x float> %281, ptr %3, align 4
  %282 = getelementptr inbounds float, ptr %3, i64 0
  %283 = load float, ptr %282, align 4
  %284 = getelementptr inbounds float, ptr %3, i64 1
  %285 = load float, ptr %284, align 4
  %286 = getelementptr inbounds float, ptr %3, i64 2
  %287 = load float, ptr %286, align 4
  %288 = getelementptr inbounds float, ptr %3, i64 3
  %289 = load float, ptr %288, align 4
  %290 = getelementptr inbounds float, ptr %3, i64 4
  %291 = load float, ptr %290, align 4
  %292 = getelementptr inbounds float, ptr %3, i64 5
  %293 = load float, ptr %292, align 4
  %294 = getelementptr inbounds float, ptr %3, i64 6
  %295 = load float, ptr %294, align 4
  %296 = getelementptr inbounds float, ptr %3, i64 7
  %297 = load float, ptr %296, align 4
  %298 = getelementptr inbounds float, ptr %3, i64 8
  %299 = load float, ptr %298, align 4
  %300 = getelementptr inbounds float, ptr %3, i64 9
  %301 = load float, ptr %300, align 4
  %302 = getelementptr inbounds float, ptr %3, i64 10
  %303 = load float, ptr %302, align 4
  %304 = getelementptr inbounds float, ptr %3, i64 11
  %305 = load float, ptr %304, align 4
  %306 = getelementptr inbounds float, ptr %3, i64 12
  %307 = load float, ptr %306, align 4
  %308 = getelementptr inbounds float, ptr %3, i64 13
  %309 = load float, ptr %308, align 4
  %310 = getelementptr inbounds float, ptr %3, i64 14
  %311 = load float, ptr %310, align 4
  %312 = getelementptr inbounds float, ptr %3, i64 15
  %313 = load float, ptr %312, align 4
  %314 = fadd float %283, %299
  %315 = fadd float %285, %301
  %316 = fadd float %287, %303
  %317 = fadd float %289, %305
  %318 = fadd float %291, %307
  %319 = fadd float %293, %309
  %320 = fadd float %295, %311
  %321 = fadd float %297, %313
  %322 = fadd float %314, %318
  %323 = fadd float %315, %319
  %324 = fadd float %316, %320
  %325 = fadd float %317, %321
  %326 = fadd float %322, %324
  %327 = fadd float %323, %325
  %328 = fadd float %326, %327
  %329 = mul nsw i64 %i30, 8
  %330 = add nsw i64 %329, %i35
  %331 = getelementptr inbounds float, ptr %19, i64 %330
  store float %328, ptr %331, align 4, !alias.scope !368, !noalias !367
  br label %latch33
}

; Function Attrs: nounwind
define internal i32 @per_sample.k21(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %10, %latch3 ]
  %9 = icmp slt i64 %i5, 1
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %10 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %12, %latch8 ]
  %11 = icmp slt i64 %i10, 12
  br i1 %11, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %12 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %42, %latch13 ]
  %13 = icmp slt i64 %i15, 12
  br i1 %13, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %14 = mul nsw i64 %i, 144
  %15 = mul nsw i64 %i5, 144
  %16 = add nsw i64 %14, %15
  %17 = mul nsw i64 %i10, 12
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i15
  %20 = urem i64 %19, 12
  %21 = udiv i64 %19, 12
  %22 = urem i64 %21, 12
  %23 = udiv i64 %21, 12
  %24 = urem i64 %23, 8
  %25 = udiv i64 %23, 8
  %26 = mul nsw i64 %25, 1152
  %27 = add nsw i64 %26, 0
  %28 = mul nsw i64 %24, 144
  %29 = add nsw i64 %27, %28
  %30 = mul nsw i64 %22, 12
  %31 = add nsw i64 %29, %30
  %32 = add nsw i64 %31, %20
  %33 = getelementptr inbounds float, ptr %4, i64 %32
  %34 = load float, ptr %33, align 4, !alias.scope !372, !noalias !375
  %35 = mul nsw i64 %i, 144
  %36 = mul nsw i64 %i5, 144
  %37 = add nsw i64 %35, %36
  %38 = mul nsw i64 %i10, 12
  %39 = add nsw i64 %37, %38
  %40 = add nsw i64 %39, %i15
  %41 = getelementptr inbounds float, ptr %6, i64 %40
  store float %34, ptr %41, align 4, !alias.scope !375
  br label %latch13

latch13:                                          ; preds = %body12
  %42 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !377

exit14:                                           ; preds = %loop11
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @per_sample.k22(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  %9 = call i32 @ftc_rt_conv_f32(ptr %4, ptr %6, ptr %8, ptr @per_sample.k22.conv_desc)
  ret i32 %9
}

; Function Attrs: nounwind
define internal i32 @per_sample.k23(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %10, %latch3 ]
  %9 = icmp slt i64 %i5, 8
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %10 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %12, %latch8 ]
  %11 = icmp slt i64 %i10, 1
  br i1 %11, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %12 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %14, %latch13 ]
  %13 = icmp slt i64 %i15, 3
  br i1 %13, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %14 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %46, %latch18 ]
  %15 = icmp slt i64 %i20, 3
  br i1 %15, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %16 = mul nsw i64 %i, 72
  %17 = mul nsw i64 %i5, 9
  %18 = add nsw i64 %16, %17
  %19 = mul nsw i64 %i10, 9
  %20 = add nsw i64 %18, %19
  %21 = mul nsw i64 %i15, 3
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %i20
  %24 = urem i64 %23, 3
  %25 = udiv i64 %23, 3
  %26 = urem i64 %25, 3
  %27 = udiv i64 %25, 3
  %28 = urem i64 %27, 256
  %29 = udiv i64 %27, 256
  %30 = mul nsw i64 %28, 9
  %31 = add nsw i64 0, %30
  %32 = mul nsw i64 %26, 3
  %33 = add nsw i64 %31, %32
  %34 = add nsw i64 %33, %24
  %35 = getelementptr inbounds float, ptr %4, i64 %34
  %36 = load float, ptr %35, align 4, !alias.scope !378, !noalias !381
  %37 = mul nsw i64 %i, 72
  %38 = mul nsw i64 %i5, 9
  %39 = add nsw i64 %37, %38
  %40 = mul nsw i64 %i10, 9
  %41 = add nsw i64 %39, %40
  %42 = mul nsw i64 %i15, 3
  %43 = add nsw i64 %41, %42
  %44 = add nsw i64 %43, %i20
  %45 = getelementptr inbounds float, ptr %6, i64 %44
  store float %36, ptr %45, align 4, !alias.scope !381
  br label %latch18

latch18:                                          ; preds = %body17
  %46 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !383

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define i32 @per_sample(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9) #0 {
entry:
  %10 = alloca ptr, align 8
  store ptr null, ptr %10, align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [7 x ptr], align 8
  %13 = alloca [3 x ptr], align 8
  %14 = alloca [4 x ptr], align 8
  %15 = alloca [2 x ptr], align 8
  %16 = alloca [6 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [7 x ptr], align 8
  %19 = alloca [2 x ptr], align 8
  %20 = alloca [2 x ptr], align 8
  %21 = alloca [3 x ptr], align 8
  %22 = alloca [2 x ptr], align 8
  %23 = call i32 @ftc_rt_alloc(ptr %10, i64 811008)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %fail, label %ok

fail:                                             ; preds = %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %23, %entry ], [ %31, %ok ], [ %46, %ok1 ], [ %53, %ok2 ], [ %62, %ok3 ], [ %67, %ok4 ], [ %79, %ok5 ], [ %85, %ok6 ], [ %100, %ok7 ], [ %105, %ok8 ], [ %111, %ok9 ], [ %119, %ok10 ], [ %124, %ok11 ]
  %25 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %25)
  ret i32 %status

ok:                                               ; preds = %entry
  %26 = load ptr, ptr %10, align 8
  %27 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %4, ptr %27, align 8
  %28 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %0, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %26, i64 0
  %30 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %29, ptr %30, align 8
  %31 = call i32 @batch_loss.k0(ptr %11, i64 0, i64 1)
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %33 = getelementptr inbounds i8, ptr %26, i64 0
  %34 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %1, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %26, i64 147456
  %37 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %26, i64 294912
  %39 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %26, i64 442368
  %41 = getelementptr inbounds ptr, ptr %12, i64 4
  store ptr %40, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %26, i64 589824
  %43 = getelementptr inbounds ptr, ptr %12, i64 5
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %26, i64 626688
  %45 = getelementptr inbounds ptr, ptr %12, i64 6
  store ptr %44, ptr %45, align 8
  %46 = call i32 @per_sample.rows1(ptr %12, i64 0, i64 32)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %48 = getelementptr inbounds i8, ptr %26, i64 626688
  %49 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %2, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %26, i64 0
  %52 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %51, ptr %52, align 8
  %53 = call i32 @batch_loss.k3(ptr %13, i64 0, i64 1)
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %55 = getelementptr inbounds i8, ptr %26, i64 0
  %56 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %55, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %3, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %26, i64 1280
  %59 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %26, i64 2560
  %61 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %60, ptr %61, align 8
  %62 = call i32 @per_sample.rows8(ptr %14, i64 0, i64 32)
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %64 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %5, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %26, i64 0
  %66 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %65, ptr %66, align 8
  %67 = call i32 @per_sample.k12(ptr %15, i64 0, i64 1)
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %69 = getelementptr inbounds i8, ptr %26, i64 0
  %70 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %69, ptr %70, align 8
  %71 = getelementptr inbounds i8, ptr %26, i64 2560
  %72 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %71, ptr %72, align 8
  %73 = getelementptr inbounds i8, ptr %26, i64 1280
  %74 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %73, ptr %74, align 8
  %75 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %9, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %26, i64 626688
  %77 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds ptr, ptr %16, i64 5
  store ptr %8, ptr %78, align 8
  %79 = call i32 @per_sample.rows13(ptr %16, i64 0, i64 32)
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %81 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %9, ptr %81, align 8
  %82 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %2, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %26, i64 0
  %84 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %83, ptr %84, align 8
  %85 = call i32 @forward_and_grad.k21(ptr %17, i64 0, i64 1)
  %86 = icmp ne i32 %85, 0
  br i1 %86, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %87 = getelementptr inbounds i8, ptr %26, i64 0
  %88 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %87, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %26, i64 442368
  %90 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %26, i64 589824
  %92 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %26, i64 147456
  %94 = getelementptr inbounds ptr, ptr %18, i64 3
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %26, i64 294912
  %96 = getelementptr inbounds ptr, ptr %18, i64 4
  store ptr %95, ptr %96, align 8
  %97 = getelementptr inbounds i8, ptr %26, i64 663552
  %98 = getelementptr inbounds ptr, ptr %18, i64 5
  store ptr %97, ptr %98, align 8
  %99 = getelementptr inbounds ptr, ptr %18, i64 6
  store ptr %7, ptr %99, align 8
  %100 = call i32 @per_sample.rows18(ptr %18, i64 0, i64 32)
  %101 = icmp ne i32 %100, 0
  br i1 %101, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %102 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %4, ptr %102, align 8
  %103 = getelementptr inbounds i8, ptr %26, i64 0
  %104 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %103, ptr %104, align 8
  %105 = call i32 @forward_and_grad.k25(ptr %19, i64 0, i64 1)
  %106 = icmp ne i32 %105, 0
  br i1 %106, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %107 = getelementptr inbounds i8, ptr %26, i64 663552
  %108 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %107, ptr %108, align 8
  %109 = getelementptr inbounds i8, ptr %26, i64 18432
  %110 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %109, ptr %110, align 8
  %111 = call i32 @per_sample.k21(ptr %20, i64 0, i64 256)
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %113 = getelementptr inbounds i8, ptr %26, i64 0
  %114 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds i8, ptr %26, i64 18432
  %116 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds i8, ptr %26, i64 165888
  %118 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %117, ptr %118, align 8
  %119 = call i32 @per_sample.k22(ptr %21, i64 0, i64 1)
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %121 = getelementptr inbounds i8, ptr %26, i64 165888
  %122 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %121, ptr %122, align 8
  %123 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %6, ptr %123, align 8
  %124 = call i32 @per_sample.k23(ptr %22, i64 0, i64 32)
  %125 = icmp ne i32 %124, 0
  br i1 %125, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %126 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %126)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind willreturn memory(none) }
attributes #3 = { noinline nounwind }
attributes #4 = { "vector-function-abi-variant"="_ZGVdN8v_expf(_ZGVdN8v_expf)" }
attributes #5 = { "vector-function-abi-variant"="_ZGVdN8v_logf(_ZGVdN8v_logf)" }

!0 = !{!1}
!1 = !{!"loss.k0.buffer0", !2}
!2 = !{!"loss.k0.buffers"}
!3 = !{!4}
!4 = !{!"loss.k0.buffer1", !2}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.vectorize.width", i32 8}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = !{!9}
!9 = !{!"loss.k2.buffer2", !10}
!10 = !{!"loss.k2.buffers"}
!11 = !{!12}
!12 = !{!"loss.k2.buffer0", !10}
!13 = !{!14}
!14 = !{!"loss.k2.buffer1", !10}
!15 = distinct !{!15, !6, !16, !7}
!16 = !{!"llvm.loop.interleave.count", i32 4}
!17 = !{!18}
!18 = !{!"loss.k3.buffer0", !19}
!19 = !{!"loss.k3.buffers"}
!20 = !{!21}
!21 = !{!"loss.k3.buffer1", !19}
!22 = distinct !{!22, !6, !7}
!23 = !{!24}
!24 = !{!"loss.k4.buffer1", !25}
!25 = !{!"loss.k4.buffers"}
!26 = !{!27}
!27 = !{!"loss.k4.buffer3", !25}
!28 = !{!29}
!29 = !{!"loss.k4.buffer0", !25}
!30 = distinct !{!30, !31, !7}
!31 = !{!"llvm.loop.vectorize.enable", i1 false}
!32 = distinct !{!32, !31, !7}
!33 = distinct !{!33, !31, !7}
!34 = !{!35}
!35 = !{!"loss.k4.buffer2", !25}
!36 = distinct !{!36, !37, !6, !7}
!37 = !{!"llvm.loop.vectorize.enable", i1 true}
!38 = !{!39}
!39 = !{!"loss.k5.buffer0", !40}
!40 = !{!"loss.k5.buffers"}
!41 = !{!42}
!42 = !{!"loss.k5.buffer1", !40}
!43 = distinct !{!43, !6, !16, !7}
!44 = !{!45}
!45 = !{!"loss.k6.buffer0", !46}
!46 = !{!"loss.k6.buffers"}
!47 = !{!48}
!48 = !{!"loss.k6.buffer2", !46}
!49 = !{!50}
!50 = !{!"loss.k6.buffer1", !46}
!51 = distinct !{!51, !6, !7}
!52 = !{!53}
!53 = !{!"loss.k7.buffer0", !54}
!54 = !{!"loss.k7.buffers"}
!55 = !{!56}
!56 = !{!"loss.k7.buffer1", !54}
!57 = distinct !{!57, !37, !58, !7}
!58 = !{!"llvm.loop.vectorize.width", i32 16}
!59 = !{!60}
!60 = !{!"loss.k8.buffer0", !61}
!61 = !{!"loss.k8.buffers"}
!62 = !{!63}
!63 = !{!"loss.k8.buffer1", !61}
!64 = distinct !{!64, !6, !7}
!65 = !{!66}
!66 = !{!"loss.k9.buffer2", !67}
!67 = !{!"loss.k9.buffers"}
!68 = !{!69}
!69 = !{!"loss.k9.buffer3", !67}
!70 = !{!71}
!71 = !{!"loss.k9.buffer0", !67}
!72 = !{!73}
!73 = !{!"loss.k9.buffer1", !67}
!74 = !{!75}
!75 = !{!"batch_loss.rows1.buffer0", !76}
!76 = !{!"batch_loss.rows1.buffers"}
!77 = !{!78}
!78 = !{!"batch_loss.rows1.buffer2", !76}
!79 = !{!80}
!80 = !{!"batch_loss.rows1.buffer1", !76}
!81 = distinct !{!81, !6, !16, !7}
!82 = distinct !{!82, !6, !7}
!83 = !{!84}
!84 = !{!"batch_loss.rows4.buffer0", !85}
!85 = !{!"batch_loss.rows4.buffers"}
!86 = !{!87, !88}
!87 = !{!"batch_loss.rows4.buffer2", !85}
!88 = !{!"batch_loss.rows4.buffer3", !85}
!89 = !{!90}
!90 = !{!"batch_loss.rows4.buffer1", !85}
!91 = distinct !{!91, !6, !7}
!92 = distinct !{!92, !6, !16, !7}
!93 = !{!87}
!94 = !{!88}
!95 = distinct !{!95, !6, !7}
!96 = distinct !{!96, !37, !58, !7}
!97 = distinct !{!97, !6, !7}
!98 = !{!99}
!99 = !{!"batch_loss.k9.buffer2", !100}
!100 = !{!"batch_loss.k9.buffers"}
!101 = !{!102}
!102 = !{!"batch_loss.k9.buffer3", !100}
!103 = !{!104}
!104 = !{!"batch_loss.k9.buffer0", !100}
!105 = !{!106}
!106 = !{!"batch_loss.k9.buffer1", !100}
!107 = distinct !{!107, !37, !58, !7}
!108 = distinct !{!108, !37, !58, !7}
!109 = !{!110}
!110 = !{!"batch_loss.k10.buffer0", !111}
!111 = !{!"batch_loss.k10.buffers"}
!112 = !{!113}
!113 = !{!"batch_loss.k10.buffer1", !111}
!114 = distinct !{!114, !6, !7}
!115 = !{!116}
!116 = !{!"losses.rows1.buffer0", !117}
!117 = !{!"losses.rows1.buffers"}
!118 = !{!119}
!119 = !{!"losses.rows1.buffer2", !117}
!120 = !{!121}
!121 = !{!"losses.rows1.buffer1", !117}
!122 = distinct !{!122, !6, !16, !7}
!123 = distinct !{!123, !6, !7}
!124 = !{!125}
!125 = !{!"losses.rows4.buffer0", !126}
!126 = !{!"losses.rows4.buffers"}
!127 = !{!128, !129}
!128 = !{!"losses.rows4.buffer2", !126}
!129 = !{!"losses.rows4.buffer3", !126}
!130 = !{!131}
!131 = !{!"losses.rows4.buffer1", !126}
!132 = distinct !{!132, !6, !7}
!133 = distinct !{!133, !6, !16, !7}
!134 = !{!128}
!135 = !{!129}
!136 = distinct !{!136, !6, !7}
!137 = distinct !{!137, !37, !58, !7}
!138 = distinct !{!138, !6, !7}
!139 = !{!140}
!140 = !{!"losses.k9.buffer2", !141}
!141 = !{!"losses.k9.buffers"}
!142 = !{!143}
!143 = !{!"losses.k9.buffer3", !141}
!144 = !{!145}
!145 = !{!"losses.k9.buffer0", !141}
!146 = !{!147}
!147 = !{!"losses.k9.buffer1", !141}
!148 = distinct !{!148, !6, !7}
!149 = !{!150}
!150 = !{!"forward_and_grad.rows1.buffer0", !151}
!151 = !{!"forward_and_grad.rows1.buffers"}
!152 = !{!153, !154, !155, !156, !157}
!153 = !{!"forward_and_grad.rows1.buffer2", !151}
!154 = !{!"forward_and_grad.rows1.buffer3", !151}
!155 = !{!"forward_and_grad.rows1.buffer4", !151}
!156 = !{!"forward_and_grad.rows1.buffer5", !151}
!157 = !{!"forward_and_grad.rows1.buffer6", !151}
!158 = !{!159}
!159 = !{!"forward_and_grad.rows1.buffer1", !151}
!160 = !{!153}
!161 = !{!154, !155, !156, !157}
!162 = !{!154}
!163 = !{!153, !155, !156, !157}
!164 = distinct !{!164, !6, !7}
!165 = distinct !{!165, !6, !7}
!166 = distinct !{!166, !6, !16, !7}
!167 = !{!155}
!168 = !{!153, !154, !156, !157}
!169 = distinct !{!169, !6, !7}
!170 = distinct !{!170, !37, !58, !7}
!171 = !{!156}
!172 = !{!153, !154, !155, !157}
!173 = !{!157}
!174 = !{!153, !154, !155, !156}
!175 = distinct !{!175, !6, !7}
!176 = !{!177}
!177 = !{!"forward_and_grad.rows8.buffer0", !178}
!178 = !{!"forward_and_grad.rows8.buffers"}
!179 = !{!180, !181, !182, !183}
!180 = !{!"forward_and_grad.rows8.buffer2", !178}
!181 = !{!"forward_and_grad.rows8.buffer3", !178}
!182 = !{!"forward_and_grad.rows8.buffer4", !178}
!183 = !{!"forward_and_grad.rows8.buffer5", !178}
!184 = !{!185}
!185 = !{!"forward_and_grad.rows8.buffer1", !178}
!186 = distinct !{!186, !6, !7}
!187 = distinct !{!187, !6, !16, !7}
!188 = !{!180}
!189 = !{!181, !182, !183}
!190 = !{!181}
!191 = !{!180, !182, !183}
!192 = distinct !{!192, !6, !7}
!193 = distinct !{!193, !37, !58, !7}
!194 = !{!182}
!195 = !{!180, !181, !183}
!196 = !{!183}
!197 = !{!180, !181, !182}
!198 = distinct !{!198, !6, !7}
!199 = !{!200}
!200 = !{!"forward_and_grad.k15.buffer1", !201}
!201 = !{!"forward_and_grad.k15.buffers"}
!202 = !{!203}
!203 = !{!"forward_and_grad.k15.buffer0", !201}
!204 = !{!205}
!205 = !{!"forward_and_grad.rows16.buffer0", !206}
!206 = !{!"forward_and_grad.rows16.buffers"}
!207 = !{!208}
!208 = !{!"forward_and_grad.rows16.buffer3", !206}
!209 = distinct !{!209, !37, !58, !7}
!210 = !{!211}
!211 = !{!"forward_and_grad.rows16.buffer1", !206}
!212 = distinct !{!212, !6, !7}
!213 = !{!214}
!214 = !{!"forward_and_grad.rows16.buffer2", !206}
!215 = distinct !{!215, !6, !7}
!216 = distinct !{!216, !31, !7}
!217 = distinct !{!217, !31, !7}
!218 = !{!219}
!219 = !{!"forward_and_grad.k19.buffer0", !220}
!220 = !{!"forward_and_grad.k19.buffers"}
!221 = !{!222}
!222 = !{!"forward_and_grad.k19.buffer1", !220}
!223 = distinct !{!223, !37, !7}
!224 = distinct !{!224, !31, !7}
!225 = distinct !{!225, !37, !7}
!226 = distinct !{!226, !31, !7}
!227 = distinct !{!227, !37, !7}
!228 = distinct !{!228, !31, !7}
!229 = distinct !{!229, !37, !7}
!230 = distinct !{!230, !31, !7}
!231 = distinct !{!231, !37, !7}
!232 = distinct !{!232, !37, !7}
!233 = !{!234}
!234 = !{!"forward_and_grad.k22.buffer0", !235}
!235 = !{!"forward_and_grad.k22.buffers"}
!236 = !{!237}
!237 = !{!"forward_and_grad.k22.buffer5", !235}
!238 = !{!239}
!239 = !{!"forward_and_grad.k22.buffer1", !235}
!240 = !{!241}
!241 = !{!"forward_and_grad.k22.buffer2", !235}
!242 = !{!243}
!243 = !{!"forward_and_grad.k22.buffer3", !235}
!244 = !{!245}
!245 = !{!"forward_and_grad.k22.buffer4", !235}
!246 = distinct !{!246, !6, !7}
!247 = distinct !{!247, !31, !7}
!248 = distinct !{!248, !31, !7}
!249 = !{!250}
!250 = !{!"forward_and_grad.k23.buffer0", !251}
!251 = !{!"forward_and_grad.k23.buffers"}
!252 = !{!253}
!253 = !{!"forward_and_grad.k23.buffer1", !251}
!254 = distinct !{!254, !37, !7}
!255 = distinct !{!255, !31, !7}
!256 = distinct !{!256, !37, !7}
!257 = distinct !{!257, !31, !7}
!258 = distinct !{!258, !37, !7}
!259 = distinct !{!259, !31, !7}
!260 = distinct !{!260, !37, !7}
!261 = distinct !{!261, !31, !7}
!262 = distinct !{!262, !37, !7}
!263 = distinct !{!263, !37, !7}
!264 = !{!265}
!265 = !{!"forward_and_grad.k24.buffer0", !266}
!266 = !{!"forward_and_grad.k24.buffers"}
!267 = !{!268}
!268 = !{!"forward_and_grad.k24.buffer1", !266}
!269 = distinct !{!269, !37, !58, !7}
!270 = distinct !{!270, !37, !58, !7}
!271 = !{!272}
!272 = !{!"forward_and_grad.k25.buffer0", !273}
!273 = !{!"forward_and_grad.k25.buffers"}
!274 = !{!275}
!275 = !{!"forward_and_grad.k25.buffer1", !273}
!276 = distinct !{!276, !6, !7}
!277 = !{!278}
!278 = !{!"forward_and_grad.k26.buffer0", !279}
!279 = !{!"forward_and_grad.k26.buffers"}
!280 = !{!281}
!281 = !{!"forward_and_grad.k26.buffer1", !279}
!282 = distinct !{!282, !6, !7}
!283 = !{!284}
!284 = !{!"forward_and_grad.k28.buffer0", !285}
!285 = !{!"forward_and_grad.k28.buffers"}
!286 = !{!287}
!287 = !{!"forward_and_grad.k28.buffer1", !285}
!288 = distinct !{!288, !6, !7}
!289 = !{!290}
!290 = !{!"per_sample.rows1.buffer0", !291}
!291 = !{!"per_sample.rows1.buffers"}
!292 = !{!293, !294, !295, !296, !297}
!293 = !{!"per_sample.rows1.buffer2", !291}
!294 = !{!"per_sample.rows1.buffer3", !291}
!295 = !{!"per_sample.rows1.buffer4", !291}
!296 = !{!"per_sample.rows1.buffer5", !291}
!297 = !{!"per_sample.rows1.buffer6", !291}
!298 = !{!299}
!299 = !{!"per_sample.rows1.buffer1", !291}
!300 = !{!293}
!301 = !{!294, !295, !296, !297}
!302 = !{!294}
!303 = !{!293, !295, !296, !297}
!304 = distinct !{!304, !6, !7}
!305 = distinct !{!305, !6, !7}
!306 = distinct !{!306, !6, !16, !7}
!307 = !{!295}
!308 = !{!293, !294, !296, !297}
!309 = distinct !{!309, !6, !7}
!310 = distinct !{!310, !37, !58, !7}
!311 = !{!296}
!312 = !{!293, !294, !295, !297}
!313 = !{!297}
!314 = !{!293, !294, !295, !296}
!315 = distinct !{!315, !6, !7}
!316 = !{!317}
!317 = !{!"per_sample.rows8.buffer0", !318}
!318 = !{!"per_sample.rows8.buffers"}
!319 = !{!320, !321}
!320 = !{!"per_sample.rows8.buffer2", !318}
!321 = !{!"per_sample.rows8.buffer3", !318}
!322 = !{!323}
!323 = !{!"per_sample.rows8.buffer1", !318}
!324 = distinct !{!324, !6, !7}
!325 = distinct !{!325, !6, !16, !7}
!326 = !{!320}
!327 = !{!321}
!328 = distinct !{!328, !6, !7}
!329 = distinct !{!329, !37, !58, !7}
!330 = !{!331}
!331 = !{!"per_sample.k12.buffer1", !332}
!332 = !{!"per_sample.k12.buffers"}
!333 = !{!334}
!334 = !{!"per_sample.k12.buffer0", !332}
!335 = !{!336}
!336 = !{!"per_sample.rows13.buffer0", !337}
!337 = !{!"per_sample.rows13.buffers"}
!338 = !{!339, !340}
!339 = !{!"per_sample.rows13.buffer3", !337}
!340 = !{!"per_sample.rows13.buffer5", !337}
!341 = distinct !{!341, !37, !58, !7}
!342 = !{!343}
!343 = !{!"per_sample.rows13.buffer1", !337}
!344 = distinct !{!344, !6, !7}
!345 = !{!346}
!346 = !{!"per_sample.rows13.buffer2", !337}
!347 = !{!339}
!348 = !{!340}
!349 = distinct !{!349, !6, !7}
!350 = !{!351}
!351 = !{!"per_sample.rows13.buffer4", !337}
!352 = distinct !{!352, !6, !7}
!353 = !{!354}
!354 = !{!"per_sample.rows18.buffer0", !355}
!355 = !{!"per_sample.rows18.buffers"}
!356 = !{!357, !358}
!357 = !{!"per_sample.rows18.buffer5", !355}
!358 = !{!"per_sample.rows18.buffer6", !355}
!359 = !{!360}
!360 = !{!"per_sample.rows18.buffer1", !355}
!361 = !{!362}
!362 = !{!"per_sample.rows18.buffer2", !355}
!363 = !{!364}
!364 = !{!"per_sample.rows18.buffer3", !355}
!365 = !{!366}
!366 = !{!"per_sample.rows18.buffer4", !355}
!367 = !{!357}
!368 = !{!358}
!369 = distinct !{!369, !6, !7}
!370 = distinct !{!370, !37, !58, !7}
!371 = distinct !{!371, !37, !58, !7}
!372 = !{!373}
!373 = !{!"per_sample.k21.buffer0", !374}
!374 = !{!"per_sample.k21.buffers"}
!375 = !{!376}
!376 = !{!"per_sample.k21.buffer1", !374}
!377 = distinct !{!377, !6, !7}
!378 = !{!379}
!379 = !{!"per_sample.k23.buffer0", !380}
!380 = !{!"per_sample.k23.buffers"}
!381 = !{!382}
!382 = !{!"per_sample.k23.buffer1", !380}
!383 = distinct !{!383, !6, !7}
