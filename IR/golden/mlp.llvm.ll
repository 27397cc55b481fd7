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
