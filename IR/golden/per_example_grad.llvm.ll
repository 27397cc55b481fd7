; ModuleID = 'per_example_grad'
source_filename = "per_example_grad"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [548 x i8] c"{\22module\22: \22per_example_grad\22, \22functions\22: [{\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [2]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [2]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22s\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22per_example\22, \22symbol\22: \22per_example\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [2]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 2]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [8]}], \22outputs\22: [{\22name\22: \22d_w\22, \22dtype\22: \22f32\22, \22shape\22: [8, 2]}]}]}\00"

; Function Attrs: nounwind
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
  %19 = mul nsw i64 %i, 2
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
  %33 = mul nsw i64 %i, 1
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !3
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %18, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !9, !noalias !12
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !14, !noalias !12
  %14 = fsub float %11, %13
  %15 = fmul float %14, %14
  %16 = fmul float 1.000000e+00, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  store float %16, ptr %17, align 4, !alias.scope !12
  br label %latch

latch:                                            ; preds = %body
  %18 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !16

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = call i32 @ftc_rt_alloc(ptr %4, i64 64)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %7, %entry ], [ %15, %ok ], [ %21, %ok1 ]
  %9 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %1, ptr %11, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds i8, ptr %10, i64 0
  %14 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %13, ptr %14, align 8
  %15 = call i32 @loss.k0(ptr %5, i64 0, i64 1)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %17 = getelementptr inbounds i8, ptr %10, i64 0
  %18 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %17, ptr %18, align 8
  %19 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %2, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %3, ptr %20, align 8
  %21 = call i32 @loss.k1(ptr %6, i64 0, i64 1)
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
define internal i32 @per_example.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %19 = mul nsw i64 %i, 16
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %i, 2
  %22 = mul nsw i64 %i10, 2
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %21, %23
  %25 = getelementptr inbounds float, ptr %5, i64 %20
  %26 = load float, ptr %25, align 4, !alias.scope !18, !noalias !21
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4, !alias.scope !23, !noalias !21
  %29 = load float, ptr %3, align 4
  %30 = fmul reassoc contract float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !25

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 8
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !21
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @per_example.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = load float, ptr %10, align 4, !alias.scope !26, !noalias !29
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !31, !noalias !29
  %14 = fsub float %11, %13
  %15 = fmul float %14, 2.000000e+00
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  store float %15, ptr %16, align 4, !alias.scope !29
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !33

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @per_example.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = icmp slt i64 %i5, 2
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = getelementptr inbounds float, ptr %4, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !34, !noalias !37
  %14 = mul nsw i64 %i, 2
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %6, i64 %15
  %17 = load float, ptr %16, align 4, !alias.scope !39, !noalias !37
  %18 = fmul float %13, %17
  %19 = mul nsw i64 %i, 2
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4, !alias.scope !37
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !41

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @per_example(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
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
  %16 = call i32 @per_example.k0(ptr %5, i64 0, i64 1)
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
  %23 = call i32 @per_example.k1(ptr %6, i64 0, i64 8)
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
  %29 = call i32 @per_example.k2(ptr %7, i64 0, i64 8)
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

attributes #0 = { nounwind }

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
!16 = distinct !{!16, !17, !8}
!17 = !{!"llvm.loop.vectorize.width", i32 8}
!18 = !{!19}
!19 = !{!"per_example.k0.buffer0", !20}
!20 = !{!"per_example.k0.buffers"}
!21 = !{!22}
!22 = !{!"per_example.k0.buffer2", !20}
!23 = !{!24}
!24 = !{!"per_example.k0.buffer1", !20}
!25 = distinct !{!25, !8}
!26 = !{!27}
!27 = !{!"per_example.k1.buffer0", !28}
!28 = !{!"per_example.k1.buffers"}
!29 = !{!30}
!30 = !{!"per_example.k1.buffer2", !28}
!31 = !{!32}
!32 = !{!"per_example.k1.buffer1", !28}
!33 = distinct !{!33, !17, !8}
!34 = !{!35}
!35 = !{!"per_example.k2.buffer0", !36}
!36 = !{!"per_example.k2.buffers"}
!37 = !{!38}
!38 = !{!"per_example.k2.buffer2", !36}
!39 = !{!40}
!40 = !{!"per_example.k2.buffer1", !36}
!41 = distinct !{!41, !17, !8}
