; ModuleID = 'top_k_accuracy'
source_filename = "top_k_accuracy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [273 x i8] c"{\22module\22: \22top_k_accuracy\22, \22functions\22: [{\22name\22: \22top3_accuracy\22, \22symbol\22: \22top3_accuracy\22, \22inputs\22: [{\22name\22: \22scores\22, \22dtype\22: \22f32\22, \22shape\22: [8, 10]}, {\22name\22: \22labels\22, \22dtype\22: \22i32\22, \22shape\22: [8]}], \22outputs\22: [{\22name\22: \22acc\22, \22dtype\22: \22f32\22, \22shape\22: []}]}]}\00"

; Function Attrs: nounwind
define internal i32 @top3_accuracy.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %6, %latch ]
  %5 = icmp slt i64 %i, %2
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %6 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %12, %latch3 ]
  %7 = icmp slt i64 %i5, 10
  br i1 %7, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %8 = trunc i64 %i5 to i32
  %9 = mul nsw i64 %i, 10
  %10 = add nsw i64 %9, %i5
  %11 = getelementptr inbounds i32, ptr %4, i64 %10
  store i32 %8, ptr %11, align 4, !alias.scope !0
  br label %latch3

latch3:                                           ; preds = %body2
  %12 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !3

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @top3_accuracy.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca i64, align 16
  %4 = alloca i64, align 16
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
  %13 = getelementptr inbounds ptr, ptr %0, i64 4
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds i64, ptr %14, i64 0
  %16 = getelementptr inbounds i64, ptr %15, i64 10
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %18, %latch ]
  %17 = icmp slt i64 %i, %2
  br i1 %17, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit34
  %18 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %21, %latch3 ]
  %19 = icmp slt i64 %i5, 10
  br i1 %19, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %20 = getelementptr inbounds i64, ptr %15, i64 %i5
  store i64 %i5, ptr %20, align 8, !alias.scope !6, !noalias !9
  br label %latch3

latch3:                                           ; preds = %body2
  %21 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ 0, %exit4 ], [ %27, %latch8 ]
  %22 = icmp slt i64 %i10, 4
  br i1 %22, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %23 = shl i64 1, %i10
  %24 = shl i64 2, %i10
  %25 = add i64 9, %24
  %26 = udiv i64 %25, %24
  br label %loop11

latch8:                                           ; preds = %exit24
  %27 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop26

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %36, %latch13 ]
  %28 = icmp slt i64 %i15, %26
  br i1 %28, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %29 = mul i64 %i15, %24
  %30 = add i64 %29, %23
  %31 = icmp slt i64 %30, 10
  %32 = select i1 %31, i64 %30, i64 10
  %33 = add i64 %29, %24
  %34 = icmp slt i64 %33, 10
  %35 = select i1 %34, i64 %33, i64 10
  store i64 %29, ptr %3, align 8
  store i64 %32, ptr %4, align 8
  br label %loop16

latch13:                                          ; preds = %exit19
  %36 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ %29, %body12 ], [ %77, %latch18 ]
  %37 = icmp slt i64 %i20, %35
  br i1 %37, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %38 = load i64, ptr %3, align 8
  %39 = load i64, ptr %4, align 8
  %40 = icmp slt i64 %38, %32
  %41 = icmp slt i64 %39, %35
  %42 = icmp slt i64 %38, 9
  %43 = select i1 %42, i64 %38, i64 9
  %44 = getelementptr inbounds i64, ptr %15, i64 %43
  %45 = load i64, ptr %44, align 8, !alias.scope !6, !noalias !9
  %46 = icmp slt i64 %39, 9
  %47 = select i1 %46, i64 %39, i64 9
  %48 = getelementptr inbounds i64, ptr %15, i64 %47
  %49 = load i64, ptr %48, align 8, !alias.scope !6, !noalias !9
  %50 = xor i1 %40, true
  %51 = mul nsw i64 %i, 10
  %52 = add nsw i64 %51, %49
  %53 = getelementptr inbounds float, ptr %6, i64 %52
  %54 = load float, ptr %53, align 4, !alias.scope !12, !noalias !14
  %55 = bitcast float %54 to i32
  %56 = icmp slt i32 %55, 0
  %57 = xor i32 %55, 2147483647
  %58 = select i1 %56, i32 %57, i32 %55
  %59 = mul nsw i64 %i, 10
  %60 = add nsw i64 %59, %45
  %61 = getelementptr inbounds float, ptr %6, i64 %60
  %62 = load float, ptr %61, align 4, !alias.scope !12, !noalias !14
  %63 = bitcast float %62 to i32
  %64 = icmp slt i32 %63, 0
  %65 = xor i32 %63, 2147483647
  %66 = select i1 %64, i32 %65, i32 %63
  %67 = icmp slt i32 %66, %58
  %68 = or i1 %50, %67
  %69 = and i1 %41, %68
  %70 = select i1 %69, i64 %49, i64 %45
  %71 = getelementptr inbounds i64, ptr %16, i64 %i20
  store i64 %70, ptr %71, align 8, !alias.scope !6, !noalias !9
  %72 = xor i1 %69, true
  %73 = zext i1 %72 to i64
  %74 = add i64 %38, %73
  store i64 %74, ptr %3, align 8
  %75 = zext i1 %69 to i64
  %76 = add i64 %39, %75
  store i64 %76, ptr %4, align 8
  br label %latch18

latch18:                                          ; preds = %body17
  %77 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %82, %latch23 ]
  %78 = icmp slt i64 %i25, 10
  br i1 %78, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %79 = getelementptr inbounds i64, ptr %16, i64 %i25
  %80 = load i64, ptr %79, align 8, !alias.scope !6, !noalias !9
  %81 = getelementptr inbounds i64, ptr %15, i64 %i25
  store i64 %80, ptr %81, align 8, !alias.scope !6, !noalias !9
  br label %latch23

latch23:                                          ; preds = %body22
  %82 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  br label %latch8

loop26:                                           ; preds = %latch28, %exit9
  %i30 = phi i64 [ 0, %exit9 ], [ %93, %latch28 ]
  %83 = icmp slt i64 %i30, 10
  br i1 %83, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %84 = getelementptr inbounds i64, ptr %15, i64 %i30
  %85 = load i64, ptr %84, align 8, !alias.scope !6, !noalias !9
  %86 = mul nsw i64 %i, 10
  %87 = add nsw i64 %86, %85
  %88 = getelementptr inbounds float, ptr %6, i64 %87
  %89 = load float, ptr %88, align 4, !alias.scope !12, !noalias !14
  %90 = mul nsw i64 %i, 10
  %91 = add nsw i64 %90, %i30
  %92 = getelementptr inbounds float, ptr %10, i64 %91
  store float %89, ptr %92, align 4, !alias.scope !15, !noalias !16
  br label %latch28

latch28:                                          ; preds = %body27
  %93 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !17

exit29:                                           ; preds = %loop26
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %104, %latch33 ]
  %94 = icmp slt i64 %i35, 10
  br i1 %94, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %95 = getelementptr inbounds i64, ptr %15, i64 %i35
  %96 = load i64, ptr %95, align 8, !alias.scope !6, !noalias !9
  %97 = mul nsw i64 %i, 10
  %98 = add nsw i64 %97, %96
  %99 = getelementptr inbounds i32, ptr %8, i64 %98
  %100 = load i32, ptr %99, align 4, !alias.scope !18, !noalias !14
  %101 = mul nsw i64 %i, 10
  %102 = add nsw i64 %101, %i35
  %103 = getelementptr inbounds i32, ptr %12, i64 %102
  store i32 %100, ptr %103, align 4, !alias.scope !20, !noalias !21
  br label %latch33

latch33:                                          ; preds = %body32
  %104 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !22

exit34:                                           ; preds = %loop31
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @top3_accuracy.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %11, %latch ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  store float 0xFFF0000000000000, ptr %3, align 4
  br label %loop1

latch:                                            ; preds = %exit4
  %11 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %23, %latch3 ]
  %12 = icmp slt i64 %i5, 3
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %13 = load float, ptr %3, align 4
  %14 = mul nsw i64 %i, 10
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds i32, ptr %5, i64 %15
  %17 = load i32, ptr %16, align 4, !alias.scope !23, !noalias !26
  %18 = getelementptr inbounds i32, ptr %7, i64 %i
  %19 = load i32, ptr %18, align 4, !alias.scope !28, !noalias !26
  %20 = icmp eq i32 %17, %19
  %21 = uitofp i1 %20 to float
  %22 = call float @llvm.maximum.f32(float %13, float %21)
  store float %22, ptr %3, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %23 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !30

exit4:                                            ; preds = %loop1
  %24 = load float, ptr %3, align 4
  %25 = getelementptr inbounds float, ptr %9, i64 %i
  store float %24, ptr %25, align 4, !alias.scope !26
  br label %latch
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind
define internal i32 @top3_accuracy.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = getelementptr inbounds float, ptr %5, i64 8
  store float -0.000000e+00, ptr %10, align 4
  %11 = getelementptr inbounds float, ptr %5, i64 9
  store float -0.000000e+00, ptr %11, align 4
  %12 = getelementptr inbounds float, ptr %5, i64 10
  store float -0.000000e+00, ptr %12, align 4
  %13 = getelementptr inbounds float, ptr %5, i64 11
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %5, i64 12
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %5, i64 13
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %5, i64 14
  store float -0.000000e+00, ptr %16, align 4
  %17 = getelementptr inbounds float, ptr %5, i64 15
  store float -0.000000e+00, ptr %17, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %23, %latch ]
  %18 = icmp slt i64 %i, 8
  br i1 %18, label %body, label %exit

body:                                             ; preds = %loop
  %19 = getelementptr inbounds float, ptr %7, i64 %i
  %20 = load float, ptr %19, align 4, !alias.scope !32, !noalias !35
  %21 = sub i64 %i, 0
  %22 = getelementptr inbounds float, ptr %5, i64 %21
  store float %20, ptr %22, align 4
  br label %latch

latch:                                            ; preds = %body
  %23 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !37

exit:                                             ; preds = %loop
  %24 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %25 = load <16 x float>, ptr %24, align 4
  store <16 x float> %25, ptr %3, align 4
  %26 = getelementptr inbounds float, ptr %3, i64 0
  %27 = load float, ptr %26, align 4
  %28 = getelementptr inbounds float, ptr %3, i64 1
  %29 = load float, ptr %28, align 4
  %30 = getelementptr inbounds float, ptr %3, i64 2
  %31 = load float, ptr %30, align 4
  %32 = getelementptr inbounds float, ptr %3, i64 3
  %33 = load float, ptr %32, align 4
  %34 = getelementptr inbounds float, ptr %3, i64 4
  %35 = load float, ptr %34, align 4
  %36 = getelementptr inbounds float, ptr %3, i64 5
  %37 = load float, ptr %36, align 4
  %38 = getelementptr inbounds float, ptr %3, i64 6
  %39 = load float, ptr %38, align 4
  %40 = getelementptr inbounds float, ptr %3, i64 7
  %41 = load float, ptr %40, align 4
  %42 = getelementptr inbounds float, ptr %3, i64 8
  %43 = load float, ptr %42, align 4
  %44 = getelementptr inbounds float, ptr %3, i64 9
  %45 = load float, ptr %44, align 4
  %46 = getelementptr inbounds float, ptr %3, i64 10
  %47 = load float, ptr %46, align 4
  %48 = getelementptr inbounds float, ptr %3, i64 11
  %49 = load float, ptr %48, align 4
  %50 = getelementptr inbounds float, ptr %3, i64 12
  %51 = load float, ptr %50, align 4
  %52 = getelementptr inbounds float, ptr %3, i64 13
  %53 = load float, ptr %52, align 4
  %54 = getelementptr inbounds float, ptr %3, i64 14
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %3, i64 15
  %57 = load float, ptr %56, align 4
  %58 = fadd float %27, %43
  %59 = fadd float %29, %45
  %60 = fadd float %31, %47
  %61 = fadd float %33, %49
  %62 = fadd float %35, %51
  %63 = fadd float %37, %53
  %64 = fadd float %39, %55
  %65 = fadd float %41, %57
  %66 = fadd float %58, %62
  %67 = fadd float %59, %63
  %68 = fadd float %60, %64
  %69 = fadd float %61, %65
  %70 = fadd float %66, %68
  %71 = fadd float %67, %69
  %72 = fadd float %70, %71
  %73 = getelementptr inbounds float, ptr %9, i64 0
  store float %72, ptr %73, align 4, !alias.scope !35
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @top3_accuracy.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !40, !noalias !43
  %10 = fdiv float %9, 8.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !43
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !45

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @top3_accuracy(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = alloca [5 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = alloca [2 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = call i32 @ftc_rt_alloc(ptr %3, i64 1152)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %9, %entry ], [ %15, %ok ], [ %26, %ok1 ], [ %33, %ok2 ], [ %39, %ok3 ], [ %44, %ok4 ]
  %11 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  %12 = load ptr, ptr %3, align 8
  %13 = getelementptr inbounds i8, ptr %12, i64 0
  %14 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %13, ptr %14, align 8
  %15 = call i32 @top3_accuracy.k0(ptr %4, i64 0, i64 8)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %17 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %12, i64 0
  %19 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %12, i64 320
  %21 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %20, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %12, i64 640
  %23 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %12, i64 960
  %25 = getelementptr inbounds ptr, ptr %5, i64 4
  store ptr %24, ptr %25, align 8
  %26 = call i32 @top3_accuracy.k1(ptr %5, i64 0, i64 8)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %28 = getelementptr inbounds i8, ptr %12, i64 640
  %29 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %1, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %12, i64 0
  %32 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %31, ptr %32, align 8
  %33 = call i32 @top3_accuracy.k2(ptr %6, i64 0, i64 8)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %35 = getelementptr inbounds i8, ptr %12, i64 0
  %36 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %12, i64 64
  %38 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %37, ptr %38, align 8
  %39 = call i32 @top3_accuracy.k3(ptr %7, i64 0, i64 1)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %41 = getelementptr inbounds i8, ptr %12, i64 64
  %42 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %41, ptr %42, align 8
  %43 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %2, ptr %43, align 8
  %44 = call i32 @top3_accuracy.k4(ptr %8, i64 0, i64 1)
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %46 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %46)
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

!0 = !{!1}
!1 = !{!"top3_accuracy.k0.buffer0", !2}
!2 = !{!"top3_accuracy.k0.buffers"}
!3 = distinct !{!3, !4, !5}
!4 = !{!"llvm.loop.vectorize.width", i32 8}
!5 = !{!"llvm.loop.unroll.disable"}
!6 = !{!7}
!7 = !{!"top3_accuracy.k1.buffer4", !8}
!8 = !{!"top3_accuracy.k1.buffers"}
!9 = !{!10, !11}
!10 = !{!"top3_accuracy.k1.buffer2", !8}
!11 = !{!"top3_accuracy.k1.buffer3", !8}
!12 = !{!13}
!13 = !{!"top3_accuracy.k1.buffer0", !8}
!14 = !{!10, !11, !7}
!15 = !{!10}
!16 = !{!11, !7}
!17 = distinct !{!17, !5}
!18 = !{!19}
!19 = !{!"top3_accuracy.k1.buffer1", !8}
!20 = !{!11}
!21 = !{!10, !7}
!22 = distinct !{!22, !5}
!23 = !{!24}
!24 = !{!"top3_accuracy.k2.buffer0", !25}
!25 = !{!"top3_accuracy.k2.buffers"}
!26 = !{!27}
!27 = !{!"top3_accuracy.k2.buffer2", !25}
!28 = !{!29}
!29 = !{!"top3_accuracy.k2.buffer1", !25}
!30 = distinct !{!30, !4, !31, !5}
!31 = !{!"llvm.loop.interleave.count", i32 4}
!32 = !{!33}
!33 = !{!"top3_accuracy.k3.buffer0", !34}
!34 = !{!"top3_accuracy.k3.buffers"}
!35 = !{!36}
!36 = !{!"top3_accuracy.k3.buffer1", !34}
!37 = distinct !{!37, !38, !39, !5}
!38 = !{!"llvm.loop.vectorize.enable", i1 true}
!39 = !{!"llvm.loop.vectorize.width", i32 16}
!40 = !{!41}
!41 = !{!"top3_accuracy.k4.buffer0", !42}
!42 = !{!"top3_accuracy.k4.buffers"}
!43 = !{!44}
!44 = !{!"top3_accuracy.k4.buffer1", !42}
!45 = distinct !{!45, !4, !5}
