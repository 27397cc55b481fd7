; ModuleID = 'clip_by_norm'
source_filename = "clip_by_norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [859 x i8] c"{\22module\22: \22clip_by_norm\22, \22functions\22: [{\22name\22: \22clip\22, \22symbol\22: \22clip\22, \22inputs\22: [{\22name\22: \22g\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22max_norm\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22r\22, \22dtype\22: \22f32\22, \22shape\22: [8]}]}, {\22name\22: \22loss\22, \22symbol\22: \22loss\22, \22inputs\22: [{\22name\22: \22g\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8]}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f32\22, \22shape\22: []}]}, {\22name\22: \22dloss\22, \22symbol\22: \22dloss\22, \22inputs\22: [{\22name\22: \22g\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22w\22, \22dtype\22: \22f32\22, \22shape\22: [8]}], \22outputs\22: [{\22name\22: \22d_g\22, \22dtype\22: \22f32\22, \22shape\22: [8]}]}, {\22name\22: \22clip_batch\22, \22symbol\22: \22clip_batch\22, \22inputs\22: [{\22name\22: \22g\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}, {\22name\22: \22max_norm\22, \22dtype\22: \22f32\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22r\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @clip.k2.then0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = load float, ptr %10, align 4, !alias.scope !0, !noalias !3
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !5, !noalias !3
  %14 = fdiv float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !3
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !7

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @clip.k2.then0.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %11 = load float, ptr %10, align 4, !alias.scope !10, !noalias !13
  %12 = getelementptr inbounds float, ptr %6, i64 0
  %13 = load float, ptr %12, align 4, !alias.scope !15, !noalias !13
  %14 = fmul float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !13
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !17

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @clip.k2.then0(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
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
  %15 = call i32 @clip.k2.then0.k0(ptr %5, i64 0, i64 1)
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
  %21 = call i32 @clip.k2.then0.k1(ptr %6, i64 0, i64 8)
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
define internal i32 @clip.k2.else1(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
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
  %20 = load float, ptr %19, align 4, !alias.scope !18, !noalias !21
  %21 = fmul float %20, %20
  %22 = sub i64 %i, 0
  %23 = getelementptr inbounds float, ptr %5, i64 %22
  store float %21, ptr %23, align 4
  br label %latch

latch:                                            ; preds = %body
  %24 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !23

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
  store float %73, ptr %74, align 4, !alias.scope !21
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
  %13 = load float, ptr %12, align 4, !alias.scope !26, !noalias !29
  %14 = call float @llvm.sqrt.f32(float %13)
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !32, !noalias !33
  %16 = getelementptr inbounds float, ptr %6, i64 %i
  %17 = load float, ptr %16, align 4, !alias.scope !34, !noalias !29
  %18 = fcmp ogt float %14, %17
  %19 = getelementptr inbounds i8, ptr %10, i64 %i
  %20 = zext i1 %18 to i8
  store i8 %20, ptr %19, align 1, !alias.scope !33, !noalias !32
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !36

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #3

; Function Attrs: nounwind
define i32 @clip(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [2 x ptr], align 8
  %5 = alloca [4 x ptr], align 8
  %6 = call i32 @ftc_rt_alloc(ptr %3, i64 192)
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %fail, label %ok

fail:                                             ; preds = %regions.done, %ok1, %ok, %entry
  %status = phi i32 [ %6, %entry ], [ %13, %ok ], [ %22, %ok1 ], [ %region.status, %regions.done ]
  %8 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %8)
  ret i32 %status

ok:                                               ; preds = %entry
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %10, align 8
  %11 = getelementptr inbounds i8, ptr %9, i64 0
  %12 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %11, ptr %12, align 8
  %13 = call i32 @clip.k0(ptr %4, i64 0, i64 1)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %15 = getelementptr inbounds i8, ptr %9, i64 0
  %16 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %15, ptr %16, align 8
  %17 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %9, i64 64
  %19 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %9, i64 128
  %21 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %20, ptr %21, align 8
  %22 = call i32 @clip.k1(ptr %5, i64 0, i64 1)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %24 = getelementptr inbounds i8, ptr %9, i64 128
  %25 = load i8, ptr %24, align 1
  %26 = icmp ne i8 %25, 0
  %27 = select i1 %26, i64 0, i64 1
  br label %region.0

regions.done:                                     ; preds = %region.1, %region.0.run
  %region.status = phi i32 [ %31, %region.0.run ], [ %33, %region.1 ]
  %28 = icmp ne i32 %region.status, 0
  br i1 %28, label %fail, label %ok3

region.0:                                         ; preds = %ok2
  %29 = icmp eq i64 %27, 0
  br i1 %29, label %region.0.run, label %region.1

region.0.run:                                     ; preds = %region.0
  %30 = getelementptr inbounds i8, ptr %9, i64 64
  %31 = call i32 @clip.k2.then0(ptr %0, ptr %30, ptr %1, ptr %2)
  br label %regions.done

region.1:                                         ; preds = %region.0
  %32 = getelementptr inbounds i8, ptr %9, i64 64
  %33 = call i32 @clip.k2.else1(ptr %0, ptr %32, ptr %1, ptr %2)
  br label %regions.done

ok3:                                              ; preds = %regions.done
  %34 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %34)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k3.then0(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
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
  %15 = call i32 @clip.k2.then0.k0(ptr %5, i64 0, i64 1)
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
  %21 = call i32 @clip.k2.then0.k1(ptr %6, i64 0, i64 8)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %23 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %23)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @loss.k3.else1(ptr %0, ptr %1, ptr %2, ptr noalias %3) #1 {
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
  store float 1.000000e+00, ptr %6, align 4, !alias.scope !37
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !40

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @loss.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  %22 = load float, ptr %21, align 4, !alias.scope !41, !noalias !44
  %23 = getelementptr inbounds float, ptr %9, i64 %i
  %24 = load float, ptr %23, align 4, !alias.scope !46, !noalias !44
  %25 = fmul float %22, %24
  %26 = sub i64 %i, 0
  %27 = getelementptr inbounds float, ptr %5, i64 %26
  store float %25, ptr %27, align 4
  br label %latch

latch:                                            ; preds = %body
  %28 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !48

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
  store float %77, ptr %78, align 4, !alias.scope !44
  ret i32 0
}

; Function Attrs: nounwind
define i32 @loss(ptr %0, ptr %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [4 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %3, i64 256)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok4, %regions.done, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %14, %ok ], [ %19, %ok1 ], [ %29, %ok2 ], [ %region.status, %regions.done ], [ %49, %ok4 ]
  %10 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  %13 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %12, ptr %13, align 8
  %14 = call i32 @loss.k0(ptr %4, i64 0, i64 1)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds i8, ptr %11, i64 64
  %18 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %17, ptr %18, align 8
  %19 = call i32 @clip.k0(ptr %5, i64 0, i64 1)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %21 = getelementptr inbounds i8, ptr %11, i64 64
  %22 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %21, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %11, i64 0
  %24 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %23, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %11, i64 128
  %26 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %25, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %11, i64 192
  %28 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %27, ptr %28, align 8
  %29 = call i32 @clip.k1(ptr %6, i64 0, i64 1)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %31 = getelementptr inbounds i8, ptr %11, i64 192
  %32 = load i8, ptr %31, align 1
  %33 = icmp ne i8 %32, 0
  %34 = select i1 %33, i64 0, i64 1
  br label %region.0

regions.done:                                     ; preds = %region.1, %region.0.run
  %region.status = phi i32 [ %40, %region.0.run ], [ %44, %region.1 ]
  %35 = icmp ne i32 %region.status, 0
  br i1 %35, label %fail, label %ok4

region.0:                                         ; preds = %ok3
  %36 = icmp eq i64 %34, 0
  br i1 %36, label %region.0.run, label %region.1

region.0.run:                                     ; preds = %region.0
  %37 = getelementptr inbounds i8, ptr %11, i64 128
  %38 = getelementptr inbounds i8, ptr %11, i64 0
  %39 = getelementptr inbounds i8, ptr %11, i64 64
  %40 = call i32 @loss.k3.then0(ptr %0, ptr %37, ptr %38, ptr %39)
  br label %regions.done

region.1:                                         ; preds = %region.0
  %41 = getelementptr inbounds i8, ptr %11, i64 128
  %42 = getelementptr inbounds i8, ptr %11, i64 0
  %43 = getelementptr inbounds i8, ptr %11, i64 64
  %44 = call i32 @loss.k3.else1(ptr %0, ptr %41, ptr %42, ptr %43)
  br label %regions.done

ok4:                                              ; preds = %regions.done
  %45 = getelementptr inbounds i8, ptr %11, i64 64
  %46 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %1, ptr %47, align 8
  %48 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %2, ptr %48, align 8
  %49 = call i32 @loss.k4(ptr %7, i64 0, i64 1)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %51 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %51)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k3.then0.k0(ptr %0, i64 %1, i64 %2) #1 {
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
  %13 = load float, ptr %12, align 4, !alias.scope !49, !noalias !52
  %14 = getelementptr inbounds float, ptr %6, i64 %i
  %15 = load float, ptr %14, align 4, !alias.scope !55, !noalias !52
  %16 = fdiv float %13, %15
  %17 = getelementptr inbounds float, ptr %8, i64 %i
  store float %16, ptr %17, align 4, !alias.scope !57, !noalias !58
  %18 = fdiv float %16, %15
  %19 = fneg float %18
  %20 = getelementptr inbounds float, ptr %10, i64 %i
  store float %19, ptr %20, align 4, !alias.scope !58, !noalias !57
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !59

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k3.then0.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = getelementptr inbounds float, ptr %4, i64 0
  %13 = load float, ptr %12, align 4, !alias.scope !60, !noalias !63
  %14 = getelementptr inbounds float, ptr %8, i64 %i
  store float %13, ptr %14, align 4, !alias.scope !66, !noalias !67
  %15 = getelementptr inbounds float, ptr %6, i64 %i
  %16 = load float, ptr %15, align 4, !alias.scope !68, !noalias !63
  %17 = fmul float %16, %13
  %18 = getelementptr inbounds float, ptr %10, i64 %i
  store float %17, ptr %18, align 4, !alias.scope !67, !noalias !66
  br label %latch

latch:                                            ; preds = %body
  %19 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !70

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k3.then0(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6) #1 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [4 x ptr], align 8
  %9 = alloca [4 x ptr], align 8
  %10 = call i32 @ftc_rt_alloc(ptr %7, i64 64)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %10, %entry ], [ %19, %ok ], [ %26, %ok1 ]
  %12 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %7, align 8
  %14 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %2, ptr %14, align 8
  %15 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %1, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %13, i64 0
  %17 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %16, ptr %17, align 8
  %18 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %4, ptr %18, align 8
  %19 = call i32 @dloss.k3.then0.k0(ptr %8, i64 0, i64 1)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %21 = getelementptr inbounds i8, ptr %13, i64 0
  %22 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %21, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %0, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %5, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %3, ptr %25, align 8
  %26 = call i32 @dloss.k3.then0.k1(ptr %9, i64 0, i64 8)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %0, i64 32, i1 false)
  %28 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %28)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dloss.k3.else1.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  store float 0.000000e+00, ptr %6, align 4, !alias.scope !71
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !74

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k3.else1.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  store float 0.000000e+00, ptr %6, align 4, !alias.scope !75
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !78

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k3.else1(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6) #1 {
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
  %15 = call i32 @dloss.k3.else1.k0(ptr %8, i64 0, i64 1)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %17 = getelementptr inbounds i8, ptr %13, i64 0
  %18 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %17, ptr %18, align 8
  %19 = call i32 @dloss.k3.else1.k1(ptr %9, i64 0, i64 8)
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
define internal i32 @dloss.k4.then0.k0(ptr %0, i64 %1, i64 %2) #1 {
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
  %11 = load float, ptr %10, align 4, !alias.scope !79, !noalias !82
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !84, !noalias !82
  %14 = fmul float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !82
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !86

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
  %7 = getelementptr inbounds ptr, ptr %0, i64 2
  %8 = load ptr, ptr %7, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %16, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !87, !noalias !90
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !92, !noalias !90
  %14 = fmul float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !90
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !94

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k4.then0(ptr %0, ptr %1, ptr %2, ptr %3, ptr noalias %4, ptr noalias %5) #1 {
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
  %17 = call i32 @dloss.k4.then0.k0(ptr %7, i64 0, i64 8)
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
  %23 = call i32 @loss.k4(ptr %8, i64 0, i64 1)
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
  %29 = call i32 @dloss.k4.then0.k2(ptr %9, i64 0, i64 1)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %31 = load ptr, ptr %6, align 8
  call void @ftc_rt_free(ptr %31)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dloss.k4.else1(ptr %0, ptr %1, ptr %2, ptr %3, ptr noalias %4, ptr noalias %5) #1 {
entry:
  %6 = alloca ptr, align 8
  store ptr null, ptr %6, align 8
  %7 = alloca [1 x ptr], align 8
  %8 = load ptr, ptr %6, align 8
  %9 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %5, ptr %9, align 8
  %10 = call i32 @dloss.k3.else1.k0(ptr %7, i64 0, i64 1)
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
define internal i32 @dloss.k5(ptr %0, i64 %1, i64 %2) #1 {
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
  %11 = load float, ptr %10, align 4, !alias.scope !95, !noalias !98
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !100, !noalias !98
  %14 = fadd float %13, %13
  %15 = fdiv float %11, %14
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  store float %15, ptr %16, align 4, !alias.scope !98
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !102

exit:                                             ; preds = %loop
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
  %9 = getelementptr inbounds ptr, ptr %0, i64 3
  %10 = load ptr, ptr %9, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %22, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = getelementptr inbounds float, ptr %4, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !103, !noalias !106
  %14 = getelementptr inbounds float, ptr %6, i64 0
  %15 = load float, ptr %14, align 4, !alias.scope !108, !noalias !106
  %16 = getelementptr inbounds float, ptr %8, i64 %i
  %17 = load float, ptr %16, align 4, !alias.scope !110, !noalias !106
  %18 = fmul float %15, %17
  %19 = fadd float %13, %18
  %20 = fadd float %19, %18
  %21 = getelementptr inbounds float, ptr %10, i64 %i
  store float %20, ptr %21, align 4, !alias.scope !106
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !112

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
  %6 = alloca [4 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [4 x ptr], align 8
  %9 = call i32 @ftc_rt_alloc(ptr %3, i64 512)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %ok11, %ok10, %regions.done5, %regions.done, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %9, %entry ], [ %15, %ok ], [ %20, %ok1 ], [ %30, %ok2 ], [ %region.status, %regions.done ], [ %region.status9, %regions.done5 ], [ %76, %ok10 ], [ %84, %ok11 ]
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
  %24 = getelementptr inbounds i8, ptr %12, i64 0
  %25 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %12, i64 128
  %27 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %12, i64 192
  %29 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %28, ptr %29, align 8
  %30 = call i32 @clip.k1(ptr %6, i64 0, i64 1)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %32 = getelementptr inbounds i8, ptr %12, i64 192
  %33 = load i8, ptr %32, align 1
  %34 = icmp ne i8 %33, 0
  %35 = select i1 %34, i64 0, i64 1
  br label %region.0

regions.done:                                     ; preds = %region.1, %region.0.run
  %region.status = phi i32 [ %44, %region.0.run ], [ %51, %region.1 ]
  %36 = icmp ne i32 %region.status, 0
  br i1 %36, label %fail, label %ok4

region.0:                                         ; preds = %ok3
  %37 = icmp eq i64 %35, 0
  br i1 %37, label %region.0.run, label %region.1

region.0.run:                                     ; preds = %region.0
  %38 = getelementptr inbounds i8, ptr %12, i64 128
  %39 = getelementptr inbounds i8, ptr %12, i64 0
  %40 = getelementptr inbounds i8, ptr %12, i64 64
  %41 = getelementptr inbounds i8, ptr %12, i64 256
  %42 = getelementptr inbounds i8, ptr %12, i64 320
  %43 = getelementptr inbounds i8, ptr %12, i64 384
  %44 = call i32 @dloss.k3.then0(ptr %0, ptr %38, ptr %39, ptr %40, ptr %41, ptr %42, ptr %43)
  br label %regions.done

region.1:                                         ; preds = %region.0
  %45 = getelementptr inbounds i8, ptr %12, i64 128
  %46 = getelementptr inbounds i8, ptr %12, i64 0
  %47 = getelementptr inbounds i8, ptr %12, i64 64
  %48 = getelementptr inbounds i8, ptr %12, i64 256
  %49 = getelementptr inbounds i8, ptr %12, i64 320
  %50 = getelementptr inbounds i8, ptr %12, i64 384
  %51 = call i32 @dloss.k3.else1(ptr %0, ptr %45, ptr %46, ptr %47, ptr %48, ptr %49, ptr %50)
  br label %regions.done

ok4:                                              ; preds = %regions.done
  %52 = getelementptr inbounds i8, ptr %12, i64 192
  %53 = load i8, ptr %52, align 1
  %54 = icmp ne i8 %53, 0
  %55 = select i1 %54, i64 0, i64 1
  br label %region.06

regions.done5:                                    ; preds = %region.18, %region.0.run7
  %region.status9 = phi i32 [ %63, %region.0.run7 ], [ %69, %region.18 ]
  %56 = icmp ne i32 %region.status9, 0
  br i1 %56, label %fail, label %ok10

region.06:                                        ; preds = %ok4
  %57 = icmp eq i64 %55, 0
  br i1 %57, label %region.0.run7, label %region.18

region.0.run7:                                    ; preds = %region.06
  %58 = getelementptr inbounds i8, ptr %12, i64 256
  %59 = getelementptr inbounds i8, ptr %12, i64 320
  %60 = getelementptr inbounds i8, ptr %12, i64 384
  %61 = getelementptr inbounds i8, ptr %12, i64 0
  %62 = getelementptr inbounds i8, ptr %12, i64 448
  %63 = call i32 @dloss.k4.then0(ptr %58, ptr %59, ptr %60, ptr %1, ptr %61, ptr %62)
  br label %regions.done5

region.18:                                        ; preds = %region.06
  %64 = getelementptr inbounds i8, ptr %12, i64 256
  %65 = getelementptr inbounds i8, ptr %12, i64 320
  %66 = getelementptr inbounds i8, ptr %12, i64 384
  %67 = getelementptr inbounds i8, ptr %12, i64 0
  %68 = getelementptr inbounds i8, ptr %12, i64 448
  %69 = call i32 @dloss.k4.else1(ptr %64, ptr %65, ptr %66, ptr %1, ptr %67, ptr %68)
  br label %regions.done5

ok10:                                             ; preds = %regions.done5
  %70 = getelementptr inbounds i8, ptr %12, i64 448
  %71 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %12, i64 128
  %73 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %12, i64 192
  %75 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %74, ptr %75, align 8
  %76 = call i32 @dloss.k5(ptr %7, i64 0, i64 1)
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %78 = getelementptr inbounds i8, ptr %12, i64 0
  %79 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %78, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %12, i64 192
  %81 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %0, ptr %82, align 8
  %83 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %2, ptr %83, align 8
  %84 = call i32 @dloss.k6(ptr %8, i64 0, i64 8)
  %85 = icmp ne i32 %84, 0
  br i1 %85, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %86 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %86)
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

latch:                                            ; preds = %exit19
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
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %42, %latch8 ]
  %34 = icmp slt i64 %i10, 8
  br i1 %34, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %35 = mul nsw i64 %i5, 8
  %36 = add nsw i64 %35, %i10
  %37 = getelementptr inbounds float, ptr %11, i64 %36
  %38 = load float, ptr %37, align 4, !alias.scope !113, !noalias !116
  %39 = fmul float %38, %38
  %40 = sub i64 %i10, 0
  %41 = getelementptr inbounds float, ptr %9, i64 %40
  store float %39, ptr %41, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %42 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !118

exit9:                                            ; preds = %loop6
  %43 = getelementptr inbounds <16 x float>, ptr %9, i64 0
  %44 = load <16 x float>, ptr %43, align 4
  store <16 x float> %44, ptr %7, align 4
  %45 = getelementptr inbounds float, ptr %7, i64 0
  %46 = load float, ptr %45, align 4
  %47 = getelementptr inbounds float, ptr %7, i64 1
  %48 = load float, ptr %47, align 4
  %49 = getelementptr inbounds float, ptr %7, i64 2
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %7, i64 3
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %7, i64 4
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %7, i64 5
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %7, i64 6
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %7, i64 7
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds float, ptr %7, i64 8
  %62 = load float, ptr %61, align 4
  %63 = getelementptr inbounds float, ptr %7, i64 9
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %7, i64 10
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %7, i64 11
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %7, i64 12
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %7, i64 13
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %7, i64 14
  %74 = load float, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %7, i64 15
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
  %92 = sub i64 %i5, %17
  %93 = getelementptr inbounds float, ptr %3, i64 %92
  store float %91, ptr %93, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %i, %exit4 ], [ %110, %latch13 ]
  %94 = icmp slt i64 %i15, %33
  br i1 %94, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %95 = sub i64 %i15, %17
  %96 = getelementptr inbounds float, ptr %3, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = call float @llvm.sqrt.f32(float %97)
  %99 = sub i64 %i15, %18
  %100 = getelementptr inbounds float, ptr %4, i64 %99
  store float %98, ptr %100, align 4
  %101 = getelementptr inbounds float, ptr %13, i64 0
  %102 = load float, ptr %101, align 4, !alias.scope !119, !noalias !116
  %103 = fcmp ogt float %98, %102
  %104 = sub i64 %i15, %19
  %105 = getelementptr inbounds i8, ptr %5, i64 %104
  %106 = zext i1 %103 to i8
  store i8 %106, ptr %105, align 1
  %107 = fdiv float %102, %98
  %108 = sub i64 %i15, %20
  %109 = getelementptr inbounds float, ptr %6, i64 %108
  store float %107, ptr %109, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %110 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !121

exit14:                                           ; preds = %loop11
  %111 = add nsw i64 %i, 1
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ %i, %exit14 ], [ %113, %latch18 ]
  %112 = icmp slt i64 %i20, %111
  br i1 %112, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %113 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %131, %latch23 ]
  %114 = icmp slt i64 %i25, 8
  br i1 %114, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %115 = sub i64 %i20, %19
  %116 = getelementptr inbounds i8, ptr %5, i64 %115
  %117 = load i8, ptr %116, align 1
  %118 = icmp ne i8 %117, 0
  %119 = mul nsw i64 %i20, 8
  %120 = add nsw i64 %119, %i25
  %121 = getelementptr inbounds float, ptr %11, i64 %120
  %122 = load float, ptr %121, align 4, !alias.scope !113, !noalias !116
  %123 = sub i64 %i20, %20
  %124 = getelementptr inbounds float, ptr %6, i64 %123
  %125 = load float, ptr %124, align 4
  %126 = fmul float %122, %125
  %127 = select i1 %118, float %126, float %122
  %128 = mul nsw i64 %i20, 8
  %129 = add nsw i64 %128, %i25
  %130 = getelementptr inbounds float, ptr %15, i64 %129
  store float %127, ptr %130, align 4, !alias.scope !116
  br label %latch23

latch23:                                          ; preds = %body22
  %131 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !122

exit24:                                           ; preds = %loop21
  br label %latch18
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

!0 = !{!1}
!1 = !{!"clip.k2.then0.k0.buffer0", !2}
!2 = !{!"clip.k2.then0.k0.buffers"}
!3 = !{!4}
!4 = !{!"clip.k2.then0.k0.buffer2", !2}
!5 = !{!6}
!6 = !{!"clip.k2.then0.k0.buffer1", !2}
!7 = distinct !{!7, !8, !9}
!8 = !{!"llvm.loop.vectorize.width", i32 8}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = !{!11}
!11 = !{!"clip.k2.then0.k1.buffer0", !12}
!12 = !{!"clip.k2.then0.k1.buffers"}
!13 = !{!14}
!14 = !{!"clip.k2.then0.k1.buffer2", !12}
!15 = !{!16}
!16 = !{!"clip.k2.then0.k1.buffer1", !12}
!17 = distinct !{!17, !8, !9}
!18 = !{!19}
!19 = !{!"clip.k0.buffer0", !20}
!20 = !{!"clip.k0.buffers"}
!21 = !{!22}
!22 = !{!"clip.k0.buffer1", !20}
!23 = distinct !{!23, !24, !25, !9}
!24 = !{!"llvm.loop.vectorize.enable", i1 true}
!25 = !{!"llvm.loop.vectorize.width", i32 16}
!26 = !{!27}
!27 = !{!"clip.k1.buffer0", !28}
!28 = !{!"clip.k1.buffers"}
!29 = !{!30, !31}
!30 = !{!"clip.k1.buffer2", !28}
!31 = !{!"clip.k1.buffer3", !28}
!32 = !{!30}
!33 = !{!31}
!34 = !{!35}
!35 = !{!"clip.k1.buffer1", !28}
!36 = distinct !{!36, !8, !9}
!37 = !{!38}
!38 = !{!"loss.k0.buffer0", !39}
!39 = !{!"loss.k0.buffers"}
!40 = distinct !{!40, !8, !9}
!41 = !{!42}
!42 = !{!"loss.k4.buffer0", !43}
!43 = !{!"loss.k4.buffers"}
!44 = !{!45}
!45 = !{!"loss.k4.buffer2", !43}
!46 = !{!47}
!47 = !{!"loss.k4.buffer1", !43}
!48 = distinct !{!48, !24, !25, !9}
!49 = !{!50}
!50 = !{!"dloss.k3.then0.k0.buffer0", !51}
!51 = !{!"dloss.k3.then0.k0.buffers"}
!52 = !{!53, !54}
!53 = !{!"dloss.k3.then0.k0.buffer2", !51}
!54 = !{!"dloss.k3.then0.k0.buffer3", !51}
!55 = !{!56}
!56 = !{!"dloss.k3.then0.k0.buffer1", !51}
!57 = !{!53}
!58 = !{!54}
!59 = distinct !{!59, !8, !9}
!60 = !{!61}
!61 = !{!"dloss.k3.then0.k1.buffer0", !62}
!62 = !{!"dloss.k3.then0.k1.buffers"}
!63 = !{!64, !65}
!64 = !{!"dloss.k3.then0.k1.buffer2", !62}
!65 = !{!"dloss.k3.then0.k1.buffer3", !62}
!66 = !{!64}
!67 = !{!65}
!68 = !{!69}
!69 = !{!"dloss.k3.then0.k1.buffer1", !62}
!70 = distinct !{!70, !8, !9}
!71 = !{!72}
!72 = !{!"dloss.k3.else1.k0.buffer0", !73}
!73 = !{!"dloss.k3.else1.k0.buffers"}
!74 = distinct !{!74, !8, !9}
!75 = !{!76}
!76 = !{!"dloss.k3.else1.k1.buffer0", !77}
!77 = !{!"dloss.k3.else1.k1.buffers"}
!78 = distinct !{!78, !8, !9}
!79 = !{!80}
!80 = !{!"dloss.k4.then0.k0.buffer0", !81}
!81 = !{!"dloss.k4.then0.k0.buffers"}
!82 = !{!83}
!83 = !{!"dloss.k4.then0.k0.buffer2", !81}
!84 = !{!85}
!85 = !{!"dloss.k4.then0.k0.buffer1", !81}
!86 = distinct !{!86, !8, !9}
!87 = !{!88}
!88 = !{!"dloss.k4.then0.k2.buffer0", !89}
!89 = !{!"dloss.k4.then0.k2.buffers"}
!90 = !{!91}
!91 = !{!"dloss.k4.then0.k2.buffer2", !89}
!92 = !{!93}
!93 = !{!"dloss.k4.then0.k2.buffer1", !89}
!94 = distinct !{!94, !8, !9}
!95 = !{!96}
!96 = !{!"dloss.k5.buffer0", !97}
!97 = !{!"dloss.k5.buffers"}
!98 = !{!99}
!99 = !{!"dloss.k5.buffer2", !97}
!100 = !{!101}
!101 = !{!"dloss.k5.buffer1", !97}
!102 = distinct !{!102, !8, !9}
!103 = !{!104}
!104 = !{!"dloss.k6.buffer0", !105}
!105 = !{!"dloss.k6.buffers"}
!106 = !{!107}
!107 = !{!"dloss.k6.buffer3", !105}
!108 = !{!109}
!109 = !{!"dloss.k6.buffer1", !105}
!110 = !{!111}
!111 = !{!"dloss.k6.buffer2", !105}
!112 = distinct !{!112, !8, !9}
!113 = !{!114}
!114 = !{!"clip_batch.rows0.buffer0", !115}
!115 = !{!"clip_batch.rows0.buffers"}
!116 = !{!117}
!117 = !{!"clip_batch.rows0.buffer2", !115}
!118 = distinct !{!118, !24, !25, !9}
!119 = !{!120}
!120 = !{!"clip_batch.rows0.buffer1", !115}
!121 = distinct !{!121, !8, !9}
!122 = distinct !{!122, !8, !9}
