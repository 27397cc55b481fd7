; ModuleID = 'grad_square'
source_filename = "grad_square"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [351 x i8] c"{\22module\22: \22grad_square\22, \22functions\22: [{\22name\22: \22square\22, \22symbol\22: \22square\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22dsquare\22, \22symbol\22: \22dsquare\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22d_x\22, \22dtype\22: \22f32\22, \22shape\22: []}]}]}\00"

; Function Attrs: nounwind
define internal i32 @square.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %13, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 %i
  %9 = load float, ptr %8, align 4, !alias.scope !0, !noalias !3
  %10 = fmul float %9, %9
  %11 = fmul float 1.000000e+00, %10
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  store float %11, ptr %12, align 4, !alias.scope !3
  br label %latch

latch:                                            ; preds = %body
  %13 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !5

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @square(ptr %0, ptr noalias %1) #0 {
entry:
  %2 = alloca ptr, align 8
  store ptr null, ptr %2, align 8
  %3 = alloca [2 x ptr], align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds ptr, ptr %3, i64 0
  store ptr %0, ptr %5, align 8
  %6 = getelementptr inbounds ptr, ptr %3, i64 1
  store ptr %1, ptr %6, align 8
  %7 = call i32 @square.k0(ptr %3, i64 0, i64 1)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %7, %entry ]
  %9 = load ptr, ptr %2, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @dsquare.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !8, !noalias !11
  %10 = fmul float %9, 2.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !11
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !13

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @dsquare(ptr %0, ptr noalias %1) #0 {
entry:
  %2 = alloca ptr, align 8
  store ptr null, ptr %2, align 8
  %3 = alloca [2 x ptr], align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds ptr, ptr %3, i64 0
  store ptr %0, ptr %5, align 8
  %6 = getelementptr inbounds ptr, ptr %3, i64 1
  store ptr %1, ptr %6, align 8
  %7 = call i32 @dsquare.k0(ptr %3, i64 0, i64 1)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %7, %entry ]
  %9 = load ptr, ptr %2, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }

!0 = !{!1}
!1 = !{!"square.k0.buffer0", !2}
!2 = !{!"square.k0.buffers"}
!3 = !{!4}
!4 = !{!"square.k0.buffer1", !2}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.vectorize.width", i32 8}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = !{!9}
!9 = !{!"dsquare.k0.buffer0", !10}
!10 = !{!"dsquare.k0.buffers"}
!11 = !{!12}
!12 = !{!"dsquare.k0.buffer1", !10}
!13 = distinct !{!13, !6, !7}
