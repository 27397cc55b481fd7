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
  %15 = alloca <8 x float>, align 16
  %16 = alloca <8 x float>, align 16
  %17 = alloca <8 x float>, align 16
  %18 = alloca <8 x float>, align 16
  %19 = alloca <8 x float>, align 16
  %20 = alloca <8 x float>, align 16
  %21 = alloca <8 x float>, align 16
  %22 = alloca <8 x float>, align 16
  %23 = alloca <8 x float>, align 16
  %24 = alloca <8 x float>, align 16
  %25 = alloca <8 x float>, align 16
  %26 = alloca <8 x float>, align 16
  %27 = alloca <8 x float>, align 16
  %28 = alloca <8 x float>, align 16
  %29 = alloca <8 x float>, align 16
  %30 = alloca <8 x float>, align 16
  %31 = alloca <8 x float>, align 16
  %32 = alloca <8 x float>, align 16
  %33 = alloca <8 x float>, align 16
  %34 = alloca <8 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %35 = getelementptr inbounds ptr, ptr %0, i64 0
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 1
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds ptr, ptr %0, i64 2
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds ptr, ptr %0, i64 3
  %42 = load ptr, ptr %41, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %44, %latch ]
  %43 = icmp slt i64 %i, 1
  br i1 %43, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit94
  %44 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %56, %latch3 ]
  %45 = icmp slt i64 %i5, 1
  br i1 %45, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %46 = mul nsw i64 %i5, 6
  %47 = mul nsw i64 %i, 32
  %48 = mul nsw i64 %i, 64
  %49 = mul nsw i64 %i, 128
  %50 = add nsw i64 %46, 0
  %51 = add nsw i64 %46, 1
  %52 = add nsw i64 %46, 2
  %53 = add nsw i64 %46, 3
  %54 = add nsw i64 %46, 4
  %55 = add nsw i64 %46, 5
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

latch3:                                           ; preds = %exit69
  %56 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %57 = mul nsw i64 %i, 32
  %58 = mul nsw i64 %i, 64
  %59 = mul nsw i64 %i, 128
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %27, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %28, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %29, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %30, align 4
  br label %loop71

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %149, %latch8 ]
  %60 = icmp slt i64 %i10, 4
  br i1 %60, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %61 = mul nsw i64 %i10, 16
  %62 = add nsw i64 %61, 0
  %63 = add nsw i64 %48, %62
  %64 = getelementptr inbounds float, ptr %38, i64 %63
  %65 = load <8 x float>, ptr %64, align 4
  %66 = mul nsw i64 %i10, 16
  %67 = add nsw i64 %66, 8
  %68 = add nsw i64 %48, %67
  %69 = getelementptr inbounds float, ptr %38, i64 %68
  %70 = load <8 x float>, ptr %69, align 4
  %71 = mul nsw i64 %50, 4
  %72 = add nsw i64 %71, %i10
  %73 = add nsw i64 %47, %72
  %74 = getelementptr inbounds float, ptr %36, i64 %73
  %75 = load float, ptr %74, align 4
  %76 = insertelement <8 x float> poison, float %75, i32 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = load <8 x float>, ptr %3, align 4
  %79 = fmul contract <8 x float> %77, %65
  %80 = fadd contract <8 x float> %78, %79
  store <8 x float> %80, ptr %3, align 4
  %81 = load <8 x float>, ptr %4, align 4
  %82 = fmul contract <8 x float> %77, %70
  %83 = fadd contract <8 x float> %81, %82
  store <8 x float> %83, ptr %4, align 4
  %84 = mul nsw i64 %51, 4
  %85 = add nsw i64 %84, %i10
  %86 = add nsw i64 %47, %85
  %87 = getelementptr inbounds float, ptr %36, i64 %86
  %88 = load float, ptr %87, align 4
  %89 = insertelement <8 x float> poison, float %88, i32 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = load <8 x float>, ptr %5, align 4
  %92 = fmul contract <8 x float> %90, %65
  %93 = fadd contract <8 x float> %91, %92
  store <8 x float> %93, ptr %5, align 4
  %94 = load <8 x float>, ptr %6, align 4
  %95 = fmul contract <8 x float> %90, %70
  %96 = fadd contract <8 x float> %94, %95
  store <8 x float> %96, ptr %6, align 4
  %97 = mul nsw i64 %52, 4
  %98 = add nsw i64 %97, %i10
  %99 = add nsw i64 %47, %98
  %100 = getelementptr inbounds float, ptr %36, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = insertelement <8 x float> poison, float %101, i32 0
  %103 = shufflevector <8 x float> %102, <8 x float> poison, <8 x i32> zeroinitializer
  %104 = load <8 x float>, ptr %7, align 4
  %105 = fmul contract <8 x float> %103, %65
  %106 = fadd contract <8 x float> %104, %105
  store <8 x float> %106, ptr %7, align 4
  %107 = load <8 x float>, ptr %8, align 4
  %108 = fmul contract <8 x float> %103, %70
  %109 = fadd contract <8 x float> %107, %108
  store <8 x float> %109, ptr %8, align 4
  %110 = mul nsw i64 %53, 4
  %111 = add nsw i64 %110, %i10
  %112 = add nsw i64 %47, %111
  %113 = getelementptr inbounds float, ptr %36, i64 %112
  %114 = load float, ptr %113, align 4
  %115 = insertelement <8 x float> poison, float %114, i32 0
  %116 = shufflevector <8 x float> %115, <8 x float> poison, <8 x i32> zeroinitializer
  %117 = load <8 x float>, ptr %9, align 4
  %118 = fmul contract <8 x float> %116, %65
  %119 = fadd contract <8 x float> %117, %118
  store <8 x float> %119, ptr %9, align 4
  %120 = load <8 x float>, ptr %10, align 4
  %121 = fmul contract <8 x float> %116, %70
  %122 = fadd contract <8 x float> %120, %121
  store <8 x float> %122, ptr %10, align 4
  %123 = mul nsw i64 %54, 4
  %124 = add nsw i64 %123, %i10
  %125 = add nsw i64 %47, %124
  %126 = getelementptr inbounds float, ptr %36, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = insertelement <8 x float> poison, float %127, i32 0
  %129 = shufflevector <8 x float> %128, <8 x float> poison, <8 x i32> zeroinitializer
  %130 = load <8 x float>, ptr %11, align 4
  %131 = fmul contract <8 x float> %129, %65
  %132 = fadd contract <8 x float> %130, %131
  store <8 x float> %132, ptr %11, align 4
  %133 = load <8 x float>, ptr %12, align 4
  %134 = fmul contract <8 x float> %129, %70
  %135 = fadd contract <8 x float> %133, %134
  store <8 x float> %135, ptr %12, align 4
  %136 = mul nsw i64 %55, 4
  %137 = add nsw i64 %136, %i10
  %138 = add nsw i64 %47, %137
  %139 = getelementptr inbounds float, ptr %36, i64 %138
  %140 = load float, ptr %139, align 4
  %141 = insertelement <8 x float> poison, float %140, i32 0
  %142 = shufflevector <8 x float> %141, <8 x float> poison, <8 x i32> zeroinitializer
  %143 = load <8 x float>, ptr %13, align 4
  %144 = fmul contract <8 x float> %142, %65
  %145 = fadd contract <8 x float> %143, %144
  store <8 x float> %145, ptr %13, align 4
  %146 = load <8 x float>, ptr %14, align 4
  %147 = fmul contract <8 x float> %142, %70
  %148 = fadd contract <8 x float> %146, %147
  store <8 x float> %148, ptr %14, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %149 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  %150 = load <8 x float>, ptr %3, align 4
  store <8 x float> %150, ptr %15, align 4
  %151 = mul nsw i64 %i, 8
  %152 = add nsw i64 %151, %50
  %153 = mul nsw i64 %152, 16
  %154 = add nsw i64 %153, 0
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %168, %latch13 ]
  %155 = icmp slt i64 %i15, 8
  br i1 %155, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %156 = add nsw i64 0, %i15
  %157 = mul nsw i64 %50, 16
  %158 = add nsw i64 %157, %156
  %159 = sub i64 %158, %154
  %160 = getelementptr inbounds float, ptr %15, i64 %159
  %161 = load float, ptr %160, align 4
  %162 = getelementptr inbounds float, ptr %40, i64 %156
  %163 = load float, ptr %162, align 4
  %164 = fadd float %161, %163
  %165 = call float @tanhf(float %164) #3
  %166 = add nsw i64 %154, %i15
  %167 = getelementptr inbounds float, ptr %42, i64 %166
  store float %165, ptr %167, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %168 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !0

exit14:                                           ; preds = %loop11
  %169 = load <8 x float>, ptr %4, align 4
  store <8 x float> %169, ptr %16, align 4
  %170 = mul nsw i64 %i, 8
  %171 = add nsw i64 %170, %50
  %172 = mul nsw i64 %171, 16
  %173 = add nsw i64 %172, 8
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %187, %latch18 ]
  %174 = icmp slt i64 %i20, 8
  br i1 %174, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %175 = add nsw i64 8, %i20
  %176 = mul nsw i64 %50, 16
  %177 = add nsw i64 %176, %175
  %178 = sub i64 %177, %173
  %179 = getelementptr inbounds float, ptr %16, i64 %178
  %180 = load float, ptr %179, align 4
  %181 = getelementptr inbounds float, ptr %40, i64 %175
  %182 = load float, ptr %181, align 4
  %183 = fadd float %180, %182
  %184 = call float @tanhf(float %183) #3
  %185 = add nsw i64 %173, %i20
  %186 = getelementptr inbounds float, ptr %42, i64 %185
  store float %184, ptr %186, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %187 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !2

exit19:                                           ; preds = %loop16
  %188 = load <8 x float>, ptr %5, align 4
  store <8 x float> %188, ptr %17, align 4
  %189 = mul nsw i64 %i, 8
  %190 = add nsw i64 %189, %51
  %191 = mul nsw i64 %190, 16
  %192 = add nsw i64 %191, 0
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %206, %latch23 ]
  %193 = icmp slt i64 %i25, 8
  br i1 %193, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %194 = add nsw i64 0, %i25
  %195 = mul nsw i64 %51, 16
  %196 = add nsw i64 %195, %194
  %197 = sub i64 %196, %192
  %198 = getelementptr inbounds float, ptr %17, i64 %197
  %199 = load float, ptr %198, align 4
  %200 = getelementptr inbounds float, ptr %40, i64 %194
  %201 = load float, ptr %200, align 4
  %202 = fadd float %199, %201
  %203 = call float @tanhf(float %202) #3
  %204 = add nsw i64 %192, %i25
  %205 = getelementptr inbounds float, ptr %42, i64 %204
  store float %203, ptr %205, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %206 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !3

exit24:                                           ; preds = %loop21
  %207 = load <8 x float>, ptr %6, align 4
  store <8 x float> %207, ptr %18, align 4
  %208 = mul nsw i64 %i, 8
  %209 = add nsw i64 %208, %51
  %210 = mul nsw i64 %209, 16
  %211 = add nsw i64 %210, 8
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %225, %latch28 ]
  %212 = icmp slt i64 %i30, 8
  br i1 %212, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %213 = add nsw i64 8, %i30
  %214 = mul nsw i64 %51, 16
  %215 = add nsw i64 %214, %213
  %216 = sub i64 %215, %211
  %217 = getelementptr inbounds float, ptr %18, i64 %216
  %218 = load float, ptr %217, align 4
  %219 = getelementptr inbounds float, ptr %40, i64 %213
  %220 = load float, ptr %219, align 4
  %221 = fadd float %218, %220
  %222 = call float @tanhf(float %221) #3
  %223 = add nsw i64 %211, %i30
  %224 = getelementptr inbounds float, ptr %42, i64 %223
  store float %222, ptr %224, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %225 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !4

exit29:                                           ; preds = %loop26
  %226 = load <8 x float>, ptr %7, align 4
  store <8 x float> %226, ptr %19, align 4
  %227 = mul nsw i64 %i, 8
  %228 = add nsw i64 %227, %52
  %229 = mul nsw i64 %228, 16
  %230 = add nsw i64 %229, 0
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %244, %latch33 ]
  %231 = icmp slt i64 %i35, 8
  br i1 %231, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %232 = add nsw i64 0, %i35
  %233 = mul nsw i64 %52, 16
  %234 = add nsw i64 %233, %232
  %235 = sub i64 %234, %230
  %236 = getelementptr inbounds float, ptr %19, i64 %235
  %237 = load float, ptr %236, align 4
  %238 = getelementptr inbounds float, ptr %40, i64 %232
  %239 = load float, ptr %238, align 4
  %240 = fadd float %237, %239
  %241 = call float @tanhf(float %240) #3
  %242 = add nsw i64 %230, %i35
  %243 = getelementptr inbounds float, ptr %42, i64 %242
  store float %241, ptr %243, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %244 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !5

exit34:                                           ; preds = %loop31
  %245 = load <8 x float>, ptr %8, align 4
  store <8 x float> %245, ptr %20, align 4
  %246 = mul nsw i64 %i, 8
  %247 = add nsw i64 %246, %52
  %248 = mul nsw i64 %247, 16
  %249 = add nsw i64 %248, 8
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %263, %latch38 ]
  %250 = icmp slt i64 %i40, 8
  br i1 %250, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %251 = add nsw i64 8, %i40
  %252 = mul nsw i64 %52, 16
  %253 = add nsw i64 %252, %251
  %254 = sub i64 %253, %249
  %255 = getelementptr inbounds float, ptr %20, i64 %254
  %256 = load float, ptr %255, align 4
  %257 = getelementptr inbounds float, ptr %40, i64 %251
  %258 = load float, ptr %257, align 4
  %259 = fadd float %256, %258
  %260 = call float @tanhf(float %259) #3
  %261 = add nsw i64 %249, %i40
  %262 = getelementptr inbounds float, ptr %42, i64 %261
  store float %260, ptr %262, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %263 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !6

exit39:                                           ; preds = %loop36
  %264 = load <8 x float>, ptr %9, align 4
  store <8 x float> %264, ptr %21, align 4
  %265 = mul nsw i64 %i, 8
  %266 = add nsw i64 %265, %53
  %267 = mul nsw i64 %266, 16
  %268 = add nsw i64 %267, 0
  br label %loop41

loop41:                                           ; preds = %latch43, %exit39
  %i45 = phi i64 [ 0, %exit39 ], [ %282, %latch43 ]
  %269 = icmp slt i64 %i45, 8
  br i1 %269, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %270 = add nsw i64 0, %i45
  %271 = mul nsw i64 %53, 16
  %272 = add nsw i64 %271, %270
  %273 = sub i64 %272, %268
  %274 = getelementptr inbounds float, ptr %21, i64 %273
  %275 = load float, ptr %274, align 4
  %276 = getelementptr inbounds float, ptr %40, i64 %270
  %277 = load float, ptr %276, align 4
  %278 = fadd float %275, %277
  %279 = call float @tanhf(float %278) #3
  %280 = add nsw i64 %268, %i45
  %281 = getelementptr inbounds float, ptr %42, i64 %280
  store float %279, ptr %281, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %282 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !7

exit44:                                           ; preds = %loop41
  %283 = load <8 x float>, ptr %10, align 4
  store <8 x float> %283, ptr %22, align 4
  %284 = mul nsw i64 %i, 8
  %285 = add nsw i64 %284, %53
  %286 = mul nsw i64 %285, 16
  %287 = add nsw i64 %286, 8
  br label %loop46

loop46:                                           ; preds = %latch48, %exit44
  %i50 = phi i64 [ 0, %exit44 ], [ %301, %latch48 ]
  %288 = icmp slt i64 %i50, 8
  br i1 %288, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %289 = add nsw i64 8, %i50
  %290 = mul nsw i64 %53, 16
  %291 = add nsw i64 %290, %289
  %292 = sub i64 %291, %287
  %293 = getelementptr inbounds float, ptr %22, i64 %292
  %294 = load float, ptr %293, align 4
  %295 = getelementptr inbounds float, ptr %40, i64 %289
  %296 = load float, ptr %295, align 4
  %297 = fadd float %294, %296
  %298 = call float @tanhf(float %297) #3
  %299 = add nsw i64 %287, %i50
  %300 = getelementptr inbounds float, ptr %42, i64 %299
  store float %298, ptr %300, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %301 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !8

exit49:                                           ; preds = %loop46
  %302 = load <8 x float>, ptr %11, align 4
  store <8 x float> %302, ptr %23, align 4
  %303 = mul nsw i64 %i, 8
  %304 = add nsw i64 %303, %54
  %305 = mul nsw i64 %304, 16
  %306 = add nsw i64 %305, 0
  br label %loop51

loop51:                                           ; preds = %latch53, %exit49
  %i55 = phi i64 [ 0, %exit49 ], [ %320, %latch53 ]
  %307 = icmp slt i64 %i55, 8
  br i1 %307, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %308 = add nsw i64 0, %i55
  %309 = mul nsw i64 %54, 16
  %310 = add nsw i64 %309, %308
  %311 = sub i64 %310, %306
  %312 = getelementptr inbounds float, ptr %23, i64 %311
  %313 = load float, ptr %312, align 4
  %314 = getelementptr inbounds float, ptr %40, i64 %308
  %315 = load float, ptr %314, align 4
  %316 = fadd float %313, %315
  %317 = call float @tanhf(float %316) #3
  %318 = add nsw i64 %306, %i55
  %319 = getelementptr inbounds float, ptr %42, i64 %318
  store float %317, ptr %319, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %320 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !9

exit54:                                           ; preds = %loop51
  %321 = load <8 x float>, ptr %12, align 4
  store <8 x float> %321, ptr %24, align 4
  %322 = mul nsw i64 %i, 8
  %323 = add nsw i64 %322, %54
  %324 = mul nsw i64 %323, 16
  %325 = add nsw i64 %324, 8
  br label %loop56

loop56:                                           ; preds = %latch58, %exit54
  %i60 = phi i64 [ 0, %exit54 ], [ %339, %latch58 ]
  %326 = icmp slt i64 %i60, 8
  br i1 %326, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %327 = add nsw i64 8, %i60
  %328 = mul nsw i64 %54, 16
  %329 = add nsw i64 %328, %327
  %330 = sub i64 %329, %325
  %331 = getelementptr inbounds float, ptr %24, i64 %330
  %332 = load float, ptr %331, align 4
  %333 = getelementptr inbounds float, ptr %40, i64 %327
  %334 = load float, ptr %333, align 4
  %335 = fadd float %332, %334
  %336 = call float @tanhf(float %335) #3
  %337 = add nsw i64 %325, %i60
  %338 = getelementptr inbounds float, ptr %42, i64 %337
  store float %336, ptr %338, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %339 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !10

exit59:                                           ; preds = %loop56
  %340 = load <8 x float>, ptr %13, align 4
  store <8 x float> %340, ptr %25, align 4
  %341 = mul nsw i64 %i, 8
  %342 = add nsw i64 %341, %55
  %343 = mul nsw i64 %342, 16
  %344 = add nsw i64 %343, 0
  br label %loop61

loop61:                                           ; preds = %latch63, %exit59
  %i65 = phi i64 [ 0, %exit59 ], [ %358, %latch63 ]
  %345 = icmp slt i64 %i65, 8
  br i1 %345, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %346 = add nsw i64 0, %i65
  %347 = mul nsw i64 %55, 16
  %348 = add nsw i64 %347, %346
  %349 = sub i64 %348, %344
  %350 = getelementptr inbounds float, ptr %25, i64 %349
  %351 = load float, ptr %350, align 4
  %352 = getelementptr inbounds float, ptr %40, i64 %346
  %353 = load float, ptr %352, align 4
  %354 = fadd float %351, %353
  %355 = call float @tanhf(float %354) #3
  %356 = add nsw i64 %344, %i65
  %357 = getelementptr inbounds float, ptr %42, i64 %356
  store float %355, ptr %357, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %358 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !11

exit64:                                           ; preds = %loop61
  %359 = load <8 x float>, ptr %14, align 4
  store <8 x float> %359, ptr %26, align 4
  %360 = mul nsw i64 %i, 8
  %361 = add nsw i64 %360, %55
  %362 = mul nsw i64 %361, 16
  %363 = add nsw i64 %362, 8
  br label %loop66

loop66:                                           ; preds = %latch68, %exit64
  %i70 = phi i64 [ 0, %exit64 ], [ %377, %latch68 ]
  %364 = icmp slt i64 %i70, 8
  br i1 %364, label %body67, label %exit69

body67:                                           ; preds = %loop66
  %365 = add nsw i64 8, %i70
  %366 = mul nsw i64 %55, 16
  %367 = add nsw i64 %366, %365
  %368 = sub i64 %367, %363
  %369 = getelementptr inbounds float, ptr %26, i64 %368
  %370 = load float, ptr %369, align 4
  %371 = getelementptr inbounds float, ptr %40, i64 %365
  %372 = load float, ptr %371, align 4
  %373 = fadd float %370, %372
  %374 = call float @tanhf(float %373) #3
  %375 = add nsw i64 %363, %i70
  %376 = getelementptr inbounds float, ptr %42, i64 %375
  store float %374, ptr %376, align 4
  br label %latch68

latch68:                                          ; preds = %body67
  %377 = add nsw i64 %i70, 1
  br label %loop66, !llvm.loop !12

exit69:                                           ; preds = %loop66
  br label %latch3

loop71:                                           ; preds = %latch73, %exit4
  %i75 = phi i64 [ 0, %exit4 ], [ %413, %latch73 ]
  %378 = icmp slt i64 %i75, 4
  br i1 %378, label %body72, label %exit74

body72:                                           ; preds = %loop71
  %379 = mul nsw i64 %i75, 16
  %380 = add nsw i64 %379, 0
  %381 = add nsw i64 %58, %380
  %382 = getelementptr inbounds float, ptr %38, i64 %381
  %383 = load <8 x float>, ptr %382, align 4
  %384 = mul nsw i64 %i75, 16
  %385 = add nsw i64 %384, 8
  %386 = add nsw i64 %58, %385
  %387 = getelementptr inbounds float, ptr %38, i64 %386
  %388 = load <8 x float>, ptr %387, align 4
  %389 = add nsw i64 24, %i75
  %390 = add nsw i64 %57, %389
  %391 = getelementptr inbounds float, ptr %36, i64 %390
  %392 = load float, ptr %391, align 4
  %393 = insertelement <8 x float> poison, float %392, i32 0
  %394 = shufflevector <8 x float> %393, <8 x float> poison, <8 x i32> zeroinitializer
  %395 = load <8 x float>, ptr %27, align 4
  %396 = fmul contract <8 x float> %394, %383
  %397 = fadd contract <8 x float> %395, %396
  store <8 x float> %397, ptr %27, align 4
  %398 = load <8 x float>, ptr %28, align 4
  %399 = fmul contract <8 x float> %394, %388
  %400 = fadd contract <8 x float> %398, %399
  store <8 x float> %400, ptr %28, align 4
  %401 = add nsw i64 28, %i75
  %402 = add nsw i64 %57, %401
  %403 = getelementptr inbounds float, ptr %36, i64 %402
  %404 = load float, ptr %403, align 4
  %405 = insertelement <8 x float> poison, float %404, i32 0
  %406 = shufflevector <8 x float> %405, <8 x float> poison, <8 x i32> zeroinitializer
  %407 = load <8 x float>, ptr %29, align 4
  %408 = fmul contract <8 x float> %406, %383
  %409 = fadd contract <8 x float> %407, %408
  store <8 x float> %409, ptr %29, align 4
  %410 = load <8 x float>, ptr %30, align 4
  %411 = fmul contract <8 x float> %406, %388
  %412 = fadd contract <8 x float> %410, %411
  store <8 x float> %412, ptr %30, align 4
  br label %latch73

latch73:                                          ; preds = %body72
  %413 = add nsw i64 %i75, 1
  br label %loop71

exit74:                                           ; preds = %loop71
  %414 = load <8 x float>, ptr %27, align 4
  store <8 x float> %414, ptr %31, align 4
  %415 = mul nsw i64 %i, 8
  %416 = add nsw i64 %415, 6
  %417 = mul nsw i64 %416, 16
  %418 = add nsw i64 %417, 0
  br label %loop76

loop76:                                           ; preds = %latch78, %exit74
  %i80 = phi i64 [ 0, %exit74 ], [ %431, %latch78 ]
  %419 = icmp slt i64 %i80, 8
  br i1 %419, label %body77, label %exit79

body77:                                           ; preds = %loop76
  %420 = add nsw i64 0, %i80
  %421 = add nsw i64 96, %420
  %422 = sub i64 %421, %418
  %423 = getelementptr inbounds float, ptr %31, i64 %422
  %424 = load float, ptr %423, align 4
  %425 = getelementptr inbounds float, ptr %40, i64 %420
  %426 = load float, ptr %425, align 4
  %427 = fadd float %424, %426
  %428 = call float @tanhf(float %427) #3
  %429 = add nsw i64 %418, %i80
  %430 = getelementptr inbounds float, ptr %42, i64 %429
  store float %428, ptr %430, align 4
  br label %latch78

latch78:                                          ; preds = %body77
  %431 = add nsw i64 %i80, 1
  br label %loop76, !llvm.loop !13

exit79:                                           ; preds = %loop76
  %432 = load <8 x float>, ptr %28, align 4
  store <8 x float> %432, ptr %32, align 4
  %433 = mul nsw i64 %i, 8
  %434 = add nsw i64 %433, 6
  %435 = mul nsw i64 %434, 16
  %436 = add nsw i64 %435, 8
  br label %loop81

loop81:                                           ; preds = %latch83, %exit79
  %i85 = phi i64 [ 0, %exit79 ], [ %449, %latch83 ]
  %437 = icmp slt i64 %i85, 8
  br i1 %437, label %body82, label %exit84

body82:                                           ; preds = %loop81
  %438 = add nsw i64 8, %i85
  %439 = add nsw i64 96, %438
  %440 = sub i64 %439, %436
  %441 = getelementptr inbounds float, ptr %32, i64 %440
  %442 = load float, ptr %441, align 4
  %443 = getelementptr inbounds float, ptr %40, i64 %438
  %444 = load float, ptr %443, align 4
  %445 = fadd float %442, %444
  %446 = call float @tanhf(float %445) #3
  %447 = add nsw i64 %436, %i85
  %448 = getelementptr inbounds float, ptr %42, i64 %447
  store float %446, ptr %448, align 4
  br label %latch83

latch83:                                          ; preds = %body82
  %449 = add nsw i64 %i85, 1
  br label %loop81, !llvm.loop !14

exit84:                                           ; preds = %loop81
  %450 = load <8 x float>, ptr %29, align 4
  store <8 x float> %450, ptr %33, align 4
  %451 = mul nsw i64 %i, 8
  %452 = add nsw i64 %451, 7
  %453 = mul nsw i64 %452, 16
  %454 = add nsw i64 %453, 0
  br label %loop86

loop86:                                           ; preds = %latch88, %exit84
  %i90 = phi i64 [ 0, %exit84 ], [ %467, %latch88 ]
  %455 = icmp slt i64 %i90, 8
  br i1 %455, label %body87, label %exit89

body87:                                           ; preds = %loop86
  %456 = add nsw i64 0, %i90
  %457 = add nsw i64 112, %456
  %458 = sub i64 %457, %454
  %459 = getelementptr inbounds float, ptr %33, i64 %458
  %460 = load float, ptr %459, align 4
  %461 = getelementptr inbounds float, ptr %40, i64 %456
  %462 = load float, ptr %461, align 4
  %463 = fadd float %460, %462
  %464 = call float @tanhf(float %463) #3
  %465 = add nsw i64 %454, %i90
  %466 = getelementptr inbounds float, ptr %42, i64 %465
  store float %464, ptr %466, align 4
  br label %latch88

latch88:                                          ; preds = %body87
  %467 = add nsw i64 %i90, 1
  br label %loop86, !llvm.loop !15

exit89:                                           ; preds = %loop86
  %468 = load <8 x float>, ptr %30, align 4
  store <8 x float> %468, ptr %34, align 4
  %469 = mul nsw i64 %i, 8
  %470 = add nsw i64 %469, 7
  %471 = mul nsw i64 %470, 16
  %472 = add nsw i64 %471, 8
  br label %loop91

loop91:                                           ; preds = %latch93, %exit89
  %i95 = phi i64 [ 0, %exit89 ], [ %485, %latch93 ]
  %473 = icmp slt i64 %i95, 8
  br i1 %473, label %body92, label %exit94

body92:                                           ; preds = %loop91
  %474 = add nsw i64 8, %i95
  %475 = add nsw i64 112, %474
  %476 = sub i64 %475, %472
  %477 = getelementptr inbounds float, ptr %34, i64 %476
  %478 = load float, ptr %477, align 4
  %479 = getelementptr inbounds float, ptr %40, i64 %474
  %480 = load float, ptr %479, align 4
  %481 = fadd float %478, %480
  %482 = call float @tanhf(float %481) #3
  %483 = add nsw i64 %472, %i95
  %484 = getelementptr inbounds float, ptr %42, i64 %483
  store float %482, ptr %484, align 4
  br label %latch93

latch93:                                          ; preds = %body92
  %485 = add nsw i64 %i95, 1
  br label %loop91, !llvm.loop !16

exit94:                                           ; preds = %loop91
  br label %latch
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
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  %19 = alloca float, align 16
  %20 = alloca float, align 16
  %21 = alloca float, align 16
  %22 = alloca float, align 16
  %23 = alloca float, align 16
  %24 = alloca float, align 16
  %25 = alloca float, align 16
  %26 = alloca float, align 16
  %27 = alloca float, align 16
  %28 = alloca float, align 16
  %29 = alloca float, align 16
  %30 = alloca float, align 16
  %31 = alloca float, align 16
  %32 = alloca float, align 16
  %33 = alloca float, align 16
  %34 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %35 = getelementptr inbounds ptr, ptr %0, i64 0
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 1
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds ptr, ptr %0, i64 2
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds ptr, ptr %0, i64 3
  %42 = load ptr, ptr %41, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %44, %latch ]
  %43 = icmp slt i64 %i, 1
  br i1 %43, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %44 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %58, %latch3 ]
  %45 = icmp slt i64 %i5, 1
  br i1 %45, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %46 = mul nsw i64 %i5, 8
  %47 = mul nsw i64 %i, 128
  %48 = mul nsw i64 %i, 48
  %49 = mul nsw i64 %i, 24
  %50 = add nsw i64 %46, 0
  %51 = add nsw i64 %46, 1
  %52 = add nsw i64 %46, 2
  %53 = add nsw i64 %46, 3
  %54 = add nsw i64 %46, 4
  %55 = add nsw i64 %46, 5
  %56 = add nsw i64 %46, 6
  %57 = add nsw i64 %46, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop6

latch3:                                           ; preds = %exit94
  %58 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %145, %latch8 ]
  %59 = icmp slt i64 %i10, 16
  br i1 %59, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %60 = mul nsw i64 %i10, 3
  %61 = add nsw i64 %60, 0
  %62 = add nsw i64 %48, %61
  %63 = getelementptr inbounds float, ptr %38, i64 %62
  %64 = load <2 x float>, ptr %63, align 4
  %65 = mul nsw i64 %50, 16
  %66 = add nsw i64 %65, %i10
  %67 = add nsw i64 %47, %66
  %68 = getelementptr inbounds float, ptr %36, i64 %67
  %69 = load float, ptr %68, align 4
  %70 = insertelement <2 x float> poison, float %69, i32 0
  %71 = shufflevector <2 x float> %70, <2 x float> poison, <2 x i32> zeroinitializer
  %72 = load <2 x float>, ptr %3, align 4
  %73 = fmul contract <2 x float> %71, %64
  %74 = fadd contract <2 x float> %72, %73
  store <2 x float> %74, ptr %3, align 4
  %75 = mul nsw i64 %51, 16
  %76 = add nsw i64 %75, %i10
  %77 = add nsw i64 %47, %76
  %78 = getelementptr inbounds float, ptr %36, i64 %77
  %79 = load float, ptr %78, align 4
  %80 = insertelement <2 x float> poison, float %79, i32 0
  %81 = shufflevector <2 x float> %80, <2 x float> poison, <2 x i32> zeroinitializer
  %82 = load <2 x float>, ptr %4, align 4
  %83 = fmul contract <2 x float> %81, %64
  %84 = fadd contract <2 x float> %82, %83
  store <2 x float> %84, ptr %4, align 4
  %85 = mul nsw i64 %52, 16
  %86 = add nsw i64 %85, %i10
  %87 = add nsw i64 %47, %86
  %88 = getelementptr inbounds float, ptr %36, i64 %87
  %89 = load float, ptr %88, align 4
  %90 = insertelement <2 x float> poison, float %89, i32 0
  %91 = shufflevector <2 x float> %90, <2 x float> poison, <2 x i32> zeroinitializer
  %92 = load <2 x float>, ptr %5, align 4
  %93 = fmul contract <2 x float> %91, %64
  %94 = fadd contract <2 x float> %92, %93
  store <2 x float> %94, ptr %5, align 4
  %95 = mul nsw i64 %53, 16
  %96 = add nsw i64 %95, %i10
  %97 = add nsw i64 %47, %96
  %98 = getelementptr inbounds float, ptr %36, i64 %97
  %99 = load float, ptr %98, align 4
  %100 = insertelement <2 x float> poison, float %99, i32 0
  %101 = shufflevector <2 x float> %100, <2 x float> poison, <2 x i32> zeroinitializer
  %102 = load <2 x float>, ptr %6, align 4
  %103 = fmul contract <2 x float> %101, %64
  %104 = fadd contract <2 x float> %102, %103
  store <2 x float> %104, ptr %6, align 4
  %105 = mul nsw i64 %54, 16
  %106 = add nsw i64 %105, %i10
  %107 = add nsw i64 %47, %106
  %108 = getelementptr inbounds float, ptr %36, i64 %107
  %109 = load float, ptr %108, align 4
  %110 = insertelement <2 x float> poison, float %109, i32 0
  %111 = shufflevector <2 x float> %110, <2 x float> poison, <2 x i32> zeroinitializer
  %112 = load <2 x float>, ptr %7, align 4
  %113 = fmul contract <2 x float> %111, %64
  %114 = fadd contract <2 x float> %112, %113
  store <2 x float> %114, ptr %7, align 4
  %115 = mul nsw i64 %55, 16
  %116 = add nsw i64 %115, %i10
  %117 = add nsw i64 %47, %116
  %118 = getelementptr inbounds float, ptr %36, i64 %117
  %119 = load float, ptr %118, align 4
  %120 = insertelement <2 x float> poison, float %119, i32 0
  %121 = shufflevector <2 x float> %120, <2 x float> poison, <2 x i32> zeroinitializer
  %122 = load <2 x float>, ptr %8, align 4
  %123 = fmul contract <2 x float> %121, %64
  %124 = fadd contract <2 x float> %122, %123
  store <2 x float> %124, ptr %8, align 4
  %125 = mul nsw i64 %56, 16
  %126 = add nsw i64 %125, %i10
  %127 = add nsw i64 %47, %126
  %128 = getelementptr inbounds float, ptr %36, i64 %127
  %129 = load float, ptr %128, align 4
  %130 = insertelement <2 x float> poison, float %129, i32 0
  %131 = shufflevector <2 x float> %130, <2 x float> poison, <2 x i32> zeroinitializer
  %132 = load <2 x float>, ptr %9, align 4
  %133 = fmul contract <2 x float> %131, %64
  %134 = fadd contract <2 x float> %132, %133
  store <2 x float> %134, ptr %9, align 4
  %135 = mul nsw i64 %57, 16
  %136 = add nsw i64 %135, %i10
  %137 = add nsw i64 %47, %136
  %138 = getelementptr inbounds float, ptr %36, i64 %137
  %139 = load float, ptr %138, align 4
  %140 = insertelement <2 x float> poison, float %139, i32 0
  %141 = shufflevector <2 x float> %140, <2 x float> poison, <2 x i32> zeroinitializer
  %142 = load <2 x float>, ptr %10, align 4
  %143 = fmul contract <2 x float> %141, %64
  %144 = fadd contract <2 x float> %142, %143
  store <2 x float> %144, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %145 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  %146 = load <2 x float>, ptr %3, align 4
  store <2 x float> %146, ptr %11, align 4
  %147 = mul nsw i64 %i, 8
  %148 = add nsw i64 %147, %50
  %149 = mul nsw i64 %148, 3
  %150 = add nsw i64 %149, 0
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %163, %latch13 ]
  %151 = icmp slt i64 %i15, 2
  br i1 %151, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %152 = add nsw i64 0, %i15
  %153 = mul nsw i64 %50, 3
  %154 = add nsw i64 %153, %152
  %155 = sub i64 %154, %150
  %156 = getelementptr inbounds float, ptr %11, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = getelementptr inbounds float, ptr %40, i64 %152
  %159 = load float, ptr %158, align 4
  %160 = fadd float %157, %159
  %161 = add nsw i64 %150, %i15
  %162 = getelementptr inbounds float, ptr %42, i64 %161
  store float %160, ptr %162, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %163 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !17

exit14:                                           ; preds = %loop11
  %164 = load <2 x float>, ptr %4, align 4
  store <2 x float> %164, ptr %12, align 4
  %165 = mul nsw i64 %i, 8
  %166 = add nsw i64 %165, %51
  %167 = mul nsw i64 %166, 3
  %168 = add nsw i64 %167, 0
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %181, %latch18 ]
  %169 = icmp slt i64 %i20, 2
  br i1 %169, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %170 = add nsw i64 0, %i20
  %171 = mul nsw i64 %51, 3
  %172 = add nsw i64 %171, %170
  %173 = sub i64 %172, %168
  %174 = getelementptr inbounds float, ptr %12, i64 %173
  %175 = load float, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %40, i64 %170
  %177 = load float, ptr %176, align 4
  %178 = fadd float %175, %177
  %179 = add nsw i64 %168, %i20
  %180 = getelementptr inbounds float, ptr %42, i64 %179
  store float %178, ptr %180, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %181 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !18

exit19:                                           ; preds = %loop16
  %182 = load <2 x float>, ptr %5, align 4
  store <2 x float> %182, ptr %13, align 4
  %183 = mul nsw i64 %i, 8
  %184 = add nsw i64 %183, %52
  %185 = mul nsw i64 %184, 3
  %186 = add nsw i64 %185, 0
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %199, %latch23 ]
  %187 = icmp slt i64 %i25, 2
  br i1 %187, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %188 = add nsw i64 0, %i25
  %189 = mul nsw i64 %52, 3
  %190 = add nsw i64 %189, %188
  %191 = sub i64 %190, %186
  %192 = getelementptr inbounds float, ptr %13, i64 %191
  %193 = load float, ptr %192, align 4
  %194 = getelementptr inbounds float, ptr %40, i64 %188
  %195 = load float, ptr %194, align 4
  %196 = fadd float %193, %195
  %197 = add nsw i64 %186, %i25
  %198 = getelementptr inbounds float, ptr %42, i64 %197
  store float %196, ptr %198, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %199 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !19

exit24:                                           ; preds = %loop21
  %200 = load <2 x float>, ptr %6, align 4
  store <2 x float> %200, ptr %14, align 4
  %201 = mul nsw i64 %i, 8
  %202 = add nsw i64 %201, %53
  %203 = mul nsw i64 %202, 3
  %204 = add nsw i64 %203, 0
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %217, %latch28 ]
  %205 = icmp slt i64 %i30, 2
  br i1 %205, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %206 = add nsw i64 0, %i30
  %207 = mul nsw i64 %53, 3
  %208 = add nsw i64 %207, %206
  %209 = sub i64 %208, %204
  %210 = getelementptr inbounds float, ptr %14, i64 %209
  %211 = load float, ptr %210, align 4
  %212 = getelementptr inbounds float, ptr %40, i64 %206
  %213 = load float, ptr %212, align 4
  %214 = fadd float %211, %213
  %215 = add nsw i64 %204, %i30
  %216 = getelementptr inbounds float, ptr %42, i64 %215
  store float %214, ptr %216, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %217 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !20

exit29:                                           ; preds = %loop26
  %218 = load <2 x float>, ptr %7, align 4
  store <2 x float> %218, ptr %15, align 4
  %219 = mul nsw i64 %i, 8
  %220 = add nsw i64 %219, %54
  %221 = mul nsw i64 %220, 3
  %222 = add nsw i64 %221, 0
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %235, %latch33 ]
  %223 = icmp slt i64 %i35, 2
  br i1 %223, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %224 = add nsw i64 0, %i35
  %225 = mul nsw i64 %54, 3
  %226 = add nsw i64 %225, %224
  %227 = sub i64 %226, %222
  %228 = getelementptr inbounds float, ptr %15, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = getelementptr inbounds float, ptr %40, i64 %224
  %231 = load float, ptr %230, align 4
  %232 = fadd float %229, %231
  %233 = add nsw i64 %222, %i35
  %234 = getelementptr inbounds float, ptr %42, i64 %233
  store float %232, ptr %234, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %235 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !21

exit34:                                           ; preds = %loop31
  %236 = load <2 x float>, ptr %8, align 4
  store <2 x float> %236, ptr %16, align 4
  %237 = mul nsw i64 %i, 8
  %238 = add nsw i64 %237, %55
  %239 = mul nsw i64 %238, 3
  %240 = add nsw i64 %239, 0
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %253, %latch38 ]
  %241 = icmp slt i64 %i40, 2
  br i1 %241, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %242 = add nsw i64 0, %i40
  %243 = mul nsw i64 %55, 3
  %244 = add nsw i64 %243, %242
  %245 = sub i64 %244, %240
  %246 = getelementptr inbounds float, ptr %16, i64 %245
  %247 = load float, ptr %246, align 4
  %248 = getelementptr inbounds float, ptr %40, i64 %242
  %249 = load float, ptr %248, align 4
  %250 = fadd float %247, %249
  %251 = add nsw i64 %240, %i40
  %252 = getelementptr inbounds float, ptr %42, i64 %251
  store float %250, ptr %252, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %253 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !22

exit39:                                           ; preds = %loop36
  %254 = load <2 x float>, ptr %9, align 4
  store <2 x float> %254, ptr %17, align 4
  %255 = mul nsw i64 %i, 8
  %256 = add nsw i64 %255, %56
  %257 = mul nsw i64 %256, 3
  %258 = add nsw i64 %257, 0
  br label %loop41

loop41:                                           ; preds = %latch43, %exit39
  %i45 = phi i64 [ 0, %exit39 ], [ %271, %latch43 ]
  %259 = icmp slt i64 %i45, 2
  br i1 %259, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %260 = add nsw i64 0, %i45
  %261 = mul nsw i64 %56, 3
  %262 = add nsw i64 %261, %260
  %263 = sub i64 %262, %258
  %264 = getelementptr inbounds float, ptr %17, i64 %263
  %265 = load float, ptr %264, align 4
  %266 = getelementptr inbounds float, ptr %40, i64 %260
  %267 = load float, ptr %266, align 4
  %268 = fadd float %265, %267
  %269 = add nsw i64 %258, %i45
  %270 = getelementptr inbounds float, ptr %42, i64 %269
  store float %268, ptr %270, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %271 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !23

exit44:                                           ; preds = %loop41
  %272 = load <2 x float>, ptr %10, align 4
  store <2 x float> %272, ptr %18, align 4
  %273 = mul nsw i64 %i, 8
  %274 = add nsw i64 %273, %57
  %275 = mul nsw i64 %274, 3
  %276 = add nsw i64 %275, 0
  br label %loop46

loop46:                                           ; preds = %latch48, %exit44
  %i50 = phi i64 [ 0, %exit44 ], [ %289, %latch48 ]
  %277 = icmp slt i64 %i50, 2
  br i1 %277, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %278 = add nsw i64 0, %i50
  %279 = mul nsw i64 %57, 3
  %280 = add nsw i64 %279, %278
  %281 = sub i64 %280, %276
  %282 = getelementptr inbounds float, ptr %18, i64 %281
  %283 = load float, ptr %282, align 4
  %284 = getelementptr inbounds float, ptr %40, i64 %278
  %285 = load float, ptr %284, align 4
  %286 = fadd float %283, %285
  %287 = add nsw i64 %276, %i50
  %288 = getelementptr inbounds float, ptr %42, i64 %287
  store float %286, ptr %288, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %289 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !24

exit49:                                           ; preds = %loop46
  %290 = mul nsw i64 %i, 128
  %291 = mul nsw i64 %i, 48
  %292 = mul nsw i64 %i, 24
  %293 = add nsw i64 %46, 0
  %294 = add nsw i64 %46, 1
  %295 = add nsw i64 %46, 2
  %296 = add nsw i64 %46, 3
  %297 = add nsw i64 %46, 4
  %298 = add nsw i64 %46, 5
  %299 = add nsw i64 %46, 6
  %300 = add nsw i64 %46, 7
  store float -0.000000e+00, ptr %19, align 4
  store float -0.000000e+00, ptr %20, align 4
  store float -0.000000e+00, ptr %21, align 4
  store float -0.000000e+00, ptr %22, align 4
  store float -0.000000e+00, ptr %23, align 4
  store float -0.000000e+00, ptr %24, align 4
  store float -0.000000e+00, ptr %25, align 4
  store float -0.000000e+00, ptr %26, align 4
  br label %loop51

loop51:                                           ; preds = %latch53, %exit49
  %i55 = phi i64 [ 0, %exit49 ], [ %371, %latch53 ]
  %301 = icmp slt i64 %i55, 16
  br i1 %301, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %302 = mul nsw i64 %i55, 3
  %303 = add nsw i64 %302, 2
  %304 = add nsw i64 %291, %303
  %305 = getelementptr inbounds float, ptr %38, i64 %304
  %306 = load float, ptr %305, align 4
  %307 = mul nsw i64 %293, 16
  %308 = add nsw i64 %307, %i55
  %309 = add nsw i64 %290, %308
  %310 = getelementptr inbounds float, ptr %36, i64 %309
  %311 = load float, ptr %310, align 4
  %312 = load float, ptr %19, align 4
  %313 = fmul contract float %311, %306
  %314 = fadd contract float %312, %313
  store float %314, ptr %19, align 4
  %315 = mul nsw i64 %294, 16
  %316 = add nsw i64 %315, %i55
  %317 = add nsw i64 %290, %316
  %318 = getelementptr inbounds float, ptr %36, i64 %317
  %319 = load float, ptr %318, align 4
  %320 = load float, ptr %20, align 4
  %321 = fmul contract float %319, %306
  %322 = fadd contract float %320, %321
  store float %322, ptr %20, align 4
  %323 = mul nsw i64 %295, 16
  %324 = add nsw i64 %323, %i55
  %325 = add nsw i64 %290, %324
  %326 = getelementptr inbounds float, ptr %36, i64 %325
  %327 = load float, ptr %326, align 4
  %328 = load float, ptr %21, align 4
  %329 = fmul contract float %327, %306
  %330 = fadd contract float %328, %329
  store float %330, ptr %21, align 4
  %331 = mul nsw i64 %296, 16
  %332 = add nsw i64 %331, %i55
  %333 = add nsw i64 %290, %332
  %334 = getelementptr inbounds float, ptr %36, i64 %333
  %335 = load float, ptr %334, align 4
  %336 = load float, ptr %22, align 4
  %337 = fmul contract float %335, %306
  %338 = fadd contract float %336, %337
  store float %338, ptr %22, align 4
  %339 = mul nsw i64 %297, 16
  %340 = add nsw i64 %339, %i55
  %341 = add nsw i64 %290, %340
  %342 = getelementptr inbounds float, ptr %36, i64 %341
  %343 = load float, ptr %342, align 4
  %344 = load float, ptr %23, align 4
  %345 = fmul contract float %343, %306
  %346 = fadd contract float %344, %345
  store float %346, ptr %23, align 4
  %347 = mul nsw i64 %298, 16
  %348 = add nsw i64 %347, %i55
  %349 = add nsw i64 %290, %348
  %350 = getelementptr inbounds float, ptr %36, i64 %349
  %351 = load float, ptr %350, align 4
  %352 = load float, ptr %24, align 4
  %353 = fmul contract float %351, %306
  %354 = fadd contract float %352, %353
  store float %354, ptr %24, align 4
  %355 = mul nsw i64 %299, 16
  %356 = add nsw i64 %355, %i55
  %357 = add nsw i64 %290, %356
  %358 = getelementptr inbounds float, ptr %36, i64 %357
  %359 = load float, ptr %358, align 4
  %360 = load float, ptr %25, align 4
  %361 = fmul contract float %359, %306
  %362 = fadd contract float %360, %361
  store float %362, ptr %25, align 4
  %363 = mul nsw i64 %300, 16
  %364 = add nsw i64 %363, %i55
  %365 = add nsw i64 %290, %364
  %366 = getelementptr inbounds float, ptr %36, i64 %365
  %367 = load float, ptr %366, align 4
  %368 = load float, ptr %26, align 4
  %369 = fmul contract float %367, %306
  %370 = fadd contract float %368, %369
  store float %370, ptr %26, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %371 = add nsw i64 %i55, 1
  br label %loop51

exit54:                                           ; preds = %loop51
  %372 = load float, ptr %19, align 4
  store float %372, ptr %27, align 4
  %373 = mul nsw i64 %i, 8
  %374 = add nsw i64 %373, %293
  %375 = mul nsw i64 %374, 3
  %376 = add nsw i64 %375, 2
  br label %loop56

loop56:                                           ; preds = %latch58, %exit54
  %i60 = phi i64 [ 0, %exit54 ], [ %389, %latch58 ]
  %377 = icmp slt i64 %i60, 1
  br i1 %377, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %378 = add nsw i64 2, %i60
  %379 = mul nsw i64 %293, 3
  %380 = add nsw i64 %379, %378
  %381 = sub i64 %380, %376
  %382 = getelementptr inbounds float, ptr %27, i64 %381
  %383 = load float, ptr %382, align 4
  %384 = getelementptr inbounds float, ptr %40, i64 %378
  %385 = load float, ptr %384, align 4
  %386 = fadd float %383, %385
  %387 = add nsw i64 %376, %i60
  %388 = getelementptr inbounds float, ptr %42, i64 %387
  store float %386, ptr %388, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %389 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !25

exit59:                                           ; preds = %loop56
  %390 = load float, ptr %20, align 4
  store float %390, ptr %28, align 4
  %391 = mul nsw i64 %i, 8
  %392 = add nsw i64 %391, %294
  %393 = mul nsw i64 %392, 3
  %394 = add nsw i64 %393, 2
  br label %loop61

loop61:                                           ; preds = %latch63, %exit59
  %i65 = phi i64 [ 0, %exit59 ], [ %407, %latch63 ]
  %395 = icmp slt i64 %i65, 1
  br i1 %395, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %396 = add nsw i64 2, %i65
  %397 = mul nsw i64 %294, 3
  %398 = add nsw i64 %397, %396
  %399 = sub i64 %398, %394
  %400 = getelementptr inbounds float, ptr %28, i64 %399
  %401 = load float, ptr %400, align 4
  %402 = getelementptr inbounds float, ptr %40, i64 %396
  %403 = load float, ptr %402, align 4
  %404 = fadd float %401, %403
  %405 = add nsw i64 %394, %i65
  %406 = getelementptr inbounds float, ptr %42, i64 %405
  store float %404, ptr %406, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %407 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !26

exit64:                                           ; preds = %loop61
  %408 = load float, ptr %21, align 4
  store float %408, ptr %29, align 4
  %409 = mul nsw i64 %i, 8
  %410 = add nsw i64 %409, %295
  %411 = mul nsw i64 %410, 3
  %412 = add nsw i64 %411, 2
  br label %loop66

loop66:                                           ; preds = %latch68, %exit64
  %i70 = phi i64 [ 0, %exit64 ], [ %425, %latch68 ]
  %413 = icmp slt i64 %i70, 1
  br i1 %413, label %body67, label %exit69

body67:                                           ; preds = %loop66
  %414 = add nsw i64 2, %i70
  %415 = mul nsw i64 %295, 3
  %416 = add nsw i64 %415, %414
  %417 = sub i64 %416, %412
  %418 = getelementptr inbounds float, ptr %29, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = getelementptr inbounds float, ptr %40, i64 %414
  %421 = load float, ptr %420, align 4
  %422 = fadd float %419, %421
  %423 = add nsw i64 %412, %i70
  %424 = getelementptr inbounds float, ptr %42, i64 %423
  store float %422, ptr %424, align 4
  br label %latch68

latch68:                                          ; preds = %body67
  %425 = add nsw i64 %i70, 1
  br label %loop66, !llvm.loop !27

exit69:                                           ; preds = %loop66
  %426 = load float, ptr %22, align 4
  store float %426, ptr %30, align 4
  %427 = mul nsw i64 %i, 8
  %428 = add nsw i64 %427, %296
  %429 = mul nsw i64 %428, 3
  %430 = add nsw i64 %429, 2
  br label %loop71

loop71:                                           ; preds = %latch73, %exit69
  %i75 = phi i64 [ 0, %exit69 ], [ %443, %latch73 ]
  %431 = icmp slt i64 %i75, 1
  br i1 %431, label %body72, label %exit74

body72:                                           ; preds = %loop71
  %432 = add nsw i64 2, %i75
  %433 = mul nsw i64 %296, 3
  %434 = add nsw i64 %433, %432
  %435 = sub i64 %434, %430
  %436 = getelementptr inbounds float, ptr %30, i64 %435
  %437 = load float, ptr %436, align 4
  %438 = getelementptr inbounds float, ptr %40, i64 %432
  %439 = load float, ptr %438, align 4
  %440 = fadd float %437, %439
  %441 = add nsw i64 %430, %i75
  %442 = getelementptr inbounds float, ptr %42, i64 %441
  store float %440, ptr %442, align 4
  br label %latch73

latch73:                                          ; preds = %body72
  %443 = add nsw i64 %i75, 1
  br label %loop71, !llvm.loop !28

exit74:                                           ; preds = %loop71
  %444 = load float, ptr %23, align 4
  store float %444, ptr %31, align 4
  %445 = mul nsw i64 %i, 8
  %446 = add nsw i64 %445, %297
  %447 = mul nsw i64 %446, 3
  %448 = add nsw i64 %447, 2
  br label %loop76

loop76:                                           ; preds = %latch78, %exit74
  %i80 = phi i64 [ 0, %exit74 ], [ %461, %latch78 ]
  %449 = icmp slt i64 %i80, 1
  br i1 %449, label %body77, label %exit79

body77:                                           ; preds = %loop76
  %450 = add nsw i64 2, %i80
  %451 = mul nsw i64 %297, 3
  %452 = add nsw i64 %451, %450
  %453 = sub i64 %452, %448
  %454 = getelementptr inbounds float, ptr %31, i64 %453
  %455 = load float, ptr %454, align 4
  %456 = getelementptr inbounds float, ptr %40, i64 %450
  %457 = load float, ptr %456, align 4
  %458 = fadd float %455, %457
  %459 = add nsw i64 %448, %i80
  %460 = getelementptr inbounds float, ptr %42, i64 %459
  store float %458, ptr %460, align 4
  br label %latch78

latch78:                                          ; preds = %body77
  %461 = add nsw i64 %i80, 1
  br label %loop76, !llvm.loop !29

exit79:                                           ; preds = %loop76
  %462 = load float, ptr %24, align 4
  store float %462, ptr %32, align 4
  %463 = mul nsw i64 %i, 8
  %464 = add nsw i64 %463, %298
  %465 = mul nsw i64 %464, 3
  %466 = add nsw i64 %465, 2
  br label %loop81

loop81:                                           ; preds = %latch83, %exit79
  %i85 = phi i64 [ 0, %exit79 ], [ %479, %latch83 ]
  %467 = icmp slt i64 %i85, 1
  br i1 %467, label %body82, label %exit84

body82:                                           ; preds = %loop81
  %468 = add nsw i64 2, %i85
  %469 = mul nsw i64 %298, 3
  %470 = add nsw i64 %469, %468
  %471 = sub i64 %470, %466
  %472 = getelementptr inbounds float, ptr %32, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = getelementptr inbounds float, ptr %40, i64 %468
  %475 = load float, ptr %474, align 4
  %476 = fadd float %473, %475
  %477 = add nsw i64 %466, %i85
  %478 = getelementptr inbounds float, ptr %42, i64 %477
  store float %476, ptr %478, align 4
  br label %latch83

latch83:                                          ; preds = %body82
  %479 = add nsw i64 %i85, 1
  br label %loop81, !llvm.loop !30

exit84:                                           ; preds = %loop81
  %480 = load float, ptr %25, align 4
  store float %480, ptr %33, align 4
  %481 = mul nsw i64 %i, 8
  %482 = add nsw i64 %481, %299
  %483 = mul nsw i64 %482, 3
  %484 = add nsw i64 %483, 2
  br label %loop86

loop86:                                           ; preds = %latch88, %exit84
  %i90 = phi i64 [ 0, %exit84 ], [ %497, %latch88 ]
  %485 = icmp slt i64 %i90, 1
  br i1 %485, label %body87, label %exit89

body87:                                           ; preds = %loop86
  %486 = add nsw i64 2, %i90
  %487 = mul nsw i64 %299, 3
  %488 = add nsw i64 %487, %486
  %489 = sub i64 %488, %484
  %490 = getelementptr inbounds float, ptr %33, i64 %489
  %491 = load float, ptr %490, align 4
  %492 = getelementptr inbounds float, ptr %40, i64 %486
  %493 = load float, ptr %492, align 4
  %494 = fadd float %491, %493
  %495 = add nsw i64 %484, %i90
  %496 = getelementptr inbounds float, ptr %42, i64 %495
  store float %494, ptr %496, align 4
  br label %latch88

latch88:                                          ; preds = %body87
  %497 = add nsw i64 %i90, 1
  br label %loop86, !llvm.loop !31

exit89:                                           ; preds = %loop86
  %498 = load float, ptr %26, align 4
  store float %498, ptr %34, align 4
  %499 = mul nsw i64 %i, 8
  %500 = add nsw i64 %499, %300
  %501 = mul nsw i64 %500, 3
  %502 = add nsw i64 %501, 2
  br label %loop91

loop91:                                           ; preds = %latch93, %exit89
  %i95 = phi i64 [ 0, %exit89 ], [ %515, %latch93 ]
  %503 = icmp slt i64 %i95, 1
  br i1 %503, label %body92, label %exit94

body92:                                           ; preds = %loop91
  %504 = add nsw i64 2, %i95
  %505 = mul nsw i64 %300, 3
  %506 = add nsw i64 %505, %504
  %507 = sub i64 %506, %502
  %508 = getelementptr inbounds float, ptr %34, i64 %507
  %509 = load float, ptr %508, align 4
  %510 = getelementptr inbounds float, ptr %40, i64 %504
  %511 = load float, ptr %510, align 4
  %512 = fadd float %509, %511
  %513 = add nsw i64 %502, %i95
  %514 = getelementptr inbounds float, ptr %42, i64 %513
  store float %512, ptr %514, align 4
  br label %latch93

latch93:                                          ; preds = %body92
  %515 = add nsw i64 %i95, 1
  br label %loop91, !llvm.loop !32

exit94:                                           ; preds = %loop91
  br label %latch3
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
  br label %loop6

exit9:                                            ; preds = %loop6
  %128 = load <2 x float>, ptr %3, align 4
  %129 = mul nsw i64 %32, 3
  %130 = add nsw i64 %129, 0
  %131 = add nsw i64 %31, %130
  %132 = getelementptr inbounds float, ptr %24, i64 %131
  store <2 x float> %128, ptr %132, align 4
  %133 = load <2 x float>, ptr %4, align 4
  %134 = mul nsw i64 %33, 3
  %135 = add nsw i64 %134, 0
  %136 = add nsw i64 %31, %135
  %137 = getelementptr inbounds float, ptr %24, i64 %136
  store <2 x float> %133, ptr %137, align 4
  %138 = load <2 x float>, ptr %5, align 4
  %139 = mul nsw i64 %34, 3
  %140 = add nsw i64 %139, 0
  %141 = add nsw i64 %31, %140
  %142 = getelementptr inbounds float, ptr %24, i64 %141
  store <2 x float> %138, ptr %142, align 4
  %143 = load <2 x float>, ptr %6, align 4
  %144 = mul nsw i64 %35, 3
  %145 = add nsw i64 %144, 0
  %146 = add nsw i64 %31, %145
  %147 = getelementptr inbounds float, ptr %24, i64 %146
  store <2 x float> %143, ptr %147, align 4
  %148 = load <2 x float>, ptr %7, align 4
  %149 = mul nsw i64 %36, 3
  %150 = add nsw i64 %149, 0
  %151 = add nsw i64 %31, %150
  %152 = getelementptr inbounds float, ptr %24, i64 %151
  store <2 x float> %148, ptr %152, align 4
  %153 = load <2 x float>, ptr %8, align 4
  %154 = mul nsw i64 %37, 3
  %155 = add nsw i64 %154, 0
  %156 = add nsw i64 %31, %155
  %157 = getelementptr inbounds float, ptr %24, i64 %156
  store <2 x float> %153, ptr %157, align 4
  %158 = load <2 x float>, ptr %9, align 4
  %159 = mul nsw i64 %38, 3
  %160 = add nsw i64 %159, 0
  %161 = add nsw i64 %31, %160
  %162 = getelementptr inbounds float, ptr %24, i64 %161
  store <2 x float> %158, ptr %162, align 4
  %163 = load <2 x float>, ptr %10, align 4
  %164 = mul nsw i64 %39, 3
  %165 = add nsw i64 %164, 0
  %166 = add nsw i64 %31, %165
  %167 = getelementptr inbounds float, ptr %24, i64 %166
  store <2 x float> %163, ptr %167, align 4
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
  br label %loop11

exit14:                                           ; preds = %loop11
  %250 = load float, ptr %11, align 4
  %251 = mul nsw i64 %171, 3
  %252 = add nsw i64 %251, 2
  %253 = add nsw i64 %170, %252
  %254 = getelementptr inbounds float, ptr %24, i64 %253
  store float %250, ptr %254, align 4
  %255 = load float, ptr %12, align 4
  %256 = mul nsw i64 %172, 3
  %257 = add nsw i64 %256, 2
  %258 = add nsw i64 %170, %257
  %259 = getelementptr inbounds float, ptr %24, i64 %258
  store float %255, ptr %259, align 4
  %260 = load float, ptr %13, align 4
  %261 = mul nsw i64 %173, 3
  %262 = add nsw i64 %261, 2
  %263 = add nsw i64 %170, %262
  %264 = getelementptr inbounds float, ptr %24, i64 %263
  store float %260, ptr %264, align 4
  %265 = load float, ptr %14, align 4
  %266 = mul nsw i64 %174, 3
  %267 = add nsw i64 %266, 2
  %268 = add nsw i64 %170, %267
  %269 = getelementptr inbounds float, ptr %24, i64 %268
  store float %265, ptr %269, align 4
  %270 = load float, ptr %15, align 4
  %271 = mul nsw i64 %175, 3
  %272 = add nsw i64 %271, 2
  %273 = add nsw i64 %170, %272
  %274 = getelementptr inbounds float, ptr %24, i64 %273
  store float %270, ptr %274, align 4
  %275 = load float, ptr %16, align 4
  %276 = mul nsw i64 %176, 3
  %277 = add nsw i64 %276, 2
  %278 = add nsw i64 %170, %277
  %279 = getelementptr inbounds float, ptr %24, i64 %278
  store float %275, ptr %279, align 4
  %280 = load float, ptr %17, align 4
  %281 = mul nsw i64 %177, 3
  %282 = add nsw i64 %281, 2
  %283 = add nsw i64 %170, %282
  %284 = getelementptr inbounds float, ptr %24, i64 %283
  store float %280, ptr %284, align 4
  %285 = load float, ptr %18, align 4
  %286 = mul nsw i64 %178, 3
  %287 = add nsw i64 %286, 2
  %288 = add nsw i64 %170, %287
  %289 = getelementptr inbounds float, ptr %24, i64 %288
  store float %285, ptr %289, align 4
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
  br label %loop, !llvm.loop !33

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
  br label %loop1, !llvm.loop !36

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
  br label %loop, !llvm.loop !37

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
  %11 = alloca <2 x float>, align 16
  %12 = alloca <2 x float>, align 16
  %13 = alloca <2 x float>, align 16
  %14 = alloca <2 x float>, align 16
  %15 = alloca <2 x float>, align 16
  %16 = alloca <2 x float>, align 16
  %17 = alloca <2 x float>, align 16
  %18 = alloca <2 x float>, align 16
  %19 = alloca float, align 16
  %20 = alloca float, align 16
  %21 = alloca float, align 16
  %22 = alloca float, align 16
  %23 = alloca float, align 16
  %24 = alloca float, align 16
  %25 = alloca float, align 16
  %26 = alloca float, align 16
  %27 = alloca float, align 16
  %28 = alloca float, align 16
  %29 = alloca float, align 16
  %30 = alloca float, align 16
  %31 = alloca float, align 16
  %32 = alloca float, align 16
  %33 = alloca float, align 16
  %34 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %35 = getelementptr inbounds ptr, ptr %0, i64 0
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 1
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds ptr, ptr %0, i64 2
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds ptr, ptr %0, i64 3
  %42 = load ptr, ptr %41, align 8
  %43 = getelementptr inbounds ptr, ptr %0, i64 4
  %44 = load ptr, ptr %43, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %46, %latch ]
  %45 = icmp slt i64 %i, 1
  br i1 %45, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %46 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %60, %latch3 ]
  %47 = icmp slt i64 %i5, 1
  br i1 %47, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %48 = mul nsw i64 %i5, 8
  %49 = mul nsw i64 %i, 128
  %50 = mul nsw i64 %i, 48
  %51 = mul nsw i64 %i, 24
  %52 = add nsw i64 %48, 0
  %53 = add nsw i64 %48, 1
  %54 = add nsw i64 %48, 2
  %55 = add nsw i64 %48, 3
  %56 = add nsw i64 %48, 4
  %57 = add nsw i64 %48, 5
  %58 = add nsw i64 %48, 6
  %59 = add nsw i64 %48, 7
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  br label %loop6

latch3:                                           ; preds = %exit94
  %60 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %147, %latch8 ]
  %61 = icmp slt i64 %i10, 16
  br i1 %61, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %62 = mul nsw i64 %i10, 3
  %63 = add nsw i64 %62, 0
  %64 = add nsw i64 %50, %63
  %65 = getelementptr inbounds float, ptr %38, i64 %64
  %66 = load <2 x float>, ptr %65, align 4
  %67 = mul nsw i64 %52, 16
  %68 = add nsw i64 %67, %i10
  %69 = add nsw i64 %49, %68
  %70 = getelementptr inbounds float, ptr %36, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = insertelement <2 x float> poison, float %71, i32 0
  %73 = shufflevector <2 x float> %72, <2 x float> poison, <2 x i32> zeroinitializer
  %74 = load <2 x float>, ptr %3, align 4
  %75 = fmul contract <2 x float> %73, %66
  %76 = fadd contract <2 x float> %74, %75
  store <2 x float> %76, ptr %3, align 4
  %77 = mul nsw i64 %53, 16
  %78 = add nsw i64 %77, %i10
  %79 = add nsw i64 %49, %78
  %80 = getelementptr inbounds float, ptr %36, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = insertelement <2 x float> poison, float %81, i32 0
  %83 = shufflevector <2 x float> %82, <2 x float> poison, <2 x i32> zeroinitializer
  %84 = load <2 x float>, ptr %4, align 4
  %85 = fmul contract <2 x float> %83, %66
  %86 = fadd contract <2 x float> %84, %85
  store <2 x float> %86, ptr %4, align 4
  %87 = mul nsw i64 %54, 16
  %88 = add nsw i64 %87, %i10
  %89 = add nsw i64 %49, %88
  %90 = getelementptr inbounds float, ptr %36, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = insertelement <2 x float> poison, float %91, i32 0
  %93 = shufflevector <2 x float> %92, <2 x float> poison, <2 x i32> zeroinitializer
  %94 = load <2 x float>, ptr %5, align 4
  %95 = fmul contract <2 x float> %93, %66
  %96 = fadd contract <2 x float> %94, %95
  store <2 x float> %96, ptr %5, align 4
  %97 = mul nsw i64 %55, 16
  %98 = add nsw i64 %97, %i10
  %99 = add nsw i64 %49, %98
  %100 = getelementptr inbounds float, ptr %36, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = insertelement <2 x float> poison, float %101, i32 0
  %103 = shufflevector <2 x float> %102, <2 x float> poison, <2 x i32> zeroinitializer
  %104 = load <2 x float>, ptr %6, align 4
  %105 = fmul contract <2 x float> %103, %66
  %106 = fadd contract <2 x float> %104, %105
  store <2 x float> %106, ptr %6, align 4
  %107 = mul nsw i64 %56, 16
  %108 = add nsw i64 %107, %i10
  %109 = add nsw i64 %49, %108
  %110 = getelementptr inbounds float, ptr %36, i64 %109
  %111 = load float, ptr %110, align 4
  %112 = insertelement <2 x float> poison, float %111, i32 0
  %113 = shufflevector <2 x float> %112, <2 x float> poison, <2 x i32> zeroinitializer
  %114 = load <2 x float>, ptr %7, align 4
  %115 = fmul contract <2 x float> %113, %66
  %116 = fadd contract <2 x float> %114, %115
  store <2 x float> %116, ptr %7, align 4
  %117 = mul nsw i64 %57, 16
  %118 = add nsw i64 %117, %i10
  %119 = add nsw i64 %49, %118
  %120 = getelementptr inbounds float, ptr %36, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = insertelement <2 x float> poison, float %121, i32 0
  %123 = shufflevector <2 x float> %122, <2 x float> poison, <2 x i32> zeroinitializer
  %124 = load <2 x float>, ptr %8, align 4
  %125 = fmul contract <2 x float> %123, %66
  %126 = fadd contract <2 x float> %124, %125
  store <2 x float> %126, ptr %8, align 4
  %127 = mul nsw i64 %58, 16
  %128 = add nsw i64 %127, %i10
  %129 = add nsw i64 %49, %128
  %130 = getelementptr inbounds float, ptr %36, i64 %129
  %131 = load float, ptr %130, align 4
  %132 = insertelement <2 x float> poison, float %131, i32 0
  %133 = shufflevector <2 x float> %132, <2 x float> poison, <2 x i32> zeroinitializer
  %134 = load <2 x float>, ptr %9, align 4
  %135 = fmul contract <2 x float> %133, %66
  %136 = fadd contract <2 x float> %134, %135
  store <2 x float> %136, ptr %9, align 4
  %137 = mul nsw i64 %59, 16
  %138 = add nsw i64 %137, %i10
  %139 = add nsw i64 %49, %138
  %140 = getelementptr inbounds float, ptr %36, i64 %139
  %141 = load float, ptr %140, align 4
  %142 = insertelement <2 x float> poison, float %141, i32 0
  %143 = shufflevector <2 x float> %142, <2 x float> poison, <2 x i32> zeroinitializer
  %144 = load <2 x float>, ptr %10, align 4
  %145 = fmul contract <2 x float> %143, %66
  %146 = fadd contract <2 x float> %144, %145
  store <2 x float> %146, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %147 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  %148 = load <2 x float>, ptr %3, align 4
  store <2 x float> %148, ptr %11, align 4
  %149 = mul nsw i64 %i, 8
  %150 = add nsw i64 %149, %52
  %151 = mul nsw i64 %150, 3
  %152 = add nsw i64 %151, 0
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %172, %latch13 ]
  %153 = icmp slt i64 %i15, 2
  br i1 %153, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %154 = add nsw i64 0, %i15
  %155 = mul nsw i64 %52, 3
  %156 = add nsw i64 %155, %154
  %157 = sub i64 %156, %152
  %158 = getelementptr inbounds float, ptr %11, i64 %157
  %159 = load float, ptr %158, align 4
  %160 = getelementptr inbounds float, ptr %40, i64 %154
  %161 = load float, ptr %160, align 4
  %162 = fadd float %159, %161
  %163 = mul nsw i64 %52, 3
  %164 = add nsw i64 %163, %154
  %165 = getelementptr inbounds float, ptr %42, i64 %164
  %166 = load float, ptr %165, align 4
  %167 = fsub float %162, %166
  %168 = fmul float 0x3FA5555560000000, %167
  %169 = fadd float %168, %168
  %170 = add nsw i64 %152, %i15
  %171 = getelementptr inbounds float, ptr %44, i64 %170
  store float %169, ptr %171, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %172 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !39

exit14:                                           ; preds = %loop11
  %173 = load <2 x float>, ptr %4, align 4
  store <2 x float> %173, ptr %12, align 4
  %174 = mul nsw i64 %i, 8
  %175 = add nsw i64 %174, %53
  %176 = mul nsw i64 %175, 3
  %177 = add nsw i64 %176, 0
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %197, %latch18 ]
  %178 = icmp slt i64 %i20, 2
  br i1 %178, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %179 = add nsw i64 0, %i20
  %180 = mul nsw i64 %53, 3
  %181 = add nsw i64 %180, %179
  %182 = sub i64 %181, %177
  %183 = getelementptr inbounds float, ptr %12, i64 %182
  %184 = load float, ptr %183, align 4
  %185 = getelementptr inbounds float, ptr %40, i64 %179
  %186 = load float, ptr %185, align 4
  %187 = fadd float %184, %186
  %188 = mul nsw i64 %53, 3
  %189 = add nsw i64 %188, %179
  %190 = getelementptr inbounds float, ptr %42, i64 %189
  %191 = load float, ptr %190, align 4
  %192 = fsub float %187, %191
  %193 = fmul float 0x3FA5555560000000, %192
  %194 = fadd float %193, %193
  %195 = add nsw i64 %177, %i20
  %196 = getelementptr inbounds float, ptr %44, i64 %195
  store float %194, ptr %196, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %197 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !40

exit19:                                           ; preds = %loop16
  %198 = load <2 x float>, ptr %5, align 4
  store <2 x float> %198, ptr %13, align 4
  %199 = mul nsw i64 %i, 8
  %200 = add nsw i64 %199, %54
  %201 = mul nsw i64 %200, 3
  %202 = add nsw i64 %201, 0
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %222, %latch23 ]
  %203 = icmp slt i64 %i25, 2
  br i1 %203, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %204 = add nsw i64 0, %i25
  %205 = mul nsw i64 %54, 3
  %206 = add nsw i64 %205, %204
  %207 = sub i64 %206, %202
  %208 = getelementptr inbounds float, ptr %13, i64 %207
  %209 = load float, ptr %208, align 4
  %210 = getelementptr inbounds float, ptr %40, i64 %204
  %211 = load float, ptr %210, align 4
  %212 = fadd float %209, %211
  %213 = mul nsw i64 %54, 3
  %214 = add nsw i64 %213, %204
  %215 = getelementptr inbounds float, ptr %42, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = fsub float %212, %216
  %218 = fmul float 0x3FA5555560000000, %217
  %219 = fadd float %218, %218
  %220 = add nsw i64 %202, %i25
  %221 = getelementptr inbounds float, ptr %44, i64 %220
  store float %219, ptr %221, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %222 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !41

exit24:                                           ; preds = %loop21
  %223 = load <2 x float>, ptr %6, align 4
  store <2 x float> %223, ptr %14, align 4
  %224 = mul nsw i64 %i, 8
  %225 = add nsw i64 %224, %55
  %226 = mul nsw i64 %225, 3
  %227 = add nsw i64 %226, 0
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %247, %latch28 ]
  %228 = icmp slt i64 %i30, 2
  br i1 %228, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %229 = add nsw i64 0, %i30
  %230 = mul nsw i64 %55, 3
  %231 = add nsw i64 %230, %229
  %232 = sub i64 %231, %227
  %233 = getelementptr inbounds float, ptr %14, i64 %232
  %234 = load float, ptr %233, align 4
  %235 = getelementptr inbounds float, ptr %40, i64 %229
  %236 = load float, ptr %235, align 4
  %237 = fadd float %234, %236
  %238 = mul nsw i64 %55, 3
  %239 = add nsw i64 %238, %229
  %240 = getelementptr inbounds float, ptr %42, i64 %239
  %241 = load float, ptr %240, align 4
  %242 = fsub float %237, %241
  %243 = fmul float 0x3FA5555560000000, %242
  %244 = fadd float %243, %243
  %245 = add nsw i64 %227, %i30
  %246 = getelementptr inbounds float, ptr %44, i64 %245
  store float %244, ptr %246, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %247 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !42

exit29:                                           ; preds = %loop26
  %248 = load <2 x float>, ptr %7, align 4
  store <2 x float> %248, ptr %15, align 4
  %249 = mul nsw i64 %i, 8
  %250 = add nsw i64 %249, %56
  %251 = mul nsw i64 %250, 3
  %252 = add nsw i64 %251, 0
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %272, %latch33 ]
  %253 = icmp slt i64 %i35, 2
  br i1 %253, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %254 = add nsw i64 0, %i35
  %255 = mul nsw i64 %56, 3
  %256 = add nsw i64 %255, %254
  %257 = sub i64 %256, %252
  %258 = getelementptr inbounds float, ptr %15, i64 %257
  %259 = load float, ptr %258, align 4
  %260 = getelementptr inbounds float, ptr %40, i64 %254
  %261 = load float, ptr %260, align 4
  %262 = fadd float %259, %261
  %263 = mul nsw i64 %56, 3
  %264 = add nsw i64 %263, %254
  %265 = getelementptr inbounds float, ptr %42, i64 %264
  %266 = load float, ptr %265, align 4
  %267 = fsub float %262, %266
  %268 = fmul float 0x3FA5555560000000, %267
  %269 = fadd float %268, %268
  %270 = add nsw i64 %252, %i35
  %271 = getelementptr inbounds float, ptr %44, i64 %270
  store float %269, ptr %271, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %272 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !43

exit34:                                           ; preds = %loop31
  %273 = load <2 x float>, ptr %8, align 4
  store <2 x float> %273, ptr %16, align 4
  %274 = mul nsw i64 %i, 8
  %275 = add nsw i64 %274, %57
  %276 = mul nsw i64 %275, 3
  %277 = add nsw i64 %276, 0
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %297, %latch38 ]
  %278 = icmp slt i64 %i40, 2
  br i1 %278, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %279 = add nsw i64 0, %i40
  %280 = mul nsw i64 %57, 3
  %281 = add nsw i64 %280, %279
  %282 = sub i64 %281, %277
  %283 = getelementptr inbounds float, ptr %16, i64 %282
  %284 = load float, ptr %283, align 4
  %285 = getelementptr inbounds float, ptr %40, i64 %279
  %286 = load float, ptr %285, align 4
  %287 = fadd float %284, %286
  %288 = mul nsw i64 %57, 3
  %289 = add nsw i64 %288, %279
  %290 = getelementptr inbounds float, ptr %42, i64 %289
  %291 = load float, ptr %290, align 4
  %292 = fsub float %287, %291
  %293 = fmul float 0x3FA5555560000000, %292
  %294 = fadd float %293, %293
  %295 = add nsw i64 %277, %i40
  %296 = getelementptr inbounds float, ptr %44, i64 %295
  store float %294, ptr %296, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %297 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !44

exit39:                                           ; preds = %loop36
  %298 = load <2 x float>, ptr %9, align 4
  store <2 x float> %298, ptr %17, align 4
  %299 = mul nsw i64 %i, 8
  %300 = add nsw i64 %299, %58
  %301 = mul nsw i64 %300, 3
  %302 = add nsw i64 %301, 0
  br label %loop41

loop41:                                           ; preds = %latch43, %exit39
  %i45 = phi i64 [ 0, %exit39 ], [ %322, %latch43 ]
  %303 = icmp slt i64 %i45, 2
  br i1 %303, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %304 = add nsw i64 0, %i45
  %305 = mul nsw i64 %58, 3
  %306 = add nsw i64 %305, %304
  %307 = sub i64 %306, %302
  %308 = getelementptr inbounds float, ptr %17, i64 %307
  %309 = load float, ptr %308, align 4
  %310 = getelementptr inbounds float, ptr %40, i64 %304
  %311 = load float, ptr %310, align 4
  %312 = fadd float %309, %311
  %313 = mul nsw i64 %58, 3
  %314 = add nsw i64 %313, %304
  %315 = getelementptr inbounds float, ptr %42, i64 %314
  %316 = load float, ptr %315, align 4
  %317 = fsub float %312, %316
  %318 = fmul float 0x3FA5555560000000, %317
  %319 = fadd float %318, %318
  %320 = add nsw i64 %302, %i45
  %321 = getelementptr inbounds float, ptr %44, i64 %320
  store float %319, ptr %321, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %322 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !45

exit44:                                           ; preds = %loop41
  %323 = load <2 x float>, ptr %10, align 4
  store <2 x float> %323, ptr %18, align 4
  %324 = mul nsw i64 %i, 8
  %325 = add nsw i64 %324, %59
  %326 = mul nsw i64 %325, 3
  %327 = add nsw i64 %326, 0
  br label %loop46

loop46:                                           ; preds = %latch48, %exit44
  %i50 = phi i64 [ 0, %exit44 ], [ %347, %latch48 ]
  %328 = icmp slt i64 %i50, 2
  br i1 %328, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %329 = add nsw i64 0, %i50
  %330 = mul nsw i64 %59, 3
  %331 = add nsw i64 %330, %329
  %332 = sub i64 %331, %327
  %333 = getelementptr inbounds float, ptr %18, i64 %332
  %334 = load float, ptr %333, align 4
  %335 = getelementptr inbounds float, ptr %40, i64 %329
  %336 = load float, ptr %335, align 4
  %337 = fadd float %334, %336
  %338 = mul nsw i64 %59, 3
  %339 = add nsw i64 %338, %329
  %340 = getelementptr inbounds float, ptr %42, i64 %339
  %341 = load float, ptr %340, align 4
  %342 = fsub float %337, %341
  %343 = fmul float 0x3FA5555560000000, %342
  %344 = fadd float %343, %343
  %345 = add nsw i64 %327, %i50
  %346 = getelementptr inbounds float, ptr %44, i64 %345
  store float %344, ptr %346, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %347 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !46

exit49:                                           ; preds = %loop46
  %348 = mul nsw i64 %i, 128
  %349 = mul nsw i64 %i, 48
  %350 = mul nsw i64 %i, 24
  %351 = add nsw i64 %48, 0
  %352 = add nsw i64 %48, 1
  %353 = add nsw i64 %48, 2
  %354 = add nsw i64 %48, 3
  %355 = add nsw i64 %48, 4
  %356 = add nsw i64 %48, 5
  %357 = add nsw i64 %48, 6
  %358 = add nsw i64 %48, 7
  store float -0.000000e+00, ptr %19, align 4
  store float -0.000000e+00, ptr %20, align 4
  store float -0.000000e+00, ptr %21, align 4
  store float -0.000000e+00, ptr %22, align 4
  store float -0.000000e+00, ptr %23, align 4
  store float -0.000000e+00, ptr %24, align 4
  store float -0.000000e+00, ptr %25, align 4
  store float -0.000000e+00, ptr %26, align 4
  br label %loop51

loop51:                                           ; preds = %latch53, %exit49
  %i55 = phi i64 [ 0, %exit49 ], [ %429, %latch53 ]
  %359 = icmp slt i64 %i55, 16
  br i1 %359, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %360 = mul nsw i64 %i55, 3
  %361 = add nsw i64 %360, 2
  %362 = add nsw i64 %349, %361
  %363 = getelementptr inbounds float, ptr %38, i64 %362
  %364 = load float, ptr %363, align 4
  %365 = mul nsw i64 %351, 16
  %366 = add nsw i64 %365, %i55
  %367 = add nsw i64 %348, %366
  %368 = getelementptr inbounds float, ptr %36, i64 %367
  %369 = load float, ptr %368, align 4
  %370 = load float, ptr %19, align 4
  %371 = fmul contract float %369, %364
  %372 = fadd contract float %370, %371
  store float %372, ptr %19, align 4
  %373 = mul nsw i64 %352, 16
  %374 = add nsw i64 %373, %i55
  %375 = add nsw i64 %348, %374
  %376 = getelementptr inbounds float, ptr %36, i64 %375
  %377 = load float, ptr %376, align 4
  %378 = load float, ptr %20, align 4
  %379 = fmul contract float %377, %364
  %380 = fadd contract float %378, %379
  store float %380, ptr %20, align 4
  %381 = mul nsw i64 %353, 16
  %382 = add nsw i64 %381, %i55
  %383 = add nsw i64 %348, %382
  %384 = getelementptr inbounds float, ptr %36, i64 %383
  %385 = load float, ptr %384, align 4
  %386 = load float, ptr %21, align 4
  %387 = fmul contract float %385, %364
  %388 = fadd contract float %386, %387
  store float %388, ptr %21, align 4
  %389 = mul nsw i64 %354, 16
  %390 = add nsw i64 %389, %i55
  %391 = add nsw i64 %348, %390
  %392 = getelementptr inbounds float, ptr %36, i64 %391
  %393 = load float, ptr %392, align 4
  %394 = load float, ptr %22, align 4
  %395 = fmul contract float %393, %364
  %396 = fadd contract float %394, %395
  store float %396, ptr %22, align 4
  %397 = mul nsw i64 %355, 16
  %398 = add nsw i64 %397, %i55
  %399 = add nsw i64 %348, %398
  %400 = getelementptr inbounds float, ptr %36, i64 %399
  %401 = load float, ptr %400, align 4
  %402 = load float, ptr %23, align 4
  %403 = fmul contract float %401, %364
  %404 = fadd contract float %402, %403
  store float %404, ptr %23, align 4
  %405 = mul nsw i64 %356, 16
  %406 = add nsw i64 %405, %i55
  %407 = add nsw i64 %348, %406
  %408 = getelementptr inbounds float, ptr %36, i64 %407
  %409 = load float, ptr %408, align 4
  %410 = load float, ptr %24, align 4
  %411 = fmul contract float %409, %364
  %412 = fadd contract float %410, %411
  store float %412, ptr %24, align 4
  %413 = mul nsw i64 %357, 16
  %414 = add nsw i64 %413, %i55
  %415 = add nsw i64 %348, %414
  %416 = getelementptr inbounds float, ptr %36, i64 %415
  %417 = load float, ptr %416, align 4
  %418 = load float, ptr %25, align 4
  %419 = fmul contract float %417, %364
  %420 = fadd contract float %418, %419
  store float %420, ptr %25, align 4
  %421 = mul nsw i64 %358, 16
  %422 = add nsw i64 %421, %i55
  %423 = add nsw i64 %348, %422
  %424 = getelementptr inbounds float, ptr %36, i64 %423
  %425 = load float, ptr %424, align 4
  %426 = load float, ptr %26, align 4
  %427 = fmul contract float %425, %364
  %428 = fadd contract float %426, %427
  store float %428, ptr %26, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %429 = add nsw i64 %i55, 1
  br label %loop51

exit54:                                           ; preds = %loop51
  %430 = load float, ptr %19, align 4
  store float %430, ptr %27, align 4
  %431 = mul nsw i64 %i, 8
  %432 = add nsw i64 %431, %351
  %433 = mul nsw i64 %432, 3
  %434 = add nsw i64 %433, 2
  br label %loop56

loop56:                                           ; preds = %latch58, %exit54
  %i60 = phi i64 [ 0, %exit54 ], [ %454, %latch58 ]
  %435 = icmp slt i64 %i60, 1
  br i1 %435, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %436 = add nsw i64 2, %i60
  %437 = mul nsw i64 %351, 3
  %438 = add nsw i64 %437, %436
  %439 = sub i64 %438, %434
  %440 = getelementptr inbounds float, ptr %27, i64 %439
  %441 = load float, ptr %440, align 4
  %442 = getelementptr inbounds float, ptr %40, i64 %436
  %443 = load float, ptr %442, align 4
  %444 = fadd float %441, %443
  %445 = mul nsw i64 %351, 3
  %446 = add nsw i64 %445, %436
  %447 = getelementptr inbounds float, ptr %42, i64 %446
  %448 = load float, ptr %447, align 4
  %449 = fsub float %444, %448
  %450 = fmul float 0x3FA5555560000000, %449
  %451 = fadd float %450, %450
  %452 = add nsw i64 %434, %i60
  %453 = getelementptr inbounds float, ptr %44, i64 %452
  store float %451, ptr %453, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %454 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !47

exit59:                                           ; preds = %loop56
  %455 = load float, ptr %20, align 4
  store float %455, ptr %28, align 4
  %456 = mul nsw i64 %i, 8
  %457 = add nsw i64 %456, %352
  %458 = mul nsw i64 %457, 3
  %459 = add nsw i64 %458, 2
  br label %loop61

loop61:                                           ; preds = %latch63, %exit59
  %i65 = phi i64 [ 0, %exit59 ], [ %479, %latch63 ]
  %460 = icmp slt i64 %i65, 1
  br i1 %460, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %461 = add nsw i64 2, %i65
  %462 = mul nsw i64 %352, 3
  %463 = add nsw i64 %462, %461
  %464 = sub i64 %463, %459
  %465 = getelementptr inbounds float, ptr %28, i64 %464
  %466 = load float, ptr %465, align 4
  %467 = getelementptr inbounds float, ptr %40, i64 %461
  %468 = load float, ptr %467, align 4
  %469 = fadd float %466, %468
  %470 = mul nsw i64 %352, 3
  %471 = add nsw i64 %470, %461
  %472 = getelementptr inbounds float, ptr %42, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = fsub float %469, %473
  %475 = fmul float 0x3FA5555560000000, %474
  %476 = fadd float %475, %475
  %477 = add nsw i64 %459, %i65
  %478 = getelementptr inbounds float, ptr %44, i64 %477
  store float %476, ptr %478, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %479 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !48

exit64:                                           ; preds = %loop61
  %480 = load float, ptr %21, align 4
  store float %480, ptr %29, align 4
  %481 = mul nsw i64 %i, 8
  %482 = add nsw i64 %481, %353
  %483 = mul nsw i64 %482, 3
  %484 = add nsw i64 %483, 2
  br label %loop66

loop66:                                           ; preds = %latch68, %exit64
  %i70 = phi i64 [ 0, %exit64 ], [ %504, %latch68 ]
  %485 = icmp slt i64 %i70, 1
  br i1 %485, label %body67, label %exit69

body67:                                           ; preds = %loop66
  %486 = add nsw i64 2, %i70
  %487 = mul nsw i64 %353, 3
  %488 = add nsw i64 %487, %486
  %489 = sub i64 %488, %484
  %490 = getelementptr inbounds float, ptr %29, i64 %489
  %491 = load float, ptr %490, align 4
  %492 = getelementptr inbounds float, ptr %40, i64 %486
  %493 = load float, ptr %492, align 4
  %494 = fadd float %491, %493
  %495 = mul nsw i64 %353, 3
  %496 = add nsw i64 %495, %486
  %497 = getelementptr inbounds float, ptr %42, i64 %496
  %498 = load float, ptr %497, align 4
  %499 = fsub float %494, %498
  %500 = fmul float 0x3FA5555560000000, %499
  %501 = fadd float %500, %500
  %502 = add nsw i64 %484, %i70
  %503 = getelementptr inbounds float, ptr %44, i64 %502
  store float %501, ptr %503, align 4
  br label %latch68

latch68:                                          ; preds = %body67
  %504 = add nsw i64 %i70, 1
  br label %loop66, !llvm.loop !49

exit69:                                           ; preds = %loop66
  %505 = load float, ptr %22, align 4
  store float %505, ptr %30, align 4
  %506 = mul nsw i64 %i, 8
  %507 = add nsw i64 %506, %354
  %508 = mul nsw i64 %507, 3
  %509 = add nsw i64 %508, 2
  br label %loop71

loop71:                                           ; preds = %latch73, %exit69
  %i75 = phi i64 [ 0, %exit69 ], [ %529, %latch73 ]
  %510 = icmp slt i64 %i75, 1
  br i1 %510, label %body72, label %exit74

body72:                                           ; preds = %loop71
  %511 = add nsw i64 2, %i75
  %512 = mul nsw i64 %354, 3
  %513 = add nsw i64 %512, %511
  %514 = sub i64 %513, %509
  %515 = getelementptr inbounds float, ptr %30, i64 %514
  %516 = load float, ptr %515, align 4
  %517 = getelementptr inbounds float, ptr %40, i64 %511
  %518 = load float, ptr %517, align 4
  %519 = fadd float %516, %518
  %520 = mul nsw i64 %354, 3
  %521 = add nsw i64 %520, %511
  %522 = getelementptr inbounds float, ptr %42, i64 %521
  %523 = load float, ptr %522, align 4
  %524 = fsub float %519, %523
  %525 = fmul float 0x3FA5555560000000, %524
  %526 = fadd float %525, %525
  %527 = add nsw i64 %509, %i75
  %528 = getelementptr inbounds float, ptr %44, i64 %527
  store float %526, ptr %528, align 4
  br label %latch73

latch73:                                          ; preds = %body72
  %529 = add nsw i64 %i75, 1
  br label %loop71, !llvm.loop !50

exit74:                                           ; preds = %loop71
  %530 = load float, ptr %23, align 4
  store float %530, ptr %31, align 4
  %531 = mul nsw i64 %i, 8
  %532 = add nsw i64 %531, %355
  %533 = mul nsw i64 %532, 3
  %534 = add nsw i64 %533, 2
  br label %loop76

loop76:                                           ; preds = %latch78, %exit74
  %i80 = phi i64 [ 0, %exit74 ], [ %554, %latch78 ]
  %535 = icmp slt i64 %i80, 1
  br i1 %535, label %body77, label %exit79

body77:                                           ; preds = %loop76
  %536 = add nsw i64 2, %i80
  %537 = mul nsw i64 %355, 3
  %538 = add nsw i64 %537, %536
  %539 = sub i64 %538, %534
  %540 = getelementptr inbounds float, ptr %31, i64 %539
  %541 = load float, ptr %540, align 4
  %542 = getelementptr inbounds float, ptr %40, i64 %536
  %543 = load float, ptr %542, align 4
  %544 = fadd float %541, %543
  %545 = mul nsw i64 %355, 3
  %546 = add nsw i64 %545, %536
  %547 = getelementptr inbounds float, ptr %42, i64 %546
  %548 = load float, ptr %547, align 4
  %549 = fsub float %544, %548
  %550 = fmul float 0x3FA5555560000000, %549
  %551 = fadd float %550, %550
  %552 = add nsw i64 %534, %i80
  %553 = getelementptr inbounds float, ptr %44, i64 %552
  store float %551, ptr %553, align 4
  br label %latch78

latch78:                                          ; preds = %body77
  %554 = add nsw i64 %i80, 1
  br label %loop76, !llvm.loop !51

exit79:                                           ; preds = %loop76
  %555 = load float, ptr %24, align 4
  store float %555, ptr %32, align 4
  %556 = mul nsw i64 %i, 8
  %557 = add nsw i64 %556, %356
  %558 = mul nsw i64 %557, 3
  %559 = add nsw i64 %558, 2
  br label %loop81

loop81:                                           ; preds = %latch83, %exit79
  %i85 = phi i64 [ 0, %exit79 ], [ %579, %latch83 ]
  %560 = icmp slt i64 %i85, 1
  br i1 %560, label %body82, label %exit84

body82:                                           ; preds = %loop81
  %561 = add nsw i64 2, %i85
  %562 = mul nsw i64 %356, 3
  %563 = add nsw i64 %562, %561
  %564 = sub i64 %563, %559
  %565 = getelementptr inbounds float, ptr %32, i64 %564
  %566 = load float, ptr %565, align 4
  %567 = getelementptr inbounds float, ptr %40, i64 %561
  %568 = load float, ptr %567, align 4
  %569 = fadd float %566, %568
  %570 = mul nsw i64 %356, 3
  %571 = add nsw i64 %570, %561
  %572 = getelementptr inbounds float, ptr %42, i64 %571
  %573 = load float, ptr %572, align 4
  %574 = fsub float %569, %573
  %575 = fmul float 0x3FA5555560000000, %574
  %576 = fadd float %575, %575
  %577 = add nsw i64 %559, %i85
  %578 = getelementptr inbounds float, ptr %44, i64 %577
  store float %576, ptr %578, align 4
  br label %latch83

latch83:                                          ; preds = %body82
  %579 = add nsw i64 %i85, 1
  br label %loop81, !llvm.loop !52

exit84:                                           ; preds = %loop81
  %580 = load float, ptr %25, align 4
  store float %580, ptr %33, align 4
  %581 = mul nsw i64 %i, 8
  %582 = add nsw i64 %581, %357
  %583 = mul nsw i64 %582, 3
  %584 = add nsw i64 %583, 2
  br label %loop86

loop86:                                           ; preds = %latch88, %exit84
  %i90 = phi i64 [ 0, %exit84 ], [ %604, %latch88 ]
  %585 = icmp slt i64 %i90, 1
  br i1 %585, label %body87, label %exit89

body87:                                           ; preds = %loop86
  %586 = add nsw i64 2, %i90
  %587 = mul nsw i64 %357, 3
  %588 = add nsw i64 %587, %586
  %589 = sub i64 %588, %584
  %590 = getelementptr inbounds float, ptr %33, i64 %589
  %591 = load float, ptr %590, align 4
  %592 = getelementptr inbounds float, ptr %40, i64 %586
  %593 = load float, ptr %592, align 4
  %594 = fadd float %591, %593
  %595 = mul nsw i64 %357, 3
  %596 = add nsw i64 %595, %586
  %597 = getelementptr inbounds float, ptr %42, i64 %596
  %598 = load float, ptr %597, align 4
  %599 = fsub float %594, %598
  %600 = fmul float 0x3FA5555560000000, %599
  %601 = fadd float %600, %600
  %602 = add nsw i64 %584, %i90
  %603 = getelementptr inbounds float, ptr %44, i64 %602
  store float %601, ptr %603, align 4
  br label %latch88

latch88:                                          ; preds = %body87
  %604 = add nsw i64 %i90, 1
  br label %loop86, !llvm.loop !53

exit89:                                           ; preds = %loop86
  %605 = load float, ptr %26, align 4
  store float %605, ptr %34, align 4
  %606 = mul nsw i64 %i, 8
  %607 = add nsw i64 %606, %358
  %608 = mul nsw i64 %607, 3
  %609 = add nsw i64 %608, 2
  br label %loop91

loop91:                                           ; preds = %latch93, %exit89
  %i95 = phi i64 [ 0, %exit89 ], [ %629, %latch93 ]
  %610 = icmp slt i64 %i95, 1
  br i1 %610, label %body92, label %exit94

body92:                                           ; preds = %loop91
  %611 = add nsw i64 2, %i95
  %612 = mul nsw i64 %358, 3
  %613 = add nsw i64 %612, %611
  %614 = sub i64 %613, %609
  %615 = getelementptr inbounds float, ptr %34, i64 %614
  %616 = load float, ptr %615, align 4
  %617 = getelementptr inbounds float, ptr %40, i64 %611
  %618 = load float, ptr %617, align 4
  %619 = fadd float %616, %618
  %620 = mul nsw i64 %358, 3
  %621 = add nsw i64 %620, %611
  %622 = getelementptr inbounds float, ptr %42, i64 %621
  %623 = load float, ptr %622, align 4
  %624 = fsub float %619, %623
  %625 = fmul float 0x3FA5555560000000, %624
  %626 = fadd float %625, %625
  %627 = add nsw i64 %609, %i95
  %628 = getelementptr inbounds float, ptr %44, i64 %627
  store float %626, ptr %628, align 4
  br label %latch93

latch93:                                          ; preds = %body92
  %629 = add nsw i64 %i95, 1
  br label %loop91, !llvm.loop !54

exit94:                                           ; preds = %loop91
  br label %latch3
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
  br label %loop, !llvm.loop !55

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
  br label %loop1, !llvm.loop !57

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
  br label %loop6, !llvm.loop !58

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
  br label %loop11, !llvm.loop !59

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
  br label %loop16, !llvm.loop !60

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
  br label %loop21, !llvm.loop !61

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
  br label %loop26, !llvm.loop !62

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
  br label %loop31, !llvm.loop !63

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
  br label %loop36, !llvm.loop !64

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
  br label %loop41, !llvm.loop !65

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
  br label %loop46, !llvm.loop !66

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
  br label %loop51, !llvm.loop !67

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
  br label %loop56, !llvm.loop !68

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
  br label %loop61, !llvm.loop !69

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
  br label %loop6

exit9:                                            ; preds = %loop6
  %128 = load <2 x float>, ptr %3, align 4
  %129 = mul nsw i64 %32, 3
  %130 = add nsw i64 %129, 0
  %131 = add nsw i64 %31, %130
  %132 = getelementptr inbounds float, ptr %24, i64 %131
  store <2 x float> %128, ptr %132, align 4
  %133 = load <2 x float>, ptr %4, align 4
  %134 = mul nsw i64 %33, 3
  %135 = add nsw i64 %134, 0
  %136 = add nsw i64 %31, %135
  %137 = getelementptr inbounds float, ptr %24, i64 %136
  store <2 x float> %133, ptr %137, align 4
  %138 = load <2 x float>, ptr %5, align 4
  %139 = mul nsw i64 %34, 3
  %140 = add nsw i64 %139, 0
  %141 = add nsw i64 %31, %140
  %142 = getelementptr inbounds float, ptr %24, i64 %141
  store <2 x float> %138, ptr %142, align 4
  %143 = load <2 x float>, ptr %6, align 4
  %144 = mul nsw i64 %35, 3
  %145 = add nsw i64 %144, 0
  %146 = add nsw i64 %31, %145
  %147 = getelementptr inbounds float, ptr %24, i64 %146
  store <2 x float> %143, ptr %147, align 4
  %148 = load <2 x float>, ptr %7, align 4
  %149 = mul nsw i64 %36, 3
  %150 = add nsw i64 %149, 0
  %151 = add nsw i64 %31, %150
  %152 = getelementptr inbounds float, ptr %24, i64 %151
  store <2 x float> %148, ptr %152, align 4
  %153 = load <2 x float>, ptr %8, align 4
  %154 = mul nsw i64 %37, 3
  %155 = add nsw i64 %154, 0
  %156 = add nsw i64 %31, %155
  %157 = getelementptr inbounds float, ptr %24, i64 %156
  store <2 x float> %153, ptr %157, align 4
  %158 = load <2 x float>, ptr %9, align 4
  %159 = mul nsw i64 %38, 3
  %160 = add nsw i64 %159, 0
  %161 = add nsw i64 %31, %160
  %162 = getelementptr inbounds float, ptr %24, i64 %161
  store <2 x float> %158, ptr %162, align 4
  %163 = load <2 x float>, ptr %10, align 4
  %164 = mul nsw i64 %39, 3
  %165 = add nsw i64 %164, 0
  %166 = add nsw i64 %31, %165
  %167 = getelementptr inbounds float, ptr %24, i64 %166
  store <2 x float> %163, ptr %167, align 4
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
  br label %loop11

exit14:                                           ; preds = %loop11
  %250 = load float, ptr %11, align 4
  %251 = mul nsw i64 %171, 3
  %252 = add nsw i64 %251, 2
  %253 = add nsw i64 %170, %252
  %254 = getelementptr inbounds float, ptr %24, i64 %253
  store float %250, ptr %254, align 4
  %255 = load float, ptr %12, align 4
  %256 = mul nsw i64 %172, 3
  %257 = add nsw i64 %256, 2
  %258 = add nsw i64 %170, %257
  %259 = getelementptr inbounds float, ptr %24, i64 %258
  store float %255, ptr %259, align 4
  %260 = load float, ptr %13, align 4
  %261 = mul nsw i64 %173, 3
  %262 = add nsw i64 %261, 2
  %263 = add nsw i64 %170, %262
  %264 = getelementptr inbounds float, ptr %24, i64 %263
  store float %260, ptr %264, align 4
  %265 = load float, ptr %14, align 4
  %266 = mul nsw i64 %174, 3
  %267 = add nsw i64 %266, 2
  %268 = add nsw i64 %170, %267
  %269 = getelementptr inbounds float, ptr %24, i64 %268
  store float %265, ptr %269, align 4
  %270 = load float, ptr %15, align 4
  %271 = mul nsw i64 %175, 3
  %272 = add nsw i64 %271, 2
  %273 = add nsw i64 %170, %272
  %274 = getelementptr inbounds float, ptr %24, i64 %273
  store float %270, ptr %274, align 4
  %275 = load float, ptr %16, align 4
  %276 = mul nsw i64 %176, 3
  %277 = add nsw i64 %276, 2
  %278 = add nsw i64 %170, %277
  %279 = getelementptr inbounds float, ptr %24, i64 %278
  store float %275, ptr %279, align 4
  %280 = load float, ptr %17, align 4
  %281 = mul nsw i64 %177, 3
  %282 = add nsw i64 %281, 2
  %283 = add nsw i64 %170, %282
  %284 = getelementptr inbounds float, ptr %24, i64 %283
  store float %280, ptr %284, align 4
  %285 = load float, ptr %18, align 4
  %286 = mul nsw i64 %178, 3
  %287 = add nsw i64 %286, 2
  %288 = add nsw i64 %170, %287
  %289 = getelementptr inbounds float, ptr %24, i64 %288
  store float %285, ptr %289, align 4
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
  %15 = alloca <8 x float>, align 16
  %16 = alloca <8 x float>, align 16
  %17 = alloca <8 x float>, align 16
  %18 = alloca <8 x float>, align 16
  %19 = alloca <8 x float>, align 16
  %20 = alloca <8 x float>, align 16
  %21 = alloca <8 x float>, align 16
  %22 = alloca <8 x float>, align 16
  %23 = alloca <8 x float>, align 16
  %24 = alloca <8 x float>, align 16
  %25 = alloca <8 x float>, align 16
  %26 = alloca <8 x float>, align 16
  %27 = alloca <8 x float>, align 16
  %28 = alloca <8 x float>, align 16
  %29 = alloca <8 x float>, align 16
  %30 = alloca <8 x float>, align 16
  %31 = alloca <8 x float>, align 16
  %32 = alloca <8 x float>, align 16
  %33 = alloca <8 x float>, align 16
  %34 = alloca <8 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %35 = getelementptr inbounds ptr, ptr %0, i64 0
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 1
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds ptr, ptr %0, i64 2
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds ptr, ptr %0, i64 3
  %42 = load ptr, ptr %41, align 8
  %43 = getelementptr inbounds ptr, ptr %0, i64 4
  %44 = load ptr, ptr %43, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %46, %latch ]
  %45 = icmp slt i64 %i, 3
  br i1 %45, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %46 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %55, %latch3 ]
  %47 = icmp slt i64 %i5, 16
  br i1 %47, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %48 = mul nsw i64 %i5, 3
  %49 = add nsw i64 %48, %i
  %50 = getelementptr inbounds float, ptr %38, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = mul nsw i64 %i, 16
  %53 = add nsw i64 %52, %i5
  %54 = getelementptr inbounds float, ptr %44, i64 %53
  store float %51, ptr %54, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %55 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %57, %latch8 ]
  %56 = icmp slt i64 %i10, 1
  br i1 %56, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit104
  %57 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %69, %latch13 ]
  %58 = icmp slt i64 %i15, 1
  br i1 %58, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %59 = mul nsw i64 %i15, 6
  %60 = mul nsw i64 %i10, 24
  %61 = mul nsw i64 %i10, 48
  %62 = mul nsw i64 %i10, 128
  %63 = add nsw i64 %59, 0
  %64 = add nsw i64 %59, 1
  %65 = add nsw i64 %59, 2
  %66 = add nsw i64 %59, 3
  %67 = add nsw i64 %59, 4
  %68 = add nsw i64 %59, 5
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

latch13:                                          ; preds = %exit79
  %69 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %70 = mul nsw i64 %i10, 24
  %71 = mul nsw i64 %i10, 48
  %72 = mul nsw i64 %i10, 128
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %27, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %28, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %29, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %30, align 4
  br label %loop81

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %162, %latch18 ]
  %73 = icmp slt i64 %i20, 3
  br i1 %73, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %74 = mul nsw i64 %i20, 16
  %75 = add nsw i64 %74, 0
  %76 = add nsw i64 %61, %75
  %77 = getelementptr inbounds float, ptr %44, i64 %76
  %78 = load <8 x float>, ptr %77, align 4
  %79 = mul nsw i64 %i20, 16
  %80 = add nsw i64 %79, 8
  %81 = add nsw i64 %61, %80
  %82 = getelementptr inbounds float, ptr %44, i64 %81
  %83 = load <8 x float>, ptr %82, align 4
  %84 = mul nsw i64 %63, 3
  %85 = add nsw i64 %84, %i20
  %86 = add nsw i64 %60, %85
  %87 = getelementptr inbounds float, ptr %36, i64 %86
  %88 = load float, ptr %87, align 4
  %89 = insertelement <8 x float> poison, float %88, i32 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = load <8 x float>, ptr %3, align 4
  %92 = fmul contract <8 x float> %90, %78
  %93 = fadd contract <8 x float> %91, %92
  store <8 x float> %93, ptr %3, align 4
  %94 = load <8 x float>, ptr %4, align 4
  %95 = fmul contract <8 x float> %90, %83
  %96 = fadd contract <8 x float> %94, %95
  store <8 x float> %96, ptr %4, align 4
  %97 = mul nsw i64 %64, 3
  %98 = add nsw i64 %97, %i20
  %99 = add nsw i64 %60, %98
  %100 = getelementptr inbounds float, ptr %36, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = insertelement <8 x float> poison, float %101, i32 0
  %103 = shufflevector <8 x float> %102, <8 x float> poison, <8 x i32> zeroinitializer
  %104 = load <8 x float>, ptr %5, align 4
  %105 = fmul contract <8 x float> %103, %78
  %106 = fadd contract <8 x float> %104, %105
  store <8 x float> %106, ptr %5, align 4
  %107 = load <8 x float>, ptr %6, align 4
  %108 = fmul contract <8 x float> %103, %83
  %109 = fadd contract <8 x float> %107, %108
  store <8 x float> %109, ptr %6, align 4
  %110 = mul nsw i64 %65, 3
  %111 = add nsw i64 %110, %i20
  %112 = add nsw i64 %60, %111
  %113 = getelementptr inbounds float, ptr %36, i64 %112
  %114 = load float, ptr %113, align 4
  %115 = insertelement <8 x float> poison, float %114, i32 0
  %116 = shufflevector <8 x float> %115, <8 x float> poison, <8 x i32> zeroinitializer
  %117 = load <8 x float>, ptr %7, align 4
  %118 = fmul contract <8 x float> %116, %78
  %119 = fadd contract <8 x float> %117, %118
  store <8 x float> %119, ptr %7, align 4
  %120 = load <8 x float>, ptr %8, align 4
  %121 = fmul contract <8 x float> %116, %83
  %122 = fadd contract <8 x float> %120, %121
  store <8 x float> %122, ptr %8, align 4
  %123 = mul nsw i64 %66, 3
  %124 = add nsw i64 %123, %i20
  %125 = add nsw i64 %60, %124
  %126 = getelementptr inbounds float, ptr %36, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = insertelement <8 x float> poison, float %127, i32 0
  %129 = shufflevector <8 x float> %128, <8 x float> poison, <8 x i32> zeroinitializer
  %130 = load <8 x float>, ptr %9, align 4
  %131 = fmul contract <8 x float> %129, %78
  %132 = fadd contract <8 x float> %130, %131
  store <8 x float> %132, ptr %9, align 4
  %133 = load <8 x float>, ptr %10, align 4
  %134 = fmul contract <8 x float> %129, %83
  %135 = fadd contract <8 x float> %133, %134
  store <8 x float> %135, ptr %10, align 4
  %136 = mul nsw i64 %67, 3
  %137 = add nsw i64 %136, %i20
  %138 = add nsw i64 %60, %137
  %139 = getelementptr inbounds float, ptr %36, i64 %138
  %140 = load float, ptr %139, align 4
  %141 = insertelement <8 x float> poison, float %140, i32 0
  %142 = shufflevector <8 x float> %141, <8 x float> poison, <8 x i32> zeroinitializer
  %143 = load <8 x float>, ptr %11, align 4
  %144 = fmul contract <8 x float> %142, %78
  %145 = fadd contract <8 x float> %143, %144
  store <8 x float> %145, ptr %11, align 4
  %146 = load <8 x float>, ptr %12, align 4
  %147 = fmul contract <8 x float> %142, %83
  %148 = fadd contract <8 x float> %146, %147
  store <8 x float> %148, ptr %12, align 4
  %149 = mul nsw i64 %68, 3
  %150 = add nsw i64 %149, %i20
  %151 = add nsw i64 %60, %150
  %152 = getelementptr inbounds float, ptr %36, i64 %151
  %153 = load float, ptr %152, align 4
  %154 = insertelement <8 x float> poison, float %153, i32 0
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <8 x i32> zeroinitializer
  %156 = load <8 x float>, ptr %13, align 4
  %157 = fmul contract <8 x float> %155, %78
  %158 = fadd contract <8 x float> %156, %157
  store <8 x float> %158, ptr %13, align 4
  %159 = load <8 x float>, ptr %14, align 4
  %160 = fmul contract <8 x float> %155, %83
  %161 = fadd contract <8 x float> %159, %160
  store <8 x float> %161, ptr %14, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %162 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  %163 = load <8 x float>, ptr %3, align 4
  store <8 x float> %163, ptr %15, align 4
  %164 = mul nsw i64 %i10, 8
  %165 = add nsw i64 %164, %63
  %166 = mul nsw i64 %165, 16
  %167 = add nsw i64 %166, 0
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %184, %latch23 ]
  %168 = icmp slt i64 %i25, 8
  br i1 %168, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %169 = add nsw i64 0, %i25
  %170 = mul nsw i64 %63, 16
  %171 = add nsw i64 %170, %169
  %172 = sub i64 %171, %167
  %173 = getelementptr inbounds float, ptr %15, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = mul nsw i64 %63, 16
  %176 = add nsw i64 %175, %169
  %177 = getelementptr inbounds float, ptr %40, i64 %176
  %178 = load float, ptr %177, align 4
  %179 = fmul float %178, %178
  %180 = fsub float 1.000000e+00, %179
  %181 = fmul float %174, %180
  %182 = add nsw i64 %167, %i25
  %183 = getelementptr inbounds float, ptr %42, i64 %182
  store float %181, ptr %183, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %184 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !70

exit24:                                           ; preds = %loop21
  %185 = load <8 x float>, ptr %4, align 4
  store <8 x float> %185, ptr %16, align 4
  %186 = mul nsw i64 %i10, 8
  %187 = add nsw i64 %186, %63
  %188 = mul nsw i64 %187, 16
  %189 = add nsw i64 %188, 8
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %206, %latch28 ]
  %190 = icmp slt i64 %i30, 8
  br i1 %190, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %191 = add nsw i64 8, %i30
  %192 = mul nsw i64 %63, 16
  %193 = add nsw i64 %192, %191
  %194 = sub i64 %193, %189
  %195 = getelementptr inbounds float, ptr %16, i64 %194
  %196 = load float, ptr %195, align 4
  %197 = mul nsw i64 %63, 16
  %198 = add nsw i64 %197, %191
  %199 = getelementptr inbounds float, ptr %40, i64 %198
  %200 = load float, ptr %199, align 4
  %201 = fmul float %200, %200
  %202 = fsub float 1.000000e+00, %201
  %203 = fmul float %196, %202
  %204 = add nsw i64 %189, %i30
  %205 = getelementptr inbounds float, ptr %42, i64 %204
  store float %203, ptr %205, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %206 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !71

exit29:                                           ; preds = %loop26
  %207 = load <8 x float>, ptr %5, align 4
  store <8 x float> %207, ptr %17, align 4
  %208 = mul nsw i64 %i10, 8
  %209 = add nsw i64 %208, %64
  %210 = mul nsw i64 %209, 16
  %211 = add nsw i64 %210, 0
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %228, %latch33 ]
  %212 = icmp slt i64 %i35, 8
  br i1 %212, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %213 = add nsw i64 0, %i35
  %214 = mul nsw i64 %64, 16
  %215 = add nsw i64 %214, %213
  %216 = sub i64 %215, %211
  %217 = getelementptr inbounds float, ptr %17, i64 %216
  %218 = load float, ptr %217, align 4
  %219 = mul nsw i64 %64, 16
  %220 = add nsw i64 %219, %213
  %221 = getelementptr inbounds float, ptr %40, i64 %220
  %222 = load float, ptr %221, align 4
  %223 = fmul float %222, %222
  %224 = fsub float 1.000000e+00, %223
  %225 = fmul float %218, %224
  %226 = add nsw i64 %211, %i35
  %227 = getelementptr inbounds float, ptr %42, i64 %226
  store float %225, ptr %227, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %228 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !72

exit34:                                           ; preds = %loop31
  %229 = load <8 x float>, ptr %6, align 4
  store <8 x float> %229, ptr %18, align 4
  %230 = mul nsw i64 %i10, 8
  %231 = add nsw i64 %230, %64
  %232 = mul nsw i64 %231, 16
  %233 = add nsw i64 %232, 8
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %250, %latch38 ]
  %234 = icmp slt i64 %i40, 8
  br i1 %234, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %235 = add nsw i64 8, %i40
  %236 = mul nsw i64 %64, 16
  %237 = add nsw i64 %236, %235
  %238 = sub i64 %237, %233
  %239 = getelementptr inbounds float, ptr %18, i64 %238
  %240 = load float, ptr %239, align 4
  %241 = mul nsw i64 %64, 16
  %242 = add nsw i64 %241, %235
  %243 = getelementptr inbounds float, ptr %40, i64 %242
  %244 = load float, ptr %243, align 4
  %245 = fmul float %244, %244
  %246 = fsub float 1.000000e+00, %245
  %247 = fmul float %240, %246
  %248 = add nsw i64 %233, %i40
  %249 = getelementptr inbounds float, ptr %42, i64 %248
  store float %247, ptr %249, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %250 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !73

exit39:                                           ; preds = %loop36
  %251 = load <8 x float>, ptr %7, align 4
  store <8 x float> %251, ptr %19, align 4
  %252 = mul nsw i64 %i10, 8
  %253 = add nsw i64 %252, %65
  %254 = mul nsw i64 %253, 16
  %255 = add nsw i64 %254, 0
  br label %loop41

loop41:                                           ; preds = %latch43, %exit39
  %i45 = phi i64 [ 0, %exit39 ], [ %272, %latch43 ]
  %256 = icmp slt i64 %i45, 8
  br i1 %256, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %257 = add nsw i64 0, %i45
  %258 = mul nsw i64 %65, 16
  %259 = add nsw i64 %258, %257
  %260 = sub i64 %259, %255
  %261 = getelementptr inbounds float, ptr %19, i64 %260
  %262 = load float, ptr %261, align 4
  %263 = mul nsw i64 %65, 16
  %264 = add nsw i64 %263, %257
  %265 = getelementptr inbounds float, ptr %40, i64 %264
  %266 = load float, ptr %265, align 4
  %267 = fmul float %266, %266
  %268 = fsub float 1.000000e+00, %267
  %269 = fmul float %262, %268
  %270 = add nsw i64 %255, %i45
  %271 = getelementptr inbounds float, ptr %42, i64 %270
  store float %269, ptr %271, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %272 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !74

exit44:                                           ; preds = %loop41
  %273 = load <8 x float>, ptr %8, align 4
  store <8 x float> %273, ptr %20, align 4
  %274 = mul nsw i64 %i10, 8
  %275 = add nsw i64 %274, %65
  %276 = mul nsw i64 %275, 16
  %277 = add nsw i64 %276, 8
  br label %loop46

loop46:                                           ; preds = %latch48, %exit44
  %i50 = phi i64 [ 0, %exit44 ], [ %294, %latch48 ]
  %278 = icmp slt i64 %i50, 8
  br i1 %278, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %279 = add nsw i64 8, %i50
  %280 = mul nsw i64 %65, 16
  %281 = add nsw i64 %280, %279
  %282 = sub i64 %281, %277
  %283 = getelementptr inbounds float, ptr %20, i64 %282
  %284 = load float, ptr %283, align 4
  %285 = mul nsw i64 %65, 16
  %286 = add nsw i64 %285, %279
  %287 = getelementptr inbounds float, ptr %40, i64 %286
  %288 = load float, ptr %287, align 4
  %289 = fmul float %288, %288
  %290 = fsub float 1.000000e+00, %289
  %291 = fmul float %284, %290
  %292 = add nsw i64 %277, %i50
  %293 = getelementptr inbounds float, ptr %42, i64 %292
  store float %291, ptr %293, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %294 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !75

exit49:                                           ; preds = %loop46
  %295 = load <8 x float>, ptr %9, align 4
  store <8 x float> %295, ptr %21, align 4
  %296 = mul nsw i64 %i10, 8
  %297 = add nsw i64 %296, %66
  %298 = mul nsw i64 %297, 16
  %299 = add nsw i64 %298, 0
  br label %loop51

loop51:                                           ; preds = %latch53, %exit49
  %i55 = phi i64 [ 0, %exit49 ], [ %316, %latch53 ]
  %300 = icmp slt i64 %i55, 8
  br i1 %300, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %301 = add nsw i64 0, %i55
  %302 = mul nsw i64 %66, 16
  %303 = add nsw i64 %302, %301
  %304 = sub i64 %303, %299
  %305 = getelementptr inbounds float, ptr %21, i64 %304
  %306 = load float, ptr %305, align 4
  %307 = mul nsw i64 %66, 16
  %308 = add nsw i64 %307, %301
  %309 = getelementptr inbounds float, ptr %40, i64 %308
  %310 = load float, ptr %309, align 4
  %311 = fmul float %310, %310
  %312 = fsub float 1.000000e+00, %311
  %313 = fmul float %306, %312
  %314 = add nsw i64 %299, %i55
  %315 = getelementptr inbounds float, ptr %42, i64 %314
  store float %313, ptr %315, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %316 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !76

exit54:                                           ; preds = %loop51
  %317 = load <8 x float>, ptr %10, align 4
  store <8 x float> %317, ptr %22, align 4
  %318 = mul nsw i64 %i10, 8
  %319 = add nsw i64 %318, %66
  %320 = mul nsw i64 %319, 16
  %321 = add nsw i64 %320, 8
  br label %loop56

loop56:                                           ; preds = %latch58, %exit54
  %i60 = phi i64 [ 0, %exit54 ], [ %338, %latch58 ]
  %322 = icmp slt i64 %i60, 8
  br i1 %322, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %323 = add nsw i64 8, %i60
  %324 = mul nsw i64 %66, 16
  %325 = add nsw i64 %324, %323
  %326 = sub i64 %325, %321
  %327 = getelementptr inbounds float, ptr %22, i64 %326
  %328 = load float, ptr %327, align 4
  %329 = mul nsw i64 %66, 16
  %330 = add nsw i64 %329, %323
  %331 = getelementptr inbounds float, ptr %40, i64 %330
  %332 = load float, ptr %331, align 4
  %333 = fmul float %332, %332
  %334 = fsub float 1.000000e+00, %333
  %335 = fmul float %328, %334
  %336 = add nsw i64 %321, %i60
  %337 = getelementptr inbounds float, ptr %42, i64 %336
  store float %335, ptr %337, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %338 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !77

exit59:                                           ; preds = %loop56
  %339 = load <8 x float>, ptr %11, align 4
  store <8 x float> %339, ptr %23, align 4
  %340 = mul nsw i64 %i10, 8
  %341 = add nsw i64 %340, %67
  %342 = mul nsw i64 %341, 16
  %343 = add nsw i64 %342, 0
  br label %loop61

loop61:                                           ; preds = %latch63, %exit59
  %i65 = phi i64 [ 0, %exit59 ], [ %360, %latch63 ]
  %344 = icmp slt i64 %i65, 8
  br i1 %344, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %345 = add nsw i64 0, %i65
  %346 = mul nsw i64 %67, 16
  %347 = add nsw i64 %346, %345
  %348 = sub i64 %347, %343
  %349 = getelementptr inbounds float, ptr %23, i64 %348
  %350 = load float, ptr %349, align 4
  %351 = mul nsw i64 %67, 16
  %352 = add nsw i64 %351, %345
  %353 = getelementptr inbounds float, ptr %40, i64 %352
  %354 = load float, ptr %353, align 4
  %355 = fmul float %354, %354
  %356 = fsub float 1.000000e+00, %355
  %357 = fmul float %350, %356
  %358 = add nsw i64 %343, %i65
  %359 = getelementptr inbounds float, ptr %42, i64 %358
  store float %357, ptr %359, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %360 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !78

exit64:                                           ; preds = %loop61
  %361 = load <8 x float>, ptr %12, align 4
  store <8 x float> %361, ptr %24, align 4
  %362 = mul nsw i64 %i10, 8
  %363 = add nsw i64 %362, %67
  %364 = mul nsw i64 %363, 16
  %365 = add nsw i64 %364, 8
  br label %loop66

loop66:                                           ; preds = %latch68, %exit64
  %i70 = phi i64 [ 0, %exit64 ], [ %382, %latch68 ]
  %366 = icmp slt i64 %i70, 8
  br i1 %366, label %body67, label %exit69

body67:                                           ; preds = %loop66
  %367 = add nsw i64 8, %i70
  %368 = mul nsw i64 %67, 16
  %369 = add nsw i64 %368, %367
  %370 = sub i64 %369, %365
  %371 = getelementptr inbounds float, ptr %24, i64 %370
  %372 = load float, ptr %371, align 4
  %373 = mul nsw i64 %67, 16
  %374 = add nsw i64 %373, %367
  %375 = getelementptr inbounds float, ptr %40, i64 %374
  %376 = load float, ptr %375, align 4
  %377 = fmul float %376, %376
  %378 = fsub float 1.000000e+00, %377
  %379 = fmul float %372, %378
  %380 = add nsw i64 %365, %i70
  %381 = getelementptr inbounds float, ptr %42, i64 %380
  store float %379, ptr %381, align 4
  br label %latch68

latch68:                                          ; preds = %body67
  %382 = add nsw i64 %i70, 1
  br label %loop66, !llvm.loop !79

exit69:                                           ; preds = %loop66
  %383 = load <8 x float>, ptr %13, align 4
  store <8 x float> %383, ptr %25, align 4
  %384 = mul nsw i64 %i10, 8
  %385 = add nsw i64 %384, %68
  %386 = mul nsw i64 %385, 16
  %387 = add nsw i64 %386, 0
  br label %loop71

loop71:                                           ; preds = %latch73, %exit69
  %i75 = phi i64 [ 0, %exit69 ], [ %404, %latch73 ]
  %388 = icmp slt i64 %i75, 8
  br i1 %388, label %body72, label %exit74

body72:                                           ; preds = %loop71
  %389 = add nsw i64 0, %i75
  %390 = mul nsw i64 %68, 16
  %391 = add nsw i64 %390, %389
  %392 = sub i64 %391, %387
  %393 = getelementptr inbounds float, ptr %25, i64 %392
  %394 = load float, ptr %393, align 4
  %395 = mul nsw i64 %68, 16
  %396 = add nsw i64 %395, %389
  %397 = getelementptr inbounds float, ptr %40, i64 %396
  %398 = load float, ptr %397, align 4
  %399 = fmul float %398, %398
  %400 = fsub float 1.000000e+00, %399
  %401 = fmul float %394, %400
  %402 = add nsw i64 %387, %i75
  %403 = getelementptr inbounds float, ptr %42, i64 %402
  store float %401, ptr %403, align 4
  br label %latch73

latch73:                                          ; preds = %body72
  %404 = add nsw i64 %i75, 1
  br label %loop71, !llvm.loop !80

exit74:                                           ; preds = %loop71
  %405 = load <8 x float>, ptr %14, align 4
  store <8 x float> %405, ptr %26, align 4
  %406 = mul nsw i64 %i10, 8
  %407 = add nsw i64 %406, %68
  %408 = mul nsw i64 %407, 16
  %409 = add nsw i64 %408, 8
  br label %loop76

loop76:                                           ; preds = %latch78, %exit74
  %i80 = phi i64 [ 0, %exit74 ], [ %426, %latch78 ]
  %410 = icmp slt i64 %i80, 8
  br i1 %410, label %body77, label %exit79

body77:                                           ; preds = %loop76
  %411 = add nsw i64 8, %i80
  %412 = mul nsw i64 %68, 16
  %413 = add nsw i64 %412, %411
  %414 = sub i64 %413, %409
  %415 = getelementptr inbounds float, ptr %26, i64 %414
  %416 = load float, ptr %415, align 4
  %417 = mul nsw i64 %68, 16
  %418 = add nsw i64 %417, %411
  %419 = getelementptr inbounds float, ptr %40, i64 %418
  %420 = load float, ptr %419, align 4
  %421 = fmul float %420, %420
  %422 = fsub float 1.000000e+00, %421
  %423 = fmul float %416, %422
  %424 = add nsw i64 %409, %i80
  %425 = getelementptr inbounds float, ptr %42, i64 %424
  store float %423, ptr %425, align 4
  br label %latch78

latch78:                                          ; preds = %body77
  %426 = add nsw i64 %i80, 1
  br label %loop76, !llvm.loop !81

exit79:                                           ; preds = %loop76
  br label %latch13

loop81:                                           ; preds = %latch83, %exit14
  %i85 = phi i64 [ 0, %exit14 ], [ %462, %latch83 ]
  %427 = icmp slt i64 %i85, 3
  br i1 %427, label %body82, label %exit84

body82:                                           ; preds = %loop81
  %428 = mul nsw i64 %i85, 16
  %429 = add nsw i64 %428, 0
  %430 = add nsw i64 %71, %429
  %431 = getelementptr inbounds float, ptr %44, i64 %430
  %432 = load <8 x float>, ptr %431, align 4
  %433 = mul nsw i64 %i85, 16
  %434 = add nsw i64 %433, 8
  %435 = add nsw i64 %71, %434
  %436 = getelementptr inbounds float, ptr %44, i64 %435
  %437 = load <8 x float>, ptr %436, align 4
  %438 = add nsw i64 18, %i85
  %439 = add nsw i64 %70, %438
  %440 = getelementptr inbounds float, ptr %36, i64 %439
  %441 = load float, ptr %440, align 4
  %442 = insertelement <8 x float> poison, float %441, i32 0
  %443 = shufflevector <8 x float> %442, <8 x float> poison, <8 x i32> zeroinitializer
  %444 = load <8 x float>, ptr %27, align 4
  %445 = fmul contract <8 x float> %443, %432
  %446 = fadd contract <8 x float> %444, %445
  store <8 x float> %446, ptr %27, align 4
  %447 = load <8 x float>, ptr %28, align 4
  %448 = fmul contract <8 x float> %443, %437
  %449 = fadd contract <8 x float> %447, %448
  store <8 x float> %449, ptr %28, align 4
  %450 = add nsw i64 21, %i85
  %451 = add nsw i64 %70, %450
  %452 = getelementptr inbounds float, ptr %36, i64 %451
  %453 = load float, ptr %452, align 4
  %454 = insertelement <8 x float> poison, float %453, i32 0
  %455 = shufflevector <8 x float> %454, <8 x float> poison, <8 x i32> zeroinitializer
  %456 = load <8 x float>, ptr %29, align 4
  %457 = fmul contract <8 x float> %455, %432
  %458 = fadd contract <8 x float> %456, %457
  store <8 x float> %458, ptr %29, align 4
  %459 = load <8 x float>, ptr %30, align 4
  %460 = fmul contract <8 x float> %455, %437
  %461 = fadd contract <8 x float> %459, %460
  store <8 x float> %461, ptr %30, align 4
  br label %latch83

latch83:                                          ; preds = %body82
  %462 = add nsw i64 %i85, 1
  br label %loop81

exit84:                                           ; preds = %loop81
  %463 = load <8 x float>, ptr %27, align 4
  store <8 x float> %463, ptr %31, align 4
  %464 = mul nsw i64 %i10, 8
  %465 = add nsw i64 %464, 6
  %466 = mul nsw i64 %465, 16
  %467 = add nsw i64 %466, 0
  br label %loop86

loop86:                                           ; preds = %latch88, %exit84
  %i90 = phi i64 [ 0, %exit84 ], [ %482, %latch88 ]
  %468 = icmp slt i64 %i90, 8
  br i1 %468, label %body87, label %exit89

body87:                                           ; preds = %loop86
  %469 = add nsw i64 0, %i90
  %470 = add nsw i64 96, %469
  %471 = sub i64 %470, %467
  %472 = getelementptr inbounds float, ptr %31, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = add nsw i64 96, %469
  %475 = getelementptr inbounds float, ptr %40, i64 %474
  %476 = load float, ptr %475, align 4
  %477 = fmul float %476, %476
  %478 = fsub float 1.000000e+00, %477
  %479 = fmul float %473, %478
  %480 = add nsw i64 %467, %i90
  %481 = getelementptr inbounds float, ptr %42, i64 %480
  store float %479, ptr %481, align 4
  br label %latch88

latch88:                                          ; preds = %body87
  %482 = add nsw i64 %i90, 1
  br label %loop86, !llvm.loop !82

exit89:                                           ; preds = %loop86
  %483 = load <8 x float>, ptr %28, align 4
  store <8 x float> %483, ptr %32, align 4
  %484 = mul nsw i64 %i10, 8
  %485 = add nsw i64 %484, 6
  %486 = mul nsw i64 %485, 16
  %487 = add nsw i64 %486, 8
  br label %loop91

loop91:                                           ; preds = %latch93, %exit89
  %i95 = phi i64 [ 0, %exit89 ], [ %502, %latch93 ]
  %488 = icmp slt i64 %i95, 8
  br i1 %488, label %body92, label %exit94

body92:                                           ; preds = %loop91
  %489 = add nsw i64 8, %i95
  %490 = add nsw i64 96, %489
  %491 = sub i64 %490, %487
  %492 = getelementptr inbounds float, ptr %32, i64 %491
  %493 = load float, ptr %492, align 4
  %494 = add nsw i64 96, %489
  %495 = getelementptr inbounds float, ptr %40, i64 %494
  %496 = load float, ptr %495, align 4
  %497 = fmul float %496, %496
  %498 = fsub float 1.000000e+00, %497
  %499 = fmul float %493, %498
  %500 = add nsw i64 %487, %i95
  %501 = getelementptr inbounds float, ptr %42, i64 %500
  store float %499, ptr %501, align 4
  br label %latch93

latch93:                                          ; preds = %body92
  %502 = add nsw i64 %i95, 1
  br label %loop91, !llvm.loop !83

exit94:                                           ; preds = %loop91
  %503 = load <8 x float>, ptr %29, align 4
  store <8 x float> %503, ptr %33, align 4
  %504 = mul nsw i64 %i10, 8
  %505 = add nsw i64 %504, 7
  %506 = mul nsw i64 %505, 16
  %507 = add nsw i64 %506, 0
  br label %loop96

loop96:                                           ; preds = %latch98, %exit94
  %i100 = phi i64 [ 0, %exit94 ], [ %522, %latch98 ]
  %508 = icmp slt i64 %i100, 8
  br i1 %508, label %body97, label %exit99

body97:                                           ; preds = %loop96
  %509 = add nsw i64 0, %i100
  %510 = add nsw i64 112, %509
  %511 = sub i64 %510, %507
  %512 = getelementptr inbounds float, ptr %33, i64 %511
  %513 = load float, ptr %512, align 4
  %514 = add nsw i64 112, %509
  %515 = getelementptr inbounds float, ptr %40, i64 %514
  %516 = load float, ptr %515, align 4
  %517 = fmul float %516, %516
  %518 = fsub float 1.000000e+00, %517
  %519 = fmul float %513, %518
  %520 = add nsw i64 %507, %i100
  %521 = getelementptr inbounds float, ptr %42, i64 %520
  store float %519, ptr %521, align 4
  br label %latch98

latch98:                                          ; preds = %body97
  %522 = add nsw i64 %i100, 1
  br label %loop96, !llvm.loop !84

exit99:                                           ; preds = %loop96
  %523 = load <8 x float>, ptr %30, align 4
  store <8 x float> %523, ptr %34, align 4
  %524 = mul nsw i64 %i10, 8
  %525 = add nsw i64 %524, 7
  %526 = mul nsw i64 %525, 16
  %527 = add nsw i64 %526, 8
  br label %loop101

loop101:                                          ; preds = %latch103, %exit99
  %i105 = phi i64 [ 0, %exit99 ], [ %542, %latch103 ]
  %528 = icmp slt i64 %i105, 8
  br i1 %528, label %body102, label %exit104

body102:                                          ; preds = %loop101
  %529 = add nsw i64 8, %i105
  %530 = add nsw i64 112, %529
  %531 = sub i64 %530, %527
  %532 = getelementptr inbounds float, ptr %34, i64 %531
  %533 = load float, ptr %532, align 4
  %534 = add nsw i64 112, %529
  %535 = getelementptr inbounds float, ptr %40, i64 %534
  %536 = load float, ptr %535, align 4
  %537 = fmul float %536, %536
  %538 = fsub float 1.000000e+00, %537
  %539 = fmul float %533, %538
  %540 = add nsw i64 %527, %i105
  %541 = getelementptr inbounds float, ptr %42, i64 %540
  store float %539, ptr %541, align 4
  br label %latch103

latch103:                                         ; preds = %body102
  %542 = add nsw i64 %i105, 1
  br label %loop101, !llvm.loop !85

exit104:                                          ; preds = %loop101
  br label %latch8
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
  br label %loop, !llvm.loop !86

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
  br label %loop1, !llvm.loop !87

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
  br label %loop6, !llvm.loop !88

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
  br label %loop11, !llvm.loop !89

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
  br label %loop16, !llvm.loop !90

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
  br label %loop21, !llvm.loop !91

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
  br label %loop26, !llvm.loop !92

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
  br label %loop31, !llvm.loop !93

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
  br label %loop36, !llvm.loop !94

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
  br label %loop41, !llvm.loop !95

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
  br label %loop46, !llvm.loop !96

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
  br label %loop51, !llvm.loop !97

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
  br label %loop56, !llvm.loop !98

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
  br label %loop61, !llvm.loop !99

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
  br label %loop1

exit4:                                            ; preds = %loop1
  %86 = load <8 x float>, ptr %3, align 4
  %87 = add nsw i64 %20, 0
  %88 = getelementptr inbounds float, ptr %16, i64 %87
  store <8 x float> %86, ptr %88, align 4
  %89 = load <8 x float>, ptr %4, align 4
  %90 = add nsw i64 %20, 8
  %91 = getelementptr inbounds float, ptr %16, i64 %90
  store <8 x float> %89, ptr %91, align 4
  %92 = load <8 x float>, ptr %5, align 4
  %93 = add nsw i64 %20, 16
  %94 = getelementptr inbounds float, ptr %16, i64 %93
  store <8 x float> %92, ptr %94, align 4
  %95 = load <8 x float>, ptr %6, align 4
  %96 = add nsw i64 %20, 24
  %97 = getelementptr inbounds float, ptr %16, i64 %96
  store <8 x float> %95, ptr %97, align 4
  %98 = load <8 x float>, ptr %7, align 4
  %99 = add nsw i64 %20, 32
  %100 = getelementptr inbounds float, ptr %16, i64 %99
  store <8 x float> %98, ptr %100, align 4
  %101 = load <8 x float>, ptr %8, align 4
  %102 = add nsw i64 %20, 40
  %103 = getelementptr inbounds float, ptr %16, i64 %102
  store <8 x float> %101, ptr %103, align 4
  %104 = load <8 x float>, ptr %9, align 4
  %105 = add nsw i64 %20, 48
  %106 = getelementptr inbounds float, ptr %16, i64 %105
  store <8 x float> %104, ptr %106, align 4
  %107 = load <8 x float>, ptr %10, align 4
  %108 = add nsw i64 %20, 56
  %109 = getelementptr inbounds float, ptr %16, i64 %108
  store <8 x float> %107, ptr %109, align 4
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

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !1}
!6 = distinct !{!6, !1}
!7 = distinct !{!7, !1}
!8 = distinct !{!8, !1}
!9 = distinct !{!9, !1}
!10 = distinct !{!10, !1}
!11 = distinct !{!11, !1}
!12 = distinct !{!12, !1}
!13 = distinct !{!13, !1}
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1}
!16 = distinct !{!16, !1}
!17 = distinct !{!17, !1}
!18 = distinct !{!18, !1}
!19 = distinct !{!19, !1}
!20 = distinct !{!20, !1}
!21 = distinct !{!21, !1}
!22 = distinct !{!22, !1}
!23 = distinct !{!23, !1}
!24 = distinct !{!24, !1}
!25 = distinct !{!25, !1}
!26 = distinct !{!26, !1}
!27 = distinct !{!27, !1}
!28 = distinct !{!28, !1}
!29 = distinct !{!29, !1}
!30 = distinct !{!30, !1}
!31 = distinct !{!31, !1}
!32 = distinct !{!32, !1}
!33 = distinct !{!33, !34, !35, !1}
!34 = !{!"llvm.loop.vectorize.enable", i1 true}
!35 = !{!"llvm.loop.vectorize.width", i32 16}
!36 = distinct !{!36, !34, !35, !1}
!37 = distinct !{!37, !38, !1}
!38 = !{!"llvm.loop.vectorize.width", i32 8}
!39 = distinct !{!39, !1}
!40 = distinct !{!40, !1}
!41 = distinct !{!41, !1}
!42 = distinct !{!42, !1}
!43 = distinct !{!43, !1}
!44 = distinct !{!44, !1}
!45 = distinct !{!45, !1}
!46 = distinct !{!46, !1}
!47 = distinct !{!47, !1}
!48 = distinct !{!48, !1}
!49 = distinct !{!49, !1}
!50 = distinct !{!50, !1}
!51 = distinct !{!51, !1}
!52 = distinct !{!52, !1}
!53 = distinct !{!53, !1}
!54 = distinct !{!54, !1}
!55 = distinct !{!55, !56, !1}
!56 = !{!"llvm.loop.vectorize.enable", i1 false}
!57 = distinct !{!57, !56, !1}
!58 = distinct !{!58, !34, !1}
!59 = distinct !{!59, !56, !1}
!60 = distinct !{!60, !34, !1}
!61 = distinct !{!61, !56, !1}
!62 = distinct !{!62, !34, !1}
!63 = distinct !{!63, !56, !1}
!64 = distinct !{!64, !34, !1}
!65 = distinct !{!65, !56, !1}
!66 = distinct !{!66, !34, !1}
!67 = distinct !{!67, !56, !1}
!68 = distinct !{!68, !34, !1}
!69 = distinct !{!69, !34, !1}
!70 = distinct !{!70, !1}
!71 = distinct !{!71, !1}
!72 = distinct !{!72, !1}
!73 = distinct !{!73, !1}
!74 = distinct !{!74, !1}
!75 = distinct !{!75, !1}
!76 = distinct !{!76, !1}
!77 = distinct !{!77, !1}
!78 = distinct !{!78, !1}
!79 = distinct !{!79, !1}
!80 = distinct !{!80, !1}
!81 = distinct !{!81, !1}
!82 = distinct !{!82, !1}
!83 = distinct !{!83, !1}
!84 = distinct !{!84, !1}
!85 = distinct !{!85, !1}
!86 = distinct !{!86, !56, !1}
!87 = distinct !{!87, !56, !1}
!88 = distinct !{!88, !34, !1}
!89 = distinct !{!89, !56, !1}
!90 = distinct !{!90, !34, !1}
!91 = distinct !{!91, !56, !1}
!92 = distinct !{!92, !34, !1}
!93 = distinct !{!93, !56, !1}
!94 = distinct !{!94, !34, !1}
!95 = distinct !{!95, !56, !1}
!96 = distinct !{!96, !34, !1}
!97 = distinct !{!97, !56, !1}
!98 = distinct !{!98, !34, !1}
!99 = distinct !{!99, !34, !1}
