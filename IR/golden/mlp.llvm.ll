; ModuleID = 'mlp'
source_filename = "mlp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [785 x i8] c"{\22module\22: \22mlp\22, \22functions\22: [{\22name\22: \22predict\22, \22symbol\22: \22predict\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}], \22outputs\22: [{\22name\22: \22out\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}]}, {\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @predict.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [64 x float], align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  %11 = alloca <8 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %12 = getelementptr inbounds ptr, ptr %0, i64 0
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds ptr, ptr %0, i64 1
  %15 = load ptr, ptr %14, align 8
  %16 = getelementptr inbounds ptr, ptr %0, i64 2
  %17 = load ptr, ptr %16, align 8
  %18 = getelementptr inbounds ptr, ptr %0, i64 3
  %19 = load ptr, ptr %18, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %21, %latch ]
  %20 = icmp slt i64 %i, 1
  br i1 %20, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %21 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %33, %latch3 ]
  %22 = icmp slt i64 %i5, 2
  br i1 %22, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %23 = mul nsw i64 %i5, 4
  %24 = icmp sgt i64 %23, 4
  %25 = select i1 %24, i64 4, i64 %23
  %26 = mul nsw i64 %i, 32
  %27 = mul nsw i64 %i, 64
  %28 = mul nsw i64 %i, 128
  %29 = add nsw i64 %25, 0
  %30 = add nsw i64 %25, 1
  %31 = add nsw i64 %25, 2
  %32 = add nsw i64 %25, 3
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %33 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %97, %latch8 ]
  %34 = icmp slt i64 %i10, 4
  br i1 %34, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %35 = mul nsw i64 %i10, 16
  %36 = add nsw i64 %35, 0
  %37 = add nsw i64 %27, %36
  %38 = getelementptr inbounds float, ptr %15, i64 %37
  %39 = load <8 x float>, ptr %38, align 4, !alias.scope !0, !noalias !3
  %40 = mul nsw i64 %i10, 16
  %41 = add nsw i64 %40, 8
  %42 = add nsw i64 %27, %41
  %43 = getelementptr inbounds float, ptr %15, i64 %42
  %44 = load <8 x float>, ptr %43, align 4, !alias.scope !0, !noalias !3
  %45 = mul nsw i64 %29, 4
  %46 = add nsw i64 %45, %i10
  %47 = add nsw i64 %26, %46
  %48 = getelementptr inbounds float, ptr %13, i64 %47
  %49 = load float, ptr %48, align 4, !alias.scope !5, !noalias !3
  %50 = insertelement <8 x float> poison, float %49, i32 0
  %51 = shufflevector <8 x float> %50, <8 x float> poison, <8 x i32> zeroinitializer
  %52 = load <8 x float>, ptr %4, align 4
  %53 = fmul contract <8 x float> %51, %39
  %54 = fadd contract <8 x float> %52, %53
  store <8 x float> %54, ptr %4, align 4
  %55 = load <8 x float>, ptr %5, align 4
  %56 = fmul contract <8 x float> %51, %44
  %57 = fadd contract <8 x float> %55, %56
  store <8 x float> %57, ptr %5, align 4
  %58 = mul nsw i64 %30, 4
  %59 = add nsw i64 %58, %i10
  %60 = add nsw i64 %26, %59
  %61 = getelementptr inbounds float, ptr %13, i64 %60
  %62 = load float, ptr %61, align 4, !alias.scope !5, !noalias !3
  %63 = insertelement <8 x float> poison, float %62, i32 0
  %64 = shufflevector <8 x float> %63, <8 x float> poison, <8 x i32> zeroinitializer
  %65 = load <8 x float>, ptr %6, align 4
  %66 = fmul contract <8 x float> %64, %39
  %67 = fadd contract <8 x float> %65, %66
  store <8 x float> %67, ptr %6, align 4
  %68 = load <8 x float>, ptr %7, align 4
  %69 = fmul contract <8 x float> %64, %44
  %70 = fadd contract <8 x float> %68, %69
  store <8 x float> %70, ptr %7, align 4
  %71 = mul nsw i64 %31, 4
  %72 = add nsw i64 %71, %i10
  %73 = add nsw i64 %26, %72
  %74 = getelementptr inbounds float, ptr %13, i64 %73
  %75 = load float, ptr %74, align 4, !alias.scope !5, !noalias !3
  %76 = insertelement <8 x float> poison, float %75, i32 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = load <8 x float>, ptr %8, align 4
  %79 = fmul contract <8 x float> %77, %39
  %80 = fadd contract <8 x float> %78, %79
  store <8 x float> %80, ptr %8, align 4
  %81 = load <8 x float>, ptr %9, align 4
  %82 = fmul contract <8 x float> %77, %44
  %83 = fadd contract <8 x float> %81, %82
  store <8 x float> %83, ptr %9, align 4
  %84 = mul nsw i64 %32, 4
  %85 = add nsw i64 %84, %i10
  %86 = add nsw i64 %26, %85
  %87 = getelementptr inbounds float, ptr %13, i64 %86
  %88 = load float, ptr %87, align 4, !alias.scope !5, !noalias !3
  %89 = insertelement <8 x float> poison, float %88, i32 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = load <8 x float>, ptr %10, align 4
  %92 = fmul contract <8 x float> %90, %39
  %93 = fadd contract <8 x float> %91, %92
  store <8 x float> %93, ptr %10, align 4
  %94 = load <8 x float>, ptr %11, align 4
  %95 = fmul contract <8 x float> %90, %44
  %96 = fadd contract <8 x float> %94, %95
  store <8 x float> %96, ptr %11, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %97 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !7

exit9:                                            ; preds = %loop6
  %98 = load <8 x float>, ptr %4, align 4
  %99 = load <8 x float>, ptr %5, align 4
  %100 = load <8 x float>, ptr %6, align 4
  %101 = load <8 x float>, ptr %7, align 4
  %102 = load <8 x float>, ptr %8, align 4
  %103 = load <8 x float>, ptr %9, align 4
  %104 = load <8 x float>, ptr %10, align 4
  %105 = load <8 x float>, ptr %11, align 4
  %106 = getelementptr inbounds float, ptr %3, i64 0
  store <8 x float> %98, ptr %106, align 4
  %107 = getelementptr inbounds float, ptr %3, i64 8
  store <8 x float> %99, ptr %107, align 4
  %108 = getelementptr inbounds float, ptr %3, i64 16
  store <8 x float> %100, ptr %108, align 4
  %109 = getelementptr inbounds float, ptr %3, i64 24
  store <8 x float> %101, ptr %109, align 4
  %110 = getelementptr inbounds float, ptr %3, i64 32
  store <8 x float> %102, ptr %110, align 4
  %111 = getelementptr inbounds float, ptr %3, i64 40
  store <8 x float> %103, ptr %111, align 4
  %112 = getelementptr inbounds float, ptr %3, i64 48
  store <8 x float> %104, ptr %112, align 4
  %113 = getelementptr inbounds float, ptr %3, i64 56
  store <8 x float> %105, ptr %113, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %121, %latch13 ]
  %114 = icmp slt i64 %i15, 4
  br i1 %114, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %115 = add nsw i64 %25, %i15
  %116 = mul nsw i64 %i, 8
  %117 = add nsw i64 %116, %115
  %118 = mul nsw i64 %117, 16
  %119 = mul nsw i64 %i15, 16
  %120 = getelementptr inbounds float, ptr %3, i64 %119
  br label %loop16

latch13:                                          ; preds = %exit19
  %121 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !10

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %131, %latch18 ]
  %122 = icmp slt i64 %i20, 16
  br i1 %122, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %123 = getelementptr inbounds float, ptr %120, i64 %i20
  %124 = load float, ptr %123, align 4
  %125 = getelementptr inbounds float, ptr %17, i64 %i20
  %126 = load float, ptr %125, align 4, !alias.scope !11, !noalias !3
  %127 = fadd float %124, %126
  %128 = call float @tanhf(float %127) #3
  %129 = add nsw i64 %118, %i20
  %130 = getelementptr inbounds float, ptr %19, i64 %129
  store float %128, ptr %130, align 4, !alias.scope !3
  br label %latch18

latch18:                                          ; preds = %body17
  %131 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !13

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #1

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #1

; Function Attrs: nounwind
define internal i32 @predict.k1(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca [24 x float], align 16
  %4 = alloca <2 x float>, align 16
  %5 = alloca <2 x float>, align 16
  %6 = alloca <2 x float>, align 16
  %7 = alloca <2 x float>, align 16
  %8 = alloca <2 x float>, align 16
  %9 = alloca <2 x float>, align 16
  %10 = alloca <2 x float>, align 16
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  %19 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %20 = getelementptr inbounds ptr, ptr %0, i64 0
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds ptr, ptr %0, i64 1
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds ptr, ptr %0, i64 2
  %25 = load ptr, ptr %24, align 8
  %26 = getelementptr inbounds ptr, ptr %0, i64 3
  %27 = load ptr, ptr %26, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %29, %latch ]
  %28 = icmp slt i64 %i, 1
  br i1 %28, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %29 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %45, %latch3 ]
  %30 = icmp slt i64 %i5, 1
  br i1 %30, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %31 = mul nsw i64 %i5, 8
  %32 = icmp sgt i64 %31, 0
  %33 = select i1 %32, i64 0, i64 %31
  %34 = mul nsw i64 %i, 128
  %35 = mul nsw i64 %i, 48
  %36 = mul nsw i64 %i, 24
  %37 = add nsw i64 %33, 0
  %38 = add nsw i64 %33, 1
  %39 = add nsw i64 %33, 2
  %40 = add nsw i64 %33, 3
  %41 = add nsw i64 %33, 4
  %42 = add nsw i64 %33, 5
  %43 = add nsw i64 %33, 6
  %44 = add nsw i64 %33, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  br label %loop6

latch3:                                           ; preds = %exit19
  %45 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %132, %latch8 ]
  %46 = icmp slt i64 %i10, 16
  br i1 %46, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %47 = mul nsw i64 %i10, 3
  %48 = add nsw i64 %47, 0
  %49 = add nsw i64 %35, %48
  %50 = getelementptr inbounds float, ptr %23, i64 %49
  %51 = load <2 x float>, ptr %50, align 4, !alias.scope !16, !noalias !19
  %52 = mul nsw i64 %37, 16
  %53 = add nsw i64 %52, %i10
  %54 = add nsw i64 %34, %53
  %55 = getelementptr inbounds float, ptr %21, i64 %54
  %56 = load float, ptr %55, align 4, !alias.scope !21, !noalias !19
  %57 = insertelement <2 x float> poison, float %56, i32 0
  %58 = shufflevector <2 x float> %57, <2 x float> poison, <2 x i32> zeroinitializer
  %59 = load <2 x float>, ptr %4, align 4
  %60 = fmul contract <2 x float> %58, %51
  %61 = fadd contract <2 x float> %59, %60
  store <2 x float> %61, ptr %4, align 4
  %62 = mul nsw i64 %38, 16
  %63 = add nsw i64 %62, %i10
  %64 = add nsw i64 %34, %63
  %65 = getelementptr inbounds float, ptr %21, i64 %64
  %66 = load float, ptr %65, align 4, !alias.scope !21, !noalias !19
  %67 = insertelement <2 x float> poison, float %66, i32 0
  %68 = shufflevector <2 x float> %67, <2 x float> poison, <2 x i32> zeroinitializer
  %69 = load <2 x float>, ptr %5, align 4
  %70 = fmul contract <2 x float> %68, %51
  %71 = fadd contract <2 x float> %69, %70
  store <2 x float> %71, ptr %5, align 4
  %72 = mul nsw i64 %39, 16
  %73 = add nsw i64 %72, %i10
  %74 = add nsw i64 %34, %73
  %75 = getelementptr inbounds float, ptr %21, i64 %74
  %76 = load float, ptr %75, align 4, !alias.scope !21, !noalias !19
  %77 = insertelement <2 x float> poison, float %76, i32 0
  %78 = shufflevector <2 x float> %77, <2 x float> poison, <2 x i32> zeroinitializer
  %79 = load <2 x float>, ptr %6, align 4
  %80 = fmul contract <2 x float> %78, %51
  %81 = fadd contract <2 x float> %79, %80
  store <2 x float> %81, ptr %6, align 4
  %82 = mul nsw i64 %40, 16
  %83 = add nsw i64 %82, %i10
  %84 = add nsw i64 %34, %83
  %85 = getelementptr inbounds float, ptr %21, i64 %84
  %86 = load float, ptr %85, align 4, !alias.scope !21, !noalias !19
  %87 = insertelement <2 x float> poison, float %86, i32 0
  %88 = shufflevector <2 x float> %87, <2 x float> poison, <2 x i32> zeroinitializer
  %89 = load <2 x float>, ptr %7, align 4
  %90 = fmul contract <2 x float> %88, %51
  %91 = fadd contract <2 x float> %89, %90
  store <2 x float> %91, ptr %7, align 4
  %92 = mul nsw i64 %41, 16
  %93 = add nsw i64 %92, %i10
  %94 = add nsw i64 %34, %93
  %95 = getelementptr inbounds float, ptr %21, i64 %94
  %96 = load float, ptr %95, align 4, !alias.scope !21, !noalias !19
  %97 = insertelement <2 x float> poison, float %96, i32 0
  %98 = shufflevector <2 x float> %97, <2 x float> poison, <2 x i32> zeroinitializer
  %99 = load <2 x float>, ptr %8, align 4
  %100 = fmul contract <2 x float> %98, %51
  %101 = fadd contract <2 x float> %99, %100
  store <2 x float> %101, ptr %8, align 4
  %102 = mul nsw i64 %42, 16
  %103 = add nsw i64 %102, %i10
  %104 = add nsw i64 %34, %103
  %105 = getelementptr inbounds float, ptr %21, i64 %104
  %106 = load float, ptr %105, align 4, !alias.scope !21, !noalias !19
  %107 = insertelement <2 x float> poison, float %106, i32 0
  %108 = shufflevector <2 x float> %107, <2 x float> poison, <2 x i32> zeroinitializer
  %109 = load <2 x float>, ptr %9, align 4
  %110 = fmul contract <2 x float> %108, %51
  %111 = fadd contract <2 x float> %109, %110
  store <2 x float> %111, ptr %9, align 4
  %112 = mul nsw i64 %43, 16
  %113 = add nsw i64 %112, %i10
  %114 = add nsw i64 %34, %113
  %115 = getelementptr inbounds float, ptr %21, i64 %114
  %116 = load float, ptr %115, align 4, !alias.scope !21, !noalias !19
  %117 = insertelement <2 x float> poison, float %116, i32 0
  %118 = shufflevector <2 x float> %117, <2 x float> poison, <2 x i32> zeroinitializer
  %119 = load <2 x float>, ptr %10, align 4
  %120 = fmul contract <2 x float> %118, %51
  %121 = fadd contract <2 x float> %119, %120
  store <2 x float> %121, ptr %10, align 4
  %122 = mul nsw i64 %44, 16
  %123 = add nsw i64 %122, %i10
  %124 = add nsw i64 %34, %123
  %125 = getelementptr inbounds float, ptr %21, i64 %124
  %126 = load float, ptr %125, align 4, !alias.scope !21, !noalias !19
  %127 = insertelement <2 x float> poison, float %126, i32 0
  %128 = shufflevector <2 x float> %127, <2 x float> poison, <2 x i32> zeroinitializer
  %129 = load <2 x float>, ptr %11, align 4
  %130 = fmul contract <2 x float> %128, %51
  %131 = fadd contract <2 x float> %129, %130
  store <2 x float> %131, ptr %11, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %132 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !23

exit9:                                            ; preds = %loop6
  %133 = load <2 x float>, ptr %4, align 4
  %134 = load <2 x float>, ptr %5, align 4
  %135 = load <2 x float>, ptr %6, align 4
  %136 = load <2 x float>, ptr %7, align 4
  %137 = load <2 x float>, ptr %8, align 4
  %138 = load <2 x float>, ptr %9, align 4
  %139 = load <2 x float>, ptr %10, align 4
  %140 = load <2 x float>, ptr %11, align 4
  %141 = getelementptr inbounds float, ptr %3, i64 0
  store <2 x float> %133, ptr %141, align 4
  %142 = getelementptr inbounds float, ptr %3, i64 3
  store <2 x float> %134, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %3, i64 6
  store <2 x float> %135, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %3, i64 9
  store <2 x float> %136, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %3, i64 12
  store <2 x float> %137, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %3, i64 15
  store <2 x float> %138, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %3, i64 18
  store <2 x float> %139, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %3, i64 21
  store <2 x float> %140, ptr %148, align 4
  %149 = mul nsw i64 %i, 128
  %150 = mul nsw i64 %i, 48
  %151 = mul nsw i64 %i, 24
  %152 = add nsw i64 %33, 0
  %153 = add nsw i64 %33, 1
  %154 = add nsw i64 %33, 2
  %155 = add nsw i64 %33, 3
  %156 = add nsw i64 %33, 4
  %157 = add nsw i64 %33, 5
  %158 = add nsw i64 %33, 6
  %159 = add nsw i64 %33, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %246, %latch13 ]
  %160 = icmp slt i64 %i15, 16
  br i1 %160, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %161 = mul nsw i64 %i15, 3
  %162 = add nsw i64 %161, 1
  %163 = add nsw i64 %150, %162
  %164 = getelementptr inbounds float, ptr %23, i64 %163
  %165 = load <2 x float>, ptr %164, align 4, !alias.scope !16, !noalias !19
  %166 = mul nsw i64 %152, 16
  %167 = add nsw i64 %166, %i15
  %168 = add nsw i64 %149, %167
  %169 = getelementptr inbounds float, ptr %21, i64 %168
  %170 = load float, ptr %169, align 4, !alias.scope !21, !noalias !19
  %171 = insertelement <2 x float> poison, float %170, i32 0
  %172 = shufflevector <2 x float> %171, <2 x float> poison, <2 x i32> zeroinitializer
  %173 = load <2 x float>, ptr %12, align 4
  %174 = fmul contract <2 x float> %172, %165
  %175 = fadd contract <2 x float> %173, %174
  store <2 x float> %175, ptr %12, align 4
  %176 = mul nsw i64 %153, 16
  %177 = add nsw i64 %176, %i15
  %178 = add nsw i64 %149, %177
  %179 = getelementptr inbounds float, ptr %21, i64 %178
  %180 = load float, ptr %179, align 4, !alias.scope !21, !noalias !19
  %181 = insertelement <2 x float> poison, float %180, i32 0
  %182 = shufflevector <2 x float> %181, <2 x float> poison, <2 x i32> zeroinitializer
  %183 = load <2 x float>, ptr %13, align 4
  %184 = fmul contract <2 x float> %182, %165
  %185 = fadd contract <2 x float> %183, %184
  store <2 x float> %185, ptr %13, align 4
  %186 = mul nsw i64 %154, 16
  %187 = add nsw i64 %186, %i15
  %188 = add nsw i64 %149, %187
  %189 = getelementptr inbounds float, ptr %21, i64 %188
  %190 = load float, ptr %189, align 4, !alias.scope !21, !noalias !19
  %191 = insertelement <2 x float> poison, float %190, i32 0
  %192 = shufflevector <2 x float> %191, <2 x float> poison, <2 x i32> zeroinitializer
  %193 = load <2 x float>, ptr %14, align 4
  %194 = fmul contract <2 x float> %192, %165
  %195 = fadd contract <2 x float> %193, %194
  store <2 x float> %195, ptr %14, align 4
  %196 = mul nsw i64 %155, 16
  %197 = add nsw i64 %196, %i15
  %198 = add nsw i64 %149, %197
  %199 = getelementptr inbounds float, ptr %21, i64 %198
  %200 = load float, ptr %199, align 4, !alias.scope !21, !noalias !19
  %201 = insertelement <2 x float> poison, float %200, i32 0
  %202 = shufflevector <2 x float> %201, <2 x float> poison, <2 x i32> zeroinitializer
  %203 = load <2 x float>, ptr %15, align 4
  %204 = fmul contract <2 x float> %202, %165
  %205 = fadd contract <2 x float> %203, %204
  store <2 x float> %205, ptr %15, align 4
  %206 = mul nsw i64 %156, 16
  %207 = add nsw i64 %206, %i15
  %208 = add nsw i64 %149, %207
  %209 = getelementptr inbounds float, ptr %21, i64 %208
  %210 = load float, ptr %209, align 4, !alias.scope !21, !noalias !19
  %211 = insertelement <2 x float> poison, float %210, i32 0
  %212 = shufflevector <2 x float> %211, <2 x float> poison, <2 x i32> zeroinitializer
  %213 = load <2 x float>, ptr %16, align 4
  %214 = fmul contract <2 x float> %212, %165
  %215 = fadd contract <2 x float> %213, %214
  store <2 x float> %215, ptr %16, align 4
  %216 = mul nsw i64 %157, 16
  %217 = add nsw i64 %216, %i15
  %218 = add nsw i64 %149, %217
  %219 = getelementptr inbounds float, ptr %21, i64 %218
  %220 = load float, ptr %219, align 4, !alias.scope !21, !noalias !19
  %221 = insertelement <2 x float> poison, float %220, i32 0
  %222 = shufflevector <2 x float> %221, <2 x float> poison, <2 x i32> zeroinitializer
  %223 = load <2 x float>, ptr %17, align 4
  %224 = fmul contract <2 x float> %222, %165
  %225 = fadd contract <2 x float> %223, %224
  store <2 x float> %225, ptr %17, align 4
  %226 = mul nsw i64 %158, 16
  %227 = add nsw i64 %226, %i15
  %228 = add nsw i64 %149, %227
  %229 = getelementptr inbounds float, ptr %21, i64 %228
  %230 = load float, ptr %229, align 4, !alias.scope !21, !noalias !19
  %231 = insertelement <2 x float> poison, float %230, i32 0
  %232 = shufflevector <2 x float> %231, <2 x float> poison, <2 x i32> zeroinitializer
  %233 = load <2 x float>, ptr %18, align 4
  %234 = fmul contract <2 x float> %232, %165
  %235 = fadd contract <2 x float> %233, %234
  store <2 x float> %235, ptr %18, align 4
  %236 = mul nsw i64 %159, 16
  %237 = add nsw i64 %236, %i15
  %238 = add nsw i64 %149, %237
  %239 = getelementptr inbounds float, ptr %21, i64 %238
  %240 = load float, ptr %239, align 4, !alias.scope !21, !noalias !19
  %241 = insertelement <2 x float> poison, float %240, i32 0
  %242 = shufflevector <2 x float> %241, <2 x float> poison, <2 x i32> zeroinitializer
  %243 = load <2 x float>, ptr %19, align 4
  %244 = fmul contract <2 x float> %242, %165
  %245 = fadd contract <2 x float> %243, %244
  store <2 x float> %245, ptr %19, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %246 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !24

exit14:                                           ; preds = %loop11
  %247 = load <2 x float>, ptr %12, align 4
  %248 = load <2 x float>, ptr %13, align 4
  %249 = load <2 x float>, ptr %14, align 4
  %250 = load <2 x float>, ptr %15, align 4
  %251 = load <2 x float>, ptr %16, align 4
  %252 = load <2 x float>, ptr %17, align 4
  %253 = load <2 x float>, ptr %18, align 4
  %254 = load <2 x float>, ptr %19, align 4
  %255 = getelementptr inbounds float, ptr %3, i64 1
  store <2 x float> %247, ptr %255, align 4
  %256 = getelementptr inbounds float, ptr %3, i64 4
  store <2 x float> %248, ptr %256, align 4
  %257 = getelementptr inbounds float, ptr %3, i64 7
  store <2 x float> %249, ptr %257, align 4
  %258 = getelementptr inbounds float, ptr %3, i64 10
  store <2 x float> %250, ptr %258, align 4
  %259 = getelementptr inbounds float, ptr %3, i64 13
  store <2 x float> %251, ptr %259, align 4
  %260 = getelementptr inbounds float, ptr %3, i64 16
  store <2 x float> %252, ptr %260, align 4
  %261 = getelementptr inbounds float, ptr %3, i64 19
  store <2 x float> %253, ptr %261, align 4
  %262 = getelementptr inbounds float, ptr %3, i64 22
  store <2 x float> %254, ptr %262, align 4
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %270, %latch18 ]
  %263 = icmp slt i64 %i20, 8
  br i1 %263, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %264 = add nsw i64 %33, %i20
  %265 = mul nsw i64 %i, 8
  %266 = add nsw i64 %265, %264
  %267 = mul nsw i64 %266, 3
  %268 = mul nsw i64 %i20, 3
  %269 = getelementptr inbounds float, ptr %3, i64 %268
  br label %loop21

latch18:                                          ; preds = %exit24
  %270 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !25

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %279, %latch23 ]
  %271 = icmp slt i64 %i25, 3
  br i1 %271, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %272 = getelementptr inbounds float, ptr %269, i64 %i25
  %273 = load float, ptr %272, align 4
  %274 = getelementptr inbounds float, ptr %25, i64 %i25
  %275 = load float, ptr %274, align 4, !alias.scope !26, !noalias !19
  %276 = fadd float %273, %275
  %277 = add nsw i64 %267, %i25
  %278 = getelementptr inbounds float, ptr %27, i64 %277
  store float %276, ptr %278, align 4, !alias.scope !19
  br label %latch23

latch23:                                          ; preds = %body22
  %279 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !28

exit24:                                           ; preds = %loop21
  br label %latch18
}

; Function Attrs: nounwind
define i32 @predict(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5) #2 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [4 x ptr], align 8
  %8 = alloca [4 x ptr], align 8
  %9 = call i32 @ftc_rt_alloc(ptr %6, i64 512)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %9, %entry ], [ %18, %ok ], [ %25, %ok1 ]
  %11 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  %12 = load ptr, ptr %6, align 8
  %13 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %4, ptr %13, align 8
  %14 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %0, ptr %14, align 8
  %15 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %1, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %12, i64 0
  %17 = getelementptr inbounds ptr, ptr %7, i64 3
  store ptr %16, ptr %17, align 8
  %18 = call i32 @predict.k0(ptr %7, i64 0, i64 1)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %20 = getelementptr inbounds i8, ptr %12, i64 0
  %21 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %20, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %2, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %3, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %5, ptr %24, align 8
  %25 = call i32 @predict.k1(ptr %8, i64 0, i64 1)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %27 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %27)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @loss.k1(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca <2 x float>, align 16
  %4 = alloca <2 x float>, align 16
  %5 = alloca <2 x float>, align 16
  %6 = alloca <2 x float>, align 16
  %7 = alloca <2 x float>, align 16
  %8 = alloca <2 x float>, align 16
  %9 = alloca <2 x float>, align 16
  %10 = alloca <2 x float>, align 16
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %19 = getelementptr inbounds ptr, ptr %0, i64 0
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds ptr, ptr %0, i64 1
  %22 = load ptr, ptr %21, align 8
  %23 = getelementptr inbounds ptr, ptr %0, i64 2
  %24 = load ptr, ptr %23, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %26, %latch ]
  %25 = icmp slt i64 %i, 1
  br i1 %25, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %26 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %42, %latch3 ]
  %27 = icmp slt i64 %i5, 1
  br i1 %27, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %28 = mul nsw i64 %i5, 8
  %29 = icmp sgt i64 %28, 0
  %30 = select i1 %29, i64 0, i64 %28
  %31 = mul nsw i64 %i, 128
  %32 = mul nsw i64 %i, 48
  %33 = mul nsw i64 %i, 24
  %34 = add nsw i64 %30, 0
  %35 = add nsw i64 %30, 1
  %36 = add nsw i64 %30, 2
  %37 = add nsw i64 %30, 3
  %38 = add nsw i64 %30, 4
  %39 = add nsw i64 %30, 5
  %40 = add nsw i64 %30, 6
  %41 = add nsw i64 %30, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %42 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %129, %latch8 ]
  %43 = icmp slt i64 %i10, 16
  br i1 %43, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %44 = mul nsw i64 %i10, 3
  %45 = add nsw i64 %44, 0
  %46 = add nsw i64 %32, %45
  %47 = getelementptr inbounds float, ptr %22, i64 %46
  %48 = load <2 x float>, ptr %47, align 4, !alias.scope !30, !noalias !33
  %49 = mul nsw i64 %34, 16
  %50 = add nsw i64 %49, %i10
  %51 = add nsw i64 %31, %50
  %52 = getelementptr inbounds float, ptr %20, i64 %51
  %53 = load float, ptr %52, align 4, !alias.scope !35, !noalias !33
  %54 = insertelement <2 x float> poison, float %53, i32 0
  %55 = shufflevector <2 x float> %54, <2 x float> poison, <2 x i32> zeroinitializer
  %56 = load <2 x float>, ptr %3, align 4
  %57 = fmul contract <2 x float> %55, %48
  %58 = fadd contract <2 x float> %56, %57
  store <2 x float> %58, ptr %3, align 4
  %59 = mul nsw i64 %35, 16
  %60 = add nsw i64 %59, %i10
  %61 = add nsw i64 %31, %60
  %62 = getelementptr inbounds float, ptr %20, i64 %61
  %63 = load float, ptr %62, align 4, !alias.scope !35, !noalias !33
  %64 = insertelement <2 x float> poison, float %63, i32 0
  %65 = shufflevector <2 x float> %64, <2 x float> poison, <2 x i32> zeroinitializer
  %66 = load <2 x float>, ptr %4, align 4
  %67 = fmul contract <2 x float> %65, %48
  %68 = fadd contract <2 x float> %66, %67
  store <2 x float> %68, ptr %4, align 4
  %69 = mul nsw i64 %36, 16
  %70 = add nsw i64 %69, %i10
  %71 = add nsw i64 %31, %70
  %72 = getelementptr inbounds float, ptr %20, i64 %71
  %73 = load float, ptr %72, align 4, !alias.scope !35, !noalias !33
  %74 = insertelement <2 x float> poison, float %73, i32 0
  %75 = shufflevector <2 x float> %74, <2 x float> poison, <2 x i32> zeroinitializer
  %76 = load <2 x float>, ptr %5, align 4
  %77 = fmul contract <2 x float> %75, %48
  %78 = fadd contract <2 x float> %76, %77
  store <2 x float> %78, ptr %5, align 4
  %79 = mul nsw i64 %37, 16
  %80 = add nsw i64 %79, %i10
  %81 = add nsw i64 %31, %80
  %82 = getelementptr inbounds float, ptr %20, i64 %81
  %83 = load float, ptr %82, align 4, !alias.scope !35, !noalias !33
  %84 = insertelement <2 x float> poison, float %83, i32 0
  %85 = shufflevector <2 x float> %84, <2 x float> poison, <2 x i32> zeroinitializer
  %86 = load <2 x float>, ptr %6, align 4
  %87 = fmul contract <2 x float> %85, %48
  %88 = fadd contract <2 x float> %86, %87
  store <2 x float> %88, ptr %6, align 4
  %89 = mul nsw i64 %38, 16
  %90 = add nsw i64 %89, %i10
  %91 = add nsw i64 %31, %90
  %92 = getelementptr inbounds float, ptr %20, i64 %91
  %93 = load float, ptr %92, align 4, !alias.scope !35, !noalias !33
  %94 = insertelement <2 x float> poison, float %93, i32 0
  %95 = shufflevector <2 x float> %94, <2 x float> poison, <2 x i32> zeroinitializer
  %96 = load <2 x float>, ptr %7, align 4
  %97 = fmul contract <2 x float> %95, %48
  %98 = fadd contract <2 x float> %96, %97
  store <2 x float> %98, ptr %7, align 4
  %99 = mul nsw i64 %39, 16
  %100 = add nsw i64 %99, %i10
  %101 = add nsw i64 %31, %100
  %102 = getelementptr inbounds float, ptr %20, i64 %101
  %103 = load float, ptr %102, align 4, !alias.scope !35, !noalias !33
  %104 = insertelement <2 x float> poison, float %103, i32 0
  %105 = shufflevector <2 x float> %104, <2 x float> poison, <2 x i32> zeroinitializer
  %106 = load <2 x float>, ptr %8, align 4
  %107 = fmul contract <2 x float> %105, %48
  %108 = fadd contract <2 x float> %106, %107
  store <2 x float> %108, ptr %8, align 4
  %109 = mul nsw i64 %40, 16
  %110 = add nsw i64 %109, %i10
  %111 = add nsw i64 %31, %110
  %112 = getelementptr inbounds float, ptr %20, i64 %111
  %113 = load float, ptr %112, align 4, !alias.scope !35, !noalias !33
  %114 = insertelement <2 x float> poison, float %113, i32 0
  %115 = shufflevector <2 x float> %114, <2 x float> poison, <2 x i32> zeroinitializer
  %116 = load <2 x float>, ptr %9, align 4
  %117 = fmul contract <2 x float> %115, %48
  %118 = fadd contract <2 x float> %116, %117
  store <2 x float> %118, ptr %9, align 4
  %119 = mul nsw i64 %41, 16
  %120 = add nsw i64 %119, %i10
  %121 = add nsw i64 %31, %120
  %122 = getelementptr inbounds float, ptr %20, i64 %121
  %123 = load float, ptr %122, align 4, !alias.scope !35, !noalias !33
  %124 = insertelement <2 x float> poison, float %123, i32 0
  %125 = shufflevector <2 x float> %124, <2 x float> poison, <2 x i32> zeroinitializer
  %126 = load <2 x float>, ptr %10, align 4
  %127 = fmul contract <2 x float> %125, %48
  %128 = fadd contract <2 x float> %126, %127
  store <2 x float> %128, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %129 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !37

exit9:                                            ; preds = %loop6
  %130 = load <2 x float>, ptr %3, align 4
  %131 = load <2 x float>, ptr %4, align 4
  %132 = load <2 x float>, ptr %5, align 4
  %133 = load <2 x float>, ptr %6, align 4
  %134 = load <2 x float>, ptr %7, align 4
  %135 = load <2 x float>, ptr %8, align 4
  %136 = load <2 x float>, ptr %9, align 4
  %137 = load <2 x float>, ptr %10, align 4
  %138 = mul nsw i64 %34, 3
  %139 = add nsw i64 %138, 0
  %140 = add nsw i64 %33, %139
  %141 = getelementptr inbounds float, ptr %24, i64 %140
  store <2 x float> %130, ptr %141, align 4, !alias.scope !33
  %142 = mul nsw i64 %35, 3
  %143 = add nsw i64 %142, 0
  %144 = add nsw i64 %33, %143
  %145 = getelementptr inbounds float, ptr %24, i64 %144
  store <2 x float> %131, ptr %145, align 4, !alias.scope !33
  %146 = mul nsw i64 %36, 3
  %147 = add nsw i64 %146, 0
  %148 = add nsw i64 %33, %147
  %149 = getelementptr inbounds float, ptr %24, i64 %148
  store <2 x float> %132, ptr %149, align 4, !alias.scope !33
  %150 = mul nsw i64 %37, 3
  %151 = add nsw i64 %150, 0
  %152 = add nsw i64 %33, %151
  %153 = getelementptr inbounds float, ptr %24, i64 %152
  store <2 x float> %133, ptr %153, align 4, !alias.scope !33
  %154 = mul nsw i64 %38, 3
  %155 = add nsw i64 %154, 0
  %156 = add nsw i64 %33, %155
  %157 = getelementptr inbounds float, ptr %24, i64 %156
  store <2 x float> %134, ptr %157, align 4, !alias.scope !33
  %158 = mul nsw i64 %39, 3
  %159 = add nsw i64 %158, 0
  %160 = add nsw i64 %33, %159
  %161 = getelementptr inbounds float, ptr %24, i64 %160
  store <2 x float> %135, ptr %161, align 4, !alias.scope !33
  %162 = mul nsw i64 %40, 3
  %163 = add nsw i64 %162, 0
  %164 = add nsw i64 %33, %163
  %165 = getelementptr inbounds float, ptr %24, i64 %164
  store <2 x float> %136, ptr %165, align 4, !alias.scope !33
  %166 = mul nsw i64 %41, 3
  %167 = add nsw i64 %166, 0
  %168 = add nsw i64 %33, %167
  %169 = getelementptr inbounds float, ptr %24, i64 %168
  store <2 x float> %137, ptr %169, align 4, !alias.scope !33
  %170 = mul nsw i64 %i, 128
  %171 = mul nsw i64 %i, 48
  %172 = mul nsw i64 %i, 24
  %173 = add nsw i64 %30, 0
  %174 = add nsw i64 %30, 1
  %175 = add nsw i64 %30, 2
  %176 = add nsw i64 %30, 3
  %177 = add nsw i64 %30, 4
  %178 = add nsw i64 %30, 5
  %179 = add nsw i64 %30, 6
  %180 = add nsw i64 %30, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %267, %latch13 ]
  %181 = icmp slt i64 %i15, 16
  br i1 %181, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %182 = mul nsw i64 %i15, 3
  %183 = add nsw i64 %182, 1
  %184 = add nsw i64 %171, %183
  %185 = getelementptr inbounds float, ptr %22, i64 %184
  %186 = load <2 x float>, ptr %185, align 4, !alias.scope !30, !noalias !33
  %187 = mul nsw i64 %173, 16
  %188 = add nsw i64 %187, %i15
  %189 = add nsw i64 %170, %188
  %190 = getelementptr inbounds float, ptr %20, i64 %189
  %191 = load float, ptr %190, align 4, !alias.scope !35, !noalias !33
  %192 = insertelement <2 x float> poison, float %191, i32 0
  %193 = shufflevector <2 x float> %192, <2 x float> poison, <2 x i32> zeroinitializer
  %194 = load <2 x float>, ptr %11, align 4
  %195 = fmul contract <2 x float> %193, %186
  %196 = fadd contract <2 x float> %194, %195
  store <2 x float> %196, ptr %11, align 4
  %197 = mul nsw i64 %174, 16
  %198 = add nsw i64 %197, %i15
  %199 = add nsw i64 %170, %198
  %200 = getelementptr inbounds float, ptr %20, i64 %199
  %201 = load float, ptr %200, align 4, !alias.scope !35, !noalias !33
  %202 = insertelement <2 x float> poison, float %201, i32 0
  %203 = shufflevector <2 x float> %202, <2 x float> poison, <2 x i32> zeroinitializer
  %204 = load <2 x float>, ptr %12, align 4
  %205 = fmul contract <2 x float> %203, %186
  %206 = fadd contract <2 x float> %204, %205
  store <2 x float> %206, ptr %12, align 4
  %207 = mul nsw i64 %175, 16
  %208 = add nsw i64 %207, %i15
  %209 = add nsw i64 %170, %208
  %210 = getelementptr inbounds float, ptr %20, i64 %209
  %211 = load float, ptr %210, align 4, !alias.scope !35, !noalias !33
  %212 = insertelement <2 x float> poison, float %211, i32 0
  %213 = shufflevector <2 x float> %212, <2 x float> poison, <2 x i32> zeroinitializer
  %214 = load <2 x float>, ptr %13, align 4
  %215 = fmul contract <2 x float> %213, %186
  %216 = fadd contract <2 x float> %214, %215
  store <2 x float> %216, ptr %13, align 4
  %217 = mul nsw i64 %176, 16
  %218 = add nsw i64 %217, %i15
  %219 = add nsw i64 %170, %218
  %220 = getelementptr inbounds float, ptr %20, i64 %219
  %221 = load float, ptr %220, align 4, !alias.scope !35, !noalias !33
  %222 = insertelement <2 x float> poison, float %221, i32 0
  %223 = shufflevector <2 x float> %222, <2 x float> poison, <2 x i32> zeroinitializer
  %224 = load <2 x float>, ptr %14, align 4
  %225 = fmul contract <2 x float> %223, %186
  %226 = fadd contract <2 x float> %224, %225
  store <2 x float> %226, ptr %14, align 4
  %227 = mul nsw i64 %177, 16
  %228 = add nsw i64 %227, %i15
  %229 = add nsw i64 %170, %228
  %230 = getelementptr inbounds float, ptr %20, i64 %229
  %231 = load float, ptr %230, align 4, !alias.scope !35, !noalias !33
  %232 = insertelement <2 x float> poison, float %231, i32 0
  %233 = shufflevector <2 x float> %232, <2 x float> poison, <2 x i32> zeroinitializer
  %234 = load <2 x float>, ptr %15, align 4
  %235 = fmul contract <2 x float> %233, %186
  %236 = fadd contract <2 x float> %234, %235
  store <2 x float> %236, ptr %15, align 4
  %237 = mul nsw i64 %178, 16
  %238 = add nsw i64 %237, %i15
  %239 = add nsw i64 %170, %238
  %240 = getelementptr inbounds float, ptr %20, i64 %239
  %241 = load float, ptr %240, align 4, !alias.scope !35, !noalias !33
  %242 = insertelement <2 x float> poison, float %241, i32 0
  %243 = shufflevector <2 x float> %242, <2 x float> poison, <2 x i32> zeroinitializer
  %244 = load <2 x float>, ptr %16, align 4
  %245 = fmul contract <2 x float> %243, %186
  %246 = fadd contract <2 x float> %244, %245
  store <2 x float> %246, ptr %16, align 4
  %247 = mul nsw i64 %179, 16
  %248 = add nsw i64 %247, %i15
  %249 = add nsw i64 %170, %248
  %250 = getelementptr inbounds float, ptr %20, i64 %249
  %251 = load float, ptr %250, align 4, !alias.scope !35, !noalias !33
  %252 = insertelement <2 x float> poison, float %251, i32 0
  %253 = shufflevector <2 x float> %252, <2 x float> poison, <2 x i32> zeroinitializer
  %254 = load <2 x float>, ptr %17, align 4
  %255 = fmul contract <2 x float> %253, %186
  %256 = fadd contract <2 x float> %254, %255
  store <2 x float> %256, ptr %17, align 4
  %257 = mul nsw i64 %180, 16
  %258 = add nsw i64 %257, %i15
  %259 = add nsw i64 %170, %258
  %260 = getelementptr inbounds float, ptr %20, i64 %259
  %261 = load float, ptr %260, align 4, !alias.scope !35, !noalias !33
  %262 = insertelement <2 x float> poison, float %261, i32 0
  %263 = shufflevector <2 x float> %262, <2 x float> poison, <2 x i32> zeroinitializer
  %264 = load <2 x float>, ptr %18, align 4
  %265 = fmul contract <2 x float> %263, %186
  %266 = fadd contract <2 x float> %264, %265
  store <2 x float> %266, ptr %18, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %267 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !38

exit14:                                           ; preds = %loop11
  %268 = load <2 x float>, ptr %11, align 4
  %269 = load <2 x float>, ptr %12, align 4
  %270 = load <2 x float>, ptr %13, align 4
  %271 = load <2 x float>, ptr %14, align 4
  %272 = load <2 x float>, ptr %15, align 4
  %273 = load <2 x float>, ptr %16, align 4
  %274 = load <2 x float>, ptr %17, align 4
  %275 = load <2 x float>, ptr %18, align 4
  %276 = mul nsw i64 %173, 3
  %277 = add nsw i64 %276, 1
  %278 = add nsw i64 %172, %277
  %279 = getelementptr inbounds float, ptr %24, i64 %278
  store <2 x float> %268, ptr %279, align 4, !alias.scope !33
  %280 = mul nsw i64 %174, 3
  %281 = add nsw i64 %280, 1
  %282 = add nsw i64 %172, %281
  %283 = getelementptr inbounds float, ptr %24, i64 %282
  store <2 x float> %269, ptr %283, align 4, !alias.scope !33
  %284 = mul nsw i64 %175, 3
  %285 = add nsw i64 %284, 1
  %286 = add nsw i64 %172, %285
  %287 = getelementptr inbounds float, ptr %24, i64 %286
  store <2 x float> %270, ptr %287, align 4, !alias.scope !33
  %288 = mul nsw i64 %176, 3
  %289 = add nsw i64 %288, 1
  %290 = add nsw i64 %172, %289
  %291 = getelementptr inbounds float, ptr %24, i64 %290
  store <2 x float> %271, ptr %291, align 4, !alias.scope !33
  %292 = mul nsw i64 %177, 3
  %293 = add nsw i64 %292, 1
  %294 = add nsw i64 %172, %293
  %295 = getelementptr inbounds float, ptr %24, i64 %294
  store <2 x float> %272, ptr %295, align 4, !alias.scope !33
  %296 = mul nsw i64 %178, 3
  %297 = add nsw i64 %296, 1
  %298 = add nsw i64 %172, %297
  %299 = getelementptr inbounds float, ptr %24, i64 %298
  store <2 x float> %273, ptr %299, align 4, !alias.scope !33
  %300 = mul nsw i64 %179, 3
  %301 = add nsw i64 %300, 1
  %302 = add nsw i64 %172, %301
  %303 = getelementptr inbounds float, ptr %24, i64 %302
  store <2 x float> %274, ptr %303, align 4, !alias.scope !33
  %304 = mul nsw i64 %180, 3
  %305 = add nsw i64 %304, 1
  %306 = add nsw i64 %172, %305
  %307 = getelementptr inbounds float, ptr %24, i64 %306
  store <2 x float> %275, ptr %307, align 4, !alias.scope !33
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @loss.k2(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca <16 x float>, align 16
  %4 = alloca [1 x <16 x float>], align 16
  %5 = alloca [2 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %6 = getelementptr inbounds ptr, ptr %0, i64 0
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 1
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds ptr, ptr %0, i64 2
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 3
  %13 = load ptr, ptr %12, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %32, %latch ]
  %14 = icmp slt i64 %i, 16
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = urem i64 %i, 3
  %16 = udiv i64 %i, 3
  %17 = mul nsw i64 %16, 3
  %18 = add nsw i64 %17, %15
  %19 = getelementptr inbounds float, ptr %7, i64 %18
  %20 = load float, ptr %19, align 4, !alias.scope !39, !noalias !42
  %21 = getelementptr inbounds float, ptr %9, i64 %15
  %22 = load float, ptr %21, align 4, !alias.scope !44, !noalias !42
  %23 = fadd float %20, %22
  %24 = mul nsw i64 %16, 3
  %25 = add nsw i64 %24, %15
  %26 = getelementptr inbounds float, ptr %11, i64 %25
  %27 = load float, ptr %26, align 4, !alias.scope !46, !noalias !42
  %28 = fsub float %23, %27
  %29 = fmul float %28, %28
  %30 = sub i64 %i, 0
  %31 = getelementptr inbounds float, ptr %5, i64 %30
  store float %29, ptr %31, align 4
  br label %latch

latch:                                            ; preds = %body
  %32 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !48

exit:                                             ; preds = %loop
  %33 = getelementptr inbounds float, ptr %5, i64 24
  store float -0.000000e+00, ptr %33, align 4
  %34 = getelementptr inbounds float, ptr %5, i64 25
  store float -0.000000e+00, ptr %34, align 4
  %35 = getelementptr inbounds float, ptr %5, i64 26
  store float -0.000000e+00, ptr %35, align 4
  %36 = getelementptr inbounds float, ptr %5, i64 27
  store float -0.000000e+00, ptr %36, align 4
  %37 = getelementptr inbounds float, ptr %5, i64 28
  store float -0.000000e+00, ptr %37, align 4
  %38 = getelementptr inbounds float, ptr %5, i64 29
  store float -0.000000e+00, ptr %38, align 4
  %39 = getelementptr inbounds float, ptr %5, i64 30
  store float -0.000000e+00, ptr %39, align 4
  %40 = getelementptr inbounds float, ptr %5, i64 31
  store float -0.000000e+00, ptr %40, align 4
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 16, %exit ], [ %59, %latch3 ]
  %41 = icmp slt i64 %i5, 24
  br i1 %41, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %42 = urem i64 %i5, 3
  %43 = udiv i64 %i5, 3
  %44 = mul nsw i64 %43, 3
  %45 = add nsw i64 %44, %42
  %46 = getelementptr inbounds float, ptr %7, i64 %45
  %47 = load float, ptr %46, align 4, !alias.scope !39, !noalias !42
  %48 = getelementptr inbounds float, ptr %9, i64 %42
  %49 = load float, ptr %48, align 4, !alias.scope !44, !noalias !42
  %50 = fadd float %47, %49
  %51 = mul nsw i64 %43, 3
  %52 = add nsw i64 %51, %42
  %53 = getelementptr inbounds float, ptr %11, i64 %52
  %54 = load float, ptr %53, align 4, !alias.scope !46, !noalias !42
  %55 = fsub float %50, %54
  %56 = fmul float %55, %55
  %57 = sub i64 %i5, 0
  %58 = getelementptr inbounds float, ptr %5, i64 %57
  store float %56, ptr %58, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %59 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !50

exit4:                                            ; preds = %loop1
  %60 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %61 = load <16 x float>, ptr %60, align 4
  %62 = getelementptr inbounds <16 x float>, ptr %5, i64 1
  %63 = load <16 x float>, ptr %62, align 4
  %64 = fadd <16 x float> %61, %63
  store <16 x float> %64, ptr %3, align 4
  %65 = getelementptr inbounds float, ptr %3, i64 0
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %3, i64 1
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %3, i64 2
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %3, i64 3
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %3, i64 4
  %74 = load float, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %3, i64 5
  %76 = load float, ptr %75, align 4
  %77 = getelementptr inbounds float, ptr %3, i64 6
  %78 = load float, ptr %77, align 4
  %79 = getelementptr inbounds float, ptr %3, i64 7
  %80 = load float, ptr %79, align 4
  %81 = getelementptr inbounds float, ptr %3, i64 8
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %3, i64 9
  %84 = load float, ptr %83, align 4
  %85 = getelementptr inbounds float, ptr %3, i64 10
  %86 = load float, ptr %85, align 4
  %87 = getelementptr inbounds float, ptr %3, i64 11
  %88 = load float, ptr %87, align 4
  %89 = getelementptr inbounds float, ptr %3, i64 12
  %90 = load float, ptr %89, align 4
  %91 = getelementptr inbounds float, ptr %3, i64 13
  %92 = load float, ptr %91, align 4
  %93 = getelementptr inbounds float, ptr %3, i64 14
  %94 = load float, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %3, i64 15
  %96 = load float, ptr %95, align 4
  %97 = fadd float %66, %82
  %98 = fadd float %68, %84
  %99 = fadd float %70, %86
  %100 = fadd float %72, %88
  %101 = fadd float %74, %90
  %102 = fadd float %76, %92
  %103 = fadd float %78, %94
  %104 = fadd float %80, %96
  %105 = fadd float %97, %101
  %106 = fadd float %98, %102
  %107 = fadd float %99, %103
  %108 = fadd float %100, %104
  %109 = fadd float %105, %107
  %110 = fadd float %106, %108
  %111 = fadd float %109, %110
  %112 = getelementptr inbounds float, ptr %13, i64 0
  store float %111, ptr %112, align 4, !alias.scope !42
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k3(ptr %0, i64 %1, i64 %2) #2 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !51, !noalias !54
  %10 = fdiv float %9, 2.400000e+01
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !54
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !56

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6) #2 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [4 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [4 x ptr], align 8
  %11 = alloca [2 x ptr], align 8
  %12 = call i32 @ftc_rt_alloc(ptr %7, i64 640)
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %12, %entry ], [ %21, %ok ], [ %28, %ok1 ], [ %36, %ok2 ], [ %41, %ok3 ]
  %14 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %14)
  ret i32 %status

ok:                                               ; preds = %entry
  %15 = load ptr, ptr %7, align 8
  %16 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %4, ptr %16, align 8
  %17 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %0, ptr %17, align 8
  %18 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %1, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %15, i64 0
  %20 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %19, ptr %20, align 8
  %21 = call i32 @predict.k0(ptr %8, i64 0, i64 1)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %23 = getelementptr inbounds i8, ptr %15, i64 0
  %24 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %23, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %2, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %15, i64 512
  %27 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %26, ptr %27, align 8
  %28 = call i32 @loss.k1(ptr %9, i64 0, i64 1)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %30 = getelementptr inbounds i8, ptr %15, i64 512
  %31 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %3, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %5, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %15, i64 0
  %35 = getelementptr inbounds ptr, ptr %10, i64 3
  store ptr %34, ptr %35, align 8
  %36 = call i32 @loss.k2(ptr %10, i64 0, i64 1)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %38 = getelementptr inbounds i8, ptr %15, i64 0
  %39 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %6, ptr %40, align 8
  %41 = call i32 @loss.k3(ptr %11, i64 0, i64 1)
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %43 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %43)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind willreturn memory(none) }
attributes #2 = { nounwind }
attributes #3 = { "vector-function-abi-variant"="_ZGVdN8v_tanhf(_ZGVdN8v_tanhf)" }

!0 = !{!1}
!1 = !{!"predict.k0.buffer1", !2}
!2 = !{!"predict.k0.buffers"}
!3 = !{!4}
!4 = !{!"predict.k0.buffer3", !2}
!5 = !{!6}
!6 = !{!"predict.k0.buffer0", !2}
!7 = distinct !{!7, !8, !9}
!8 = !{!"llvm.loop.vectorize.enable", i1 false}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !8, !9}
!11 = !{!12}
!12 = !{!"predict.k0.buffer2", !2}
!13 = distinct !{!13, !14, !15, !9}
!14 = !{!"llvm.loop.vectorize.enable", i1 true}
!15 = !{!"llvm.loop.vectorize.width", i32 8}
!16 = !{!17}
!17 = !{!"predict.k1.buffer1", !18}
!18 = !{!"predict.k1.buffers"}
!19 = !{!20}
!20 = !{!"predict.k1.buffer3", !18}
!21 = !{!22}
!22 = !{!"predict.k1.buffer0", !18}
!23 = distinct !{!23, !8, !9}
!24 = distinct !{!24, !8, !9}
!25 = distinct !{!25, !8, !9}
!26 = !{!27}
!27 = !{!"predict.k1.buffer2", !18}
!28 = distinct !{!28, !14, !29, !9}
!29 = !{!"llvm.loop.vectorize.width", i32 2}
!30 = !{!31}
!31 = !{!"loss.k1.buffer1", !32}
!32 = !{!"loss.k1.buffers"}
!33 = !{!34}
!34 = !{!"loss.k1.buffer2", !32}
!35 = !{!36}
!36 = !{!"loss.k1.buffer0", !32}
!37 = distinct !{!37, !8, !9}
!38 = distinct !{!38, !8, !9}
!39 = !{!40}
!40 = !{!"loss.k2.buffer0", !41}
!41 = !{!"loss.k2.buffers"}
!42 = !{!43}
!43 = !{!"loss.k2.buffer3", !41}
!44 = !{!45}
!45 = !{!"loss.k2.buffer1", !41}
!46 = !{!47}
!47 = !{!"loss.k2.buffer2", !41}
!48 = distinct !{!48, !14, !49, !9}
!49 = !{!"llvm.loop.vectorize.width", i32 16}
!50 = distinct !{!50, !14, !49, !9}
!51 = !{!52}
!52 = !{!"loss.k3.buffer0", !53}
!53 = !{!"loss.k3.buffers"}
!54 = !{!55}
!55 = !{!"loss.k3.buffer1", !53}
!56 = distinct !{!56, !15, !9}
