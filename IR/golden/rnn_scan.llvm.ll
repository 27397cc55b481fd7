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
  %19 = mul nsw i64 %i, 16
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %i, 4
  %22 = mul nsw i64 %i10, 4
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %21, %23
  %25 = getelementptr inbounds float, ptr %5, i64 %20
  %26 = load float, ptr %25, align 4, !alias.scope !0, !noalias !3
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4, !alias.scope !5, !noalias !3
  %29 = load float, ptr %3, align 4
  %30 = fmul reassoc contract float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !7

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 4
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !3
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
  %19 = mul nsw i64 %i, 12
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %i, 3
  %22 = mul nsw i64 %i10, 3
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %21, %23
  %25 = getelementptr inbounds float, ptr %5, i64 %20
  %26 = load float, ptr %25, align 4, !alias.scope !9, !noalias !12
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4, !alias.scope !14, !noalias !12
  %29 = load float, ptr %3, align 4
  %30 = fmul reassoc contract float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !16

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 4
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !12
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @loss.k0.body0.k2(ptr %0, i64 %1, i64 %2) #1 {
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
  %13 = load float, ptr %12, align 4, !alias.scope !17, !noalias !20
  %14 = getelementptr inbounds float, ptr %6, i64 %i
  %15 = load float, ptr %14, align 4, !alias.scope !22, !noalias !20
  %16 = fadd float %13, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  %18 = load float, ptr %17, align 4, !alias.scope !24, !noalias !20
  %19 = fadd float %16, %18
  %20 = call float @tanhf(float %19) #4
  %21 = getelementptr inbounds float, ptr %10, i64 %i
  store float %20, ptr %21, align 4, !alias.scope !20
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !26

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @loss.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5, ptr %6, ptr %7, ptr %8, ptr noalias %9, ptr %10) #1 {
entry:
  %11 = alloca ptr, align 8
  store ptr null, ptr %11, align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [3 x ptr], align 8
  %14 = alloca [4 x ptr], align 8
  %15 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %1, ptr %15, align 8
  %16 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds i8, ptr %10, i64 0
  %18 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %17, ptr %18, align 8
  %19 = call i32 @loss.k0.body0.k0(ptr %12, i64 0, i64 1)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %19, %entry ], [ %25, %ok ], [ %34, %ok1 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %21 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %2, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %4, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %10, i64 64
  %24 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %23, ptr %24, align 8
  %25 = call i32 @loss.k0.body0.k1(ptr %13, i64 0, i64 1)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %27 = getelementptr inbounds i8, ptr %10, i64 0
  %28 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %10, i64 64
  %30 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %3, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %10, i64 128
  %33 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %32, ptr %33, align 8
  %34 = call i32 @loss.k0.body0.k2(ptr %14, i64 0, i64 4)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %36 = getelementptr inbounds i8, ptr %10, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %5, ptr %36, i64 16, i1 false)
  %37 = getelementptr inbounds i8, ptr %10, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %37, i64 16, i1 false)
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
  %16 = load float, ptr %15, align 4, !alias.scope !28, !noalias !31
  %17 = fmul float %16, %16
  %18 = sub i64 %i, 0
  %19 = getelementptr inbounds float, ptr %5, i64 %18
  store float %17, ptr %19, align 4
  br label %latch

latch:                                            ; preds = %body
  %20 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !33

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
  %35 = load float, ptr %34, align 4, !alias.scope !28, !noalias !31
  %36 = fmul float %35, %35
  %37 = sub i64 %i5, 0
  %38 = getelementptr inbounds float, ptr %5, i64 %37
  store float %36, ptr %38, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %39 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !36

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
  store float %91, ptr %92, align 4, !alias.scope !31
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5) #1 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [2 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %6, i64 384)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %exit, %loop.body.failed, %loop.alloc.failed, %entry
  %status = phi i32 [ %8, %entry ], [ %13, %loop.alloc.failed ], [ %29, %loop.body.failed ], [ %39, %exit ]
  %10 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %6, align 8
  %12 = alloca ptr, align 8
  %13 = call i32 @ftc_rt_alloc(ptr %12, i64 448)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %15 = load ptr, ptr %12, align 8
  %16 = getelementptr inbounds i8, ptr %15, i64 0
  %17 = getelementptr inbounds i8, ptr %15, i64 128
  %18 = getelementptr inbounds i8, ptr %15, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %16, ptr %3, i64 16, i1 false)
  %19 = getelementptr inbounds i8, ptr %11, i64 256
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %31, %latch ]
  %20 = icmp slt i64 %i, 6
  br i1 %20, label %body, label %exit

body:                                             ; preds = %loop
  %21 = and i64 %i, 1
  %22 = icmp eq i64 %21, 0
  %23 = select i1 %22, ptr %16, ptr %17
  %24 = select i1 %22, ptr %17, ptr %16
  %25 = mul i64 %i, 12
  %26 = getelementptr inbounds i8, ptr %4, i64 %25
  %27 = mul i64 %i, 16
  %28 = getelementptr inbounds i8, ptr %19, i64 %27
  %29 = call i32 @loss.k0.body0(ptr %23, ptr %0, ptr %1, ptr %2, ptr %26, ptr %24, ptr %0, ptr %1, ptr %2, ptr %28, ptr %18)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %31 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %32 = getelementptr inbounds i8, ptr %11, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %32, ptr %16, i64 16, i1 false)
  %33 = getelementptr inbounds i8, ptr %11, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %33, ptr %0, i64 64, i1 false)
  %34 = getelementptr inbounds i8, ptr %11, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %34, ptr %1, i64 48, i1 false)
  %35 = getelementptr inbounds i8, ptr %11, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %35, ptr %2, i64 16, i1 false)
  call void @ftc_rt_free(ptr %15)
  %36 = getelementptr inbounds i8, ptr %11, i64 256
  %37 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %5, ptr %38, align 8
  %39 = call i32 @loss.k1(ptr %7, i64 0, i64 1)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok1

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %15)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok1:                                              ; preds = %exit
  %41 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %41)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k1.body0.k2(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %27, %latch ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds float, ptr %4, i64 %i
  %15 = load float, ptr %14, align 4, !alias.scope !37, !noalias !40
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4, !alias.scope !43, !noalias !40
  %18 = fadd float %15, %17
  %19 = getelementptr inbounds float, ptr %8, i64 %i
  %20 = load float, ptr %19, align 4, !alias.scope !45, !noalias !40
  %21 = fadd float %18, %20
  %22 = call float @tanhf(float %21) #4
  %23 = getelementptr inbounds float, ptr %10, i64 %i
  store float %22, ptr %23, align 4, !alias.scope !47, !noalias !48
  %24 = fmul float %22, %22
  %25 = fsub float 1.000000e+00, %24
  %26 = getelementptr inbounds float, ptr %12, i64 %i
  store float %25, ptr %26, align 4, !alias.scope !48, !noalias !47
  br label %latch

latch:                                            ; preds = %body
  %27 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !49

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k1.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5, ptr %6, ptr %7, ptr %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr %13) #1 {
entry:
  %14 = alloca ptr, align 8
  store ptr null, ptr %14, align 8
  %15 = alloca [3 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [5 x ptr], align 8
  %18 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %1, ptr %18, align 8
  %19 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %13, i64 0
  %21 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %20, ptr %21, align 8
  %22 = call i32 @loss.k0.body0.k0(ptr %15, i64 0, i64 1)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %22, %entry ], [ %28, %ok ], [ %38, %ok1 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %24 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %2, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %4, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %13, i64 64
  %27 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %26, ptr %27, align 8
  %28 = call i32 @loss.k0.body0.k1(ptr %16, i64 0, i64 1)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %30 = getelementptr inbounds i8, ptr %13, i64 0
  %31 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %13, i64 64
  %33 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %3, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %13, i64 128
  %36 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %17, i64 4
  store ptr %12, ptr %37, align 8
  %38 = call i32 @grad_loss.k1.body0.k2(ptr %17, i64 0, i64 4)
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %40 = getelementptr inbounds i8, ptr %13, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %5, ptr %40, i64 16, i1 false)
  %41 = getelementptr inbounds i8, ptr %13, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %41, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %0, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %4, i64 12, i1 false)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k0(ptr %0, i64 %1, i64 %2) #1 {
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
  %13 = getelementptr inbounds ptr, ptr %0, i64 5
  %14 = load ptr, ptr %13, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %29, %latch ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = getelementptr inbounds float, ptr %4, i64 %i
  %17 = load float, ptr %16, align 4, !alias.scope !50, !noalias !53
  %18 = getelementptr inbounds float, ptr %6, i64 %i
  %19 = load float, ptr %18, align 4, !alias.scope !56, !noalias !53
  %20 = fadd float %17, %19
  %21 = getelementptr inbounds float, ptr %8, i64 %i
  %22 = load float, ptr %21, align 4, !alias.scope !58, !noalias !53
  %23 = fmul float %20, %22
  %24 = getelementptr inbounds float, ptr %12, i64 %i
  store float %23, ptr %24, align 4, !alias.scope !60, !noalias !61
  %25 = getelementptr inbounds float, ptr %10, i64 %i
  %26 = load float, ptr %25, align 4, !alias.scope !62, !noalias !53
  %27 = fadd float %26, %23
  %28 = getelementptr inbounds float, ptr %14, i64 %i
  store float %27, ptr %28, align 4, !alias.scope !61, !noalias !60
  br label %latch

latch:                                            ; preds = %body
  %29 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !64

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  %i5 = phi i64 [ 0, %body ], [ %27, %latch3 ]
  %13 = icmp slt i64 %i5, 3
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 3
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %4, i64 %15
  %17 = load float, ptr %16, align 4, !alias.scope !65, !noalias !68
  %18 = getelementptr inbounds float, ptr %6, i64 %i
  %19 = load float, ptr %18, align 4, !alias.scope !70, !noalias !68
  %20 = getelementptr inbounds float, ptr %8, i64 %i5
  %21 = load float, ptr %20, align 4, !alias.scope !72, !noalias !68
  %22 = fmul float %19, %21
  %23 = fadd float %17, %22
  %24 = mul nsw i64 %i, 3
  %25 = add nsw i64 %24, %i5
  %26 = getelementptr inbounds float, ptr %10, i64 %25
  store float %23, ptr %26, align 4, !alias.scope !68
  br label %latch3

latch3:                                           ; preds = %body2
  %27 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !74

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k2(ptr %0, i64 %1, i64 %2) #1 {
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
  %i5 = phi i64 [ 0, %body ], [ %20, %latch3 ]
  %12 = icmp slt i64 %i5, 1
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %13 = mul nsw i64 %i5, 1
  %14 = icmp sgt i64 %13, 0
  %15 = select i1 %14, i64 0, i64 %13
  %16 = mul nsw i64 %i, 4
  %17 = mul nsw i64 %i, 16
  %18 = mul nsw i64 %i, 4
  %19 = add nsw i64 %15, 0
  store <4 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %20 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %37, %latch8 ]
  %21 = icmp slt i64 %i10, 4
  br i1 %21, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %22 = mul nsw i64 %i10, 4
  %23 = add nsw i64 %22, 0
  %24 = add nsw i64 %17, %23
  %25 = getelementptr inbounds float, ptr %7, i64 %24
  %26 = load <4 x float>, ptr %25, align 4, !alias.scope !75, !noalias !78
  %27 = mul nsw i64 %19, 4
  %28 = add nsw i64 %27, %i10
  %29 = add nsw i64 %16, %28
  %30 = getelementptr inbounds float, ptr %5, i64 %29
  %31 = load float, ptr %30, align 4, !alias.scope !80, !noalias !78
  %32 = insertelement <4 x float> poison, float %31, i32 0
  %33 = shufflevector <4 x float> %32, <4 x float> poison, <4 x i32> zeroinitializer
  %34 = load <4 x float>, ptr %3, align 4
  %35 = fmul contract <4 x float> %33, %26
  %36 = fadd contract <4 x float> %34, %35
  store <4 x float> %36, ptr %3, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %37 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !82

exit9:                                            ; preds = %loop6
  %38 = load <4 x float>, ptr %3, align 4
  %39 = mul nsw i64 %19, 4
  %40 = add nsw i64 %39, 0
  %41 = add nsw i64 %18, %40
  %42 = getelementptr inbounds float, ptr %9, i64 %41
  store <4 x float> %38, ptr %42, align 4, !alias.scope !78
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0.k3(ptr %0, i64 %1, i64 %2) #1 {
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
  %i5 = phi i64 [ 0, %body ], [ %27, %latch3 ]
  %13 = icmp slt i64 %i5, 4
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 4
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %4, i64 %15
  %17 = load float, ptr %16, align 4, !alias.scope !84, !noalias !87
  %18 = getelementptr inbounds float, ptr %6, i64 %i
  %19 = load float, ptr %18, align 4, !alias.scope !89, !noalias !87
  %20 = getelementptr inbounds float, ptr %8, i64 %i5
  %21 = load float, ptr %20, align 4, !alias.scope !91, !noalias !87
  %22 = fmul float %19, %21
  %23 = fadd float %17, %22
  %24 = mul nsw i64 %i, 4
  %25 = add nsw i64 %24, %i5
  %26 = getelementptr inbounds float, ptr %10, i64 %25
  store float %23, ptr %26, align 4, !alias.scope !87
  br label %latch3

latch3:                                           ; preds = %body2
  %27 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !93

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k6.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr noalias %13, ptr %14) #1 {
entry:
  %15 = alloca ptr, align 8
  store ptr null, ptr %15, align 8
  %16 = alloca [6 x ptr], align 8
  %17 = alloca [4 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [4 x ptr], align 8
  %20 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %1, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %8, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %7, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %4, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %14, i64 0
  %25 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %16, i64 5
  store ptr %13, ptr %26, align 8
  %27 = call i32 @grad_loss.k6.body0.k0(ptr %16, i64 0, i64 4)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %27, %entry ], [ %34, %ok ], [ %40, %ok1 ], [ %47, %ok2 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %29 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %3, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %14, i64 0
  %31 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %6, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %12, ptr %33, align 8
  %34 = call i32 @grad_loss.k6.body0.k1(ptr %17, i64 0, i64 4)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %36 = getelementptr inbounds i8, ptr %14, i64 0
  %37 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %0, ptr %38, align 8
  %39 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %10, ptr %39, align 8
  %40 = call i32 @grad_loss.k6.body0.k2(ptr %18, i64 0, i64 1)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %42 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %2, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %14, i64 0
  %44 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %43, ptr %44, align 8
  %45 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %5, ptr %45, align 8
  %46 = getelementptr inbounds ptr, ptr %19, i64 3
  store ptr %11, ptr %46, align 8
  %47 = call i32 @grad_loss.k6.body0.k3(ptr %19, i64 0, i64 4)
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k0(ptr %0, i64 %1, i64 %2) #1 {
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
  store float 0.000000e+00, ptr %6, align 4, !alias.scope !94
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !97

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k3(ptr %0, i64 %1, i64 %2) #1 {
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
  %9 = load float, ptr %8, align 4, !alias.scope !98, !noalias !101
  %10 = fadd float %9, %9
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !101
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !103

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k4(ptr %0, i64 %1, i64 %2) #1 {
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
  store float 0.000000e+00, ptr %6, align 4, !alias.scope !104
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !107

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_loss.k5(ptr %0, i64 %1, i64 %2) #1 {
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
  store float 0.000000e+00, ptr %6, align 4, !alias.scope !108
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !111

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @grad_loss(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr noalias %5, ptr noalias %6, ptr noalias %7, ptr noalias %8) #1 {
entry:
  %9 = alloca ptr, align 8
  store ptr null, ptr %9, align 8
  %10 = alloca [1 x ptr], align 8
  %11 = alloca [2 x ptr], align 8
  %12 = alloca [2 x ptr], align 8
  %13 = alloca [1 x ptr], align 8
  %14 = alloca [1 x ptr], align 8
  %15 = call i32 @ftc_rt_alloc(ptr %9, i64 1088)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok

fail:                                             ; preds = %loop.body.failed13, %loop.alloc.failed6, %ok4, %ok3, %ok2, %exit, %loop.body.failed, %loop.alloc.failed, %ok, %entry
  %status = phi i32 [ %15, %entry ], [ %21, %ok ], [ %24, %loop.alloc.failed ], [ %49, %loop.body.failed ], [ %59, %exit ], [ %65, %ok2 ], [ %69, %ok3 ], [ %73, %ok4 ], [ %76, %loop.alloc.failed6 ], [ %116, %loop.body.failed13 ]
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
  %24 = call i32 @ftc_rt_alloc(ptr %23, i64 448)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok1
  br label %fail

loop.alloc.ok:                                    ; preds = %ok1
  %26 = load ptr, ptr %23, align 8
  %27 = getelementptr inbounds i8, ptr %26, i64 0
  %28 = getelementptr inbounds i8, ptr %26, i64 128
  %29 = getelementptr inbounds i8, ptr %26, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %27, ptr %3, i64 16, i1 false)
  %30 = getelementptr inbounds i8, ptr %18, i64 320
  %31 = getelementptr inbounds i8, ptr %18, i64 448
  %32 = getelementptr inbounds i8, ptr %18, i64 576
  %33 = getelementptr inbounds i8, ptr %18, i64 704
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %51, %latch ]
  %34 = icmp slt i64 %i, 6
  br i1 %34, label %body, label %exit

body:                                             ; preds = %loop
  %35 = and i64 %i, 1
  %36 = icmp eq i64 %35, 0
  %37 = select i1 %36, ptr %27, ptr %28
  %38 = select i1 %36, ptr %28, ptr %27
  %39 = mul i64 %i, 12
  %40 = getelementptr inbounds i8, ptr %4, i64 %39
  %41 = mul i64 %i, 16
  %42 = getelementptr inbounds i8, ptr %30, i64 %41
  %43 = mul i64 %i, 16
  %44 = getelementptr inbounds i8, ptr %31, i64 %43
  %45 = mul i64 %i, 12
  %46 = getelementptr inbounds i8, ptr %32, i64 %45
  %47 = mul i64 %i, 16
  %48 = getelementptr inbounds i8, ptr %33, i64 %47
  %49 = call i32 @grad_loss.k1.body0(ptr %37, ptr %0, ptr %1, ptr %2, ptr %40, ptr %38, ptr %0, ptr %1, ptr %2, ptr %42, ptr %44, ptr %46, ptr %48, ptr %29)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %51 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %52 = getelementptr inbounds i8, ptr %18, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %52, ptr %27, i64 16, i1 false)
  %53 = getelementptr inbounds i8, ptr %18, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %53, ptr %0, i64 64, i1 false)
  %54 = getelementptr inbounds i8, ptr %18, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %54, ptr %1, i64 48, i1 false)
  %55 = getelementptr inbounds i8, ptr %18, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %55, ptr %2, i64 16, i1 false)
  call void @ftc_rt_free(ptr %26)
  %56 = getelementptr inbounds i8, ptr %18, i64 320
  %57 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %56, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %5, ptr %58, align 8
  %59 = call i32 @loss.k1(ptr %11, i64 0, i64 1)
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %fail, label %ok2

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %26)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok2:                                              ; preds = %exit
  %61 = getelementptr inbounds i8, ptr %18, i64 320
  %62 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %61, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %18, i64 832
  %64 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %63, ptr %64, align 8
  %65 = call i32 @grad_loss.k3(ptr %12, i64 0, i64 24)
  %66 = icmp ne i32 %65, 0
  br i1 %66, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %67 = getelementptr inbounds i8, ptr %18, i64 320
  %68 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %67, ptr %68, align 8
  %69 = call i32 @grad_loss.k4(ptr %13, i64 0, i64 16)
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %71 = getelementptr inbounds i8, ptr %18, i64 384
  %72 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %71, ptr %72, align 8
  %73 = call i32 @grad_loss.k5(ptr %14, i64 0, i64 12)
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %75 = alloca ptr, align 8
  %76 = call i32 @ftc_rt_alloc(ptr %75, i64 1088)
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %loop.alloc.failed6, label %loop.alloc.ok7

loop.alloc.failed6:                               ; preds = %ok5
  br label %fail

loop.alloc.ok7:                                   ; preds = %ok5
  %78 = load ptr, ptr %75, align 8
  %79 = getelementptr inbounds i8, ptr %78, i64 0
  %80 = getelementptr inbounds i8, ptr %78, i64 512
  %81 = getelementptr inbounds i8, ptr %78, i64 128
  %82 = getelementptr inbounds i8, ptr %78, i64 640
  %83 = getelementptr inbounds i8, ptr %78, i64 256
  %84 = getelementptr inbounds i8, ptr %78, i64 768
  %85 = getelementptr inbounds i8, ptr %78, i64 384
  %86 = getelementptr inbounds i8, ptr %78, i64 896
  %87 = getelementptr inbounds i8, ptr %78, i64 1024
  %88 = getelementptr inbounds i8, ptr %18, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %79, ptr %88, i64 16, i1 false)
  %89 = getelementptr inbounds i8, ptr %18, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %81, ptr %89, i64 64, i1 false)
  %90 = getelementptr inbounds i8, ptr %18, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %83, ptr %90, i64 48, i1 false)
  %91 = getelementptr inbounds i8, ptr %18, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %85, ptr %91, i64 16, i1 false)
  %92 = getelementptr inbounds i8, ptr %18, i64 448
  %93 = getelementptr inbounds i8, ptr %18, i64 576
  %94 = getelementptr inbounds i8, ptr %18, i64 704
  %95 = getelementptr inbounds i8, ptr %18, i64 832
  br label %loop8

loop8:                                            ; preds = %latch10, %loop.alloc.ok7
  %i12 = phi i64 [ 0, %loop.alloc.ok7 ], [ %118, %latch10 ]
  %96 = icmp slt i64 %i12, 6
  br i1 %96, label %body9, label %exit11

body9:                                            ; preds = %loop8
  %97 = sub i64 5, %i12
  %98 = and i64 %i12, 1
  %99 = icmp eq i64 %98, 0
  %100 = select i1 %99, ptr %79, ptr %80
  %101 = select i1 %99, ptr %81, ptr %82
  %102 = select i1 %99, ptr %83, ptr %84
  %103 = select i1 %99, ptr %85, ptr %86
  %104 = select i1 %99, ptr %80, ptr %79
  %105 = select i1 %99, ptr %82, ptr %81
  %106 = select i1 %99, ptr %84, ptr %83
  %107 = select i1 %99, ptr %86, ptr %85
  %108 = mul i64 %97, 16
  %109 = getelementptr inbounds i8, ptr %92, i64 %108
  %110 = mul i64 %97, 12
  %111 = getelementptr inbounds i8, ptr %93, i64 %110
  %112 = mul i64 %97, 16
  %113 = getelementptr inbounds i8, ptr %94, i64 %112
  %114 = mul i64 %97, 16
  %115 = getelementptr inbounds i8, ptr %95, i64 %114
  %116 = call i32 @grad_loss.k6.body0(ptr %0, ptr %100, ptr %101, ptr %102, ptr %103, ptr %109, ptr %111, ptr %113, ptr %115, ptr %0, ptr %104, ptr %105, ptr %106, ptr %107, ptr %87)
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %loop.body.failed13, label %loop.body.ok14

latch10:                                          ; preds = %loop.body.ok14
  %118 = add nsw i64 %i12, 1
  br label %loop8

exit11:                                           ; preds = %loop8
  %119 = getelementptr inbounds i8, ptr %18, i64 960
  call void @llvm.memcpy.p0.p0.i64(ptr %119, ptr %0, i64 64, i1 false)
  %120 = getelementptr inbounds i8, ptr %18, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %120, ptr %79, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %81, i64 64, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %83, i64 48, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %85, i64 16, i1 false)
  call void @ftc_rt_free(ptr %78)
  %121 = load ptr, ptr %9, align 8
  call void @ftc_rt_free(ptr %121)
  ret i32 0

loop.body.failed13:                               ; preds = %body9
  call void @ftc_rt_free(ptr %78)
  br label %fail

loop.body.ok14:                                   ; preds = %body9
  br label %latch10
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "vector-function-abi-variant"="_ZGVdN8v_tanhf(_ZGVdN8v_tanhf)" }

!0 = !{!1}
!1 = !{!"loss.k0.body0.k0.buffer0", !2}
!2 = !{!"loss.k0.body0.k0.buffers"}
!3 = !{!4}
!4 = !{!"loss.k0.body0.k0.buffer2", !2}
!5 = !{!6}
!6 = !{!"loss.k0.body0.k0.buffer1", !2}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = !{!10}
!10 = !{!"loss.k0.body0.k1.buffer0", !11}
!11 = !{!"loss.k0.body0.k1.buffers"}
!12 = !{!13}
!13 = !{!"loss.k0.body0.k1.buffer2", !11}
!14 = !{!15}
!15 = !{!"loss.k0.body0.k1.buffer1", !11}
!16 = distinct !{!16, !8}
!17 = !{!18}
!18 = !{!"loss.k0.body0.k2.buffer0", !19}
!19 = !{!"loss.k0.body0.k2.buffers"}
!20 = !{!21}
!21 = !{!"loss.k0.body0.k2.buffer3", !19}
!22 = !{!23}
!23 = !{!"loss.k0.body0.k2.buffer1", !19}
!24 = !{!25}
!25 = !{!"loss.k0.body0.k2.buffer2", !19}
!26 = distinct !{!26, !27, !8}
!27 = !{!"llvm.loop.vectorize.width", i32 8}
!28 = !{!29}
!29 = !{!"loss.k1.buffer0", !30}
!30 = !{!"loss.k1.buffers"}
!31 = !{!32}
!32 = !{!"loss.k1.buffer1", !30}
!33 = distinct !{!33, !34, !35, !8}
!34 = !{!"llvm.loop.vectorize.enable", i1 true}
!35 = !{!"llvm.loop.vectorize.width", i32 16}
!36 = distinct !{!36, !34, !35, !8}
!37 = !{!38}
!38 = !{!"grad_loss.k1.body0.k2.buffer0", !39}
!39 = !{!"grad_loss.k1.body0.k2.buffers"}
!40 = !{!41, !42}
!41 = !{!"grad_loss.k1.body0.k2.buffer3", !39}
!42 = !{!"grad_loss.k1.body0.k2.buffer4", !39}
!43 = !{!44}
!44 = !{!"grad_loss.k1.body0.k2.buffer1", !39}
!45 = !{!46}
!46 = !{!"grad_loss.k1.body0.k2.buffer2", !39}
!47 = !{!41}
!48 = !{!42}
!49 = distinct !{!49, !27, !8}
!50 = !{!51}
!51 = !{!"grad_loss.k6.body0.k0.buffer0", !52}
!52 = !{!"grad_loss.k6.body0.k0.buffers"}
!53 = !{!54, !55}
!54 = !{!"grad_loss.k6.body0.k0.buffer4", !52}
!55 = !{!"grad_loss.k6.body0.k0.buffer5", !52}
!56 = !{!57}
!57 = !{!"grad_loss.k6.body0.k0.buffer1", !52}
!58 = !{!59}
!59 = !{!"grad_loss.k6.body0.k0.buffer2", !52}
!60 = !{!54}
!61 = !{!55}
!62 = !{!63}
!63 = !{!"grad_loss.k6.body0.k0.buffer3", !52}
!64 = distinct !{!64, !27, !8}
!65 = !{!66}
!66 = !{!"grad_loss.k6.body0.k1.buffer0", !67}
!67 = !{!"grad_loss.k6.body0.k1.buffers"}
!68 = !{!69}
!69 = !{!"grad_loss.k6.body0.k1.buffer3", !67}
!70 = !{!71}
!71 = !{!"grad_loss.k6.body0.k1.buffer1", !67}
!72 = !{!73}
!73 = !{!"grad_loss.k6.body0.k1.buffer2", !67}
!74 = distinct !{!74, !27, !8}
!75 = !{!76}
!76 = !{!"grad_loss.k6.body0.k2.buffer1", !77}
!77 = !{!"grad_loss.k6.body0.k2.buffers"}
!78 = !{!79}
!79 = !{!"grad_loss.k6.body0.k2.buffer2", !77}
!80 = !{!81}
!81 = !{!"grad_loss.k6.body0.k2.buffer0", !77}
!82 = distinct !{!82, !83, !8}
!83 = !{!"llvm.loop.vectorize.enable", i1 false}
!84 = !{!85}
!85 = !{!"grad_loss.k6.body0.k3.buffer0", !86}
!86 = !{!"grad_loss.k6.body0.k3.buffers"}
!87 = !{!88}
!88 = !{!"grad_loss.k6.body0.k3.buffer3", !86}
!89 = !{!90}
!90 = !{!"grad_loss.k6.body0.k3.buffer1", !86}
!91 = !{!92}
!92 = !{!"grad_loss.k6.body0.k3.buffer2", !86}
!93 = distinct !{!93, !27, !8}
!94 = !{!95}
!95 = !{!"grad_loss.k0.buffer0", !96}
!96 = !{!"grad_loss.k0.buffers"}
!97 = distinct !{!97, !27, !8}
!98 = !{!99}
!99 = !{!"grad_loss.k3.buffer0", !100}
!100 = !{!"grad_loss.k3.buffers"}
!101 = !{!102}
!102 = !{!"grad_loss.k3.buffer1", !100}
!103 = distinct !{!103, !27, !8}
!104 = !{!105}
!105 = !{!"grad_loss.k4.buffer0", !106}
!106 = !{!"grad_loss.k4.buffers"}
!107 = distinct !{!107, !27, !8}
!108 = !{!109}
!109 = !{!"grad_loss.k5.buffer0", !110}
!110 = !{!"grad_loss.k5.buffers"}
!111 = distinct !{!111, !27, !8}
