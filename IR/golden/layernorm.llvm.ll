; ModuleID = 'layernorm'
source_filename = "layernorm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [303 x i8] c"{\22module\22: \22layernorm\22, \22functions\22: [{\22name\22: \22layernorm\22, \22symbol\22: \22layernorm\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}, {\22name\22: \22gamma\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22beta\22, \22dtype\22: \22f32\22, \22shape\22: [8]}], \22outputs\22: [{\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @layernorm.rows0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca [8 x float], align 64
  %6 = alloca [1 x float], align 64
  %7 = alloca [1 x float], align 64
  %8 = alloca float, align 16
  %9 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %10 = getelementptr inbounds ptr, ptr %0, i64 0
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 1
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds ptr, ptr %0, i64 2
  %15 = load ptr, ptr %14, align 8
  %16 = getelementptr inbounds ptr, ptr %0, i64 3
  %17 = load ptr, ptr %16, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %25, %latch ]
  %18 = icmp slt i64 %i, %2
  br i1 %18, label %body, label %exit

body:                                             ; preds = %loop
  %19 = mul nsw i64 %i, 1
  %20 = mul nsw i64 %i, 1
  %21 = mul nsw i64 %i, 8
  %22 = mul nsw i64 %i, 1
  %23 = mul nsw i64 %i, 1
  %24 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit44
  %25 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %27, %latch3 ]
  %26 = icmp slt i64 %i5, %24
  br i1 %26, label %body2, label %exit4

body2:                                            ; preds = %loop1
  store float -0.000000e+00, ptr %8, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %27 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %28 = add nsw i64 %i, 1
  %29 = mul nsw i64 %i, 1
  %30 = mul nsw i64 %28, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %38, %latch8 ]
  %31 = icmp slt i64 %i10, 8
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %32 = load float, ptr %8, align 4
  %33 = mul nsw i64 %i5, 8
  %34 = add nsw i64 %33, %i10
  %35 = getelementptr inbounds float, ptr %11, i64 %34
  %36 = load float, ptr %35, align 4
  %37 = fadd reassoc contract float %32, %36
  store float %37, ptr %8, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %38 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !0

exit9:                                            ; preds = %loop6
  %39 = load float, ptr %8, align 4
  %40 = sub i64 %i5, %19
  %41 = getelementptr inbounds float, ptr %3, i64 %40
  store float %39, ptr %41, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %29, %exit4 ], [ %49, %latch13 ]
  %42 = icmp slt i64 %i15, %30
  br i1 %42, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %43 = sub i64 %i15, %19
  %44 = getelementptr inbounds float, ptr %3, i64 %43
  %45 = load float, ptr %44, align 4
  %46 = fdiv float %45, 8.000000e+00
  %47 = sub i64 %i15, %20
  %48 = getelementptr inbounds float, ptr %4, i64 %47
  store float %46, ptr %48, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %49 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !2

exit14:                                           ; preds = %loop11
  %50 = add nsw i64 %i, 1
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ %i, %exit14 ], [ %52, %latch18 ]
  %51 = icmp slt i64 %i20, %50
  br i1 %51, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %52 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  %53 = add nsw i64 %i, 1
  br label %loop26

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %67, %latch23 ]
  %54 = icmp slt i64 %i25, 8
  br i1 %54, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %55 = mul nsw i64 %i20, 8
  %56 = add nsw i64 %55, %i25
  %57 = getelementptr inbounds float, ptr %11, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = sub i64 %i20, %20
  %60 = getelementptr inbounds float, ptr %4, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = fsub float %58, %61
  %63 = mul nsw i64 %i20, 8
  %64 = add nsw i64 %63, %i25
  %65 = sub i64 %64, %21
  %66 = getelementptr inbounds float, ptr %5, i64 %65
  store float %62, ptr %66, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %67 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !4

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %exit19
  %i30 = phi i64 [ %i, %exit19 ], [ %69, %latch28 ]
  %68 = icmp slt i64 %i30, %53
  br i1 %68, label %body27, label %exit29

body27:                                           ; preds = %loop26
  store float -0.000000e+00, ptr %9, align 4
  br label %loop31

latch28:                                          ; preds = %exit34
  %69 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  %70 = add nsw i64 %i, 1
  %71 = mul nsw i64 %i, 1
  %72 = mul nsw i64 %70, 1
  br label %loop36

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %82, %latch33 ]
  %73 = icmp slt i64 %i35, 8
  br i1 %73, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %74 = load float, ptr %9, align 4
  %75 = mul nsw i64 %i30, 8
  %76 = add nsw i64 %75, %i35
  %77 = sub i64 %76, %21
  %78 = getelementptr inbounds float, ptr %5, i64 %77
  %79 = load float, ptr %78, align 4
  %80 = fmul float %79, %79
  %81 = fadd reassoc contract float %74, %80
  store float %81, ptr %9, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %82 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !5

exit34:                                           ; preds = %loop31
  %83 = load float, ptr %9, align 4
  %84 = sub i64 %i30, %22
  %85 = getelementptr inbounds float, ptr %6, i64 %84
  store float %83, ptr %85, align 4
  br label %latch28

loop36:                                           ; preds = %latch38, %exit29
  %i40 = phi i64 [ %71, %exit29 ], [ %96, %latch38 ]
  %86 = icmp slt i64 %i40, %72
  br i1 %86, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %87 = sub i64 %i40, %22
  %88 = getelementptr inbounds float, ptr %6, i64 %87
  %89 = load float, ptr %88, align 4
  %90 = fdiv float %89, 8.000000e+00
  %91 = fadd float %90, 0x3EE4F8B580000000
  %92 = call float @llvm.sqrt.f32(float %91)
  %93 = fdiv float 1.000000e+00, %92
  %94 = sub i64 %i40, %23
  %95 = getelementptr inbounds float, ptr %7, i64 %94
  store float %93, ptr %95, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %96 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !6

exit39:                                           ; preds = %loop36
  %97 = add nsw i64 %i, 1
  br label %loop41

loop41:                                           ; preds = %latch43, %exit39
  %i45 = phi i64 [ %i, %exit39 ], [ %99, %latch43 ]
  %98 = icmp slt i64 %i45, %97
  br i1 %98, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %99 = add nsw i64 %i45, 1
  br label %loop41

exit44:                                           ; preds = %loop41
  br label %latch

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %119, %latch48 ]
  %100 = icmp slt i64 %i50, 8
  br i1 %100, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %101 = mul nsw i64 %i45, 8
  %102 = add nsw i64 %101, %i50
  %103 = sub i64 %102, %21
  %104 = getelementptr inbounds float, ptr %5, i64 %103
  %105 = load float, ptr %104, align 4
  %106 = sub i64 %i45, %23
  %107 = getelementptr inbounds float, ptr %7, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = fmul float %105, %108
  %110 = getelementptr inbounds float, ptr %13, i64 %i50
  %111 = load float, ptr %110, align 4
  %112 = fmul float %109, %111
  %113 = getelementptr inbounds float, ptr %15, i64 %i50
  %114 = load float, ptr %113, align 4
  %115 = fadd float %112, %114
  %116 = mul nsw i64 %i45, 8
  %117 = add nsw i64 %116, %i50
  %118 = getelementptr inbounds float, ptr %17, i64 %117
  store float %115, ptr %118, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %119 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !7

exit49:                                           ; preds = %loop46
  br label %latch43
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nounwind
define i32 @layernorm(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [4 x ptr], align 8
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %7, align 8
  %8 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %8, align 8
  %9 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %2, ptr %9, align 8
  %10 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %3, ptr %10, align 8
  %11 = call i32 @layernorm.rows0(ptr %5, i64 0, i64 4)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %11, %entry ]
  %13 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %13)
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

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.vectorize.width", i32 8}
!4 = distinct !{!4, !3, !1}
!5 = distinct !{!5, !1}
!6 = distinct !{!6, !3, !1}
!7 = distinct !{!7, !3, !1}
