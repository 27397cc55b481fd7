; ModuleID = 'cnn'
source_filename = "cnn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@loss.k1.conv_desc = internal unnamed_addr constant [26 x i64] [i64 1, i64 1, i64 8, i64 1, i64 1, i64 1, i64 12, i64 12, i64 1, i64 3, i64 3, i64 1, i64 12, i64 12, i64 1, i64 1, i64 1, i64 0, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1], align 8
@batch_loss.k0.conv_desc = internal unnamed_addr constant [26 x i64] [i64 32, i64 1, i64 8, i64 1, i64 1, i64 1, i64 12, i64 12, i64 1, i64 3, i64 3, i64 1, i64 12, i64 12, i64 1, i64 1, i64 1, i64 0, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1], align 8
@forward_and_grad.k26.conv_desc = internal unnamed_addr constant [26 x i64] [i64 1, i64 32, i64 8, i64 1, i64 1, i64 1, i64 12, i64 12, i64 1, i64 12, i64 12, i64 1, i64 3, i64 3, i64 1, i64 1, i64 1, i64 0, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1], align 8
@per_sample.k21.conv_desc = internal unnamed_addr constant [26 x i64] [i64 1, i64 1, i64 256, i64 32, i64 1, i64 1, i64 12, i64 12, i64 1, i64 12, i64 12, i64 1, i64 3, i64 3, i64 1, i64 1, i64 1, i64 0, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1], align 8
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
  %28 = load float, ptr %27, align 4
  %29 = mul nsw i64 %i, 144
  %30 = mul nsw i64 %i5, 144
  %31 = add nsw i64 %29, %30
  %32 = mul nsw i64 %i10, 12
  %33 = add nsw i64 %31, %32
  %34 = add nsw i64 %33, %i15
  %35 = getelementptr inbounds float, ptr %6, i64 %34
  store float %28, ptr %35, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %36 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !0

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
  store float %18, ptr %23, align 4
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
  %46 = load float, ptr %45, align 4
  %47 = getelementptr inbounds float, ptr %7, i64 %38
  %48 = load float, ptr %47, align 4
  %49 = fadd float %46, %48
  %50 = call float @llvm.maximum.f32(float %49, float 0.000000e+00)
  %51 = call float @llvm.maximum.f32(float %25, float %50)
  store float %51, ptr %3, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %52 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !3

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
  %17 = load float, ptr %16, align 4
  %18 = getelementptr inbounds float, ptr %6, i64 %i
  store float %17, ptr %18, align 4
  br label %latch

latch:                                            ; preds = %body
  %19 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !5

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
  %30 = load <8 x float>, ptr %29, align 4
  %31 = mul nsw i64 %23, 288
  %32 = add nsw i64 %31, %i10
  %33 = add nsw i64 %20, %32
  %34 = getelementptr inbounds float, ptr %7, i64 %33
  %35 = load float, ptr %34, align 4
  %36 = insertelement <8 x float> poison, float %35, i32 0
  %37 = shufflevector <8 x float> %36, <8 x float> poison, <8 x i32> zeroinitializer
  %38 = load <8 x float>, ptr %4, align 4
  %39 = fmul contract <8 x float> %37, %30
  %40 = fadd contract <8 x float> %38, %39
  store <8 x float> %40, ptr %4, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %41 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !6

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
  %53 = load <2 x float>, ptr %52, align 4
  %54 = mul nsw i64 %47, 288
  %55 = add nsw i64 %54, %i15
  %56 = add nsw i64 %44, %55
  %57 = getelementptr inbounds float, ptr %7, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = insertelement <2 x float> poison, float %58, i32 0
  %60 = shufflevector <2 x float> %59, <2 x float> poison, <2 x i32> zeroinitializer
  %61 = load <2 x float>, ptr %5, align 4
  %62 = fmul contract <2 x float> %60, %53
  %63 = fadd contract <2 x float> %61, %62
  store <2 x float> %63, ptr %5, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %64 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !8

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
  br label %loop16, !llvm.loop !9

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
  %79 = load float, ptr %78, align 4
  %80 = fadd float %77, %79
  %81 = add nsw i64 %71, %i25
  %82 = getelementptr inbounds float, ptr %13, i64 %81
  store float %80, ptr %82, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %83 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !10

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
  %11 = load float, ptr %10, align 4
  %12 = call float @llvm.maximum.f32(float %9, float %11)
  store float %12, ptr %3, align 4
  br label %latch

latch:                                            ; preds = %body
  %13 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !12

exit:                                             ; preds = %loop
  %14 = load float, ptr %3, align 4
  %15 = getelementptr inbounds float, ptr %7, i64 0
  store float %14, ptr %15, align 4
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
  %11 = load float, ptr %10, align 4
  %12 = getelementptr inbounds float, ptr %6, i64 0
  %13 = load float, ptr %12, align 4
  %14 = fsub float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !13

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
  %18 = load float, ptr %17, align 4
  %19 = call float @expf(float %18) #4
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
  store float %71, ptr %72, align 4
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
  %9 = load float, ptr %8, align 4
  %10 = call float @logf(float %9) #5
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !16

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
  %12 = load i32, ptr %11, align 4
  %13 = sext i32 %12 to i64
  %14 = icmp slt i64 %13, 0
  %15 = select i1 %14, i64 0, i64 %13
  %16 = icmp sgt i64 %15, 9
  %17 = select i1 %16, i64 9, i64 %15
  %18 = getelementptr inbounds float, ptr %4, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = getelementptr inbounds float, ptr %6, i64 0
  %21 = load float, ptr %20, align 4
  %22 = fsub float %19, %21
  %23 = fneg float %22
  %24 = getelementptr inbounds float, ptr %10, i64 0
  store float %23, ptr %24, align 4
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
  %73 = load float, ptr %72, align 4
  %74 = getelementptr inbounds float, ptr %8, i64 %51
  %75 = load float, ptr %74, align 4
  %76 = fadd float %73, %75
  %77 = call float @llvm.maximum.f32(float %76, float 0.000000e+00)
  %78 = call float @llvm.maximum.f32(float %36, float %77)
  store float %78, ptr %4, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %79 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !17

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
  store float %99, ptr %102, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %103 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !18

exit39:                                           ; preds = %loop36
  br label %latch33
}

; Function Attrs: noinline nounwind
define internal i32 @batch_loss.k3(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = alloca [80 x float], align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  %11 = alloca <8 x float>, align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  %19 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %20 = getelementptr inbounds ptr, ptr %0, i64 0
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds ptr, ptr %0, i64 1
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds ptr, ptr %0, i64 2
  %25 = load ptr, ptr %24, align 8
  %26 = getelementptr inbounds ptr, ptr %0, i64 3
  %27 = load ptr, ptr %26, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %29, %latch ]
  %28 = icmp slt i64 %i, 1
  br i1 %28, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %29 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %45, %latch3 ]
  %30 = icmp slt i64 %i5, 4
  br i1 %30, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %31 = mul nsw i64 %i5, 8
  %32 = icmp sgt i64 %31, 24
  %33 = select i1 %32, i64 24, i64 %31
  %34 = mul nsw i64 %i, 9216
  %35 = mul nsw i64 %i, 2880
  %36 = mul nsw i64 %i, 320
  %37 = add nsw i64 %33, 0
  %38 = add nsw i64 %33, 1
  %39 = add nsw i64 %33, 2
  %40 = add nsw i64 %33, 3
  %41 = add nsw i64 %33, 4
  %42 = add nsw i64 %33, 5
  %43 = add nsw i64 %33, 6
  %44 = add nsw i64 %33, 7
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  br label %loop6

latch3:                                           ; preds = %exit19
  %45 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %132, %latch8 ]
  %46 = icmp slt i64 %i10, 288
  br i1 %46, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %47 = mul nsw i64 %i10, 10
  %48 = add nsw i64 %47, 0
  %49 = add nsw i64 %35, %48
  %50 = getelementptr inbounds float, ptr %23, i64 %49
  %51 = load <8 x float>, ptr %50, align 4
  %52 = mul nsw i64 %37, 288
  %53 = add nsw i64 %52, %i10
  %54 = add nsw i64 %34, %53
  %55 = getelementptr inbounds float, ptr %21, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = insertelement <8 x float> poison, float %56, i32 0
  %58 = shufflevector <8 x float> %57, <8 x float> poison, <8 x i32> zeroinitializer
  %59 = load <8 x float>, ptr %4, align 4
  %60 = fmul contract <8 x float> %58, %51
  %61 = fadd contract <8 x float> %59, %60
  store <8 x float> %61, ptr %4, align 4
  %62 = mul nsw i64 %38, 288
  %63 = add nsw i64 %62, %i10
  %64 = add nsw i64 %34, %63
  %65 = getelementptr inbounds float, ptr %21, i64 %64
  %66 = load float, ptr %65, align 4
  %67 = insertelement <8 x float> poison, float %66, i32 0
  %68 = shufflevector <8 x float> %67, <8 x float> poison, <8 x i32> zeroinitializer
  %69 = load <8 x float>, ptr %5, align 4
  %70 = fmul contract <8 x float> %68, %51
  %71 = fadd contract <8 x float> %69, %70
  store <8 x float> %71, ptr %5, align 4
  %72 = mul nsw i64 %39, 288
  %73 = add nsw i64 %72, %i10
  %74 = add nsw i64 %34, %73
  %75 = getelementptr inbounds float, ptr %21, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = insertelement <8 x float> poison, float %76, i32 0
  %78 = shufflevector <8 x float> %77, <8 x float> poison, <8 x i32> zeroinitializer
  %79 = load <8 x float>, ptr %6, align 4
  %80 = fmul contract <8 x float> %78, %51
  %81 = fadd contract <8 x float> %79, %80
  store <8 x float> %81, ptr %6, align 4
  %82 = mul nsw i64 %40, 288
  %83 = add nsw i64 %82, %i10
  %84 = add nsw i64 %34, %83
  %85 = getelementptr inbounds float, ptr %21, i64 %84
  %86 = load float, ptr %85, align 4
  %87 = insertelement <8 x float> poison, float %86, i32 0
  %88 = shufflevector <8 x float> %87, <8 x float> poison, <8 x i32> zeroinitializer
  %89 = load <8 x float>, ptr %7, align 4
  %90 = fmul contract <8 x float> %88, %51
  %91 = fadd contract <8 x float> %89, %90
  store <8 x float> %91, ptr %7, align 4
  %92 = mul nsw i64 %41, 288
  %93 = add nsw i64 %92, %i10
  %94 = add nsw i64 %34, %93
  %95 = getelementptr inbounds float, ptr %21, i64 %94
  %96 = load float, ptr %95, align 4
  %97 = insertelement <8 x float> poison, float %96, i32 0
  %98 = shufflevector <8 x float> %97, <8 x float> poison, <8 x i32> zeroinitializer
  %99 = load <8 x float>, ptr %8, align 4
  %100 = fmul contract <8 x float> %98, %51
  %101 = fadd contract <8 x float> %99, %100
  store <8 x float> %101, ptr %8, align 4
  %102 = mul nsw i64 %42, 288
  %103 = add nsw i64 %102, %i10
  %104 = add nsw i64 %34, %103
  %105 = getelementptr inbounds float, ptr %21, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = insertelement <8 x float> poison, float %106, i32 0
  %108 = shufflevector <8 x float> %107, <8 x float> poison, <8 x i32> zeroinitializer
  %109 = load <8 x float>, ptr %9, align 4
  %110 = fmul contract <8 x float> %108, %51
  %111 = fadd contract <8 x float> %109, %110
  store <8 x float> %111, ptr %9, align 4
  %112 = mul nsw i64 %43, 288
  %113 = add nsw i64 %112, %i10
  %114 = add nsw i64 %34, %113
  %115 = getelementptr inbounds float, ptr %21, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = insertelement <8 x float> poison, float %116, i32 0
  %118 = shufflevector <8 x float> %117, <8 x float> poison, <8 x i32> zeroinitializer
  %119 = load <8 x float>, ptr %10, align 4
  %120 = fmul contract <8 x float> %118, %51
  %121 = fadd contract <8 x float> %119, %120
  store <8 x float> %121, ptr %10, align 4
  %122 = mul nsw i64 %44, 288
  %123 = add nsw i64 %122, %i10
  %124 = add nsw i64 %34, %123
  %125 = getelementptr inbounds float, ptr %21, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %126, i32 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = load <8 x float>, ptr %11, align 4
  %130 = fmul contract <8 x float> %128, %51
  %131 = fadd contract <8 x float> %129, %130
  store <8 x float> %131, ptr %11, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %132 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !19

exit9:                                            ; preds = %loop6
  %133 = load <8 x float>, ptr %4, align 4
  %134 = load <8 x float>, ptr %5, align 4
  %135 = load <8 x float>, ptr %6, align 4
  %136 = load <8 x float>, ptr %7, align 4
  %137 = load <8 x float>, ptr %8, align 4
  %138 = load <8 x float>, ptr %9, align 4
  %139 = load <8 x float>, ptr %10, align 4
  %140 = load <8 x float>, ptr %11, align 4
  %141 = getelementptr inbounds float, ptr %3, i64 0
  store <8 x float> %133, ptr %141, align 4
  %142 = getelementptr inbounds float, ptr %3, i64 10
  store <8 x float> %134, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %3, i64 20
  store <8 x float> %135, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %3, i64 30
  store <8 x float> %136, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %3, i64 40
  store <8 x float> %137, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %3, i64 50
  store <8 x float> %138, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %3, i64 60
  store <8 x float> %139, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %3, i64 70
  store <8 x float> %140, ptr %148, align 4
  %149 = mul nsw i64 %i, 9216
  %150 = mul nsw i64 %i, 2880
  %151 = mul nsw i64 %i, 320
  %152 = add nsw i64 %33, 0
  %153 = add nsw i64 %33, 1
  %154 = add nsw i64 %33, 2
  %155 = add nsw i64 %33, 3
  %156 = add nsw i64 %33, 4
  %157 = add nsw i64 %33, 5
  %158 = add nsw i64 %33, 6
  %159 = add nsw i64 %33, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %246, %latch13 ]
  %160 = icmp slt i64 %i15, 288
  br i1 %160, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %161 = mul nsw i64 %i15, 10
  %162 = add nsw i64 %161, 8
  %163 = add nsw i64 %150, %162
  %164 = getelementptr inbounds float, ptr %23, i64 %163
  %165 = load <2 x float>, ptr %164, align 4
  %166 = mul nsw i64 %152, 288
  %167 = add nsw i64 %166, %i15
  %168 = add nsw i64 %149, %167
  %169 = getelementptr inbounds float, ptr %21, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = insertelement <2 x float> poison, float %170, i32 0
  %172 = shufflevector <2 x float> %171, <2 x float> poison, <2 x i32> zeroinitializer
  %173 = load <2 x float>, ptr %12, align 4
  %174 = fmul contract <2 x float> %172, %165
  %175 = fadd contract <2 x float> %173, %174
  store <2 x float> %175, ptr %12, align 4
  %176 = mul nsw i64 %153, 288
  %177 = add nsw i64 %176, %i15
  %178 = add nsw i64 %149, %177
  %179 = getelementptr inbounds float, ptr %21, i64 %178
  %180 = load float, ptr %179, align 4
  %181 = insertelement <2 x float> poison, float %180, i32 0
  %182 = shufflevector <2 x float> %181, <2 x float> poison, <2 x i32> zeroinitializer
  %183 = load <2 x float>, ptr %13, align 4
  %184 = fmul contract <2 x float> %182, %165
  %185 = fadd contract <2 x float> %183, %184
  store <2 x float> %185, ptr %13, align 4
  %186 = mul nsw i64 %154, 288
  %187 = add nsw i64 %186, %i15
  %188 = add nsw i64 %149, %187
  %189 = getelementptr inbounds float, ptr %21, i64 %188
  %190 = load float, ptr %189, align 4
  %191 = insertelement <2 x float> poison, float %190, i32 0
  %192 = shufflevector <2 x float> %191, <2 x float> poison, <2 x i32> zeroinitializer
  %193 = load <2 x float>, ptr %14, align 4
  %194 = fmul contract <2 x float> %192, %165
  %195 = fadd contract <2 x float> %193, %194
  store <2 x float> %195, ptr %14, align 4
  %196 = mul nsw i64 %155, 288
  %197 = add nsw i64 %196, %i15
  %198 = add nsw i64 %149, %197
  %199 = getelementptr inbounds float, ptr %21, i64 %198
  %200 = load float, ptr %199, align 4
  %201 = insertelement <2 x float> poison, float %200, i32 0
  %202 = shufflevector <2 x float> %201, <2 x float> poison, <2 x i32> zeroinitializer
  %203 = load <2 x float>, ptr %15, align 4
  %204 = fmul contract <2 x float> %202, %165
  %205 = fadd contract <2 x float> %203, %204
  store <2 x float> %205, ptr %15, align 4
  %206 = mul nsw i64 %156, 288
  %207 = add nsw i64 %206, %i15
  %208 = add nsw i64 %149, %207
  %209 = getelementptr inbounds float, ptr %21, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = insertelement <2 x float> poison, float %210, i32 0
  %212 = shufflevector <2 x float> %211, <2 x float> poison, <2 x i32> zeroinitializer
  %213 = load <2 x float>, ptr %16, align 4
  %214 = fmul contract <2 x float> %212, %165
  %215 = fadd contract <2 x float> %213, %214
  store <2 x float> %215, ptr %16, align 4
  %216 = mul nsw i64 %157, 288
  %217 = add nsw i64 %216, %i15
  %218 = add nsw i64 %149, %217
  %219 = getelementptr inbounds float, ptr %21, i64 %218
  %220 = load float, ptr %219, align 4
  %221 = insertelement <2 x float> poison, float %220, i32 0
  %222 = shufflevector <2 x float> %221, <2 x float> poison, <2 x i32> zeroinitializer
  %223 = load <2 x float>, ptr %17, align 4
  %224 = fmul contract <2 x float> %222, %165
  %225 = fadd contract <2 x float> %223, %224
  store <2 x float> %225, ptr %17, align 4
  %226 = mul nsw i64 %158, 288
  %227 = add nsw i64 %226, %i15
  %228 = add nsw i64 %149, %227
  %229 = getelementptr inbounds float, ptr %21, i64 %228
  %230 = load float, ptr %229, align 4
  %231 = insertelement <2 x float> poison, float %230, i32 0
  %232 = shufflevector <2 x float> %231, <2 x float> poison, <2 x i32> zeroinitializer
  %233 = load <2 x float>, ptr %18, align 4
  %234 = fmul contract <2 x float> %232, %165
  %235 = fadd contract <2 x float> %233, %234
  store <2 x float> %235, ptr %18, align 4
  %236 = mul nsw i64 %159, 288
  %237 = add nsw i64 %236, %i15
  %238 = add nsw i64 %149, %237
  %239 = getelementptr inbounds float, ptr %21, i64 %238
  %240 = load float, ptr %239, align 4
  %241 = insertelement <2 x float> poison, float %240, i32 0
  %242 = shufflevector <2 x float> %241, <2 x float> poison, <2 x i32> zeroinitializer
  %243 = load <2 x float>, ptr %19, align 4
  %244 = fmul contract <2 x float> %242, %165
  %245 = fadd contract <2 x float> %243, %244
  store <2 x float> %245, ptr %19, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %246 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !20

exit14:                                           ; preds = %loop11
  %247 = load <2 x float>, ptr %12, align 4
  %248 = load <2 x float>, ptr %13, align 4
  %249 = load <2 x float>, ptr %14, align 4
  %250 = load <2 x float>, ptr %15, align 4
  %251 = load <2 x float>, ptr %16, align 4
  %252 = load <2 x float>, ptr %17, align 4
  %253 = load <2 x float>, ptr %18, align 4
  %254 = load <2 x float>, ptr %19, align 4
  %255 = getelementptr inbounds float, ptr %3, i64 8
  store <2 x float> %247, ptr %255, align 4
  %256 = getelementptr inbounds float, ptr %3, i64 18
  store <2 x float> %248, ptr %256, align 4
  %257 = getelementptr inbounds float, ptr %3, i64 28
  store <2 x float> %249, ptr %257, align 4
  %258 = getelementptr inbounds float, ptr %3, i64 38
  store <2 x float> %250, ptr %258, align 4
  %259 = getelementptr inbounds float, ptr %3, i64 48
  store <2 x float> %251, ptr %259, align 4
  %260 = getelementptr inbounds float, ptr %3, i64 58
  store <2 x float> %252, ptr %260, align 4
  %261 = getelementptr inbounds float, ptr %3, i64 68
  store <2 x float> %253, ptr %261, align 4
  %262 = getelementptr inbounds float, ptr %3, i64 78
  store <2 x float> %254, ptr %262, align 4
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %270, %latch18 ]
  %263 = icmp slt i64 %i20, 8
  br i1 %263, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %264 = add nsw i64 %33, %i20
  %265 = mul nsw i64 %i, 32
  %266 = add nsw i64 %265, %264
  %267 = mul nsw i64 %266, 10
  %268 = mul nsw i64 %i20, 10
  %269 = getelementptr inbounds float, ptr %3, i64 %268
  br label %loop21

latch18:                                          ; preds = %exit24
  %270 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !21

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %279, %latch23 ]
  %271 = icmp slt i64 %i25, 10
  br i1 %271, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %272 = getelementptr inbounds float, ptr %269, i64 %i25
  %273 = load float, ptr %272, align 4
  %274 = getelementptr inbounds float, ptr %25, i64 %i25
  %275 = load float, ptr %274, align 4
  %276 = fadd float %273, %275
  %277 = add nsw i64 %267, %i25
  %278 = getelementptr inbounds float, ptr %27, i64 %277
  store float %276, ptr %278, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %279 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !22

exit24:                                           ; preds = %loop21
  br label %latch18
}

; Function Attrs: nounwind
define internal i32 @batch_loss.rows4(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul nsw i64 %i, 1
  %17 = mul nsw i64 %i, 1
  %18 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit34
  %19 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %21, %latch3 ]
  %20 = icmp slt i64 %i5, %18
  br i1 %20, label %body2, label %exit4

body2:                                            ; preds = %loop1
  store float 0xFFF0000000000000, ptr %5, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %21 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %22 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %30, %latch8 ]
  %23 = icmp slt i64 %i10, 10
  br i1 %23, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %24 = load float, ptr %5, align 4
  %25 = mul nsw i64 %i5, 10
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %10, i64 %26
  %28 = load float, ptr %27, align 4
  %29 = call float @llvm.maximum.f32(float %24, float %28)
  store float %29, ptr %5, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %30 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !23

exit9:                                            ; preds = %loop6
  %31 = load float, ptr %5, align 4
  %32 = sub i64 %i5, %16
  %33 = getelementptr inbounds float, ptr %3, i64 %32
  store float %31, ptr %33, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %35, %latch13 ]
  %34 = icmp slt i64 %i15, %22
  br i1 %34, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %35 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %36 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %49, %latch18 ]
  %37 = icmp slt i64 %i20, 10
  br i1 %37, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %38 = mul nsw i64 %i15, 10
  %39 = add nsw i64 %38, %i20
  %40 = getelementptr inbounds float, ptr %10, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = sub i64 %i15, %16
  %43 = getelementptr inbounds float, ptr %3, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = fsub float %41, %44
  %46 = mul nsw i64 %i15, 10
  %47 = add nsw i64 %46, %i20
  %48 = getelementptr inbounds float, ptr %12, i64 %47
  store float %45, ptr %48, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %49 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !24

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %57, %latch23 ]
  %50 = icmp slt i64 %i25, %36
  br i1 %50, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %51 = getelementptr inbounds float, ptr %8, i64 10
  store float -0.000000e+00, ptr %51, align 4
  %52 = getelementptr inbounds float, ptr %8, i64 11
  store float -0.000000e+00, ptr %52, align 4
  %53 = getelementptr inbounds float, ptr %8, i64 12
  store float -0.000000e+00, ptr %53, align 4
  %54 = getelementptr inbounds float, ptr %8, i64 13
  store float -0.000000e+00, ptr %54, align 4
  %55 = getelementptr inbounds float, ptr %8, i64 14
  store float -0.000000e+00, ptr %55, align 4
  %56 = getelementptr inbounds float, ptr %8, i64 15
  store float -0.000000e+00, ptr %56, align 4
  br label %loop26

latch23:                                          ; preds = %exit29
  %57 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %58 = add nsw i64 %i, 1
  %59 = mul nsw i64 %i, 1
  %60 = mul nsw i64 %58, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %69, %latch28 ]
  %61 = icmp slt i64 %i30, 10
  br i1 %61, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %62 = mul nsw i64 %i25, 10
  %63 = add nsw i64 %62, %i30
  %64 = getelementptr inbounds float, ptr %12, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = call float @expf(float %65) #4
  %67 = sub i64 %i30, 0
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  store float %66, ptr %68, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %69 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !25

exit29:                                           ; preds = %loop26
  %70 = getelementptr inbounds <16 x float>, ptr %8, i64 0
  %71 = load <16 x float>, ptr %70, align 4
  store <16 x float> %71, ptr %6, align 4
  %72 = getelementptr inbounds float, ptr %6, i64 0
  %73 = load float, ptr %72, align 4
  %74 = getelementptr inbounds float, ptr %6, i64 1
  %75 = load float, ptr %74, align 4
  %76 = getelementptr inbounds float, ptr %6, i64 2
  %77 = load float, ptr %76, align 4
  %78 = getelementptr inbounds float, ptr %6, i64 3
  %79 = load float, ptr %78, align 4
  %80 = getelementptr inbounds float, ptr %6, i64 4
  %81 = load float, ptr %80, align 4
  %82 = getelementptr inbounds float, ptr %6, i64 5
  %83 = load float, ptr %82, align 4
  %84 = getelementptr inbounds float, ptr %6, i64 6
  %85 = load float, ptr %84, align 4
  %86 = getelementptr inbounds float, ptr %6, i64 7
  %87 = load float, ptr %86, align 4
  %88 = getelementptr inbounds float, ptr %6, i64 8
  %89 = load float, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %6, i64 9
  %91 = load float, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %6, i64 10
  %93 = load float, ptr %92, align 4
  %94 = getelementptr inbounds float, ptr %6, i64 11
  %95 = load float, ptr %94, align 4
  %96 = getelementptr inbounds float, ptr %6, i64 12
  %97 = load float, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %6, i64 13
  %99 = load float, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %6, i64 14
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %6, i64 15
  %103 = load float, ptr %102, align 4
  %104 = fadd float %73, %89
  %105 = fadd float %75, %91
  %106 = fadd float %77, %93
  %107 = fadd float %79, %95
  %108 = fadd float %81, %97
  %109 = fadd float %83, %99
  %110 = fadd float %85, %101
  %111 = fadd float %87, %103
  %112 = fadd float %104, %108
  %113 = fadd float %105, %109
  %114 = fadd float %106, %110
  %115 = fadd float %107, %111
  %116 = fadd float %112, %114
  %117 = fadd float %113, %115
  %118 = fadd float %116, %117
  %119 = sub i64 %i25, %17
  %120 = getelementptr inbounds float, ptr %4, i64 %119
  store float %118, ptr %120, align 4
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %59, %exit24 ], [ %127, %latch33 ]
  %121 = icmp slt i64 %i35, %60
  br i1 %121, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %122 = sub i64 %i35, %17
  %123 = getelementptr inbounds float, ptr %4, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = call float @logf(float %124) #5
  %126 = getelementptr inbounds float, ptr %14, i64 %i35
  store float %125, ptr %126, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %127 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !26

exit34:                                           ; preds = %loop31
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @batch_loss.k8(ptr %0, i64 %1, i64 %2) #3 {
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
  %16 = load i32, ptr %15, align 4
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = icmp sgt i64 %19, 9
  %21 = select i1 %20, i64 9, i64 %19
  %22 = mul nsw i64 %i, 10
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %7, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = getelementptr inbounds float, ptr %9, i64 %i
  %27 = load float, ptr %26, align 4
  %28 = fsub float %25, %27
  %29 = fneg float %28
  %30 = sub i64 %i, 0
  %31 = getelementptr inbounds float, ptr %5, i64 %30
  store float %29, ptr %31, align 4
  br label %latch

latch:                                            ; preds = %body
  %32 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !27

exit:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 16, %exit ], [ %51, %latch3 ]
  %33 = icmp slt i64 %i5, 32
  br i1 %33, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %34 = getelementptr inbounds i32, ptr %11, i64 %i5
  %35 = load i32, ptr %34, align 4
  %36 = sext i32 %35 to i64
  %37 = icmp slt i64 %36, 0
  %38 = select i1 %37, i64 0, i64 %36
  %39 = icmp sgt i64 %38, 9
  %40 = select i1 %39, i64 9, i64 %38
  %41 = mul nsw i64 %i5, 10
  %42 = add nsw i64 %41, %40
  %43 = getelementptr inbounds float, ptr %7, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = getelementptr inbounds float, ptr %9, i64 %i5
  %46 = load float, ptr %45, align 4
  %47 = fsub float %44, %46
  %48 = fneg float %47
  %49 = sub i64 %i5, 0
  %50 = getelementptr inbounds float, ptr %5, i64 %49
  store float %48, ptr %50, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %51 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !28

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
  store float %103, ptr %104, align 4
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @batch_loss.k9(ptr %0, i64 %1, i64 %2) #3 {
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
  %10 = fdiv float %9, 3.200000e+01
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !29

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
  %10 = alloca [4 x ptr], align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [4 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = call i32 @ftc_rt_alloc(ptr %7, i64 184320)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok

fail:                                             ; preds = %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %14, %entry ], [ %22, %ok ], [ %29, %ok1 ], [ %37, %ok2 ], [ %45, %ok3 ], [ %54, %ok4 ], [ %59, %ok5 ]
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
  %29 = call i32 @ftc_rt_parallel_for(i64 32, i64 11, ptr @batch_loss.rows1, ptr %9)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %31 = getelementptr inbounds i8, ptr %17, i64 147456
  %32 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %3, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %17, i64 0
  %36 = getelementptr inbounds ptr, ptr %10, i64 3
  store ptr %35, ptr %36, align 8
  %37 = call i32 @batch_loss.k3(ptr %10, i64 0, i64 1)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %39 = getelementptr inbounds i8, ptr %17, i64 0
  %40 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %39, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %17, i64 1280
  %42 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %41, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %17, i64 2560
  %44 = getelementptr inbounds ptr, ptr %11, i64 2
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
  %54 = call i32 @batch_loss.k8(ptr %12, i64 0, i64 1)
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %56 = getelementptr inbounds i8, ptr %17, i64 0
  %57 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %56, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %6, ptr %58, align 8
  %59 = call i32 @batch_loss.k9(ptr %13, i64 0, i64 1)
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
  %73 = load float, ptr %72, align 4
  %74 = getelementptr inbounds float, ptr %8, i64 %51
  %75 = load float, ptr %74, align 4
  %76 = fadd float %73, %75
  %77 = call float @llvm.maximum.f32(float %76, float 0.000000e+00)
  %78 = call float @llvm.maximum.f32(float %36, float %77)
  store float %78, ptr %4, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %79 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !30

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
  store float %99, ptr %102, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %103 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !31

exit39:                                           ; preds = %loop36
  br label %latch33
}

; Function Attrs: nounwind
define internal i32 @losses.rows4(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul nsw i64 %i, 1
  %17 = mul nsw i64 %i, 1
  %18 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit34
  %19 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %21, %latch3 ]
  %20 = icmp slt i64 %i5, %18
  br i1 %20, label %body2, label %exit4

body2:                                            ; preds = %loop1
  store float 0xFFF0000000000000, ptr %5, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %21 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %22 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %30, %latch8 ]
  %23 = icmp slt i64 %i10, 10
  br i1 %23, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %24 = load float, ptr %5, align 4
  %25 = mul nsw i64 %i5, 10
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %10, i64 %26
  %28 = load float, ptr %27, align 4
  %29 = call float @llvm.maximum.f32(float %24, float %28)
  store float %29, ptr %5, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %30 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !32

exit9:                                            ; preds = %loop6
  %31 = load float, ptr %5, align 4
  %32 = sub i64 %i5, %16
  %33 = getelementptr inbounds float, ptr %3, i64 %32
  store float %31, ptr %33, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %35, %latch13 ]
  %34 = icmp slt i64 %i15, %22
  br i1 %34, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %35 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %36 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %49, %latch18 ]
  %37 = icmp slt i64 %i20, 10
  br i1 %37, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %38 = mul nsw i64 %i15, 10
  %39 = add nsw i64 %38, %i20
  %40 = getelementptr inbounds float, ptr %10, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = sub i64 %i15, %16
  %43 = getelementptr inbounds float, ptr %3, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = fsub float %41, %44
  %46 = mul nsw i64 %i15, 10
  %47 = add nsw i64 %46, %i20
  %48 = getelementptr inbounds float, ptr %12, i64 %47
  store float %45, ptr %48, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %49 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !33

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %57, %latch23 ]
  %50 = icmp slt i64 %i25, %36
  br i1 %50, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %51 = getelementptr inbounds float, ptr %8, i64 10
  store float -0.000000e+00, ptr %51, align 4
  %52 = getelementptr inbounds float, ptr %8, i64 11
  store float -0.000000e+00, ptr %52, align 4
  %53 = getelementptr inbounds float, ptr %8, i64 12
  store float -0.000000e+00, ptr %53, align 4
  %54 = getelementptr inbounds float, ptr %8, i64 13
  store float -0.000000e+00, ptr %54, align 4
  %55 = getelementptr inbounds float, ptr %8, i64 14
  store float -0.000000e+00, ptr %55, align 4
  %56 = getelementptr inbounds float, ptr %8, i64 15
  store float -0.000000e+00, ptr %56, align 4
  br label %loop26

latch23:                                          ; preds = %exit29
  %57 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %58 = add nsw i64 %i, 1
  %59 = mul nsw i64 %i, 1
  %60 = mul nsw i64 %58, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %69, %latch28 ]
  %61 = icmp slt i64 %i30, 10
  br i1 %61, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %62 = mul nsw i64 %i25, 10
  %63 = add nsw i64 %62, %i30
  %64 = getelementptr inbounds float, ptr %12, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = call float @expf(float %65) #4
  %67 = sub i64 %i30, 0
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  store float %66, ptr %68, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %69 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !34

exit29:                                           ; preds = %loop26
  %70 = getelementptr inbounds <16 x float>, ptr %8, i64 0
  %71 = load <16 x float>, ptr %70, align 4
  store <16 x float> %71, ptr %6, align 4
  %72 = getelementptr inbounds float, ptr %6, i64 0
  %73 = load float, ptr %72, align 4
  %74 = getelementptr inbounds float, ptr %6, i64 1
  %75 = load float, ptr %74, align 4
  %76 = getelementptr inbounds float, ptr %6, i64 2
  %77 = load float, ptr %76, align 4
  %78 = getelementptr inbounds float, ptr %6, i64 3
  %79 = load float, ptr %78, align 4
  %80 = getelementptr inbounds float, ptr %6, i64 4
  %81 = load float, ptr %80, align 4
  %82 = getelementptr inbounds float, ptr %6, i64 5
  %83 = load float, ptr %82, align 4
  %84 = getelementptr inbounds float, ptr %6, i64 6
  %85 = load float, ptr %84, align 4
  %86 = getelementptr inbounds float, ptr %6, i64 7
  %87 = load float, ptr %86, align 4
  %88 = getelementptr inbounds float, ptr %6, i64 8
  %89 = load float, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %6, i64 9
  %91 = load float, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %6, i64 10
  %93 = load float, ptr %92, align 4
  %94 = getelementptr inbounds float, ptr %6, i64 11
  %95 = load float, ptr %94, align 4
  %96 = getelementptr inbounds float, ptr %6, i64 12
  %97 = load float, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %6, i64 13
  %99 = load float, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %6, i64 14
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %6, i64 15
  %103 = load float, ptr %102, align 4
  %104 = fadd float %73, %89
  %105 = fadd float %75, %91
  %106 = fadd float %77, %93
  %107 = fadd float %79, %95
  %108 = fadd float %81, %97
  %109 = fadd float %83, %99
  %110 = fadd float %85, %101
  %111 = fadd float %87, %103
  %112 = fadd float %104, %108
  %113 = fadd float %105, %109
  %114 = fadd float %106, %110
  %115 = fadd float %107, %111
  %116 = fadd float %112, %114
  %117 = fadd float %113, %115
  %118 = fadd float %116, %117
  %119 = sub i64 %i25, %17
  %120 = getelementptr inbounds float, ptr %4, i64 %119
  store float %118, ptr %120, align 4
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %59, %exit24 ], [ %127, %latch33 ]
  %121 = icmp slt i64 %i35, %60
  br i1 %121, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %122 = sub i64 %i35, %17
  %123 = getelementptr inbounds float, ptr %4, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = call float @logf(float %124) #5
  %126 = getelementptr inbounds float, ptr %14, i64 %i35
  store float %125, ptr %126, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %127 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !35

exit34:                                           ; preds = %loop31
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @losses.k8(ptr %0, i64 %1, i64 %2) #0 {
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
  %13 = load i32, ptr %12, align 4
  %14 = sext i32 %13 to i64
  %15 = icmp slt i64 %14, 0
  %16 = select i1 %15, i64 0, i64 %14
  %17 = icmp sgt i64 %16, 9
  %18 = select i1 %17, i64 9, i64 %16
  %19 = mul nsw i64 %i, 10
  %20 = add nsw i64 %19, %18
  %21 = getelementptr inbounds float, ptr %4, i64 %20
  %22 = load float, ptr %21, align 4
  %23 = getelementptr inbounds float, ptr %6, i64 %i
  %24 = load float, ptr %23, align 4
  %25 = fsub float %22, %24
  %26 = fneg float %25
  %27 = getelementptr inbounds float, ptr %10, i64 %i
  store float %26, ptr %27, align 4
  br label %latch

latch:                                            ; preds = %body
  %28 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !36

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
  %10 = alloca [4 x ptr], align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [4 x ptr], align 8
  %13 = call i32 @ftc_rt_alloc(ptr %7, i64 184320)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %fail, label %ok

fail:                                             ; preds = %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %13, %entry ], [ %21, %ok ], [ %28, %ok1 ], [ %36, %ok2 ], [ %44, %ok3 ], [ %52, %ok4 ]
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
  %28 = call i32 @ftc_rt_parallel_for(i64 32, i64 11, ptr @losses.rows1, ptr %9)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %30 = getelementptr inbounds i8, ptr %16, i64 147456
  %31 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %3, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %16, i64 0
  %35 = getelementptr inbounds ptr, ptr %10, i64 3
  store ptr %34, ptr %35, align 8
  %36 = call i32 @batch_loss.k3(ptr %10, i64 0, i64 1)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %38 = getelementptr inbounds i8, ptr %16, i64 0
  %39 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %16, i64 1280
  %41 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %40, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %16, i64 2560
  %43 = getelementptr inbounds ptr, ptr %11, i64 2
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
  %52 = call i32 @losses.k8(ptr %12, i64 0, i64 32)
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
  %59 = load float, ptr %58, align 4
  %60 = getelementptr inbounds float, ptr %12, i64 %i15
  %61 = load float, ptr %60, align 4
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
  store float %62, ptr %71, align 4
  %72 = call float @llvm.maximum.f32(float %62, float 0.000000e+00)
  %73 = getelementptr inbounds float, ptr %16, i64 %70
  store float %72, ptr %73, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %74 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !37

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
  %111 = load float, ptr %110, align 4
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
  br label %loop51, !llvm.loop !38

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
  br label %loop81, !llvm.loop !39

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
  store float %197, ptr %208, align 4
  br label %latch113

latch113:                                         ; preds = %body112
  %209 = add nsw i64 %i115, 1
  br label %loop111, !llvm.loop !40

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
  %245 = load float, ptr %244, align 4
  %246 = sub i64 %i140, 0
  %247 = getelementptr inbounds float, ptr %8, i64 %246
  store float %245, ptr %247, align 4
  br label %latch138

latch138:                                         ; preds = %body137
  %248 = add nsw i64 %i140, 1
  br label %loop136, !llvm.loop !41

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
  store float %297, ptr %304, align 4
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
  store float %324, ptr %327, align 4
  br label %latch148

latch148:                                         ; preds = %body147
  %328 = add nsw i64 %i150, 1
  br label %loop146, !llvm.loop !42

exit149:                                          ; preds = %loop146
  br label %latch143
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.rows8(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca float, align 16
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %18 = icmp slt i64 %i, %2
  br i1 %18, label %body, label %exit

body:                                             ; preds = %loop
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
  store float 0xFFF0000000000000, ptr %4, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %23 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %24 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %32, %latch8 ]
  %25 = icmp slt i64 %i10, 10
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = load float, ptr %4, align 4
  %27 = mul nsw i64 %i5, 10
  %28 = add nsw i64 %27, %i10
  %29 = getelementptr inbounds float, ptr %9, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = call float @llvm.maximum.f32(float %26, float %30)
  store float %31, ptr %4, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %32 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !43

exit9:                                            ; preds = %loop6
  %33 = load float, ptr %4, align 4
  %34 = sub i64 %i5, %19
  %35 = getelementptr inbounds float, ptr %3, i64 %34
  store float %33, ptr %35, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %37, %latch13 ]
  %36 = icmp slt i64 %i15, %24
  br i1 %36, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %37 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %38 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %53, %latch18 ]
  %39 = icmp slt i64 %i20, 10
  br i1 %39, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %40 = mul nsw i64 %i15, 10
  %41 = add nsw i64 %40, %i20
  %42 = getelementptr inbounds float, ptr %9, i64 %41
  %43 = load float, ptr %42, align 4
  %44 = sub i64 %i15, %19
  %45 = getelementptr inbounds float, ptr %3, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = fsub float %43, %46
  %48 = mul nsw i64 %i15, 10
  %49 = add nsw i64 %48, %i20
  %50 = getelementptr inbounds float, ptr %11, i64 %49
  store float %47, ptr %50, align 4
  %51 = call float @expf(float %47) #4
  %52 = getelementptr inbounds float, ptr %13, i64 %49
  store float %51, ptr %52, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %53 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !44

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %61, %latch23 ]
  %54 = icmp slt i64 %i25, %38
  br i1 %54, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %55 = getelementptr inbounds float, ptr %7, i64 10
  store float -0.000000e+00, ptr %55, align 4
  %56 = getelementptr inbounds float, ptr %7, i64 11
  store float -0.000000e+00, ptr %56, align 4
  %57 = getelementptr inbounds float, ptr %7, i64 12
  store float -0.000000e+00, ptr %57, align 4
  %58 = getelementptr inbounds float, ptr %7, i64 13
  store float -0.000000e+00, ptr %58, align 4
  %59 = getelementptr inbounds float, ptr %7, i64 14
  store float -0.000000e+00, ptr %59, align 4
  %60 = getelementptr inbounds float, ptr %7, i64 15
  store float -0.000000e+00, ptr %60, align 4
  br label %loop26

latch23:                                          ; preds = %exit29
  %61 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %62 = add nsw i64 %i, 1
  %63 = mul nsw i64 %i, 1
  %64 = mul nsw i64 %62, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %72, %latch28 ]
  %65 = icmp slt i64 %i30, 10
  br i1 %65, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %66 = mul nsw i64 %i25, 10
  %67 = add nsw i64 %66, %i30
  %68 = getelementptr inbounds float, ptr %13, i64 %67
  %69 = load float, ptr %68, align 4
  %70 = sub i64 %i30, 0
  %71 = getelementptr inbounds float, ptr %7, i64 %70
  store float %69, ptr %71, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %72 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !45

exit29:                                           ; preds = %loop26
  %73 = getelementptr inbounds <16 x float>, ptr %7, i64 0
  %74 = load <16 x float>, ptr %73, align 4
  store <16 x float> %74, ptr %5, align 4
  %75 = getelementptr inbounds float, ptr %5, i64 0
  %76 = load float, ptr %75, align 4
  %77 = getelementptr inbounds float, ptr %5, i64 1
  %78 = load float, ptr %77, align 4
  %79 = getelementptr inbounds float, ptr %5, i64 2
  %80 = load float, ptr %79, align 4
  %81 = getelementptr inbounds float, ptr %5, i64 3
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %5, i64 4
  %84 = load float, ptr %83, align 4
  %85 = getelementptr inbounds float, ptr %5, i64 5
  %86 = load float, ptr %85, align 4
  %87 = getelementptr inbounds float, ptr %5, i64 6
  %88 = load float, ptr %87, align 4
  %89 = getelementptr inbounds float, ptr %5, i64 7
  %90 = load float, ptr %89, align 4
  %91 = getelementptr inbounds float, ptr %5, i64 8
  %92 = load float, ptr %91, align 4
  %93 = getelementptr inbounds float, ptr %5, i64 9
  %94 = load float, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %5, i64 10
  %96 = load float, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %5, i64 11
  %98 = load float, ptr %97, align 4
  %99 = getelementptr inbounds float, ptr %5, i64 12
  %100 = load float, ptr %99, align 4
  %101 = getelementptr inbounds float, ptr %5, i64 13
  %102 = load float, ptr %101, align 4
  %103 = getelementptr inbounds float, ptr %5, i64 14
  %104 = load float, ptr %103, align 4
  %105 = getelementptr inbounds float, ptr %5, i64 15
  %106 = load float, ptr %105, align 4
  %107 = fadd float %76, %92
  %108 = fadd float %78, %94
  %109 = fadd float %80, %96
  %110 = fadd float %82, %98
  %111 = fadd float %84, %100
  %112 = fadd float %86, %102
  %113 = fadd float %88, %104
  %114 = fadd float %90, %106
  %115 = fadd float %107, %111
  %116 = fadd float %108, %112
  %117 = fadd float %109, %113
  %118 = fadd float %110, %114
  %119 = fadd float %115, %117
  %120 = fadd float %116, %118
  %121 = fadd float %119, %120
  %122 = getelementptr inbounds float, ptr %15, i64 %i25
  store float %121, ptr %122, align 4
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %63, %exit24 ], [ %128, %latch33 ]
  %123 = icmp slt i64 %i35, %64
  br i1 %123, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %124 = getelementptr inbounds float, ptr %15, i64 %i35
  %125 = load float, ptr %124, align 4
  %126 = call float @logf(float %125) #5
  %127 = getelementptr inbounds float, ptr %17, i64 %i35
  store float %126, ptr %127, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %128 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !46

exit34:                                           ; preds = %loop31
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k14(ptr %0, i64 %1, i64 %2) #0 {
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
  store float 0.000000e+00, ptr %12, align 4
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
  %16 = load i32, ptr %15, align 4
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = icmp sgt i64 %19, 9
  %21 = select i1 %20, i64 9, i64 %19
  %22 = mul nsw i64 %i10, 10
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %6, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = fadd float %25, -3.125000e-02
  %27 = getelementptr inbounds float, ptr %6, i64 %23
  store float %26, ptr %27, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.rows15(ptr %0, i64 %1, i64 %2) #0 {
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
  %36 = load float, ptr %35, align 4
  %37 = fneg float %36
  %38 = sub i64 %i10, 0
  %39 = getelementptr inbounds float, ptr %7, i64 %38
  store float %37, ptr %39, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %40 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !47

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
  %97 = load float, ptr %96, align 4
  %98 = fdiv float %95, %97
  %99 = sub i64 %i15, %18
  %100 = getelementptr inbounds float, ptr %4, i64 %99
  store float %98, ptr %100, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %101 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !48

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
  %109 = load float, ptr %108, align 4
  %110 = sub i64 %i20, %18
  %111 = getelementptr inbounds float, ptr %4, i64 %110
  %112 = load float, ptr %111, align 4
  %113 = mul nsw i64 %i20, 10
  %114 = add nsw i64 %113, %i25
  %115 = getelementptr inbounds float, ptr %13, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = fmul float %112, %116
  %118 = fadd float %109, %117
  %119 = mul nsw i64 %i20, 10
  %120 = add nsw i64 %119, %i25
  %121 = getelementptr inbounds float, ptr %15, i64 %120
  store float %118, ptr %121, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %122 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !49

exit24:                                           ; preds = %loop21
  br label %latch18
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k18(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !50

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
  br label %loop1, !llvm.loop !51

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
  %24 = load float, ptr %23, align 4
  %25 = add nsw i64 16, %i5
  %26 = add nsw i64 %11, %i10
  %27 = mul nsw i64 %25, 10
  %28 = add nsw i64 %27, %26
  %29 = getelementptr inbounds float, ptr %5, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = fadd float %24, %30
  %32 = mul nsw i64 %i5, 10
  %33 = add nsw i64 %32, %i10
  %34 = getelementptr inbounds float, ptr %8, i64 %33
  store float %31, ptr %34, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %35 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !52

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
  br label %loop11, !llvm.loop !53

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
  br label %loop16, !llvm.loop !54

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
  br label %loop21, !llvm.loop !55

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
  br label %loop26, !llvm.loop !56

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
  br label %loop31, !llvm.loop !57

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
  br label %loop36, !llvm.loop !58

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
  br label %loop41, !llvm.loop !59

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
  br label %loop46, !llvm.loop !60

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
  store float %108, ptr %109, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %110 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !61

exit54:                                           ; preds = %loop51
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k19(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %start

start:                                            ; preds = %entry
  %19 = getelementptr inbounds ptr, ptr %0, i64 0
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds ptr, ptr %0, i64 1
  %22 = load ptr, ptr %21, align 8
  %23 = getelementptr inbounds ptr, ptr %0, i64 2
  %24 = load ptr, ptr %23, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %26, %latch ]
  %25 = icmp slt i64 %i, 1
  br i1 %25, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %26 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %42, %latch3 ]
  %27 = icmp slt i64 %i5, 36
  br i1 %27, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %28 = mul nsw i64 %i5, 8
  %29 = icmp sgt i64 %28, 280
  %30 = select i1 %29, i64 280, i64 %28
  %31 = mul nsw i64 %i, 9216
  %32 = mul nsw i64 %i, 320
  %33 = mul nsw i64 %i, 2880
  %34 = add nsw i64 %30, 0
  %35 = add nsw i64 %30, 1
  %36 = add nsw i64 %30, 2
  %37 = add nsw i64 %30, 3
  %38 = add nsw i64 %30, 4
  %39 = add nsw i64 %30, 5
  %40 = add nsw i64 %30, 6
  %41 = add nsw i64 %30, 7
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
  %42 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %129, %latch8 ]
  %43 = icmp slt i64 %i10, 32
  br i1 %43, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %44 = mul nsw i64 %i10, 10
  %45 = add nsw i64 %44, 0
  %46 = add nsw i64 %32, %45
  %47 = getelementptr inbounds float, ptr %22, i64 %46
  %48 = load <8 x float>, ptr %47, align 4
  %49 = mul nsw i64 %i10, 288
  %50 = add nsw i64 %49, %34
  %51 = add nsw i64 %31, %50
  %52 = getelementptr inbounds float, ptr %20, i64 %51
  %53 = load float, ptr %52, align 4
  %54 = insertelement <8 x float> poison, float %53, i32 0
  %55 = shufflevector <8 x float> %54, <8 x float> poison, <8 x i32> zeroinitializer
  %56 = load <8 x float>, ptr %3, align 4
  %57 = fmul contract <8 x float> %55, %48
  %58 = fadd contract <8 x float> %56, %57
  store <8 x float> %58, ptr %3, align 4
  %59 = mul nsw i64 %i10, 288
  %60 = add nsw i64 %59, %35
  %61 = add nsw i64 %31, %60
  %62 = getelementptr inbounds float, ptr %20, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = insertelement <8 x float> poison, float %63, i32 0
  %65 = shufflevector <8 x float> %64, <8 x float> poison, <8 x i32> zeroinitializer
  %66 = load <8 x float>, ptr %4, align 4
  %67 = fmul contract <8 x float> %65, %48
  %68 = fadd contract <8 x float> %66, %67
  store <8 x float> %68, ptr %4, align 4
  %69 = mul nsw i64 %i10, 288
  %70 = add nsw i64 %69, %36
  %71 = add nsw i64 %31, %70
  %72 = getelementptr inbounds float, ptr %20, i64 %71
  %73 = load float, ptr %72, align 4
  %74 = insertelement <8 x float> poison, float %73, i32 0
  %75 = shufflevector <8 x float> %74, <8 x float> poison, <8 x i32> zeroinitializer
  %76 = load <8 x float>, ptr %5, align 4
  %77 = fmul contract <8 x float> %75, %48
  %78 = fadd contract <8 x float> %76, %77
  store <8 x float> %78, ptr %5, align 4
  %79 = mul nsw i64 %i10, 288
  %80 = add nsw i64 %79, %37
  %81 = add nsw i64 %31, %80
  %82 = getelementptr inbounds float, ptr %20, i64 %81
  %83 = load float, ptr %82, align 4
  %84 = insertelement <8 x float> poison, float %83, i32 0
  %85 = shufflevector <8 x float> %84, <8 x float> poison, <8 x i32> zeroinitializer
  %86 = load <8 x float>, ptr %6, align 4
  %87 = fmul contract <8 x float> %85, %48
  %88 = fadd contract <8 x float> %86, %87
  store <8 x float> %88, ptr %6, align 4
  %89 = mul nsw i64 %i10, 288
  %90 = add nsw i64 %89, %38
  %91 = add nsw i64 %31, %90
  %92 = getelementptr inbounds float, ptr %20, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = insertelement <8 x float> poison, float %93, i32 0
  %95 = shufflevector <8 x float> %94, <8 x float> poison, <8 x i32> zeroinitializer
  %96 = load <8 x float>, ptr %7, align 4
  %97 = fmul contract <8 x float> %95, %48
  %98 = fadd contract <8 x float> %96, %97
  store <8 x float> %98, ptr %7, align 4
  %99 = mul nsw i64 %i10, 288
  %100 = add nsw i64 %99, %39
  %101 = add nsw i64 %31, %100
  %102 = getelementptr inbounds float, ptr %20, i64 %101
  %103 = load float, ptr %102, align 4
  %104 = insertelement <8 x float> poison, float %103, i32 0
  %105 = shufflevector <8 x float> %104, <8 x float> poison, <8 x i32> zeroinitializer
  %106 = load <8 x float>, ptr %8, align 4
  %107 = fmul contract <8 x float> %105, %48
  %108 = fadd contract <8 x float> %106, %107
  store <8 x float> %108, ptr %8, align 4
  %109 = mul nsw i64 %i10, 288
  %110 = add nsw i64 %109, %40
  %111 = add nsw i64 %31, %110
  %112 = getelementptr inbounds float, ptr %20, i64 %111
  %113 = load float, ptr %112, align 4
  %114 = insertelement <8 x float> poison, float %113, i32 0
  %115 = shufflevector <8 x float> %114, <8 x float> poison, <8 x i32> zeroinitializer
  %116 = load <8 x float>, ptr %9, align 4
  %117 = fmul contract <8 x float> %115, %48
  %118 = fadd contract <8 x float> %116, %117
  store <8 x float> %118, ptr %9, align 4
  %119 = mul nsw i64 %i10, 288
  %120 = add nsw i64 %119, %41
  %121 = add nsw i64 %31, %120
  %122 = getelementptr inbounds float, ptr %20, i64 %121
  %123 = load float, ptr %122, align 4
  %124 = insertelement <8 x float> poison, float %123, i32 0
  %125 = shufflevector <8 x float> %124, <8 x float> poison, <8 x i32> zeroinitializer
  %126 = load <8 x float>, ptr %10, align 4
  %127 = fmul contract <8 x float> %125, %48
  %128 = fadd contract <8 x float> %126, %127
  store <8 x float> %128, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %129 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !62

exit9:                                            ; preds = %loop6
  %130 = load <8 x float>, ptr %3, align 4
  %131 = load <8 x float>, ptr %4, align 4
  %132 = load <8 x float>, ptr %5, align 4
  %133 = load <8 x float>, ptr %6, align 4
  %134 = load <8 x float>, ptr %7, align 4
  %135 = load <8 x float>, ptr %8, align 4
  %136 = load <8 x float>, ptr %9, align 4
  %137 = load <8 x float>, ptr %10, align 4
  %138 = mul nsw i64 %34, 10
  %139 = add nsw i64 %138, 0
  %140 = add nsw i64 %33, %139
  %141 = getelementptr inbounds float, ptr %24, i64 %140
  store <8 x float> %130, ptr %141, align 4
  %142 = mul nsw i64 %35, 10
  %143 = add nsw i64 %142, 0
  %144 = add nsw i64 %33, %143
  %145 = getelementptr inbounds float, ptr %24, i64 %144
  store <8 x float> %131, ptr %145, align 4
  %146 = mul nsw i64 %36, 10
  %147 = add nsw i64 %146, 0
  %148 = add nsw i64 %33, %147
  %149 = getelementptr inbounds float, ptr %24, i64 %148
  store <8 x float> %132, ptr %149, align 4
  %150 = mul nsw i64 %37, 10
  %151 = add nsw i64 %150, 0
  %152 = add nsw i64 %33, %151
  %153 = getelementptr inbounds float, ptr %24, i64 %152
  store <8 x float> %133, ptr %153, align 4
  %154 = mul nsw i64 %38, 10
  %155 = add nsw i64 %154, 0
  %156 = add nsw i64 %33, %155
  %157 = getelementptr inbounds float, ptr %24, i64 %156
  store <8 x float> %134, ptr %157, align 4
  %158 = mul nsw i64 %39, 10
  %159 = add nsw i64 %158, 0
  %160 = add nsw i64 %33, %159
  %161 = getelementptr inbounds float, ptr %24, i64 %160
  store <8 x float> %135, ptr %161, align 4
  %162 = mul nsw i64 %40, 10
  %163 = add nsw i64 %162, 0
  %164 = add nsw i64 %33, %163
  %165 = getelementptr inbounds float, ptr %24, i64 %164
  store <8 x float> %136, ptr %165, align 4
  %166 = mul nsw i64 %41, 10
  %167 = add nsw i64 %166, 0
  %168 = add nsw i64 %33, %167
  %169 = getelementptr inbounds float, ptr %24, i64 %168
  store <8 x float> %137, ptr %169, align 4
  %170 = mul nsw i64 %i, 9216
  %171 = mul nsw i64 %i, 320
  %172 = mul nsw i64 %i, 2880
  %173 = add nsw i64 %30, 0
  %174 = add nsw i64 %30, 1
  %175 = add nsw i64 %30, 2
  %176 = add nsw i64 %30, 3
  %177 = add nsw i64 %30, 4
  %178 = add nsw i64 %30, 5
  %179 = add nsw i64 %30, 6
  %180 = add nsw i64 %30, 7
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
  %i15 = phi i64 [ 0, %exit9 ], [ %267, %latch13 ]
  %181 = icmp slt i64 %i15, 32
  br i1 %181, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %182 = mul nsw i64 %i15, 10
  %183 = add nsw i64 %182, 8
  %184 = add nsw i64 %171, %183
  %185 = getelementptr inbounds float, ptr %22, i64 %184
  %186 = load <2 x float>, ptr %185, align 4
  %187 = mul nsw i64 %i15, 288
  %188 = add nsw i64 %187, %173
  %189 = add nsw i64 %170, %188
  %190 = getelementptr inbounds float, ptr %20, i64 %189
  %191 = load float, ptr %190, align 4
  %192 = insertelement <2 x float> poison, float %191, i32 0
  %193 = shufflevector <2 x float> %192, <2 x float> poison, <2 x i32> zeroinitializer
  %194 = load <2 x float>, ptr %11, align 4
  %195 = fmul contract <2 x float> %193, %186
  %196 = fadd contract <2 x float> %194, %195
  store <2 x float> %196, ptr %11, align 4
  %197 = mul nsw i64 %i15, 288
  %198 = add nsw i64 %197, %174
  %199 = add nsw i64 %170, %198
  %200 = getelementptr inbounds float, ptr %20, i64 %199
  %201 = load float, ptr %200, align 4
  %202 = insertelement <2 x float> poison, float %201, i32 0
  %203 = shufflevector <2 x float> %202, <2 x float> poison, <2 x i32> zeroinitializer
  %204 = load <2 x float>, ptr %12, align 4
  %205 = fmul contract <2 x float> %203, %186
  %206 = fadd contract <2 x float> %204, %205
  store <2 x float> %206, ptr %12, align 4
  %207 = mul nsw i64 %i15, 288
  %208 = add nsw i64 %207, %175
  %209 = add nsw i64 %170, %208
  %210 = getelementptr inbounds float, ptr %20, i64 %209
  %211 = load float, ptr %210, align 4
  %212 = insertelement <2 x float> poison, float %211, i32 0
  %213 = shufflevector <2 x float> %212, <2 x float> poison, <2 x i32> zeroinitializer
  %214 = load <2 x float>, ptr %13, align 4
  %215 = fmul contract <2 x float> %213, %186
  %216 = fadd contract <2 x float> %214, %215
  store <2 x float> %216, ptr %13, align 4
  %217 = mul nsw i64 %i15, 288
  %218 = add nsw i64 %217, %176
  %219 = add nsw i64 %170, %218
  %220 = getelementptr inbounds float, ptr %20, i64 %219
  %221 = load float, ptr %220, align 4
  %222 = insertelement <2 x float> poison, float %221, i32 0
  %223 = shufflevector <2 x float> %222, <2 x float> poison, <2 x i32> zeroinitializer
  %224 = load <2 x float>, ptr %14, align 4
  %225 = fmul contract <2 x float> %223, %186
  %226 = fadd contract <2 x float> %224, %225
  store <2 x float> %226, ptr %14, align 4
  %227 = mul nsw i64 %i15, 288
  %228 = add nsw i64 %227, %177
  %229 = add nsw i64 %170, %228
  %230 = getelementptr inbounds float, ptr %20, i64 %229
  %231 = load float, ptr %230, align 4
  %232 = insertelement <2 x float> poison, float %231, i32 0
  %233 = shufflevector <2 x float> %232, <2 x float> poison, <2 x i32> zeroinitializer
  %234 = load <2 x float>, ptr %15, align 4
  %235 = fmul contract <2 x float> %233, %186
  %236 = fadd contract <2 x float> %234, %235
  store <2 x float> %236, ptr %15, align 4
  %237 = mul nsw i64 %i15, 288
  %238 = add nsw i64 %237, %178
  %239 = add nsw i64 %170, %238
  %240 = getelementptr inbounds float, ptr %20, i64 %239
  %241 = load float, ptr %240, align 4
  %242 = insertelement <2 x float> poison, float %241, i32 0
  %243 = shufflevector <2 x float> %242, <2 x float> poison, <2 x i32> zeroinitializer
  %244 = load <2 x float>, ptr %16, align 4
  %245 = fmul contract <2 x float> %243, %186
  %246 = fadd contract <2 x float> %244, %245
  store <2 x float> %246, ptr %16, align 4
  %247 = mul nsw i64 %i15, 288
  %248 = add nsw i64 %247, %179
  %249 = add nsw i64 %170, %248
  %250 = getelementptr inbounds float, ptr %20, i64 %249
  %251 = load float, ptr %250, align 4
  %252 = insertelement <2 x float> poison, float %251, i32 0
  %253 = shufflevector <2 x float> %252, <2 x float> poison, <2 x i32> zeroinitializer
  %254 = load <2 x float>, ptr %17, align 4
  %255 = fmul contract <2 x float> %253, %186
  %256 = fadd contract <2 x float> %254, %255
  store <2 x float> %256, ptr %17, align 4
  %257 = mul nsw i64 %i15, 288
  %258 = add nsw i64 %257, %180
  %259 = add nsw i64 %170, %258
  %260 = getelementptr inbounds float, ptr %20, i64 %259
  %261 = load float, ptr %260, align 4
  %262 = insertelement <2 x float> poison, float %261, i32 0
  %263 = shufflevector <2 x float> %262, <2 x float> poison, <2 x i32> zeroinitializer
  %264 = load <2 x float>, ptr %18, align 4
  %265 = fmul contract <2 x float> %263, %186
  %266 = fadd contract <2 x float> %264, %265
  store <2 x float> %266, ptr %18, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %267 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !63

exit14:                                           ; preds = %loop11
  %268 = load <2 x float>, ptr %11, align 4
  %269 = load <2 x float>, ptr %12, align 4
  %270 = load <2 x float>, ptr %13, align 4
  %271 = load <2 x float>, ptr %14, align 4
  %272 = load <2 x float>, ptr %15, align 4
  %273 = load <2 x float>, ptr %16, align 4
  %274 = load <2 x float>, ptr %17, align 4
  %275 = load <2 x float>, ptr %18, align 4
  %276 = mul nsw i64 %173, 10
  %277 = add nsw i64 %276, 8
  %278 = add nsw i64 %172, %277
  %279 = getelementptr inbounds float, ptr %24, i64 %278
  store <2 x float> %268, ptr %279, align 4
  %280 = mul nsw i64 %174, 10
  %281 = add nsw i64 %280, 8
  %282 = add nsw i64 %172, %281
  %283 = getelementptr inbounds float, ptr %24, i64 %282
  store <2 x float> %269, ptr %283, align 4
  %284 = mul nsw i64 %175, 10
  %285 = add nsw i64 %284, 8
  %286 = add nsw i64 %172, %285
  %287 = getelementptr inbounds float, ptr %24, i64 %286
  store <2 x float> %270, ptr %287, align 4
  %288 = mul nsw i64 %176, 10
  %289 = add nsw i64 %288, 8
  %290 = add nsw i64 %172, %289
  %291 = getelementptr inbounds float, ptr %24, i64 %290
  store <2 x float> %271, ptr %291, align 4
  %292 = mul nsw i64 %177, 10
  %293 = add nsw i64 %292, 8
  %294 = add nsw i64 %172, %293
  %295 = getelementptr inbounds float, ptr %24, i64 %294
  store <2 x float> %272, ptr %295, align 4
  %296 = mul nsw i64 %178, 10
  %297 = add nsw i64 %296, 8
  %298 = add nsw i64 %172, %297
  %299 = getelementptr inbounds float, ptr %24, i64 %298
  store <2 x float> %273, ptr %299, align 4
  %300 = mul nsw i64 %179, 10
  %301 = add nsw i64 %300, 8
  %302 = add nsw i64 %172, %301
  %303 = getelementptr inbounds float, ptr %24, i64 %302
  store <2 x float> %274, ptr %303, align 4
  %304 = mul nsw i64 %180, 10
  %305 = add nsw i64 %304, 8
  %306 = add nsw i64 %172, %305
  %307 = getelementptr inbounds float, ptr %24, i64 %306
  store <2 x float> %275, ptr %307, align 4
  br label %latch3
}

; Function Attrs: noinline nounwind
define internal i32 @forward_and_grad.k20(ptr %0, i64 %1, i64 %2) #3 {
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
  br label %start

start:                                            ; preds = %entry
  %15 = getelementptr inbounds ptr, ptr %0, i64 0
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 1
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds ptr, ptr %0, i64 2
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds ptr, ptr %0, i64 3
  %22 = load ptr, ptr %21, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %24, %latch ]
  %23 = icmp slt i64 %i, 10
  br i1 %23, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %24 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %33, %latch3 ]
  %25 = icmp slt i64 %i5, 288
  br i1 %25, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %26 = mul nsw i64 %i5, 10
  %27 = add nsw i64 %26, %i
  %28 = getelementptr inbounds float, ptr %18, i64 %27
  %29 = load float, ptr %28, align 4
  %30 = mul nsw i64 %i, 288
  %31 = add nsw i64 %30, %i5
  %32 = getelementptr inbounds float, ptr %22, i64 %31
  store float %29, ptr %32, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %33 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !64

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %35, %latch8 ]
  %34 = icmp slt i64 %i10, 1
  br i1 %34, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %35 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %40, %latch13 ]
  %36 = icmp slt i64 %i15, 6
  br i1 %36, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %37 = mul nsw i64 %i15, 6
  %38 = icmp sgt i64 %37, 26
  %39 = select i1 %38, i64 26, i64 %37
  br label %loop16

latch13:                                          ; preds = %exit19
  %40 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %55, %latch18 ]
  %41 = icmp slt i64 %i20, 18
  br i1 %41, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %42 = mul nsw i64 %i20, 16
  %43 = add nsw i64 0, %42
  %44 = mul nsw i64 %i10, 320
  %45 = mul nsw i64 %i10, 2880
  %46 = mul nsw i64 %i10, 9216
  %47 = add nsw i64 %39, 0
  %48 = add nsw i64 %39, 1
  %49 = add nsw i64 %39, 2
  %50 = add nsw i64 %39, 3
  %51 = add nsw i64 %39, 4
  %52 = add nsw i64 %39, 5
  %53 = add nsw i64 %43, 0
  %54 = add nsw i64 %43, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  br label %loop21

latch18:                                          ; preds = %exit24
  %55 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %145, %latch23 ]
  %56 = icmp slt i64 %i25, 10
  br i1 %56, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %57 = mul nsw i64 %i25, 288
  %58 = add nsw i64 %57, %53
  %59 = add nsw i64 %45, %58
  %60 = getelementptr inbounds float, ptr %22, i64 %59
  %61 = load <8 x float>, ptr %60, align 4
  %62 = mul nsw i64 %i25, 288
  %63 = add nsw i64 %62, %54
  %64 = add nsw i64 %45, %63
  %65 = getelementptr inbounds float, ptr %22, i64 %64
  %66 = load <8 x float>, ptr %65, align 4
  %67 = mul nsw i64 %47, 10
  %68 = add nsw i64 %67, %i25
  %69 = add nsw i64 %44, %68
  %70 = getelementptr inbounds float, ptr %16, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <8 x float> poison, float %71, i32 0
  %73 = shufflevector <8 x float> %72, <8 x float> poison, <8 x i32> zeroinitializer
  %74 = load <8 x float>, ptr %3, align 4
  %75 = fmul contract <8 x float> %73, %61
  %76 = fadd contract <8 x float> %74, %75
  store <8 x float> %76, ptr %3, align 4
  %77 = load <8 x float>, ptr %4, align 4
  %78 = fmul contract <8 x float> %73, %66
  %79 = fadd contract <8 x float> %77, %78
  store <8 x float> %79, ptr %4, align 4
  %80 = mul nsw i64 %48, 10
  %81 = add nsw i64 %80, %i25
  %82 = add nsw i64 %44, %81
  %83 = getelementptr inbounds float, ptr %16, i64 %82
  %84 = load float, ptr %83, align 4
  %85 = insertelement <8 x float> poison, float %84, i32 0
  %86 = shufflevector <8 x float> %85, <8 x float> poison, <8 x i32> zeroinitializer
  %87 = load <8 x float>, ptr %5, align 4
  %88 = fmul contract <8 x float> %86, %61
  %89 = fadd contract <8 x float> %87, %88
  store <8 x float> %89, ptr %5, align 4
  %90 = load <8 x float>, ptr %6, align 4
  %91 = fmul contract <8 x float> %86, %66
  %92 = fadd contract <8 x float> %90, %91
  store <8 x float> %92, ptr %6, align 4
  %93 = mul nsw i64 %49, 10
  %94 = add nsw i64 %93, %i25
  %95 = add nsw i64 %44, %94
  %96 = getelementptr inbounds float, ptr %16, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = insertelement <8 x float> poison, float %97, i32 0
  %99 = shufflevector <8 x float> %98, <8 x float> poison, <8 x i32> zeroinitializer
  %100 = load <8 x float>, ptr %7, align 4
  %101 = fmul contract <8 x float> %99, %61
  %102 = fadd contract <8 x float> %100, %101
  store <8 x float> %102, ptr %7, align 4
  %103 = load <8 x float>, ptr %8, align 4
  %104 = fmul contract <8 x float> %99, %66
  %105 = fadd contract <8 x float> %103, %104
  store <8 x float> %105, ptr %8, align 4
  %106 = mul nsw i64 %50, 10
  %107 = add nsw i64 %106, %i25
  %108 = add nsw i64 %44, %107
  %109 = getelementptr inbounds float, ptr %16, i64 %108
  %110 = load float, ptr %109, align 4
  %111 = insertelement <8 x float> poison, float %110, i32 0
  %112 = shufflevector <8 x float> %111, <8 x float> poison, <8 x i32> zeroinitializer
  %113 = load <8 x float>, ptr %9, align 4
  %114 = fmul contract <8 x float> %112, %61
  %115 = fadd contract <8 x float> %113, %114
  store <8 x float> %115, ptr %9, align 4
  %116 = load <8 x float>, ptr %10, align 4
  %117 = fmul contract <8 x float> %112, %66
  %118 = fadd contract <8 x float> %116, %117
  store <8 x float> %118, ptr %10, align 4
  %119 = mul nsw i64 %51, 10
  %120 = add nsw i64 %119, %i25
  %121 = add nsw i64 %44, %120
  %122 = getelementptr inbounds float, ptr %16, i64 %121
  %123 = load float, ptr %122, align 4
  %124 = insertelement <8 x float> poison, float %123, i32 0
  %125 = shufflevector <8 x float> %124, <8 x float> poison, <8 x i32> zeroinitializer
  %126 = load <8 x float>, ptr %11, align 4
  %127 = fmul contract <8 x float> %125, %61
  %128 = fadd contract <8 x float> %126, %127
  store <8 x float> %128, ptr %11, align 4
  %129 = load <8 x float>, ptr %12, align 4
  %130 = fmul contract <8 x float> %125, %66
  %131 = fadd contract <8 x float> %129, %130
  store <8 x float> %131, ptr %12, align 4
  %132 = mul nsw i64 %52, 10
  %133 = add nsw i64 %132, %i25
  %134 = add nsw i64 %44, %133
  %135 = getelementptr inbounds float, ptr %16, i64 %134
  %136 = load float, ptr %135, align 4
  %137 = insertelement <8 x float> poison, float %136, i32 0
  %138 = shufflevector <8 x float> %137, <8 x float> poison, <8 x i32> zeroinitializer
  %139 = load <8 x float>, ptr %13, align 4
  %140 = fmul contract <8 x float> %138, %61
  %141 = fadd contract <8 x float> %139, %140
  store <8 x float> %141, ptr %13, align 4
  %142 = load <8 x float>, ptr %14, align 4
  %143 = fmul contract <8 x float> %138, %66
  %144 = fadd contract <8 x float> %142, %143
  store <8 x float> %144, ptr %14, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %145 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !65

exit24:                                           ; preds = %loop21
  %146 = load <8 x float>, ptr %3, align 4
  %147 = load <8 x float>, ptr %4, align 4
  %148 = load <8 x float>, ptr %5, align 4
  %149 = load <8 x float>, ptr %6, align 4
  %150 = load <8 x float>, ptr %7, align 4
  %151 = load <8 x float>, ptr %8, align 4
  %152 = load <8 x float>, ptr %9, align 4
  %153 = load <8 x float>, ptr %10, align 4
  %154 = load <8 x float>, ptr %11, align 4
  %155 = load <8 x float>, ptr %12, align 4
  %156 = load <8 x float>, ptr %13, align 4
  %157 = load <8 x float>, ptr %14, align 4
  %158 = mul nsw i64 %47, 288
  %159 = add nsw i64 %158, %53
  %160 = add nsw i64 %46, %159
  %161 = getelementptr inbounds float, ptr %20, i64 %160
  store <8 x float> %146, ptr %161, align 4
  %162 = mul nsw i64 %47, 288
  %163 = add nsw i64 %162, %54
  %164 = add nsw i64 %46, %163
  %165 = getelementptr inbounds float, ptr %20, i64 %164
  store <8 x float> %147, ptr %165, align 4
  %166 = mul nsw i64 %48, 288
  %167 = add nsw i64 %166, %53
  %168 = add nsw i64 %46, %167
  %169 = getelementptr inbounds float, ptr %20, i64 %168
  store <8 x float> %148, ptr %169, align 4
  %170 = mul nsw i64 %48, 288
  %171 = add nsw i64 %170, %54
  %172 = add nsw i64 %46, %171
  %173 = getelementptr inbounds float, ptr %20, i64 %172
  store <8 x float> %149, ptr %173, align 4
  %174 = mul nsw i64 %49, 288
  %175 = add nsw i64 %174, %53
  %176 = add nsw i64 %46, %175
  %177 = getelementptr inbounds float, ptr %20, i64 %176
  store <8 x float> %150, ptr %177, align 4
  %178 = mul nsw i64 %49, 288
  %179 = add nsw i64 %178, %54
  %180 = add nsw i64 %46, %179
  %181 = getelementptr inbounds float, ptr %20, i64 %180
  store <8 x float> %151, ptr %181, align 4
  %182 = mul nsw i64 %50, 288
  %183 = add nsw i64 %182, %53
  %184 = add nsw i64 %46, %183
  %185 = getelementptr inbounds float, ptr %20, i64 %184
  store <8 x float> %152, ptr %185, align 4
  %186 = mul nsw i64 %50, 288
  %187 = add nsw i64 %186, %54
  %188 = add nsw i64 %46, %187
  %189 = getelementptr inbounds float, ptr %20, i64 %188
  store <8 x float> %153, ptr %189, align 4
  %190 = mul nsw i64 %51, 288
  %191 = add nsw i64 %190, %53
  %192 = add nsw i64 %46, %191
  %193 = getelementptr inbounds float, ptr %20, i64 %192
  store <8 x float> %154, ptr %193, align 4
  %194 = mul nsw i64 %51, 288
  %195 = add nsw i64 %194, %54
  %196 = add nsw i64 %46, %195
  %197 = getelementptr inbounds float, ptr %20, i64 %196
  store <8 x float> %155, ptr %197, align 4
  %198 = mul nsw i64 %52, 288
  %199 = add nsw i64 %198, %53
  %200 = add nsw i64 %46, %199
  %201 = getelementptr inbounds float, ptr %20, i64 %200
  store <8 x float> %156, ptr %201, align 4
  %202 = mul nsw i64 %52, 288
  %203 = add nsw i64 %202, %54
  %204 = add nsw i64 %46, %203
  %205 = getelementptr inbounds float, ptr %20, i64 %204
  store <8 x float> %157, ptr %205, align 4
  br label %latch18
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k21(ptr %0, i64 %1, i64 %2) #0 {
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
  %53 = load float, ptr %52, align 4
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
  %65 = load float, ptr %64, align 4
  %66 = mul nsw i64 %41, 288
  %67 = mul nsw i64 %40, 36
  %68 = add nsw i64 %66, %67
  %69 = mul nsw i64 %38, 6
  %70 = add nsw i64 %68, %69
  %71 = add nsw i64 %70, %34
  %72 = getelementptr inbounds float, ptr %8, i64 %71
  %73 = load float, ptr %72, align 4
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
  %85 = load float, ptr %84, align 4
  %86 = mul nsw i64 %i, 1152
  %87 = mul nsw i64 %i5, 1152
  %88 = add nsw i64 %86, %87
  %89 = mul nsw i64 %i10, 144
  %90 = add nsw i64 %88, %89
  %91 = mul nsw i64 %i15, 12
  %92 = add nsw i64 %90, %91
  %93 = add nsw i64 %92, %i20
  %94 = getelementptr inbounds float, ptr %12, i64 %93
  %95 = load float, ptr %94, align 4
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
  store float %100, ptr %109, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %110 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !66

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k22(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !67

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
  br label %loop1, !llvm.loop !68

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
  %34 = load float, ptr %33, align 4
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
  %45 = load float, ptr %44, align 4
  %46 = fadd float %34, %45
  %47 = mul nsw i64 %i5, 12
  %48 = add nsw i64 %47, %i10
  %49 = getelementptr inbounds float, ptr %8, i64 %48
  store float %46, ptr %49, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %50 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !69

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
  br label %loop11, !llvm.loop !70

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
  br label %loop16, !llvm.loop !71

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
  br label %loop21, !llvm.loop !72

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
  br label %loop26, !llvm.loop !73

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
  br label %loop31, !llvm.loop !74

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
  br label %loop36, !llvm.loop !75

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
  br label %loop41, !llvm.loop !76

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
  br label %loop46, !llvm.loop !77

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
  store float %128, ptr %129, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %130 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !78

exit54:                                           ; preds = %loop51
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k23(ptr %0, i64 %1, i64 %2) #0 {
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
  %27 = load float, ptr %26, align 4
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
  %39 = load float, ptr %38, align 4
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
  %51 = load float, ptr %50, align 4
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
  %63 = load float, ptr %62, align 4
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
  %75 = load float, ptr %74, align 4
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
  %87 = load float, ptr %86, align 4
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
  %99 = load float, ptr %98, align 4
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
  %111 = load float, ptr %110, align 4
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
  br label %loop6, !llvm.loop !79

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
  %143 = load float, ptr %142, align 4
  %144 = sub i64 %i15, 128
  %145 = getelementptr inbounds float, ptr %5, i64 %144
  store float %143, ptr %145, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %146 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !80

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
  store float %198, ptr %199, align 4
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @forward_and_grad.k24(ptr %0, i64 %1, i64 %2) #3 {
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
  %30 = load float, ptr %29, align 4
  %31 = mul nsw i64 %i, 4608
  %32 = mul nsw i64 %i5, 144
  %33 = add nsw i64 %31, %32
  %34 = mul nsw i64 %i10, 12
  %35 = add nsw i64 %33, %34
  %36 = add nsw i64 %35, %i15
  %37 = getelementptr inbounds float, ptr %6, i64 %36
  store float %30, ptr %37, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %38 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !81

exit14:                                           ; preds = %loop11
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @forward_and_grad.k25(ptr %0, i64 %1, i64 %2) #0 {
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
  %34 = load float, ptr %33, align 4
  %35 = mul nsw i64 %i, 4608
  %36 = mul nsw i64 %i5, 144
  %37 = add nsw i64 %35, %36
  %38 = mul nsw i64 %i10, 12
  %39 = add nsw i64 %37, %38
  %40 = add nsw i64 %39, %i15
  %41 = getelementptr inbounds float, ptr %6, i64 %40
  store float %34, ptr %41, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %42 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !82

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
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  %9 = call i32 @ftc_rt_conv_f32(ptr %4, ptr %6, ptr %8, ptr @forward_and_grad.k26.conv_desc)
  ret i32 %9
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
  %32 = load float, ptr %31, align 4
  %33 = mul nsw i64 %i, 9
  %34 = mul nsw i64 %i5, 9
  %35 = add nsw i64 %33, %34
  %36 = mul nsw i64 %i10, 3
  %37 = add nsw i64 %35, %36
  %38 = add nsw i64 %37, %i15
  %39 = getelementptr inbounds float, ptr %6, i64 %38
  store float %32, ptr %39, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %40 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !83

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
  %14 = alloca [4 x ptr], align 8
  %15 = alloca [5 x ptr], align 8
  %16 = alloca [4 x ptr], align 8
  %17 = alloca [2 x ptr], align 8
  %18 = alloca [2 x ptr], align 8
  %19 = alloca [4 x ptr], align 8
  %20 = alloca [2 x ptr], align 8
  %21 = alloca [3 x ptr], align 8
  %22 = alloca [4 x ptr], align 8
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
  %status = phi i32 [ %30, %entry ], [ %38, %ok ], [ %53, %ok1 ], [ %61, %ok2 ], [ %73, %ok3 ], [ %82, %ok4 ], [ %87, %ok5 ], [ %92, %ok6 ], [ %102, %ok7 ], [ %107, %ok8 ], [ %114, %ok9 ], [ %123, %ok10 ], [ %137, %ok11 ], [ %143, %ok12 ], [ %148, %ok13 ], [ %153, %ok14 ], [ %159, %ok15 ], [ %167, %ok16 ], [ %172, %ok17 ]
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
  %53 = call i32 @ftc_rt_parallel_for(i64 32, i64 2, ptr @forward_and_grad.rows1, ptr %13)
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %55 = getelementptr inbounds i8, ptr %33, i64 626688
  %56 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %55, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %2, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %3, ptr %58, align 8
  %59 = getelementptr inbounds i8, ptr %33, i64 0
  %60 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %59, ptr %60, align 8
  %61 = call i32 @batch_loss.k3(ptr %14, i64 0, i64 1)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %63 = getelementptr inbounds i8, ptr %33, i64 0
  %64 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %63, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %33, i64 1280
  %66 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %33, i64 2560
  %68 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %33, i64 3840
  %70 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %69, ptr %70, align 8
  %71 = getelementptr inbounds i8, ptr %33, i64 3968
  %72 = getelementptr inbounds ptr, ptr %15, i64 4
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
  %82 = call i32 @batch_loss.k8(ptr %16, i64 0, i64 1)
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %84 = getelementptr inbounds i8, ptr %33, i64 0
  %85 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %84, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %6, ptr %86, align 8
  %87 = call i32 @batch_loss.k9(ptr %17, i64 0, i64 1)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %89 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %5, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %33, i64 0
  %91 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %90, ptr %91, align 8
  %92 = call i32 @forward_and_grad.k14(ptr %18, i64 0, i64 1)
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
  %102 = call i32 @forward_and_grad.rows15(ptr %19, i64 0, i64 32)
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %104 = getelementptr inbounds i8, ptr %33, i64 1280
  %105 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %104, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %10, ptr %106, align 8
  %107 = call i32 @forward_and_grad.k18(ptr %20, i64 0, i64 1)
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
  %114 = call i32 @forward_and_grad.k19(ptr %21, i64 0, i64 1)
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
  %121 = getelementptr inbounds i8, ptr %33, i64 39424
  %122 = getelementptr inbounds ptr, ptr %22, i64 3
  store ptr %121, ptr %122, align 8
  %123 = call i32 @forward_and_grad.k20(ptr %22, i64 0, i64 1)
  %124 = icmp ne i32 %123, 0
  br i1 %124, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %125 = getelementptr inbounds i8, ptr %33, i64 2560
  %126 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %33, i64 442368
  %128 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %127, ptr %128, align 8
  %129 = getelementptr inbounds i8, ptr %33, i64 589824
  %130 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %129, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %33, i64 147456
  %132 = getelementptr inbounds ptr, ptr %23, i64 3
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds i8, ptr %33, i64 294912
  %134 = getelementptr inbounds ptr, ptr %23, i64 4
  store ptr %133, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %33, i64 663552
  %136 = getelementptr inbounds ptr, ptr %23, i64 5
  store ptr %135, ptr %136, align 8
  %137 = call i32 @forward_and_grad.k21(ptr %23, i64 0, i64 32)
  %138 = icmp ne i32 %137, 0
  br i1 %138, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %139 = getelementptr inbounds i8, ptr %33, i64 663552
  %140 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %139, ptr %140, align 8
  %141 = getelementptr inbounds i8, ptr %33, i64 0
  %142 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %141, ptr %142, align 8
  %143 = call i32 @ftc_rt_parallel_for(i64 96, i64 42, ptr @forward_and_grad.k22, ptr %24)
  %144 = icmp ne i32 %143, 0
  br i1 %144, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %145 = getelementptr inbounds i8, ptr %33, i64 0
  %146 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %145, ptr %146, align 8
  %147 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %8, ptr %147, align 8
  %148 = call i32 @forward_and_grad.k23(ptr %25, i64 0, i64 8)
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %150 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %4, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %33, i64 0
  %152 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %151, ptr %152, align 8
  %153 = call i32 @forward_and_grad.k24(ptr %26, i64 0, i64 1)
  %154 = icmp ne i32 %153, 0
  br i1 %154, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %155 = getelementptr inbounds i8, ptr %33, i64 663552
  %156 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %155, ptr %156, align 8
  %157 = getelementptr inbounds i8, ptr %33, i64 18432
  %158 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %157, ptr %158, align 8
  %159 = call i32 @forward_and_grad.k25(ptr %27, i64 0, i64 8)
  %160 = icmp ne i32 %159, 0
  br i1 %160, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %161 = getelementptr inbounds i8, ptr %33, i64 0
  %162 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %161, ptr %162, align 8
  %163 = getelementptr inbounds i8, ptr %33, i64 18432
  %164 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %163, ptr %164, align 8
  %165 = getelementptr inbounds i8, ptr %33, i64 165888
  %166 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %165, ptr %166, align 8
  %167 = call i32 @forward_and_grad.k26(ptr %28, i64 0, i64 1)
  %168 = icmp ne i32 %167, 0
  br i1 %168, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %169 = getelementptr inbounds i8, ptr %33, i64 165888
  %170 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %169, ptr %170, align 8
  %171 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %7, ptr %171, align 8
  %172 = call i32 @forward_and_grad.k27(ptr %29, i64 0, i64 8)
  %173 = icmp ne i32 %172, 0
  br i1 %173, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %174 = load ptr, ptr %11, align 8
  call void @ftc_rt_free(ptr %174)
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
  %59 = load float, ptr %58, align 4
  %60 = getelementptr inbounds float, ptr %12, i64 %i15
  %61 = load float, ptr %60, align 4
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
  store float %62, ptr %71, align 4
  %72 = call float @llvm.maximum.f32(float %62, float 0.000000e+00)
  %73 = getelementptr inbounds float, ptr %16, i64 %70
  store float %72, ptr %73, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %74 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !84

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
  %111 = load float, ptr %110, align 4
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
  br label %loop51, !llvm.loop !85

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
  br label %loop81, !llvm.loop !86

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
  store float %197, ptr %208, align 4
  br label %latch113

latch113:                                         ; preds = %body112
  %209 = add nsw i64 %i115, 1
  br label %loop111, !llvm.loop !87

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
  %245 = load float, ptr %244, align 4
  %246 = sub i64 %i140, 0
  %247 = getelementptr inbounds float, ptr %8, i64 %246
  store float %245, ptr %247, align 4
  br label %latch138

latch138:                                         ; preds = %body137
  %248 = add nsw i64 %i140, 1
  br label %loop136, !llvm.loop !88

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
  store float %297, ptr %304, align 4
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
  store float %324, ptr %327, align 4
  br label %latch148

latch148:                                         ; preds = %body147
  %328 = add nsw i64 %i150, 1
  br label %loop146, !llvm.loop !89

exit149:                                          ; preds = %loop146
  br label %latch143
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows8(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca float, align 16
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %17, %latch ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul nsw i64 %i, 1
  %16 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit24
  %17 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %19, %latch3 ]
  %18 = icmp slt i64 %i5, %16
  br i1 %18, label %body2, label %exit4

body2:                                            ; preds = %loop1
  store float 0xFFF0000000000000, ptr %4, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %19 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %20 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %28, %latch8 ]
  %21 = icmp slt i64 %i10, 10
  br i1 %21, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %22 = load float, ptr %4, align 4
  %23 = mul nsw i64 %i5, 10
  %24 = add nsw i64 %23, %i10
  %25 = getelementptr inbounds float, ptr %9, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = call float @llvm.maximum.f32(float %22, float %26)
  store float %27, ptr %4, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !90

exit9:                                            ; preds = %loop6
  %29 = load float, ptr %4, align 4
  %30 = sub i64 %i5, %15
  %31 = getelementptr inbounds float, ptr %3, i64 %30
  store float %29, ptr %31, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %33, %latch13 ]
  %32 = icmp slt i64 %i15, %20
  br i1 %32, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %33 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %34 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %48, %latch18 ]
  %35 = icmp slt i64 %i20, 10
  br i1 %35, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %36 = mul nsw i64 %i15, 10
  %37 = add nsw i64 %36, %i20
  %38 = getelementptr inbounds float, ptr %9, i64 %37
  %39 = load float, ptr %38, align 4
  %40 = sub i64 %i15, %15
  %41 = getelementptr inbounds float, ptr %3, i64 %40
  %42 = load float, ptr %41, align 4
  %43 = fsub float %39, %42
  %44 = call float @expf(float %43) #4
  %45 = mul nsw i64 %i15, 10
  %46 = add nsw i64 %45, %i20
  %47 = getelementptr inbounds float, ptr %11, i64 %46
  store float %44, ptr %47, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %48 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !91

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %56, %latch23 ]
  %49 = icmp slt i64 %i25, %34
  br i1 %49, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %50 = getelementptr inbounds float, ptr %7, i64 10
  store float -0.000000e+00, ptr %50, align 4
  %51 = getelementptr inbounds float, ptr %7, i64 11
  store float -0.000000e+00, ptr %51, align 4
  %52 = getelementptr inbounds float, ptr %7, i64 12
  store float -0.000000e+00, ptr %52, align 4
  %53 = getelementptr inbounds float, ptr %7, i64 13
  store float -0.000000e+00, ptr %53, align 4
  %54 = getelementptr inbounds float, ptr %7, i64 14
  store float -0.000000e+00, ptr %54, align 4
  %55 = getelementptr inbounds float, ptr %7, i64 15
  store float -0.000000e+00, ptr %55, align 4
  br label %loop26

latch23:                                          ; preds = %exit29
  %56 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  br label %latch

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %64, %latch28 ]
  %57 = icmp slt i64 %i30, 10
  br i1 %57, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %58 = mul nsw i64 %i25, 10
  %59 = add nsw i64 %58, %i30
  %60 = getelementptr inbounds float, ptr %11, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = sub i64 %i30, 0
  %63 = getelementptr inbounds float, ptr %7, i64 %62
  store float %61, ptr %63, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %64 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !92

exit29:                                           ; preds = %loop26
  %65 = getelementptr inbounds <16 x float>, ptr %7, i64 0
  %66 = load <16 x float>, ptr %65, align 4
  store <16 x float> %66, ptr %5, align 4
  %67 = getelementptr inbounds float, ptr %5, i64 0
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %5, i64 1
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %5, i64 2
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %5, i64 3
  %74 = load float, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %5, i64 4
  %76 = load float, ptr %75, align 4
  %77 = getelementptr inbounds float, ptr %5, i64 5
  %78 = load float, ptr %77, align 4
  %79 = getelementptr inbounds float, ptr %5, i64 6
  %80 = load float, ptr %79, align 4
  %81 = getelementptr inbounds float, ptr %5, i64 7
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %5, i64 8
  %84 = load float, ptr %83, align 4
  %85 = getelementptr inbounds float, ptr %5, i64 9
  %86 = load float, ptr %85, align 4
  %87 = getelementptr inbounds float, ptr %5, i64 10
  %88 = load float, ptr %87, align 4
  %89 = getelementptr inbounds float, ptr %5, i64 11
  %90 = load float, ptr %89, align 4
  %91 = getelementptr inbounds float, ptr %5, i64 12
  %92 = load float, ptr %91, align 4
  %93 = getelementptr inbounds float, ptr %5, i64 13
  %94 = load float, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %5, i64 14
  %96 = load float, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %5, i64 15
  %98 = load float, ptr %97, align 4
  %99 = fadd float %68, %84
  %100 = fadd float %70, %86
  %101 = fadd float %72, %88
  %102 = fadd float %74, %90
  %103 = fadd float %76, %92
  %104 = fadd float %78, %94
  %105 = fadd float %80, %96
  %106 = fadd float %82, %98
  %107 = fadd float %99, %103
  %108 = fadd float %100, %104
  %109 = fadd float %101, %105
  %110 = fadd float %102, %106
  %111 = fadd float %107, %109
  %112 = fadd float %108, %110
  %113 = fadd float %111, %112
  %114 = getelementptr inbounds float, ptr %13, i64 %i25
  store float %113, ptr %114, align 4
  br label %latch23
}

; Function Attrs: nounwind
define internal i32 @per_sample.k11(ptr %0, i64 %1, i64 %2) #0 {
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
  store float 0.000000e+00, ptr %12, align 4
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
  %16 = load i32, ptr %15, align 4
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = icmp sgt i64 %19, 9
  %21 = select i1 %20, i64 9, i64 %19
  %22 = mul nsw i64 %i10, 10
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %6, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = fadd float %25, -1.000000e+00
  %27 = getelementptr inbounds float, ptr %6, i64 %23
  store float %26, ptr %27, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows12(ptr %0, i64 %1, i64 %2) #0 {
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
  %40 = load float, ptr %39, align 4
  %41 = fneg float %40
  %42 = sub i64 %i10, 0
  %43 = getelementptr inbounds float, ptr %7, i64 %42
  store float %41, ptr %43, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %44 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !93

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
  %101 = load float, ptr %100, align 4
  %102 = fdiv float %99, %101
  %103 = sub i64 %i15, %22
  %104 = getelementptr inbounds float, ptr %4, i64 %103
  store float %102, ptr %104, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %105 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !94

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
  %114 = load float, ptr %113, align 4
  %115 = sub i64 %i20, %22
  %116 = getelementptr inbounds float, ptr %4, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = mul nsw i64 %i20, 10
  %119 = add nsw i64 %118, %i25
  %120 = getelementptr inbounds float, ptr %13, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = fmul float %117, %121
  %123 = fadd float %114, %122
  %124 = mul nsw i64 %i20, 10
  %125 = add nsw i64 %124, %i25
  %126 = getelementptr inbounds float, ptr %15, i64 %125
  store float %123, ptr %126, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %127 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !95

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
  %136 = load float, ptr %135, align 4
  %137 = mul nsw i64 %i30, 10
  %138 = add nsw i64 %137, %i40
  %139 = getelementptr inbounds float, ptr %15, i64 %138
  %140 = load float, ptr %139, align 4
  %141 = fmul float %136, %140
  %142 = mul nsw i64 %i30, 2880
  %143 = mul nsw i64 %i35, 10
  %144 = add nsw i64 %142, %143
  %145 = add nsw i64 %144, %i40
  %146 = getelementptr inbounds float, ptr %19, i64 %145
  store float %141, ptr %146, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %147 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !96

exit39:                                           ; preds = %loop36
  br label %latch33
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows17(ptr %0, i64 %1, i64 %2) #0 {
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
  %62 = load float, ptr %61, align 4
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
  %74 = load float, ptr %73, align 4
  %75 = mul nsw i64 %50, 288
  %76 = mul nsw i64 %49, 36
  %77 = add nsw i64 %75, %76
  %78 = mul nsw i64 %47, 6
  %79 = add nsw i64 %77, %78
  %80 = add nsw i64 %79, %43
  %81 = getelementptr inbounds float, ptr %11, i64 %80
  %82 = load float, ptr %81, align 4
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
  %94 = load float, ptr %93, align 4
  %95 = mul nsw i64 %i5, 1152
  %96 = mul nsw i64 %i10, 1152
  %97 = add nsw i64 %95, %96
  %98 = mul nsw i64 %i15, 144
  %99 = add nsw i64 %97, %98
  %100 = mul nsw i64 %i20, 12
  %101 = add nsw i64 %99, %100
  %102 = add nsw i64 %101, %i25
  %103 = getelementptr inbounds float, ptr %15, i64 %102
  %104 = load float, ptr %103, align 4
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
  store float %109, ptr %118, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %119 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !97

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
  %141 = load float, ptr %140, align 4
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
  %155 = load float, ptr %154, align 4
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
  %169 = load float, ptr %168, align 4
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
  %183 = load float, ptr %182, align 4
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
  %197 = load float, ptr %196, align 4
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
  %211 = load float, ptr %210, align 4
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
  %225 = load float, ptr %224, align 4
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
  %239 = load float, ptr %238, align 4
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
  br label %loop41, !llvm.loop !98

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
  %273 = load float, ptr %272, align 4
  %274 = sub i64 %i50, 128
  %275 = getelementptr inbounds float, ptr %5, i64 %274
  store float %273, ptr %275, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %276 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !99

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
  store float %328, ptr %331, align 4
  br label %latch33
}

; Function Attrs: nounwind
define internal i32 @per_sample.k20(ptr %0, i64 %1, i64 %2) #0 {
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
  %34 = load float, ptr %33, align 4
  %35 = mul nsw i64 %i, 144
  %36 = mul nsw i64 %i5, 144
  %37 = add nsw i64 %35, %36
  %38 = mul nsw i64 %i10, 12
  %39 = add nsw i64 %37, %38
  %40 = add nsw i64 %39, %i15
  %41 = getelementptr inbounds float, ptr %6, i64 %40
  store float %34, ptr %41, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %42 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !100

exit14:                                           ; preds = %loop11
  br label %latch8
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
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  %9 = call i32 @ftc_rt_conv_f32(ptr %4, ptr %6, ptr %8, ptr @per_sample.k21.conv_desc)
  ret i32 %9
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
  %36 = load float, ptr %35, align 4
  %37 = mul nsw i64 %i, 72
  %38 = mul nsw i64 %i5, 9
  %39 = add nsw i64 %37, %38
  %40 = mul nsw i64 %i10, 9
  %41 = add nsw i64 %39, %40
  %42 = mul nsw i64 %i15, 3
  %43 = add nsw i64 %41, %42
  %44 = add nsw i64 %43, %i20
  %45 = getelementptr inbounds float, ptr %6, i64 %44
  store float %36, ptr %45, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %46 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !101

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
  %13 = alloca [4 x ptr], align 8
  %14 = alloca [3 x ptr], align 8
  %15 = alloca [2 x ptr], align 8
  %16 = alloca [6 x ptr], align 8
  %17 = alloca [4 x ptr], align 8
  %18 = alloca [7 x ptr], align 8
  %19 = alloca [2 x ptr], align 8
  %20 = alloca [2 x ptr], align 8
  %21 = alloca [3 x ptr], align 8
  %22 = alloca [2 x ptr], align 8
  %23 = call i32 @ftc_rt_alloc(ptr %10, i64 811008)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %fail, label %ok

fail:                                             ; preds = %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %23, %entry ], [ %31, %ok ], [ %46, %ok1 ], [ %54, %ok2 ], [ %62, %ok3 ], [ %67, %ok4 ], [ %79, %ok5 ], [ %87, %ok6 ], [ %102, %ok7 ], [ %107, %ok8 ], [ %113, %ok9 ], [ %121, %ok10 ], [ %126, %ok11 ]
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
  %46 = call i32 @ftc_rt_parallel_for(i64 32, i64 2, ptr @per_sample.rows1, ptr %12)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %48 = getelementptr inbounds i8, ptr %26, i64 626688
  %49 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %2, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %3, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %26, i64 0
  %53 = getelementptr inbounds ptr, ptr %13, i64 3
  store ptr %52, ptr %53, align 8
  %54 = call i32 @batch_loss.k3(ptr %13, i64 0, i64 1)
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %56 = getelementptr inbounds i8, ptr %26, i64 0
  %57 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %56, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %26, i64 1280
  %59 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %26, i64 2560
  %61 = getelementptr inbounds ptr, ptr %14, i64 2
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
  %67 = call i32 @per_sample.k11(ptr %15, i64 0, i64 1)
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
  %79 = call i32 @ftc_rt_parallel_for(i64 32, i64 5, ptr @per_sample.rows12, ptr %16)
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
  %85 = getelementptr inbounds i8, ptr %26, i64 36864
  %86 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %85, ptr %86, align 8
  %87 = call i32 @forward_and_grad.k20(ptr %17, i64 0, i64 1)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %89 = getelementptr inbounds i8, ptr %26, i64 0
  %90 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %26, i64 442368
  %92 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %26, i64 589824
  %94 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %26, i64 147456
  %96 = getelementptr inbounds ptr, ptr %18, i64 3
  store ptr %95, ptr %96, align 8
  %97 = getelementptr inbounds i8, ptr %26, i64 294912
  %98 = getelementptr inbounds ptr, ptr %18, i64 4
  store ptr %97, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %26, i64 663552
  %100 = getelementptr inbounds ptr, ptr %18, i64 5
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %18, i64 6
  store ptr %7, ptr %101, align 8
  %102 = call i32 @ftc_rt_parallel_for(i64 32, i64 7, ptr @per_sample.rows17, ptr %18)
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %104 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %4, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %26, i64 0
  %106 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %105, ptr %106, align 8
  %107 = call i32 @forward_and_grad.k24(ptr %19, i64 0, i64 1)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %109 = getelementptr inbounds i8, ptr %26, i64 663552
  %110 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %109, ptr %110, align 8
  %111 = getelementptr inbounds i8, ptr %26, i64 18432
  %112 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %111, ptr %112, align 8
  %113 = call i32 @per_sample.k20(ptr %20, i64 0, i64 256)
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %115 = getelementptr inbounds i8, ptr %26, i64 0
  %116 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds i8, ptr %26, i64 18432
  %118 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %117, ptr %118, align 8
  %119 = getelementptr inbounds i8, ptr %26, i64 165888
  %120 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %119, ptr %120, align 8
  %121 = call i32 @per_sample.k21(ptr %21, i64 0, i64 1)
  %122 = icmp ne i32 %121, 0
  br i1 %122, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %123 = getelementptr inbounds i8, ptr %26, i64 165888
  %124 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %123, ptr %124, align 8
  %125 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %6, ptr %125, align 8
  %126 = call i32 @per_sample.k22(ptr %22, i64 0, i64 32)
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %128 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %128)
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

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.vectorize.width", i32 8}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !1, !4, !2}
!4 = !{!"llvm.loop.interleave.count", i32 4}
!5 = distinct !{!5, !1, !2}
!6 = distinct !{!6, !7, !2}
!7 = !{!"llvm.loop.vectorize.enable", i1 false}
!8 = distinct !{!8, !7, !2}
!9 = distinct !{!9, !7, !2}
!10 = distinct !{!10, !11, !1, !2}
!11 = !{!"llvm.loop.vectorize.enable", i1 true}
!12 = distinct !{!12, !1, !4, !2}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !11, !15, !2}
!15 = !{!"llvm.loop.vectorize.width", i32 16}
!16 = distinct !{!16, !1, !2}
!17 = distinct !{!17, !1, !4, !2}
!18 = distinct !{!18, !1, !2}
!19 = distinct !{!19, !7, !2}
!20 = distinct !{!20, !7, !2}
!21 = distinct !{!21, !7, !2}
!22 = distinct !{!22, !11, !1, !2}
!23 = distinct !{!23, !1, !4, !2}
!24 = distinct !{!24, !1, !2}
!25 = distinct !{!25, !11, !15, !2}
!26 = distinct !{!26, !1, !2}
!27 = distinct !{!27, !11, !15, !2}
!28 = distinct !{!28, !11, !15, !2}
!29 = distinct !{!29, !1, !2}
!30 = distinct !{!30, !1, !4, !2}
!31 = distinct !{!31, !1, !2}
!32 = distinct !{!32, !1, !4, !2}
!33 = distinct !{!33, !1, !2}
!34 = distinct !{!34, !11, !15, !2}
!35 = distinct !{!35, !1, !2}
!36 = distinct !{!36, !1, !2}
!37 = distinct !{!37, !1, !2}
!38 = distinct !{!38, !1, !2}
!39 = distinct !{!39, !1, !4, !2}
!40 = distinct !{!40, !1, !2}
!41 = distinct !{!41, !11, !15, !2}
!42 = distinct !{!42, !1, !2}
!43 = distinct !{!43, !1, !4, !2}
!44 = distinct !{!44, !1, !2}
!45 = distinct !{!45, !11, !15, !2}
!46 = distinct !{!46, !1, !2}
!47 = distinct !{!47, !11, !15, !2}
!48 = distinct !{!48, !1, !2}
!49 = distinct !{!49, !1, !2}
!50 = distinct !{!50, !7, !2}
!51 = distinct !{!51, !7, !2}
!52 = distinct !{!52, !11, !2}
!53 = distinct !{!53, !7, !2}
!54 = distinct !{!54, !11, !2}
!55 = distinct !{!55, !7, !2}
!56 = distinct !{!56, !11, !2}
!57 = distinct !{!57, !7, !2}
!58 = distinct !{!58, !11, !2}
!59 = distinct !{!59, !7, !2}
!60 = distinct !{!60, !11, !2}
!61 = distinct !{!61, !11, !2}
!62 = distinct !{!62, !7, !2}
!63 = distinct !{!63, !7, !2}
!64 = distinct !{!64, !2}
!65 = distinct !{!65, !7, !2}
!66 = distinct !{!66, !1, !2}
!67 = distinct !{!67, !7, !2}
!68 = distinct !{!68, !7, !2}
!69 = distinct !{!69, !11, !2}
!70 = distinct !{!70, !7, !2}
!71 = distinct !{!71, !11, !2}
!72 = distinct !{!72, !7, !2}
!73 = distinct !{!73, !11, !2}
!74 = distinct !{!74, !7, !2}
!75 = distinct !{!75, !11, !2}
!76 = distinct !{!76, !7, !2}
!77 = distinct !{!77, !11, !2}
!78 = distinct !{!78, !11, !2}
!79 = distinct !{!79, !11, !15, !2}
!80 = distinct !{!80, !11, !15, !2}
!81 = distinct !{!81, !1, !2}
!82 = distinct !{!82, !1, !2}
!83 = distinct !{!83, !1, !2}
!84 = distinct !{!84, !1, !2}
!85 = distinct !{!85, !1, !2}
!86 = distinct !{!86, !1, !4, !2}
!87 = distinct !{!87, !1, !2}
!88 = distinct !{!88, !11, !15, !2}
!89 = distinct !{!89, !1, !2}
!90 = distinct !{!90, !1, !4, !2}
!91 = distinct !{!91, !1, !2}
!92 = distinct !{!92, !11, !15, !2}
!93 = distinct !{!93, !11, !15, !2}
!94 = distinct !{!94, !1, !2}
!95 = distinct !{!95, !1, !2}
!96 = distinct !{!96, !1, !2}
!97 = distinct !{!97, !1, !2}
!98 = distinct !{!98, !11, !15, !2}
!99 = distinct !{!99, !11, !15, !2}
!100 = distinct !{!100, !1, !2}
!101 = distinct !{!101, !1, !2}
