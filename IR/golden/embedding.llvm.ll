; ModuleID = 'embedding'
source_filename = "embedding"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [2 x ptr] [ptr @_ZGVdN8v_expf, ptr @_ZGVdN8v_logf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [1228 x i8] c"{\22module\22: \22embedding\22, \22functions\22: [{\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22emb\22, \22dtype\22: \22f32\22, \22shape\22: [20, 8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22b\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22tokens\22, \22dtype\22: \22i32\22, \22shape\22: [6]}, {\22name\22: \22label\22, \22dtype\22: \22i32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22losses\22, \22symbol\22: \22losses\22, \22inputs\22: [{\22name\22: \22emb\22, \22dtype\22: \22f32\22, \22shape\22: [20, 8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22b\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22tokens\22, \22dtype\22: \22i32\22, \22shape\22: [16, 6]}, {\22name\22: \22label\22, \22dtype\22: \22i32\22, \22shape\22: [16]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: [16]}]}, {\22name\22: \22per_sample\22, \22symbol\22: \22per_sample\22, \22inputs\22: [{\22name\22: \22emb\22, \22dtype\22: \22f32\22, \22shape\22: [20, 8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22b\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22tokens\22, \22dtype\22: \22i32\22, \22shape\22: [16, 6]}, {\22name\22: \22label\22, \22dtype\22: \22i32\22, \22shape\22: [16]}], \22outputs\22: [{\22name\22: \22d_emb\22, \22dtype\22: \22f32\22, \22shape\22: [16, 20, 8]}, {\22name\22: \22d_w\22, \22dtype\22: \22f32\22, \22shape\22: [16, 8, 4]}, {\22name\22: \22d_b\22, \22dtype\22: \22f32\22, \22shape\22: [16, 4]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @loss.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ 0, %start ], [ %11, %latch ]
  %9 = icmp slt i64 %i, 8
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %8, i64 %i
  store float -0.000000e+00, ptr %10, align 4
  br label %latch

latch:                                            ; preds = %body
  %11 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 0, %exit ], [ %13, %latch3 ]
  %12 = icmp slt i64 %i5, 6
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %13 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  ret i32 0

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %30, %latch8 ]
  %14 = icmp slt i64 %i10, 8
  br i1 %14, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %15 = getelementptr inbounds float, ptr %8, i64 %i10
  %16 = load float, ptr %15, align 4
  %17 = getelementptr inbounds i32, ptr %6, i64 %i5
  %18 = load i32, ptr %17, align 4
  %19 = sext i32 %18 to i64
  %20 = icmp slt i64 %19, 0
  %21 = select i1 %20, i64 0, i64 %19
  %22 = icmp sgt i64 %21, 19
  %23 = select i1 %22, i64 19, i64 %21
  %24 = mul nsw i64 %23, 8
  %25 = add nsw i64 %24, %i10
  %26 = getelementptr inbounds float, ptr %4, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = fadd reassoc contract float %16, %27
  %29 = getelementptr inbounds float, ptr %8, i64 %i10
  store float %28, ptr %29, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %30 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 %i
  %9 = load float, ptr %8, align 4
  %10 = fdiv float %9, 6.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !0

exit:                                             ; preds = %loop
  ret i32 0
}

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
  %12 = icmp slt i64 %i5, 1
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
  %14 = icmp slt i64 %i10, 4
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
  %16 = icmp slt i64 %i15, 8
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 8
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i15, 4
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 8
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 32
  %24 = add nsw i64 %23, %20
  %25 = getelementptr inbounds float, ptr %5, i64 %22
  %26 = load float, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4
  %29 = load float, ptr %3, align 4
  %30 = fmul float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !3

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 4
  %34 = mul nsw i64 %i5, 4
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @loss.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = fadd float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !4

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  %8 = icmp slt i64 %i, 4
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
  br label %loop, !llvm.loop !5

exit:                                             ; preds = %loop
  %14 = load float, ptr %3, align 4
  %15 = getelementptr inbounds float, ptr %7, i64 0
  store float %14, ptr %15, align 4
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind
define internal i32 @loss.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !6

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k6(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  store float -0.000000e+00, ptr %3, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %14, %latch ]
  %8 = icmp slt i64 %i, 4
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  %9 = load float, ptr %3, align 4
  %10 = getelementptr inbounds float, ptr %5, i64 %i
  %11 = load float, ptr %10, align 4
  %12 = call float @expf(float %11) #4
  %13 = fadd reassoc contract float %9, %12
  store float %13, ptr %3, align 4
  br label %latch

latch:                                            ; preds = %body
  %14 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !7

exit:                                             ; preds = %loop
  %15 = load float, ptr %3, align 4
  %16 = getelementptr inbounds float, ptr %7, i64 0
  store float %15, ptr %16, align 4
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @expf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_expf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @loss.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !8

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @logf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_logf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @loss.k8(ptr %0, i64 %1, i64 %2) #0 {
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
  %16 = icmp sgt i64 %15, 3
  %17 = select i1 %16, i64 3, i64 %15
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
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5) #0 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [2 x ptr], align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [2 x ptr], align 8
  %15 = alloca [4 x ptr], align 8
  %16 = call i32 @ftc_rt_alloc(ptr %6, i64 192)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok

fail:                                             ; preds = %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %16, %entry ], [ %24, %ok ], [ %30, %ok1 ], [ %37, %ok2 ], [ %44, %ok3 ], [ %50, %ok4 ], [ %58, %ok5 ], [ %64, %ok6 ], [ %70, %ok7 ], [ %78, %ok8 ]
  %18 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %18)
  ret i32 %status

ok:                                               ; preds = %entry
  %19 = load ptr, ptr %6, align 8
  %20 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %3, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %19, i64 0
  %23 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %22, ptr %23, align 8
  %24 = call i32 @loss.k0(ptr %7, i64 0, i64 1)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %26 = getelementptr inbounds i8, ptr %19, i64 0
  %27 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %19, i64 64
  %29 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %28, ptr %29, align 8
  %30 = call i32 @loss.k1(ptr %8, i64 0, i64 8)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %32 = getelementptr inbounds i8, ptr %19, i64 64
  %33 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %19, i64 0
  %36 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %35, ptr %36, align 8
  %37 = call i32 @loss.k2(ptr %9, i64 0, i64 1)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %39 = getelementptr inbounds i8, ptr %19, i64 0
  %40 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %39, ptr %40, align 8
  %41 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %19, i64 64
  %43 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %42, ptr %43, align 8
  %44 = call i32 @loss.k3(ptr %10, i64 0, i64 4)
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %46 = getelementptr inbounds i8, ptr %19, i64 64
  %47 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %46, ptr %47, align 8
  %48 = getelementptr inbounds i8, ptr %19, i64 0
  %49 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %48, ptr %49, align 8
  %50 = call i32 @loss.k4(ptr %11, i64 0, i64 1)
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %52 = getelementptr inbounds i8, ptr %19, i64 64
  %53 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %19, i64 0
  %55 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %54, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %19, i64 128
  %57 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %56, ptr %57, align 8
  %58 = call i32 @loss.k5(ptr %12, i64 0, i64 4)
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %60 = getelementptr inbounds i8, ptr %19, i64 128
  %61 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %19, i64 0
  %63 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %62, ptr %63, align 8
  %64 = call i32 @loss.k6(ptr %13, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %66 = getelementptr inbounds i8, ptr %19, i64 0
  %67 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %19, i64 64
  %69 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %68, ptr %69, align 8
  %70 = call i32 @loss.k7(ptr %14, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %72 = getelementptr inbounds i8, ptr %19, i64 128
  %73 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %19, i64 64
  %75 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %4, ptr %76, align 8
  %77 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %5, ptr %77, align 8
  %78 = call i32 @loss.k8(ptr %15, i64 0, i64 1)
  %79 = icmp ne i32 %78, 0
  br i1 %79, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %80 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %80)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: noinline nounwind
define internal i32 @losses.k0(ptr %0, i64 %1, i64 %2) #3 {
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
  %i = phi i64 [ 0, %start ], [ %11, %latch ]
  %9 = icmp slt i64 %i, 128
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %8, i64 %i
  store float -0.000000e+00, ptr %10, align 4
  br label %latch

latch:                                            ; preds = %body
  %11 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 0, %exit ], [ %13, %latch3 ]
  %12 = icmp slt i64 %i5, 16
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %13 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  ret i32 0

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %15, %latch8 ]
  %14 = icmp slt i64 %i10, 6
  br i1 %14, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %15 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %36, %latch13 ]
  %16 = icmp slt i64 %i15, 8
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 8
  %18 = add nsw i64 %17, %i15
  %19 = getelementptr inbounds float, ptr %8, i64 %18
  %20 = load float, ptr %19, align 4
  %21 = mul nsw i64 %i5, 6
  %22 = add nsw i64 %21, %i10
  %23 = getelementptr inbounds i32, ptr %6, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = sext i32 %24 to i64
  %26 = icmp slt i64 %25, 0
  %27 = select i1 %26, i64 0, i64 %25
  %28 = icmp sgt i64 %27, 19
  %29 = select i1 %28, i64 19, i64 %27
  %30 = mul nsw i64 %29, 8
  %31 = add nsw i64 %30, %i15
  %32 = getelementptr inbounds float, ptr %4, i64 %31
  %33 = load float, ptr %32, align 4
  %34 = fadd reassoc contract float %20, %33
  %35 = getelementptr inbounds float, ptr %8, i64 %18
  store float %34, ptr %35, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %36 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8
}

; Function Attrs: noinline nounwind
define internal i32 @losses.k1(ptr %0, i64 %1, i64 %2) #3 {
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
  %10 = fdiv float %9, 6.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !9

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @losses.k2(ptr %0, i64 %1, i64 %2) #3 {
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
  %12 = icmp slt i64 %i5, 16
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
  %14 = icmp slt i64 %i10, 4
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
  %16 = icmp slt i64 %i15, 8
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 8
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i15, 4
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 128
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 32
  %24 = add nsw i64 %23, %20
  %25 = getelementptr inbounds float, ptr %5, i64 %22
  %26 = load float, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4
  %29 = load float, ptr %3, align 4
  %30 = fmul float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !10

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 64
  %34 = mul nsw i64 %i5, 4
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: noinline nounwind
define internal i32 @losses.k3(ptr %0, i64 %1, i64 %2) #3 {
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
  %11 = icmp slt i64 %i5, 4
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 4
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i5
  %17 = load float, ptr %16, align 4
  %18 = fadd float %15, %17
  %19 = mul nsw i64 %i, 4
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !11

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @losses.k4(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %9, %latch ]
  %8 = icmp slt i64 %i, %2
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  store float 0xFFF0000000000000, ptr %3, align 4
  br label %loop1

latch:                                            ; preds = %exit4
  %9 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %10 = icmp slt i64 %i5, 4
  br i1 %10, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %11 = load float, ptr %3, align 4
  %12 = mul nsw i64 %i, 4
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %5, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = call float @llvm.maximum.f32(float %11, float %15)
  store float %16, ptr %3, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !12

exit4:                                            ; preds = %loop1
  %18 = load float, ptr %3, align 4
  %19 = getelementptr inbounds float, ptr %7, i64 %i
  store float %18, ptr %19, align 4
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @losses.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = icmp slt i64 %i5, 4
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 4
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fsub float %15, %17
  %19 = mul nsw i64 %i, 4
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !13

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @losses.k6(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %9, %latch ]
  %8 = icmp slt i64 %i, %2
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  store float -0.000000e+00, ptr %3, align 4
  br label %loop1

latch:                                            ; preds = %exit4
  %9 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %18, %latch3 ]
  %10 = icmp slt i64 %i5, 4
  br i1 %10, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %11 = load float, ptr %3, align 4
  %12 = mul nsw i64 %i, 4
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %5, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = call float @expf(float %15) #4
  %17 = fadd reassoc contract float %11, %16
  store float %17, ptr %3, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %18 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !14

exit4:                                            ; preds = %loop1
  %19 = load float, ptr %3, align 4
  %20 = getelementptr inbounds float, ptr %7, i64 %i
  store float %19, ptr %20, align 4
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @losses.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !15

exit:                                             ; preds = %loop
  ret i32 0
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
  %17 = icmp sgt i64 %16, 3
  %18 = select i1 %17, i64 3, i64 %16
  %19 = mul nsw i64 %i, 4
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
  br label %loop, !llvm.loop !16

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @losses(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5) #0 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [2 x ptr], align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [2 x ptr], align 8
  %15 = alloca [4 x ptr], align 8
  %16 = call i32 @ftc_rt_alloc(ptr %6, i64 1024)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok

fail:                                             ; preds = %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %16, %entry ], [ %24, %ok ], [ %30, %ok1 ], [ %37, %ok2 ], [ %44, %ok3 ], [ %50, %ok4 ], [ %58, %ok5 ], [ %64, %ok6 ], [ %70, %ok7 ], [ %78, %ok8 ]
  %18 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %18)
  ret i32 %status

ok:                                               ; preds = %entry
  %19 = load ptr, ptr %6, align 8
  %20 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %3, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %19, i64 0
  %23 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %22, ptr %23, align 8
  %24 = call i32 @losses.k0(ptr %7, i64 0, i64 1)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %26 = getelementptr inbounds i8, ptr %19, i64 0
  %27 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %19, i64 512
  %29 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %28, ptr %29, align 8
  %30 = call i32 @losses.k1(ptr %8, i64 0, i64 128)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %32 = getelementptr inbounds i8, ptr %19, i64 512
  %33 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %19, i64 0
  %36 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %35, ptr %36, align 8
  %37 = call i32 @losses.k2(ptr %9, i64 0, i64 1)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %39 = getelementptr inbounds i8, ptr %19, i64 0
  %40 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %39, ptr %40, align 8
  %41 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %19, i64 256
  %43 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %42, ptr %43, align 8
  %44 = call i32 @losses.k3(ptr %10, i64 0, i64 16)
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %46 = getelementptr inbounds i8, ptr %19, i64 256
  %47 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %46, ptr %47, align 8
  %48 = getelementptr inbounds i8, ptr %19, i64 0
  %49 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %48, ptr %49, align 8
  %50 = call i32 @losses.k4(ptr %11, i64 0, i64 16)
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %52 = getelementptr inbounds i8, ptr %19, i64 256
  %53 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %19, i64 0
  %55 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %54, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %19, i64 512
  %57 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %56, ptr %57, align 8
  %58 = call i32 @losses.k5(ptr %12, i64 0, i64 16)
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %60 = getelementptr inbounds i8, ptr %19, i64 512
  %61 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %19, i64 0
  %63 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %62, ptr %63, align 8
  %64 = call i32 @losses.k6(ptr %13, i64 0, i64 16)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %66 = getelementptr inbounds i8, ptr %19, i64 0
  %67 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %19, i64 64
  %69 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %68, ptr %69, align 8
  %70 = call i32 @losses.k7(ptr %14, i64 0, i64 16)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %72 = getelementptr inbounds i8, ptr %19, i64 512
  %73 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %19, i64 64
  %75 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %4, ptr %76, align 8
  %77 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %5, ptr %77, align 8
  %78 = call i32 @losses.k8(ptr %15, i64 0, i64 16)
  %79 = icmp ne i32 %78, 0
  br i1 %79, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %80 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %80)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @per_sample.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = icmp slt i64 %i5, 4
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 4
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fcmp oeq float %15, %17
  %19 = uitofp i1 %18 to float
  %20 = mul nsw i64 %i, 4
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %8, i64 %21
  store float %19, ptr %22, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %23 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !17

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @per_sample.k6(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %9, %latch ]
  %8 = icmp slt i64 %i, %2
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  store float -0.000000e+00, ptr %3, align 4
  br label %loop1

latch:                                            ; preds = %exit4
  %9 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %10 = icmp slt i64 %i5, 4
  br i1 %10, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %11 = load float, ptr %3, align 4
  %12 = mul nsw i64 %i, 4
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %5, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = fadd reassoc contract float %11, %15
  store float %16, ptr %3, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !18

exit4:                                            ; preds = %loop1
  %18 = load float, ptr %3, align 4
  %19 = getelementptr inbounds float, ptr %7, i64 %i
  store float %18, ptr %19, align 4
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @per_sample.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = icmp slt i64 %i5, 4
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 4
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fsub float %15, %17
  %19 = call float @expf(float %18) #4
  %20 = mul nsw i64 %i, 4
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %8, i64 %21
  store float %19, ptr %22, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %23 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !19

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @per_sample.k9(ptr %0, i64 %1, i64 %2) #0 {
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
  %7 = icmp slt i64 %i, 16
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
  %9 = icmp slt i64 %i5, 4
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = mul nsw i64 %i, 4
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
  %14 = icmp slt i64 %i10, 16
  br i1 %14, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %15 = getelementptr inbounds i32, ptr %4, i64 %i10
  %16 = load i32, ptr %15, align 4
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = icmp sgt i64 %19, 3
  %21 = select i1 %20, i64 3, i64 %19
  %22 = mul nsw i64 %i10, 4
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

; Function Attrs: noinline nounwind
define internal i32 @per_sample.k10(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %9, %latch ]
  %8 = icmp slt i64 %i, %2
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  store float -0.000000e+00, ptr %3, align 4
  br label %loop1

latch:                                            ; preds = %exit4
  %9 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %18, %latch3 ]
  %10 = icmp slt i64 %i5, 4
  br i1 %10, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %11 = load float, ptr %3, align 4
  %12 = mul nsw i64 %i, 4
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %5, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = fneg float %15
  %17 = fadd reassoc contract float %11, %16
  store float %17, ptr %3, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %18 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !20

exit4:                                            ; preds = %loop1
  %19 = load float, ptr %3, align 4
  %20 = getelementptr inbounds float, ptr %7, i64 %i
  store float %19, ptr %20, align 4
  br label %latch
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
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = fdiv float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !21

exit:                                             ; preds = %loop
  ret i32 0
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
  %13 = icmp slt i64 %i5, 4
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 4
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %4, i64 %15
  %17 = load float, ptr %16, align 4
  %18 = getelementptr inbounds float, ptr %6, i64 %i
  %19 = load float, ptr %18, align 4
  %20 = mul nsw i64 %i, 4
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %8, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = fmul float %19, %23
  %25 = fadd float %17, %24
  %26 = mul nsw i64 %i, 4
  %27 = add nsw i64 %26, %i5
  %28 = getelementptr inbounds float, ptr %10, i64 %27
  store float %25, ptr %28, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %29 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !22

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @per_sample.k14(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %14, %latch ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %14 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %34, %latch3 ]
  %15 = icmp slt i64 %i5, 4
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %16 = mul nsw i64 %i, 4
  %17 = add nsw i64 %16, %i5
  %18 = getelementptr inbounds float, ptr %4, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = getelementptr inbounds float, ptr %6, i64 %i
  %21 = load float, ptr %20, align 4
  %22 = mul nsw i64 %i, 4
  %23 = add nsw i64 %22, %i5
  %24 = getelementptr inbounds float, ptr %8, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = getelementptr inbounds float, ptr %10, i64 %i
  %27 = load float, ptr %26, align 4
  %28 = fdiv float %25, %27
  %29 = fmul float %21, %28
  %30 = fadd float %19, %29
  %31 = mul nsw i64 %i, 4
  %32 = add nsw i64 %31, %i5
  %33 = getelementptr inbounds float, ptr %12, i64 %32
  store float %30, ptr %33, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %34 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !23

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @per_sample.k15(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = icmp slt i64 %i, 16
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
  %14 = icmp slt i64 %i10, 4
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
  %16 = icmp slt i64 %i15, 1
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 1
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i15, 4
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 8
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 4
  %24 = add nsw i64 %23, %20
  %25 = getelementptr inbounds float, ptr %5, i64 %22
  %26 = load float, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4
  %29 = load float, ptr %3, align 4
  %30 = fmul float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !24

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 32
  %34 = mul nsw i64 %i5, 4
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @per_sample.k16(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = icmp slt i64 %i5, 16
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
  %14 = icmp slt i64 %i10, 8
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
  %16 = icmp slt i64 %i15, 4
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 4
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i10, 4
  %20 = add nsw i64 %19, %i15
  %21 = mul nsw i64 %i, 64
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 32
  %24 = add nsw i64 %23, %20
  %25 = getelementptr inbounds float, ptr %5, i64 %22
  %26 = load float, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4
  %29 = load float, ptr %3, align 4
  %30 = fmul float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !25

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 128
  %34 = mul nsw i64 %i5, 8
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @per_sample.k18(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = icmp slt i64 %i, 16
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %10 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop11

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %12, %latch3 ]
  %11 = icmp slt i64 %i5, 20
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %12 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %19, %latch8 ]
  %13 = icmp slt i64 %i10, 8
  br i1 %13, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %14 = mul nsw i64 %i, 160
  %15 = mul nsw i64 %i5, 8
  %16 = add nsw i64 %14, %15
  %17 = add nsw i64 %16, %i10
  %18 = getelementptr inbounds float, ptr %8, i64 %17
  store float 0.000000e+00, ptr %18, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %19 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit
  %i15 = phi i64 [ 0, %exit ], [ %21, %latch13 ]
  %20 = icmp slt i64 %i15, 16
  br i1 %20, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %21 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  ret i32 0

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %23, %latch18 ]
  %22 = icmp slt i64 %i20, 6
  br i1 %22, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %23 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %46, %latch23 ]
  %24 = icmp slt i64 %i25, 8
  br i1 %24, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %25 = mul nsw i64 %i15, 6
  %26 = add nsw i64 %25, %i20
  %27 = getelementptr inbounds i32, ptr %4, i64 %26
  %28 = load i32, ptr %27, align 4
  %29 = sext i32 %28 to i64
  %30 = icmp slt i64 %29, 0
  %31 = select i1 %30, i64 0, i64 %29
  %32 = icmp sgt i64 %31, 19
  %33 = select i1 %32, i64 19, i64 %31
  %34 = mul nsw i64 %i15, 160
  %35 = mul nsw i64 %33, 8
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %i25
  %38 = mul nsw i64 %i15, 8
  %39 = add nsw i64 %38, %i25
  %40 = getelementptr inbounds float, ptr %6, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = getelementptr inbounds float, ptr %8, i64 %37
  %43 = load float, ptr %42, align 4
  %44 = fadd float %43, %41
  %45 = getelementptr inbounds float, ptr %8, i64 %37
  store float %44, ptr %45, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %46 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  br label %latch18
}

; Function Attrs: nounwind
define i32 @per_sample(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5, ptr noalias %6, ptr noalias %7) #0 {
entry:
  %8 = alloca ptr, align 8
  store ptr null, ptr %8, align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [2 x ptr], align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [3 x ptr], align 8
  %15 = alloca [2 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [2 x ptr], align 8
  %18 = alloca [2 x ptr], align 8
  %19 = alloca [2 x ptr], align 8
  %20 = alloca [3 x ptr], align 8
  %21 = alloca [4 x ptr], align 8
  %22 = alloca [2 x ptr], align 8
  %23 = alloca [5 x ptr], align 8
  %24 = alloca [3 x ptr], align 8
  %25 = alloca [3 x ptr], align 8
  %26 = alloca [2 x ptr], align 8
  %27 = alloca [3 x ptr], align 8
  %28 = call i32 @ftc_rt_alloc(ptr %8, i64 1792)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok

fail:                                             ; preds = %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %28, %entry ], [ %36, %ok ], [ %42, %ok1 ], [ %49, %ok2 ], [ %56, %ok3 ], [ %62, %ok4 ], [ %70, %ok5 ], [ %76, %ok6 ], [ %84, %ok7 ], [ %90, %ok8 ], [ %95, %ok9 ], [ %101, %ok10 ], [ %109, %ok11 ], [ %119, %ok12 ], [ %125, %ok13 ], [ %136, %ok14 ], [ %142, %ok15 ], [ %148, %ok16 ], [ %154, %ok17 ], [ %160, %ok18 ]
  %30 = load ptr, ptr %8, align 8
  call void @ftc_rt_free(ptr %30)
  ret i32 %status

ok:                                               ; preds = %entry
  %31 = load ptr, ptr %8, align 8
  %32 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %0, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %3, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %31, i64 0
  %35 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %34, ptr %35, align 8
  %36 = call i32 @losses.k0(ptr %9, i64 0, i64 1)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %38 = getelementptr inbounds i8, ptr %31, i64 0
  %39 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %31, i64 512
  %41 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %40, ptr %41, align 8
  %42 = call i32 @losses.k1(ptr %10, i64 0, i64 128)
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %44 = getelementptr inbounds i8, ptr %31, i64 512
  %45 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %1, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %31, i64 0
  %48 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %47, ptr %48, align 8
  %49 = call i32 @losses.k2(ptr %11, i64 0, i64 1)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %51 = getelementptr inbounds i8, ptr %31, i64 0
  %52 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %51, ptr %52, align 8
  %53 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %2, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %31, i64 256
  %55 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %54, ptr %55, align 8
  %56 = call i32 @losses.k3(ptr %12, i64 0, i64 16)
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %58 = getelementptr inbounds i8, ptr %31, i64 256
  %59 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %31, i64 0
  %61 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %60, ptr %61, align 8
  %62 = call i32 @losses.k4(ptr %13, i64 0, i64 16)
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %64 = getelementptr inbounds i8, ptr %31, i64 256
  %65 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %31, i64 0
  %67 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %31, i64 1024
  %69 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %68, ptr %69, align 8
  %70 = call i32 @per_sample.k5(ptr %14, i64 0, i64 16)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %72 = getelementptr inbounds i8, ptr %31, i64 1024
  %73 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %31, i64 64
  %75 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %74, ptr %75, align 8
  %76 = call i32 @per_sample.k6(ptr %15, i64 0, i64 16)
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %78 = getelementptr inbounds i8, ptr %31, i64 256
  %79 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %78, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %31, i64 0
  %81 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds i8, ptr %31, i64 1280
  %83 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %82, ptr %83, align 8
  %84 = call i32 @per_sample.k7(ptr %16, i64 0, i64 16)
  %85 = icmp ne i32 %84, 0
  br i1 %85, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %86 = getelementptr inbounds i8, ptr %31, i64 1280
  %87 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %31, i64 0
  %89 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %88, ptr %89, align 8
  %90 = call i32 @per_sample.k6(ptr %17, i64 0, i64 16)
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %92 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %4, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %31, i64 128
  %94 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %93, ptr %94, align 8
  %95 = call i32 @per_sample.k9(ptr %18, i64 0, i64 1)
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %97 = getelementptr inbounds i8, ptr %31, i64 128
  %98 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %97, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %31, i64 384
  %100 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %99, ptr %100, align 8
  %101 = call i32 @per_sample.k10(ptr %19, i64 0, i64 16)
  %102 = icmp ne i32 %101, 0
  br i1 %102, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %103 = getelementptr inbounds i8, ptr %31, i64 384
  %104 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %103, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %31, i64 0
  %106 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %105, ptr %106, align 8
  %107 = getelementptr inbounds i8, ptr %31, i64 448
  %108 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %107, ptr %108, align 8
  %109 = call i32 @per_sample.k11(ptr %20, i64 0, i64 16)
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %111 = getelementptr inbounds i8, ptr %31, i64 128
  %112 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %111, ptr %112, align 8
  %113 = getelementptr inbounds i8, ptr %31, i64 448
  %114 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds i8, ptr %31, i64 1280
  %116 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds i8, ptr %31, i64 1536
  %118 = getelementptr inbounds ptr, ptr %21, i64 3
  store ptr %117, ptr %118, align 8
  %119 = call i32 @per_sample.k12(ptr %21, i64 0, i64 16)
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %121 = getelementptr inbounds i8, ptr %31, i64 1536
  %122 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %121, ptr %122, align 8
  %123 = getelementptr inbounds i8, ptr %31, i64 0
  %124 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %123, ptr %124, align 8
  %125 = call i32 @per_sample.k10(ptr %22, i64 0, i64 16)
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %127 = getelementptr inbounds i8, ptr %31, i64 1536
  %128 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %127, ptr %128, align 8
  %129 = getelementptr inbounds i8, ptr %31, i64 0
  %130 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %129, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %31, i64 1024
  %132 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds i8, ptr %31, i64 64
  %134 = getelementptr inbounds ptr, ptr %23, i64 3
  store ptr %133, ptr %134, align 8
  %135 = getelementptr inbounds ptr, ptr %23, i64 4
  store ptr %7, ptr %135, align 8
  %136 = call i32 @per_sample.k14(ptr %23, i64 0, i64 16)
  %137 = icmp ne i32 %136, 0
  br i1 %137, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %138 = getelementptr inbounds i8, ptr %31, i64 512
  %139 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %7, ptr %140, align 8
  %141 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %6, ptr %141, align 8
  %142 = call i32 @per_sample.k15(ptr %24, i64 0, i64 1)
  %143 = icmp ne i32 %142, 0
  br i1 %143, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %144 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %7, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %1, ptr %145, align 8
  %146 = getelementptr inbounds i8, ptr %31, i64 0
  %147 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %146, ptr %147, align 8
  %148 = call i32 @per_sample.k16(ptr %25, i64 0, i64 1)
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %150 = getelementptr inbounds i8, ptr %31, i64 0
  %151 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %150, ptr %151, align 8
  %152 = getelementptr inbounds i8, ptr %31, i64 512
  %153 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %152, ptr %153, align 8
  %154 = call i32 @losses.k1(ptr %26, i64 0, i64 128)
  %155 = icmp ne i32 %154, 0
  br i1 %155, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %156 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %3, ptr %156, align 8
  %157 = getelementptr inbounds i8, ptr %31, i64 512
  %158 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %5, ptr %159, align 8
  %160 = call i32 @per_sample.k18(ptr %27, i64 0, i64 1)
  %161 = icmp ne i32 %160, 0
  br i1 %161, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %162 = load ptr, ptr %8, align 8
  call void @ftc_rt_free(ptr %162)
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
!3 = distinct !{!3, !2}
!4 = distinct !{!4, !1, !2}
!5 = distinct !{!5, !2}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !2}
!8 = distinct !{!8, !1, !2}
!9 = distinct !{!9, !1, !2}
!10 = distinct !{!10, !2}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !2}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !2}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !1, !2}
!17 = distinct !{!17, !1, !2}
!18 = distinct !{!18, !2}
!19 = distinct !{!19, !1, !2}
!20 = distinct !{!20, !2}
!21 = distinct !{!21, !1, !2}
!22 = distinct !{!22, !1, !2}
!23 = distinct !{!23, !1, !2}
!24 = distinct !{!24, !2}
!25 = distinct !{!25, !2}
