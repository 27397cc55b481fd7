; ModuleID = 'clip_by_norm'
source_filename = "clip_by_norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [859 x i8] c"{\22module\22: \22clip_by_norm\22, \22functions\22: [{\22name\22: \22clip\22, \22symbol\22: \22clip\22, \22inputs\22: [{\22name\22: \22g\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22max_norm\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22r\22, \22dtype\22: \22f32\22, \22shape\22: [8]}]}, {\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22g\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22dloss\22, \22symbol\22: \22dloss\22, \22inputs\22: [{\22name\22: \22g\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8]}], \22outputs\22: [{\22name\22: \22d_g\22, \22dtype\22: \22f32\22, \22shape\22: [8]}]}, {\22name\22: \22clip_batch\22, \22symbol\22: \22clip_batch\22, \22inputs\22: [{\22name\22: \22g\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}, {\22name\22: \22max_norm\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22r\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @clip.k3.then0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %14 = fdiv float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !0

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @clip.k3.then0.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds float, ptr %6, i64 0
  %13 = load float, ptr %12, align 4
  %14 = fmul float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !3

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @clip.k3.then0(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = call i32 @ftc_rt_alloc(ptr %4, i64 64)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %7, %entry ], [ %15, %ok ], [ %21, %ok1 ]
  %9 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %2, ptr %11, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds i8, ptr %10, i64 0
  %14 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %13, ptr %14, align 8
  %15 = call i32 @clip.k3.then0.k0(ptr %5, i64 0, i64 1)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %17 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %10, i64 0
  %19 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %3, ptr %20, align 8
  %21 = call i32 @clip.k3.then0.k1(ptr %6, i64 0, i64 8)
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
define internal i32 @clip.k3.else1(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %3, ptr %0, i64 32, i1 false)
  ret i32 0

fail:                                             ; No predecessors!
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind
define internal i32 @clip.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ 0, %start ], [ %24, %latch ]
  %18 = icmp slt i64 %i, 8
  br i1 %18, label %body, label %exit

body:                                             ; preds = %loop
  %19 = getelementptr inbounds float, ptr %7, i64 %i
  %20 = load float, ptr %19, align 4
  %21 = fmul float %20, %20
  %22 = sub i64 %i, 0
  %23 = getelementptr inbounds float, ptr %5, i64 %22
  store float %21, ptr %23, align 4
  br label %latch

latch:                                            ; preds = %body
  %24 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !4

exit:                                             ; preds = %loop
  %25 = getelementptr inbounds <16 x float>, ptr %5, i64 0
  %26 = load <16 x float>, ptr %25, align 4
  store <16 x float> %26, ptr %3, align 4
  %27 = getelementptr inbounds float, ptr %3, i64 0
  %28 = load float, ptr %27, align 4
  %29 = getelementptr inbounds float, ptr %3, i64 1
  %30 = load float, ptr %29, align 4
  %31 = getelementptr inbounds float, ptr %3, i64 2
  %32 = load float, ptr %31, align 4
  %33 = getelementptr inbounds float, ptr %3, i64 3
  %34 = load float, ptr %33, align 4
  %35 = getelementptr inbounds float, ptr %3, i64 4
  %36 = load float, ptr %35, align 4
  %37 = getelementptr inbounds float, ptr %3, i64 5
  %38 = load float, ptr %37, align 4
  %39 = getelementptr inbounds float, ptr %3, i64 6
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds float, ptr %3, i64 7
  %42 = load float, ptr %41, align 4
  %43 = getelementptr inbounds float, ptr %3, i64 8
  %44 = load float, ptr %43, align 4
  %45 = getelementptr inbounds float, ptr %3, i64 9
  %46 = load float, ptr %45, align 4
  %47 = getelementptr inbounds float, ptr %3, i64 10
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %3, i64 11
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %3, i64 12
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %3, i64 13
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %3, i64 14
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %3, i64 15
  %58 = load float, ptr %57, align 4
  %59 = fadd float %28, %44
  %60 = fadd float %30, %46
  %61 = fadd float %32, %48
  %62 = fadd float %34, %50
  %63 = fadd float %36, %52
  %64 = fadd float %38, %54
  %65 = fadd float %40, %56
  %66 = fadd float %42, %58
  %67 = fadd float %59, %63
  %68 = fadd float %60, %64
  %69 = fadd float %61, %65
  %70 = fadd float %62, %66
  %71 = fadd float %67, %69
  %72 = fadd float %68, %70
  %73 = fadd float %71, %72
  %74 = getelementptr inbounds float, ptr %9, i64 0
  store float %73, ptr %74, align 4
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @clip.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = call float @llvm.sqrt.f32(float %9)
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !7

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #3

; Function Attrs: noinline nounwind
define internal i32 @clip.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = fcmp ogt float %11, %13
  %15 = getelementptr inbounds i8, ptr %8, i64 %i
  %16 = zext i1 %14 to i8
  store i8 %16, ptr %15, align 1
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !8

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @clip(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [2 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = call i32 @ftc_rt_alloc(ptr %3, i64 128)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %regions.done, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %7, %entry ], [ %14, %ok ], [ %20, %ok1 ], [ %27, %ok2 ], [ %region.status, %regions.done ]
  %9 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds i8, ptr %10, i64 0
  %13 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %12, ptr %13, align 8
  %14 = call i32 @clip.k0(ptr %4, i64 0, i64 1)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds i8, ptr %10, i64 0
  %17 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %16, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %10, i64 64
  %19 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %18, ptr %19, align 8
  %20 = call i32 @clip.k1(ptr %5, i64 0, i64 1)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %22 = getelementptr inbounds i8, ptr %10, i64 64
  %23 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %1, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %10, i64 0
  %26 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %25, ptr %26, align 8
  %27 = call i32 @clip.k2(ptr %6, i64 0, i64 1)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %29 = getelementptr inbounds i8, ptr %10, i64 0
  %30 = load i8, ptr %29, align 1
  %31 = icmp ne i8 %30, 0
  %32 = select i1 %31, i64 0, i64 1
  br label %region.0

regions.done:                                     ; preds = %region.1, %region.0.run
  %region.status = phi i32 [ %36, %region.0.run ], [ %38, %region.1 ]
  %33 = icmp ne i32 %region.status, 0
  br i1 %33, label %fail, label %ok4

region.0:                                         ; preds = %ok3
  %34 = icmp eq i64 %32, 0
  br i1 %34, label %region.0.run, label %region.1

region.0.run:                                     ; preds = %region.0
  %35 = getelementptr inbounds i8, ptr %10, i64 64
  %36 = call i32 @clip.k3.then0(ptr %0, ptr %35, ptr %1, ptr %2)
  br label %regions.done

region.1:                                         ; preds = %region.0
  %37 = getelementptr inbounds i8, ptr %10, i64 64
  %38 = call i32 @clip.k3.else1(ptr %0, ptr %37, ptr %1, ptr %2)
  br label %regions.done

ok4:                                              ; preds = %regions.done
  %39 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %39)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k4.then0(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [3 x ptr], align 8
  %7 = call i32 @ftc_rt_alloc(ptr %4, i64 64)
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %7, %entry ], [ %15, %ok ], [ %21, %ok1 ]
  %9 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %9)
  ret i32 %status

ok:                                               ; preds = %entry
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %2, ptr %11, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %12, align 8
  %13 = getelementptr inbounds i8, ptr %10, i64 0
  %14 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %13, ptr %14, align 8
  %15 = call i32 @clip.k3.then0.k0(ptr %5, i64 0, i64 1)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %17 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %10, i64 0
  %19 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %3, ptr %20, align 8
  %21 = call i32 @clip.k3.then0.k1(ptr %6, i64 0, i64 8)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %23 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %23)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k4.else1(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %3, ptr %0, i64 32, i1 false)
  ret i32 0

fail:                                             ; No predecessors!
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @loss.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  store float 1.000000e+00, ptr %6, align 4
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !9

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
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
  %10 = getelementptr inbounds ptr, ptr %0, i64 2
  %11 = load ptr, ptr %10, align 8
  %12 = getelementptr inbounds float, ptr %5, i64 8
  store float -0.000000e+00, ptr %12, align 4
  %13 = getelementptr inbounds float, ptr %5, i64 9
  store float -0.000000e+00, ptr %13, align 4
  %14 = getelementptr inbounds float, ptr %5, i64 10
  store float -0.000000e+00, ptr %14, align 4
  %15 = getelementptr inbounds float, ptr %5, i64 11
  store float -0.000000e+00, ptr %15, align 4
  %16 = getelementptr inbounds float, ptr %5, i64 12
  store float -0.000000e+00, ptr %16, align 4
  %17 = getelementptr inbounds float, ptr %5, i64 13
  store float -0.000000e+00, ptr %17, align 4
  %18 = getelementptr inbounds float, ptr %5, i64 14
  store float -0.000000e+00, ptr %18, align 4
  %19 = getelementptr inbounds float, ptr %5, i64 15
  store float -0.000000e+00, ptr %19, align 4
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %28, %latch ]
  %20 = icmp slt i64 %i, 8
  br i1 %20, label %body, label %exit

body:                                             ; preds = %loop
  %21 = getelementptr inbounds float, ptr %7, i64 %i
  %22 = load float, ptr %21, align 4
  %23 = getelementptr inbounds float, ptr %9, i64 %i
  %24 = load float, ptr %23, align 4
  %25 = fmul float %22, %24
  %26 = sub i64 %i, 0
  %27 = getelementptr inbounds float, ptr %5, i64 %26
  store float %25, ptr %27, align 4
  br label %latch

latch:                                            ; preds = %body
  %28 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !10

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
  %78 = getelementptr inbounds float, ptr %11, i64 0
  store float %77, ptr %78, align 4
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [3 x ptr], align 8
  %9 = call i32 @ftc_rt_alloc(ptr %3, i64 256)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %ok5, %regions.done, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %9, %entry ], [ %15, %ok ], [ %20, %ok1 ], [ %26, %ok2 ], [ %34, %ok3 ], [ %region.status, %regions.done ], [ %54, %ok5 ]
  %11 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  %12 = load ptr, ptr %3, align 8
  %13 = getelementptr inbounds i8, ptr %12, i64 0
  %14 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %13, ptr %14, align 8
  %15 = call i32 @loss.k0(ptr %4, i64 0, i64 1)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %17 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %12, i64 64
  %19 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %18, ptr %19, align 8
  %20 = call i32 @clip.k0(ptr %5, i64 0, i64 1)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %22 = getelementptr inbounds i8, ptr %12, i64 64
  %23 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %12, i64 128
  %25 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %24, ptr %25, align 8
  %26 = call i32 @clip.k1(ptr %6, i64 0, i64 1)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %28 = getelementptr inbounds i8, ptr %12, i64 128
  %29 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %12, i64 0
  %31 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %12, i64 64
  %33 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %32, ptr %33, align 8
  %34 = call i32 @clip.k2(ptr %7, i64 0, i64 1)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %36 = getelementptr inbounds i8, ptr %12, i64 64
  %37 = load i8, ptr %36, align 1
  %38 = icmp ne i8 %37, 0
  %39 = select i1 %38, i64 0, i64 1
  br label %region.0

regions.done:                                     ; preds = %region.1, %region.0.run
  %region.status = phi i32 [ %45, %region.0.run ], [ %49, %region.1 ]
  %40 = icmp ne i32 %region.status, 0
  br i1 %40, label %fail, label %ok5

region.0:                                         ; preds = %ok4
  %41 = icmp eq i64 %39, 0
  br i1 %41, label %region.0.run, label %region.1

region.0.run:                                     ; preds = %region.0
  %42 = getelementptr inbounds i8, ptr %12, i64 128
  %43 = getelementptr inbounds i8, ptr %12, i64 0
  %44 = getelementptr inbounds i8, ptr %12, i64 192
  %45 = call i32 @loss.k4.then0(ptr %0, ptr %42, ptr %43, ptr %44)
  br label %regions.done

region.1:                                         ; preds = %region.0
  %46 = getelementptr inbounds i8, ptr %12, i64 128
  %47 = getelementptr inbounds i8, ptr %12, i64 0
  %48 = getelementptr inbounds i8, ptr %12, i64 192
  %49 = call i32 @loss.k4.else1(ptr %0, ptr %46, ptr %47, ptr %48)
  br label %regions.done

ok5:                                              ; preds = %regions.done
  %50 = getelementptr inbounds i8, ptr %12, i64 192
  %51 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %50, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %1, ptr %52, align 8
  %53 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %2, ptr %53, align 8
  %54 = call i32 @loss.k5(ptr %8, i64 0, i64 1)
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %56 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %56)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k4.then0.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = fdiv float %11, %13
  %15 = fneg float %14
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  store float %15, ptr %16, align 4
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !11

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k4.then0.k2(ptr %0, i64 %1, i64 %2) #1 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %11, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 0
  %9 = load float, ptr %8, align 4
  %10 = getelementptr inbounds float, ptr %6, i64 %i
  store float %9, ptr %10, align 4
  br label %latch

latch:                                            ; preds = %body
  %11 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !12

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dloss.k4.then0.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %14 = fmul float %11, %13
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
define internal i32 @dloss.k4.then0(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6) #1 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [2 x ptr], align 8
  %11 = alloca [3 x ptr], align 8
  %12 = call i32 @ftc_rt_alloc(ptr %7, i64 64)
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %12, %entry ], [ %20, %ok ], [ %26, %ok1 ], [ %31, %ok2 ], [ %36, %ok3 ]
  %14 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %14)
  ret i32 %status

ok:                                               ; preds = %entry
  %15 = load ptr, ptr %7, align 8
  %16 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %2, ptr %16, align 8
  %17 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %1, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %15, i64 0
  %19 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %18, ptr %19, align 8
  %20 = call i32 @clip.k3.then0.k0(ptr %8, i64 0, i64 1)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %22 = getelementptr inbounds i8, ptr %15, i64 0
  %23 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %1, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %4, ptr %25, align 8
  %26 = call i32 @dloss.k4.then0.k1(ptr %9, i64 0, i64 1)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %28 = getelementptr inbounds i8, ptr %15, i64 0
  %29 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %5, ptr %30, align 8
  %31 = call i32 @dloss.k4.then0.k2(ptr %10, i64 0, i64 8)
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %33 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %0, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %5, ptr %34, align 8
  %35 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %3, ptr %35, align 8
  %36 = call i32 @dloss.k4.then0.k3(ptr %11, i64 0, i64 8)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %0, i64 32, i1 false)
  %38 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %38)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dloss.k4.else1.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !14

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k4.else1.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  br label %loop, !llvm.loop !15

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k4.else1(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6) #1 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [1 x ptr], align 8
  %9 = alloca [1 x ptr], align 8
  %10 = call i32 @ftc_rt_alloc(ptr %7, i64 64)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %10, %entry ], [ %15, %ok ], [ %19, %ok1 ]
  %12 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %7, align 8
  %14 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %4, ptr %14, align 8
  %15 = call i32 @dloss.k4.else1.k0(ptr %8, i64 0, i64 1)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %17 = getelementptr inbounds i8, ptr %13, i64 0
  %18 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %17, ptr %18, align 8
  %19 = call i32 @dloss.k4.else1.k1(ptr %9, i64 0, i64 8)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  call void @llvm.memcpy.p0.p0.i64(ptr %3, ptr %0, i64 32, i1 false)
  %21 = getelementptr inbounds i8, ptr %13, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %5, ptr %21, i64 32, i1 false)
  %22 = getelementptr inbounds i8, ptr %13, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %22, i64 32, i1 false)
  %23 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %23)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k5.then0.k2(ptr %0, i64 %1, i64 %2) #1 {
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
  %14 = fmul float %11, %13
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
define internal i32 @dloss.k5.then0(ptr %0, ptr %1, ptr %2, ptr %3, ptr noalias %4, ptr noalias %5) #1 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = call i32 @ftc_rt_alloc(ptr %6, i64 64)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %10, %entry ], [ %17, %ok ], [ %23, %ok1 ], [ %29, %ok2 ]
  %12 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %6, align 8
  %14 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %3, ptr %14, align 8
  %15 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %1, ptr %15, align 8
  %16 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %4, ptr %16, align 8
  %17 = call i32 @dloss.k4.then0.k3(ptr %7, i64 0, i64 8)
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %19 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %3, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %2, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %13, i64 0
  %22 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %21, ptr %22, align 8
  %23 = call i32 @loss.k5(ptr %8, i64 0, i64 1)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %25 = getelementptr inbounds i8, ptr %13, i64 0
  %26 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %25, ptr %26, align 8
  %27 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %0, ptr %27, align 8
  %28 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %5, ptr %28, align 8
  %29 = call i32 @dloss.k5.then0.k2(ptr %9, i64 0, i64 1)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %31 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %31)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k5.else1(ptr %0, ptr %1, ptr %2, ptr %3, ptr noalias %4, ptr noalias %5) #1 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [1 x ptr], align 8
  %8 = load ptr, ptr %6, align 8
  %9 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %5, ptr %9, align 8
  %10 = call i32 @dloss.k4.else1.k0(ptr %7, i64 0, i64 1)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %10, %entry ]
  %12 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  call void @llvm.memcpy.p0.p0.i64(ptr %4, ptr %3, i64 32, i1 false)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k6(ptr %0, i64 %1, i64 %2) #1 {
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
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4
  %14 = fadd float %13, %13
  %15 = fdiv float %11, %14
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  store float %15, ptr %16, align 4
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !17

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k7(ptr %0, i64 %1, i64 %2) #1 {
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
  %14 = getelementptr inbounds float, ptr %6, i64 0
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  %17 = load float, ptr %16, align 4
  %18 = fmul float %15, %17
  %19 = fadd float %13, %18
  %20 = fadd float %19, %18
  %21 = getelementptr inbounds float, ptr %10, i64 %i
  store float %20, ptr %21, align 4
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !18

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @dloss(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [4 x ptr], align 8
  %10 = call i32 @ftc_rt_alloc(ptr %3, i64 512)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %ok12, %ok11, %regions.done6, %regions.done, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %10, %entry ], [ %16, %ok ], [ %21, %ok1 ], [ %27, %ok2 ], [ %35, %ok3 ], [ %region.status, %regions.done ], [ %region.status10, %regions.done6 ], [ %81, %ok11 ], [ %89, %ok12 ]
  %12 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds i8, ptr %13, i64 0
  %15 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %14, ptr %15, align 8
  %16 = call i32 @loss.k0(ptr %4, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %13, i64 64
  %20 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %19, ptr %20, align 8
  %21 = call i32 @clip.k0(ptr %5, i64 0, i64 1)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %23 = getelementptr inbounds i8, ptr %13, i64 64
  %24 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %23, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %13, i64 128
  %26 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %25, ptr %26, align 8
  %27 = call i32 @clip.k1(ptr %6, i64 0, i64 1)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %29 = getelementptr inbounds i8, ptr %13, i64 128
  %30 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %13, i64 0
  %32 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %13, i64 64
  %34 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %33, ptr %34, align 8
  %35 = call i32 @clip.k2(ptr %7, i64 0, i64 1)
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %37 = getelementptr inbounds i8, ptr %13, i64 64
  %38 = load i8, ptr %37, align 1
  %39 = icmp ne i8 %38, 0
  %40 = select i1 %39, i64 0, i64 1
  br label %region.0

regions.done:                                     ; preds = %region.1, %region.0.run
  %region.status = phi i32 [ %49, %region.0.run ], [ %56, %region.1 ]
  %41 = icmp ne i32 %region.status, 0
  br i1 %41, label %fail, label %ok5

region.0:                                         ; preds = %ok4
  %42 = icmp eq i64 %40, 0
  br i1 %42, label %region.0.run, label %region.1

region.0.run:                                     ; preds = %region.0
  %43 = getelementptr inbounds i8, ptr %13, i64 128
  %44 = getelementptr inbounds i8, ptr %13, i64 0
  %45 = getelementptr inbounds i8, ptr %13, i64 192
  %46 = getelementptr inbounds i8, ptr %13, i64 256
  %47 = getelementptr inbounds i8, ptr %13, i64 320
  %48 = getelementptr inbounds i8, ptr %13, i64 384
  %49 = call i32 @dloss.k4.then0(ptr %0, ptr %43, ptr %44, ptr %45, ptr %46, ptr %47, ptr %48)
  br label %regions.done

region.1:                                         ; preds = %region.0
  %50 = getelementptr inbounds i8, ptr %13, i64 128
  %51 = getelementptr inbounds i8, ptr %13, i64 0
  %52 = getelementptr inbounds i8, ptr %13, i64 192
  %53 = getelementptr inbounds i8, ptr %13, i64 256
  %54 = getelementptr inbounds i8, ptr %13, i64 320
  %55 = getelementptr inbounds i8, ptr %13, i64 384
  %56 = call i32 @dloss.k4.else1(ptr %0, ptr %50, ptr %51, ptr %52, ptr %53, ptr %54, ptr %55)
  br label %regions.done

ok5:                                              ; preds = %regions.done
  %57 = getelementptr inbounds i8, ptr %13, i64 64
  %58 = load i8, ptr %57, align 1
  %59 = icmp ne i8 %58, 0
  %60 = select i1 %59, i64 0, i64 1
  br label %region.07

regions.done6:                                    ; preds = %region.19, %region.0.run8
  %region.status10 = phi i32 [ %68, %region.0.run8 ], [ %74, %region.19 ]
  %61 = icmp ne i32 %region.status10, 0
  br i1 %61, label %fail, label %ok11

region.07:                                        ; preds = %ok5
  %62 = icmp eq i64 %60, 0
  br i1 %62, label %region.0.run8, label %region.19

region.0.run8:                                    ; preds = %region.07
  %63 = getelementptr inbounds i8, ptr %13, i64 256
  %64 = getelementptr inbounds i8, ptr %13, i64 320
  %65 = getelementptr inbounds i8, ptr %13, i64 384
  %66 = getelementptr inbounds i8, ptr %13, i64 0
  %67 = getelementptr inbounds i8, ptr %13, i64 448
  %68 = call i32 @dloss.k5.then0(ptr %63, ptr %64, ptr %65, ptr %1, ptr %66, ptr %67)
  br label %regions.done6

region.19:                                        ; preds = %region.07
  %69 = getelementptr inbounds i8, ptr %13, i64 256
  %70 = getelementptr inbounds i8, ptr %13, i64 320
  %71 = getelementptr inbounds i8, ptr %13, i64 384
  %72 = getelementptr inbounds i8, ptr %13, i64 0
  %73 = getelementptr inbounds i8, ptr %13, i64 448
  %74 = call i32 @dloss.k5.else1(ptr %69, ptr %70, ptr %71, ptr %1, ptr %72, ptr %73)
  br label %regions.done6

ok11:                                             ; preds = %regions.done6
  %75 = getelementptr inbounds i8, ptr %13, i64 448
  %76 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %75, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %13, i64 128
  %78 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %77, ptr %78, align 8
  %79 = getelementptr inbounds i8, ptr %13, i64 64
  %80 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %79, ptr %80, align 8
  %81 = call i32 @dloss.k6(ptr %8, i64 0, i64 1)
  %82 = icmp ne i32 %81, 0
  br i1 %82, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %83 = getelementptr inbounds i8, ptr %13, i64 0
  %84 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %13, i64 64
  %86 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %85, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %0, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %2, ptr %88, align 8
  %89 = call i32 @dloss.k7(ptr %9, i64 0, i64 8)
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %91 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %91)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @clip_batch.rows0(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca [1 x i8], align 64
  %6 = alloca [1 x float], align 64
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %22, %latch ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul nsw i64 %i, 1
  %18 = mul nsw i64 %i, 1
  %19 = mul nsw i64 %i, 1
  %20 = mul nsw i64 %i, 1
  %21 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit29
  %22 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %32, %latch3 ]
  %23 = icmp slt i64 %i5, %21
  br i1 %23, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %24 = getelementptr inbounds float, ptr %9, i64 8
  store float -0.000000e+00, ptr %24, align 4
  %25 = getelementptr inbounds float, ptr %9, i64 9
  store float -0.000000e+00, ptr %25, align 4
  %26 = getelementptr inbounds float, ptr %9, i64 10
  store float -0.000000e+00, ptr %26, align 4
  %27 = getelementptr inbounds float, ptr %9, i64 11
  store float -0.000000e+00, ptr %27, align 4
  %28 = getelementptr inbounds float, ptr %9, i64 12
  store float -0.000000e+00, ptr %28, align 4
  %29 = getelementptr inbounds float, ptr %9, i64 13
  store float -0.000000e+00, ptr %29, align 4
  %30 = getelementptr inbounds float, ptr %9, i64 14
  store float -0.000000e+00, ptr %30, align 4
  %31 = getelementptr inbounds float, ptr %9, i64 15
  store float -0.000000e+00, ptr %31, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %32 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %33 = add nsw i64 %i, 1
  %34 = mul nsw i64 %i, 1
  %35 = mul nsw i64 %33, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %44, %latch8 ]
  %36 = icmp slt i64 %i10, 8
  br i1 %36, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %37 = mul nsw i64 %i5, 8
  %38 = add nsw i64 %37, %i10
  %39 = getelementptr inbounds float, ptr %11, i64 %38
  %40 = load float, ptr %39, align 4
  %41 = fmul float %40, %40
  %42 = sub i64 %i10, 0
  %43 = getelementptr inbounds float, ptr %9, i64 %42
  store float %41, ptr %43, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %44 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !19

exit9:                                            ; preds = %loop6
  %45 = getelementptr inbounds <16 x float>, ptr %9, i64 0
  %46 = load <16 x float>, ptr %45, align 4
  store <16 x float> %46, ptr %7, align 4
  %47 = getelementptr inbounds float, ptr %7, i64 0
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %7, i64 1
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %7, i64 2
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %7, i64 3
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %7, i64 4
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %7, i64 5
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %7, i64 6
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds float, ptr %7, i64 7
  %62 = load float, ptr %61, align 4
  %63 = getelementptr inbounds float, ptr %7, i64 8
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %7, i64 9
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %7, i64 10
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %7, i64 11
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %7, i64 12
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %7, i64 13
  %74 = load float, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %7, i64 14
  %76 = load float, ptr %75, align 4
  %77 = getelementptr inbounds float, ptr %7, i64 15
  %78 = load float, ptr %77, align 4
  %79 = fadd float %48, %64
  %80 = fadd float %50, %66
  %81 = fadd float %52, %68
  %82 = fadd float %54, %70
  %83 = fadd float %56, %72
  %84 = fadd float %58, %74
  %85 = fadd float %60, %76
  %86 = fadd float %62, %78
  %87 = fadd float %79, %83
  %88 = fadd float %80, %84
  %89 = fadd float %81, %85
  %90 = fadd float %82, %86
  %91 = fadd float %87, %89
  %92 = fadd float %88, %90
  %93 = fadd float %91, %92
  %94 = sub i64 %i5, %17
  %95 = getelementptr inbounds float, ptr %3, i64 %94
  store float %93, ptr %95, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %34, %exit4 ], [ %103, %latch13 ]
  %96 = icmp slt i64 %i15, %35
  br i1 %96, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %97 = sub i64 %i15, %17
  %98 = getelementptr inbounds float, ptr %3, i64 %97
  %99 = load float, ptr %98, align 4
  %100 = call float @llvm.sqrt.f32(float %99)
  %101 = sub i64 %i15, %18
  %102 = getelementptr inbounds float, ptr %4, i64 %101
  store float %100, ptr %102, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %103 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !20

exit14:                                           ; preds = %loop11
  %104 = add nsw i64 %i, 1
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ %i, %exit14 ], [ %115, %latch18 ]
  %105 = icmp slt i64 %i20, %104
  br i1 %105, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %106 = sub i64 %i20, %18
  %107 = getelementptr inbounds float, ptr %4, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %13, i64 0
  %110 = load float, ptr %109, align 4
  %111 = fcmp ogt float %108, %110
  %112 = sub i64 %i20, %19
  %113 = getelementptr inbounds i8, ptr %5, i64 %112
  %114 = zext i1 %111 to i8
  store i8 %114, ptr %113, align 1
  br label %latch18

latch18:                                          ; preds = %body17
  %115 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !21

exit19:                                           ; preds = %loop16
  %116 = add nsw i64 %i, 1
  br label %loop21

loop21:                                           ; preds = %latch23, %exit19
  %i25 = phi i64 [ %i, %exit19 ], [ %126, %latch23 ]
  %117 = icmp slt i64 %i25, %116
  br i1 %117, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %118 = getelementptr inbounds float, ptr %13, i64 0
  %119 = load float, ptr %118, align 4
  %120 = sub i64 %i25, %18
  %121 = getelementptr inbounds float, ptr %4, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = fdiv float %119, %122
  %124 = sub i64 %i25, %20
  %125 = getelementptr inbounds float, ptr %6, i64 %124
  store float %123, ptr %125, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %126 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !22

exit24:                                           ; preds = %loop21
  %127 = add nsw i64 %i, 1
  br label %loop26

loop26:                                           ; preds = %latch28, %exit24
  %i30 = phi i64 [ %i, %exit24 ], [ %129, %latch28 ]
  %128 = icmp slt i64 %i30, %127
  br i1 %128, label %body27, label %exit29

body27:                                           ; preds = %loop26
  br label %loop31

latch28:                                          ; preds = %exit34
  %129 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %latch

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %147, %latch33 ]
  %130 = icmp slt i64 %i35, 8
  br i1 %130, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %131 = sub i64 %i30, %19
  %132 = getelementptr inbounds i8, ptr %5, i64 %131
  %133 = load i8, ptr %132, align 1
  %134 = icmp ne i8 %133, 0
  %135 = mul nsw i64 %i30, 8
  %136 = add nsw i64 %135, %i35
  %137 = getelementptr inbounds float, ptr %11, i64 %136
  %138 = load float, ptr %137, align 4
  %139 = sub i64 %i30, %20
  %140 = getelementptr inbounds float, ptr %6, i64 %139
  %141 = load float, ptr %140, align 4
  %142 = fmul float %138, %141
  %143 = select i1 %134, float %142, float %138
  %144 = mul nsw i64 %i30, 8
  %145 = add nsw i64 %144, %i35
  %146 = getelementptr inbounds float, ptr %15, i64 %145
  store float %143, ptr %146, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %147 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !23

exit34:                                           ; preds = %loop31
  br label %latch28
}

; Function Attrs: nounwind
define i32 @clip_batch(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %6, align 8
  %7 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %7, align 8
  %8 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %2, ptr %8, align 8
  %9 = call i32 @clip_batch.rows0(ptr %4, i64 0, i64 4)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %9, %entry ]
  %11 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.vectorize.width", i32 8}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !1, !2}
!4 = distinct !{!4, !5, !6, !2}
!5 = !{!"llvm.loop.vectorize.enable", i1 true}
!6 = !{!"llvm.loop.vectorize.width", i32 16}
!7 = distinct !{!7, !1, !2}
!8 = distinct !{!8, !1, !2}
!9 = distinct !{!9, !1, !2}
!10 = distinct !{!10, !5, !6, !2}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !1, !2}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !1, !2}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !1, !2}
!17 = distinct !{!17, !1, !2}
!18 = distinct !{!18, !1, !2}
!19 = distinct !{!19, !5, !6, !2}
!20 = distinct !{!20, !1, !2}
!21 = distinct !{!21, !1, !2}
!22 = distinct !{!22, !1, !2}
!23 = distinct !{!23, !1, !2}
