; ModuleID = 'embedding'
source_filename = "embedding"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [2 x ptr] [ptr @_ZGVdN8v_expf, ptr @_ZGVdN8v_logf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [1228 x i8] c"{\22module\22: \22embedding\22, \22functions\22: [{\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22emb\22, \22dtype\22: \22f32\22, \22shape\22: [20, 8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22b\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22tokens\22, \22dtype\22: \22i32\22, \22shape\22: [6]}, {\22name\22: \22label\22, \22dtype\22: \22i32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22losses\22, \22symbol\22: \22losses\22, \22inputs\22: [{\22name\22: \22emb\22, \22dtype\22: \22f32\22, \22shape\22: [20, 8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22b\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22tokens\22, \22dtype\22: \22i32\22, \22shape\22: [16, 6]}, {\22name\22: \22label\22, \22dtype\22: \22i32\22, \22shape\22: [16]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: [16]}]}, {\22name\22: \22per_sample\22, \22symbol\22: \22per_sample\22, \22inputs\22: [{\22name\22: \22emb\22, \22dtype\22: \22f32\22, \22shape\22: [20, 8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8, 4]}, {\22name\22: \22b\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22tokens\22, \22dtype\22: \22i32\22, \22shape\22: [16, 6]}, {\22name\22: \22label\22, \22dtype\22: \22i32\22, \22shape\22: [16]}], \22outputs\22: [{\22name\22: \22d_emb\22, \22dtype\22: \22f32\22, \22shape\22: [16, 20, 8]}, {\22name\22: \22d_w\22, \22dtype\22: \22f32\22, \22shape\22: [16, 8, 4]}, {\22name\22: \22d_b\22, \22dtype\22: \22f32\22, \22shape\22: [16, 4]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @loss.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [256 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 2
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds float, ptr %3, i64 128
  br label %loop

planes.done:                                      ; preds = %exit
  ret i32 0

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %17, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = urem i64 %i, 1
  %13 = mul nsw i64 %12, 8
  %14 = sub i64 8, %13
  %15 = icmp slt i64 %14, 8
  %16 = select i1 %15, i64 %14, i64 8
  br label %loop1

latch:                                            ; preds = %exit64
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !0

exit:                                             ; preds = %loop
  br label %planes.done

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %19, %latch3 ]
  %18 = icmp slt i64 %i5, 6
  br i1 %18, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %19 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !3

exit4:                                            ; preds = %loop1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %37, %latch8 ]
  %20 = icmp slt i64 %i10, %16
  br i1 %20, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %21 = add nsw i64 0, %i5
  %22 = add nsw i64 %13, %i10
  %23 = getelementptr inbounds i32, ptr %7, i64 %21
  %24 = load i32, ptr %23, align 4, !alias.scope !4, !noalias !7
  %25 = sext i32 %24 to i64
  %26 = icmp slt i64 %25, 0
  %27 = select i1 %26, i64 0, i64 %25
  %28 = icmp sgt i64 %27, 19
  %29 = select i1 %28, i64 19, i64 %27
  %30 = mul nsw i64 %29, 8
  %31 = add nsw i64 %30, %22
  %32 = getelementptr inbounds float, ptr %5, i64 %31
  %33 = load float, ptr %32, align 4, !alias.scope !9, !noalias !7
  %34 = mul nsw i64 %i5, 8
  %35 = add nsw i64 %34, %i10
  %36 = getelementptr inbounds float, ptr %10, i64 %35
  store float %33, ptr %36, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %37 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !11

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ 6, %exit4 ], [ %39, %latch13 ]
  %38 = icmp slt i64 %i15, 16
  br i1 %38, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %39 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !13

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %44, %latch18 ]
  %40 = icmp slt i64 %i20, %16
  br i1 %40, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %41 = mul nsw i64 %i15, 8
  %42 = add nsw i64 %41, %i20
  %43 = getelementptr inbounds float, ptr %10, i64 %42
  store float -0.000000e+00, ptr %43, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %44 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !14

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %46, %latch23 ]
  %45 = icmp slt i64 %i25, 8
  br i1 %45, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %46 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !15

exit24:                                           ; preds = %loop21
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %61, %latch28 ]
  %47 = icmp slt i64 %i30, %16
  br i1 %47, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %48 = mul nsw i64 %i25, 8
  %49 = add nsw i64 %48, %i30
  %50 = getelementptr inbounds float, ptr %10, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = add nsw i64 %i25, 8
  %53 = mul nsw i64 %52, 8
  %54 = add nsw i64 %53, %i30
  %55 = getelementptr inbounds float, ptr %10, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = fadd float %51, %56
  %58 = mul nsw i64 %i25, 8
  %59 = add nsw i64 %58, %i30
  %60 = getelementptr inbounds float, ptr %10, i64 %59
  store float %57, ptr %60, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %61 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !16

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ 0, %exit24 ], [ %63, %latch33 ]
  %62 = icmp slt i64 %i35, 4
  br i1 %62, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %63 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !17

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %78, %latch38 ]
  %64 = icmp slt i64 %i40, %16
  br i1 %64, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %65 = mul nsw i64 %i35, 8
  %66 = add nsw i64 %65, %i40
  %67 = getelementptr inbounds float, ptr %10, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = add nsw i64 %i35, 4
  %70 = mul nsw i64 %69, 8
  %71 = add nsw i64 %70, %i40
  %72 = getelementptr inbounds float, ptr %10, i64 %71
  %73 = load float, ptr %72, align 4
  %74 = fadd float %68, %73
  %75 = mul nsw i64 %i35, 8
  %76 = add nsw i64 %75, %i40
  %77 = getelementptr inbounds float, ptr %10, i64 %76
  store float %74, ptr %77, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %78 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !18

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 0, %exit34 ], [ %80, %latch43 ]
  %79 = icmp slt i64 %i45, 2
  br i1 %79, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %80 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !19

exit44:                                           ; preds = %loop41
  br label %loop51

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %95, %latch48 ]
  %81 = icmp slt i64 %i50, %16
  br i1 %81, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %82 = mul nsw i64 %i45, 8
  %83 = add nsw i64 %82, %i50
  %84 = getelementptr inbounds float, ptr %10, i64 %83
  %85 = load float, ptr %84, align 4
  %86 = add nsw i64 %i45, 2
  %87 = mul nsw i64 %86, 8
  %88 = add nsw i64 %87, %i50
  %89 = getelementptr inbounds float, ptr %10, i64 %88
  %90 = load float, ptr %89, align 4
  %91 = fadd float %85, %90
  %92 = mul nsw i64 %i45, 8
  %93 = add nsw i64 %92, %i50
  %94 = getelementptr inbounds float, ptr %10, i64 %93
  store float %91, ptr %94, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %95 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !20

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %exit44
  %i55 = phi i64 [ 0, %exit44 ], [ %97, %latch53 ]
  %96 = icmp slt i64 %i55, 1
  br i1 %96, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %97 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !21

exit54:                                           ; preds = %loop51
  br label %loop61

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %112, %latch58 ]
  %98 = icmp slt i64 %i60, %16
  br i1 %98, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %99 = mul nsw i64 %i55, 8
  %100 = add nsw i64 %99, %i60
  %101 = getelementptr inbounds float, ptr %10, i64 %100
  %102 = load float, ptr %101, align 4
  %103 = add nsw i64 %i55, 1
  %104 = mul nsw i64 %103, 8
  %105 = add nsw i64 %104, %i60
  %106 = getelementptr inbounds float, ptr %10, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = fadd float %102, %107
  %109 = mul nsw i64 %i55, 8
  %110 = add nsw i64 %109, %i60
  %111 = getelementptr inbounds float, ptr %10, i64 %110
  store float %108, ptr %111, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %112 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !22

exit59:                                           ; preds = %loop56
  br label %latch53

loop61:                                           ; preds = %latch63, %exit54
  %i65 = phi i64 [ 0, %exit54 ], [ %119, %latch63 ]
  %113 = icmp slt i64 %i65, %16
  br i1 %113, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %114 = add nsw i64 %13, %i65
  %115 = add nsw i64 0, %i65
  %116 = getelementptr inbounds float, ptr %10, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = getelementptr inbounds float, ptr %9, i64 %114
  store float %117, ptr %118, align 4, !alias.scope !7
  br label %latch63

latch63:                                          ; preds = %body62
  %119 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !23

exit64:                                           ; preds = %loop61
  br label %latch
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

; Function Attrs: nounwind
define internal i32 @loss.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !24, !noalias !27
  %10 = fdiv float %9, 6.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !27
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !29

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k2(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <4 x float>, align 16
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
  %13 = mul nsw i64 %i, 8
  %14 = mul nsw i64 %i, 32
  %15 = mul nsw i64 %i, 4
  %16 = add nsw i64 %i5, 0
  br label %loop6

latch3:                                           ; preds = %exit9
  %17 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %20, %latch8 ]
  %18 = icmp slt i64 %i10, 1
  br i1 %18, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %19 = mul nsw i64 %i10, 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %20 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %37, %latch13 ]
  %21 = icmp slt i64 %i15, 8
  br i1 %21, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %22 = load <4 x float>, ptr %3, align 4
  %23 = mul nsw i64 %i15, 4
  %24 = add nsw i64 %23, %19
  %25 = add nsw i64 %14, %24
  %26 = getelementptr inbounds float, ptr %7, i64 %25
  %27 = load <4 x float>, ptr %26, align 4, !alias.scope !31, !noalias !34
  %28 = mul nsw i64 %16, 8
  %29 = add nsw i64 %28, %i15
  %30 = add nsw i64 %13, %29
  %31 = getelementptr inbounds float, ptr %5, i64 %30
  %32 = load float, ptr %31, align 4, !alias.scope !36, !noalias !34
  %33 = insertelement <4 x float> poison, float %32, i32 0
  %34 = shufflevector <4 x float> %33, <4 x float> poison, <4 x i32> zeroinitializer
  %35 = fmul contract <4 x float> %34, %27
  %36 = fadd contract <4 x float> %22, %35
  store <4 x float> %36, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %37 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %38 = load <4 x float>, ptr %3, align 4
  %39 = mul nsw i64 %16, 4
  %40 = add nsw i64 %39, %19
  %41 = add nsw i64 %15, %40
  %42 = getelementptr inbounds float, ptr %9, i64 %41
  store <4 x float> %38, ptr %42, align 4, !alias.scope !34
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @loss.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %16, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !38, !noalias !41
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !43, !noalias !41
  %14 = fadd float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !41
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !45

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k4(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  store float 0xFFF0000000000000, ptr %3, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %13, %latch ]
  %8 = icmp slt i64 %i, 4
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  %9 = load float, ptr %3, align 4
  %10 = getelementptr inbounds float, ptr %5, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !46, !noalias !49
  %12 = call float @llvm.maximum.f32(float %9, float %11)
  store float %12, ptr %3, align 4
  br label %latch

latch:                                            ; preds = %body
  %13 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !51

exit:                                             ; preds = %loop
  %14 = load float, ptr %3, align 4
  %15 = getelementptr inbounds float, ptr %7, i64 0
  store float %14, ptr %15, align 4, !alias.scope !49
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind
define internal i32 @loss.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %16, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !53, !noalias !56
  %12 = getelementptr inbounds float, ptr %6, i64 0
  %13 = load float, ptr %12, align 4, !alias.scope !58, !noalias !56
  %14 = fsub float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !56
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !60

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = getelementptr inbounds float, ptr %5, i64 4
  store float -0.000000e+00, ptr %10, align 4
  %11 = getelementptr inbounds float, ptr %5, i64 5
  store float -0.000000e+00, ptr %11, align 4
  %12 = getelementptr inbounds float, ptr %5, i64 6
  store float -0.000000e+00, ptr %12, align 4
  %13 = getelementptr inbounds float, ptr %5, i64 7
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %5, i64 8
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %5, i64 9
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %5, i64 10
  store float -0.000000e+00, ptr %16, align 4
  %17 = getelementptr inbounds float, ptr %5, i64 11
  store float -0.000000e+00, ptr %17, align 4
  %18 = getelementptr inbounds float, ptr %5, i64 12
  store float -0.000000e+00, ptr %18, align 4
  %19 = getelementptr inbounds float, ptr %5, i64 13
  store float -0.000000e+00, ptr %19, align 4
  %20 = getelementptr inbounds float, ptr %5, i64 14
  store float -0.000000e+00, ptr %20, align 4
  %21 = getelementptr inbounds float, ptr %5, i64 15
  store float -0.000000e+00, ptr %21, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %28, %latch ]
  %22 = icmp slt i64 %i, 4
  br i1 %22, label %body, label %exit

body:                                             ; preds = %loop
  %23 = getelementptr inbounds float, ptr %7, i64 %i
  %24 = load float, ptr %23, align 4, !alias.scope !61, !noalias !64
  %25 = call float @expf(float %24) #4
  %26 = sub i64 %i, 0
  %27 = getelementptr inbounds float, ptr %5, i64 %26
  store float %25, ptr %27, align 4
  br label %latch

latch:                                            ; preds = %body
  %28 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !66

exit:                                             ; preds = %loop
  %29 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %30 = load <16 x float>, ptr %29, align 4
  store <16 x float> %30, ptr %3, align 4
  %31 = getelementptr inbounds float, ptr %3, i64 0
  %32 = load float, ptr %31, align 4
  %33 = getelementptr inbounds float, ptr %3, i64 1
  %34 = load float, ptr %33, align 4
  %35 = getelementptr inbounds float, ptr %3, i64 2
  %36 = load float, ptr %35, align 4
  %37 = getelementptr inbounds float, ptr %3, i64 3
  %38 = load float, ptr %37, align 4
  %39 = getelementptr inbounds float, ptr %3, i64 4
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds float, ptr %3, i64 5
  %42 = load float, ptr %41, align 4
  %43 = getelementptr inbounds float, ptr %3, i64 6
  %44 = load float, ptr %43, align 4
  %45 = getelementptr inbounds float, ptr %3, i64 7
  %46 = load float, ptr %45, align 4
  %47 = getelementptr inbounds float, ptr %3, i64 8
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %3, i64 9
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %3, i64 10
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %3, i64 11
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %3, i64 12
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %3, i64 13
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %3, i64 14
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds float, ptr %3, i64 15
  %62 = load float, ptr %61, align 4
  %63 = fadd float %32, %48
  %64 = fadd float %34, %50
  %65 = fadd float %36, %52
  %66 = fadd float %38, %54
  %67 = fadd float %40, %56
  %68 = fadd float %42, %58
  %69 = fadd float %44, %60
  %70 = fadd float %46, %62
  %71 = fadd float %63, %67
  %72 = fadd float %64, %68
  %73 = fadd float %65, %69
  %74 = fadd float %66, %70
  %75 = fadd float %71, %73
  %76 = fadd float %72, %74
  %77 = fadd float %75, %76
  %78 = getelementptr inbounds float, ptr %9, i64 0
  store float %77, ptr %78, align 4, !alias.scope !64
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @expf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_expf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @loss.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !68, !noalias !71
  %10 = call float @logf(float %9) #5
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !71
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !73

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @logf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_logf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @loss.k8(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = getelementptr inbounds i32, ptr %8, i64 0
  %12 = load i32, ptr %11, align 4, !alias.scope !74, !noalias !77
  %13 = sext i32 %12 to i64
  %14 = icmp slt i64 %13, 0
  %15 = select i1 %14, i64 0, i64 %13
  %16 = icmp sgt i64 %15, 3
  %17 = select i1 %16, i64 3, i64 %15
  %18 = getelementptr inbounds float, ptr %4, i64 %17
  %19 = load float, ptr %18, align 4, !alias.scope !79, !noalias !77
  %20 = getelementptr inbounds float, ptr %6, i64 0
  %21 = load float, ptr %20, align 4, !alias.scope !81, !noalias !77
  %22 = fsub float %19, %21
  %23 = fneg float %22
  %24 = getelementptr inbounds float, ptr %10, i64 0
  store float %23, ptr %24, align 4, !alias.scope !77
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5) #0 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [2 x ptr], align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [2 x ptr], align 8
  %15 = alloca [4 x ptr], align 8
  %16 = call i32 @ftc_rt_alloc(ptr %6, i64 192)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok

fail:                                             ; preds = %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %16, %entry ], [ %24, %ok ], [ %30, %ok1 ], [ %37, %ok2 ], [ %44, %ok3 ], [ %50, %ok4 ], [ %58, %ok5 ], [ %64, %ok6 ], [ %70, %ok7 ], [ %78, %ok8 ]
  %18 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %18)
  ret i32 %status

ok:                                               ; preds = %entry
  %19 = load ptr, ptr %6, align 8
  %20 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %3, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %19, i64 0
  %23 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %22, ptr %23, align 8
  %24 = call i32 @loss.k0(ptr %7, i64 0, i64 1)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %26 = getelementptr inbounds i8, ptr %19, i64 0
  %27 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %19, i64 64
  %29 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %28, ptr %29, align 8
  %30 = call i32 @loss.k1(ptr %8, i64 0, i64 8)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %32 = getelementptr inbounds i8, ptr %19, i64 64
  %33 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %19, i64 0
  %36 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %35, ptr %36, align 8
  %37 = call i32 @loss.k2(ptr %9, i64 0, i64 1)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %39 = getelementptr inbounds i8, ptr %19, i64 0
  %40 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %39, ptr %40, align 8
  %41 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %19, i64 64
  %43 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %42, ptr %43, align 8
  %44 = call i32 @loss.k3(ptr %10, i64 0, i64 4)
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %46 = getelementptr inbounds i8, ptr %19, i64 64
  %47 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %46, ptr %47, align 8
  %48 = getelementptr inbounds i8, ptr %19, i64 0
  %49 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %48, ptr %49, align 8
  %50 = call i32 @loss.k4(ptr %11, i64 0, i64 1)
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %52 = getelementptr inbounds i8, ptr %19, i64 64
  %53 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %19, i64 0
  %55 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %54, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %19, i64 128
  %57 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %56, ptr %57, align 8
  %58 = call i32 @loss.k5(ptr %12, i64 0, i64 4)
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %60 = getelementptr inbounds i8, ptr %19, i64 128
  %61 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %19, i64 0
  %63 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %62, ptr %63, align 8
  %64 = call i32 @loss.k6(ptr %13, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %66 = getelementptr inbounds i8, ptr %19, i64 0
  %67 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %19, i64 64
  %69 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %68, ptr %69, align 8
  %70 = call i32 @loss.k7(ptr %14, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %72 = getelementptr inbounds i8, ptr %19, i64 128
  %73 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %19, i64 64
  %75 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %4, ptr %76, align 8
  %77 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %5, ptr %77, align 8
  %78 = call i32 @loss.k8(ptr %15, i64 0, i64 1)
  %79 = icmp ne i32 %78, 0
  br i1 %79, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %80 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %80)
  ret i32 0
}

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: noinline nounwind
define internal i32 @losses.k0(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = alloca [256 x float], align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 2
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds float, ptr %3, i64 128
  br label %loop

planes.done:                                      ; preds = %exit
  ret i32 0

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %18, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = udiv i64 %i, 1
  %13 = urem i64 %i, 1
  %14 = mul nsw i64 %13, 8
  %15 = sub i64 8, %14
  %16 = icmp slt i64 %15, 8
  %17 = select i1 %16, i64 %15, i64 8
  br label %loop1

latch:                                            ; preds = %exit64
  %18 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !83

exit:                                             ; preds = %loop
  br label %planes.done

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %20, %latch3 ]
  %19 = icmp slt i64 %i5, 6
  br i1 %19, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %20 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !84

exit4:                                            ; preds = %loop1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %40, %latch8 ]
  %21 = icmp slt i64 %i10, %17
  br i1 %21, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %22 = add nsw i64 0, %i5
  %23 = add nsw i64 %14, %i10
  %24 = mul nsw i64 %12, 6
  %25 = add nsw i64 %24, %22
  %26 = getelementptr inbounds i32, ptr %7, i64 %25
  %27 = load i32, ptr %26, align 4, !alias.scope !85, !noalias !88
  %28 = sext i32 %27 to i64
  %29 = icmp slt i64 %28, 0
  %30 = select i1 %29, i64 0, i64 %28
  %31 = icmp sgt i64 %30, 19
  %32 = select i1 %31, i64 19, i64 %30
  %33 = mul nsw i64 %32, 8
  %34 = add nsw i64 %33, %23
  %35 = getelementptr inbounds float, ptr %5, i64 %34
  %36 = load float, ptr %35, align 4, !alias.scope !90, !noalias !88
  %37 = mul nsw i64 %i5, 8
  %38 = add nsw i64 %37, %i10
  %39 = getelementptr inbounds float, ptr %10, i64 %38
  store float %36, ptr %39, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %40 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !92

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ 6, %exit4 ], [ %42, %latch13 ]
  %41 = icmp slt i64 %i15, 16
  br i1 %41, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %42 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !93

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %47, %latch18 ]
  %43 = icmp slt i64 %i20, %17
  br i1 %43, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %44 = mul nsw i64 %i15, 8
  %45 = add nsw i64 %44, %i20
  %46 = getelementptr inbounds float, ptr %10, i64 %45
  store float -0.000000e+00, ptr %46, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %47 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !94

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %49, %latch23 ]
  %48 = icmp slt i64 %i25, 8
  br i1 %48, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %49 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !95

exit24:                                           ; preds = %loop21
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %64, %latch28 ]
  %50 = icmp slt i64 %i30, %17
  br i1 %50, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %51 = mul nsw i64 %i25, 8
  %52 = add nsw i64 %51, %i30
  %53 = getelementptr inbounds float, ptr %10, i64 %52
  %54 = load float, ptr %53, align 4
  %55 = add nsw i64 %i25, 8
  %56 = mul nsw i64 %55, 8
  %57 = add nsw i64 %56, %i30
  %58 = getelementptr inbounds float, ptr %10, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = fadd float %54, %59
  %61 = mul nsw i64 %i25, 8
  %62 = add nsw i64 %61, %i30
  %63 = getelementptr inbounds float, ptr %10, i64 %62
  store float %60, ptr %63, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %64 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !96

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ 0, %exit24 ], [ %66, %latch33 ]
  %65 = icmp slt i64 %i35, 4
  br i1 %65, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %66 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !97

exit34:                                           ; preds = %loop31
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %81, %latch38 ]
  %67 = icmp slt i64 %i40, %17
  br i1 %67, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %68 = mul nsw i64 %i35, 8
  %69 = add nsw i64 %68, %i40
  %70 = getelementptr inbounds float, ptr %10, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = add nsw i64 %i35, 4
  %73 = mul nsw i64 %72, 8
  %74 = add nsw i64 %73, %i40
  %75 = getelementptr inbounds float, ptr %10, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = fadd float %71, %76
  %78 = mul nsw i64 %i35, 8
  %79 = add nsw i64 %78, %i40
  %80 = getelementptr inbounds float, ptr %10, i64 %79
  store float %77, ptr %80, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %81 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !98

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ 0, %exit34 ], [ %83, %latch43 ]
  %82 = icmp slt i64 %i45, 2
  br i1 %82, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %83 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !99

exit44:                                           ; preds = %loop41
  br label %loop51

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %98, %latch48 ]
  %84 = icmp slt i64 %i50, %17
  br i1 %84, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %85 = mul nsw i64 %i45, 8
  %86 = add nsw i64 %85, %i50
  %87 = getelementptr inbounds float, ptr %10, i64 %86
  %88 = load float, ptr %87, align 4
  %89 = add nsw i64 %i45, 2
  %90 = mul nsw i64 %89, 8
  %91 = add nsw i64 %90, %i50
  %92 = getelementptr inbounds float, ptr %10, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = fadd float %88, %93
  %95 = mul nsw i64 %i45, 8
  %96 = add nsw i64 %95, %i50
  %97 = getelementptr inbounds float, ptr %10, i64 %96
  store float %94, ptr %97, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %98 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !100

exit49:                                           ; preds = %loop46
  br label %latch43

loop51:                                           ; preds = %latch53, %exit44
  %i55 = phi i64 [ 0, %exit44 ], [ %100, %latch53 ]
  %99 = icmp slt i64 %i55, 1
  br i1 %99, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %100 = add nsw i64 %i55, 1
  br label %loop51, !llvm.loop !101

exit54:                                           ; preds = %loop51
  br label %loop61

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %115, %latch58 ]
  %101 = icmp slt i64 %i60, %17
  br i1 %101, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %102 = mul nsw i64 %i55, 8
  %103 = add nsw i64 %102, %i60
  %104 = getelementptr inbounds float, ptr %10, i64 %103
  %105 = load float, ptr %104, align 4
  %106 = add nsw i64 %i55, 1
  %107 = mul nsw i64 %106, 8
  %108 = add nsw i64 %107, %i60
  %109 = getelementptr inbounds float, ptr %10, i64 %108
  %110 = load float, ptr %109, align 4
  %111 = fadd float %105, %110
  %112 = mul nsw i64 %i55, 8
  %113 = add nsw i64 %112, %i60
  %114 = getelementptr inbounds float, ptr %10, i64 %113
  store float %111, ptr %114, align 4
  br label %latch58

latch58:                                          ; preds = %body57
  %115 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !102

exit59:                                           ; preds = %loop56
  br label %latch53

loop61:                                           ; preds = %latch63, %exit54
  %i65 = phi i64 [ 0, %exit54 ], [ %124, %latch63 ]
  %116 = icmp slt i64 %i65, %17
  br i1 %116, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %117 = add nsw i64 %14, %i65
  %118 = mul nsw i64 %12, 8
  %119 = add nsw i64 %118, %117
  %120 = add nsw i64 0, %i65
  %121 = getelementptr inbounds float, ptr %10, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = getelementptr inbounds float, ptr %9, i64 %119
  store float %122, ptr %123, align 4, !alias.scope !88
  br label %latch63

latch63:                                          ; preds = %body62
  %124 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !103

exit64:                                           ; preds = %loop61
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @losses.k1(ptr %0, i64 %1, i64 %2) #3 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !104, !noalias !107
  %10 = fdiv float %9, 6.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !107
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !109

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @losses.k2(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = alloca <4 x float>, align 16
  %4 = alloca <4 x float>, align 16
  %5 = alloca <4 x float>, align 16
  %6 = alloca <4 x float>, align 16
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
  %15 = icmp slt i64 %i5, 4
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %16 = mul nsw i64 %i5, 4
  %17 = mul nsw i64 %i, 128
  %18 = mul nsw i64 %i, 32
  %19 = mul nsw i64 %i, 64
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
  %25 = icmp slt i64 %i10, 1
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = mul nsw i64 %i10, 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %27 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %74, %latch13 ]
  %28 = icmp slt i64 %i15, 8
  br i1 %28, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %29 = load <4 x float>, ptr %3, align 4
  %30 = load <4 x float>, ptr %4, align 4
  %31 = load <4 x float>, ptr %5, align 4
  %32 = load <4 x float>, ptr %6, align 4
  %33 = mul nsw i64 %i15, 4
  %34 = add nsw i64 %33, %26
  %35 = add nsw i64 %18, %34
  %36 = getelementptr inbounds float, ptr %10, i64 %35
  %37 = load <4 x float>, ptr %36, align 4, !alias.scope !110, !noalias !113
  %38 = mul nsw i64 %20, 8
  %39 = add nsw i64 %38, %i15
  %40 = add nsw i64 %17, %39
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4, !alias.scope !115, !noalias !113
  %43 = insertelement <4 x float> poison, float %42, i32 0
  %44 = shufflevector <4 x float> %43, <4 x float> poison, <4 x i32> zeroinitializer
  %45 = fmul contract <4 x float> %44, %37
  %46 = fadd contract <4 x float> %29, %45
  %47 = mul nsw i64 %21, 8
  %48 = add nsw i64 %47, %i15
  %49 = add nsw i64 %17, %48
  %50 = getelementptr inbounds float, ptr %8, i64 %49
  %51 = load float, ptr %50, align 4, !alias.scope !115, !noalias !113
  %52 = insertelement <4 x float> poison, float %51, i32 0
  %53 = shufflevector <4 x float> %52, <4 x float> poison, <4 x i32> zeroinitializer
  %54 = fmul contract <4 x float> %53, %37
  %55 = fadd contract <4 x float> %30, %54
  %56 = mul nsw i64 %22, 8
  %57 = add nsw i64 %56, %i15
  %58 = add nsw i64 %17, %57
  %59 = getelementptr inbounds float, ptr %8, i64 %58
  %60 = load float, ptr %59, align 4, !alias.scope !115, !noalias !113
  %61 = insertelement <4 x float> poison, float %60, i32 0
  %62 = shufflevector <4 x float> %61, <4 x float> poison, <4 x i32> zeroinitializer
  %63 = fmul contract <4 x float> %62, %37
  %64 = fadd contract <4 x float> %31, %63
  %65 = mul nsw i64 %23, 8
  %66 = add nsw i64 %65, %i15
  %67 = add nsw i64 %17, %66
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  %69 = load float, ptr %68, align 4, !alias.scope !115, !noalias !113
  %70 = insertelement <4 x float> poison, float %69, i32 0
  %71 = shufflevector <4 x float> %70, <4 x float> poison, <4 x i32> zeroinitializer
  %72 = fmul contract <4 x float> %71, %37
  %73 = fadd contract <4 x float> %32, %72
  store <4 x float> %46, ptr %3, align 4
  store <4 x float> %55, ptr %4, align 4
  store <4 x float> %64, ptr %5, align 4
  store <4 x float> %73, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %74 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %75 = load <4 x float>, ptr %3, align 4
  %76 = load <4 x float>, ptr %4, align 4
  %77 = load <4 x float>, ptr %5, align 4
  %78 = load <4 x float>, ptr %6, align 4
  %79 = mul nsw i64 %20, 4
  %80 = add nsw i64 %79, %26
  %81 = add nsw i64 %19, %80
  %82 = getelementptr inbounds float, ptr %12, i64 %81
  store <4 x float> %75, ptr %82, align 4, !alias.scope !113
  %83 = mul nsw i64 %21, 4
  %84 = add nsw i64 %83, %26
  %85 = add nsw i64 %19, %84
  %86 = getelementptr inbounds float, ptr %12, i64 %85
  store <4 x float> %76, ptr %86, align 4, !alias.scope !113
  %87 = mul nsw i64 %22, 4
  %88 = add nsw i64 %87, %26
  %89 = add nsw i64 %19, %88
  %90 = getelementptr inbounds float, ptr %12, i64 %89
  store <4 x float> %77, ptr %90, align 4, !alias.scope !113
  %91 = mul nsw i64 %23, 4
  %92 = add nsw i64 %91, %26
  %93 = add nsw i64 %19, %92
  %94 = getelementptr inbounds float, ptr %12, i64 %93
  store <4 x float> %78, ptr %94, align 4, !alias.scope !113
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @losses.rows3(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [4 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca [1 x float], align 64
  %6 = alloca float, align 16
  %7 = alloca <16 x float>, align 16
  %8 = alloca [1 x <16 x float>], align 16
  %9 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %10 = getelementptr inbounds ptr, ptr %0, i64 0
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 1
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds ptr, ptr %0, i64 2
  %15 = load ptr, ptr %14, align 8
  %16 = getelementptr inbounds ptr, ptr %0, i64 3
  %17 = load ptr, ptr %16, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %23, %latch ]
  %18 = icmp slt i64 %i, %2
  br i1 %18, label %body, label %exit

body:                                             ; preds = %loop
  %19 = mul nsw i64 %i, 4
  %20 = mul nsw i64 %i, 1
  %21 = mul nsw i64 %i, 1
  %22 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit44
  %23 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %25, %latch3 ]
  %24 = icmp slt i64 %i5, %22
  br i1 %24, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %25 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %26 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %39, %latch8 ]
  %27 = icmp slt i64 %i10, 4
  br i1 %27, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %28 = mul nsw i64 %i5, 4
  %29 = add nsw i64 %28, %i10
  %30 = getelementptr inbounds float, ptr %11, i64 %29
  %31 = load float, ptr %30, align 4, !alias.scope !117, !noalias !120
  %32 = getelementptr inbounds float, ptr %13, i64 %i10
  %33 = load float, ptr %32, align 4, !alias.scope !123, !noalias !120
  %34 = fadd float %31, %33
  %35 = mul nsw i64 %i5, 4
  %36 = add nsw i64 %35, %i10
  %37 = sub i64 %36, %19
  %38 = getelementptr inbounds float, ptr %3, i64 %37
  store float %34, ptr %38, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %39 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !125

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %41, %latch13 ]
  %40 = icmp slt i64 %i15, %26
  br i1 %40, label %body12, label %exit14

body12:                                           ; preds = %loop11
  store float 0xFFF0000000000000, ptr %6, align 4
  br label %loop16

latch13:                                          ; preds = %exit19
  %41 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %42 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %51, %latch18 ]
  %43 = icmp slt i64 %i20, 4
  br i1 %43, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %44 = load float, ptr %6, align 4
  %45 = mul nsw i64 %i15, 4
  %46 = add nsw i64 %45, %i20
  %47 = sub i64 %46, %19
  %48 = getelementptr inbounds float, ptr %3, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = call float @llvm.maximum.f32(float %44, float %49)
  store float %50, ptr %6, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %51 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !126

exit19:                                           ; preds = %loop16
  %52 = load float, ptr %6, align 4
  %53 = sub i64 %i15, %20
  %54 = getelementptr inbounds float, ptr %4, i64 %53
  store float %52, ptr %54, align 4
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %56, %latch23 ]
  %55 = icmp slt i64 %i25, %42
  br i1 %55, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %56 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %57 = add nsw i64 %i, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %71, %latch28 ]
  %58 = icmp slt i64 %i30, 4
  br i1 %58, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %59 = mul nsw i64 %i25, 4
  %60 = add nsw i64 %59, %i30
  %61 = sub i64 %60, %19
  %62 = getelementptr inbounds float, ptr %3, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = sub i64 %i25, %20
  %65 = getelementptr inbounds float, ptr %4, i64 %64
  %66 = load float, ptr %65, align 4
  %67 = fsub float %63, %66
  %68 = mul nsw i64 %i25, 4
  %69 = add nsw i64 %68, %i30
  %70 = getelementptr inbounds float, ptr %15, i64 %69
  store float %67, ptr %70, align 4, !alias.scope !127, !noalias !128
  br label %latch28

latch28:                                          ; preds = %body27
  %71 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !129

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %i, %exit24 ], [ %85, %latch33 ]
  %72 = icmp slt i64 %i35, %57
  br i1 %72, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %73 = getelementptr inbounds float, ptr %9, i64 4
  store float -0.000000e+00, ptr %73, align 4
  %74 = getelementptr inbounds float, ptr %9, i64 5
  store float -0.000000e+00, ptr %74, align 4
  %75 = getelementptr inbounds float, ptr %9, i64 6
  store float -0.000000e+00, ptr %75, align 4
  %76 = getelementptr inbounds float, ptr %9, i64 7
  store float -0.000000e+00, ptr %76, align 4
  %77 = getelementptr inbounds float, ptr %9, i64 8
  store float -0.000000e+00, ptr %77, align 4
  %78 = getelementptr inbounds float, ptr %9, i64 9
  store float -0.000000e+00, ptr %78, align 4
  %79 = getelementptr inbounds float, ptr %9, i64 10
  store float -0.000000e+00, ptr %79, align 4
  %80 = getelementptr inbounds float, ptr %9, i64 11
  store float -0.000000e+00, ptr %80, align 4
  %81 = getelementptr inbounds float, ptr %9, i64 12
  store float -0.000000e+00, ptr %81, align 4
  %82 = getelementptr inbounds float, ptr %9, i64 13
  store float -0.000000e+00, ptr %82, align 4
  %83 = getelementptr inbounds float, ptr %9, i64 14
  store float -0.000000e+00, ptr %83, align 4
  %84 = getelementptr inbounds float, ptr %9, i64 15
  store float -0.000000e+00, ptr %84, align 4
  br label %loop36

latch33:                                          ; preds = %exit39
  %85 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  %86 = add nsw i64 %i, 1
  %87 = mul nsw i64 %i, 1
  %88 = mul nsw i64 %86, 1
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %97, %latch38 ]
  %89 = icmp slt i64 %i40, 4
  br i1 %89, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %90 = mul nsw i64 %i35, 4
  %91 = add nsw i64 %90, %i40
  %92 = getelementptr inbounds float, ptr %15, i64 %91
  %93 = load float, ptr %92, align 4, !alias.scope !127, !noalias !128
  %94 = call float @expf(float %93) #4
  %95 = sub i64 %i40, 0
  %96 = getelementptr inbounds float, ptr %9, i64 %95
  store float %94, ptr %96, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %97 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !130

exit39:                                           ; preds = %loop36
  %98 = getelementptr inbounds <16 x float>, ptr %9, i64 0
  %99 = load <16 x float>, ptr %98, align 4
  store <16 x float> %99, ptr %7, align 4
  %100 = getelementptr inbounds float, ptr %7, i64 0
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %7, i64 1
  %103 = load float, ptr %102, align 4
  %104 = getelementptr inbounds float, ptr %7, i64 2
  %105 = load float, ptr %104, align 4
  %106 = getelementptr inbounds float, ptr %7, i64 3
  %107 = load float, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %7, i64 4
  %109 = load float, ptr %108, align 4
  %110 = getelementptr inbounds float, ptr %7, i64 5
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %7, i64 6
  %113 = load float, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %7, i64 7
  %115 = load float, ptr %114, align 4
  %116 = getelementptr inbounds float, ptr %7, i64 8
  %117 = load float, ptr %116, align 4
  %118 = getelementptr inbounds float, ptr %7, i64 9
  %119 = load float, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %7, i64 10
  %121 = load float, ptr %120, align 4
  %122 = getelementptr inbounds float, ptr %7, i64 11
  %123 = load float, ptr %122, align 4
  %124 = getelementptr inbounds float, ptr %7, i64 12
  %125 = load float, ptr %124, align 4
  %126 = getelementptr inbounds float, ptr %7, i64 13
  %127 = load float, ptr %126, align 4
  %128 = getelementptr inbounds float, ptr %7, i64 14
  %129 = load float, ptr %128, align 4
  %130 = getelementptr inbounds float, ptr %7, i64 15
  %131 = load float, ptr %130, align 4
  %132 = fadd float %101, %117
  %133 = fadd float %103, %119
  %134 = fadd float %105, %121
  %135 = fadd float %107, %123
  %136 = fadd float %109, %125
  %137 = fadd float %111, %127
  %138 = fadd float %113, %129
  %139 = fadd float %115, %131
  %140 = fadd float %132, %136
  %141 = fadd float %133, %137
  %142 = fadd float %134, %138
  %143 = fadd float %135, %139
  %144 = fadd float %140, %142
  %145 = fadd float %141, %143
  %146 = fadd float %144, %145
  %147 = sub i64 %i35, %21
  %148 = getelementptr inbounds float, ptr %5, i64 %147
  store float %146, ptr %148, align 4
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ %87, %exit34 ], [ %155, %latch43 ]
  %149 = icmp slt i64 %i45, %88
  br i1 %149, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %150 = sub i64 %i45, %21
  %151 = getelementptr inbounds float, ptr %5, i64 %150
  %152 = load float, ptr %151, align 4
  %153 = call float @logf(float %152) #5
  %154 = getelementptr inbounds float, ptr %17, i64 %i45
  store float %153, ptr %154, align 4, !alias.scope !128, !noalias !127
  br label %latch43

latch43:                                          ; preds = %body42
  %155 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !131

exit44:                                           ; preds = %loop41
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @losses.k8(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %28, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = getelementptr inbounds i32, ptr %8, i64 %i
  %13 = load i32, ptr %12, align 4, !alias.scope !132, !noalias !135
  %14 = sext i32 %13 to i64
  %15 = icmp slt i64 %14, 0
  %16 = select i1 %15, i64 0, i64 %14
  %17 = icmp sgt i64 %16, 3
  %18 = select i1 %17, i64 3, i64 %16
  %19 = mul nsw i64 %i, 4
  %20 = add nsw i64 %19, %18
  %21 = getelementptr inbounds float, ptr %4, i64 %20
  %22 = load float, ptr %21, align 4, !alias.scope !137, !noalias !135
  %23 = getelementptr inbounds float, ptr %6, i64 %i
  %24 = load float, ptr %23, align 4, !alias.scope !139, !noalias !135
  %25 = fsub float %22, %24
  %26 = fneg float %25
  %27 = getelementptr inbounds float, ptr %10, i64 %i
  store float %26, ptr %27, align 4, !alias.scope !135
  br label %latch

latch:                                            ; preds = %body
  %28 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !141

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @losses(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5) #0 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [4 x ptr], align 8
  %11 = alloca [4 x ptr], align 8
  %12 = call i32 @ftc_rt_alloc(ptr %6, i64 1024)
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %fail, label %ok

fail:                                             ; preds = %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %12, %entry ], [ %20, %ok ], [ %26, %ok1 ], [ %33, %ok2 ], [ %42, %ok3 ], [ %50, %ok4 ]
  %14 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %14)
  ret i32 %status

ok:                                               ; preds = %entry
  %15 = load ptr, ptr %6, align 8
  %16 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %3, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %15, i64 0
  %19 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %18, ptr %19, align 8
  %20 = call i32 @losses.k0(ptr %7, i64 0, i64 16)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %22 = getelementptr inbounds i8, ptr %15, i64 0
  %23 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %15, i64 512
  %25 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %24, ptr %25, align 8
  %26 = call i32 @losses.k1(ptr %8, i64 0, i64 128)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %28 = getelementptr inbounds i8, ptr %15, i64 512
  %29 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %15, i64 0
  %32 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %31, ptr %32, align 8
  %33 = call i32 @losses.k2(ptr %9, i64 0, i64 1)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %35 = getelementptr inbounds i8, ptr %15, i64 0
  %36 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %15, i64 256
  %39 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %15, i64 512
  %41 = getelementptr inbounds ptr, ptr %10, i64 3
  store ptr %40, ptr %41, align 8
  %42 = call i32 @losses.rows3(ptr %10, i64 0, i64 16)
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %44 = getelementptr inbounds i8, ptr %15, i64 256
  %45 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %15, i64 512
  %47 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %46, ptr %47, align 8
  %48 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %4, ptr %48, align 8
  %49 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %5, ptr %49, align 8
  %50 = call i32 @losses.k8(ptr %11, i64 0, i64 16)
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %52 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %52)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows3(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [4 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca float, align 16
  %6 = alloca <16 x float>, align 16
  %7 = alloca [1 x <16 x float>], align 16
  %8 = alloca [1 x <16 x float>], align 16
  %9 = alloca <16 x float>, align 16
  %10 = alloca [1 x <16 x float>], align 16
  %11 = alloca [1 x <16 x float>], align 16
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
  %20 = getelementptr inbounds ptr, ptr %0, i64 4
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds ptr, ptr %0, i64 5
  %23 = load ptr, ptr %22, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %28, %latch ]
  %24 = icmp slt i64 %i, %2
  br i1 %24, label %body, label %exit

body:                                             ; preds = %loop
  %25 = mul nsw i64 %i, 4
  %26 = mul nsw i64 %i, 1
  %27 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit44
  %28 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %30, %latch3 ]
  %29 = icmp slt i64 %i5, %27
  br i1 %29, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %30 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %31 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %44, %latch8 ]
  %32 = icmp slt i64 %i10, 4
  br i1 %32, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %33 = mul nsw i64 %i5, 4
  %34 = add nsw i64 %33, %i10
  %35 = getelementptr inbounds float, ptr %13, i64 %34
  %36 = load float, ptr %35, align 4, !alias.scope !142, !noalias !145
  %37 = getelementptr inbounds float, ptr %15, i64 %i10
  %38 = load float, ptr %37, align 4, !alias.scope !150, !noalias !145
  %39 = fadd float %36, %38
  %40 = mul nsw i64 %i5, 4
  %41 = add nsw i64 %40, %i10
  %42 = sub i64 %41, %25
  %43 = getelementptr inbounds float, ptr %3, i64 %42
  store float %39, ptr %43, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %44 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !152

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %46, %latch13 ]
  %45 = icmp slt i64 %i15, %31
  br i1 %45, label %body12, label %exit14

body12:                                           ; preds = %loop11
  store float 0xFFF0000000000000, ptr %5, align 4
  br label %loop16

latch13:                                          ; preds = %exit19
  %46 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %47 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %56, %latch18 ]
  %48 = icmp slt i64 %i20, 4
  br i1 %48, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %49 = load float, ptr %5, align 4
  %50 = mul nsw i64 %i15, 4
  %51 = add nsw i64 %50, %i20
  %52 = sub i64 %51, %25
  %53 = getelementptr inbounds float, ptr %3, i64 %52
  %54 = load float, ptr %53, align 4
  %55 = call float @llvm.maximum.f32(float %49, float %54)
  store float %55, ptr %5, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %56 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !153

exit19:                                           ; preds = %loop16
  %57 = load float, ptr %5, align 4
  %58 = sub i64 %i15, %26
  %59 = getelementptr inbounds float, ptr %4, i64 %58
  store float %57, ptr %59, align 4
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %61, %latch23 ]
  %60 = icmp slt i64 %i25, %47
  br i1 %60, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %61 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %62 = add nsw i64 %i, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %80, %latch28 ]
  %63 = icmp slt i64 %i30, 4
  br i1 %63, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %64 = mul nsw i64 %i25, 4
  %65 = add nsw i64 %64, %i30
  %66 = sub i64 %65, %25
  %67 = getelementptr inbounds float, ptr %3, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = sub i64 %i25, %26
  %70 = getelementptr inbounds float, ptr %4, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = fcmp oeq float %68, %71
  %73 = uitofp i1 %72 to float
  %74 = mul nsw i64 %i25, 4
  %75 = add nsw i64 %74, %i30
  %76 = getelementptr inbounds float, ptr %17, i64 %75
  store float %73, ptr %76, align 4, !alias.scope !154, !noalias !155
  %77 = fsub float %68, %71
  %78 = call float @expf(float %77) #4
  %79 = getelementptr inbounds float, ptr %19, i64 %75
  store float %78, ptr %79, align 4, !alias.scope !156, !noalias !157
  br label %latch28

latch28:                                          ; preds = %body27
  %80 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !158

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %i, %exit24 ], [ %94, %latch33 ]
  %81 = icmp slt i64 %i35, %62
  br i1 %81, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %82 = getelementptr inbounds float, ptr %8, i64 4
  store float -0.000000e+00, ptr %82, align 4
  %83 = getelementptr inbounds float, ptr %8, i64 5
  store float -0.000000e+00, ptr %83, align 4
  %84 = getelementptr inbounds float, ptr %8, i64 6
  store float -0.000000e+00, ptr %84, align 4
  %85 = getelementptr inbounds float, ptr %8, i64 7
  store float -0.000000e+00, ptr %85, align 4
  %86 = getelementptr inbounds float, ptr %8, i64 8
  store float -0.000000e+00, ptr %86, align 4
  %87 = getelementptr inbounds float, ptr %8, i64 9
  store float -0.000000e+00, ptr %87, align 4
  %88 = getelementptr inbounds float, ptr %8, i64 10
  store float -0.000000e+00, ptr %88, align 4
  %89 = getelementptr inbounds float, ptr %8, i64 11
  store float -0.000000e+00, ptr %89, align 4
  %90 = getelementptr inbounds float, ptr %8, i64 12
  store float -0.000000e+00, ptr %90, align 4
  %91 = getelementptr inbounds float, ptr %8, i64 13
  store float -0.000000e+00, ptr %91, align 4
  %92 = getelementptr inbounds float, ptr %8, i64 14
  store float -0.000000e+00, ptr %92, align 4
  %93 = getelementptr inbounds float, ptr %8, i64 15
  store float -0.000000e+00, ptr %93, align 4
  br label %loop36

latch33:                                          ; preds = %exit39
  %94 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  %95 = add nsw i64 %i, 1
  br label %loop41

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %103, %latch38 ]
  %96 = icmp slt i64 %i40, 4
  br i1 %96, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %97 = mul nsw i64 %i35, 4
  %98 = add nsw i64 %97, %i40
  %99 = getelementptr inbounds float, ptr %17, i64 %98
  %100 = load float, ptr %99, align 4, !alias.scope !154, !noalias !155
  %101 = sub i64 %i40, 0
  %102 = getelementptr inbounds float, ptr %8, i64 %101
  store float %100, ptr %102, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %103 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !159

exit39:                                           ; preds = %loop36
  %104 = getelementptr inbounds <16 x float>, ptr %8, i64 0
  %105 = load <16 x float>, ptr %104, align 4
  store <16 x float> %105, ptr %6, align 4
  %106 = getelementptr inbounds float, ptr %6, i64 0
  %107 = load float, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %6, i64 1
  %109 = load float, ptr %108, align 4
  %110 = getelementptr inbounds float, ptr %6, i64 2
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %6, i64 3
  %113 = load float, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %6, i64 4
  %115 = load float, ptr %114, align 4
  %116 = getelementptr inbounds float, ptr %6, i64 5
  %117 = load float, ptr %116, align 4
  %118 = getelementptr inbounds float, ptr %6, i64 6
  %119 = load float, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %6, i64 7
  %121 = load float, ptr %120, align 4
  %122 = getelementptr inbounds float, ptr %6, i64 8
  %123 = load float, ptr %122, align 4
  %124 = getelementptr inbounds float, ptr %6, i64 9
  %125 = load float, ptr %124, align 4
  %126 = getelementptr inbounds float, ptr %6, i64 10
  %127 = load float, ptr %126, align 4
  %128 = getelementptr inbounds float, ptr %6, i64 11
  %129 = load float, ptr %128, align 4
  %130 = getelementptr inbounds float, ptr %6, i64 12
  %131 = load float, ptr %130, align 4
  %132 = getelementptr inbounds float, ptr %6, i64 13
  %133 = load float, ptr %132, align 4
  %134 = getelementptr inbounds float, ptr %6, i64 14
  %135 = load float, ptr %134, align 4
  %136 = getelementptr inbounds float, ptr %6, i64 15
  %137 = load float, ptr %136, align 4
  %138 = fadd float %107, %123
  %139 = fadd float %109, %125
  %140 = fadd float %111, %127
  %141 = fadd float %113, %129
  %142 = fadd float %115, %131
  %143 = fadd float %117, %133
  %144 = fadd float %119, %135
  %145 = fadd float %121, %137
  %146 = fadd float %138, %142
  %147 = fadd float %139, %143
  %148 = fadd float %140, %144
  %149 = fadd float %141, %145
  %150 = fadd float %146, %148
  %151 = fadd float %147, %149
  %152 = fadd float %150, %151
  %153 = getelementptr inbounds float, ptr %21, i64 %i35
  store float %152, ptr %153, align 4, !alias.scope !160, !noalias !161
  br label %latch33

loop41:                                           ; preds = %latch43, %exit34
  %i45 = phi i64 [ %i, %exit34 ], [ %167, %latch43 ]
  %154 = icmp slt i64 %i45, %95
  br i1 %154, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %155 = getelementptr inbounds float, ptr %11, i64 4
  store float -0.000000e+00, ptr %155, align 4
  %156 = getelementptr inbounds float, ptr %11, i64 5
  store float -0.000000e+00, ptr %156, align 4
  %157 = getelementptr inbounds float, ptr %11, i64 6
  store float -0.000000e+00, ptr %157, align 4
  %158 = getelementptr inbounds float, ptr %11, i64 7
  store float -0.000000e+00, ptr %158, align 4
  %159 = getelementptr inbounds float, ptr %11, i64 8
  store float -0.000000e+00, ptr %159, align 4
  %160 = getelementptr inbounds float, ptr %11, i64 9
  store float -0.000000e+00, ptr %160, align 4
  %161 = getelementptr inbounds float, ptr %11, i64 10
  store float -0.000000e+00, ptr %161, align 4
  %162 = getelementptr inbounds float, ptr %11, i64 11
  store float -0.000000e+00, ptr %162, align 4
  %163 = getelementptr inbounds float, ptr %11, i64 12
  store float -0.000000e+00, ptr %163, align 4
  %164 = getelementptr inbounds float, ptr %11, i64 13
  store float -0.000000e+00, ptr %164, align 4
  %165 = getelementptr inbounds float, ptr %11, i64 14
  store float -0.000000e+00, ptr %165, align 4
  %166 = getelementptr inbounds float, ptr %11, i64 15
  store float -0.000000e+00, ptr %166, align 4
  br label %loop46

latch43:                                          ; preds = %exit49
  %167 = add nsw i64 %i45, 1
  br label %loop41

exit44:                                           ; preds = %loop41
  br label %latch

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %175, %latch48 ]
  %168 = icmp slt i64 %i50, 4
  br i1 %168, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %169 = mul nsw i64 %i45, 4
  %170 = add nsw i64 %169, %i50
  %171 = getelementptr inbounds float, ptr %19, i64 %170
  %172 = load float, ptr %171, align 4, !alias.scope !156, !noalias !157
  %173 = sub i64 %i50, 0
  %174 = getelementptr inbounds float, ptr %11, i64 %173
  store float %172, ptr %174, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %175 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !162

exit49:                                           ; preds = %loop46
  %176 = getelementptr inbounds <16 x float>, ptr %11, i64 0
  %177 = load <16 x float>, ptr %176, align 4
  store <16 x float> %177, ptr %9, align 4
  %178 = getelementptr inbounds float, ptr %9, i64 0
  %179 = load float, ptr %178, align 4
  %180 = getelementptr inbounds float, ptr %9, i64 1
  %181 = load float, ptr %180, align 4
  %182 = getelementptr inbounds float, ptr %9, i64 2
  %183 = load float, ptr %182, align 4
  %184 = getelementptr inbounds float, ptr %9, i64 3
  %185 = load float, ptr %184, align 4
  %186 = getelementptr inbounds float, ptr %9, i64 4
  %187 = load float, ptr %186, align 4
  %188 = getelementptr inbounds float, ptr %9, i64 5
  %189 = load float, ptr %188, align 4
  %190 = getelementptr inbounds float, ptr %9, i64 6
  %191 = load float, ptr %190, align 4
  %192 = getelementptr inbounds float, ptr %9, i64 7
  %193 = load float, ptr %192, align 4
  %194 = getelementptr inbounds float, ptr %9, i64 8
  %195 = load float, ptr %194, align 4
  %196 = getelementptr inbounds float, ptr %9, i64 9
  %197 = load float, ptr %196, align 4
  %198 = getelementptr inbounds float, ptr %9, i64 10
  %199 = load float, ptr %198, align 4
  %200 = getelementptr inbounds float, ptr %9, i64 11
  %201 = load float, ptr %200, align 4
  %202 = getelementptr inbounds float, ptr %9, i64 12
  %203 = load float, ptr %202, align 4
  %204 = getelementptr inbounds float, ptr %9, i64 13
  %205 = load float, ptr %204, align 4
  %206 = getelementptr inbounds float, ptr %9, i64 14
  %207 = load float, ptr %206, align 4
  %208 = getelementptr inbounds float, ptr %9, i64 15
  %209 = load float, ptr %208, align 4
  %210 = fadd float %179, %195
  %211 = fadd float %181, %197
  %212 = fadd float %183, %199
  %213 = fadd float %185, %201
  %214 = fadd float %187, %203
  %215 = fadd float %189, %205
  %216 = fadd float %191, %207
  %217 = fadd float %193, %209
  %218 = fadd float %210, %214
  %219 = fadd float %211, %215
  %220 = fadd float %212, %216
  %221 = fadd float %213, %217
  %222 = fadd float %218, %220
  %223 = fadd float %219, %221
  %224 = fadd float %222, %223
  %225 = getelementptr inbounds float, ptr %23, i64 %i45
  store float %224, ptr %225, align 4, !alias.scope !163, !noalias !164
  br label %latch43
}

; Function Attrs: nounwind
define internal i32 @per_sample.k8(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %8, %latch ]
  %7 = icmp slt i64 %i, 16
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %8 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %13, %latch3 ]
  %9 = icmp slt i64 %i5, 4
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = mul nsw i64 %i, 4
  %11 = add nsw i64 %10, %i5
  %12 = getelementptr inbounds float, ptr %6, i64 %11
  store float 0.000000e+00, ptr %12, align 4, !alias.scope !165
  br label %latch3

latch3:                                           ; preds = %body2
  %13 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %28, %latch8 ]
  %14 = icmp slt i64 %i10, 16
  br i1 %14, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %15 = getelementptr inbounds i32, ptr %4, i64 %i10
  %16 = load i32, ptr %15, align 4, !alias.scope !168, !noalias !165
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = icmp sgt i64 %19, 3
  %21 = select i1 %20, i64 3, i64 %19
  %22 = mul nsw i64 %i10, 4
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %6, i64 %23
  %25 = load float, ptr %24, align 4, !alias.scope !165
  %26 = fadd float %25, -1.000000e+00
  %27 = getelementptr inbounds float, ptr %6, i64 %23
  store float %26, ptr %27, align 4, !alias.scope !165
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows9(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca [4 x float], align 64
  %6 = alloca [1 x float], align 64
  %7 = alloca <16 x float>, align 16
  %8 = alloca [1 x <16 x float>], align 16
  %9 = alloca [1 x <16 x float>], align 16
  %10 = alloca <16 x float>, align 16
  %11 = alloca [1 x <16 x float>], align 16
  %12 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %13 = getelementptr inbounds ptr, ptr %0, i64 0
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 1
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 2
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds ptr, ptr %0, i64 3
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds ptr, ptr %0, i64 4
  %22 = load ptr, ptr %21, align 8
  %23 = getelementptr inbounds ptr, ptr %0, i64 5
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds ptr, ptr %0, i64 6
  %26 = load ptr, ptr %25, align 8
  %27 = getelementptr inbounds ptr, ptr %0, i64 7
  %28 = load ptr, ptr %27, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %35, %latch ]
  %29 = icmp slt i64 %i, %2
  br i1 %29, label %body, label %exit

body:                                             ; preds = %loop
  %30 = mul nsw i64 %i, 1
  %31 = mul nsw i64 %i, 1
  %32 = mul nsw i64 %i, 4
  %33 = mul nsw i64 %i, 1
  %34 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit49
  %35 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %49, %latch3 ]
  %36 = icmp slt i64 %i5, %34
  br i1 %36, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %37 = getelementptr inbounds float, ptr %9, i64 4
  store float -0.000000e+00, ptr %37, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 5
  store float -0.000000e+00, ptr %38, align 4
  %39 = getelementptr inbounds float, ptr %9, i64 6
  store float -0.000000e+00, ptr %39, align 4
  %40 = getelementptr inbounds float, ptr %9, i64 7
  store float -0.000000e+00, ptr %40, align 4
  %41 = getelementptr inbounds float, ptr %9, i64 8
  store float -0.000000e+00, ptr %41, align 4
  %42 = getelementptr inbounds float, ptr %9, i64 9
  store float -0.000000e+00, ptr %42, align 4
  %43 = getelementptr inbounds float, ptr %9, i64 10
  store float -0.000000e+00, ptr %43, align 4
  %44 = getelementptr inbounds float, ptr %9, i64 11
  store float -0.000000e+00, ptr %44, align 4
  %45 = getelementptr inbounds float, ptr %9, i64 12
  store float -0.000000e+00, ptr %45, align 4
  %46 = getelementptr inbounds float, ptr %9, i64 13
  store float -0.000000e+00, ptr %46, align 4
  %47 = getelementptr inbounds float, ptr %9, i64 14
  store float -0.000000e+00, ptr %47, align 4
  %48 = getelementptr inbounds float, ptr %9, i64 15
  store float -0.000000e+00, ptr %48, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %49 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %50 = add nsw i64 %i, 1
  %51 = mul nsw i64 %i, 1
  %52 = mul nsw i64 %50, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %61, %latch8 ]
  %53 = icmp slt i64 %i10, 4
  br i1 %53, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %54 = mul nsw i64 %i5, 4
  %55 = add nsw i64 %54, %i10
  %56 = getelementptr inbounds float, ptr %14, i64 %55
  %57 = load float, ptr %56, align 4, !alias.scope !170, !noalias !173
  %58 = fneg float %57
  %59 = sub i64 %i10, 0
  %60 = getelementptr inbounds float, ptr %9, i64 %59
  store float %58, ptr %60, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %61 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !176

exit9:                                            ; preds = %loop6
  %62 = getelementptr inbounds <16 x float>, ptr %9, i64 0
  %63 = load <16 x float>, ptr %62, align 4
  store <16 x float> %63, ptr %7, align 4
  %64 = getelementptr inbounds float, ptr %7, i64 0
  %65 = load float, ptr %64, align 4
  %66 = getelementptr inbounds float, ptr %7, i64 1
  %67 = load float, ptr %66, align 4
  %68 = getelementptr inbounds float, ptr %7, i64 2
  %69 = load float, ptr %68, align 4
  %70 = getelementptr inbounds float, ptr %7, i64 3
  %71 = load float, ptr %70, align 4
  %72 = getelementptr inbounds float, ptr %7, i64 4
  %73 = load float, ptr %72, align 4
  %74 = getelementptr inbounds float, ptr %7, i64 5
  %75 = load float, ptr %74, align 4
  %76 = getelementptr inbounds float, ptr %7, i64 6
  %77 = load float, ptr %76, align 4
  %78 = getelementptr inbounds float, ptr %7, i64 7
  %79 = load float, ptr %78, align 4
  %80 = getelementptr inbounds float, ptr %7, i64 8
  %81 = load float, ptr %80, align 4
  %82 = getelementptr inbounds float, ptr %7, i64 9
  %83 = load float, ptr %82, align 4
  %84 = getelementptr inbounds float, ptr %7, i64 10
  %85 = load float, ptr %84, align 4
  %86 = getelementptr inbounds float, ptr %7, i64 11
  %87 = load float, ptr %86, align 4
  %88 = getelementptr inbounds float, ptr %7, i64 12
  %89 = load float, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %7, i64 13
  %91 = load float, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %7, i64 14
  %93 = load float, ptr %92, align 4
  %94 = getelementptr inbounds float, ptr %7, i64 15
  %95 = load float, ptr %94, align 4
  %96 = fadd float %65, %81
  %97 = fadd float %67, %83
  %98 = fadd float %69, %85
  %99 = fadd float %71, %87
  %100 = fadd float %73, %89
  %101 = fadd float %75, %91
  %102 = fadd float %77, %93
  %103 = fadd float %79, %95
  %104 = fadd float %96, %100
  %105 = fadd float %97, %101
  %106 = fadd float %98, %102
  %107 = fadd float %99, %103
  %108 = fadd float %104, %106
  %109 = fadd float %105, %107
  %110 = fadd float %108, %109
  %111 = sub i64 %i5, %30
  %112 = getelementptr inbounds float, ptr %3, i64 %111
  store float %110, ptr %112, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %51, %exit4 ], [ %122, %latch13 ]
  %113 = icmp slt i64 %i15, %52
  br i1 %113, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %114 = sub i64 %i15, %30
  %115 = getelementptr inbounds float, ptr %3, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = getelementptr inbounds float, ptr %16, i64 %i15
  %118 = load float, ptr %117, align 4, !alias.scope !177, !noalias !173
  %119 = fdiv float %116, %118
  %120 = sub i64 %i15, %31
  %121 = getelementptr inbounds float, ptr %4, i64 %120
  store float %119, ptr %121, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %122 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !179

exit14:                                           ; preds = %loop11
  %123 = add nsw i64 %i, 1
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ %i, %exit14 ], [ %125, %latch18 ]
  %124 = icmp slt i64 %i20, %123
  br i1 %124, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %125 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  %126 = add nsw i64 %i, 1
  br label %loop26

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %145, %latch23 ]
  %127 = icmp slt i64 %i25, 4
  br i1 %127, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %128 = mul nsw i64 %i20, 4
  %129 = add nsw i64 %128, %i25
  %130 = getelementptr inbounds float, ptr %14, i64 %129
  %131 = load float, ptr %130, align 4, !alias.scope !170, !noalias !173
  %132 = sub i64 %i20, %31
  %133 = getelementptr inbounds float, ptr %4, i64 %132
  %134 = load float, ptr %133, align 4
  %135 = mul nsw i64 %i20, 4
  %136 = add nsw i64 %135, %i25
  %137 = getelementptr inbounds float, ptr %18, i64 %136
  %138 = load float, ptr %137, align 4, !alias.scope !180, !noalias !173
  %139 = fmul float %134, %138
  %140 = fadd float %131, %139
  %141 = mul nsw i64 %i20, 4
  %142 = add nsw i64 %141, %i25
  %143 = sub i64 %142, %32
  %144 = getelementptr inbounds float, ptr %5, i64 %143
  store float %140, ptr %144, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %145 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !182

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %exit19
  %i30 = phi i64 [ %i, %exit19 ], [ %159, %latch28 ]
  %146 = icmp slt i64 %i30, %126
  br i1 %146, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %147 = getelementptr inbounds float, ptr %12, i64 4
  store float -0.000000e+00, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %12, i64 5
  store float -0.000000e+00, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %12, i64 6
  store float -0.000000e+00, ptr %149, align 4
  %150 = getelementptr inbounds float, ptr %12, i64 7
  store float -0.000000e+00, ptr %150, align 4
  %151 = getelementptr inbounds float, ptr %12, i64 8
  store float -0.000000e+00, ptr %151, align 4
  %152 = getelementptr inbounds float, ptr %12, i64 9
  store float -0.000000e+00, ptr %152, align 4
  %153 = getelementptr inbounds float, ptr %12, i64 10
  store float -0.000000e+00, ptr %153, align 4
  %154 = getelementptr inbounds float, ptr %12, i64 11
  store float -0.000000e+00, ptr %154, align 4
  %155 = getelementptr inbounds float, ptr %12, i64 12
  store float -0.000000e+00, ptr %155, align 4
  %156 = getelementptr inbounds float, ptr %12, i64 13
  store float -0.000000e+00, ptr %156, align 4
  %157 = getelementptr inbounds float, ptr %12, i64 14
  store float -0.000000e+00, ptr %157, align 4
  %158 = getelementptr inbounds float, ptr %12, i64 15
  store float -0.000000e+00, ptr %158, align 4
  br label %loop31

latch28:                                          ; preds = %exit34
  %159 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  %160 = add nsw i64 %i, 1
  br label %loop36

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %170, %latch33 ]
  %161 = icmp slt i64 %i35, 4
  br i1 %161, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %162 = mul nsw i64 %i30, 4
  %163 = add nsw i64 %162, %i35
  %164 = sub i64 %163, %32
  %165 = getelementptr inbounds float, ptr %5, i64 %164
  %166 = load float, ptr %165, align 4
  %167 = fneg float %166
  %168 = sub i64 %i35, 0
  %169 = getelementptr inbounds float, ptr %12, i64 %168
  store float %167, ptr %169, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %170 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !183

exit34:                                           ; preds = %loop31
  %171 = getelementptr inbounds <16 x float>, ptr %12, i64 0
  %172 = load <16 x float>, ptr %171, align 4
  store <16 x float> %172, ptr %10, align 4
  %173 = getelementptr inbounds float, ptr %10, i64 0
  %174 = load float, ptr %173, align 4
  %175 = getelementptr inbounds float, ptr %10, i64 1
  %176 = load float, ptr %175, align 4
  %177 = getelementptr inbounds float, ptr %10, i64 2
  %178 = load float, ptr %177, align 4
  %179 = getelementptr inbounds float, ptr %10, i64 3
  %180 = load float, ptr %179, align 4
  %181 = getelementptr inbounds float, ptr %10, i64 4
  %182 = load float, ptr %181, align 4
  %183 = getelementptr inbounds float, ptr %10, i64 5
  %184 = load float, ptr %183, align 4
  %185 = getelementptr inbounds float, ptr %10, i64 6
  %186 = load float, ptr %185, align 4
  %187 = getelementptr inbounds float, ptr %10, i64 7
  %188 = load float, ptr %187, align 4
  %189 = getelementptr inbounds float, ptr %10, i64 8
  %190 = load float, ptr %189, align 4
  %191 = getelementptr inbounds float, ptr %10, i64 9
  %192 = load float, ptr %191, align 4
  %193 = getelementptr inbounds float, ptr %10, i64 10
  %194 = load float, ptr %193, align 4
  %195 = getelementptr inbounds float, ptr %10, i64 11
  %196 = load float, ptr %195, align 4
  %197 = getelementptr inbounds float, ptr %10, i64 12
  %198 = load float, ptr %197, align 4
  %199 = getelementptr inbounds float, ptr %10, i64 13
  %200 = load float, ptr %199, align 4
  %201 = getelementptr inbounds float, ptr %10, i64 14
  %202 = load float, ptr %201, align 4
  %203 = getelementptr inbounds float, ptr %10, i64 15
  %204 = load float, ptr %203, align 4
  %205 = fadd float %174, %190
  %206 = fadd float %176, %192
  %207 = fadd float %178, %194
  %208 = fadd float %180, %196
  %209 = fadd float %182, %198
  %210 = fadd float %184, %200
  %211 = fadd float %186, %202
  %212 = fadd float %188, %204
  %213 = fadd float %205, %209
  %214 = fadd float %206, %210
  %215 = fadd float %207, %211
  %216 = fadd float %208, %212
  %217 = fadd float %213, %215
  %218 = fadd float %214, %216
  %219 = fadd float %217, %218
  %220 = sub i64 %i30, %33
  %221 = getelementptr inbounds float, ptr %6, i64 %220
  store float %219, ptr %221, align 4
  br label %latch28

loop36:                                           ; preds = %latch38, %exit29
  %i40 = phi i64 [ %i, %exit29 ], [ %223, %latch38 ]
  %222 = icmp slt i64 %i40, %160
  br i1 %222, label %body37, label %exit39

body37:                                           ; preds = %loop36
  br label %loop41

latch38:                                          ; preds = %exit44
  %223 = add nsw i64 %i40, 1
  br label %loop36

exit39:                                           ; preds = %loop36
  %224 = add nsw i64 %i, 1
  br label %loop46

loop41:                                           ; preds = %latch43, %body37
  %i45 = phi i64 [ 0, %body37 ], [ %246, %latch43 ]
  %225 = icmp slt i64 %i45, 4
  br i1 %225, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %226 = mul nsw i64 %i40, 4
  %227 = add nsw i64 %226, %i45
  %228 = sub i64 %227, %32
  %229 = getelementptr inbounds float, ptr %5, i64 %228
  %230 = load float, ptr %229, align 4
  %231 = sub i64 %i40, %33
  %232 = getelementptr inbounds float, ptr %6, i64 %231
  %233 = load float, ptr %232, align 4
  %234 = mul nsw i64 %i40, 4
  %235 = add nsw i64 %234, %i45
  %236 = getelementptr inbounds float, ptr %20, i64 %235
  %237 = load float, ptr %236, align 4, !alias.scope !184, !noalias !173
  %238 = getelementptr inbounds float, ptr %22, i64 %i40
  %239 = load float, ptr %238, align 4, !alias.scope !186, !noalias !173
  %240 = fdiv float %237, %239
  %241 = fmul float %233, %240
  %242 = fadd float %230, %241
  %243 = mul nsw i64 %i40, 4
  %244 = add nsw i64 %243, %i45
  %245 = getelementptr inbounds float, ptr %24, i64 %244
  store float %242, ptr %245, align 4, !alias.scope !188, !noalias !189
  br label %latch43

latch43:                                          ; preds = %body42
  %246 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !190

exit44:                                           ; preds = %loop41
  br label %latch38

loop46:                                           ; preds = %latch48, %exit39
  %i50 = phi i64 [ %i, %exit39 ], [ %248, %latch48 ]
  %247 = icmp slt i64 %i50, %224
  br i1 %247, label %body47, label %exit49

body47:                                           ; preds = %loop46
  br label %loop51

latch48:                                          ; preds = %exit54
  %248 = add nsw i64 %i50, 1
  br label %loop46

exit49:                                           ; preds = %loop46
  br label %latch

loop51:                                           ; preds = %latch53, %body47
  %i55 = phi i64 [ 0, %body47 ], [ %250, %latch53 ]
  %249 = icmp slt i64 %i55, 8
  br i1 %249, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %250 = add nsw i64 %i55, 1
  br label %loop51

exit54:                                           ; preds = %loop51
  br label %latch48

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %266, %latch58 ]
  %251 = icmp slt i64 %i60, 4
  br i1 %251, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %252 = mul nsw i64 %i50, 8
  %253 = add nsw i64 %252, %i55
  %254 = getelementptr inbounds float, ptr %26, i64 %253
  %255 = load float, ptr %254, align 4, !alias.scope !191, !noalias !173
  %256 = mul nsw i64 %i50, 4
  %257 = add nsw i64 %256, %i60
  %258 = getelementptr inbounds float, ptr %24, i64 %257
  %259 = load float, ptr %258, align 4, !alias.scope !188, !noalias !189
  %260 = fmul float %255, %259
  %261 = mul nsw i64 %i50, 32
  %262 = mul nsw i64 %i55, 4
  %263 = add nsw i64 %261, %262
  %264 = add nsw i64 %263, %i60
  %265 = getelementptr inbounds float, ptr %28, i64 %264
  store float %260, ptr %265, align 4, !alias.scope !189, !noalias !188
  br label %latch58

latch58:                                          ; preds = %body57
  %266 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !193

exit59:                                           ; preds = %loop56
  br label %latch53
}

; Function Attrs: nounwind
define internal i32 @per_sample.k15(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = icmp slt i64 %i5, 16
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
  %14 = icmp slt i64 %i10, 8
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
  %16 = icmp slt i64 %i15, 4
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 4
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i, 64
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %i, 32
  %22 = mul nsw i64 %i10, 4
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %21, %23
  %25 = getelementptr inbounds float, ptr %5, i64 %20
  %26 = load float, ptr %25, align 4, !alias.scope !194, !noalias !197
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4, !alias.scope !199, !noalias !197
  %29 = load float, ptr %3, align 4
  %30 = fmul reassoc contract float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !201

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 128
  %34 = mul nsw i64 %i5, 8
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !197
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @per_sample.k17(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ 0, %start ], [ %10, %latch ]
  %9 = icmp slt i64 %i, 16
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %10 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop11

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %12, %latch3 ]
  %11 = icmp slt i64 %i5, 20
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %12 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %19, %latch8 ]
  %13 = icmp slt i64 %i10, 8
  br i1 %13, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %14 = mul nsw i64 %i, 160
  %15 = mul nsw i64 %i5, 8
  %16 = add nsw i64 %14, %15
  %17 = add nsw i64 %16, %i10
  %18 = getelementptr inbounds float, ptr %8, i64 %17
  store float 0.000000e+00, ptr %18, align 4, !alias.scope !202
  br label %latch8

latch8:                                           ; preds = %body7
  %19 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit
  %i15 = phi i64 [ 0, %exit ], [ %21, %latch13 ]
  %20 = icmp slt i64 %i15, 16
  br i1 %20, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %21 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  ret i32 0

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %23, %latch18 ]
  %22 = icmp slt i64 %i20, 6
  br i1 %22, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %23 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %46, %latch23 ]
  %24 = icmp slt i64 %i25, 8
  br i1 %24, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %25 = mul nsw i64 %i15, 6
  %26 = add nsw i64 %25, %i20
  %27 = getelementptr inbounds i32, ptr %4, i64 %26
  %28 = load i32, ptr %27, align 4, !alias.scope !205, !noalias !202
  %29 = sext i32 %28 to i64
  %30 = icmp slt i64 %29, 0
  %31 = select i1 %30, i64 0, i64 %29
  %32 = icmp sgt i64 %31, 19
  %33 = select i1 %32, i64 19, i64 %31
  %34 = mul nsw i64 %i15, 160
  %35 = mul nsw i64 %33, 8
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %i25
  %38 = mul nsw i64 %i15, 8
  %39 = add nsw i64 %38, %i25
  %40 = getelementptr inbounds float, ptr %6, i64 %39
  %41 = load float, ptr %40, align 4, !alias.scope !207, !noalias !202
  %42 = getelementptr inbounds float, ptr %8, i64 %37
  %43 = load float, ptr %42, align 4, !alias.scope !202
  %44 = fadd float %43, %41
  %45 = getelementptr inbounds float, ptr %8, i64 %37
  store float %44, ptr %45, align 4, !alias.scope !202
  br label %latch23

latch23:                                          ; preds = %body22
  %46 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  br label %latch18
}

; Function Attrs: nounwind
define i32 @per_sample(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5, ptr noalias %6, ptr noalias %7) #0 {
entry:
  %8 = alloca ptr, align 8
  store ptr null, ptr %8, align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [2 x ptr], align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [6 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [8 x ptr], align 8
  %15 = alloca [3 x ptr], align 8
  %16 = alloca [2 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = call i32 @ftc_rt_alloc(ptr %8, i64 1408)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok

fail:                                             ; preds = %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %18, %entry ], [ %26, %ok ], [ %32, %ok1 ], [ %39, %ok2 ], [ %52, %ok3 ], [ %57, %ok4 ], [ %73, %ok5 ], [ %79, %ok6 ], [ %85, %ok7 ], [ %91, %ok8 ]
  %20 = load ptr, ptr %8, align 8
  call void @ftc_rt_free(ptr %20)
  ret i32 %status

ok:                                               ; preds = %entry
  %21 = load ptr, ptr %8, align 8
  %22 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %0, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %3, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %21, i64 0
  %25 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %24, ptr %25, align 8
  %26 = call i32 @losses.k0(ptr %9, i64 0, i64 16)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %28 = getelementptr inbounds i8, ptr %21, i64 0
  %29 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %21, i64 512
  %31 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %30, ptr %31, align 8
  %32 = call i32 @losses.k1(ptr %10, i64 0, i64 128)
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %34 = getelementptr inbounds i8, ptr %21, i64 512
  %35 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %1, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %21, i64 0
  %38 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %37, ptr %38, align 8
  %39 = call i32 @losses.k2(ptr %11, i64 0, i64 1)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %41 = getelementptr inbounds i8, ptr %21, i64 0
  %42 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %41, ptr %42, align 8
  %43 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %2, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %21, i64 256
  %45 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %21, i64 1024
  %47 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr %46, ptr %47, align 8
  %48 = getelementptr inbounds i8, ptr %21, i64 1280
  %49 = getelementptr inbounds ptr, ptr %12, i64 4
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds i8, ptr %21, i64 1344
  %51 = getelementptr inbounds ptr, ptr %12, i64 5
  store ptr %50, ptr %51, align 8
  %52 = call i32 @per_sample.rows3(ptr %12, i64 0, i64 16)
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %54 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %4, ptr %54, align 8
  %55 = getelementptr inbounds i8, ptr %21, i64 0
  %56 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %55, ptr %56, align 8
  %57 = call i32 @per_sample.k8(ptr %13, i64 0, i64 1)
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %59 = getelementptr inbounds i8, ptr %21, i64 0
  %60 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %59, ptr %60, align 8
  %61 = getelementptr inbounds i8, ptr %21, i64 1344
  %62 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %61, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %21, i64 1024
  %64 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %63, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %21, i64 256
  %66 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %21, i64 1280
  %68 = getelementptr inbounds ptr, ptr %14, i64 4
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds ptr, ptr %14, i64 5
  store ptr %7, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %21, i64 512
  %71 = getelementptr inbounds ptr, ptr %14, i64 6
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds ptr, ptr %14, i64 7
  store ptr %6, ptr %72, align 8
  %73 = call i32 @per_sample.rows9(ptr %14, i64 0, i64 16)
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %75 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %7, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %1, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %21, i64 0
  %78 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %77, ptr %78, align 8
  %79 = call i32 @per_sample.k15(ptr %15, i64 0, i64 1)
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %81 = getelementptr inbounds i8, ptr %21, i64 0
  %82 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %81, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %21, i64 512
  %84 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %83, ptr %84, align 8
  %85 = call i32 @losses.k1(ptr %16, i64 0, i64 128)
  %86 = icmp ne i32 %85, 0
  br i1 %86, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %87 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %3, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %21, i64 512
  %89 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %88, ptr %89, align 8
  %90 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %5, ptr %90, align 8
  %91 = call i32 @per_sample.k17(ptr %17, i64 0, i64 1)
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %93 = load ptr, ptr %8, align 8
  call void @ftc_rt_free(ptr %93)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind willreturn memory(none) }
attributes #3 = { noinline nounwind }
attributes #4 = { "vector-function-abi-variant"="_ZGVdN8v_expf(_ZGVdN8v_expf)" }
attributes #5 = { "vector-function-abi-variant"="_ZGVdN8v_logf(_ZGVdN8v_logf)" }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.vectorize.enable", i1 false}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !1, !2}
!4 = !{!5}
!5 = !{!"loss.k0.buffer1", !6}
!6 = !{!"loss.k0.buffers"}
!7 = !{!8}
!8 = !{!"loss.k0.buffer2", !6}
!9 = !{!10}
!10 = !{!"loss.k0.buffer0", !6}
!11 = distinct !{!11, !12, !2}
!12 = !{!"llvm.loop.vectorize.enable", i1 true}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !12, !2}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !12, !2}
!17 = distinct !{!17, !1, !2}
!18 = distinct !{!18, !12, !2}
!19 = distinct !{!19, !1, !2}
!20 = distinct !{!20, !12, !2}
!21 = distinct !{!21, !1, !2}
!22 = distinct !{!22, !12, !2}
!23 = distinct !{!23, !12, !2}
!24 = !{!25}
!25 = !{!"loss.k1.buffer0", !26}
!26 = !{!"loss.k1.buffers"}
!27 = !{!28}
!28 = !{!"loss.k1.buffer1", !26}
!29 = distinct !{!29, !30, !2}
!30 = !{!"llvm.loop.vectorize.width", i32 8}
!31 = !{!32}
!32 = !{!"loss.k2.buffer1", !33}
!33 = !{!"loss.k2.buffers"}
!34 = !{!35}
!35 = !{!"loss.k2.buffer2", !33}
!36 = !{!37}
!37 = !{!"loss.k2.buffer0", !33}
!38 = !{!39}
!39 = !{!"loss.k3.buffer0", !40}
!40 = !{!"loss.k3.buffers"}
!41 = !{!42}
!42 = !{!"loss.k3.buffer2", !40}
!43 = !{!44}
!44 = !{!"loss.k3.buffer1", !40}
!45 = distinct !{!45, !30, !2}
!46 = !{!47}
!47 = !{!"loss.k4.buffer0", !48}
!48 = !{!"loss.k4.buffers"}
!49 = !{!50}
!50 = !{!"loss.k4.buffer1", !48}
!51 = distinct !{!51, !30, !52, !2}
!52 = !{!"llvm.loop.interleave.count", i32 4}
!53 = !{!54}
!54 = !{!"loss.k5.buffer0", !55}
!55 = !{!"loss.k5.buffers"}
!56 = !{!57}
!57 = !{!"loss.k5.buffer2", !55}
!58 = !{!59}
!59 = !{!"loss.k5.buffer1", !55}
!60 = distinct !{!60, !30, !2}
!61 = !{!62}
!62 = !{!"loss.k6.buffer0", !63}
!63 = !{!"loss.k6.buffers"}
!64 = !{!65}
!65 = !{!"loss.k6.buffer1", !63}
!66 = distinct !{!66, !12, !67, !2}
!67 = !{!"llvm.loop.vectorize.width", i32 16}
!68 = !{!69}
!69 = !{!"loss.k7.buffer0", !70}
!70 = !{!"loss.k7.buffers"}
!71 = !{!72}
!72 = !{!"loss.k7.buffer1", !70}
!73 = distinct !{!73, !30, !2}
!74 = !{!75}
!75 = !{!"loss.k8.buffer2", !76}
!76 = !{!"loss.k8.buffers"}
!77 = !{!78}
!78 = !{!"loss.k8.buffer3", !76}
!79 = !{!80}
!80 = !{!"loss.k8.buffer0", !76}
!81 = !{!82}
!82 = !{!"loss.k8.buffer1", !76}
!83 = distinct !{!83, !1, !2}
!84 = distinct !{!84, !1, !2}
!85 = !{!86}
!86 = !{!"losses.k0.buffer1", !87}
!87 = !{!"losses.k0.buffers"}
!88 = !{!89}
!89 = !{!"losses.k0.buffer2", !87}
!90 = !{!91}
!91 = !{!"losses.k0.buffer0", !87}
!92 = distinct !{!92, !12, !2}
!93 = distinct !{!93, !1, !2}
!94 = distinct !{!94, !12, !2}
!95 = distinct !{!95, !1, !2}
!96 = distinct !{!96, !12, !2}
!97 = distinct !{!97, !1, !2}
!98 = distinct !{!98, !12, !2}
!99 = distinct !{!99, !1, !2}
!100 = distinct !{!100, !12, !2}
!101 = distinct !{!101, !1, !2}
!102 = distinct !{!102, !12, !2}
!103 = distinct !{!103, !12, !2}
!104 = !{!105}
!105 = !{!"losses.k1.buffer0", !106}
!106 = !{!"losses.k1.buffers"}
!107 = !{!108}
!108 = !{!"losses.k1.buffer1", !106}
!109 = distinct !{!109, !30, !2}
!110 = !{!111}
!111 = !{!"losses.k2.buffer1", !112}
!112 = !{!"losses.k2.buffers"}
!113 = !{!114}
!114 = !{!"losses.k2.buffer2", !112}
!115 = !{!116}
!116 = !{!"losses.k2.buffer0", !112}
!117 = !{!118}
!118 = !{!"losses.rows3.buffer0", !119}
!119 = !{!"losses.rows3.buffers"}
!120 = !{!121, !122}
!121 = !{!"losses.rows3.buffer2", !119}
!122 = !{!"losses.rows3.buffer3", !119}
!123 = !{!124}
!124 = !{!"losses.rows3.buffer1", !119}
!125 = distinct !{!125, !30, !2}
!126 = distinct !{!126, !30, !52, !2}
!127 = !{!121}
!128 = !{!122}
!129 = distinct !{!129, !30, !2}
!130 = distinct !{!130, !12, !67, !2}
!131 = distinct !{!131, !30, !2}
!132 = !{!133}
!133 = !{!"losses.k8.buffer2", !134}
!134 = !{!"losses.k8.buffers"}
!135 = !{!136}
!136 = !{!"losses.k8.buffer3", !134}
!137 = !{!138}
!138 = !{!"losses.k8.buffer0", !134}
!139 = !{!140}
!140 = !{!"losses.k8.buffer1", !134}
!141 = distinct !{!141, !30, !2}
!142 = !{!143}
!143 = !{!"per_sample.rows3.buffer0", !144}
!144 = !{!"per_sample.rows3.buffers"}
!145 = !{!146, !147, !148, !149}
!146 = !{!"per_sample.rows3.buffer2", !144}
!147 = !{!"per_sample.rows3.buffer3", !144}
!148 = !{!"per_sample.rows3.buffer4", !144}
!149 = !{!"per_sample.rows3.buffer5", !144}
!150 = !{!151}
!151 = !{!"per_sample.rows3.buffer1", !144}
!152 = distinct !{!152, !30, !2}
!153 = distinct !{!153, !30, !52, !2}
!154 = !{!146}
!155 = !{!147, !148, !149}
!156 = !{!147}
!157 = !{!146, !148, !149}
!158 = distinct !{!158, !30, !2}
!159 = distinct !{!159, !12, !67, !2}
!160 = !{!148}
!161 = !{!146, !147, !149}
!162 = distinct !{!162, !12, !67, !2}
!163 = !{!149}
!164 = !{!146, !147, !148}
!165 = !{!166}
!166 = !{!"per_sample.k8.buffer1", !167}
!167 = !{!"per_sample.k8.buffers"}
!168 = !{!169}
!169 = !{!"per_sample.k8.buffer0", !167}
!170 = !{!171}
!171 = !{!"per_sample.rows9.buffer0", !172}
!172 = !{!"per_sample.rows9.buffers"}
!173 = !{!174, !175}
!174 = !{!"per_sample.rows9.buffer5", !172}
!175 = !{!"per_sample.rows9.buffer7", !172}
!176 = distinct !{!176, !12, !67, !2}
!177 = !{!178}
!178 = !{!"per_sample.rows9.buffer1", !172}
!179 = distinct !{!179, !30, !2}
!180 = !{!181}
!181 = !{!"per_sample.rows9.buffer2", !172}
!182 = distinct !{!182, !30, !2}
!183 = distinct !{!183, !12, !67, !2}
!184 = !{!185}
!185 = !{!"per_sample.rows9.buffer3", !172}
!186 = !{!187}
!187 = !{!"per_sample.rows9.buffer4", !172}
!188 = !{!174}
!189 = !{!175}
!190 = distinct !{!190, !30, !2}
!191 = !{!192}
!192 = !{!"per_sample.rows9.buffer6", !172}
!193 = distinct !{!193, !30, !2}
!194 = !{!195}
!195 = !{!"per_sample.k15.buffer0", !196}
!196 = !{!"per_sample.k15.buffers"}
!197 = !{!198}
!198 = !{!"per_sample.k15.buffer2", !196}
!199 = !{!200}
!200 = !{!"per_sample.k15.buffer1", !196}
!201 = distinct !{!201, !2}
!202 = !{!203}
!203 = !{!"per_sample.k17.buffer2", !204}
!204 = !{!"per_sample.k17.buffers"}
!205 = !{!206}
!206 = !{!"per_sample.k17.buffer0", !204}
!207 = !{!208}
!208 = !{!"per_sample.k17.buffer1", !204}
