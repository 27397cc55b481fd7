; ModuleID = 'attention'
source_filename = "attention"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@literal = private unnamed_addr constant [32 x i8] c"\01\00\00\00\01\01\00\00\01\01\01\00\01\01\01\01\01\00\00\00\01\01\00\00\01\01\01\00\01\01\01\01", align 64
@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_expf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [314 x i8] c"{\22module\22: \22attention\22, \22functions\22: [{\22name\22: \22attention\22, \22symbol\22: \22attention\22, \22inputs\22: [{\22name\22: \22q\22, \22dtype\22: \22f32\22, \22shape\22: [2, 4, 8]}, {\22name\22: \22k\22, \22dtype\22: \22f32\22, \22shape\22: [2, 4, 8]}, {\22name\22: \22v\22, \22dtype\22: \22f32\22, \22shape\22: [2, 4, 8]}], \22outputs\22: [{\22name\22: \22o\22, \22dtype\22: \22f32\22, \22shape\22: [2, 4, 8]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @attention.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [16 x float], align 16
  %4 = alloca <4 x float>, align 16
  %5 = alloca <4 x float>, align 16
  %6 = alloca <4 x float>, align 16
  %7 = alloca <4 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %8 = getelementptr inbounds ptr, ptr %0, i64 0
  %9 = load ptr, ptr %8, align 8
  %10 = getelementptr inbounds ptr, ptr %0, i64 1
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds ptr, ptr %0, i64 2
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds ptr, ptr %0, i64 3
  %15 = load ptr, ptr %14, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %17, %latch ]
  %16 = icmp slt i64 %i, 2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %17 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  br label %loop11

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %19, %latch3 ]
  %18 = icmp slt i64 %i5, 8
  br i1 %18, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %19 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %32, %latch8 ]
  %20 = icmp slt i64 %i10, 4
  br i1 %20, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %21 = mul nsw i64 %i, 32
  %22 = mul nsw i64 %i10, 8
  %23 = add nsw i64 %21, %22
  %24 = add nsw i64 %23, %i5
  %25 = getelementptr inbounds float, ptr %11, i64 %24
  %26 = load float, ptr %25, align 4, !alias.scope !0, !noalias !3
  %27 = mul nsw i64 %i, 32
  %28 = mul nsw i64 %i5, 4
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %i10
  %31 = getelementptr inbounds float, ptr %15, i64 %30
  store float %26, ptr %31, align 4, !alias.scope !6, !noalias !7
  br label %latch8

latch8:                                           ; preds = %body7
  %32 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !8

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %exit
  %i15 = phi i64 [ 0, %exit ], [ %34, %latch13 ]
  %33 = icmp slt i64 %i15, 2
  br i1 %33, label %body12, label %exit14

body12:                                           ; preds = %loop11
  br label %loop16

latch13:                                          ; preds = %exit19
  %34 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  ret i32 0

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %46, %latch18 ]
  %35 = icmp slt i64 %i20, 1
  br i1 %35, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %36 = mul nsw i64 %i20, 4
  %37 = icmp sgt i64 %36, 0
  %38 = select i1 %37, i64 0, i64 %36
  %39 = mul nsw i64 %i15, 32
  %40 = mul nsw i64 %i15, 32
  %41 = mul nsw i64 %i15, 16
  %42 = add nsw i64 %38, 0
  %43 = add nsw i64 %38, 1
  %44 = add nsw i64 %38, 2
  %45 = add nsw i64 %38, 3
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %7, align 4
  br label %loop21

latch18:                                          ; preds = %exit29
  %46 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %93, %latch23 ]
  %47 = icmp slt i64 %i25, 8
  br i1 %47, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %48 = mul nsw i64 %i25, 4
  %49 = add nsw i64 %48, 0
  %50 = add nsw i64 %40, %49
  %51 = getelementptr inbounds float, ptr %15, i64 %50
  %52 = load <4 x float>, ptr %51, align 4, !alias.scope !6, !noalias !7
  %53 = mul nsw i64 %42, 8
  %54 = add nsw i64 %53, %i25
  %55 = add nsw i64 %39, %54
  %56 = getelementptr inbounds float, ptr %9, i64 %55
  %57 = load float, ptr %56, align 4, !alias.scope !10, !noalias !3
  %58 = insertelement <4 x float> poison, float %57, i32 0
  %59 = shufflevector <4 x float> %58, <4 x float> poison, <4 x i32> zeroinitializer
  %60 = load <4 x float>, ptr %4, align 4
  %61 = fmul contract <4 x float> %59, %52
  %62 = fadd contract <4 x float> %60, %61
  store <4 x float> %62, ptr %4, align 4
  %63 = mul nsw i64 %43, 8
  %64 = add nsw i64 %63, %i25
  %65 = add nsw i64 %39, %64
  %66 = getelementptr inbounds float, ptr %9, i64 %65
  %67 = load float, ptr %66, align 4, !alias.scope !10, !noalias !3
  %68 = insertelement <4 x float> poison, float %67, i32 0
  %69 = shufflevector <4 x float> %68, <4 x float> poison, <4 x i32> zeroinitializer
  %70 = load <4 x float>, ptr %5, align 4
  %71 = fmul contract <4 x float> %69, %52
  %72 = fadd contract <4 x float> %70, %71
  store <4 x float> %72, ptr %5, align 4
  %73 = mul nsw i64 %44, 8
  %74 = add nsw i64 %73, %i25
  %75 = add nsw i64 %39, %74
  %76 = getelementptr inbounds float, ptr %9, i64 %75
  %77 = load float, ptr %76, align 4, !alias.scope !10, !noalias !3
  %78 = insertelement <4 x float> poison, float %77, i32 0
  %79 = shufflevector <4 x float> %78, <4 x float> poison, <4 x i32> zeroinitializer
  %80 = load <4 x float>, ptr %6, align 4
  %81 = fmul contract <4 x float> %79, %52
  %82 = fadd contract <4 x float> %80, %81
  store <4 x float> %82, ptr %6, align 4
  %83 = mul nsw i64 %45, 8
  %84 = add nsw i64 %83, %i25
  %85 = add nsw i64 %39, %84
  %86 = getelementptr inbounds float, ptr %9, i64 %85
  %87 = load float, ptr %86, align 4, !alias.scope !10, !noalias !3
  %88 = insertelement <4 x float> poison, float %87, i32 0
  %89 = shufflevector <4 x float> %88, <4 x float> poison, <4 x i32> zeroinitializer
  %90 = load <4 x float>, ptr %7, align 4
  %91 = fmul contract <4 x float> %89, %52
  %92 = fadd contract <4 x float> %90, %91
  store <4 x float> %92, ptr %7, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %93 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !12

exit24:                                           ; preds = %loop21
  %94 = load <4 x float>, ptr %4, align 4
  %95 = load <4 x float>, ptr %5, align 4
  %96 = load <4 x float>, ptr %6, align 4
  %97 = load <4 x float>, ptr %7, align 4
  %98 = getelementptr inbounds float, ptr %3, i64 0
  store <4 x float> %94, ptr %98, align 4
  %99 = getelementptr inbounds float, ptr %3, i64 4
  store <4 x float> %95, ptr %99, align 4
  %100 = getelementptr inbounds float, ptr %3, i64 8
  store <4 x float> %96, ptr %100, align 4
  %101 = getelementptr inbounds float, ptr %3, i64 12
  store <4 x float> %97, ptr %101, align 4
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ 0, %exit24 ], [ %109, %latch28 ]
  %102 = icmp slt i64 %i30, 4
  br i1 %102, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %103 = add nsw i64 %38, %i30
  %104 = mul nsw i64 %i15, 4
  %105 = add nsw i64 %104, %103
  %106 = mul nsw i64 %105, 4
  %107 = mul nsw i64 %i30, 4
  %108 = getelementptr inbounds float, ptr %3, i64 %107
  br label %loop31

latch28:                                          ; preds = %exit34
  %109 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !14

exit29:                                           ; preds = %loop26
  br label %latch18

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %124, %latch33 ]
  %110 = icmp slt i64 %i35, 4
  br i1 %110, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %111 = getelementptr inbounds float, ptr %108, i64 %i35
  %112 = load float, ptr %111, align 4
  %113 = mul nsw i64 %i15, 16
  %114 = mul nsw i64 %103, 4
  %115 = add nsw i64 %113, %114
  %116 = add nsw i64 %115, %i35
  %117 = getelementptr inbounds i8, ptr @literal, i64 %116
  %118 = load i8, ptr %117, align 1
  %119 = icmp ne i8 %118, 0
  %120 = fmul float %112, 0x3FD6A09E60000000
  %121 = select i1 %119, float %120, float 0xFFF0000000000000
  %122 = add nsw i64 %106, %i35
  %123 = getelementptr inbounds float, ptr %13, i64 %122
  store float %121, ptr %123, align 4, !alias.scope !7, !noalias !6
  br label %latch33

latch33:                                          ; preds = %body32
  %124 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !15

exit34:                                           ; preds = %loop31
  br label %latch28
}

; Function Attrs: nounwind
define internal i32 @attention.rows1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [4 x float], align 64
  %4 = alloca [16 x float], align 64
  %5 = alloca [4 x float], align 64
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul nsw i64 %i, 4
  %16 = mul nsw i64 %i, 16
  %17 = mul nsw i64 %i, 4
  %18 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit49
  %19 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %21, %latch3 ]
  %20 = icmp slt i64 %i5, %18
  br i1 %20, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %21 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %22 = add nsw i64 %i, 1
  br label %loop16

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %24, %latch8 ]
  %23 = icmp slt i64 %i10, 4
  br i1 %23, label %body7, label %exit9

body7:                                            ; preds = %loop6
  store float 0xFFF0000000000000, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %24 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %34, %latch13 ]
  %25 = icmp slt i64 %i15, 4
  br i1 %25, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %26 = load float, ptr %6, align 4
  %27 = mul nsw i64 %i5, 16
  %28 = mul nsw i64 %i10, 4
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %i15
  %31 = getelementptr inbounds float, ptr %11, i64 %30
  %32 = load float, ptr %31, align 4, !alias.scope !18, !noalias !21
  %33 = call float @llvm.maximum.f32(float %26, float %32)
  store float %33, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %34 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !23

exit14:                                           ; preds = %loop11
  %35 = load float, ptr %6, align 4
  %36 = mul nsw i64 %i5, 4
  %37 = add nsw i64 %36, %i10
  %38 = sub i64 %37, %15
  %39 = getelementptr inbounds float, ptr %3, i64 %38
  store float %35, ptr %39, align 4
  br label %latch8

loop16:                                           ; preds = %latch18, %exit4
  %i20 = phi i64 [ %i, %exit4 ], [ %41, %latch18 ]
  %40 = icmp slt i64 %i20, %22
  br i1 %40, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %41 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  %42 = add nsw i64 %i, 1
  br label %loop31

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %44, %latch23 ]
  %43 = icmp slt i64 %i25, 4
  br i1 %43, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %44 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %65, %latch28 ]
  %45 = icmp slt i64 %i30, 4
  br i1 %45, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %46 = mul nsw i64 %i20, 16
  %47 = mul nsw i64 %i25, 4
  %48 = add nsw i64 %46, %47
  %49 = add nsw i64 %48, %i30
  %50 = getelementptr inbounds float, ptr %11, i64 %49
  %51 = load float, ptr %50, align 4, !alias.scope !18, !noalias !21
  %52 = mul nsw i64 %i20, 4
  %53 = add nsw i64 %52, %i25
  %54 = sub i64 %53, %15
  %55 = getelementptr inbounds float, ptr %3, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = fsub float %51, %56
  %58 = call float @expf(float %57) #3
  %59 = mul nsw i64 %i20, 16
  %60 = mul nsw i64 %i25, 4
  %61 = add nsw i64 %59, %60
  %62 = add nsw i64 %61, %i30
  %63 = sub i64 %62, %16
  %64 = getelementptr inbounds float, ptr %4, i64 %63
  store float %58, ptr %64, align 4
  br label %latch28

latch28:                                          ; preds = %body27
  %65 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !26

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %exit19
  %i35 = phi i64 [ %i, %exit19 ], [ %67, %latch33 ]
  %66 = icmp slt i64 %i35, %42
  br i1 %66, label %body32, label %exit34

body32:                                           ; preds = %loop31
  br label %loop36

latch33:                                          ; preds = %exit39
  %67 = add nsw i64 %i35, 1
  br label %loop31

exit34:                                           ; preds = %loop31
  %68 = add nsw i64 %i, 1
  br label %loop46

loop36:                                           ; preds = %latch38, %body32
  %i40 = phi i64 [ 0, %body32 ], [ %82, %latch38 ]
  %69 = icmp slt i64 %i40, 4
  br i1 %69, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %70 = getelementptr inbounds float, ptr %9, i64 4
  store float -0.000000e+00, ptr %70, align 4
  %71 = getelementptr inbounds float, ptr %9, i64 5
  store float -0.000000e+00, ptr %71, align 4
  %72 = getelementptr inbounds float, ptr %9, i64 6
  store float -0.000000e+00, ptr %72, align 4
  %73 = getelementptr inbounds float, ptr %9, i64 7
  store float -0.000000e+00, ptr %73, align 4
  %74 = getelementptr inbounds float, ptr %9, i64 8
  store float -0.000000e+00, ptr %74, align 4
  %75 = getelementptr inbounds float, ptr %9, i64 9
  store float -0.000000e+00, ptr %75, align 4
  %76 = getelementptr inbounds float, ptr %9, i64 10
  store float -0.000000e+00, ptr %76, align 4
  %77 = getelementptr inbounds float, ptr %9, i64 11
  store float -0.000000e+00, ptr %77, align 4
  %78 = getelementptr inbounds float, ptr %9, i64 12
  store float -0.000000e+00, ptr %78, align 4
  %79 = getelementptr inbounds float, ptr %9, i64 13
  store float -0.000000e+00, ptr %79, align 4
  %80 = getelementptr inbounds float, ptr %9, i64 14
  store float -0.000000e+00, ptr %80, align 4
  %81 = getelementptr inbounds float, ptr %9, i64 15
  store float -0.000000e+00, ptr %81, align 4
  br label %loop41

latch38:                                          ; preds = %exit44
  %82 = add nsw i64 %i40, 1
  br label %loop36

exit39:                                           ; preds = %loop36
  br label %latch33

loop41:                                           ; preds = %latch43, %body37
  %i45 = phi i64 [ 0, %body37 ], [ %93, %latch43 ]
  %83 = icmp slt i64 %i45, 4
  br i1 %83, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %84 = mul nsw i64 %i35, 16
  %85 = mul nsw i64 %i40, 4
  %86 = add nsw i64 %84, %85
  %87 = add nsw i64 %86, %i45
  %88 = sub i64 %87, %16
  %89 = getelementptr inbounds float, ptr %4, i64 %88
  %90 = load float, ptr %89, align 4
  %91 = sub i64 %i45, 0
  %92 = getelementptr inbounds float, ptr %9, i64 %91
  store float %90, ptr %92, align 4
  br label %latch43

latch43:                                          ; preds = %body42
  %93 = add nsw i64 %i45, 1
  br label %loop41, !llvm.loop !27

exit44:                                           ; preds = %loop41
  %94 = getelementptr inbounds <16 x float>, ptr %9, i64 0
  %95 = load <16 x float>, ptr %94, align 4
  store <16 x float> %95, ptr %7, align 4
  %96 = getelementptr inbounds float, ptr %7, i64 0
  %97 = load float, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %7, i64 1
  %99 = load float, ptr %98, align 4
  %100 = getelementptr inbounds float, ptr %7, i64 2
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %7, i64 3
  %103 = load float, ptr %102, align 4
  %104 = getelementptr inbounds float, ptr %7, i64 4
  %105 = load float, ptr %104, align 4
  %106 = getelementptr inbounds float, ptr %7, i64 5
  %107 = load float, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %7, i64 6
  %109 = load float, ptr %108, align 4
  %110 = getelementptr inbounds float, ptr %7, i64 7
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %7, i64 8
  %113 = load float, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %7, i64 9
  %115 = load float, ptr %114, align 4
  %116 = getelementptr inbounds float, ptr %7, i64 10
  %117 = load float, ptr %116, align 4
  %118 = getelementptr inbounds float, ptr %7, i64 11
  %119 = load float, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %7, i64 12
  %121 = load float, ptr %120, align 4
  %122 = getelementptr inbounds float, ptr %7, i64 13
  %123 = load float, ptr %122, align 4
  %124 = getelementptr inbounds float, ptr %7, i64 14
  %125 = load float, ptr %124, align 4
  %126 = getelementptr inbounds float, ptr %7, i64 15
  %127 = load float, ptr %126, align 4
  %128 = fadd float %97, %113
  %129 = fadd float %99, %115
  %130 = fadd float %101, %117
  %131 = fadd float %103, %119
  %132 = fadd float %105, %121
  %133 = fadd float %107, %123
  %134 = fadd float %109, %125
  %135 = fadd float %111, %127
  %136 = fadd float %128, %132
  %137 = fadd float %129, %133
  %138 = fadd float %130, %134
  %139 = fadd float %131, %135
  %140 = fadd float %136, %138
  %141 = fadd float %137, %139
  %142 = fadd float %140, %141
  %143 = mul nsw i64 %i35, 4
  %144 = add nsw i64 %143, %i40
  %145 = sub i64 %144, %17
  %146 = getelementptr inbounds float, ptr %5, i64 %145
  store float %142, ptr %146, align 4
  br label %latch38

loop46:                                           ; preds = %latch48, %exit34
  %i50 = phi i64 [ %i, %exit34 ], [ %148, %latch48 ]
  %147 = icmp slt i64 %i50, %68
  br i1 %147, label %body47, label %exit49

body47:                                           ; preds = %loop46
  br label %loop51

latch48:                                          ; preds = %exit54
  %148 = add nsw i64 %i50, 1
  br label %loop46

exit49:                                           ; preds = %loop46
  br label %latch

loop51:                                           ; preds = %latch53, %body47
  %i55 = phi i64 [ 0, %body47 ], [ %150, %latch53 ]
  %149 = icmp slt i64 %i55, 4
  br i1 %149, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %150 = add nsw i64 %i55, 1
  br label %loop51

exit54:                                           ; preds = %loop51
  br label %latch48

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %170, %latch58 ]
  %151 = icmp slt i64 %i60, 4
  br i1 %151, label %body57, label %exit59

body57:                                           ; preds = %loop56
  %152 = mul nsw i64 %i50, 16
  %153 = mul nsw i64 %i55, 4
  %154 = add nsw i64 %152, %153
  %155 = add nsw i64 %154, %i60
  %156 = sub i64 %155, %16
  %157 = getelementptr inbounds float, ptr %4, i64 %156
  %158 = load float, ptr %157, align 4
  %159 = mul nsw i64 %i50, 4
  %160 = add nsw i64 %159, %i55
  %161 = sub i64 %160, %17
  %162 = getelementptr inbounds float, ptr %5, i64 %161
  %163 = load float, ptr %162, align 4
  %164 = fdiv float %158, %163
  %165 = mul nsw i64 %i50, 16
  %166 = mul nsw i64 %i55, 4
  %167 = add nsw i64 %165, %166
  %168 = add nsw i64 %167, %i60
  %169 = getelementptr inbounds float, ptr %13, i64 %168
  store float %164, ptr %169, align 4, !alias.scope !21
  br label %latch58

latch58:                                          ; preds = %body57
  %170 = add nsw i64 %i60, 1
  br label %loop56, !llvm.loop !29

exit59:                                           ; preds = %loop56
  br label %latch53
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind willreturn memory(none)
declare float @expf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_expf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @attention.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %13 = icmp slt i64 %i, 2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %14 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %26, %latch3 ]
  %15 = icmp slt i64 %i5, 1
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %16 = mul nsw i64 %i5, 4
  %17 = icmp sgt i64 %16, 0
  %18 = select i1 %17, i64 0, i64 %16
  %19 = mul nsw i64 %i, 16
  %20 = mul nsw i64 %i, 32
  %21 = mul nsw i64 %i, 32
  %22 = add nsw i64 %18, 0
  %23 = add nsw i64 %18, 1
  %24 = add nsw i64 %18, 2
  %25 = add nsw i64 %18, 3
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %26 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %73, %latch8 ]
  %27 = icmp slt i64 %i10, 4
  br i1 %27, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %28 = mul nsw i64 %i10, 8
  %29 = add nsw i64 %28, 0
  %30 = add nsw i64 %20, %29
  %31 = getelementptr inbounds float, ptr %10, i64 %30
  %32 = load <8 x float>, ptr %31, align 4, !alias.scope !30, !noalias !33
  %33 = mul nsw i64 %22, 4
  %34 = add nsw i64 %33, %i10
  %35 = add nsw i64 %19, %34
  %36 = getelementptr inbounds float, ptr %8, i64 %35
  %37 = load float, ptr %36, align 4, !alias.scope !35, !noalias !33
  %38 = insertelement <8 x float> poison, float %37, i32 0
  %39 = shufflevector <8 x float> %38, <8 x float> poison, <8 x i32> zeroinitializer
  %40 = load <8 x float>, ptr %3, align 4
  %41 = fmul contract <8 x float> %39, %32
  %42 = fadd contract <8 x float> %40, %41
  store <8 x float> %42, ptr %3, align 4
  %43 = mul nsw i64 %23, 4
  %44 = add nsw i64 %43, %i10
  %45 = add nsw i64 %19, %44
  %46 = getelementptr inbounds float, ptr %8, i64 %45
  %47 = load float, ptr %46, align 4, !alias.scope !35, !noalias !33
  %48 = insertelement <8 x float> poison, float %47, i32 0
  %49 = shufflevector <8 x float> %48, <8 x float> poison, <8 x i32> zeroinitializer
  %50 = load <8 x float>, ptr %4, align 4
  %51 = fmul contract <8 x float> %49, %32
  %52 = fadd contract <8 x float> %50, %51
  store <8 x float> %52, ptr %4, align 4
  %53 = mul nsw i64 %24, 4
  %54 = add nsw i64 %53, %i10
  %55 = add nsw i64 %19, %54
  %56 = getelementptr inbounds float, ptr %8, i64 %55
  %57 = load float, ptr %56, align 4, !alias.scope !35, !noalias !33
  %58 = insertelement <8 x float> poison, float %57, i32 0
  %59 = shufflevector <8 x float> %58, <8 x float> poison, <8 x i32> zeroinitializer
  %60 = load <8 x float>, ptr %5, align 4
  %61 = fmul contract <8 x float> %59, %32
  %62 = fadd contract <8 x float> %60, %61
  store <8 x float> %62, ptr %5, align 4
  %63 = mul nsw i64 %25, 4
  %64 = add nsw i64 %63, %i10
  %65 = add nsw i64 %19, %64
  %66 = getelementptr inbounds float, ptr %8, i64 %65
  %67 = load float, ptr %66, align 4, !alias.scope !35, !noalias !33
  %68 = insertelement <8 x float> poison, float %67, i32 0
  %69 = shufflevector <8 x float> %68, <8 x float> poison, <8 x i32> zeroinitializer
  %70 = load <8 x float>, ptr %6, align 4
  %71 = fmul contract <8 x float> %69, %32
  %72 = fadd contract <8 x float> %70, %71
  store <8 x float> %72, ptr %6, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %73 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !37

exit9:                                            ; preds = %loop6
  %74 = load <8 x float>, ptr %3, align 4
  %75 = load <8 x float>, ptr %4, align 4
  %76 = load <8 x float>, ptr %5, align 4
  %77 = load <8 x float>, ptr %6, align 4
  %78 = mul nsw i64 %22, 8
  %79 = add nsw i64 %78, 0
  %80 = add nsw i64 %21, %79
  %81 = getelementptr inbounds float, ptr %12, i64 %80
  store <8 x float> %74, ptr %81, align 4, !alias.scope !33
  %82 = mul nsw i64 %23, 8
  %83 = add nsw i64 %82, 0
  %84 = add nsw i64 %21, %83
  %85 = getelementptr inbounds float, ptr %12, i64 %84
  store <8 x float> %75, ptr %85, align 4, !alias.scope !33
  %86 = mul nsw i64 %24, 8
  %87 = add nsw i64 %86, 0
  %88 = add nsw i64 %21, %87
  %89 = getelementptr inbounds float, ptr %12, i64 %88
  store <8 x float> %76, ptr %89, align 4, !alias.scope !33
  %90 = mul nsw i64 %25, 8
  %91 = add nsw i64 %90, 0
  %92 = add nsw i64 %21, %91
  %93 = getelementptr inbounds float, ptr %12, i64 %92
  store <8 x float> %77, ptr %93, align 4, !alias.scope !33
  br label %latch3
}

; Function Attrs: nounwind
define i32 @attention(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [4 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %4, i64 384)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %18, %ok ], [ %24, %ok1 ], [ %30, %ok2 ]
  %10 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %11, i64 0
  %15 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %14, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %11, i64 128
  %17 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %16, ptr %17, align 8
  %18 = call i32 @attention.k0(ptr %5, i64 0, i64 1)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %20 = getelementptr inbounds i8, ptr %11, i64 0
  %21 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %20, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %11, i64 128
  %23 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %22, ptr %23, align 8
  %24 = call i32 @attention.rows1(ptr %6, i64 0, i64 2)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %26 = getelementptr inbounds i8, ptr %11, i64 128
  %27 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %2, ptr %28, align 8
  %29 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %3, ptr %29, align 8
  %30 = call i32 @attention.k5(ptr %7, i64 0, i64 1)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %32 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %32)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind willreturn memory(none) }
attributes #3 = { "vector-function-abi-variant"="_ZGVdN8v_expf(_ZGVdN8v_expf)" }

!0 = !{!1}
!1 = !{!"attention.k0.buffer1", !2}
!2 = !{!"attention.k0.buffers"}
!3 = !{!4, !5}
!4 = !{!"attention.k0.buffer2", !2}
!5 = !{!"attention.k0.buffer3", !2}
!6 = !{!5}
!7 = !{!4}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = !{!11}
!11 = !{!"attention.k0.buffer0", !2}
!12 = distinct !{!12, !13, !9}
!13 = !{!"llvm.loop.vectorize.enable", i1 false}
!14 = distinct !{!14, !13, !9}
!15 = distinct !{!15, !16, !17, !9}
!16 = !{!"llvm.loop.vectorize.enable", i1 true}
!17 = !{!"llvm.loop.vectorize.width", i32 4}
!18 = !{!19}
!19 = !{!"attention.rows1.buffer0", !20}
!20 = !{!"attention.rows1.buffers"}
!21 = !{!22}
!22 = !{!"attention.rows1.buffer1", !20}
!23 = distinct !{!23, !24, !25, !9}
!24 = !{!"llvm.loop.vectorize.width", i32 8}
!25 = !{!"llvm.loop.interleave.count", i32 4}
!26 = distinct !{!26, !24, !9}
!27 = distinct !{!27, !16, !28, !9}
!28 = !{!"llvm.loop.vectorize.width", i32 16}
!29 = distinct !{!29, !24, !9}
!30 = !{!31}
!31 = !{!"attention.k5.buffer1", !32}
!32 = !{!"attention.k5.buffers"}
!33 = !{!34}
!34 = !{!"attention.k5.buffer2", !32}
!35 = !{!36}
!36 = !{!"attention.k5.buffer0", !32}
!37 = distinct !{!37, !13, !9}
