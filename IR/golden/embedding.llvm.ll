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
  %3 = alloca [4 x float], align 16
  %4 = alloca <4 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %5 = getelementptr inbounds ptr, ptr %0, i64 0
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 1
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 2
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 3
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
  %i5 = phi i64 [ 0, %body ], [ %23, %latch3 ]
  %15 = icmp slt i64 %i5, 1
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %16 = mul nsw i64 %i5, 1
  %17 = icmp sgt i64 %16, 0
  %18 = select i1 %17, i64 0, i64 %16
  %19 = mul nsw i64 %i, 8
  %20 = mul nsw i64 %i, 32
  %21 = mul nsw i64 %i, 4
  %22 = add nsw i64 %18, 0
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %23 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %40, %latch8 ]
  %24 = icmp slt i64 %i10, 8
  br i1 %24, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %25 = mul nsw i64 %i10, 4
  %26 = add nsw i64 %25, 0
  %27 = add nsw i64 %20, %26
  %28 = getelementptr inbounds float, ptr %8, i64 %27
  %29 = load <4 x float>, ptr %28, align 4, !alias.scope !31, !noalias !34
  %30 = mul nsw i64 %22, 8
  %31 = add nsw i64 %30, %i10
  %32 = add nsw i64 %19, %31
  %33 = getelementptr inbounds float, ptr %6, i64 %32
  %34 = load float, ptr %33, align 4, !alias.scope !36, !noalias !34
  %35 = insertelement <4 x float> poison, float %34, i32 0
  %36 = shufflevector <4 x float> %35, <4 x float> poison, <4 x i32> zeroinitializer
  %37 = load <4 x float>, ptr %4, align 4
  %38 = fmul contract <4 x float> %36, %29
  %39 = fadd contract <4 x float> %37, %38
  store <4 x float> %39, ptr %4, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %40 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !38

exit9:                                            ; preds = %loop6
  %41 = load <4 x float>, ptr %4, align 4
  %42 = getelementptr inbounds float, ptr %3, i64 0
  store <4 x float> %41, ptr %42, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %50, %latch13 ]
  %43 = icmp slt i64 %i15, 1
  br i1 %43, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %44 = add nsw i64 %18, %i15
  %45 = mul nsw i64 %i, 1
  %46 = add nsw i64 %45, %44
  %47 = mul nsw i64 %46, 4
  %48 = mul nsw i64 %i15, 4
  %49 = getelementptr inbounds float, ptr %3, i64 %48
  br label %loop16

latch13:                                          ; preds = %exit19
  %50 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !39

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %59, %latch18 ]
  %51 = icmp slt i64 %i20, 4
  br i1 %51, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %52 = getelementptr inbounds float, ptr %49, i64 %i20
  %53 = load float, ptr %52, align 4
  %54 = getelementptr inbounds float, ptr %10, i64 %i20
  %55 = load float, ptr %54, align 4, !alias.scope !40, !noalias !34
  %56 = fadd float %53, %55
  %57 = add nsw i64 %47, %i20
  %58 = getelementptr inbounds float, ptr %12, i64 %57
  store float %56, ptr %58, align 4, !alias.scope !34
  br label %latch18

latch18:                                          ; preds = %body17
  %59 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !42

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define internal i32 @loss.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = load float, ptr %10, align 4, !alias.scope !44, !noalias !47
  %12 = call float @llvm.maximum.f32(float %9, float %11)
  store float %12, ptr %3, align 4
  br label %latch

latch:                                            ; preds = %body
  %13 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !49

exit:                                             ; preds = %loop
  %14 = load float, ptr %3, align 4
  %15 = getelementptr inbounds float, ptr %7, i64 0
  store float %14, ptr %15, align 4, !alias.scope !47
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind
define internal i32 @loss.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = load float, ptr %10, align 4, !alias.scope !51, !noalias !54
  %12 = getelementptr inbounds float, ptr %6, i64 0
  %13 = load float, ptr %12, align 4, !alias.scope !56, !noalias !54
  %14 = fsub float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !54
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !58

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %24 = load float, ptr %23, align 4, !alias.scope !59, !noalias !62
  %25 = call float @expf(float %24) #4
  %26 = sub i64 %i, 0
  %27 = getelementptr inbounds float, ptr %5, i64 %26
  store float %25, ptr %27, align 4
  br label %latch

latch:                                            ; preds = %body
  %28 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !64

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
  store float %77, ptr %78, align 4, !alias.scope !62
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @expf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_expf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @loss.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !66, !noalias !69
  %10 = call float @logf(float %9) #5
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !69
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !71

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @logf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_logf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @loss.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = load i32, ptr %11, align 4, !alias.scope !72, !noalias !75
  %13 = sext i32 %12 to i64
  %14 = icmp slt i64 %13, 0
  %15 = select i1 %14, i64 0, i64 %13
  %16 = icmp sgt i64 %15, 3
  %17 = select i1 %16, i64 3, i64 %15
  %18 = getelementptr inbounds float, ptr %4, i64 %17
  %19 = load float, ptr %18, align 4, !alias.scope !77, !noalias !75
  %20 = getelementptr inbounds float, ptr %6, i64 0
  %21 = load float, ptr %20, align 4, !alias.scope !79, !noalias !75
  %22 = fsub float %19, %21
  %23 = fneg float %22
  %24 = getelementptr inbounds float, ptr %10, i64 0
  store float %23, ptr %24, align 4, !alias.scope !75
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5) #0 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [4 x ptr], align 8
  %10 = alloca [2 x ptr], align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [2 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [4 x ptr], align 8
  %15 = call i32 @ftc_rt_alloc(ptr %6, i64 192)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok

fail:                                             ; preds = %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %15, %entry ], [ %23, %ok ], [ %29, %ok1 ], [ %37, %ok2 ], [ %43, %ok3 ], [ %51, %ok4 ], [ %57, %ok5 ], [ %63, %ok6 ], [ %71, %ok7 ]
  %17 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %17)
  ret i32 %status

ok:                                               ; preds = %entry
  %18 = load ptr, ptr %6, align 8
  %19 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %3, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %18, i64 0
  %22 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %21, ptr %22, align 8
  %23 = call i32 @loss.k0(ptr %7, i64 0, i64 1)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %25 = getelementptr inbounds i8, ptr %18, i64 0
  %26 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %25, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %18, i64 64
  %28 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %27, ptr %28, align 8
  %29 = call i32 @loss.k1(ptr %8, i64 0, i64 8)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %31 = getelementptr inbounds i8, ptr %18, i64 64
  %32 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %2, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %18, i64 0
  %36 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %35, ptr %36, align 8
  %37 = call i32 @loss.k2(ptr %9, i64 0, i64 1)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %39 = getelementptr inbounds i8, ptr %18, i64 0
  %40 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %39, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %18, i64 64
  %42 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %41, ptr %42, align 8
  %43 = call i32 @loss.k3(ptr %10, i64 0, i64 1)
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %45 = getelementptr inbounds i8, ptr %18, i64 0
  %46 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %18, i64 64
  %48 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %18, i64 128
  %50 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %49, ptr %50, align 8
  %51 = call i32 @loss.k4(ptr %11, i64 0, i64 4)
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %53 = getelementptr inbounds i8, ptr %18, i64 128
  %54 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %53, ptr %54, align 8
  %55 = getelementptr inbounds i8, ptr %18, i64 0
  %56 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %55, ptr %56, align 8
  %57 = call i32 @loss.k5(ptr %12, i64 0, i64 1)
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %59 = getelementptr inbounds i8, ptr %18, i64 0
  %60 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %59, ptr %60, align 8
  %61 = getelementptr inbounds i8, ptr %18, i64 64
  %62 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %61, ptr %62, align 8
  %63 = call i32 @loss.k6(ptr %13, i64 0, i64 1)
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %65 = getelementptr inbounds i8, ptr %18, i64 128
  %66 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %18, i64 64
  %68 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %4, ptr %69, align 8
  %70 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %5, ptr %70, align 8
  %71 = call i32 @loss.k7(ptr %14, i64 0, i64 1)
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %73 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %73)
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
  br label %loop, !llvm.loop !81

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
  br label %loop1, !llvm.loop !82

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
  %27 = load i32, ptr %26, align 4, !alias.scope !83, !noalias !86
  %28 = sext i32 %27 to i64
  %29 = icmp slt i64 %28, 0
  %30 = select i1 %29, i64 0, i64 %28
  %31 = icmp sgt i64 %30, 19
  %32 = select i1 %31, i64 19, i64 %30
  %33 = mul nsw i64 %32, 8
  %34 = add nsw i64 %33, %23
  %35 = getelementptr inbounds float, ptr %5, i64 %34
  %36 = load float, ptr %35, align 4, !alias.scope !88, !noalias !86
  %37 = mul nsw i64 %i5, 8
  %38 = add nsw i64 %37, %i10
  %39 = getelementptr inbounds float, ptr %10, i64 %38
  store float %36, ptr %39, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %40 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !90

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
  br label %loop11, !llvm.loop !91

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
  br label %loop16, !llvm.loop !92

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
  br label %loop21, !llvm.loop !93

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
  br label %loop26, !llvm.loop !94

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
  br label %loop31, !llvm.loop !95

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
  br label %loop36, !llvm.loop !96

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
  br label %loop41, !llvm.loop !97

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
  br label %loop46, !llvm.loop !98

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
  br label %loop51, !llvm.loop !99

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
  br label %loop56, !llvm.loop !100

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
  store float %122, ptr %123, align 4, !alias.scope !86
  br label %latch63

latch63:                                          ; preds = %body62
  %124 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !101

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
  %9 = load float, ptr %8, align 4, !alias.scope !102, !noalias !105
  %10 = fdiv float %9, 6.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !105
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !107

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @losses.k2(ptr %0, i64 %1, i64 %2) #3 {
entry:
  %3 = alloca [32 x float], align 16
  %4 = alloca <4 x float>, align 16
  %5 = alloca <4 x float>, align 16
  %6 = alloca <4 x float>, align 16
  %7 = alloca <4 x float>, align 16
  %8 = alloca <4 x float>, align 16
  %9 = alloca <4 x float>, align 16
  %10 = alloca <4 x float>, align 16
  %11 = alloca <4 x float>, align 16
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
  %i5 = phi i64 [ 0, %body ], [ %37, %latch3 ]
  %22 = icmp slt i64 %i5, 2
  br i1 %22, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %23 = mul nsw i64 %i5, 8
  %24 = icmp sgt i64 %23, 8
  %25 = select i1 %24, i64 8, i64 %23
  %26 = mul nsw i64 %i, 128
  %27 = mul nsw i64 %i, 32
  %28 = mul nsw i64 %i, 64
  %29 = add nsw i64 %25, 0
  %30 = add nsw i64 %25, 1
  %31 = add nsw i64 %25, 2
  %32 = add nsw i64 %25, 3
  %33 = add nsw i64 %25, 4
  %34 = add nsw i64 %25, 5
  %35 = add nsw i64 %25, 6
  %36 = add nsw i64 %25, 7
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  br label %loop6

latch3:                                           ; preds = %exit14
  %37 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %124, %latch8 ]
  %38 = icmp slt i64 %i10, 8
  br i1 %38, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %39 = mul nsw i64 %i10, 4
  %40 = add nsw i64 %39, 0
  %41 = add nsw i64 %27, %40
  %42 = getelementptr inbounds float, ptr %15, i64 %41
  %43 = load <4 x float>, ptr %42, align 4, !alias.scope !108, !noalias !111
  %44 = mul nsw i64 %29, 8
  %45 = add nsw i64 %44, %i10
  %46 = add nsw i64 %26, %45
  %47 = getelementptr inbounds float, ptr %13, i64 %46
  %48 = load float, ptr %47, align 4, !alias.scope !113, !noalias !111
  %49 = insertelement <4 x float> poison, float %48, i32 0
  %50 = shufflevector <4 x float> %49, <4 x float> poison, <4 x i32> zeroinitializer
  %51 = load <4 x float>, ptr %4, align 4
  %52 = fmul contract <4 x float> %50, %43
  %53 = fadd contract <4 x float> %51, %52
  store <4 x float> %53, ptr %4, align 4
  %54 = mul nsw i64 %30, 8
  %55 = add nsw i64 %54, %i10
  %56 = add nsw i64 %26, %55
  %57 = getelementptr inbounds float, ptr %13, i64 %56
  %58 = load float, ptr %57, align 4, !alias.scope !113, !noalias !111
  %59 = insertelement <4 x float> poison, float %58, i32 0
  %60 = shufflevector <4 x float> %59, <4 x float> poison, <4 x i32> zeroinitializer
  %61 = load <4 x float>, ptr %5, align 4
  %62 = fmul contract <4 x float> %60, %43
  %63 = fadd contract <4 x float> %61, %62
  store <4 x float> %63, ptr %5, align 4
  %64 = mul nsw i64 %31, 8
  %65 = add nsw i64 %64, %i10
  %66 = add nsw i64 %26, %65
  %67 = getelementptr inbounds float, ptr %13, i64 %66
  %68 = load float, ptr %67, align 4, !alias.scope !113, !noalias !111
  %69 = insertelement <4 x float> poison, float %68, i32 0
  %70 = shufflevector <4 x float> %69, <4 x float> poison, <4 x i32> zeroinitializer
  %71 = load <4 x float>, ptr %6, align 4
  %72 = fmul contract <4 x float> %70, %43
  %73 = fadd contract <4 x float> %71, %72
  store <4 x float> %73, ptr %6, align 4
  %74 = mul nsw i64 %32, 8
  %75 = add nsw i64 %74, %i10
  %76 = add nsw i64 %26, %75
  %77 = getelementptr inbounds float, ptr %13, i64 %76
  %78 = load float, ptr %77, align 4, !alias.scope !113, !noalias !111
  %79 = insertelement <4 x float> poison, float %78, i32 0
  %80 = shufflevector <4 x float> %79, <4 x float> poison, <4 x i32> zeroinitializer
  %81 = load <4 x float>, ptr %7, align 4
  %82 = fmul contract <4 x float> %80, %43
  %83 = fadd contract <4 x float> %81, %82
  store <4 x float> %83, ptr %7, align 4
  %84 = mul nsw i64 %33, 8
  %85 = add nsw i64 %84, %i10
  %86 = add nsw i64 %26, %85
  %87 = getelementptr inbounds float, ptr %13, i64 %86
  %88 = load float, ptr %87, align 4, !alias.scope !113, !noalias !111
  %89 = insertelement <4 x float> poison, float %88, i32 0
  %90 = shufflevector <4 x float> %89, <4 x float> poison, <4 x i32> zeroinitializer
  %91 = load <4 x float>, ptr %8, align 4
  %92 = fmul contract <4 x float> %90, %43
  %93 = fadd contract <4 x float> %91, %92
  store <4 x float> %93, ptr %8, align 4
  %94 = mul nsw i64 %34, 8
  %95 = add nsw i64 %94, %i10
  %96 = add nsw i64 %26, %95
  %97 = getelementptr inbounds float, ptr %13, i64 %96
  %98 = load float, ptr %97, align 4, !alias.scope !113, !noalias !111
  %99 = insertelement <4 x float> poison, float %98, i32 0
  %100 = shufflevector <4 x float> %99, <4 x float> poison, <4 x i32> zeroinitializer
  %101 = load <4 x float>, ptr %9, align 4
  %102 = fmul contract <4 x float> %100, %43
  %103 = fadd contract <4 x float> %101, %102
  store <4 x float> %103, ptr %9, align 4
  %104 = mul nsw i64 %35, 8
  %105 = add nsw i64 %104, %i10
  %106 = add nsw i64 %26, %105
  %107 = getelementptr inbounds float, ptr %13, i64 %106
  %108 = load float, ptr %107, align 4, !alias.scope !113, !noalias !111
  %109 = insertelement <4 x float> poison, float %108, i32 0
  %110 = shufflevector <4 x float> %109, <4 x float> poison, <4 x i32> zeroinitializer
  %111 = load <4 x float>, ptr %10, align 4
  %112 = fmul contract <4 x float> %110, %43
  %113 = fadd contract <4 x float> %111, %112
  store <4 x float> %113, ptr %10, align 4
  %114 = mul nsw i64 %36, 8
  %115 = add nsw i64 %114, %i10
  %116 = add nsw i64 %26, %115
  %117 = getelementptr inbounds float, ptr %13, i64 %116
  %118 = load float, ptr %117, align 4, !alias.scope !113, !noalias !111
  %119 = insertelement <4 x float> poison, float %118, i32 0
  %120 = shufflevector <4 x float> %119, <4 x float> poison, <4 x i32> zeroinitializer
  %121 = load <4 x float>, ptr %11, align 4
  %122 = fmul contract <4 x float> %120, %43
  %123 = fadd contract <4 x float> %121, %122
  store <4 x float> %123, ptr %11, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %124 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !115

exit9:                                            ; preds = %loop6
  %125 = load <4 x float>, ptr %4, align 4
  %126 = load <4 x float>, ptr %5, align 4
  %127 = load <4 x float>, ptr %6, align 4
  %128 = load <4 x float>, ptr %7, align 4
  %129 = load <4 x float>, ptr %8, align 4
  %130 = load <4 x float>, ptr %9, align 4
  %131 = load <4 x float>, ptr %10, align 4
  %132 = load <4 x float>, ptr %11, align 4
  %133 = getelementptr inbounds float, ptr %3, i64 0
  store <4 x float> %125, ptr %133, align 4
  %134 = getelementptr inbounds float, ptr %3, i64 4
  store <4 x float> %126, ptr %134, align 4
  %135 = getelementptr inbounds float, ptr %3, i64 8
  store <4 x float> %127, ptr %135, align 4
  %136 = getelementptr inbounds float, ptr %3, i64 12
  store <4 x float> %128, ptr %136, align 4
  %137 = getelementptr inbounds float, ptr %3, i64 16
  store <4 x float> %129, ptr %137, align 4
  %138 = getelementptr inbounds float, ptr %3, i64 20
  store <4 x float> %130, ptr %138, align 4
  %139 = getelementptr inbounds float, ptr %3, i64 24
  store <4 x float> %131, ptr %139, align 4
  %140 = getelementptr inbounds float, ptr %3, i64 28
  store <4 x float> %132, ptr %140, align 4
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %148, %latch13 ]
  %141 = icmp slt i64 %i15, 8
  br i1 %141, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %142 = add nsw i64 %25, %i15
  %143 = mul nsw i64 %i, 16
  %144 = add nsw i64 %143, %142
  %145 = mul nsw i64 %144, 4
  %146 = mul nsw i64 %i15, 4
  %147 = getelementptr inbounds float, ptr %3, i64 %146
  br label %loop16

latch13:                                          ; preds = %exit19
  %148 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !116

exit14:                                           ; preds = %loop11
  br label %latch3

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %157, %latch18 ]
  %149 = icmp slt i64 %i20, 4
  br i1 %149, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %150 = getelementptr inbounds float, ptr %147, i64 %i20
  %151 = load float, ptr %150, align 4
  %152 = getelementptr inbounds float, ptr %17, i64 %i20
  %153 = load float, ptr %152, align 4, !alias.scope !117, !noalias !111
  %154 = fadd float %151, %153
  %155 = add nsw i64 %145, %i20
  %156 = getelementptr inbounds float, ptr %19, i64 %155
  store float %154, ptr %156, align 4, !alias.scope !111
  br label %latch18

latch18:                                          ; preds = %body17
  %157 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !119

exit19:                                           ; preds = %loop16
  br label %latch13
}

; Function Attrs: nounwind
define internal i32 @losses.rows3(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca float, align 16
  %6 = alloca <16 x float>, align 16
  %7 = alloca [1 x <16 x float>], align 16
  %8 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %9 = getelementptr inbounds ptr, ptr %0, i64 0
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 1
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 2
  %14 = load ptr, ptr %13, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul nsw i64 %i, 1
  %17 = mul nsw i64 %i, 1
  %18 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit34
  %19 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %21, %latch3 ]
  %20 = icmp slt i64 %i5, %18
  br i1 %20, label %body2, label %exit4

body2:                                            ; preds = %loop1
  store float 0xFFF0000000000000, ptr %5, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %21 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %22 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %30, %latch8 ]
  %23 = icmp slt i64 %i10, 4
  br i1 %23, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %24 = load float, ptr %5, align 4
  %25 = mul nsw i64 %i5, 4
  %26 = add nsw i64 %25, %i10
  %27 = getelementptr inbounds float, ptr %10, i64 %26
  %28 = load float, ptr %27, align 4, !alias.scope !120, !noalias !123
  %29 = call float @llvm.maximum.f32(float %24, float %28)
  store float %29, ptr %5, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %30 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !126

exit9:                                            ; preds = %loop6
  %31 = load float, ptr %5, align 4
  %32 = sub i64 %i5, %16
  %33 = getelementptr inbounds float, ptr %3, i64 %32
  store float %31, ptr %33, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %35, %latch13 ]
  %34 = icmp slt i64 %i15, %22
  br i1 %34, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %35 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %36 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %49, %latch18 ]
  %37 = icmp slt i64 %i20, 4
  br i1 %37, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %38 = mul nsw i64 %i15, 4
  %39 = add nsw i64 %38, %i20
  %40 = getelementptr inbounds float, ptr %10, i64 %39
  %41 = load float, ptr %40, align 4, !alias.scope !120, !noalias !123
  %42 = sub i64 %i15, %16
  %43 = getelementptr inbounds float, ptr %3, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = fsub float %41, %44
  %46 = mul nsw i64 %i15, 4
  %47 = add nsw i64 %46, %i20
  %48 = getelementptr inbounds float, ptr %12, i64 %47
  store float %45, ptr %48, align 4, !alias.scope !127, !noalias !128
  br label %latch18

latch18:                                          ; preds = %body17
  %49 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !129

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %63, %latch23 ]
  %50 = icmp slt i64 %i25, %36
  br i1 %50, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %51 = getelementptr inbounds float, ptr %8, i64 4
  store float -0.000000e+00, ptr %51, align 4
  %52 = getelementptr inbounds float, ptr %8, i64 5
  store float -0.000000e+00, ptr %52, align 4
  %53 = getelementptr inbounds float, ptr %8, i64 6
  store float -0.000000e+00, ptr %53, align 4
  %54 = getelementptr inbounds float, ptr %8, i64 7
  store float -0.000000e+00, ptr %54, align 4
  %55 = getelementptr inbounds float, ptr %8, i64 8
  store float -0.000000e+00, ptr %55, align 4
  %56 = getelementptr inbounds float, ptr %8, i64 9
  store float -0.000000e+00, ptr %56, align 4
  %57 = getelementptr inbounds float, ptr %8, i64 10
  store float -0.000000e+00, ptr %57, align 4
  %58 = getelementptr inbounds float, ptr %8, i64 11
  store float -0.000000e+00, ptr %58, align 4
  %59 = getelementptr inbounds float, ptr %8, i64 12
  store float -0.000000e+00, ptr %59, align 4
  %60 = getelementptr inbounds float, ptr %8, i64 13
  store float -0.000000e+00, ptr %60, align 4
  %61 = getelementptr inbounds float, ptr %8, i64 14
  store float -0.000000e+00, ptr %61, align 4
  %62 = getelementptr inbounds float, ptr %8, i64 15
  store float -0.000000e+00, ptr %62, align 4
  br label %loop26

latch23:                                          ; preds = %exit29
  %63 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %64 = add nsw i64 %i, 1
  %65 = mul nsw i64 %i, 1
  %66 = mul nsw i64 %64, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %75, %latch28 ]
  %67 = icmp slt i64 %i30, 4
  br i1 %67, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %68 = mul nsw i64 %i25, 4
  %69 = add nsw i64 %68, %i30
  %70 = getelementptr inbounds float, ptr %12, i64 %69
  %71 = load float, ptr %70, align 4, !alias.scope !127, !noalias !128
  %72 = call float @expf(float %71) #4
  %73 = sub i64 %i30, 0
  %74 = getelementptr inbounds float, ptr %8, i64 %73
  store float %72, ptr %74, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %75 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !130

exit29:                                           ; preds = %loop26
  %76 = getelementptr inbounds <16 x float>, ptr %8, i64 0
  %77 = load <16 x float>, ptr %76, align 4
  store <16 x float> %77, ptr %6, align 4
  %78 = getelementptr inbounds float, ptr %6, i64 0
  %79 = load float, ptr %78, align 4
  %80 = getelementptr inbounds float, ptr %6, i64 1
  %81 = load float, ptr %80, align 4
  %82 = getelementptr inbounds float, ptr %6, i64 2
  %83 = load float, ptr %82, align 4
  %84 = getelementptr inbounds float, ptr %6, i64 3
  %85 = load float, ptr %84, align 4
  %86 = getelementptr inbounds float, ptr %6, i64 4
  %87 = load float, ptr %86, align 4
  %88 = getelementptr inbounds float, ptr %6, i64 5
  %89 = load float, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %6, i64 6
  %91 = load float, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %6, i64 7
  %93 = load float, ptr %92, align 4
  %94 = getelementptr inbounds float, ptr %6, i64 8
  %95 = load float, ptr %94, align 4
  %96 = getelementptr inbounds float, ptr %6, i64 9
  %97 = load float, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %6, i64 10
  %99 = load float, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %6, i64 11
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %6, i64 12
  %103 = load float, ptr %102, align 4
  %104 = getelementptr inbounds float, ptr %6, i64 13
  %105 = load float, ptr %104, align 4
  %106 = getelementptr inbounds float, ptr %6, i64 14
  %107 = load float, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %6, i64 15
  %109 = load float, ptr %108, align 4
  %110 = fadd float %79, %95
  %111 = fadd float %81, %97
  %112 = fadd float %83, %99
  %113 = fadd float %85, %101
  %114 = fadd float %87, %103
  %115 = fadd float %89, %105
  %116 = fadd float %91, %107
  %117 = fadd float %93, %109
  %118 = fadd float %110, %114
  %119 = fadd float %111, %115
  %120 = fadd float %112, %116
  %121 = fadd float %113, %117
  %122 = fadd float %118, %120
  %123 = fadd float %119, %121
  %124 = fadd float %122, %123
  %125 = sub i64 %i25, %17
  %126 = getelementptr inbounds float, ptr %4, i64 %125
  store float %124, ptr %126, align 4
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %65, %exit24 ], [ %133, %latch33 ]
  %127 = icmp slt i64 %i35, %66
  br i1 %127, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %128 = sub i64 %i35, %17
  %129 = getelementptr inbounds float, ptr %4, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = call float @logf(float %130) #5
  %132 = getelementptr inbounds float, ptr %14, i64 %i35
  store float %131, ptr %132, align 4, !alias.scope !128, !noalias !127
  br label %latch33

latch33:                                          ; preds = %body32
  %133 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !131

exit34:                                           ; preds = %loop31
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @losses.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = alloca [4 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [4 x ptr], align 8
  %12 = call i32 @ftc_rt_alloc(ptr %6, i64 1024)
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %fail, label %ok

fail:                                             ; preds = %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %12, %entry ], [ %20, %ok ], [ %26, %ok1 ], [ %34, %ok2 ], [ %42, %ok3 ], [ %50, %ok4 ]
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
  %31 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %2, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %15, i64 0
  %33 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %32, ptr %33, align 8
  %34 = call i32 @losses.k2(ptr %9, i64 0, i64 1)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %36 = getelementptr inbounds i8, ptr %15, i64 0
  %37 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %15, i64 256
  %39 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %15, i64 512
  %41 = getelementptr inbounds ptr, ptr %10, i64 2
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
  %50 = call i32 @losses.k7(ptr %11, i64 0, i64 16)
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
  %3 = alloca [1 x float], align 64
  %4 = alloca float, align 16
  %5 = alloca <16 x float>, align 16
  %6 = alloca [1 x <16 x float>], align 16
  %7 = alloca [1 x <16 x float>], align 16
  %8 = alloca <16 x float>, align 16
  %9 = alloca [1 x <16 x float>], align 16
  %10 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %11 = getelementptr inbounds ptr, ptr %0, i64 0
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 1
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds ptr, ptr %0, i64 2
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 3
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds ptr, ptr %0, i64 4
  %20 = load ptr, ptr %19, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %24, %latch ]
  %21 = icmp slt i64 %i, %2
  br i1 %21, label %body, label %exit

body:                                             ; preds = %loop
  %22 = mul nsw i64 %i, 1
  %23 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit34
  %24 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %26, %latch3 ]
  %25 = icmp slt i64 %i5, %23
  br i1 %25, label %body2, label %exit4

body2:                                            ; preds = %loop1
  store float 0xFFF0000000000000, ptr %4, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %26 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %27 = add nsw i64 %i, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %35, %latch8 ]
  %28 = icmp slt i64 %i10, 4
  br i1 %28, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %29 = load float, ptr %4, align 4
  %30 = mul nsw i64 %i5, 4
  %31 = add nsw i64 %30, %i10
  %32 = getelementptr inbounds float, ptr %12, i64 %31
  %33 = load float, ptr %32, align 4, !alias.scope !142, !noalias !145
  %34 = call float @llvm.maximum.f32(float %29, float %33)
  store float %34, ptr %4, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %35 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !150

exit9:                                            ; preds = %loop6
  %36 = load float, ptr %4, align 4
  %37 = sub i64 %i5, %22
  %38 = getelementptr inbounds float, ptr %3, i64 %37
  store float %36, ptr %38, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %40, %latch13 ]
  %39 = icmp slt i64 %i15, %27
  br i1 %39, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %40 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %41 = add nsw i64 %i, 1
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %58, %latch18 ]
  %42 = icmp slt i64 %i20, 4
  br i1 %42, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %43 = mul nsw i64 %i15, 4
  %44 = add nsw i64 %43, %i20
  %45 = getelementptr inbounds float, ptr %12, i64 %44
  %46 = load float, ptr %45, align 4, !alias.scope !142, !noalias !145
  %47 = sub i64 %i15, %22
  %48 = getelementptr inbounds float, ptr %3, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = fcmp oeq float %46, %49
  %51 = uitofp i1 %50 to float
  %52 = mul nsw i64 %i15, 4
  %53 = add nsw i64 %52, %i20
  %54 = getelementptr inbounds float, ptr %14, i64 %53
  store float %51, ptr %54, align 4, !alias.scope !151, !noalias !152
  %55 = fsub float %46, %49
  %56 = call float @expf(float %55) #4
  %57 = getelementptr inbounds float, ptr %16, i64 %53
  store float %56, ptr %57, align 4, !alias.scope !153, !noalias !154
  br label %latch18

latch18:                                          ; preds = %body17
  %58 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !155

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ %i, %exit14 ], [ %72, %latch23 ]
  %59 = icmp slt i64 %i25, %41
  br i1 %59, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %60 = getelementptr inbounds float, ptr %7, i64 4
  store float -0.000000e+00, ptr %60, align 4
  %61 = getelementptr inbounds float, ptr %7, i64 5
  store float -0.000000e+00, ptr %61, align 4
  %62 = getelementptr inbounds float, ptr %7, i64 6
  store float -0.000000e+00, ptr %62, align 4
  %63 = getelementptr inbounds float, ptr %7, i64 7
  store float -0.000000e+00, ptr %63, align 4
  %64 = getelementptr inbounds float, ptr %7, i64 8
  store float -0.000000e+00, ptr %64, align 4
  %65 = getelementptr inbounds float, ptr %7, i64 9
  store float -0.000000e+00, ptr %65, align 4
  %66 = getelementptr inbounds float, ptr %7, i64 10
  store float -0.000000e+00, ptr %66, align 4
  %67 = getelementptr inbounds float, ptr %7, i64 11
  store float -0.000000e+00, ptr %67, align 4
  %68 = getelementptr inbounds float, ptr %7, i64 12
  store float -0.000000e+00, ptr %68, align 4
  %69 = getelementptr inbounds float, ptr %7, i64 13
  store float -0.000000e+00, ptr %69, align 4
  %70 = getelementptr inbounds float, ptr %7, i64 14
  store float -0.000000e+00, ptr %70, align 4
  %71 = getelementptr inbounds float, ptr %7, i64 15
  store float -0.000000e+00, ptr %71, align 4
  br label %loop26

latch23:                                          ; preds = %exit29
  %72 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %73 = add nsw i64 %i, 1
  br label %loop31

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %81, %latch28 ]
  %74 = icmp slt i64 %i30, 4
  br i1 %74, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %75 = mul nsw i64 %i25, 4
  %76 = add nsw i64 %75, %i30
  %77 = getelementptr inbounds float, ptr %14, i64 %76
  %78 = load float, ptr %77, align 4, !alias.scope !151, !noalias !152
  %79 = sub i64 %i30, 0
  %80 = getelementptr inbounds float, ptr %7, i64 %79
  store float %78, ptr %80, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %81 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !156

exit29:                                           ; preds = %loop26
  %82 = getelementptr inbounds <16 x float>, ptr %7, i64 0
  %83 = load <16 x float>, ptr %82, align 4
  store <16 x float> %83, ptr %5, align 4
  %84 = getelementptr inbounds float, ptr %5, i64 0
  %85 = load float, ptr %84, align 4
  %86 = getelementptr inbounds float, ptr %5, i64 1
  %87 = load float, ptr %86, align 4
  %88 = getelementptr inbounds float, ptr %5, i64 2
  %89 = load float, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %5, i64 3
  %91 = load float, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %5, i64 4
  %93 = load float, ptr %92, align 4
  %94 = getelementptr inbounds float, ptr %5, i64 5
  %95 = load float, ptr %94, align 4
  %96 = getelementptr inbounds float, ptr %5, i64 6
  %97 = load float, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %5, i64 7
  %99 = load float, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %5, i64 8
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %5, i64 9
  %103 = load float, ptr %102, align 4
  %104 = getelementptr inbounds float, ptr %5, i64 10
  %105 = load float, ptr %104, align 4
  %106 = getelementptr inbounds float, ptr %5, i64 11
  %107 = load float, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %5, i64 12
  %109 = load float, ptr %108, align 4
  %110 = getelementptr inbounds float, ptr %5, i64 13
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %5, i64 14
  %113 = load float, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %5, i64 15
  %115 = load float, ptr %114, align 4
  %116 = fadd float %85, %101
  %117 = fadd float %87, %103
  %118 = fadd float %89, %105
  %119 = fadd float %91, %107
  %120 = fadd float %93, %109
  %121 = fadd float %95, %111
  %122 = fadd float %97, %113
  %123 = fadd float %99, %115
  %124 = fadd float %116, %120
  %125 = fadd float %117, %121
  %126 = fadd float %118, %122
  %127 = fadd float %119, %123
  %128 = fadd float %124, %126
  %129 = fadd float %125, %127
  %130 = fadd float %128, %129
  %131 = getelementptr inbounds float, ptr %18, i64 %i25
  store float %130, ptr %131, align 4, !alias.scope !157, !noalias !158
  br label %latch23

loop31:                                           ; preds = %latch33, %exit24
  %i35 = phi i64 [ %i, %exit24 ], [ %145, %latch33 ]
  %132 = icmp slt i64 %i35, %73
  br i1 %132, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %133 = getelementptr inbounds float, ptr %10, i64 4
  store float -0.000000e+00, ptr %133, align 4
  %134 = getelementptr inbounds float, ptr %10, i64 5
  store float -0.000000e+00, ptr %134, align 4
  %135 = getelementptr inbounds float, ptr %10, i64 6
  store float -0.000000e+00, ptr %135, align 4
  %136 = getelementptr inbounds float, ptr %10, i64 7
  store float -0.000000e+00, ptr %136, align 4
  %137 = getelementptr inbounds float, ptr %10, i64 8
  store float -0.000000e+00, ptr %137, align 4
  %138 = getelementptr inbounds float, ptr %10, i64 9
  store float -0.000000e+00, ptr %138, align 4
  %139 = getelementptr inbounds float, ptr %10, i64 10
  store float -0.000000e+00, ptr %139, align 4
  %140 = getelementptr inbounds float, ptr %10, i64 11
  store float -0.000000e+00, ptr %140, align 4
  %141 = getelementptr inbounds float, ptr %10, i64 12
  store float -0.000000e+00, ptr %141, align 4
  %142 = getelementptr inbounds float, ptr %10, i64 13
  store float -0.000000e+00, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %10, i64 14
  store float -0.000000e+00, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %10, i64 15
  store float -0.000000e+00, ptr %144, align 4
  br label %loop36

latch33:                                          ; preds = %exit39
  %145 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  br label %latch

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %153, %latch38 ]
  %146 = icmp slt i64 %i40, 4
  br i1 %146, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %147 = mul nsw i64 %i35, 4
  %148 = add nsw i64 %147, %i40
  %149 = getelementptr inbounds float, ptr %16, i64 %148
  %150 = load float, ptr %149, align 4, !alias.scope !153, !noalias !154
  %151 = sub i64 %i40, 0
  %152 = getelementptr inbounds float, ptr %10, i64 %151
  store float %150, ptr %152, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %153 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !159

exit39:                                           ; preds = %loop36
  %154 = getelementptr inbounds <16 x float>, ptr %10, i64 0
  %155 = load <16 x float>, ptr %154, align 4
  store <16 x float> %155, ptr %8, align 4
  %156 = getelementptr inbounds float, ptr %8, i64 0
  %157 = load float, ptr %156, align 4
  %158 = getelementptr inbounds float, ptr %8, i64 1
  %159 = load float, ptr %158, align 4
  %160 = getelementptr inbounds float, ptr %8, i64 2
  %161 = load float, ptr %160, align 4
  %162 = getelementptr inbounds float, ptr %8, i64 3
  %163 = load float, ptr %162, align 4
  %164 = getelementptr inbounds float, ptr %8, i64 4
  %165 = load float, ptr %164, align 4
  %166 = getelementptr inbounds float, ptr %8, i64 5
  %167 = load float, ptr %166, align 4
  %168 = getelementptr inbounds float, ptr %8, i64 6
  %169 = load float, ptr %168, align 4
  %170 = getelementptr inbounds float, ptr %8, i64 7
  %171 = load float, ptr %170, align 4
  %172 = getelementptr inbounds float, ptr %8, i64 8
  %173 = load float, ptr %172, align 4
  %174 = getelementptr inbounds float, ptr %8, i64 9
  %175 = load float, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %8, i64 10
  %177 = load float, ptr %176, align 4
  %178 = getelementptr inbounds float, ptr %8, i64 11
  %179 = load float, ptr %178, align 4
  %180 = getelementptr inbounds float, ptr %8, i64 12
  %181 = load float, ptr %180, align 4
  %182 = getelementptr inbounds float, ptr %8, i64 13
  %183 = load float, ptr %182, align 4
  %184 = getelementptr inbounds float, ptr %8, i64 14
  %185 = load float, ptr %184, align 4
  %186 = getelementptr inbounds float, ptr %8, i64 15
  %187 = load float, ptr %186, align 4
  %188 = fadd float %157, %173
  %189 = fadd float %159, %175
  %190 = fadd float %161, %177
  %191 = fadd float %163, %179
  %192 = fadd float %165, %181
  %193 = fadd float %167, %183
  %194 = fadd float %169, %185
  %195 = fadd float %171, %187
  %196 = fadd float %188, %192
  %197 = fadd float %189, %193
  %198 = fadd float %190, %194
  %199 = fadd float %191, %195
  %200 = fadd float %196, %198
  %201 = fadd float %197, %199
  %202 = fadd float %200, %201
  %203 = getelementptr inbounds float, ptr %20, i64 %i35
  store float %202, ptr %203, align 4, !alias.scope !160, !noalias !161
  br label %latch33
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
  store float 0.000000e+00, ptr %12, align 4, !alias.scope !162
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
  %16 = load i32, ptr %15, align 4, !alias.scope !165, !noalias !162
  %17 = sext i32 %16 to i64
  %18 = icmp slt i64 %17, 0
  %19 = select i1 %18, i64 0, i64 %17
  %20 = icmp sgt i64 %19, 3
  %21 = select i1 %20, i64 3, i64 %19
  %22 = mul nsw i64 %i10, 4
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %6, i64 %23
  %25 = load float, ptr %24, align 4, !alias.scope !162
  %26 = fadd float %25, -1.000000e+00
  %27 = getelementptr inbounds float, ptr %6, i64 %23
  store float %26, ptr %27, align 4, !alias.scope !162
  br label %latch8

latch8:                                           ; preds = %body7
  %28 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @per_sample.rows8(ptr %0, i64 %1, i64 %2) #0 {
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
  %57 = load float, ptr %56, align 4, !alias.scope !167, !noalias !170
  %58 = fneg float %57
  %59 = sub i64 %i10, 0
  %60 = getelementptr inbounds float, ptr %9, i64 %59
  store float %58, ptr %60, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %61 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !173

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
  %118 = load float, ptr %117, align 4, !alias.scope !174, !noalias !170
  %119 = fdiv float %116, %118
  %120 = sub i64 %i15, %31
  %121 = getelementptr inbounds float, ptr %4, i64 %120
  store float %119, ptr %121, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %122 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !176

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
  %131 = load float, ptr %130, align 4, !alias.scope !167, !noalias !170
  %132 = sub i64 %i20, %31
  %133 = getelementptr inbounds float, ptr %4, i64 %132
  %134 = load float, ptr %133, align 4
  %135 = mul nsw i64 %i20, 4
  %136 = add nsw i64 %135, %i25
  %137 = getelementptr inbounds float, ptr %18, i64 %136
  %138 = load float, ptr %137, align 4, !alias.scope !177, !noalias !170
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
  br label %loop21, !llvm.loop !179

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
  br label %loop31, !llvm.loop !180

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
  %237 = load float, ptr %236, align 4, !alias.scope !181, !noalias !170
  %238 = getelementptr inbounds float, ptr %22, i64 %i40
  %239 = load float, ptr %238, align 4, !alias.scope !183, !noalias !170
  %240 = fdiv float %237, %239
  %241 = fmul float %233, %240
  %242 = fadd float %230, %241
  %243 = mul nsw i64 %i40, 4
  %244 = add nsw i64 %243, %i45
  %245 = getelementptr inbounds float, ptr %24, i64 %244
  store float %242, ptr %245, align 4, !alias.scope !185, !noalias !186
  br label %latch43

latch43:                                          ; preds = %body42
  %246 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !187

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
  %255 = load float, ptr %254, align 4, !alias.scope !188, !noalias !170
  %256 = mul nsw i64 %i50, 4
  %257 = add nsw i64 %256, %i60
  %258 = getelementptr inbounds float, ptr %24, i64 %257
  %259 = load float, ptr %258, align 4, !alias.scope !185, !noalias !186
  %260 = fmul float %255, %259
  %261 = mul nsw i64 %i50, 32
  %262 = mul nsw i64 %i55, 4
  %263 = add nsw i64 %261, %262
  %264 = add nsw i64 %263, %i60
  %265 = getelementptr inbounds float, ptr %28, i64 %264
  store float %260, ptr %265, align 4, !alias.scope !186, !noalias !185
  br label %latch58

latch58:                                          ; preds = %body57
  %266 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !190

exit59:                                           ; preds = %loop56
  br label %latch53
}

; Function Attrs: nounwind
define internal i32 @per_sample.k14(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [64 x float], align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  %7 = alloca <8 x float>, align 16
  %8 = alloca <8 x float>, align 16
  %9 = alloca <8 x float>, align 16
  %10 = alloca <8 x float>, align 16
  %11 = alloca <8 x float>, align 16
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
  %20 = icmp slt i64 %i, 4
  br i1 %20, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %21 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop6

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %30, %latch3 ]
  %22 = icmp slt i64 %i5, 8
  br i1 %22, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %23 = mul nsw i64 %i5, 4
  %24 = add nsw i64 %23, %i
  %25 = getelementptr inbounds float, ptr %15, i64 %24
  %26 = load float, ptr %25, align 4, !alias.scope !191, !noalias !194
  %27 = mul nsw i64 %i, 8
  %28 = add nsw i64 %27, %i5
  %29 = getelementptr inbounds float, ptr %19, i64 %28
  store float %26, ptr %29, align 4, !alias.scope !197, !noalias !198
  br label %latch3

latch3:                                           ; preds = %body2
  %30 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !199

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %exit
  %i10 = phi i64 [ 0, %exit ], [ %32, %latch8 ]
  %31 = icmp slt i64 %i10, 1
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %32 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  ret i32 0

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %48, %latch13 ]
  %33 = icmp slt i64 %i15, 2
  br i1 %33, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %34 = mul nsw i64 %i15, 8
  %35 = icmp sgt i64 %34, 8
  %36 = select i1 %35, i64 8, i64 %34
  %37 = mul nsw i64 %i10, 64
  %38 = mul nsw i64 %i10, 32
  %39 = mul nsw i64 %i10, 128
  %40 = add nsw i64 %36, 0
  %41 = add nsw i64 %36, 1
  %42 = add nsw i64 %36, 2
  %43 = add nsw i64 %36, 3
  %44 = add nsw i64 %36, 4
  %45 = add nsw i64 %36, 5
  %46 = add nsw i64 %36, 6
  %47 = add nsw i64 %36, 7
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %8, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %9, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %10, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %11, align 4
  br label %loop16

latch13:                                          ; preds = %exit24
  %48 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %135, %latch18 ]
  %49 = icmp slt i64 %i20, 4
  br i1 %49, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %50 = mul nsw i64 %i20, 8
  %51 = add nsw i64 %50, 0
  %52 = add nsw i64 %38, %51
  %53 = getelementptr inbounds float, ptr %19, i64 %52
  %54 = load <8 x float>, ptr %53, align 4, !alias.scope !197, !noalias !198
  %55 = mul nsw i64 %40, 4
  %56 = add nsw i64 %55, %i20
  %57 = add nsw i64 %37, %56
  %58 = getelementptr inbounds float, ptr %13, i64 %57
  %59 = load float, ptr %58, align 4, !alias.scope !200, !noalias !194
  %60 = insertelement <8 x float> poison, float %59, i32 0
  %61 = shufflevector <8 x float> %60, <8 x float> poison, <8 x i32> zeroinitializer
  %62 = load <8 x float>, ptr %4, align 4
  %63 = fmul contract <8 x float> %61, %54
  %64 = fadd contract <8 x float> %62, %63
  store <8 x float> %64, ptr %4, align 4
  %65 = mul nsw i64 %41, 4
  %66 = add nsw i64 %65, %i20
  %67 = add nsw i64 %37, %66
  %68 = getelementptr inbounds float, ptr %13, i64 %67
  %69 = load float, ptr %68, align 4, !alias.scope !200, !noalias !194
  %70 = insertelement <8 x float> poison, float %69, i32 0
  %71 = shufflevector <8 x float> %70, <8 x float> poison, <8 x i32> zeroinitializer
  %72 = load <8 x float>, ptr %5, align 4
  %73 = fmul contract <8 x float> %71, %54
  %74 = fadd contract <8 x float> %72, %73
  store <8 x float> %74, ptr %5, align 4
  %75 = mul nsw i64 %42, 4
  %76 = add nsw i64 %75, %i20
  %77 = add nsw i64 %37, %76
  %78 = getelementptr inbounds float, ptr %13, i64 %77
  %79 = load float, ptr %78, align 4, !alias.scope !200, !noalias !194
  %80 = insertelement <8 x float> poison, float %79, i32 0
  %81 = shufflevector <8 x float> %80, <8 x float> poison, <8 x i32> zeroinitializer
  %82 = load <8 x float>, ptr %6, align 4
  %83 = fmul contract <8 x float> %81, %54
  %84 = fadd contract <8 x float> %82, %83
  store <8 x float> %84, ptr %6, align 4
  %85 = mul nsw i64 %43, 4
  %86 = add nsw i64 %85, %i20
  %87 = add nsw i64 %37, %86
  %88 = getelementptr inbounds float, ptr %13, i64 %87
  %89 = load float, ptr %88, align 4, !alias.scope !200, !noalias !194
  %90 = insertelement <8 x float> poison, float %89, i32 0
  %91 = shufflevector <8 x float> %90, <8 x float> poison, <8 x i32> zeroinitializer
  %92 = load <8 x float>, ptr %7, align 4
  %93 = fmul contract <8 x float> %91, %54
  %94 = fadd contract <8 x float> %92, %93
  store <8 x float> %94, ptr %7, align 4
  %95 = mul nsw i64 %44, 4
  %96 = add nsw i64 %95, %i20
  %97 = add nsw i64 %37, %96
  %98 = getelementptr inbounds float, ptr %13, i64 %97
  %99 = load float, ptr %98, align 4, !alias.scope !200, !noalias !194
  %100 = insertelement <8 x float> poison, float %99, i32 0
  %101 = shufflevector <8 x float> %100, <8 x float> poison, <8 x i32> zeroinitializer
  %102 = load <8 x float>, ptr %8, align 4
  %103 = fmul contract <8 x float> %101, %54
  %104 = fadd contract <8 x float> %102, %103
  store <8 x float> %104, ptr %8, align 4
  %105 = mul nsw i64 %45, 4
  %106 = add nsw i64 %105, %i20
  %107 = add nsw i64 %37, %106
  %108 = getelementptr inbounds float, ptr %13, i64 %107
  %109 = load float, ptr %108, align 4, !alias.scope !200, !noalias !194
  %110 = insertelement <8 x float> poison, float %109, i32 0
  %111 = shufflevector <8 x float> %110, <8 x float> poison, <8 x i32> zeroinitializer
  %112 = load <8 x float>, ptr %9, align 4
  %113 = fmul contract <8 x float> %111, %54
  %114 = fadd contract <8 x float> %112, %113
  store <8 x float> %114, ptr %9, align 4
  %115 = mul nsw i64 %46, 4
  %116 = add nsw i64 %115, %i20
  %117 = add nsw i64 %37, %116
  %118 = getelementptr inbounds float, ptr %13, i64 %117
  %119 = load float, ptr %118, align 4, !alias.scope !200, !noalias !194
  %120 = insertelement <8 x float> poison, float %119, i32 0
  %121 = shufflevector <8 x float> %120, <8 x float> poison, <8 x i32> zeroinitializer
  %122 = load <8 x float>, ptr %10, align 4
  %123 = fmul contract <8 x float> %121, %54
  %124 = fadd contract <8 x float> %122, %123
  store <8 x float> %124, ptr %10, align 4
  %125 = mul nsw i64 %47, 4
  %126 = add nsw i64 %125, %i20
  %127 = add nsw i64 %37, %126
  %128 = getelementptr inbounds float, ptr %13, i64 %127
  %129 = load float, ptr %128, align 4, !alias.scope !200, !noalias !194
  %130 = insertelement <8 x float> poison, float %129, i32 0
  %131 = shufflevector <8 x float> %130, <8 x float> poison, <8 x i32> zeroinitializer
  %132 = load <8 x float>, ptr %11, align 4
  %133 = fmul contract <8 x float> %131, %54
  %134 = fadd contract <8 x float> %132, %133
  store <8 x float> %134, ptr %11, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %135 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !202

exit19:                                           ; preds = %loop16
  %136 = load <8 x float>, ptr %4, align 4
  %137 = load <8 x float>, ptr %5, align 4
  %138 = load <8 x float>, ptr %6, align 4
  %139 = load <8 x float>, ptr %7, align 4
  %140 = load <8 x float>, ptr %8, align 4
  %141 = load <8 x float>, ptr %9, align 4
  %142 = load <8 x float>, ptr %10, align 4
  %143 = load <8 x float>, ptr %11, align 4
  %144 = getelementptr inbounds float, ptr %3, i64 0
  store <8 x float> %136, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %3, i64 8
  store <8 x float> %137, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %3, i64 16
  store <8 x float> %138, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %3, i64 24
  store <8 x float> %139, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %3, i64 32
  store <8 x float> %140, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %3, i64 40
  store <8 x float> %141, ptr %149, align 4
  %150 = getelementptr inbounds float, ptr %3, i64 48
  store <8 x float> %142, ptr %150, align 4
  %151 = getelementptr inbounds float, ptr %3, i64 56
  store <8 x float> %143, ptr %151, align 4
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ 0, %exit19 ], [ %159, %latch23 ]
  %152 = icmp slt i64 %i25, 8
  br i1 %152, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %153 = add nsw i64 %36, %i25
  %154 = mul nsw i64 %i10, 16
  %155 = add nsw i64 %154, %153
  %156 = mul nsw i64 %155, 8
  %157 = mul nsw i64 %i25, 8
  %158 = getelementptr inbounds float, ptr %3, i64 %157
  br label %loop26

latch23:                                          ; preds = %exit29
  %159 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !203

exit24:                                           ; preds = %loop21
  br label %latch13

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %166, %latch28 ]
  %160 = icmp slt i64 %i30, 8
  br i1 %160, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %161 = getelementptr inbounds float, ptr %158, i64 %i30
  %162 = load float, ptr %161, align 4
  %163 = fdiv float %162, 6.000000e+00
  %164 = add nsw i64 %156, %i30
  %165 = getelementptr inbounds float, ptr %17, i64 %164
  store float %163, ptr %165, align 4, !alias.scope !198, !noalias !197
  br label %latch28

latch28:                                          ; preds = %body27
  %166 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !204

exit29:                                           ; preds = %loop26
  br label %latch23
}

; Function Attrs: nounwind
define internal i32 @per_sample.k15(ptr %0, i64 %1, i64 %2) #0 {
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
  store float 0.000000e+00, ptr %18, align 4, !alias.scope !205
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
  %28 = load i32, ptr %27, align 4, !alias.scope !208, !noalias !205
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
  %41 = load float, ptr %40, align 4, !alias.scope !210, !noalias !205
  %42 = getelementptr inbounds float, ptr %8, i64 %37
  %43 = load float, ptr %42, align 4, !alias.scope !205
  %44 = fadd float %43, %41
  %45 = getelementptr inbounds float, ptr %8, i64 %37
  store float %44, ptr %45, align 4, !alias.scope !205
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
  %11 = alloca [4 x ptr], align 8
  %12 = alloca [5 x ptr], align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [8 x ptr], align 8
  %15 = alloca [4 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = call i32 @ftc_rt_alloc(ptr %8, i64 1408)
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %fail, label %ok

fail:                                             ; preds = %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %17, %entry ], [ %25, %ok ], [ %31, %ok1 ], [ %39, %ok2 ], [ %51, %ok3 ], [ %56, %ok4 ], [ %72, %ok5 ], [ %80, %ok6 ], [ %86, %ok7 ]
  %19 = load ptr, ptr %8, align 8
  call void @ftc_rt_free(ptr %19)
  ret i32 %status

ok:                                               ; preds = %entry
  %20 = load ptr, ptr %8, align 8
  %21 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %0, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %3, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %20, i64 0
  %24 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %23, ptr %24, align 8
  %25 = call i32 @losses.k0(ptr %9, i64 0, i64 16)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %27 = getelementptr inbounds i8, ptr %20, i64 0
  %28 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %20, i64 512
  %30 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %29, ptr %30, align 8
  %31 = call i32 @losses.k1(ptr %10, i64 0, i64 128)
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %33 = getelementptr inbounds i8, ptr %20, i64 512
  %34 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %1, ptr %35, align 8
  %36 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %2, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %20, i64 0
  %38 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %37, ptr %38, align 8
  %39 = call i32 @losses.k2(ptr %11, i64 0, i64 1)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %41 = getelementptr inbounds i8, ptr %20, i64 0
  %42 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %41, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %20, i64 256
  %44 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %43, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %20, i64 1024
  %46 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %20, i64 1280
  %48 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %20, i64 1344
  %50 = getelementptr inbounds ptr, ptr %12, i64 4
  store ptr %49, ptr %50, align 8
  %51 = call i32 @per_sample.rows3(ptr %12, i64 0, i64 16)
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %53 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %4, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %20, i64 0
  %55 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %54, ptr %55, align 8
  %56 = call i32 @per_sample.k7(ptr %13, i64 0, i64 1)
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %58 = getelementptr inbounds i8, ptr %20, i64 0
  %59 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %20, i64 1344
  %61 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %20, i64 1024
  %63 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %20, i64 256
  %65 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %20, i64 1280
  %67 = getelementptr inbounds ptr, ptr %14, i64 4
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds ptr, ptr %14, i64 5
  store ptr %7, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %20, i64 512
  %70 = getelementptr inbounds ptr, ptr %14, i64 6
  store ptr %69, ptr %70, align 8
  %71 = getelementptr inbounds ptr, ptr %14, i64 7
  store ptr %6, ptr %71, align 8
  %72 = call i32 @per_sample.rows8(ptr %14, i64 0, i64 16)
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %74 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %7, ptr %74, align 8
  %75 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %1, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %20, i64 0
  %77 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %20, i64 512
  %79 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %78, ptr %79, align 8
  %80 = call i32 @per_sample.k14(ptr %15, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %82 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %3, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %20, i64 0
  %84 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %5, ptr %85, align 8
  %86 = call i32 @per_sample.k15(ptr %16, i64 0, i64 1)
  %87 = icmp ne i32 %86, 0
  br i1 %87, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %88 = load ptr, ptr %8, align 8
  call void @ftc_rt_free(ptr %88)
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
!35 = !{!"loss.k2.buffer3", !33}
!36 = !{!37}
!37 = !{!"loss.k2.buffer0", !33}
!38 = distinct !{!38, !1, !2}
!39 = distinct !{!39, !1, !2}
!40 = !{!41}
!41 = !{!"loss.k2.buffer2", !33}
!42 = distinct !{!42, !12, !43, !2}
!43 = !{!"llvm.loop.vectorize.width", i32 4}
!44 = !{!45}
!45 = !{!"loss.k3.buffer0", !46}
!46 = !{!"loss.k3.buffers"}
!47 = !{!48}
!48 = !{!"loss.k3.buffer1", !46}
!49 = distinct !{!49, !30, !50, !2}
!50 = !{!"llvm.loop.interleave.count", i32 4}
!51 = !{!52}
!52 = !{!"loss.k4.buffer0", !53}
!53 = !{!"loss.k4.buffers"}
!54 = !{!55}
!55 = !{!"loss.k4.buffer2", !53}
!56 = !{!57}
!57 = !{!"loss.k4.buffer1", !53}
!58 = distinct !{!58, !30, !2}
!59 = !{!60}
!60 = !{!"loss.k5.buffer0", !61}
!61 = !{!"loss.k5.buffers"}
!62 = !{!63}
!63 = !{!"loss.k5.buffer1", !61}
!64 = distinct !{!64, !12, !65, !2}
!65 = !{!"llvm.loop.vectorize.width", i32 16}
!66 = !{!67}
!67 = !{!"loss.k6.buffer0", !68}
!68 = !{!"loss.k6.buffers"}
!69 = !{!70}
!70 = !{!"loss.k6.buffer1", !68}
!71 = distinct !{!71, !30, !2}
!72 = !{!73}
!73 = !{!"loss.k7.buffer2", !74}
!74 = !{!"loss.k7.buffers"}
!75 = !{!76}
!76 = !{!"loss.k7.buffer3", !74}
!77 = !{!78}
!78 = !{!"loss.k7.buffer0", !74}
!79 = !{!80}
!80 = !{!"loss.k7.buffer1", !74}
!81 = distinct !{!81, !1, !2}
!82 = distinct !{!82, !1, !2}
!83 = !{!84}
!84 = !{!"losses.k0.buffer1", !85}
!85 = !{!"losses.k0.buffers"}
!86 = !{!87}
!87 = !{!"losses.k0.buffer2", !85}
!88 = !{!89}
!89 = !{!"losses.k0.buffer0", !85}
!90 = distinct !{!90, !12, !2}
!91 = distinct !{!91, !1, !2}
!92 = distinct !{!92, !12, !2}
!93 = distinct !{!93, !1, !2}
!94 = distinct !{!94, !12, !2}
!95 = distinct !{!95, !1, !2}
!96 = distinct !{!96, !12, !2}
!97 = distinct !{!97, !1, !2}
!98 = distinct !{!98, !12, !2}
!99 = distinct !{!99, !1, !2}
!100 = distinct !{!100, !12, !2}
!101 = distinct !{!101, !12, !2}
!102 = !{!103}
!103 = !{!"losses.k1.buffer0", !104}
!104 = !{!"losses.k1.buffers"}
!105 = !{!106}
!106 = !{!"losses.k1.buffer1", !104}
!107 = distinct !{!107, !30, !2}
!108 = !{!109}
!109 = !{!"losses.k2.buffer1", !110}
!110 = !{!"losses.k2.buffers"}
!111 = !{!112}
!112 = !{!"losses.k2.buffer3", !110}
!113 = !{!114}
!114 = !{!"losses.k2.buffer0", !110}
!115 = distinct !{!115, !1, !2}
!116 = distinct !{!116, !1, !2}
!117 = !{!118}
!118 = !{!"losses.k2.buffer2", !110}
!119 = distinct !{!119, !12, !43, !2}
!120 = !{!121}
!121 = !{!"losses.rows3.buffer0", !122}
!122 = !{!"losses.rows3.buffers"}
!123 = !{!124, !125}
!124 = !{!"losses.rows3.buffer1", !122}
!125 = !{!"losses.rows3.buffer2", !122}
!126 = distinct !{!126, !30, !50, !2}
!127 = !{!124}
!128 = !{!125}
!129 = distinct !{!129, !30, !2}
!130 = distinct !{!130, !12, !65, !2}
!131 = distinct !{!131, !30, !2}
!132 = !{!133}
!133 = !{!"losses.k7.buffer2", !134}
!134 = !{!"losses.k7.buffers"}
!135 = !{!136}
!136 = !{!"losses.k7.buffer3", !134}
!137 = !{!138}
!138 = !{!"losses.k7.buffer0", !134}
!139 = !{!140}
!140 = !{!"losses.k7.buffer1", !134}
!141 = distinct !{!141, !30, !2}
!142 = !{!143}
!143 = !{!"per_sample.rows3.buffer0", !144}
!144 = !{!"per_sample.rows3.buffers"}
!145 = !{!146, !147, !148, !149}
!146 = !{!"per_sample.rows3.buffer1", !144}
!147 = !{!"per_sample.rows3.buffer2", !144}
!148 = !{!"per_sample.rows3.buffer3", !144}
!149 = !{!"per_sample.rows3.buffer4", !144}
!150 = distinct !{!150, !30, !50, !2}
!151 = !{!146}
!152 = !{!147, !148, !149}
!153 = !{!147}
!154 = !{!146, !148, !149}
!155 = distinct !{!155, !30, !2}
!156 = distinct !{!156, !12, !65, !2}
!157 = !{!148}
!158 = !{!146, !147, !149}
!159 = distinct !{!159, !12, !65, !2}
!160 = !{!149}
!161 = !{!146, !147, !148}
!162 = !{!163}
!163 = !{!"per_sample.k7.buffer1", !164}
!164 = !{!"per_sample.k7.buffers"}
!165 = !{!166}
!166 = !{!"per_sample.k7.buffer0", !164}
!167 = !{!168}
!168 = !{!"per_sample.rows8.buffer0", !169}
!169 = !{!"per_sample.rows8.buffers"}
!170 = !{!171, !172}
!171 = !{!"per_sample.rows8.buffer5", !169}
!172 = !{!"per_sample.rows8.buffer7", !169}
!173 = distinct !{!173, !12, !65, !2}
!174 = !{!175}
!175 = !{!"per_sample.rows8.buffer1", !169}
!176 = distinct !{!176, !30, !2}
!177 = !{!178}
!178 = !{!"per_sample.rows8.buffer2", !169}
!179 = distinct !{!179, !30, !2}
!180 = distinct !{!180, !12, !65, !2}
!181 = !{!182}
!182 = !{!"per_sample.rows8.buffer3", !169}
!183 = !{!184}
!184 = !{!"per_sample.rows8.buffer4", !169}
!185 = !{!171}
!186 = !{!172}
!187 = distinct !{!187, !30, !2}
!188 = !{!189}
!189 = !{!"per_sample.rows8.buffer6", !169}
!190 = distinct !{!190, !30, !2}
!191 = !{!192}
!192 = !{!"per_sample.k14.buffer1", !193}
!193 = !{!"per_sample.k14.buffers"}
!194 = !{!195, !196}
!195 = !{!"per_sample.k14.buffer2", !193}
!196 = !{!"per_sample.k14.buffer3", !193}
!197 = !{!196}
!198 = !{!195}
!199 = distinct !{!199, !2}
!200 = !{!201}
!201 = !{!"per_sample.k14.buffer0", !193}
!202 = distinct !{!202, !1, !2}
!203 = distinct !{!203, !1, !2}
!204 = distinct !{!204, !12, !30, !2}
!205 = !{!206}
!206 = !{!"per_sample.k15.buffer2", !207}
!207 = !{!"per_sample.k15.buffers"}
!208 = !{!209}
!209 = !{!"per_sample.k15.buffer0", !207}
!210 = !{!211}
!211 = !{!"per_sample.k15.buffer1", !207}
