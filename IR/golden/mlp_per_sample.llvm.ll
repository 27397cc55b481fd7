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
  %i = phi i64 [ 0, %start ], [ %18, %latch ]
  %14 = icmp slt i64 %i, 1
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul nsw i64 %i, 4
  %16 = mul nsw i64 %i, 64
  %17 = mul nsw i64 %i, 16
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  br label %loop1

latch:                                            ; preds = %exit9
  %18 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %42, %latch3 ]
  %19 = icmp slt i64 %i5, 4
  br i1 %19, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %20 = mul nsw i64 %i5, 16
  %21 = add nsw i64 %20, 0
  %22 = add nsw i64 %16, %21
  %23 = getelementptr inbounds float, ptr %9, i64 %22
  %24 = load <8 x float>, ptr %23, align 4
  %25 = mul nsw i64 %i5, 16
  %26 = add nsw i64 %25, 8
  %27 = add nsw i64 %16, %26
  %28 = getelementptr inbounds float, ptr %9, i64 %27
  %29 = load <8 x float>, ptr %28, align 4
  %30 = add nsw i64 0, %i5
  %31 = add nsw i64 %15, %30
  %32 = getelementptr inbounds float, ptr %7, i64 %31
  %33 = load float, ptr %32, align 4
  %34 = insertelement <8 x float> poison, float %33, i32 0
  %35 = shufflevector <8 x float> %34, <8 x float> poison, <8 x i32> zeroinitializer
  %36 = load <8 x float>, ptr %3, align 4
  %37 = fmul contract <8 x float> %35, %24
  %38 = fadd contract <8 x float> %36, %37
  store <8 x float> %38, ptr %3, align 4
  %39 = load <8 x float>, ptr %4, align 4
  %40 = fmul contract <8 x float> %35, %29
  %41 = fadd contract <8 x float> %39, %40
  store <8 x float> %41, ptr %4, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %42 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !0

exit4:                                            ; preds = %loop1
  %43 = load <8 x float>, ptr %3, align 4
  %44 = load <8 x float>, ptr %4, align 4
  %45 = getelementptr inbounds float, ptr %5, i64 0
  store <8 x float> %43, ptr %45, align 4
  %46 = getelementptr inbounds float, ptr %5, i64 8
  store <8 x float> %44, ptr %46, align 4
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ 0, %exit4 ], [ %56, %latch8 ]
  %47 = icmp slt i64 %i10, 1
  br i1 %47, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %48 = mul nsw i64 %i, 1
  %49 = add nsw i64 0, %i10
  %50 = add nsw i64 %48, %49
  %51 = mul nsw i64 %50, 16
  %52 = add nsw i64 %51, 0
  %53 = mul nsw i64 %i10, 16
  %54 = getelementptr inbounds float, ptr %5, i64 %53
  %55 = add nsw i64 0, %i10
  br label %loop11

latch8:                                           ; preds = %exit14
  %56 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !3

exit9:                                            ; preds = %loop6
  br label %latch

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %68, %latch13 ]
  %57 = icmp slt i64 %i15, 16
  br i1 %57, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %58 = add nsw i64 0, %i15
  %59 = sub i64 %58, %52
  %60 = getelementptr inbounds float, ptr %54, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = getelementptr inbounds float, ptr %11, i64 %58
  %63 = load float, ptr %62, align 4
  %64 = fadd float %61, %63
  %65 = call float @tanhf(float %64) #2
  %66 = add nsw i64 %52, %i15
  %67 = getelementptr inbounds float, ptr %13, i64 %66
  store float %65, ptr %67, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %68 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !4

exit14:                                           ; preds = %loop11
  br label %latch8
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #1

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #1

; Function Attrs: nounwind
define internal i32 @loss.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <2 x float>, align 16
  %4 = alloca float, align 16
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
  %i = phi i64 [ 0, %start ], [ %15, %latch ]
  %11 = icmp slt i64 %i, 1
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul nsw i64 %i, 16
  %13 = mul nsw i64 %i, 48
  %14 = mul nsw i64 %i, 3
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  br label %loop1

latch:                                            ; preds = %exit9
  %15 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %31, %latch3 ]
  %16 = icmp slt i64 %i5, 16
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %17 = mul nsw i64 %i5, 3
  %18 = add nsw i64 %17, 0
  %19 = add nsw i64 %13, %18
  %20 = getelementptr inbounds float, ptr %8, i64 %19
  %21 = load <2 x float>, ptr %20, align 4
  %22 = add nsw i64 0, %i5
  %23 = add nsw i64 %12, %22
  %24 = getelementptr inbounds float, ptr %6, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = insertelement <2 x float> poison, float %25, i32 0
  %27 = shufflevector <2 x float> %26, <2 x float> poison, <2 x i32> zeroinitializer
  %28 = load <2 x float>, ptr %3, align 4
  %29 = fmul contract <2 x float> %27, %21
  %30 = fadd contract <2 x float> %28, %29
  store <2 x float> %30, ptr %3, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %31 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !5

exit4:                                            ; preds = %loop1
  %32 = load <2 x float>, ptr %3, align 4
  %33 = add nsw i64 %14, 0
  %34 = getelementptr inbounds float, ptr %10, i64 %33
  store <2 x float> %32, ptr %34, align 4
  %35 = mul nsw i64 %i, 16
  %36 = mul nsw i64 %i, 48
  %37 = mul nsw i64 %i, 3
  store float -0.000000e+00, ptr %4, align 4
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ 0, %exit4 ], [ %51, %latch8 ]
  %38 = icmp slt i64 %i10, 16
  br i1 %38, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %39 = mul nsw i64 %i10, 3
  %40 = add nsw i64 %39, 2
  %41 = add nsw i64 %36, %40
  %42 = getelementptr inbounds float, ptr %8, i64 %41
  %43 = load float, ptr %42, align 4
  %44 = add nsw i64 0, %i10
  %45 = add nsw i64 %35, %44
  %46 = getelementptr inbounds float, ptr %6, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = load float, ptr %4, align 4
  %49 = fmul contract float %47, %43
  %50 = fadd contract float %48, %49
  store float %50, ptr %4, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %51 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !6

exit9:                                            ; preds = %loop6
  %52 = load float, ptr %4, align 4
  %53 = add nsw i64 %37, 2
  %54 = getelementptr inbounds float, ptr %10, i64 %53
  store float %52, ptr %54, align 4
  br label %latch
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
  br label %loop, !llvm.loop !7

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
  %31 = icmp slt i64 %i5, 5
  br i1 %31, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %32 = mul nsw i64 %i5, 6
  %33 = mul nsw i64 %i, 128
  %34 = mul nsw i64 %i, 64
  %35 = mul nsw i64 %i, 512
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
  %43 = mul nsw i64 %i, 128
  %44 = mul nsw i64 %i, 64
  %45 = mul nsw i64 %i, 512
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
  br label %loop6, !llvm.loop !10

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
  %161 = mul nsw i64 %i, 32
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
  br label %loop11, !llvm.loop !11

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
  %180 = call float @tanhf(float %179) #2
  %181 = add nsw i64 %165, %i20
  %182 = getelementptr inbounds float, ptr %28, i64 %181
  store float %180, ptr %182, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %183 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !12

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
  %195 = add nsw i64 120, %i25
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
  %207 = add nsw i64 124, %i25
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
  br label %loop21, !llvm.loop !13

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
  %229 = mul nsw i64 %i, 32
  %230 = add nsw i64 30, %i30
  %231 = add nsw i64 %229, %230
  %232 = mul nsw i64 %231, 16
  %233 = add nsw i64 %232, 0
  %234 = mul nsw i64 %i30, 16
  %235 = getelementptr inbounds float, ptr %20, i64 %234
  %236 = add nsw i64 30, %i30
  br label %loop31

latch28:                                          ; preds = %exit34
  %237 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !14

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
  %248 = call float @tanhf(float %247) #2
  %249 = add nsw i64 %233, %i35
  %250 = getelementptr inbounds float, ptr %28, i64 %249
  store float %248, ptr %250, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %251 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !15

exit34:                                           ; preds = %loop31
  br label %latch28
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
  %33 = icmp slt i64 %i5, 4
  br i1 %33, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %34 = mul nsw i64 %i5, 8
  %35 = mul nsw i64 %i, 512
  %36 = mul nsw i64 %i, 48
  %37 = mul nsw i64 %i, 96
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
  br label %loop6, !llvm.loop !16

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
  %151 = mul nsw i64 %i, 32
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
  br label %loop11, !llvm.loop !17

exit14:                                           ; preds = %loop11
  %160 = mul nsw i64 %i, 512
  %161 = mul nsw i64 %i, 48
  %162 = mul nsw i64 %i, 96
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
  %i20 = phi i64 [ 0, %body12 ], [ %189, %latch18 ]
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
  %186 = fadd float %185, %185
  %187 = add nsw i64 %155, %i20
  %188 = getelementptr inbounds float, ptr %30, i64 %187
  store float %186, ptr %188, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %189 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !18

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %260, %latch23 ]
  %190 = icmp slt i64 %i25, 16
  br i1 %190, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %191 = mul nsw i64 %i25, 3
  %192 = add nsw i64 %191, 2
  %193 = add nsw i64 %161, %192
  %194 = getelementptr inbounds float, ptr %24, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = mul nsw i64 %163, 16
  %197 = add nsw i64 %196, %i25
  %198 = add nsw i64 %160, %197
  %199 = getelementptr inbounds float, ptr %22, i64 %198
  %200 = load float, ptr %199, align 4
  %201 = load float, ptr %12, align 4
  %202 = fmul contract float %200, %195
  %203 = fadd contract float %201, %202
  store float %203, ptr %12, align 4
  %204 = mul nsw i64 %164, 16
  %205 = add nsw i64 %204, %i25
  %206 = add nsw i64 %160, %205
  %207 = getelementptr inbounds float, ptr %22, i64 %206
  %208 = load float, ptr %207, align 4
  %209 = load float, ptr %13, align 4
  %210 = fmul contract float %208, %195
  %211 = fadd contract float %209, %210
  store float %211, ptr %13, align 4
  %212 = mul nsw i64 %165, 16
  %213 = add nsw i64 %212, %i25
  %214 = add nsw i64 %160, %213
  %215 = getelementptr inbounds float, ptr %22, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = load float, ptr %14, align 4
  %218 = fmul contract float %216, %195
  %219 = fadd contract float %217, %218
  store float %219, ptr %14, align 4
  %220 = mul nsw i64 %166, 16
  %221 = add nsw i64 %220, %i25
  %222 = add nsw i64 %160, %221
  %223 = getelementptr inbounds float, ptr %22, i64 %222
  %224 = load float, ptr %223, align 4
  %225 = load float, ptr %15, align 4
  %226 = fmul contract float %224, %195
  %227 = fadd contract float %225, %226
  store float %227, ptr %15, align 4
  %228 = mul nsw i64 %167, 16
  %229 = add nsw i64 %228, %i25
  %230 = add nsw i64 %160, %229
  %231 = getelementptr inbounds float, ptr %22, i64 %230
  %232 = load float, ptr %231, align 4
  %233 = load float, ptr %16, align 4
  %234 = fmul contract float %232, %195
  %235 = fadd contract float %233, %234
  store float %235, ptr %16, align 4
  %236 = mul nsw i64 %168, 16
  %237 = add nsw i64 %236, %i25
  %238 = add nsw i64 %160, %237
  %239 = getelementptr inbounds float, ptr %22, i64 %238
  %240 = load float, ptr %239, align 4
  %241 = load float, ptr %17, align 4
  %242 = fmul contract float %240, %195
  %243 = fadd contract float %241, %242
  store float %243, ptr %17, align 4
  %244 = mul nsw i64 %169, 16
  %245 = add nsw i64 %244, %i25
  %246 = add nsw i64 %160, %245
  %247 = getelementptr inbounds float, ptr %22, i64 %246
  %248 = load float, ptr %247, align 4
  %249 = load float, ptr %18, align 4
  %250 = fmul contract float %248, %195
  %251 = fadd contract float %249, %250
  store float %251, ptr %18, align 4
  %252 = mul nsw i64 %170, 16
  %253 = add nsw i64 %252, %i25
  %254 = add nsw i64 %160, %253
  %255 = getelementptr inbounds float, ptr %22, i64 %254
  %256 = load float, ptr %255, align 4
  %257 = load float, ptr %19, align 4
  %258 = fmul contract float %256, %195
  %259 = fadd contract float %257, %258
  store float %259, ptr %19, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %260 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !19

exit24:                                           ; preds = %loop21
  %261 = load float, ptr %12, align 4
  %262 = load float, ptr %13, align 4
  %263 = load float, ptr %14, align 4
  %264 = load float, ptr %15, align 4
  %265 = load float, ptr %16, align 4
  %266 = load float, ptr %17, align 4
  %267 = load float, ptr %18, align 4
  %268 = load float, ptr %19, align 4
  %269 = getelementptr inbounds float, ptr %20, i64 0
  store float %261, ptr %269, align 4
  %270 = getelementptr inbounds float, ptr %20, i64 1
  store float %262, ptr %270, align 4
  %271 = getelementptr inbounds float, ptr %20, i64 2
  store float %263, ptr %271, align 4
  %272 = getelementptr inbounds float, ptr %20, i64 3
  store float %264, ptr %272, align 4
  %273 = getelementptr inbounds float, ptr %20, i64 4
  store float %265, ptr %273, align 4
  %274 = getelementptr inbounds float, ptr %20, i64 5
  store float %266, ptr %274, align 4
  %275 = getelementptr inbounds float, ptr %20, i64 6
  store float %267, ptr %275, align 4
  %276 = getelementptr inbounds float, ptr %20, i64 7
  store float %268, ptr %276, align 4
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %286, %latch28 ]
  %277 = icmp slt i64 %i30, 8
  br i1 %277, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %278 = mul nsw i64 %i, 32
  %279 = add nsw i64 %34, %i30
  %280 = add nsw i64 %278, %279
  %281 = mul nsw i64 %280, 3
  %282 = add nsw i64 %281, 2
  %283 = mul nsw i64 %i30, 1
  %284 = getelementptr inbounds float, ptr %20, i64 %283
  %285 = add nsw i64 %34, %i30
  br label %loop31

latch28:                                          ; preds = %exit34
  %286 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !20

exit29:                                           ; preds = %loop26
  br label %latch3

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %305, %latch33 ]
  %287 = icmp slt i64 %i35, 1
  br i1 %287, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %288 = add nsw i64 2, %i35
  %289 = mul nsw i64 %285, 3
  %290 = add nsw i64 %289, %288
  %291 = sub i64 %290, %282
  %292 = getelementptr inbounds float, ptr %284, i64 %291
  %293 = load float, ptr %292, align 4
  %294 = getelementptr inbounds float, ptr %26, i64 %288
  %295 = load float, ptr %294, align 4
  %296 = fadd float %293, %295
  %297 = mul nsw i64 %285, 3
  %298 = add nsw i64 %297, %288
  %299 = getelementptr inbounds float, ptr %28, i64 %298
  %300 = load float, ptr %299, align 4
  %301 = fsub float %296, %300
  %302 = fadd float %301, %301
  %303 = add nsw i64 %282, %i35
  %304 = getelementptr inbounds float, ptr %30, i64 %303
  store float %302, ptr %304, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %305 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !21

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
  br label %loop6, !llvm.loop !22

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
  br label %loop1, !llvm.loop !24

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
  %44 = icmp slt i64 %i15, 5
  br i1 %44, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %45 = mul nsw i64 %i15, 6
  %46 = mul nsw i64 %i10, 96
  %47 = mul nsw i64 %i10, 48
  %48 = mul nsw i64 %i10, 512
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
  %56 = mul nsw i64 %i10, 96
  %57 = mul nsw i64 %i10, 48
  %58 = mul nsw i64 %i10, 512
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
  br label %loop16, !llvm.loop !25

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
  %174 = mul nsw i64 %i10, 32
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
  br label %loop21, !llvm.loop !26

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
  br label %loop26, !llvm.loop !27

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
  %211 = add nsw i64 90, %i35
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
  %223 = add nsw i64 93, %i35
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
  br label %loop31, !llvm.loop !28

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
  %245 = mul nsw i64 %i10, 32
  %246 = add nsw i64 30, %i40
  %247 = add nsw i64 %245, %246
  %248 = mul nsw i64 %247, 16
  %249 = add nsw i64 %248, 0
  %250 = mul nsw i64 %i40, 16
  %251 = getelementptr inbounds float, ptr %20, i64 %250
  %252 = add nsw i64 30, %i40
  br label %loop41

latch38:                                          ; preds = %exit44
  %253 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !29

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
  br label %loop41, !llvm.loop !30

exit44:                                           ; preds = %loop41
  br label %latch38
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
  br label %loop6, !llvm.loop !31

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
!4 = distinct !{!4, !2}
!5 = distinct !{!5, !1, !2}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !8, !9, !2}
!8 = !{!"llvm.loop.vectorize.enable", i1 true}
!9 = !{!"llvm.loop.vectorize.width", i32 16}
!10 = distinct !{!10, !1, !2}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !2}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !1, !2}
!15 = distinct !{!15, !2}
!16 = distinct !{!16, !1, !2}
!17 = distinct !{!17, !1, !2}
!18 = distinct !{!18, !2}
!19 = distinct !{!19, !1, !2}
!20 = distinct !{!20, !1, !2}
!21 = distinct !{!21, !2}
!22 = distinct !{!22, !23, !2}
!23 = !{!"llvm.loop.vectorize.width", i32 8}
!24 = distinct !{!24, !1, !2}
!25 = distinct !{!25, !1, !2}
!26 = distinct !{!26, !1, !2}
!27 = distinct !{!27, !2}
!28 = distinct !{!28, !1, !2}
!29 = distinct !{!29, !1, !2}
!30 = distinct !{!30, !2}
!31 = distinct !{!31, !23, !2}
