; ModuleID = 'rk4_scan'
source_filename = "rk4_scan"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [2104 x i8] c"{\22module\22: \22rk4_scan\22, \22functions\22: [{\22name\22: \22lv\22, \22symbol\22: \22lv\22, \22inputs\22: [{\22name\22: \22x0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22y0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22alpha\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22beta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22delta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22gamma\22, \22dtype\22: \22f64\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f64\22, \22shape\22: []}]}, {\22name\22: \22lv_ckpt\22, \22symbol\22: \22lv_ckpt\22, \22inputs\22: [{\22name\22: \22x0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22y0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22alpha\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22beta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22delta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22gamma\22, \22dtype\22: \22f64\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22l\22, \22dtype\22: \22f64\22, \22shape\22: []}]}, {\22name\22: \22grad_lv\22, \22symbol\22: \22grad_lv\22, \22inputs\22: [{\22name\22: \22x0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22y0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22alpha\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22beta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22delta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22gamma\22, \22dtype\22: \22f64\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22d_x0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_y0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_alpha\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_beta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_delta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_gamma\22, \22dtype\22: \22f64\22, \22shape\22: []}]}, {\22name\22: \22grad_lv_ckpt\22, \22symbol\22: \22grad_lv_ckpt\22, \22inputs\22: [{\22name\22: \22x0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22y0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22alpha\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22beta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22delta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22gamma\22, \22dtype\22: \22f64\22, \22shape\22: []}], \22outputs\22: [{\22name\22: \22d_x0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_y0\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_alpha\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_beta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_delta\22, \22dtype\22: \22f64\22, \22shape\22: []}, {\22name\22: \22d_gamma\22, \22dtype\22: \22f64\22, \22shape\22: []}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @lv.k0.body0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = getelementptr inbounds double, ptr %4, i64 %i
  %11 = load double, ptr %10, align 8
  %12 = getelementptr inbounds double, ptr %6, i64 %i
  %13 = load double, ptr %12, align 8
  %14 = fmul double %11, %13
  %15 = getelementptr inbounds double, ptr %8, i64 %i
  store double %14, ptr %15, align 8
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !0

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @lv.k0.body0.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %26, %latch ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds double, ptr %4, i64 %i
  %15 = load double, ptr %14, align 8
  %16 = getelementptr inbounds double, ptr %6, i64 %i
  %17 = load double, ptr %16, align 8
  %18 = fmul double %15, %17
  %19 = getelementptr inbounds double, ptr %8, i64 %i
  %20 = load double, ptr %19, align 8
  %21 = getelementptr inbounds double, ptr %10, i64 %i
  %22 = load double, ptr %21, align 8
  %23 = fmul double %20, %22
  %24 = fsub double %18, %23
  %25 = getelementptr inbounds double, ptr %12, i64 %i
  store double %24, ptr %25, align 8
  br label %latch

latch:                                            ; preds = %body
  %26 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !3

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @lv.k0.body0.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = getelementptr inbounds double, ptr %4, i64 %i
  %11 = load double, ptr %10, align 8
  %12 = getelementptr inbounds double, ptr %6, i64 %i
  %13 = load double, ptr %12, align 8
  %14 = fmul double 2.500000e-02, %13
  %15 = fadd double %11, %14
  %16 = getelementptr inbounds double, ptr %8, i64 %i
  store double %15, ptr %16, align 8
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !4

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @lv.k0.body0.k13(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = getelementptr inbounds double, ptr %4, i64 %i
  %11 = load double, ptr %10, align 8
  %12 = getelementptr inbounds double, ptr %6, i64 %i
  %13 = load double, ptr %12, align 8
  %14 = fmul double 5.000000e-02, %13
  %15 = fadd double %11, %14
  %16 = getelementptr inbounds double, ptr %8, i64 %i
  store double %15, ptr %16, align 8
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !5

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @lv.k0.body0.k16(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %48, %latch ]
  %21 = icmp slt i64 %i, %2
  br i1 %21, label %body, label %exit

body:                                             ; preds = %loop
  %22 = getelementptr inbounds double, ptr %4, i64 %i
  %23 = load double, ptr %22, align 8
  %24 = getelementptr inbounds double, ptr %6, i64 %i
  %25 = load double, ptr %24, align 8
  %26 = getelementptr inbounds double, ptr %8, i64 %i
  %27 = load double, ptr %26, align 8
  %28 = getelementptr inbounds double, ptr %10, i64 %i
  %29 = load double, ptr %28, align 8
  %30 = fmul double %27, %29
  %31 = getelementptr inbounds double, ptr %12, i64 %i
  %32 = load double, ptr %31, align 8
  %33 = getelementptr inbounds double, ptr %14, i64 %i
  %34 = load double, ptr %33, align 8
  %35 = fmul double %32, %34
  %36 = fsub double %30, %35
  %37 = fadd double %25, %36
  %38 = getelementptr inbounds double, ptr %16, i64 %i
  %39 = load double, ptr %38, align 8
  %40 = getelementptr inbounds double, ptr %18, i64 %i
  %41 = load double, ptr %40, align 8
  %42 = fadd double %39, %41
  %43 = fmul double 2.000000e+00, %42
  %44 = fadd double %37, %43
  %45 = fmul double 0x3F81111111111111, %44
  %46 = fadd double %23, %45
  %47 = getelementptr inbounds double, ptr %20, i64 %i
  store double %46, ptr %47, align 8
  br label %latch

latch:                                            ; preds = %body
  %48 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !6

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @lv.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12) #1 {
entry:
  %13 = alloca ptr, align 8
  store ptr null, ptr %13, align 8
  %14 = alloca [3 x ptr], align 8
  %15 = alloca [5 x ptr], align 8
  %16 = alloca [5 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [3 x ptr], align 8
  %20 = alloca [5 x ptr], align 8
  %21 = alloca [5 x ptr], align 8
  %22 = alloca [3 x ptr], align 8
  %23 = alloca [3 x ptr], align 8
  %24 = alloca [3 x ptr], align 8
  %25 = alloca [5 x ptr], align 8
  %26 = alloca [5 x ptr], align 8
  %27 = alloca [3 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [3 x ptr], align 8
  %30 = alloca [9 x ptr], align 8
  %31 = alloca [9 x ptr], align 8
  %32 = call i32 @ftc_rt_alloc(ptr %13, i64 640)
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %fail, label %ok

fail:                                             ; preds = %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %32, %entry ], [ %40, %ok ], [ %49, %ok1 ], [ %58, %ok2 ], [ %65, %ok3 ], [ %72, %ok4 ], [ %80, %ok5 ], [ %90, %ok6 ], [ %100, %ok7 ], [ %107, %ok8 ], [ %114, %ok9 ], [ %122, %ok10 ], [ %132, %ok11 ], [ %142, %ok12 ], [ %149, %ok13 ], [ %156, %ok14 ], [ %164, %ok15 ], [ %181, %ok16 ], [ %197, %ok17 ]
  %34 = load ptr, ptr %13, align 8
  call void @ftc_rt_free(ptr %34)
  ret i32 %status

ok:                                               ; preds = %entry
  %35 = load ptr, ptr %13, align 8
  %36 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %0, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %1, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %35, i64 0
  %39 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %38, ptr %39, align 8
  %40 = call i32 @lv.k0.body0.k0(ptr %14, i64 0, i64 1)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %42 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %2, ptr %42, align 8
  %43 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %0, ptr %43, align 8
  %44 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %3, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %35, i64 0
  %46 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %35, i64 64
  %48 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %47, ptr %48, align 8
  %49 = call i32 @lv.k0.body0.k1(ptr %15, i64 0, i64 1)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %51 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %4, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %35, i64 0
  %53 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %5, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %1, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %35, i64 128
  %57 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %56, ptr %57, align 8
  %58 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %60 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %0, ptr %60, align 8
  %61 = getelementptr inbounds i8, ptr %35, i64 64
  %62 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %61, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %35, i64 0
  %64 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %63, ptr %64, align 8
  %65 = call i32 @lv.k0.body0.k3(ptr %17, i64 0, i64 1)
  %66 = icmp ne i32 %65, 0
  br i1 %66, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %67 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %1, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %35, i64 128
  %69 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %35, i64 192
  %71 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %70, ptr %71, align 8
  %72 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %74 = getelementptr inbounds i8, ptr %35, i64 0
  %75 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %35, i64 192
  %77 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %35, i64 256
  %79 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k0(ptr %19, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %82 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %2, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %35, i64 0
  %84 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %3, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %35, i64 256
  %87 = getelementptr inbounds ptr, ptr %20, i64 3
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %35, i64 320
  %89 = getelementptr inbounds ptr, ptr %20, i64 4
  store ptr %88, ptr %89, align 8
  %90 = call i32 @lv.k0.body0.k1(ptr %20, i64 0, i64 1)
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %92 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %4, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %35, i64 256
  %94 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %5, ptr %95, align 8
  %96 = getelementptr inbounds i8, ptr %35, i64 192
  %97 = getelementptr inbounds ptr, ptr %21, i64 3
  store ptr %96, ptr %97, align 8
  %98 = getelementptr inbounds i8, ptr %35, i64 0
  %99 = getelementptr inbounds ptr, ptr %21, i64 4
  store ptr %98, ptr %99, align 8
  %100 = call i32 @lv.k0.body0.k1(ptr %21, i64 0, i64 1)
  %101 = icmp ne i32 %100, 0
  br i1 %101, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %102 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %0, ptr %102, align 8
  %103 = getelementptr inbounds i8, ptr %35, i64 320
  %104 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %103, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %35, i64 192
  %106 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %105, ptr %106, align 8
  %107 = call i32 @lv.k0.body0.k3(ptr %22, i64 0, i64 1)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %109 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %1, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %35, i64 0
  %111 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds i8, ptr %35, i64 256
  %113 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %112, ptr %113, align 8
  %114 = call i32 @lv.k0.body0.k3(ptr %23, i64 0, i64 1)
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %116 = getelementptr inbounds i8, ptr %35, i64 192
  %117 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %116, ptr %117, align 8
  %118 = getelementptr inbounds i8, ptr %35, i64 256
  %119 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %35, i64 384
  %121 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %120, ptr %121, align 8
  %122 = call i32 @lv.k0.body0.k0(ptr %24, i64 0, i64 1)
  %123 = icmp ne i32 %122, 0
  br i1 %123, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %124 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %2, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %35, i64 192
  %126 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %3, ptr %127, align 8
  %128 = getelementptr inbounds i8, ptr %35, i64 384
  %129 = getelementptr inbounds ptr, ptr %25, i64 3
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %35, i64 448
  %131 = getelementptr inbounds ptr, ptr %25, i64 4
  store ptr %130, ptr %131, align 8
  %132 = call i32 @lv.k0.body0.k1(ptr %25, i64 0, i64 1)
  %133 = icmp ne i32 %132, 0
  br i1 %133, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %134 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %4, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %35, i64 384
  %136 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %5, ptr %137, align 8
  %138 = getelementptr inbounds i8, ptr %35, i64 256
  %139 = getelementptr inbounds ptr, ptr %26, i64 3
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds i8, ptr %35, i64 192
  %141 = getelementptr inbounds ptr, ptr %26, i64 4
  store ptr %140, ptr %141, align 8
  %142 = call i32 @lv.k0.body0.k1(ptr %26, i64 0, i64 1)
  %143 = icmp ne i32 %142, 0
  br i1 %143, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %144 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %0, ptr %144, align 8
  %145 = getelementptr inbounds i8, ptr %35, i64 448
  %146 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %145, ptr %146, align 8
  %147 = getelementptr inbounds i8, ptr %35, i64 256
  %148 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %147, ptr %148, align 8
  %149 = call i32 @lv.k0.body0.k13(ptr %27, i64 0, i64 1)
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %151 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %1, ptr %151, align 8
  %152 = getelementptr inbounds i8, ptr %35, i64 192
  %153 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %152, ptr %153, align 8
  %154 = getelementptr inbounds i8, ptr %35, i64 384
  %155 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %154, ptr %155, align 8
  %156 = call i32 @lv.k0.body0.k13(ptr %28, i64 0, i64 1)
  %157 = icmp ne i32 %156, 0
  br i1 %157, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %158 = getelementptr inbounds i8, ptr %35, i64 256
  %159 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %158, ptr %159, align 8
  %160 = getelementptr inbounds i8, ptr %35, i64 384
  %161 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %160, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %35, i64 512
  %163 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %162, ptr %163, align 8
  %164 = call i32 @lv.k0.body0.k0(ptr %29, i64 0, i64 1)
  %165 = icmp ne i32 %164, 0
  br i1 %165, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %166 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %0, ptr %166, align 8
  %167 = getelementptr inbounds i8, ptr %35, i64 64
  %168 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %167, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %2, ptr %169, align 8
  %170 = getelementptr inbounds i8, ptr %35, i64 256
  %171 = getelementptr inbounds ptr, ptr %30, i64 3
  store ptr %170, ptr %171, align 8
  %172 = getelementptr inbounds ptr, ptr %30, i64 4
  store ptr %3, ptr %172, align 8
  %173 = getelementptr inbounds i8, ptr %35, i64 512
  %174 = getelementptr inbounds ptr, ptr %30, i64 5
  store ptr %173, ptr %174, align 8
  %175 = getelementptr inbounds i8, ptr %35, i64 320
  %176 = getelementptr inbounds ptr, ptr %30, i64 6
  store ptr %175, ptr %176, align 8
  %177 = getelementptr inbounds i8, ptr %35, i64 448
  %178 = getelementptr inbounds ptr, ptr %30, i64 7
  store ptr %177, ptr %178, align 8
  %179 = getelementptr inbounds i8, ptr %35, i64 576
  %180 = getelementptr inbounds ptr, ptr %30, i64 8
  store ptr %179, ptr %180, align 8
  %181 = call i32 @lv.k0.body0.k16(ptr %30, i64 0, i64 1)
  %182 = icmp ne i32 %181, 0
  br i1 %182, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %183 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %1, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %35, i64 128
  %185 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %184, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %4, ptr %186, align 8
  %187 = getelementptr inbounds i8, ptr %35, i64 512
  %188 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr %187, ptr %188, align 8
  %189 = getelementptr inbounds ptr, ptr %31, i64 4
  store ptr %5, ptr %189, align 8
  %190 = getelementptr inbounds i8, ptr %35, i64 384
  %191 = getelementptr inbounds ptr, ptr %31, i64 5
  store ptr %190, ptr %191, align 8
  %192 = getelementptr inbounds i8, ptr %35, i64 0
  %193 = getelementptr inbounds ptr, ptr %31, i64 6
  store ptr %192, ptr %193, align 8
  %194 = getelementptr inbounds i8, ptr %35, i64 192
  %195 = getelementptr inbounds ptr, ptr %31, i64 7
  store ptr %194, ptr %195, align 8
  %196 = getelementptr inbounds ptr, ptr %31, i64 8
  store ptr %7, ptr %196, align 8
  %197 = call i32 @lv.k0.body0.k16(ptr %31, i64 0, i64 1)
  %198 = icmp ne i32 %197, 0
  br i1 %198, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %199 = getelementptr inbounds i8, ptr %35, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %199, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %5, i64 8, i1 false)
  %200 = getelementptr inbounds i8, ptr %35, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %200, i64 8, i1 false)
  %201 = load ptr, ptr %13, align 8
  call void @ftc_rt_free(ptr %201)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind
define internal i32 @lv.k1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca double, align 16
  br label %start

start:                                            ; preds = %entry
  %4 = getelementptr inbounds ptr, ptr %0, i64 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds ptr, ptr %0, i64 1
  %7 = load ptr, ptr %6, align 8
  store double -0.000000e+00, ptr %3, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %13, %latch ]
  %8 = icmp slt i64 %i, 50
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  %9 = load double, ptr %3, align 8
  %10 = getelementptr inbounds double, ptr %5, i64 %i
  %11 = load double, ptr %10, align 8
  %12 = fadd reassoc contract double %9, %11
  store double %12, ptr %3, align 8
  br label %latch

latch:                                            ; preds = %body
  %13 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !7

exit:                                             ; preds = %loop
  %14 = load double, ptr %3, align 8
  %15 = getelementptr inbounds double, ptr %7, i64 0
  store double %14, ptr %15, align 8
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @lv.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds double, ptr %4, i64 %i
  %13 = load double, ptr %12, align 8
  %14 = fmul double 2.000000e-02, %13
  %15 = getelementptr inbounds double, ptr %6, i64 %i
  %16 = load double, ptr %15, align 8
  %17 = getelementptr inbounds double, ptr %8, i64 %i
  %18 = load double, ptr %17, align 8
  %19 = fmul double %16, %18
  %20 = fadd double %14, %19
  %21 = getelementptr inbounds double, ptr %10, i64 %i
  store double %20, ptr %21, align 8
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !8

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @lv(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6) #1 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [4 x ptr], align 8
  %10 = call i32 @ftc_rt_alloc(ptr %7, i64 896)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %ok1, %exit, %loop.body.failed, %loop.alloc.failed, %entry
  %status = phi i32 [ %10, %entry ], [ %15, %loop.alloc.failed ], [ %48, %loop.body.failed ], [ %61, %exit ], [ %70, %ok1 ]
  %12 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %7, align 8
  %14 = alloca ptr, align 8
  %15 = call i32 @ftc_rt_alloc(ptr %14, i64 1536)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %17 = load ptr, ptr %14, align 8
  %18 = getelementptr inbounds i8, ptr %17, i64 0
  %19 = getelementptr inbounds i8, ptr %17, i64 768
  %20 = getelementptr inbounds i8, ptr %17, i64 128
  %21 = getelementptr inbounds i8, ptr %17, i64 896
  %22 = getelementptr inbounds i8, ptr %17, i64 256
  %23 = getelementptr inbounds i8, ptr %17, i64 1024
  %24 = getelementptr inbounds i8, ptr %17, i64 384
  %25 = getelementptr inbounds i8, ptr %17, i64 1152
  %26 = getelementptr inbounds i8, ptr %17, i64 512
  %27 = getelementptr inbounds i8, ptr %17, i64 1280
  %28 = getelementptr inbounds i8, ptr %17, i64 640
  %29 = getelementptr inbounds i8, ptr %17, i64 1408
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %20, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %22, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %24, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %26, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %28, ptr %5, i64 8, i1 false)
  %30 = getelementptr inbounds i8, ptr %13, i64 384
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %50, %latch ]
  %31 = icmp slt i64 %i, 50
  br i1 %31, label %body, label %exit

body:                                             ; preds = %loop
  %32 = and i64 %i, 1
  %33 = icmp eq i64 %32, 0
  %34 = select i1 %33, ptr %18, ptr %19
  %35 = select i1 %33, ptr %20, ptr %21
  %36 = select i1 %33, ptr %22, ptr %23
  %37 = select i1 %33, ptr %24, ptr %25
  %38 = select i1 %33, ptr %26, ptr %27
  %39 = select i1 %33, ptr %28, ptr %29
  %40 = select i1 %33, ptr %19, ptr %18
  %41 = select i1 %33, ptr %21, ptr %20
  %42 = select i1 %33, ptr %23, ptr %22
  %43 = select i1 %33, ptr %25, ptr %24
  %44 = select i1 %33, ptr %27, ptr %26
  %45 = select i1 %33, ptr %29, ptr %28
  %46 = mul i64 %i, 8
  %47 = getelementptr inbounds i8, ptr %30, i64 %46
  %48 = call i32 @lv.k0.body0(ptr %34, ptr %35, ptr %36, ptr %37, ptr %38, ptr %39, ptr %40, ptr %41, ptr %42, ptr %43, ptr %44, ptr %45, ptr %47)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %50 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %51 = getelementptr inbounds i8, ptr %13, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %51, ptr %18, i64 8, i1 false)
  %52 = getelementptr inbounds i8, ptr %13, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %52, ptr %20, i64 8, i1 false)
  %53 = getelementptr inbounds i8, ptr %13, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %53, ptr %22, i64 8, i1 false)
  %54 = getelementptr inbounds i8, ptr %13, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %54, ptr %24, i64 8, i1 false)
  %55 = getelementptr inbounds i8, ptr %13, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %55, ptr %26, i64 8, i1 false)
  %56 = getelementptr inbounds i8, ptr %13, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %56, ptr %28, i64 8, i1 false)
  call void @ftc_rt_free(ptr %17)
  %57 = getelementptr inbounds i8, ptr %13, i64 384
  %58 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %57, ptr %58, align 8
  %59 = getelementptr inbounds i8, ptr %13, i64 832
  %60 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %59, ptr %60, align 8
  %61 = call i32 @lv.k1(ptr %8, i64 0, i64 1)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok1

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %17)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok1:                                              ; preds = %exit
  %63 = getelementptr inbounds i8, ptr %13, i64 832
  %64 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %63, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %13, i64 0
  %66 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %13, i64 64
  %68 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %6, ptr %69, align 8
  %70 = call i32 @lv.k2(ptr %9, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %72 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %72)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @lv_ckpt.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12) #1 {
entry:
  %13 = alloca ptr, align 8
  store ptr null, ptr %13, align 8
  %14 = alloca [3 x ptr], align 8
  %15 = alloca [5 x ptr], align 8
  %16 = alloca [5 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [3 x ptr], align 8
  %20 = alloca [5 x ptr], align 8
  %21 = alloca [5 x ptr], align 8
  %22 = alloca [3 x ptr], align 8
  %23 = alloca [3 x ptr], align 8
  %24 = alloca [3 x ptr], align 8
  %25 = alloca [5 x ptr], align 8
  %26 = alloca [5 x ptr], align 8
  %27 = alloca [3 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [3 x ptr], align 8
  %30 = alloca [9 x ptr], align 8
  %31 = alloca [9 x ptr], align 8
  %32 = call i32 @ftc_rt_alloc(ptr %13, i64 640)
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %fail, label %ok

fail:                                             ; preds = %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %32, %entry ], [ %40, %ok ], [ %49, %ok1 ], [ %58, %ok2 ], [ %65, %ok3 ], [ %72, %ok4 ], [ %80, %ok5 ], [ %90, %ok6 ], [ %100, %ok7 ], [ %107, %ok8 ], [ %114, %ok9 ], [ %122, %ok10 ], [ %132, %ok11 ], [ %142, %ok12 ], [ %149, %ok13 ], [ %156, %ok14 ], [ %164, %ok15 ], [ %181, %ok16 ], [ %197, %ok17 ]
  %34 = load ptr, ptr %13, align 8
  call void @ftc_rt_free(ptr %34)
  ret i32 %status

ok:                                               ; preds = %entry
  %35 = load ptr, ptr %13, align 8
  %36 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %0, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %1, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %35, i64 0
  %39 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %38, ptr %39, align 8
  %40 = call i32 @lv.k0.body0.k0(ptr %14, i64 0, i64 1)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %42 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %2, ptr %42, align 8
  %43 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %0, ptr %43, align 8
  %44 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %3, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %35, i64 0
  %46 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %35, i64 64
  %48 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %47, ptr %48, align 8
  %49 = call i32 @lv.k0.body0.k1(ptr %15, i64 0, i64 1)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %51 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %4, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %35, i64 0
  %53 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %5, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %1, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %35, i64 128
  %57 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %56, ptr %57, align 8
  %58 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %60 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %0, ptr %60, align 8
  %61 = getelementptr inbounds i8, ptr %35, i64 64
  %62 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %61, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %35, i64 0
  %64 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %63, ptr %64, align 8
  %65 = call i32 @lv.k0.body0.k3(ptr %17, i64 0, i64 1)
  %66 = icmp ne i32 %65, 0
  br i1 %66, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %67 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %1, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %35, i64 128
  %69 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %35, i64 192
  %71 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %70, ptr %71, align 8
  %72 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %74 = getelementptr inbounds i8, ptr %35, i64 0
  %75 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %35, i64 192
  %77 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %35, i64 256
  %79 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k0(ptr %19, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %82 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %2, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %35, i64 0
  %84 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %3, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %35, i64 256
  %87 = getelementptr inbounds ptr, ptr %20, i64 3
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %35, i64 320
  %89 = getelementptr inbounds ptr, ptr %20, i64 4
  store ptr %88, ptr %89, align 8
  %90 = call i32 @lv.k0.body0.k1(ptr %20, i64 0, i64 1)
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %92 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %4, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %35, i64 256
  %94 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %5, ptr %95, align 8
  %96 = getelementptr inbounds i8, ptr %35, i64 192
  %97 = getelementptr inbounds ptr, ptr %21, i64 3
  store ptr %96, ptr %97, align 8
  %98 = getelementptr inbounds i8, ptr %35, i64 0
  %99 = getelementptr inbounds ptr, ptr %21, i64 4
  store ptr %98, ptr %99, align 8
  %100 = call i32 @lv.k0.body0.k1(ptr %21, i64 0, i64 1)
  %101 = icmp ne i32 %100, 0
  br i1 %101, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %102 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %0, ptr %102, align 8
  %103 = getelementptr inbounds i8, ptr %35, i64 320
  %104 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %103, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %35, i64 192
  %106 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %105, ptr %106, align 8
  %107 = call i32 @lv.k0.body0.k3(ptr %22, i64 0, i64 1)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %109 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %1, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %35, i64 0
  %111 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds i8, ptr %35, i64 256
  %113 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %112, ptr %113, align 8
  %114 = call i32 @lv.k0.body0.k3(ptr %23, i64 0, i64 1)
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %116 = getelementptr inbounds i8, ptr %35, i64 192
  %117 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %116, ptr %117, align 8
  %118 = getelementptr inbounds i8, ptr %35, i64 256
  %119 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %35, i64 384
  %121 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %120, ptr %121, align 8
  %122 = call i32 @lv.k0.body0.k0(ptr %24, i64 0, i64 1)
  %123 = icmp ne i32 %122, 0
  br i1 %123, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %124 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %2, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %35, i64 192
  %126 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %3, ptr %127, align 8
  %128 = getelementptr inbounds i8, ptr %35, i64 384
  %129 = getelementptr inbounds ptr, ptr %25, i64 3
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %35, i64 448
  %131 = getelementptr inbounds ptr, ptr %25, i64 4
  store ptr %130, ptr %131, align 8
  %132 = call i32 @lv.k0.body0.k1(ptr %25, i64 0, i64 1)
  %133 = icmp ne i32 %132, 0
  br i1 %133, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %134 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %4, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %35, i64 384
  %136 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %5, ptr %137, align 8
  %138 = getelementptr inbounds i8, ptr %35, i64 256
  %139 = getelementptr inbounds ptr, ptr %26, i64 3
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds i8, ptr %35, i64 192
  %141 = getelementptr inbounds ptr, ptr %26, i64 4
  store ptr %140, ptr %141, align 8
  %142 = call i32 @lv.k0.body0.k1(ptr %26, i64 0, i64 1)
  %143 = icmp ne i32 %142, 0
  br i1 %143, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %144 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %0, ptr %144, align 8
  %145 = getelementptr inbounds i8, ptr %35, i64 448
  %146 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %145, ptr %146, align 8
  %147 = getelementptr inbounds i8, ptr %35, i64 256
  %148 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %147, ptr %148, align 8
  %149 = call i32 @lv.k0.body0.k13(ptr %27, i64 0, i64 1)
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %151 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %1, ptr %151, align 8
  %152 = getelementptr inbounds i8, ptr %35, i64 192
  %153 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %152, ptr %153, align 8
  %154 = getelementptr inbounds i8, ptr %35, i64 384
  %155 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %154, ptr %155, align 8
  %156 = call i32 @lv.k0.body0.k13(ptr %28, i64 0, i64 1)
  %157 = icmp ne i32 %156, 0
  br i1 %157, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %158 = getelementptr inbounds i8, ptr %35, i64 256
  %159 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %158, ptr %159, align 8
  %160 = getelementptr inbounds i8, ptr %35, i64 384
  %161 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %160, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %35, i64 512
  %163 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %162, ptr %163, align 8
  %164 = call i32 @lv.k0.body0.k0(ptr %29, i64 0, i64 1)
  %165 = icmp ne i32 %164, 0
  br i1 %165, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %166 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %0, ptr %166, align 8
  %167 = getelementptr inbounds i8, ptr %35, i64 64
  %168 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %167, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %2, ptr %169, align 8
  %170 = getelementptr inbounds i8, ptr %35, i64 256
  %171 = getelementptr inbounds ptr, ptr %30, i64 3
  store ptr %170, ptr %171, align 8
  %172 = getelementptr inbounds ptr, ptr %30, i64 4
  store ptr %3, ptr %172, align 8
  %173 = getelementptr inbounds i8, ptr %35, i64 512
  %174 = getelementptr inbounds ptr, ptr %30, i64 5
  store ptr %173, ptr %174, align 8
  %175 = getelementptr inbounds i8, ptr %35, i64 320
  %176 = getelementptr inbounds ptr, ptr %30, i64 6
  store ptr %175, ptr %176, align 8
  %177 = getelementptr inbounds i8, ptr %35, i64 448
  %178 = getelementptr inbounds ptr, ptr %30, i64 7
  store ptr %177, ptr %178, align 8
  %179 = getelementptr inbounds i8, ptr %35, i64 576
  %180 = getelementptr inbounds ptr, ptr %30, i64 8
  store ptr %179, ptr %180, align 8
  %181 = call i32 @lv.k0.body0.k16(ptr %30, i64 0, i64 1)
  %182 = icmp ne i32 %181, 0
  br i1 %182, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %183 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %1, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %35, i64 128
  %185 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %184, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %4, ptr %186, align 8
  %187 = getelementptr inbounds i8, ptr %35, i64 512
  %188 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr %187, ptr %188, align 8
  %189 = getelementptr inbounds ptr, ptr %31, i64 4
  store ptr %5, ptr %189, align 8
  %190 = getelementptr inbounds i8, ptr %35, i64 384
  %191 = getelementptr inbounds ptr, ptr %31, i64 5
  store ptr %190, ptr %191, align 8
  %192 = getelementptr inbounds i8, ptr %35, i64 0
  %193 = getelementptr inbounds ptr, ptr %31, i64 6
  store ptr %192, ptr %193, align 8
  %194 = getelementptr inbounds i8, ptr %35, i64 192
  %195 = getelementptr inbounds ptr, ptr %31, i64 7
  store ptr %194, ptr %195, align 8
  %196 = getelementptr inbounds ptr, ptr %31, i64 8
  store ptr %7, ptr %196, align 8
  %197 = call i32 @lv.k0.body0.k16(ptr %31, i64 0, i64 1)
  %198 = icmp ne i32 %197, 0
  br i1 %198, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %199 = getelementptr inbounds i8, ptr %35, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %199, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %5, i64 8, i1 false)
  %200 = getelementptr inbounds i8, ptr %35, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %200, i64 8, i1 false)
  %201 = load ptr, ptr %13, align 8
  call void @ftc_rt_free(ptr %201)
  ret i32 0
}

; Function Attrs: nounwind
define i32 @lv_ckpt(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6) #1 {
entry:
  %7 = alloca ptr, align 8
  store ptr null, ptr %7, align 8
  %8 = alloca [2 x ptr], align 8
  %9 = alloca [4 x ptr], align 8
  %10 = call i32 @ftc_rt_alloc(ptr %7, i64 896)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %ok1, %exit, %loop.body.failed, %loop.alloc.failed, %entry
  %status = phi i32 [ %10, %entry ], [ %15, %loop.alloc.failed ], [ %48, %loop.body.failed ], [ %61, %exit ], [ %70, %ok1 ]
  %12 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %7, align 8
  %14 = alloca ptr, align 8
  %15 = call i32 @ftc_rt_alloc(ptr %14, i64 1536)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %17 = load ptr, ptr %14, align 8
  %18 = getelementptr inbounds i8, ptr %17, i64 0
  %19 = getelementptr inbounds i8, ptr %17, i64 768
  %20 = getelementptr inbounds i8, ptr %17, i64 128
  %21 = getelementptr inbounds i8, ptr %17, i64 896
  %22 = getelementptr inbounds i8, ptr %17, i64 256
  %23 = getelementptr inbounds i8, ptr %17, i64 1024
  %24 = getelementptr inbounds i8, ptr %17, i64 384
  %25 = getelementptr inbounds i8, ptr %17, i64 1152
  %26 = getelementptr inbounds i8, ptr %17, i64 512
  %27 = getelementptr inbounds i8, ptr %17, i64 1280
  %28 = getelementptr inbounds i8, ptr %17, i64 640
  %29 = getelementptr inbounds i8, ptr %17, i64 1408
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %20, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %22, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %24, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %26, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %28, ptr %5, i64 8, i1 false)
  %30 = getelementptr inbounds i8, ptr %13, i64 384
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %50, %latch ]
  %31 = icmp slt i64 %i, 50
  br i1 %31, label %body, label %exit

body:                                             ; preds = %loop
  %32 = and i64 %i, 1
  %33 = icmp eq i64 %32, 0
  %34 = select i1 %33, ptr %18, ptr %19
  %35 = select i1 %33, ptr %20, ptr %21
  %36 = select i1 %33, ptr %22, ptr %23
  %37 = select i1 %33, ptr %24, ptr %25
  %38 = select i1 %33, ptr %26, ptr %27
  %39 = select i1 %33, ptr %28, ptr %29
  %40 = select i1 %33, ptr %19, ptr %18
  %41 = select i1 %33, ptr %21, ptr %20
  %42 = select i1 %33, ptr %23, ptr %22
  %43 = select i1 %33, ptr %25, ptr %24
  %44 = select i1 %33, ptr %27, ptr %26
  %45 = select i1 %33, ptr %29, ptr %28
  %46 = mul i64 %i, 8
  %47 = getelementptr inbounds i8, ptr %30, i64 %46
  %48 = call i32 @lv_ckpt.k0.body0(ptr %34, ptr %35, ptr %36, ptr %37, ptr %38, ptr %39, ptr %40, ptr %41, ptr %42, ptr %43, ptr %44, ptr %45, ptr %47)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %50 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %51 = getelementptr inbounds i8, ptr %13, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %51, ptr %18, i64 8, i1 false)
  %52 = getelementptr inbounds i8, ptr %13, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %52, ptr %20, i64 8, i1 false)
  %53 = getelementptr inbounds i8, ptr %13, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %53, ptr %22, i64 8, i1 false)
  %54 = getelementptr inbounds i8, ptr %13, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %54, ptr %24, i64 8, i1 false)
  %55 = getelementptr inbounds i8, ptr %13, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %55, ptr %26, i64 8, i1 false)
  %56 = getelementptr inbounds i8, ptr %13, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %56, ptr %28, i64 8, i1 false)
  call void @ftc_rt_free(ptr %17)
  %57 = getelementptr inbounds i8, ptr %13, i64 384
  %58 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %57, ptr %58, align 8
  %59 = getelementptr inbounds i8, ptr %13, i64 832
  %60 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %59, ptr %60, align 8
  %61 = call i32 @lv.k1(ptr %8, i64 0, i64 1)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok1

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %17)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok1:                                              ; preds = %exit
  %63 = getelementptr inbounds i8, ptr %13, i64 832
  %64 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %63, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %13, i64 0
  %66 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %13, i64 64
  %68 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %6, ptr %69, align 8
  %70 = call i32 @lv.k2(ptr %9, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %72 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %72)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k0.body0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  store double 5.000000e-02, ptr %6, align 8
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !9

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k0.body0.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  store double 2.500000e-02, ptr %6, align 8
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !10

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k0.body0.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  store double 0x3F81111111111111, ptr %6, align 8
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !11

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k0.body0.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  store double 2.000000e+00, ptr %6, align 8
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !12

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k0.body0.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds double, ptr %4, i64 %i
  %13 = load double, ptr %12, align 8
  %14 = getelementptr inbounds double, ptr %6, i64 %i
  %15 = load double, ptr %14, align 8
  %16 = getelementptr inbounds double, ptr %8, i64 %i
  %17 = load double, ptr %16, align 8
  %18 = fmul double %15, %17
  %19 = fadd double %13, %18
  %20 = getelementptr inbounds double, ptr %10, i64 %i
  store double %19, ptr %20, align 8
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !13

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k0.body0.k20(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %56, %latch ]
  %25 = icmp slt i64 %i, %2
  br i1 %25, label %body, label %exit

body:                                             ; preds = %loop
  %26 = getelementptr inbounds double, ptr %4, i64 %i
  %27 = load double, ptr %26, align 8
  %28 = getelementptr inbounds double, ptr %6, i64 %i
  %29 = load double, ptr %28, align 8
  %30 = getelementptr inbounds double, ptr %8, i64 %i
  %31 = load double, ptr %30, align 8
  %32 = getelementptr inbounds double, ptr %10, i64 %i
  %33 = load double, ptr %32, align 8
  %34 = getelementptr inbounds double, ptr %12, i64 %i
  %35 = load double, ptr %34, align 8
  %36 = fmul double %33, %35
  %37 = getelementptr inbounds double, ptr %14, i64 %i
  %38 = load double, ptr %37, align 8
  %39 = getelementptr inbounds double, ptr %16, i64 %i
  %40 = load double, ptr %39, align 8
  %41 = fmul double %38, %40
  %42 = fsub double %36, %41
  %43 = fadd double %31, %42
  %44 = getelementptr inbounds double, ptr %18, i64 %i
  %45 = load double, ptr %44, align 8
  %46 = getelementptr inbounds double, ptr %20, i64 %i
  %47 = load double, ptr %46, align 8
  %48 = getelementptr inbounds double, ptr %22, i64 %i
  %49 = load double, ptr %48, align 8
  %50 = fadd double %47, %49
  %51 = fmul double %45, %50
  %52 = fadd double %43, %51
  %53 = fmul double %29, %52
  %54 = fadd double %27, %53
  %55 = getelementptr inbounds double, ptr %24, i64 %i
  store double %54, ptr %55, align 8
  br label %latch

latch:                                            ; preds = %body
  %56 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !14

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr noalias %18, ptr noalias %19, ptr noalias %20, ptr noalias %21, ptr noalias %22, ptr noalias %23, ptr noalias %24, ptr noalias %25, ptr noalias %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32) #1 {
entry:
  %33 = alloca ptr, align 8
  store ptr null, ptr %33, align 8
  %34 = alloca [1 x ptr], align 8
  %35 = alloca [1 x ptr], align 8
  %36 = alloca [1 x ptr], align 8
  %37 = alloca [1 x ptr], align 8
  %38 = alloca [3 x ptr], align 8
  %39 = alloca [5 x ptr], align 8
  %40 = alloca [5 x ptr], align 8
  %41 = alloca [4 x ptr], align 8
  %42 = alloca [4 x ptr], align 8
  %43 = alloca [3 x ptr], align 8
  %44 = alloca [5 x ptr], align 8
  %45 = alloca [5 x ptr], align 8
  %46 = alloca [4 x ptr], align 8
  %47 = alloca [4 x ptr], align 8
  %48 = alloca [3 x ptr], align 8
  %49 = alloca [5 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [4 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [3 x ptr], align 8
  %54 = alloca [11 x ptr], align 8
  %55 = alloca [11 x ptr], align 8
  %56 = call i32 @ftc_rt_alloc(ptr %33, i64 448)
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %fail, label %ok

fail:                                             ; preds = %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %56, %entry ], [ %61, %ok ], [ %64, %ok1 ], [ %67, %ok2 ], [ %70, %ok3 ], [ %75, %ok4 ], [ %83, %ok5 ], [ %91, %ok6 ], [ %98, %ok7 ], [ %105, %ok8 ], [ %110, %ok9 ], [ %118, %ok10 ], [ %126, %ok11 ], [ %133, %ok12 ], [ %140, %ok13 ], [ %145, %ok14 ], [ %153, %ok15 ], [ %161, %ok16 ], [ %168, %ok17 ], [ %175, %ok18 ], [ %180, %ok19 ], [ %197, %ok20 ], [ %213, %ok21 ]
  %58 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %58)
  ret i32 %status

ok:                                               ; preds = %entry
  %59 = load ptr, ptr %33, align 8
  %60 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %27, ptr %60, align 8
  %61 = call i32 @grad_lv.k0.body0.k0(ptr %34, i64 0, i64 1)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %63 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %20, ptr %63, align 8
  %64 = call i32 @grad_lv.k0.body0.k1(ptr %35, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %66 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %32, ptr %66, align 8
  %67 = call i32 @grad_lv.k0.body0.k2(ptr %36, i64 0, i64 1)
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %69 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %31, ptr %69, align 8
  %70 = call i32 @grad_lv.k0.body0.k3(ptr %37, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %72 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %0, ptr %72, align 8
  %73 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %1, ptr %73, align 8
  %74 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %16, ptr %74, align 8
  %75 = call i32 @lv.k0.body0.k0(ptr %38, i64 0, i64 1)
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %77 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %2, ptr %77, align 8
  %78 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %0, ptr %78, align 8
  %79 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %3, ptr %79, align 8
  %80 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %16, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %59, i64 0
  %82 = getelementptr inbounds ptr, ptr %39, i64 4
  store ptr %81, ptr %82, align 8
  %83 = call i32 @lv.k0.body0.k1(ptr %39, i64 0, i64 1)
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %85 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %4, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %16, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %5, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %40, i64 3
  store ptr %1, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %59, i64 64
  %90 = getelementptr inbounds ptr, ptr %40, i64 4
  store ptr %89, ptr %90, align 8
  %91 = call i32 @lv.k0.body0.k1(ptr %40, i64 0, i64 1)
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %93 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %0, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %20, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %59, i64 0
  %96 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %95, ptr %96, align 8
  %97 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %22, ptr %97, align 8
  %98 = call i32 @grad_lv.k0.body0.k7(ptr %41, i64 0, i64 1)
  %99 = icmp ne i32 %98, 0
  br i1 %99, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %100 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %1, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %20, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %59, i64 64
  %103 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %102, ptr %103, align 8
  %104 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %21, ptr %104, align 8
  %105 = call i32 @grad_lv.k0.body0.k7(ptr %42, i64 0, i64 1)
  %106 = icmp ne i32 %105, 0
  br i1 %106, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %107 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %22, ptr %107, align 8
  %108 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %21, ptr %108, align 8
  %109 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %23, ptr %109, align 8
  %110 = call i32 @lv.k0.body0.k0(ptr %43, i64 0, i64 1)
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %112 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %2, ptr %112, align 8
  %113 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %22, ptr %113, align 8
  %114 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %3, ptr %114, align 8
  %115 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %23, ptr %115, align 8
  %116 = getelementptr inbounds i8, ptr %59, i64 128
  %117 = getelementptr inbounds ptr, ptr %44, i64 4
  store ptr %116, ptr %117, align 8
  %118 = call i32 @lv.k0.body0.k1(ptr %44, i64 0, i64 1)
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %120 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %4, ptr %120, align 8
  %121 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %23, ptr %121, align 8
  %122 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %5, ptr %122, align 8
  %123 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %21, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %59, i64 192
  %125 = getelementptr inbounds ptr, ptr %45, i64 4
  store ptr %124, ptr %125, align 8
  %126 = call i32 @lv.k0.body0.k1(ptr %45, i64 0, i64 1)
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %128 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %0, ptr %128, align 8
  %129 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %20, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %59, i64 128
  %131 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %130, ptr %131, align 8
  %132 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %25, ptr %132, align 8
  %133 = call i32 @grad_lv.k0.body0.k7(ptr %46, i64 0, i64 1)
  %134 = icmp ne i32 %133, 0
  br i1 %134, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %135 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %1, ptr %135, align 8
  %136 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %20, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %59, i64 192
  %138 = getelementptr inbounds ptr, ptr %47, i64 2
  store ptr %137, ptr %138, align 8
  %139 = getelementptr inbounds ptr, ptr %47, i64 3
  store ptr %24, ptr %139, align 8
  %140 = call i32 @grad_lv.k0.body0.k7(ptr %47, i64 0, i64 1)
  %141 = icmp ne i32 %140, 0
  br i1 %141, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %142 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %25, ptr %142, align 8
  %143 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %24, ptr %143, align 8
  %144 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr %26, ptr %144, align 8
  %145 = call i32 @lv.k0.body0.k0(ptr %48, i64 0, i64 1)
  %146 = icmp ne i32 %145, 0
  br i1 %146, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %147 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %2, ptr %147, align 8
  %148 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %25, ptr %148, align 8
  %149 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %3, ptr %149, align 8
  %150 = getelementptr inbounds ptr, ptr %49, i64 3
  store ptr %26, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %59, i64 256
  %152 = getelementptr inbounds ptr, ptr %49, i64 4
  store ptr %151, ptr %152, align 8
  %153 = call i32 @lv.k0.body0.k1(ptr %49, i64 0, i64 1)
  %154 = icmp ne i32 %153, 0
  br i1 %154, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %155 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %4, ptr %155, align 8
  %156 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %26, ptr %156, align 8
  %157 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %5, ptr %157, align 8
  %158 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %24, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %59, i64 320
  %160 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %159, ptr %160, align 8
  %161 = call i32 @lv.k0.body0.k1(ptr %50, i64 0, i64 1)
  %162 = icmp ne i32 %161, 0
  br i1 %162, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %163 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %0, ptr %163, align 8
  %164 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %27, ptr %164, align 8
  %165 = getelementptr inbounds i8, ptr %59, i64 256
  %166 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %165, ptr %166, align 8
  %167 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %29, ptr %167, align 8
  %168 = call i32 @grad_lv.k0.body0.k7(ptr %51, i64 0, i64 1)
  %169 = icmp ne i32 %168, 0
  br i1 %169, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %170 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %1, ptr %170, align 8
  %171 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %27, ptr %171, align 8
  %172 = getelementptr inbounds i8, ptr %59, i64 320
  %173 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %28, ptr %174, align 8
  %175 = call i32 @grad_lv.k0.body0.k7(ptr %52, i64 0, i64 1)
  %176 = icmp ne i32 %175, 0
  br i1 %176, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %177 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %29, ptr %177, align 8
  %178 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %28, ptr %178, align 8
  %179 = getelementptr inbounds ptr, ptr %53, i64 2
  store ptr %30, ptr %179, align 8
  %180 = call i32 @lv.k0.body0.k0(ptr %53, i64 0, i64 1)
  %181 = icmp ne i32 %180, 0
  br i1 %181, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %182 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %0, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %32, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %59, i64 0
  %185 = getelementptr inbounds ptr, ptr %54, i64 2
  store ptr %184, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %54, i64 3
  store ptr %2, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %54, i64 4
  store ptr %29, ptr %187, align 8
  %188 = getelementptr inbounds ptr, ptr %54, i64 5
  store ptr %3, ptr %188, align 8
  %189 = getelementptr inbounds ptr, ptr %54, i64 6
  store ptr %30, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %54, i64 7
  store ptr %31, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %59, i64 128
  %192 = getelementptr inbounds ptr, ptr %54, i64 8
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds i8, ptr %59, i64 256
  %194 = getelementptr inbounds ptr, ptr %54, i64 9
  store ptr %193, ptr %194, align 8
  %195 = getelementptr inbounds i8, ptr %59, i64 384
  %196 = getelementptr inbounds ptr, ptr %54, i64 10
  store ptr %195, ptr %196, align 8
  %197 = call i32 @grad_lv.k0.body0.k20(ptr %54, i64 0, i64 1)
  %198 = icmp ne i32 %197, 0
  br i1 %198, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %199 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %1, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %32, ptr %200, align 8
  %201 = getelementptr inbounds i8, ptr %59, i64 64
  %202 = getelementptr inbounds ptr, ptr %55, i64 2
  store ptr %201, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %55, i64 3
  store ptr %4, ptr %203, align 8
  %204 = getelementptr inbounds ptr, ptr %55, i64 4
  store ptr %30, ptr %204, align 8
  %205 = getelementptr inbounds ptr, ptr %55, i64 5
  store ptr %5, ptr %205, align 8
  %206 = getelementptr inbounds ptr, ptr %55, i64 6
  store ptr %28, ptr %206, align 8
  %207 = getelementptr inbounds ptr, ptr %55, i64 7
  store ptr %31, ptr %207, align 8
  %208 = getelementptr inbounds i8, ptr %59, i64 192
  %209 = getelementptr inbounds ptr, ptr %55, i64 8
  store ptr %208, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %59, i64 320
  %211 = getelementptr inbounds ptr, ptr %55, i64 9
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %55, i64 10
  store ptr %7, ptr %212, align 8
  %213 = call i32 @grad_lv.k0.body0.k20(ptr %55, i64 0, i64 1)
  %214 = icmp ne i32 %213, 0
  br i1 %214, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %215 = getelementptr inbounds i8, ptr %59, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %215, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %5, i64 8, i1 false)
  %216 = getelementptr inbounds i8, ptr %59, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %216, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %15, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %19, ptr %5, i64 8, i1 false)
  %217 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %217)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k3.body0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = getelementptr inbounds double, ptr %4, i64 %i
  %11 = load double, ptr %10, align 8
  %12 = getelementptr inbounds double, ptr %6, i64 %i
  %13 = load double, ptr %12, align 8
  %14 = fadd double %11, %13
  %15 = getelementptr inbounds double, ptr %8, i64 %i
  store double %14, ptr %15, align 8
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !15

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k3.body0.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %9 = load double, ptr %8, align 8
  %10 = fneg double %9
  %11 = getelementptr inbounds double, ptr %6, i64 %i
  store double %10, ptr %11, align 8
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !16

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k3.body0.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %26, %latch ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds double, ptr %4, i64 %i
  %15 = load double, ptr %14, align 8
  %16 = getelementptr inbounds double, ptr %6, i64 %i
  %17 = load double, ptr %16, align 8
  %18 = fmul double %15, %17
  %19 = getelementptr inbounds double, ptr %8, i64 %i
  %20 = load double, ptr %19, align 8
  %21 = getelementptr inbounds double, ptr %10, i64 %i
  %22 = load double, ptr %21, align 8
  %23 = fmul double %20, %22
  %24 = fadd double %18, %23
  %25 = getelementptr inbounds double, ptr %12, i64 %i
  store double %24, ptr %25, align 8
  br label %latch

latch:                                            ; preds = %body
  %26 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !17

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k3.body0.k27(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %51, %latch ]
  %23 = icmp slt i64 %i, %2
  br i1 %23, label %body, label %exit

body:                                             ; preds = %loop
  %24 = getelementptr inbounds double, ptr %4, i64 %i
  %25 = load double, ptr %24, align 8
  %26 = getelementptr inbounds double, ptr %6, i64 %i
  %27 = load double, ptr %26, align 8
  %28 = getelementptr inbounds double, ptr %8, i64 %i
  %29 = load double, ptr %28, align 8
  %30 = fmul double %27, %29
  %31 = fadd double %25, %30
  %32 = getelementptr inbounds double, ptr %10, i64 %i
  %33 = load double, ptr %32, align 8
  %34 = getelementptr inbounds double, ptr %12, i64 %i
  %35 = load double, ptr %34, align 8
  %36 = fmul double %33, %35
  %37 = fadd double %31, %36
  %38 = getelementptr inbounds double, ptr %14, i64 %i
  %39 = load double, ptr %38, align 8
  %40 = getelementptr inbounds double, ptr %16, i64 %i
  %41 = load double, ptr %40, align 8
  %42 = fmul double %39, %41
  %43 = fadd double %37, %42
  %44 = getelementptr inbounds double, ptr %18, i64 %i
  %45 = load double, ptr %44, align 8
  %46 = getelementptr inbounds double, ptr %20, i64 %i
  %47 = load double, ptr %46, align 8
  %48 = fmul double %45, %47
  %49 = fadd double %43, %48
  %50 = getelementptr inbounds double, ptr %22, i64 %i
  store double %49, ptr %50, align 8
  br label %latch

latch:                                            ; preds = %body
  %51 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !18

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k3.body0.k33(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %46, %latch ]
  %21 = icmp slt i64 %i, %2
  br i1 %21, label %body, label %exit

body:                                             ; preds = %loop
  %22 = getelementptr inbounds double, ptr %4, i64 %i
  %23 = load double, ptr %22, align 8
  %24 = getelementptr inbounds double, ptr %6, i64 %i
  %25 = load double, ptr %24, align 8
  %26 = fadd double %23, %25
  %27 = getelementptr inbounds double, ptr %8, i64 %i
  %28 = load double, ptr %27, align 8
  %29 = fadd double %26, %28
  %30 = getelementptr inbounds double, ptr %10, i64 %i
  %31 = load double, ptr %30, align 8
  %32 = fadd double %29, %31
  %33 = getelementptr inbounds double, ptr %12, i64 %i
  %34 = load double, ptr %33, align 8
  %35 = getelementptr inbounds double, ptr %14, i64 %i
  %36 = load double, ptr %35, align 8
  %37 = fmul double %34, %36
  %38 = fadd double %32, %37
  %39 = getelementptr inbounds double, ptr %16, i64 %i
  %40 = load double, ptr %39, align 8
  %41 = getelementptr inbounds double, ptr %18, i64 %i
  %42 = load double, ptr %41, align 8
  %43 = fmul double %40, %42
  %44 = fadd double %38, %43
  %45 = getelementptr inbounds double, ptr %20, i64 %i
  store double %44, ptr %45, align 8
  br label %latch

latch:                                            ; preds = %body
  %46 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !19

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv.k3.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12, ptr %13, ptr %14, ptr %15, ptr %16, ptr %17, ptr %18, ptr %19, ptr %20, ptr %21, ptr %22, ptr %23, ptr %24, ptr %25, ptr %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32) #1 {
entry:
  %33 = alloca ptr, align 8
  store ptr null, ptr %33, align 8
  %34 = alloca [3 x ptr], align 8
  %35 = alloca [3 x ptr], align 8
  %36 = alloca [3 x ptr], align 8
  %37 = alloca [3 x ptr], align 8
  %38 = alloca [3 x ptr], align 8
  %39 = alloca [2 x ptr], align 8
  %40 = alloca [2 x ptr], align 8
  %41 = alloca [5 x ptr], align 8
  %42 = alloca [5 x ptr], align 8
  %43 = alloca [5 x ptr], align 8
  %44 = alloca [4 x ptr], align 8
  %45 = alloca [4 x ptr], align 8
  %46 = alloca [2 x ptr], align 8
  %47 = alloca [2 x ptr], align 8
  %48 = alloca [5 x ptr], align 8
  %49 = alloca [5 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [4 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [2 x ptr], align 8
  %54 = alloca [2 x ptr], align 8
  %55 = alloca [5 x ptr], align 8
  %56 = alloca [5 x ptr], align 8
  %57 = alloca [5 x ptr], align 8
  %58 = alloca [4 x ptr], align 8
  %59 = alloca [4 x ptr], align 8
  %60 = alloca [2 x ptr], align 8
  %61 = alloca [10 x ptr], align 8
  %62 = alloca [10 x ptr], align 8
  %63 = alloca [2 x ptr], align 8
  %64 = alloca [5 x ptr], align 8
  %65 = alloca [10 x ptr], align 8
  %66 = alloca [10 x ptr], align 8
  %67 = alloca [9 x ptr], align 8
  %68 = alloca [9 x ptr], align 8
  %69 = call i32 @ftc_rt_alloc(ptr %33, i64 1408)
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %fail, label %ok

fail:                                             ; preds = %ok34, %ok33, %ok32, %ok31, %ok30, %ok29, %ok28, %ok27, %ok26, %ok25, %ok24, %ok23, %ok22, %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %69, %entry ], [ %77, %ok ], [ %83, %ok1 ], [ %90, %ok2 ], [ %97, %ok3 ], [ %104, %ok4 ], [ %110, %ok5 ], [ %116, %ok6 ], [ %126, %ok7 ], [ %136, %ok8 ], [ %146, %ok9 ], [ %155, %ok10 ], [ %164, %ok11 ], [ %170, %ok12 ], [ %176, %ok13 ], [ %186, %ok14 ], [ %196, %ok15 ], [ %206, %ok16 ], [ %215, %ok17 ], [ %224, %ok18 ], [ %230, %ok19 ], [ %236, %ok20 ], [ %246, %ok21 ], [ %256, %ok22 ], [ %266, %ok23 ], [ %275, %ok24 ], [ %284, %ok25 ], [ %290, %ok26 ], [ %306, %ok27 ], [ %322, %ok28 ], [ %328, %ok29 ], [ %338, %ok30 ], [ %354, %ok31 ], [ %370, %ok32 ], [ %386, %ok33 ], [ %403, %ok34 ]
  %71 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %71)
  ret i32 %status

ok:                                               ; preds = %entry
  %72 = load ptr, ptr %33, align 8
  %73 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %0, ptr %73, align 8
  %74 = getelementptr inbounds ptr, ptr %34, i64 1
  store ptr %26, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %72, i64 0
  %76 = getelementptr inbounds ptr, ptr %34, i64 2
  store ptr %75, ptr %76, align 8
  %77 = call i32 @grad_lv.k3.body0.k0(ptr %34, i64 0, i64 1)
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %79 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %1, ptr %79, align 8
  %80 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %25, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %72, i64 64
  %82 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %81, ptr %82, align 8
  %83 = call i32 @lv.k0.body0.k0(ptr %35, i64 0, i64 1)
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %85 = getelementptr inbounds i8, ptr %72, i64 64
  %86 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %85, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %24, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %72, i64 128
  %89 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %88, ptr %89, align 8
  %90 = call i32 @lv.k0.body0.k0(ptr %36, i64 0, i64 1)
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %92 = getelementptr inbounds i8, ptr %72, i64 0
  %93 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %25, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %72, i64 192
  %96 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %95, ptr %96, align 8
  %97 = call i32 @lv.k0.body0.k0(ptr %37, i64 0, i64 1)
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %99 = getelementptr inbounds i8, ptr %72, i64 192
  %100 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %24, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %72, i64 256
  %103 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %102, ptr %103, align 8
  %104 = call i32 @lv.k0.body0.k0(ptr %38, i64 0, i64 1)
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %106 = getelementptr inbounds i8, ptr %72, i64 64
  %107 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %72, i64 320
  %109 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %108, ptr %109, align 8
  %110 = call i32 @grad_lv.k3.body0.k5(ptr %39, i64 0, i64 1)
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %112 = getelementptr inbounds i8, ptr %72, i64 192
  %113 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %112, ptr %113, align 8
  %114 = getelementptr inbounds i8, ptr %72, i64 384
  %115 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %114, ptr %115, align 8
  %116 = call i32 @grad_lv.k3.body0.k5(ptr %40, i64 0, i64 1)
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %118 = getelementptr inbounds i8, ptr %72, i64 64
  %119 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %11, ptr %120, align 8
  %121 = getelementptr inbounds i8, ptr %72, i64 384
  %122 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %121, ptr %122, align 8
  %123 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %10, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %72, i64 448
  %125 = getelementptr inbounds ptr, ptr %41, i64 4
  store ptr %124, ptr %125, align 8
  %126 = call i32 @grad_lv.k3.body0.k7(ptr %41, i64 0, i64 1)
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %128 = getelementptr inbounds i8, ptr %72, i64 320
  %129 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %12, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %72, i64 448
  %132 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %22, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %72, i64 512
  %135 = getelementptr inbounds ptr, ptr %42, i64 4
  store ptr %134, ptr %135, align 8
  %136 = call i32 @grad_lv.k3.body0.k7(ptr %42, i64 0, i64 1)
  %137 = icmp ne i32 %136, 0
  br i1 %137, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %138 = getelementptr inbounds i8, ptr %72, i64 192
  %139 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %8, ptr %140, align 8
  %141 = getelementptr inbounds i8, ptr %72, i64 448
  %142 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %141, ptr %142, align 8
  %143 = getelementptr inbounds ptr, ptr %43, i64 3
  store ptr %21, ptr %143, align 8
  %144 = getelementptr inbounds i8, ptr %72, i64 576
  %145 = getelementptr inbounds ptr, ptr %43, i64 4
  store ptr %144, ptr %145, align 8
  %146 = call i32 @grad_lv.k3.body0.k7(ptr %43, i64 0, i64 1)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %148 = getelementptr inbounds i8, ptr %72, i64 128
  %149 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %148, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %72, i64 512
  %151 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %150, ptr %151, align 8
  %152 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %20, ptr %152, align 8
  %153 = getelementptr inbounds i8, ptr %72, i64 448
  %154 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %153, ptr %154, align 8
  %155 = call i32 @grad_lv.k0.body0.k7(ptr %44, i64 0, i64 1)
  %156 = icmp ne i32 %155, 0
  br i1 %156, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %157 = getelementptr inbounds i8, ptr %72, i64 256
  %158 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %72, i64 576
  %160 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %159, ptr %160, align 8
  %161 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %20, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %72, i64 640
  %163 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %162, ptr %163, align 8
  %164 = call i32 @grad_lv.k0.body0.k7(ptr %45, i64 0, i64 1)
  %165 = icmp ne i32 %164, 0
  br i1 %165, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %166 = getelementptr inbounds i8, ptr %72, i64 448
  %167 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %166, ptr %167, align 8
  %168 = getelementptr inbounds i8, ptr %72, i64 704
  %169 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %168, ptr %169, align 8
  %170 = call i32 @grad_lv.k3.body0.k5(ptr %46, i64 0, i64 1)
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %172 = getelementptr inbounds i8, ptr %72, i64 640
  %173 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %72, i64 768
  %175 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %174, ptr %175, align 8
  %176 = call i32 @grad_lv.k3.body0.k5(ptr %47, i64 0, i64 1)
  %177 = icmp ne i32 %176, 0
  br i1 %177, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %178 = getelementptr inbounds i8, ptr %72, i64 448
  %179 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %178, ptr %179, align 8
  %180 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %11, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %72, i64 768
  %182 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr %181, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %48, i64 3
  store ptr %10, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %72, i64 832
  %185 = getelementptr inbounds ptr, ptr %48, i64 4
  store ptr %184, ptr %185, align 8
  %186 = call i32 @grad_lv.k3.body0.k7(ptr %48, i64 0, i64 1)
  %187 = icmp ne i32 %186, 0
  br i1 %187, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %188 = getelementptr inbounds i8, ptr %72, i64 704
  %189 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %12, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %72, i64 832
  %192 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %49, i64 3
  store ptr %18, ptr %193, align 8
  %194 = getelementptr inbounds i8, ptr %72, i64 896
  %195 = getelementptr inbounds ptr, ptr %49, i64 4
  store ptr %194, ptr %195, align 8
  %196 = call i32 @grad_lv.k3.body0.k7(ptr %49, i64 0, i64 1)
  %197 = icmp ne i32 %196, 0
  br i1 %197, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %198 = getelementptr inbounds i8, ptr %72, i64 640
  %199 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %198, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %8, ptr %200, align 8
  %201 = getelementptr inbounds i8, ptr %72, i64 832
  %202 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %201, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %17, ptr %203, align 8
  %204 = getelementptr inbounds i8, ptr %72, i64 960
  %205 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %204, ptr %205, align 8
  %206 = call i32 @grad_lv.k3.body0.k7(ptr %50, i64 0, i64 1)
  %207 = icmp ne i32 %206, 0
  br i1 %207, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %208 = getelementptr inbounds i8, ptr %72, i64 128
  %209 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %208, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %72, i64 896
  %211 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %13, ptr %212, align 8
  %213 = getelementptr inbounds i8, ptr %72, i64 832
  %214 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %213, ptr %214, align 8
  %215 = call i32 @grad_lv.k0.body0.k7(ptr %51, i64 0, i64 1)
  %216 = icmp ne i32 %215, 0
  br i1 %216, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %217 = getelementptr inbounds i8, ptr %72, i64 256
  %218 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %217, ptr %218, align 8
  %219 = getelementptr inbounds i8, ptr %72, i64 960
  %220 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %219, ptr %220, align 8
  %221 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %13, ptr %221, align 8
  %222 = getelementptr inbounds i8, ptr %72, i64 128
  %223 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %222, ptr %223, align 8
  %224 = call i32 @grad_lv.k0.body0.k7(ptr %52, i64 0, i64 1)
  %225 = icmp ne i32 %224, 0
  br i1 %225, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %226 = getelementptr inbounds i8, ptr %72, i64 832
  %227 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %226, ptr %227, align 8
  %228 = getelementptr inbounds i8, ptr %72, i64 256
  %229 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %228, ptr %229, align 8
  %230 = call i32 @grad_lv.k3.body0.k5(ptr %53, i64 0, i64 1)
  %231 = icmp ne i32 %230, 0
  br i1 %231, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %232 = getelementptr inbounds i8, ptr %72, i64 128
  %233 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %232, ptr %233, align 8
  %234 = getelementptr inbounds i8, ptr %72, i64 1024
  %235 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %234, ptr %235, align 8
  %236 = call i32 @grad_lv.k3.body0.k5(ptr %54, i64 0, i64 1)
  %237 = icmp ne i32 %236, 0
  br i1 %237, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %238 = getelementptr inbounds i8, ptr %72, i64 832
  %239 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %238, ptr %239, align 8
  %240 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %11, ptr %240, align 8
  %241 = getelementptr inbounds i8, ptr %72, i64 1024
  %242 = getelementptr inbounds ptr, ptr %55, i64 2
  store ptr %241, ptr %242, align 8
  %243 = getelementptr inbounds ptr, ptr %55, i64 3
  store ptr %10, ptr %243, align 8
  %244 = getelementptr inbounds i8, ptr %72, i64 1088
  %245 = getelementptr inbounds ptr, ptr %55, i64 4
  store ptr %244, ptr %245, align 8
  %246 = call i32 @grad_lv.k3.body0.k7(ptr %55, i64 0, i64 1)
  %247 = icmp ne i32 %246, 0
  br i1 %247, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %248 = getelementptr inbounds i8, ptr %72, i64 256
  %249 = getelementptr inbounds ptr, ptr %56, i64 0
  store ptr %248, ptr %249, align 8
  %250 = getelementptr inbounds ptr, ptr %56, i64 1
  store ptr %12, ptr %250, align 8
  %251 = getelementptr inbounds i8, ptr %72, i64 1088
  %252 = getelementptr inbounds ptr, ptr %56, i64 2
  store ptr %251, ptr %252, align 8
  %253 = getelementptr inbounds ptr, ptr %56, i64 3
  store ptr %15, ptr %253, align 8
  %254 = getelementptr inbounds i8, ptr %72, i64 1152
  %255 = getelementptr inbounds ptr, ptr %56, i64 4
  store ptr %254, ptr %255, align 8
  %256 = call i32 @grad_lv.k3.body0.k7(ptr %56, i64 0, i64 1)
  %257 = icmp ne i32 %256, 0
  br i1 %257, label %fail, label %ok23

ok23:                                             ; preds = %ok22
  %258 = getelementptr inbounds i8, ptr %72, i64 128
  %259 = getelementptr inbounds ptr, ptr %57, i64 0
  store ptr %258, ptr %259, align 8
  %260 = getelementptr inbounds ptr, ptr %57, i64 1
  store ptr %8, ptr %260, align 8
  %261 = getelementptr inbounds i8, ptr %72, i64 1088
  %262 = getelementptr inbounds ptr, ptr %57, i64 2
  store ptr %261, ptr %262, align 8
  %263 = getelementptr inbounds ptr, ptr %57, i64 3
  store ptr %14, ptr %263, align 8
  %264 = getelementptr inbounds i8, ptr %72, i64 1216
  %265 = getelementptr inbounds ptr, ptr %57, i64 4
  store ptr %264, ptr %265, align 8
  %266 = call i32 @grad_lv.k3.body0.k7(ptr %57, i64 0, i64 1)
  %267 = icmp ne i32 %266, 0
  br i1 %267, label %fail, label %ok24

ok24:                                             ; preds = %ok23
  %268 = getelementptr inbounds i8, ptr %72, i64 64
  %269 = getelementptr inbounds ptr, ptr %58, i64 0
  store ptr %268, ptr %269, align 8
  %270 = getelementptr inbounds i8, ptr %72, i64 1152
  %271 = getelementptr inbounds ptr, ptr %58, i64 1
  store ptr %270, ptr %271, align 8
  %272 = getelementptr inbounds ptr, ptr %58, i64 2
  store ptr %13, ptr %272, align 8
  %273 = getelementptr inbounds i8, ptr %72, i64 1088
  %274 = getelementptr inbounds ptr, ptr %58, i64 3
  store ptr %273, ptr %274, align 8
  %275 = call i32 @grad_lv.k0.body0.k7(ptr %58, i64 0, i64 1)
  %276 = icmp ne i32 %275, 0
  br i1 %276, label %fail, label %ok25

ok25:                                             ; preds = %ok24
  %277 = getelementptr inbounds i8, ptr %72, i64 192
  %278 = getelementptr inbounds ptr, ptr %59, i64 0
  store ptr %277, ptr %278, align 8
  %279 = getelementptr inbounds i8, ptr %72, i64 1216
  %280 = getelementptr inbounds ptr, ptr %59, i64 1
  store ptr %279, ptr %280, align 8
  %281 = getelementptr inbounds ptr, ptr %59, i64 2
  store ptr %13, ptr %281, align 8
  %282 = getelementptr inbounds i8, ptr %72, i64 1280
  %283 = getelementptr inbounds ptr, ptr %59, i64 3
  store ptr %282, ptr %283, align 8
  %284 = call i32 @grad_lv.k0.body0.k7(ptr %59, i64 0, i64 1)
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %fail, label %ok26

ok26:                                             ; preds = %ok25
  %286 = getelementptr inbounds i8, ptr %72, i64 1088
  %287 = getelementptr inbounds ptr, ptr %60, i64 0
  store ptr %286, ptr %287, align 8
  %288 = getelementptr inbounds i8, ptr %72, i64 1344
  %289 = getelementptr inbounds ptr, ptr %60, i64 1
  store ptr %288, ptr %289, align 8
  %290 = call i32 @grad_lv.k3.body0.k5(ptr %60, i64 0, i64 1)
  %291 = icmp ne i32 %290, 0
  br i1 %291, label %fail, label %ok27

ok27:                                             ; preds = %ok26
  %292 = getelementptr inbounds ptr, ptr %61, i64 0
  store ptr %5, ptr %292, align 8
  %293 = getelementptr inbounds i8, ptr %72, i64 320
  %294 = getelementptr inbounds ptr, ptr %61, i64 1
  store ptr %293, ptr %294, align 8
  %295 = getelementptr inbounds ptr, ptr %61, i64 2
  store ptr %21, ptr %295, align 8
  %296 = getelementptr inbounds i8, ptr %72, i64 704
  %297 = getelementptr inbounds ptr, ptr %61, i64 3
  store ptr %296, ptr %297, align 8
  %298 = getelementptr inbounds ptr, ptr %61, i64 4
  store ptr %17, ptr %298, align 8
  %299 = getelementptr inbounds i8, ptr %72, i64 256
  %300 = getelementptr inbounds ptr, ptr %61, i64 5
  store ptr %299, ptr %300, align 8
  %301 = getelementptr inbounds ptr, ptr %61, i64 6
  store ptr %14, ptr %301, align 8
  %302 = getelementptr inbounds i8, ptr %72, i64 1344
  %303 = getelementptr inbounds ptr, ptr %61, i64 7
  store ptr %302, ptr %303, align 8
  %304 = getelementptr inbounds ptr, ptr %61, i64 8
  store ptr %6, ptr %304, align 8
  %305 = getelementptr inbounds ptr, ptr %61, i64 9
  store ptr %32, ptr %305, align 8
  %306 = call i32 @grad_lv.k3.body0.k27(ptr %61, i64 0, i64 1)
  %307 = icmp ne i32 %306, 0
  br i1 %307, label %fail, label %ok28

ok28:                                             ; preds = %ok27
  %308 = getelementptr inbounds ptr, ptr %62, i64 0
  store ptr %4, ptr %308, align 8
  %309 = getelementptr inbounds i8, ptr %72, i64 64
  %310 = getelementptr inbounds ptr, ptr %62, i64 1
  store ptr %309, ptr %310, align 8
  %311 = getelementptr inbounds ptr, ptr %62, i64 2
  store ptr %23, ptr %311, align 8
  %312 = getelementptr inbounds i8, ptr %72, i64 448
  %313 = getelementptr inbounds ptr, ptr %62, i64 3
  store ptr %312, ptr %313, align 8
  %314 = getelementptr inbounds ptr, ptr %62, i64 4
  store ptr %19, ptr %314, align 8
  %315 = getelementptr inbounds i8, ptr %72, i64 832
  %316 = getelementptr inbounds ptr, ptr %62, i64 5
  store ptr %315, ptr %316, align 8
  %317 = getelementptr inbounds ptr, ptr %62, i64 6
  store ptr %16, ptr %317, align 8
  %318 = getelementptr inbounds i8, ptr %72, i64 1088
  %319 = getelementptr inbounds ptr, ptr %62, i64 7
  store ptr %318, ptr %319, align 8
  %320 = getelementptr inbounds ptr, ptr %62, i64 8
  store ptr %9, ptr %320, align 8
  %321 = getelementptr inbounds ptr, ptr %62, i64 9
  store ptr %31, ptr %321, align 8
  %322 = call i32 @grad_lv.k3.body0.k27(ptr %62, i64 0, i64 1)
  %323 = icmp ne i32 %322, 0
  br i1 %323, label %fail, label %ok29

ok29:                                             ; preds = %ok28
  %324 = getelementptr inbounds i8, ptr %72, i64 1280
  %325 = getelementptr inbounds ptr, ptr %63, i64 0
  store ptr %324, ptr %325, align 8
  %326 = getelementptr inbounds i8, ptr %72, i64 64
  %327 = getelementptr inbounds ptr, ptr %63, i64 1
  store ptr %326, ptr %327, align 8
  %328 = call i32 @grad_lv.k3.body0.k5(ptr %63, i64 0, i64 1)
  %329 = icmp ne i32 %328, 0
  br i1 %329, label %fail, label %ok30

ok30:                                             ; preds = %ok29
  %330 = getelementptr inbounds i8, ptr %72, i64 1088
  %331 = getelementptr inbounds ptr, ptr %64, i64 0
  store ptr %330, ptr %331, align 8
  %332 = getelementptr inbounds ptr, ptr %64, i64 1
  store ptr %11, ptr %332, align 8
  %333 = getelementptr inbounds i8, ptr %72, i64 64
  %334 = getelementptr inbounds ptr, ptr %64, i64 2
  store ptr %333, ptr %334, align 8
  %335 = getelementptr inbounds ptr, ptr %64, i64 3
  store ptr %10, ptr %335, align 8
  %336 = getelementptr inbounds i8, ptr %72, i64 256
  %337 = getelementptr inbounds ptr, ptr %64, i64 4
  store ptr %336, ptr %337, align 8
  %338 = call i32 @grad_lv.k3.body0.k7(ptr %64, i64 0, i64 1)
  %339 = icmp ne i32 %338, 0
  br i1 %339, label %fail, label %ok31

ok31:                                             ; preds = %ok30
  %340 = getelementptr inbounds ptr, ptr %65, i64 0
  store ptr %3, ptr %340, align 8
  %341 = getelementptr inbounds i8, ptr %72, i64 384
  %342 = getelementptr inbounds ptr, ptr %65, i64 1
  store ptr %341, ptr %342, align 8
  %343 = getelementptr inbounds ptr, ptr %65, i64 2
  store ptr %23, ptr %343, align 8
  %344 = getelementptr inbounds i8, ptr %72, i64 768
  %345 = getelementptr inbounds ptr, ptr %65, i64 3
  store ptr %344, ptr %345, align 8
  %346 = getelementptr inbounds ptr, ptr %65, i64 4
  store ptr %19, ptr %346, align 8
  %347 = getelementptr inbounds i8, ptr %72, i64 1024
  %348 = getelementptr inbounds ptr, ptr %65, i64 5
  store ptr %347, ptr %348, align 8
  %349 = getelementptr inbounds ptr, ptr %65, i64 6
  store ptr %16, ptr %349, align 8
  %350 = getelementptr inbounds i8, ptr %72, i64 64
  %351 = getelementptr inbounds ptr, ptr %65, i64 7
  store ptr %350, ptr %351, align 8
  %352 = getelementptr inbounds ptr, ptr %65, i64 8
  store ptr %9, ptr %352, align 8
  %353 = getelementptr inbounds ptr, ptr %65, i64 9
  store ptr %30, ptr %353, align 8
  %354 = call i32 @grad_lv.k3.body0.k27(ptr %65, i64 0, i64 1)
  %355 = icmp ne i32 %354, 0
  br i1 %355, label %fail, label %ok32

ok32:                                             ; preds = %ok31
  %356 = getelementptr inbounds ptr, ptr %66, i64 0
  store ptr %2, ptr %356, align 8
  %357 = getelementptr inbounds i8, ptr %72, i64 192
  %358 = getelementptr inbounds ptr, ptr %66, i64 1
  store ptr %357, ptr %358, align 8
  %359 = getelementptr inbounds ptr, ptr %66, i64 2
  store ptr %22, ptr %359, align 8
  %360 = getelementptr inbounds i8, ptr %72, i64 640
  %361 = getelementptr inbounds ptr, ptr %66, i64 3
  store ptr %360, ptr %361, align 8
  %362 = getelementptr inbounds ptr, ptr %66, i64 4
  store ptr %18, ptr %362, align 8
  %363 = getelementptr inbounds i8, ptr %72, i64 128
  %364 = getelementptr inbounds ptr, ptr %66, i64 5
  store ptr %363, ptr %364, align 8
  %365 = getelementptr inbounds ptr, ptr %66, i64 6
  store ptr %15, ptr %365, align 8
  %366 = getelementptr inbounds i8, ptr %72, i64 1280
  %367 = getelementptr inbounds ptr, ptr %66, i64 7
  store ptr %366, ptr %367, align 8
  %368 = getelementptr inbounds ptr, ptr %66, i64 8
  store ptr %7, ptr %368, align 8
  %369 = getelementptr inbounds ptr, ptr %66, i64 9
  store ptr %29, ptr %369, align 8
  %370 = call i32 @grad_lv.k3.body0.k27(ptr %66, i64 0, i64 1)
  %371 = icmp ne i32 %370, 0
  br i1 %371, label %fail, label %ok33

ok33:                                             ; preds = %ok32
  %372 = getelementptr inbounds ptr, ptr %67, i64 0
  store ptr %1, ptr %372, align 8
  %373 = getelementptr inbounds i8, ptr %72, i64 512
  %374 = getelementptr inbounds ptr, ptr %67, i64 1
  store ptr %373, ptr %374, align 8
  %375 = getelementptr inbounds i8, ptr %72, i64 896
  %376 = getelementptr inbounds ptr, ptr %67, i64 2
  store ptr %375, ptr %376, align 8
  %377 = getelementptr inbounds i8, ptr %72, i64 1152
  %378 = getelementptr inbounds ptr, ptr %67, i64 3
  store ptr %377, ptr %378, align 8
  %379 = getelementptr inbounds i8, ptr %72, i64 1344
  %380 = getelementptr inbounds ptr, ptr %67, i64 4
  store ptr %379, ptr %380, align 8
  %381 = getelementptr inbounds ptr, ptr %67, i64 5
  store ptr %12, ptr %381, align 8
  %382 = getelementptr inbounds i8, ptr %72, i64 256
  %383 = getelementptr inbounds ptr, ptr %67, i64 6
  store ptr %382, ptr %383, align 8
  %384 = getelementptr inbounds ptr, ptr %67, i64 7
  store ptr %7, ptr %384, align 8
  %385 = getelementptr inbounds ptr, ptr %67, i64 8
  store ptr %28, ptr %385, align 8
  %386 = call i32 @grad_lv.k3.body0.k33(ptr %67, i64 0, i64 1)
  %387 = icmp ne i32 %386, 0
  br i1 %387, label %fail, label %ok34

ok34:                                             ; preds = %ok33
  %388 = getelementptr inbounds i8, ptr %72, i64 0
  %389 = getelementptr inbounds ptr, ptr %68, i64 0
  store ptr %388, ptr %389, align 8
  %390 = getelementptr inbounds i8, ptr %72, i64 576
  %391 = getelementptr inbounds ptr, ptr %68, i64 1
  store ptr %390, ptr %391, align 8
  %392 = getelementptr inbounds i8, ptr %72, i64 960
  %393 = getelementptr inbounds ptr, ptr %68, i64 2
  store ptr %392, ptr %393, align 8
  %394 = getelementptr inbounds i8, ptr %72, i64 1216
  %395 = getelementptr inbounds ptr, ptr %68, i64 3
  store ptr %394, ptr %395, align 8
  %396 = getelementptr inbounds i8, ptr %72, i64 1280
  %397 = getelementptr inbounds ptr, ptr %68, i64 4
  store ptr %396, ptr %397, align 8
  %398 = getelementptr inbounds ptr, ptr %68, i64 5
  store ptr %8, ptr %398, align 8
  %399 = getelementptr inbounds i8, ptr %72, i64 256
  %400 = getelementptr inbounds ptr, ptr %68, i64 6
  store ptr %399, ptr %400, align 8
  %401 = getelementptr inbounds ptr, ptr %68, i64 7
  store ptr %6, ptr %401, align 8
  %402 = getelementptr inbounds ptr, ptr %68, i64 8
  store ptr %27, ptr %402, align 8
  %403 = call i32 @grad_lv.k3.body0.k33(ptr %68, i64 0, i64 1)
  %404 = icmp ne i32 %403, 0
  br i1 %404, label %fail, label %ok35

ok35:                                             ; preds = %ok34
  %405 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %405)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv.k1(ptr %0, i64 %1, i64 %2) #1 {
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
  store double 2.000000e-02, ptr %6, align 8
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !20

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  store double 0.000000e+00, ptr %6, align 8
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !21

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @grad_lv(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #1 {
entry:
  %12 = alloca ptr, align 8
  store ptr null, ptr %12, align 8
  %13 = alloca [1 x ptr], align 8
  %14 = alloca [1 x ptr], align 8
  %15 = call i32 @ftc_rt_alloc(ptr %12, i64 10304)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %fail, label %ok

fail:                                             ; preds = %loop.body.failed10, %loop.alloc.failed3, %ok1, %exit, %loop.body.failed, %loop.alloc.failed, %entry
  %status = phi i32 [ %15, %entry ], [ %20, %loop.alloc.failed ], [ %113, %loop.body.failed ], [ %124, %exit ], [ %128, %ok1 ], [ %131, %loop.alloc.failed3 ], [ %231, %loop.body.failed10 ]
  %17 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %17)
  ret i32 %status

ok:                                               ; preds = %entry
  %18 = load ptr, ptr %12, align 8
  %19 = alloca ptr, align 8
  %20 = call i32 @ftc_rt_alloc(ptr %19, i64 1536)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %22 = load ptr, ptr %19, align 8
  %23 = getelementptr inbounds i8, ptr %22, i64 0
  %24 = getelementptr inbounds i8, ptr %22, i64 768
  %25 = getelementptr inbounds i8, ptr %22, i64 128
  %26 = getelementptr inbounds i8, ptr %22, i64 896
  %27 = getelementptr inbounds i8, ptr %22, i64 256
  %28 = getelementptr inbounds i8, ptr %22, i64 1024
  %29 = getelementptr inbounds i8, ptr %22, i64 384
  %30 = getelementptr inbounds i8, ptr %22, i64 1152
  %31 = getelementptr inbounds i8, ptr %22, i64 512
  %32 = getelementptr inbounds i8, ptr %22, i64 1280
  %33 = getelementptr inbounds i8, ptr %22, i64 640
  %34 = getelementptr inbounds i8, ptr %22, i64 1408
  call void @llvm.memcpy.p0.p0.i64(ptr %23, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %25, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %27, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %29, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %31, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %33, ptr %5, i64 8, i1 false)
  %35 = getelementptr inbounds i8, ptr %18, i64 384
  %36 = getelementptr inbounds i8, ptr %18, i64 832
  %37 = getelementptr inbounds i8, ptr %18, i64 1280
  %38 = getelementptr inbounds i8, ptr %18, i64 1728
  %39 = getelementptr inbounds i8, ptr %18, i64 2176
  %40 = getelementptr inbounds i8, ptr %18, i64 2624
  %41 = getelementptr inbounds i8, ptr %18, i64 3072
  %42 = getelementptr inbounds i8, ptr %18, i64 3520
  %43 = getelementptr inbounds i8, ptr %18, i64 3968
  %44 = getelementptr inbounds i8, ptr %18, i64 4416
  %45 = getelementptr inbounds i8, ptr %18, i64 4864
  %46 = getelementptr inbounds i8, ptr %18, i64 5312
  %47 = getelementptr inbounds i8, ptr %18, i64 5760
  %48 = getelementptr inbounds i8, ptr %18, i64 6208
  %49 = getelementptr inbounds i8, ptr %18, i64 6656
  %50 = getelementptr inbounds i8, ptr %18, i64 7104
  %51 = getelementptr inbounds i8, ptr %18, i64 7552
  %52 = getelementptr inbounds i8, ptr %18, i64 8000
  %53 = getelementptr inbounds i8, ptr %18, i64 8448
  %54 = getelementptr inbounds i8, ptr %18, i64 8896
  %55 = getelementptr inbounds i8, ptr %18, i64 9344
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %115, %latch ]
  %56 = icmp slt i64 %i, 50
  br i1 %56, label %body, label %exit

body:                                             ; preds = %loop
  %57 = and i64 %i, 1
  %58 = icmp eq i64 %57, 0
  %59 = select i1 %58, ptr %23, ptr %24
  %60 = select i1 %58, ptr %25, ptr %26
  %61 = select i1 %58, ptr %27, ptr %28
  %62 = select i1 %58, ptr %29, ptr %30
  %63 = select i1 %58, ptr %31, ptr %32
  %64 = select i1 %58, ptr %33, ptr %34
  %65 = select i1 %58, ptr %24, ptr %23
  %66 = select i1 %58, ptr %26, ptr %25
  %67 = select i1 %58, ptr %28, ptr %27
  %68 = select i1 %58, ptr %30, ptr %29
  %69 = select i1 %58, ptr %32, ptr %31
  %70 = select i1 %58, ptr %34, ptr %33
  %71 = mul i64 %i, 8
  %72 = getelementptr inbounds i8, ptr %35, i64 %71
  %73 = mul i64 %i, 8
  %74 = getelementptr inbounds i8, ptr %36, i64 %73
  %75 = mul i64 %i, 8
  %76 = getelementptr inbounds i8, ptr %37, i64 %75
  %77 = mul i64 %i, 8
  %78 = getelementptr inbounds i8, ptr %38, i64 %77
  %79 = mul i64 %i, 8
  %80 = getelementptr inbounds i8, ptr %39, i64 %79
  %81 = mul i64 %i, 8
  %82 = getelementptr inbounds i8, ptr %40, i64 %81
  %83 = mul i64 %i, 8
  %84 = getelementptr inbounds i8, ptr %41, i64 %83
  %85 = mul i64 %i, 8
  %86 = getelementptr inbounds i8, ptr %42, i64 %85
  %87 = mul i64 %i, 8
  %88 = getelementptr inbounds i8, ptr %43, i64 %87
  %89 = mul i64 %i, 8
  %90 = getelementptr inbounds i8, ptr %44, i64 %89
  %91 = mul i64 %i, 8
  %92 = getelementptr inbounds i8, ptr %45, i64 %91
  %93 = mul i64 %i, 8
  %94 = getelementptr inbounds i8, ptr %46, i64 %93
  %95 = mul i64 %i, 8
  %96 = getelementptr inbounds i8, ptr %47, i64 %95
  %97 = mul i64 %i, 8
  %98 = getelementptr inbounds i8, ptr %48, i64 %97
  %99 = mul i64 %i, 8
  %100 = getelementptr inbounds i8, ptr %49, i64 %99
  %101 = mul i64 %i, 8
  %102 = getelementptr inbounds i8, ptr %50, i64 %101
  %103 = mul i64 %i, 8
  %104 = getelementptr inbounds i8, ptr %51, i64 %103
  %105 = mul i64 %i, 8
  %106 = getelementptr inbounds i8, ptr %52, i64 %105
  %107 = mul i64 %i, 8
  %108 = getelementptr inbounds i8, ptr %53, i64 %107
  %109 = mul i64 %i, 8
  %110 = getelementptr inbounds i8, ptr %54, i64 %109
  %111 = mul i64 %i, 8
  %112 = getelementptr inbounds i8, ptr %55, i64 %111
  %113 = call i32 @grad_lv.k0.body0(ptr %59, ptr %60, ptr %61, ptr %62, ptr %63, ptr %64, ptr %65, ptr %66, ptr %67, ptr %68, ptr %69, ptr %70, ptr %72, ptr %74, ptr %76, ptr %78, ptr %80, ptr %82, ptr %84, ptr %86, ptr %88, ptr %90, ptr %92, ptr %94, ptr %96, ptr %98, ptr %100, ptr %102, ptr %104, ptr %106, ptr %108, ptr %110, ptr %112)
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %115 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %116 = getelementptr inbounds i8, ptr %18, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %116, ptr %23, i64 8, i1 false)
  %117 = getelementptr inbounds i8, ptr %18, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %117, ptr %25, i64 8, i1 false)
  %118 = getelementptr inbounds i8, ptr %18, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %118, ptr %27, i64 8, i1 false)
  %119 = getelementptr inbounds i8, ptr %18, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %119, ptr %29, i64 8, i1 false)
  %120 = getelementptr inbounds i8, ptr %18, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %120, ptr %31, i64 8, i1 false)
  %121 = getelementptr inbounds i8, ptr %18, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %121, ptr %33, i64 8, i1 false)
  call void @ftc_rt_free(ptr %22)
  %122 = getelementptr inbounds i8, ptr %18, i64 9792
  %123 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %122, ptr %123, align 8
  %124 = call i32 @grad_lv.k1(ptr %13, i64 0, i64 50)
  %125 = icmp ne i32 %124, 0
  br i1 %125, label %fail, label %ok1

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %22)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok1:                                              ; preds = %exit
  %126 = getelementptr inbounds i8, ptr %18, i64 10240
  %127 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %126, ptr %127, align 8
  %128 = call i32 @grad_lv.k2(ptr %14, i64 0, i64 1)
  %129 = icmp ne i32 %128, 0
  br i1 %129, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %130 = alloca ptr, align 8
  %131 = call i32 @ftc_rt_alloc(ptr %130, i64 1536)
  %132 = icmp ne i32 %131, 0
  br i1 %132, label %loop.alloc.failed3, label %loop.alloc.ok4

loop.alloc.failed3:                               ; preds = %ok2
  br label %fail

loop.alloc.ok4:                                   ; preds = %ok2
  %133 = load ptr, ptr %130, align 8
  %134 = getelementptr inbounds i8, ptr %133, i64 0
  %135 = getelementptr inbounds i8, ptr %133, i64 768
  %136 = getelementptr inbounds i8, ptr %133, i64 128
  %137 = getelementptr inbounds i8, ptr %133, i64 896
  %138 = getelementptr inbounds i8, ptr %133, i64 256
  %139 = getelementptr inbounds i8, ptr %133, i64 1024
  %140 = getelementptr inbounds i8, ptr %133, i64 384
  %141 = getelementptr inbounds i8, ptr %133, i64 1152
  %142 = getelementptr inbounds i8, ptr %133, i64 512
  %143 = getelementptr inbounds i8, ptr %133, i64 1280
  %144 = getelementptr inbounds i8, ptr %133, i64 640
  %145 = getelementptr inbounds i8, ptr %133, i64 1408
  %146 = getelementptr inbounds i8, ptr %18, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %134, ptr %146, i64 8, i1 false)
  %147 = getelementptr inbounds i8, ptr %18, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %136, ptr %147, i64 8, i1 false)
  %148 = getelementptr inbounds i8, ptr %18, i64 10240
  call void @llvm.memcpy.p0.p0.i64(ptr %138, ptr %148, i64 8, i1 false)
  %149 = getelementptr inbounds i8, ptr %18, i64 10240
  call void @llvm.memcpy.p0.p0.i64(ptr %140, ptr %149, i64 8, i1 false)
  %150 = getelementptr inbounds i8, ptr %18, i64 10240
  call void @llvm.memcpy.p0.p0.i64(ptr %142, ptr %150, i64 8, i1 false)
  %151 = getelementptr inbounds i8, ptr %18, i64 10240
  call void @llvm.memcpy.p0.p0.i64(ptr %144, ptr %151, i64 8, i1 false)
  %152 = getelementptr inbounds i8, ptr %18, i64 832
  %153 = getelementptr inbounds i8, ptr %18, i64 1280
  %154 = getelementptr inbounds i8, ptr %18, i64 1728
  %155 = getelementptr inbounds i8, ptr %18, i64 2176
  %156 = getelementptr inbounds i8, ptr %18, i64 2624
  %157 = getelementptr inbounds i8, ptr %18, i64 3072
  %158 = getelementptr inbounds i8, ptr %18, i64 3520
  %159 = getelementptr inbounds i8, ptr %18, i64 3968
  %160 = getelementptr inbounds i8, ptr %18, i64 4416
  %161 = getelementptr inbounds i8, ptr %18, i64 4864
  %162 = getelementptr inbounds i8, ptr %18, i64 5312
  %163 = getelementptr inbounds i8, ptr %18, i64 5760
  %164 = getelementptr inbounds i8, ptr %18, i64 6208
  %165 = getelementptr inbounds i8, ptr %18, i64 6656
  %166 = getelementptr inbounds i8, ptr %18, i64 7104
  %167 = getelementptr inbounds i8, ptr %18, i64 7552
  %168 = getelementptr inbounds i8, ptr %18, i64 8000
  %169 = getelementptr inbounds i8, ptr %18, i64 8448
  %170 = getelementptr inbounds i8, ptr %18, i64 8896
  %171 = getelementptr inbounds i8, ptr %18, i64 9344
  %172 = getelementptr inbounds i8, ptr %18, i64 9792
  br label %loop5

loop5:                                            ; preds = %latch7, %loop.alloc.ok4
  %i9 = phi i64 [ 0, %loop.alloc.ok4 ], [ %233, %latch7 ]
  %173 = icmp slt i64 %i9, 50
  br i1 %173, label %body6, label %exit8

body6:                                            ; preds = %loop5
  %174 = sub i64 49, %i9
  %175 = and i64 %i9, 1
  %176 = icmp eq i64 %175, 0
  %177 = select i1 %176, ptr %134, ptr %135
  %178 = select i1 %176, ptr %136, ptr %137
  %179 = select i1 %176, ptr %138, ptr %139
  %180 = select i1 %176, ptr %140, ptr %141
  %181 = select i1 %176, ptr %142, ptr %143
  %182 = select i1 %176, ptr %144, ptr %145
  %183 = select i1 %176, ptr %135, ptr %134
  %184 = select i1 %176, ptr %137, ptr %136
  %185 = select i1 %176, ptr %139, ptr %138
  %186 = select i1 %176, ptr %141, ptr %140
  %187 = select i1 %176, ptr %143, ptr %142
  %188 = select i1 %176, ptr %145, ptr %144
  %189 = mul i64 %174, 8
  %190 = getelementptr inbounds i8, ptr %152, i64 %189
  %191 = mul i64 %174, 8
  %192 = getelementptr inbounds i8, ptr %153, i64 %191
  %193 = mul i64 %174, 8
  %194 = getelementptr inbounds i8, ptr %154, i64 %193
  %195 = mul i64 %174, 8
  %196 = getelementptr inbounds i8, ptr %155, i64 %195
  %197 = mul i64 %174, 8
  %198 = getelementptr inbounds i8, ptr %156, i64 %197
  %199 = mul i64 %174, 8
  %200 = getelementptr inbounds i8, ptr %157, i64 %199
  %201 = mul i64 %174, 8
  %202 = getelementptr inbounds i8, ptr %158, i64 %201
  %203 = mul i64 %174, 8
  %204 = getelementptr inbounds i8, ptr %159, i64 %203
  %205 = mul i64 %174, 8
  %206 = getelementptr inbounds i8, ptr %160, i64 %205
  %207 = mul i64 %174, 8
  %208 = getelementptr inbounds i8, ptr %161, i64 %207
  %209 = mul i64 %174, 8
  %210 = getelementptr inbounds i8, ptr %162, i64 %209
  %211 = mul i64 %174, 8
  %212 = getelementptr inbounds i8, ptr %163, i64 %211
  %213 = mul i64 %174, 8
  %214 = getelementptr inbounds i8, ptr %164, i64 %213
  %215 = mul i64 %174, 8
  %216 = getelementptr inbounds i8, ptr %165, i64 %215
  %217 = mul i64 %174, 8
  %218 = getelementptr inbounds i8, ptr %166, i64 %217
  %219 = mul i64 %174, 8
  %220 = getelementptr inbounds i8, ptr %167, i64 %219
  %221 = mul i64 %174, 8
  %222 = getelementptr inbounds i8, ptr %168, i64 %221
  %223 = mul i64 %174, 8
  %224 = getelementptr inbounds i8, ptr %169, i64 %223
  %225 = mul i64 %174, 8
  %226 = getelementptr inbounds i8, ptr %170, i64 %225
  %227 = mul i64 %174, 8
  %228 = getelementptr inbounds i8, ptr %171, i64 %227
  %229 = mul i64 %174, 8
  %230 = getelementptr inbounds i8, ptr %172, i64 %229
  %231 = call i32 @grad_lv.k3.body0(ptr %177, ptr %178, ptr %179, ptr %180, ptr %181, ptr %182, ptr %190, ptr %192, ptr %194, ptr %196, ptr %198, ptr %200, ptr %202, ptr %204, ptr %206, ptr %208, ptr %210, ptr %212, ptr %214, ptr %216, ptr %218, ptr %220, ptr %222, ptr %224, ptr %226, ptr %228, ptr %230, ptr %183, ptr %184, ptr %185, ptr %186, ptr %187, ptr %188)
  %232 = icmp ne i32 %231, 0
  br i1 %232, label %loop.body.failed10, label %loop.body.ok11

latch7:                                           ; preds = %loop.body.ok11
  %233 = add nsw i64 %i9, 1
  br label %loop5

exit8:                                            ; preds = %loop5
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %134, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %136, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %138, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %140, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %142, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %144, i64 8, i1 false)
  call void @ftc_rt_free(ptr %133)
  %234 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %234)
  ret i32 0

loop.body.failed10:                               ; preds = %body6
  call void @ftc_rt_free(ptr %133)
  br label %fail

loop.body.ok11:                                   ; preds = %body6
  br label %latch7
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12) #1 {
entry:
  %13 = alloca ptr, align 8
  store ptr null, ptr %13, align 8
  %14 = alloca [3 x ptr], align 8
  %15 = alloca [5 x ptr], align 8
  %16 = alloca [5 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [3 x ptr], align 8
  %20 = alloca [5 x ptr], align 8
  %21 = alloca [5 x ptr], align 8
  %22 = alloca [3 x ptr], align 8
  %23 = alloca [3 x ptr], align 8
  %24 = alloca [3 x ptr], align 8
  %25 = alloca [5 x ptr], align 8
  %26 = alloca [5 x ptr], align 8
  %27 = alloca [3 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [3 x ptr], align 8
  %30 = alloca [9 x ptr], align 8
  %31 = alloca [9 x ptr], align 8
  %32 = call i32 @ftc_rt_alloc(ptr %13, i64 640)
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %fail, label %ok

fail:                                             ; preds = %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %32, %entry ], [ %40, %ok ], [ %49, %ok1 ], [ %58, %ok2 ], [ %65, %ok3 ], [ %72, %ok4 ], [ %80, %ok5 ], [ %90, %ok6 ], [ %100, %ok7 ], [ %107, %ok8 ], [ %114, %ok9 ], [ %122, %ok10 ], [ %132, %ok11 ], [ %142, %ok12 ], [ %149, %ok13 ], [ %156, %ok14 ], [ %164, %ok15 ], [ %181, %ok16 ], [ %197, %ok17 ]
  %34 = load ptr, ptr %13, align 8
  call void @ftc_rt_free(ptr %34)
  ret i32 %status

ok:                                               ; preds = %entry
  %35 = load ptr, ptr %13, align 8
  %36 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %0, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %1, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %35, i64 0
  %39 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %38, ptr %39, align 8
  %40 = call i32 @lv.k0.body0.k0(ptr %14, i64 0, i64 1)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %42 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %2, ptr %42, align 8
  %43 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %0, ptr %43, align 8
  %44 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %3, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %35, i64 0
  %46 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %35, i64 64
  %48 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %47, ptr %48, align 8
  %49 = call i32 @lv.k0.body0.k1(ptr %15, i64 0, i64 1)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %51 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %4, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %35, i64 0
  %53 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %5, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %1, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %35, i64 128
  %57 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %56, ptr %57, align 8
  %58 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %60 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %0, ptr %60, align 8
  %61 = getelementptr inbounds i8, ptr %35, i64 64
  %62 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %61, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %35, i64 0
  %64 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %63, ptr %64, align 8
  %65 = call i32 @lv.k0.body0.k3(ptr %17, i64 0, i64 1)
  %66 = icmp ne i32 %65, 0
  br i1 %66, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %67 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %1, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %35, i64 128
  %69 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %35, i64 192
  %71 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %70, ptr %71, align 8
  %72 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %74 = getelementptr inbounds i8, ptr %35, i64 0
  %75 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %35, i64 192
  %77 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %35, i64 256
  %79 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k0(ptr %19, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %82 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %2, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %35, i64 0
  %84 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %3, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %35, i64 256
  %87 = getelementptr inbounds ptr, ptr %20, i64 3
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %35, i64 320
  %89 = getelementptr inbounds ptr, ptr %20, i64 4
  store ptr %88, ptr %89, align 8
  %90 = call i32 @lv.k0.body0.k1(ptr %20, i64 0, i64 1)
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %92 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %4, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %35, i64 256
  %94 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %5, ptr %95, align 8
  %96 = getelementptr inbounds i8, ptr %35, i64 192
  %97 = getelementptr inbounds ptr, ptr %21, i64 3
  store ptr %96, ptr %97, align 8
  %98 = getelementptr inbounds i8, ptr %35, i64 0
  %99 = getelementptr inbounds ptr, ptr %21, i64 4
  store ptr %98, ptr %99, align 8
  %100 = call i32 @lv.k0.body0.k1(ptr %21, i64 0, i64 1)
  %101 = icmp ne i32 %100, 0
  br i1 %101, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %102 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %0, ptr %102, align 8
  %103 = getelementptr inbounds i8, ptr %35, i64 320
  %104 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %103, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %35, i64 192
  %106 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %105, ptr %106, align 8
  %107 = call i32 @lv.k0.body0.k3(ptr %22, i64 0, i64 1)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %109 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %1, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %35, i64 0
  %111 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds i8, ptr %35, i64 256
  %113 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %112, ptr %113, align 8
  %114 = call i32 @lv.k0.body0.k3(ptr %23, i64 0, i64 1)
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %116 = getelementptr inbounds i8, ptr %35, i64 192
  %117 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %116, ptr %117, align 8
  %118 = getelementptr inbounds i8, ptr %35, i64 256
  %119 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %35, i64 384
  %121 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %120, ptr %121, align 8
  %122 = call i32 @lv.k0.body0.k0(ptr %24, i64 0, i64 1)
  %123 = icmp ne i32 %122, 0
  br i1 %123, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %124 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %2, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %35, i64 192
  %126 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %3, ptr %127, align 8
  %128 = getelementptr inbounds i8, ptr %35, i64 384
  %129 = getelementptr inbounds ptr, ptr %25, i64 3
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %35, i64 448
  %131 = getelementptr inbounds ptr, ptr %25, i64 4
  store ptr %130, ptr %131, align 8
  %132 = call i32 @lv.k0.body0.k1(ptr %25, i64 0, i64 1)
  %133 = icmp ne i32 %132, 0
  br i1 %133, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %134 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %4, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %35, i64 384
  %136 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %5, ptr %137, align 8
  %138 = getelementptr inbounds i8, ptr %35, i64 256
  %139 = getelementptr inbounds ptr, ptr %26, i64 3
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds i8, ptr %35, i64 192
  %141 = getelementptr inbounds ptr, ptr %26, i64 4
  store ptr %140, ptr %141, align 8
  %142 = call i32 @lv.k0.body0.k1(ptr %26, i64 0, i64 1)
  %143 = icmp ne i32 %142, 0
  br i1 %143, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %144 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %0, ptr %144, align 8
  %145 = getelementptr inbounds i8, ptr %35, i64 448
  %146 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %145, ptr %146, align 8
  %147 = getelementptr inbounds i8, ptr %35, i64 256
  %148 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %147, ptr %148, align 8
  %149 = call i32 @lv.k0.body0.k13(ptr %27, i64 0, i64 1)
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %151 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %1, ptr %151, align 8
  %152 = getelementptr inbounds i8, ptr %35, i64 192
  %153 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %152, ptr %153, align 8
  %154 = getelementptr inbounds i8, ptr %35, i64 384
  %155 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %154, ptr %155, align 8
  %156 = call i32 @lv.k0.body0.k13(ptr %28, i64 0, i64 1)
  %157 = icmp ne i32 %156, 0
  br i1 %157, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %158 = getelementptr inbounds i8, ptr %35, i64 256
  %159 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %158, ptr %159, align 8
  %160 = getelementptr inbounds i8, ptr %35, i64 384
  %161 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %160, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %35, i64 512
  %163 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %162, ptr %163, align 8
  %164 = call i32 @lv.k0.body0.k0(ptr %29, i64 0, i64 1)
  %165 = icmp ne i32 %164, 0
  br i1 %165, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %166 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %0, ptr %166, align 8
  %167 = getelementptr inbounds i8, ptr %35, i64 64
  %168 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %167, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %2, ptr %169, align 8
  %170 = getelementptr inbounds i8, ptr %35, i64 256
  %171 = getelementptr inbounds ptr, ptr %30, i64 3
  store ptr %170, ptr %171, align 8
  %172 = getelementptr inbounds ptr, ptr %30, i64 4
  store ptr %3, ptr %172, align 8
  %173 = getelementptr inbounds i8, ptr %35, i64 512
  %174 = getelementptr inbounds ptr, ptr %30, i64 5
  store ptr %173, ptr %174, align 8
  %175 = getelementptr inbounds i8, ptr %35, i64 320
  %176 = getelementptr inbounds ptr, ptr %30, i64 6
  store ptr %175, ptr %176, align 8
  %177 = getelementptr inbounds i8, ptr %35, i64 448
  %178 = getelementptr inbounds ptr, ptr %30, i64 7
  store ptr %177, ptr %178, align 8
  %179 = getelementptr inbounds i8, ptr %35, i64 576
  %180 = getelementptr inbounds ptr, ptr %30, i64 8
  store ptr %179, ptr %180, align 8
  %181 = call i32 @lv.k0.body0.k16(ptr %30, i64 0, i64 1)
  %182 = icmp ne i32 %181, 0
  br i1 %182, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %183 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %1, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %35, i64 128
  %185 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %184, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %4, ptr %186, align 8
  %187 = getelementptr inbounds i8, ptr %35, i64 512
  %188 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr %187, ptr %188, align 8
  %189 = getelementptr inbounds ptr, ptr %31, i64 4
  store ptr %5, ptr %189, align 8
  %190 = getelementptr inbounds i8, ptr %35, i64 384
  %191 = getelementptr inbounds ptr, ptr %31, i64 5
  store ptr %190, ptr %191, align 8
  %192 = getelementptr inbounds i8, ptr %35, i64 0
  %193 = getelementptr inbounds ptr, ptr %31, i64 6
  store ptr %192, ptr %193, align 8
  %194 = getelementptr inbounds i8, ptr %35, i64 192
  %195 = getelementptr inbounds ptr, ptr %31, i64 7
  store ptr %194, ptr %195, align 8
  %196 = getelementptr inbounds ptr, ptr %31, i64 8
  store ptr %7, ptr %196, align 8
  %197 = call i32 @lv.k0.body0.k16(ptr %31, i64 0, i64 1)
  %198 = icmp ne i32 %197, 0
  br i1 %198, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %199 = getelementptr inbounds i8, ptr %35, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %199, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %5, i64 8, i1 false)
  %200 = getelementptr inbounds i8, ptr %35, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %200, i64 8, i1 false)
  %201 = load ptr, ptr %13, align 8
  call void @ftc_rt_free(ptr %201)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k2.body0.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #1 {
entry:
  %12 = alloca ptr, align 8
  store ptr null, ptr %12, align 8
  %13 = alloca [3 x ptr], align 8
  %14 = alloca [5 x ptr], align 8
  %15 = alloca [5 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [5 x ptr], align 8
  %20 = alloca [5 x ptr], align 8
  %21 = alloca [3 x ptr], align 8
  %22 = alloca [3 x ptr], align 8
  %23 = alloca [3 x ptr], align 8
  %24 = alloca [5 x ptr], align 8
  %25 = alloca [5 x ptr], align 8
  %26 = alloca [3 x ptr], align 8
  %27 = alloca [3 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [9 x ptr], align 8
  %30 = alloca [9 x ptr], align 8
  %31 = call i32 @ftc_rt_alloc(ptr %12, i64 576)
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %fail, label %ok

fail:                                             ; preds = %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %31, %entry ], [ %39, %ok ], [ %48, %ok1 ], [ %57, %ok2 ], [ %64, %ok3 ], [ %71, %ok4 ], [ %79, %ok5 ], [ %89, %ok6 ], [ %99, %ok7 ], [ %106, %ok8 ], [ %113, %ok9 ], [ %121, %ok10 ], [ %131, %ok11 ], [ %141, %ok12 ], [ %148, %ok13 ], [ %155, %ok14 ], [ %163, %ok15 ], [ %179, %ok16 ], [ %195, %ok17 ]
  %33 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %33)
  ret i32 %status

ok:                                               ; preds = %entry
  %34 = load ptr, ptr %12, align 8
  %35 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %0, ptr %35, align 8
  %36 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %1, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %34, i64 0
  %38 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %37, ptr %38, align 8
  %39 = call i32 @lv.k0.body0.k0(ptr %13, i64 0, i64 1)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %41 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %2, ptr %41, align 8
  %42 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %0, ptr %42, align 8
  %43 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %3, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %34, i64 0
  %45 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %34, i64 64
  %47 = getelementptr inbounds ptr, ptr %14, i64 4
  store ptr %46, ptr %47, align 8
  %48 = call i32 @lv.k0.body0.k1(ptr %14, i64 0, i64 1)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %50 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %4, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %34, i64 0
  %52 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %51, ptr %52, align 8
  %53 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %5, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %1, ptr %54, align 8
  %55 = getelementptr inbounds i8, ptr %34, i64 128
  %56 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %55, ptr %56, align 8
  %57 = call i32 @lv.k0.body0.k1(ptr %15, i64 0, i64 1)
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %59 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %0, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %34, i64 64
  %61 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %34, i64 0
  %63 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %62, ptr %63, align 8
  %64 = call i32 @lv.k0.body0.k3(ptr %16, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %66 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %1, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %34, i64 128
  %68 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %34, i64 192
  %70 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %69, ptr %70, align 8
  %71 = call i32 @lv.k0.body0.k3(ptr %17, i64 0, i64 1)
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %73 = getelementptr inbounds i8, ptr %34, i64 0
  %74 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %73, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %34, i64 192
  %76 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %75, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %34, i64 256
  %78 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %77, ptr %78, align 8
  %79 = call i32 @lv.k0.body0.k0(ptr %18, i64 0, i64 1)
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %81 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %2, ptr %81, align 8
  %82 = getelementptr inbounds i8, ptr %34, i64 0
  %83 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %82, ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %3, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %34, i64 256
  %86 = getelementptr inbounds ptr, ptr %19, i64 3
  store ptr %85, ptr %86, align 8
  %87 = getelementptr inbounds i8, ptr %34, i64 320
  %88 = getelementptr inbounds ptr, ptr %19, i64 4
  store ptr %87, ptr %88, align 8
  %89 = call i32 @lv.k0.body0.k1(ptr %19, i64 0, i64 1)
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %91 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %4, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %34, i64 256
  %93 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %5, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %34, i64 192
  %96 = getelementptr inbounds ptr, ptr %20, i64 3
  store ptr %95, ptr %96, align 8
  %97 = getelementptr inbounds i8, ptr %34, i64 0
  %98 = getelementptr inbounds ptr, ptr %20, i64 4
  store ptr %97, ptr %98, align 8
  %99 = call i32 @lv.k0.body0.k1(ptr %20, i64 0, i64 1)
  %100 = icmp ne i32 %99, 0
  br i1 %100, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %101 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %0, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %34, i64 320
  %103 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %102, ptr %103, align 8
  %104 = getelementptr inbounds i8, ptr %34, i64 192
  %105 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %104, ptr %105, align 8
  %106 = call i32 @lv.k0.body0.k3(ptr %21, i64 0, i64 1)
  %107 = icmp ne i32 %106, 0
  br i1 %107, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %108 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %1, ptr %108, align 8
  %109 = getelementptr inbounds i8, ptr %34, i64 0
  %110 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %109, ptr %110, align 8
  %111 = getelementptr inbounds i8, ptr %34, i64 256
  %112 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %111, ptr %112, align 8
  %113 = call i32 @lv.k0.body0.k3(ptr %22, i64 0, i64 1)
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %115 = getelementptr inbounds i8, ptr %34, i64 192
  %116 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds i8, ptr %34, i64 256
  %118 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %117, ptr %118, align 8
  %119 = getelementptr inbounds i8, ptr %34, i64 384
  %120 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %119, ptr %120, align 8
  %121 = call i32 @lv.k0.body0.k0(ptr %23, i64 0, i64 1)
  %122 = icmp ne i32 %121, 0
  br i1 %122, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %123 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %2, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %34, i64 192
  %125 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %124, ptr %125, align 8
  %126 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %3, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %34, i64 384
  %128 = getelementptr inbounds ptr, ptr %24, i64 3
  store ptr %127, ptr %128, align 8
  %129 = getelementptr inbounds i8, ptr %34, i64 448
  %130 = getelementptr inbounds ptr, ptr %24, i64 4
  store ptr %129, ptr %130, align 8
  %131 = call i32 @lv.k0.body0.k1(ptr %24, i64 0, i64 1)
  %132 = icmp ne i32 %131, 0
  br i1 %132, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %133 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %4, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %34, i64 384
  %135 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %134, ptr %135, align 8
  %136 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %5, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %34, i64 256
  %138 = getelementptr inbounds ptr, ptr %25, i64 3
  store ptr %137, ptr %138, align 8
  %139 = getelementptr inbounds i8, ptr %34, i64 192
  %140 = getelementptr inbounds ptr, ptr %25, i64 4
  store ptr %139, ptr %140, align 8
  %141 = call i32 @lv.k0.body0.k1(ptr %25, i64 0, i64 1)
  %142 = icmp ne i32 %141, 0
  br i1 %142, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %143 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %0, ptr %143, align 8
  %144 = getelementptr inbounds i8, ptr %34, i64 448
  %145 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %144, ptr %145, align 8
  %146 = getelementptr inbounds i8, ptr %34, i64 256
  %147 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %146, ptr %147, align 8
  %148 = call i32 @lv.k0.body0.k13(ptr %26, i64 0, i64 1)
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %150 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %1, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %34, i64 192
  %152 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %151, ptr %152, align 8
  %153 = getelementptr inbounds i8, ptr %34, i64 384
  %154 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %153, ptr %154, align 8
  %155 = call i32 @lv.k0.body0.k13(ptr %27, i64 0, i64 1)
  %156 = icmp ne i32 %155, 0
  br i1 %156, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %157 = getelementptr inbounds i8, ptr %34, i64 256
  %158 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %34, i64 384
  %160 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %159, ptr %160, align 8
  %161 = getelementptr inbounds i8, ptr %34, i64 512
  %162 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %161, ptr %162, align 8
  %163 = call i32 @lv.k0.body0.k0(ptr %28, i64 0, i64 1)
  %164 = icmp ne i32 %163, 0
  br i1 %164, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %165 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %0, ptr %165, align 8
  %166 = getelementptr inbounds i8, ptr %34, i64 64
  %167 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %166, ptr %167, align 8
  %168 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %2, ptr %168, align 8
  %169 = getelementptr inbounds i8, ptr %34, i64 256
  %170 = getelementptr inbounds ptr, ptr %29, i64 3
  store ptr %169, ptr %170, align 8
  %171 = getelementptr inbounds ptr, ptr %29, i64 4
  store ptr %3, ptr %171, align 8
  %172 = getelementptr inbounds i8, ptr %34, i64 512
  %173 = getelementptr inbounds ptr, ptr %29, i64 5
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %34, i64 320
  %175 = getelementptr inbounds ptr, ptr %29, i64 6
  store ptr %174, ptr %175, align 8
  %176 = getelementptr inbounds i8, ptr %34, i64 448
  %177 = getelementptr inbounds ptr, ptr %29, i64 7
  store ptr %176, ptr %177, align 8
  %178 = getelementptr inbounds ptr, ptr %29, i64 8
  store ptr %6, ptr %178, align 8
  %179 = call i32 @lv.k0.body0.k16(ptr %29, i64 0, i64 1)
  %180 = icmp ne i32 %179, 0
  br i1 %180, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %181 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %1, ptr %181, align 8
  %182 = getelementptr inbounds i8, ptr %34, i64 128
  %183 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %182, ptr %183, align 8
  %184 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %4, ptr %184, align 8
  %185 = getelementptr inbounds i8, ptr %34, i64 512
  %186 = getelementptr inbounds ptr, ptr %30, i64 3
  store ptr %185, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %30, i64 4
  store ptr %5, ptr %187, align 8
  %188 = getelementptr inbounds i8, ptr %34, i64 384
  %189 = getelementptr inbounds ptr, ptr %30, i64 5
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds i8, ptr %34, i64 0
  %191 = getelementptr inbounds ptr, ptr %30, i64 6
  store ptr %190, ptr %191, align 8
  %192 = getelementptr inbounds i8, ptr %34, i64 192
  %193 = getelementptr inbounds ptr, ptr %30, i64 7
  store ptr %192, ptr %193, align 8
  %194 = getelementptr inbounds ptr, ptr %30, i64 8
  store ptr %7, ptr %194, align 8
  %195 = call i32 @lv.k0.body0.k16(ptr %30, i64 0, i64 1)
  %196 = icmp ne i32 %195, 0
  br i1 %196, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %5, i64 8, i1 false)
  %197 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %197)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k2.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17) #1 {
entry:
  %18 = alloca ptr, align 8
  store ptr null, ptr %18, align 8
  %19 = load ptr, ptr %18, align 8
  %20 = alloca ptr, align 8
  %21 = call i32 @ftc_rt_alloc(ptr %20, i64 1536)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %loop.alloc.failed, label %loop.alloc.ok

fail:                                             ; preds = %loop.body.failed, %loop.alloc.failed
  %status = phi i32 [ %21, %loop.alloc.failed ], [ %52, %loop.body.failed ]
  %23 = load ptr, ptr %18, align 8
  call void @ftc_rt_free(ptr %23)
  ret i32 %status

loop.alloc.failed:                                ; preds = %entry
  br label %fail

loop.alloc.ok:                                    ; preds = %entry
  %24 = load ptr, ptr %20, align 8
  %25 = getelementptr inbounds i8, ptr %24, i64 0
  %26 = getelementptr inbounds i8, ptr %24, i64 768
  %27 = getelementptr inbounds i8, ptr %24, i64 128
  %28 = getelementptr inbounds i8, ptr %24, i64 896
  %29 = getelementptr inbounds i8, ptr %24, i64 256
  %30 = getelementptr inbounds i8, ptr %24, i64 1024
  %31 = getelementptr inbounds i8, ptr %24, i64 384
  %32 = getelementptr inbounds i8, ptr %24, i64 1152
  %33 = getelementptr inbounds i8, ptr %24, i64 512
  %34 = getelementptr inbounds i8, ptr %24, i64 1280
  %35 = getelementptr inbounds i8, ptr %24, i64 640
  %36 = getelementptr inbounds i8, ptr %24, i64 1408
  call void @llvm.memcpy.p0.p0.i64(ptr %25, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %27, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %29, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %31, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %33, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %35, ptr %5, i64 8, i1 false)
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %54, %latch ]
  %37 = icmp slt i64 %i, 8
  br i1 %37, label %body, label %exit

body:                                             ; preds = %loop
  %38 = and i64 %i, 1
  %39 = icmp eq i64 %38, 0
  %40 = select i1 %39, ptr %25, ptr %26
  %41 = select i1 %39, ptr %27, ptr %28
  %42 = select i1 %39, ptr %29, ptr %30
  %43 = select i1 %39, ptr %31, ptr %32
  %44 = select i1 %39, ptr %33, ptr %34
  %45 = select i1 %39, ptr %35, ptr %36
  %46 = select i1 %39, ptr %26, ptr %25
  %47 = select i1 %39, ptr %28, ptr %27
  %48 = select i1 %39, ptr %30, ptr %29
  %49 = select i1 %39, ptr %32, ptr %31
  %50 = select i1 %39, ptr %34, ptr %33
  %51 = select i1 %39, ptr %36, ptr %35
  %52 = call i32 @grad_lv_ckpt.k2.body0.k0.body0(ptr %40, ptr %41, ptr %42, ptr %43, ptr %44, ptr %45, ptr %46, ptr %47, ptr %48, ptr %49, ptr %50, ptr %51)
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %54 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %25, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %27, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %29, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %31, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %33, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %35, i64 8, i1 false)
  call void @ftc_rt_free(ptr %24)
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %15, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %16, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %5, i64 8, i1 false)
  ret i32 0

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %24)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k4.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr noalias %18, ptr noalias %19, ptr noalias %20, ptr noalias %21, ptr noalias %22, ptr noalias %23, ptr noalias %24, ptr noalias %25, ptr noalias %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32) #1 {
entry:
  %33 = alloca ptr, align 8
  store ptr null, ptr %33, align 8
  %34 = alloca [1 x ptr], align 8
  %35 = alloca [1 x ptr], align 8
  %36 = alloca [1 x ptr], align 8
  %37 = alloca [1 x ptr], align 8
  %38 = alloca [3 x ptr], align 8
  %39 = alloca [5 x ptr], align 8
  %40 = alloca [5 x ptr], align 8
  %41 = alloca [4 x ptr], align 8
  %42 = alloca [4 x ptr], align 8
  %43 = alloca [3 x ptr], align 8
  %44 = alloca [5 x ptr], align 8
  %45 = alloca [5 x ptr], align 8
  %46 = alloca [4 x ptr], align 8
  %47 = alloca [4 x ptr], align 8
  %48 = alloca [3 x ptr], align 8
  %49 = alloca [5 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [4 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [3 x ptr], align 8
  %54 = alloca [11 x ptr], align 8
  %55 = alloca [11 x ptr], align 8
  %56 = call i32 @ftc_rt_alloc(ptr %33, i64 448)
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %fail, label %ok

fail:                                             ; preds = %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %56, %entry ], [ %61, %ok ], [ %64, %ok1 ], [ %67, %ok2 ], [ %70, %ok3 ], [ %75, %ok4 ], [ %83, %ok5 ], [ %91, %ok6 ], [ %98, %ok7 ], [ %105, %ok8 ], [ %110, %ok9 ], [ %118, %ok10 ], [ %126, %ok11 ], [ %133, %ok12 ], [ %140, %ok13 ], [ %145, %ok14 ], [ %153, %ok15 ], [ %161, %ok16 ], [ %168, %ok17 ], [ %175, %ok18 ], [ %180, %ok19 ], [ %197, %ok20 ], [ %213, %ok21 ]
  %58 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %58)
  ret i32 %status

ok:                                               ; preds = %entry
  %59 = load ptr, ptr %33, align 8
  %60 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %27, ptr %60, align 8
  %61 = call i32 @grad_lv.k0.body0.k0(ptr %34, i64 0, i64 1)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %63 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %20, ptr %63, align 8
  %64 = call i32 @grad_lv.k0.body0.k1(ptr %35, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %66 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %32, ptr %66, align 8
  %67 = call i32 @grad_lv.k0.body0.k2(ptr %36, i64 0, i64 1)
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %69 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %31, ptr %69, align 8
  %70 = call i32 @grad_lv.k0.body0.k3(ptr %37, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %72 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %0, ptr %72, align 8
  %73 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %1, ptr %73, align 8
  %74 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %16, ptr %74, align 8
  %75 = call i32 @lv.k0.body0.k0(ptr %38, i64 0, i64 1)
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %77 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %2, ptr %77, align 8
  %78 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %0, ptr %78, align 8
  %79 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %3, ptr %79, align 8
  %80 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %16, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %59, i64 0
  %82 = getelementptr inbounds ptr, ptr %39, i64 4
  store ptr %81, ptr %82, align 8
  %83 = call i32 @lv.k0.body0.k1(ptr %39, i64 0, i64 1)
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %85 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %4, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %16, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %5, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %40, i64 3
  store ptr %1, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %59, i64 64
  %90 = getelementptr inbounds ptr, ptr %40, i64 4
  store ptr %89, ptr %90, align 8
  %91 = call i32 @lv.k0.body0.k1(ptr %40, i64 0, i64 1)
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %93 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %0, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %20, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %59, i64 0
  %96 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %95, ptr %96, align 8
  %97 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %22, ptr %97, align 8
  %98 = call i32 @grad_lv.k0.body0.k7(ptr %41, i64 0, i64 1)
  %99 = icmp ne i32 %98, 0
  br i1 %99, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %100 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %1, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %20, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %59, i64 64
  %103 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %102, ptr %103, align 8
  %104 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %21, ptr %104, align 8
  %105 = call i32 @grad_lv.k0.body0.k7(ptr %42, i64 0, i64 1)
  %106 = icmp ne i32 %105, 0
  br i1 %106, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %107 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %22, ptr %107, align 8
  %108 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %21, ptr %108, align 8
  %109 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %23, ptr %109, align 8
  %110 = call i32 @lv.k0.body0.k0(ptr %43, i64 0, i64 1)
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %112 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %2, ptr %112, align 8
  %113 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %22, ptr %113, align 8
  %114 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %3, ptr %114, align 8
  %115 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %23, ptr %115, align 8
  %116 = getelementptr inbounds i8, ptr %59, i64 128
  %117 = getelementptr inbounds ptr, ptr %44, i64 4
  store ptr %116, ptr %117, align 8
  %118 = call i32 @lv.k0.body0.k1(ptr %44, i64 0, i64 1)
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %120 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %4, ptr %120, align 8
  %121 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %23, ptr %121, align 8
  %122 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %5, ptr %122, align 8
  %123 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %21, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %59, i64 192
  %125 = getelementptr inbounds ptr, ptr %45, i64 4
  store ptr %124, ptr %125, align 8
  %126 = call i32 @lv.k0.body0.k1(ptr %45, i64 0, i64 1)
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %128 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %0, ptr %128, align 8
  %129 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %20, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %59, i64 128
  %131 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %130, ptr %131, align 8
  %132 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %25, ptr %132, align 8
  %133 = call i32 @grad_lv.k0.body0.k7(ptr %46, i64 0, i64 1)
  %134 = icmp ne i32 %133, 0
  br i1 %134, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %135 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %1, ptr %135, align 8
  %136 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %20, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %59, i64 192
  %138 = getelementptr inbounds ptr, ptr %47, i64 2
  store ptr %137, ptr %138, align 8
  %139 = getelementptr inbounds ptr, ptr %47, i64 3
  store ptr %24, ptr %139, align 8
  %140 = call i32 @grad_lv.k0.body0.k7(ptr %47, i64 0, i64 1)
  %141 = icmp ne i32 %140, 0
  br i1 %141, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %142 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %25, ptr %142, align 8
  %143 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %24, ptr %143, align 8
  %144 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr %26, ptr %144, align 8
  %145 = call i32 @lv.k0.body0.k0(ptr %48, i64 0, i64 1)
  %146 = icmp ne i32 %145, 0
  br i1 %146, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %147 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %2, ptr %147, align 8
  %148 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %25, ptr %148, align 8
  %149 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %3, ptr %149, align 8
  %150 = getelementptr inbounds ptr, ptr %49, i64 3
  store ptr %26, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %59, i64 256
  %152 = getelementptr inbounds ptr, ptr %49, i64 4
  store ptr %151, ptr %152, align 8
  %153 = call i32 @lv.k0.body0.k1(ptr %49, i64 0, i64 1)
  %154 = icmp ne i32 %153, 0
  br i1 %154, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %155 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %4, ptr %155, align 8
  %156 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %26, ptr %156, align 8
  %157 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %5, ptr %157, align 8
  %158 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %24, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %59, i64 320
  %160 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %159, ptr %160, align 8
  %161 = call i32 @lv.k0.body0.k1(ptr %50, i64 0, i64 1)
  %162 = icmp ne i32 %161, 0
  br i1 %162, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %163 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %0, ptr %163, align 8
  %164 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %27, ptr %164, align 8
  %165 = getelementptr inbounds i8, ptr %59, i64 256
  %166 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %165, ptr %166, align 8
  %167 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %29, ptr %167, align 8
  %168 = call i32 @grad_lv.k0.body0.k7(ptr %51, i64 0, i64 1)
  %169 = icmp ne i32 %168, 0
  br i1 %169, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %170 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %1, ptr %170, align 8
  %171 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %27, ptr %171, align 8
  %172 = getelementptr inbounds i8, ptr %59, i64 320
  %173 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %28, ptr %174, align 8
  %175 = call i32 @grad_lv.k0.body0.k7(ptr %52, i64 0, i64 1)
  %176 = icmp ne i32 %175, 0
  br i1 %176, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %177 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %29, ptr %177, align 8
  %178 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %28, ptr %178, align 8
  %179 = getelementptr inbounds ptr, ptr %53, i64 2
  store ptr %30, ptr %179, align 8
  %180 = call i32 @lv.k0.body0.k0(ptr %53, i64 0, i64 1)
  %181 = icmp ne i32 %180, 0
  br i1 %181, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %182 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %0, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %32, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %59, i64 0
  %185 = getelementptr inbounds ptr, ptr %54, i64 2
  store ptr %184, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %54, i64 3
  store ptr %2, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %54, i64 4
  store ptr %29, ptr %187, align 8
  %188 = getelementptr inbounds ptr, ptr %54, i64 5
  store ptr %3, ptr %188, align 8
  %189 = getelementptr inbounds ptr, ptr %54, i64 6
  store ptr %30, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %54, i64 7
  store ptr %31, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %59, i64 128
  %192 = getelementptr inbounds ptr, ptr %54, i64 8
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds i8, ptr %59, i64 256
  %194 = getelementptr inbounds ptr, ptr %54, i64 9
  store ptr %193, ptr %194, align 8
  %195 = getelementptr inbounds i8, ptr %59, i64 384
  %196 = getelementptr inbounds ptr, ptr %54, i64 10
  store ptr %195, ptr %196, align 8
  %197 = call i32 @grad_lv.k0.body0.k20(ptr %54, i64 0, i64 1)
  %198 = icmp ne i32 %197, 0
  br i1 %198, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %199 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %1, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %32, ptr %200, align 8
  %201 = getelementptr inbounds i8, ptr %59, i64 64
  %202 = getelementptr inbounds ptr, ptr %55, i64 2
  store ptr %201, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %55, i64 3
  store ptr %4, ptr %203, align 8
  %204 = getelementptr inbounds ptr, ptr %55, i64 4
  store ptr %30, ptr %204, align 8
  %205 = getelementptr inbounds ptr, ptr %55, i64 5
  store ptr %5, ptr %205, align 8
  %206 = getelementptr inbounds ptr, ptr %55, i64 6
  store ptr %28, ptr %206, align 8
  %207 = getelementptr inbounds ptr, ptr %55, i64 7
  store ptr %31, ptr %207, align 8
  %208 = getelementptr inbounds i8, ptr %59, i64 192
  %209 = getelementptr inbounds ptr, ptr %55, i64 8
  store ptr %208, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %59, i64 320
  %211 = getelementptr inbounds ptr, ptr %55, i64 9
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %55, i64 10
  store ptr %7, ptr %212, align 8
  %213 = call i32 @grad_lv.k0.body0.k20(ptr %55, i64 0, i64 1)
  %214 = icmp ne i32 %213, 0
  br i1 %214, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %215 = getelementptr inbounds i8, ptr %59, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %215, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %5, i64 8, i1 false)
  %216 = getelementptr inbounds i8, ptr %59, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %216, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %15, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %19, ptr %5, i64 8, i1 false)
  %217 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %217)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k5.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12, ptr %13, ptr %14, ptr %15, ptr %16, ptr %17, ptr %18, ptr %19, ptr %20, ptr %21, ptr %22, ptr %23, ptr %24, ptr %25, ptr %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32) #1 {
entry:
  %33 = alloca ptr, align 8
  store ptr null, ptr %33, align 8
  %34 = alloca [3 x ptr], align 8
  %35 = alloca [3 x ptr], align 8
  %36 = alloca [3 x ptr], align 8
  %37 = alloca [3 x ptr], align 8
  %38 = alloca [3 x ptr], align 8
  %39 = alloca [2 x ptr], align 8
  %40 = alloca [2 x ptr], align 8
  %41 = alloca [5 x ptr], align 8
  %42 = alloca [5 x ptr], align 8
  %43 = alloca [5 x ptr], align 8
  %44 = alloca [4 x ptr], align 8
  %45 = alloca [4 x ptr], align 8
  %46 = alloca [2 x ptr], align 8
  %47 = alloca [2 x ptr], align 8
  %48 = alloca [5 x ptr], align 8
  %49 = alloca [5 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [4 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [2 x ptr], align 8
  %54 = alloca [2 x ptr], align 8
  %55 = alloca [5 x ptr], align 8
  %56 = alloca [5 x ptr], align 8
  %57 = alloca [5 x ptr], align 8
  %58 = alloca [4 x ptr], align 8
  %59 = alloca [4 x ptr], align 8
  %60 = alloca [2 x ptr], align 8
  %61 = alloca [10 x ptr], align 8
  %62 = alloca [10 x ptr], align 8
  %63 = alloca [2 x ptr], align 8
  %64 = alloca [5 x ptr], align 8
  %65 = alloca [10 x ptr], align 8
  %66 = alloca [10 x ptr], align 8
  %67 = alloca [9 x ptr], align 8
  %68 = alloca [9 x ptr], align 8
  %69 = call i32 @ftc_rt_alloc(ptr %33, i64 1408)
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %fail, label %ok

fail:                                             ; preds = %ok34, %ok33, %ok32, %ok31, %ok30, %ok29, %ok28, %ok27, %ok26, %ok25, %ok24, %ok23, %ok22, %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %69, %entry ], [ %77, %ok ], [ %83, %ok1 ], [ %90, %ok2 ], [ %97, %ok3 ], [ %104, %ok4 ], [ %110, %ok5 ], [ %116, %ok6 ], [ %126, %ok7 ], [ %136, %ok8 ], [ %146, %ok9 ], [ %155, %ok10 ], [ %164, %ok11 ], [ %170, %ok12 ], [ %176, %ok13 ], [ %186, %ok14 ], [ %196, %ok15 ], [ %206, %ok16 ], [ %215, %ok17 ], [ %224, %ok18 ], [ %230, %ok19 ], [ %236, %ok20 ], [ %246, %ok21 ], [ %256, %ok22 ], [ %266, %ok23 ], [ %275, %ok24 ], [ %284, %ok25 ], [ %290, %ok26 ], [ %306, %ok27 ], [ %322, %ok28 ], [ %328, %ok29 ], [ %338, %ok30 ], [ %354, %ok31 ], [ %370, %ok32 ], [ %386, %ok33 ], [ %403, %ok34 ]
  %71 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %71)
  ret i32 %status

ok:                                               ; preds = %entry
  %72 = load ptr, ptr %33, align 8
  %73 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %0, ptr %73, align 8
  %74 = getelementptr inbounds ptr, ptr %34, i64 1
  store ptr %26, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %72, i64 0
  %76 = getelementptr inbounds ptr, ptr %34, i64 2
  store ptr %75, ptr %76, align 8
  %77 = call i32 @grad_lv.k3.body0.k0(ptr %34, i64 0, i64 1)
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %79 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %1, ptr %79, align 8
  %80 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %25, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %72, i64 64
  %82 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %81, ptr %82, align 8
  %83 = call i32 @lv.k0.body0.k0(ptr %35, i64 0, i64 1)
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %85 = getelementptr inbounds i8, ptr %72, i64 64
  %86 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %85, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %24, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %72, i64 128
  %89 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %88, ptr %89, align 8
  %90 = call i32 @lv.k0.body0.k0(ptr %36, i64 0, i64 1)
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %92 = getelementptr inbounds i8, ptr %72, i64 0
  %93 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %25, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %72, i64 192
  %96 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %95, ptr %96, align 8
  %97 = call i32 @lv.k0.body0.k0(ptr %37, i64 0, i64 1)
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %99 = getelementptr inbounds i8, ptr %72, i64 192
  %100 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %24, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %72, i64 256
  %103 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %102, ptr %103, align 8
  %104 = call i32 @lv.k0.body0.k0(ptr %38, i64 0, i64 1)
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %106 = getelementptr inbounds i8, ptr %72, i64 64
  %107 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %72, i64 320
  %109 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %108, ptr %109, align 8
  %110 = call i32 @grad_lv.k3.body0.k5(ptr %39, i64 0, i64 1)
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %112 = getelementptr inbounds i8, ptr %72, i64 192
  %113 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %112, ptr %113, align 8
  %114 = getelementptr inbounds i8, ptr %72, i64 384
  %115 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %114, ptr %115, align 8
  %116 = call i32 @grad_lv.k3.body0.k5(ptr %40, i64 0, i64 1)
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %118 = getelementptr inbounds i8, ptr %72, i64 64
  %119 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %11, ptr %120, align 8
  %121 = getelementptr inbounds i8, ptr %72, i64 384
  %122 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %121, ptr %122, align 8
  %123 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %10, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %72, i64 448
  %125 = getelementptr inbounds ptr, ptr %41, i64 4
  store ptr %124, ptr %125, align 8
  %126 = call i32 @grad_lv.k3.body0.k7(ptr %41, i64 0, i64 1)
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %128 = getelementptr inbounds i8, ptr %72, i64 320
  %129 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %12, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %72, i64 448
  %132 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %22, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %72, i64 512
  %135 = getelementptr inbounds ptr, ptr %42, i64 4
  store ptr %134, ptr %135, align 8
  %136 = call i32 @grad_lv.k3.body0.k7(ptr %42, i64 0, i64 1)
  %137 = icmp ne i32 %136, 0
  br i1 %137, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %138 = getelementptr inbounds i8, ptr %72, i64 192
  %139 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %8, ptr %140, align 8
  %141 = getelementptr inbounds i8, ptr %72, i64 448
  %142 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %141, ptr %142, align 8
  %143 = getelementptr inbounds ptr, ptr %43, i64 3
  store ptr %21, ptr %143, align 8
  %144 = getelementptr inbounds i8, ptr %72, i64 576
  %145 = getelementptr inbounds ptr, ptr %43, i64 4
  store ptr %144, ptr %145, align 8
  %146 = call i32 @grad_lv.k3.body0.k7(ptr %43, i64 0, i64 1)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %148 = getelementptr inbounds i8, ptr %72, i64 128
  %149 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %148, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %72, i64 512
  %151 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %150, ptr %151, align 8
  %152 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %20, ptr %152, align 8
  %153 = getelementptr inbounds i8, ptr %72, i64 448
  %154 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %153, ptr %154, align 8
  %155 = call i32 @grad_lv.k0.body0.k7(ptr %44, i64 0, i64 1)
  %156 = icmp ne i32 %155, 0
  br i1 %156, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %157 = getelementptr inbounds i8, ptr %72, i64 256
  %158 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %72, i64 576
  %160 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %159, ptr %160, align 8
  %161 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %20, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %72, i64 640
  %163 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %162, ptr %163, align 8
  %164 = call i32 @grad_lv.k0.body0.k7(ptr %45, i64 0, i64 1)
  %165 = icmp ne i32 %164, 0
  br i1 %165, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %166 = getelementptr inbounds i8, ptr %72, i64 448
  %167 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %166, ptr %167, align 8
  %168 = getelementptr inbounds i8, ptr %72, i64 704
  %169 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %168, ptr %169, align 8
  %170 = call i32 @grad_lv.k3.body0.k5(ptr %46, i64 0, i64 1)
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %172 = getelementptr inbounds i8, ptr %72, i64 640
  %173 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %72, i64 768
  %175 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %174, ptr %175, align 8
  %176 = call i32 @grad_lv.k3.body0.k5(ptr %47, i64 0, i64 1)
  %177 = icmp ne i32 %176, 0
  br i1 %177, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %178 = getelementptr inbounds i8, ptr %72, i64 448
  %179 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %178, ptr %179, align 8
  %180 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %11, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %72, i64 768
  %182 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr %181, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %48, i64 3
  store ptr %10, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %72, i64 832
  %185 = getelementptr inbounds ptr, ptr %48, i64 4
  store ptr %184, ptr %185, align 8
  %186 = call i32 @grad_lv.k3.body0.k7(ptr %48, i64 0, i64 1)
  %187 = icmp ne i32 %186, 0
  br i1 %187, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %188 = getelementptr inbounds i8, ptr %72, i64 704
  %189 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %12, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %72, i64 832
  %192 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %49, i64 3
  store ptr %18, ptr %193, align 8
  %194 = getelementptr inbounds i8, ptr %72, i64 896
  %195 = getelementptr inbounds ptr, ptr %49, i64 4
  store ptr %194, ptr %195, align 8
  %196 = call i32 @grad_lv.k3.body0.k7(ptr %49, i64 0, i64 1)
  %197 = icmp ne i32 %196, 0
  br i1 %197, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %198 = getelementptr inbounds i8, ptr %72, i64 640
  %199 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %198, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %8, ptr %200, align 8
  %201 = getelementptr inbounds i8, ptr %72, i64 832
  %202 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %201, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %17, ptr %203, align 8
  %204 = getelementptr inbounds i8, ptr %72, i64 960
  %205 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %204, ptr %205, align 8
  %206 = call i32 @grad_lv.k3.body0.k7(ptr %50, i64 0, i64 1)
  %207 = icmp ne i32 %206, 0
  br i1 %207, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %208 = getelementptr inbounds i8, ptr %72, i64 128
  %209 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %208, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %72, i64 896
  %211 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %13, ptr %212, align 8
  %213 = getelementptr inbounds i8, ptr %72, i64 832
  %214 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %213, ptr %214, align 8
  %215 = call i32 @grad_lv.k0.body0.k7(ptr %51, i64 0, i64 1)
  %216 = icmp ne i32 %215, 0
  br i1 %216, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %217 = getelementptr inbounds i8, ptr %72, i64 256
  %218 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %217, ptr %218, align 8
  %219 = getelementptr inbounds i8, ptr %72, i64 960
  %220 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %219, ptr %220, align 8
  %221 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %13, ptr %221, align 8
  %222 = getelementptr inbounds i8, ptr %72, i64 128
  %223 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %222, ptr %223, align 8
  %224 = call i32 @grad_lv.k0.body0.k7(ptr %52, i64 0, i64 1)
  %225 = icmp ne i32 %224, 0
  br i1 %225, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %226 = getelementptr inbounds i8, ptr %72, i64 832
  %227 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %226, ptr %227, align 8
  %228 = getelementptr inbounds i8, ptr %72, i64 256
  %229 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %228, ptr %229, align 8
  %230 = call i32 @grad_lv.k3.body0.k5(ptr %53, i64 0, i64 1)
  %231 = icmp ne i32 %230, 0
  br i1 %231, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %232 = getelementptr inbounds i8, ptr %72, i64 128
  %233 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %232, ptr %233, align 8
  %234 = getelementptr inbounds i8, ptr %72, i64 1024
  %235 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %234, ptr %235, align 8
  %236 = call i32 @grad_lv.k3.body0.k5(ptr %54, i64 0, i64 1)
  %237 = icmp ne i32 %236, 0
  br i1 %237, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %238 = getelementptr inbounds i8, ptr %72, i64 832
  %239 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %238, ptr %239, align 8
  %240 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %11, ptr %240, align 8
  %241 = getelementptr inbounds i8, ptr %72, i64 1024
  %242 = getelementptr inbounds ptr, ptr %55, i64 2
  store ptr %241, ptr %242, align 8
  %243 = getelementptr inbounds ptr, ptr %55, i64 3
  store ptr %10, ptr %243, align 8
  %244 = getelementptr inbounds i8, ptr %72, i64 1088
  %245 = getelementptr inbounds ptr, ptr %55, i64 4
  store ptr %244, ptr %245, align 8
  %246 = call i32 @grad_lv.k3.body0.k7(ptr %55, i64 0, i64 1)
  %247 = icmp ne i32 %246, 0
  br i1 %247, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %248 = getelementptr inbounds i8, ptr %72, i64 256
  %249 = getelementptr inbounds ptr, ptr %56, i64 0
  store ptr %248, ptr %249, align 8
  %250 = getelementptr inbounds ptr, ptr %56, i64 1
  store ptr %12, ptr %250, align 8
  %251 = getelementptr inbounds i8, ptr %72, i64 1088
  %252 = getelementptr inbounds ptr, ptr %56, i64 2
  store ptr %251, ptr %252, align 8
  %253 = getelementptr inbounds ptr, ptr %56, i64 3
  store ptr %15, ptr %253, align 8
  %254 = getelementptr inbounds i8, ptr %72, i64 1152
  %255 = getelementptr inbounds ptr, ptr %56, i64 4
  store ptr %254, ptr %255, align 8
  %256 = call i32 @grad_lv.k3.body0.k7(ptr %56, i64 0, i64 1)
  %257 = icmp ne i32 %256, 0
  br i1 %257, label %fail, label %ok23

ok23:                                             ; preds = %ok22
  %258 = getelementptr inbounds i8, ptr %72, i64 128
  %259 = getelementptr inbounds ptr, ptr %57, i64 0
  store ptr %258, ptr %259, align 8
  %260 = getelementptr inbounds ptr, ptr %57, i64 1
  store ptr %8, ptr %260, align 8
  %261 = getelementptr inbounds i8, ptr %72, i64 1088
  %262 = getelementptr inbounds ptr, ptr %57, i64 2
  store ptr %261, ptr %262, align 8
  %263 = getelementptr inbounds ptr, ptr %57, i64 3
  store ptr %14, ptr %263, align 8
  %264 = getelementptr inbounds i8, ptr %72, i64 1216
  %265 = getelementptr inbounds ptr, ptr %57, i64 4
  store ptr %264, ptr %265, align 8
  %266 = call i32 @grad_lv.k3.body0.k7(ptr %57, i64 0, i64 1)
  %267 = icmp ne i32 %266, 0
  br i1 %267, label %fail, label %ok24

ok24:                                             ; preds = %ok23
  %268 = getelementptr inbounds i8, ptr %72, i64 64
  %269 = getelementptr inbounds ptr, ptr %58, i64 0
  store ptr %268, ptr %269, align 8
  %270 = getelementptr inbounds i8, ptr %72, i64 1152
  %271 = getelementptr inbounds ptr, ptr %58, i64 1
  store ptr %270, ptr %271, align 8
  %272 = getelementptr inbounds ptr, ptr %58, i64 2
  store ptr %13, ptr %272, align 8
  %273 = getelementptr inbounds i8, ptr %72, i64 1088
  %274 = getelementptr inbounds ptr, ptr %58, i64 3
  store ptr %273, ptr %274, align 8
  %275 = call i32 @grad_lv.k0.body0.k7(ptr %58, i64 0, i64 1)
  %276 = icmp ne i32 %275, 0
  br i1 %276, label %fail, label %ok25

ok25:                                             ; preds = %ok24
  %277 = getelementptr inbounds i8, ptr %72, i64 192
  %278 = getelementptr inbounds ptr, ptr %59, i64 0
  store ptr %277, ptr %278, align 8
  %279 = getelementptr inbounds i8, ptr %72, i64 1216
  %280 = getelementptr inbounds ptr, ptr %59, i64 1
  store ptr %279, ptr %280, align 8
  %281 = getelementptr inbounds ptr, ptr %59, i64 2
  store ptr %13, ptr %281, align 8
  %282 = getelementptr inbounds i8, ptr %72, i64 1280
  %283 = getelementptr inbounds ptr, ptr %59, i64 3
  store ptr %282, ptr %283, align 8
  %284 = call i32 @grad_lv.k0.body0.k7(ptr %59, i64 0, i64 1)
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %fail, label %ok26

ok26:                                             ; preds = %ok25
  %286 = getelementptr inbounds i8, ptr %72, i64 1088
  %287 = getelementptr inbounds ptr, ptr %60, i64 0
  store ptr %286, ptr %287, align 8
  %288 = getelementptr inbounds i8, ptr %72, i64 1344
  %289 = getelementptr inbounds ptr, ptr %60, i64 1
  store ptr %288, ptr %289, align 8
  %290 = call i32 @grad_lv.k3.body0.k5(ptr %60, i64 0, i64 1)
  %291 = icmp ne i32 %290, 0
  br i1 %291, label %fail, label %ok27

ok27:                                             ; preds = %ok26
  %292 = getelementptr inbounds ptr, ptr %61, i64 0
  store ptr %5, ptr %292, align 8
  %293 = getelementptr inbounds i8, ptr %72, i64 320
  %294 = getelementptr inbounds ptr, ptr %61, i64 1
  store ptr %293, ptr %294, align 8
  %295 = getelementptr inbounds ptr, ptr %61, i64 2
  store ptr %21, ptr %295, align 8
  %296 = getelementptr inbounds i8, ptr %72, i64 704
  %297 = getelementptr inbounds ptr, ptr %61, i64 3
  store ptr %296, ptr %297, align 8
  %298 = getelementptr inbounds ptr, ptr %61, i64 4
  store ptr %17, ptr %298, align 8
  %299 = getelementptr inbounds i8, ptr %72, i64 256
  %300 = getelementptr inbounds ptr, ptr %61, i64 5
  store ptr %299, ptr %300, align 8
  %301 = getelementptr inbounds ptr, ptr %61, i64 6
  store ptr %14, ptr %301, align 8
  %302 = getelementptr inbounds i8, ptr %72, i64 1344
  %303 = getelementptr inbounds ptr, ptr %61, i64 7
  store ptr %302, ptr %303, align 8
  %304 = getelementptr inbounds ptr, ptr %61, i64 8
  store ptr %6, ptr %304, align 8
  %305 = getelementptr inbounds ptr, ptr %61, i64 9
  store ptr %32, ptr %305, align 8
  %306 = call i32 @grad_lv.k3.body0.k27(ptr %61, i64 0, i64 1)
  %307 = icmp ne i32 %306, 0
  br i1 %307, label %fail, label %ok28

ok28:                                             ; preds = %ok27
  %308 = getelementptr inbounds ptr, ptr %62, i64 0
  store ptr %4, ptr %308, align 8
  %309 = getelementptr inbounds i8, ptr %72, i64 64
  %310 = getelementptr inbounds ptr, ptr %62, i64 1
  store ptr %309, ptr %310, align 8
  %311 = getelementptr inbounds ptr, ptr %62, i64 2
  store ptr %23, ptr %311, align 8
  %312 = getelementptr inbounds i8, ptr %72, i64 448
  %313 = getelementptr inbounds ptr, ptr %62, i64 3
  store ptr %312, ptr %313, align 8
  %314 = getelementptr inbounds ptr, ptr %62, i64 4
  store ptr %19, ptr %314, align 8
  %315 = getelementptr inbounds i8, ptr %72, i64 832
  %316 = getelementptr inbounds ptr, ptr %62, i64 5
  store ptr %315, ptr %316, align 8
  %317 = getelementptr inbounds ptr, ptr %62, i64 6
  store ptr %16, ptr %317, align 8
  %318 = getelementptr inbounds i8, ptr %72, i64 1088
  %319 = getelementptr inbounds ptr, ptr %62, i64 7
  store ptr %318, ptr %319, align 8
  %320 = getelementptr inbounds ptr, ptr %62, i64 8
  store ptr %9, ptr %320, align 8
  %321 = getelementptr inbounds ptr, ptr %62, i64 9
  store ptr %31, ptr %321, align 8
  %322 = call i32 @grad_lv.k3.body0.k27(ptr %62, i64 0, i64 1)
  %323 = icmp ne i32 %322, 0
  br i1 %323, label %fail, label %ok29

ok29:                                             ; preds = %ok28
  %324 = getelementptr inbounds i8, ptr %72, i64 1280
  %325 = getelementptr inbounds ptr, ptr %63, i64 0
  store ptr %324, ptr %325, align 8
  %326 = getelementptr inbounds i8, ptr %72, i64 64
  %327 = getelementptr inbounds ptr, ptr %63, i64 1
  store ptr %326, ptr %327, align 8
  %328 = call i32 @grad_lv.k3.body0.k5(ptr %63, i64 0, i64 1)
  %329 = icmp ne i32 %328, 0
  br i1 %329, label %fail, label %ok30

ok30:                                             ; preds = %ok29
  %330 = getelementptr inbounds i8, ptr %72, i64 1088
  %331 = getelementptr inbounds ptr, ptr %64, i64 0
  store ptr %330, ptr %331, align 8
  %332 = getelementptr inbounds ptr, ptr %64, i64 1
  store ptr %11, ptr %332, align 8
  %333 = getelementptr inbounds i8, ptr %72, i64 64
  %334 = getelementptr inbounds ptr, ptr %64, i64 2
  store ptr %333, ptr %334, align 8
  %335 = getelementptr inbounds ptr, ptr %64, i64 3
  store ptr %10, ptr %335, align 8
  %336 = getelementptr inbounds i8, ptr %72, i64 256
  %337 = getelementptr inbounds ptr, ptr %64, i64 4
  store ptr %336, ptr %337, align 8
  %338 = call i32 @grad_lv.k3.body0.k7(ptr %64, i64 0, i64 1)
  %339 = icmp ne i32 %338, 0
  br i1 %339, label %fail, label %ok31

ok31:                                             ; preds = %ok30
  %340 = getelementptr inbounds ptr, ptr %65, i64 0
  store ptr %3, ptr %340, align 8
  %341 = getelementptr inbounds i8, ptr %72, i64 384
  %342 = getelementptr inbounds ptr, ptr %65, i64 1
  store ptr %341, ptr %342, align 8
  %343 = getelementptr inbounds ptr, ptr %65, i64 2
  store ptr %23, ptr %343, align 8
  %344 = getelementptr inbounds i8, ptr %72, i64 768
  %345 = getelementptr inbounds ptr, ptr %65, i64 3
  store ptr %344, ptr %345, align 8
  %346 = getelementptr inbounds ptr, ptr %65, i64 4
  store ptr %19, ptr %346, align 8
  %347 = getelementptr inbounds i8, ptr %72, i64 1024
  %348 = getelementptr inbounds ptr, ptr %65, i64 5
  store ptr %347, ptr %348, align 8
  %349 = getelementptr inbounds ptr, ptr %65, i64 6
  store ptr %16, ptr %349, align 8
  %350 = getelementptr inbounds i8, ptr %72, i64 64
  %351 = getelementptr inbounds ptr, ptr %65, i64 7
  store ptr %350, ptr %351, align 8
  %352 = getelementptr inbounds ptr, ptr %65, i64 8
  store ptr %9, ptr %352, align 8
  %353 = getelementptr inbounds ptr, ptr %65, i64 9
  store ptr %30, ptr %353, align 8
  %354 = call i32 @grad_lv.k3.body0.k27(ptr %65, i64 0, i64 1)
  %355 = icmp ne i32 %354, 0
  br i1 %355, label %fail, label %ok32

ok32:                                             ; preds = %ok31
  %356 = getelementptr inbounds ptr, ptr %66, i64 0
  store ptr %2, ptr %356, align 8
  %357 = getelementptr inbounds i8, ptr %72, i64 192
  %358 = getelementptr inbounds ptr, ptr %66, i64 1
  store ptr %357, ptr %358, align 8
  %359 = getelementptr inbounds ptr, ptr %66, i64 2
  store ptr %22, ptr %359, align 8
  %360 = getelementptr inbounds i8, ptr %72, i64 640
  %361 = getelementptr inbounds ptr, ptr %66, i64 3
  store ptr %360, ptr %361, align 8
  %362 = getelementptr inbounds ptr, ptr %66, i64 4
  store ptr %18, ptr %362, align 8
  %363 = getelementptr inbounds i8, ptr %72, i64 128
  %364 = getelementptr inbounds ptr, ptr %66, i64 5
  store ptr %363, ptr %364, align 8
  %365 = getelementptr inbounds ptr, ptr %66, i64 6
  store ptr %15, ptr %365, align 8
  %366 = getelementptr inbounds i8, ptr %72, i64 1280
  %367 = getelementptr inbounds ptr, ptr %66, i64 7
  store ptr %366, ptr %367, align 8
  %368 = getelementptr inbounds ptr, ptr %66, i64 8
  store ptr %7, ptr %368, align 8
  %369 = getelementptr inbounds ptr, ptr %66, i64 9
  store ptr %29, ptr %369, align 8
  %370 = call i32 @grad_lv.k3.body0.k27(ptr %66, i64 0, i64 1)
  %371 = icmp ne i32 %370, 0
  br i1 %371, label %fail, label %ok33

ok33:                                             ; preds = %ok32
  %372 = getelementptr inbounds ptr, ptr %67, i64 0
  store ptr %1, ptr %372, align 8
  %373 = getelementptr inbounds i8, ptr %72, i64 512
  %374 = getelementptr inbounds ptr, ptr %67, i64 1
  store ptr %373, ptr %374, align 8
  %375 = getelementptr inbounds i8, ptr %72, i64 896
  %376 = getelementptr inbounds ptr, ptr %67, i64 2
  store ptr %375, ptr %376, align 8
  %377 = getelementptr inbounds i8, ptr %72, i64 1152
  %378 = getelementptr inbounds ptr, ptr %67, i64 3
  store ptr %377, ptr %378, align 8
  %379 = getelementptr inbounds i8, ptr %72, i64 1344
  %380 = getelementptr inbounds ptr, ptr %67, i64 4
  store ptr %379, ptr %380, align 8
  %381 = getelementptr inbounds ptr, ptr %67, i64 5
  store ptr %12, ptr %381, align 8
  %382 = getelementptr inbounds i8, ptr %72, i64 256
  %383 = getelementptr inbounds ptr, ptr %67, i64 6
  store ptr %382, ptr %383, align 8
  %384 = getelementptr inbounds ptr, ptr %67, i64 7
  store ptr %7, ptr %384, align 8
  %385 = getelementptr inbounds ptr, ptr %67, i64 8
  store ptr %28, ptr %385, align 8
  %386 = call i32 @grad_lv.k3.body0.k33(ptr %67, i64 0, i64 1)
  %387 = icmp ne i32 %386, 0
  br i1 %387, label %fail, label %ok34

ok34:                                             ; preds = %ok33
  %388 = getelementptr inbounds i8, ptr %72, i64 0
  %389 = getelementptr inbounds ptr, ptr %68, i64 0
  store ptr %388, ptr %389, align 8
  %390 = getelementptr inbounds i8, ptr %72, i64 576
  %391 = getelementptr inbounds ptr, ptr %68, i64 1
  store ptr %390, ptr %391, align 8
  %392 = getelementptr inbounds i8, ptr %72, i64 960
  %393 = getelementptr inbounds ptr, ptr %68, i64 2
  store ptr %392, ptr %393, align 8
  %394 = getelementptr inbounds i8, ptr %72, i64 1216
  %395 = getelementptr inbounds ptr, ptr %68, i64 3
  store ptr %394, ptr %395, align 8
  %396 = getelementptr inbounds i8, ptr %72, i64 1280
  %397 = getelementptr inbounds ptr, ptr %68, i64 4
  store ptr %396, ptr %397, align 8
  %398 = getelementptr inbounds ptr, ptr %68, i64 5
  store ptr %8, ptr %398, align 8
  %399 = getelementptr inbounds i8, ptr %72, i64 256
  %400 = getelementptr inbounds ptr, ptr %68, i64 6
  store ptr %399, ptr %400, align 8
  %401 = getelementptr inbounds ptr, ptr %68, i64 7
  store ptr %6, ptr %401, align 8
  %402 = getelementptr inbounds ptr, ptr %68, i64 8
  store ptr %27, ptr %402, align 8
  %403 = call i32 @grad_lv.k3.body0.k33(ptr %68, i64 0, i64 1)
  %404 = icmp ne i32 %403, 0
  br i1 %404, label %fail, label %ok35

ok35:                                             ; preds = %ok34
  %405 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %405)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k7.body0.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr noalias %18, ptr noalias %19, ptr noalias %20, ptr noalias %21, ptr noalias %22, ptr noalias %23, ptr noalias %24, ptr noalias %25, ptr noalias %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32) #1 {
entry:
  %33 = alloca ptr, align 8
  store ptr null, ptr %33, align 8
  %34 = alloca [1 x ptr], align 8
  %35 = alloca [1 x ptr], align 8
  %36 = alloca [1 x ptr], align 8
  %37 = alloca [1 x ptr], align 8
  %38 = alloca [3 x ptr], align 8
  %39 = alloca [5 x ptr], align 8
  %40 = alloca [5 x ptr], align 8
  %41 = alloca [4 x ptr], align 8
  %42 = alloca [4 x ptr], align 8
  %43 = alloca [3 x ptr], align 8
  %44 = alloca [5 x ptr], align 8
  %45 = alloca [5 x ptr], align 8
  %46 = alloca [4 x ptr], align 8
  %47 = alloca [4 x ptr], align 8
  %48 = alloca [3 x ptr], align 8
  %49 = alloca [5 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [4 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [3 x ptr], align 8
  %54 = alloca [11 x ptr], align 8
  %55 = alloca [11 x ptr], align 8
  %56 = call i32 @ftc_rt_alloc(ptr %33, i64 448)
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %fail, label %ok

fail:                                             ; preds = %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %56, %entry ], [ %61, %ok ], [ %64, %ok1 ], [ %67, %ok2 ], [ %70, %ok3 ], [ %75, %ok4 ], [ %83, %ok5 ], [ %91, %ok6 ], [ %98, %ok7 ], [ %105, %ok8 ], [ %110, %ok9 ], [ %118, %ok10 ], [ %126, %ok11 ], [ %133, %ok12 ], [ %140, %ok13 ], [ %145, %ok14 ], [ %153, %ok15 ], [ %161, %ok16 ], [ %168, %ok17 ], [ %175, %ok18 ], [ %180, %ok19 ], [ %197, %ok20 ], [ %213, %ok21 ]
  %58 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %58)
  ret i32 %status

ok:                                               ; preds = %entry
  %59 = load ptr, ptr %33, align 8
  %60 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %27, ptr %60, align 8
  %61 = call i32 @grad_lv.k0.body0.k0(ptr %34, i64 0, i64 1)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %63 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %20, ptr %63, align 8
  %64 = call i32 @grad_lv.k0.body0.k1(ptr %35, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %66 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %32, ptr %66, align 8
  %67 = call i32 @grad_lv.k0.body0.k2(ptr %36, i64 0, i64 1)
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %69 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %31, ptr %69, align 8
  %70 = call i32 @grad_lv.k0.body0.k3(ptr %37, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %72 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %0, ptr %72, align 8
  %73 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %1, ptr %73, align 8
  %74 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %16, ptr %74, align 8
  %75 = call i32 @lv.k0.body0.k0(ptr %38, i64 0, i64 1)
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %77 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %2, ptr %77, align 8
  %78 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %0, ptr %78, align 8
  %79 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %3, ptr %79, align 8
  %80 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %16, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %59, i64 0
  %82 = getelementptr inbounds ptr, ptr %39, i64 4
  store ptr %81, ptr %82, align 8
  %83 = call i32 @lv.k0.body0.k1(ptr %39, i64 0, i64 1)
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %85 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %4, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %16, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %5, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %40, i64 3
  store ptr %1, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %59, i64 64
  %90 = getelementptr inbounds ptr, ptr %40, i64 4
  store ptr %89, ptr %90, align 8
  %91 = call i32 @lv.k0.body0.k1(ptr %40, i64 0, i64 1)
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %93 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %0, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %20, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %59, i64 0
  %96 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %95, ptr %96, align 8
  %97 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %22, ptr %97, align 8
  %98 = call i32 @grad_lv.k0.body0.k7(ptr %41, i64 0, i64 1)
  %99 = icmp ne i32 %98, 0
  br i1 %99, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %100 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %1, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %20, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %59, i64 64
  %103 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %102, ptr %103, align 8
  %104 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %21, ptr %104, align 8
  %105 = call i32 @grad_lv.k0.body0.k7(ptr %42, i64 0, i64 1)
  %106 = icmp ne i32 %105, 0
  br i1 %106, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %107 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %22, ptr %107, align 8
  %108 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %21, ptr %108, align 8
  %109 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %23, ptr %109, align 8
  %110 = call i32 @lv.k0.body0.k0(ptr %43, i64 0, i64 1)
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %112 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %2, ptr %112, align 8
  %113 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %22, ptr %113, align 8
  %114 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %3, ptr %114, align 8
  %115 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %23, ptr %115, align 8
  %116 = getelementptr inbounds i8, ptr %59, i64 128
  %117 = getelementptr inbounds ptr, ptr %44, i64 4
  store ptr %116, ptr %117, align 8
  %118 = call i32 @lv.k0.body0.k1(ptr %44, i64 0, i64 1)
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %120 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %4, ptr %120, align 8
  %121 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %23, ptr %121, align 8
  %122 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %5, ptr %122, align 8
  %123 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %21, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %59, i64 192
  %125 = getelementptr inbounds ptr, ptr %45, i64 4
  store ptr %124, ptr %125, align 8
  %126 = call i32 @lv.k0.body0.k1(ptr %45, i64 0, i64 1)
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %128 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %0, ptr %128, align 8
  %129 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %20, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %59, i64 128
  %131 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %130, ptr %131, align 8
  %132 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %25, ptr %132, align 8
  %133 = call i32 @grad_lv.k0.body0.k7(ptr %46, i64 0, i64 1)
  %134 = icmp ne i32 %133, 0
  br i1 %134, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %135 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %1, ptr %135, align 8
  %136 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %20, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %59, i64 192
  %138 = getelementptr inbounds ptr, ptr %47, i64 2
  store ptr %137, ptr %138, align 8
  %139 = getelementptr inbounds ptr, ptr %47, i64 3
  store ptr %24, ptr %139, align 8
  %140 = call i32 @grad_lv.k0.body0.k7(ptr %47, i64 0, i64 1)
  %141 = icmp ne i32 %140, 0
  br i1 %141, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %142 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %25, ptr %142, align 8
  %143 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %24, ptr %143, align 8
  %144 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr %26, ptr %144, align 8
  %145 = call i32 @lv.k0.body0.k0(ptr %48, i64 0, i64 1)
  %146 = icmp ne i32 %145, 0
  br i1 %146, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %147 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %2, ptr %147, align 8
  %148 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %25, ptr %148, align 8
  %149 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %3, ptr %149, align 8
  %150 = getelementptr inbounds ptr, ptr %49, i64 3
  store ptr %26, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %59, i64 256
  %152 = getelementptr inbounds ptr, ptr %49, i64 4
  store ptr %151, ptr %152, align 8
  %153 = call i32 @lv.k0.body0.k1(ptr %49, i64 0, i64 1)
  %154 = icmp ne i32 %153, 0
  br i1 %154, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %155 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %4, ptr %155, align 8
  %156 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %26, ptr %156, align 8
  %157 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %5, ptr %157, align 8
  %158 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %24, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %59, i64 320
  %160 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %159, ptr %160, align 8
  %161 = call i32 @lv.k0.body0.k1(ptr %50, i64 0, i64 1)
  %162 = icmp ne i32 %161, 0
  br i1 %162, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %163 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %0, ptr %163, align 8
  %164 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %27, ptr %164, align 8
  %165 = getelementptr inbounds i8, ptr %59, i64 256
  %166 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %165, ptr %166, align 8
  %167 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %29, ptr %167, align 8
  %168 = call i32 @grad_lv.k0.body0.k7(ptr %51, i64 0, i64 1)
  %169 = icmp ne i32 %168, 0
  br i1 %169, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %170 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %1, ptr %170, align 8
  %171 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %27, ptr %171, align 8
  %172 = getelementptr inbounds i8, ptr %59, i64 320
  %173 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %28, ptr %174, align 8
  %175 = call i32 @grad_lv.k0.body0.k7(ptr %52, i64 0, i64 1)
  %176 = icmp ne i32 %175, 0
  br i1 %176, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %177 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %29, ptr %177, align 8
  %178 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %28, ptr %178, align 8
  %179 = getelementptr inbounds ptr, ptr %53, i64 2
  store ptr %30, ptr %179, align 8
  %180 = call i32 @lv.k0.body0.k0(ptr %53, i64 0, i64 1)
  %181 = icmp ne i32 %180, 0
  br i1 %181, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %182 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %0, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %32, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %59, i64 0
  %185 = getelementptr inbounds ptr, ptr %54, i64 2
  store ptr %184, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %54, i64 3
  store ptr %2, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %54, i64 4
  store ptr %29, ptr %187, align 8
  %188 = getelementptr inbounds ptr, ptr %54, i64 5
  store ptr %3, ptr %188, align 8
  %189 = getelementptr inbounds ptr, ptr %54, i64 6
  store ptr %30, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %54, i64 7
  store ptr %31, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %59, i64 128
  %192 = getelementptr inbounds ptr, ptr %54, i64 8
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds i8, ptr %59, i64 256
  %194 = getelementptr inbounds ptr, ptr %54, i64 9
  store ptr %193, ptr %194, align 8
  %195 = getelementptr inbounds i8, ptr %59, i64 384
  %196 = getelementptr inbounds ptr, ptr %54, i64 10
  store ptr %195, ptr %196, align 8
  %197 = call i32 @grad_lv.k0.body0.k20(ptr %54, i64 0, i64 1)
  %198 = icmp ne i32 %197, 0
  br i1 %198, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %199 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %1, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %32, ptr %200, align 8
  %201 = getelementptr inbounds i8, ptr %59, i64 64
  %202 = getelementptr inbounds ptr, ptr %55, i64 2
  store ptr %201, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %55, i64 3
  store ptr %4, ptr %203, align 8
  %204 = getelementptr inbounds ptr, ptr %55, i64 4
  store ptr %30, ptr %204, align 8
  %205 = getelementptr inbounds ptr, ptr %55, i64 5
  store ptr %5, ptr %205, align 8
  %206 = getelementptr inbounds ptr, ptr %55, i64 6
  store ptr %28, ptr %206, align 8
  %207 = getelementptr inbounds ptr, ptr %55, i64 7
  store ptr %31, ptr %207, align 8
  %208 = getelementptr inbounds i8, ptr %59, i64 192
  %209 = getelementptr inbounds ptr, ptr %55, i64 8
  store ptr %208, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %59, i64 320
  %211 = getelementptr inbounds ptr, ptr %55, i64 9
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %55, i64 10
  store ptr %7, ptr %212, align 8
  %213 = call i32 @grad_lv.k0.body0.k20(ptr %55, i64 0, i64 1)
  %214 = icmp ne i32 %213, 0
  br i1 %214, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %215 = getelementptr inbounds i8, ptr %59, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %215, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %5, i64 8, i1 false)
  %216 = getelementptr inbounds i8, ptr %59, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %216, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %15, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %19, ptr %5, i64 8, i1 false)
  %217 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %217)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k7.body0.k1.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12, ptr %13, ptr %14, ptr %15, ptr %16, ptr %17, ptr %18, ptr %19, ptr %20, ptr %21, ptr %22, ptr %23, ptr %24, ptr %25, ptr %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32) #1 {
entry:
  %33 = alloca ptr, align 8
  store ptr null, ptr %33, align 8
  %34 = alloca [3 x ptr], align 8
  %35 = alloca [3 x ptr], align 8
  %36 = alloca [3 x ptr], align 8
  %37 = alloca [3 x ptr], align 8
  %38 = alloca [3 x ptr], align 8
  %39 = alloca [2 x ptr], align 8
  %40 = alloca [2 x ptr], align 8
  %41 = alloca [5 x ptr], align 8
  %42 = alloca [5 x ptr], align 8
  %43 = alloca [5 x ptr], align 8
  %44 = alloca [4 x ptr], align 8
  %45 = alloca [4 x ptr], align 8
  %46 = alloca [2 x ptr], align 8
  %47 = alloca [2 x ptr], align 8
  %48 = alloca [5 x ptr], align 8
  %49 = alloca [5 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [4 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [2 x ptr], align 8
  %54 = alloca [2 x ptr], align 8
  %55 = alloca [5 x ptr], align 8
  %56 = alloca [5 x ptr], align 8
  %57 = alloca [5 x ptr], align 8
  %58 = alloca [4 x ptr], align 8
  %59 = alloca [4 x ptr], align 8
  %60 = alloca [2 x ptr], align 8
  %61 = alloca [10 x ptr], align 8
  %62 = alloca [10 x ptr], align 8
  %63 = alloca [2 x ptr], align 8
  %64 = alloca [5 x ptr], align 8
  %65 = alloca [10 x ptr], align 8
  %66 = alloca [10 x ptr], align 8
  %67 = alloca [9 x ptr], align 8
  %68 = alloca [9 x ptr], align 8
  %69 = call i32 @ftc_rt_alloc(ptr %33, i64 1408)
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %fail, label %ok

fail:                                             ; preds = %ok34, %ok33, %ok32, %ok31, %ok30, %ok29, %ok28, %ok27, %ok26, %ok25, %ok24, %ok23, %ok22, %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %69, %entry ], [ %77, %ok ], [ %83, %ok1 ], [ %90, %ok2 ], [ %97, %ok3 ], [ %104, %ok4 ], [ %110, %ok5 ], [ %116, %ok6 ], [ %126, %ok7 ], [ %136, %ok8 ], [ %146, %ok9 ], [ %155, %ok10 ], [ %164, %ok11 ], [ %170, %ok12 ], [ %176, %ok13 ], [ %186, %ok14 ], [ %196, %ok15 ], [ %206, %ok16 ], [ %215, %ok17 ], [ %224, %ok18 ], [ %230, %ok19 ], [ %236, %ok20 ], [ %246, %ok21 ], [ %256, %ok22 ], [ %266, %ok23 ], [ %275, %ok24 ], [ %284, %ok25 ], [ %290, %ok26 ], [ %306, %ok27 ], [ %322, %ok28 ], [ %328, %ok29 ], [ %338, %ok30 ], [ %354, %ok31 ], [ %370, %ok32 ], [ %386, %ok33 ], [ %403, %ok34 ]
  %71 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %71)
  ret i32 %status

ok:                                               ; preds = %entry
  %72 = load ptr, ptr %33, align 8
  %73 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %0, ptr %73, align 8
  %74 = getelementptr inbounds ptr, ptr %34, i64 1
  store ptr %26, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %72, i64 0
  %76 = getelementptr inbounds ptr, ptr %34, i64 2
  store ptr %75, ptr %76, align 8
  %77 = call i32 @grad_lv.k3.body0.k0(ptr %34, i64 0, i64 1)
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %79 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %1, ptr %79, align 8
  %80 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %25, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %72, i64 64
  %82 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %81, ptr %82, align 8
  %83 = call i32 @lv.k0.body0.k0(ptr %35, i64 0, i64 1)
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %85 = getelementptr inbounds i8, ptr %72, i64 64
  %86 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %85, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %24, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %72, i64 128
  %89 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %88, ptr %89, align 8
  %90 = call i32 @lv.k0.body0.k0(ptr %36, i64 0, i64 1)
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %92 = getelementptr inbounds i8, ptr %72, i64 0
  %93 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %25, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %72, i64 192
  %96 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %95, ptr %96, align 8
  %97 = call i32 @lv.k0.body0.k0(ptr %37, i64 0, i64 1)
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %99 = getelementptr inbounds i8, ptr %72, i64 192
  %100 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %24, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %72, i64 256
  %103 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %102, ptr %103, align 8
  %104 = call i32 @lv.k0.body0.k0(ptr %38, i64 0, i64 1)
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %106 = getelementptr inbounds i8, ptr %72, i64 64
  %107 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %72, i64 320
  %109 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %108, ptr %109, align 8
  %110 = call i32 @grad_lv.k3.body0.k5(ptr %39, i64 0, i64 1)
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %112 = getelementptr inbounds i8, ptr %72, i64 192
  %113 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %112, ptr %113, align 8
  %114 = getelementptr inbounds i8, ptr %72, i64 384
  %115 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %114, ptr %115, align 8
  %116 = call i32 @grad_lv.k3.body0.k5(ptr %40, i64 0, i64 1)
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %118 = getelementptr inbounds i8, ptr %72, i64 64
  %119 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %11, ptr %120, align 8
  %121 = getelementptr inbounds i8, ptr %72, i64 384
  %122 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %121, ptr %122, align 8
  %123 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %10, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %72, i64 448
  %125 = getelementptr inbounds ptr, ptr %41, i64 4
  store ptr %124, ptr %125, align 8
  %126 = call i32 @grad_lv.k3.body0.k7(ptr %41, i64 0, i64 1)
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %128 = getelementptr inbounds i8, ptr %72, i64 320
  %129 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %12, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %72, i64 448
  %132 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %22, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %72, i64 512
  %135 = getelementptr inbounds ptr, ptr %42, i64 4
  store ptr %134, ptr %135, align 8
  %136 = call i32 @grad_lv.k3.body0.k7(ptr %42, i64 0, i64 1)
  %137 = icmp ne i32 %136, 0
  br i1 %137, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %138 = getelementptr inbounds i8, ptr %72, i64 192
  %139 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %8, ptr %140, align 8
  %141 = getelementptr inbounds i8, ptr %72, i64 448
  %142 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %141, ptr %142, align 8
  %143 = getelementptr inbounds ptr, ptr %43, i64 3
  store ptr %21, ptr %143, align 8
  %144 = getelementptr inbounds i8, ptr %72, i64 576
  %145 = getelementptr inbounds ptr, ptr %43, i64 4
  store ptr %144, ptr %145, align 8
  %146 = call i32 @grad_lv.k3.body0.k7(ptr %43, i64 0, i64 1)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %148 = getelementptr inbounds i8, ptr %72, i64 128
  %149 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %148, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %72, i64 512
  %151 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %150, ptr %151, align 8
  %152 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %20, ptr %152, align 8
  %153 = getelementptr inbounds i8, ptr %72, i64 448
  %154 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %153, ptr %154, align 8
  %155 = call i32 @grad_lv.k0.body0.k7(ptr %44, i64 0, i64 1)
  %156 = icmp ne i32 %155, 0
  br i1 %156, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %157 = getelementptr inbounds i8, ptr %72, i64 256
  %158 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %72, i64 576
  %160 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %159, ptr %160, align 8
  %161 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %20, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %72, i64 640
  %163 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %162, ptr %163, align 8
  %164 = call i32 @grad_lv.k0.body0.k7(ptr %45, i64 0, i64 1)
  %165 = icmp ne i32 %164, 0
  br i1 %165, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %166 = getelementptr inbounds i8, ptr %72, i64 448
  %167 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %166, ptr %167, align 8
  %168 = getelementptr inbounds i8, ptr %72, i64 704
  %169 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %168, ptr %169, align 8
  %170 = call i32 @grad_lv.k3.body0.k5(ptr %46, i64 0, i64 1)
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %172 = getelementptr inbounds i8, ptr %72, i64 640
  %173 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %72, i64 768
  %175 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %174, ptr %175, align 8
  %176 = call i32 @grad_lv.k3.body0.k5(ptr %47, i64 0, i64 1)
  %177 = icmp ne i32 %176, 0
  br i1 %177, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %178 = getelementptr inbounds i8, ptr %72, i64 448
  %179 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %178, ptr %179, align 8
  %180 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %11, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %72, i64 768
  %182 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr %181, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %48, i64 3
  store ptr %10, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %72, i64 832
  %185 = getelementptr inbounds ptr, ptr %48, i64 4
  store ptr %184, ptr %185, align 8
  %186 = call i32 @grad_lv.k3.body0.k7(ptr %48, i64 0, i64 1)
  %187 = icmp ne i32 %186, 0
  br i1 %187, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %188 = getelementptr inbounds i8, ptr %72, i64 704
  %189 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %12, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %72, i64 832
  %192 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %49, i64 3
  store ptr %18, ptr %193, align 8
  %194 = getelementptr inbounds i8, ptr %72, i64 896
  %195 = getelementptr inbounds ptr, ptr %49, i64 4
  store ptr %194, ptr %195, align 8
  %196 = call i32 @grad_lv.k3.body0.k7(ptr %49, i64 0, i64 1)
  %197 = icmp ne i32 %196, 0
  br i1 %197, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %198 = getelementptr inbounds i8, ptr %72, i64 640
  %199 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %198, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %8, ptr %200, align 8
  %201 = getelementptr inbounds i8, ptr %72, i64 832
  %202 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %201, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %17, ptr %203, align 8
  %204 = getelementptr inbounds i8, ptr %72, i64 960
  %205 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %204, ptr %205, align 8
  %206 = call i32 @grad_lv.k3.body0.k7(ptr %50, i64 0, i64 1)
  %207 = icmp ne i32 %206, 0
  br i1 %207, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %208 = getelementptr inbounds i8, ptr %72, i64 128
  %209 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %208, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %72, i64 896
  %211 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %13, ptr %212, align 8
  %213 = getelementptr inbounds i8, ptr %72, i64 832
  %214 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %213, ptr %214, align 8
  %215 = call i32 @grad_lv.k0.body0.k7(ptr %51, i64 0, i64 1)
  %216 = icmp ne i32 %215, 0
  br i1 %216, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %217 = getelementptr inbounds i8, ptr %72, i64 256
  %218 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %217, ptr %218, align 8
  %219 = getelementptr inbounds i8, ptr %72, i64 960
  %220 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %219, ptr %220, align 8
  %221 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %13, ptr %221, align 8
  %222 = getelementptr inbounds i8, ptr %72, i64 128
  %223 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %222, ptr %223, align 8
  %224 = call i32 @grad_lv.k0.body0.k7(ptr %52, i64 0, i64 1)
  %225 = icmp ne i32 %224, 0
  br i1 %225, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %226 = getelementptr inbounds i8, ptr %72, i64 832
  %227 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %226, ptr %227, align 8
  %228 = getelementptr inbounds i8, ptr %72, i64 256
  %229 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %228, ptr %229, align 8
  %230 = call i32 @grad_lv.k3.body0.k5(ptr %53, i64 0, i64 1)
  %231 = icmp ne i32 %230, 0
  br i1 %231, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %232 = getelementptr inbounds i8, ptr %72, i64 128
  %233 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %232, ptr %233, align 8
  %234 = getelementptr inbounds i8, ptr %72, i64 1024
  %235 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %234, ptr %235, align 8
  %236 = call i32 @grad_lv.k3.body0.k5(ptr %54, i64 0, i64 1)
  %237 = icmp ne i32 %236, 0
  br i1 %237, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %238 = getelementptr inbounds i8, ptr %72, i64 832
  %239 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %238, ptr %239, align 8
  %240 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %11, ptr %240, align 8
  %241 = getelementptr inbounds i8, ptr %72, i64 1024
  %242 = getelementptr inbounds ptr, ptr %55, i64 2
  store ptr %241, ptr %242, align 8
  %243 = getelementptr inbounds ptr, ptr %55, i64 3
  store ptr %10, ptr %243, align 8
  %244 = getelementptr inbounds i8, ptr %72, i64 1088
  %245 = getelementptr inbounds ptr, ptr %55, i64 4
  store ptr %244, ptr %245, align 8
  %246 = call i32 @grad_lv.k3.body0.k7(ptr %55, i64 0, i64 1)
  %247 = icmp ne i32 %246, 0
  br i1 %247, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %248 = getelementptr inbounds i8, ptr %72, i64 256
  %249 = getelementptr inbounds ptr, ptr %56, i64 0
  store ptr %248, ptr %249, align 8
  %250 = getelementptr inbounds ptr, ptr %56, i64 1
  store ptr %12, ptr %250, align 8
  %251 = getelementptr inbounds i8, ptr %72, i64 1088
  %252 = getelementptr inbounds ptr, ptr %56, i64 2
  store ptr %251, ptr %252, align 8
  %253 = getelementptr inbounds ptr, ptr %56, i64 3
  store ptr %15, ptr %253, align 8
  %254 = getelementptr inbounds i8, ptr %72, i64 1152
  %255 = getelementptr inbounds ptr, ptr %56, i64 4
  store ptr %254, ptr %255, align 8
  %256 = call i32 @grad_lv.k3.body0.k7(ptr %56, i64 0, i64 1)
  %257 = icmp ne i32 %256, 0
  br i1 %257, label %fail, label %ok23

ok23:                                             ; preds = %ok22
  %258 = getelementptr inbounds i8, ptr %72, i64 128
  %259 = getelementptr inbounds ptr, ptr %57, i64 0
  store ptr %258, ptr %259, align 8
  %260 = getelementptr inbounds ptr, ptr %57, i64 1
  store ptr %8, ptr %260, align 8
  %261 = getelementptr inbounds i8, ptr %72, i64 1088
  %262 = getelementptr inbounds ptr, ptr %57, i64 2
  store ptr %261, ptr %262, align 8
  %263 = getelementptr inbounds ptr, ptr %57, i64 3
  store ptr %14, ptr %263, align 8
  %264 = getelementptr inbounds i8, ptr %72, i64 1216
  %265 = getelementptr inbounds ptr, ptr %57, i64 4
  store ptr %264, ptr %265, align 8
  %266 = call i32 @grad_lv.k3.body0.k7(ptr %57, i64 0, i64 1)
  %267 = icmp ne i32 %266, 0
  br i1 %267, label %fail, label %ok24

ok24:                                             ; preds = %ok23
  %268 = getelementptr inbounds i8, ptr %72, i64 64
  %269 = getelementptr inbounds ptr, ptr %58, i64 0
  store ptr %268, ptr %269, align 8
  %270 = getelementptr inbounds i8, ptr %72, i64 1152
  %271 = getelementptr inbounds ptr, ptr %58, i64 1
  store ptr %270, ptr %271, align 8
  %272 = getelementptr inbounds ptr, ptr %58, i64 2
  store ptr %13, ptr %272, align 8
  %273 = getelementptr inbounds i8, ptr %72, i64 1088
  %274 = getelementptr inbounds ptr, ptr %58, i64 3
  store ptr %273, ptr %274, align 8
  %275 = call i32 @grad_lv.k0.body0.k7(ptr %58, i64 0, i64 1)
  %276 = icmp ne i32 %275, 0
  br i1 %276, label %fail, label %ok25

ok25:                                             ; preds = %ok24
  %277 = getelementptr inbounds i8, ptr %72, i64 192
  %278 = getelementptr inbounds ptr, ptr %59, i64 0
  store ptr %277, ptr %278, align 8
  %279 = getelementptr inbounds i8, ptr %72, i64 1216
  %280 = getelementptr inbounds ptr, ptr %59, i64 1
  store ptr %279, ptr %280, align 8
  %281 = getelementptr inbounds ptr, ptr %59, i64 2
  store ptr %13, ptr %281, align 8
  %282 = getelementptr inbounds i8, ptr %72, i64 1280
  %283 = getelementptr inbounds ptr, ptr %59, i64 3
  store ptr %282, ptr %283, align 8
  %284 = call i32 @grad_lv.k0.body0.k7(ptr %59, i64 0, i64 1)
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %fail, label %ok26

ok26:                                             ; preds = %ok25
  %286 = getelementptr inbounds i8, ptr %72, i64 1088
  %287 = getelementptr inbounds ptr, ptr %60, i64 0
  store ptr %286, ptr %287, align 8
  %288 = getelementptr inbounds i8, ptr %72, i64 1344
  %289 = getelementptr inbounds ptr, ptr %60, i64 1
  store ptr %288, ptr %289, align 8
  %290 = call i32 @grad_lv.k3.body0.k5(ptr %60, i64 0, i64 1)
  %291 = icmp ne i32 %290, 0
  br i1 %291, label %fail, label %ok27

ok27:                                             ; preds = %ok26
  %292 = getelementptr inbounds ptr, ptr %61, i64 0
  store ptr %5, ptr %292, align 8
  %293 = getelementptr inbounds i8, ptr %72, i64 320
  %294 = getelementptr inbounds ptr, ptr %61, i64 1
  store ptr %293, ptr %294, align 8
  %295 = getelementptr inbounds ptr, ptr %61, i64 2
  store ptr %21, ptr %295, align 8
  %296 = getelementptr inbounds i8, ptr %72, i64 704
  %297 = getelementptr inbounds ptr, ptr %61, i64 3
  store ptr %296, ptr %297, align 8
  %298 = getelementptr inbounds ptr, ptr %61, i64 4
  store ptr %17, ptr %298, align 8
  %299 = getelementptr inbounds i8, ptr %72, i64 256
  %300 = getelementptr inbounds ptr, ptr %61, i64 5
  store ptr %299, ptr %300, align 8
  %301 = getelementptr inbounds ptr, ptr %61, i64 6
  store ptr %14, ptr %301, align 8
  %302 = getelementptr inbounds i8, ptr %72, i64 1344
  %303 = getelementptr inbounds ptr, ptr %61, i64 7
  store ptr %302, ptr %303, align 8
  %304 = getelementptr inbounds ptr, ptr %61, i64 8
  store ptr %6, ptr %304, align 8
  %305 = getelementptr inbounds ptr, ptr %61, i64 9
  store ptr %32, ptr %305, align 8
  %306 = call i32 @grad_lv.k3.body0.k27(ptr %61, i64 0, i64 1)
  %307 = icmp ne i32 %306, 0
  br i1 %307, label %fail, label %ok28

ok28:                                             ; preds = %ok27
  %308 = getelementptr inbounds ptr, ptr %62, i64 0
  store ptr %4, ptr %308, align 8
  %309 = getelementptr inbounds i8, ptr %72, i64 64
  %310 = getelementptr inbounds ptr, ptr %62, i64 1
  store ptr %309, ptr %310, align 8
  %311 = getelementptr inbounds ptr, ptr %62, i64 2
  store ptr %23, ptr %311, align 8
  %312 = getelementptr inbounds i8, ptr %72, i64 448
  %313 = getelementptr inbounds ptr, ptr %62, i64 3
  store ptr %312, ptr %313, align 8
  %314 = getelementptr inbounds ptr, ptr %62, i64 4
  store ptr %19, ptr %314, align 8
  %315 = getelementptr inbounds i8, ptr %72, i64 832
  %316 = getelementptr inbounds ptr, ptr %62, i64 5
  store ptr %315, ptr %316, align 8
  %317 = getelementptr inbounds ptr, ptr %62, i64 6
  store ptr %16, ptr %317, align 8
  %318 = getelementptr inbounds i8, ptr %72, i64 1088
  %319 = getelementptr inbounds ptr, ptr %62, i64 7
  store ptr %318, ptr %319, align 8
  %320 = getelementptr inbounds ptr, ptr %62, i64 8
  store ptr %9, ptr %320, align 8
  %321 = getelementptr inbounds ptr, ptr %62, i64 9
  store ptr %31, ptr %321, align 8
  %322 = call i32 @grad_lv.k3.body0.k27(ptr %62, i64 0, i64 1)
  %323 = icmp ne i32 %322, 0
  br i1 %323, label %fail, label %ok29

ok29:                                             ; preds = %ok28
  %324 = getelementptr inbounds i8, ptr %72, i64 1280
  %325 = getelementptr inbounds ptr, ptr %63, i64 0
  store ptr %324, ptr %325, align 8
  %326 = getelementptr inbounds i8, ptr %72, i64 64
  %327 = getelementptr inbounds ptr, ptr %63, i64 1
  store ptr %326, ptr %327, align 8
  %328 = call i32 @grad_lv.k3.body0.k5(ptr %63, i64 0, i64 1)
  %329 = icmp ne i32 %328, 0
  br i1 %329, label %fail, label %ok30

ok30:                                             ; preds = %ok29
  %330 = getelementptr inbounds i8, ptr %72, i64 1088
  %331 = getelementptr inbounds ptr, ptr %64, i64 0
  store ptr %330, ptr %331, align 8
  %332 = getelementptr inbounds ptr, ptr %64, i64 1
  store ptr %11, ptr %332, align 8
  %333 = getelementptr inbounds i8, ptr %72, i64 64
  %334 = getelementptr inbounds ptr, ptr %64, i64 2
  store ptr %333, ptr %334, align 8
  %335 = getelementptr inbounds ptr, ptr %64, i64 3
  store ptr %10, ptr %335, align 8
  %336 = getelementptr inbounds i8, ptr %72, i64 256
  %337 = getelementptr inbounds ptr, ptr %64, i64 4
  store ptr %336, ptr %337, align 8
  %338 = call i32 @grad_lv.k3.body0.k7(ptr %64, i64 0, i64 1)
  %339 = icmp ne i32 %338, 0
  br i1 %339, label %fail, label %ok31

ok31:                                             ; preds = %ok30
  %340 = getelementptr inbounds ptr, ptr %65, i64 0
  store ptr %3, ptr %340, align 8
  %341 = getelementptr inbounds i8, ptr %72, i64 384
  %342 = getelementptr inbounds ptr, ptr %65, i64 1
  store ptr %341, ptr %342, align 8
  %343 = getelementptr inbounds ptr, ptr %65, i64 2
  store ptr %23, ptr %343, align 8
  %344 = getelementptr inbounds i8, ptr %72, i64 768
  %345 = getelementptr inbounds ptr, ptr %65, i64 3
  store ptr %344, ptr %345, align 8
  %346 = getelementptr inbounds ptr, ptr %65, i64 4
  store ptr %19, ptr %346, align 8
  %347 = getelementptr inbounds i8, ptr %72, i64 1024
  %348 = getelementptr inbounds ptr, ptr %65, i64 5
  store ptr %347, ptr %348, align 8
  %349 = getelementptr inbounds ptr, ptr %65, i64 6
  store ptr %16, ptr %349, align 8
  %350 = getelementptr inbounds i8, ptr %72, i64 64
  %351 = getelementptr inbounds ptr, ptr %65, i64 7
  store ptr %350, ptr %351, align 8
  %352 = getelementptr inbounds ptr, ptr %65, i64 8
  store ptr %9, ptr %352, align 8
  %353 = getelementptr inbounds ptr, ptr %65, i64 9
  store ptr %30, ptr %353, align 8
  %354 = call i32 @grad_lv.k3.body0.k27(ptr %65, i64 0, i64 1)
  %355 = icmp ne i32 %354, 0
  br i1 %355, label %fail, label %ok32

ok32:                                             ; preds = %ok31
  %356 = getelementptr inbounds ptr, ptr %66, i64 0
  store ptr %2, ptr %356, align 8
  %357 = getelementptr inbounds i8, ptr %72, i64 192
  %358 = getelementptr inbounds ptr, ptr %66, i64 1
  store ptr %357, ptr %358, align 8
  %359 = getelementptr inbounds ptr, ptr %66, i64 2
  store ptr %22, ptr %359, align 8
  %360 = getelementptr inbounds i8, ptr %72, i64 640
  %361 = getelementptr inbounds ptr, ptr %66, i64 3
  store ptr %360, ptr %361, align 8
  %362 = getelementptr inbounds ptr, ptr %66, i64 4
  store ptr %18, ptr %362, align 8
  %363 = getelementptr inbounds i8, ptr %72, i64 128
  %364 = getelementptr inbounds ptr, ptr %66, i64 5
  store ptr %363, ptr %364, align 8
  %365 = getelementptr inbounds ptr, ptr %66, i64 6
  store ptr %15, ptr %365, align 8
  %366 = getelementptr inbounds i8, ptr %72, i64 1280
  %367 = getelementptr inbounds ptr, ptr %66, i64 7
  store ptr %366, ptr %367, align 8
  %368 = getelementptr inbounds ptr, ptr %66, i64 8
  store ptr %7, ptr %368, align 8
  %369 = getelementptr inbounds ptr, ptr %66, i64 9
  store ptr %29, ptr %369, align 8
  %370 = call i32 @grad_lv.k3.body0.k27(ptr %66, i64 0, i64 1)
  %371 = icmp ne i32 %370, 0
  br i1 %371, label %fail, label %ok33

ok33:                                             ; preds = %ok32
  %372 = getelementptr inbounds ptr, ptr %67, i64 0
  store ptr %1, ptr %372, align 8
  %373 = getelementptr inbounds i8, ptr %72, i64 512
  %374 = getelementptr inbounds ptr, ptr %67, i64 1
  store ptr %373, ptr %374, align 8
  %375 = getelementptr inbounds i8, ptr %72, i64 896
  %376 = getelementptr inbounds ptr, ptr %67, i64 2
  store ptr %375, ptr %376, align 8
  %377 = getelementptr inbounds i8, ptr %72, i64 1152
  %378 = getelementptr inbounds ptr, ptr %67, i64 3
  store ptr %377, ptr %378, align 8
  %379 = getelementptr inbounds i8, ptr %72, i64 1344
  %380 = getelementptr inbounds ptr, ptr %67, i64 4
  store ptr %379, ptr %380, align 8
  %381 = getelementptr inbounds ptr, ptr %67, i64 5
  store ptr %12, ptr %381, align 8
  %382 = getelementptr inbounds i8, ptr %72, i64 256
  %383 = getelementptr inbounds ptr, ptr %67, i64 6
  store ptr %382, ptr %383, align 8
  %384 = getelementptr inbounds ptr, ptr %67, i64 7
  store ptr %7, ptr %384, align 8
  %385 = getelementptr inbounds ptr, ptr %67, i64 8
  store ptr %28, ptr %385, align 8
  %386 = call i32 @grad_lv.k3.body0.k33(ptr %67, i64 0, i64 1)
  %387 = icmp ne i32 %386, 0
  br i1 %387, label %fail, label %ok34

ok34:                                             ; preds = %ok33
  %388 = getelementptr inbounds i8, ptr %72, i64 0
  %389 = getelementptr inbounds ptr, ptr %68, i64 0
  store ptr %388, ptr %389, align 8
  %390 = getelementptr inbounds i8, ptr %72, i64 576
  %391 = getelementptr inbounds ptr, ptr %68, i64 1
  store ptr %390, ptr %391, align 8
  %392 = getelementptr inbounds i8, ptr %72, i64 960
  %393 = getelementptr inbounds ptr, ptr %68, i64 2
  store ptr %392, ptr %393, align 8
  %394 = getelementptr inbounds i8, ptr %72, i64 1216
  %395 = getelementptr inbounds ptr, ptr %68, i64 3
  store ptr %394, ptr %395, align 8
  %396 = getelementptr inbounds i8, ptr %72, i64 1280
  %397 = getelementptr inbounds ptr, ptr %68, i64 4
  store ptr %396, ptr %397, align 8
  %398 = getelementptr inbounds ptr, ptr %68, i64 5
  store ptr %8, ptr %398, align 8
  %399 = getelementptr inbounds i8, ptr %72, i64 256
  %400 = getelementptr inbounds ptr, ptr %68, i64 6
  store ptr %399, ptr %400, align 8
  %401 = getelementptr inbounds ptr, ptr %68, i64 7
  store ptr %6, ptr %401, align 8
  %402 = getelementptr inbounds ptr, ptr %68, i64 8
  store ptr %27, ptr %402, align 8
  %403 = call i32 @grad_lv.k3.body0.k33(ptr %68, i64 0, i64 1)
  %404 = icmp ne i32 %403, 0
  br i1 %404, label %fail, label %ok35

ok35:                                             ; preds = %ok34
  %405 = load ptr, ptr %33, align 8
  call void @ftc_rt_free(ptr %405)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k7.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr noalias %18) #1 {
entry:
  %19 = alloca ptr, align 8
  store ptr null, ptr %19, align 8
  %20 = call i32 @ftc_rt_alloc(ptr %19, i64 1728)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok

fail:                                             ; preds = %loop.body.failed8, %loop.alloc.failed1, %loop.body.failed, %loop.alloc.failed, %entry
  %status = phi i32 [ %20, %entry ], [ %25, %loop.alloc.failed ], [ %118, %loop.body.failed ], [ %128, %loop.alloc.failed1 ], [ %221, %loop.body.failed8 ]
  %22 = load ptr, ptr %19, align 8
  call void @ftc_rt_free(ptr %22)
  ret i32 %status

ok:                                               ; preds = %entry
  %23 = load ptr, ptr %19, align 8
  %24 = alloca ptr, align 8
  %25 = call i32 @ftc_rt_alloc(ptr %24, i64 1536)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %27 = load ptr, ptr %24, align 8
  %28 = getelementptr inbounds i8, ptr %27, i64 0
  %29 = getelementptr inbounds i8, ptr %27, i64 768
  %30 = getelementptr inbounds i8, ptr %27, i64 128
  %31 = getelementptr inbounds i8, ptr %27, i64 896
  %32 = getelementptr inbounds i8, ptr %27, i64 256
  %33 = getelementptr inbounds i8, ptr %27, i64 1024
  %34 = getelementptr inbounds i8, ptr %27, i64 384
  %35 = getelementptr inbounds i8, ptr %27, i64 1152
  %36 = getelementptr inbounds i8, ptr %27, i64 512
  %37 = getelementptr inbounds i8, ptr %27, i64 1280
  %38 = getelementptr inbounds i8, ptr %27, i64 640
  %39 = getelementptr inbounds i8, ptr %27, i64 1408
  call void @llvm.memcpy.p0.p0.i64(ptr %28, ptr %6, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %30, ptr %7, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %32, ptr %8, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %34, ptr %9, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %36, ptr %10, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %38, ptr %11, i64 8, i1 false)
  %40 = getelementptr inbounds i8, ptr %23, i64 384
  %41 = getelementptr inbounds i8, ptr %23, i64 448
  %42 = getelementptr inbounds i8, ptr %23, i64 512
  %43 = getelementptr inbounds i8, ptr %23, i64 576
  %44 = getelementptr inbounds i8, ptr %23, i64 640
  %45 = getelementptr inbounds i8, ptr %23, i64 704
  %46 = getelementptr inbounds i8, ptr %23, i64 768
  %47 = getelementptr inbounds i8, ptr %23, i64 832
  %48 = getelementptr inbounds i8, ptr %23, i64 896
  %49 = getelementptr inbounds i8, ptr %23, i64 960
  %50 = getelementptr inbounds i8, ptr %23, i64 1024
  %51 = getelementptr inbounds i8, ptr %23, i64 1088
  %52 = getelementptr inbounds i8, ptr %23, i64 1152
  %53 = getelementptr inbounds i8, ptr %23, i64 1216
  %54 = getelementptr inbounds i8, ptr %23, i64 1280
  %55 = getelementptr inbounds i8, ptr %23, i64 1344
  %56 = getelementptr inbounds i8, ptr %23, i64 1408
  %57 = getelementptr inbounds i8, ptr %23, i64 1472
  %58 = getelementptr inbounds i8, ptr %23, i64 1536
  %59 = getelementptr inbounds i8, ptr %23, i64 1600
  %60 = getelementptr inbounds i8, ptr %23, i64 1664
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %120, %latch ]
  %61 = icmp slt i64 %i, 8
  br i1 %61, label %body, label %exit

body:                                             ; preds = %loop
  %62 = and i64 %i, 1
  %63 = icmp eq i64 %62, 0
  %64 = select i1 %63, ptr %28, ptr %29
  %65 = select i1 %63, ptr %30, ptr %31
  %66 = select i1 %63, ptr %32, ptr %33
  %67 = select i1 %63, ptr %34, ptr %35
  %68 = select i1 %63, ptr %36, ptr %37
  %69 = select i1 %63, ptr %38, ptr %39
  %70 = select i1 %63, ptr %29, ptr %28
  %71 = select i1 %63, ptr %31, ptr %30
  %72 = select i1 %63, ptr %33, ptr %32
  %73 = select i1 %63, ptr %35, ptr %34
  %74 = select i1 %63, ptr %37, ptr %36
  %75 = select i1 %63, ptr %39, ptr %38
  %76 = mul i64 %i, 8
  %77 = getelementptr inbounds i8, ptr %40, i64 %76
  %78 = mul i64 %i, 8
  %79 = getelementptr inbounds i8, ptr %41, i64 %78
  %80 = mul i64 %i, 8
  %81 = getelementptr inbounds i8, ptr %42, i64 %80
  %82 = mul i64 %i, 8
  %83 = getelementptr inbounds i8, ptr %43, i64 %82
  %84 = mul i64 %i, 8
  %85 = getelementptr inbounds i8, ptr %44, i64 %84
  %86 = mul i64 %i, 8
  %87 = getelementptr inbounds i8, ptr %45, i64 %86
  %88 = mul i64 %i, 8
  %89 = getelementptr inbounds i8, ptr %46, i64 %88
  %90 = mul i64 %i, 8
  %91 = getelementptr inbounds i8, ptr %47, i64 %90
  %92 = mul i64 %i, 8
  %93 = getelementptr inbounds i8, ptr %48, i64 %92
  %94 = mul i64 %i, 8
  %95 = getelementptr inbounds i8, ptr %49, i64 %94
  %96 = mul i64 %i, 8
  %97 = getelementptr inbounds i8, ptr %50, i64 %96
  %98 = mul i64 %i, 8
  %99 = getelementptr inbounds i8, ptr %51, i64 %98
  %100 = mul i64 %i, 8
  %101 = getelementptr inbounds i8, ptr %52, i64 %100
  %102 = mul i64 %i, 8
  %103 = getelementptr inbounds i8, ptr %53, i64 %102
  %104 = mul i64 %i, 8
  %105 = getelementptr inbounds i8, ptr %54, i64 %104
  %106 = mul i64 %i, 8
  %107 = getelementptr inbounds i8, ptr %55, i64 %106
  %108 = mul i64 %i, 8
  %109 = getelementptr inbounds i8, ptr %56, i64 %108
  %110 = mul i64 %i, 8
  %111 = getelementptr inbounds i8, ptr %57, i64 %110
  %112 = mul i64 %i, 8
  %113 = getelementptr inbounds i8, ptr %58, i64 %112
  %114 = mul i64 %i, 8
  %115 = getelementptr inbounds i8, ptr %59, i64 %114
  %116 = mul i64 %i, 8
  %117 = getelementptr inbounds i8, ptr %60, i64 %116
  %118 = call i32 @grad_lv_ckpt.k7.body0.k0.body0(ptr %64, ptr %65, ptr %66, ptr %67, ptr %68, ptr %69, ptr %70, ptr %71, ptr %72, ptr %73, ptr %74, ptr %75, ptr %77, ptr %79, ptr %81, ptr %83, ptr %85, ptr %87, ptr %89, ptr %91, ptr %93, ptr %95, ptr %97, ptr %99, ptr %101, ptr %103, ptr %105, ptr %107, ptr %109, ptr %111, ptr %113, ptr %115, ptr %117)
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %120 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %121 = getelementptr inbounds i8, ptr %23, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %121, ptr %28, i64 8, i1 false)
  %122 = getelementptr inbounds i8, ptr %23, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %122, ptr %30, i64 8, i1 false)
  %123 = getelementptr inbounds i8, ptr %23, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %123, ptr %32, i64 8, i1 false)
  %124 = getelementptr inbounds i8, ptr %23, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %124, ptr %34, i64 8, i1 false)
  %125 = getelementptr inbounds i8, ptr %23, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %125, ptr %36, i64 8, i1 false)
  %126 = getelementptr inbounds i8, ptr %23, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %126, ptr %38, i64 8, i1 false)
  call void @ftc_rt_free(ptr %27)
  %127 = alloca ptr, align 8
  %128 = call i32 @ftc_rt_alloc(ptr %127, i64 1536)
  %129 = icmp ne i32 %128, 0
  br i1 %129, label %loop.alloc.failed1, label %loop.alloc.ok2

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %27)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

loop.alloc.failed1:                               ; preds = %exit
  br label %fail

loop.alloc.ok2:                                   ; preds = %exit
  %130 = load ptr, ptr %127, align 8
  %131 = getelementptr inbounds i8, ptr %130, i64 0
  %132 = getelementptr inbounds i8, ptr %130, i64 768
  %133 = getelementptr inbounds i8, ptr %130, i64 128
  %134 = getelementptr inbounds i8, ptr %130, i64 896
  %135 = getelementptr inbounds i8, ptr %130, i64 256
  %136 = getelementptr inbounds i8, ptr %130, i64 1024
  %137 = getelementptr inbounds i8, ptr %130, i64 384
  %138 = getelementptr inbounds i8, ptr %130, i64 1152
  %139 = getelementptr inbounds i8, ptr %130, i64 512
  %140 = getelementptr inbounds i8, ptr %130, i64 1280
  %141 = getelementptr inbounds i8, ptr %130, i64 640
  %142 = getelementptr inbounds i8, ptr %130, i64 1408
  call void @llvm.memcpy.p0.p0.i64(ptr %131, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %133, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %135, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %137, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %139, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %141, ptr %5, i64 8, i1 false)
  %143 = getelementptr inbounds i8, ptr %23, i64 448
  %144 = getelementptr inbounds i8, ptr %23, i64 512
  %145 = getelementptr inbounds i8, ptr %23, i64 576
  %146 = getelementptr inbounds i8, ptr %23, i64 640
  %147 = getelementptr inbounds i8, ptr %23, i64 704
  %148 = getelementptr inbounds i8, ptr %23, i64 768
  %149 = getelementptr inbounds i8, ptr %23, i64 832
  %150 = getelementptr inbounds i8, ptr %23, i64 896
  %151 = getelementptr inbounds i8, ptr %23, i64 960
  %152 = getelementptr inbounds i8, ptr %23, i64 1024
  %153 = getelementptr inbounds i8, ptr %23, i64 1088
  %154 = getelementptr inbounds i8, ptr %23, i64 1152
  %155 = getelementptr inbounds i8, ptr %23, i64 1216
  %156 = getelementptr inbounds i8, ptr %23, i64 1280
  %157 = getelementptr inbounds i8, ptr %23, i64 1344
  %158 = getelementptr inbounds i8, ptr %23, i64 1408
  %159 = getelementptr inbounds i8, ptr %23, i64 1472
  %160 = getelementptr inbounds i8, ptr %23, i64 1536
  %161 = getelementptr inbounds i8, ptr %23, i64 1600
  %162 = getelementptr inbounds i8, ptr %23, i64 1664
  br label %loop3

loop3:                                            ; preds = %latch5, %loop.alloc.ok2
  %i7 = phi i64 [ 0, %loop.alloc.ok2 ], [ %223, %latch5 ]
  %163 = icmp slt i64 %i7, 8
  br i1 %163, label %body4, label %exit6

body4:                                            ; preds = %loop3
  %164 = sub i64 7, %i7
  %165 = and i64 %i7, 1
  %166 = icmp eq i64 %165, 0
  %167 = select i1 %166, ptr %131, ptr %132
  %168 = select i1 %166, ptr %133, ptr %134
  %169 = select i1 %166, ptr %135, ptr %136
  %170 = select i1 %166, ptr %137, ptr %138
  %171 = select i1 %166, ptr %139, ptr %140
  %172 = select i1 %166, ptr %141, ptr %142
  %173 = select i1 %166, ptr %132, ptr %131
  %174 = select i1 %166, ptr %134, ptr %133
  %175 = select i1 %166, ptr %136, ptr %135
  %176 = select i1 %166, ptr %138, ptr %137
  %177 = select i1 %166, ptr %140, ptr %139
  %178 = select i1 %166, ptr %142, ptr %141
  %179 = mul i64 %164, 8
  %180 = getelementptr inbounds i8, ptr %143, i64 %179
  %181 = mul i64 %164, 8
  %182 = getelementptr inbounds i8, ptr %144, i64 %181
  %183 = mul i64 %164, 8
  %184 = getelementptr inbounds i8, ptr %145, i64 %183
  %185 = mul i64 %164, 8
  %186 = getelementptr inbounds i8, ptr %146, i64 %185
  %187 = mul i64 %164, 8
  %188 = getelementptr inbounds i8, ptr %147, i64 %187
  %189 = mul i64 %164, 8
  %190 = getelementptr inbounds i8, ptr %148, i64 %189
  %191 = mul i64 %164, 8
  %192 = getelementptr inbounds i8, ptr %149, i64 %191
  %193 = mul i64 %164, 8
  %194 = getelementptr inbounds i8, ptr %150, i64 %193
  %195 = mul i64 %164, 8
  %196 = getelementptr inbounds i8, ptr %151, i64 %195
  %197 = mul i64 %164, 8
  %198 = getelementptr inbounds i8, ptr %152, i64 %197
  %199 = mul i64 %164, 8
  %200 = getelementptr inbounds i8, ptr %153, i64 %199
  %201 = mul i64 %164, 8
  %202 = getelementptr inbounds i8, ptr %154, i64 %201
  %203 = mul i64 %164, 8
  %204 = getelementptr inbounds i8, ptr %155, i64 %203
  %205 = mul i64 %164, 8
  %206 = getelementptr inbounds i8, ptr %156, i64 %205
  %207 = mul i64 %164, 8
  %208 = getelementptr inbounds i8, ptr %157, i64 %207
  %209 = mul i64 %164, 8
  %210 = getelementptr inbounds i8, ptr %158, i64 %209
  %211 = mul i64 %164, 8
  %212 = getelementptr inbounds i8, ptr %159, i64 %211
  %213 = mul i64 %164, 8
  %214 = getelementptr inbounds i8, ptr %160, i64 %213
  %215 = mul i64 %164, 8
  %216 = getelementptr inbounds i8, ptr %161, i64 %215
  %217 = mul i64 %164, 8
  %218 = getelementptr inbounds i8, ptr %162, i64 %217
  %219 = mul i64 %164, 8
  %220 = getelementptr inbounds i8, ptr %12, i64 %219
  %221 = call i32 @grad_lv_ckpt.k7.body0.k1.body0(ptr %167, ptr %168, ptr %169, ptr %170, ptr %171, ptr %172, ptr %180, ptr %182, ptr %184, ptr %186, ptr %188, ptr %190, ptr %192, ptr %194, ptr %196, ptr %198, ptr %200, ptr %202, ptr %204, ptr %206, ptr %208, ptr %210, ptr %212, ptr %214, ptr %216, ptr %218, ptr %220, ptr %173, ptr %174, ptr %175, ptr %176, ptr %177, ptr %178)
  %222 = icmp ne i32 %221, 0
  br i1 %222, label %loop.body.failed8, label %loop.body.ok9

latch5:                                           ; preds = %loop.body.ok9
  %223 = add nsw i64 %i7, 1
  br label %loop3

exit6:                                            ; preds = %loop3
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %131, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %133, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %15, ptr %135, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %16, ptr %137, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %139, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %141, i64 8, i1 false)
  call void @ftc_rt_free(ptr %130)
  %224 = load ptr, ptr %19, align 8
  call void @ftc_rt_free(ptr %224)
  ret i32 0

loop.body.failed8:                                ; preds = %body4
  call void @ftc_rt_free(ptr %130)
  br label %fail

loop.body.ok9:                                    ; preds = %body4
  br label %latch5
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k3(ptr %0, i64 %1, i64 %2) #1 {
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
  store double 2.000000e-02, ptr %6, align 8
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !22

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k6(ptr %0, i64 %1, i64 %2) #1 {
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
  store double 2.000000e-02, ptr %6, align 8
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !23

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @grad_lv_ckpt(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11) #1 {
entry:
  %12 = alloca ptr, align 8
  store ptr null, ptr %12, align 8
  %13 = alloca [1 x ptr], align 8
  %14 = alloca [1 x ptr], align 8
  %15 = alloca [1 x ptr], align 8
  %16 = call i32 @ftc_rt_alloc(ptr %12, i64 3456)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok

fail:                                             ; preds = %loop.body.failed38, %loop.alloc.failed31, %exit26, %loop.body.failed28, %loop.alloc.failed21, %loop.body.failed19, %loop.alloc.failed12, %exit7, %loop.body.failed9, %loop.alloc.failed2, %exit, %loop.body.failed, %loop.alloc.failed, %entry
  %status = phi i32 [ %16, %entry ], [ %21, %loop.alloc.failed ], [ %54, %loop.body.failed ], [ %65, %exit ], [ %68, %loop.alloc.failed2 ], [ %116, %loop.body.failed9 ], [ %127, %exit7 ], [ %130, %loop.alloc.failed12 ], [ %229, %loop.body.failed19 ], [ %239, %loop.alloc.failed21 ], [ %339, %loop.body.failed28 ], [ %350, %exit26 ], [ %353, %loop.alloc.failed31 ], [ %411, %loop.body.failed38 ]
  %18 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %18)
  ret i32 %status

ok:                                               ; preds = %entry
  %19 = load ptr, ptr %12, align 8
  %20 = alloca ptr, align 8
  %21 = call i32 @ftc_rt_alloc(ptr %20, i64 1536)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %23 = load ptr, ptr %20, align 8
  %24 = getelementptr inbounds i8, ptr %23, i64 0
  %25 = getelementptr inbounds i8, ptr %23, i64 768
  %26 = getelementptr inbounds i8, ptr %23, i64 128
  %27 = getelementptr inbounds i8, ptr %23, i64 896
  %28 = getelementptr inbounds i8, ptr %23, i64 256
  %29 = getelementptr inbounds i8, ptr %23, i64 1024
  %30 = getelementptr inbounds i8, ptr %23, i64 384
  %31 = getelementptr inbounds i8, ptr %23, i64 1152
  %32 = getelementptr inbounds i8, ptr %23, i64 512
  %33 = getelementptr inbounds i8, ptr %23, i64 1280
  %34 = getelementptr inbounds i8, ptr %23, i64 640
  %35 = getelementptr inbounds i8, ptr %23, i64 1408
  call void @llvm.memcpy.p0.p0.i64(ptr %24, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %26, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %28, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %30, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %32, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %34, ptr %5, i64 8, i1 false)
  %36 = getelementptr inbounds i8, ptr %19, i64 384
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %56, %latch ]
  %37 = icmp slt i64 %i, 50
  br i1 %37, label %body, label %exit

body:                                             ; preds = %loop
  %38 = and i64 %i, 1
  %39 = icmp eq i64 %38, 0
  %40 = select i1 %39, ptr %24, ptr %25
  %41 = select i1 %39, ptr %26, ptr %27
  %42 = select i1 %39, ptr %28, ptr %29
  %43 = select i1 %39, ptr %30, ptr %31
  %44 = select i1 %39, ptr %32, ptr %33
  %45 = select i1 %39, ptr %34, ptr %35
  %46 = select i1 %39, ptr %25, ptr %24
  %47 = select i1 %39, ptr %27, ptr %26
  %48 = select i1 %39, ptr %29, ptr %28
  %49 = select i1 %39, ptr %31, ptr %30
  %50 = select i1 %39, ptr %33, ptr %32
  %51 = select i1 %39, ptr %35, ptr %34
  %52 = mul i64 %i, 8
  %53 = getelementptr inbounds i8, ptr %36, i64 %52
  %54 = call i32 @grad_lv_ckpt.k0.body0(ptr %40, ptr %41, ptr %42, ptr %43, ptr %44, ptr %45, ptr %46, ptr %47, ptr %48, ptr %49, ptr %50, ptr %51, ptr %53)
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %56 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %57 = getelementptr inbounds i8, ptr %19, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %57, ptr %24, i64 8, i1 false)
  %58 = getelementptr inbounds i8, ptr %19, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %58, ptr %26, i64 8, i1 false)
  %59 = getelementptr inbounds i8, ptr %19, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %59, ptr %28, i64 8, i1 false)
  %60 = getelementptr inbounds i8, ptr %19, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %60, ptr %30, i64 8, i1 false)
  %61 = getelementptr inbounds i8, ptr %19, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %61, ptr %32, i64 8, i1 false)
  %62 = getelementptr inbounds i8, ptr %19, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %62, ptr %34, i64 8, i1 false)
  call void @ftc_rt_free(ptr %23)
  %63 = getelementptr inbounds i8, ptr %19, i64 832
  %64 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %63, ptr %64, align 8
  %65 = call i32 @grad_lv.k2(ptr %13, i64 0, i64 1)
  %66 = icmp ne i32 %65, 0
  br i1 %66, label %fail, label %ok1

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %23)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok1:                                              ; preds = %exit
  %67 = alloca ptr, align 8
  %68 = call i32 @ftc_rt_alloc(ptr %67, i64 1536)
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %loop.alloc.failed2, label %loop.alloc.ok3

loop.alloc.failed2:                               ; preds = %ok1
  br label %fail

loop.alloc.ok3:                                   ; preds = %ok1
  %70 = load ptr, ptr %67, align 8
  %71 = getelementptr inbounds i8, ptr %70, i64 0
  %72 = getelementptr inbounds i8, ptr %70, i64 768
  %73 = getelementptr inbounds i8, ptr %70, i64 128
  %74 = getelementptr inbounds i8, ptr %70, i64 896
  %75 = getelementptr inbounds i8, ptr %70, i64 256
  %76 = getelementptr inbounds i8, ptr %70, i64 1024
  %77 = getelementptr inbounds i8, ptr %70, i64 384
  %78 = getelementptr inbounds i8, ptr %70, i64 1152
  %79 = getelementptr inbounds i8, ptr %70, i64 512
  %80 = getelementptr inbounds i8, ptr %70, i64 1280
  %81 = getelementptr inbounds i8, ptr %70, i64 640
  %82 = getelementptr inbounds i8, ptr %70, i64 1408
  call void @llvm.memcpy.p0.p0.i64(ptr %71, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %73, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %75, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %77, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %79, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %81, ptr %5, i64 8, i1 false)
  %83 = getelementptr inbounds i8, ptr %19, i64 1280
  %84 = getelementptr inbounds i8, ptr %19, i64 1344
  %85 = getelementptr inbounds i8, ptr %19, i64 1408
  %86 = getelementptr inbounds i8, ptr %19, i64 1472
  %87 = getelementptr inbounds i8, ptr %19, i64 1536
  %88 = getelementptr inbounds i8, ptr %19, i64 1600
  br label %loop4

loop4:                                            ; preds = %latch6, %loop.alloc.ok3
  %i8 = phi i64 [ 0, %loop.alloc.ok3 ], [ %118, %latch6 ]
  %89 = icmp slt i64 %i8, 6
  br i1 %89, label %body5, label %exit7

body5:                                            ; preds = %loop4
  %90 = and i64 %i8, 1
  %91 = icmp eq i64 %90, 0
  %92 = select i1 %91, ptr %71, ptr %72
  %93 = select i1 %91, ptr %73, ptr %74
  %94 = select i1 %91, ptr %75, ptr %76
  %95 = select i1 %91, ptr %77, ptr %78
  %96 = select i1 %91, ptr %79, ptr %80
  %97 = select i1 %91, ptr %81, ptr %82
  %98 = select i1 %91, ptr %72, ptr %71
  %99 = select i1 %91, ptr %74, ptr %73
  %100 = select i1 %91, ptr %76, ptr %75
  %101 = select i1 %91, ptr %78, ptr %77
  %102 = select i1 %91, ptr %80, ptr %79
  %103 = select i1 %91, ptr %82, ptr %81
  %104 = mul i64 %i8, 8
  %105 = getelementptr inbounds i8, ptr %83, i64 %104
  %106 = mul i64 %i8, 8
  %107 = getelementptr inbounds i8, ptr %84, i64 %106
  %108 = mul i64 %i8, 8
  %109 = getelementptr inbounds i8, ptr %85, i64 %108
  %110 = mul i64 %i8, 8
  %111 = getelementptr inbounds i8, ptr %86, i64 %110
  %112 = mul i64 %i8, 8
  %113 = getelementptr inbounds i8, ptr %87, i64 %112
  %114 = mul i64 %i8, 8
  %115 = getelementptr inbounds i8, ptr %88, i64 %114
  %116 = call i32 @grad_lv_ckpt.k2.body0(ptr %92, ptr %93, ptr %94, ptr %95, ptr %96, ptr %97, ptr %98, ptr %99, ptr %100, ptr %101, ptr %102, ptr %103, ptr %105, ptr %107, ptr %109, ptr %111, ptr %113, ptr %115)
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %loop.body.failed9, label %loop.body.ok10

latch6:                                           ; preds = %loop.body.ok10
  %118 = add nsw i64 %i8, 1
  br label %loop4

exit7:                                            ; preds = %loop4
  %119 = getelementptr inbounds i8, ptr %19, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %119, ptr %71, i64 8, i1 false)
  %120 = getelementptr inbounds i8, ptr %19, i64 960
  call void @llvm.memcpy.p0.p0.i64(ptr %120, ptr %73, i64 8, i1 false)
  %121 = getelementptr inbounds i8, ptr %19, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %121, ptr %75, i64 8, i1 false)
  %122 = getelementptr inbounds i8, ptr %19, i64 1088
  call void @llvm.memcpy.p0.p0.i64(ptr %122, ptr %77, i64 8, i1 false)
  %123 = getelementptr inbounds i8, ptr %19, i64 1152
  call void @llvm.memcpy.p0.p0.i64(ptr %123, ptr %79, i64 8, i1 false)
  %124 = getelementptr inbounds i8, ptr %19, i64 1216
  call void @llvm.memcpy.p0.p0.i64(ptr %124, ptr %81, i64 8, i1 false)
  call void @ftc_rt_free(ptr %70)
  %125 = getelementptr inbounds i8, ptr %19, i64 1664
  %126 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %125, ptr %126, align 8
  %127 = call i32 @grad_lv_ckpt.k3(ptr %14, i64 0, i64 2)
  %128 = icmp ne i32 %127, 0
  br i1 %128, label %fail, label %ok11

loop.body.failed9:                                ; preds = %body5
  call void @ftc_rt_free(ptr %70)
  br label %fail

loop.body.ok10:                                   ; preds = %body5
  br label %latch6

ok11:                                             ; preds = %exit7
  %129 = alloca ptr, align 8
  %130 = call i32 @ftc_rt_alloc(ptr %129, i64 1536)
  %131 = icmp ne i32 %130, 0
  br i1 %131, label %loop.alloc.failed12, label %loop.alloc.ok13

loop.alloc.failed12:                              ; preds = %ok11
  br label %fail

loop.alloc.ok13:                                  ; preds = %ok11
  %132 = load ptr, ptr %129, align 8
  %133 = getelementptr inbounds i8, ptr %132, i64 0
  %134 = getelementptr inbounds i8, ptr %132, i64 768
  %135 = getelementptr inbounds i8, ptr %132, i64 128
  %136 = getelementptr inbounds i8, ptr %132, i64 896
  %137 = getelementptr inbounds i8, ptr %132, i64 256
  %138 = getelementptr inbounds i8, ptr %132, i64 1024
  %139 = getelementptr inbounds i8, ptr %132, i64 384
  %140 = getelementptr inbounds i8, ptr %132, i64 1152
  %141 = getelementptr inbounds i8, ptr %132, i64 512
  %142 = getelementptr inbounds i8, ptr %132, i64 1280
  %143 = getelementptr inbounds i8, ptr %132, i64 640
  %144 = getelementptr inbounds i8, ptr %132, i64 1408
  %145 = getelementptr inbounds i8, ptr %19, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %133, ptr %145, i64 8, i1 false)
  %146 = getelementptr inbounds i8, ptr %19, i64 960
  call void @llvm.memcpy.p0.p0.i64(ptr %135, ptr %146, i64 8, i1 false)
  %147 = getelementptr inbounds i8, ptr %19, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %137, ptr %147, i64 8, i1 false)
  %148 = getelementptr inbounds i8, ptr %19, i64 1088
  call void @llvm.memcpy.p0.p0.i64(ptr %139, ptr %148, i64 8, i1 false)
  %149 = getelementptr inbounds i8, ptr %19, i64 1152
  call void @llvm.memcpy.p0.p0.i64(ptr %141, ptr %149, i64 8, i1 false)
  %150 = getelementptr inbounds i8, ptr %19, i64 1216
  call void @llvm.memcpy.p0.p0.i64(ptr %143, ptr %150, i64 8, i1 false)
  %151 = getelementptr inbounds i8, ptr %19, i64 2112
  %152 = getelementptr inbounds i8, ptr %19, i64 2176
  %153 = getelementptr inbounds i8, ptr %19, i64 2240
  %154 = getelementptr inbounds i8, ptr %19, i64 2304
  %155 = getelementptr inbounds i8, ptr %19, i64 2368
  %156 = getelementptr inbounds i8, ptr %19, i64 2432
  %157 = getelementptr inbounds i8, ptr %19, i64 2496
  %158 = getelementptr inbounds i8, ptr %19, i64 2560
  %159 = getelementptr inbounds i8, ptr %19, i64 2624
  %160 = getelementptr inbounds i8, ptr %19, i64 2688
  %161 = getelementptr inbounds i8, ptr %19, i64 2752
  %162 = getelementptr inbounds i8, ptr %19, i64 2816
  %163 = getelementptr inbounds i8, ptr %19, i64 2880
  %164 = getelementptr inbounds i8, ptr %19, i64 2944
  %165 = getelementptr inbounds i8, ptr %19, i64 3008
  %166 = getelementptr inbounds i8, ptr %19, i64 3072
  %167 = getelementptr inbounds i8, ptr %19, i64 3136
  %168 = getelementptr inbounds i8, ptr %19, i64 3200
  %169 = getelementptr inbounds i8, ptr %19, i64 3264
  %170 = getelementptr inbounds i8, ptr %19, i64 3328
  %171 = getelementptr inbounds i8, ptr %19, i64 3392
  br label %loop14

loop14:                                           ; preds = %latch16, %loop.alloc.ok13
  %i18 = phi i64 [ 0, %loop.alloc.ok13 ], [ %231, %latch16 ]
  %172 = icmp slt i64 %i18, 2
  br i1 %172, label %body15, label %exit17

body15:                                           ; preds = %loop14
  %173 = and i64 %i18, 1
  %174 = icmp eq i64 %173, 0
  %175 = select i1 %174, ptr %133, ptr %134
  %176 = select i1 %174, ptr %135, ptr %136
  %177 = select i1 %174, ptr %137, ptr %138
  %178 = select i1 %174, ptr %139, ptr %140
  %179 = select i1 %174, ptr %141, ptr %142
  %180 = select i1 %174, ptr %143, ptr %144
  %181 = select i1 %174, ptr %134, ptr %133
  %182 = select i1 %174, ptr %136, ptr %135
  %183 = select i1 %174, ptr %138, ptr %137
  %184 = select i1 %174, ptr %140, ptr %139
  %185 = select i1 %174, ptr %142, ptr %141
  %186 = select i1 %174, ptr %144, ptr %143
  %187 = mul i64 %i18, 8
  %188 = getelementptr inbounds i8, ptr %151, i64 %187
  %189 = mul i64 %i18, 8
  %190 = getelementptr inbounds i8, ptr %152, i64 %189
  %191 = mul i64 %i18, 8
  %192 = getelementptr inbounds i8, ptr %153, i64 %191
  %193 = mul i64 %i18, 8
  %194 = getelementptr inbounds i8, ptr %154, i64 %193
  %195 = mul i64 %i18, 8
  %196 = getelementptr inbounds i8, ptr %155, i64 %195
  %197 = mul i64 %i18, 8
  %198 = getelementptr inbounds i8, ptr %156, i64 %197
  %199 = mul i64 %i18, 8
  %200 = getelementptr inbounds i8, ptr %157, i64 %199
  %201 = mul i64 %i18, 8
  %202 = getelementptr inbounds i8, ptr %158, i64 %201
  %203 = mul i64 %i18, 8
  %204 = getelementptr inbounds i8, ptr %159, i64 %203
  %205 = mul i64 %i18, 8
  %206 = getelementptr inbounds i8, ptr %160, i64 %205
  %207 = mul i64 %i18, 8
  %208 = getelementptr inbounds i8, ptr %161, i64 %207
  %209 = mul i64 %i18, 8
  %210 = getelementptr inbounds i8, ptr %162, i64 %209
  %211 = mul i64 %i18, 8
  %212 = getelementptr inbounds i8, ptr %163, i64 %211
  %213 = mul i64 %i18, 8
  %214 = getelementptr inbounds i8, ptr %164, i64 %213
  %215 = mul i64 %i18, 8
  %216 = getelementptr inbounds i8, ptr %165, i64 %215
  %217 = mul i64 %i18, 8
  %218 = getelementptr inbounds i8, ptr %166, i64 %217
  %219 = mul i64 %i18, 8
  %220 = getelementptr inbounds i8, ptr %167, i64 %219
  %221 = mul i64 %i18, 8
  %222 = getelementptr inbounds i8, ptr %168, i64 %221
  %223 = mul i64 %i18, 8
  %224 = getelementptr inbounds i8, ptr %169, i64 %223
  %225 = mul i64 %i18, 8
  %226 = getelementptr inbounds i8, ptr %170, i64 %225
  %227 = mul i64 %i18, 8
  %228 = getelementptr inbounds i8, ptr %171, i64 %227
  %229 = call i32 @grad_lv_ckpt.k4.body0(ptr %175, ptr %176, ptr %177, ptr %178, ptr %179, ptr %180, ptr %181, ptr %182, ptr %183, ptr %184, ptr %185, ptr %186, ptr %188, ptr %190, ptr %192, ptr %194, ptr %196, ptr %198, ptr %200, ptr %202, ptr %204, ptr %206, ptr %208, ptr %210, ptr %212, ptr %214, ptr %216, ptr %218, ptr %220, ptr %222, ptr %224, ptr %226, ptr %228)
  %230 = icmp ne i32 %229, 0
  br i1 %230, label %loop.body.failed19, label %loop.body.ok20

latch16:                                          ; preds = %loop.body.ok20
  %231 = add nsw i64 %i18, 1
  br label %loop14

exit17:                                           ; preds = %loop14
  %232 = getelementptr inbounds i8, ptr %19, i64 1728
  call void @llvm.memcpy.p0.p0.i64(ptr %232, ptr %133, i64 8, i1 false)
  %233 = getelementptr inbounds i8, ptr %19, i64 1792
  call void @llvm.memcpy.p0.p0.i64(ptr %233, ptr %135, i64 8, i1 false)
  %234 = getelementptr inbounds i8, ptr %19, i64 1856
  call void @llvm.memcpy.p0.p0.i64(ptr %234, ptr %137, i64 8, i1 false)
  %235 = getelementptr inbounds i8, ptr %19, i64 1920
  call void @llvm.memcpy.p0.p0.i64(ptr %235, ptr %139, i64 8, i1 false)
  %236 = getelementptr inbounds i8, ptr %19, i64 1984
  call void @llvm.memcpy.p0.p0.i64(ptr %236, ptr %141, i64 8, i1 false)
  %237 = getelementptr inbounds i8, ptr %19, i64 2048
  call void @llvm.memcpy.p0.p0.i64(ptr %237, ptr %143, i64 8, i1 false)
  call void @ftc_rt_free(ptr %132)
  %238 = alloca ptr, align 8
  %239 = call i32 @ftc_rt_alloc(ptr %238, i64 1536)
  %240 = icmp ne i32 %239, 0
  br i1 %240, label %loop.alloc.failed21, label %loop.alloc.ok22

loop.body.failed19:                               ; preds = %body15
  call void @ftc_rt_free(ptr %132)
  br label %fail

loop.body.ok20:                                   ; preds = %body15
  br label %latch16

loop.alloc.failed21:                              ; preds = %exit17
  br label %fail

loop.alloc.ok22:                                  ; preds = %exit17
  %241 = load ptr, ptr %238, align 8
  %242 = getelementptr inbounds i8, ptr %241, i64 0
  %243 = getelementptr inbounds i8, ptr %241, i64 768
  %244 = getelementptr inbounds i8, ptr %241, i64 128
  %245 = getelementptr inbounds i8, ptr %241, i64 896
  %246 = getelementptr inbounds i8, ptr %241, i64 256
  %247 = getelementptr inbounds i8, ptr %241, i64 1024
  %248 = getelementptr inbounds i8, ptr %241, i64 384
  %249 = getelementptr inbounds i8, ptr %241, i64 1152
  %250 = getelementptr inbounds i8, ptr %241, i64 512
  %251 = getelementptr inbounds i8, ptr %241, i64 1280
  %252 = getelementptr inbounds i8, ptr %241, i64 640
  %253 = getelementptr inbounds i8, ptr %241, i64 1408
  %254 = getelementptr inbounds i8, ptr %19, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %242, ptr %254, i64 8, i1 false)
  %255 = getelementptr inbounds i8, ptr %19, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %244, ptr %255, i64 8, i1 false)
  %256 = getelementptr inbounds i8, ptr %19, i64 832
  call void @llvm.memcpy.p0.p0.i64(ptr %246, ptr %256, i64 8, i1 false)
  %257 = getelementptr inbounds i8, ptr %19, i64 832
  call void @llvm.memcpy.p0.p0.i64(ptr %248, ptr %257, i64 8, i1 false)
  %258 = getelementptr inbounds i8, ptr %19, i64 832
  call void @llvm.memcpy.p0.p0.i64(ptr %250, ptr %258, i64 8, i1 false)
  %259 = getelementptr inbounds i8, ptr %19, i64 832
  call void @llvm.memcpy.p0.p0.i64(ptr %252, ptr %259, i64 8, i1 false)
  %260 = getelementptr inbounds i8, ptr %19, i64 2176
  %261 = getelementptr inbounds i8, ptr %19, i64 2240
  %262 = getelementptr inbounds i8, ptr %19, i64 2304
  %263 = getelementptr inbounds i8, ptr %19, i64 2368
  %264 = getelementptr inbounds i8, ptr %19, i64 2432
  %265 = getelementptr inbounds i8, ptr %19, i64 2496
  %266 = getelementptr inbounds i8, ptr %19, i64 2560
  %267 = getelementptr inbounds i8, ptr %19, i64 2624
  %268 = getelementptr inbounds i8, ptr %19, i64 2688
  %269 = getelementptr inbounds i8, ptr %19, i64 2752
  %270 = getelementptr inbounds i8, ptr %19, i64 2816
  %271 = getelementptr inbounds i8, ptr %19, i64 2880
  %272 = getelementptr inbounds i8, ptr %19, i64 2944
  %273 = getelementptr inbounds i8, ptr %19, i64 3008
  %274 = getelementptr inbounds i8, ptr %19, i64 3072
  %275 = getelementptr inbounds i8, ptr %19, i64 3136
  %276 = getelementptr inbounds i8, ptr %19, i64 3200
  %277 = getelementptr inbounds i8, ptr %19, i64 3264
  %278 = getelementptr inbounds i8, ptr %19, i64 3328
  %279 = getelementptr inbounds i8, ptr %19, i64 3392
  %280 = getelementptr inbounds i8, ptr %19, i64 1664
  br label %loop23

loop23:                                           ; preds = %latch25, %loop.alloc.ok22
  %i27 = phi i64 [ 0, %loop.alloc.ok22 ], [ %341, %latch25 ]
  %281 = icmp slt i64 %i27, 2
  br i1 %281, label %body24, label %exit26

body24:                                           ; preds = %loop23
  %282 = sub i64 1, %i27
  %283 = and i64 %i27, 1
  %284 = icmp eq i64 %283, 0
  %285 = select i1 %284, ptr %242, ptr %243
  %286 = select i1 %284, ptr %244, ptr %245
  %287 = select i1 %284, ptr %246, ptr %247
  %288 = select i1 %284, ptr %248, ptr %249
  %289 = select i1 %284, ptr %250, ptr %251
  %290 = select i1 %284, ptr %252, ptr %253
  %291 = select i1 %284, ptr %243, ptr %242
  %292 = select i1 %284, ptr %245, ptr %244
  %293 = select i1 %284, ptr %247, ptr %246
  %294 = select i1 %284, ptr %249, ptr %248
  %295 = select i1 %284, ptr %251, ptr %250
  %296 = select i1 %284, ptr %253, ptr %252
  %297 = mul i64 %282, 8
  %298 = getelementptr inbounds i8, ptr %260, i64 %297
  %299 = mul i64 %282, 8
  %300 = getelementptr inbounds i8, ptr %261, i64 %299
  %301 = mul i64 %282, 8
  %302 = getelementptr inbounds i8, ptr %262, i64 %301
  %303 = mul i64 %282, 8
  %304 = getelementptr inbounds i8, ptr %263, i64 %303
  %305 = mul i64 %282, 8
  %306 = getelementptr inbounds i8, ptr %264, i64 %305
  %307 = mul i64 %282, 8
  %308 = getelementptr inbounds i8, ptr %265, i64 %307
  %309 = mul i64 %282, 8
  %310 = getelementptr inbounds i8, ptr %266, i64 %309
  %311 = mul i64 %282, 8
  %312 = getelementptr inbounds i8, ptr %267, i64 %311
  %313 = mul i64 %282, 8
  %314 = getelementptr inbounds i8, ptr %268, i64 %313
  %315 = mul i64 %282, 8
  %316 = getelementptr inbounds i8, ptr %269, i64 %315
  %317 = mul i64 %282, 8
  %318 = getelementptr inbounds i8, ptr %270, i64 %317
  %319 = mul i64 %282, 8
  %320 = getelementptr inbounds i8, ptr %271, i64 %319
  %321 = mul i64 %282, 8
  %322 = getelementptr inbounds i8, ptr %272, i64 %321
  %323 = mul i64 %282, 8
  %324 = getelementptr inbounds i8, ptr %273, i64 %323
  %325 = mul i64 %282, 8
  %326 = getelementptr inbounds i8, ptr %274, i64 %325
  %327 = mul i64 %282, 8
  %328 = getelementptr inbounds i8, ptr %275, i64 %327
  %329 = mul i64 %282, 8
  %330 = getelementptr inbounds i8, ptr %276, i64 %329
  %331 = mul i64 %282, 8
  %332 = getelementptr inbounds i8, ptr %277, i64 %331
  %333 = mul i64 %282, 8
  %334 = getelementptr inbounds i8, ptr %278, i64 %333
  %335 = mul i64 %282, 8
  %336 = getelementptr inbounds i8, ptr %279, i64 %335
  %337 = mul i64 %282, 8
  %338 = getelementptr inbounds i8, ptr %280, i64 %337
  %339 = call i32 @grad_lv_ckpt.k5.body0(ptr %285, ptr %286, ptr %287, ptr %288, ptr %289, ptr %290, ptr %298, ptr %300, ptr %302, ptr %304, ptr %306, ptr %308, ptr %310, ptr %312, ptr %314, ptr %316, ptr %318, ptr %320, ptr %322, ptr %324, ptr %326, ptr %328, ptr %330, ptr %332, ptr %334, ptr %336, ptr %338, ptr %291, ptr %292, ptr %293, ptr %294, ptr %295, ptr %296)
  %340 = icmp ne i32 %339, 0
  br i1 %340, label %loop.body.failed28, label %loop.body.ok29

latch25:                                          ; preds = %loop.body.ok29
  %341 = add nsw i64 %i27, 1
  br label %loop23

exit26:                                           ; preds = %loop23
  %342 = getelementptr inbounds i8, ptr %19, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %342, ptr %242, i64 8, i1 false)
  %343 = getelementptr inbounds i8, ptr %19, i64 960
  call void @llvm.memcpy.p0.p0.i64(ptr %343, ptr %244, i64 8, i1 false)
  %344 = getelementptr inbounds i8, ptr %19, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %344, ptr %246, i64 8, i1 false)
  %345 = getelementptr inbounds i8, ptr %19, i64 1088
  call void @llvm.memcpy.p0.p0.i64(ptr %345, ptr %248, i64 8, i1 false)
  %346 = getelementptr inbounds i8, ptr %19, i64 1152
  call void @llvm.memcpy.p0.p0.i64(ptr %346, ptr %250, i64 8, i1 false)
  %347 = getelementptr inbounds i8, ptr %19, i64 1216
  call void @llvm.memcpy.p0.p0.i64(ptr %347, ptr %252, i64 8, i1 false)
  call void @ftc_rt_free(ptr %241)
  %348 = getelementptr inbounds i8, ptr %19, i64 2176
  %349 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %348, ptr %349, align 8
  %350 = call i32 @grad_lv_ckpt.k6(ptr %15, i64 0, i64 48)
  %351 = icmp ne i32 %350, 0
  br i1 %351, label %fail, label %ok30

loop.body.failed28:                               ; preds = %body24
  call void @ftc_rt_free(ptr %241)
  br label %fail

loop.body.ok29:                                   ; preds = %body24
  br label %latch25

ok30:                                             ; preds = %exit26
  %352 = alloca ptr, align 8
  %353 = call i32 @ftc_rt_alloc(ptr %352, i64 1536)
  %354 = icmp ne i32 %353, 0
  br i1 %354, label %loop.alloc.failed31, label %loop.alloc.ok32

loop.alloc.failed31:                              ; preds = %ok30
  br label %fail

loop.alloc.ok32:                                  ; preds = %ok30
  %355 = load ptr, ptr %352, align 8
  %356 = getelementptr inbounds i8, ptr %355, i64 0
  %357 = getelementptr inbounds i8, ptr %355, i64 768
  %358 = getelementptr inbounds i8, ptr %355, i64 128
  %359 = getelementptr inbounds i8, ptr %355, i64 896
  %360 = getelementptr inbounds i8, ptr %355, i64 256
  %361 = getelementptr inbounds i8, ptr %355, i64 1024
  %362 = getelementptr inbounds i8, ptr %355, i64 384
  %363 = getelementptr inbounds i8, ptr %355, i64 1152
  %364 = getelementptr inbounds i8, ptr %355, i64 512
  %365 = getelementptr inbounds i8, ptr %355, i64 1280
  %366 = getelementptr inbounds i8, ptr %355, i64 640
  %367 = getelementptr inbounds i8, ptr %355, i64 1408
  %368 = getelementptr inbounds i8, ptr %19, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %356, ptr %368, i64 8, i1 false)
  %369 = getelementptr inbounds i8, ptr %19, i64 960
  call void @llvm.memcpy.p0.p0.i64(ptr %358, ptr %369, i64 8, i1 false)
  %370 = getelementptr inbounds i8, ptr %19, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %360, ptr %370, i64 8, i1 false)
  %371 = getelementptr inbounds i8, ptr %19, i64 1088
  call void @llvm.memcpy.p0.p0.i64(ptr %362, ptr %371, i64 8, i1 false)
  %372 = getelementptr inbounds i8, ptr %19, i64 1152
  call void @llvm.memcpy.p0.p0.i64(ptr %364, ptr %372, i64 8, i1 false)
  %373 = getelementptr inbounds i8, ptr %19, i64 1216
  call void @llvm.memcpy.p0.p0.i64(ptr %366, ptr %373, i64 8, i1 false)
  %374 = getelementptr inbounds i8, ptr %19, i64 1280
  %375 = getelementptr inbounds i8, ptr %19, i64 1344
  %376 = getelementptr inbounds i8, ptr %19, i64 1408
  %377 = getelementptr inbounds i8, ptr %19, i64 1472
  %378 = getelementptr inbounds i8, ptr %19, i64 1536
  %379 = getelementptr inbounds i8, ptr %19, i64 1600
  %380 = getelementptr inbounds i8, ptr %19, i64 2176
  br label %loop33

loop33:                                           ; preds = %latch35, %loop.alloc.ok32
  %i37 = phi i64 [ 0, %loop.alloc.ok32 ], [ %413, %latch35 ]
  %381 = icmp slt i64 %i37, 6
  br i1 %381, label %body34, label %exit36

body34:                                           ; preds = %loop33
  %382 = sub i64 5, %i37
  %383 = and i64 %i37, 1
  %384 = icmp eq i64 %383, 0
  %385 = select i1 %384, ptr %356, ptr %357
  %386 = select i1 %384, ptr %358, ptr %359
  %387 = select i1 %384, ptr %360, ptr %361
  %388 = select i1 %384, ptr %362, ptr %363
  %389 = select i1 %384, ptr %364, ptr %365
  %390 = select i1 %384, ptr %366, ptr %367
  %391 = select i1 %384, ptr %357, ptr %356
  %392 = select i1 %384, ptr %359, ptr %358
  %393 = select i1 %384, ptr %361, ptr %360
  %394 = select i1 %384, ptr %363, ptr %362
  %395 = select i1 %384, ptr %365, ptr %364
  %396 = select i1 %384, ptr %367, ptr %366
  %397 = mul i64 %382, 8
  %398 = getelementptr inbounds i8, ptr %374, i64 %397
  %399 = mul i64 %382, 8
  %400 = getelementptr inbounds i8, ptr %375, i64 %399
  %401 = mul i64 %382, 8
  %402 = getelementptr inbounds i8, ptr %376, i64 %401
  %403 = mul i64 %382, 8
  %404 = getelementptr inbounds i8, ptr %377, i64 %403
  %405 = mul i64 %382, 8
  %406 = getelementptr inbounds i8, ptr %378, i64 %405
  %407 = mul i64 %382, 8
  %408 = getelementptr inbounds i8, ptr %379, i64 %407
  %409 = mul i64 %382, 64
  %410 = getelementptr inbounds i8, ptr %380, i64 %409
  %411 = call i32 @grad_lv_ckpt.k7.body0(ptr %385, ptr %386, ptr %387, ptr %388, ptr %389, ptr %390, ptr %398, ptr %400, ptr %402, ptr %404, ptr %406, ptr %408, ptr %410, ptr %391, ptr %392, ptr %393, ptr %394, ptr %395, ptr %396)
  %412 = icmp ne i32 %411, 0
  br i1 %412, label %loop.body.failed38, label %loop.body.ok39

latch35:                                          ; preds = %loop.body.ok39
  %413 = add nsw i64 %i37, 1
  br label %loop33

exit36:                                           ; preds = %loop33
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %356, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %358, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %360, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %362, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %364, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %366, i64 8, i1 false)
  call void @ftc_rt_free(ptr %355)
  %414 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %414)
  ret i32 0

loop.body.failed38:                               ; preds = %body34
  call void @ftc_rt_free(ptr %355)
  br label %fail

loop.body.ok39:                                   ; preds = %body34
  br label %latch35
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.vectorize.width", i32 4}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !1, !2}
!4 = distinct !{!4, !1, !2}
!5 = distinct !{!5, !1, !2}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !2}
!8 = distinct !{!8, !1, !2}
!9 = distinct !{!9, !1, !2}
!10 = distinct !{!10, !1, !2}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !1, !2}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !1, !2}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !1, !2}
!17 = distinct !{!17, !1, !2}
!18 = distinct !{!18, !1, !2}
!19 = distinct !{!19, !1, !2}
!20 = distinct !{!20, !1, !2}
!21 = distinct !{!21, !1, !2}
!22 = distinct !{!22, !1, !2}
!23 = distinct !{!23, !1, !2}
