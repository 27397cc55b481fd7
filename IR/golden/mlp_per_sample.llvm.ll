; ModuleID = 'mlp_per_sample'
source_filename = "mlp_per_sample"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [1013 x i8] c"{\22module\22: \22mlp_per_sample\22, \22functions\22: [{\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [3]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22per_sample\22, \22symbol\22: \22per_sample\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [32, 4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [32, 3]}], \22outputs\22: [{\22name\22: \22d_w1\22, \22dtype\22: \22f32\22, \22shape\22: [32, 4, 16]}, {\22name\22: \22d_b1\22, \22dtype\22: \22f32\22, \22shape\22: [32, 16]}, {\22name\22: \22d_w2\22, \22dtype\22: \22f32\22, \22shape\22: [32, 16, 3]}, {\22name\22: \22d_b2\22, \22dtype\22: \22f32\22, \22shape\22: [32, 3]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @loss.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca [16 x float], align 16
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
  %i = phi i64 [ 0, %start ], [ %15, %latch ]
  %14 = icmp slt i64 %i, 1
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %15 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %24, %latch3 ]
  %16 = icmp slt i64 %i5, 1
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %17 = mul nsw i64 %i5, 1
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = mul nsw i64 %i, 4
  %21 = mul nsw i64 %i, 64
  %22 = mul nsw i64 %i, 16
  %23 = add nsw i64 %19, 0
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %24 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %49, %latch8 ]
  %25 = icmp slt i64 %i10, 4
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = mul nsw i64 %i10, 16
  %27 = add nsw i64 %26, 0
  %28 = add nsw i64 %21, %27
  %29 = getelementptr inbounds float, ptr %9, i64 %28
  %30 = load <8 x float>, ptr %29, align 4
  %31 = mul nsw i64 %i10, 16
  %32 = add nsw i64 %31, 8
  %33 = add nsw i64 %21, %32
  %34 = getelementptr inbounds float, ptr %9, i64 %33
  %35 = load <8 x float>, ptr %34, align 4
  %36 = mul nsw i64 %23, 4
  %37 = add nsw i64 %36, %i10
  %38 = add nsw i64 %20, %37
  %39 = getelementptr inbounds float, ptr %7, i64 %38
  %40 = load float, ptr %39, align 4
  %41 = insertelement <8 x float> poison, float %40, i32 0
  %42 = shufflevector <8 x float> %41, <8 x float> poison, <8 x i32> zeroinitializer
  %43 = load <8 x float>, ptr %3, align 4
  %44 = fmul contract <8 x float> %42, %30
  %45 = fadd contract <8 x float> %43, %44
  store <8 x float> %45, ptr %3, align 4
  %46 = load <8 x float>, ptr %4, align 4
  %47 = fmul contract <8 x float> %42, %35
  %48 = fadd contract <8 x float> %46, %47
  store <8 x float> %48, ptr %4, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %49 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !0

exit9:                                            ; preds = %loop6
  %50 = load <8 x float>, ptr %3, align 4
  %51 = load <8 x float>, ptr %4, align 4
  %52 = getelementptr inbounds float, ptr %5, i64 0
  store <8 x float> %50, ptr %52, align 4
  %53 = getelementptr inbounds float, ptr %5, i64 8
  store <8 x float> %51, ptr %53, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %63, %latch13 ]
  %54 = icmp slt i64 %i15, 1
  br i1 %54, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %55 = mul nsw i64 %i, 1
  %56 = add nsw i64 %19, %i15
  %57 = add nsw i64 %55, %56
  %58 = mul nsw i64 %57, 16
  %59 = add nsw i64 %58, 0
  %60 = mul nsw i64 %i15, 16
  %61 = getelementptr inbounds float, ptr %5, i64 %60
  %62 = add nsw i64 %19, %i15
  br label %loop16

latch13:                                          ; preds = %exit19
  %63 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !3

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %75, %latch18 ]
  %64 = icmp slt i64 %i20, 16
  br i1 %64, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %65 = add nsw i64 0, %i20
  %66 = sub i64 %65, %59
  %67 = getelementptr inbounds float, ptr %61, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %11, i64 %65
  %70 = load float, ptr %69, align 4
  %71 = fadd float %68, %70
  %72 = call float @tanhf(float %71) #2
  %73 = add nsw i64 %59, %i20
  %74 = getelementptr inbounds float, ptr %13, i64 %73
  store float %72, ptr %74, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %75 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !4

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #1

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #1

; Function Attrs: nounwind
define internal i32 @loss.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <2 x float>, align 16
  %4 = alloca <2 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %5 = getelementptr inbounds ptr, ptr %0, i64 0
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 1
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 2
  %10 = load ptr, ptr %9, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, 1
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %21, %latch3 ]
  %13 = icmp slt i64 %i5, 1
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i5, 1
  %15 = icmp sgt i64 %14, 0
  %16 = select i1 %15, i64 0, i64 %14
  %17 = mul nsw i64 %i, 16
  %18 = mul nsw i64 %i, 48
  %19 = mul nsw i64 %i, 3
  %20 = add nsw i64 %16, 0
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %21 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %38, %latch8 ]
  %22 = icmp slt i64 %i10, 16
  br i1 %22, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %23 = mul nsw i64 %i10, 3
  %24 = add nsw i64 %23, 0
  %25 = add nsw i64 %18, %24
  %26 = getelementptr inbounds float, ptr %8, i64 %25
  %27 = load <2 x float>, ptr %26, align 4
  %28 = mul nsw i64 %20, 16
  %29 = add nsw i64 %28, %i10
  %30 = add nsw i64 %17, %29
  %31 = getelementptr inbounds float, ptr %6, i64 %30
  %32 = load float, ptr %31, align 4
  %33 = insertelement <2 x float> poison, float %32, i32 0
  %34 = shufflevector <2 x float> %33, <2 x float> poison, <2 x i32> zeroinitializer
  %35 = load <2 x float>, ptr %3, align 4
  %36 = fmul contract <2 x float> %34, %27
  %37 = fadd contract <2 x float> %35, %36
  store <2 x float> %37, ptr %3, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %38 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !7

exit9:                                            ; preds = %loop6
  %39 = load <2 x float>, ptr %3, align 4
  %40 = mul nsw i64 %20, 3
  %41 = add nsw i64 %40, 0
  %42 = add nsw i64 %19, %41
  %43 = getelementptr inbounds float, ptr %10, i64 %42
  store <2 x float> %39, ptr %43, align 4
  %44 = mul nsw i64 %i, 16
  %45 = mul nsw i64 %i, 48
  %46 = mul nsw i64 %i, 3
  %47 = add nsw i64 %16, 0
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %64, %latch13 ]
  %48 = icmp slt i64 %i15, 16
  br i1 %48, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %49 = mul nsw i64 %i15, 3
  %50 = add nsw i64 %49, 1
  %51 = add nsw i64 %45, %50
  %52 = getelementptr inbounds float, ptr %8, i64 %51
  %53 = load <2 x float>, ptr %52, align 4
  %54 = mul nsw i64 %47, 16
  %55 = add nsw i64 %54, %i15
  %56 = add nsw i64 %44, %55
  %57 = getelementptr inbounds float, ptr %6, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = insertelement <2 x float> poison, float %58, i32 0
  %60 = shufflevector <2 x float> %59, <2 x float> poison, <2 x i32> zeroinitializer
  %61 = load <2 x float>, ptr %4, align 4
  %62 = fmul contract <2 x float> %60, %53
  %63 = fadd contract <2 x float> %61, %62
  store <2 x float> %63, ptr %4, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %64 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !8

exit14:                                           ; preds = %loop11
  %65 = load <2 x float>, ptr %4, align 4
  %66 = mul nsw i64 %47, 3
  %67 = add nsw i64 %66, 1
  %68 = add nsw i64 %46, %67
  %69 = getelementptr inbounds float, ptr %10, i64 %68
  store <2 x float> %65, ptr %69, align 4
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @loss.k2(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <16 x float>, align 16
  %4 = alloca [1 x <16 x float>], align 16
  %5 = alloca [1 x <16 x float>], align 16
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
  %14 = getelementptr inbounds float, ptr %5, i64 3
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %5, i64 4
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %5, i64 5
  store float -0.000000e+00, ptr %16, align 4
  %17 = getelementptr inbounds float, ptr %5, i64 6
  store float -0.000000e+00, ptr %17, align 4
  %18 = getelementptr inbounds float, ptr %5, i64 7
  store float -0.000000e+00, ptr %18, align 4
  %19 = getelementptr inbounds float, ptr %5, i64 8
  store float -0.000000e+00, ptr %19, align 4
  %20 = getelementptr inbounds float, ptr %5, i64 9
  store float -0.000000e+00, ptr %20, align 4
  %21 = getelementptr inbounds float, ptr %5, i64 10
  store float -0.000000e+00, ptr %21, align 4
  %22 = getelementptr inbounds float, ptr %5, i64 11
  store float -0.000000e+00, ptr %22, align 4
  %23 = getelementptr inbounds float, ptr %5, i64 12
  store float -0.000000e+00, ptr %23, align 4
  %24 = getelementptr inbounds float, ptr %5, i64 13
  store float -0.000000e+00, ptr %24, align 4
  %25 = getelementptr inbounds float, ptr %5, i64 14
  store float -0.000000e+00, ptr %25, align 4
  %26 = getelementptr inbounds float, ptr %5, i64 15
  store float -0.000000e+00, ptr %26, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %39, %latch ]
  %27 = icmp slt i64 %i, 3
  br i1 %27, label %body, label %exit

body:                                             ; preds = %loop
  %28 = getelementptr inbounds float, ptr %7, i64 %i
  %29 = load float, ptr %28, align 4
  %30 = getelementptr inbounds float, ptr %9, i64 %i
  %31 = load float, ptr %30, align 4
  %32 = fadd float %29, %31
  %33 = getelementptr inbounds float, ptr %11, i64 %i
  %34 = load float, ptr %33, align 4
  %35 = fsub float %32, %34
  %36 = fmul float %35, %35
  %37 = sub i64 %i, 0
  %38 = getelementptr inbounds float, ptr %5, i64 %37
  store float %36, ptr %38, align 4
  br label %latch

latch:                                            ; preds = %body
  %39 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !9

exit:                                             ; preds = %loop
  %40 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %41 = load <16 x float>, ptr %40, align 4
  store <16 x float> %41, ptr %3, align 4
  %42 = getelementptr inbounds float, ptr %3, i64 0
  %43 = load float, ptr %42, align 4
  %44 = getelementptr inbounds float, ptr %3, i64 1
  %45 = load float, ptr %44, align 4
  %46 = getelementptr inbounds float, ptr %3, i64 2
  %47 = load float, ptr %46, align 4
  %48 = getelementptr inbounds float, ptr %3, i64 3
  %49 = load float, ptr %48, align 4
  %50 = getelementptr inbounds float, ptr %3, i64 4
  %51 = load float, ptr %50, align 4
  %52 = getelementptr inbounds float, ptr %3, i64 5
  %53 = load float, ptr %52, align 4
  %54 = getelementptr inbounds float, ptr %3, i64 6
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %3, i64 7
  %57 = load float, ptr %56, align 4
  %58 = getelementptr inbounds float, ptr %3, i64 8
  %59 = load float, ptr %58, align 4
  %60 = getelementptr inbounds float, ptr %3, i64 9
  %61 = load float, ptr %60, align 4
  %62 = getelementptr inbounds float, ptr %3, i64 10
  %63 = load float, ptr %62, align 4
  %64 = getelementptr inbounds float, ptr %3, i64 11
  %65 = load float, ptr %64, align 4
  %66 = getelementptr inbounds float, ptr %3, i64 12
  %67 = load float, ptr %66, align 4
  %68 = getelementptr inbounds float, ptr %3, i64 13
  %69 = load float, ptr %68, align 4
  %70 = getelementptr inbounds float, ptr %3, i64 14
  %71 = load float, ptr %70, align 4
  %72 = getelementptr inbounds float, ptr %3, i64 15
  %73 = load float, ptr %72, align 4
  %74 = fadd float %43, %59
  %75 = fadd float %45, %61
  %76 = fadd float %47, %63
  %77 = fadd float %49, %65
  %78 = fadd float %51, %67
  %79 = fadd float %53, %69
  %80 = fadd float %55, %71
  %81 = fadd float %57, %73
  %82 = fadd float %74, %78
  %83 = fadd float %75, %79
  %84 = fadd float %76, %80
  %85 = fadd float %77, %81
  %86 = fadd float %82, %84
  %87 = fadd float %83, %85
  %88 = fadd float %86, %87
  %89 = getelementptr inbounds float, ptr %13, i64 0
  store float %88, ptr %89, align 4
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6) #0 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [4 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [4 x ptr], align 8
  %11 = call i32 @ftc_rt_alloc(ptr %7, i64 128)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %11, %entry ], [ %20, %ok ], [ %27, %ok1 ], [ %34, %ok2 ]
  %13 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %13)
  ret i32 %status

ok:                                               ; preds = %entry
  %14 = load ptr, ptr %7, align 8
  %15 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %4, ptr %15, align 8
  %16 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %1, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %14, i64 0
  %19 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %18, ptr %19, align 8
  %20 = call i32 @loss.k0(ptr %8, i64 0, i64 1)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %22 = getelementptr inbounds i8, ptr %14, i64 0
  %23 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %2, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %14, i64 64
  %26 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %25, ptr %26, align 8
  %27 = call i32 @loss.k1(ptr %9, i64 0, i64 1)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %29 = getelementptr inbounds i8, ptr %14, i64 64
  %30 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %3, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %5, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %10, i64 3
  store ptr %6, ptr %33, align 8
  %34 = call i32 @loss.k2(ptr %10, i64 0, i64 1)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %36 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %36)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @per_sample.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %start

start:                                            ; preds = %entry
  %16 = getelementptr inbounds ptr, ptr %0, i64 0
  %17 = load ptr, ptr %16, align 8
  %18 = getelementptr inbounds ptr, ptr %0, i64 1
  %19 = load ptr, ptr %18, align 8
  %20 = getelementptr inbounds ptr, ptr %0, i64 2
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds ptr, ptr %0, i64 3
  %23 = load ptr, ptr %22, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %25, %latch ]
  %24 = icmp slt i64 %i, 1
  br i1 %24, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %25 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %39, %latch3 ]
  %26 = icmp slt i64 %i5, 6
  br i1 %26, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %27 = mul nsw i64 %i5, 6
  %28 = icmp sgt i64 %27, 26
  %29 = select i1 %28, i64 26, i64 %27
  %30 = mul nsw i64 %i, 128
  %31 = mul nsw i64 %i, 64
  %32 = mul nsw i64 %i, 512
  %33 = add nsw i64 %29, 0
  %34 = add nsw i64 %29, 1
  %35 = add nsw i64 %29, 2
  %36 = add nsw i64 %29, 3
  %37 = add nsw i64 %29, 4
  %38 = add nsw i64 %29, 5
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
  %39 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %129, %latch8 ]
  %40 = icmp slt i64 %i10, 4
  br i1 %40, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %41 = mul nsw i64 %i10, 16
  %42 = add nsw i64 %41, 0
  %43 = add nsw i64 %31, %42
  %44 = getelementptr inbounds float, ptr %19, i64 %43
  %45 = load <8 x float>, ptr %44, align 4
  %46 = mul nsw i64 %i10, 16
  %47 = add nsw i64 %46, 8
  %48 = add nsw i64 %31, %47
  %49 = getelementptr inbounds float, ptr %19, i64 %48
  %50 = load <8 x float>, ptr %49, align 4
  %51 = mul nsw i64 %33, 4
  %52 = add nsw i64 %51, %i10
  %53 = add nsw i64 %30, %52
  %54 = getelementptr inbounds float, ptr %17, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = insertelement <8 x float> poison, float %55, i32 0
  %57 = shufflevector <8 x float> %56, <8 x float> poison, <8 x i32> zeroinitializer
  %58 = load <8 x float>, ptr %3, align 4
  %59 = fmul contract <8 x float> %57, %45
  %60 = fadd contract <8 x float> %58, %59
  store <8 x float> %60, ptr %3, align 4
  %61 = load <8 x float>, ptr %4, align 4
  %62 = fmul contract <8 x float> %57, %50
  %63 = fadd contract <8 x float> %61, %62
  store <8 x float> %63, ptr %4, align 4
  %64 = mul nsw i64 %34, 4
  %65 = add nsw i64 %64, %i10
  %66 = add nsw i64 %30, %65
  %67 = getelementptr inbounds float, ptr %17, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = insertelement <8 x float> poison, float %68, i32 0
  %70 = shufflevector <8 x float> %69, <8 x float> poison, <8 x i32> zeroinitializer
  %71 = load <8 x float>, ptr %5, align 4
  %72 = fmul contract <8 x float> %70, %45
  %73 = fadd contract <8 x float> %71, %72
  store <8 x float> %73, ptr %5, align 4
  %74 = load <8 x float>, ptr %6, align 4
  %75 = fmul contract <8 x float> %70, %50
  %76 = fadd contract <8 x float> %74, %75
  store <8 x float> %76, ptr %6, align 4
  %77 = mul nsw i64 %35, 4
  %78 = add nsw i64 %77, %i10
  %79 = add nsw i64 %30, %78
  %80 = getelementptr inbounds float, ptr %17, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = insertelement <8 x float> poison, float %81, i32 0
  %83 = shufflevector <8 x float> %82, <8 x float> poison, <8 x i32> zeroinitializer
  %84 = load <8 x float>, ptr %7, align 4
  %85 = fmul contract <8 x float> %83, %45
  %86 = fadd contract <8 x float> %84, %85
  store <8 x float> %86, ptr %7, align 4
  %87 = load <8 x float>, ptr %8, align 4
  %88 = fmul contract <8 x float> %83, %50
  %89 = fadd contract <8 x float> %87, %88
  store <8 x float> %89, ptr %8, align 4
  %90 = mul nsw i64 %36, 4
  %91 = add nsw i64 %90, %i10
  %92 = add nsw i64 %30, %91
  %93 = getelementptr inbounds float, ptr %17, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <8 x float> poison, float %94, i32 0
  %96 = shufflevector <8 x float> %95, <8 x float> poison, <8 x i32> zeroinitializer
  %97 = load <8 x float>, ptr %9, align 4
  %98 = fmul contract <8 x float> %96, %45
  %99 = fadd contract <8 x float> %97, %98
  store <8 x float> %99, ptr %9, align 4
  %100 = load <8 x float>, ptr %10, align 4
  %101 = fmul contract <8 x float> %96, %50
  %102 = fadd contract <8 x float> %100, %101
  store <8 x float> %102, ptr %10, align 4
  %103 = mul nsw i64 %37, 4
  %104 = add nsw i64 %103, %i10
  %105 = add nsw i64 %30, %104
  %106 = getelementptr inbounds float, ptr %17, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = insertelement <8 x float> poison, float %107, i32 0
  %109 = shufflevector <8 x float> %108, <8 x float> poison, <8 x i32> zeroinitializer
  %110 = load <8 x float>, ptr %11, align 4
  %111 = fmul contract <8 x float> %109, %45
  %112 = fadd contract <8 x float> %110, %111
  store <8 x float> %112, ptr %11, align 4
  %113 = load <8 x float>, ptr %12, align 4
  %114 = fmul contract <8 x float> %109, %50
  %115 = fadd contract <8 x float> %113, %114
  store <8 x float> %115, ptr %12, align 4
  %116 = mul nsw i64 %38, 4
  %117 = add nsw i64 %116, %i10
  %118 = add nsw i64 %30, %117
  %119 = getelementptr inbounds float, ptr %17, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <8 x float> poison, float %120, i32 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = load <8 x float>, ptr %13, align 4
  %124 = fmul contract <8 x float> %122, %45
  %125 = fadd contract <8 x float> %123, %124
  store <8 x float> %125, ptr %13, align 4
  %126 = load <8 x float>, ptr %14, align 4
  %127 = fmul contract <8 x float> %122, %50
  %128 = fadd contract <8 x float> %126, %127
  store <8 x float> %128, ptr %14, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %129 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !11

exit9:                                            ; preds = %loop6
  %130 = load <8 x float>, ptr %3, align 4
  %131 = load <8 x float>, ptr %4, align 4
  %132 = load <8 x float>, ptr %5, align 4
  %133 = load <8 x float>, ptr %6, align 4
  %134 = load <8 x float>, ptr %7, align 4
  %135 = load <8 x float>, ptr %8, align 4
  %136 = load <8 x float>, ptr %9, align 4
  %137 = load <8 x float>, ptr %10, align 4
  %138 = load <8 x float>, ptr %11, align 4
  %139 = load <8 x float>, ptr %12, align 4
  %140 = load <8 x float>, ptr %13, align 4
  %141 = load <8 x float>, ptr %14, align 4
  %142 = getelementptr inbounds float, ptr %15, i64 0
  store <8 x float> %130, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %15, i64 8
  store <8 x float> %131, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %15, i64 16
  store <8 x float> %132, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %15, i64 24
  store <8 x float> %133, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %15, i64 32
  store <8 x float> %134, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %15, i64 40
  store <8 x float> %135, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %15, i64 48
  store <8 x float> %136, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %15, i64 56
  store <8 x float> %137, ptr %149, align 4
  %150 = getelementptr inbounds float, ptr %15, i64 64
  store <8 x float> %138, ptr %150, align 4
  %151 = getelementptr inbounds float, ptr %15, i64 72
  store <8 x float> %139, ptr %151, align 4
  %152 = getelementptr inbounds float, ptr %15, i64 80
  store <8 x float> %140, ptr %152, align 4
  %153 = getelementptr inbounds float, ptr %15, i64 88
  store <8 x float> %141, ptr %153, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %163, %latch13 ]
  %154 = icmp slt i64 %i15, 6
  br i1 %154, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %155 = mul nsw i64 %i, 32
  %156 = add nsw i64 %29, %i15
  %157 = add nsw i64 %155, %156
  %158 = mul nsw i64 %157, 16
  %159 = add nsw i64 %158, 0
  %160 = mul nsw i64 %i15, 16
  %161 = getelementptr inbounds float, ptr %15, i64 %160
  %162 = add nsw i64 %29, %i15
  br label %loop16

latch13:                                          ; preds = %exit19
  %163 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !12

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %177, %latch18 ]
  %164 = icmp slt i64 %i20, 16
  br i1 %164, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %165 = add nsw i64 0, %i20
  %166 = mul nsw i64 %162, 16
  %167 = add nsw i64 %166, %165
  %168 = sub i64 %167, %159
  %169 = getelementptr inbounds float, ptr %161, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = getelementptr inbounds float, ptr %21, i64 %165
  %172 = load float, ptr %171, align 4
  %173 = fadd float %170, %172
  %174 = call float @tanhf(float %173) #2
  %175 = add nsw i64 %159, %i20
  %176 = getelementptr inbounds float, ptr %23, i64 %175
  store float %174, ptr %176, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %177 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !13

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define internal i32 @per_sample.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %48, %latch3 ]
  %33 = icmp slt i64 %i5, 4
  br i1 %33, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %34 = mul nsw i64 %i5, 8
  %35 = icmp sgt i64 %34, 24
  %36 = select i1 %35, i64 24, i64 %34
  %37 = mul nsw i64 %i, 512
  %38 = mul nsw i64 %i, 48
  %39 = mul nsw i64 %i, 96
  %40 = add nsw i64 %36, 0
  %41 = add nsw i64 %36, 1
  %42 = add nsw i64 %36, 2
  %43 = add nsw i64 %36, 3
  %44 = add nsw i64 %36, 4
  %45 = add nsw i64 %36, 5
  %46 = add nsw i64 %36, 6
  %47 = add nsw i64 %36, 7
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
  %48 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %135, %latch8 ]
  %49 = icmp slt i64 %i10, 16
  br i1 %49, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %50 = mul nsw i64 %i10, 3
  %51 = add nsw i64 %50, 0
  %52 = add nsw i64 %38, %51
  %53 = getelementptr inbounds float, ptr %24, i64 %52
  %54 = load <2 x float>, ptr %53, align 4
  %55 = mul nsw i64 %40, 16
  %56 = add nsw i64 %55, %i10
  %57 = add nsw i64 %37, %56
  %58 = getelementptr inbounds float, ptr %22, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = insertelement <2 x float> poison, float %59, i32 0
  %61 = shufflevector <2 x float> %60, <2 x float> poison, <2 x i32> zeroinitializer
  %62 = load <2 x float>, ptr %3, align 4
  %63 = fmul contract <2 x float> %61, %54
  %64 = fadd contract <2 x float> %62, %63
  store <2 x float> %64, ptr %3, align 4
  %65 = mul nsw i64 %41, 16
  %66 = add nsw i64 %65, %i10
  %67 = add nsw i64 %37, %66
  %68 = getelementptr inbounds float, ptr %22, i64 %67
  %69 = load float, ptr %68, align 4
  %70 = insertelement <2 x float> poison, float %69, i32 0
  %71 = shufflevector <2 x float> %70, <2 x float> poison, <2 x i32> zeroinitializer
  %72 = load <2 x float>, ptr %4, align 4
  %73 = fmul contract <2 x float> %71, %54
  %74 = fadd contract <2 x float> %72, %73
  store <2 x float> %74, ptr %4, align 4
  %75 = mul nsw i64 %42, 16
  %76 = add nsw i64 %75, %i10
  %77 = add nsw i64 %37, %76
  %78 = getelementptr inbounds float, ptr %22, i64 %77
  %79 = load float, ptr %78, align 4
  %80 = insertelement <2 x float> poison, float %79, i32 0
  %81 = shufflevector <2 x float> %80, <2 x float> poison, <2 x i32> zeroinitializer
  %82 = load <2 x float>, ptr %5, align 4
  %83 = fmul contract <2 x float> %81, %54
  %84 = fadd contract <2 x float> %82, %83
  store <2 x float> %84, ptr %5, align 4
  %85 = mul nsw i64 %43, 16
  %86 = add nsw i64 %85, %i10
  %87 = add nsw i64 %37, %86
  %88 = getelementptr inbounds float, ptr %22, i64 %87
  %89 = load float, ptr %88, align 4
  %90 = insertelement <2 x float> poison, float %89, i32 0
  %91 = shufflevector <2 x float> %90, <2 x float> poison, <2 x i32> zeroinitializer
  %92 = load <2 x float>, ptr %6, align 4
  %93 = fmul contract <2 x float> %91, %54
  %94 = fadd contract <2 x float> %92, %93
  store <2 x float> %94, ptr %6, align 4
  %95 = mul nsw i64 %44, 16
  %96 = add nsw i64 %95, %i10
  %97 = add nsw i64 %37, %96
  %98 = getelementptr inbounds float, ptr %22, i64 %97
  %99 = load float, ptr %98, align 4
  %100 = insertelement <2 x float> poison, float %99, i32 0
  %101 = shufflevector <2 x float> %100, <2 x float> poison, <2 x i32> zeroinitializer
  %102 = load <2 x float>, ptr %7, align 4
  %103 = fmul contract <2 x float> %101, %54
  %104 = fadd contract <2 x float> %102, %103
  store <2 x float> %104, ptr %7, align 4
  %105 = mul nsw i64 %45, 16
  %106 = add nsw i64 %105, %i10
  %107 = add nsw i64 %37, %106
  %108 = getelementptr inbounds float, ptr %22, i64 %107
  %109 = load float, ptr %108, align 4
  %110 = insertelement <2 x float> poison, float %109, i32 0
  %111 = shufflevector <2 x float> %110, <2 x float> poison, <2 x i32> zeroinitializer
  %112 = load <2 x float>, ptr %8, align 4
  %113 = fmul contract <2 x float> %111, %54
  %114 = fadd contract <2 x float> %112, %113
  store <2 x float> %114, ptr %8, align 4
  %115 = mul nsw i64 %46, 16
  %116 = add nsw i64 %115, %i10
  %117 = add nsw i64 %37, %116
  %118 = getelementptr inbounds float, ptr %22, i64 %117
  %119 = load float, ptr %118, align 4
  %120 = insertelement <2 x float> poison, float %119, i32 0
  %121 = shufflevector <2 x float> %120, <2 x float> poison, <2 x i32> zeroinitializer
  %122 = load <2 x float>, ptr %9, align 4
  %123 = fmul contract <2 x float> %121, %54
  %124 = fadd contract <2 x float> %122, %123
  store <2 x float> %124, ptr %9, align 4
  %125 = mul nsw i64 %47, 16
  %126 = add nsw i64 %125, %i10
  %127 = add nsw i64 %37, %126
  %128 = getelementptr inbounds float, ptr %22, i64 %127
  %129 = load float, ptr %128, align 4
  %130 = insertelement <2 x float> poison, float %129, i32 0
  %131 = shufflevector <2 x float> %130, <2 x float> poison, <2 x i32> zeroinitializer
  %132 = load <2 x float>, ptr %10, align 4
  %133 = fmul contract <2 x float> %131, %54
  %134 = fadd contract <2 x float> %132, %133
  store <2 x float> %134, ptr %10, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %135 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !14

exit9:                                            ; preds = %loop6
  %136 = load <2 x float>, ptr %3, align 4
  %137 = load <2 x float>, ptr %4, align 4
  %138 = load <2 x float>, ptr %5, align 4
  %139 = load <2 x float>, ptr %6, align 4
  %140 = load <2 x float>, ptr %7, align 4
  %141 = load <2 x float>, ptr %8, align 4
  %142 = load <2 x float>, ptr %9, align 4
  %143 = load <2 x float>, ptr %10, align 4
  %144 = getelementptr inbounds float, ptr %11, i64 0
  store <2 x float> %136, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %11, i64 2
  store <2 x float> %137, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %11, i64 4
  store <2 x float> %138, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %11, i64 6
  store <2 x float> %139, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %11, i64 8
  store <2 x float> %140, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %11, i64 10
  store <2 x float> %141, ptr %149, align 4
  %150 = getelementptr inbounds float, ptr %11, i64 12
  store <2 x float> %142, ptr %150, align 4
  %151 = getelementptr inbounds float, ptr %11, i64 14
  store <2 x float> %143, ptr %151, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %161, %latch13 ]
  %152 = icmp slt i64 %i15, 8
  br i1 %152, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %153 = mul nsw i64 %i, 32
  %154 = add nsw i64 %36, %i15
  %155 = add nsw i64 %153, %154
  %156 = mul nsw i64 %155, 3
  %157 = add nsw i64 %156, 0
  %158 = mul nsw i64 %i15, 2
  %159 = getelementptr inbounds float, ptr %11, i64 %158
  %160 = add nsw i64 %36, %i15
  br label %loop16

latch13:                                          ; preds = %exit19
  %161 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !15

exit14:                                           ; preds = %loop11
  %162 = mul nsw i64 %i, 512
  %163 = mul nsw i64 %i, 48
  %164 = mul nsw i64 %i, 96
  %165 = add nsw i64 %36, 0
  %166 = add nsw i64 %36, 1
  %167 = add nsw i64 %36, 2
  %168 = add nsw i64 %36, 3
  %169 = add nsw i64 %36, 4
  %170 = add nsw i64 %36, 5
  %171 = add nsw i64 %36, 6
  %172 = add nsw i64 %36, 7
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
  %i20 = phi i64 [ 0, %body12 ], [ %191, %latch18 ]
  %173 = icmp slt i64 %i20, 2
  br i1 %173, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %174 = add nsw i64 0, %i20
  %175 = mul nsw i64 %160, 3
  %176 = add nsw i64 %175, %174
  %177 = sub i64 %176, %157
  %178 = getelementptr inbounds float, ptr %159, i64 %177
  %179 = load float, ptr %178, align 4
  %180 = getelementptr inbounds float, ptr %26, i64 %174
  %181 = load float, ptr %180, align 4
  %182 = fadd float %179, %181
  %183 = mul nsw i64 %160, 3
  %184 = add nsw i64 %183, %174
  %185 = getelementptr inbounds float, ptr %28, i64 %184
  %186 = load float, ptr %185, align 4
  %187 = fsub float %182, %186
  %188 = fadd float %187, %187
  %189 = add nsw i64 %157, %i20
  %190 = getelementptr inbounds float, ptr %30, i64 %189
  store float %188, ptr %190, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %191 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %278, %latch23 ]
  %192 = icmp slt i64 %i25, 16
  br i1 %192, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %193 = mul nsw i64 %i25, 3
  %194 = add nsw i64 %193, 1
  %195 = add nsw i64 %163, %194
  %196 = getelementptr inbounds float, ptr %24, i64 %195
  %197 = load <2 x float>, ptr %196, align 4
  %198 = mul nsw i64 %165, 16
  %199 = add nsw i64 %198, %i25
  %200 = add nsw i64 %162, %199
  %201 = getelementptr inbounds float, ptr %22, i64 %200
  %202 = load float, ptr %201, align 4
  %203 = insertelement <2 x float> poison, float %202, i32 0
  %204 = shufflevector <2 x float> %203, <2 x float> poison, <2 x i32> zeroinitializer
  %205 = load <2 x float>, ptr %12, align 4
  %206 = fmul contract <2 x float> %204, %197
  %207 = fadd contract <2 x float> %205, %206
  store <2 x float> %207, ptr %12, align 4
  %208 = mul nsw i64 %166, 16
  %209 = add nsw i64 %208, %i25
  %210 = add nsw i64 %162, %209
  %211 = getelementptr inbounds float, ptr %22, i64 %210
  %212 = load float, ptr %211, align 4
  %213 = insertelement <2 x float> poison, float %212, i32 0
  %214 = shufflevector <2 x float> %213, <2 x float> poison, <2 x i32> zeroinitializer
  %215 = load <2 x float>, ptr %13, align 4
  %216 = fmul contract <2 x float> %214, %197
  %217 = fadd contract <2 x float> %215, %216
  store <2 x float> %217, ptr %13, align 4
  %218 = mul nsw i64 %167, 16
  %219 = add nsw i64 %218, %i25
  %220 = add nsw i64 %162, %219
  %221 = getelementptr inbounds float, ptr %22, i64 %220
  %222 = load float, ptr %221, align 4
  %223 = insertelement <2 x float> poison, float %222, i32 0
  %224 = shufflevector <2 x float> %223, <2 x float> poison, <2 x i32> zeroinitializer
  %225 = load <2 x float>, ptr %14, align 4
  %226 = fmul contract <2 x float> %224, %197
  %227 = fadd contract <2 x float> %225, %226
  store <2 x float> %227, ptr %14, align 4
  %228 = mul nsw i64 %168, 16
  %229 = add nsw i64 %228, %i25
  %230 = add nsw i64 %162, %229
  %231 = getelementptr inbounds float, ptr %22, i64 %230
  %232 = load float, ptr %231, align 4
  %233 = insertelement <2 x float> poison, float %232, i32 0
  %234 = shufflevector <2 x float> %233, <2 x float> poison, <2 x i32> zeroinitializer
  %235 = load <2 x float>, ptr %15, align 4
  %236 = fmul contract <2 x float> %234, %197
  %237 = fadd contract <2 x float> %235, %236
  store <2 x float> %237, ptr %15, align 4
  %238 = mul nsw i64 %169, 16
  %239 = add nsw i64 %238, %i25
  %240 = add nsw i64 %162, %239
  %241 = getelementptr inbounds float, ptr %22, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = insertelement <2 x float> poison, float %242, i32 0
  %244 = shufflevector <2 x float> %243, <2 x float> poison, <2 x i32> zeroinitializer
  %245 = load <2 x float>, ptr %16, align 4
  %246 = fmul contract <2 x float> %244, %197
  %247 = fadd contract <2 x float> %245, %246
  store <2 x float> %247, ptr %16, align 4
  %248 = mul nsw i64 %170, 16
  %249 = add nsw i64 %248, %i25
  %250 = add nsw i64 %162, %249
  %251 = getelementptr inbounds float, ptr %22, i64 %250
  %252 = load float, ptr %251, align 4
  %253 = insertelement <2 x float> poison, float %252, i32 0
  %254 = shufflevector <2 x float> %253, <2 x float> poison, <2 x i32> zeroinitializer
  %255 = load <2 x float>, ptr %17, align 4
  %256 = fmul contract <2 x float> %254, %197
  %257 = fadd contract <2 x float> %255, %256
  store <2 x float> %257, ptr %17, align 4
  %258 = mul nsw i64 %171, 16
  %259 = add nsw i64 %258, %i25
  %260 = add nsw i64 %162, %259
  %261 = getelementptr inbounds float, ptr %22, i64 %260
  %262 = load float, ptr %261, align 4
  %263 = insertelement <2 x float> poison, float %262, i32 0
  %264 = shufflevector <2 x float> %263, <2 x float> poison, <2 x i32> zeroinitializer
  %265 = load <2 x float>, ptr %18, align 4
  %266 = fmul contract <2 x float> %264, %197
  %267 = fadd contract <2 x float> %265, %266
  store <2 x float> %267, ptr %18, align 4
  %268 = mul nsw i64 %172, 16
  %269 = add nsw i64 %268, %i25
  %270 = add nsw i64 %162, %269
  %271 = getelementptr inbounds float, ptr %22, i64 %270
  %272 = load float, ptr %271, align 4
  %273 = insertelement <2 x float> poison, float %272, i32 0
  %274 = shufflevector <2 x float> %273, <2 x float> poison, <2 x i32> zeroinitializer
  %275 = load <2 x float>, ptr %19, align 4
  %276 = fmul contract <2 x float> %274, %197
  %277 = fadd contract <2 x float> %275, %276
  store <2 x float> %277, ptr %19, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %278 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !18

exit24:                                           ; preds = %loop21
  %279 = load <2 x float>, ptr %12, align 4
  %280 = load <2 x float>, ptr %13, align 4
  %281 = load <2 x float>, ptr %14, align 4
  %282 = load <2 x float>, ptr %15, align 4
  %283 = load <2 x float>, ptr %16, align 4
  %284 = load <2 x float>, ptr %17, align 4
  %285 = load <2 x float>, ptr %18, align 4
  %286 = load <2 x float>, ptr %19, align 4
  %287 = getelementptr inbounds float, ptr %20, i64 0
  store <2 x float> %279, ptr %287, align 4
  %288 = getelementptr inbounds float, ptr %20, i64 2
  store <2 x float> %280, ptr %288, align 4
  %289 = getelementptr inbounds float, ptr %20, i64 4
  store <2 x float> %281, ptr %289, align 4
  %290 = getelementptr inbounds float, ptr %20, i64 6
  store <2 x float> %282, ptr %290, align 4
  %291 = getelementptr inbounds float, ptr %20, i64 8
  store <2 x float> %283, ptr %291, align 4
  %292 = getelementptr inbounds float, ptr %20, i64 10
  store <2 x float> %284, ptr %292, align 4
  %293 = getelementptr inbounds float, ptr %20, i64 12
  store <2 x float> %285, ptr %293, align 4
  %294 = getelementptr inbounds float, ptr %20, i64 14
  store <2 x float> %286, ptr %294, align 4
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %304, %latch28 ]
  %295 = icmp slt i64 %i30, 8
  br i1 %295, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %296 = mul nsw i64 %i, 32
  %297 = add nsw i64 %36, %i30
  %298 = add nsw i64 %296, %297
  %299 = mul nsw i64 %298, 3
  %300 = add nsw i64 %299, 1
  %301 = mul nsw i64 %i30, 2
  %302 = getelementptr inbounds float, ptr %20, i64 %301
  %303 = add nsw i64 %36, %i30
  br label %loop31

latch28:                                          ; preds = %exit34
  %304 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !19

exit29:                                           ; preds = %loop26
  br label %latch3

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %323, %latch33 ]
  %305 = icmp slt i64 %i35, 2
  br i1 %305, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %306 = add nsw i64 1, %i35
  %307 = mul nsw i64 %303, 3
  %308 = add nsw i64 %307, %306
  %309 = sub i64 %308, %300
  %310 = getelementptr inbounds float, ptr %302, i64 %309
  %311 = load float, ptr %310, align 4
  %312 = getelementptr inbounds float, ptr %26, i64 %306
  %313 = load float, ptr %312, align 4
  %314 = fadd float %311, %313
  %315 = mul nsw i64 %303, 3
  %316 = add nsw i64 %315, %306
  %317 = getelementptr inbounds float, ptr %28, i64 %316
  %318 = load float, ptr %317, align 4
  %319 = fsub float %314, %318
  %320 = fadd float %319, %319
  %321 = add nsw i64 %300, %i35
  %322 = getelementptr inbounds float, ptr %30, i64 %321
  store float %320, ptr %322, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %323 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !20

exit34:                                           ; preds = %loop31
  br label %latch28
}

; Function Attrs: nounwind
define internal i32 @per_sample.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %12, %latch3 ]
  %11 = icmp slt i64 %i5, 16
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %12 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %28, %latch8 ]
  %13 = icmp slt i64 %i10, 3
  br i1 %13, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %14 = mul nsw i64 %i, 16
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %4, i64 %15
  %17 = load float, ptr %16, align 4
  %18 = mul nsw i64 %i, 3
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds float, ptr %6, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = fmul float %17, %21
  %23 = mul nsw i64 %i, 48
  %24 = mul nsw i64 %i5, 3
  %25 = add nsw i64 %23, %24
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %22, ptr %27, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !21

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @per_sample.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %start

start:                                            ; preds = %entry
  %16 = getelementptr inbounds ptr, ptr %0, i64 0
  %17 = load ptr, ptr %16, align 8
  %18 = getelementptr inbounds ptr, ptr %0, i64 1
  %19 = load ptr, ptr %18, align 8
  %20 = getelementptr inbounds ptr, ptr %0, i64 2
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds ptr, ptr %0, i64 3
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds ptr, ptr %0, i64 4
  %25 = load ptr, ptr %24, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %27, %latch ]
  %26 = icmp slt i64 %i, 3
  br i1 %26, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %27 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %36, %latch3 ]
  %28 = icmp slt i64 %i5, 16
  br i1 %28, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %29 = mul nsw i64 %i5, 3
  %30 = add nsw i64 %29, %i
  %31 = getelementptr inbounds float, ptr %19, i64 %30
  %32 = load float, ptr %31, align 4
  %33 = mul nsw i64 %i, 16
  %34 = add nsw i64 %33, %i5
  %35 = getelementptr inbounds float, ptr %25, i64 %34
  store float %32, ptr %35, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %36 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !22

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %38, %latch8 ]
  %37 = icmp slt i64 %i10, 1
  br i1 %37, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %38 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %52, %latch13 ]
  %39 = icmp slt i64 %i15, 6
  br i1 %39, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %40 = mul nsw i64 %i15, 6
  %41 = icmp sgt i64 %40, 26
  %42 = select i1 %41, i64 26, i64 %40
  %43 = mul nsw i64 %i10, 96
  %44 = mul nsw i64 %i10, 48
  %45 = mul nsw i64 %i10, 512
  %46 = add nsw i64 %42, 0
  %47 = add nsw i64 %42, 1
  %48 = add nsw i64 %42, 2
  %49 = add nsw i64 %42, 3
  %50 = add nsw i64 %42, 4
  %51 = add nsw i64 %42, 5
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
  %52 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %142, %latch18 ]
  %53 = icmp slt i64 %i20, 3
  br i1 %53, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %54 = mul nsw i64 %i20, 16
  %55 = add nsw i64 %54, 0
  %56 = add nsw i64 %44, %55
  %57 = getelementptr inbounds float, ptr %25, i64 %56
  %58 = load <8 x float>, ptr %57, align 4
  %59 = mul nsw i64 %i20, 16
  %60 = add nsw i64 %59, 8
  %61 = add nsw i64 %44, %60
  %62 = getelementptr inbounds float, ptr %25, i64 %61
  %63 = load <8 x float>, ptr %62, align 4
  %64 = mul nsw i64 %46, 3
  %65 = add nsw i64 %64, %i20
  %66 = add nsw i64 %43, %65
  %67 = getelementptr inbounds float, ptr %17, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = insertelement <8 x float> poison, float %68, i32 0
  %70 = shufflevector <8 x float> %69, <8 x float> poison, <8 x i32> zeroinitializer
  %71 = load <8 x float>, ptr %3, align 4
  %72 = fmul contract <8 x float> %70, %58
  %73 = fadd contract <8 x float> %71, %72
  store <8 x float> %73, ptr %3, align 4
  %74 = load <8 x float>, ptr %4, align 4
  %75 = fmul contract <8 x float> %70, %63
  %76 = fadd contract <8 x float> %74, %75
  store <8 x float> %76, ptr %4, align 4
  %77 = mul nsw i64 %47, 3
  %78 = add nsw i64 %77, %i20
  %79 = add nsw i64 %43, %78
  %80 = getelementptr inbounds float, ptr %17, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = insertelement <8 x float> poison, float %81, i32 0
  %83 = shufflevector <8 x float> %82, <8 x float> poison, <8 x i32> zeroinitializer
  %84 = load <8 x float>, ptr %5, align 4
  %85 = fmul contract <8 x float> %83, %58
  %86 = fadd contract <8 x float> %84, %85
  store <8 x float> %86, ptr %5, align 4
  %87 = load <8 x float>, ptr %6, align 4
  %88 = fmul contract <8 x float> %83, %63
  %89 = fadd contract <8 x float> %87, %88
  store <8 x float> %89, ptr %6, align 4
  %90 = mul nsw i64 %48, 3
  %91 = add nsw i64 %90, %i20
  %92 = add nsw i64 %43, %91
  %93 = getelementptr inbounds float, ptr %17, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <8 x float> poison, float %94, i32 0
  %96 = shufflevector <8 x float> %95, <8 x float> poison, <8 x i32> zeroinitializer
  %97 = load <8 x float>, ptr %7, align 4
  %98 = fmul contract <8 x float> %96, %58
  %99 = fadd contract <8 x float> %97, %98
  store <8 x float> %99, ptr %7, align 4
  %100 = load <8 x float>, ptr %8, align 4
  %101 = fmul contract <8 x float> %96, %63
  %102 = fadd contract <8 x float> %100, %101
  store <8 x float> %102, ptr %8, align 4
  %103 = mul nsw i64 %49, 3
  %104 = add nsw i64 %103, %i20
  %105 = add nsw i64 %43, %104
  %106 = getelementptr inbounds float, ptr %17, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = insertelement <8 x float> poison, float %107, i32 0
  %109 = shufflevector <8 x float> %108, <8 x float> poison, <8 x i32> zeroinitializer
  %110 = load <8 x float>, ptr %9, align 4
  %111 = fmul contract <8 x float> %109, %58
  %112 = fadd contract <8 x float> %110, %111
  store <8 x float> %112, ptr %9, align 4
  %113 = load <8 x float>, ptr %10, align 4
  %114 = fmul contract <8 x float> %109, %63
  %115 = fadd contract <8 x float> %113, %114
  store <8 x float> %115, ptr %10, align 4
  %116 = mul nsw i64 %50, 3
  %117 = add nsw i64 %116, %i20
  %118 = add nsw i64 %43, %117
  %119 = getelementptr inbounds float, ptr %17, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <8 x float> poison, float %120, i32 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = load <8 x float>, ptr %11, align 4
  %124 = fmul contract <8 x float> %122, %58
  %125 = fadd contract <8 x float> %123, %124
  store <8 x float> %125, ptr %11, align 4
  %126 = load <8 x float>, ptr %12, align 4
  %127 = fmul contract <8 x float> %122, %63
  %128 = fadd contract <8 x float> %126, %127
  store <8 x float> %128, ptr %12, align 4
  %129 = mul nsw i64 %51, 3
  %130 = add nsw i64 %129, %i20
  %131 = add nsw i64 %43, %130
  %132 = getelementptr inbounds float, ptr %17, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = insertelement <8 x float> poison, float %133, i32 0
  %135 = shufflevector <8 x float> %134, <8 x float> poison, <8 x i32> zeroinitializer
  %136 = load <8 x float>, ptr %13, align 4
  %137 = fmul contract <8 x float> %135, %58
  %138 = fadd contract <8 x float> %136, %137
  store <8 x float> %138, ptr %13, align 4
  %139 = load <8 x float>, ptr %14, align 4
  %140 = fmul contract <8 x float> %135, %63
  %141 = fadd contract <8 x float> %139, %140
  store <8 x float> %141, ptr %14, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %142 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !23

exit19:                                           ; preds = %loop16
  %143 = load <8 x float>, ptr %3, align 4
  %144 = load <8 x float>, ptr %4, align 4
  %145 = load <8 x float>, ptr %5, align 4
  %146 = load <8 x float>, ptr %6, align 4
  %147 = load <8 x float>, ptr %7, align 4
  %148 = load <8 x float>, ptr %8, align 4
  %149 = load <8 x float>, ptr %9, align 4
  %150 = load <8 x float>, ptr %10, align 4
  %151 = load <8 x float>, ptr %11, align 4
  %152 = load <8 x float>, ptr %12, align 4
  %153 = load <8 x float>, ptr %13, align 4
  %154 = load <8 x float>, ptr %14, align 4
  %155 = getelementptr inbounds float, ptr %15, i64 0
  store <8 x float> %143, ptr %155, align 4
  %156 = getelementptr inbounds float, ptr %15, i64 8
  store <8 x float> %144, ptr %156, align 4
  %157 = getelementptr inbounds float, ptr %15, i64 16
  store <8 x float> %145, ptr %157, align 4
  %158 = getelementptr inbounds float, ptr %15, i64 24
  store <8 x float> %146, ptr %158, align 4
  %159 = getelementptr inbounds float, ptr %15, i64 32
  store <8 x float> %147, ptr %159, align 4
  %160 = getelementptr inbounds float, ptr %15, i64 40
  store <8 x float> %148, ptr %160, align 4
  %161 = getelementptr inbounds float, ptr %15, i64 48
  store <8 x float> %149, ptr %161, align 4
  %162 = getelementptr inbounds float, ptr %15, i64 56
  store <8 x float> %150, ptr %162, align 4
  %163 = getelementptr inbounds float, ptr %15, i64 64
  store <8 x float> %151, ptr %163, align 4
  %164 = getelementptr inbounds float, ptr %15, i64 72
  store <8 x float> %152, ptr %164, align 4
  %165 = getelementptr inbounds float, ptr %15, i64 80
  store <8 x float> %153, ptr %165, align 4
  %166 = getelementptr inbounds float, ptr %15, i64 88
  store <8 x float> %154, ptr %166, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %176, %latch23 ]
  %167 = icmp slt i64 %i25, 6
  br i1 %167, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %168 = mul nsw i64 %i10, 32
  %169 = add nsw i64 %42, %i25
  %170 = add nsw i64 %168, %169
  %171 = mul nsw i64 %170, 16
  %172 = add nsw i64 %171, 0
  %173 = mul nsw i64 %i25, 16
  %174 = getelementptr inbounds float, ptr %15, i64 %173
  %175 = add nsw i64 %42, %i25
  br label %loop26

latch23:                                          ; preds = %exit29
  %176 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !24

exit24:                                           ; preds = %loop21
  br label %latch13

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %193, %latch28 ]
  %177 = icmp slt i64 %i30, 16
  br i1 %177, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %178 = add nsw i64 0, %i30
  %179 = mul nsw i64 %175, 16
  %180 = add nsw i64 %179, %178
  %181 = sub i64 %180, %172
  %182 = getelementptr inbounds float, ptr %174, i64 %181
  %183 = load float, ptr %182, align 4
  %184 = mul nsw i64 %175, 16
  %185 = add nsw i64 %184, %178
  %186 = getelementptr inbounds float, ptr %21, i64 %185
  %187 = load float, ptr %186, align 4
  %188 = fmul float %187, %187
  %189 = fsub float 1.000000e+00, %188
  %190 = fmul float %183, %189
  %191 = add nsw i64 %172, %i30
  %192 = getelementptr inbounds float, ptr %23, i64 %191
  store float %190, ptr %192, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %193 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !25

exit29:                                           ; preds = %loop26
  br label %latch23
}

; Function Attrs: nounwind
define internal i32 @per_sample.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %12, %latch3 ]
  %11 = icmp slt i64 %i5, 4
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %12 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %28, %latch8 ]
  %13 = icmp slt i64 %i10, 16
  br i1 %13, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %14 = mul nsw i64 %i, 4
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %4, i64 %15
  %17 = load float, ptr %16, align 4
  %18 = mul nsw i64 %i, 16
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds float, ptr %6, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = fmul float %17, %21
  %23 = mul nsw i64 %i, 64
  %24 = mul nsw i64 %i5, 16
  %25 = add nsw i64 %23, %24
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %22, ptr %27, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !26

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define i32 @per_sample(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9) #0 {
entry:
  %10 = alloca ptr, align 8
  store ptr null, ptr %10, align 8
  %11 = alloca [4 x ptr], align 8
  %12 = alloca [5 x ptr], align 8
  %13 = alloca [3 x ptr], align 8
  %14 = alloca [5 x ptr], align 8
  %15 = alloca [3 x ptr], align 8
  %16 = call i32 @ftc_rt_alloc(ptr %10, i64 2240)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok

fail:                                             ; preds = %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %16, %entry ], [ %25, %ok ], [ %33, %ok1 ], [ %39, %ok2 ], [ %48, %ok3 ], [ %53, %ok4 ]
  %18 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %18)
  ret i32 %status

ok:                                               ; preds = %entry
  %19 = load ptr, ptr %10, align 8
  %20 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %4, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %0, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %1, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %19, i64 0
  %24 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %23, ptr %24, align 8
  %25 = call i32 @per_sample.k0(ptr %11, i64 0, i64 1)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %27 = getelementptr inbounds i8, ptr %19, i64 0
  %28 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %2, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %3, ptr %30, align 8
  %31 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr %5, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %12, i64 4
  store ptr %9, ptr %32, align 8
  %33 = call i32 @per_sample.k1(ptr %12, i64 0, i64 1)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %35 = getelementptr inbounds i8, ptr %19, i64 0
  %36 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %9, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %8, ptr %38, align 8
  %39 = call i32 @per_sample.k2(ptr %13, i64 0, i64 32)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %41 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %9, ptr %41, align 8
  %42 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %2, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %19, i64 0
  %44 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %43, ptr %44, align 8
  %45 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %7, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %19, i64 2048
  %47 = getelementptr inbounds ptr, ptr %14, i64 4
  store ptr %46, ptr %47, align 8
  %48 = call i32 @per_sample.k3(ptr %14, i64 0, i64 1)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %50 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %4, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %7, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %6, ptr %52, align 8
  %53 = call i32 @per_sample.k4(ptr %15, i64 0, i64 32)
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %55 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %55)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nounwind willreturn memory(none) }
attributes #2 = { "vector-function-abi-variant"="_ZGVdN8v_tanhf(_ZGVdN8v_tanhf)" }

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
!10 = !{!"llvm.loop.vectorize.width", i32 16}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !1, !2}
!13 = distinct !{!13, !5, !6, !2}
!14 = distinct !{!14, !1, !2}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !5, !17, !2}
!17 = !{!"llvm.loop.vectorize.width", i32 2}
!18 = distinct !{!18, !1, !2}
!19 = distinct !{!19, !1, !2}
!20 = distinct !{!20, !5, !17, !2}
!21 = distinct !{!21, !6, !2}
!22 = distinct !{!22, !1, !2}
!23 = distinct !{!23, !1, !2}
!24 = distinct !{!24, !1, !2}
!25 = distinct !{!25, !5, !6, !2}
!26 = distinct !{!26, !6, !2}
