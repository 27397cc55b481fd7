; ModuleID = 'grad_sin'
source_filename = "grad_sin"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [2 x ptr] [ptr @_ZGVdN8v_sinf, ptr @_ZGVdN8v_cosf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [477 x i8] c"{\22module\22: \22grad_sin\22, \22functions\22: [{\22name\22: \22f\22, \22symbol\22: \22f\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22df\22, \22symbol\22: \22df\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22d_x\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22d2f\22, \22symbol\22: \22d2f\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22d_x\22, \22dtype\22: \22f32\22, \22shape\22: []}]}]}\00"

; Function Attrs: nounwind
define internal i32 @f.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !0, !noalias !3
  %10 = call float @sinf(float %9) #2
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !3
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !5

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @sinf(float) #1

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_sinf(<8 x float>) #1

; Function Attrs: nounwind
define i32 @f(ptr %0, ptr noalias %1) #0 {
entry:
  %2 = alloca ptr, align 8
  store ptr null, ptr %2, align 8
  %3 = alloca [2 x ptr], align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds ptr, ptr %3, i64 0
  store ptr %0, ptr %5, align 8
  %6 = getelementptr inbounds ptr, ptr %3, i64 1
  store ptr %1, ptr %6, align 8
  %7 = call i32 @f.k0(ptr %3, i64 0, i64 1)
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
define internal i32 @df.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = call float @cosf(float %9) #3
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !11
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !13

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @cosf(float) #1

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_cosf(<8 x float>) #1

; Function Attrs: nounwind
define i32 @df(ptr %0, ptr noalias %1) #0 {
entry:
  %2 = alloca ptr, align 8
  store ptr null, ptr %2, align 8
  %3 = alloca [2 x ptr], align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds ptr, ptr %3, i64 0
  store ptr %0, ptr %5, align 8
  %6 = getelementptr inbounds ptr, ptr %3, i64 1
  store ptr %1, ptr %6, align 8
  %7 = call i32 @df.k0(ptr %3, i64 0, i64 1)
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

; Function Attrs: nounwind
define internal i32 @d2f.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !14, !noalias !17
  %10 = call float @sinf(float %9) #2
  %11 = fneg float %10
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  store float %11, ptr %12, align 4, !alias.scope !17
  br label %latch

latch:                                            ; preds = %body
  %13 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !19

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @d2f(ptr %0, ptr noalias %1) #0 {
entry:
  %2 = alloca ptr, align 8
  store ptr null, ptr %2, align 8
  %3 = alloca [2 x ptr], align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds ptr, ptr %3, i64 0
  store ptr %0, ptr %5, align 8
  %6 = getelementptr inbounds ptr, ptr %3, i64 1
  store ptr %1, ptr %6, align 8
  %7 = call i32 @d2f.k0(ptr %3, i64 0, i64 1)
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
attributes #1 = { nounwind willreturn memory(none) }
attributes #2 = { "vector-function-abi-variant"="_ZGVdN8v_sinf(_ZGVdN8v_sinf)" }
attributes #3 = { "vector-function-abi-variant"="_ZGVdN8v_cosf(_ZGVdN8v_cosf)" }

!0 = !{!1}
!1 = !{!"f.k0.buffer0", !2}
!2 = !{!"f.k0.buffers"}
!3 = !{!4}
!4 = !{!"f.k0.buffer1", !2}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.vectorize.width", i32 8}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = !{!9}
!9 = !{!"df.k0.buffer0", !10}
!10 = !{!"df.k0.buffers"}
!11 = !{!12}
!12 = !{!"df.k0.buffer1", !10}
!13 = distinct !{!13, !6, !7}
!14 = !{!15}
!15 = !{!"d2f.k0.buffer0", !16}
!16 = !{!"d2f.k0.buffers"}
!17 = !{!18}
!18 = !{!"d2f.k0.buffer1", !16}
!19 = distinct !{!19, !6, !7}
