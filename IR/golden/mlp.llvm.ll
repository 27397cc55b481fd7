; ModuleID = 'mlp'
source_filename = "mlp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [785 x i8] c"{\22module\22: \22mlp\22, \22functions\22: [{\22name\22: \22predict\22, \22symbol\22: \22predict\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}], \22outputs\22: [{\22name\22: \22out\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}]}, {\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @predict.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  %11 = alloca [64 x float], align 16
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
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
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
  %39 = load <8 x float>, ptr %38, align 4
  %40 = mul nsw i64 %i10, 16
  %41 = add nsw i64 %40, 8
  %42 = add nsw i64 %27, %41
  %43 = getelementptr inbounds float, ptr %15, i64 %42
  %44 = load <8 x float>, ptr %43, align 4
  %45 = mul nsw i64 %29, 4
  %46 = add nsw i64 %45, %i10
  %47 = add nsw i64 %26, %46
  %48 = getelementptr inbounds float, ptr %13, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = insertelement <8 x float> poison, float %49, i32 0
  %51 = shufflevector <8 x float> %50, <8 x float> poison, <8 x i32> zeroinitializer
  %52 = load <8 x float>, ptr %3, align 4
  %53 = fmul contract <8 x float> %51, %39
  %54 = fadd contract <8 x float> %52, %53
  store <8 x float> %54, ptr %3, align 4
  %55 = load <8 x float>, ptr %4, align 4
  %56 = fmul contract <8 x float> %51, %44
  %57 = fadd contract <8 x float> %55, %56
  store <8 x float> %57, ptr %4, align 4
  %58 = mul nsw i64 %30, 4
  %59 = add nsw i64 %58, %i10
  %60 = add nsw i64 %26, %59
  %61 = getelementptr inbounds float, ptr %13, i64 %60
  %62 = load float, ptr %61, align 4
  %63 = insertelement <8 x float> poison, float %62, i32 0
  %64 = shufflevector <8 x float> %63, <8 x float> poison, <8 x i32> zeroinitializer
  %65 = load <8 x float>, ptr %5, align 4
  %66 = fmul contract <8 x float> %64, %39
  %67 = fadd contract <8 x float> %65, %66
  store <8 x float> %67, ptr %5, align 4
  %68 = load <8 x float>, ptr %6, align 4
  %69 = fmul contract <8 x float> %64, %44
  %70 = fadd contract <8 x float> %68, %69
  store <8 x float> %70, ptr %6, align 4
  %71 = mul nsw i64 %31, 4
  %72 = add nsw i64 %71, %i10
  %73 = add nsw i64 %26, %72
  %74 = getelementptr inbounds float, ptr %13, i64 %73
  %75 = load float, ptr %74, align 4
  %76 = insertelement <8 x float> poison, float %75, i32 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = load <8 x float>, ptr %7, align 4
  %79 = fmul contract <8 x float> %77, %39
  %80 = fadd contract <8 x float> %78, %79
  store <8 x float> %80, ptr %7, align 4
  %81 = load <8 x float>, ptr %8, align 4
  %82 = fmul contract <8 x float> %77, %44
  %83 = fadd contract <8 x float> %81, %82
  store <8 x float> %83, ptr %8, align 4
  %84 = mul nsw i64 %32, 4
  %85 = add nsw i64 %84, %i10
  %86 = add nsw i64 %26, %85
  %87 = getelementptr inbounds float, ptr %13, i64 %86
  %88 = load float, ptr %87, align 4
  %89 = insertelement <8 x float> poison, float %88, i32 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = load <8 x float>, ptr %9, align 4
  %92 = fmul contract <8 x float> %90, %39
  %93 = fadd contract <8 x float> %91, %92
  store <8 x float> %93, ptr %9, align 4
  %94 = load <8 x float>, ptr %10, align 4
  %95 = fmul contract <8 x float> %90, %44
  %96 = fadd contract <8 x float> %94, %95
  store <8 x float> %96, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %97 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !0

exit9:                                            ; preds = %loop6
  %98 = load <8 x float>, ptr %3, align 4
  %99 = load <8 x float>, ptr %4, align 4
  %100 = load <8 x float>, ptr %5, align 4
  %101 = load <8 x float>, ptr %6, align 4
  %102 = load <8 x float>, ptr %7, align 4
  %103 = load <8 x float>, ptr %8, align 4
  %104 = load <8 x float>, ptr %9, align 4
  %105 = load <8 x float>, ptr %10, align 4
  %106 = getelementptr inbounds float, ptr %11, i64 0
  store <8 x float> %98, ptr %106, align 4
  %107 = getelementptr inbounds float, ptr %11, i64 8
  store <8 x float> %99, ptr %107, align 4
  %108 = getelementptr inbounds float, ptr %11, i64 16
  store <8 x float> %100, ptr %108, align 4
  %109 = getelementptr inbounds float, ptr %11, i64 24
  store <8 x float> %101, ptr %109, align 4
  %110 = getelementptr inbounds float, ptr %11, i64 32
  store <8 x float> %102, ptr %110, align 4
  %111 = getelementptr inbounds float, ptr %11, i64 40
  store <8 x float> %103, ptr %111, align 4
  %112 = getelementptr inbounds float, ptr %11, i64 48
  store <8 x float> %104, ptr %112, align 4
  %113 = getelementptr inbounds float, ptr %11, i64 56
  store <8 x float> %105, ptr %113, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %123, %latch13 ]
  %114 = icmp slt i64 %i15, 4
  br i1 %114, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %115 = mul nsw i64 %i, 8
  %116 = add nsw i64 %25, %i15
  %117 = add nsw i64 %115, %116
  %118 = mul nsw i64 %117, 16
  %119 = add nsw i64 %118, 0
  %120 = mul nsw i64 %i15, 16
  %121 = getelementptr inbounds float, ptr %11, i64 %120
  %122 = add nsw i64 %25, %i15
  br label %loop16

latch13:                                          ; preds = %exit19
  %123 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !3

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %137, %latch18 ]
  %124 = icmp slt i64 %i20, 16
  br i1 %124, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %125 = add nsw i64 0, %i20
  %126 = mul nsw i64 %122, 16
  %127 = add nsw i64 %126, %125
  %128 = sub i64 %127, %119
  %129 = getelementptr inbounds float, ptr %121, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = getelementptr inbounds float, ptr %17, i64 %125
  %132 = load float, ptr %131, align 4
  %133 = fadd float %130, %132
  %134 = call float @tanhf(float %133) #3
  %135 = add nsw i64 %119, %i20
  %136 = getelementptr inbounds float, ptr %19, i64 %135
  store float %134, ptr %136, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %137 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !4

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
  %3 = alloca <2 x float>, align 16
  %4 = alloca <2 x float>, align 16
  %5 = alloca <2 x float>, align 16
  %6 = alloca <2 x float>, align 16
  %7 = alloca <2 x float>, align 16
  %8 = alloca <2 x float>, align 16
  %9 = alloca <2 x float>, align 16
  %10 = alloca <2 x float>, align 16
  %11 = alloca [16 x float], align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  %19 = alloca <2 x float>, align 16
  %20 = alloca [16 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %21 = getelementptr inbounds ptr, ptr %0, i64 0
  %22 = load ptr, ptr %21, align 8
  %23 = getelementptr inbounds ptr, ptr %0, i64 1
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds ptr, ptr %0, i64 2
  %26 = load ptr, ptr %25, align 8
  %27 = getelementptr inbounds ptr, ptr %0, i64 3
  %28 = load ptr, ptr %27, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %30, %latch ]
  %29 = icmp slt i64 %i, 1
  br i1 %29, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %30 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %46, %latch3 ]
  %31 = icmp slt i64 %i5, 1
  br i1 %31, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %32 = mul nsw i64 %i5, 8
  %33 = icmp sgt i64 %32, 0
  %34 = select i1 %33, i64 0, i64 %32
  %35 = mul nsw i64 %i, 128
  %36 = mul nsw i64 %i, 48
  %37 = mul nsw i64 %i, 24
  %38 = add nsw i64 %34, 0
  %39 = add nsw i64 %34, 1
  %40 = add nsw i64 %34, 2
  %41 = add nsw i64 %34, 3
  %42 = add nsw i64 %34, 4
  %43 = add nsw i64 %34, 5
  %44 = add nsw i64 %34, 6
  %45 = add nsw i64 %34, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop6

latch3:                                           ; preds = %exit29
  %46 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %133, %latch8 ]
  %47 = icmp slt i64 %i10, 16
  br i1 %47, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %48 = mul nsw i64 %i10, 3
  %49 = add nsw i64 %48, 0
  %50 = add nsw i64 %36, %49
  %51 = getelementptr inbounds float, ptr %24, i64 %50
  %52 = load <2 x float>, ptr %51, align 4
  %53 = mul nsw i64 %38, 16
  %54 = add nsw i64 %53, %i10
  %55 = add nsw i64 %35, %54
  %56 = getelementptr inbounds float, ptr %22, i64 %55
  %57 = load float, ptr %56, align 4
  %58 = insertelement <2 x float> poison, float %57, i32 0
  %59 = shufflevector <2 x float> %58, <2 x float> poison, <2 x i32> zeroinitializer
  %60 = load <2 x float>, ptr %3, align 4
  %61 = fmul contract <2 x float> %59, %52
  %62 = fadd contract <2 x float> %60, %61
  store <2 x float> %62, ptr %3, align 4
  %63 = mul nsw i64 %39, 16
  %64 = add nsw i64 %63, %i10
  %65 = add nsw i64 %35, %64
  %66 = getelementptr inbounds float, ptr %22, i64 %65
  %67 = load float, ptr %66, align 4
  %68 = insertelement <2 x float> poison, float %67, i32 0
  %69 = shufflevector <2 x float> %68, <2 x float> poison, <2 x i32> zeroinitializer
  %70 = load <2 x float>, ptr %4, align 4
  %71 = fmul contract <2 x float> %69, %52
  %72 = fadd contract <2 x float> %70, %71
  store <2 x float> %72, ptr %4, align 4
  %73 = mul nsw i64 %40, 16
  %74 = add nsw i64 %73, %i10
  %75 = add nsw i64 %35, %74
  %76 = getelementptr inbounds float, ptr %22, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = insertelement <2 x float> poison, float %77, i32 0
  %79 = shufflevector <2 x float> %78, <2 x float> poison, <2 x i32> zeroinitializer
  %80 = load <2 x float>, ptr %5, align 4
  %81 = fmul contract <2 x float> %79, %52
  %82 = fadd contract <2 x float> %80, %81
  store <2 x float> %82, ptr %5, align 4
  %83 = mul nsw i64 %41, 16
  %84 = add nsw i64 %83, %i10
  %85 = add nsw i64 %35, %84
  %86 = getelementptr inbounds float, ptr %22, i64 %85
  %87 = load float, ptr %86, align 4
  %88 = insertelement <2 x float> poison, float %87, i32 0
  %89 = shufflevector <2 x float> %88, <2 x float> poison, <2 x i32> zeroinitializer
  %90 = load <2 x float>, ptr %6, align 4
  %91 = fmul contract <2 x float> %89, %52
  %92 = fadd contract <2 x float> %90, %91
  store <2 x float> %92, ptr %6, align 4
  %93 = mul nsw i64 %42, 16
  %94 = add nsw i64 %93, %i10
  %95 = add nsw i64 %35, %94
  %96 = getelementptr inbounds float, ptr %22, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = insertelement <2 x float> poison, float %97, i32 0
  %99 = shufflevector <2 x float> %98, <2 x float> poison, <2 x i32> zeroinitializer
  %100 = load <2 x float>, ptr %7, align 4
  %101 = fmul contract <2 x float> %99, %52
  %102 = fadd contract <2 x float> %100, %101
  store <2 x float> %102, ptr %7, align 4
  %103 = mul nsw i64 %43, 16
  %104 = add nsw i64 %103, %i10
  %105 = add nsw i64 %35, %104
  %106 = getelementptr inbounds float, ptr %22, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = insertelement <2 x float> poison, float %107, i32 0
  %109 = shufflevector <2 x float> %108, <2 x float> poison, <2 x i32> zeroinitializer
  %110 = load <2 x float>, ptr %8, align 4
  %111 = fmul contract <2 x float> %109, %52
  %112 = fadd contract <2 x float> %110, %111
  store <2 x float> %112, ptr %8, align 4
  %113 = mul nsw i64 %44, 16
  %114 = add nsw i64 %113, %i10
  %115 = add nsw i64 %35, %114
  %116 = getelementptr inbounds float, ptr %22, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = insertelement <2 x float> poison, float %117, i32 0
  %119 = shufflevector <2 x float> %118, <2 x float> poison, <2 x i32> zeroinitializer
  %120 = load <2 x float>, ptr %9, align 4
  %121 = fmul contract <2 x float> %119, %52
  %122 = fadd contract <2 x float> %120, %121
  store <2 x float> %122, ptr %9, align 4
  %123 = mul nsw i64 %45, 16
  %124 = add nsw i64 %123, %i10
  %125 = add nsw i64 %35, %124
  %126 = getelementptr inbounds float, ptr %22, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = insertelement <2 x float> poison, float %127, i32 0
  %129 = shufflevector <2 x float> %128, <2 x float> poison, <2 x i32> zeroinitializer
  %130 = load <2 x float>, ptr %10, align 4
  %131 = fmul contract <2 x float> %129, %52
  %132 = fadd contract <2 x float> %130, %131
  store <2 x float> %132, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %133 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !7

exit9:                                            ; preds = %loop6
  %134 = load <2 x float>, ptr %3, align 4
  %135 = load <2 x float>, ptr %4, align 4
  %136 = load <2 x float>, ptr %5, align 4
  %137 = load <2 x float>, ptr %6, align 4
  %138 = load <2 x float>, ptr %7, align 4
  %139 = load <2 x float>, ptr %8, align 4
  %140 = load <2 x float>, ptr %9, align 4
  %141 = load <2 x float>, ptr %10, align 4
  %142 = getelementptr inbounds float, ptr %11, i64 0
  store <2 x float> %134, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %11, i64 2
  store <2 x float> %135, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %11, i64 4
  store <2 x float> %136, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %11, i64 6
  store <2 x float> %137, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %11, i64 8
  store <2 x float> %138, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %11, i64 10
  store <2 x float> %139, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %11, i64 12
  store <2 x float> %140, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %11, i64 14
  store <2 x float> %141, ptr %149, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %159, %latch13 ]
  %150 = icmp slt i64 %i15, 8
  br i1 %150, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %151 = mul nsw i64 %i, 8
  %152 = add nsw i64 %34, %i15
  %153 = add nsw i64 %151, %152
  %154 = mul nsw i64 %153, 3
  %155 = add nsw i64 %154, 0
  %156 = mul nsw i64 %i15, 2
  %157 = getelementptr inbounds float, ptr %11, i64 %156
  %158 = add nsw i64 %34, %i15
  br label %loop16

latch13:                                          ; preds = %exit19
  %159 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !8

exit14:                                           ; preds = %loop11
  %160 = mul nsw i64 %i, 128
  %161 = mul nsw i64 %i, 48
  %162 = mul nsw i64 %i, 24
  %163 = add nsw i64 %34, 0
  %164 = add nsw i64 %34, 1
  %165 = add nsw i64 %34, 2
  %166 = add nsw i64 %34, 3
  %167 = add nsw i64 %34, 4
  %168 = add nsw i64 %34, 5
  %169 = add nsw i64 %34, 6
  %170 = add nsw i64 %34, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %183, %latch18 ]
  %171 = icmp slt i64 %i20, 2
  br i1 %171, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %172 = add nsw i64 0, %i20
  %173 = mul nsw i64 %158, 3
  %174 = add nsw i64 %173, %172
  %175 = sub i64 %174, %155
  %176 = getelementptr inbounds float, ptr %157, i64 %175
  %177 = load float, ptr %176, align 4
  %178 = getelementptr inbounds float, ptr %26, i64 %172
  %179 = load float, ptr %178, align 4
  %180 = fadd float %177, %179
  %181 = add nsw i64 %155, %i20
  %182 = getelementptr inbounds float, ptr %28, i64 %181
  store float %180, ptr %182, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %183 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !9

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %270, %latch23 ]
  %184 = icmp slt i64 %i25, 16
  br i1 %184, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %185 = mul nsw i64 %i25, 3
  %186 = add nsw i64 %185, 1
  %187 = add nsw i64 %161, %186
  %188 = getelementptr inbounds float, ptr %24, i64 %187
  %189 = load <2 x float>, ptr %188, align 4
  %190 = mul nsw i64 %163, 16
  %191 = add nsw i64 %190, %i25
  %192 = add nsw i64 %160, %191
  %193 = getelementptr inbounds float, ptr %22, i64 %192
  %194 = load float, ptr %193, align 4
  %195 = insertelement <2 x float> poison, float %194, i32 0
  %196 = shufflevector <2 x float> %195, <2 x float> poison, <2 x i32> zeroinitializer
  %197 = load <2 x float>, ptr %12, align 4
  %198 = fmul contract <2 x float> %196, %189
  %199 = fadd contract <2 x float> %197, %198
  store <2 x float> %199, ptr %12, align 4
  %200 = mul nsw i64 %164, 16
  %201 = add nsw i64 %200, %i25
  %202 = add nsw i64 %160, %201
  %203 = getelementptr inbounds float, ptr %22, i64 %202
  %204 = load float, ptr %203, align 4
  %205 = insertelement <2 x float> poison, float %204, i32 0
  %206 = shufflevector <2 x float> %205, <2 x float> poison, <2 x i32> zeroinitializer
  %207 = load <2 x float>, ptr %13, align 4
  %208 = fmul contract <2 x float> %206, %189
  %209 = fadd contract <2 x float> %207, %208
  store <2 x float> %209, ptr %13, align 4
  %210 = mul nsw i64 %165, 16
  %211 = add nsw i64 %210, %i25
  %212 = add nsw i64 %160, %211
  %213 = getelementptr inbounds float, ptr %22, i64 %212
  %214 = load float, ptr %213, align 4
  %215 = insertelement <2 x float> poison, float %214, i32 0
  %216 = shufflevector <2 x float> %215, <2 x float> poison, <2 x i32> zeroinitializer
  %217 = load <2 x float>, ptr %14, align 4
  %218 = fmul contract <2 x float> %216, %189
  %219 = fadd contract <2 x float> %217, %218
  store <2 x float> %219, ptr %14, align 4
  %220 = mul nsw i64 %166, 16
  %221 = add nsw i64 %220, %i25
  %222 = add nsw i64 %160, %221
  %223 = getelementptr inbounds float, ptr %22, i64 %222
  %224 = load float, ptr %223, align 4
  %225 = insertelement <2 x float> poison, float %224, i32 0
  %226 = shufflevector <2 x float> %225, <2 x float> poison, <2 x i32> zeroinitializer
  %227 = load <2 x float>, ptr %15, align 4
  %228 = fmul contract <2 x float> %226, %189
  %229 = fadd contract <2 x float> %227, %228
  store <2 x float> %229, ptr %15, align 4
  %230 = mul nsw i64 %167, 16
  %231 = add nsw i64 %230, %i25
  %232 = add nsw i64 %160, %231
  %233 = getelementptr inbounds float, ptr %22, i64 %232
  %234 = load float, ptr %233, align 4
  %235 = insertelement <2 x float> poison, float %234, i32 0
  %236 = shufflevector <2 x float> %235, <2 x float> poison, <2 x i32> zeroinitializer
  %237 = load <2 x float>, ptr %16, align 4
  %238 = fmul contract <2 x float> %236, %189
  %239 = fadd contract <2 x float> %237, %238
  store <2 x float> %239, ptr %16, align 4
  %240 = mul nsw i64 %168, 16
  %241 = add nsw i64 %240, %i25
  %242 = add nsw i64 %160, %241
  %243 = getelementptr inbounds float, ptr %22, i64 %242
  %244 = load float, ptr %243, align 4
  %245 = insertelement <2 x float> poison, float %244, i32 0
  %246 = shufflevector <2 x float> %245, <2 x float> poison, <2 x i32> zeroinitializer
  %247 = load <2 x float>, ptr %17, align 4
  %248 = fmul contract <2 x float> %246, %189
  %249 = fadd contract <2 x float> %247, %248
  store <2 x float> %249, ptr %17, align 4
  %250 = mul nsw i64 %169, 16
  %251 = add nsw i64 %250, %i25
  %252 = add nsw i64 %160, %251
  %253 = getelementptr inbounds float, ptr %22, i64 %252
  %254 = load float, ptr %253, align 4
  %255 = insertelement <2 x float> poison, float %254, i32 0
  %256 = shufflevector <2 x float> %255, <2 x float> poison, <2 x i32> zeroinitializer
  %257 = load <2 x float>, ptr %18, align 4
  %258 = fmul contract <2 x float> %256, %189
  %259 = fadd contract <2 x float> %257, %258
  store <2 x float> %259, ptr %18, align 4
  %260 = mul nsw i64 %170, 16
  %261 = add nsw i64 %260, %i25
  %262 = add nsw i64 %160, %261
  %263 = getelementptr inbounds float, ptr %22, i64 %262
  %264 = load float, ptr %263, align 4
  %265 = insertelement <2 x float> poison, float %264, i32 0
  %266 = shufflevector <2 x float> %265, <2 x float> poison, <2 x i32> zeroinitializer
  %267 = load <2 x float>, ptr %19, align 4
  %268 = fmul contract <2 x float> %266, %189
  %269 = fadd contract <2 x float> %267, %268
  store <2 x float> %269, ptr %19, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %270 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !11

exit24:                                           ; preds = %loop21
  %271 = load <2 x float>, ptr %12, align 4
  %272 = load <2 x float>, ptr %13, align 4
  %273 = load <2 x float>, ptr %14, align 4
  %274 = load <2 x float>, ptr %15, align 4
  %275 = load <2 x float>, ptr %16, align 4
  %276 = load <2 x float>, ptr %17, align 4
  %277 = load <2 x float>, ptr %18, align 4
  %278 = load <2 x float>, ptr %19, align 4
  %279 = getelementptr inbounds float, ptr %20, i64 0
  store <2 x float> %271, ptr %279, align 4
  %280 = getelementptr inbounds float, ptr %20, i64 2
  store <2 x float> %272, ptr %280, align 4
  %281 = getelementptr inbounds float, ptr %20, i64 4
  store <2 x float> %273, ptr %281, align 4
  %282 = getelementptr inbounds float, ptr %20, i64 6
  store <2 x float> %274, ptr %282, align 4
  %283 = getelementptr inbounds float, ptr %20, i64 8
  store <2 x float> %275, ptr %283, align 4
  %284 = getelementptr inbounds float, ptr %20, i64 10
  store <2 x float> %276, ptr %284, align 4
  %285 = getelementptr inbounds float, ptr %20, i64 12
  store <2 x float> %277, ptr %285, align 4
  %286 = getelementptr inbounds float, ptr %20, i64 14
  store <2 x float> %278, ptr %286, align 4
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %296, %latch28 ]
  %287 = icmp slt i64 %i30, 8
  br i1 %287, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %288 = mul nsw i64 %i, 8
  %289 = add nsw i64 %34, %i30
  %290 = add nsw i64 %288, %289
  %291 = mul nsw i64 %290, 3
  %292 = add nsw i64 %291, 1
  %293 = mul nsw i64 %i30, 2
  %294 = getelementptr inbounds float, ptr %20, i64 %293
  %295 = add nsw i64 %34, %i30
  br label %loop31

latch28:                                          ; preds = %exit34
  %296 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !12

exit29:                                           ; preds = %loop26
  br label %latch3

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %309, %latch33 ]
  %297 = icmp slt i64 %i35, 2
  br i1 %297, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %298 = add nsw i64 1, %i35
  %299 = mul nsw i64 %295, 3
  %300 = add nsw i64 %299, %298
  %301 = sub i64 %300, %292
  %302 = getelementptr inbounds float, ptr %294, i64 %301
  %303 = load float, ptr %302, align 4
  %304 = getelementptr inbounds float, ptr %26, i64 %298
  %305 = load float, ptr %304, align 4
  %306 = fadd float %303, %305
  %307 = add nsw i64 %292, %i35
  %308 = getelementptr inbounds float, ptr %28, i64 %307
  store float %306, ptr %308, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %309 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !13

exit34:                                           ; preds = %loop31
  br label %latch28
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
  %48 = load <2 x float>, ptr %47, align 4
  %49 = mul nsw i64 %34, 16
  %50 = add nsw i64 %49, %i10
  %51 = add nsw i64 %31, %50
  %52 = getelementptr inbounds float, ptr %20, i64 %51
  %53 = load float, ptr %52, align 4
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
  %63 = load float, ptr %62, align 4
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
  %73 = load float, ptr %72, align 4
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
  %83 = load float, ptr %82, align 4
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
  %93 = load float, ptr %92, align 4
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
  %103 = load float, ptr %102, align 4
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
  %113 = load float, ptr %112, align 4
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
  %123 = load float, ptr %122, align 4
  %124 = insertelement <2 x float> poison, float %123, i32 0
  %125 = shufflevector <2 x float> %124, <2 x float> poison, <2 x i32> zeroinitializer
  %126 = load <2 x float>, ptr %10, align 4
  %127 = fmul contract <2 x float> %125, %48
  %128 = fadd contract <2 x float> %126, %127
  store <2 x float> %128, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %129 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !14

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
  store <2 x float> %130, ptr %141, align 4
  %142 = mul nsw i64 %35, 3
  %143 = add nsw i64 %142, 0
  %144 = add nsw i64 %33, %143
  %145 = getelementptr inbounds float, ptr %24, i64 %144
  store <2 x float> %131, ptr %145, align 4
  %146 = mul nsw i64 %36, 3
  %147 = add nsw i64 %146, 0
  %148 = add nsw i64 %33, %147
  %149 = getelementptr inbounds float, ptr %24, i64 %148
  store <2 x float> %132, ptr %149, align 4
  %150 = mul nsw i64 %37, 3
  %151 = add nsw i64 %150, 0
  %152 = add nsw i64 %33, %151
  %153 = getelementptr inbounds float, ptr %24, i64 %152
  store <2 x float> %133, ptr %153, align 4
  %154 = mul nsw i64 %38, 3
  %155 = add nsw i64 %154, 0
  %156 = add nsw i64 %33, %155
  %157 = getelementptr inbounds float, ptr %24, i64 %156
  store <2 x float> %134, ptr %157, align 4
  %158 = mul nsw i64 %39, 3
  %159 = add nsw i64 %158, 0
  %160 = add nsw i64 %33, %159
  %161 = getelementptr inbounds float, ptr %24, i64 %160
  store <2 x float> %135, ptr %161, align 4
  %162 = mul nsw i64 %40, 3
  %163 = add nsw i64 %162, 0
  %164 = add nsw i64 %33, %163
  %165 = getelementptr inbounds float, ptr %24, i64 %164
  store <2 x float> %136, ptr %165, align 4
  %166 = mul nsw i64 %41, 3
  %167 = add nsw i64 %166, 0
  %168 = add nsw i64 %33, %167
  %169 = getelementptr inbounds float, ptr %24, i64 %168
  store <2 x float> %137, ptr %169, align 4
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
  %186 = load <2 x float>, ptr %185, align 4
  %187 = mul nsw i64 %173, 16
  %188 = add nsw i64 %187, %i15
  %189 = add nsw i64 %170, %188
  %190 = getelementptr inbounds float, ptr %20, i64 %189
  %191 = load float, ptr %190, align 4
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
  %201 = load float, ptr %200, align 4
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
  %211 = load float, ptr %210, align 4
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
  %221 = load float, ptr %220, align 4
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
  %231 = load float, ptr %230, align 4
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
  %241 = load float, ptr %240, align 4
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
  %251 = load float, ptr %250, align 4
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
  %261 = load float, ptr %260, align 4
  %262 = insertelement <2 x float> poison, float %261, i32 0
  %263 = shufflevector <2 x float> %262, <2 x float> poison, <2 x i32> zeroinitializer
  %264 = load <2 x float>, ptr %18, align 4
  %265 = fmul contract <2 x float> %263, %186
  %266 = fadd contract <2 x float> %264, %265
  store <2 x float> %266, ptr %18, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %267 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !15

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
  store <2 x float> %268, ptr %279, align 4
  %280 = mul nsw i64 %174, 3
  %281 = add nsw i64 %280, 1
  %282 = add nsw i64 %172, %281
  %283 = getelementptr inbounds float, ptr %24, i64 %282
  store <2 x float> %269, ptr %283, align 4
  %284 = mul nsw i64 %175, 3
  %285 = add nsw i64 %284, 1
  %286 = add nsw i64 %172, %285
  %287 = getelementptr inbounds float, ptr %24, i64 %286
  store <2 x float> %270, ptr %287, align 4
  %288 = mul nsw i64 %176, 3
  %289 = add nsw i64 %288, 1
  %290 = add nsw i64 %172, %289
  %291 = getelementptr inbounds float, ptr %24, i64 %290
  store <2 x float> %271, ptr %291, align 4
  %292 = mul nsw i64 %177, 3
  %293 = add nsw i64 %292, 1
  %294 = add nsw i64 %172, %293
  %295 = getelementptr inbounds float, ptr %24, i64 %294
  store <2 x float> %272, ptr %295, align 4
  %296 = mul nsw i64 %178, 3
  %297 = add nsw i64 %296, 1
  %298 = add nsw i64 %172, %297
  %299 = getelementptr inbounds float, ptr %24, i64 %298
  store <2 x float> %273, ptr %299, align 4
  %300 = mul nsw i64 %179, 3
  %301 = add nsw i64 %300, 1
  %302 = add nsw i64 %172, %301
  %303 = getelementptr inbounds float, ptr %24, i64 %302
  store <2 x float> %274, ptr %303, align 4
  %304 = mul nsw i64 %180, 3
  %305 = add nsw i64 %304, 1
  %306 = add nsw i64 %172, %305
  %307 = getelementptr inbounds float, ptr %24, i64 %306
  store <2 x float> %275, ptr %307, align 4
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
  %20 = load float, ptr %19, align 4
  %21 = getelementptr inbounds float, ptr %9, i64 %15
  %22 = load float, ptr %21, align 4
  %23 = fadd float %20, %22
  %24 = mul nsw i64 %16, 3
  %25 = add nsw i64 %24, %15
  %26 = getelementptr inbounds float, ptr %11, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = fsub float %23, %27
  %29 = fmul float %28, %28
  %30 = sub i64 %i, 0
  %31 = getelementptr inbounds float, ptr %5, i64 %30
  store float %29, ptr %31, align 4
  br label %latch

latch:                                            ; preds = %body
  %32 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !16

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
  %47 = load float, ptr %46, align 4
  %48 = getelementptr inbounds float, ptr %9, i64 %42
  %49 = load float, ptr %48, align 4
  %50 = fadd float %47, %49
  %51 = mul nsw i64 %43, 3
  %52 = add nsw i64 %51, %42
  %53 = getelementptr inbounds float, ptr %11, i64 %52
  %54 = load float, ptr %53, align 4
  %55 = fsub float %50, %54
  %56 = fmul float %55, %55
  %57 = sub i64 %i5, 0
  %58 = getelementptr inbounds float, ptr %5, i64 %57
  store float %56, ptr %58, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %59 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !18

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
  store float %111, ptr %112, align 4
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
  %9 = load float, ptr %8, align 4
  %10 = fdiv float %9, 2.400000e+01
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !19

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

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.vectorize.enable", i1 false}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !1, !2}
!4 = distinct !{!4, !5, !6, !2}
!5 = !{!"llvm.loop.vectorize.enable", i1 true}
!6 = !{!"llvm.loop.vectorize.width", i32 8}
!7 = distinct !{!7, !1, !2}
!8 = distinct !{!8, !1, !2}
!9 = distinct !{!9, !5, !10, !2}
!10 = !{!"llvm.loop.vectorize.width", i32 2}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !1, !2}
!13 = distinct !{!13, !5, !10, !2}
!14 = distinct !{!14, !1, !2}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !5, !17, !2}
!17 = !{!"llvm.loop.vectorize.width", i32 16}
!18 = distinct !{!18, !5, !17, !2}
!19 = distinct !{!19, !6, !2}
