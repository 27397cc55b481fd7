; ModuleID = 'value_and_grad_mse'
source_filename = "value_and_grad_mse"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [566 x i8] c"{\22module\22: \22value_and_grad_mse\22, \22functions\22: [{\22name\22: \22mse\22, \22symbol\22: \22mse\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: []}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [4]}], \22outputs\22: [{\22name\22: \22m\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22vg\22, \22symbol\22: \22vg\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: []}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [4]}], \22outputs\22: [{\22name\22: \22m\22, \22dtype\22: \22f32\22, \22shape\22: []}, {\22name\22: \22d_w\22, \22dtype\22: \22f32\22, \22shape\22: []}]}]}\00"

; Function Attrs: nounwind
define internal i32 @mse.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ 0, %start ], [ %25, %latch ]
  %12 = icmp slt i64 %i, 4
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = load float, ptr %3, align 4
  %14 = getelementptr inbounds float, ptr %5, i64 0
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %7, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fmul float %15, %17
  %19 = getelementptr inbounds float, ptr %9, i64 %i
  %20 = load float, ptr %19, align 4
  %21 = fsub float %18, %20
  %22 = fmul float %21, %21
  %23 = fmul float 1.000000e+00, %22
  %24 = fadd reassoc contract float %13, %23
  store float %24, ptr %3, align 4
  br label %latch

latch:                                            ; preds = %body
  %25 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !0

exit:                                             ; preds = %loop
  %26 = load float, ptr %3, align 4
  %27 = getelementptr inbounds float, ptr %11, i64 0
  store float %26, ptr %27, align 4
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @mse.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  %10 = fdiv float %9, 4.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !2

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @mse(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [4 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = call i32 @ftc_rt_alloc(ptr %4, i64 64)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %7, %entry ], [ %16, %ok ], [ %21, %ok1 ]
  %9 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %2, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %10, i64 0
  %15 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %14, ptr %15, align 8
  %16 = call i32 @mse.k0(ptr %5, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = getelementptr inbounds i8, ptr %10, i64 0
  %19 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %3, ptr %20, align 8
  %21 = call i32 @mse.k1(ptr %6, i64 0, i64 1)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %23 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %23)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @vg.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = getelementptr inbounds float, ptr %4, i64 0
  %13 = load float, ptr %12, align 4
  %14 = getelementptr inbounds float, ptr %6, i64 %i
  %15 = load float, ptr %14, align 4
  %16 = fmul float %13, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  %18 = load float, ptr %17, align 4
  %19 = fsub float %16, %18
  %20 = getelementptr inbounds float, ptr %10, i64 %i
  store float %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !4

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @vg.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ 0, %start ], [ %15, %latch ]
  %8 = icmp slt i64 %i, 4
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  %9 = load float, ptr %3, align 4
  %10 = getelementptr inbounds float, ptr %5, i64 %i
  %11 = load float, ptr %10, align 4
  %12 = fmul float %11, %11
  %13 = fmul float 1.000000e+00, %12
  %14 = fadd reassoc contract float %9, %13
  store float %14, ptr %3, align 4
  br label %latch

latch:                                            ; preds = %body
  %15 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !5

exit:                                             ; preds = %loop
  %16 = load float, ptr %3, align 4
  %17 = getelementptr inbounds float, ptr %7, i64 0
  store float %16, ptr %17, align 4
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @vg.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  store float -0.000000e+00, ptr %3, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %20, %latch ]
  %10 = icmp slt i64 %i, 4
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = load float, ptr %3, align 4
  %12 = getelementptr inbounds float, ptr %5, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = fmul float %13, 2.000000e+00
  %15 = fmul float 2.500000e-01, %14
  %16 = getelementptr inbounds float, ptr %7, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fmul float %15, %17
  %19 = fadd reassoc contract float %11, %18
  store float %19, ptr %3, align 4
  br label %latch

latch:                                            ; preds = %body
  %20 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !6

exit:                                             ; preds = %loop
  %21 = load float, ptr %3, align 4
  %22 = getelementptr inbounds float, ptr %9, i64 0
  store float %21, ptr %22, align 4
  ret i32 0
}

; Function Attrs: nounwind
define i32 @vg(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr noalias %4) #0 {
entry:
  %5 = alloca ptr, align 8
  store ptr null, ptr %5, align 8
  %6 = alloca [4 x ptr], align 8
  %7 = alloca [2 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = call i32 @ftc_rt_alloc(ptr %5, i64 128)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %10, %entry ], [ %19, %ok ], [ %25, %ok1 ], [ %30, %ok2 ], [ %36, %ok3 ]
  %12 = load ptr, ptr %5, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %14, align 8
  %15 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %1, ptr %15, align 8
  %16 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %2, ptr %16, align 8
  %17 = getelementptr inbounds i8, ptr %13, i64 0
  %18 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %17, ptr %18, align 8
  %19 = call i32 @vg.k0(ptr %6, i64 0, i64 4)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %21 = getelementptr inbounds i8, ptr %13, i64 0
  %22 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %21, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %13, i64 64
  %24 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %23, ptr %24, align 8
  %25 = call i32 @vg.k1(ptr %7, i64 0, i64 1)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %27 = getelementptr inbounds i8, ptr %13, i64 64
  %28 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %3, ptr %29, align 8
  %30 = call i32 @mse.k1(ptr %8, i64 0, i64 1)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %32 = getelementptr inbounds i8, ptr %13, i64 0
  %33 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %34, align 8
  %35 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %4, ptr %35, align 8
  %36 = call i32 @vg.k3(ptr %9, i64 0, i64 1)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %38 = load ptr, ptr %5, align 8
  call void @ftc_rt_free(ptr %38)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { noinline nounwind }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.vectorize.width", i32 8}
!4 = distinct !{!4, !3, !1}
!5 = distinct !{!5, !1}
!6 = distinct !{!6, !1}
