; ModuleID = 'rnn_scan'
source_filename = "rnn_scan"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [877 x i8] c"{\22module\22: \22rnn_scan\22, \22functions\22: [{\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [4, 4]}, {\22name\22: \22u\22, \22dtype\22: \22f32\22, \22shape\22: [4, 3]}, {\22name\22: \22b\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22h0\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22xs\22, \22dtype\22: \22f32\22, \22shape\22: [6, 3]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22grad_loss\22, \22symbol\22: \22grad_loss\22, \22inputs\22: [{\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [4, 4]}, {\22name\22: \22u\22, \22dtype\22: \22f32\22, \22shape\22: [4, 3]}, {\22name\22: \22b\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22h0\22, \22dtype\22: \22f32\22, \22shape\22: [4]}, {\22name\22: \22xs\22, \22dtype\22: \22f32\22, \22shape\22: [6, 3]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}, {\22name\22: \22d_w\22, \22dtype\22: \22f32\22, \22shape\22: [4, 4]}, {\22name\22: \22d_u\22, \22dtype\22: \22f32\22, \22shape\22: [4, 3]}, {\22name\22: \22d_b\22, \22dtype\22: \22f32\22, \22shape\22: [4]}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @loss.k0.body0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %14 = icmp slt i64 %i10, 1
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
  %19 = mul nsw i64 %i15, 1
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 16
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 4
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
  %33 = mul nsw i64 %i, 4
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: noinline nounwind
define internal i32 @loss.k0.body0.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %14 = icmp slt i64 %i10, 1
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
  %19 = mul nsw i64 %i15, 1
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 12
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 3
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
  br label %loop11, !llvm.loop !2

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 4
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: noinline nounwind
define internal i32 @loss.k0.body0.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %22, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = getelementptr inbounds float, ptr %4, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = getelementptr inbounds float, ptr %6, i64 %i
  %15 = load float, ptr %14, align 4
  %16 = fadd float %13, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  %18 = load float, ptr %17, align 4
  %19 = fadd float %16, %18
  %20 = call float @tanhf(float %19) #4
  %21 = getelementptr inbounds float, ptr %10, i64 %i
  store float %20, ptr %21, align 4
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !3

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #1

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #1

; Function Attrs: nounwind
define internal i32 @loss.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9) #2 {
entry:
  %10 = alloca ptr, align 8
  store ptr null, ptr %10, align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [4 x ptr], align 8
  %14 = call i32 @ftc_rt_alloc(ptr %10, i64 192)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %14, %entry ], [ %22, %ok ], [ %28, %ok1 ], [ %37, %ok2 ]
  %16 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %16)
  ret i32 %status

ok:                                               ; preds = %entry
  %17 = load ptr, ptr %10, align 8
  %18 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %1, ptr %18, align 8
  %19 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %17, i64 0
  %21 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %20, ptr %21, align 8
  %22 = call i32 @loss.k0.body0.k0(ptr %11, i64 0, i64 1)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %24 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %2, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %4, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %17, i64 64
  %27 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %26, ptr %27, align 8
  %28 = call i32 @loss.k0.body0.k1(ptr %12, i64 0, i64 1)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %30 = getelementptr inbounds i8, ptr %17, i64 0
  %31 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %17, i64 64
  %33 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %3, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %17, i64 128
  %36 = getelementptr inbounds ptr, ptr %13, i64 3
  store ptr %35, ptr %36, align 8
  %37 = call i32 @loss.k0.body0.k2(ptr %13, i64 0, i64 4)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %39 = getelementptr inbounds i8, ptr %17, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %5, ptr %39, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %1, i64 64, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %2, i64 48, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %3, i64 16, i1 false)
  %40 = getelementptr inbounds i8, ptr %17, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %40, i64 16, i1 false)
  %41 = load ptr, ptr %10, align 8
  call void @ftc_rt_free(ptr %41)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: noinline nounwind
define internal i32 @loss.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca <16 x float>, align 16
  %4 = alloca [1 x <16 x float>], align 16
  %5 = alloca [2 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %6 = getelementptr inbounds ptr, ptr %0, i64 0
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 1
  %9 = load ptr, ptr %8, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %20, %latch ]
  %10 = icmp slt i64 %i, 16
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = urem i64 %i, 4
  %12 = udiv i64 %i, 4
  %13 = mul nsw i64 %12, 4
  %14 = add nsw i64 %13, %11
  %15 = getelementptr inbounds float, ptr %7, i64 %14
  %16 = load float, ptr %15, align 4
  %17 = fmul float %16, %16
  %18 = sub i64 %i, 0
  %19 = getelementptr inbounds float, ptr %5, i64 %18
  store float %17, ptr %19, align 4
  br label %latch

latch:                                            ; preds = %body
  %20 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !5

exit:                                             ; preds = %loop
  %21 = getelementptr inbounds float, ptr %5, i64 24
  store float -0.000000e+00, ptr %21, align 4
  %22 = getelementptr inbounds float, ptr %5, i64 25
  store float -0.000000e+00, ptr %22, align 4
  %23 = getelementptr inbounds float, ptr %5, i64 26
  store float -0.000000e+00, ptr %23, align 4
  %24 = getelementptr inbounds float, ptr %5, i64 27
  store float -0.000000e+00, ptr %24, align 4
  %25 = getelementptr inbounds float, ptr %5, i64 28
  store float -0.000000e+00, ptr %25, align 4
  %26 = getelementptr inbounds float, ptr %5, i64 29
  store float -0.000000e+00, ptr %26, align 4
  %27 = getelementptr inbounds float, ptr %5, i64 30
  store float -0.000000e+00, ptr %27, align 4
  %28 = getelementptr inbounds float, ptr %5, i64 31
  store float -0.000000e+00, ptr %28, align 4
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 16, %exit ], [ %39, %latch3 ]
  %29 = icmp slt i64 %i5, 24
  br i1 %29, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %30 = urem i64 %i5, 4
  %31 = udiv i64 %i5, 4
  %32 = mul nsw i64 %31, 4
  %33 = add nsw i64 %32, %30
  %34 = getelementptr inbounds float, ptr %7, i64 %33
  %35 = load float, ptr %34, align 4
  %36 = fmul float %35, %35
  %37 = sub i64 %i5, 0
  %38 = getelementptr inbounds float, ptr %5, i64 %37
  store float %36, ptr %38, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %39 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !8

exit4:                                            ; preds = %loop1
  %40 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %41 = load <16 x float>, ptr %40, align 4
  %42 = getelementptr inbounds <16 x float>, ptr %5, i64 1
  %43 = load <16 x float>, ptr %42, align 4
  %44 = fadd <16 x float> %41, %43
  store <16 x float> %44, ptr %3, align 4
  %45 = getelementptr inbounds float, ptr %3, i64 0
  %46 = load float, ptr %45, align 4
  %47 = getelementptr inbounds float, ptr %3, i64 1
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %3, i64 2
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %3, i64 3
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %3, i64 4
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %3, i64 5
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %3, i64 6
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %3, i64 7
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds float, ptr %3, i64 8
  %62 = load float, ptr %61, align 4
  %63 = getelementptr inbounds float, ptr %3, i64 9
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %3, i64 10
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %3, i64 11
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %3, i64 12
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %3, i64 13
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %3, i64 14
  %74 = load float, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %3, i64 15
  %76 = load float, ptr %75, align 4
  %77 = fadd float %46, %62
  %78 = fadd float %48, %64
  %79 = fadd float %50, %66
  %80 = fadd float %52, %68
  %81 = fadd float %54, %70
  %82 = fadd float %56, %72
  %83 = fadd float %58, %74
  %84 = fadd float %60, %76
  %85 = fadd float %77, %81
  %86 = fadd float %78, %82
  %87 = fadd float %79, %83
  %88 = fadd float %80, %84
  %89 = fadd float %85, %87
  %90 = fadd float %86, %88
  %91 = fadd float %89, %90
  %92 = getelementptr inbounds float, ptr %9, i64 0
  store float %91, ptr %92, align 4
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5) #2 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [2 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %6, i64 384)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %exit, %loop.body.failed, %loop.alloc.failed, %entry
  %status = phi i32 [ %8, %entry ], [ %13, %loop.alloc.failed ], [ %40, %loop.body.failed ], [ %50, %exit ]
  %10 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %6, align 8
  %12 = alloca ptr, align 8
  %13 = call i32 @ftc_rt_alloc(ptr %12, i64 1024)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %15 = load ptr, ptr %12, align 8
  %16 = getelementptr inbounds i8, ptr %15, i64 0
  %17 = getelementptr inbounds i8, ptr %15, i64 512
  %18 = getelementptr inbounds i8, ptr %15, i64 128
  %19 = getelementptr inbounds i8, ptr %15, i64 640
  %20 = getelementptr inbounds i8, ptr %15, i64 256
  %21 = getelementptr inbounds i8, ptr %15, i64 768
  %22 = getelementptr inbounds i8, ptr %15, i64 384
  %23 = getelementptr inbounds i8, ptr %15, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %16, ptr %3, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %0, i64 64, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %20, ptr %1, i64 48, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %22, ptr %2, i64 16, i1 false)
  %24 = getelementptr inbounds i8, ptr %11, i64 256
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %42, %latch ]
  %25 = icmp slt i64 %i, 6
  br i1 %25, label %body, label %exit

body:                                             ; preds = %loop
  %26 = and i64 %i, 1
  %27 = icmp eq i64 %26, 0
  %28 = select i1 %27, ptr %16, ptr %17
  %29 = select i1 %27, ptr %18, ptr %19
  %30 = select i1 %27, ptr %20, ptr %21
  %31 = select i1 %27, ptr %22, ptr %23
  %32 = select i1 %27, ptr %17, ptr %16
  %33 = select i1 %27, ptr %19, ptr %18
  %34 = select i1 %27, ptr %21, ptr %20
  %35 = select i1 %27, ptr %23, ptr %22
  %36 = mul i64 %i, 12
  %37 = getelementptr inbounds i8, ptr %4, i64 %36
  %38 = mul i64 %i, 16
  %39 = getelementptr inbounds i8, ptr %24, i64 %38
  %40 = call i32 @loss.k0.body0(ptr %28, ptr %29, ptr %30, ptr %31, ptr %37, ptr %32, ptr %33, ptr %34, ptr %35, ptr %39)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %42 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %43 = getelementptr inbounds i8, ptr %11, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %43, ptr %16, i64 16, i1 false)
  %44 = getelementptr inbounds i8, ptr %11, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %44, ptr %18, i64 64, i1 false)
  %45 = getelementptr inbounds i8, ptr %11, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %45, ptr %20, i64 48, i1 false)
  %46 = getelementptr inbounds i8, ptr %11, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %46, ptr %22, i64 16, i1 false)
  call void @ftc_rt_free(ptr %15)
  %47 = getelementptr inbounds i8, ptr %11, i64 256
  %48 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %5, ptr %49, align 8
  %50 = call i32 @loss.k1(ptr %7, i64 0, i64 1)
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %fail, label %ok1

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %15)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok1:                                              ; preds = %exit
  %52 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %52)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k1.body0.k3(ptr %0, i64 %1, i64 %2) #2 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %13, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 %i
  %9 = load float, ptr %8, align 4
  %10 = fmul float %9, %9
  %11 = fsub float 1.000000e+00, %10
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  store float %11, ptr %12, align 4
  br label %latch

latch:                                            ; preds = %body
  %13 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !9

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k1.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr noalias %13) #2 {
entry:
  %14 = alloca ptr, align 8
  store ptr null, ptr %14, align 8
  %15 = alloca [3 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [4 x ptr], align 8
  %18 = alloca [2 x ptr], align 8
  %19 = call i32 @ftc_rt_alloc(ptr %14, i64 192)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %19, %entry ], [ %27, %ok ], [ %33, %ok1 ], [ %42, %ok2 ], [ %47, %ok3 ]
  %21 = load ptr, ptr %14, align 8
  call void @ftc_rt_free(ptr %21)
  ret i32 %status

ok:                                               ; preds = %entry
  %22 = load ptr, ptr %14, align 8
  %23 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %1, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %0, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %22, i64 0
  %26 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %25, ptr %26, align 8
  %27 = call i32 @loss.k0.body0.k0(ptr %15, i64 0, i64 1)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %29 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %2, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %4, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %22, i64 64
  %32 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %31, ptr %32, align 8
  %33 = call i32 @loss.k0.body0.k1(ptr %16, i64 0, i64 1)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %35 = getelementptr inbounds i8, ptr %22, i64 0
  %36 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %22, i64 64
  %38 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %37, ptr %38, align 8
  %39 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %3, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %22, i64 128
  %41 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %40, ptr %41, align 8
  %42 = call i32 @loss.k0.body0.k2(ptr %17, i64 0, i64 4)
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %44 = getelementptr inbounds i8, ptr %22, i64 128
  %45 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %13, ptr %46, align 8
  %47 = call i32 @grad_loss.k1.body0.k3(ptr %18, i64 0, i64 4)
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %49 = getelementptr inbounds i8, ptr %22, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %5, ptr %49, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %1, i64 64, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %2, i64 48, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %3, i64 16, i1 false)
  %50 = getelementptr inbounds i8, ptr %22, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %50, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %0, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %1, i64 64, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %4, i64 12, i1 false)
  %51 = load ptr, ptr %14, align 8
  call void @ftc_rt_free(ptr %51)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k0(ptr %0, i64 %1, i64 %2) #2 {
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
  %12 = getelementptr inbounds float, ptr %4, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = getelementptr inbounds float, ptr %6, i64 %i
  %15 = load float, ptr %14, align 4
  %16 = fadd float %13, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  %18 = load float, ptr %17, align 4
  %19 = fmul float %16, %18
  %20 = getelementptr inbounds float, ptr %10, i64 %i
  store float %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !10

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k1(ptr %0, i64 %1, i64 %2) #2 {
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
  %11 = load float, ptr %10, align 4
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = fadd float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !11

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k2(ptr %0, i64 %1, i64 %2) #2 {
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
  %14 = icmp slt i64 %i10, 3
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
  %16 = icmp slt i64 %i15, 1
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 1
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i15, 3
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 4
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 3
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
  br label %loop11, !llvm.loop !12

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 12
  %34 = mul nsw i64 %i5, 3
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k3(ptr %0, i64 %1, i64 %2) #2 {
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
  %11 = load float, ptr %10, align 4
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = fadd float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !13

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k4(ptr %0, i64 %1, i64 %2) #2 {
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
  %12 = icmp slt i64 %i5, 1
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
  %16 = icmp slt i64 %i15, 4
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 4
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i15, 4
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 4
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 16
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
  br label %loop11, !llvm.loop !14

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 4
  %34 = mul nsw i64 %i5, 4
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k5(ptr %0, i64 %1, i64 %2) #2 {
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
  %16 = icmp slt i64 %i15, 1
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 1
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i15, 4
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 4
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 4
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
  br label %loop11, !llvm.loop !15

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
define internal i32 @grad_loss.k6.body0.k6(ptr %0, i64 %1, i64 %2) #2 {
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
  %11 = load float, ptr %10, align 4
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = fadd float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !16

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12) #2 {
entry:
  %13 = alloca ptr, align 8
  store ptr null, ptr %13, align 8
  %14 = alloca [4 x ptr], align 8
  %15 = alloca [3 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [3 x ptr], align 8
  %20 = alloca [3 x ptr], align 8
  %21 = call i32 @ftc_rt_alloc(ptr %13, i64 128)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok

fail:                                             ; preds = %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %21, %entry ], [ %30, %ok ], [ %36, %ok1 ], [ %43, %ok2 ], [ %49, %ok3 ], [ %55, %ok4 ], [ %62, %ok5 ], [ %68, %ok6 ]
  %23 = load ptr, ptr %13, align 8
  call void @ftc_rt_free(ptr %23)
  ret i32 %status

ok:                                               ; preds = %entry
  %24 = load ptr, ptr %13, align 8
  %25 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %0, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %8, ptr %26, align 8
  %27 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %7, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %24, i64 0
  %29 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %28, ptr %29, align 8
  %30 = call i32 @grad_loss.k6.body0.k0(ptr %14, i64 0, i64 4)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %32 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %3, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %24, i64 0
  %34 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %12, ptr %35, align 8
  %36 = call i32 @grad_loss.k6.body0.k1(ptr %15, i64 0, i64 4)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %38 = getelementptr inbounds i8, ptr %24, i64 0
  %39 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %6, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %24, i64 64
  %42 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %41, ptr %42, align 8
  %43 = call i32 @grad_loss.k6.body0.k2(ptr %16, i64 0, i64 1)
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %45 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %2, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %24, i64 64
  %47 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %46, ptr %47, align 8
  %48 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %11, ptr %48, align 8
  %49 = call i32 @grad_loss.k6.body0.k3(ptr %17, i64 0, i64 12)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %51 = getelementptr inbounds i8, ptr %24, i64 0
  %52 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %51, ptr %52, align 8
  %53 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %5, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %9, ptr %54, align 8
  %55 = call i32 @grad_loss.k6.body0.k4(ptr %18, i64 0, i64 1)
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %57 = getelementptr inbounds i8, ptr %24, i64 0
  %58 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %57, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %4, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %24, i64 64
  %61 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %60, ptr %61, align 8
  %62 = call i32 @grad_loss.k6.body0.k5(ptr %19, i64 0, i64 1)
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %64 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %1, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %24, i64 64
  %66 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %10, ptr %67, align 8
  %68 = call i32 @grad_loss.k6.body0.k6(ptr %20, i64 0, i64 16)
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %70 = load ptr, ptr %13, align 8
  call void @ftc_rt_free(ptr %70)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k0(ptr %0, i64 %1, i64 %2) #2 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %7, %latch ]
  %5 = icmp slt i64 %i, %2
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds float, ptr %4, i64 %i
  store float 0.000000e+00, ptr %6, align 4
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !17

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k3(ptr %0, i64 %1, i64 %2) #2 {
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
  %10 = fadd float %9, %9
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !18

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k4(ptr %0, i64 %1, i64 %2) #2 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %7, %latch ]
  %5 = icmp slt i64 %i, %2
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds float, ptr %4, i64 %i
  store float 0.000000e+00, ptr %6, align 4
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !19

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k5(ptr %0, i64 %1, i64 %2) #2 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %7, %latch ]
  %5 = icmp slt i64 %i, %2
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds float, ptr %4, i64 %i
  store float 0.000000e+00, ptr %6, align 4
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !20

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @grad_loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5, ptr noalias %6, ptr noalias %7, ptr noalias %8) #2 {
entry:
  %9 = alloca ptr, align 8
  store ptr null, ptr %9, align 8
  %10 = alloca [1 x ptr], align 8
  %11 = alloca [2 x ptr], align 8
  %12 = alloca [2 x ptr], align 8
  %13 = alloca [1 x ptr], align 8
  %14 = alloca [1 x ptr], align 8
  %15 = call i32 @ftc_rt_alloc(ptr %9, i64 1408)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok

fail:                                             ; preds = %loop.body.failed13, %loop.alloc.failed6, %ok4, %ok3, %ok2, %exit, %loop.body.failed, %loop.alloc.failed, %ok, %entry
  %status = phi i32 [ %15, %entry ], [ %21, %ok ], [ %24, %loop.alloc.failed ], [ %63, %loop.body.failed ], [ %73, %exit ], [ %79, %ok2 ], [ %83, %ok3 ], [ %87, %ok4 ], [ %90, %loop.alloc.failed6 ], [ %132, %loop.body.failed13 ]
  %17 = load ptr, ptr %9, align 8
  call void @ftc_rt_free(ptr %17)
  ret i32 %status

ok:                                               ; preds = %entry
  %18 = load ptr, ptr %9, align 8
  %19 = getelementptr inbounds i8, ptr %18, i64 0
  %20 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %19, ptr %20, align 8
  %21 = call i32 @grad_loss.k0(ptr %10, i64 0, i64 4)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %23 = alloca ptr, align 8
  %24 = call i32 @ftc_rt_alloc(ptr %23, i64 1024)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok1
  br label %fail

loop.alloc.ok:                                    ; preds = %ok1
  %26 = load ptr, ptr %23, align 8
  %27 = getelementptr inbounds i8, ptr %26, i64 0
  %28 = getelementptr inbounds i8, ptr %26, i64 512
  %29 = getelementptr inbounds i8, ptr %26, i64 128
  %30 = getelementptr inbounds i8, ptr %26, i64 640
  %31 = getelementptr inbounds i8, ptr %26, i64 256
  %32 = getelementptr inbounds i8, ptr %26, i64 768
  %33 = getelementptr inbounds i8, ptr %26, i64 384
  %34 = getelementptr inbounds i8, ptr %26, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %27, ptr %3, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %29, ptr %0, i64 64, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %31, ptr %1, i64 48, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %33, ptr %2, i64 16, i1 false)
  %35 = getelementptr inbounds i8, ptr %18, i64 320
  %36 = getelementptr inbounds i8, ptr %18, i64 448
  %37 = getelementptr inbounds i8, ptr %18, i64 576
  %38 = getelementptr inbounds i8, ptr %18, i64 960
  %39 = getelementptr inbounds i8, ptr %18, i64 1088
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %65, %latch ]
  %40 = icmp slt i64 %i, 6
  br i1 %40, label %body, label %exit

body:                                             ; preds = %loop
  %41 = and i64 %i, 1
  %42 = icmp eq i64 %41, 0
  %43 = select i1 %42, ptr %27, ptr %28
  %44 = select i1 %42, ptr %29, ptr %30
  %45 = select i1 %42, ptr %31, ptr %32
  %46 = select i1 %42, ptr %33, ptr %34
  %47 = select i1 %42, ptr %28, ptr %27
  %48 = select i1 %42, ptr %30, ptr %29
  %49 = select i1 %42, ptr %32, ptr %31
  %50 = select i1 %42, ptr %34, ptr %33
  %51 = mul i64 %i, 12
  %52 = getelementptr inbounds i8, ptr %4, i64 %51
  %53 = mul i64 %i, 16
  %54 = getelementptr inbounds i8, ptr %35, i64 %53
  %55 = mul i64 %i, 16
  %56 = getelementptr inbounds i8, ptr %36, i64 %55
  %57 = mul i64 %i, 64
  %58 = getelementptr inbounds i8, ptr %37, i64 %57
  %59 = mul i64 %i, 12
  %60 = getelementptr inbounds i8, ptr %38, i64 %59
  %61 = mul i64 %i, 16
  %62 = getelementptr inbounds i8, ptr %39, i64 %61
  %63 = call i32 @grad_loss.k1.body0(ptr %43, ptr %44, ptr %45, ptr %46, ptr %52, ptr %47, ptr %48, ptr %49, ptr %50, ptr %54, ptr %56, ptr %58, ptr %60, ptr %62)
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %65 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %66 = getelementptr inbounds i8, ptr %18, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %66, ptr %27, i64 16, i1 false)
  %67 = getelementptr inbounds i8, ptr %18, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %67, ptr %29, i64 64, i1 false)
  %68 = getelementptr inbounds i8, ptr %18, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %68, ptr %31, i64 48, i1 false)
  %69 = getelementptr inbounds i8, ptr %18, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %69, ptr %33, i64 16, i1 false)
  call void @ftc_rt_free(ptr %26)
  %70 = getelementptr inbounds i8, ptr %18, i64 320
  %71 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %5, ptr %72, align 8
  %73 = call i32 @loss.k1(ptr %11, i64 0, i64 1)
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %fail, label %ok2

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %26)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok2:                                              ; preds = %exit
  %75 = getelementptr inbounds i8, ptr %18, i64 320
  %76 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %75, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %18, i64 1216
  %78 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %77, ptr %78, align 8
  %79 = call i32 @grad_loss.k3(ptr %12, i64 0, i64 24)
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %81 = getelementptr inbounds i8, ptr %18, i64 320
  %82 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %81, ptr %82, align 8
  %83 = call i32 @grad_loss.k4(ptr %13, i64 0, i64 16)
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %85 = getelementptr inbounds i8, ptr %18, i64 384
  %86 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %85, ptr %86, align 8
  %87 = call i32 @grad_loss.k5(ptr %14, i64 0, i64 12)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %89 = alloca ptr, align 8
  %90 = call i32 @ftc_rt_alloc(ptr %89, i64 1024)
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %loop.alloc.failed6, label %loop.alloc.ok7

loop.alloc.failed6:                               ; preds = %ok5
  br label %fail

loop.alloc.ok7:                                   ; preds = %ok5
  %92 = load ptr, ptr %89, align 8
  %93 = getelementptr inbounds i8, ptr %92, i64 0
  %94 = getelementptr inbounds i8, ptr %92, i64 512
  %95 = getelementptr inbounds i8, ptr %92, i64 128
  %96 = getelementptr inbounds i8, ptr %92, i64 640
  %97 = getelementptr inbounds i8, ptr %92, i64 256
  %98 = getelementptr inbounds i8, ptr %92, i64 768
  %99 = getelementptr inbounds i8, ptr %92, i64 384
  %100 = getelementptr inbounds i8, ptr %92, i64 896
  %101 = getelementptr inbounds i8, ptr %18, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %93, ptr %101, i64 16, i1 false)
  %102 = getelementptr inbounds i8, ptr %18, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %95, ptr %102, i64 64, i1 false)
  %103 = getelementptr inbounds i8, ptr %18, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %97, ptr %103, i64 48, i1 false)
  %104 = getelementptr inbounds i8, ptr %18, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %99, ptr %104, i64 16, i1 false)
  %105 = getelementptr inbounds i8, ptr %18, i64 448
  %106 = getelementptr inbounds i8, ptr %18, i64 576
  %107 = getelementptr inbounds i8, ptr %18, i64 960
  %108 = getelementptr inbounds i8, ptr %18, i64 1088
  %109 = getelementptr inbounds i8, ptr %18, i64 1216
  br label %loop8

loop8:                                            ; preds = %latch10, %loop.alloc.ok7
  %i12 = phi i64 [ 0, %loop.alloc.ok7 ], [ %134, %latch10 ]
  %110 = icmp slt i64 %i12, 6
  br i1 %110, label %body9, label %exit11

body9:                                            ; preds = %loop8
  %111 = sub i64 5, %i12
  %112 = and i64 %i12, 1
  %113 = icmp eq i64 %112, 0
  %114 = select i1 %113, ptr %93, ptr %94
  %115 = select i1 %113, ptr %95, ptr %96
  %116 = select i1 %113, ptr %97, ptr %98
  %117 = select i1 %113, ptr %99, ptr %100
  %118 = select i1 %113, ptr %94, ptr %93
  %119 = select i1 %113, ptr %96, ptr %95
  %120 = select i1 %113, ptr %98, ptr %97
  %121 = select i1 %113, ptr %100, ptr %99
  %122 = mul i64 %111, 16
  %123 = getelementptr inbounds i8, ptr %105, i64 %122
  %124 = mul i64 %111, 64
  %125 = getelementptr inbounds i8, ptr %106, i64 %124
  %126 = mul i64 %111, 12
  %127 = getelementptr inbounds i8, ptr %107, i64 %126
  %128 = mul i64 %111, 16
  %129 = getelementptr inbounds i8, ptr %108, i64 %128
  %130 = mul i64 %111, 16
  %131 = getelementptr inbounds i8, ptr %109, i64 %130
  %132 = call i32 @grad_loss.k6.body0(ptr %114, ptr %115, ptr %116, ptr %117, ptr %123, ptr %125, ptr %127, ptr %129, ptr %131, ptr %118, ptr %119, ptr %120, ptr %121)
  %133 = icmp ne i32 %132, 0
  br i1 %133, label %loop.body.failed13, label %loop.body.ok14

latch10:                                          ; preds = %loop.body.ok14
  %134 = add nsw i64 %i12, 1
  br label %loop8

exit11:                                           ; preds = %loop8
  %135 = getelementptr inbounds i8, ptr %18, i64 1344
  call void @llvm.memcpy.p0.p0.i64(ptr %135, ptr %93, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %95, i64 64, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %97, i64 48, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %99, i64 16, i1 false)
  call void @ftc_rt_free(ptr %92)
  %136 = load ptr, ptr %9, align 8
  call void @ftc_rt_free(ptr %136)
  ret i32 0

loop.body.failed13:                               ; preds = %body9
  call void @ftc_rt_free(ptr %92)
  br label %fail

loop.body.ok14:                                   ; preds = %body9
  br label %latch10
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind willreturn memory(none) }
attributes #2 = { nounwind }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "vector-function-abi-variant"="_ZGVdN8v_tanhf(_ZGVdN8v_tanhf)" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !4, !1}
!4 = !{!"llvm.loop.vectorize.width", i32 8}
!5 = distinct !{!5, !6, !7, !1}
!6 = !{!"llvm.loop.vectorize.enable", i1 true}
!7 = !{!"llvm.loop.vectorize.width", i32 16}
!8 = distinct !{!8, !6, !7, !1}
!9 = distinct !{!9, !4, !1}
!10 = distinct !{!10, !4, !1}
!11 = distinct !{!11, !4, !1}
!12 = distinct !{!12, !1}
!13 = distinct !{!13, !4, !1}
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1}
!16 = distinct !{!16, !4, !1}
!17 = distinct !{!17, !4, !1}
!18 = distinct !{!18, !4, !1}
!19 = distinct !{!19, !4, !1}
!20 = distinct !{!20, !4, !1}
