; ModuleID = 'newton_while'
source_filename = "newton_while"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [486 x i8] c"{\22module\22: \22newton_while\22, \22functions\22: [{\22name\22: \22root\22, \22symbol\22: \22root\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22b\22, \22dtype\22: \22f64\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f64\22, \22shape\22: []}]}, {\22name\22: \22grad_root\22, \22symbol\22: \22grad_root\22, \22inputs\22: [{\22name\22: \22a\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22b\22, \22dtype\22: \22f64\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22d_a\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_b\22, \22dtype\22: \22f64\22, \22shape\22: []}]}]}\00"

; Function Attrs: nounwind
define internal i32 @root.k1.cond0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %27, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = getelementptr inbounds double, ptr %4, i64 %i
  %13 = load double, ptr %12, align 8, !alias.scope !0, !noalias !3
  %14 = fmul double %13, %13
  %15 = fmul double %14, %13
  %16 = getelementptr inbounds double, ptr %6, i64 %i
  %17 = load double, ptr %16, align 8, !alias.scope !5, !noalias !3
  %18 = fmul double %17, %13
  %19 = fadd double %15, %18
  %20 = getelementptr inbounds double, ptr %8, i64 %i
  %21 = load double, ptr %20, align 8, !alias.scope !7, !noalias !3
  %22 = fsub double %19, %21
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = fcmp ogt double %23, 0x3D719799812DEA11
  %25 = getelementptr inbounds i8, ptr %10, i64 %i
  %26 = zext i1 %24 to i8
  store i8 %26, ptr %25, align 1, !alias.scope !3
  br label %latch

latch:                                            ; preds = %body
  %27 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !9

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nounwind
define internal i32 @root.k1.cond0(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr %4) #0 {
entry:
  %5 = alloca ptr, align 8
  store ptr null, ptr %5, align 8
  %6 = alloca [4 x ptr], align 8
  %7 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %7, align 8
  %8 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %1, ptr %8, align 8
  %9 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %2, ptr %9, align 8
  %10 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %3, ptr %10, align 8
  %11 = call i32 @root.k1.cond0.k0(ptr %6, i64 0, i64 1)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %11, %entry ]
  ret i32 %status

ok:                                               ; preds = %entry
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @root.k1.body1.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %28, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = getelementptr inbounds double, ptr %4, i64 %i
  %13 = load double, ptr %12, align 8, !alias.scope !12, !noalias !15
  %14 = fmul double %13, %13
  %15 = fmul double %14, %13
  %16 = getelementptr inbounds double, ptr %6, i64 %i
  %17 = load double, ptr %16, align 8, !alias.scope !17, !noalias !15
  %18 = fmul double %17, %13
  %19 = fadd double %15, %18
  %20 = getelementptr inbounds double, ptr %8, i64 %i
  %21 = load double, ptr %20, align 8, !alias.scope !19, !noalias !15
  %22 = fsub double %19, %21
  %23 = fmul double 3.000000e+00, %14
  %24 = fadd double %23, %17
  %25 = fdiv double %22, %24
  %26 = fsub double %13, %25
  %27 = getelementptr inbounds double, ptr %10, i64 %i
  store double %26, ptr %27, align 8, !alias.scope !15
  br label %latch

latch:                                            ; preds = %body
  %28 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !21

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @root.k1.body1(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr %4, ptr %5, ptr %6) #0 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [4 x ptr], align 8
  %9 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %0, ptr %9, align 8
  %10 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %1, ptr %10, align 8
  %11 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %2, ptr %11, align 8
  %12 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %3, ptr %12, align 8
  %13 = call i32 @root.k1.body1.k0(ptr %8, i64 0, i64 1)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %13, %entry ]
  ret i32 %status

ok:                                               ; preds = %entry
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @root.k0(ptr %0, i64 %1, i64 %2) #2 {
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
  %6 = getelementptr inbounds double, ptr %4, i64 %i
  store double 1.000000e+00, ptr %6, align 8, !alias.scope !22
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !25

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @root(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = call i32 @ftc_rt_alloc(ptr %3, i64 192)
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %fail, label %ok

fail:                                             ; preds = %loop.body.failed2, %while.max_trips, %loop.body.failed, %loop.alloc.failed, %ok, %entry
  %status = phi i32 [ %5, %entry ], [ %11, %ok ], [ %14, %loop.alloc.failed ], [ %27, %loop.body.failed ], [ 3, %while.max_trips ], [ %35, %loop.body.failed2 ]
  %7 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %7)
  ret i32 %status

ok:                                               ; preds = %entry
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds i8, ptr %8, i64 0
  %10 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %9, ptr %10, align 8
  %11 = call i32 @root.k0(ptr %4, i64 0, i64 1)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %13 = alloca ptr, align 8
  %14 = call i32 @ftc_rt_alloc(ptr %13, i64 256)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok1
  br label %fail

loop.alloc.ok:                                    ; preds = %ok1
  %16 = load ptr, ptr %13, align 8
  %17 = getelementptr inbounds i8, ptr %16, i64 0
  %18 = getelementptr inbounds i8, ptr %16, i64 128
  %19 = getelementptr inbounds i8, ptr %16, i64 256
  %20 = getelementptr inbounds i8, ptr %16, i64 256
  %21 = getelementptr inbounds i8, ptr %8, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %21, i64 8, i1 false)
  %22 = alloca i8, align 1
  br label %while.cond

while.cond:                                       ; preds = %loop.body.ok3, %loop.alloc.ok
  %trip = phi i64 [ 0, %loop.alloc.ok ], [ %37, %loop.body.ok3 ]
  %23 = and i64 %trip, 1
  %24 = icmp eq i64 %23, 0
  %25 = select i1 %24, ptr %17, ptr %18
  %26 = select i1 %24, ptr %18, ptr %17
  %27 = call i32 @root.k1.cond0(ptr %25, ptr %0, ptr %1, ptr %22, ptr %19)
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %loop.body.failed, label %loop.body.ok

while.body:                                       ; preds = %loop.body.ok
  %29 = icmp sge i64 %trip, 50
  br i1 %29, label %while.max_trips, label %while.trip

while.exit:                                       ; preds = %loop.body.ok
  call void @llvm.memcpy.p0.p0.i64(ptr %2, ptr %25, i64 8, i1 false)
  %30 = getelementptr inbounds i8, ptr %8, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %30, ptr %0, i64 8, i1 false)
  %31 = getelementptr inbounds i8, ptr %8, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %31, ptr %1, i64 8, i1 false)
  call void @ftc_rt_free(ptr %16)
  %32 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %32)
  ret i32 0

loop.body.failed:                                 ; preds = %while.cond
  call void @ftc_rt_free(ptr %16)
  br label %fail

loop.body.ok:                                     ; preds = %while.cond
  %33 = load i8, ptr %22, align 1
  %34 = icmp ne i8 %33, 0
  br i1 %34, label %while.body, label %while.exit

while.max_trips:                                  ; preds = %while.body
  call void @ftc_rt_free(ptr %16)
  br label %fail

while.trip:                                       ; preds = %while.body
  %35 = call i32 @root.k1.body1(ptr %25, ptr %0, ptr %1, ptr %26, ptr %0, ptr %1, ptr %20)
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %loop.body.failed2, label %loop.body.ok3

loop.body.failed2:                                ; preds = %while.trip
  call void @ftc_rt_free(ptr %16)
  br label %fail

loop.body.ok3:                                    ; preds = %while.trip
  %37 = add nsw i64 %trip, 1
  br label %while.cond
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind
define internal i32 @grad_root.k3.body0.k1.then0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %8 = getelementptr inbounds double, ptr %4, i64 %i
  %9 = load double, ptr %8, align 8, !alias.scope !26, !noalias !29
  %10 = fmul double %9, %9
  %11 = getelementptr inbounds double, ptr %6, i64 %i
  store double %10, ptr %11, align 8, !alias.scope !29
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !31

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k3.body0.k1.then0.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %15 = getelementptr inbounds ptr, ptr %0, i64 6
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 7
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds ptr, ptr %0, i64 8
  %20 = load ptr, ptr %19, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %45, %latch ]
  %21 = icmp slt i64 %i, %2
  br i1 %21, label %body, label %exit

body:                                             ; preds = %loop
  %22 = getelementptr inbounds double, ptr %12, i64 %i
  store double 3.000000e+00, ptr %22, align 8, !alias.scope !32, !noalias !35
  %23 = getelementptr inbounds double, ptr %4, i64 %i
  %24 = load double, ptr %23, align 8, !alias.scope !40, !noalias !42
  %25 = fmul double 3.000000e+00, %24
  %26 = getelementptr inbounds double, ptr %6, i64 %i
  %27 = load double, ptr %26, align 8, !alias.scope !43, !noalias !42
  %28 = fadd double %25, %27
  %29 = getelementptr inbounds double, ptr %14, i64 %i
  store double %28, ptr %29, align 8, !alias.scope !45, !noalias !46
  %30 = getelementptr inbounds double, ptr %8, i64 %i
  %31 = load double, ptr %30, align 8, !alias.scope !47, !noalias !42
  %32 = fmul double %24, %31
  %33 = fmul double %27, %31
  %34 = fadd double %32, %33
  %35 = getelementptr inbounds double, ptr %10, i64 %i
  %36 = load double, ptr %35, align 8, !alias.scope !49, !noalias !42
  %37 = fsub double %34, %36
  %38 = fdiv double %37, %28
  %39 = getelementptr inbounds double, ptr %16, i64 %i
  store double %38, ptr %39, align 8, !alias.scope !51, !noalias !52
  %40 = fdiv double %38, %28
  %41 = fneg double %40
  %42 = getelementptr inbounds double, ptr %18, i64 %i
  store double %41, ptr %42, align 8, !alias.scope !53, !noalias !54
  %43 = fsub double %31, %38
  %44 = getelementptr inbounds double, ptr %20, i64 %i
  store double %43, ptr %44, align 8, !alias.scope !55, !noalias !56
  br label %latch

latch:                                            ; preds = %body
  %45 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !57

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k3.body0.k1.then0(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #0 {
entry:
  %12 = alloca ptr, align 8
  store ptr null, ptr %12, align 8
  %13 = alloca [2 x ptr], align 8
  %14 = alloca [9 x ptr], align 8
  %15 = call i32 @ftc_rt_alloc(ptr %12, i64 64)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %15, %entry ], [ %21, %ok ], [ %33, %ok1 ]
  %17 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %17)
  ret i32 %status

ok:                                               ; preds = %entry
  %18 = load ptr, ptr %12, align 8
  %19 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %7, ptr %20, align 8
  %21 = call i32 @grad_root.k3.body0.k1.then0.k0(ptr %13, i64 0, i64 1)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %23 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %7, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %1, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %0, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %2, ptr %26, align 8
  %27 = getelementptr inbounds ptr, ptr %14, i64 4
  store ptr %9, ptr %27, align 8
  %28 = getelementptr inbounds ptr, ptr %14, i64 5
  store ptr %10, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %18, i64 0
  %30 = getelementptr inbounds ptr, ptr %14, i64 6
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds ptr, ptr %14, i64 7
  store ptr %11, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %14, i64 8
  store ptr %3, ptr %32, align 8
  %33 = call i32 @grad_root.k3.body0.k1.then0.k1(ptr %14, i64 0, i64 1)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  call void @llvm.memcpy.p0.p0.i64(ptr %4, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %5, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %1, i64 8, i1 false)
  %35 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %35)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_root.k3.body0.k1.else1.k0(ptr %0, i64 %1, i64 %2) #2 {
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
  %6 = getelementptr inbounds double, ptr %4, i64 %i
  store double 0.000000e+00, ptr %6, align 8, !alias.scope !58
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !61

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k3.body0.k1.else1(ptr %0, ptr %1, ptr %2, ptr noalias %3, ptr noalias %4, ptr noalias %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #0 {
entry:
  %12 = alloca ptr, align 8
  store ptr null, ptr %12, align 8
  %13 = alloca [1 x ptr], align 8
  %14 = call i32 @ftc_rt_alloc(ptr %12, i64 64)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok

fail:                                             ; preds = %ok, %entry
  %status = phi i32 [ %14, %entry ], [ %20, %ok ]
  %16 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %16)
  ret i32 %status

ok:                                               ; preds = %entry
  %17 = load ptr, ptr %12, align 8
  %18 = getelementptr inbounds i8, ptr %17, i64 0
  %19 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %18, ptr %19, align 8
  %20 = call i32 @grad_root.k3.body0.k1.else1.k0(ptr %13, i64 0, i64 1)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok1

ok1:                                              ; preds = %ok
  call void @llvm.memcpy.p0.p0.i64(ptr %3, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %4, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %5, ptr %2, i64 8, i1 false)
  %22 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %22, i64 8, i1 false)
  %23 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %23, i64 8, i1 false)
  %24 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %24, i64 8, i1 false)
  %25 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %25, i64 8, i1 false)
  %26 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %26, i64 8, i1 false)
  %27 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %27, i64 8, i1 false)
  %28 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %28)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k3.body0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %33, %latch ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i8, ptr %4, i64 %i
  %15 = load i8, ptr %14, align 1, !alias.scope !62, !noalias !65
  %16 = icmp ne i8 %15, 0
  %17 = getelementptr inbounds double, ptr %6, i64 %i
  %18 = load double, ptr %17, align 8, !alias.scope !67, !noalias !65
  %19 = fmul double %18, %18
  %20 = fmul double %19, %18
  %21 = getelementptr inbounds double, ptr %8, i64 %i
  %22 = load double, ptr %21, align 8, !alias.scope !69, !noalias !65
  %23 = fmul double %22, %18
  %24 = fadd double %20, %23
  %25 = getelementptr inbounds double, ptr %10, i64 %i
  %26 = load double, ptr %25, align 8, !alias.scope !71, !noalias !65
  %27 = fsub double %24, %26
  %28 = call double @llvm.fabs.f64(double %27)
  %29 = fcmp ogt double %28, 0x3D719799812DEA11
  %30 = and i1 %16, %29
  %31 = getelementptr inbounds i8, ptr %12, i64 %i
  %32 = zext i1 %30 to i8
  store i8 %32, ptr %31, align 1, !alias.scope !65
  br label %latch

latch:                                            ; preds = %body
  %33 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !73

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k3.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr noalias %4, ptr noalias %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr %15) #0 {
entry:
  %16 = alloca ptr, align 8
  store ptr null, ptr %16, align 8
  %17 = alloca [5 x ptr], align 8
  %18 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %3, ptr %18, align 8
  %19 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %1, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %2, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %15, i64 0
  %23 = getelementptr inbounds ptr, ptr %17, i64 4
  store ptr %22, ptr %23, align 8
  %24 = call i32 @grad_root.k3.body0.k0(ptr %17, i64 0, i64 1)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok

fail:                                             ; preds = %regions.done, %entry
  %status = phi i32 [ %24, %entry ], [ %region.status, %regions.done ]
  ret i32 %status

ok:                                               ; preds = %entry
  %26 = getelementptr inbounds i8, ptr %15, i64 0
  %27 = load i8, ptr %26, align 1
  %28 = icmp ne i8 %27, 0
  %29 = select i1 %28, i64 0, i64 1
  br label %region.0

regions.done:                                     ; preds = %region.1, %region.0.run
  %region.status = phi i32 [ %32, %region.0.run ], [ %33, %region.1 ]
  %30 = icmp ne i32 %region.status, 0
  br i1 %30, label %fail, label %ok1

region.0:                                         ; preds = %ok
  %31 = icmp eq i64 %29, 0
  br i1 %31, label %region.0.run, label %region.1

region.0.run:                                     ; preds = %region.0
  %32 = call i32 @grad_root.k3.body0.k1.then0(ptr %0, ptr %1, ptr %2, ptr %4, ptr %5, ptr %6, ptr %9, ptr %10, ptr %11, ptr %12, ptr %13, ptr %14)
  br label %regions.done

region.1:                                         ; preds = %region.0
  %33 = call i32 @grad_root.k3.body0.k1.else1(ptr %0, ptr %1, ptr %2, ptr %4, ptr %5, ptr %6, ptr %9, ptr %10, ptr %11, ptr %12, ptr %13, ptr %14)
  br label %regions.done

ok1:                                              ; preds = %regions.done
  %34 = getelementptr inbounds i8, ptr %15, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %34, i64 1, i1 false)
  %35 = getelementptr inbounds i8, ptr %15, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %35, i64 1, i1 false)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k4.body0.k0.then0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #0 {
entry:
  %12 = alloca ptr, align 8
  store ptr null, ptr %12, align 8
  %13 = load ptr, ptr %12, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %5, i64 8, i1 false)
  ret i32 0

fail:                                             ; No predecessors!
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k4.body0.k0.else1(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #0 {
entry:
  %12 = alloca ptr, align 8
  store ptr null, ptr %12, align 8
  %13 = alloca [1 x ptr], align 8
  %14 = call i32 @ftc_rt_alloc(ptr %12, i64 64)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok

fail:                                             ; preds = %ok, %entry
  %status = phi i32 [ %14, %entry ], [ %20, %ok ]
  %16 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %16)
  ret i32 %status

ok:                                               ; preds = %entry
  %17 = load ptr, ptr %12, align 8
  %18 = getelementptr inbounds i8, ptr %17, i64 0
  %19 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %18, ptr %19, align 8
  %20 = call i32 @grad_root.k3.body0.k1.else1.k0(ptr %13, i64 0, i64 1)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %22 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %22, i64 8, i1 false)
  %23 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %23, i64 8, i1 false)
  %24 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %24, i64 8, i1 false)
  %25 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %25, i64 8, i1 false)
  %26 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %26, i64 8, i1 false)
  %27 = getelementptr inbounds i8, ptr %17, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %27, i64 8, i1 false)
  %28 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %28)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k4.body0.k1.then0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %15 = getelementptr inbounds ptr, ptr %0, i64 6
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds ptr, ptr %0, i64 7
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds ptr, ptr %0, i64 8
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds ptr, ptr %0, i64 9
  %22 = load ptr, ptr %21, align 8
  %23 = getelementptr inbounds ptr, ptr %0, i64 10
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds ptr, ptr %0, i64 11
  %26 = load ptr, ptr %25, align 8
  %27 = getelementptr inbounds ptr, ptr %0, i64 12
  %28 = load ptr, ptr %27, align 8
  %29 = getelementptr inbounds ptr, ptr %0, i64 13
  %30 = load ptr, ptr %29, align 8
  %31 = getelementptr inbounds ptr, ptr %0, i64 14
  %32 = load ptr, ptr %31, align 8
  %33 = getelementptr inbounds ptr, ptr %0, i64 15
  %34 = load ptr, ptr %33, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %78, %latch ]
  %35 = icmp slt i64 %i, %2
  br i1 %35, label %body, label %exit

body:                                             ; preds = %loop
  %36 = getelementptr inbounds double, ptr %4, i64 %i
  %37 = load double, ptr %36, align 8, !alias.scope !74, !noalias !77
  %38 = fneg double %37
  %39 = getelementptr inbounds double, ptr %22, i64 %i
  store double %38, ptr %39, align 8, !alias.scope !85, !noalias !86
  %40 = getelementptr inbounds double, ptr %6, i64 %i
  %41 = load double, ptr %40, align 8, !alias.scope !87, !noalias !77
  %42 = fmul double %38, %41
  %43 = getelementptr inbounds double, ptr %24, i64 %i
  store double %42, ptr %43, align 8, !alias.scope !89, !noalias !90
  %44 = getelementptr inbounds double, ptr %8, i64 %i
  %45 = load double, ptr %44, align 8, !alias.scope !91, !noalias !77
  %46 = fdiv double %38, %45
  %47 = getelementptr inbounds double, ptr %26, i64 %i
  store double %46, ptr %47, align 8, !alias.scope !93, !noalias !94
  %48 = getelementptr inbounds double, ptr %10, i64 %i
  %49 = load double, ptr %48, align 8, !alias.scope !95, !noalias !77
  %50 = fneg double %46
  %51 = fadd double %49, %50
  %52 = getelementptr inbounds double, ptr %28, i64 %i
  store double %51, ptr %52, align 8, !alias.scope !97, !noalias !98
  %53 = getelementptr inbounds double, ptr %12, i64 %i
  %54 = load double, ptr %53, align 8, !alias.scope !99, !noalias !77
  %55 = fmul double %46, %54
  %56 = getelementptr inbounds double, ptr %30, i64 %i
  store double %55, ptr %56, align 8, !alias.scope !101, !noalias !102
  %57 = getelementptr inbounds double, ptr %14, i64 %i
  %58 = load double, ptr %57, align 8, !alias.scope !103, !noalias !77
  %59 = fadd double %58, %42
  %60 = fadd double %59, %55
  %61 = getelementptr inbounds double, ptr %32, i64 %i
  store double %60, ptr %61, align 8, !alias.scope !105, !noalias !106
  %62 = getelementptr inbounds double, ptr %16, i64 %i
  %63 = load double, ptr %62, align 8, !alias.scope !107, !noalias !77
  %64 = fmul double %46, %63
  %65 = fadd double %37, %64
  %66 = getelementptr inbounds double, ptr %18, i64 %i
  %67 = load double, ptr %66, align 8, !alias.scope !109, !noalias !77
  %68 = fmul double %46, %67
  %69 = fadd double %65, %68
  %70 = getelementptr inbounds double, ptr %20, i64 %i
  %71 = load double, ptr %70, align 8, !alias.scope !111, !noalias !77
  %72 = fmul double %42, %71
  %73 = fadd double %72, %55
  %74 = fmul double %73, %54
  %75 = fadd double %69, %74
  %76 = fadd double %75, %74
  %77 = getelementptr inbounds double, ptr %34, i64 %i
  store double %76, ptr %77, align 8, !alias.scope !113, !noalias !114
  br label %latch

latch:                                            ; preds = %body
  %78 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !115

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k4.body0.k1.then0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #0 {
entry:
  %12 = alloca ptr, align 8
  store ptr null, ptr %12, align 8
  %13 = alloca [16 x ptr], align 8
  %14 = call i32 @ftc_rt_alloc(ptr %12, i64 256)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok

fail:                                             ; preds = %ok, %entry
  %status = phi i32 [ %14, %entry ], [ %38, %ok ]
  %16 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %16)
  ret i32 %status

ok:                                               ; preds = %entry
  %17 = load ptr, ptr %12, align 8
  %18 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %6, ptr %18, align 8
  %19 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %5, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %4, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %13, i64 3
  store ptr %8, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %13, i64 4
  store ptr %0, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %13, i64 5
  store ptr %7, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %13, i64 6
  store ptr %2, ptr %24, align 8
  %25 = getelementptr inbounds ptr, ptr %13, i64 7
  store ptr %1, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %13, i64 8
  store ptr %3, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %17, i64 0
  %28 = getelementptr inbounds ptr, ptr %13, i64 9
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %17, i64 64
  %30 = getelementptr inbounds ptr, ptr %13, i64 10
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %17, i64 128
  %32 = getelementptr inbounds ptr, ptr %13, i64 11
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %13, i64 12
  store ptr %11, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %17, i64 192
  %35 = getelementptr inbounds ptr, ptr %13, i64 13
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds ptr, ptr %13, i64 14
  store ptr %10, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %13, i64 15
  store ptr %9, ptr %37, align 8
  %38 = call i32 @grad_root.k4.body0.k1.then0.k0(ptr %13, i64 0, i64 1)
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %40 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %40)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k4.body0.k1.else1(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #0 {
entry:
  %12 = alloca ptr, align 8
  store ptr null, ptr %12, align 8
  %13 = load ptr, ptr %12, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %6, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %7, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %8, i64 8, i1 false)
  ret i32 0

fail:                                             ; No predecessors!
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k4.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr %13) #0 {
entry:
  %14 = alloca ptr, align 8
  store ptr null, ptr %14, align 8
  %15 = load i8, ptr %3, align 1
  %16 = icmp ne i8 %15, 0
  %17 = select i1 %16, i64 0, i64 1
  br label %region.0

fail:                                             ; preds = %regions.done1, %regions.done
  %status = phi i32 [ %region.status, %regions.done ], [ %region.status5, %regions.done1 ]
  ret i32 %status

regions.done:                                     ; preds = %region.1, %region.0.run
  %region.status = phi i32 [ %26, %region.0.run ], [ %33, %region.1 ]
  %18 = icmp ne i32 %region.status, 0
  br i1 %18, label %fail, label %ok

region.0:                                         ; preds = %entry
  %19 = icmp eq i64 %17, 0
  br i1 %19, label %region.0.run, label %region.1

region.0.run:                                     ; preds = %region.0
  %20 = getelementptr inbounds i8, ptr %13, i64 0
  %21 = getelementptr inbounds i8, ptr %13, i64 64
  %22 = getelementptr inbounds i8, ptr %13, i64 128
  %23 = getelementptr inbounds i8, ptr %13, i64 192
  %24 = getelementptr inbounds i8, ptr %13, i64 256
  %25 = getelementptr inbounds i8, ptr %13, i64 320
  %26 = call i32 @grad_root.k4.body0.k0.then0(ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %20, ptr %21, ptr %22, ptr %23, ptr %24, ptr %25)
  br label %regions.done

region.1:                                         ; preds = %region.0
  %27 = getelementptr inbounds i8, ptr %13, i64 0
  %28 = getelementptr inbounds i8, ptr %13, i64 64
  %29 = getelementptr inbounds i8, ptr %13, i64 128
  %30 = getelementptr inbounds i8, ptr %13, i64 192
  %31 = getelementptr inbounds i8, ptr %13, i64 256
  %32 = getelementptr inbounds i8, ptr %13, i64 320
  %33 = call i32 @grad_root.k4.body0.k0.else1(ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %27, ptr %28, ptr %29, ptr %30, ptr %31, ptr %32)
  br label %regions.done

ok:                                               ; preds = %regions.done
  %34 = load i8, ptr %3, align 1
  %35 = icmp ne i8 %34, 0
  %36 = select i1 %35, i64 0, i64 1
  br label %region.02

regions.done1:                                    ; preds = %region.14, %region.0.run3
  %region.status5 = phi i32 [ %45, %region.0.run3 ], [ %52, %region.14 ]
  %37 = icmp ne i32 %region.status5, 0
  br i1 %37, label %fail, label %ok6

region.02:                                        ; preds = %ok
  %38 = icmp eq i64 %36, 0
  br i1 %38, label %region.0.run3, label %region.14

region.0.run3:                                    ; preds = %region.02
  %39 = getelementptr inbounds i8, ptr %13, i64 0
  %40 = getelementptr inbounds i8, ptr %13, i64 64
  %41 = getelementptr inbounds i8, ptr %13, i64 128
  %42 = getelementptr inbounds i8, ptr %13, i64 192
  %43 = getelementptr inbounds i8, ptr %13, i64 256
  %44 = getelementptr inbounds i8, ptr %13, i64 320
  %45 = call i32 @grad_root.k4.body0.k1.then0(ptr %39, ptr %40, ptr %41, ptr %42, ptr %43, ptr %44, ptr %0, ptr %1, ptr %2, ptr %10, ptr %11, ptr %12)
  br label %regions.done1

region.14:                                        ; preds = %region.02
  %46 = getelementptr inbounds i8, ptr %13, i64 0
  %47 = getelementptr inbounds i8, ptr %13, i64 64
  %48 = getelementptr inbounds i8, ptr %13, i64 128
  %49 = getelementptr inbounds i8, ptr %13, i64 192
  %50 = getelementptr inbounds i8, ptr %13, i64 256
  %51 = getelementptr inbounds i8, ptr %13, i64 320
  %52 = call i32 @grad_root.k4.body0.k1.else1(ptr %46, ptr %47, ptr %48, ptr %49, ptr %50, ptr %51, ptr %0, ptr %1, ptr %2, ptr %10, ptr %11, ptr %12)
  br label %regions.done1

ok6:                                              ; preds = %regions.done1
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_root.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %6 = getelementptr inbounds i8, ptr %4, i64 %i
  store i8 1, ptr %6, align 1, !alias.scope !116
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !119

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @grad_root(ptr %0, ptr %1, ptr noalias %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [1 x ptr], align 8
  %6 = alloca [1 x ptr], align 8
  %7 = alloca [1 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %4, i64 3200)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %loop.body.failed11, %loop.alloc.failed4, %loop.body.failed, %loop.alloc.failed, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %14, %ok ], [ %18, %ok1 ], [ %22, %ok2 ], [ %25, %loop.alloc.failed ], [ %71, %loop.body.failed ], [ %79, %loop.alloc.failed4 ], [ %123, %loop.body.failed11 ]
  %10 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  %13 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %12, ptr %13, align 8
  %14 = call i32 @root.k0(ptr %5, i64 0, i64 1)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds i8, ptr %11, i64 64
  %17 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %16, ptr %17, align 8
  %18 = call i32 @grad_root.k3.body0.k1.else1.k0(ptr %6, i64 0, i64 1)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %20 = getelementptr inbounds i8, ptr %11, i64 128
  %21 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %20, ptr %21, align 8
  %22 = call i32 @grad_root.k2(ptr %7, i64 0, i64 1)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %24 = alloca ptr, align 8
  %25 = call i32 @ftc_rt_alloc(ptr %24, i64 1088)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok3
  br label %fail

loop.alloc.ok:                                    ; preds = %ok3
  %27 = load ptr, ptr %24, align 8
  %28 = getelementptr inbounds i8, ptr %27, i64 0
  %29 = getelementptr inbounds i8, ptr %27, i64 512
  %30 = getelementptr inbounds i8, ptr %27, i64 128
  %31 = getelementptr inbounds i8, ptr %27, i64 640
  %32 = getelementptr inbounds i8, ptr %27, i64 256
  %33 = getelementptr inbounds i8, ptr %27, i64 768
  %34 = getelementptr inbounds i8, ptr %27, i64 384
  %35 = getelementptr inbounds i8, ptr %27, i64 896
  %36 = getelementptr inbounds i8, ptr %27, i64 1024
  %37 = getelementptr inbounds i8, ptr %11, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %28, ptr %37, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %30, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %32, ptr %1, i64 8, i1 false)
  %38 = getelementptr inbounds i8, ptr %11, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %34, ptr %38, i64 1, i1 false)
  %39 = getelementptr inbounds i8, ptr %11, i64 448
  %40 = getelementptr inbounds i8, ptr %11, i64 512
  %41 = getelementptr inbounds i8, ptr %11, i64 960
  %42 = getelementptr inbounds i8, ptr %11, i64 1408
  %43 = getelementptr inbounds i8, ptr %11, i64 1856
  %44 = getelementptr inbounds i8, ptr %11, i64 2304
  %45 = getelementptr inbounds i8, ptr %11, i64 2752
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %73, %latch ]
  %46 = icmp slt i64 %i, 50
  br i1 %46, label %body, label %exit

body:                                             ; preds = %loop
  %47 = and i64 %i, 1
  %48 = icmp eq i64 %47, 0
  %49 = select i1 %48, ptr %28, ptr %29
  %50 = select i1 %48, ptr %30, ptr %31
  %51 = select i1 %48, ptr %32, ptr %33
  %52 = select i1 %48, ptr %34, ptr %35
  %53 = select i1 %48, ptr %29, ptr %28
  %54 = select i1 %48, ptr %31, ptr %30
  %55 = select i1 %48, ptr %33, ptr %32
  %56 = select i1 %48, ptr %35, ptr %34
  %57 = mul i64 %i, 1
  %58 = getelementptr inbounds i8, ptr %39, i64 %57
  %59 = mul i64 %i, 8
  %60 = getelementptr inbounds i8, ptr %40, i64 %59
  %61 = mul i64 %i, 8
  %62 = getelementptr inbounds i8, ptr %41, i64 %61
  %63 = mul i64 %i, 8
  %64 = getelementptr inbounds i8, ptr %42, i64 %63
  %65 = mul i64 %i, 8
  %66 = getelementptr inbounds i8, ptr %43, i64 %65
  %67 = mul i64 %i, 8
  %68 = getelementptr inbounds i8, ptr %44, i64 %67
  %69 = mul i64 %i, 8
  %70 = getelementptr inbounds i8, ptr %45, i64 %69
  %71 = call i32 @grad_root.k3.body0(ptr %49, ptr %50, ptr %51, ptr %52, ptr %53, ptr %54, ptr %55, ptr %56, ptr %58, ptr %60, ptr %62, ptr %64, ptr %66, ptr %68, ptr %70, ptr %36)
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %73 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %74 = getelementptr inbounds i8, ptr %11, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %74, ptr %28, i64 8, i1 false)
  %75 = getelementptr inbounds i8, ptr %11, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %75, ptr %30, i64 8, i1 false)
  %76 = getelementptr inbounds i8, ptr %11, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %76, ptr %32, i64 8, i1 false)
  %77 = getelementptr inbounds i8, ptr %11, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %77, ptr %34, i64 1, i1 false)
  call void @ftc_rt_free(ptr %27)
  %78 = alloca ptr, align 8
  %79 = call i32 @ftc_rt_alloc(ptr %78, i64 1152)
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %loop.alloc.failed4, label %loop.alloc.ok5

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %27)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

loop.alloc.failed4:                               ; preds = %exit
  br label %fail

loop.alloc.ok5:                                   ; preds = %exit
  %81 = load ptr, ptr %78, align 8
  %82 = getelementptr inbounds i8, ptr %81, i64 0
  %83 = getelementptr inbounds i8, ptr %81, i64 384
  %84 = getelementptr inbounds i8, ptr %81, i64 128
  %85 = getelementptr inbounds i8, ptr %81, i64 512
  %86 = getelementptr inbounds i8, ptr %81, i64 256
  %87 = getelementptr inbounds i8, ptr %81, i64 640
  %88 = getelementptr inbounds i8, ptr %81, i64 768
  %89 = getelementptr inbounds i8, ptr %11, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %82, ptr %89, i64 8, i1 false)
  %90 = getelementptr inbounds i8, ptr %11, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %84, ptr %90, i64 8, i1 false)
  %91 = getelementptr inbounds i8, ptr %11, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %86, ptr %91, i64 8, i1 false)
  %92 = getelementptr inbounds i8, ptr %11, i64 448
  %93 = getelementptr inbounds i8, ptr %11, i64 512
  %94 = getelementptr inbounds i8, ptr %11, i64 960
  %95 = getelementptr inbounds i8, ptr %11, i64 1408
  %96 = getelementptr inbounds i8, ptr %11, i64 1856
  %97 = getelementptr inbounds i8, ptr %11, i64 2304
  %98 = getelementptr inbounds i8, ptr %11, i64 2752
  br label %loop6

loop6:                                            ; preds = %latch8, %loop.alloc.ok5
  %i10 = phi i64 [ 0, %loop.alloc.ok5 ], [ %125, %latch8 ]
  %99 = icmp slt i64 %i10, 50
  br i1 %99, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %100 = sub i64 49, %i10
  %101 = and i64 %i10, 1
  %102 = icmp eq i64 %101, 0
  %103 = select i1 %102, ptr %82, ptr %83
  %104 = select i1 %102, ptr %84, ptr %85
  %105 = select i1 %102, ptr %86, ptr %87
  %106 = select i1 %102, ptr %83, ptr %82
  %107 = select i1 %102, ptr %85, ptr %84
  %108 = select i1 %102, ptr %87, ptr %86
  %109 = mul i64 %100, 1
  %110 = getelementptr inbounds i8, ptr %92, i64 %109
  %111 = mul i64 %100, 8
  %112 = getelementptr inbounds i8, ptr %93, i64 %111
  %113 = mul i64 %100, 8
  %114 = getelementptr inbounds i8, ptr %94, i64 %113
  %115 = mul i64 %100, 8
  %116 = getelementptr inbounds i8, ptr %95, i64 %115
  %117 = mul i64 %100, 8
  %118 = getelementptr inbounds i8, ptr %96, i64 %117
  %119 = mul i64 %100, 8
  %120 = getelementptr inbounds i8, ptr %97, i64 %119
  %121 = mul i64 %100, 8
  %122 = getelementptr inbounds i8, ptr %98, i64 %121
  %123 = call i32 @grad_root.k4.body0(ptr %103, ptr %104, ptr %105, ptr %110, ptr %112, ptr %114, ptr %116, ptr %118, ptr %120, ptr %122, ptr %106, ptr %107, ptr %108, ptr %88)
  %124 = icmp ne i32 %123, 0
  br i1 %124, label %loop.body.failed11, label %loop.body.ok12

latch8:                                           ; preds = %loop.body.ok12
  %125 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  %126 = getelementptr inbounds i8, ptr %11, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %126, ptr %82, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %2, ptr %84, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %3, ptr %86, i64 8, i1 false)
  call void @ftc_rt_free(ptr %81)
  %127 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %127)
  ret i32 0

loop.body.failed11:                               ; preds = %body7
  call void @ftc_rt_free(ptr %81)
  br label %fail

loop.body.ok12:                                   ; preds = %body7
  br label %latch8
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline nounwind }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = !{!1}
!1 = !{!"root.k1.cond0.k0.buffer0", !2}
!2 = !{!"root.k1.cond0.k0.buffers"}
!3 = !{!4}
!4 = !{!"root.k1.cond0.k0.buffer3", !2}
!5 = !{!6}
!6 = !{!"root.k1.cond0.k0.buffer1", !2}
!7 = !{!8}
!8 = !{!"root.k1.cond0.k0.buffer2", !2}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.vectorize.width", i32 4}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13}
!13 = !{!"root.k1.body1.k0.buffer0", !14}
!14 = !{!"root.k1.body1.k0.buffers"}
!15 = !{!16}
!16 = !{!"root.k1.body1.k0.buffer3", !14}
!17 = !{!18}
!18 = !{!"root.k1.body1.k0.buffer1", !14}
!19 = !{!20}
!20 = !{!"root.k1.body1.k0.buffer2", !14}
!21 = distinct !{!21, !10, !11}
!22 = !{!23}
!23 = !{!"root.k0.buffer0", !24}
!24 = !{!"root.k0.buffers"}
!25 = distinct !{!25, !10, !11}
!26 = !{!27}
!27 = !{!"grad_root.k3.body0.k1.then0.k0.buffer0", !28}
!28 = !{!"grad_root.k3.body0.k1.then0.k0.buffers"}
!29 = !{!30}
!30 = !{!"grad_root.k3.body0.k1.then0.k0.buffer1", !28}
!31 = distinct !{!31, !10, !11}
!32 = !{!33}
!33 = !{!"grad_root.k3.body0.k1.then0.k1.buffer4", !34}
!34 = !{!"grad_root.k3.body0.k1.then0.k1.buffers"}
!35 = !{!36, !37, !38, !39}
!36 = !{!"grad_root.k3.body0.k1.then0.k1.buffer5", !34}
!37 = !{!"grad_root.k3.body0.k1.then0.k1.buffer6", !34}
!38 = !{!"grad_root.k3.body0.k1.then0.k1.buffer7", !34}
!39 = !{!"grad_root.k3.body0.k1.then0.k1.buffer8", !34}
!40 = !{!41}
!41 = !{!"grad_root.k3.body0.k1.then0.k1.buffer0", !34}
!42 = !{!33, !36, !37, !38, !39}
!43 = !{!44}
!44 = !{!"grad_root.k3.body0.k1.then0.k1.buffer1", !34}
!45 = !{!36}
!46 = !{!33, !37, !38, !39}
!47 = !{!48}
!48 = !{!"grad_root.k3.body0.k1.then0.k1.buffer2", !34}
!49 = !{!50}
!50 = !{!"grad_root.k3.body0.k1.then0.k1.buffer3", !34}
!51 = !{!37}
!52 = !{!33, !36, !38, !39}
!53 = !{!38}
!54 = !{!33, !36, !37, !39}
!55 = !{!39}
!56 = !{!33, !36, !37, !38}
!57 = distinct !{!57, !10, !11}
!58 = !{!59}
!59 = !{!"grad_root.k3.body0.k1.else1.k0.buffer0", !60}
!60 = !{!"grad_root.k3.body0.k1.else1.k0.buffers"}
!61 = distinct !{!61, !10, !11}
!62 = !{!63}
!63 = !{!"grad_root.k3.body0.k0.buffer0", !64}
!64 = !{!"grad_root.k3.body0.k0.buffers"}
!65 = !{!66}
!66 = !{!"grad_root.k3.body0.k0.buffer4", !64}
!67 = !{!68}
!68 = !{!"grad_root.k3.body0.k0.buffer1", !64}
!69 = !{!70}
!70 = !{!"grad_root.k3.body0.k0.buffer2", !64}
!71 = !{!72}
!72 = !{!"grad_root.k3.body0.k0.buffer3", !64}
!73 = distinct !{!73, !10, !11}
!74 = !{!75}
!75 = !{!"grad_root.k4.body0.k1.then0.k0.buffer0", !76}
!76 = !{!"grad_root.k4.body0.k1.then0.k0.buffers"}
!77 = !{!78, !79, !80, !81, !82, !83, !84}
!78 = !{!"grad_root.k4.body0.k1.then0.k0.buffer9", !76}
!79 = !{!"grad_root.k4.body0.k1.then0.k0.buffer10", !76}
!80 = !{!"grad_root.k4.body0.k1.then0.k0.buffer11", !76}
!81 = !{!"grad_root.k4.body0.k1.then0.k0.buffer12", !76}
!82 = !{!"grad_root.k4.body0.k1.then0.k0.buffer13", !76}
!83 = !{!"grad_root.k4.body0.k1.then0.k0.buffer14", !76}
!84 = !{!"grad_root.k4.body0.k1.then0.k0.buffer15", !76}
!85 = !{!78}
!86 = !{!79, !80, !81, !82, !83, !84}
!87 = !{!88}
!88 = !{!"grad_root.k4.body0.k1.then0.k0.buffer1", !76}
!89 = !{!79}
!90 = !{!78, !80, !81, !82, !83, !84}
!91 = !{!92}
!92 = !{!"grad_root.k4.body0.k1.then0.k0.buffer2", !76}
!93 = !{!80}
!94 = !{!78, !79, !81, !82, !83, !84}
!95 = !{!96}
!96 = !{!"grad_root.k4.body0.k1.then0.k0.buffer3", !76}
!97 = !{!81}
!98 = !{!78, !79, !80, !82, !83, !84}
!99 = !{!100}
!100 = !{!"grad_root.k4.body0.k1.then0.k0.buffer4", !76}
!101 = !{!82}
!102 = !{!78, !79, !80, !81, !83, !84}
!103 = !{!104}
!104 = !{!"grad_root.k4.body0.k1.then0.k0.buffer5", !76}
!105 = !{!83}
!106 = !{!78, !79, !80, !81, !82, !84}
!107 = !{!108}
!108 = !{!"grad_root.k4.body0.k1.then0.k0.buffer6", !76}
!109 = !{!110}
!110 = !{!"grad_root.k4.body0.k1.then0.k0.buffer7", !76}
!111 = !{!112}
!112 = !{!"grad_root.k4.body0.k1.then0.k0.buffer8", !76}
!113 = !{!84}
!114 = !{!78, !79, !80, !81, !82, !83}
!115 = distinct !{!115, !10, !11}
!116 = !{!117}
!117 = !{!"grad_root.k2.buffer0", !118}
!118 = !{!"grad_root.k2.buffers"}
!119 = distinct !{!119, !120, !11}
!120 = !{!"llvm.loop.vectorize.width", i32 32}
