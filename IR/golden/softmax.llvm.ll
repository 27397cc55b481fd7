; ModuleID = 'softmax'
source_filename = "softmax"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_expf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [202 x i8] c"{\22module\22: \22softmax\22, \22functions\22: [{\22name\22: \22softmax\22, \22symbol\22: \22softmax\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4, 10]}], \22outputs\22: [{\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [4, 10]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @softmax.rows0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca [10 x float], align 64
  %5 = alloca [1 x float], align 64
  %6 = alloca float, align 16
  %7 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %8 = getelementptr inbounds ptr, ptr %0, i64 0
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds ptr, ptr %0, i64 1
  %11 = load ptr, ptr %10, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %17, %latch ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul nsw i64 %i, 1
  %14 = mul nsw i64 %i, 10
  %15 = mul nsw i64 %i, 1
  %16 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit34
  %17 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %19, %latch3 ]
  %18 = icmp slt i64 %i5, %16
  br i1 %18, label %body2, label %exit4

body2:                                            ; preds = %loop1
  store float 0xFFF0000000000000, ptr %6, align 4
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
  %22 = load float, ptr %6, align 4
  %23 = mul nsw i64 %i5, 10
  %24 = add nsw i64 %23, %i10
  %25 = getelementptr inbounds float, ptr %9, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = call float @llvm.maximum.f32(float %22, float %26)
  store float %27, ptr %6, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !0

exit9:                                            ; preds = %loop6
  %29 = load float, ptr %6, align 4
  %30 = sub i64 %i5, %13
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
  %i20 = phi i64 [ 0, %body12 ], [ %49, %latch18 ]
  %35 = icmp slt i64 %i20, 10
  br i1 %35, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %36 = mul nsw i64 %i15, 10
  %37 = add nsw i64 %36, %i20
  %38 = getelementptr inbounds float, ptr %9, i64 %37
  %39 = load float, ptr %38, align 4
  %40 = sub i64 %i15, %13
  %41 = getelementptr inbounds float, ptr %3, i64 %40
  %42 = load float, ptr %41, align 4
  %43 = fsub float %39, %42
  %44 = call float @expf(float %43) #3
  %45 = mul nsw i64 %i15, 10
  %46 = add nsw i64 %45, %i20
  %47 = sub i64 %46, %14
  %48 = getelementptr inbounds float, ptr %4, i64 %47
  store float %44, ptr %48, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %49 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !2

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %51, %latch23 ]
  %50 = icmp slt i64 %i25, %34
  br i1 %50, label %body22, label %exit24

body22:                                           ; preds = %loop21
  store float -0.000000e+00, ptr %7, align 4
  br label %loop26

latch23:                                          ; preds = %exit29
  %51 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %52 = add nsw i64 %i, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %61, %latch28 ]
  %53 = icmp slt i64 %i30, 10
  br i1 %53, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %54 = load float, ptr %7, align 4
  %55 = mul nsw i64 %i25, 10
  %56 = add nsw i64 %55, %i30
  %57 = sub i64 %56, %14
  %58 = getelementptr inbounds float, ptr %4, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = fadd reassoc contract float %54, %59
  store float %60, ptr %7, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %61 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !4

exit29:                                           ; preds = %loop26
  %62 = load float, ptr %7, align 4
  %63 = sub i64 %i25, %15
  %64 = getelementptr inbounds float, ptr %5, i64 %63
  store float %62, ptr %64, align 4
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %i, %exit24 ], [ %66, %latch33 ]
  %65 = icmp slt i64 %i35, %52
  br i1 %65, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %66 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %80, %latch38 ]
  %67 = icmp slt i64 %i40, 10
  br i1 %67, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %68 = mul nsw i64 %i35, 10
  %69 = add nsw i64 %68, %i40
  %70 = sub i64 %69, %14
  %71 = getelementptr inbounds float, ptr %4, i64 %70
  %72 = load float, ptr %71, align 4
  %73 = sub i64 %i35, %15
  %74 = getelementptr inbounds float, ptr %5, i64 %73
  %75 = load float, ptr %74, align 4
  %76 = fdiv float %72, %75
  %77 = mul nsw i64 %i35, 10
  %78 = add nsw i64 %77, %i40
  %79 = getelementptr inbounds float, ptr %11, i64 %78
  store float %76, ptr %79, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %80 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !5

exit39:                                           ; preds = %loop36
  br label %latch33
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind willreturn memory(none)
declare float @expf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_expf(<8 x float>) #2

; Function Attrs: nounwind
define i32 @softmax(ptr %0, ptr noalias %1) #0 {
entry:
  %2 = alloca ptr, align 8
  store ptr null, ptr %2, align 8
  %3 = alloca [2 x ptr], align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds ptr, ptr %3, i64 0
  store ptr %0, ptr %5, align 8
  %6 = getelementptr inbounds ptr, ptr %3, i64 1
  store ptr %1, ptr %6, align 8
  %7 = call i32 @softmax.rows0(ptr %3, i64 0, i64 4)
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
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !3, !1}
