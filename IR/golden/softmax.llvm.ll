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
  %7 = alloca <16 x float>, align 16
  %8 = alloca [1 x <16 x float>], align 16
  %9 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %10 = getelementptr inbounds ptr, ptr %0, i64 0
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 1
  %13 = load ptr, ptr %12, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul nsw i64 %i, 1
  %16 = mul nsw i64 %i, 10
  %17 = mul nsw i64 %i, 1
  %18 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit34
  %19 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %21, %latch3 ]
  %20 = icmp slt i64 %i5, %18
  br i1 %20, label %body2, label %exit4

body2:                                            ; preds = %loop1
  store float 0xFFF0000000000000, ptr %6, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %21 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %22 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %30, %latch8 ]
  %23 = icmp slt i64 %i10, 10
  br i1 %23, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %24 = load float, ptr %6, align 4
  %25 = mul nsw i64 %i5, 10
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %11, i64 %26
  %28 = load float, ptr %27, align 4, !alias.scope !0, !noalias !3
  %29 = call float @llvm.maximum.f32(float %24, float %28)
  store float %29, ptr %6, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %30 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !5

exit9:                                            ; preds = %loop6
  %31 = load float, ptr %6, align 4
  %32 = sub i64 %i5, %15
  %33 = getelementptr inbounds float, ptr %3, i64 %32
  store float %31, ptr %33, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %35, %latch13 ]
  %34 = icmp slt i64 %i15, %22
  br i1 %34, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %35 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %36 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %51, %latch18 ]
  %37 = icmp slt i64 %i20, 10
  br i1 %37, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %38 = mul nsw i64 %i15, 10
  %39 = add nsw i64 %38, %i20
  %40 = getelementptr inbounds float, ptr %11, i64 %39
  %41 = load float, ptr %40, align 4, !alias.scope !0, !noalias !3
  %42 = sub i64 %i15, %15
  %43 = getelementptr inbounds float, ptr %3, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = fsub float %41, %44
  %46 = call float @expf(float %45) #3
  %47 = mul nsw i64 %i15, 10
  %48 = add nsw i64 %47, %i20
  %49 = sub i64 %48, %16
  %50 = getelementptr inbounds float, ptr %4, i64 %49
  store float %46, ptr %50, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %51 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !9

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %59, %latch23 ]
  %52 = icmp slt i64 %i25, %36
  br i1 %52, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %53 = getelementptr inbounds float, ptr %9, i64 10
  store float -0.000000e+00, ptr %53, align 4
  %54 = getelementptr inbounds float, ptr %9, i64 11
  store float -0.000000e+00, ptr %54, align 4
  %55 = getelementptr inbounds float, ptr %9, i64 12
  store float -0.000000e+00, ptr %55, align 4
  %56 = getelementptr inbounds float, ptr %9, i64 13
  store float -0.000000e+00, ptr %56, align 4
  %57 = getelementptr inbounds float, ptr %9, i64 14
  store float -0.000000e+00, ptr %57, align 4
  %58 = getelementptr inbounds float, ptr %9, i64 15
  store float -0.000000e+00, ptr %58, align 4
  br label %loop26

latch23:                                          ; preds = %exit29
  %59 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %60 = add nsw i64 %i, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %69, %latch28 ]
  %61 = icmp slt i64 %i30, 10
  br i1 %61, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %62 = mul nsw i64 %i25, 10
  %63 = add nsw i64 %62, %i30
  %64 = sub i64 %63, %16
  %65 = getelementptr inbounds float, ptr %4, i64 %64
  %66 = load float, ptr %65, align 4
  %67 = sub i64 %i30, 0
  %68 = getelementptr inbounds float, ptr %9, i64 %67
  store float %66, ptr %68, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %69 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !10

exit29:                                           ; preds = %loop26
  %70 = getelementptr inbounds <16 x float>, ptr %9, i64 0
  %71 = load <16 x float>, ptr %70, align 4
  store <16 x float> %71, ptr %7, align 4
  %72 = getelementptr inbounds float, ptr %7, i64 0
  %73 = load float, ptr %72, align 4
  %74 = getelementptr inbounds float, ptr %7, i64 1
  %75 = load float, ptr %74, align 4
  %76 = getelementptr inbounds float, ptr %7, i64 2
  %77 = load float, ptr %76, align 4
  %78 = getelementptr inbounds float, ptr %7, i64 3
  %79 = load float, ptr %78, align 4
  %80 = getelementptr inbounds float, ptr %7, i64 4
  %81 = load float, ptr %80, align 4
  %82 = getelementptr inbounds float, ptr %7, i64 5
  %83 = load float, ptr %82, align 4
  %84 = getelementptr inbounds float, ptr %7, i64 6
  %85 = load float, ptr %84, align 4
  %86 = getelementptr inbounds float, ptr %7, i64 7
  %87 = load float, ptr %86, align 4
  %88 = getelementptr inbounds float, ptr %7, i64 8
  %89 = load float, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %7, i64 9
  %91 = load float, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %7, i64 10
  %93 = load float, ptr %92, align 4
  %94 = getelementptr inbounds float, ptr %7, i64 11
  %95 = load float, ptr %94, align 4
  %96 = getelementptr inbounds float, ptr %7, i64 12
  %97 = load float, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %7, i64 13
  %99 = load float, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %7, i64 14
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %7, i64 15
  %103 = load float, ptr %102, align 4
  %104 = fadd float %73, %89
  %105 = fadd float %75, %91
  %106 = fadd float %77, %93
  %107 = fadd float %79, %95
  %108 = fadd float %81, %97
  %109 = fadd float %83, %99
  %110 = fadd float %85, %101
  %111 = fadd float %87, %103
  %112 = fadd float %104, %108
  %113 = fadd float %105, %109
  %114 = fadd float %106, %110
  %115 = fadd float %107, %111
  %116 = fadd float %112, %114
  %117 = fadd float %113, %115
  %118 = fadd float %116, %117
  %119 = sub i64 %i25, %17
  %120 = getelementptr inbounds float, ptr %5, i64 %119
  store float %118, ptr %120, align 4
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %i, %exit24 ], [ %122, %latch33 ]
  %121 = icmp slt i64 %i35, %60
  br i1 %121, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %122 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %136, %latch38 ]
  %123 = icmp slt i64 %i40, 10
  br i1 %123, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %124 = mul nsw i64 %i35, 10
  %125 = add nsw i64 %124, %i40
  %126 = sub i64 %125, %16
  %127 = getelementptr inbounds float, ptr %4, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = sub i64 %i35, %17
  %130 = getelementptr inbounds float, ptr %5, i64 %129
  %131 = load float, ptr %130, align 4
  %132 = fdiv float %128, %131
  %133 = mul nsw i64 %i35, 10
  %134 = add nsw i64 %133, %i40
  %135 = getelementptr inbounds float, ptr %13, i64 %134
  store float %132, ptr %135, align 4, !alias.scope !3
  br label %latch38

latch38:                                          ; preds = %body37
  %136 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !13

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

!0 = !{!1}
!1 = !{!"softmax.rows0.buffer0", !2}
!2 = !{!"softmax.rows0.buffers"}
!3 = !{!4}
!4 = !{!"softmax.rows0.buffer1", !2}
!5 = distinct !{!5, !6, !7, !8}
!6 = !{!"llvm.loop.vectorize.width", i32 8}
!7 = !{!"llvm.loop.interleave.count", i32 4}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !6, !8}
!10 = distinct !{!10, !11, !12, !8}
!11 = !{!"llvm.loop.vectorize.enable", i1 true}
!12 = !{!"llvm.loop.vectorize.width", i32 16}
!13 = distinct !{!13, !6, !8}
