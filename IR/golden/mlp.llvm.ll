; ModuleID = 'mlp'
source_filename = "mlp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [606 x i8] c"{\22module\22: \22mlp\22, \22functions\22: [{\22name\22: \22predict\22, \22symbol\22: \22predict\22, \22inputs\22: [{\22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22dtype\22: \22f32\22, \22shape\22: [16]}, {\22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22dtype\22: \22f32\22, \22shape\22: [3]}, {\22dtype\22: \22f32\22, \22shape\22: [8, 4]}], \22outputs\22: [{\22dtype\22: \22f32\22, \22shape\22: [8, 3]}]}, {\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22dtype\22: \22f32\22, \22shape\22: [16]}, {\22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22dtype\22: \22f32\22, \22shape\22: [3]}, {\22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22dtype\22: \22f32\22, \22shape\22: [8, 3]}], \22outputs\22: [{\22dtype\22: \22f32\22, \22shape\22: []}]}]}\00"

; Function Attrs: nounwind
define internal i32 @predict.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = mul nsw i64 %i, 32
  %11 = getelementptr inbounds float, ptr %4, i64 %10
  %12 = mul nsw i64 %i, 64
  %13 = getelementptr inbounds float, ptr %6, i64 %12
  %14 = mul nsw i64 %i, 128
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  call void @cblas_sgemm(i32 101, i32 111, i32 111, i32 8, i32 16, i32 4, float 1.000000e+00, ptr %11, i32 4, ptr %13, i32 16, float 0.000000e+00, ptr %15, i32 16)
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0
}

declare void @cblas_sgemm(i32, i32, i32, i32, i32, i32, float, ptr, i32, ptr, i32, float, ptr, i32)

; Function Attrs: nounwind
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
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i5
  %17 = load float, ptr %16, align 4
  %18 = fadd float %15, %17
  %19 = call float @tanhf(float %18) #2
  %20 = mul nsw i64 %i, 16
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %8, i64 %21
  store float %19, ptr %22, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %23 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #1

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #1

; Function Attrs: nounwind
define internal i32 @predict.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = mul nsw i64 %i, 128
  %11 = getelementptr inbounds float, ptr %4, i64 %10
  %12 = mul nsw i64 %i, 48
  %13 = getelementptr inbounds float, ptr %6, i64 %12
  %14 = mul nsw i64 %i, 24
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  call void @cblas_sgemm(i32 101, i32 111, i32 111, i32 8, i32 3, i32 16, float 1.000000e+00, ptr %11, i32 16, ptr %13, i32 3, float 0.000000e+00, ptr %15, i32 3)
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @predict.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i5
  %17 = load float, ptr %16, align 4
  %18 = fadd float %15, %17
  %19 = mul nsw i64 %i, 3
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @predict(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5) #0 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = call i32 @ftc_rt_alloc(ptr %6, i64 1024)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %7, %entry ], [ %16, %ok ], [ %24, %ok1 ], [ %32, %ok2 ], [ %39, %ok3 ]
  %9 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  %10 = load ptr, ptr %6, align 8
  %11 = alloca [3 x ptr], align 8
  %12 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %4, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %0, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %10, i64 0
  %15 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %14, ptr %15, align 8
  %16 = call i32 @predict.k0(ptr %11, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = alloca [3 x ptr], align 8
  %19 = getelementptr inbounds i8, ptr %10, i64 0
  %20 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %19, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %1, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %10, i64 512
  %23 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %22, ptr %23, align 8
  %24 = call i32 @predict.k1(ptr %18, i64 0, i64 8)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %26 = alloca [3 x ptr], align 8
  %27 = getelementptr inbounds i8, ptr %10, i64 512
  %28 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %2, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %10, i64 0
  %31 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %30, ptr %31, align 8
  %32 = call i32 @predict.k2(ptr %26, i64 0, i64 1)
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %34 = alloca [3 x ptr], align 8
  %35 = getelementptr inbounds i8, ptr %10, i64 0
  %36 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %34, i64 1
  store ptr %3, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %34, i64 2
  store ptr %5, ptr %38, align 8
  %39 = call i32 @predict.k3(ptr %34, i64 0, i64 8)
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
  %i = phi i64 [ 0, %start ], [ %16, %latch ]
  %9 = icmp slt i64 %i, 1
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = mul nsw i64 %i, 32
  %11 = getelementptr inbounds float, ptr %4, i64 %10
  %12 = mul nsw i64 %i, 64
  %13 = getelementptr inbounds float, ptr %6, i64 %12
  %14 = mul nsw i64 %i, 128
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  call void @cblas_sgemm(i32 101, i32 111, i32 111, i32 8, i32 16, i32 4, float 1.000000e+00, ptr %11, i32 4, ptr %13, i32 16, float 0.000000e+00, ptr %15, i32 16)
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0
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
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i5
  %17 = load float, ptr %16, align 4
  %18 = fadd float %15, %17
  %19 = call float @tanhf(float %18) #2
  %20 = mul nsw i64 %i, 16
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %8, i64 %21
  store float %19, ptr %22, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %23 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @loss.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = mul nsw i64 %i, 128
  %11 = getelementptr inbounds float, ptr %4, i64 %10
  %12 = mul nsw i64 %i, 48
  %13 = getelementptr inbounds float, ptr %6, i64 %12
  %14 = mul nsw i64 %i, 24
  %15 = getelementptr inbounds float, ptr %8, i64 %14
  call void @cblas_sgemm(i32 101, i32 111, i32 111, i32 8, i32 3, i32 16, float 1.000000e+00, ptr %11, i32 16, ptr %13, i32 3, float 0.000000e+00, ptr %15, i32 3)
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = getelementptr inbounds ptr, ptr %0, i64 3
  %11 = load ptr, ptr %10, align 8
  store float -0.000000e+00, ptr %3, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %13, %latch ]
  %12 = icmp slt i64 %i, 8
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %13 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %14 = load float, ptr %3, align 4
  %15 = getelementptr inbounds float, ptr %11, i64 0
  store float %14, ptr %15, align 4
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %32, %latch3 ]
  %16 = icmp slt i64 %i5, 3
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %17 = load float, ptr %3, align 4
  %18 = mul nsw i64 %i, 3
  %19 = add nsw i64 %18, %i5
  %20 = getelementptr inbounds float, ptr %5, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = getelementptr inbounds float, ptr %7, i64 %i5
  %23 = load float, ptr %22, align 4
  %24 = fadd float %21, %23
  %25 = mul nsw i64 %i, 3
  %26 = add nsw i64 %25, %i5
  %27 = getelementptr inbounds float, ptr %9, i64 %26
  %28 = load float, ptr %27, align 4
  %29 = fsub float %24, %28
  %30 = fmul float %29, %29
  %31 = fadd reassoc contract float %17, %30
  store float %31, ptr %3, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %32 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @loss.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = fdiv float %9, 2.400000e+01
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6) #0 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = call i32 @ftc_rt_alloc(ptr %7, i64 1024)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %17, %ok ], [ %25, %ok1 ], [ %33, %ok2 ], [ %42, %ok3 ], [ %48, %ok4 ]
  %10 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %7, align 8
  %12 = alloca [3 x ptr], align 8
  %13 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %4, ptr %13, align 8
  %14 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %0, ptr %14, align 8
  %15 = getelementptr inbounds i8, ptr %11, i64 0
  %16 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %15, ptr %16, align 8
  %17 = call i32 @loss.k0(ptr %12, i64 0, i64 1)
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %19 = alloca [3 x ptr], align 8
  %20 = getelementptr inbounds i8, ptr %11, i64 0
  %21 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %20, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %1, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %11, i64 512
  %24 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %23, ptr %24, align 8
  %25 = call i32 @loss.k1(ptr %19, i64 0, i64 8)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %27 = alloca [3 x ptr], align 8
  %28 = getelementptr inbounds i8, ptr %11, i64 512
  %29 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %2, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %11, i64 0
  %32 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %31, ptr %32, align 8
  %33 = call i32 @loss.k2(ptr %27, i64 0, i64 1)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %35 = alloca [4 x ptr], align 8
  %36 = getelementptr inbounds i8, ptr %11, i64 0
  %37 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %3, ptr %38, align 8
  %39 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %5, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %11, i64 128
  %41 = getelementptr inbounds ptr, ptr %35, i64 3
  store ptr %40, ptr %41, align 8
  %42 = call i32 @loss.k3(ptr %35, i64 0, i64 1)
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %44 = alloca [2 x ptr], align 8
  %45 = getelementptr inbounds i8, ptr %11, i64 128
  %46 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %6, ptr %47, align 8
  %48 = call i32 @loss.k4(ptr %44, i64 0, i64 1)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %50 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %50)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nounwind willreturn memory(none) }
attributes #2 = { "vector-function-abi-variant"="_ZGVdN8v_tanhf(_ZGVdN8v_tanhf)" }
