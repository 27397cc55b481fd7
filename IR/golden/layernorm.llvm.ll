; ModuleID = 'layernorm'
source_filename = "layernorm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [303 x i8] c"{\22module\22: \22layernorm\22, \22functions\22: [{\22name\22: \22layernorm\22, \22symbol\22: \22layernorm\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}, {\22name\22: \22gamma\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22beta\22, \22dtype\22: \22f32\22, \22shape\22: [8]}], \22outputs\22: [{\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @layernorm.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <16 x float>, align 16
  %4 = alloca [8 x <16 x float>], align 16
  %5 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %6 = getelementptr inbounds ptr, ptr %0, i64 0
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 1
  %9 = load ptr, ptr %8, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = getelementptr inbounds float, ptr %4, i64 8
  store float -0.000000e+00, ptr %11, align 4
  %12 = getelementptr inbounds float, ptr %4, i64 9
  store float -0.000000e+00, ptr %12, align 4
  %13 = getelementptr inbounds float, ptr %4, i64 10
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %4, i64 11
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %4, i64 12
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %4, i64 13
  store float -0.000000e+00, ptr %16, align 4
  %17 = getelementptr inbounds float, ptr %4, i64 14
  store float -0.000000e+00, ptr %17, align 4
  %18 = getelementptr inbounds float, ptr %4, i64 15
  store float -0.000000e+00, ptr %18, align 4
  br label %loop1

latch:                                            ; preds = %exit4
  %19 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %27, %latch3 ]
  %20 = icmp slt i64 %i5, 8
  br i1 %20, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %21 = mul nsw i64 %i, 8
  %22 = add nsw i64 %21, %i5
  %23 = getelementptr inbounds float, ptr %7, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = sub i64 %i5, 0
  %26 = getelementptr inbounds float, ptr %4, i64 %25
  store float %24, ptr %26, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %27 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !0

exit4:                                            ; preds = %loop1
  %28 = getelementptr inbounds <16 x float>, ptr %4, i64 0
  %29 = load <16 x float>, ptr %28, align 4
  store <16 x float> %29, ptr %3, align 4
  %30 = getelementptr inbounds float, ptr %3, i64 0
  %31 = load float, ptr %30, align 4
  %32 = getelementptr inbounds float, ptr %3, i64 1
  %33 = load float, ptr %32, align 4
  %34 = getelementptr inbounds float, ptr %3, i64 2
  %35 = load float, ptr %34, align 4
  %36 = getelementptr inbounds float, ptr %3, i64 3
  %37 = load float, ptr %36, align 4
  %38 = getelementptr inbounds float, ptr %3, i64 4
  %39 = load float, ptr %38, align 4
  %40 = getelementptr inbounds float, ptr %3, i64 5
  %41 = load float, ptr %40, align 4
  %42 = getelementptr inbounds float, ptr %3, i64 6
  %43 = load float, ptr %42, align 4
  %44 = getelementptr inbounds float, ptr %3, i64 7
  %45 = load float, ptr %44, align 4
  %46 = getelementptr inbounds float, ptr %3, i64 8
  %47 = load float, ptr %46, align 4
  %48 = getelementptr inbounds float, ptr %3, i64 9
  %49 = load float, ptr %48, align 4
  %50 = getelementptr inbounds float, ptr %3, i64 10
  %51 = load float, ptr %50, align 4
  %52 = getelementptr inbounds float, ptr %3, i64 11
  %53 = load float, ptr %52, align 4
  %54 = getelementptr inbounds float, ptr %3, i64 12
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %3, i64 13
  %57 = load float, ptr %56, align 4
  %58 = getelementptr inbounds float, ptr %3, i64 14
  %59 = load float, ptr %58, align 4
  %60 = getelementptr inbounds float, ptr %3, i64 15
  %61 = load float, ptr %60, align 4
  %62 = fadd float %31, %47
  %63 = fadd float %33, %49
  %64 = fadd float %35, %51
  %65 = fadd float %37, %53
  %66 = fadd float %39, %55
  %67 = fadd float %41, %57
  %68 = fadd float %43, %59
  %69 = fadd float %45, %61
  %70 = fadd float %62, %66
  %71 = fadd float %63, %67
  %72 = fadd float %64, %68
  %73 = fadd float %65, %69
  %74 = fadd float %70, %72
  %75 = fadd float %71, %73
  %76 = fadd float %74, %75
  %77 = getelementptr inbounds float, ptr %9, i64 %i
  store float %76, ptr %77, align 4
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @layernorm.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = fdiv float %9, 8.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !4

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @layernorm.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %22, %latch3 ]
  %11 = icmp slt i64 %i5, 8
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 8
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fsub float %15, %17
  %19 = mul nsw i64 %i, 8
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !6

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @layernorm.k3(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <16 x float>, align 16
  %4 = alloca [8 x <16 x float>], align 16
  %5 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %6 = getelementptr inbounds ptr, ptr %0, i64 0
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 1
  %9 = load ptr, ptr %8, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = getelementptr inbounds float, ptr %4, i64 8
  store float -0.000000e+00, ptr %11, align 4
  %12 = getelementptr inbounds float, ptr %4, i64 9
  store float -0.000000e+00, ptr %12, align 4
  %13 = getelementptr inbounds float, ptr %4, i64 10
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %4, i64 11
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %4, i64 12
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %4, i64 13
  store float -0.000000e+00, ptr %16, align 4
  %17 = getelementptr inbounds float, ptr %4, i64 14
  store float -0.000000e+00, ptr %17, align 4
  %18 = getelementptr inbounds float, ptr %4, i64 15
  store float -0.000000e+00, ptr %18, align 4
  br label %loop1

latch:                                            ; preds = %exit4
  %19 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %28, %latch3 ]
  %20 = icmp slt i64 %i5, 8
  br i1 %20, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %21 = mul nsw i64 %i, 8
  %22 = add nsw i64 %21, %i5
  %23 = getelementptr inbounds float, ptr %7, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = fmul float %24, %24
  %26 = sub i64 %i5, 0
  %27 = getelementptr inbounds float, ptr %4, i64 %26
  store float %25, ptr %27, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %28 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !7

exit4:                                            ; preds = %loop1
  %29 = getelementptr inbounds <16 x float>, ptr %4, i64 0
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
  %78 = getelementptr inbounds float, ptr %9, i64 %i
  store float %77, ptr %78, align 4
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @layernorm.k4(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %15, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 %i
  %9 = load float, ptr %8, align 4
  %10 = fdiv float %9, 8.000000e+00
  %11 = fadd float %10, 0x3EE4F8B580000000
  %12 = call float @llvm.sqrt.f32(float %11)
  %13 = fdiv float 1.000000e+00, %12
  %14 = getelementptr inbounds float, ptr %6, i64 %i
  store float %13, ptr %14, align 4
  br label %latch

latch:                                            ; preds = %body
  %15 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !8

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nounwind
define internal i32 @layernorm.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = getelementptr inbounds ptr, ptr %0, i64 4
  %12 = load ptr, ptr %11, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %14, %latch ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %14 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %32, %latch3 ]
  %15 = icmp slt i64 %i5, 8
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %16 = mul nsw i64 %i, 8
  %17 = add nsw i64 %16, %i5
  %18 = getelementptr inbounds float, ptr %4, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = getelementptr inbounds float, ptr %6, i64 %i
  %21 = load float, ptr %20, align 4
  %22 = fmul float %19, %21
  %23 = getelementptr inbounds float, ptr %8, i64 %i5
  %24 = load float, ptr %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, ptr %10, i64 %i5
  %27 = load float, ptr %26, align 4
  %28 = fadd float %25, %27
  %29 = mul nsw i64 %i, 8
  %30 = add nsw i64 %29, %i5
  %31 = getelementptr inbounds float, ptr %12, i64 %30
  store float %28, ptr %31, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %32 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !9

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @layernorm(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [2 x ptr], align 8
  %10 = alloca [5 x ptr], align 8
  %11 = call i32 @ftc_rt_alloc(ptr %4, i64 256)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok

fail:                                             ; preds = %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %11, %entry ], [ %18, %ok ], [ %24, %ok1 ], [ %31, %ok2 ], [ %37, %ok3 ], [ %43, %ok4 ], [ %52, %ok5 ]
  %13 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %13)
  ret i32 %status

ok:                                               ; preds = %entry
  %14 = load ptr, ptr %4, align 8
  %15 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %14, i64 0
  %17 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %16, ptr %17, align 8
  %18 = call i32 @layernorm.k0(ptr %5, i64 0, i64 4)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %20 = getelementptr inbounds i8, ptr %14, i64 0
  %21 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %20, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %14, i64 64
  %23 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %22, ptr %23, align 8
  %24 = call i32 @layernorm.k1(ptr %6, i64 0, i64 4)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %26 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %14, i64 64
  %28 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %14, i64 128
  %30 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %29, ptr %30, align 8
  %31 = call i32 @layernorm.k2(ptr %7, i64 0, i64 4)
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %33 = getelementptr inbounds i8, ptr %14, i64 128
  %34 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %14, i64 0
  %36 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %35, ptr %36, align 8
  %37 = call i32 @layernorm.k3(ptr %8, i64 0, i64 4)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %39 = getelementptr inbounds i8, ptr %14, i64 0
  %40 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %39, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %14, i64 64
  %42 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %41, ptr %42, align 8
  %43 = call i32 @layernorm.k4(ptr %9, i64 0, i64 4)
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %45 = getelementptr inbounds i8, ptr %14, i64 128
  %46 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %14, i64 64
  %48 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %1, ptr %49, align 8
  %50 = getelementptr inbounds ptr, ptr %10, i64 3
  store ptr %2, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %10, i64 4
  store ptr %3, ptr %51, align 8
  %52 = call i32 @layernorm.k5(ptr %10, i64 0, i64 4)
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %54 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %54)
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

!0 = distinct !{!0, !1, !2, !3}
!1 = !{!"llvm.loop.vectorize.enable", i1 true}
!2 = !{!"llvm.loop.vectorize.width", i32 16}
!3 = !{!"llvm.loop.unroll.disable"}
!4 = distinct !{!4, !5, !3}
!5 = !{!"llvm.loop.vectorize.width", i32 8}
!6 = distinct !{!6, !5, !3}
!7 = distinct !{!7, !1, !2, !3}
!8 = distinct !{!8, !5, !3}
!9 = distinct !{!9, !5, !3}
