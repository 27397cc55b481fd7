; ModuleID = 'value_and_grad_mse'
source_filename = "value_and_grad_mse"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [566 x i8] c"{\22module\22: \22value_and_grad_mse\22, \22functions\22: [{\22name\22: \22mse\22, \22symbol\22: \22mse\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: []}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [4]}], \22outputs\22: [{\22name\22: \22m\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22vg\22, \22symbol\22: \22vg\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: []}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [4]}], \22outputs\22: [{\22name\22: \22m\22, \22dtype\22: \22f32\22, \22shape\22: []}, {\22name\22: \22d_w\22, \22dtype\22: \22f32\22, \22shape\22: []}]}]}\00"

; Function Attrs: nounwind
define internal i32 @mse.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %14 = getelementptr inbounds float, ptr %5, i64 4
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %5, i64 5
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %5, i64 6
  store float -0.000000e+00, ptr %16, align 4
  %17 = getelementptr inbounds float, ptr %5, i64 7
  store float -0.000000e+00, ptr %17, align 4
  %18 = getelementptr inbounds float, ptr %5, i64 8
  store float -0.000000e+00, ptr %18, align 4
  %19 = getelementptr inbounds float, ptr %5, i64 9
  store float -0.000000e+00, ptr %19, align 4
  %20 = getelementptr inbounds float, ptr %5, i64 10
  store float -0.000000e+00, ptr %20, align 4
  %21 = getelementptr inbounds float, ptr %5, i64 11
  store float -0.000000e+00, ptr %21, align 4
  %22 = getelementptr inbounds float, ptr %5, i64 12
  store float -0.000000e+00, ptr %22, align 4
  %23 = getelementptr inbounds float, ptr %5, i64 13
  store float -0.000000e+00, ptr %23, align 4
  %24 = getelementptr inbounds float, ptr %5, i64 14
  store float -0.000000e+00, ptr %24, align 4
  %25 = getelementptr inbounds float, ptr %5, i64 15
  store float -0.000000e+00, ptr %25, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %39, %latch ]
  %26 = icmp slt i64 %i, 4
  br i1 %26, label %body, label %exit

body:                                             ; preds = %loop
  %27 = getelementptr inbounds float, ptr %7, i64 0
  %28 = load float, ptr %27, align 4, !alias.scope !0, !noalias !3
  %29 = getelementptr inbounds float, ptr %9, i64 %i
  %30 = load float, ptr %29, align 4, !alias.scope !5, !noalias !3
  %31 = fmul float %28, %30
  %32 = getelementptr inbounds float, ptr %11, i64 %i
  %33 = load float, ptr %32, align 4, !alias.scope !7, !noalias !3
  %34 = fsub float %31, %33
  %35 = fmul float %34, %34
  %36 = fmul float 1.000000e+00, %35
  %37 = sub i64 %i, 0
  %38 = getelementptr inbounds float, ptr %5, i64 %37
  store float %36, ptr %38, align 4
  br label %latch

latch:                                            ; preds = %body
  %39 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !9

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
  store float %88, ptr %89, align 4, !alias.scope !3
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @mse.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !13, !noalias !16
  %10 = fdiv float %9, 4.000000e+00
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !16
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !18

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @mse(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [4 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = call i32 @ftc_rt_alloc(ptr %4, i64 64)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %7, %entry ], [ %16, %ok ], [ %21, %ok1 ]
  %9 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %2, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %10, i64 0
  %15 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %14, ptr %15, align 8
  %16 = call i32 @mse.k0(ptr %5, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = getelementptr inbounds i8, ptr %10, i64 0
  %19 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %3, ptr %20, align 8
  %21 = call i32 @mse.k1(ptr %6, i64 0, i64 1)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %23 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %23)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @vg.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = getelementptr inbounds float, ptr %4, i64 0
  %13 = load float, ptr %12, align 4, !alias.scope !20, !noalias !23
  %14 = getelementptr inbounds float, ptr %6, i64 %i
  %15 = load float, ptr %14, align 4, !alias.scope !25, !noalias !23
  %16 = fmul float %13, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  %18 = load float, ptr %17, align 4, !alias.scope !27, !noalias !23
  %19 = fsub float %16, %18
  %20 = getelementptr inbounds float, ptr %10, i64 %i
  store float %19, ptr %20, align 4, !alias.scope !23
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !29

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @vg.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <16 x float>, align 16
  %4 = alloca <16 x float>, align 16
  %5 = alloca [1 x <16 x float>], align 16
  %6 = alloca [1 x <16 x float>], align 16
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
  %15 = getelementptr inbounds ptr, ptr %0, i64 3
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds float, ptr %7, i64 4
  store float -0.000000e+00, ptr %17, align 4
  %18 = getelementptr inbounds float, ptr %7, i64 5
  store float -0.000000e+00, ptr %18, align 4
  %19 = getelementptr inbounds float, ptr %7, i64 6
  store float -0.000000e+00, ptr %19, align 4
  %20 = getelementptr inbounds float, ptr %7, i64 7
  store float -0.000000e+00, ptr %20, align 4
  %21 = getelementptr inbounds float, ptr %7, i64 8
  store float -0.000000e+00, ptr %21, align 4
  %22 = getelementptr inbounds float, ptr %7, i64 9
  store float -0.000000e+00, ptr %22, align 4
  %23 = getelementptr inbounds float, ptr %7, i64 10
  store float -0.000000e+00, ptr %23, align 4
  %24 = getelementptr inbounds float, ptr %7, i64 11
  store float -0.000000e+00, ptr %24, align 4
  %25 = getelementptr inbounds float, ptr %7, i64 12
  store float -0.000000e+00, ptr %25, align 4
  %26 = getelementptr inbounds float, ptr %7, i64 13
  store float -0.000000e+00, ptr %26, align 4
  %27 = getelementptr inbounds float, ptr %7, i64 14
  store float -0.000000e+00, ptr %27, align 4
  %28 = getelementptr inbounds float, ptr %7, i64 15
  store float -0.000000e+00, ptr %28, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %36, %latch ]
  %29 = icmp slt i64 %i, 4
  br i1 %29, label %body, label %exit

body:                                             ; preds = %loop
  %30 = getelementptr inbounds float, ptr %10, i64 %i
  %31 = load float, ptr %30, align 4, !alias.scope !30, !noalias !33
  %32 = fmul float %31, %31
  %33 = fmul float 1.000000e+00, %32
  %34 = sub i64 %i, 0
  %35 = getelementptr inbounds float, ptr %7, i64 %34
  store float %33, ptr %35, align 4
  br label %latch

latch:                                            ; preds = %body
  %36 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !36

exit:                                             ; preds = %loop
  %37 = getelementptr inbounds <16 x float>, ptr %7, i64 0
  %38 = load <16 x float>, ptr %37, align 4
  store <16 x float> %38, ptr %3, align 4
  %39 = getelementptr inbounds float, ptr %3, i64 0
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds float, ptr %3, i64 1
  %42 = load float, ptr %41, align 4
  %43 = getelementptr inbounds float, ptr %3, i64 2
  %44 = load float, ptr %43, align 4
  %45 = getelementptr inbounds float, ptr %3, i64 3
  %46 = load float, ptr %45, align 4
  %47 = getelementptr inbounds float, ptr %3, i64 4
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %3, i64 5
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %3, i64 6
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %3, i64 7
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %3, i64 8
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %3, i64 9
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %3, i64 10
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds float, ptr %3, i64 11
  %62 = load float, ptr %61, align 4
  %63 = getelementptr inbounds float, ptr %3, i64 12
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %3, i64 13
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %3, i64 14
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %3, i64 15
  %70 = load float, ptr %69, align 4
  %71 = fadd float %40, %56
  %72 = fadd float %42, %58
  %73 = fadd float %44, %60
  %74 = fadd float %46, %62
  %75 = fadd float %48, %64
  %76 = fadd float %50, %66
  %77 = fadd float %52, %68
  %78 = fadd float %54, %70
  %79 = fadd float %71, %75
  %80 = fadd float %72, %76
  %81 = fadd float %73, %77
  %82 = fadd float %74, %78
  %83 = fadd float %79, %81
  %84 = fadd float %80, %82
  %85 = fadd float %83, %84
  %86 = getelementptr inbounds float, ptr %8, i64 4
  store float -0.000000e+00, ptr %86, align 4
  %87 = getelementptr inbounds float, ptr %8, i64 5
  store float -0.000000e+00, ptr %87, align 4
  %88 = getelementptr inbounds float, ptr %8, i64 6
  store float -0.000000e+00, ptr %88, align 4
  %89 = getelementptr inbounds float, ptr %8, i64 7
  store float -0.000000e+00, ptr %89, align 4
  %90 = getelementptr inbounds float, ptr %8, i64 8
  store float -0.000000e+00, ptr %90, align 4
  %91 = getelementptr inbounds float, ptr %8, i64 9
  store float -0.000000e+00, ptr %91, align 4
  %92 = getelementptr inbounds float, ptr %8, i64 10
  store float -0.000000e+00, ptr %92, align 4
  %93 = getelementptr inbounds float, ptr %8, i64 11
  store float -0.000000e+00, ptr %93, align 4
  %94 = getelementptr inbounds float, ptr %8, i64 12
  store float -0.000000e+00, ptr %94, align 4
  %95 = getelementptr inbounds float, ptr %8, i64 13
  store float -0.000000e+00, ptr %95, align 4
  %96 = getelementptr inbounds float, ptr %8, i64 14
  store float -0.000000e+00, ptr %96, align 4
  %97 = getelementptr inbounds float, ptr %8, i64 15
  store float -0.000000e+00, ptr %97, align 4
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 0, %exit ], [ %108, %latch3 ]
  %98 = icmp slt i64 %i5, 4
  br i1 %98, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %99 = getelementptr inbounds float, ptr %10, i64 %i5
  %100 = load float, ptr %99, align 4, !alias.scope !30, !noalias !33
  %101 = fmul float %100, 2.000000e+00
  %102 = fmul float 2.500000e-01, %101
  %103 = getelementptr inbounds float, ptr %12, i64 %i5
  %104 = load float, ptr %103, align 4, !alias.scope !37, !noalias !33
  %105 = fmul float %102, %104
  %106 = sub i64 %i5, 0
  %107 = getelementptr inbounds float, ptr %8, i64 %106
  store float %105, ptr %107, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %108 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !39

exit4:                                            ; preds = %loop1
  %109 = getelementptr inbounds <16 x float>, ptr %8, i64 0
  %110 = load <16 x float>, ptr %109, align 4
  store <16 x float> %110, ptr %4, align 4
  %111 = getelementptr inbounds float, ptr %4, i64 0
  %112 = load float, ptr %111, align 4
  %113 = getelementptr inbounds float, ptr %4, i64 1
  %114 = load float, ptr %113, align 4
  %115 = getelementptr inbounds float, ptr %4, i64 2
  %116 = load float, ptr %115, align 4
  %117 = getelementptr inbounds float, ptr %4, i64 3
  %118 = load float, ptr %117, align 4
  %119 = getelementptr inbounds float, ptr %4, i64 4
  %120 = load float, ptr %119, align 4
  %121 = getelementptr inbounds float, ptr %4, i64 5
  %122 = load float, ptr %121, align 4
  %123 = getelementptr inbounds float, ptr %4, i64 6
  %124 = load float, ptr %123, align 4
  %125 = getelementptr inbounds float, ptr %4, i64 7
  %126 = load float, ptr %125, align 4
  %127 = getelementptr inbounds float, ptr %4, i64 8
  %128 = load float, ptr %127, align 4
  %129 = getelementptr inbounds float, ptr %4, i64 9
  %130 = load float, ptr %129, align 4
  %131 = getelementptr inbounds float, ptr %4, i64 10
  %132 = load float, ptr %131, align 4
  %133 = getelementptr inbounds float, ptr %4, i64 11
  %134 = load float, ptr %133, align 4
  %135 = getelementptr inbounds float, ptr %4, i64 12
  %136 = load float, ptr %135, align 4
  %137 = getelementptr inbounds float, ptr %4, i64 13
  %138 = load float, ptr %137, align 4
  %139 = getelementptr inbounds float, ptr %4, i64 14
  %140 = load float, ptr %139, align 4
  %141 = getelementptr inbounds float, ptr %4, i64 15
  %142 = load float, ptr %141, align 4
  %143 = fadd float %112, %128
  %144 = fadd float %114, %130
  %145 = fadd float %116, %132
  %146 = fadd float %118, %134
  %147 = fadd float %120, %136
  %148 = fadd float %122, %138
  %149 = fadd float %124, %140
  %150 = fadd float %126, %142
  %151 = fadd float %143, %147
  %152 = fadd float %144, %148
  %153 = fadd float %145, %149
  %154 = fadd float %146, %150
  %155 = fadd float %151, %153
  %156 = fadd float %152, %154
  %157 = fadd float %155, %156
  %158 = getelementptr inbounds float, ptr %14, i64 0
  store float %85, ptr %158, align 4, !alias.scope !40, !noalias !41
  %159 = getelementptr inbounds float, ptr %16, i64 0
  store float %157, ptr %159, align 4, !alias.scope !41, !noalias !40
  ret i32 0
}

; Function Attrs: nounwind
define i32 @vg(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr noalias %4) #0 {
entry:
  %5 = alloca ptr, align 8
  store ptr null, ptr %5, align 8
  %6 = alloca [4 x ptr], align 8
  %7 = alloca [4 x ptr], align 8
  %8 = alloca [2 x ptr], align 8
  %9 = call i32 @ftc_rt_alloc(ptr %5, i64 128)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %9, %entry ], [ %18, %ok ], [ %26, %ok1 ], [ %31, %ok2 ]
  %11 = load ptr, ptr %5, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  %12 = load ptr, ptr %5, align 8
  %13 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %13, align 8
  %14 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %1, ptr %14, align 8
  %15 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %2, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %12, i64 0
  %17 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %16, ptr %17, align 8
  %18 = call i32 @vg.k0(ptr %6, i64 0, i64 4)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %20 = getelementptr inbounds i8, ptr %12, i64 0
  %21 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %20, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %1, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %12, i64 64
  %24 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %23, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %7, i64 3
  store ptr %4, ptr %25, align 8
  %26 = call i32 @vg.k1(ptr %7, i64 0, i64 1)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %28 = getelementptr inbounds i8, ptr %12, i64 64
  %29 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %3, ptr %30, align 8
  %31 = call i32 @mse.k1(ptr %8, i64 0, i64 1)
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %33 = load ptr, ptr %5, align 8
  call void @ftc_rt_free(ptr %33)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { noinline nounwind }

!0 = !{!1}
!1 = !{!"mse.k0.buffer0", !2}
!2 = !{!"mse.k0.buffers"}
!3 = !{!4}
!4 = !{!"mse.k0.buffer3", !2}
!5 = !{!6}
!6 = !{!"mse.k0.buffer1", !2}
!7 = !{!8}
!8 = !{!"mse.k0.buffer2", !2}
!9 = distinct !{!9, !10, !11, !12}
!10 = !{!"llvm.loop.vectorize.enable", i1 true}
!11 = !{!"llvm.loop.vectorize.width", i32 16}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = !{!14}
!14 = !{!"mse.k1.buffer0", !15}
!15 = !{!"mse.k1.buffers"}
!16 = !{!17}
!17 = !{!"mse.k1.buffer1", !15}
!18 = distinct !{!18, !19, !12}
!19 = !{!"llvm.loop.vectorize.width", i32 8}
!20 = !{!21}
!21 = !{!"vg.k0.buffer0", !22}
!22 = !{!"vg.k0.buffers"}
!23 = !{!24}
!24 = !{!"vg.k0.buffer3", !22}
!25 = !{!26}
!26 = !{!"vg.k0.buffer1", !22}
!27 = !{!28}
!28 = !{!"vg.k0.buffer2", !22}
!29 = distinct !{!29, !19, !12}
!30 = !{!31}
!31 = !{!"vg.k1.buffer0", !32}
!32 = !{!"vg.k1.buffers"}
!33 = !{!34, !35}
!34 = !{!"vg.k1.buffer2", !32}
!35 = !{!"vg.k1.buffer3", !32}
!36 = distinct !{!36, !10, !11, !12}
!37 = !{!38}
!38 = !{!"vg.k1.buffer1", !32}
!39 = distinct !{!39, !10, !11, !12}
!40 = !{!34}
!41 = !{!35}
