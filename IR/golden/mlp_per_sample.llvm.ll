; ModuleID = 'mlp_per_sample'
source_filename = "mlp_per_sample"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [1013 x i8] c"{\22module\22: \22mlp_per_sample\22, \22functions\22: [{\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [3]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22per_sample\22, \22symbol\22: \22per_sample\22, \22inputs\22: [{\22name\22: \22w1\22, \22dtype\22: \22f32\22, \22shape\22: [4, 16]}, {\22name\22: \22b1\22, \22dtype\22: \22f32\22, \22shape\22: [16]}, {\22name\22: \22w2\22, \22dtype\22: \22f32\22, \22shape\22: [16, 3]}, {\22name\22: \22b2\22, \22dtype\22: \22f32\22, \22shape\22: [3]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [32, 4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [32, 3]}], \22outputs\22: [{\22name\22: \22d_w1\22, \22dtype\22: \22f32\22, \22shape\22: [32, 4, 16]}, {\22name\22: \22d_b1\22, \22dtype\22: \22f32\22, \22shape\22: [32, 16]}, {\22name\22: \22d_w2\22, \22dtype\22: \22f32\22, \22shape\22: [32, 16, 3]}, {\22name\22: \22d_b2\22, \22dtype\22: \22f32\22, \22shape\22: [32, 3]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @loss.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [16 x float], align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
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
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
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
  %30 = load <8 x float>, ptr %29, align 4, !alias.scope !0, !noalias !3
  %31 = mul nsw i64 %i10, 16
  %32 = add nsw i64 %31, 8
  %33 = add nsw i64 %21, %32
  %34 = getelementptr inbounds float, ptr %9, i64 %33
  %35 = load <8 x float>, ptr %34, align 4, !alias.scope !0, !noalias !3
  %36 = mul nsw i64 %23, 4
  %37 = add nsw i64 %36, %i10
  %38 = add nsw i64 %20, %37
  %39 = getelementptr inbounds float, ptr %7, i64 %38
  %40 = load float, ptr %39, align 4, !alias.scope !5, !noalias !3
  %41 = insertelement <8 x float> poison, float %40, i32 0
  %42 = shufflevector <8 x float> %41, <8 x float> poison, <8 x i32> zeroinitializer
  %43 = load <8 x float>, ptr %4, align 4
  %44 = fmul contract <8 x float> %42, %30
  %45 = fadd contract <8 x float> %43, %44
  store <8 x float> %45, ptr %4, align 4
  %46 = load <8 x float>, ptr %5, align 4
  %47 = fmul contract <8 x float> %42, %35
  %48 = fadd contract <8 x float> %46, %47
  store <8 x float> %48, ptr %5, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %49 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !7

exit9:                                            ; preds = %loop6
  %50 = load <8 x float>, ptr %4, align 4
  %51 = load <8 x float>, ptr %5, align 4
  %52 = getelementptr inbounds float, ptr %3, i64 0
  store <8 x float> %50, ptr %52, align 4
  %53 = getelementptr inbounds float, ptr %3, i64 8
  store <8 x float> %51, ptr %53, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %61, %latch13 ]
  %54 = icmp slt i64 %i15, 1
  br i1 %54, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %55 = add nsw i64 %19, %i15
  %56 = mul nsw i64 %i, 1
  %57 = add nsw i64 %56, %55
  %58 = mul nsw i64 %57, 16
  %59 = mul nsw i64 %i15, 16
  %60 = getelementptr inbounds float, ptr %3, i64 %59
  br label %loop16

latch13:                                          ; preds = %exit19
  %61 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !10

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %71, %latch18 ]
  %62 = icmp slt i64 %i20, 16
  br i1 %62, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %63 = getelementptr inbounds float, ptr %60, i64 %i20
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %11, i64 %i20
  %66 = load float, ptr %65, align 4, !alias.scope !11, !noalias !3
  %67 = fadd float %64, %66
  %68 = call float @tanhf(float %67) #2
  %69 = add nsw i64 %58, %i20
  %70 = getelementptr inbounds float, ptr %13, i64 %69
  store float %68, ptr %70, align 4, !alias.scope !3
  br label %latch18

latch18:                                          ; preds = %body17
  %71 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !13

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
  %27 = load <2 x float>, ptr %26, align 4, !alias.scope !16, !noalias !19
  %28 = mul nsw i64 %20, 16
  %29 = add nsw i64 %28, %i10
  %30 = add nsw i64 %17, %29
  %31 = getelementptr inbounds float, ptr %6, i64 %30
  %32 = load float, ptr %31, align 4, !alias.scope !21, !noalias !19
  %33 = insertelement <2 x float> poison, float %32, i32 0
  %34 = shufflevector <2 x float> %33, <2 x float> poison, <2 x i32> zeroinitializer
  %35 = load <2 x float>, ptr %3, align 4
  %36 = fmul contract <2 x float> %34, %27
  %37 = fadd contract <2 x float> %35, %36
  store <2 x float> %37, ptr %3, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %38 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !23

exit9:                                            ; preds = %loop6
  %39 = load <2 x float>, ptr %3, align 4
  %40 = mul nsw i64 %20, 3
  %41 = add nsw i64 %40, 0
  %42 = add nsw i64 %19, %41
  %43 = getelementptr inbounds float, ptr %10, i64 %42
  store <2 x float> %39, ptr %43, align 4, !alias.scope !19
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
  %53 = load <2 x float>, ptr %52, align 4, !alias.scope !16, !noalias !19
  %54 = mul nsw i64 %47, 16
  %55 = add nsw i64 %54, %i15
  %56 = add nsw i64 %44, %55
  %57 = getelementptr inbounds float, ptr %6, i64 %56
  %58 = load float, ptr %57, align 4, !alias.scope !21, !noalias !19
  %59 = insertelement <2 x float> poison, float %58, i32 0
  %60 = shufflevector <2 x float> %59, <2 x float> poison, <2 x i32> zeroinitializer
  %61 = load <2 x float>, ptr %4, align 4
  %62 = fmul contract <2 x float> %60, %53
  %63 = fadd contract <2 x float> %61, %62
  store <2 x float> %63, ptr %4, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %64 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !24

exit14:                                           ; preds = %loop11
  %65 = load <2 x float>, ptr %4, align 4
  %66 = mul nsw i64 %47, 3
  %67 = add nsw i64 %66, 1
  %68 = add nsw i64 %46, %67
  %69 = getelementptr inbounds float, ptr %10, i64 %68
  store <2 x float> %65, ptr %69, align 4, !alias.scope !19
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
  %29 = load float, ptr %28, align 4, !alias.scope !25, !noalias !28
  %30 = getelementptr inbounds float, ptr %9, i64 %i
  %31 = load float, ptr %30, align 4, !alias.scope !30, !noalias !28
  %32 = fadd float %29, %31
  %33 = getelementptr inbounds float, ptr %11, i64 %i
  %34 = load float, ptr %33, align 4, !alias.scope !32, !noalias !28
  %35 = fsub float %32, %34
  %36 = fmul float %35, %35
  %37 = sub i64 %i, 0
  %38 = getelementptr inbounds float, ptr %5, i64 %37
  store float %36, ptr %38, align 4
  br label %latch

latch:                                            ; preds = %body
  %39 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !34

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
  store float %88, ptr %89, align 4, !alias.scope !28
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
  %3 = alloca [96 x float], align 16
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
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
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
  %45 = load <8 x float>, ptr %44, align 4, !alias.scope !36, !noalias !39
  %46 = mul nsw i64 %i10, 16
  %47 = add nsw i64 %46, 8
  %48 = add nsw i64 %31, %47
  %49 = getelementptr inbounds float, ptr %19, i64 %48
  %50 = load <8 x float>, ptr %49, align 4, !alias.scope !36, !noalias !39
  %51 = mul nsw i64 %33, 4
  %52 = add nsw i64 %51, %i10
  %53 = add nsw i64 %30, %52
  %54 = getelementptr inbounds float, ptr %17, i64 %53
  %55 = load float, ptr %54, align 4, !alias.scope !41, !noalias !39
  %56 = insertelement <8 x float> poison, float %55, i32 0
  %57 = shufflevector <8 x float> %56, <8 x float> poison, <8 x i32> zeroinitializer
  %58 = load <8 x float>, ptr %4, align 4
  %59 = fmul contract <8 x float> %57, %45
  %60 = fadd contract <8 x float> %58, %59
  store <8 x float> %60, ptr %4, align 4
  %61 = load <8 x float>, ptr %5, align 4
  %62 = fmul contract <8 x float> %57, %50
  %63 = fadd contract <8 x float> %61, %62
  store <8 x float> %63, ptr %5, align 4
  %64 = mul nsw i64 %34, 4
  %65 = add nsw i64 %64, %i10
  %66 = add nsw i64 %30, %65
  %67 = getelementptr inbounds float, ptr %17, i64 %66
  %68 = load float, ptr %67, align 4, !alias.scope !41, !noalias !39
  %69 = insertelement <8 x float> poison, float %68, i32 0
  %70 = shufflevector <8 x float> %69, <8 x float> poison, <8 x i32> zeroinitializer
  %71 = load <8 x float>, ptr %6, align 4
  %72 = fmul contract <8 x float> %70, %45
  %73 = fadd contract <8 x float> %71, %72
  store <8 x float> %73, ptr %6, align 4
  %74 = load <8 x float>, ptr %7, align 4
  %75 = fmul contract <8 x float> %70, %50
  %76 = fadd contract <8 x float> %74, %75
  store <8 x float> %76, ptr %7, align 4
  %77 = mul nsw i64 %35, 4
  %78 = add nsw i64 %77, %i10
  %79 = add nsw i64 %30, %78
  %80 = getelementptr inbounds float, ptr %17, i64 %79
  %81 = load float, ptr %80, align 4, !alias.scope !41, !noalias !39
  %82 = insertelement <8 x float> poison, float %81, i32 0
  %83 = shufflevector <8 x float> %82, <8 x float> poison, <8 x i32> zeroinitializer
  %84 = load <8 x float>, ptr %8, align 4
  %85 = fmul contract <8 x float> %83, %45
  %86 = fadd contract <8 x float> %84, %85
  store <8 x float> %86, ptr %8, align 4
  %87 = load <8 x float>, ptr %9, align 4
  %88 = fmul contract <8 x float> %83, %50
  %89 = fadd contract <8 x float> %87, %88
  store <8 x float> %89, ptr %9, align 4
  %90 = mul nsw i64 %36, 4
  %91 = add nsw i64 %90, %i10
  %92 = add nsw i64 %30, %91
  %93 = getelementptr inbounds float, ptr %17, i64 %92
  %94 = load float, ptr %93, align 4, !alias.scope !41, !noalias !39
  %95 = insertelement <8 x float> poison, float %94, i32 0
  %96 = shufflevector <8 x float> %95, <8 x float> poison, <8 x i32> zeroinitializer
  %97 = load <8 x float>, ptr %10, align 4
  %98 = fmul contract <8 x float> %96, %45
  %99 = fadd contract <8 x float> %97, %98
  store <8 x float> %99, ptr %10, align 4
  %100 = load <8 x float>, ptr %11, align 4
  %101 = fmul contract <8 x float> %96, %50
  %102 = fadd contract <8 x float> %100, %101
  store <8 x float> %102, ptr %11, align 4
  %103 = mul nsw i64 %37, 4
  %104 = add nsw i64 %103, %i10
  %105 = add nsw i64 %30, %104
  %106 = getelementptr inbounds float, ptr %17, i64 %105
  %107 = load float, ptr %106, align 4, !alias.scope !41, !noalias !39
  %108 = insertelement <8 x float> poison, float %107, i32 0
  %109 = shufflevector <8 x float> %108, <8 x float> poison, <8 x i32> zeroinitializer
  %110 = load <8 x float>, ptr %12, align 4
  %111 = fmul contract <8 x float> %109, %45
  %112 = fadd contract <8 x float> %110, %111
  store <8 x float> %112, ptr %12, align 4
  %113 = load <8 x float>, ptr %13, align 4
  %114 = fmul contract <8 x float> %109, %50
  %115 = fadd contract <8 x float> %113, %114
  store <8 x float> %115, ptr %13, align 4
  %116 = mul nsw i64 %38, 4
  %117 = add nsw i64 %116, %i10
  %118 = add nsw i64 %30, %117
  %119 = getelementptr inbounds float, ptr %17, i64 %118
  %120 = load float, ptr %119, align 4, !alias.scope !41, !noalias !39
  %121 = insertelement <8 x float> poison, float %120, i32 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = load <8 x float>, ptr %14, align 4
  %124 = fmul contract <8 x float> %122, %45
  %125 = fadd contract <8 x float> %123, %124
  store <8 x float> %125, ptr %14, align 4
  %126 = load <8 x float>, ptr %15, align 4
  %127 = fmul contract <8 x float> %122, %50
  %128 = fadd contract <8 x float> %126, %127
  store <8 x float> %128, ptr %15, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %129 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !43

exit9:                                            ; preds = %loop6
  %130 = load <8 x float>, ptr %4, align 4
  %131 = load <8 x float>, ptr %5, align 4
  %132 = load <8 x float>, ptr %6, align 4
  %133 = load <8 x float>, ptr %7, align 4
  %134 = load <8 x float>, ptr %8, align 4
  %135 = load <8 x float>, ptr %9, align 4
  %136 = load <8 x float>, ptr %10, align 4
  %137 = load <8 x float>, ptr %11, align 4
  %138 = load <8 x float>, ptr %12, align 4
  %139 = load <8 x float>, ptr %13, align 4
  %140 = load <8 x float>, ptr %14, align 4
  %141 = load <8 x float>, ptr %15, align 4
  %142 = getelementptr inbounds float, ptr %3, i64 0
  store <8 x float> %130, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %3, i64 8
  store <8 x float> %131, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %3, i64 16
  store <8 x float> %132, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %3, i64 24
  store <8 x float> %133, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %3, i64 32
  store <8 x float> %134, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %3, i64 40
  store <8 x float> %135, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %3, i64 48
  store <8 x float> %136, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %3, i64 56
  store <8 x float> %137, ptr %149, align 4
  %150 = getelementptr inbounds float, ptr %3, i64 64
  store <8 x float> %138, ptr %150, align 4
  %151 = getelementptr inbounds float, ptr %3, i64 72
  store <8 x float> %139, ptr %151, align 4
  %152 = getelementptr inbounds float, ptr %3, i64 80
  store <8 x float> %140, ptr %152, align 4
  %153 = getelementptr inbounds float, ptr %3, i64 88
  store <8 x float> %141, ptr %153, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %161, %latch13 ]
  %154 = icmp slt i64 %i15, 6
  br i1 %154, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %155 = add nsw i64 %29, %i15
  %156 = mul nsw i64 %i, 32
  %157 = add nsw i64 %156, %155
  %158 = mul nsw i64 %157, 16
  %159 = mul nsw i64 %i15, 16
  %160 = getelementptr inbounds float, ptr %3, i64 %159
  br label %loop16

latch13:                                          ; preds = %exit19
  %161 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !44

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %171, %latch18 ]
  %162 = icmp slt i64 %i20, 16
  br i1 %162, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %163 = getelementptr inbounds float, ptr %160, i64 %i20
  %164 = load float, ptr %163, align 4
  %165 = getelementptr inbounds float, ptr %21, i64 %i20
  %166 = load float, ptr %165, align 4, !alias.scope !45, !noalias !39
  %167 = fadd float %164, %166
  %168 = call float @tanhf(float %167) #2
  %169 = add nsw i64 %158, %i20
  %170 = getelementptr inbounds float, ptr %23, i64 %169
  store float %168, ptr %170, align 4, !alias.scope !39
  br label %latch18

latch18:                                          ; preds = %body17
  %171 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !47

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define internal i32 @per_sample.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %28 = getelementptr inbounds ptr, ptr %0, i64 4
  %29 = load ptr, ptr %28, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %31, %latch ]
  %30 = icmp slt i64 %i, 1
  br i1 %30, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %31 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %47, %latch3 ]
  %32 = icmp slt i64 %i5, 4
  br i1 %32, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %33 = mul nsw i64 %i5, 8
  %34 = icmp sgt i64 %33, 24
  %35 = select i1 %34, i64 24, i64 %33
  %36 = mul nsw i64 %i, 512
  %37 = mul nsw i64 %i, 48
  %38 = mul nsw i64 %i, 96
  %39 = add nsw i64 %35, 0
  %40 = add nsw i64 %35, 1
  %41 = add nsw i64 %35, 2
  %42 = add nsw i64 %35, 3
  %43 = add nsw i64 %35, 4
  %44 = add nsw i64 %35, 5
  %45 = add nsw i64 %35, 6
  %46 = add nsw i64 %35, 7
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
  %47 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %134, %latch8 ]
  %48 = icmp slt i64 %i10, 16
  br i1 %48, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %49 = mul nsw i64 %i10, 3
  %50 = add nsw i64 %49, 0
  %51 = add nsw i64 %37, %50
  %52 = getelementptr inbounds float, ptr %23, i64 %51
  %53 = load <2 x float>, ptr %52, align 4, !alias.scope !48, !noalias !51
  %54 = mul nsw i64 %39, 16
  %55 = add nsw i64 %54, %i10
  %56 = add nsw i64 %36, %55
  %57 = getelementptr inbounds float, ptr %21, i64 %56
  %58 = load float, ptr %57, align 4, !alias.scope !53, !noalias !51
  %59 = insertelement <2 x float> poison, float %58, i32 0
  %60 = shufflevector <2 x float> %59, <2 x float> poison, <2 x i32> zeroinitializer
  %61 = load <2 x float>, ptr %4, align 4
  %62 = fmul contract <2 x float> %60, %53
  %63 = fadd contract <2 x float> %61, %62
  store <2 x float> %63, ptr %4, align 4
  %64 = mul nsw i64 %40, 16
  %65 = add nsw i64 %64, %i10
  %66 = add nsw i64 %36, %65
  %67 = getelementptr inbounds float, ptr %21, i64 %66
  %68 = load float, ptr %67, align 4, !alias.scope !53, !noalias !51
  %69 = insertelement <2 x float> poison, float %68, i32 0
  %70 = shufflevector <2 x float> %69, <2 x float> poison, <2 x i32> zeroinitializer
  %71 = load <2 x float>, ptr %5, align 4
  %72 = fmul contract <2 x float> %70, %53
  %73 = fadd contract <2 x float> %71, %72
  store <2 x float> %73, ptr %5, align 4
  %74 = mul nsw i64 %41, 16
  %75 = add nsw i64 %74, %i10
  %76 = add nsw i64 %36, %75
  %77 = getelementptr inbounds float, ptr %21, i64 %76
  %78 = load float, ptr %77, align 4, !alias.scope !53, !noalias !51
  %79 = insertelement <2 x float> poison, float %78, i32 0
  %80 = shufflevector <2 x float> %79, <2 x float> poison, <2 x i32> zeroinitializer
  %81 = load <2 x float>, ptr %6, align 4
  %82 = fmul contract <2 x float> %80, %53
  %83 = fadd contract <2 x float> %81, %82
  store <2 x float> %83, ptr %6, align 4
  %84 = mul nsw i64 %42, 16
  %85 = add nsw i64 %84, %i10
  %86 = add nsw i64 %36, %85
  %87 = getelementptr inbounds float, ptr %21, i64 %86
  %88 = load float, ptr %87, align 4, !alias.scope !53, !noalias !51
  %89 = insertelement <2 x float> poison, float %88, i32 0
  %90 = shufflevector <2 x float> %89, <2 x float> poison, <2 x i32> zeroinitializer
  %91 = load <2 x float>, ptr %7, align 4
  %92 = fmul contract <2 x float> %90, %53
  %93 = fadd contract <2 x float> %91, %92
  store <2 x float> %93, ptr %7, align 4
  %94 = mul nsw i64 %43, 16
  %95 = add nsw i64 %94, %i10
  %96 = add nsw i64 %36, %95
  %97 = getelementptr inbounds float, ptr %21, i64 %96
  %98 = load float, ptr %97, align 4, !alias.scope !53, !noalias !51
  %99 = insertelement <2 x float> poison, float %98, i32 0
  %100 = shufflevector <2 x float> %99, <2 x float> poison, <2 x i32> zeroinitializer
  %101 = load <2 x float>, ptr %8, align 4
  %102 = fmul contract <2 x float> %100, %53
  %103 = fadd contract <2 x float> %101, %102
  store <2 x float> %103, ptr %8, align 4
  %104 = mul nsw i64 %44, 16
  %105 = add nsw i64 %104, %i10
  %106 = add nsw i64 %36, %105
  %107 = getelementptr inbounds float, ptr %21, i64 %106
  %108 = load float, ptr %107, align 4, !alias.scope !53, !noalias !51
  %109 = insertelement <2 x float> poison, float %108, i32 0
  %110 = shufflevector <2 x float> %109, <2 x float> poison, <2 x i32> zeroinitializer
  %111 = load <2 x float>, ptr %9, align 4
  %112 = fmul contract <2 x float> %110, %53
  %113 = fadd contract <2 x float> %111, %112
  store <2 x float> %113, ptr %9, align 4
  %114 = mul nsw i64 %45, 16
  %115 = add nsw i64 %114, %i10
  %116 = add nsw i64 %36, %115
  %117 = getelementptr inbounds float, ptr %21, i64 %116
  %118 = load float, ptr %117, align 4, !alias.scope !53, !noalias !51
  %119 = insertelement <2 x float> poison, float %118, i32 0
  %120 = shufflevector <2 x float> %119, <2 x float> poison, <2 x i32> zeroinitializer
  %121 = load <2 x float>, ptr %10, align 4
  %122 = fmul contract <2 x float> %120, %53
  %123 = fadd contract <2 x float> %121, %122
  store <2 x float> %123, ptr %10, align 4
  %124 = mul nsw i64 %46, 16
  %125 = add nsw i64 %124, %i10
  %126 = add nsw i64 %36, %125
  %127 = getelementptr inbounds float, ptr %21, i64 %126
  %128 = load float, ptr %127, align 4, !alias.scope !53, !noalias !51
  %129 = insertelement <2 x float> poison, float %128, i32 0
  %130 = shufflevector <2 x float> %129, <2 x float> poison, <2 x i32> zeroinitializer
  %131 = load <2 x float>, ptr %11, align 4
  %132 = fmul contract <2 x float> %130, %53
  %133 = fadd contract <2 x float> %131, %132
  store <2 x float> %133, ptr %11, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %134 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !55

exit9:                                            ; preds = %loop6
  %135 = load <2 x float>, ptr %4, align 4
  %136 = load <2 x float>, ptr %5, align 4
  %137 = load <2 x float>, ptr %6, align 4
  %138 = load <2 x float>, ptr %7, align 4
  %139 = load <2 x float>, ptr %8, align 4
  %140 = load <2 x float>, ptr %9, align 4
  %141 = load <2 x float>, ptr %10, align 4
  %142 = load <2 x float>, ptr %11, align 4
  %143 = getelementptr inbounds float, ptr %3, i64 0
  store <2 x float> %135, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %3, i64 3
  store <2 x float> %136, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %3, i64 6
  store <2 x float> %137, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %3, i64 9
  store <2 x float> %138, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %3, i64 12
  store <2 x float> %139, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %3, i64 15
  store <2 x float> %140, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %3, i64 18
  store <2 x float> %141, ptr %149, align 4
  %150 = getelementptr inbounds float, ptr %3, i64 21
  store <2 x float> %142, ptr %150, align 4
  %151 = mul nsw i64 %i, 512
  %152 = mul nsw i64 %i, 48
  %153 = mul nsw i64 %i, 96
  %154 = add nsw i64 %35, 0
  %155 = add nsw i64 %35, 1
  %156 = add nsw i64 %35, 2
  %157 = add nsw i64 %35, 3
  %158 = add nsw i64 %35, 4
  %159 = add nsw i64 %35, 5
  %160 = add nsw i64 %35, 6
  %161 = add nsw i64 %35, 7
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
  %i15 = phi i64 [ 0, %exit9 ], [ %248, %latch13 ]
  %162 = icmp slt i64 %i15, 16
  br i1 %162, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %163 = mul nsw i64 %i15, 3
  %164 = add nsw i64 %163, 1
  %165 = add nsw i64 %152, %164
  %166 = getelementptr inbounds float, ptr %23, i64 %165
  %167 = load <2 x float>, ptr %166, align 4, !alias.scope !48, !noalias !51
  %168 = mul nsw i64 %154, 16
  %169 = add nsw i64 %168, %i15
  %170 = add nsw i64 %151, %169
  %171 = getelementptr inbounds float, ptr %21, i64 %170
  %172 = load float, ptr %171, align 4, !alias.scope !53, !noalias !51
  %173 = insertelement <2 x float> poison, float %172, i32 0
  %174 = shufflevector <2 x float> %173, <2 x float> poison, <2 x i32> zeroinitializer
  %175 = load <2 x float>, ptr %12, align 4
  %176 = fmul contract <2 x float> %174, %167
  %177 = fadd contract <2 x float> %175, %176
  store <2 x float> %177, ptr %12, align 4
  %178 = mul nsw i64 %155, 16
  %179 = add nsw i64 %178, %i15
  %180 = add nsw i64 %151, %179
  %181 = getelementptr inbounds float, ptr %21, i64 %180
  %182 = load float, ptr %181, align 4, !alias.scope !53, !noalias !51
  %183 = insertelement <2 x float> poison, float %182, i32 0
  %184 = shufflevector <2 x float> %183, <2 x float> poison, <2 x i32> zeroinitializer
  %185 = load <2 x float>, ptr %13, align 4
  %186 = fmul contract <2 x float> %184, %167
  %187 = fadd contract <2 x float> %185, %186
  store <2 x float> %187, ptr %13, align 4
  %188 = mul nsw i64 %156, 16
  %189 = add nsw i64 %188, %i15
  %190 = add nsw i64 %151, %189
  %191 = getelementptr inbounds float, ptr %21, i64 %190
  %192 = load float, ptr %191, align 4, !alias.scope !53, !noalias !51
  %193 = insertelement <2 x float> poison, float %192, i32 0
  %194 = shufflevector <2 x float> %193, <2 x float> poison, <2 x i32> zeroinitializer
  %195 = load <2 x float>, ptr %14, align 4
  %196 = fmul contract <2 x float> %194, %167
  %197 = fadd contract <2 x float> %195, %196
  store <2 x float> %197, ptr %14, align 4
  %198 = mul nsw i64 %157, 16
  %199 = add nsw i64 %198, %i15
  %200 = add nsw i64 %151, %199
  %201 = getelementptr inbounds float, ptr %21, i64 %200
  %202 = load float, ptr %201, align 4, !alias.scope !53, !noalias !51
  %203 = insertelement <2 x float> poison, float %202, i32 0
  %204 = shufflevector <2 x float> %203, <2 x float> poison, <2 x i32> zeroinitializer
  %205 = load <2 x float>, ptr %15, align 4
  %206 = fmul contract <2 x float> %204, %167
  %207 = fadd contract <2 x float> %205, %206
  store <2 x float> %207, ptr %15, align 4
  %208 = mul nsw i64 %158, 16
  %209 = add nsw i64 %208, %i15
  %210 = add nsw i64 %151, %209
  %211 = getelementptr inbounds float, ptr %21, i64 %210
  %212 = load float, ptr %211, align 4, !alias.scope !53, !noalias !51
  %213 = insertelement <2 x float> poison, float %212, i32 0
  %214 = shufflevector <2 x float> %213, <2 x float> poison, <2 x i32> zeroinitializer
  %215 = load <2 x float>, ptr %16, align 4
  %216 = fmul contract <2 x float> %214, %167
  %217 = fadd contract <2 x float> %215, %216
  store <2 x float> %217, ptr %16, align 4
  %218 = mul nsw i64 %159, 16
  %219 = add nsw i64 %218, %i15
  %220 = add nsw i64 %151, %219
  %221 = getelementptr inbounds float, ptr %21, i64 %220
  %222 = load float, ptr %221, align 4, !alias.scope !53, !noalias !51
  %223 = insertelement <2 x float> poison, float %222, i32 0
  %224 = shufflevector <2 x float> %223, <2 x float> poison, <2 x i32> zeroinitializer
  %225 = load <2 x float>, ptr %17, align 4
  %226 = fmul contract <2 x float> %224, %167
  %227 = fadd contract <2 x float> %225, %226
  store <2 x float> %227, ptr %17, align 4
  %228 = mul nsw i64 %160, 16
  %229 = add nsw i64 %228, %i15
  %230 = add nsw i64 %151, %229
  %231 = getelementptr inbounds float, ptr %21, i64 %230
  %232 = load float, ptr %231, align 4, !alias.scope !53, !noalias !51
  %233 = insertelement <2 x float> poison, float %232, i32 0
  %234 = shufflevector <2 x float> %233, <2 x float> poison, <2 x i32> zeroinitializer
  %235 = load <2 x float>, ptr %18, align 4
  %236 = fmul contract <2 x float> %234, %167
  %237 = fadd contract <2 x float> %235, %236
  store <2 x float> %237, ptr %18, align 4
  %238 = mul nsw i64 %161, 16
  %239 = add nsw i64 %238, %i15
  %240 = add nsw i64 %151, %239
  %241 = getelementptr inbounds float, ptr %21, i64 %240
  %242 = load float, ptr %241, align 4, !alias.scope !53, !noalias !51
  %243 = insertelement <2 x float> poison, float %242, i32 0
  %244 = shufflevector <2 x float> %243, <2 x float> poison, <2 x i32> zeroinitializer
  %245 = load <2 x float>, ptr %19, align 4
  %246 = fmul contract <2 x float> %244, %167
  %247 = fadd contract <2 x float> %245, %246
  store <2 x float> %247, ptr %19, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %248 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !56

exit14:                                           ; preds = %loop11
  %249 = load <2 x float>, ptr %12, align 4
  %250 = load <2 x float>, ptr %13, align 4
  %251 = load <2 x float>, ptr %14, align 4
  %252 = load <2 x float>, ptr %15, align 4
  %253 = load <2 x float>, ptr %16, align 4
  %254 = load <2 x float>, ptr %17, align 4
  %255 = load <2 x float>, ptr %18, align 4
  %256 = load <2 x float>, ptr %19, align 4
  %257 = getelementptr inbounds float, ptr %3, i64 1
  store <2 x float> %249, ptr %257, align 4
  %258 = getelementptr inbounds float, ptr %3, i64 4
  store <2 x float> %250, ptr %258, align 4
  %259 = getelementptr inbounds float, ptr %3, i64 7
  store <2 x float> %251, ptr %259, align 4
  %260 = getelementptr inbounds float, ptr %3, i64 10
  store <2 x float> %252, ptr %260, align 4
  %261 = getelementptr inbounds float, ptr %3, i64 13
  store <2 x float> %253, ptr %261, align 4
  %262 = getelementptr inbounds float, ptr %3, i64 16
  store <2 x float> %254, ptr %262, align 4
  %263 = getelementptr inbounds float, ptr %3, i64 19
  store <2 x float> %255, ptr %263, align 4
  %264 = getelementptr inbounds float, ptr %3, i64 22
  store <2 x float> %256, ptr %264, align 4
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %272, %latch18 ]
  %265 = icmp slt i64 %i20, 8
  br i1 %265, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %266 = add nsw i64 %35, %i20
  %267 = mul nsw i64 %i, 32
  %268 = add nsw i64 %267, %266
  %269 = mul nsw i64 %268, 3
  %270 = mul nsw i64 %i20, 3
  %271 = getelementptr inbounds float, ptr %3, i64 %270
  br label %loop21

latch18:                                          ; preds = %exit24
  %272 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !57

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %287, %latch23 ]
  %273 = icmp slt i64 %i25, 3
  br i1 %273, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %274 = getelementptr inbounds float, ptr %271, i64 %i25
  %275 = load float, ptr %274, align 4
  %276 = getelementptr inbounds float, ptr %25, i64 %i25
  %277 = load float, ptr %276, align 4, !alias.scope !58, !noalias !51
  %278 = fadd float %275, %277
  %279 = mul nsw i64 %266, 3
  %280 = add nsw i64 %279, %i25
  %281 = getelementptr inbounds float, ptr %27, i64 %280
  %282 = load float, ptr %281, align 4, !alias.scope !60, !noalias !51
  %283 = fsub float %278, %282
  %284 = fadd float %283, %283
  %285 = add nsw i64 %269, %i25
  %286 = getelementptr inbounds float, ptr %29, i64 %285
  store float %284, ptr %286, align 4, !alias.scope !51
  br label %latch23

latch23:                                          ; preds = %body22
  %287 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !62

exit24:                                           ; preds = %loop21
  br label %latch18
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
  %17 = load float, ptr %16, align 4, !alias.scope !64, !noalias !67
  %18 = mul nsw i64 %i, 3
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds float, ptr %6, i64 %19
  %21 = load float, ptr %20, align 4, !alias.scope !69, !noalias !67
  %22 = fmul float %17, %21
  %23 = mul nsw i64 %i, 48
  %24 = mul nsw i64 %i5, 3
  %25 = add nsw i64 %23, %24
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %22, ptr %27, align 4, !alias.scope !67
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !71

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @per_sample.k3(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [96 x float], align 16
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
  %32 = load float, ptr %31, align 4, !alias.scope !72, !noalias !75
  %33 = mul nsw i64 %i, 16
  %34 = add nsw i64 %33, %i5
  %35 = getelementptr inbounds float, ptr %25, i64 %34
  store float %32, ptr %35, align 4, !alias.scope !78, !noalias !79
  br label %latch3

latch3:                                           ; preds = %body2
  %36 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !80

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
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %15, align 4
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
  %58 = load <8 x float>, ptr %57, align 4, !alias.scope !78, !noalias !79
  %59 = mul nsw i64 %i20, 16
  %60 = add nsw i64 %59, 8
  %61 = add nsw i64 %44, %60
  %62 = getelementptr inbounds float, ptr %25, i64 %61
  %63 = load <8 x float>, ptr %62, align 4, !alias.scope !78, !noalias !79
  %64 = mul nsw i64 %46, 3
  %65 = add nsw i64 %64, %i20
  %66 = add nsw i64 %43, %65
  %67 = getelementptr inbounds float, ptr %17, i64 %66
  %68 = load float, ptr %67, align 4, !alias.scope !81, !noalias !75
  %69 = insertelement <8 x float> poison, float %68, i32 0
  %70 = shufflevector <8 x float> %69, <8 x float> poison, <8 x i32> zeroinitializer
  %71 = load <8 x float>, ptr %4, align 4
  %72 = fmul contract <8 x float> %70, %58
  %73 = fadd contract <8 x float> %71, %72
  store <8 x float> %73, ptr %4, align 4
  %74 = load <8 x float>, ptr %5, align 4
  %75 = fmul contract <8 x float> %70, %63
  %76 = fadd contract <8 x float> %74, %75
  store <8 x float> %76, ptr %5, align 4
  %77 = mul nsw i64 %47, 3
  %78 = add nsw i64 %77, %i20
  %79 = add nsw i64 %43, %78
  %80 = getelementptr inbounds float, ptr %17, i64 %79
  %81 = load float, ptr %80, align 4, !alias.scope !81, !noalias !75
  %82 = insertelement <8 x float> poison, float %81, i32 0
  %83 = shufflevector <8 x float> %82, <8 x float> poison, <8 x i32> zeroinitializer
  %84 = load <8 x float>, ptr %6, align 4
  %85 = fmul contract <8 x float> %83, %58
  %86 = fadd contract <8 x float> %84, %85
  store <8 x float> %86, ptr %6, align 4
  %87 = load <8 x float>, ptr %7, align 4
  %88 = fmul contract <8 x float> %83, %63
  %89 = fadd contract <8 x float> %87, %88
  store <8 x float> %89, ptr %7, align 4
  %90 = mul nsw i64 %48, 3
  %91 = add nsw i64 %90, %i20
  %92 = add nsw i64 %43, %91
  %93 = getelementptr inbounds float, ptr %17, i64 %92
  %94 = load float, ptr %93, align 4, !alias.scope !81, !noalias !75
  %95 = insertelement <8 x float> poison, float %94, i32 0
  %96 = shufflevector <8 x float> %95, <8 x float> poison, <8 x i32> zeroinitializer
  %97 = load <8 x float>, ptr %8, align 4
  %98 = fmul contract <8 x float> %96, %58
  %99 = fadd contract <8 x float> %97, %98
  store <8 x float> %99, ptr %8, align 4
  %100 = load <8 x float>, ptr %9, align 4
  %101 = fmul contract <8 x float> %96, %63
  %102 = fadd contract <8 x float> %100, %101
  store <8 x float> %102, ptr %9, align 4
  %103 = mul nsw i64 %49, 3
  %104 = add nsw i64 %103, %i20
  %105 = add nsw i64 %43, %104
  %106 = getelementptr inbounds float, ptr %17, i64 %105
  %107 = load float, ptr %106, align 4, !alias.scope !81, !noalias !75
  %108 = insertelement <8 x float> poison, float %107, i32 0
  %109 = shufflevector <8 x float> %108, <8 x float> poison, <8 x i32> zeroinitializer
  %110 = load <8 x float>, ptr %10, align 4
  %111 = fmul contract <8 x float> %109, %58
  %112 = fadd contract <8 x float> %110, %111
  store <8 x float> %112, ptr %10, align 4
  %113 = load <8 x float>, ptr %11, align 4
  %114 = fmul contract <8 x float> %109, %63
  %115 = fadd contract <8 x float> %113, %114
  store <8 x float> %115, ptr %11, align 4
  %116 = mul nsw i64 %50, 3
  %117 = add nsw i64 %116, %i20
  %118 = add nsw i64 %43, %117
  %119 = getelementptr inbounds float, ptr %17, i64 %118
  %120 = load float, ptr %119, align 4, !alias.scope !81, !noalias !75
  %121 = insertelement <8 x float> poison, float %120, i32 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = load <8 x float>, ptr %12, align 4
  %124 = fmul contract <8 x float> %122, %58
  %125 = fadd contract <8 x float> %123, %124
  store <8 x float> %125, ptr %12, align 4
  %126 = load <8 x float>, ptr %13, align 4
  %127 = fmul contract <8 x float> %122, %63
  %128 = fadd contract <8 x float> %126, %127
  store <8 x float> %128, ptr %13, align 4
  %129 = mul nsw i64 %51, 3
  %130 = add nsw i64 %129, %i20
  %131 = add nsw i64 %43, %130
  %132 = getelementptr inbounds float, ptr %17, i64 %131
  %133 = load float, ptr %132, align 4, !alias.scope !81, !noalias !75
  %134 = insertelement <8 x float> poison, float %133, i32 0
  %135 = shufflevector <8 x float> %134, <8 x float> poison, <8 x i32> zeroinitializer
  %136 = load <8 x float>, ptr %14, align 4
  %137 = fmul contract <8 x float> %135, %58
  %138 = fadd contract <8 x float> %136, %137
  store <8 x float> %138, ptr %14, align 4
  %139 = load <8 x float>, ptr %15, align 4
  %140 = fmul contract <8 x float> %135, %63
  %141 = fadd contract <8 x float> %139, %140
  store <8 x float> %141, ptr %15, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %142 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !83

exit19:                                           ; preds = %loop16
  %143 = load <8 x float>, ptr %4, align 4
  %144 = load <8 x float>, ptr %5, align 4
  %145 = load <8 x float>, ptr %6, align 4
  %146 = load <8 x float>, ptr %7, align 4
  %147 = load <8 x float>, ptr %8, align 4
  %148 = load <8 x float>, ptr %9, align 4
  %149 = load <8 x float>, ptr %10, align 4
  %150 = load <8 x float>, ptr %11, align 4
  %151 = load <8 x float>, ptr %12, align 4
  %152 = load <8 x float>, ptr %13, align 4
  %153 = load <8 x float>, ptr %14, align 4
  %154 = load <8 x float>, ptr %15, align 4
  %155 = getelementptr inbounds float, ptr %3, i64 0
  store <8 x float> %143, ptr %155, align 4
  %156 = getelementptr inbounds float, ptr %3, i64 8
  store <8 x float> %144, ptr %156, align 4
  %157 = getelementptr inbounds float, ptr %3, i64 16
  store <8 x float> %145, ptr %157, align 4
  %158 = getelementptr inbounds float, ptr %3, i64 24
  store <8 x float> %146, ptr %158, align 4
  %159 = getelementptr inbounds float, ptr %3, i64 32
  store <8 x float> %147, ptr %159, align 4
  %160 = getelementptr inbounds float, ptr %3, i64 40
  store <8 x float> %148, ptr %160, align 4
  %161 = getelementptr inbounds float, ptr %3, i64 48
  store <8 x float> %149, ptr %161, align 4
  %162 = getelementptr inbounds float, ptr %3, i64 56
  store <8 x float> %150, ptr %162, align 4
  %163 = getelementptr inbounds float, ptr %3, i64 64
  store <8 x float> %151, ptr %163, align 4
  %164 = getelementptr inbounds float, ptr %3, i64 72
  store <8 x float> %152, ptr %164, align 4
  %165 = getelementptr inbounds float, ptr %3, i64 80
  store <8 x float> %153, ptr %165, align 4
  %166 = getelementptr inbounds float, ptr %3, i64 88
  store <8 x float> %154, ptr %166, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %174, %latch23 ]
  %167 = icmp slt i64 %i25, 6
  br i1 %167, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %168 = add nsw i64 %42, %i25
  %169 = mul nsw i64 %i10, 32
  %170 = add nsw i64 %169, %168
  %171 = mul nsw i64 %170, 16
  %172 = mul nsw i64 %i25, 16
  %173 = getelementptr inbounds float, ptr %3, i64 %172
  br label %loop26

latch23:                                          ; preds = %exit29
  %174 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !84

exit24:                                           ; preds = %loop21
  br label %latch13

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %187, %latch28 ]
  %175 = icmp slt i64 %i30, 16
  br i1 %175, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %176 = getelementptr inbounds float, ptr %173, i64 %i30
  %177 = load float, ptr %176, align 4
  %178 = mul nsw i64 %168, 16
  %179 = add nsw i64 %178, %i30
  %180 = getelementptr inbounds float, ptr %21, i64 %179
  %181 = load float, ptr %180, align 4, !alias.scope !85, !noalias !75
  %182 = fmul float %181, %181
  %183 = fsub float 1.000000e+00, %182
  %184 = fmul float %177, %183
  %185 = add nsw i64 %171, %i30
  %186 = getelementptr inbounds float, ptr %23, i64 %185
  store float %184, ptr %186, align 4, !alias.scope !79, !noalias !78
  br label %latch28

latch28:                                          ; preds = %body27
  %187 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !87

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
  %17 = load float, ptr %16, align 4, !alias.scope !88, !noalias !91
  %18 = mul nsw i64 %i, 16
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds float, ptr %6, i64 %19
  %21 = load float, ptr %20, align 4, !alias.scope !93, !noalias !91
  %22 = fmul float %17, %21
  %23 = mul nsw i64 %i, 64
  %24 = mul nsw i64 %i5, 16
  %25 = add nsw i64 %23, %24
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %22, ptr %27, align 4, !alias.scope !91
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !95

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

!0 = !{!1}
!1 = !{!"loss.k0.buffer1", !2}
!2 = !{!"loss.k0.buffers"}
!3 = !{!4}
!4 = !{!"loss.k0.buffer3", !2}
!5 = !{!6}
!6 = !{!"loss.k0.buffer0", !2}
!7 = distinct !{!7, !8, !9}
!8 = !{!"llvm.loop.vectorize.enable", i1 false}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !8, !9}
!11 = !{!12}
!12 = !{!"loss.k0.buffer2", !2}
!13 = distinct !{!13, !14, !15, !9}
!14 = !{!"llvm.loop.vectorize.enable", i1 true}
!15 = !{!"llvm.loop.vectorize.width", i32 8}
!16 = !{!17}
!17 = !{!"loss.k1.buffer1", !18}
!18 = !{!"loss.k1.buffers"}
!19 = !{!20}
!20 = !{!"loss.k1.buffer2", !18}
!21 = !{!22}
!22 = !{!"loss.k1.buffer0", !18}
!23 = distinct !{!23, !8, !9}
!24 = distinct !{!24, !8, !9}
!25 = !{!26}
!26 = !{!"loss.k2.buffer0", !27}
!27 = !{!"loss.k2.buffers"}
!28 = !{!29}
!29 = !{!"loss.k2.buffer3", !27}
!30 = !{!31}
!31 = !{!"loss.k2.buffer1", !27}
!32 = !{!33}
!33 = !{!"loss.k2.buffer2", !27}
!34 = distinct !{!34, !14, !35, !9}
!35 = !{!"llvm.loop.vectorize.width", i32 16}
!36 = !{!37}
!37 = !{!"per_sample.k0.buffer1", !38}
!38 = !{!"per_sample.k0.buffers"}
!39 = !{!40}
!40 = !{!"per_sample.k0.buffer3", !38}
!41 = !{!42}
!42 = !{!"per_sample.k0.buffer0", !38}
!43 = distinct !{!43, !8, !9}
!44 = distinct !{!44, !8, !9}
!45 = !{!46}
!46 = !{!"per_sample.k0.buffer2", !38}
!47 = distinct !{!47, !14, !15, !9}
!48 = !{!49}
!49 = !{!"per_sample.k1.buffer1", !50}
!50 = !{!"per_sample.k1.buffers"}
!51 = !{!52}
!52 = !{!"per_sample.k1.buffer4", !50}
!53 = !{!54}
!54 = !{!"per_sample.k1.buffer0", !50}
!55 = distinct !{!55, !8, !9}
!56 = distinct !{!56, !8, !9}
!57 = distinct !{!57, !8, !9}
!58 = !{!59}
!59 = !{!"per_sample.k1.buffer2", !50}
!60 = !{!61}
!61 = !{!"per_sample.k1.buffer3", !50}
!62 = distinct !{!62, !14, !63, !9}
!63 = !{!"llvm.loop.vectorize.width", i32 2}
!64 = !{!65}
!65 = !{!"per_sample.k2.buffer0", !66}
!66 = !{!"per_sample.k2.buffers"}
!67 = !{!68}
!68 = !{!"per_sample.k2.buffer2", !66}
!69 = !{!70}
!70 = !{!"per_sample.k2.buffer1", !66}
!71 = distinct !{!71, !15, !9}
!72 = !{!73}
!73 = !{!"per_sample.k3.buffer1", !74}
!74 = !{!"per_sample.k3.buffers"}
!75 = !{!76, !77}
!76 = !{!"per_sample.k3.buffer3", !74}
!77 = !{!"per_sample.k3.buffer4", !74}
!78 = !{!77}
!79 = !{!76}
!80 = distinct !{!80, !9}
!81 = !{!82}
!82 = !{!"per_sample.k3.buffer0", !74}
!83 = distinct !{!83, !8, !9}
!84 = distinct !{!84, !8, !9}
!85 = !{!86}
!86 = !{!"per_sample.k3.buffer2", !74}
!87 = distinct !{!87, !14, !15, !9}
!88 = !{!89}
!89 = !{!"per_sample.k4.buffer0", !90}
!90 = !{!"per_sample.k4.buffers"}
!91 = !{!92}
!92 = !{!"per_sample.k4.buffer2", !90}
!93 = !{!94}
!94 = !{!"per_sample.k4.buffer1", !90}
!95 = distinct !{!95, !15, !9}
