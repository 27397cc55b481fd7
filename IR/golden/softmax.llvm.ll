; ModuleID = 'softmax'
source_filename = "softmax"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_expf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [202 x i8] c"{\22module\22: \22softmax\22, \22functions\22: [{\22name\22: \22softmax\22, \22symbol\22: \22softmax\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4, 10]}], \22outputs\22: [{\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [4, 10]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @softmax.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = icmp slt i64 %i5, 10
  br i1 %10, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %11 = load float, ptr %3, align 4
  %12 = mul nsw i64 %i, 10
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %5, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = call float @llvm.maximum.f32(float %11, float %15)
  store float %16, ptr %3, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !0

exit4:                                            ; preds = %loop1
  %18 = load float, ptr %3, align 4
  %19 = getelementptr inbounds float, ptr %7, i64 %i
  store float %18, ptr %19, align 4
  br label %latch
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind
define internal i32 @softmax.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = icmp slt i64 %i5, 10
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 10
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fsub float %15, %17
  %19 = call float @expf(float %18) #3
  %20 = mul nsw i64 %i, 10
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %8, i64 %21
  store float %19, ptr %22, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %23 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !2

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind willreturn memory(none)
declare float @expf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_expf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @softmax.k2(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <16 x float>, align 16
  %4 = alloca [8 x <16 x float>], align 16
  %5 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %6 = getelementptr inbounds ptr, ptr %0, i64 0
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 1
  %9 = load ptr, ptr %8, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %17, %latch ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = getelementptr inbounds float, ptr %4, i64 10
  store float -0.000000e+00, ptr %11, align 4
  %12 = getelementptr inbounds float, ptr %4, i64 11
  store float -0.000000e+00, ptr %12, align 4
  %13 = getelementptr inbounds float, ptr %4, i64 12
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %4, i64 13
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %4, i64 14
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %4, i64 15
  store float -0.000000e+00, ptr %16, align 4
  br label %loop1

latch:                                            ; preds = %exit4
  %17 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %25, %latch3 ]
  %18 = icmp slt i64 %i5, 10
  br i1 %18, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %19 = mul nsw i64 %i, 10
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %7, i64 %20
  %22 = load float, ptr %21, align 4
  %23 = sub i64 %i5, 0
  %24 = getelementptr inbounds float, ptr %4, i64 %23
  store float %22, ptr %24, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %25 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !4

exit4:                                            ; preds = %loop1
  %26 = getelementptr inbounds <16 x float>, ptr %4, i64 0
  %27 = load <16 x float>, ptr %26, align 4
  store <16 x float> %27, ptr %3, align 4
  %28 = getelementptr inbounds float, ptr %3, i64 0
  %29 = load float, ptr %28, align 4
  %30 = getelementptr inbounds float, ptr %3, i64 1
  %31 = load float, ptr %30, align 4
  %32 = getelementptr inbounds float, ptr %3, i64 2
  %33 = load float, ptr %32, align 4
  %34 = getelementptr inbounds float, ptr %3, i64 3
  %35 = load float, ptr %34, align 4
  %36 = getelementptr inbounds float, ptr %3, i64 4
  %37 = load float, ptr %36, align 4
  %38 = getelementptr inbounds float, ptr %3, i64 5
  %39 = load float, ptr %38, align 4
  %40 = getelementptr inbounds float, ptr %3, i64 6
  %41 = load float, ptr %40, align 4
  %42 = getelementptr inbounds float, ptr %3, i64 7
  %43 = load float, ptr %42, align 4
  %44 = getelementptr inbounds float, ptr %3, i64 8
  %45 = load float, ptr %44, align 4
  %46 = getelementptr inbounds float, ptr %3, i64 9
  %47 = load float, ptr %46, align 4
  %48 = getelementptr inbounds float, ptr %3, i64 10
  %49 = load float, ptr %48, align 4
  %50 = getelementptr inbounds float, ptr %3, i64 11
  %51 = load float, ptr %50, align 4
  %52 = getelementptr inbounds float, ptr %3, i64 12
  %53 = load float, ptr %52, align 4
  %54 = getelementptr inbounds float, ptr %3, i64 13
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %3, i64 14
  %57 = load float, ptr %56, align 4
  %58 = getelementptr inbounds float, ptr %3, i64 15
  %59 = load float, ptr %58, align 4
  %60 = fadd float %29, %45
  %61 = fadd float %31, %47
  %62 = fadd float %33, %49
  %63 = fadd float %35, %51
  %64 = fadd float %37, %53
  %65 = fadd float %39, %55
  %66 = fadd float %41, %57
  %67 = fadd float %43, %59
  %68 = fadd float %60, %64
  %69 = fadd float %61, %65
  %70 = fadd float %62, %66
  %71 = fadd float %63, %67
  %72 = fadd float %68, %70
  %73 = fadd float %69, %71
  %74 = fadd float %72, %73
  %75 = getelementptr inbounds float, ptr %9, i64 %i
  store float %74, ptr %75, align 4
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @softmax.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = icmp slt i64 %i5, 10
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 10
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fdiv float %15, %17
  %19 = mul nsw i64 %i, 10
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !7

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @softmax(ptr %0, ptr noalias %1) #0 {
entry:
  %2 = alloca ptr, align 8
  store ptr null, ptr %2, align 8
  %3 = alloca [2 x ptr], align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = call i32 @ftc_rt_alloc(ptr %2, i64 256)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %7, %entry ], [ %14, %ok ], [ %21, %ok1 ], [ %27, %ok2 ], [ %34, %ok3 ]
  %9 = load ptr, ptr %2, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  %10 = load ptr, ptr %2, align 8
  %11 = getelementptr inbounds ptr, ptr %3, i64 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %10, i64 0
  %13 = getelementptr inbounds ptr, ptr %3, i64 1
  store ptr %12, ptr %13, align 8
  %14 = call i32 @softmax.k0(ptr %3, i64 0, i64 4)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds i8, ptr %10, i64 0
  %18 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %17, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %10, i64 64
  %20 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %19, ptr %20, align 8
  %21 = call i32 @softmax.k1(ptr %4, i64 0, i64 4)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %23 = getelementptr inbounds i8, ptr %10, i64 64
  %24 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %23, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %10, i64 0
  %26 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %25, ptr %26, align 8
  %27 = call i32 @softmax.k2(ptr %5, i64 0, i64 4)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %29 = getelementptr inbounds i8, ptr %10, i64 64
  %30 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %10, i64 0
  %32 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %1, ptr %33, align 8
  %34 = call i32 @softmax.k3(ptr %6, i64 0, i64 4)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %36 = load ptr, ptr %2, align 8
  call void @ftc_rt_free(ptr %36)
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
attributes #2 = { nounwind willreturn memory(none) }
attributes #3 = { "vector-function-abi-variant"="_ZGVdN8v_expf(_ZGVdN8v_expf)" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.vectorize.width", i32 8}
!4 = distinct !{!4, !5, !6, !1}
!5 = !{!"llvm.loop.vectorize.enable", i1 true}
!6 = !{!"llvm.loop.vectorize.width", i32 16}
!7 = distinct !{!7, !3, !1}
