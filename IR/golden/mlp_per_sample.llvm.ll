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
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 2
  %9 = load ptr, ptr %8, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %11, %latch ]
  %10 = icmp slt i64 %i, 1
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %11 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %12 = icmp slt i64 %i5, 1
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %13 = mul nsw i64 %i, 4
  %14 = mul nsw i64 %i, 64
  %15 = mul nsw i64 %i, 16
  %16 = add nsw i64 %i5, 0
  br label %loop6

latch3:                                           ; preds = %exit9
  %17 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %20, %latch8 ]
  %18 = icmp slt i64 %i10, 2
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %19 = mul nsw i64 %i10, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %20 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %37, %latch13 ]
  %21 = icmp slt i64 %i15, 4
  br i1 %21, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %22 = load <8 x float>, ptr %3, align 4
  %23 = mul nsw i64 %i15, 16
  %24 = add nsw i64 %23, %19
  %25 = add nsw i64 %14, %24
  %26 = getelementptr inbounds float, ptr %7, i64 %25
  %27 = load <8 x float>, ptr %26, align 4, !alias.scope !0, !noalias !3
  %28 = mul nsw i64 %16, 4
  %29 = add nsw i64 %28, %i15
  %30 = add nsw i64 %13, %29
  %31 = getelementptr inbounds float, ptr %5, i64 %30
  %32 = load float, ptr %31, align 4, !alias.scope !5, !noalias !3
  %33 = insertelement <8 x float> poison, float %32, i32 0
  %34 = shufflevector <8 x float> %33, <8 x float> poison, <8 x i32> zeroinitializer
  %35 = fmul contract <8 x float> %34, %27
  %36 = fadd contract <8 x float> %22, %35
  store <8 x float> %36, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %37 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %38 = load <8 x float>, ptr %3, align 4
  %39 = mul nsw i64 %16, 16
  %40 = add nsw i64 %39, %19
  %41 = add nsw i64 %15, %40
  %42 = getelementptr inbounds float, ptr %9, i64 %41
  store <8 x float> %38, ptr %42, align 4, !alias.scope !3
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @loss.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %17, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !7, !noalias !10
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !12, !noalias !10
  %14 = fadd float %11, %13
  %15 = call float @tanhf(float %14) #2
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  store float %15, ptr %16, align 4, !alias.scope !10
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !14

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #1

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #1

; Function Attrs: nounwind
define internal i32 @loss.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %18, %latch3 ]
  %13 = icmp slt i64 %i5, 1
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 16
  %15 = mul nsw i64 %i, 48
  %16 = mul nsw i64 %i, 3
  %17 = add nsw i64 %i5, 0
  br label %loop6

latch3:                                           ; preds = %exit19
  %18 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %21, %latch8 ]
  %19 = icmp slt i64 %i10, 1
  br i1 %19, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %20 = mul nsw i64 %i10, 2
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %21 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop16

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %38, %latch13 ]
  %22 = icmp slt i64 %i15, 16
  br i1 %22, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %23 = load <2 x float>, ptr %3, align 4
  %24 = mul nsw i64 %i15, 3
  %25 = add nsw i64 %24, %20
  %26 = add nsw i64 %15, %25
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  %28 = load <2 x float>, ptr %27, align 4, !alias.scope !17, !noalias !20
  %29 = mul nsw i64 %17, 16
  %30 = add nsw i64 %29, %i15
  %31 = add nsw i64 %14, %30
  %32 = getelementptr inbounds float, ptr %6, i64 %31
  %33 = load float, ptr %32, align 4, !alias.scope !22, !noalias !20
  %34 = insertelement <2 x float> poison, float %33, i32 0
  %35 = shufflevector <2 x float> %34, <2 x float> poison, <2 x i32> zeroinitializer
  %36 = fmul contract <2 x float> %35, %28
  %37 = fadd contract <2 x float> %23, %36
  store <2 x float> %37, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %38 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %39 = load <2 x float>, ptr %3, align 4
  %40 = mul nsw i64 %17, 3
  %41 = add nsw i64 %40, %20
  %42 = add nsw i64 %16, %41
  %43 = getelementptr inbounds float, ptr %10, i64 %42
  store <2 x float> %39, ptr %43, align 4, !alias.scope !20
  br label %latch8

loop16:                                           ; preds = %latch18, %exit9
  %i20 = phi i64 [ 2, %exit9 ], [ %45, %latch18 ]
  %44 = icmp slt i64 %i20, 3
  br i1 %44, label %body17, label %exit19

body17:                                           ; preds = %loop16
  store float -0.000000e+00, ptr %4, align 4
  br label %loop21

latch18:                                          ; preds = %exit24
  %45 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !24

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %60, %latch23 ]
  %46 = icmp slt i64 %i25, 16
  br i1 %46, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %47 = load float, ptr %4, align 4
  %48 = mul nsw i64 %i25, 3
  %49 = add nsw i64 %48, %i20
  %50 = add nsw i64 %15, %49
  %51 = getelementptr inbounds float, ptr %8, i64 %50
  %52 = load float, ptr %51, align 4, !alias.scope !17, !noalias !20
  %53 = mul nsw i64 %17, 16
  %54 = add nsw i64 %53, %i25
  %55 = add nsw i64 %14, %54
  %56 = getelementptr inbounds float, ptr %6, i64 %55
  %57 = load float, ptr %56, align 4, !alias.scope !22, !noalias !20
  %58 = fmul contract float %57, %52
  %59 = fadd contract float %47, %58
  store float %59, ptr %4, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %60 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %61 = load float, ptr %4, align 4
  %62 = mul nsw i64 %17, 3
  %63 = add nsw i64 %62, %i20
  %64 = add nsw i64 %16, %63
  %65 = getelementptr inbounds float, ptr %10, i64 %64
  store float %61, ptr %65, align 4, !alias.scope !20
  br label %latch18
}

; Function Attrs: nounwind
define internal i32 @loss.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %29 = load float, ptr %28, align 4, !alias.scope !26, !noalias !29
  %30 = getelementptr inbounds float, ptr %9, i64 %i
  %31 = load float, ptr %30, align 4, !alias.scope !31, !noalias !29
  %32 = fadd float %29, %31
  %33 = getelementptr inbounds float, ptr %11, i64 %i
  %34 = load float, ptr %33, align 4, !alias.scope !33, !noalias !29
  %35 = fsub float %32, %34
  %36 = fmul float %35, %35
  %37 = sub i64 %i, 0
  %38 = getelementptr inbounds float, ptr %5, i64 %37
  store float %36, ptr %38, align 4
  br label %latch

latch:                                            ; preds = %body
  %39 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !35

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
  store float %88, ptr %89, align 4, !alias.scope !29
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6) #0 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [4 x ptr], align 8
  %12 = call i32 @ftc_rt_alloc(ptr %7, i64 128)
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %12, %entry ], [ %20, %ok ], [ %27, %ok1 ], [ %34, %ok2 ], [ %41, %ok3 ]
  %14 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %14)
  ret i32 %status

ok:                                               ; preds = %entry
  %15 = load ptr, ptr %7, align 8
  %16 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %4, ptr %16, align 8
  %17 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %0, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %15, i64 0
  %19 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %18, ptr %19, align 8
  %20 = call i32 @loss.k0(ptr %8, i64 0, i64 1)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %22 = getelementptr inbounds i8, ptr %15, i64 0
  %23 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %15, i64 64
  %26 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %25, ptr %26, align 8
  %27 = call i32 @loss.k1(ptr %9, i64 0, i64 16)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %29 = getelementptr inbounds i8, ptr %15, i64 64
  %30 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %15, i64 0
  %33 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %32, ptr %33, align 8
  %34 = call i32 @loss.k2(ptr %10, i64 0, i64 1)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %36 = getelementptr inbounds i8, ptr %15, i64 0
  %37 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %3, ptr %38, align 8
  %39 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %5, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %6, ptr %40, align 8
  %41 = call i32 @loss.k3(ptr %11, i64 0, i64 1)
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %43 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %43)
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
  br label %start

start:                                            ; preds = %entry
  %7 = getelementptr inbounds ptr, ptr %0, i64 0
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 1
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 2
  %12 = load ptr, ptr %11, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %14, %latch ]
  %13 = icmp slt i64 %i, 1
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %14 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %24, %latch3 ]
  %15 = icmp slt i64 %i5, 8
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %16 = mul nsw i64 %i5, 4
  %17 = mul nsw i64 %i, 128
  %18 = mul nsw i64 %i, 64
  %19 = mul nsw i64 %i, 512
  %20 = add nsw i64 %16, 0
  %21 = add nsw i64 %16, 1
  %22 = add nsw i64 %16, 2
  %23 = add nsw i64 %16, 3
  br label %loop6

latch3:                                           ; preds = %exit9
  %24 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %27, %latch8 ]
  %25 = icmp slt i64 %i10, 2
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = mul nsw i64 %i10, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %27 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %74, %latch13 ]
  %28 = icmp slt i64 %i15, 4
  br i1 %28, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %29 = load <8 x float>, ptr %3, align 4
  %30 = load <8 x float>, ptr %4, align 4
  %31 = load <8 x float>, ptr %5, align 4
  %32 = load <8 x float>, ptr %6, align 4
  %33 = mul nsw i64 %i15, 16
  %34 = add nsw i64 %33, %26
  %35 = add nsw i64 %18, %34
  %36 = getelementptr inbounds float, ptr %10, i64 %35
  %37 = load <8 x float>, ptr %36, align 4, !alias.scope !38, !noalias !41
  %38 = mul nsw i64 %20, 4
  %39 = add nsw i64 %38, %i15
  %40 = add nsw i64 %17, %39
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4, !alias.scope !43, !noalias !41
  %43 = insertelement <8 x float> poison, float %42, i32 0
  %44 = shufflevector <8 x float> %43, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = fmul contract <8 x float> %44, %37
  %46 = fadd contract <8 x float> %29, %45
  %47 = mul nsw i64 %21, 4
  %48 = add nsw i64 %47, %i15
  %49 = add nsw i64 %17, %48
  %50 = getelementptr inbounds float, ptr %8, i64 %49
  %51 = load float, ptr %50, align 4, !alias.scope !43, !noalias !41
  %52 = insertelement <8 x float> poison, float %51, i32 0
  %53 = shufflevector <8 x float> %52, <8 x float> poison, <8 x i32> zeroinitializer
  %54 = fmul contract <8 x float> %53, %37
  %55 = fadd contract <8 x float> %30, %54
  %56 = mul nsw i64 %22, 4
  %57 = add nsw i64 %56, %i15
  %58 = add nsw i64 %17, %57
  %59 = getelementptr inbounds float, ptr %8, i64 %58
  %60 = load float, ptr %59, align 4, !alias.scope !43, !noalias !41
  %61 = insertelement <8 x float> poison, float %60, i32 0
  %62 = shufflevector <8 x float> %61, <8 x float> poison, <8 x i32> zeroinitializer
  %63 = fmul contract <8 x float> %62, %37
  %64 = fadd contract <8 x float> %31, %63
  %65 = mul nsw i64 %23, 4
  %66 = add nsw i64 %65, %i15
  %67 = add nsw i64 %17, %66
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  %69 = load float, ptr %68, align 4, !alias.scope !43, !noalias !41
  %70 = insertelement <8 x float> poison, float %69, i32 0
  %71 = shufflevector <8 x float> %70, <8 x float> poison, <8 x i32> zeroinitializer
  %72 = fmul contract <8 x float> %71, %37
  %73 = fadd contract <8 x float> %32, %72
  store <8 x float> %46, ptr %3, align 4
  store <8 x float> %55, ptr %4, align 4
  store <8 x float> %64, ptr %5, align 4
  store <8 x float> %73, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %74 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %75 = load <8 x float>, ptr %3, align 4
  %76 = load <8 x float>, ptr %4, align 4
  %77 = load <8 x float>, ptr %5, align 4
  %78 = load <8 x float>, ptr %6, align 4
  %79 = mul nsw i64 %20, 16
  %80 = add nsw i64 %79, %26
  %81 = add nsw i64 %19, %80
  %82 = getelementptr inbounds float, ptr %12, i64 %81
  store <8 x float> %75, ptr %82, align 4, !alias.scope !41
  %83 = mul nsw i64 %21, 16
  %84 = add nsw i64 %83, %26
  %85 = add nsw i64 %19, %84
  %86 = getelementptr inbounds float, ptr %12, i64 %85
  store <8 x float> %76, ptr %86, align 4, !alias.scope !41
  %87 = mul nsw i64 %22, 16
  %88 = add nsw i64 %87, %26
  %89 = add nsw i64 %19, %88
  %90 = getelementptr inbounds float, ptr %12, i64 %89
  store <8 x float> %77, ptr %90, align 4, !alias.scope !41
  %91 = mul nsw i64 %23, 16
  %92 = add nsw i64 %91, %26
  %93 = add nsw i64 %19, %92
  %94 = getelementptr inbounds float, ptr %12, i64 %93
  store <8 x float> %78, ptr %94, align 4, !alias.scope !41
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @per_sample.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %23, %latch3 ]
  %11 = icmp slt i64 %i5, 16
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 16
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4, !alias.scope !45, !noalias !48
  %16 = getelementptr inbounds float, ptr %6, i64 %i5
  %17 = load float, ptr %16, align 4, !alias.scope !50, !noalias !48
  %18 = fadd float %15, %17
  %19 = call float @tanhf(float %18) #2
  %20 = mul nsw i64 %i, 16
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %8, i64 %21
  store float %19, ptr %22, align 4, !alias.scope !48
  br label %latch3

latch3:                                           ; preds = %body2
  %23 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !52

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @per_sample.k2(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <2 x float>, align 16
  %4 = alloca <2 x float>, align 16
  %5 = alloca <2 x float>, align 16
  %6 = alloca <2 x float>, align 16
  %7 = alloca float, align 16
  %8 = alloca float, align 16
  %9 = alloca float, align 16
  %10 = alloca float, align 16
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
  %i = phi i64 [ 0, %start ], [ %18, %latch ]
  %17 = icmp slt i64 %i, 1
  br i1 %17, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %18 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %28, %latch3 ]
  %19 = icmp slt i64 %i5, 8
  br i1 %19, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %20 = mul nsw i64 %i5, 4
  %21 = mul nsw i64 %i, 512
  %22 = mul nsw i64 %i, 48
  %23 = mul nsw i64 %i, 96
  %24 = add nsw i64 %20, 0
  %25 = add nsw i64 %20, 1
  %26 = add nsw i64 %20, 2
  %27 = add nsw i64 %20, 3
  br label %loop6

latch3:                                           ; preds = %exit19
  %28 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %31, %latch8 ]
  %29 = icmp slt i64 %i10, 1
  br i1 %29, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %30 = mul nsw i64 %i10, 2
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <2 x float> <float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %31 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop16

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %78, %latch13 ]
  %32 = icmp slt i64 %i15, 16
  br i1 %32, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %33 = load <2 x float>, ptr %3, align 4
  %34 = load <2 x float>, ptr %4, align 4
  %35 = load <2 x float>, ptr %5, align 4
  %36 = load <2 x float>, ptr %6, align 4
  %37 = mul nsw i64 %i15, 3
  %38 = add nsw i64 %37, %30
  %39 = add nsw i64 %22, %38
  %40 = getelementptr inbounds float, ptr %14, i64 %39
  %41 = load <2 x float>, ptr %40, align 4, !alias.scope !53, !noalias !56
  %42 = mul nsw i64 %24, 16
  %43 = add nsw i64 %42, %i15
  %44 = add nsw i64 %21, %43
  %45 = getelementptr inbounds float, ptr %12, i64 %44
  %46 = load float, ptr %45, align 4, !alias.scope !58, !noalias !56
  %47 = insertelement <2 x float> poison, float %46, i32 0
  %48 = shufflevector <2 x float> %47, <2 x float> poison, <2 x i32> zeroinitializer
  %49 = fmul contract <2 x float> %48, %41
  %50 = fadd contract <2 x float> %33, %49
  %51 = mul nsw i64 %25, 16
  %52 = add nsw i64 %51, %i15
  %53 = add nsw i64 %21, %52
  %54 = getelementptr inbounds float, ptr %12, i64 %53
  %55 = load float, ptr %54, align 4, !alias.scope !58, !noalias !56
  %56 = insertelement <2 x float> poison, float %55, i32 0
  %57 = shufflevector <2 x float> %56, <2 x float> poison, <2 x i32> zeroinitializer
  %58 = fmul contract <2 x float> %57, %41
  %59 = fadd contract <2 x float> %34, %58
  %60 = mul nsw i64 %26, 16
  %61 = add nsw i64 %60, %i15
  %62 = add nsw i64 %21, %61
  %63 = getelementptr inbounds float, ptr %12, i64 %62
  %64 = load float, ptr %63, align 4, !alias.scope !58, !noalias !56
  %65 = insertelement <2 x float> poison, float %64, i32 0
  %66 = shufflevector <2 x float> %65, <2 x float> poison, <2 x i32> zeroinitializer
  %67 = fmul contract <2 x float> %66, %41
  %68 = fadd contract <2 x float> %35, %67
  %69 = mul nsw i64 %27, 16
  %70 = add nsw i64 %69, %i15
  %71 = add nsw i64 %21, %70
  %72 = getelementptr inbounds float, ptr %12, i64 %71
  %73 = load float, ptr %72, align 4, !alias.scope !58, !noalias !56
  %74 = insertelement <2 x float> poison, float %73, i32 0
  %75 = shufflevector <2 x float> %74, <2 x float> poison, <2 x i32> zeroinitializer
  %76 = fmul contract <2 x float> %75, %41
  %77 = fadd contract <2 x float> %36, %76
  store <2 x float> %50, ptr %3, align 4
  store <2 x float> %59, ptr %4, align 4
  store <2 x float> %68, ptr %5, align 4
  store <2 x float> %77, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %78 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %79 = load <2 x float>, ptr %3, align 4
  %80 = load <2 x float>, ptr %4, align 4
  %81 = load <2 x float>, ptr %5, align 4
  %82 = load <2 x float>, ptr %6, align 4
  %83 = mul nsw i64 %24, 3
  %84 = add nsw i64 %83, %30
  %85 = add nsw i64 %23, %84
  %86 = getelementptr inbounds float, ptr %16, i64 %85
  store <2 x float> %79, ptr %86, align 4, !alias.scope !56
  %87 = mul nsw i64 %25, 3
  %88 = add nsw i64 %87, %30
  %89 = add nsw i64 %23, %88
  %90 = getelementptr inbounds float, ptr %16, i64 %89
  store <2 x float> %80, ptr %90, align 4, !alias.scope !56
  %91 = mul nsw i64 %26, 3
  %92 = add nsw i64 %91, %30
  %93 = add nsw i64 %23, %92
  %94 = getelementptr inbounds float, ptr %16, i64 %93
  store <2 x float> %81, ptr %94, align 4, !alias.scope !56
  %95 = mul nsw i64 %27, 3
  %96 = add nsw i64 %95, %30
  %97 = add nsw i64 %23, %96
  %98 = getelementptr inbounds float, ptr %16, i64 %97
  store <2 x float> %82, ptr %98, align 4, !alias.scope !56
  br label %latch8

loop16:                                           ; preds = %latch18, %exit9
  %i20 = phi i64 [ 2, %exit9 ], [ %100, %latch18 ]
  %99 = icmp slt i64 %i20, 3
  br i1 %99, label %body17, label %exit19

body17:                                           ; preds = %loop16
  store float -0.000000e+00, ptr %7, align 4
  store float -0.000000e+00, ptr %8, align 4
  store float -0.000000e+00, ptr %9, align 4
  store float -0.000000e+00, ptr %10, align 4
  br label %loop21

latch18:                                          ; preds = %exit24
  %100 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !60

exit19:                                           ; preds = %loop16
  br label %latch3

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %139, %latch23 ]
  %101 = icmp slt i64 %i25, 16
  br i1 %101, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %102 = load float, ptr %7, align 4
  %103 = load float, ptr %8, align 4
  %104 = load float, ptr %9, align 4
  %105 = load float, ptr %10, align 4
  %106 = mul nsw i64 %i25, 3
  %107 = add nsw i64 %106, %i20
  %108 = add nsw i64 %22, %107
  %109 = getelementptr inbounds float, ptr %14, i64 %108
  %110 = load float, ptr %109, align 4, !alias.scope !53, !noalias !56
  %111 = mul nsw i64 %24, 16
  %112 = add nsw i64 %111, %i25
  %113 = add nsw i64 %21, %112
  %114 = getelementptr inbounds float, ptr %12, i64 %113
  %115 = load float, ptr %114, align 4, !alias.scope !58, !noalias !56
  %116 = fmul contract float %115, %110
  %117 = fadd contract float %102, %116
  %118 = mul nsw i64 %25, 16
  %119 = add nsw i64 %118, %i25
  %120 = add nsw i64 %21, %119
  %121 = getelementptr inbounds float, ptr %12, i64 %120
  %122 = load float, ptr %121, align 4, !alias.scope !58, !noalias !56
  %123 = fmul contract float %122, %110
  %124 = fadd contract float %103, %123
  %125 = mul nsw i64 %26, 16
  %126 = add nsw i64 %125, %i25
  %127 = add nsw i64 %21, %126
  %128 = getelementptr inbounds float, ptr %12, i64 %127
  %129 = load float, ptr %128, align 4, !alias.scope !58, !noalias !56
  %130 = fmul contract float %129, %110
  %131 = fadd contract float %104, %130
  %132 = mul nsw i64 %27, 16
  %133 = add nsw i64 %132, %i25
  %134 = add nsw i64 %21, %133
  %135 = getelementptr inbounds float, ptr %12, i64 %134
  %136 = load float, ptr %135, align 4, !alias.scope !58, !noalias !56
  %137 = fmul contract float %136, %110
  %138 = fadd contract float %105, %137
  store float %117, ptr %7, align 4
  store float %124, ptr %8, align 4
  store float %131, ptr %9, align 4
  store float %138, ptr %10, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %139 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %140 = load float, ptr %7, align 4
  %141 = load float, ptr %8, align 4
  %142 = load float, ptr %9, align 4
  %143 = load float, ptr %10, align 4
  %144 = mul nsw i64 %24, 3
  %145 = add nsw i64 %144, %i20
  %146 = add nsw i64 %23, %145
  %147 = getelementptr inbounds float, ptr %16, i64 %146
  store float %140, ptr %147, align 4, !alias.scope !56
  %148 = mul nsw i64 %25, 3
  %149 = add nsw i64 %148, %i20
  %150 = add nsw i64 %23, %149
  %151 = getelementptr inbounds float, ptr %16, i64 %150
  store float %141, ptr %151, align 4, !alias.scope !56
  %152 = mul nsw i64 %26, 3
  %153 = add nsw i64 %152, %i20
  %154 = add nsw i64 %23, %153
  %155 = getelementptr inbounds float, ptr %16, i64 %154
  store float %142, ptr %155, align 4, !alias.scope !56
  %156 = mul nsw i64 %27, 3
  %157 = add nsw i64 %156, %i20
  %158 = add nsw i64 %23, %157
  %159 = getelementptr inbounds float, ptr %16, i64 %158
  store float %143, ptr %159, align 4, !alias.scope !56
  br label %latch18
}

; Function Attrs: nounwind
define internal i32 @per_sample.k3(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 3
  %10 = load ptr, ptr %9, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %30, %latch3 ]
  %13 = icmp slt i64 %i5, 3
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 3
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %4, i64 %15
  %17 = load float, ptr %16, align 4, !alias.scope !61, !noalias !64
  %18 = getelementptr inbounds float, ptr %6, i64 %i5
  %19 = load float, ptr %18, align 4, !alias.scope !66, !noalias !64
  %20 = fadd float %17, %19
  %21 = mul nsw i64 %i, 3
  %22 = add nsw i64 %21, %i5
  %23 = getelementptr inbounds float, ptr %8, i64 %22
  %24 = load float, ptr %23, align 4, !alias.scope !68, !noalias !64
  %25 = fsub float %20, %24
  %26 = fadd float %25, %25
  %27 = mul nsw i64 %i, 3
  %28 = add nsw i64 %27, %i5
  %29 = getelementptr inbounds float, ptr %10, i64 %28
  store float %26, ptr %29, align 4, !alias.scope !64
  br label %latch3

latch3:                                           ; preds = %body2
  %30 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !70

exit4:                                            ; preds = %loop1
  br label %latch
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
  %17 = load float, ptr %16, align 4, !alias.scope !71, !noalias !74
  %18 = mul nsw i64 %i, 3
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds float, ptr %6, i64 %19
  %21 = load float, ptr %20, align 4, !alias.scope !76, !noalias !74
  %22 = fmul float %17, %21
  %23 = mul nsw i64 %i, 48
  %24 = mul nsw i64 %i5, 3
  %25 = add nsw i64 %23, %24
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %22, ptr %27, align 4, !alias.scope !74
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !78

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @per_sample.k5(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 2
  %9 = load ptr, ptr %8, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %11, %latch ]
  %10 = icmp slt i64 %i, 1
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %11 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %13, %latch3 ]
  %12 = icmp slt i64 %i5, 32
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %13 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %15, %latch8 ]
  %14 = icmp slt i64 %i10, 16
  br i1 %14, label %body7, label %exit9

body7:                                            ; preds = %loop6
  store float -0.000000e+00, ptr %3, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %15 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %32, %latch13 ]
  %16 = icmp slt i64 %i15, 3
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 3
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i, 96
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %i, 48
  %22 = mul nsw i64 %i10, 3
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %21, %23
  %25 = getelementptr inbounds float, ptr %5, i64 %20
  %26 = load float, ptr %25, align 4, !alias.scope !79, !noalias !82
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4, !alias.scope !84, !noalias !82
  %29 = load float, ptr %3, align 4
  %30 = fmul reassoc contract float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !86

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 512
  %34 = mul nsw i64 %i5, 16
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !82
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @per_sample.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %18, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !87, !noalias !90
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !92, !noalias !90
  %14 = fmul float %13, %13
  %15 = fsub float 1.000000e+00, %14
  %16 = fmul float %11, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  store float %16, ptr %17, align 4, !alias.scope !90
  br label %latch

latch:                                            ; preds = %body
  %18 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !94

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @per_sample.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  %17 = load float, ptr %16, align 4, !alias.scope !95, !noalias !98
  %18 = mul nsw i64 %i, 16
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds float, ptr %6, i64 %19
  %21 = load float, ptr %20, align 4, !alias.scope !100, !noalias !98
  %22 = fmul float %17, %21
  %23 = mul nsw i64 %i, 64
  %24 = mul nsw i64 %i5, 16
  %25 = add nsw i64 %23, %24
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %8, i64 %26
  store float %22, ptr %27, align 4, !alias.scope !98
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !102

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define i32 @per_sample(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9) #0 {
entry:
  %10 = alloca ptr, align 8
  store ptr null, ptr %10, align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [3 x ptr], align 8
  %14 = alloca [4 x ptr], align 8
  %15 = alloca [3 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = call i32 @ftc_rt_alloc(ptr %10, i64 4096)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok

fail:                                             ; preds = %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %19, %entry ], [ %27, %ok ], [ %34, %ok1 ], [ %41, %ok2 ], [ %48, %ok3 ], [ %54, %ok4 ], [ %60, %ok5 ], [ %67, %ok6 ], [ %72, %ok7 ]
  %21 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %21)
  ret i32 %status

ok:                                               ; preds = %entry
  %22 = load ptr, ptr %10, align 8
  %23 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %4, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %0, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %22, i64 0
  %26 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %25, ptr %26, align 8
  %27 = call i32 @per_sample.k0(ptr %11, i64 0, i64 1)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %29 = getelementptr inbounds i8, ptr %22, i64 0
  %30 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %1, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %22, i64 2048
  %33 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %32, ptr %33, align 8
  %34 = call i32 @per_sample.k1(ptr %12, i64 0, i64 32)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %36 = getelementptr inbounds i8, ptr %22, i64 2048
  %37 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %2, ptr %38, align 8
  %39 = getelementptr inbounds i8, ptr %22, i64 0
  %40 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %39, ptr %40, align 8
  %41 = call i32 @per_sample.k2(ptr %13, i64 0, i64 1)
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %43 = getelementptr inbounds i8, ptr %22, i64 0
  %44 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %43, ptr %44, align 8
  %45 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %3, ptr %45, align 8
  %46 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %5, ptr %46, align 8
  %47 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %9, ptr %47, align 8
  %48 = call i32 @per_sample.k3(ptr %14, i64 0, i64 32)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %50 = getelementptr inbounds i8, ptr %22, i64 2048
  %51 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %50, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %9, ptr %52, align 8
  %53 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %8, ptr %53, align 8
  %54 = call i32 @per_sample.k4(ptr %15, i64 0, i64 32)
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %56 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %9, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %2, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %22, i64 0
  %59 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %58, ptr %59, align 8
  %60 = call i32 @per_sample.k5(ptr %16, i64 0, i64 1)
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %62 = getelementptr inbounds i8, ptr %22, i64 0
  %63 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %22, i64 2048
  %65 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %7, ptr %66, align 8
  %67 = call i32 @per_sample.k6(ptr %17, i64 0, i64 512)
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %69 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %4, ptr %69, align 8
  %70 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %7, ptr %70, align 8
  %71 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %6, ptr %71, align 8
  %72 = call i32 @per_sample.k7(ptr %18, i64 0, i64 32)
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %74 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %74)
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
!4 = !{!"loss.k0.buffer2", !2}
!5 = !{!6}
!6 = !{!"loss.k0.buffer0", !2}
!7 = !{!8}
!8 = !{!"loss.k1.buffer0", !9}
!9 = !{!"loss.k1.buffers"}
!10 = !{!11}
!11 = !{!"loss.k1.buffer2", !9}
!12 = !{!13}
!13 = !{!"loss.k1.buffer1", !9}
!14 = distinct !{!14, !15, !16}
!15 = !{!"llvm.loop.vectorize.width", i32 8}
!16 = !{!"llvm.loop.unroll.disable"}
!17 = !{!18}
!18 = !{!"loss.k2.buffer1", !19}
!19 = !{!"loss.k2.buffers"}
!20 = !{!21}
!21 = !{!"loss.k2.buffer2", !19}
!22 = !{!23}
!23 = !{!"loss.k2.buffer0", !19}
!24 = distinct !{!24, !25, !16}
!25 = !{!"llvm.loop.vectorize.enable", i1 false}
!26 = !{!27}
!27 = !{!"loss.k3.buffer0", !28}
!28 = !{!"loss.k3.buffers"}
!29 = !{!30}
!30 = !{!"loss.k3.buffer3", !28}
!31 = !{!32}
!32 = !{!"loss.k3.buffer1", !28}
!33 = !{!34}
!34 = !{!"loss.k3.buffer2", !28}
!35 = distinct !{!35, !36, !37, !16}
!36 = !{!"llvm.loop.vectorize.enable", i1 true}
!37 = !{!"llvm.loop.vectorize.width", i32 16}
!38 = !{!39}
!39 = !{!"per_sample.k0.buffer1", !40}
!40 = !{!"per_sample.k0.buffers"}
!41 = !{!42}
!42 = !{!"per_sample.k0.buffer2", !40}
!43 = !{!44}
!44 = !{!"per_sample.k0.buffer0", !40}
!45 = !{!46}
!46 = !{!"per_sample.k1.buffer0", !47}
!47 = !{!"per_sample.k1.buffers"}
!48 = !{!49}
!49 = !{!"per_sample.k1.buffer2", !47}
!50 = !{!51}
!51 = !{!"per_sample.k1.buffer1", !47}
!52 = distinct !{!52, !15, !16}
!53 = !{!54}
!54 = !{!"per_sample.k2.buffer1", !55}
!55 = !{!"per_sample.k2.buffers"}
!56 = !{!57}
!57 = !{!"per_sample.k2.buffer2", !55}
!58 = !{!59}
!59 = !{!"per_sample.k2.buffer0", !55}
!60 = distinct !{!60, !25, !16}
!61 = !{!62}
!62 = !{!"per_sample.k3.buffer0", !63}
!63 = !{!"per_sample.k3.buffers"}
!64 = !{!65}
!65 = !{!"per_sample.k3.buffer3", !63}
!66 = !{!67}
!67 = !{!"per_sample.k3.buffer1", !63}
!68 = !{!69}
!69 = !{!"per_sample.k3.buffer2", !63}
!70 = distinct !{!70, !15, !16}
!71 = !{!72}
!72 = !{!"per_sample.k4.buffer0", !73}
!73 = !{!"per_sample.k4.buffers"}
!74 = !{!75}
!75 = !{!"per_sample.k4.buffer2", !73}
!76 = !{!77}
!77 = !{!"per_sample.k4.buffer1", !73}
!78 = distinct !{!78, !15, !16}
!79 = !{!80}
!80 = !{!"per_sample.k5.buffer0", !81}
!81 = !{!"per_sample.k5.buffers"}
!82 = !{!83}
!83 = !{!"per_sample.k5.buffer2", !81}
!84 = !{!85}
!85 = !{!"per_sample.k5.buffer1", !81}
!86 = distinct !{!86, !16}
!87 = !{!88}
!88 = !{!"per_sample.k6.buffer0", !89}
!89 = !{!"per_sample.k6.buffers"}
!90 = !{!91}
!91 = !{!"per_sample.k6.buffer2", !89}
!92 = !{!93}
!93 = !{!"per_sample.k6.buffer1", !89}
!94 = distinct !{!94, !15, !16}
!95 = !{!96}
!96 = !{!"per_sample.k7.buffer0", !97}
!97 = !{!"per_sample.k7.buffers"}
!98 = !{!99}
!99 = !{!"per_sample.k7.buffer2", !97}
!100 = !{!101}
!101 = !{!"per_sample.k7.buffer1", !97}
!102 = distinct !{!102, !15, !16}
