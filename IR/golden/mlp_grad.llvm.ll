; ModuleID = 'mlp_grad'
source_filename = "mlp_grad"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [1343 x i8] c"{\22module\22: \22mlp_grad\22, \22functions\22: [{\22name\22: \22predict\22, \22symbol\22: \22predict\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}], \22outputs\22: [{\22name\22: \22out\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}]}, {\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22dloss\22, \22symbol\22: \22dloss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [8, 3]}], \22outputs\22: [{\22name\22: \22d_w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22d_b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22d_w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22d_b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}]}]}\00"

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
  %11 = alloca <8 x float>, align 16
  %12 = alloca <8 x float>, align 16
  %13 = alloca <8 x float>, align 16
  %14 = alloca <8 x float>, align 16
  %15 = alloca [96 x float], align 16
  %16 = alloca <8 x float>, align 16
  %17 = alloca <8 x float>, align 16
  %18 = alloca <8 x float>, align 16
  %19 = alloca <8 x float>, align 16
  %20 = alloca [32 x float], align 16
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

latch:                                            ; preds = %exit29
  %30 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %42, %latch3 ]
  %31 = icmp slt i64 %i5, 1
  br i1 %31, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %32 = mul nsw i64 %i5, 6
  %33 = mul nsw i64 %i, 32
  %34 = mul nsw i64 %i, 64
  %35 = mul nsw i64 %i, 128
  %36 = add nsw i64 %32, 0
  %37 = add nsw i64 %32, 1
  %38 = add nsw i64 %32, 2
  %39 = add nsw i64 %32, 3
  %40 = add nsw i64 %32, 4
  %41 = add nsw i64 %32, 5
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %42 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %43 = mul nsw i64 %i, 32
  %44 = mul nsw i64 %i, 64
  %45 = mul nsw i64 %i, 128
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  br label %loop21

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %135, %latch8 ]
  %46 = icmp slt i64 %i10, 4
  br i1 %46, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %47 = mul nsw i64 %i10, 16
  %48 = add nsw i64 %47, 0
  %49 = add nsw i64 %34, %48
  %50 = getelementptr inbounds float, ptr %24, i64 %49
  %51 = load <8 x float>, ptr %50, align 4
  %52 = mul nsw i64 %i10, 16
  %53 = add nsw i64 %52, 8
  %54 = add nsw i64 %34, %53
  %55 = getelementptr inbounds float, ptr %24, i64 %54
  %56 = load <8 x float>, ptr %55, align 4
  %57 = mul nsw i64 %36, 4
  %58 = add nsw i64 %57, %i10
  %59 = add nsw i64 %33, %58
  %60 = getelementptr inbounds float, ptr %22, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = insertelement <8 x float> poison, float %61, i32 0
  %63 = shufflevector <8 x float> %62, <8 x float> poison, <8 x i32> zeroinitializer
  %64 = load <8 x float>, ptr %3, align 4
  %65 = fmul contract <8 x float> %63, %51
  %66 = fadd contract <8 x float> %64, %65
  store <8 x float> %66, ptr %3, align 4
  %67 = load <8 x float>, ptr %4, align 4
  %68 = fmul contract <8 x float> %63, %56
  %69 = fadd contract <8 x float> %67, %68
  store <8 x float> %69, ptr %4, align 4
  %70 = mul nsw i64 %37, 4
  %71 = add nsw i64 %70, %i10
  %72 = add nsw i64 %33, %71
  %73 = getelementptr inbounds float, ptr %22, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = insertelement <8 x float> poison, float %74, i32 0
  %76 = shufflevector <8 x float> %75, <8 x float> poison, <8 x i32> zeroinitializer
  %77 = load <8 x float>, ptr %5, align 4
  %78 = fmul contract <8 x float> %76, %51
  %79 = fadd contract <8 x float> %77, %78
  store <8 x float> %79, ptr %5, align 4
  %80 = load <8 x float>, ptr %6, align 4
  %81 = fmul contract <8 x float> %76, %56
  %82 = fadd contract <8 x float> %80, %81
  store <8 x float> %82, ptr %6, align 4
  %83 = mul nsw i64 %38, 4
  %84 = add nsw i64 %83, %i10
  %85 = add nsw i64 %33, %84
  %86 = getelementptr inbounds float, ptr %22, i64 %85
  %87 = load float, ptr %86, align 4
  %88 = insertelement <8 x float> poison, float %87, i32 0
  %89 = shufflevector <8 x float> %88, <8 x float> poison, <8 x i32> zeroinitializer
  %90 = load <8 x float>, ptr %7, align 4
  %91 = fmul contract <8 x float> %89, %51
  %92 = fadd contract <8 x float> %90, %91
  store <8 x float> %92, ptr %7, align 4
  %93 = load <8 x float>, ptr %8, align 4
  %94 = fmul contract <8 x float> %89, %56
  %95 = fadd contract <8 x float> %93, %94
  store <8 x float> %95, ptr %8, align 4
  %96 = mul nsw i64 %39, 4
  %97 = add nsw i64 %96, %i10
  %98 = add nsw i64 %33, %97
  %99 = getelementptr inbounds float, ptr %22, i64 %98
  %100 = load float, ptr %99, align 4
  %101 = insertelement <8 x float> poison, float %100, i32 0
  %102 = shufflevector <8 x float> %101, <8 x float> poison, <8 x i32> zeroinitializer
  %103 = load <8 x float>, ptr %9, align 4
  %104 = fmul contract <8 x float> %102, %51
  %105 = fadd contract <8 x float> %103, %104
  store <8 x float> %105, ptr %9, align 4
  %106 = load <8 x float>, ptr %10, align 4
  %107 = fmul contract <8 x float> %102, %56
  %108 = fadd contract <8 x float> %106, %107
  store <8 x float> %108, ptr %10, align 4
  %109 = mul nsw i64 %40, 4
  %110 = add nsw i64 %109, %i10
  %111 = add nsw i64 %33, %110
  %112 = getelementptr inbounds float, ptr %22, i64 %111
  %113 = load float, ptr %112, align 4
  %114 = insertelement <8 x float> poison, float %113, i32 0
  %115 = shufflevector <8 x float> %114, <8 x float> poison, <8 x i32> zeroinitializer
  %116 = load <8 x float>, ptr %11, align 4
  %117 = fmul contract <8 x float> %115, %51
  %118 = fadd contract <8 x float> %116, %117
  store <8 x float> %118, ptr %11, align 4
  %119 = load <8 x float>, ptr %12, align 4
  %120 = fmul contract <8 x float> %115, %56
  %121 = fadd contract <8 x float> %119, %120
  store <8 x float> %121, ptr %12, align 4
  %122 = mul nsw i64 %41, 4
  %123 = add nsw i64 %122, %i10
  %124 = add nsw i64 %33, %123
  %125 = getelementptr inbounds float, ptr %22, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %126, i32 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = load <8 x float>, ptr %13, align 4
  %130 = fmul contract <8 x float> %128, %51
  %131 = fadd contract <8 x float> %129, %130
  store <8 x float> %131, ptr %13, align 4
  %132 = load <8 x float>, ptr %14, align 4
  %133 = fmul contract <8 x float> %128, %56
  %134 = fadd contract <8 x float> %132, %133
  store <8 x float> %134, ptr %14, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %135 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !0

exit9:                                            ; preds = %loop6
  %136 = load <8 x float>, ptr %3, align 4
  %137 = load <8 x float>, ptr %4, align 4
  %138 = load <8 x float>, ptr %5, align 4
  %139 = load <8 x float>, ptr %6, align 4
  %140 = load <8 x float>, ptr %7, align 4
  %141 = load <8 x float>, ptr %8, align 4
  %142 = load <8 x float>, ptr %9, align 4
  %143 = load <8 x float>, ptr %10, align 4
  %144 = load <8 x float>, ptr %11, align 4
  %145 = load <8 x float>, ptr %12, align 4
  %146 = load <8 x float>, ptr %13, align 4
  %147 = load <8 x float>, ptr %14, align 4
  %148 = getelementptr inbounds float, ptr %15, i64 0
  store <8 x float> %136, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %15, i64 8
  store <8 x float> %137, ptr %149, align 4
  %150 = getelementptr inbounds float, ptr %15, i64 16
  store <8 x float> %138, ptr %150, align 4
  %151 = getelementptr inbounds float, ptr %15, i64 24
  store <8 x float> %139, ptr %151, align 4
  %152 = getelementptr inbounds float, ptr %15, i64 32
  store <8 x float> %140, ptr %152, align 4
  %153 = getelementptr inbounds float, ptr %15, i64 40
  store <8 x float> %141, ptr %153, align 4
  %154 = getelementptr inbounds float, ptr %15, i64 48
  store <8 x float> %142, ptr %154, align 4
  %155 = getelementptr inbounds float, ptr %15, i64 56
  store <8 x float> %143, ptr %155, align 4
  %156 = getelementptr inbounds float, ptr %15, i64 64
  store <8 x float> %144, ptr %156, align 4
  %157 = getelementptr inbounds float, ptr %15, i64 72
  store <8 x float> %145, ptr %157, align 4
  %158 = getelementptr inbounds float, ptr %15, i64 80
  store <8 x float> %146, ptr %158, align 4
  %159 = getelementptr inbounds float, ptr %15, i64 88
  store <8 x float> %147, ptr %159, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %169, %latch13 ]
  %160 = icmp slt i64 %i15, 6
  br i1 %160, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %161 = mul nsw i64 %i, 8
  %162 = add nsw i64 %32, %i15
  %163 = add nsw i64 %161, %162
  %164 = mul nsw i64 %163, 16
  %165 = add nsw i64 %164, 0
  %166 = mul nsw i64 %i15, 16
  %167 = getelementptr inbounds float, ptr %15, i64 %166
  %168 = add nsw i64 %32, %i15
  br label %loop16

latch13:                                          ; preds = %exit19
  %169 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !3

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %183, %latch18 ]
  %170 = icmp slt i64 %i20, 16
  br i1 %170, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %171 = add nsw i64 0, %i20
  %172 = mul nsw i64 %168, 16
  %173 = add nsw i64 %172, %171
  %174 = sub i64 %173, %165
  %175 = getelementptr inbounds float, ptr %167, i64 %174
  %176 = load float, ptr %175, align 4
  %177 = getelementptr inbounds float, ptr %26, i64 %171
  %178 = load float, ptr %177, align 4
  %179 = fadd float %176, %178
  %180 = call float @tanhf(float %179) #3
  %181 = add nsw i64 %165, %i20
  %182 = getelementptr inbounds float, ptr %28, i64 %181
  store float %180, ptr %182, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %183 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !4

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit4
  %i25 = phi i64 [ 0, %exit4 ], [ %219, %latch23 ]
  %184 = icmp slt i64 %i25, 4
  br i1 %184, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %185 = mul nsw i64 %i25, 16
  %186 = add nsw i64 %185, 0
  %187 = add nsw i64 %44, %186
  %188 = getelementptr inbounds float, ptr %24, i64 %187
  %189 = load <8 x float>, ptr %188, align 4
  %190 = mul nsw i64 %i25, 16
  %191 = add nsw i64 %190, 8
  %192 = add nsw i64 %44, %191
  %193 = getelementptr inbounds float, ptr %24, i64 %192
  %194 = load <8 x float>, ptr %193, align 4
  %195 = add nsw i64 24, %i25
  %196 = add nsw i64 %43, %195
  %197 = getelementptr inbounds float, ptr %22, i64 %196
  %198 = load float, ptr %197, align 4
  %199 = insertelement <8 x float> poison, float %198, i32 0
  %200 = shufflevector <8 x float> %199, <8 x float> poison, <8 x i32> zeroinitializer
  %201 = load <8 x float>, ptr %16, align 4
  %202 = fmul contract <8 x float> %200, %189
  %203 = fadd contract <8 x float> %201, %202
  store <8 x float> %203, ptr %16, align 4
  %204 = load <8 x float>, ptr %17, align 4
  %205 = fmul contract <8 x float> %200, %194
  %206 = fadd contract <8 x float> %204, %205
  store <8 x float> %206, ptr %17, align 4
  %207 = add nsw i64 28, %i25
  %208 = add nsw i64 %43, %207
  %209 = getelementptr inbounds float, ptr %22, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = insertelement <8 x float> poison, float %210, i32 0
  %212 = shufflevector <8 x float> %211, <8 x float> poison, <8 x i32> zeroinitializer
  %213 = load <8 x float>, ptr %18, align 4
  %214 = fmul contract <8 x float> %212, %189
  %215 = fadd contract <8 x float> %213, %214
  store <8 x float> %215, ptr %18, align 4
  %216 = load <8 x float>, ptr %19, align 4
  %217 = fmul contract <8 x float> %212, %194
  %218 = fadd contract <8 x float> %216, %217
  store <8 x float> %218, ptr %19, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %219 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !5

exit24:                                           ; preds = %loop21
  %220 = load <8 x float>, ptr %16, align 4
  %221 = load <8 x float>, ptr %17, align 4
  %222 = load <8 x float>, ptr %18, align 4
  %223 = load <8 x float>, ptr %19, align 4
  %224 = getelementptr inbounds float, ptr %20, i64 0
  store <8 x float> %220, ptr %224, align 4
  %225 = getelementptr inbounds float, ptr %20, i64 8
  store <8 x float> %221, ptr %225, align 4
  %226 = getelementptr inbounds float, ptr %20, i64 16
  store <8 x float> %222, ptr %226, align 4
  %227 = getelementptr inbounds float, ptr %20, i64 24
  store <8 x float> %223, ptr %227, align 4
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %237, %latch28 ]
  %228 = icmp slt i64 %i30, 2
  br i1 %228, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %229 = mul nsw i64 %i, 8
  %230 = add nsw i64 6, %i30
  %231 = add nsw i64 %229, %230
  %232 = mul nsw i64 %231, 16
  %233 = add nsw i64 %232, 0
  %234 = mul nsw i64 %i30, 16
  %235 = getelementptr inbounds float, ptr %20, i64 %234
  %236 = add nsw i64 6, %i30
  br label %loop31

latch28:                                          ; preds = %exit34
  %237 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !6

exit29:                                           ; preds = %loop26
  br label %latch

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %251, %latch33 ]
  %238 = icmp slt i64 %i35, 16
  br i1 %238, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %239 = add nsw i64 0, %i35
  %240 = mul nsw i64 %236, 16
  %241 = add nsw i64 %240, %239
  %242 = sub i64 %241, %233
  %243 = getelementptr inbounds float, ptr %235, i64 %242
  %244 = load float, ptr %243, align 4
  %245 = getelementptr inbounds float, ptr %26, i64 %239
  %246 = load float, ptr %245, align 4
  %247 = fadd float %244, %246
  %248 = call float @tanhf(float %247) #3
  %249 = add nsw i64 %233, %i35
  %250 = getelementptr inbounds float, ptr %28, i64 %249
  store float %248, ptr %250, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %251 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !7

exit34:                                           ; preds = %loop31
  br label %latch28
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
  %12 = alloca float, align 16
  %13 = alloca float, align 16
  %14 = alloca float, align 16
  %15 = alloca float, align 16
  %16 = alloca float, align 16
  %17 = alloca float, align 16
  %18 = alloca float, align 16
  %19 = alloca float, align 16
  %20 = alloca [8 x float], align 16
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
  %i5 = phi i64 [ 0, %body ], [ %44, %latch3 ]
  %31 = icmp slt i64 %i5, 1
  br i1 %31, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %32 = mul nsw i64 %i5, 8
  %33 = mul nsw i64 %i, 128
  %34 = mul nsw i64 %i, 48
  %35 = mul nsw i64 %i, 24
  %36 = add nsw i64 %32, 0
  %37 = add nsw i64 %32, 1
  %38 = add nsw i64 %32, 2
  %39 = add nsw i64 %32, 3
  %40 = add nsw i64 %32, 4
  %41 = add nsw i64 %32, 5
  %42 = add nsw i64 %32, 6
  %43 = add nsw i64 %32, 7
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
  %44 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %131, %latch8 ]
  %45 = icmp slt i64 %i10, 16
  br i1 %45, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %46 = mul nsw i64 %i10, 3
  %47 = add nsw i64 %46, 0
  %48 = add nsw i64 %34, %47
  %49 = getelementptr inbounds float, ptr %24, i64 %48
  %50 = load <2 x float>, ptr %49, align 4
  %51 = mul nsw i64 %36, 16
  %52 = add nsw i64 %51, %i10
  %53 = add nsw i64 %33, %52
  %54 = getelementptr inbounds float, ptr %22, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = insertelement <2 x float> poison, float %55, i32 0
  %57 = shufflevector <2 x float> %56, <2 x float> poison, <2 x i32> zeroinitializer
  %58 = load <2 x float>, ptr %3, align 4
  %59 = fmul contract <2 x float> %57, %50
  %60 = fadd contract <2 x float> %58, %59
  store <2 x float> %60, ptr %3, align 4
  %61 = mul nsw i64 %37, 16
  %62 = add nsw i64 %61, %i10
  %63 = add nsw i64 %33, %62
  %64 = getelementptr inbounds float, ptr %22, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = insertelement <2 x float> poison, float %65, i32 0
  %67 = shufflevector <2 x float> %66, <2 x float> poison, <2 x i32> zeroinitializer
  %68 = load <2 x float>, ptr %4, align 4
  %69 = fmul contract <2 x float> %67, %50
  %70 = fadd contract <2 x float> %68, %69
  store <2 x float> %70, ptr %4, align 4
  %71 = mul nsw i64 %38, 16
  %72 = add nsw i64 %71, %i10
  %73 = add nsw i64 %33, %72
  %74 = getelementptr inbounds float, ptr %22, i64 %73
  %75 = load float, ptr %74, align 4
  %76 = insertelement <2 x float> poison, float %75, i32 0
  %77 = shufflevector <2 x float> %76, <2 x float> poison, <2 x i32> zeroinitializer
  %78 = load <2 x float>, ptr %5, align 4
  %79 = fmul contract <2 x float> %77, %50
  %80 = fadd contract <2 x float> %78, %79
  store <2 x float> %80, ptr %5, align 4
  %81 = mul nsw i64 %39, 16
  %82 = add nsw i64 %81, %i10
  %83 = add nsw i64 %33, %82
  %84 = getelementptr inbounds float, ptr %22, i64 %83
  %85 = load float, ptr %84, align 4
  %86 = insertelement <2 x float> poison, float %85, i32 0
  %87 = shufflevector <2 x float> %86, <2 x float> poison, <2 x i32> zeroinitializer
  %88 = load <2 x float>, ptr %6, align 4
  %89 = fmul contract <2 x float> %87, %50
  %90 = fadd contract <2 x float> %88, %89
  store <2 x float> %90, ptr %6, align 4
  %91 = mul nsw i64 %40, 16
  %92 = add nsw i64 %91, %i10
  %93 = add nsw i64 %33, %92
  %94 = getelementptr inbounds float, ptr %22, i64 %93
  %95 = load float, ptr %94, align 4
  %96 = insertelement <2 x float> poison, float %95, i32 0
  %97 = shufflevector <2 x float> %96, <2 x float> poison, <2 x i32> zeroinitializer
  %98 = load <2 x float>, ptr %7, align 4
  %99 = fmul contract <2 x float> %97, %50
  %100 = fadd contract <2 x float> %98, %99
  store <2 x float> %100, ptr %7, align 4
  %101 = mul nsw i64 %41, 16
  %102 = add nsw i64 %101, %i10
  %103 = add nsw i64 %33, %102
  %104 = getelementptr inbounds float, ptr %22, i64 %103
  %105 = load float, ptr %104, align 4
  %106 = insertelement <2 x float> poison, float %105, i32 0
  %107 = shufflevector <2 x float> %106, <2 x float> poison, <2 x i32> zeroinitializer
  %108 = load <2 x float>, ptr %8, align 4
  %109 = fmul contract <2 x float> %107, %50
  %110 = fadd contract <2 x float> %108, %109
  store <2 x float> %110, ptr %8, align 4
  %111 = mul nsw i64 %42, 16
  %112 = add nsw i64 %111, %i10
  %113 = add nsw i64 %33, %112
  %114 = getelementptr inbounds float, ptr %22, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = insertelement <2 x float> poison, float %115, i32 0
  %117 = shufflevector <2 x float> %116, <2 x float> poison, <2 x i32> zeroinitializer
  %118 = load <2 x float>, ptr %9, align 4
  %119 = fmul contract <2 x float> %117, %50
  %120 = fadd contract <2 x float> %118, %119
  store <2 x float> %120, ptr %9, align 4
  %121 = mul nsw i64 %43, 16
  %122 = add nsw i64 %121, %i10
  %123 = add nsw i64 %33, %122
  %124 = getelementptr inbounds float, ptr %22, i64 %123
  %125 = load float, ptr %124, align 4
  %126 = insertelement <2 x float> poison, float %125, i32 0
  %127 = shufflevector <2 x float> %126, <2 x float> poison, <2 x i32> zeroinitializer
  %128 = load <2 x float>, ptr %10, align 4
  %129 = fmul contract <2 x float> %127, %50
  %130 = fadd contract <2 x float> %128, %129
  store <2 x float> %130, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %131 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !8

exit9:                                            ; preds = %loop6
  %132 = load <2 x float>, ptr %3, align 4
  %133 = load <2 x float>, ptr %4, align 4
  %134 = load <2 x float>, ptr %5, align 4
  %135 = load <2 x float>, ptr %6, align 4
  %136 = load <2 x float>, ptr %7, align 4
  %137 = load <2 x float>, ptr %8, align 4
  %138 = load <2 x float>, ptr %9, align 4
  %139 = load <2 x float>, ptr %10, align 4
  %140 = getelementptr inbounds float, ptr %11, i64 0
  store <2 x float> %132, ptr %140, align 4
  %141 = getelementptr inbounds float, ptr %11, i64 2
  store <2 x float> %133, ptr %141, align 4
  %142 = getelementptr inbounds float, ptr %11, i64 4
  store <2 x float> %134, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %11, i64 6
  store <2 x float> %135, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %11, i64 8
  store <2 x float> %136, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %11, i64 10
  store <2 x float> %137, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %11, i64 12
  store <2 x float> %138, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %11, i64 14
  store <2 x float> %139, ptr %147, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %157, %latch13 ]
  %148 = icmp slt i64 %i15, 8
  br i1 %148, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %149 = mul nsw i64 %i, 8
  %150 = add nsw i64 %32, %i15
  %151 = add nsw i64 %149, %150
  %152 = mul nsw i64 %151, 3
  %153 = add nsw i64 %152, 0
  %154 = mul nsw i64 %i15, 2
  %155 = getelementptr inbounds float, ptr %11, i64 %154
  %156 = add nsw i64 %32, %i15
  br label %loop16

latch13:                                          ; preds = %exit19
  %157 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !9

exit14:                                           ; preds = %loop11
  %158 = mul nsw i64 %i, 128
  %159 = mul nsw i64 %i, 48
  %160 = mul nsw i64 %i, 24
  %161 = add nsw i64 %32, 0
  %162 = add nsw i64 %32, 1
  %163 = add nsw i64 %32, 2
  %164 = add nsw i64 %32, 3
  %165 = add nsw i64 %32, 4
  %166 = add nsw i64 %32, 5
  %167 = add nsw i64 %32, 6
  %168 = add nsw i64 %32, 7
  store float -0.000000e+00, ptr %12, align 4
  store float -0.000000e+00, ptr %13, align 4
  store float -0.000000e+00, ptr %14, align 4
  store float -0.000000e+00, ptr %15, align 4
  store float -0.000000e+00, ptr %16, align 4
  store float -0.000000e+00, ptr %17, align 4
  store float -0.000000e+00, ptr %18, align 4
  store float -0.000000e+00, ptr %19, align 4
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %181, %latch18 ]
  %169 = icmp slt i64 %i20, 2
  br i1 %169, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %170 = add nsw i64 0, %i20
  %171 = mul nsw i64 %156, 3
  %172 = add nsw i64 %171, %170
  %173 = sub i64 %172, %153
  %174 = getelementptr inbounds float, ptr %155, i64 %173
  %175 = load float, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %26, i64 %170
  %177 = load float, ptr %176, align 4
  %178 = fadd float %175, %177
  %179 = add nsw i64 %153, %i20
  %180 = getelementptr inbounds float, ptr %28, i64 %179
  store float %178, ptr %180, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %181 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !10

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %252, %latch23 ]
  %182 = icmp slt i64 %i25, 16
  br i1 %182, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %183 = mul nsw i64 %i25, 3
  %184 = add nsw i64 %183, 2
  %185 = add nsw i64 %159, %184
  %186 = getelementptr inbounds float, ptr %24, i64 %185
  %187 = load float, ptr %186, align 4
  %188 = mul nsw i64 %161, 16
  %189 = add nsw i64 %188, %i25
  %190 = add nsw i64 %158, %189
  %191 = getelementptr inbounds float, ptr %22, i64 %190
  %192 = load float, ptr %191, align 4
  %193 = load float, ptr %12, align 4
  %194 = fmul contract float %192, %187
  %195 = fadd contract float %193, %194
  store float %195, ptr %12, align 4
  %196 = mul nsw i64 %162, 16
  %197 = add nsw i64 %196, %i25
  %198 = add nsw i64 %158, %197
  %199 = getelementptr inbounds float, ptr %22, i64 %198
  %200 = load float, ptr %199, align 4
  %201 = load float, ptr %13, align 4
  %202 = fmul contract float %200, %187
  %203 = fadd contract float %201, %202
  store float %203, ptr %13, align 4
  %204 = mul nsw i64 %163, 16
  %205 = add nsw i64 %204, %i25
  %206 = add nsw i64 %158, %205
  %207 = getelementptr inbounds float, ptr %22, i64 %206
  %208 = load float, ptr %207, align 4
  %209 = load float, ptr %14, align 4
  %210 = fmul contract float %208, %187
  %211 = fadd contract float %209, %210
  store float %211, ptr %14, align 4
  %212 = mul nsw i64 %164, 16
  %213 = add nsw i64 %212, %i25
  %214 = add nsw i64 %158, %213
  %215 = getelementptr inbounds float, ptr %22, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = load float, ptr %15, align 4
  %218 = fmul contract float %216, %187
  %219 = fadd contract float %217, %218
  store float %219, ptr %15, align 4
  %220 = mul nsw i64 %165, 16
  %221 = add nsw i64 %220, %i25
  %222 = add nsw i64 %158, %221
  %223 = getelementptr inbounds float, ptr %22, i64 %222
  %224 = load float, ptr %223, align 4
  %225 = load float, ptr %16, align 4
  %226 = fmul contract float %224, %187
  %227 = fadd contract float %225, %226
  store float %227, ptr %16, align 4
  %228 = mul nsw i64 %166, 16
  %229 = add nsw i64 %228, %i25
  %230 = add nsw i64 %158, %229
  %231 = getelementptr inbounds float, ptr %22, i64 %230
  %232 = load float, ptr %231, align 4
  %233 = load float, ptr %17, align 4
  %234 = fmul contract float %232, %187
  %235 = fadd contract float %233, %234
  store float %235, ptr %17, align 4
  %236 = mul nsw i64 %167, 16
  %237 = add nsw i64 %236, %i25
  %238 = add nsw i64 %158, %237
  %239 = getelementptr inbounds float, ptr %22, i64 %238
  %240 = load float, ptr %239, align 4
  %241 = load float, ptr %18, align 4
  %242 = fmul contract float %240, %187
  %243 = fadd contract float %241, %242
  store float %243, ptr %18, align 4
  %244 = mul nsw i64 %168, 16
  %245 = add nsw i64 %244, %i25
  %246 = add nsw i64 %158, %245
  %247 = getelementptr inbounds float, ptr %22, i64 %246
  %248 = load float, ptr %247, align 4
  %249 = load float, ptr %19, align 4
  %250 = fmul contract float %248, %187
  %251 = fadd contract float %249, %250
  store float %251, ptr %19, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %252 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !11

exit24:                                           ; preds = %loop21
  %253 = load float, ptr %12, align 4
  %254 = load float, ptr %13, align 4
  %255 = load float, ptr %14, align 4
  %256 = load float, ptr %15, align 4
  %257 = load float, ptr %16, align 4
  %258 = load float, ptr %17, align 4
  %259 = load float, ptr %18, align 4
  %260 = load float, ptr %19, align 4
  %261 = getelementptr inbounds float, ptr %20, i64 0
  store float %253, ptr %261, align 4
  %262 = getelementptr inbounds float, ptr %20, i64 1
  store float %254, ptr %262, align 4
  %263 = getelementptr inbounds float, ptr %20, i64 2
  store float %255, ptr %263, align 4
  %264 = getelementptr inbounds float, ptr %20, i64 3
  store float %256, ptr %264, align 4
  %265 = getelementptr inbounds float, ptr %20, i64 4
  store float %257, ptr %265, align 4
  %266 = getelementptr inbounds float, ptr %20, i64 5
  store float %258, ptr %266, align 4
  %267 = getelementptr inbounds float, ptr %20, i64 6
  store float %259, ptr %267, align 4
  %268 = getelementptr inbounds float, ptr %20, i64 7
  store float %260, ptr %268, align 4
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %278, %latch28 ]
  %269 = icmp slt i64 %i30, 8
  br i1 %269, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %270 = mul nsw i64 %i, 8
  %271 = add nsw i64 %32, %i30
  %272 = add nsw i64 %270, %271
  %273 = mul nsw i64 %272, 3
  %274 = add nsw i64 %273, 2
  %275 = mul nsw i64 %i30, 1
  %276 = getelementptr inbounds float, ptr %20, i64 %275
  %277 = add nsw i64 %32, %i30
  br label %loop31

latch28:                                          ; preds = %exit34
  %278 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !12

exit29:                                           ; preds = %loop26
  br label %latch3

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %291, %latch33 ]
  %279 = icmp slt i64 %i35, 1
  br i1 %279, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %280 = add nsw i64 2, %i35
  %281 = mul nsw i64 %277, 3
  %282 = add nsw i64 %281, %280
  %283 = sub i64 %282, %274
  %284 = getelementptr inbounds float, ptr %276, i64 %283
  %285 = load float, ptr %284, align 4
  %286 = getelementptr inbounds float, ptr %26, i64 %280
  %287 = load float, ptr %286, align 4
  %288 = fadd float %285, %287
  %289 = add nsw i64 %274, %i35
  %290 = getelementptr inbounds float, ptr %28, i64 %289
  store float %288, ptr %290, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %291 = add nsw i64 %i35, 1
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
  %11 = alloca float, align 16
  %12 = alloca float, align 16
  %13 = alloca float, align 16
  %14 = alloca float, align 16
  %15 = alloca float, align 16
  %16 = alloca float, align 16
  %17 = alloca float, align 16
  %18 = alloca float, align 16
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
  %i5 = phi i64 [ 0, %body ], [ %40, %latch3 ]
  %27 = icmp slt i64 %i5, 1
  br i1 %27, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %28 = mul nsw i64 %i5, 8
  %29 = mul nsw i64 %i, 128
  %30 = mul nsw i64 %i, 48
  %31 = mul nsw i64 %i, 24
  %32 = add nsw i64 %28, 0
  %33 = add nsw i64 %28, 1
  %34 = add nsw i64 %28, 2
  %35 = add nsw i64 %28, 3
  %36 = add nsw i64 %28, 4
  %37 = add nsw i64 %28, 5
  %38 = add nsw i64 %28, 6
  %39 = add nsw i64 %28, 7
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
  %40 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %127, %latch8 ]
  %41 = icmp slt i64 %i10, 16
  br i1 %41, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %42 = mul nsw i64 %i10, 3
  %43 = add nsw i64 %42, 0
  %44 = add nsw i64 %30, %43
  %45 = getelementptr inbounds float, ptr %22, i64 %44
  %46 = load <2 x float>, ptr %45, align 4
  %47 = mul nsw i64 %32, 16
  %48 = add nsw i64 %47, %i10
  %49 = add nsw i64 %29, %48
  %50 = getelementptr inbounds float, ptr %20, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = insertelement <2 x float> poison, float %51, i32 0
  %53 = shufflevector <2 x float> %52, <2 x float> poison, <2 x i32> zeroinitializer
  %54 = load <2 x float>, ptr %3, align 4
  %55 = fmul contract <2 x float> %53, %46
  %56 = fadd contract <2 x float> %54, %55
  store <2 x float> %56, ptr %3, align 4
  %57 = mul nsw i64 %33, 16
  %58 = add nsw i64 %57, %i10
  %59 = add nsw i64 %29, %58
  %60 = getelementptr inbounds float, ptr %20, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = insertelement <2 x float> poison, float %61, i32 0
  %63 = shufflevector <2 x float> %62, <2 x float> poison, <2 x i32> zeroinitializer
  %64 = load <2 x float>, ptr %4, align 4
  %65 = fmul contract <2 x float> %63, %46
  %66 = fadd contract <2 x float> %64, %65
  store <2 x float> %66, ptr %4, align 4
  %67 = mul nsw i64 %34, 16
  %68 = add nsw i64 %67, %i10
  %69 = add nsw i64 %29, %68
  %70 = getelementptr inbounds float, ptr %20, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <2 x float> poison, float %71, i32 0
  %73 = shufflevector <2 x float> %72, <2 x float> poison, <2 x i32> zeroinitializer
  %74 = load <2 x float>, ptr %5, align 4
  %75 = fmul contract <2 x float> %73, %46
  %76 = fadd contract <2 x float> %74, %75
  store <2 x float> %76, ptr %5, align 4
  %77 = mul nsw i64 %35, 16
  %78 = add nsw i64 %77, %i10
  %79 = add nsw i64 %29, %78
  %80 = getelementptr inbounds float, ptr %20, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = insertelement <2 x float> poison, float %81, i32 0
  %83 = shufflevector <2 x float> %82, <2 x float> poison, <2 x i32> zeroinitializer
  %84 = load <2 x float>, ptr %6, align 4
  %85 = fmul contract <2 x float> %83, %46
  %86 = fadd contract <2 x float> %84, %85
  store <2 x float> %86, ptr %6, align 4
  %87 = mul nsw i64 %36, 16
  %88 = add nsw i64 %87, %i10
  %89 = add nsw i64 %29, %88
  %90 = getelementptr inbounds float, ptr %20, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = insertelement <2 x float> poison, float %91, i32 0
  %93 = shufflevector <2 x float> %92, <2 x float> poison, <2 x i32> zeroinitializer
  %94 = load <2 x float>, ptr %7, align 4
  %95 = fmul contract <2 x float> %93, %46
  %96 = fadd contract <2 x float> %94, %95
  store <2 x float> %96, ptr %7, align 4
  %97 = mul nsw i64 %37, 16
  %98 = add nsw i64 %97, %i10
  %99 = add nsw i64 %29, %98
  %100 = getelementptr inbounds float, ptr %20, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = insertelement <2 x float> poison, float %101, i32 0
  %103 = shufflevector <2 x float> %102, <2 x float> poison, <2 x i32> zeroinitializer
  %104 = load <2 x float>, ptr %8, align 4
  %105 = fmul contract <2 x float> %103, %46
  %106 = fadd contract <2 x float> %104, %105
  store <2 x float> %106, ptr %8, align 4
  %107 = mul nsw i64 %38, 16
  %108 = add nsw i64 %107, %i10
  %109 = add nsw i64 %29, %108
  %110 = getelementptr inbounds float, ptr %20, i64 %109
  %111 = load float, ptr %110, align 4
  %112 = insertelement <2 x float> poison, float %111, i32 0
  %113 = shufflevector <2 x float> %112, <2 x float> poison, <2 x i32> zeroinitializer
  %114 = load <2 x float>, ptr %9, align 4
  %115 = fmul contract <2 x float> %113, %46
  %116 = fadd contract <2 x float> %114, %115
  store <2 x float> %116, ptr %9, align 4
  %117 = mul nsw i64 %39, 16
  %118 = add nsw i64 %117, %i10
  %119 = add nsw i64 %29, %118
  %120 = getelementptr inbounds float, ptr %20, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = insertelement <2 x float> poison, float %121, i32 0
  %123 = shufflevector <2 x float> %122, <2 x float> poison, <2 x i32> zeroinitializer
  %124 = load <2 x float>, ptr %10, align 4
  %125 = fmul contract <2 x float> %123, %46
  %126 = fadd contract <2 x float> %124, %125
  store <2 x float> %126, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %127 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !14

exit9:                                            ; preds = %loop6
  %128 = load <2 x float>, ptr %3, align 4
  %129 = load <2 x float>, ptr %4, align 4
  %130 = load <2 x float>, ptr %5, align 4
  %131 = load <2 x float>, ptr %6, align 4
  %132 = load <2 x float>, ptr %7, align 4
  %133 = load <2 x float>, ptr %8, align 4
  %134 = load <2 x float>, ptr %9, align 4
  %135 = load <2 x float>, ptr %10, align 4
  %136 = mul nsw i64 %32, 3
  %137 = add nsw i64 %136, 0
  %138 = add nsw i64 %31, %137
  %139 = getelementptr inbounds float, ptr %24, i64 %138
  store <2 x float> %128, ptr %139, align 4
  %140 = mul nsw i64 %33, 3
  %141 = add nsw i64 %140, 0
  %142 = add nsw i64 %31, %141
  %143 = getelementptr inbounds float, ptr %24, i64 %142
  store <2 x float> %129, ptr %143, align 4
  %144 = mul nsw i64 %34, 3
  %145 = add nsw i64 %144, 0
  %146 = add nsw i64 %31, %145
  %147 = getelementptr inbounds float, ptr %24, i64 %146
  store <2 x float> %130, ptr %147, align 4
  %148 = mul nsw i64 %35, 3
  %149 = add nsw i64 %148, 0
  %150 = add nsw i64 %31, %149
  %151 = getelementptr inbounds float, ptr %24, i64 %150
  store <2 x float> %131, ptr %151, align 4
  %152 = mul nsw i64 %36, 3
  %153 = add nsw i64 %152, 0
  %154 = add nsw i64 %31, %153
  %155 = getelementptr inbounds float, ptr %24, i64 %154
  store <2 x float> %132, ptr %155, align 4
  %156 = mul nsw i64 %37, 3
  %157 = add nsw i64 %156, 0
  %158 = add nsw i64 %31, %157
  %159 = getelementptr inbounds float, ptr %24, i64 %158
  store <2 x float> %133, ptr %159, align 4
  %160 = mul nsw i64 %38, 3
  %161 = add nsw i64 %160, 0
  %162 = add nsw i64 %31, %161
  %163 = getelementptr inbounds float, ptr %24, i64 %162
  store <2 x float> %134, ptr %163, align 4
  %164 = mul nsw i64 %39, 3
  %165 = add nsw i64 %164, 0
  %166 = add nsw i64 %31, %165
  %167 = getelementptr inbounds float, ptr %24, i64 %166
  store <2 x float> %135, ptr %167, align 4
  %168 = mul nsw i64 %i, 128
  %169 = mul nsw i64 %i, 48
  %170 = mul nsw i64 %i, 24
  %171 = add nsw i64 %28, 0
  %172 = add nsw i64 %28, 1
  %173 = add nsw i64 %28, 2
  %174 = add nsw i64 %28, 3
  %175 = add nsw i64 %28, 4
  %176 = add nsw i64 %28, 5
  %177 = add nsw i64 %28, 6
  %178 = add nsw i64 %28, 7
  store float -0.000000e+00, ptr %11, align 4
  store float -0.000000e+00, ptr %12, align 4
  store float -0.000000e+00, ptr %13, align 4
  store float -0.000000e+00, ptr %14, align 4
  store float -0.000000e+00, ptr %15, align 4
  store float -0.000000e+00, ptr %16, align 4
  store float -0.000000e+00, ptr %17, align 4
  store float -0.000000e+00, ptr %18, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %249, %latch13 ]
  %179 = icmp slt i64 %i15, 16
  br i1 %179, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %180 = mul nsw i64 %i15, 3
  %181 = add nsw i64 %180, 2
  %182 = add nsw i64 %169, %181
  %183 = getelementptr inbounds float, ptr %22, i64 %182
  %184 = load float, ptr %183, align 4
  %185 = mul nsw i64 %171, 16
  %186 = add nsw i64 %185, %i15
  %187 = add nsw i64 %168, %186
  %188 = getelementptr inbounds float, ptr %20, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = load float, ptr %11, align 4
  %191 = fmul contract float %189, %184
  %192 = fadd contract float %190, %191
  store float %192, ptr %11, align 4
  %193 = mul nsw i64 %172, 16
  %194 = add nsw i64 %193, %i15
  %195 = add nsw i64 %168, %194
  %196 = getelementptr inbounds float, ptr %20, i64 %195
  %197 = load float, ptr %196, align 4
  %198 = load float, ptr %12, align 4
  %199 = fmul contract float %197, %184
  %200 = fadd contract float %198, %199
  store float %200, ptr %12, align 4
  %201 = mul nsw i64 %173, 16
  %202 = add nsw i64 %201, %i15
  %203 = add nsw i64 %168, %202
  %204 = getelementptr inbounds float, ptr %20, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = load float, ptr %13, align 4
  %207 = fmul contract float %205, %184
  %208 = fadd contract float %206, %207
  store float %208, ptr %13, align 4
  %209 = mul nsw i64 %174, 16
  %210 = add nsw i64 %209, %i15
  %211 = add nsw i64 %168, %210
  %212 = getelementptr inbounds float, ptr %20, i64 %211
  %213 = load float, ptr %212, align 4
  %214 = load float, ptr %14, align 4
  %215 = fmul contract float %213, %184
  %216 = fadd contract float %214, %215
  store float %216, ptr %14, align 4
  %217 = mul nsw i64 %175, 16
  %218 = add nsw i64 %217, %i15
  %219 = add nsw i64 %168, %218
  %220 = getelementptr inbounds float, ptr %20, i64 %219
  %221 = load float, ptr %220, align 4
  %222 = load float, ptr %15, align 4
  %223 = fmul contract float %221, %184
  %224 = fadd contract float %222, %223
  store float %224, ptr %15, align 4
  %225 = mul nsw i64 %176, 16
  %226 = add nsw i64 %225, %i15
  %227 = add nsw i64 %168, %226
  %228 = getelementptr inbounds float, ptr %20, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = load float, ptr %16, align 4
  %231 = fmul contract float %229, %184
  %232 = fadd contract float %230, %231
  store float %232, ptr %16, align 4
  %233 = mul nsw i64 %177, 16
  %234 = add nsw i64 %233, %i15
  %235 = add nsw i64 %168, %234
  %236 = getelementptr inbounds float, ptr %20, i64 %235
  %237 = load float, ptr %236, align 4
  %238 = load float, ptr %17, align 4
  %239 = fmul contract float %237, %184
  %240 = fadd contract float %238, %239
  store float %240, ptr %17, align 4
  %241 = mul nsw i64 %178, 16
  %242 = add nsw i64 %241, %i15
  %243 = add nsw i64 %168, %242
  %244 = getelementptr inbounds float, ptr %20, i64 %243
  %245 = load float, ptr %244, align 4
  %246 = load float, ptr %18, align 4
  %247 = fmul contract float %245, %184
  %248 = fadd contract float %246, %247
  store float %248, ptr %18, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %249 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !15

exit14:                                           ; preds = %loop11
  %250 = load float, ptr %11, align 4
  %251 = load float, ptr %12, align 4
  %252 = load float, ptr %13, align 4
  %253 = load float, ptr %14, align 4
  %254 = load float, ptr %15, align 4
  %255 = load float, ptr %16, align 4
  %256 = load float, ptr %17, align 4
  %257 = load float, ptr %18, align 4
  %258 = mul nsw i64 %171, 3
  %259 = add nsw i64 %258, 2
  %260 = add nsw i64 %170, %259
  %261 = getelementptr inbounds float, ptr %24, i64 %260
  store float %250, ptr %261, align 4
  %262 = mul nsw i64 %172, 3
  %263 = add nsw i64 %262, 2
  %264 = add nsw i64 %170, %263
  %265 = getelementptr inbounds float, ptr %24, i64 %264
  store float %251, ptr %265, align 4
  %266 = mul nsw i64 %173, 3
  %267 = add nsw i64 %266, 2
  %268 = add nsw i64 %170, %267
  %269 = getelementptr inbounds float, ptr %24, i64 %268
  store float %252, ptr %269, align 4
  %270 = mul nsw i64 %174, 3
  %271 = add nsw i64 %270, 2
  %272 = add nsw i64 %170, %271
  %273 = getelementptr inbounds float, ptr %24, i64 %272
  store float %253, ptr %273, align 4
  %274 = mul nsw i64 %175, 3
  %275 = add nsw i64 %274, 2
  %276 = add nsw i64 %170, %275
  %277 = getelementptr inbounds float, ptr %24, i64 %276
  store float %254, ptr %277, align 4
  %278 = mul nsw i64 %176, 3
  %279 = add nsw i64 %278, 2
  %280 = add nsw i64 %170, %279
  %281 = getelementptr inbounds float, ptr %24, i64 %280
  store float %255, ptr %281, align 4
  %282 = mul nsw i64 %177, 3
  %283 = add nsw i64 %282, 2
  %284 = add nsw i64 %170, %283
  %285 = getelementptr inbounds float, ptr %24, i64 %284
  store float %256, ptr %285, align 4
  %286 = mul nsw i64 %178, 3
  %287 = add nsw i64 %286, 2
  %288 = add nsw i64 %170, %287
  %289 = getelementptr inbounds float, ptr %24, i64 %288
  store float %257, ptr %289, align 4
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
  br label %loop1, !llvm.loop !19

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
  br label %loop, !llvm.loop !20

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

; Function Attrs: nounwind
define internal i32 @dloss.k1(ptr %0, i64 %1, i64 %2) #2 {
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
  %12 = alloca float, align 16
  %13 = alloca float, align 16
  %14 = alloca float, align 16
  %15 = alloca float, align 16
  %16 = alloca float, align 16
  %17 = alloca float, align 16
  %18 = alloca float, align 16
  %19 = alloca float, align 16
  %20 = alloca [8 x float], align 16
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
  %29 = getelementptr inbounds ptr, ptr %0, i64 4
  %30 = load ptr, ptr %29, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %32, %latch ]
  %31 = icmp slt i64 %i, 1
  br i1 %31, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %32 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %46, %latch3 ]
  %33 = icmp slt i64 %i5, 1
  br i1 %33, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %34 = mul nsw i64 %i5, 8
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
  br label %loop6, !llvm.loop !22

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
  br label %loop11, !llvm.loop !23

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
  store float -0.000000e+00, ptr %12, align 4
  store float -0.000000e+00, ptr %13, align 4
  store float -0.000000e+00, ptr %14, align 4
  store float -0.000000e+00, ptr %15, align 4
  store float -0.000000e+00, ptr %16, align 4
  store float -0.000000e+00, ptr %17, align 4
  store float -0.000000e+00, ptr %18, align 4
  store float -0.000000e+00, ptr %19, align 4
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %190, %latch18 ]
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
  %181 = mul nsw i64 %158, 3
  %182 = add nsw i64 %181, %172
  %183 = getelementptr inbounds float, ptr %28, i64 %182
  %184 = load float, ptr %183, align 4
  %185 = fsub float %180, %184
  %186 = fmul float 0x3FA5555560000000, %185
  %187 = fadd float %186, %186
  %188 = add nsw i64 %155, %i20
  %189 = getelementptr inbounds float, ptr %30, i64 %188
  store float %187, ptr %189, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %190 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !24

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %261, %latch23 ]
  %191 = icmp slt i64 %i25, 16
  br i1 %191, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %192 = mul nsw i64 %i25, 3
  %193 = add nsw i64 %192, 2
  %194 = add nsw i64 %161, %193
  %195 = getelementptr inbounds float, ptr %24, i64 %194
  %196 = load float, ptr %195, align 4
  %197 = mul nsw i64 %163, 16
  %198 = add nsw i64 %197, %i25
  %199 = add nsw i64 %160, %198
  %200 = getelementptr inbounds float, ptr %22, i64 %199
  %201 = load float, ptr %200, align 4
  %202 = load float, ptr %12, align 4
  %203 = fmul contract float %201, %196
  %204 = fadd contract float %202, %203
  store float %204, ptr %12, align 4
  %205 = mul nsw i64 %164, 16
  %206 = add nsw i64 %205, %i25
  %207 = add nsw i64 %160, %206
  %208 = getelementptr inbounds float, ptr %22, i64 %207
  %209 = load float, ptr %208, align 4
  %210 = load float, ptr %13, align 4
  %211 = fmul contract float %209, %196
  %212 = fadd contract float %210, %211
  store float %212, ptr %13, align 4
  %213 = mul nsw i64 %165, 16
  %214 = add nsw i64 %213, %i25
  %215 = add nsw i64 %160, %214
  %216 = getelementptr inbounds float, ptr %22, i64 %215
  %217 = load float, ptr %216, align 4
  %218 = load float, ptr %14, align 4
  %219 = fmul contract float %217, %196
  %220 = fadd contract float %218, %219
  store float %220, ptr %14, align 4
  %221 = mul nsw i64 %166, 16
  %222 = add nsw i64 %221, %i25
  %223 = add nsw i64 %160, %222
  %224 = getelementptr inbounds float, ptr %22, i64 %223
  %225 = load float, ptr %224, align 4
  %226 = load float, ptr %15, align 4
  %227 = fmul contract float %225, %196
  %228 = fadd contract float %226, %227
  store float %228, ptr %15, align 4
  %229 = mul nsw i64 %167, 16
  %230 = add nsw i64 %229, %i25
  %231 = add nsw i64 %160, %230
  %232 = getelementptr inbounds float, ptr %22, i64 %231
  %233 = load float, ptr %232, align 4
  %234 = load float, ptr %16, align 4
  %235 = fmul contract float %233, %196
  %236 = fadd contract float %234, %235
  store float %236, ptr %16, align 4
  %237 = mul nsw i64 %168, 16
  %238 = add nsw i64 %237, %i25
  %239 = add nsw i64 %160, %238
  %240 = getelementptr inbounds float, ptr %22, i64 %239
  %241 = load float, ptr %240, align 4
  %242 = load float, ptr %17, align 4
  %243 = fmul contract float %241, %196
  %244 = fadd contract float %242, %243
  store float %244, ptr %17, align 4
  %245 = mul nsw i64 %169, 16
  %246 = add nsw i64 %245, %i25
  %247 = add nsw i64 %160, %246
  %248 = getelementptr inbounds float, ptr %22, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = load float, ptr %18, align 4
  %251 = fmul contract float %249, %196
  %252 = fadd contract float %250, %251
  store float %252, ptr %18, align 4
  %253 = mul nsw i64 %170, 16
  %254 = add nsw i64 %253, %i25
  %255 = add nsw i64 %160, %254
  %256 = getelementptr inbounds float, ptr %22, i64 %255
  %257 = load float, ptr %256, align 4
  %258 = load float, ptr %19, align 4
  %259 = fmul contract float %257, %196
  %260 = fadd contract float %258, %259
  store float %260, ptr %19, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %261 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !25

exit24:                                           ; preds = %loop21
  %262 = load float, ptr %12, align 4
  %263 = load float, ptr %13, align 4
  %264 = load float, ptr %14, align 4
  %265 = load float, ptr %15, align 4
  %266 = load float, ptr %16, align 4
  %267 = load float, ptr %17, align 4
  %268 = load float, ptr %18, align 4
  %269 = load float, ptr %19, align 4
  %270 = getelementptr inbounds float, ptr %20, i64 0
  store float %262, ptr %270, align 4
  %271 = getelementptr inbounds float, ptr %20, i64 1
  store float %263, ptr %271, align 4
  %272 = getelementptr inbounds float, ptr %20, i64 2
  store float %264, ptr %272, align 4
  %273 = getelementptr inbounds float, ptr %20, i64 3
  store float %265, ptr %273, align 4
  %274 = getelementptr inbounds float, ptr %20, i64 4
  store float %266, ptr %274, align 4
  %275 = getelementptr inbounds float, ptr %20, i64 5
  store float %267, ptr %275, align 4
  %276 = getelementptr inbounds float, ptr %20, i64 6
  store float %268, ptr %276, align 4
  %277 = getelementptr inbounds float, ptr %20, i64 7
  store float %269, ptr %277, align 4
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %287, %latch28 ]
  %278 = icmp slt i64 %i30, 8
  br i1 %278, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %279 = mul nsw i64 %i, 8
  %280 = add nsw i64 %34, %i30
  %281 = add nsw i64 %279, %280
  %282 = mul nsw i64 %281, 3
  %283 = add nsw i64 %282, 2
  %284 = mul nsw i64 %i30, 1
  %285 = getelementptr inbounds float, ptr %20, i64 %284
  %286 = add nsw i64 %34, %i30
  br label %loop31

latch28:                                          ; preds = %exit34
  %287 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !26

exit29:                                           ; preds = %loop26
  br label %latch3

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %307, %latch33 ]
  %288 = icmp slt i64 %i35, 1
  br i1 %288, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %289 = add nsw i64 2, %i35
  %290 = mul nsw i64 %286, 3
  %291 = add nsw i64 %290, %289
  %292 = sub i64 %291, %283
  %293 = getelementptr inbounds float, ptr %285, i64 %292
  %294 = load float, ptr %293, align 4
  %295 = getelementptr inbounds float, ptr %26, i64 %289
  %296 = load float, ptr %295, align 4
  %297 = fadd float %294, %296
  %298 = mul nsw i64 %286, 3
  %299 = add nsw i64 %298, %289
  %300 = getelementptr inbounds float, ptr %28, i64 %299
  %301 = load float, ptr %300, align 4
  %302 = fsub float %297, %301
  %303 = fmul float 0x3FA5555560000000, %302
  %304 = fadd float %303, %303
  %305 = add nsw i64 %283, %i35
  %306 = getelementptr inbounds float, ptr %30, i64 %305
  store float %304, ptr %306, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %307 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !27

exit34:                                           ; preds = %loop31
  br label %latch28
}

; Function Attrs: nounwind
define internal i32 @dloss.k2(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca [96 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds float, ptr %3, i64 48
  br label %loop

planes.done:                                      ; preds = %exit
  ret i32 0

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %15, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = urem i64 %i, 1
  %11 = mul nsw i64 %10, 3
  %12 = sub i64 3, %11
  %13 = icmp slt i64 %12, 3
  %14 = select i1 %13, i64 %12, i64 3
  br label %loop1

latch:                                            ; preds = %exit64
  %15 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !28

exit:                                             ; preds = %loop
  br label %planes.done

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %16 = icmp slt i64 %i5, 8
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !29

exit4:                                            ; preds = %loop1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %28, %latch8 ]
  %18 = icmp slt i64 %i10, %14
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %19 = add nsw i64 0, %i5
  %20 = add nsw i64 %11, %i10
  %21 = mul nsw i64 %19, 3
  %22 = add nsw i64 %21, %20
  %23 = getelementptr inbounds float, ptr %5, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = mul nsw i64 %i5, 3
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %24, ptr %27, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !30

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ 8, %exit4 ], [ %30, %latch13 ]
  %29 = icmp slt i64 %i15, 16
  br i1 %29, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %30 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !31

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %35, %latch18 ]
  %31 = icmp slt i64 %i20, %14
  br i1 %31, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %32 = mul nsw i64 %i15, 3
  %33 = add nsw i64 %32, %i20
  %34 = getelementptr inbounds float, ptr %8, i64 %33
  store float -0.000000e+00, ptr %34, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %35 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !32

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %37, %latch23 ]
  %36 = icmp slt i64 %i25, 8
  br i1 %36, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %37 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !33

exit24:                                           ; preds = %loop21
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %52, %latch28 ]
  %38 = icmp slt i64 %i30, %14
  br i1 %38, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %39 = mul nsw i64 %i25, 3
  %40 = add nsw i64 %39, %i30
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4
  %43 = add nsw i64 %i25, 8
  %44 = mul nsw i64 %43, 3
  %45 = add nsw i64 %44, %i30
  %46 = getelementptr inbounds float, ptr %8, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = fadd float %42, %47
  %49 = mul nsw i64 %i25, 3
  %50 = add nsw i64 %49, %i30
  %51 = getelementptr inbounds float, ptr %8, i64 %50
  store float %48, ptr %51, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %52 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !34

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ 0, %exit24 ], [ %54, %latch33 ]
  %53 = icmp slt i64 %i35, 4
  br i1 %53, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %54 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !35

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %69, %latch38 ]
  %55 = icmp slt i64 %i40, %14
  br i1 %55, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %56 = mul nsw i64 %i35, 3
  %57 = add nsw i64 %56, %i40
  %58 = getelementptr inbounds float, ptr %8, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = add nsw i64 %i35, 4
  %61 = mul nsw i64 %60, 3
  %62 = add nsw i64 %61, %i40
  %63 = getelementptr inbounds float, ptr %8, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = fadd float %59, %64
  %66 = mul nsw i64 %i35, 3
  %67 = add nsw i64 %66, %i40
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  store float %65, ptr %68, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %69 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !36

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 0, %exit34 ], [ %71, %latch43 ]
  %70 = icmp slt i64 %i45, 2
  br i1 %70, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %71 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !37

exit44:                                           ; preds = %loop41
  br label %loop51

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %86, %latch48 ]
  %72 = icmp slt i64 %i50, %14
  br i1 %72, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %73 = mul nsw i64 %i45, 3
  %74 = add nsw i64 %73, %i50
  %75 = getelementptr inbounds float, ptr %8, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = add nsw i64 %i45, 2
  %78 = mul nsw i64 %77, 3
  %79 = add nsw i64 %78, %i50
  %80 = getelementptr inbounds float, ptr %8, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = fadd float %76, %81
  %83 = mul nsw i64 %i45, 3
  %84 = add nsw i64 %83, %i50
  %85 = getelementptr inbounds float, ptr %8, i64 %84
  store float %82, ptr %85, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %86 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !38

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %exit44
  %i55 = phi i64 [ 0, %exit44 ], [ %88, %latch53 ]
  %87 = icmp slt i64 %i55, 1
  br i1 %87, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %88 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !39

exit54:                                           ; preds = %loop51
  br label %loop61

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %103, %latch58 ]
  %89 = icmp slt i64 %i60, %14
  br i1 %89, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %90 = mul nsw i64 %i55, 3
  %91 = add nsw i64 %90, %i60
  %92 = getelementptr inbounds float, ptr %8, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = add nsw i64 %i55, 1
  %95 = mul nsw i64 %94, 3
  %96 = add nsw i64 %95, %i60
  %97 = getelementptr inbounds float, ptr %8, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = fadd float %93, %98
  %100 = mul nsw i64 %i55, 3
  %101 = add nsw i64 %100, %i60
  %102 = getelementptr inbounds float, ptr %8, i64 %101
  store float %99, ptr %102, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %103 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !40

exit59:                                           ; preds = %loop56
  br label %latch53

loop61:                                           ; preds = %latch63, %exit54
  %i65 = phi i64 [ 0, %exit54 ], [ %110, %latch63 ]
  %104 = icmp slt i64 %i65, %14
  br i1 %104, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %105 = add nsw i64 %11, %i65
  %106 = add nsw i64 0, %i65
  %107 = getelementptr inbounds float, ptr %8, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %7, i64 %105
  store float %108, ptr %109, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %110 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !41

exit64:                                           ; preds = %loop61
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dloss.k3(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca <2 x float>, align 16
  %4 = alloca <2 x float>, align 16
  %5 = alloca <2 x float>, align 16
  %6 = alloca <2 x float>, align 16
  %7 = alloca <2 x float>, align 16
  %8 = alloca <2 x float>, align 16
  %9 = alloca <2 x float>, align 16
  %10 = alloca <2 x float>, align 16
  %11 = alloca float, align 16
  %12 = alloca float, align 16
  %13 = alloca float, align 16
  %14 = alloca float, align 16
  %15 = alloca float, align 16
  %16 = alloca float, align 16
  %17 = alloca float, align 16
  %18 = alloca float, align 16
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
  %i5 = phi i64 [ 0, %body ], [ %40, %latch3 ]
  %27 = icmp slt i64 %i5, 2
  br i1 %27, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %28 = mul nsw i64 %i5, 8
  %29 = mul nsw i64 %i, 128
  %30 = mul nsw i64 %i, 24
  %31 = mul nsw i64 %i, 48
  %32 = add nsw i64 %28, 0
  %33 = add nsw i64 %28, 1
  %34 = add nsw i64 %28, 2
  %35 = add nsw i64 %28, 3
  %36 = add nsw i64 %28, 4
  %37 = add nsw i64 %28, 5
  %38 = add nsw i64 %28, 6
  %39 = add nsw i64 %28, 7
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
  %40 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %127, %latch8 ]
  %41 = icmp slt i64 %i10, 8
  br i1 %41, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %42 = mul nsw i64 %i10, 3
  %43 = add nsw i64 %42, 0
  %44 = add nsw i64 %30, %43
  %45 = getelementptr inbounds float, ptr %22, i64 %44
  %46 = load <2 x float>, ptr %45, align 4
  %47 = mul nsw i64 %i10, 16
  %48 = add nsw i64 %47, %32
  %49 = add nsw i64 %29, %48
  %50 = getelementptr inbounds float, ptr %20, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = insertelement <2 x float> poison, float %51, i32 0
  %53 = shufflevector <2 x float> %52, <2 x float> poison, <2 x i32> zeroinitializer
  %54 = load <2 x float>, ptr %3, align 4
  %55 = fmul contract <2 x float> %53, %46
  %56 = fadd contract <2 x float> %54, %55
  store <2 x float> %56, ptr %3, align 4
  %57 = mul nsw i64 %i10, 16
  %58 = add nsw i64 %57, %33
  %59 = add nsw i64 %29, %58
  %60 = getelementptr inbounds float, ptr %20, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = insertelement <2 x float> poison, float %61, i32 0
  %63 = shufflevector <2 x float> %62, <2 x float> poison, <2 x i32> zeroinitializer
  %64 = load <2 x float>, ptr %4, align 4
  %65 = fmul contract <2 x float> %63, %46
  %66 = fadd contract <2 x float> %64, %65
  store <2 x float> %66, ptr %4, align 4
  %67 = mul nsw i64 %i10, 16
  %68 = add nsw i64 %67, %34
  %69 = add nsw i64 %29, %68
  %70 = getelementptr inbounds float, ptr %20, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <2 x float> poison, float %71, i32 0
  %73 = shufflevector <2 x float> %72, <2 x float> poison, <2 x i32> zeroinitializer
  %74 = load <2 x float>, ptr %5, align 4
  %75 = fmul contract <2 x float> %73, %46
  %76 = fadd contract <2 x float> %74, %75
  store <2 x float> %76, ptr %5, align 4
  %77 = mul nsw i64 %i10, 16
  %78 = add nsw i64 %77, %35
  %79 = add nsw i64 %29, %78
  %80 = getelementptr inbounds float, ptr %20, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = insertelement <2 x float> poison, float %81, i32 0
  %83 = shufflevector <2 x float> %82, <2 x float> poison, <2 x i32> zeroinitializer
  %84 = load <2 x float>, ptr %6, align 4
  %85 = fmul contract <2 x float> %83, %46
  %86 = fadd contract <2 x float> %84, %85
  store <2 x float> %86, ptr %6, align 4
  %87 = mul nsw i64 %i10, 16
  %88 = add nsw i64 %87, %36
  %89 = add nsw i64 %29, %88
  %90 = getelementptr inbounds float, ptr %20, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = insertelement <2 x float> poison, float %91, i32 0
  %93 = shufflevector <2 x float> %92, <2 x float> poison, <2 x i32> zeroinitializer
  %94 = load <2 x float>, ptr %7, align 4
  %95 = fmul contract <2 x float> %93, %46
  %96 = fadd contract <2 x float> %94, %95
  store <2 x float> %96, ptr %7, align 4
  %97 = mul nsw i64 %i10, 16
  %98 = add nsw i64 %97, %37
  %99 = add nsw i64 %29, %98
  %100 = getelementptr inbounds float, ptr %20, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = insertelement <2 x float> poison, float %101, i32 0
  %103 = shufflevector <2 x float> %102, <2 x float> poison, <2 x i32> zeroinitializer
  %104 = load <2 x float>, ptr %8, align 4
  %105 = fmul contract <2 x float> %103, %46
  %106 = fadd contract <2 x float> %104, %105
  store <2 x float> %106, ptr %8, align 4
  %107 = mul nsw i64 %i10, 16
  %108 = add nsw i64 %107, %38
  %109 = add nsw i64 %29, %108
  %110 = getelementptr inbounds float, ptr %20, i64 %109
  %111 = load float, ptr %110, align 4
  %112 = insertelement <2 x float> poison, float %111, i32 0
  %113 = shufflevector <2 x float> %112, <2 x float> poison, <2 x i32> zeroinitializer
  %114 = load <2 x float>, ptr %9, align 4
  %115 = fmul contract <2 x float> %113, %46
  %116 = fadd contract <2 x float> %114, %115
  store <2 x float> %116, ptr %9, align 4
  %117 = mul nsw i64 %i10, 16
  %118 = add nsw i64 %117, %39
  %119 = add nsw i64 %29, %118
  %120 = getelementptr inbounds float, ptr %20, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = insertelement <2 x float> poison, float %121, i32 0
  %123 = shufflevector <2 x float> %122, <2 x float> poison, <2 x i32> zeroinitializer
  %124 = load <2 x float>, ptr %10, align 4
  %125 = fmul contract <2 x float> %123, %46
  %126 = fadd contract <2 x float> %124, %125
  store <2 x float> %126, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %127 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !42

exit9:                                            ; preds = %loop6
  %128 = load <2 x float>, ptr %3, align 4
  %129 = load <2 x float>, ptr %4, align 4
  %130 = load <2 x float>, ptr %5, align 4
  %131 = load <2 x float>, ptr %6, align 4
  %132 = load <2 x float>, ptr %7, align 4
  %133 = load <2 x float>, ptr %8, align 4
  %134 = load <2 x float>, ptr %9, align 4
  %135 = load <2 x float>, ptr %10, align 4
  %136 = mul nsw i64 %32, 3
  %137 = add nsw i64 %136, 0
  %138 = add nsw i64 %31, %137
  %139 = getelementptr inbounds float, ptr %24, i64 %138
  store <2 x float> %128, ptr %139, align 4
  %140 = mul nsw i64 %33, 3
  %141 = add nsw i64 %140, 0
  %142 = add nsw i64 %31, %141
  %143 = getelementptr inbounds float, ptr %24, i64 %142
  store <2 x float> %129, ptr %143, align 4
  %144 = mul nsw i64 %34, 3
  %145 = add nsw i64 %144, 0
  %146 = add nsw i64 %31, %145
  %147 = getelementptr inbounds float, ptr %24, i64 %146
  store <2 x float> %130, ptr %147, align 4
  %148 = mul nsw i64 %35, 3
  %149 = add nsw i64 %148, 0
  %150 = add nsw i64 %31, %149
  %151 = getelementptr inbounds float, ptr %24, i64 %150
  store <2 x float> %131, ptr %151, align 4
  %152 = mul nsw i64 %36, 3
  %153 = add nsw i64 %152, 0
  %154 = add nsw i64 %31, %153
  %155 = getelementptr inbounds float, ptr %24, i64 %154
  store <2 x float> %132, ptr %155, align 4
  %156 = mul nsw i64 %37, 3
  %157 = add nsw i64 %156, 0
  %158 = add nsw i64 %31, %157
  %159 = getelementptr inbounds float, ptr %24, i64 %158
  store <2 x float> %133, ptr %159, align 4
  %160 = mul nsw i64 %38, 3
  %161 = add nsw i64 %160, 0
  %162 = add nsw i64 %31, %161
  %163 = getelementptr inbounds float, ptr %24, i64 %162
  store <2 x float> %134, ptr %163, align 4
  %164 = mul nsw i64 %39, 3
  %165 = add nsw i64 %164, 0
  %166 = add nsw i64 %31, %165
  %167 = getelementptr inbounds float, ptr %24, i64 %166
  store <2 x float> %135, ptr %167, align 4
  %168 = mul nsw i64 %i, 128
  %169 = mul nsw i64 %i, 24
  %170 = mul nsw i64 %i, 48
  %171 = add nsw i64 %28, 0
  %172 = add nsw i64 %28, 1
  %173 = add nsw i64 %28, 2
  %174 = add nsw i64 %28, 3
  %175 = add nsw i64 %28, 4
  %176 = add nsw i64 %28, 5
  %177 = add nsw i64 %28, 6
  %178 = add nsw i64 %28, 7
  store float -0.000000e+00, ptr %11, align 4
  store float -0.000000e+00, ptr %12, align 4
  store float -0.000000e+00, ptr %13, align 4
  store float -0.000000e+00, ptr %14, align 4
  store float -0.000000e+00, ptr %15, align 4
  store float -0.000000e+00, ptr %16, align 4
  store float -0.000000e+00, ptr %17, align 4
  store float -0.000000e+00, ptr %18, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %249, %latch13 ]
  %179 = icmp slt i64 %i15, 8
  br i1 %179, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %180 = mul nsw i64 %i15, 3
  %181 = add nsw i64 %180, 2
  %182 = add nsw i64 %169, %181
  %183 = getelementptr inbounds float, ptr %22, i64 %182
  %184 = load float, ptr %183, align 4
  %185 = mul nsw i64 %i15, 16
  %186 = add nsw i64 %185, %171
  %187 = add nsw i64 %168, %186
  %188 = getelementptr inbounds float, ptr %20, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = load float, ptr %11, align 4
  %191 = fmul contract float %189, %184
  %192 = fadd contract float %190, %191
  store float %192, ptr %11, align 4
  %193 = mul nsw i64 %i15, 16
  %194 = add nsw i64 %193, %172
  %195 = add nsw i64 %168, %194
  %196 = getelementptr inbounds float, ptr %20, i64 %195
  %197 = load float, ptr %196, align 4
  %198 = load float, ptr %12, align 4
  %199 = fmul contract float %197, %184
  %200 = fadd contract float %198, %199
  store float %200, ptr %12, align 4
  %201 = mul nsw i64 %i15, 16
  %202 = add nsw i64 %201, %173
  %203 = add nsw i64 %168, %202
  %204 = getelementptr inbounds float, ptr %20, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = load float, ptr %13, align 4
  %207 = fmul contract float %205, %184
  %208 = fadd contract float %206, %207
  store float %208, ptr %13, align 4
  %209 = mul nsw i64 %i15, 16
  %210 = add nsw i64 %209, %174
  %211 = add nsw i64 %168, %210
  %212 = getelementptr inbounds float, ptr %20, i64 %211
  %213 = load float, ptr %212, align 4
  %214 = load float, ptr %14, align 4
  %215 = fmul contract float %213, %184
  %216 = fadd contract float %214, %215
  store float %216, ptr %14, align 4
  %217 = mul nsw i64 %i15, 16
  %218 = add nsw i64 %217, %175
  %219 = add nsw i64 %168, %218
  %220 = getelementptr inbounds float, ptr %20, i64 %219
  %221 = load float, ptr %220, align 4
  %222 = load float, ptr %15, align 4
  %223 = fmul contract float %221, %184
  %224 = fadd contract float %222, %223
  store float %224, ptr %15, align 4
  %225 = mul nsw i64 %i15, 16
  %226 = add nsw i64 %225, %176
  %227 = add nsw i64 %168, %226
  %228 = getelementptr inbounds float, ptr %20, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = load float, ptr %16, align 4
  %231 = fmul contract float %229, %184
  %232 = fadd contract float %230, %231
  store float %232, ptr %16, align 4
  %233 = mul nsw i64 %i15, 16
  %234 = add nsw i64 %233, %177
  %235 = add nsw i64 %168, %234
  %236 = getelementptr inbounds float, ptr %20, i64 %235
  %237 = load float, ptr %236, align 4
  %238 = load float, ptr %17, align 4
  %239 = fmul contract float %237, %184
  %240 = fadd contract float %238, %239
  store float %240, ptr %17, align 4
  %241 = mul nsw i64 %i15, 16
  %242 = add nsw i64 %241, %178
  %243 = add nsw i64 %168, %242
  %244 = getelementptr inbounds float, ptr %20, i64 %243
  %245 = load float, ptr %244, align 4
  %246 = load float, ptr %18, align 4
  %247 = fmul contract float %245, %184
  %248 = fadd contract float %246, %247
  store float %248, ptr %18, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %249 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !43

exit14:                                           ; preds = %loop11
  %250 = load float, ptr %11, align 4
  %251 = load float, ptr %12, align 4
  %252 = load float, ptr %13, align 4
  %253 = load float, ptr %14, align 4
  %254 = load float, ptr %15, align 4
  %255 = load float, ptr %16, align 4
  %256 = load float, ptr %17, align 4
  %257 = load float, ptr %18, align 4
  %258 = mul nsw i64 %171, 3
  %259 = add nsw i64 %258, 2
  %260 = add nsw i64 %170, %259
  %261 = getelementptr inbounds float, ptr %24, i64 %260
  store float %250, ptr %261, align 4
  %262 = mul nsw i64 %172, 3
  %263 = add nsw i64 %262, 2
  %264 = add nsw i64 %170, %263
  %265 = getelementptr inbounds float, ptr %24, i64 %264
  store float %251, ptr %265, align 4
  %266 = mul nsw i64 %173, 3
  %267 = add nsw i64 %266, 2
  %268 = add nsw i64 %170, %267
  %269 = getelementptr inbounds float, ptr %24, i64 %268
  store float %252, ptr %269, align 4
  %270 = mul nsw i64 %174, 3
  %271 = add nsw i64 %270, 2
  %272 = add nsw i64 %170, %271
  %273 = getelementptr inbounds float, ptr %24, i64 %272
  store float %253, ptr %273, align 4
  %274 = mul nsw i64 %175, 3
  %275 = add nsw i64 %274, 2
  %276 = add nsw i64 %170, %275
  %277 = getelementptr inbounds float, ptr %24, i64 %276
  store float %254, ptr %277, align 4
  %278 = mul nsw i64 %176, 3
  %279 = add nsw i64 %278, 2
  %280 = add nsw i64 %170, %279
  %281 = getelementptr inbounds float, ptr %24, i64 %280
  store float %255, ptr %281, align 4
  %282 = mul nsw i64 %177, 3
  %283 = add nsw i64 %282, 2
  %284 = add nsw i64 %170, %283
  %285 = getelementptr inbounds float, ptr %24, i64 %284
  store float %256, ptr %285, align 4
  %286 = mul nsw i64 %178, 3
  %287 = add nsw i64 %286, 2
  %288 = add nsw i64 %170, %287
  %289 = getelementptr inbounds float, ptr %24, i64 %288
  store float %257, ptr %289, align 4
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dloss.k4(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  %11 = alloca <8 x float>, align 16
  %12 = alloca <8 x float>, align 16
  %13 = alloca <8 x float>, align 16
  %14 = alloca <8 x float>, align 16
  %15 = alloca [96 x float], align 16
  %16 = alloca <8 x float>, align 16
  %17 = alloca <8 x float>, align 16
  %18 = alloca <8 x float>, align 16
  %19 = alloca <8 x float>, align 16
  %20 = alloca [32 x float], align 16
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
  %29 = getelementptr inbounds ptr, ptr %0, i64 4
  %30 = load ptr, ptr %29, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %32, %latch ]
  %31 = icmp slt i64 %i, 3
  br i1 %31, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %32 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %41, %latch3 ]
  %33 = icmp slt i64 %i5, 16
  br i1 %33, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %34 = mul nsw i64 %i5, 3
  %35 = add nsw i64 %34, %i
  %36 = getelementptr inbounds float, ptr %24, i64 %35
  %37 = load float, ptr %36, align 4
  %38 = mul nsw i64 %i, 16
  %39 = add nsw i64 %38, %i5
  %40 = getelementptr inbounds float, ptr %30, i64 %39
  store float %37, ptr %40, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %41 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !44

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %43, %latch8 ]
  %42 = icmp slt i64 %i10, 1
  br i1 %42, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit39
  %43 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %55, %latch13 ]
  %44 = icmp slt i64 %i15, 1
  br i1 %44, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %45 = mul nsw i64 %i15, 6
  %46 = mul nsw i64 %i10, 24
  %47 = mul nsw i64 %i10, 48
  %48 = mul nsw i64 %i10, 128
  %49 = add nsw i64 %45, 0
  %50 = add nsw i64 %45, 1
  %51 = add nsw i64 %45, 2
  %52 = add nsw i64 %45, 3
  %53 = add nsw i64 %45, 4
  %54 = add nsw i64 %45, 5
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %12, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %13, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %14, align 4
  br label %loop16

latch13:                                          ; preds = %exit24
  %55 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %56 = mul nsw i64 %i10, 24
  %57 = mul nsw i64 %i10, 48
  %58 = mul nsw i64 %i10, 128
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %16, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %17, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %18, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %19, align 4
  br label %loop31

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %148, %latch18 ]
  %59 = icmp slt i64 %i20, 3
  br i1 %59, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %60 = mul nsw i64 %i20, 16
  %61 = add nsw i64 %60, 0
  %62 = add nsw i64 %47, %61
  %63 = getelementptr inbounds float, ptr %30, i64 %62
  %64 = load <8 x float>, ptr %63, align 4
  %65 = mul nsw i64 %i20, 16
  %66 = add nsw i64 %65, 8
  %67 = add nsw i64 %47, %66
  %68 = getelementptr inbounds float, ptr %30, i64 %67
  %69 = load <8 x float>, ptr %68, align 4
  %70 = mul nsw i64 %49, 3
  %71 = add nsw i64 %70, %i20
  %72 = add nsw i64 %46, %71
  %73 = getelementptr inbounds float, ptr %22, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = insertelement <8 x float> poison, float %74, i32 0
  %76 = shufflevector <8 x float> %75, <8 x float> poison, <8 x i32> zeroinitializer
  %77 = load <8 x float>, ptr %3, align 4
  %78 = fmul contract <8 x float> %76, %64
  %79 = fadd contract <8 x float> %77, %78
  store <8 x float> %79, ptr %3, align 4
  %80 = load <8 x float>, ptr %4, align 4
  %81 = fmul contract <8 x float> %76, %69
  %82 = fadd contract <8 x float> %80, %81
  store <8 x float> %82, ptr %4, align 4
  %83 = mul nsw i64 %50, 3
  %84 = add nsw i64 %83, %i20
  %85 = add nsw i64 %46, %84
  %86 = getelementptr inbounds float, ptr %22, i64 %85
  %87 = load float, ptr %86, align 4
  %88 = insertelement <8 x float> poison, float %87, i32 0
  %89 = shufflevector <8 x float> %88, <8 x float> poison, <8 x i32> zeroinitializer
  %90 = load <8 x float>, ptr %5, align 4
  %91 = fmul contract <8 x float> %89, %64
  %92 = fadd contract <8 x float> %90, %91
  store <8 x float> %92, ptr %5, align 4
  %93 = load <8 x float>, ptr %6, align 4
  %94 = fmul contract <8 x float> %89, %69
  %95 = fadd contract <8 x float> %93, %94
  store <8 x float> %95, ptr %6, align 4
  %96 = mul nsw i64 %51, 3
  %97 = add nsw i64 %96, %i20
  %98 = add nsw i64 %46, %97
  %99 = getelementptr inbounds float, ptr %22, i64 %98
  %100 = load float, ptr %99, align 4
  %101 = insertelement <8 x float> poison, float %100, i32 0
  %102 = shufflevector <8 x float> %101, <8 x float> poison, <8 x i32> zeroinitializer
  %103 = load <8 x float>, ptr %7, align 4
  %104 = fmul contract <8 x float> %102, %64
  %105 = fadd contract <8 x float> %103, %104
  store <8 x float> %105, ptr %7, align 4
  %106 = load <8 x float>, ptr %8, align 4
  %107 = fmul contract <8 x float> %102, %69
  %108 = fadd contract <8 x float> %106, %107
  store <8 x float> %108, ptr %8, align 4
  %109 = mul nsw i64 %52, 3
  %110 = add nsw i64 %109, %i20
  %111 = add nsw i64 %46, %110
  %112 = getelementptr inbounds float, ptr %22, i64 %111
  %113 = load float, ptr %112, align 4
  %114 = insertelement <8 x float> poison, float %113, i32 0
  %115 = shufflevector <8 x float> %114, <8 x float> poison, <8 x i32> zeroinitializer
  %116 = load <8 x float>, ptr %9, align 4
  %117 = fmul contract <8 x float> %115, %64
  %118 = fadd contract <8 x float> %116, %117
  store <8 x float> %118, ptr %9, align 4
  %119 = load <8 x float>, ptr %10, align 4
  %120 = fmul contract <8 x float> %115, %69
  %121 = fadd contract <8 x float> %119, %120
  store <8 x float> %121, ptr %10, align 4
  %122 = mul nsw i64 %53, 3
  %123 = add nsw i64 %122, %i20
  %124 = add nsw i64 %46, %123
  %125 = getelementptr inbounds float, ptr %22, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %126, i32 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = load <8 x float>, ptr %11, align 4
  %130 = fmul contract <8 x float> %128, %64
  %131 = fadd contract <8 x float> %129, %130
  store <8 x float> %131, ptr %11, align 4
  %132 = load <8 x float>, ptr %12, align 4
  %133 = fmul contract <8 x float> %128, %69
  %134 = fadd contract <8 x float> %132, %133
  store <8 x float> %134, ptr %12, align 4
  %135 = mul nsw i64 %54, 3
  %136 = add nsw i64 %135, %i20
  %137 = add nsw i64 %46, %136
  %138 = getelementptr inbounds float, ptr %22, i64 %137
  %139 = load float, ptr %138, align 4
  %140 = insertelement <8 x float> poison, float %139, i32 0
  %141 = shufflevector <8 x float> %140, <8 x float> poison, <8 x i32> zeroinitializer
  %142 = load <8 x float>, ptr %13, align 4
  %143 = fmul contract <8 x float> %141, %64
  %144 = fadd contract <8 x float> %142, %143
  store <8 x float> %144, ptr %13, align 4
  %145 = load <8 x float>, ptr %14, align 4
  %146 = fmul contract <8 x float> %141, %69
  %147 = fadd contract <8 x float> %145, %146
  store <8 x float> %147, ptr %14, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %148 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !45

exit19:                                           ; preds = %loop16
  %149 = load <8 x float>, ptr %3, align 4
  %150 = load <8 x float>, ptr %4, align 4
  %151 = load <8 x float>, ptr %5, align 4
  %152 = load <8 x float>, ptr %6, align 4
  %153 = load <8 x float>, ptr %7, align 4
  %154 = load <8 x float>, ptr %8, align 4
  %155 = load <8 x float>, ptr %9, align 4
  %156 = load <8 x float>, ptr %10, align 4
  %157 = load <8 x float>, ptr %11, align 4
  %158 = load <8 x float>, ptr %12, align 4
  %159 = load <8 x float>, ptr %13, align 4
  %160 = load <8 x float>, ptr %14, align 4
  %161 = getelementptr inbounds float, ptr %15, i64 0
  store <8 x float> %149, ptr %161, align 4
  %162 = getelementptr inbounds float, ptr %15, i64 8
  store <8 x float> %150, ptr %162, align 4
  %163 = getelementptr inbounds float, ptr %15, i64 16
  store <8 x float> %151, ptr %163, align 4
  %164 = getelementptr inbounds float, ptr %15, i64 24
  store <8 x float> %152, ptr %164, align 4
  %165 = getelementptr inbounds float, ptr %15, i64 32
  store <8 x float> %153, ptr %165, align 4
  %166 = getelementptr inbounds float, ptr %15, i64 40
  store <8 x float> %154, ptr %166, align 4
  %167 = getelementptr inbounds float, ptr %15, i64 48
  store <8 x float> %155, ptr %167, align 4
  %168 = getelementptr inbounds float, ptr %15, i64 56
  store <8 x float> %156, ptr %168, align 4
  %169 = getelementptr inbounds float, ptr %15, i64 64
  store <8 x float> %157, ptr %169, align 4
  %170 = getelementptr inbounds float, ptr %15, i64 72
  store <8 x float> %158, ptr %170, align 4
  %171 = getelementptr inbounds float, ptr %15, i64 80
  store <8 x float> %159, ptr %171, align 4
  %172 = getelementptr inbounds float, ptr %15, i64 88
  store <8 x float> %160, ptr %172, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %182, %latch23 ]
  %173 = icmp slt i64 %i25, 6
  br i1 %173, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %174 = mul nsw i64 %i10, 8
  %175 = add nsw i64 %45, %i25
  %176 = add nsw i64 %174, %175
  %177 = mul nsw i64 %176, 16
  %178 = add nsw i64 %177, 0
  %179 = mul nsw i64 %i25, 16
  %180 = getelementptr inbounds float, ptr %15, i64 %179
  %181 = add nsw i64 %45, %i25
  br label %loop26

latch23:                                          ; preds = %exit29
  %182 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !46

exit24:                                           ; preds = %loop21
  br label %latch13

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %199, %latch28 ]
  %183 = icmp slt i64 %i30, 16
  br i1 %183, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %184 = add nsw i64 0, %i30
  %185 = mul nsw i64 %181, 16
  %186 = add nsw i64 %185, %184
  %187 = sub i64 %186, %178
  %188 = getelementptr inbounds float, ptr %180, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = mul nsw i64 %181, 16
  %191 = add nsw i64 %190, %184
  %192 = getelementptr inbounds float, ptr %26, i64 %191
  %193 = load float, ptr %192, align 4
  %194 = fmul float %193, %193
  %195 = fsub float 1.000000e+00, %194
  %196 = fmul float %189, %195
  %197 = add nsw i64 %178, %i30
  %198 = getelementptr inbounds float, ptr %28, i64 %197
  store float %196, ptr %198, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %199 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !47

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit14
  %i35 = phi i64 [ 0, %exit14 ], [ %235, %latch33 ]
  %200 = icmp slt i64 %i35, 3
  br i1 %200, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %201 = mul nsw i64 %i35, 16
  %202 = add nsw i64 %201, 0
  %203 = add nsw i64 %57, %202
  %204 = getelementptr inbounds float, ptr %30, i64 %203
  %205 = load <8 x float>, ptr %204, align 4
  %206 = mul nsw i64 %i35, 16
  %207 = add nsw i64 %206, 8
  %208 = add nsw i64 %57, %207
  %209 = getelementptr inbounds float, ptr %30, i64 %208
  %210 = load <8 x float>, ptr %209, align 4
  %211 = add nsw i64 18, %i35
  %212 = add nsw i64 %56, %211
  %213 = getelementptr inbounds float, ptr %22, i64 %212
  %214 = load float, ptr %213, align 4
  %215 = insertelement <8 x float> poison, float %214, i32 0
  %216 = shufflevector <8 x float> %215, <8 x float> poison, <8 x i32> zeroinitializer
  %217 = load <8 x float>, ptr %16, align 4
  %218 = fmul contract <8 x float> %216, %205
  %219 = fadd contract <8 x float> %217, %218
  store <8 x float> %219, ptr %16, align 4
  %220 = load <8 x float>, ptr %17, align 4
  %221 = fmul contract <8 x float> %216, %210
  %222 = fadd contract <8 x float> %220, %221
  store <8 x float> %222, ptr %17, align 4
  %223 = add nsw i64 21, %i35
  %224 = add nsw i64 %56, %223
  %225 = getelementptr inbounds float, ptr %22, i64 %224
  %226 = load float, ptr %225, align 4
  %227 = insertelement <8 x float> poison, float %226, i32 0
  %228 = shufflevector <8 x float> %227, <8 x float> poison, <8 x i32> zeroinitializer
  %229 = load <8 x float>, ptr %18, align 4
  %230 = fmul contract <8 x float> %228, %205
  %231 = fadd contract <8 x float> %229, %230
  store <8 x float> %231, ptr %18, align 4
  %232 = load <8 x float>, ptr %19, align 4
  %233 = fmul contract <8 x float> %228, %210
  %234 = fadd contract <8 x float> %232, %233
  store <8 x float> %234, ptr %19, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %235 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !48

exit34:                                           ; preds = %loop31
  %236 = load <8 x float>, ptr %16, align 4
  %237 = load <8 x float>, ptr %17, align 4
  %238 = load <8 x float>, ptr %18, align 4
  %239 = load <8 x float>, ptr %19, align 4
  %240 = getelementptr inbounds float, ptr %20, i64 0
  store <8 x float> %236, ptr %240, align 4
  %241 = getelementptr inbounds float, ptr %20, i64 8
  store <8 x float> %237, ptr %241, align 4
  %242 = getelementptr inbounds float, ptr %20, i64 16
  store <8 x float> %238, ptr %242, align 4
  %243 = getelementptr inbounds float, ptr %20, i64 24
  store <8 x float> %239, ptr %243, align 4
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %253, %latch38 ]
  %244 = icmp slt i64 %i40, 2
  br i1 %244, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %245 = mul nsw i64 %i10, 8
  %246 = add nsw i64 6, %i40
  %247 = add nsw i64 %245, %246
  %248 = mul nsw i64 %247, 16
  %249 = add nsw i64 %248, 0
  %250 = mul nsw i64 %i40, 16
  %251 = getelementptr inbounds float, ptr %20, i64 %250
  %252 = add nsw i64 6, %i40
  br label %loop41

latch38:                                          ; preds = %exit44
  %253 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !49

exit39:                                           ; preds = %loop36
  br label %latch8

loop41:                                           ; preds = %latch43, %body37
  %i45 = phi i64 [ 0, %body37 ], [ %270, %latch43 ]
  %254 = icmp slt i64 %i45, 16
  br i1 %254, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %255 = add nsw i64 0, %i45
  %256 = mul nsw i64 %252, 16
  %257 = add nsw i64 %256, %255
  %258 = sub i64 %257, %249
  %259 = getelementptr inbounds float, ptr %251, i64 %258
  %260 = load float, ptr %259, align 4
  %261 = mul nsw i64 %252, 16
  %262 = add nsw i64 %261, %255
  %263 = getelementptr inbounds float, ptr %26, i64 %262
  %264 = load float, ptr %263, align 4
  %265 = fmul float %264, %264
  %266 = fsub float 1.000000e+00, %265
  %267 = fmul float %260, %266
  %268 = add nsw i64 %249, %i45
  %269 = getelementptr inbounds float, ptr %28, i64 %268
  store float %267, ptr %269, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %270 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !50

exit44:                                           ; preds = %loop41
  br label %latch38
}

; Function Attrs: nounwind
define internal i32 @dloss.k5(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca [512 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds float, ptr %3, i64 256
  br label %loop

planes.done:                                      ; preds = %exit
  ret i32 0

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %15, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = urem i64 %i, 1
  %11 = mul nsw i64 %10, 16
  %12 = sub i64 16, %11
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

latch:                                            ; preds = %exit64
  %15 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !51

exit:                                             ; preds = %loop
  br label %planes.done

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %16 = icmp slt i64 %i5, 8
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !52

exit4:                                            ; preds = %loop1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %28, %latch8 ]
  %18 = icmp slt i64 %i10, %14
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %19 = add nsw i64 0, %i5
  %20 = add nsw i64 %11, %i10
  %21 = mul nsw i64 %19, 16
  %22 = add nsw i64 %21, %20
  %23 = getelementptr inbounds float, ptr %5, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = mul nsw i64 %i5, 16
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %24, ptr %27, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !53

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ 8, %exit4 ], [ %30, %latch13 ]
  %29 = icmp slt i64 %i15, 16
  br i1 %29, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %30 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !54

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %35, %latch18 ]
  %31 = icmp slt i64 %i20, %14
  br i1 %31, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %32 = mul nsw i64 %i15, 16
  %33 = add nsw i64 %32, %i20
  %34 = getelementptr inbounds float, ptr %8, i64 %33
  store float -0.000000e+00, ptr %34, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %35 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !55

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %37, %latch23 ]
  %36 = icmp slt i64 %i25, 8
  br i1 %36, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %37 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !56

exit24:                                           ; preds = %loop21
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %52, %latch28 ]
  %38 = icmp slt i64 %i30, %14
  br i1 %38, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %39 = mul nsw i64 %i25, 16
  %40 = add nsw i64 %39, %i30
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4
  %43 = add nsw i64 %i25, 8
  %44 = mul nsw i64 %43, 16
  %45 = add nsw i64 %44, %i30
  %46 = getelementptr inbounds float, ptr %8, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = fadd float %42, %47
  %49 = mul nsw i64 %i25, 16
  %50 = add nsw i64 %49, %i30
  %51 = getelementptr inbounds float, ptr %8, i64 %50
  store float %48, ptr %51, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %52 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !57

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ 0, %exit24 ], [ %54, %latch33 ]
  %53 = icmp slt i64 %i35, 4
  br i1 %53, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %54 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !58

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %69, %latch38 ]
  %55 = icmp slt i64 %i40, %14
  br i1 %55, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %56 = mul nsw i64 %i35, 16
  %57 = add nsw i64 %56, %i40
  %58 = getelementptr inbounds float, ptr %8, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = add nsw i64 %i35, 4
  %61 = mul nsw i64 %60, 16
  %62 = add nsw i64 %61, %i40
  %63 = getelementptr inbounds float, ptr %8, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = fadd float %59, %64
  %66 = mul nsw i64 %i35, 16
  %67 = add nsw i64 %66, %i40
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  store float %65, ptr %68, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %69 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !59

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 0, %exit34 ], [ %71, %latch43 ]
  %70 = icmp slt i64 %i45, 2
  br i1 %70, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %71 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !60

exit44:                                           ; preds = %loop41
  br label %loop51

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %86, %latch48 ]
  %72 = icmp slt i64 %i50, %14
  br i1 %72, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %73 = mul nsw i64 %i45, 16
  %74 = add nsw i64 %73, %i50
  %75 = getelementptr inbounds float, ptr %8, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = add nsw i64 %i45, 2
  %78 = mul nsw i64 %77, 16
  %79 = add nsw i64 %78, %i50
  %80 = getelementptr inbounds float, ptr %8, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = fadd float %76, %81
  %83 = mul nsw i64 %i45, 16
  %84 = add nsw i64 %83, %i50
  %85 = getelementptr inbounds float, ptr %8, i64 %84
  store float %82, ptr %85, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %86 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !61

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %exit44
  %i55 = phi i64 [ 0, %exit44 ], [ %88, %latch53 ]
  %87 = icmp slt i64 %i55, 1
  br i1 %87, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %88 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !62

exit54:                                           ; preds = %loop51
  br label %loop61

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %103, %latch58 ]
  %89 = icmp slt i64 %i60, %14
  br i1 %89, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %90 = mul nsw i64 %i55, 16
  %91 = add nsw i64 %90, %i60
  %92 = getelementptr inbounds float, ptr %8, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = add nsw i64 %i55, 1
  %95 = mul nsw i64 %94, 16
  %96 = add nsw i64 %95, %i60
  %97 = getelementptr inbounds float, ptr %8, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = fadd float %93, %98
  %100 = mul nsw i64 %i55, 16
  %101 = add nsw i64 %100, %i60
  %102 = getelementptr inbounds float, ptr %8, i64 %101
  store float %99, ptr %102, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %103 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !63

exit59:                                           ; preds = %loop56
  br label %latch53

loop61:                                           ; preds = %latch63, %exit54
  %i65 = phi i64 [ 0, %exit54 ], [ %110, %latch63 ]
  %104 = icmp slt i64 %i65, %14
  br i1 %104, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %105 = add nsw i64 %11, %i65
  %106 = add nsw i64 0, %i65
  %107 = getelementptr inbounds float, ptr %8, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %7, i64 %105
  store float %108, ptr %109, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %110 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !64

exit64:                                           ; preds = %loop61
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dloss.k6(ptr %0, i64 %1, i64 %2) #2 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %11 = getelementptr inbounds ptr, ptr %0, i64 0
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 1
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 2
  %16 = load ptr, ptr %15, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %21, %latch ]
  %17 = icmp slt i64 %i, 1
  br i1 %17, label %body, label %exit

body:                                             ; preds = %loop
  %18 = mul nsw i64 %i, 32
  %19 = mul nsw i64 %i, 128
  %20 = mul nsw i64 %i, 64
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop1

latch:                                            ; preds = %exit4
  %21 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %85, %latch3 ]
  %22 = icmp slt i64 %i5, 8
  br i1 %22, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %23 = mul nsw i64 %i5, 16
  %24 = add nsw i64 %23, 0
  %25 = add nsw i64 %19, %24
  %26 = getelementptr inbounds float, ptr %14, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = mul nsw i64 %i5, 16
  %29 = add nsw i64 %28, 8
  %30 = add nsw i64 %19, %29
  %31 = getelementptr inbounds float, ptr %14, i64 %30
  %32 = load <8 x float>, ptr %31, align 4
  %33 = mul nsw i64 %i5, 4
  %34 = add nsw i64 %33, 0
  %35 = add nsw i64 %18, %34
  %36 = getelementptr inbounds float, ptr %12, i64 %35
  %37 = load float, ptr %36, align 4
  %38 = insertelement <8 x float> poison, float %37, i32 0
  %39 = shufflevector <8 x float> %38, <8 x float> poison, <8 x i32> zeroinitializer
  %40 = load <8 x float>, ptr %3, align 4
  %41 = fmul contract <8 x float> %39, %27
  %42 = fadd contract <8 x float> %40, %41
  store <8 x float> %42, ptr %3, align 4
  %43 = load <8 x float>, ptr %4, align 4
  %44 = fmul contract <8 x float> %39, %32
  %45 = fadd contract <8 x float> %43, %44
  store <8 x float> %45, ptr %4, align 4
  %46 = mul nsw i64 %i5, 4
  %47 = add nsw i64 %46, 1
  %48 = add nsw i64 %18, %47
  %49 = getelementptr inbounds float, ptr %12, i64 %48
  %50 = load float, ptr %49, align 4
  %51 = insertelement <8 x float> poison, float %50, i32 0
  %52 = shufflevector <8 x float> %51, <8 x float> poison, <8 x i32> zeroinitializer
  %53 = load <8 x float>, ptr %5, align 4
  %54 = fmul contract <8 x float> %52, %27
  %55 = fadd contract <8 x float> %53, %54
  store <8 x float> %55, ptr %5, align 4
  %56 = load <8 x float>, ptr %6, align 4
  %57 = fmul contract <8 x float> %52, %32
  %58 = fadd contract <8 x float> %56, %57
  store <8 x float> %58, ptr %6, align 4
  %59 = mul nsw i64 %i5, 4
  %60 = add nsw i64 %59, 2
  %61 = add nsw i64 %18, %60
  %62 = getelementptr inbounds float, ptr %12, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = insertelement <8 x float> poison, float %63, i32 0
  %65 = shufflevector <8 x float> %64, <8 x float> poison, <8 x i32> zeroinitializer
  %66 = load <8 x float>, ptr %7, align 4
  %67 = fmul contract <8 x float> %65, %27
  %68 = fadd contract <8 x float> %66, %67
  store <8 x float> %68, ptr %7, align 4
  %69 = load <8 x float>, ptr %8, align 4
  %70 = fmul contract <8 x float> %65, %32
  %71 = fadd contract <8 x float> %69, %70
  store <8 x float> %71, ptr %8, align 4
  %72 = mul nsw i64 %i5, 4
  %73 = add nsw i64 %72, 3
  %74 = add nsw i64 %18, %73
  %75 = getelementptr inbounds float, ptr %12, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = insertelement <8 x float> poison, float %76, i32 0
  %78 = shufflevector <8 x float> %77, <8 x float> poison, <8 x i32> zeroinitializer
  %79 = load <8 x float>, ptr %9, align 4
  %80 = fmul contract <8 x float> %78, %27
  %81 = fadd contract <8 x float> %79, %80
  store <8 x float> %81, ptr %9, align 4
  %82 = load <8 x float>, ptr %10, align 4
  %83 = fmul contract <8 x float> %78, %32
  %84 = fadd contract <8 x float> %82, %83
  store <8 x float> %84, ptr %10, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %85 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !65

exit4:                                            ; preds = %loop1
  %86 = load <8 x float>, ptr %3, align 4
  %87 = load <8 x float>, ptr %4, align 4
  %88 = load <8 x float>, ptr %5, align 4
  %89 = load <8 x float>, ptr %6, align 4
  %90 = load <8 x float>, ptr %7, align 4
  %91 = load <8 x float>, ptr %8, align 4
  %92 = load <8 x float>, ptr %9, align 4
  %93 = load <8 x float>, ptr %10, align 4
  %94 = add nsw i64 %20, 0
  %95 = getelementptr inbounds float, ptr %16, i64 %94
  store <8 x float> %86, ptr %95, align 4
  %96 = add nsw i64 %20, 8
  %97 = getelementptr inbounds float, ptr %16, i64 %96
  store <8 x float> %87, ptr %97, align 4
  %98 = add nsw i64 %20, 16
  %99 = getelementptr inbounds float, ptr %16, i64 %98
  store <8 x float> %88, ptr %99, align 4
  %100 = add nsw i64 %20, 24
  %101 = getelementptr inbounds float, ptr %16, i64 %100
  store <8 x float> %89, ptr %101, align 4
  %102 = add nsw i64 %20, 32
  %103 = getelementptr inbounds float, ptr %16, i64 %102
  store <8 x float> %90, ptr %103, align 4
  %104 = add nsw i64 %20, 40
  %105 = getelementptr inbounds float, ptr %16, i64 %104
  store <8 x float> %91, ptr %105, align 4
  %106 = add nsw i64 %20, 48
  %107 = getelementptr inbounds float, ptr %16, i64 %106
  store <8 x float> %92, ptr %107, align 4
  %108 = add nsw i64 %20, 56
  %109 = getelementptr inbounds float, ptr %16, i64 %108
  store <8 x float> %93, ptr %109, align 4
  br label %latch
}

; Function Attrs: nounwind
define i32 @dloss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9) #2 {
entry:
  %10 = alloca ptr, align 8
  store ptr null, ptr %10, align 8
  %11 = alloca [4 x ptr], align 8
  %12 = alloca [5 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [3 x ptr], align 8
  %15 = alloca [5 x ptr], align 8
  %16 = alloca [2 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = call i32 @ftc_rt_alloc(ptr %10, i64 1344)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok

fail:                                             ; preds = %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %18, %entry ], [ %27, %ok ], [ %36, %ok1 ], [ %41, %ok2 ], [ %48, %ok3 ], [ %59, %ok4 ], [ %64, %ok5 ], [ %70, %ok6 ]
  %20 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %20)
  ret i32 %status

ok:                                               ; preds = %entry
  %21 = load ptr, ptr %10, align 8
  %22 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %4, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %0, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %1, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %21, i64 0
  %26 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %25, ptr %26, align 8
  %27 = call i32 @predict.k0(ptr %11, i64 0, i64 1)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %29 = getelementptr inbounds i8, ptr %21, i64 0
  %30 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %2, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %3, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr %5, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %21, i64 512
  %35 = getelementptr inbounds ptr, ptr %12, i64 4
  store ptr %34, ptr %35, align 8
  %36 = call i32 @dloss.k1(ptr %12, i64 0, i64 1)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %38 = getelementptr inbounds i8, ptr %21, i64 512
  %39 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %9, ptr %40, align 8
  %41 = call i32 @dloss.k2(ptr %13, i64 0, i64 1)
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %43 = getelementptr inbounds i8, ptr %21, i64 0
  %44 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %43, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %21, i64 512
  %46 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %8, ptr %47, align 8
  %48 = call i32 @dloss.k3(ptr %14, i64 0, i64 1)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %50 = getelementptr inbounds i8, ptr %21, i64 512
  %51 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %50, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %2, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %21, i64 0
  %54 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %53, ptr %54, align 8
  %55 = getelementptr inbounds i8, ptr %21, i64 640
  %56 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %55, ptr %56, align 8
  %57 = getelementptr inbounds i8, ptr %21, i64 1152
  %58 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %57, ptr %58, align 8
  %59 = call i32 @dloss.k4(ptr %15, i64 0, i64 1)
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %61 = getelementptr inbounds i8, ptr %21, i64 640
  %62 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %61, ptr %62, align 8
  %63 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %7, ptr %63, align 8
  %64 = call i32 @dloss.k5(ptr %16, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %66 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %4, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %21, i64 640
  %68 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %6, ptr %69, align 8
  %70 = call i32 @dloss.k6(ptr %17, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %72 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %72)
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
!4 = distinct !{!4, !2}
!5 = distinct !{!5, !1, !2}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !2}
!8 = distinct !{!8, !1, !2}
!9 = distinct !{!9, !1, !2}
!10 = distinct !{!10, !2}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !1, !2}
!13 = distinct !{!13, !2}
!14 = distinct !{!14, !1, !2}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !17, !18, !2}
!17 = !{!"llvm.loop.vectorize.enable", i1 true}
!18 = !{!"llvm.loop.vectorize.width", i32 16}
!19 = distinct !{!19, !17, !18, !2}
!20 = distinct !{!20, !21, !2}
!21 = !{!"llvm.loop.vectorize.width", i32 8}
!22 = distinct !{!22, !1, !2}
!23 = distinct !{!23, !1, !2}
!24 = distinct !{!24, !2}
!25 = distinct !{!25, !1, !2}
!26 = distinct !{!26, !1, !2}
!27 = distinct !{!27, !2}
!28 = distinct !{!28, !1, !2}
!29 = distinct !{!29, !1, !2}
!30 = distinct !{!30, !17, !2}
!31 = distinct !{!31, !1, !2}
!32 = distinct !{!32, !17, !2}
!33 = distinct !{!33, !1, !2}
!34 = distinct !{!34, !17, !2}
!35 = distinct !{!35, !1, !2}
!36 = distinct !{!36, !17, !2}
!37 = distinct !{!37, !1, !2}
!38 = distinct !{!38, !17, !2}
!39 = distinct !{!39, !1, !2}
!40 = distinct !{!40, !17, !2}
!41 = distinct !{!41, !17, !2}
!42 = distinct !{!42, !1, !2}
!43 = distinct !{!43, !1, !2}
!44 = distinct !{!44, !1, !2}
!45 = distinct !{!45, !1, !2}
!46 = distinct !{!46, !1, !2}
!47 = distinct !{!47, !2}
!48 = distinct !{!48, !1, !2}
!49 = distinct !{!49, !1, !2}
!50 = distinct !{!50, !2}
!51 = distinct !{!51, !1, !2}
!52 = distinct !{!52, !1, !2}
!53 = distinct !{!53, !17, !2}
!54 = distinct !{!54, !1, !2}
!55 = distinct !{!55, !17, !2}
!56 = distinct !{!56, !1, !2}
!57 = distinct !{!57, !17, !2}
!58 = distinct !{!58, !1, !2}
!59 = distinct !{!59, !17, !2}
!60 = distinct !{!60, !1, !2}
!61 = distinct !{!61, !17, !2}
!62 = distinct !{!62, !1, !2}
!63 = distinct !{!63, !17, !2}
!64 = distinct !{!64, !17, !2}
!65 = distinct !{!65, !1, !2}
