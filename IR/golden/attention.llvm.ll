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
  %10 = icmp slt i64 %i, 2
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
  %12 = icmp slt i64 %i5, 4
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
  %14 = icmp slt i64 %i10, 4
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
  %16 = icmp slt i64 %i15, 8
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 8
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i10, 8
  %20 = add nsw i64 %19, %i15
  %21 = mul nsw i64 %i, 32
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 32
  %24 = add nsw i64 %23, %20
  %25 = getelementptr inbounds float, ptr %5, i64 %22
  %26 = load float, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4
  %29 = load float, ptr %3, align 4
  %30 = fmul float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !0

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 16
  %34 = mul nsw i64 %i5, 4
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @attention.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %16, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds i8, ptr @literal, i64 %i
  %9 = load i8, ptr %8, align 1
  %10 = icmp ne i8 %9, 0
  %11 = getelementptr inbounds float, ptr %4, i64 %i
  %12 = load float, ptr %11, align 4
  %13 = fmul float %12, 0x3FD6A09E60000000
  %14 = select i1 %10, float %13, float 0xFFF0000000000000
  %15 = getelementptr inbounds float, ptr %6, i64 %i
  store float %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !2

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @attention.k2(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %9, %latch ]
  %8 = icmp slt i64 %i, %2
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %9 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %11, %latch3 ]
  %10 = icmp slt i64 %i5, 4
  br i1 %10, label %body2, label %exit4

body2:                                            ; preds = %loop1
  store float 0xFFF0000000000000, ptr %3, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %11 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %21, %latch8 ]
  %12 = icmp slt i64 %i10, 4
  br i1 %12, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %13 = load float, ptr %3, align 4
  %14 = mul nsw i64 %i, 16
  %15 = mul nsw i64 %i5, 4
  %16 = add nsw i64 %14, %15
  %17 = add nsw i64 %16, %i10
  %18 = getelementptr inbounds float, ptr %5, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = call float @llvm.maximum.f32(float %13, float %19)
  store float %20, ptr %3, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %21 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !4

exit9:                                            ; preds = %loop6
  %22 = load float, ptr %3, align 4
  %23 = mul nsw i64 %i, 4
  %24 = add nsw i64 %23, %i5
  %25 = getelementptr inbounds float, ptr %7, i64 %24
  store float %22, ptr %25, align 4
  br label %latch3
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind
define internal i32 @attention.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %i10 = phi i64 [ 0, %body2 ], [ %31, %latch8 ]
  %13 = icmp slt i64 %i10, 4
  br i1 %13, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %14 = mul nsw i64 %i, 16
  %15 = mul nsw i64 %i5, 4
  %16 = add nsw i64 %14, %15
  %17 = add nsw i64 %16, %i10
  %18 = getelementptr inbounds float, ptr %4, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = mul nsw i64 %i, 4
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %6, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = fsub float %19, %23
  %25 = call float @expf(float %24) #3
  %26 = mul nsw i64 %i, 16
  %27 = mul nsw i64 %i5, 4
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %i10
  %30 = getelementptr inbounds float, ptr %8, i64 %29
  store float %25, ptr %30, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %31 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !5

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind willreturn memory(none)
declare float @expf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_expf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @attention.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %11, %latch ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %11 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %25, %latch3 ]
  %12 = icmp slt i64 %i5, 4
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %13 = getelementptr inbounds float, ptr %4, i64 4
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %4, i64 5
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %4, i64 6
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %4, i64 7
  store float -0.000000e+00, ptr %16, align 4
  %17 = getelementptr inbounds float, ptr %4, i64 8
  store float -0.000000e+00, ptr %17, align 4
  %18 = getelementptr inbounds float, ptr %4, i64 9
  store float -0.000000e+00, ptr %18, align 4
  %19 = getelementptr inbounds float, ptr %4, i64 10
  store float -0.000000e+00, ptr %19, align 4
  %20 = getelementptr inbounds float, ptr %4, i64 11
  store float -0.000000e+00, ptr %20, align 4
  %21 = getelementptr inbounds float, ptr %4, i64 12
  store float -0.000000e+00, ptr %21, align 4
  %22 = getelementptr inbounds float, ptr %4, i64 13
  store float -0.000000e+00, ptr %22, align 4
  %23 = getelementptr inbounds float, ptr %4, i64 14
  store float -0.000000e+00, ptr %23, align 4
  %24 = getelementptr inbounds float, ptr %4, i64 15
  store float -0.000000e+00, ptr %24, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %25 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %35, %latch8 ]
  %26 = icmp slt i64 %i10, 4
  br i1 %26, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %27 = mul nsw i64 %i, 16
  %28 = mul nsw i64 %i5, 4
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %i10
  %31 = getelementptr inbounds float, ptr %7, i64 %30
  %32 = load float, ptr %31, align 4
  %33 = sub i64 %i10, 0
  %34 = getelementptr inbounds float, ptr %4, i64 %33
  store float %32, ptr %34, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %35 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !6

exit9:                                            ; preds = %loop6
  %36 = getelementptr inbounds <16 x float>, ptr %4, i64 0
  %37 = load <16 x float>, ptr %36, align 4
  store <16 x float> %37, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %3, i64 0
  %39 = load float, ptr %38, align 4
  %40 = getelementptr inbounds float, ptr %3, i64 1
  %41 = load float, ptr %40, align 4
  %42 = getelementptr inbounds float, ptr %3, i64 2
  %43 = load float, ptr %42, align 4
  %44 = getelementptr inbounds float, ptr %3, i64 3
  %45 = load float, ptr %44, align 4
  %46 = getelementptr inbounds float, ptr %3, i64 4
  %47 = load float, ptr %46, align 4
  %48 = getelementptr inbounds float, ptr %3, i64 5
  %49 = load float, ptr %48, align 4
  %50 = getelementptr inbounds float, ptr %3, i64 6
  %51 = load float, ptr %50, align 4
  %52 = getelementptr inbounds float, ptr %3, i64 7
  %53 = load float, ptr %52, align 4
  %54 = getelementptr inbounds float, ptr %3, i64 8
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %3, i64 9
  %57 = load float, ptr %56, align 4
  %58 = getelementptr inbounds float, ptr %3, i64 10
  %59 = load float, ptr %58, align 4
  %60 = getelementptr inbounds float, ptr %3, i64 11
  %61 = load float, ptr %60, align 4
  %62 = getelementptr inbounds float, ptr %3, i64 12
  %63 = load float, ptr %62, align 4
  %64 = getelementptr inbounds float, ptr %3, i64 13
  %65 = load float, ptr %64, align 4
  %66 = getelementptr inbounds float, ptr %3, i64 14
  %67 = load float, ptr %66, align 4
  %68 = getelementptr inbounds float, ptr %3, i64 15
  %69 = load float, ptr %68, align 4
  %70 = fadd float %39, %55
  %71 = fadd float %41, %57
  %72 = fadd float %43, %59
  %73 = fadd float %45, %61
  %74 = fadd float %47, %63
  %75 = fadd float %49, %65
  %76 = fadd float %51, %67
  %77 = fadd float %53, %69
  %78 = fadd float %70, %74
  %79 = fadd float %71, %75
  %80 = fadd float %72, %76
  %81 = fadd float %73, %77
  %82 = fadd float %78, %80
  %83 = fadd float %79, %81
  %84 = fadd float %82, %83
  %85 = mul nsw i64 %i, 4
  %86 = add nsw i64 %85, %i5
  %87 = getelementptr inbounds float, ptr %9, i64 %86
  store float %84, ptr %87, align 4
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @attention.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %i10 = phi i64 [ 0, %body2 ], [ %30, %latch8 ]
  %13 = icmp slt i64 %i10, 4
  br i1 %13, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %14 = mul nsw i64 %i, 16
  %15 = mul nsw i64 %i5, 4
  %16 = add nsw i64 %14, %15
  %17 = add nsw i64 %16, %i10
  %18 = getelementptr inbounds float, ptr %4, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = mul nsw i64 %i, 4
  %21 = add nsw i64 %20, %i5
  %22 = getelementptr inbounds float, ptr %6, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = fdiv float %19, %23
  %25 = mul nsw i64 %i, 16
  %26 = mul nsw i64 %i5, 4
  %27 = add nsw i64 %25, %26
  %28 = add nsw i64 %27, %i10
  %29 = getelementptr inbounds float, ptr %8, i64 %28
  store float %24, ptr %29, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %30 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !9

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @attention.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = icmp slt i64 %i, 2
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
  %12 = icmp slt i64 %i5, 4
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
  %19 = mul nsw i64 %i15, 8
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 16
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 32
  %24 = add nsw i64 %23, %20
  %25 = getelementptr inbounds float, ptr %5, i64 %22
  %26 = load float, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4
  %29 = load float, ptr %3, align 4
  %30 = fmul float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !10

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 32
  %34 = mul nsw i64 %i5, 8
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define i32 @attention(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [2 x ptr], align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [2 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [3 x ptr], align 8
  %12 = call i32 @ftc_rt_alloc(ptr %4, i64 384)
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %fail, label %ok

fail:                                             ; preds = %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %12, %entry ], [ %20, %ok ], [ %26, %ok1 ], [ %32, %ok2 ], [ %40, %ok3 ], [ %46, %ok4 ], [ %54, %ok5 ], [ %60, %ok6 ]
  %14 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %14)
  ret i32 %status

ok:                                               ; preds = %entry
  %15 = load ptr, ptr %4, align 8
  %16 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %15, i64 0
  %19 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %18, ptr %19, align 8
  %20 = call i32 @attention.k0(ptr %5, i64 0, i64 1)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %22 = getelementptr inbounds i8, ptr %15, i64 0
  %23 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %15, i64 128
  %25 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %24, ptr %25, align 8
  %26 = call i32 @attention.k1(ptr %6, i64 0, i64 32)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %28 = getelementptr inbounds i8, ptr %15, i64 128
  %29 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %15, i64 0
  %31 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %30, ptr %31, align 8
  %32 = call i32 @attention.k2(ptr %7, i64 0, i64 2)
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %34 = getelementptr inbounds i8, ptr %15, i64 128
  %35 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %15, i64 0
  %37 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %15, i64 256
  %39 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %38, ptr %39, align 8
  %40 = call i32 @attention.k3(ptr %8, i64 0, i64 2)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %42 = getelementptr inbounds i8, ptr %15, i64 256
  %43 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %15, i64 0
  %45 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %44, ptr %45, align 8
  %46 = call i32 @attention.k4(ptr %9, i64 0, i64 2)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %48 = getelementptr inbounds i8, ptr %15, i64 256
  %49 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds i8, ptr %15, i64 0
  %51 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %50, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %15, i64 64
  %53 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %52, ptr %53, align 8
  %54 = call i32 @attention.k5(ptr %10, i64 0, i64 2)
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %56 = getelementptr inbounds i8, ptr %15, i64 64
  %57 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %56, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %2, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %3, ptr %59, align 8
  %60 = call i32 @attention.k6(ptr %11, i64 0, i64 1)
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %62 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %62)
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

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.vectorize.width", i32 8}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !3, !1}
!6 = distinct !{!6, !7, !8, !1}
!7 = !{!"llvm.loop.vectorize.enable", i1 true}
!8 = !{!"llvm.loop.vectorize.width", i32 16}
!9 = distinct !{!9, !3, !1}
!10 = distinct !{!10, !1}
