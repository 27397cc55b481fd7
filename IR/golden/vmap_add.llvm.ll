; ModuleID = 'vmap_add'
source_filename = "vmap_add"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [458 x i8] c"{\22module\22: \22vmap_add\22, \22functions\22: [{\22name\22: \22add\22, \22symbol\22: \22add\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [100]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [100]}], \22outputs\22: [{\22name\22: \22z\22, \22dtype\22: \22f32\22, \22shape\22: [100]}]}, {\22name\22: \22vadd\22, \22symbol\22: \22vadd\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4096, 100]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [100, 4096]}], \22outputs\22: [{\22name\22: \22z\22, \22dtype\22: \22f32\22, \22shape\22: [4096, 100]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @add.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !0

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @add(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %6, align 8
  %7 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %7, align 8
  %8 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %2, ptr %8, align 8
  %9 = call i32 @add.k0(ptr %4, i64 0, i64 100)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %9, %entry ]
  %11 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @vadd.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %11 = icmp slt i64 %i5, 4
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 32
  %13 = mul nsw i64 %i5, 32
  %14 = add nsw i64 %12, 32
  %15 = icmp slt i64 %14, 4096
  %16 = select i1 %15, i64 %14, i64 4096
  br label %loop6

latch3:                                           ; preds = %exit9
  %17 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ %12, %body2 ], [ %22, %latch8 ]
  %18 = icmp slt i64 %i10, %16
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %19 = add nsw i64 %13, 32
  %20 = icmp slt i64 %19, 100
  %21 = select i1 %20, i64 %19, i64 100
  br label %loop11

latch8:                                           ; preds = %exit14
  %22 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ %13, %body7 ], [ %36, %latch13 ]
  %23 = icmp slt i64 %i15, %21
  br i1 %23, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %24 = mul nsw i64 %i10, 100
  %25 = add nsw i64 %24, %i15
  %26 = getelementptr inbounds float, ptr %4, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = mul nsw i64 %i15, 4096
  %29 = add nsw i64 %28, %i10
  %30 = getelementptr inbounds float, ptr %6, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = fadd float %27, %31
  %33 = mul nsw i64 %i10, 100
  %34 = add nsw i64 %33, %i15
  %35 = getelementptr inbounds float, ptr %8, i64 %34
  store float %32, ptr %35, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %36 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !3

exit14:                                           ; preds = %loop11
  br label %latch8
}

; Function Attrs: nounwind
define i32 @vadd(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %6, align 8
  %7 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %7, align 8
  %8 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %2, ptr %8, align 8
  %9 = call i32 @ftc_rt_parallel_for(i64 128, i64 5, ptr @vadd.k0, ptr %4)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %9, %entry ]
  %11 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.vectorize.width", i32 8}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !1, !2}
