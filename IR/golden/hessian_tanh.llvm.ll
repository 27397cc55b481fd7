; ModuleID = 'hessian_tanh'
source_filename = "hessian_tanh"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_tanhf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [1054 x i8] c"{\22module\22: \22hessian_tanh\22, \22functions\22: [{\22name\22: \22f\22, \22symbol\22: \22f\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22s\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22g\22, \22symbol\22: \22g\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22t\22, \22dtype\22: \22f32\22, \22shape\22: [10]}]}, {\22name\22: \22h\22, \22symbol\22: \22h\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22hess_x\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}]}, {\22name\22: \22jf\22, \22symbol\22: \22jf\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22jac_x\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}]}, {\22name\22: \22jr\22, \22symbol\22: \22jr\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [10]}], \22outputs\22: [{\22name\22: \22jac_x\22, \22dtype\22: \22f32\22, \22shape\22: [10, 10]}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @f.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = icmp slt i64 %i5, 10
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
  %16 = icmp slt i64 %i15, 10
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 10
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i15, 1
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 100
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 10
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
  %33 = mul nsw i64 %i, 10
  %34 = mul nsw i64 %i5, 1
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @f.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  %10 = getelementptr inbounds float, ptr %5, i64 10
  store float -0.000000e+00, ptr %10, align 4
  %11 = getelementptr inbounds float, ptr %5, i64 11
  store float -0.000000e+00, ptr %11, align 4
  %12 = getelementptr inbounds float, ptr %5, i64 12
  store float -0.000000e+00, ptr %12, align 4
  %13 = getelementptr inbounds float, ptr %5, i64 13
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %5, i64 14
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %5, i64 15
  store float -0.000000e+00, ptr %15, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %22, %latch ]
  %16 = icmp slt i64 %i, 10
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = getelementptr inbounds float, ptr %7, i64 %i
  %18 = load float, ptr %17, align 4
  %19 = call float @tanhf(float %18) #3
  %20 = sub i64 %i, 0
  %21 = getelementptr inbounds float, ptr %5, i64 %20
  store float %19, ptr %21, align 4
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !2

exit:                                             ; preds = %loop
  %23 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %24 = load <16 x float>, ptr %23, align 4
  store <16 x float> %24, ptr %3, align 4
  %25 = getelementptr inbounds float, ptr %3, i64 0
  %26 = load float, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %3, i64 1
  %28 = load float, ptr %27, align 4
  %29 = getelementptr inbounds float, ptr %3, i64 2
  %30 = load float, ptr %29, align 4
  %31 = getelementptr inbounds float, ptr %3, i64 3
  %32 = load float, ptr %31, align 4
  %33 = getelementptr inbounds float, ptr %3, i64 4
  %34 = load float, ptr %33, align 4
  %35 = getelementptr inbounds float, ptr %3, i64 5
  %36 = load float, ptr %35, align 4
  %37 = getelementptr inbounds float, ptr %3, i64 6
  %38 = load float, ptr %37, align 4
  %39 = getelementptr inbounds float, ptr %3, i64 7
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds float, ptr %3, i64 8
  %42 = load float, ptr %41, align 4
  %43 = getelementptr inbounds float, ptr %3, i64 9
  %44 = load float, ptr %43, align 4
  %45 = getelementptr inbounds float, ptr %3, i64 10
  %46 = load float, ptr %45, align 4
  %47 = getelementptr inbounds float, ptr %3, i64 11
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %3, i64 12
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %3, i64 13
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %3, i64 14
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %3, i64 15
  %56 = load float, ptr %55, align 4
  %57 = fadd float %26, %42
  %58 = fadd float %28, %44
  %59 = fadd float %30, %46
  %60 = fadd float %32, %48
  %61 = fadd float %34, %50
  %62 = fadd float %36, %52
  %63 = fadd float %38, %54
  %64 = fadd float %40, %56
  %65 = fadd float %57, %61
  %66 = fadd float %58, %62
  %67 = fadd float %59, %63
  %68 = fadd float %60, %64
  %69 = fadd float %65, %67
  %70 = fadd float %66, %68
  %71 = fadd float %69, %70
  %72 = getelementptr inbounds float, ptr %9, i64 0
  store float %71, ptr %72, align 4
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_tanhf(<8 x float>) #2

; Function Attrs: nounwind
define i32 @f(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = call i32 @ftc_rt_alloc(ptr %3, i64 64)
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %6, %entry ], [ %14, %ok ], [ %19, %ok1 ]
  %8 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %8)
  ret i32 %status

ok:                                               ; preds = %entry
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %10, align 8
  %11 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %9, i64 0
  %13 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %12, ptr %13, align 8
  %14 = call i32 @f.k0(ptr %4, i64 0, i64 1)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds i8, ptr %9, i64 0
  %17 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %16, ptr %17, align 8
  %18 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %2, ptr %18, align 8
  %19 = call i32 @f.k1(ptr %5, i64 0, i64 1)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %21 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %21)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @g.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  %10 = call float @tanhf(float %9) #3
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !5

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @g(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = call i32 @ftc_rt_alloc(ptr %3, i64 64)
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %6, %entry ], [ %14, %ok ], [ %19, %ok1 ]
  %8 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %8)
  ret i32 %status

ok:                                               ; preds = %entry
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %10, align 8
  %11 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %9, i64 0
  %13 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %12, ptr %13, align 8
  %14 = call i32 @f.k0(ptr %4, i64 0, i64 1)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds i8, ptr %9, i64 0
  %17 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %16, ptr %17, align 8
  %18 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %2, ptr %18, align 8
  %19 = call i32 @g.k1(ptr %5, i64 0, i64 10)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %21 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %21)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @h.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %15, %latch3 ]
  %7 = icmp slt i64 %i5, 10
  br i1 %7, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %8 = trunc i64 %i to i32
  %9 = trunc i64 %i5 to i32
  %10 = icmp eq i32 %8, %9
  %11 = uitofp i1 %10 to float
  %12 = mul nsw i64 %i, 10
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  store float %11, ptr %14, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %15 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !7

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @h.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = icmp slt i64 %i5, 10
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
  %14 = icmp slt i64 %i10, 10
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
  %16 = icmp slt i64 %i15, 10
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 10
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i10, 10
  %20 = add nsw i64 %19, %i15
  %21 = mul nsw i64 %i, 100
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 100
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
  br label %loop11, !llvm.loop !8

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 100
  %34 = mul nsw i64 %i5, 10
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @h.k3(ptr %0, i64 %1, i64 %2) #1 {
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
  %11 = load float, ptr %10, align 4
  %12 = call float @tanhf(float %11) #3
  %13 = getelementptr inbounds float, ptr %6, i64 %i
  store float %12, ptr %13, align 4
  %14 = fmul float %12, %12
  %15 = fsub float 1.000000e+00, %14
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  store float %15, ptr %16, align 4
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !9

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @h.k4(ptr %0, i64 %1, i64 %2) #1 {
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
  %i5 = phi i64 [ 0, %body ], [ %14, %latch3 ]
  %13 = icmp slt i64 %i5, 1
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %14 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %39, %latch8 ]
  %15 = icmp slt i64 %i10, 10
  br i1 %15, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %16 = mul nsw i64 %i, 10
  %17 = mul nsw i64 %i5, 10
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i10
  %20 = urem i64 %19, 10
  %21 = udiv i64 %19, 10
  %22 = mul nsw i64 %20, 10
  %23 = add nsw i64 %22, %21
  %24 = getelementptr inbounds float, ptr %4, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = getelementptr inbounds float, ptr %6, i64 %20
  %27 = load float, ptr %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, ptr %8, i64 %20
  %30 = load float, ptr %29, align 4
  %31 = fmul float %28, %30
  %32 = fadd float %31, %31
  %33 = fneg float %32
  %34 = mul nsw i64 %i, 10
  %35 = mul nsw i64 %i5, 10
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %i10
  %38 = getelementptr inbounds float, ptr %10, i64 %37
  store float %33, ptr %38, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %39 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !10

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @h.k5(ptr %0, i64 %1, i64 %2) #1 {
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
  %12 = icmp slt i64 %i5, 10
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
  %14 = icmp slt i64 %i10, 10
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
  %16 = icmp slt i64 %i15, 10
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 10
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i15, 10
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 100
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 100
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
  br label %loop11, !llvm.loop !11

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 100
  %34 = mul nsw i64 %i5, 10
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define internal i32 @h.k6(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %8, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %8 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %22, %latch3 ]
  %9 = icmp slt i64 %i5, 10
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = mul nsw i64 %i5, 10
  %11 = add nsw i64 %10, %i
  %12 = urem i64 %11, 10
  %13 = udiv i64 %11, 10
  %14 = mul nsw i64 %13, 10
  %15 = add nsw i64 %14, 0
  %16 = add nsw i64 %15, %12
  %17 = getelementptr inbounds float, ptr %4, i64 %16
  %18 = load float, ptr %17, align 4
  %19 = mul nsw i64 %i, 10
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %6, i64 %20
  store float %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !12

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @h(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [4 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [2 x ptr], align 8
  %11 = call i32 @ftc_rt_alloc(ptr %3, i64 1408)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok

fail:                                             ; preds = %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %11, %entry ], [ %17, %ok ], [ %23, %ok1 ], [ %30, %ok2 ], [ %38, %ok3 ], [ %48, %ok4 ], [ %55, %ok5 ], [ %60, %ok6 ]
  %13 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %13)
  ret i32 %status

ok:                                               ; preds = %entry
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds i8, ptr %14, i64 0
  %16 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %15, ptr %16, align 8
  %17 = call i32 @h.k0(ptr %4, i64 0, i64 10)
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %19 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %14, i64 448
  %22 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %21, ptr %22, align 8
  %23 = call i32 @f.k0(ptr %5, i64 0, i64 1)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %25 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %14, i64 0
  %27 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %14, i64 512
  %29 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %28, ptr %29, align 8
  %30 = call i32 @h.k2(ptr %6, i64 0, i64 1)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %32 = getelementptr inbounds i8, ptr %14, i64 448
  %33 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %14, i64 0
  %35 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %14, i64 64
  %37 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %36, ptr %37, align 8
  %38 = call i32 @h.k3(ptr %7, i64 0, i64 10)
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %40 = getelementptr inbounds i8, ptr %14, i64 512
  %41 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %40, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %14, i64 64
  %43 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %14, i64 0
  %45 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %14, i64 960
  %47 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %46, ptr %47, align 8
  %48 = call i32 @h.k4(ptr %8, i64 0, i64 10)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %50 = getelementptr inbounds i8, ptr %14, i64 960
  %51 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %50, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %0, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %14, i64 0
  %54 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %53, ptr %54, align 8
  %55 = call i32 @h.k5(ptr %9, i64 0, i64 1)
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %57 = getelementptr inbounds i8, ptr %14, i64 0
  %58 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %57, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %2, ptr %59, align 8
  %60 = call i32 @h.k6(ptr %10, i64 0, i64 10)
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %62 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %62)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @jf.k3(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %14, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 %i
  %9 = load float, ptr %8, align 4
  %10 = call float @tanhf(float %9) #3
  %11 = fmul float %10, %10
  %12 = fsub float 1.000000e+00, %11
  %13 = getelementptr inbounds float, ptr %6, i64 %i
  store float %12, ptr %13, align 4
  br label %latch

latch:                                            ; preds = %body
  %14 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !13

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @jf.k4(ptr %0, i64 %1, i64 %2) #1 {
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
  %11 = icmp slt i64 %i5, 10
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = mul nsw i64 %i, 10
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds float, ptr %4, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fmul float %15, %17
  %19 = mul nsw i64 %i, 10
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds float, ptr %8, i64 %20
  store float %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !14

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @jf(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = alloca [2 x ptr], align 8
  %8 = alloca [3 x ptr], align 8
  %9 = call i32 @ftc_rt_alloc(ptr %3, i64 960)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %9, %entry ], [ %15, %ok ], [ %21, %ok1 ], [ %28, %ok2 ], [ %34, %ok3 ], [ %41, %ok4 ]
  %11 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  %12 = load ptr, ptr %3, align 8
  %13 = getelementptr inbounds i8, ptr %12, i64 0
  %14 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %13, ptr %14, align 8
  %15 = call i32 @h.k0(ptr %4, i64 0, i64 10)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %17 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %17, align 8
  %18 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %12, i64 448
  %20 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %19, ptr %20, align 8
  %21 = call i32 @f.k0(ptr %5, i64 0, i64 1)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %23 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %12, i64 0
  %25 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %12, i64 512
  %27 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %26, ptr %27, align 8
  %28 = call i32 @h.k2(ptr %6, i64 0, i64 1)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %30 = getelementptr inbounds i8, ptr %12, i64 448
  %31 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %12, i64 0
  %33 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %32, ptr %33, align 8
  %34 = call i32 @jf.k3(ptr %7, i64 0, i64 10)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %36 = getelementptr inbounds i8, ptr %12, i64 512
  %37 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %12, i64 0
  %39 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %2, ptr %40, align 8
  %41 = call i32 @jf.k4(ptr %8, i64 0, i64 10)
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %43 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %43)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @jr.k2(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %8, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %8 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %20, %latch3 ]
  %9 = icmp slt i64 %i5, 10
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = trunc i64 %i to i32
  %11 = trunc i64 %i5 to i32
  %12 = icmp eq i32 %10, %11
  %13 = uitofp i1 %12 to float
  %14 = getelementptr inbounds float, ptr %4, i64 %i5
  %15 = load float, ptr %14, align 4
  %16 = fmul float %13, %15
  %17 = mul nsw i64 %i, 10
  %18 = add nsw i64 %17, %i5
  %19 = getelementptr inbounds float, ptr %6, i64 %18
  store float %16, ptr %19, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %20 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !15

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @jr.k3(ptr %0, i64 %1, i64 %2) #1 {
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
  %12 = icmp slt i64 %i5, 10
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
  %14 = icmp slt i64 %i10, 10
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
  %16 = icmp slt i64 %i15, 10
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 10
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i15, 10
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 100
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 100
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
  br label %loop11, !llvm.loop !16

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 100
  %34 = mul nsw i64 %i5, 10
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define i32 @jr(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %3, i64 576)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %16, %ok ], [ %22, %ok1 ], [ %28, %ok2 ], [ %34, %ok3 ]
  %10 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %11, i64 0
  %15 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %14, ptr %15, align 8
  %16 = call i32 @f.k0(ptr %4, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = getelementptr inbounds i8, ptr %11, i64 0
  %19 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %11, i64 64
  %21 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %20, ptr %21, align 8
  %22 = call i32 @jf.k3(ptr %5, i64 0, i64 10)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %24 = getelementptr inbounds i8, ptr %11, i64 64
  %25 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %11, i64 128
  %27 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %26, ptr %27, align 8
  %28 = call i32 @jr.k2(ptr %6, i64 0, i64 10)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %30 = getelementptr inbounds i8, ptr %11, i64 128
  %31 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %0, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %2, ptr %33, align 8
  %34 = call i32 @jr.k3(ptr %7, i64 0, i64 1)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %36 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %36)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind }
attributes #2 = { nounwind willreturn memory(none) }
attributes #3 = { "vector-function-abi-variant"="_ZGVdN8v_tanhf(_ZGVdN8v_tanhf)" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3, !4, !1}
!3 = !{!"llvm.loop.vectorize.enable", i1 true}
!4 = !{!"llvm.loop.vectorize.width", i32 16}
!5 = distinct !{!5, !6, !1}
!6 = !{!"llvm.loop.vectorize.width", i32 8}
!7 = distinct !{!7, !6, !1}
!8 = distinct !{!8, !1}
!9 = distinct !{!9, !6, !1}
!10 = distinct !{!10, !6, !1}
!11 = distinct !{!11, !1}
!12 = distinct !{!12, !6, !1}
!13 = distinct !{!13, !6, !1}
!14 = distinct !{!14, !6, !1}
!15 = distinct !{!15, !6, !1}
!16 = distinct !{!16, !1}
