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
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %7 = getelementptr inbounds ptr, ptr %0, i64 0
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 1
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 2
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 3
  %14 = load ptr, ptr %13, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %19, %latch ]
  %15 = icmp slt i64 %i, 1
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul nsw i64 %i, 4
  %17 = mul nsw i64 %i, 64
  %18 = mul nsw i64 %i, 16
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  br label %loop1

latch:                                            ; preds = %exit14
  %19 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %43, %latch3 ]
  %20 = icmp slt i64 %i5, 4
  br i1 %20, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %21 = mul nsw i64 %i5, 16
  %22 = add nsw i64 %21, 0
  %23 = add nsw i64 %17, %22
  %24 = getelementptr inbounds float, ptr %10, i64 %23
  %25 = load <8 x float>, ptr %24, align 4
  %26 = mul nsw i64 %i5, 16
  %27 = add nsw i64 %26, 8
  %28 = add nsw i64 %17, %27
  %29 = getelementptr inbounds float, ptr %10, i64 %28
  %30 = load <8 x float>, ptr %29, align 4
  %31 = add nsw i64 0, %i5
  %32 = add nsw i64 %16, %31
  %33 = getelementptr inbounds float, ptr %8, i64 %32
  %34 = load float, ptr %33, align 4
  %35 = insertelement <8 x float> poison, float %34, i32 0
  %36 = shufflevector <8 x float> %35, <8 x float> poison, <8 x i32> zeroinitializer
  %37 = load <8 x float>, ptr %3, align 4
  %38 = fmul contract <8 x float> %36, %25
  %39 = fadd contract <8 x float> %37, %38
  store <8 x float> %39, ptr %3, align 4
  %40 = load <8 x float>, ptr %4, align 4
  %41 = fmul contract <8 x float> %36, %30
  %42 = fadd contract <8 x float> %40, %41
  store <8 x float> %42, ptr %4, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %43 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %44 = load <8 x float>, ptr %3, align 4
  store <8 x float> %44, ptr %5, align 4
  %45 = mul nsw i64 %i, 1
  %46 = add nsw i64 %45, 0
  %47 = mul nsw i64 %46, 16
  %48 = add nsw i64 %47, 0
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ 0, %exit4 ], [ %60, %latch8 ]
  %49 = icmp slt i64 %i10, 8
  br i1 %49, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %50 = add nsw i64 0, %i10
  %51 = sub i64 %50, %48
  %52 = getelementptr inbounds float, ptr %5, i64 %51
  %53 = load float, ptr %52, align 4
  %54 = getelementptr inbounds float, ptr %12, i64 %50
  %55 = load float, ptr %54, align 4
  %56 = fadd float %53, %55
  %57 = call float @tanhf(float %56) #2
  %58 = add nsw i64 %48, %i10
  %59 = getelementptr inbounds float, ptr %14, i64 %58
  store float %57, ptr %59, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %60 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !0

exit9:                                            ; preds = %loop6
  %61 = load <8 x float>, ptr %4, align 4
  store <8 x float> %61, ptr %6, align 4
  %62 = mul nsw i64 %i, 1
  %63 = add nsw i64 %62, 0
  %64 = mul nsw i64 %63, 16
  %65 = add nsw i64 %64, 8
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %77, %latch13 ]
  %66 = icmp slt i64 %i15, 8
  br i1 %66, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %67 = add nsw i64 8, %i15
  %68 = sub i64 %67, %65
  %69 = getelementptr inbounds float, ptr %6, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %12, i64 %67
  %72 = load float, ptr %71, align 4
  %73 = fadd float %70, %72
  %74 = call float @tanhf(float %73) #2
  %75 = add nsw i64 %65, %i15
  %76 = getelementptr inbounds float, ptr %14, i64 %75
  store float %74, ptr %76, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %77 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !2

exit14:                                           ; preds = %loop11
  br label %latch
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
  br label %loop1

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
  br label %loop6

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
  br label %loop, !llvm.loop !3

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
  %45 = icmp slt i64 %i5, 5
  br i1 %45, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %46 = mul nsw i64 %i5, 6
  %47 = mul nsw i64 %i, 128
  %48 = mul nsw i64 %i, 64
  %49 = mul nsw i64 %i, 512
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
  %57 = mul nsw i64 %i, 128
  %58 = mul nsw i64 %i, 64
  %59 = mul nsw i64 %i, 512
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
  %151 = mul nsw i64 %i, 32
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
  %165 = call float @tanhf(float %164) #2
  %166 = add nsw i64 %154, %i15
  %167 = getelementptr inbounds float, ptr %42, i64 %166
  store float %165, ptr %167, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %168 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !6

exit14:                                           ; preds = %loop11
  %169 = load <8 x float>, ptr %4, align 4
  store <8 x float> %169, ptr %16, align 4
  %170 = mul nsw i64 %i, 32
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
  %184 = call float @tanhf(float %183) #2
  %185 = add nsw i64 %173, %i20
  %186 = getelementptr inbounds float, ptr %42, i64 %185
  store float %184, ptr %186, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %187 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !7

exit19:                                           ; preds = %loop16
  %188 = load <8 x float>, ptr %5, align 4
  store <8 x float> %188, ptr %17, align 4
  %189 = mul nsw i64 %i, 32
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
  %203 = call float @tanhf(float %202) #2
  %204 = add nsw i64 %192, %i25
  %205 = getelementptr inbounds float, ptr %42, i64 %204
  store float %203, ptr %205, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %206 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !8

exit24:                                           ; preds = %loop21
  %207 = load <8 x float>, ptr %6, align 4
  store <8 x float> %207, ptr %18, align 4
  %208 = mul nsw i64 %i, 32
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
  %222 = call float @tanhf(float %221) #2
  %223 = add nsw i64 %211, %i30
  %224 = getelementptr inbounds float, ptr %42, i64 %223
  store float %222, ptr %224, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %225 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !9

exit29:                                           ; preds = %loop26
  %226 = load <8 x float>, ptr %7, align 4
  store <8 x float> %226, ptr %19, align 4
  %227 = mul nsw i64 %i, 32
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
  %241 = call float @tanhf(float %240) #2
  %242 = add nsw i64 %230, %i35
  %243 = getelementptr inbounds float, ptr %42, i64 %242
  store float %241, ptr %243, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %244 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !10

exit34:                                           ; preds = %loop31
  %245 = load <8 x float>, ptr %8, align 4
  store <8 x float> %245, ptr %20, align 4
  %246 = mul nsw i64 %i, 32
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
  %260 = call float @tanhf(float %259) #2
  %261 = add nsw i64 %249, %i40
  %262 = getelementptr inbounds float, ptr %42, i64 %261
  store float %260, ptr %262, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %263 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !11

exit39:                                           ; preds = %loop36
  %264 = load <8 x float>, ptr %9, align 4
  store <8 x float> %264, ptr %21, align 4
  %265 = mul nsw i64 %i, 32
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
  %279 = call float @tanhf(float %278) #2
  %280 = add nsw i64 %268, %i45
  %281 = getelementptr inbounds float, ptr %42, i64 %280
  store float %279, ptr %281, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %282 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !12

exit44:                                           ; preds = %loop41
  %283 = load <8 x float>, ptr %10, align 4
  store <8 x float> %283, ptr %22, align 4
  %284 = mul nsw i64 %i, 32
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
  %298 = call float @tanhf(float %297) #2
  %299 = add nsw i64 %287, %i50
  %300 = getelementptr inbounds float, ptr %42, i64 %299
  store float %298, ptr %300, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %301 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !13

exit49:                                           ; preds = %loop46
  %302 = load <8 x float>, ptr %11, align 4
  store <8 x float> %302, ptr %23, align 4
  %303 = mul nsw i64 %i, 32
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
  %317 = call float @tanhf(float %316) #2
  %318 = add nsw i64 %306, %i55
  %319 = getelementptr inbounds float, ptr %42, i64 %318
  store float %317, ptr %319, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %320 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !14

exit54:                                           ; preds = %loop51
  %321 = load <8 x float>, ptr %12, align 4
  store <8 x float> %321, ptr %24, align 4
  %322 = mul nsw i64 %i, 32
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
  %336 = call float @tanhf(float %335) #2
  %337 = add nsw i64 %325, %i60
  %338 = getelementptr inbounds float, ptr %42, i64 %337
  store float %336, ptr %338, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %339 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !15

exit59:                                           ; preds = %loop56
  %340 = load <8 x float>, ptr %13, align 4
  store <8 x float> %340, ptr %25, align 4
  %341 = mul nsw i64 %i, 32
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
  %355 = call float @tanhf(float %354) #2
  %356 = add nsw i64 %344, %i65
  %357 = getelementptr inbounds float, ptr %42, i64 %356
  store float %355, ptr %357, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %358 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !16

exit64:                                           ; preds = %loop61
  %359 = load <8 x float>, ptr %14, align 4
  store <8 x float> %359, ptr %26, align 4
  %360 = mul nsw i64 %i, 32
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
  %374 = call float @tanhf(float %373) #2
  %375 = add nsw i64 %363, %i70
  %376 = getelementptr inbounds float, ptr %42, i64 %375
  store float %374, ptr %376, align 4
  br label %latch68

latch68:                                          ; preds = %body67
  %377 = add nsw i64 %i70, 1
  br label %loop66, !llvm.loop !17

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
  %389 = add nsw i64 120, %i75
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
  %401 = add nsw i64 124, %i75
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
  %415 = mul nsw i64 %i, 32
  %416 = add nsw i64 %415, 30
  %417 = mul nsw i64 %416, 16
  %418 = add nsw i64 %417, 0
  br label %loop76

loop76:                                           ; preds = %latch78, %exit74
  %i80 = phi i64 [ 0, %exit74 ], [ %431, %latch78 ]
  %419 = icmp slt i64 %i80, 8
  br i1 %419, label %body77, label %exit79

body77:                                           ; preds = %loop76
  %420 = add nsw i64 0, %i80
  %421 = add nsw i64 480, %420
  %422 = sub i64 %421, %418
  %423 = getelementptr inbounds float, ptr %31, i64 %422
  %424 = load float, ptr %423, align 4
  %425 = getelementptr inbounds float, ptr %40, i64 %420
  %426 = load float, ptr %425, align 4
  %427 = fadd float %424, %426
  %428 = call float @tanhf(float %427) #2
  %429 = add nsw i64 %418, %i80
  %430 = getelementptr inbounds float, ptr %42, i64 %429
  store float %428, ptr %430, align 4
  br label %latch78

latch78:                                          ; preds = %body77
  %431 = add nsw i64 %i80, 1
  br label %loop76, !llvm.loop !18

exit79:                                           ; preds = %loop76
  %432 = load <8 x float>, ptr %28, align 4
  store <8 x float> %432, ptr %32, align 4
  %433 = mul nsw i64 %i, 32
  %434 = add nsw i64 %433, 30
  %435 = mul nsw i64 %434, 16
  %436 = add nsw i64 %435, 8
  br label %loop81

loop81:                                           ; preds = %latch83, %exit79
  %i85 = phi i64 [ 0, %exit79 ], [ %449, %latch83 ]
  %437 = icmp slt i64 %i85, 8
  br i1 %437, label %body82, label %exit84

body82:                                           ; preds = %loop81
  %438 = add nsw i64 8, %i85
  %439 = add nsw i64 480, %438
  %440 = sub i64 %439, %436
  %441 = getelementptr inbounds float, ptr %32, i64 %440
  %442 = load float, ptr %441, align 4
  %443 = getelementptr inbounds float, ptr %40, i64 %438
  %444 = load float, ptr %443, align 4
  %445 = fadd float %442, %444
  %446 = call float @tanhf(float %445) #2
  %447 = add nsw i64 %436, %i85
  %448 = getelementptr inbounds float, ptr %42, i64 %447
  store float %446, ptr %448, align 4
  br label %latch83

latch83:                                          ; preds = %body82
  %449 = add nsw i64 %i85, 1
  br label %loop81, !llvm.loop !19

exit84:                                           ; preds = %loop81
  %450 = load <8 x float>, ptr %29, align 4
  store <8 x float> %450, ptr %33, align 4
  %451 = mul nsw i64 %i, 32
  %452 = add nsw i64 %451, 31
  %453 = mul nsw i64 %452, 16
  %454 = add nsw i64 %453, 0
  br label %loop86

loop86:                                           ; preds = %latch88, %exit84
  %i90 = phi i64 [ 0, %exit84 ], [ %467, %latch88 ]
  %455 = icmp slt i64 %i90, 8
  br i1 %455, label %body87, label %exit89

body87:                                           ; preds = %loop86
  %456 = add nsw i64 0, %i90
  %457 = add nsw i64 496, %456
  %458 = sub i64 %457, %454
  %459 = getelementptr inbounds float, ptr %33, i64 %458
  %460 = load float, ptr %459, align 4
  %461 = getelementptr inbounds float, ptr %40, i64 %456
  %462 = load float, ptr %461, align 4
  %463 = fadd float %460, %462
  %464 = call float @tanhf(float %463) #2
  %465 = add nsw i64 %454, %i90
  %466 = getelementptr inbounds float, ptr %42, i64 %465
  store float %464, ptr %466, align 4
  br label %latch88

latch88:                                          ; preds = %body87
  %467 = add nsw i64 %i90, 1
  br label %loop86, !llvm.loop !20

exit89:                                           ; preds = %loop86
  %468 = load <8 x float>, ptr %30, align 4
  store <8 x float> %468, ptr %34, align 4
  %469 = mul nsw i64 %i, 32
  %470 = add nsw i64 %469, 31
  %471 = mul nsw i64 %470, 16
  %472 = add nsw i64 %471, 8
  br label %loop91

loop91:                                           ; preds = %latch93, %exit89
  %i95 = phi i64 [ 0, %exit89 ], [ %485, %latch93 ]
  %473 = icmp slt i64 %i95, 8
  br i1 %473, label %body92, label %exit94

body92:                                           ; preds = %loop91
  %474 = add nsw i64 8, %i95
  %475 = add nsw i64 496, %474
  %476 = sub i64 %475, %472
  %477 = getelementptr inbounds float, ptr %34, i64 %476
  %478 = load float, ptr %477, align 4
  %479 = getelementptr inbounds float, ptr %40, i64 %474
  %480 = load float, ptr %479, align 4
  %481 = fadd float %478, %480
  %482 = call float @tanhf(float %481) #2
  %483 = add nsw i64 %472, %i95
  %484 = getelementptr inbounds float, ptr %42, i64 %483
  store float %482, ptr %484, align 4
  br label %latch93

latch93:                                          ; preds = %body92
  %485 = add nsw i64 %i95, 1
  br label %loop91, !llvm.loop !21

exit94:                                           ; preds = %loop91
  br label %latch
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
  %47 = icmp slt i64 %i5, 4
  br i1 %47, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %48 = mul nsw i64 %i5, 8
  %49 = mul nsw i64 %i, 512
  %50 = mul nsw i64 %i, 48
  %51 = mul nsw i64 %i, 96
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
  %149 = mul nsw i64 %i, 32
  %150 = add nsw i64 %149, %52
  %151 = mul nsw i64 %150, 3
  %152 = add nsw i64 %151, 0
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %171, %latch13 ]
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
  %168 = fadd float %167, %167
  %169 = add nsw i64 %152, %i15
  %170 = getelementptr inbounds float, ptr %44, i64 %169
  store float %168, ptr %170, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %171 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !22

exit14:                                           ; preds = %loop11
  %172 = load <2 x float>, ptr %4, align 4
  store <2 x float> %172, ptr %12, align 4
  %173 = mul nsw i64 %i, 32
  %174 = add nsw i64 %173, %53
  %175 = mul nsw i64 %174, 3
  %176 = add nsw i64 %175, 0
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %195, %latch18 ]
  %177 = icmp slt i64 %i20, 2
  br i1 %177, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %178 = add nsw i64 0, %i20
  %179 = mul nsw i64 %53, 3
  %180 = add nsw i64 %179, %178
  %181 = sub i64 %180, %176
  %182 = getelementptr inbounds float, ptr %12, i64 %181
  %183 = load float, ptr %182, align 4
  %184 = getelementptr inbounds float, ptr %40, i64 %178
  %185 = load float, ptr %184, align 4
  %186 = fadd float %183, %185
  %187 = mul nsw i64 %53, 3
  %188 = add nsw i64 %187, %178
  %189 = getelementptr inbounds float, ptr %42, i64 %188
  %190 = load float, ptr %189, align 4
  %191 = fsub float %186, %190
  %192 = fadd float %191, %191
  %193 = add nsw i64 %176, %i20
  %194 = getelementptr inbounds float, ptr %44, i64 %193
  store float %192, ptr %194, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %195 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !23

exit19:                                           ; preds = %loop16
  %196 = load <2 x float>, ptr %5, align 4
  store <2 x float> %196, ptr %13, align 4
  %197 = mul nsw i64 %i, 32
  %198 = add nsw i64 %197, %54
  %199 = mul nsw i64 %198, 3
  %200 = add nsw i64 %199, 0
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %219, %latch23 ]
  %201 = icmp slt i64 %i25, 2
  br i1 %201, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %202 = add nsw i64 0, %i25
  %203 = mul nsw i64 %54, 3
  %204 = add nsw i64 %203, %202
  %205 = sub i64 %204, %200
  %206 = getelementptr inbounds float, ptr %13, i64 %205
  %207 = load float, ptr %206, align 4
  %208 = getelementptr inbounds float, ptr %40, i64 %202
  %209 = load float, ptr %208, align 4
  %210 = fadd float %207, %209
  %211 = mul nsw i64 %54, 3
  %212 = add nsw i64 %211, %202
  %213 = getelementptr inbounds float, ptr %42, i64 %212
  %214 = load float, ptr %213, align 4
  %215 = fsub float %210, %214
  %216 = fadd float %215, %215
  %217 = add nsw i64 %200, %i25
  %218 = getelementptr inbounds float, ptr %44, i64 %217
  store float %216, ptr %218, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %219 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !24

exit24:                                           ; preds = %loop21
  %220 = load <2 x float>, ptr %6, align 4
  store <2 x float> %220, ptr %14, align 4
  %221 = mul nsw i64 %i, 32
  %222 = add nsw i64 %221, %55
  %223 = mul nsw i64 %222, 3
  %224 = add nsw i64 %223, 0
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %243, %latch28 ]
  %225 = icmp slt i64 %i30, 2
  br i1 %225, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %226 = add nsw i64 0, %i30
  %227 = mul nsw i64 %55, 3
  %228 = add nsw i64 %227, %226
  %229 = sub i64 %228, %224
  %230 = getelementptr inbounds float, ptr %14, i64 %229
  %231 = load float, ptr %230, align 4
  %232 = getelementptr inbounds float, ptr %40, i64 %226
  %233 = load float, ptr %232, align 4
  %234 = fadd float %231, %233
  %235 = mul nsw i64 %55, 3
  %236 = add nsw i64 %235, %226
  %237 = getelementptr inbounds float, ptr %42, i64 %236
  %238 = load float, ptr %237, align 4
  %239 = fsub float %234, %238
  %240 = fadd float %239, %239
  %241 = add nsw i64 %224, %i30
  %242 = getelementptr inbounds float, ptr %44, i64 %241
  store float %240, ptr %242, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %243 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !25

exit29:                                           ; preds = %loop26
  %244 = load <2 x float>, ptr %7, align 4
  store <2 x float> %244, ptr %15, align 4
  %245 = mul nsw i64 %i, 32
  %246 = add nsw i64 %245, %56
  %247 = mul nsw i64 %246, 3
  %248 = add nsw i64 %247, 0
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %267, %latch33 ]
  %249 = icmp slt i64 %i35, 2
  br i1 %249, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %250 = add nsw i64 0, %i35
  %251 = mul nsw i64 %56, 3
  %252 = add nsw i64 %251, %250
  %253 = sub i64 %252, %248
  %254 = getelementptr inbounds float, ptr %15, i64 %253
  %255 = load float, ptr %254, align 4
  %256 = getelementptr inbounds float, ptr %40, i64 %250
  %257 = load float, ptr %256, align 4
  %258 = fadd float %255, %257
  %259 = mul nsw i64 %56, 3
  %260 = add nsw i64 %259, %250
  %261 = getelementptr inbounds float, ptr %42, i64 %260
  %262 = load float, ptr %261, align 4
  %263 = fsub float %258, %262
  %264 = fadd float %263, %263
  %265 = add nsw i64 %248, %i35
  %266 = getelementptr inbounds float, ptr %44, i64 %265
  store float %264, ptr %266, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %267 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !26

exit34:                                           ; preds = %loop31
  %268 = load <2 x float>, ptr %8, align 4
  store <2 x float> %268, ptr %16, align 4
  %269 = mul nsw i64 %i, 32
  %270 = add nsw i64 %269, %57
  %271 = mul nsw i64 %270, 3
  %272 = add nsw i64 %271, 0
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %291, %latch38 ]
  %273 = icmp slt i64 %i40, 2
  br i1 %273, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %274 = add nsw i64 0, %i40
  %275 = mul nsw i64 %57, 3
  %276 = add nsw i64 %275, %274
  %277 = sub i64 %276, %272
  %278 = getelementptr inbounds float, ptr %16, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = getelementptr inbounds float, ptr %40, i64 %274
  %281 = load float, ptr %280, align 4
  %282 = fadd float %279, %281
  %283 = mul nsw i64 %57, 3
  %284 = add nsw i64 %283, %274
  %285 = getelementptr inbounds float, ptr %42, i64 %284
  %286 = load float, ptr %285, align 4
  %287 = fsub float %282, %286
  %288 = fadd float %287, %287
  %289 = add nsw i64 %272, %i40
  %290 = getelementptr inbounds float, ptr %44, i64 %289
  store float %288, ptr %290, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %291 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !27

exit39:                                           ; preds = %loop36
  %292 = load <2 x float>, ptr %9, align 4
  store <2 x float> %292, ptr %17, align 4
  %293 = mul nsw i64 %i, 32
  %294 = add nsw i64 %293, %58
  %295 = mul nsw i64 %294, 3
  %296 = add nsw i64 %295, 0
  br label %loop41

loop41:                                           ; preds = %latch43, %exit39
  %i45 = phi i64 [ 0, %exit39 ], [ %315, %latch43 ]
  %297 = icmp slt i64 %i45, 2
  br i1 %297, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %298 = add nsw i64 0, %i45
  %299 = mul nsw i64 %58, 3
  %300 = add nsw i64 %299, %298
  %301 = sub i64 %300, %296
  %302 = getelementptr inbounds float, ptr %17, i64 %301
  %303 = load float, ptr %302, align 4
  %304 = getelementptr inbounds float, ptr %40, i64 %298
  %305 = load float, ptr %304, align 4
  %306 = fadd float %303, %305
  %307 = mul nsw i64 %58, 3
  %308 = add nsw i64 %307, %298
  %309 = getelementptr inbounds float, ptr %42, i64 %308
  %310 = load float, ptr %309, align 4
  %311 = fsub float %306, %310
  %312 = fadd float %311, %311
  %313 = add nsw i64 %296, %i45
  %314 = getelementptr inbounds float, ptr %44, i64 %313
  store float %312, ptr %314, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %315 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !28

exit44:                                           ; preds = %loop41
  %316 = load <2 x float>, ptr %10, align 4
  store <2 x float> %316, ptr %18, align 4
  %317 = mul nsw i64 %i, 32
  %318 = add nsw i64 %317, %59
  %319 = mul nsw i64 %318, 3
  %320 = add nsw i64 %319, 0
  br label %loop46

loop46:                                           ; preds = %latch48, %exit44
  %i50 = phi i64 [ 0, %exit44 ], [ %339, %latch48 ]
  %321 = icmp slt i64 %i50, 2
  br i1 %321, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %322 = add nsw i64 0, %i50
  %323 = mul nsw i64 %59, 3
  %324 = add nsw i64 %323, %322
  %325 = sub i64 %324, %320
  %326 = getelementptr inbounds float, ptr %18, i64 %325
  %327 = load float, ptr %326, align 4
  %328 = getelementptr inbounds float, ptr %40, i64 %322
  %329 = load float, ptr %328, align 4
  %330 = fadd float %327, %329
  %331 = mul nsw i64 %59, 3
  %332 = add nsw i64 %331, %322
  %333 = getelementptr inbounds float, ptr %42, i64 %332
  %334 = load float, ptr %333, align 4
  %335 = fsub float %330, %334
  %336 = fadd float %335, %335
  %337 = add nsw i64 %320, %i50
  %338 = getelementptr inbounds float, ptr %44, i64 %337
  store float %336, ptr %338, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %339 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !29

exit49:                                           ; preds = %loop46
  %340 = mul nsw i64 %i, 512
  %341 = mul nsw i64 %i, 48
  %342 = mul nsw i64 %i, 96
  %343 = add nsw i64 %48, 0
  %344 = add nsw i64 %48, 1
  %345 = add nsw i64 %48, 2
  %346 = add nsw i64 %48, 3
  %347 = add nsw i64 %48, 4
  %348 = add nsw i64 %48, 5
  %349 = add nsw i64 %48, 6
  %350 = add nsw i64 %48, 7
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
  %i55 = phi i64 [ 0, %exit49 ], [ %421, %latch53 ]
  %351 = icmp slt i64 %i55, 16
  br i1 %351, label %body52, label %exit54

body52:                                           ; preds = %loop51
  %352 = mul nsw i64 %i55, 3
  %353 = add nsw i64 %352, 2
  %354 = add nsw i64 %341, %353
  %355 = getelementptr inbounds float, ptr %38, i64 %354
  %356 = load float, ptr %355, align 4
  %357 = mul nsw i64 %343, 16
  %358 = add nsw i64 %357, %i55
  %359 = add nsw i64 %340, %358
  %360 = getelementptr inbounds float, ptr %36, i64 %359
  %361 = load float, ptr %360, align 4
  %362 = load float, ptr %19, align 4
  %363 = fmul contract float %361, %356
  %364 = fadd contract float %362, %363
  store float %364, ptr %19, align 4
  %365 = mul nsw i64 %344, 16
  %366 = add nsw i64 %365, %i55
  %367 = add nsw i64 %340, %366
  %368 = getelementptr inbounds float, ptr %36, i64 %367
  %369 = load float, ptr %368, align 4
  %370 = load float, ptr %20, align 4
  %371 = fmul contract float %369, %356
  %372 = fadd contract float %370, %371
  store float %372, ptr %20, align 4
  %373 = mul nsw i64 %345, 16
  %374 = add nsw i64 %373, %i55
  %375 = add nsw i64 %340, %374
  %376 = getelementptr inbounds float, ptr %36, i64 %375
  %377 = load float, ptr %376, align 4
  %378 = load float, ptr %21, align 4
  %379 = fmul contract float %377, %356
  %380 = fadd contract float %378, %379
  store float %380, ptr %21, align 4
  %381 = mul nsw i64 %346, 16
  %382 = add nsw i64 %381, %i55
  %383 = add nsw i64 %340, %382
  %384 = getelementptr inbounds float, ptr %36, i64 %383
  %385 = load float, ptr %384, align 4
  %386 = load float, ptr %22, align 4
  %387 = fmul contract float %385, %356
  %388 = fadd contract float %386, %387
  store float %388, ptr %22, align 4
  %389 = mul nsw i64 %347, 16
  %390 = add nsw i64 %389, %i55
  %391 = add nsw i64 %340, %390
  %392 = getelementptr inbounds float, ptr %36, i64 %391
  %393 = load float, ptr %392, align 4
  %394 = load float, ptr %23, align 4
  %395 = fmul contract float %393, %356
  %396 = fadd contract float %394, %395
  store float %396, ptr %23, align 4
  %397 = mul nsw i64 %348, 16
  %398 = add nsw i64 %397, %i55
  %399 = add nsw i64 %340, %398
  %400 = getelementptr inbounds float, ptr %36, i64 %399
  %401 = load float, ptr %400, align 4
  %402 = load float, ptr %24, align 4
  %403 = fmul contract float %401, %356
  %404 = fadd contract float %402, %403
  store float %404, ptr %24, align 4
  %405 = mul nsw i64 %349, 16
  %406 = add nsw i64 %405, %i55
  %407 = add nsw i64 %340, %406
  %408 = getelementptr inbounds float, ptr %36, i64 %407
  %409 = load float, ptr %408, align 4
  %410 = load float, ptr %25, align 4
  %411 = fmul contract float %409, %356
  %412 = fadd contract float %410, %411
  store float %412, ptr %25, align 4
  %413 = mul nsw i64 %350, 16
  %414 = add nsw i64 %413, %i55
  %415 = add nsw i64 %340, %414
  %416 = getelementptr inbounds float, ptr %36, i64 %415
  %417 = load float, ptr %416, align 4
  %418 = load float, ptr %26, align 4
  %419 = fmul contract float %417, %356
  %420 = fadd contract float %418, %419
  store float %420, ptr %26, align 4
  br label %latch53

latch53:                                          ; preds = %body52
  %421 = add nsw i64 %i55, 1
  br label %loop51

exit54:                                           ; preds = %loop51
  %422 = load float, ptr %19, align 4
  store float %422, ptr %27, align 4
  %423 = mul nsw i64 %i, 32
  %424 = add nsw i64 %423, %343
  %425 = mul nsw i64 %424, 3
  %426 = add nsw i64 %425, 2
  br label %loop56

loop56:                                           ; preds = %latch58, %exit54
  %i60 = phi i64 [ 0, %exit54 ], [ %445, %latch58 ]
  %427 = icmp slt i64 %i60, 1
  br i1 %427, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %428 = add nsw i64 2, %i60
  %429 = mul nsw i64 %343, 3
  %430 = add nsw i64 %429, %428
  %431 = sub i64 %430, %426
  %432 = getelementptr inbounds float, ptr %27, i64 %431
  %433 = load float, ptr %432, align 4
  %434 = getelementptr inbounds float, ptr %40, i64 %428
  %435 = load float, ptr %434, align 4
  %436 = fadd float %433, %435
  %437 = mul nsw i64 %343, 3
  %438 = add nsw i64 %437, %428
  %439 = getelementptr inbounds float, ptr %42, i64 %438
  %440 = load float, ptr %439, align 4
  %441 = fsub float %436, %440
  %442 = fadd float %441, %441
  %443 = add nsw i64 %426, %i60
  %444 = getelementptr inbounds float, ptr %44, i64 %443
  store float %442, ptr %444, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %445 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !30

exit59:                                           ; preds = %loop56
  %446 = load float, ptr %20, align 4
  store float %446, ptr %28, align 4
  %447 = mul nsw i64 %i, 32
  %448 = add nsw i64 %447, %344
  %449 = mul nsw i64 %448, 3
  %450 = add nsw i64 %449, 2
  br label %loop61

loop61:                                           ; preds = %latch63, %exit59
  %i65 = phi i64 [ 0, %exit59 ], [ %469, %latch63 ]
  %451 = icmp slt i64 %i65, 1
  br i1 %451, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %452 = add nsw i64 2, %i65
  %453 = mul nsw i64 %344, 3
  %454 = add nsw i64 %453, %452
  %455 = sub i64 %454, %450
  %456 = getelementptr inbounds float, ptr %28, i64 %455
  %457 = load float, ptr %456, align 4
  %458 = getelementptr inbounds float, ptr %40, i64 %452
  %459 = load float, ptr %458, align 4
  %460 = fadd float %457, %459
  %461 = mul nsw i64 %344, 3
  %462 = add nsw i64 %461, %452
  %463 = getelementptr inbounds float, ptr %42, i64 %462
  %464 = load float, ptr %463, align 4
  %465 = fsub float %460, %464
  %466 = fadd float %465, %465
  %467 = add nsw i64 %450, %i65
  %468 = getelementptr inbounds float, ptr %44, i64 %467
  store float %466, ptr %468, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %469 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !31

exit64:                                           ; preds = %loop61
  %470 = load float, ptr %21, align 4
  store float %470, ptr %29, align 4
  %471 = mul nsw i64 %i, 32
  %472 = add nsw i64 %471, %345
  %473 = mul nsw i64 %472, 3
  %474 = add nsw i64 %473, 2
  br label %loop66

loop66:                                           ; preds = %latch68, %exit64
  %i70 = phi i64 [ 0, %exit64 ], [ %493, %latch68 ]
  %475 = icmp slt i64 %i70, 1
  br i1 %475, label %body67, label %exit69

body67:                                           ; preds = %loop66
  %476 = add nsw i64 2, %i70
  %477 = mul nsw i64 %345, 3
  %478 = add nsw i64 %477, %476
  %479 = sub i64 %478, %474
  %480 = getelementptr inbounds float, ptr %29, i64 %479
  %481 = load float, ptr %480, align 4
  %482 = getelementptr inbounds float, ptr %40, i64 %476
  %483 = load float, ptr %482, align 4
  %484 = fadd float %481, %483
  %485 = mul nsw i64 %345, 3
  %486 = add nsw i64 %485, %476
  %487 = getelementptr inbounds float, ptr %42, i64 %486
  %488 = load float, ptr %487, align 4
  %489 = fsub float %484, %488
  %490 = fadd float %489, %489
  %491 = add nsw i64 %474, %i70
  %492 = getelementptr inbounds float, ptr %44, i64 %491
  store float %490, ptr %492, align 4
  br label %latch68

latch68:                                          ; preds = %body67
  %493 = add nsw i64 %i70, 1
  br label %loop66, !llvm.loop !32

exit69:                                           ; preds = %loop66
  %494 = load float, ptr %22, align 4
  store float %494, ptr %30, align 4
  %495 = mul nsw i64 %i, 32
  %496 = add nsw i64 %495, %346
  %497 = mul nsw i64 %496, 3
  %498 = add nsw i64 %497, 2
  br label %loop71

loop71:                                           ; preds = %latch73, %exit69
  %i75 = phi i64 [ 0, %exit69 ], [ %517, %latch73 ]
  %499 = icmp slt i64 %i75, 1
  br i1 %499, label %body72, label %exit74

body72:                                           ; preds = %loop71
  %500 = add nsw i64 2, %i75
  %501 = mul nsw i64 %346, 3
  %502 = add nsw i64 %501, %500
  %503 = sub i64 %502, %498
  %504 = getelementptr inbounds float, ptr %30, i64 %503
  %505 = load float, ptr %504, align 4
  %506 = getelementptr inbounds float, ptr %40, i64 %500
  %507 = load float, ptr %506, align 4
  %508 = fadd float %505, %507
  %509 = mul nsw i64 %346, 3
  %510 = add nsw i64 %509, %500
  %511 = getelementptr inbounds float, ptr %42, i64 %510
  %512 = load float, ptr %511, align 4
  %513 = fsub float %508, %512
  %514 = fadd float %513, %513
  %515 = add nsw i64 %498, %i75
  %516 = getelementptr inbounds float, ptr %44, i64 %515
  store float %514, ptr %516, align 4
  br label %latch73

latch73:                                          ; preds = %body72
  %517 = add nsw i64 %i75, 1
  br label %loop71, !llvm.loop !33

exit74:                                           ; preds = %loop71
  %518 = load float, ptr %23, align 4
  store float %518, ptr %31, align 4
  %519 = mul nsw i64 %i, 32
  %520 = add nsw i64 %519, %347
  %521 = mul nsw i64 %520, 3
  %522 = add nsw i64 %521, 2
  br label %loop76

loop76:                                           ; preds = %latch78, %exit74
  %i80 = phi i64 [ 0, %exit74 ], [ %541, %latch78 ]
  %523 = icmp slt i64 %i80, 1
  br i1 %523, label %body77, label %exit79

body77:                                           ; preds = %loop76
  %524 = add nsw i64 2, %i80
  %525 = mul nsw i64 %347, 3
  %526 = add nsw i64 %525, %524
  %527 = sub i64 %526, %522
  %528 = getelementptr inbounds float, ptr %31, i64 %527
  %529 = load float, ptr %528, align 4
  %530 = getelementptr inbounds float, ptr %40, i64 %524
  %531 = load float, ptr %530, align 4
  %532 = fadd float %529, %531
  %533 = mul nsw i64 %347, 3
  %534 = add nsw i64 %533, %524
  %535 = getelementptr inbounds float, ptr %42, i64 %534
  %536 = load float, ptr %535, align 4
  %537 = fsub float %532, %536
  %538 = fadd float %537, %537
  %539 = add nsw i64 %522, %i80
  %540 = getelementptr inbounds float, ptr %44, i64 %539
  store float %538, ptr %540, align 4
  br label %latch78

latch78:                                          ; preds = %body77
  %541 = add nsw i64 %i80, 1
  br label %loop76, !llvm.loop !34

exit79:                                           ; preds = %loop76
  %542 = load float, ptr %24, align 4
  store float %542, ptr %32, align 4
  %543 = mul nsw i64 %i, 32
  %544 = add nsw i64 %543, %348
  %545 = mul nsw i64 %544, 3
  %546 = add nsw i64 %545, 2
  br label %loop81

loop81:                                           ; preds = %latch83, %exit79
  %i85 = phi i64 [ 0, %exit79 ], [ %565, %latch83 ]
  %547 = icmp slt i64 %i85, 1
  br i1 %547, label %body82, label %exit84

body82:                                           ; preds = %loop81
  %548 = add nsw i64 2, %i85
  %549 = mul nsw i64 %348, 3
  %550 = add nsw i64 %549, %548
  %551 = sub i64 %550, %546
  %552 = getelementptr inbounds float, ptr %32, i64 %551
  %553 = load float, ptr %552, align 4
  %554 = getelementptr inbounds float, ptr %40, i64 %548
  %555 = load float, ptr %554, align 4
  %556 = fadd float %553, %555
  %557 = mul nsw i64 %348, 3
  %558 = add nsw i64 %557, %548
  %559 = getelementptr inbounds float, ptr %42, i64 %558
  %560 = load float, ptr %559, align 4
  %561 = fsub float %556, %560
  %562 = fadd float %561, %561
  %563 = add nsw i64 %546, %i85
  %564 = getelementptr inbounds float, ptr %44, i64 %563
  store float %562, ptr %564, align 4
  br label %latch83

latch83:                                          ; preds = %body82
  %565 = add nsw i64 %i85, 1
  br label %loop81, !llvm.loop !35

exit84:                                           ; preds = %loop81
  %566 = load float, ptr %25, align 4
  store float %566, ptr %33, align 4
  %567 = mul nsw i64 %i, 32
  %568 = add nsw i64 %567, %349
  %569 = mul nsw i64 %568, 3
  %570 = add nsw i64 %569, 2
  br label %loop86

loop86:                                           ; preds = %latch88, %exit84
  %i90 = phi i64 [ 0, %exit84 ], [ %589, %latch88 ]
  %571 = icmp slt i64 %i90, 1
  br i1 %571, label %body87, label %exit89

body87:                                           ; preds = %loop86
  %572 = add nsw i64 2, %i90
  %573 = mul nsw i64 %349, 3
  %574 = add nsw i64 %573, %572
  %575 = sub i64 %574, %570
  %576 = getelementptr inbounds float, ptr %33, i64 %575
  %577 = load float, ptr %576, align 4
  %578 = getelementptr inbounds float, ptr %40, i64 %572
  %579 = load float, ptr %578, align 4
  %580 = fadd float %577, %579
  %581 = mul nsw i64 %349, 3
  %582 = add nsw i64 %581, %572
  %583 = getelementptr inbounds float, ptr %42, i64 %582
  %584 = load float, ptr %583, align 4
  %585 = fsub float %580, %584
  %586 = fadd float %585, %585
  %587 = add nsw i64 %570, %i90
  %588 = getelementptr inbounds float, ptr %44, i64 %587
  store float %586, ptr %588, align 4
  br label %latch88

latch88:                                          ; preds = %body87
  %589 = add nsw i64 %i90, 1
  br label %loop86, !llvm.loop !36

exit89:                                           ; preds = %loop86
  %590 = load float, ptr %26, align 4
  store float %590, ptr %34, align 4
  %591 = mul nsw i64 %i, 32
  %592 = add nsw i64 %591, %350
  %593 = mul nsw i64 %592, 3
  %594 = add nsw i64 %593, 2
  br label %loop91

loop91:                                           ; preds = %latch93, %exit89
  %i95 = phi i64 [ 0, %exit89 ], [ %613, %latch93 ]
  %595 = icmp slt i64 %i95, 1
  br i1 %595, label %body92, label %exit94

body92:                                           ; preds = %loop91
  %596 = add nsw i64 2, %i95
  %597 = mul nsw i64 %350, 3
  %598 = add nsw i64 %597, %596
  %599 = sub i64 %598, %594
  %600 = getelementptr inbounds float, ptr %34, i64 %599
  %601 = load float, ptr %600, align 4
  %602 = getelementptr inbounds float, ptr %40, i64 %596
  %603 = load float, ptr %602, align 4
  %604 = fadd float %601, %603
  %605 = mul nsw i64 %350, 3
  %606 = add nsw i64 %605, %596
  %607 = getelementptr inbounds float, ptr %42, i64 %606
  %608 = load float, ptr %607, align 4
  %609 = fsub float %604, %608
  %610 = fadd float %609, %609
  %611 = add nsw i64 %594, %i95
  %612 = getelementptr inbounds float, ptr %44, i64 %611
  store float %610, ptr %612, align 4
  br label %latch93

latch93:                                          ; preds = %body92
  %613 = add nsw i64 %i95, 1
  br label %loop91, !llvm.loop !37

exit94:                                           ; preds = %loop91
  br label %latch3
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
  br label %loop6, !llvm.loop !38

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
  %58 = icmp slt i64 %i15, 5
  br i1 %58, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %59 = mul nsw i64 %i15, 6
  %60 = mul nsw i64 %i10, 96
  %61 = mul nsw i64 %i10, 48
  %62 = mul nsw i64 %i10, 512
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
  %70 = mul nsw i64 %i10, 96
  %71 = mul nsw i64 %i10, 48
  %72 = mul nsw i64 %i10, 512
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
  %164 = mul nsw i64 %i10, 32
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
  br label %loop21, !llvm.loop !40

exit24:                                           ; preds = %loop21
  %185 = load <8 x float>, ptr %4, align 4
  store <8 x float> %185, ptr %16, align 4
  %186 = mul nsw i64 %i10, 32
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
  br label %loop26, !llvm.loop !41

exit29:                                           ; preds = %loop26
  %207 = load <8 x float>, ptr %5, align 4
  store <8 x float> %207, ptr %17, align 4
  %208 = mul nsw i64 %i10, 32
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
  br label %loop31, !llvm.loop !42

exit34:                                           ; preds = %loop31
  %229 = load <8 x float>, ptr %6, align 4
  store <8 x float> %229, ptr %18, align 4
  %230 = mul nsw i64 %i10, 32
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
  br label %loop36, !llvm.loop !43

exit39:                                           ; preds = %loop36
  %251 = load <8 x float>, ptr %7, align 4
  store <8 x float> %251, ptr %19, align 4
  %252 = mul nsw i64 %i10, 32
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
  br label %loop41, !llvm.loop !44

exit44:                                           ; preds = %loop41
  %273 = load <8 x float>, ptr %8, align 4
  store <8 x float> %273, ptr %20, align 4
  %274 = mul nsw i64 %i10, 32
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
  br label %loop46, !llvm.loop !45

exit49:                                           ; preds = %loop46
  %295 = load <8 x float>, ptr %9, align 4
  store <8 x float> %295, ptr %21, align 4
  %296 = mul nsw i64 %i10, 32
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
  br label %loop51, !llvm.loop !46

exit54:                                           ; preds = %loop51
  %317 = load <8 x float>, ptr %10, align 4
  store <8 x float> %317, ptr %22, align 4
  %318 = mul nsw i64 %i10, 32
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
  br label %loop56, !llvm.loop !47

exit59:                                           ; preds = %loop56
  %339 = load <8 x float>, ptr %11, align 4
  store <8 x float> %339, ptr %23, align 4
  %340 = mul nsw i64 %i10, 32
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
  br label %loop61, !llvm.loop !48

exit64:                                           ; preds = %loop61
  %361 = load <8 x float>, ptr %12, align 4
  store <8 x float> %361, ptr %24, align 4
  %362 = mul nsw i64 %i10, 32
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
  br label %loop66, !llvm.loop !49

exit69:                                           ; preds = %loop66
  %383 = load <8 x float>, ptr %13, align 4
  store <8 x float> %383, ptr %25, align 4
  %384 = mul nsw i64 %i10, 32
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
  br label %loop71, !llvm.loop !50

exit74:                                           ; preds = %loop71
  %405 = load <8 x float>, ptr %14, align 4
  store <8 x float> %405, ptr %26, align 4
  %406 = mul nsw i64 %i10, 32
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
  br label %loop76, !llvm.loop !51

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
  %438 = add nsw i64 90, %i85
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
  %450 = add nsw i64 93, %i85
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
  %464 = mul nsw i64 %i10, 32
  %465 = add nsw i64 %464, 30
  %466 = mul nsw i64 %465, 16
  %467 = add nsw i64 %466, 0
  br label %loop86

loop86:                                           ; preds = %latch88, %exit84
  %i90 = phi i64 [ 0, %exit84 ], [ %482, %latch88 ]
  %468 = icmp slt i64 %i90, 8
  br i1 %468, label %body87, label %exit89

body87:                                           ; preds = %loop86
  %469 = add nsw i64 0, %i90
  %470 = add nsw i64 480, %469
  %471 = sub i64 %470, %467
  %472 = getelementptr inbounds float, ptr %31, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = add nsw i64 480, %469
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
  br label %loop86, !llvm.loop !52

exit89:                                           ; preds = %loop86
  %483 = load <8 x float>, ptr %28, align 4
  store <8 x float> %483, ptr %32, align 4
  %484 = mul nsw i64 %i10, 32
  %485 = add nsw i64 %484, 30
  %486 = mul nsw i64 %485, 16
  %487 = add nsw i64 %486, 8
  br label %loop91

loop91:                                           ; preds = %latch93, %exit89
  %i95 = phi i64 [ 0, %exit89 ], [ %502, %latch93 ]
  %488 = icmp slt i64 %i95, 8
  br i1 %488, label %body92, label %exit94

body92:                                           ; preds = %loop91
  %489 = add nsw i64 8, %i95
  %490 = add nsw i64 480, %489
  %491 = sub i64 %490, %487
  %492 = getelementptr inbounds float, ptr %32, i64 %491
  %493 = load float, ptr %492, align 4
  %494 = add nsw i64 480, %489
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
  br label %loop91, !llvm.loop !53

exit94:                                           ; preds = %loop91
  %503 = load <8 x float>, ptr %29, align 4
  store <8 x float> %503, ptr %33, align 4
  %504 = mul nsw i64 %i10, 32
  %505 = add nsw i64 %504, 31
  %506 = mul nsw i64 %505, 16
  %507 = add nsw i64 %506, 0
  br label %loop96

loop96:                                           ; preds = %latch98, %exit94
  %i100 = phi i64 [ 0, %exit94 ], [ %522, %latch98 ]
  %508 = icmp slt i64 %i100, 8
  br i1 %508, label %body97, label %exit99

body97:                                           ; preds = %loop96
  %509 = add nsw i64 0, %i100
  %510 = add nsw i64 496, %509
  %511 = sub i64 %510, %507
  %512 = getelementptr inbounds float, ptr %33, i64 %511
  %513 = load float, ptr %512, align 4
  %514 = add nsw i64 496, %509
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
  br label %loop96, !llvm.loop !54

exit99:                                           ; preds = %loop96
  %523 = load <8 x float>, ptr %30, align 4
  store <8 x float> %523, ptr %34, align 4
  %524 = mul nsw i64 %i10, 32
  %525 = add nsw i64 %524, 31
  %526 = mul nsw i64 %525, 16
  %527 = add nsw i64 %526, 8
  br label %loop101

loop101:                                          ; preds = %latch103, %exit99
  %i105 = phi i64 [ 0, %exit99 ], [ %542, %latch103 ]
  %528 = icmp slt i64 %i105, 8
  br i1 %528, label %body102, label %exit104

body102:                                          ; preds = %loop101
  %529 = add nsw i64 8, %i105
  %530 = add nsw i64 496, %529
  %531 = sub i64 %530, %527
  %532 = getelementptr inbounds float, ptr %34, i64 %531
  %533 = load float, ptr %532, align 4
  %534 = add nsw i64 496, %529
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
  br label %loop101, !llvm.loop !55

exit104:                                          ; preds = %loop101
  br label %latch8
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
  br label %loop6, !llvm.loop !56

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

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !4, !5, !1}
!4 = !{!"llvm.loop.vectorize.enable", i1 true}
!5 = !{!"llvm.loop.vectorize.width", i32 16}
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
!33 = distinct !{!33, !1}
!34 = distinct !{!34, !1}
!35 = distinct !{!35, !1}
!36 = distinct !{!36, !1}
!37 = distinct !{!37, !1}
!38 = distinct !{!38, !39, !1}
!39 = !{!"llvm.loop.vectorize.width", i32 8}
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
!55 = distinct !{!55, !1}
!56 = distinct !{!56, !39, !1}
