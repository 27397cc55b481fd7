; ModuleID = 'shapes'
source_filename = "shapes"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@literal = private unnamed_addr constant [24 x i8] c"\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00", align 64
@ftc.metadata.json = private unnamed_addr constant [340 x i8] c"{\22module\22: \22shapes\22, \22functions\22: [{\22name\22: \22shapes\22, \22symbol\22: \22shapes\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [2, 3]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [3]}], \22outputs\22: [{\22name\22: \22out\22, \22dtype\22: \22f32\22, \22shape\22: [4, 6]}, {\22name\22: \22sum\22, \22dtype\22: \22f32\22, \22shape\22: [3, 2]}, {\22name\22: \22ci\22, \22dtype\22: \22i32\22, \22shape\22: [6]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @shapes.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = icmp slt i64 %i5, 2
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = sub i64 2, %i
  %13 = mul nsw i64 %i5, 3
  %14 = add nsw i64 %13, %12
  %15 = getelementptr inbounds float, ptr %4, i64 %14
  %16 = load float, ptr %15, align 4, !alias.scope !0, !noalias !3
  %17 = getelementptr inbounds float, ptr %6, i64 %i
  %18 = load float, ptr %17, align 4, !alias.scope !5, !noalias !3
  %19 = fadd float %16, %18
  %20 = mul nsw i64 %i, 2
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %8, i64 %21
  store float %19, ptr %22, align 4, !alias.scope !3
  br label %latch3

latch3:                                           ; preds = %body2
  %23 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !7

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @shapes.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %97, %latch3 ]
  %9 = icmp slt i64 %i5, 6
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = sub i64 %i, 2
  %11 = icmp slt i64 %10, 0
  %12 = select i1 %11, i64 0, i64 %10
  %13 = icmp sgt i64 %12, 1
  %14 = select i1 %13, i64 1, i64 %12
  %15 = sub i64 %14, 1
  %16 = icmp slt i64 %15, 0
  %17 = select i1 %16, i64 0, i64 %15
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = mul nsw i64 %19, 6
  %21 = add nsw i64 %20, %i5
  %22 = urem i64 %21, 2
  %23 = udiv i64 %21, 2
  %24 = mul nsw i64 %23, 2
  %25 = add nsw i64 %24, %22
  %26 = getelementptr inbounds float, ptr %4, i64 %25
  %27 = load float, ptr %26, align 4, !alias.scope !10, !noalias !13
  %28 = icmp slt i64 %14, 0
  %29 = select i1 %28, i64 0, i64 %14
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 0, i64 %29
  %32 = mul nsw i64 %31, 6
  %33 = add nsw i64 %32, %i5
  %34 = urem i64 %33, 2
  %35 = udiv i64 %33, 2
  %36 = mul nsw i64 %35, 2
  %37 = add nsw i64 %36, %34
  %38 = getelementptr inbounds float, ptr %4, i64 %37
  %39 = load float, ptr %38, align 4, !alias.scope !10, !noalias !13
  %40 = icmp slt i64 %14, 1
  %41 = select i1 %40, float %39, float %27
  %42 = icmp slt i64 %i, 0
  %43 = select i1 %42, i64 0, i64 %i
  %44 = icmp sgt i64 %43, 1
  %45 = select i1 %44, i64 1, i64 %43
  %46 = mul nsw i64 %45, 2
  %47 = sub i64 %46, 1
  %48 = icmp sge i64 %47, 0
  %49 = icmp slt i64 %47, 2
  %50 = and i1 %48, %49
  %51 = icmp slt i64 %47, 0
  %52 = select i1 %51, i64 0, i64 %47
  %53 = icmp sgt i64 %52, 1
  %54 = select i1 %53, i64 1, i64 %52
  %55 = sub i64 %i5, -1
  %56 = icmp sge i64 %55, 0
  %57 = icmp slt i64 %55, 6
  %58 = and i1 %56, %57
  %59 = icmp slt i64 %55, 0
  %60 = select i1 %59, i64 0, i64 %55
  %61 = icmp sgt i64 %60, 5
  %62 = select i1 %61, i64 5, i64 %60
  %63 = and i1 %50, %58
  %64 = sub i64 %54, 1
  %65 = icmp slt i64 %64, 0
  %66 = select i1 %65, i64 0, i64 %64
  %67 = icmp sgt i64 %66, 0
  %68 = select i1 %67, i64 0, i64 %66
  %69 = mul nsw i64 %68, 6
  %70 = add nsw i64 %69, %62
  %71 = urem i64 %70, 2
  %72 = udiv i64 %70, 2
  %73 = mul nsw i64 %72, 2
  %74 = add nsw i64 %73, %71
  %75 = getelementptr inbounds float, ptr %4, i64 %74
  %76 = load float, ptr %75, align 4, !alias.scope !10, !noalias !13
  %77 = icmp slt i64 %54, 0
  %78 = select i1 %77, i64 0, i64 %54
  %79 = icmp sgt i64 %78, 0
  %80 = select i1 %79, i64 0, i64 %78
  %81 = mul nsw i64 %80, 6
  %82 = add nsw i64 %81, %62
  %83 = urem i64 %82, 2
  %84 = udiv i64 %82, 2
  %85 = mul nsw i64 %84, 2
  %86 = add nsw i64 %85, %83
  %87 = getelementptr inbounds float, ptr %4, i64 %86
  %88 = load float, ptr %87, align 4, !alias.scope !10, !noalias !13
  %89 = icmp slt i64 %54, 1
  %90 = select i1 %89, float %88, float %76
  %91 = select i1 %63, float %90, float 0.000000e+00
  %92 = icmp slt i64 %i, 2
  %93 = select i1 %92, float %91, float %41
  %94 = mul nsw i64 %i, 6
  %95 = add nsw i64 %94, %i5
  %96 = getelementptr inbounds float, ptr %6, i64 %95
  store float %93, ptr %96, align 4, !alias.scope !13
  br label %latch3

latch3:                                           ; preds = %body2
  %97 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !15

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @shapes.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %8 = urem i64 %i, 2
  %9 = udiv i64 %i, 2
  %10 = mul nsw i64 %9, 2
  %11 = add nsw i64 %10, %8
  %12 = getelementptr inbounds float, ptr %4, i64 %11
  %13 = load float, ptr %12, align 4, !alias.scope !16, !noalias !19
  %14 = call i32 @llvm.fptosi.sat.i32.f32(float %13)
  %15 = getelementptr inbounds i32, ptr @literal, i64 %i
  %16 = load i32, ptr %15, align 4
  %17 = add i32 %14, %16
  %18 = getelementptr inbounds i32, ptr %6, i64 %i
  store i32 %17, ptr %18, align 4, !alias.scope !19
  br label %latch

latch:                                            ; preds = %body
  %19 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !21

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fptosi.sat.i32.f32(float) #1

; Function Attrs: nounwind
define i32 @shapes(ptr %0, ptr %1, ptr noalias %2, ptr noalias %3, ptr noalias %4) #0 {
entry:
  %5 = alloca ptr, align 8
  store ptr null, ptr %5, align 8
  %6 = alloca [3 x ptr], align 8
  %7 = alloca [2 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = load ptr, ptr %5, align 8
  %10 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %10, align 8
  %11 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %1, ptr %11, align 8
  %12 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %3, ptr %12, align 8
  %13 = call i32 @shapes.k0(ptr %6, i64 0, i64 3)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %13, %entry ], [ %18, %ok ], [ %22, %ok1 ]
  %15 = load ptr, ptr %5, align 8
  call void @ftc_rt_free(ptr %15)
  ret i32 %status

ok:                                               ; preds = %entry
  %16 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %3, ptr %16, align 8
  %17 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %2, ptr %17, align 8
  %18 = call i32 @shapes.k1(ptr %7, i64 0, i64 4)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %20 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %3, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %4, ptr %21, align 8
  %22 = call i32 @shapes.k2(ptr %8, i64 0, i64 6)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{!1}
!1 = !{!"shapes.k0.buffer0", !2}
!2 = !{!"shapes.k0.buffers"}
!3 = !{!4}
!4 = !{!"shapes.k0.buffer2", !2}
!5 = !{!6}
!6 = !{!"shapes.k0.buffer1", !2}
!7 = distinct !{!7, !8, !9}
!8 = !{!"llvm.loop.vectorize.width", i32 8}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = !{!11}
!11 = !{!"shapes.k1.buffer0", !12}
!12 = !{!"shapes.k1.buffers"}
!13 = !{!14}
!14 = !{!"shapes.k1.buffer1", !12}
!15 = distinct !{!15, !8, !9}
!16 = !{!17}
!17 = !{!"shapes.k2.buffer0", !18}
!18 = !{!"shapes.k2.buffers"}
!19 = !{!20}
!20 = !{!"shapes.k2.buffer1", !18}
!21 = distinct !{!21, !8, !9}
