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
define internal i32 @lv.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr noalias %12, ptr %13) #1 {
entry:
  %14 = alloca ptr, align 8
  store ptr null, ptr %14, align 8
  %15 = alloca [3 x ptr], align 8
  %16 = alloca [5 x ptr], align 8
  %17 = alloca [5 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [3 x ptr], align 8
  %20 = alloca [3 x ptr], align 8
  %21 = alloca [5 x ptr], align 8
  %22 = alloca [5 x ptr], align 8
  %23 = alloca [3 x ptr], align 8
  %24 = alloca [3 x ptr], align 8
  %25 = alloca [3 x ptr], align 8
  %26 = alloca [5 x ptr], align 8
  %27 = alloca [5 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [3 x ptr], align 8
  %30 = alloca [3 x ptr], align 8
  %31 = alloca [9 x ptr], align 8
  %32 = alloca [9 x ptr], align 8
  %33 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %0, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %1, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %13, i64 0
  %36 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %35, ptr %36, align 8
  %37 = call i32 @lv.k0.body0.k0(ptr %15, i64 0, i64 1)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok

fail:                                             ; preds = %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %37, %entry ], [ %46, %ok ], [ %55, %ok1 ], [ %62, %ok2 ], [ %69, %ok3 ], [ %77, %ok4 ], [ %87, %ok5 ], [ %97, %ok6 ], [ %104, %ok7 ], [ %111, %ok8 ], [ %119, %ok9 ], [ %129, %ok10 ], [ %139, %ok11 ], [ %146, %ok12 ], [ %153, %ok13 ], [ %161, %ok14 ], [ %178, %ok15 ], [ %194, %ok16 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %39 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %2, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %0, ptr %40, align 8
  %41 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %3, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %13, i64 0
  %43 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %13, i64 64
  %45 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %44, ptr %45, align 8
  %46 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %48 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %4, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %13, i64 0
  %50 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %49, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %5, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %1, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %13, i64 128
  %54 = getelementptr inbounds ptr, ptr %17, i64 4
  store ptr %53, ptr %54, align 8
  %55 = call i32 @lv.k0.body0.k1(ptr %17, i64 0, i64 1)
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %57 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %0, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %13, i64 64
  %59 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %13, i64 0
  %61 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %60, ptr %61, align 8
  %62 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %64 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %1, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %13, i64 128
  %66 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %13, i64 192
  %68 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %67, ptr %68, align 8
  %69 = call i32 @lv.k0.body0.k3(ptr %19, i64 0, i64 1)
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %71 = getelementptr inbounds i8, ptr %13, i64 0
  %72 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %71, ptr %72, align 8
  %73 = getelementptr inbounds i8, ptr %13, i64 192
  %74 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %73, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %13, i64 256
  %76 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %75, ptr %76, align 8
  %77 = call i32 @lv.k0.body0.k0(ptr %20, i64 0, i64 1)
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %79 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %2, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %13, i64 0
  %81 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %3, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %13, i64 256
  %84 = getelementptr inbounds ptr, ptr %21, i64 3
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %13, i64 320
  %86 = getelementptr inbounds ptr, ptr %21, i64 4
  store ptr %85, ptr %86, align 8
  %87 = call i32 @lv.k0.body0.k1(ptr %21, i64 0, i64 1)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %89 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %4, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %13, i64 256
  %91 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %5, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %13, i64 192
  %94 = getelementptr inbounds ptr, ptr %22, i64 3
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %13, i64 0
  %96 = getelementptr inbounds ptr, ptr %22, i64 4
  store ptr %95, ptr %96, align 8
  %97 = call i32 @lv.k0.body0.k1(ptr %22, i64 0, i64 1)
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %99 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %0, ptr %99, align 8
  %100 = getelementptr inbounds i8, ptr %13, i64 320
  %101 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %100, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %13, i64 192
  %103 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %102, ptr %103, align 8
  %104 = call i32 @lv.k0.body0.k3(ptr %23, i64 0, i64 1)
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %106 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %1, ptr %106, align 8
  %107 = getelementptr inbounds i8, ptr %13, i64 0
  %108 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %107, ptr %108, align 8
  %109 = getelementptr inbounds i8, ptr %13, i64 256
  %110 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %109, ptr %110, align 8
  %111 = call i32 @lv.k0.body0.k3(ptr %24, i64 0, i64 1)
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %113 = getelementptr inbounds i8, ptr %13, i64 192
  %114 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds i8, ptr %13, i64 256
  %116 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds i8, ptr %13, i64 384
  %118 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %117, ptr %118, align 8
  %119 = call i32 @lv.k0.body0.k0(ptr %25, i64 0, i64 1)
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %121 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %2, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %13, i64 192
  %123 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %3, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %13, i64 384
  %126 = getelementptr inbounds ptr, ptr %26, i64 3
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %13, i64 448
  %128 = getelementptr inbounds ptr, ptr %26, i64 4
  store ptr %127, ptr %128, align 8
  %129 = call i32 @lv.k0.body0.k1(ptr %26, i64 0, i64 1)
  %130 = icmp ne i32 %129, 0
  br i1 %130, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %131 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %4, ptr %131, align 8
  %132 = getelementptr inbounds i8, ptr %13, i64 384
  %133 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %132, ptr %133, align 8
  %134 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %5, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %13, i64 256
  %136 = getelementptr inbounds ptr, ptr %27, i64 3
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %13, i64 192
  %138 = getelementptr inbounds ptr, ptr %27, i64 4
  store ptr %137, ptr %138, align 8
  %139 = call i32 @lv.k0.body0.k1(ptr %27, i64 0, i64 1)
  %140 = icmp ne i32 %139, 0
  br i1 %140, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %141 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %0, ptr %141, align 8
  %142 = getelementptr inbounds i8, ptr %13, i64 448
  %143 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %142, ptr %143, align 8
  %144 = getelementptr inbounds i8, ptr %13, i64 256
  %145 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %144, ptr %145, align 8
  %146 = call i32 @lv.k0.body0.k13(ptr %28, i64 0, i64 1)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %148 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %1, ptr %148, align 8
  %149 = getelementptr inbounds i8, ptr %13, i64 192
  %150 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %149, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %13, i64 384
  %152 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %151, ptr %152, align 8
  %153 = call i32 @lv.k0.body0.k13(ptr %29, i64 0, i64 1)
  %154 = icmp ne i32 %153, 0
  br i1 %154, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %155 = getelementptr inbounds i8, ptr %13, i64 256
  %156 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %155, ptr %156, align 8
  %157 = getelementptr inbounds i8, ptr %13, i64 384
  %158 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %13, i64 512
  %160 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %159, ptr %160, align 8
  %161 = call i32 @lv.k0.body0.k0(ptr %30, i64 0, i64 1)
  %162 = icmp ne i32 %161, 0
  br i1 %162, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %163 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %0, ptr %163, align 8
  %164 = getelementptr inbounds i8, ptr %13, i64 64
  %165 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %164, ptr %165, align 8
  %166 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %2, ptr %166, align 8
  %167 = getelementptr inbounds i8, ptr %13, i64 256
  %168 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr %167, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %31, i64 4
  store ptr %3, ptr %169, align 8
  %170 = getelementptr inbounds i8, ptr %13, i64 512
  %171 = getelementptr inbounds ptr, ptr %31, i64 5
  store ptr %170, ptr %171, align 8
  %172 = getelementptr inbounds i8, ptr %13, i64 320
  %173 = getelementptr inbounds ptr, ptr %31, i64 6
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %13, i64 448
  %175 = getelementptr inbounds ptr, ptr %31, i64 7
  store ptr %174, ptr %175, align 8
  %176 = getelementptr inbounds i8, ptr %13, i64 576
  %177 = getelementptr inbounds ptr, ptr %31, i64 8
  store ptr %176, ptr %177, align 8
  %178 = call i32 @lv.k0.body0.k16(ptr %31, i64 0, i64 1)
  %179 = icmp ne i32 %178, 0
  br i1 %179, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %180 = getelementptr inbounds ptr, ptr %32, i64 0
  store ptr %1, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %13, i64 128
  %182 = getelementptr inbounds ptr, ptr %32, i64 1
  store ptr %181, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %32, i64 2
  store ptr %4, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %13, i64 512
  %185 = getelementptr inbounds ptr, ptr %32, i64 3
  store ptr %184, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %32, i64 4
  store ptr %5, ptr %186, align 8
  %187 = getelementptr inbounds i8, ptr %13, i64 384
  %188 = getelementptr inbounds ptr, ptr %32, i64 5
  store ptr %187, ptr %188, align 8
  %189 = getelementptr inbounds i8, ptr %13, i64 0
  %190 = getelementptr inbounds ptr, ptr %32, i64 6
  store ptr %189, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %13, i64 192
  %192 = getelementptr inbounds ptr, ptr %32, i64 7
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %32, i64 8
  store ptr %7, ptr %193, align 8
  %194 = call i32 @lv.k0.body0.k16(ptr %32, i64 0, i64 1)
  %195 = icmp ne i32 %194, 0
  br i1 %195, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %196 = getelementptr inbounds i8, ptr %13, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %196, i64 8, i1 false)
  %197 = getelementptr inbounds i8, ptr %13, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %197, i64 8, i1 false)
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
  %3 = alloca <16 x double>, align 16
  %4 = alloca [1 x <16 x double>], align 16
  %5 = alloca [4 x <16 x double>], align 16
  br label %start

start:                                            ; preds = %entry
  %6 = getelementptr inbounds ptr, ptr %0, i64 0
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds ptr, ptr %0, i64 1
  %9 = load ptr, ptr %8, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %15, %latch ]
  %10 = icmp slt i64 %i, 16
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = getelementptr inbounds double, ptr %7, i64 %i
  %12 = load double, ptr %11, align 8
  %13 = sub i64 %i, 0
  %14 = getelementptr inbounds double, ptr %5, i64 %13
  store double %12, ptr %14, align 8
  br label %latch

latch:                                            ; preds = %body
  %15 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !7

exit:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 16, %exit ], [ %21, %latch3 ]
  %16 = icmp slt i64 %i5, 32
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %17 = getelementptr inbounds double, ptr %7, i64 %i5
  %18 = load double, ptr %17, align 8
  %19 = sub i64 %i5, 0
  %20 = getelementptr inbounds double, ptr %5, i64 %19
  store double %18, ptr %20, align 8
  br label %latch3

latch3:                                           ; preds = %body2
  %21 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !10

exit4:                                            ; preds = %loop1
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ 32, %exit4 ], [ %27, %latch8 ]
  %22 = icmp slt i64 %i10, 48
  br i1 %22, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %23 = getelementptr inbounds double, ptr %7, i64 %i10
  %24 = load double, ptr %23, align 8
  %25 = sub i64 %i10, 0
  %26 = getelementptr inbounds double, ptr %5, i64 %25
  store double %24, ptr %26, align 8
  br label %latch8

latch8:                                           ; preds = %body7
  %27 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !11

exit9:                                            ; preds = %loop6
  %28 = getelementptr inbounds double, ptr %5, i64 50
  store double -0.000000e+00, ptr %28, align 8
  %29 = getelementptr inbounds double, ptr %5, i64 51
  store double -0.000000e+00, ptr %29, align 8
  %30 = getelementptr inbounds double, ptr %5, i64 52
  store double -0.000000e+00, ptr %30, align 8
  %31 = getelementptr inbounds double, ptr %5, i64 53
  store double -0.000000e+00, ptr %31, align 8
  %32 = getelementptr inbounds double, ptr %5, i64 54
  store double -0.000000e+00, ptr %32, align 8
  %33 = getelementptr inbounds double, ptr %5, i64 55
  store double -0.000000e+00, ptr %33, align 8
  %34 = getelementptr inbounds double, ptr %5, i64 56
  store double -0.000000e+00, ptr %34, align 8
  %35 = getelementptr inbounds double, ptr %5, i64 57
  store double -0.000000e+00, ptr %35, align 8
  %36 = getelementptr inbounds double, ptr %5, i64 58
  store double -0.000000e+00, ptr %36, align 8
  %37 = getelementptr inbounds double, ptr %5, i64 59
  store double -0.000000e+00, ptr %37, align 8
  %38 = getelementptr inbounds double, ptr %5, i64 60
  store double -0.000000e+00, ptr %38, align 8
  %39 = getelementptr inbounds double, ptr %5, i64 61
  store double -0.000000e+00, ptr %39, align 8
  %40 = getelementptr inbounds double, ptr %5, i64 62
  store double -0.000000e+00, ptr %40, align 8
  %41 = getelementptr inbounds double, ptr %5, i64 63
  store double -0.000000e+00, ptr %41, align 8
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 48, %exit9 ], [ %47, %latch13 ]
  %42 = icmp slt i64 %i15, 50
  br i1 %42, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %43 = getelementptr inbounds double, ptr %7, i64 %i15
  %44 = load double, ptr %43, align 8
  %45 = sub i64 %i15, 0
  %46 = getelementptr inbounds double, ptr %5, i64 %45
  store double %44, ptr %46, align 8
  br label %latch13

latch13:                                          ; preds = %body12
  %47 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !12

exit14:                                           ; preds = %loop11
  %48 = getelementptr inbounds <16 x double>, ptr %5, i64 0
  %49 = load <16 x double>, ptr %48, align 8
  %50 = getelementptr inbounds <16 x double>, ptr %5, i64 1
  %51 = load <16 x double>, ptr %50, align 8
  %52 = fadd <16 x double> %49, %51
  %53 = getelementptr inbounds <16 x double>, ptr %5, i64 2
  %54 = load <16 x double>, ptr %53, align 8
  %55 = getelementptr inbounds <16 x double>, ptr %5, i64 3
  %56 = load <16 x double>, ptr %55, align 8
  %57 = fadd <16 x double> %54, %56
  %58 = fadd <16 x double> %52, %57
  store <16 x double> %58, ptr %3, align 8
  %59 = getelementptr inbounds double, ptr %3, i64 0
  %60 = load double, ptr %59, align 8
  %61 = getelementptr inbounds double, ptr %3, i64 1
  %62 = load double, ptr %61, align 8
  %63 = getelementptr inbounds double, ptr %3, i64 2
  %64 = load double, ptr %63, align 8
  %65 = getelementptr inbounds double, ptr %3, i64 3
  %66 = load double, ptr %65, align 8
  %67 = getelementptr inbounds double, ptr %3, i64 4
  %68 = load double, ptr %67, align 8
  %69 = getelementptr inbounds double, ptr %3, i64 5
  %70 = load double, ptr %69, align 8
  %71 = getelementptr inbounds double, ptr %3, i64 6
  %72 = load double, ptr %71, align 8
  %73 = getelementptr inbounds double, ptr %3, i64 7
  %74 = load double, ptr %73, align 8
  %75 = getelementptr inbounds double, ptr %3, i64 8
  %76 = load double, ptr %75, align 8
  %77 = getelementptr inbounds double, ptr %3, i64 9
  %78 = load double, ptr %77, align 8
  %79 = getelementptr inbounds double, ptr %3, i64 10
  %80 = load double, ptr %79, align 8
  %81 = getelementptr inbounds double, ptr %3, i64 11
  %82 = load double, ptr %81, align 8
  %83 = getelementptr inbounds double, ptr %3, i64 12
  %84 = load double, ptr %83, align 8
  %85 = getelementptr inbounds double, ptr %3, i64 13
  %86 = load double, ptr %85, align 8
  %87 = getelementptr inbounds double, ptr %3, i64 14
  %88 = load double, ptr %87, align 8
  %89 = getelementptr inbounds double, ptr %3, i64 15
  %90 = load double, ptr %89, align 8
  %91 = fadd double %60, %76
  %92 = fadd double %62, %78
  %93 = fadd double %64, %80
  %94 = fadd double %66, %82
  %95 = fadd double %68, %84
  %96 = fadd double %70, %86
  %97 = fadd double %72, %88
  %98 = fadd double %74, %90
  %99 = fadd double %91, %95
  %100 = fadd double %92, %96
  %101 = fadd double %93, %97
  %102 = fadd double %94, %98
  %103 = fadd double %99, %101
  %104 = fadd double %100, %102
  %105 = fadd double %103, %104
  %106 = getelementptr inbounds double, ptr %9, i64 0
  store double %105, ptr %106, align 8
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
  br label %loop, !llvm.loop !13

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
  %status = phi i32 [ %10, %entry ], [ %15, %loop.alloc.failed ], [ %33, %loop.body.failed ], [ %46, %exit ], [ %55, %ok1 ]
  %12 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %7, align 8
  %14 = alloca ptr, align 8
  %15 = call i32 @ftc_rt_alloc(ptr %14, i64 1152)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %17 = load ptr, ptr %14, align 8
  %18 = getelementptr inbounds i8, ptr %17, i64 0
  %19 = getelementptr inbounds i8, ptr %17, i64 256
  %20 = getelementptr inbounds i8, ptr %17, i64 128
  %21 = getelementptr inbounds i8, ptr %17, i64 384
  %22 = getelementptr inbounds i8, ptr %17, i64 512
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %20, ptr %1, i64 8, i1 false)
  %23 = getelementptr inbounds i8, ptr %13, i64 384
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %35, %latch ]
  %24 = icmp slt i64 %i, 50
  br i1 %24, label %body, label %exit

body:                                             ; preds = %loop
  %25 = and i64 %i, 1
  %26 = icmp eq i64 %25, 0
  %27 = select i1 %26, ptr %18, ptr %19
  %28 = select i1 %26, ptr %20, ptr %21
  %29 = select i1 %26, ptr %19, ptr %18
  %30 = select i1 %26, ptr %21, ptr %20
  %31 = mul i64 %i, 8
  %32 = getelementptr inbounds i8, ptr %23, i64 %31
  %33 = call i32 @lv.k0.body0(ptr %27, ptr %28, ptr %2, ptr %3, ptr %4, ptr %5, ptr %29, ptr %30, ptr %2, ptr %3, ptr %4, ptr %5, ptr %32, ptr %22)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %35 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %36 = getelementptr inbounds i8, ptr %13, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %36, ptr %18, i64 8, i1 false)
  %37 = getelementptr inbounds i8, ptr %13, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %37, ptr %20, i64 8, i1 false)
  %38 = getelementptr inbounds i8, ptr %13, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %38, ptr %2, i64 8, i1 false)
  %39 = getelementptr inbounds i8, ptr %13, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %39, ptr %3, i64 8, i1 false)
  %40 = getelementptr inbounds i8, ptr %13, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %40, ptr %4, i64 8, i1 false)
  %41 = getelementptr inbounds i8, ptr %13, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %41, ptr %5, i64 8, i1 false)
  call void @ftc_rt_free(ptr %17)
  %42 = getelementptr inbounds i8, ptr %13, i64 384
  %43 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %13, i64 832
  %45 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %44, ptr %45, align 8
  %46 = call i32 @lv.k1(ptr %8, i64 0, i64 1)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok1

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %17)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok1:                                              ; preds = %exit
  %48 = getelementptr inbounds i8, ptr %13, i64 832
  %49 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds i8, ptr %13, i64 0
  %51 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %50, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %13, i64 64
  %53 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %6, ptr %54, align 8
  %55 = call i32 @lv.k2(ptr %9, i64 0, i64 1)
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %57 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %57)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @lv_ckpt.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr noalias %12, ptr %13) #1 {
entry:
  %14 = alloca ptr, align 8
  store ptr null, ptr %14, align 8
  %15 = alloca [3 x ptr], align 8
  %16 = alloca [5 x ptr], align 8
  %17 = alloca [5 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [3 x ptr], align 8
  %20 = alloca [3 x ptr], align 8
  %21 = alloca [5 x ptr], align 8
  %22 = alloca [5 x ptr], align 8
  %23 = alloca [3 x ptr], align 8
  %24 = alloca [3 x ptr], align 8
  %25 = alloca [3 x ptr], align 8
  %26 = alloca [5 x ptr], align 8
  %27 = alloca [5 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [3 x ptr], align 8
  %30 = alloca [3 x ptr], align 8
  %31 = alloca [9 x ptr], align 8
  %32 = alloca [9 x ptr], align 8
  %33 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %0, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %1, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %13, i64 0
  %36 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %35, ptr %36, align 8
  %37 = call i32 @lv.k0.body0.k0(ptr %15, i64 0, i64 1)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok

fail:                                             ; preds = %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %37, %entry ], [ %46, %ok ], [ %55, %ok1 ], [ %62, %ok2 ], [ %69, %ok3 ], [ %77, %ok4 ], [ %87, %ok5 ], [ %97, %ok6 ], [ %104, %ok7 ], [ %111, %ok8 ], [ %119, %ok9 ], [ %129, %ok10 ], [ %139, %ok11 ], [ %146, %ok12 ], [ %153, %ok13 ], [ %161, %ok14 ], [ %178, %ok15 ], [ %194, %ok16 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %39 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %2, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %0, ptr %40, align 8
  %41 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %3, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %13, i64 0
  %43 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %13, i64 64
  %45 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %44, ptr %45, align 8
  %46 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %48 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %4, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %13, i64 0
  %50 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %49, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %5, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %1, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %13, i64 128
  %54 = getelementptr inbounds ptr, ptr %17, i64 4
  store ptr %53, ptr %54, align 8
  %55 = call i32 @lv.k0.body0.k1(ptr %17, i64 0, i64 1)
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %57 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %0, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %13, i64 64
  %59 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %13, i64 0
  %61 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %60, ptr %61, align 8
  %62 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %64 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %1, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %13, i64 128
  %66 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %13, i64 192
  %68 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %67, ptr %68, align 8
  %69 = call i32 @lv.k0.body0.k3(ptr %19, i64 0, i64 1)
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %71 = getelementptr inbounds i8, ptr %13, i64 0
  %72 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %71, ptr %72, align 8
  %73 = getelementptr inbounds i8, ptr %13, i64 192
  %74 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %73, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %13, i64 256
  %76 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %75, ptr %76, align 8
  %77 = call i32 @lv.k0.body0.k0(ptr %20, i64 0, i64 1)
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %79 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %2, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %13, i64 0
  %81 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %3, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %13, i64 256
  %84 = getelementptr inbounds ptr, ptr %21, i64 3
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %13, i64 320
  %86 = getelementptr inbounds ptr, ptr %21, i64 4
  store ptr %85, ptr %86, align 8
  %87 = call i32 @lv.k0.body0.k1(ptr %21, i64 0, i64 1)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %89 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %4, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %13, i64 256
  %91 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %5, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %13, i64 192
  %94 = getelementptr inbounds ptr, ptr %22, i64 3
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %13, i64 0
  %96 = getelementptr inbounds ptr, ptr %22, i64 4
  store ptr %95, ptr %96, align 8
  %97 = call i32 @lv.k0.body0.k1(ptr %22, i64 0, i64 1)
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %99 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %0, ptr %99, align 8
  %100 = getelementptr inbounds i8, ptr %13, i64 320
  %101 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %100, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %13, i64 192
  %103 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %102, ptr %103, align 8
  %104 = call i32 @lv.k0.body0.k3(ptr %23, i64 0, i64 1)
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %106 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %1, ptr %106, align 8
  %107 = getelementptr inbounds i8, ptr %13, i64 0
  %108 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %107, ptr %108, align 8
  %109 = getelementptr inbounds i8, ptr %13, i64 256
  %110 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %109, ptr %110, align 8
  %111 = call i32 @lv.k0.body0.k3(ptr %24, i64 0, i64 1)
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %113 = getelementptr inbounds i8, ptr %13, i64 192
  %114 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds i8, ptr %13, i64 256
  %116 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds i8, ptr %13, i64 384
  %118 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %117, ptr %118, align 8
  %119 = call i32 @lv.k0.body0.k0(ptr %25, i64 0, i64 1)
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %121 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %2, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %13, i64 192
  %123 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %3, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %13, i64 384
  %126 = getelementptr inbounds ptr, ptr %26, i64 3
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %13, i64 448
  %128 = getelementptr inbounds ptr, ptr %26, i64 4
  store ptr %127, ptr %128, align 8
  %129 = call i32 @lv.k0.body0.k1(ptr %26, i64 0, i64 1)
  %130 = icmp ne i32 %129, 0
  br i1 %130, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %131 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %4, ptr %131, align 8
  %132 = getelementptr inbounds i8, ptr %13, i64 384
  %133 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %132, ptr %133, align 8
  %134 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %5, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %13, i64 256
  %136 = getelementptr inbounds ptr, ptr %27, i64 3
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %13, i64 192
  %138 = getelementptr inbounds ptr, ptr %27, i64 4
  store ptr %137, ptr %138, align 8
  %139 = call i32 @lv.k0.body0.k1(ptr %27, i64 0, i64 1)
  %140 = icmp ne i32 %139, 0
  br i1 %140, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %141 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %0, ptr %141, align 8
  %142 = getelementptr inbounds i8, ptr %13, i64 448
  %143 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %142, ptr %143, align 8
  %144 = getelementptr inbounds i8, ptr %13, i64 256
  %145 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %144, ptr %145, align 8
  %146 = call i32 @lv.k0.body0.k13(ptr %28, i64 0, i64 1)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %148 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %1, ptr %148, align 8
  %149 = getelementptr inbounds i8, ptr %13, i64 192
  %150 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %149, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %13, i64 384
  %152 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %151, ptr %152, align 8
  %153 = call i32 @lv.k0.body0.k13(ptr %29, i64 0, i64 1)
  %154 = icmp ne i32 %153, 0
  br i1 %154, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %155 = getelementptr inbounds i8, ptr %13, i64 256
  %156 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %155, ptr %156, align 8
  %157 = getelementptr inbounds i8, ptr %13, i64 384
  %158 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %13, i64 512
  %160 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %159, ptr %160, align 8
  %161 = call i32 @lv.k0.body0.k0(ptr %30, i64 0, i64 1)
  %162 = icmp ne i32 %161, 0
  br i1 %162, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %163 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %0, ptr %163, align 8
  %164 = getelementptr inbounds i8, ptr %13, i64 64
  %165 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %164, ptr %165, align 8
  %166 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %2, ptr %166, align 8
  %167 = getelementptr inbounds i8, ptr %13, i64 256
  %168 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr %167, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %31, i64 4
  store ptr %3, ptr %169, align 8
  %170 = getelementptr inbounds i8, ptr %13, i64 512
  %171 = getelementptr inbounds ptr, ptr %31, i64 5
  store ptr %170, ptr %171, align 8
  %172 = getelementptr inbounds i8, ptr %13, i64 320
  %173 = getelementptr inbounds ptr, ptr %31, i64 6
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %13, i64 448
  %175 = getelementptr inbounds ptr, ptr %31, i64 7
  store ptr %174, ptr %175, align 8
  %176 = getelementptr inbounds i8, ptr %13, i64 576
  %177 = getelementptr inbounds ptr, ptr %31, i64 8
  store ptr %176, ptr %177, align 8
  %178 = call i32 @lv.k0.body0.k16(ptr %31, i64 0, i64 1)
  %179 = icmp ne i32 %178, 0
  br i1 %179, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %180 = getelementptr inbounds ptr, ptr %32, i64 0
  store ptr %1, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %13, i64 128
  %182 = getelementptr inbounds ptr, ptr %32, i64 1
  store ptr %181, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %32, i64 2
  store ptr %4, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %13, i64 512
  %185 = getelementptr inbounds ptr, ptr %32, i64 3
  store ptr %184, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %32, i64 4
  store ptr %5, ptr %186, align 8
  %187 = getelementptr inbounds i8, ptr %13, i64 384
  %188 = getelementptr inbounds ptr, ptr %32, i64 5
  store ptr %187, ptr %188, align 8
  %189 = getelementptr inbounds i8, ptr %13, i64 0
  %190 = getelementptr inbounds ptr, ptr %32, i64 6
  store ptr %189, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %13, i64 192
  %192 = getelementptr inbounds ptr, ptr %32, i64 7
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %32, i64 8
  store ptr %7, ptr %193, align 8
  %194 = call i32 @lv.k0.body0.k16(ptr %32, i64 0, i64 1)
  %195 = icmp ne i32 %194, 0
  br i1 %195, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %196 = getelementptr inbounds i8, ptr %13, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %196, i64 8, i1 false)
  %197 = getelementptr inbounds i8, ptr %13, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %197, i64 8, i1 false)
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
  %status = phi i32 [ %10, %entry ], [ %15, %loop.alloc.failed ], [ %33, %loop.body.failed ], [ %46, %exit ], [ %55, %ok1 ]
  %12 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %7, align 8
  %14 = alloca ptr, align 8
  %15 = call i32 @ftc_rt_alloc(ptr %14, i64 1152)
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %17 = load ptr, ptr %14, align 8
  %18 = getelementptr inbounds i8, ptr %17, i64 0
  %19 = getelementptr inbounds i8, ptr %17, i64 256
  %20 = getelementptr inbounds i8, ptr %17, i64 128
  %21 = getelementptr inbounds i8, ptr %17, i64 384
  %22 = getelementptr inbounds i8, ptr %17, i64 512
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %20, ptr %1, i64 8, i1 false)
  %23 = getelementptr inbounds i8, ptr %13, i64 384
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %35, %latch ]
  %24 = icmp slt i64 %i, 50
  br i1 %24, label %body, label %exit

body:                                             ; preds = %loop
  %25 = and i64 %i, 1
  %26 = icmp eq i64 %25, 0
  %27 = select i1 %26, ptr %18, ptr %19
  %28 = select i1 %26, ptr %20, ptr %21
  %29 = select i1 %26, ptr %19, ptr %18
  %30 = select i1 %26, ptr %21, ptr %20
  %31 = mul i64 %i, 8
  %32 = getelementptr inbounds i8, ptr %23, i64 %31
  %33 = call i32 @lv_ckpt.k0.body0(ptr %27, ptr %28, ptr %2, ptr %3, ptr %4, ptr %5, ptr %29, ptr %30, ptr %2, ptr %3, ptr %4, ptr %5, ptr %32, ptr %22)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %35 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %36 = getelementptr inbounds i8, ptr %13, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %36, ptr %18, i64 8, i1 false)
  %37 = getelementptr inbounds i8, ptr %13, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %37, ptr %20, i64 8, i1 false)
  %38 = getelementptr inbounds i8, ptr %13, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %38, ptr %2, i64 8, i1 false)
  %39 = getelementptr inbounds i8, ptr %13, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %39, ptr %3, i64 8, i1 false)
  %40 = getelementptr inbounds i8, ptr %13, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %40, ptr %4, i64 8, i1 false)
  %41 = getelementptr inbounds i8, ptr %13, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %41, ptr %5, i64 8, i1 false)
  call void @ftc_rt_free(ptr %17)
  %42 = getelementptr inbounds i8, ptr %13, i64 384
  %43 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %13, i64 832
  %45 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %44, ptr %45, align 8
  %46 = call i32 @lv.k1(ptr %8, i64 0, i64 1)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok1

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %17)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok1:                                              ; preds = %exit
  %48 = getelementptr inbounds i8, ptr %13, i64 832
  %49 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds i8, ptr %13, i64 0
  %51 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %50, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %13, i64 64
  %53 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %6, ptr %54, align 8
  %55 = call i32 @lv.k2(ptr %9, i64 0, i64 1)
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %57 = load ptr, ptr %7, align 8
  call void @ftc_rt_free(ptr %57)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv.k4.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr noalias %18, ptr noalias %19, ptr noalias %20, ptr noalias %21, ptr noalias %22, ptr noalias %23, ptr noalias %24, ptr %25) #1 {
entry:
  %26 = alloca ptr, align 8
  store ptr null, ptr %26, align 8
  %27 = alloca [3 x ptr], align 8
  %28 = alloca [5 x ptr], align 8
  %29 = alloca [5 x ptr], align 8
  %30 = alloca [3 x ptr], align 8
  %31 = alloca [3 x ptr], align 8
  %32 = alloca [3 x ptr], align 8
  %33 = alloca [5 x ptr], align 8
  %34 = alloca [5 x ptr], align 8
  %35 = alloca [3 x ptr], align 8
  %36 = alloca [3 x ptr], align 8
  %37 = alloca [3 x ptr], align 8
  %38 = alloca [5 x ptr], align 8
  %39 = alloca [5 x ptr], align 8
  %40 = alloca [3 x ptr], align 8
  %41 = alloca [3 x ptr], align 8
  %42 = alloca [3 x ptr], align 8
  %43 = alloca [9 x ptr], align 8
  %44 = alloca [9 x ptr], align 8
  %45 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %0, ptr %45, align 8
  %46 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %1, ptr %46, align 8
  %47 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %15, ptr %47, align 8
  %48 = call i32 @lv.k0.body0.k0(ptr %27, i64 0, i64 1)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok

fail:                                             ; preds = %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %48, %entry ], [ %56, %ok ], [ %64, %ok1 ], [ %70, %ok2 ], [ %76, %ok3 ], [ %81, %ok4 ], [ %89, %ok5 ], [ %97, %ok6 ], [ %103, %ok7 ], [ %109, %ok8 ], [ %114, %ok9 ], [ %122, %ok10 ], [ %130, %ok11 ], [ %136, %ok12 ], [ %142, %ok13 ], [ %147, %ok14 ], [ %162, %ok15 ], [ %176, %ok16 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %50 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %2, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %0, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %3, ptr %52, align 8
  %53 = getelementptr inbounds ptr, ptr %28, i64 3
  store ptr %15, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %25, i64 0
  %55 = getelementptr inbounds ptr, ptr %28, i64 4
  store ptr %54, ptr %55, align 8
  %56 = call i32 @lv.k0.body0.k1(ptr %28, i64 0, i64 1)
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %58 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %4, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %15, ptr %59, align 8
  %60 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %5, ptr %60, align 8
  %61 = getelementptr inbounds ptr, ptr %29, i64 3
  store ptr %1, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %25, i64 64
  %63 = getelementptr inbounds ptr, ptr %29, i64 4
  store ptr %62, ptr %63, align 8
  %64 = call i32 @lv.k0.body0.k1(ptr %29, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %66 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %0, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %25, i64 0
  %68 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %17, ptr %69, align 8
  %70 = call i32 @lv.k0.body0.k3(ptr %30, i64 0, i64 1)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %72 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %1, ptr %72, align 8
  %73 = getelementptr inbounds i8, ptr %25, i64 64
  %74 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %73, ptr %74, align 8
  %75 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %16, ptr %75, align 8
  %76 = call i32 @lv.k0.body0.k3(ptr %31, i64 0, i64 1)
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %78 = getelementptr inbounds ptr, ptr %32, i64 0
  store ptr %17, ptr %78, align 8
  %79 = getelementptr inbounds ptr, ptr %32, i64 1
  store ptr %16, ptr %79, align 8
  %80 = getelementptr inbounds ptr, ptr %32, i64 2
  store ptr %18, ptr %80, align 8
  %81 = call i32 @lv.k0.body0.k0(ptr %32, i64 0, i64 1)
  %82 = icmp ne i32 %81, 0
  br i1 %82, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %83 = getelementptr inbounds ptr, ptr %33, i64 0
  store ptr %2, ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %33, i64 1
  store ptr %17, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %33, i64 2
  store ptr %3, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %33, i64 3
  store ptr %18, ptr %86, align 8
  %87 = getelementptr inbounds i8, ptr %25, i64 128
  %88 = getelementptr inbounds ptr, ptr %33, i64 4
  store ptr %87, ptr %88, align 8
  %89 = call i32 @lv.k0.body0.k1(ptr %33, i64 0, i64 1)
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %91 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %4, ptr %91, align 8
  %92 = getelementptr inbounds ptr, ptr %34, i64 1
  store ptr %18, ptr %92, align 8
  %93 = getelementptr inbounds ptr, ptr %34, i64 2
  store ptr %5, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %34, i64 3
  store ptr %16, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %25, i64 192
  %96 = getelementptr inbounds ptr, ptr %34, i64 4
  store ptr %95, ptr %96, align 8
  %97 = call i32 @lv.k0.body0.k1(ptr %34, i64 0, i64 1)
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %99 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %0, ptr %99, align 8
  %100 = getelementptr inbounds i8, ptr %25, i64 128
  %101 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %100, ptr %101, align 8
  %102 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %20, ptr %102, align 8
  %103 = call i32 @lv.k0.body0.k3(ptr %35, i64 0, i64 1)
  %104 = icmp ne i32 %103, 0
  br i1 %104, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %105 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %1, ptr %105, align 8
  %106 = getelementptr inbounds i8, ptr %25, i64 192
  %107 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %19, ptr %108, align 8
  %109 = call i32 @lv.k0.body0.k3(ptr %36, i64 0, i64 1)
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %111 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %20, ptr %111, align 8
  %112 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %19, ptr %112, align 8
  %113 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %21, ptr %113, align 8
  %114 = call i32 @lv.k0.body0.k0(ptr %37, i64 0, i64 1)
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %116 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %2, ptr %116, align 8
  %117 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %20, ptr %117, align 8
  %118 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %3, ptr %118, align 8
  %119 = getelementptr inbounds ptr, ptr %38, i64 3
  store ptr %21, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %25, i64 256
  %121 = getelementptr inbounds ptr, ptr %38, i64 4
  store ptr %120, ptr %121, align 8
  %122 = call i32 @lv.k0.body0.k1(ptr %38, i64 0, i64 1)
  %123 = icmp ne i32 %122, 0
  br i1 %123, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %124 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %4, ptr %124, align 8
  %125 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %21, ptr %125, align 8
  %126 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %5, ptr %126, align 8
  %127 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %19, ptr %127, align 8
  %128 = getelementptr inbounds i8, ptr %25, i64 320
  %129 = getelementptr inbounds ptr, ptr %39, i64 4
  store ptr %128, ptr %129, align 8
  %130 = call i32 @lv.k0.body0.k1(ptr %39, i64 0, i64 1)
  %131 = icmp ne i32 %130, 0
  br i1 %131, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %132 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %0, ptr %132, align 8
  %133 = getelementptr inbounds i8, ptr %25, i64 256
  %134 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %133, ptr %134, align 8
  %135 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %23, ptr %135, align 8
  %136 = call i32 @lv.k0.body0.k13(ptr %40, i64 0, i64 1)
  %137 = icmp ne i32 %136, 0
  br i1 %137, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %138 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %1, ptr %138, align 8
  %139 = getelementptr inbounds i8, ptr %25, i64 320
  %140 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %139, ptr %140, align 8
  %141 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %22, ptr %141, align 8
  %142 = call i32 @lv.k0.body0.k13(ptr %41, i64 0, i64 1)
  %143 = icmp ne i32 %142, 0
  br i1 %143, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %144 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %23, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %22, ptr %145, align 8
  %146 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %24, ptr %146, align 8
  %147 = call i32 @lv.k0.body0.k0(ptr %42, i64 0, i64 1)
  %148 = icmp ne i32 %147, 0
  br i1 %148, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %149 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %0, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %25, i64 0
  %151 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %150, ptr %151, align 8
  %152 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %2, ptr %152, align 8
  %153 = getelementptr inbounds ptr, ptr %43, i64 3
  store ptr %23, ptr %153, align 8
  %154 = getelementptr inbounds ptr, ptr %43, i64 4
  store ptr %3, ptr %154, align 8
  %155 = getelementptr inbounds ptr, ptr %43, i64 5
  store ptr %24, ptr %155, align 8
  %156 = getelementptr inbounds i8, ptr %25, i64 128
  %157 = getelementptr inbounds ptr, ptr %43, i64 6
  store ptr %156, ptr %157, align 8
  %158 = getelementptr inbounds i8, ptr %25, i64 256
  %159 = getelementptr inbounds ptr, ptr %43, i64 7
  store ptr %158, ptr %159, align 8
  %160 = getelementptr inbounds i8, ptr %25, i64 384
  %161 = getelementptr inbounds ptr, ptr %43, i64 8
  store ptr %160, ptr %161, align 8
  %162 = call i32 @lv.k0.body0.k16(ptr %43, i64 0, i64 1)
  %163 = icmp ne i32 %162, 0
  br i1 %163, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %164 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %1, ptr %164, align 8
  %165 = getelementptr inbounds i8, ptr %25, i64 64
  %166 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %165, ptr %166, align 8
  %167 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %4, ptr %167, align 8
  %168 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %24, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %44, i64 4
  store ptr %5, ptr %169, align 8
  %170 = getelementptr inbounds ptr, ptr %44, i64 5
  store ptr %22, ptr %170, align 8
  %171 = getelementptr inbounds i8, ptr %25, i64 192
  %172 = getelementptr inbounds ptr, ptr %44, i64 6
  store ptr %171, ptr %172, align 8
  %173 = getelementptr inbounds i8, ptr %25, i64 320
  %174 = getelementptr inbounds ptr, ptr %44, i64 7
  store ptr %173, ptr %174, align 8
  %175 = getelementptr inbounds ptr, ptr %44, i64 8
  store ptr %7, ptr %175, align 8
  %176 = call i32 @lv.k0.body0.k16(ptr %44, i64 0, i64 1)
  %177 = icmp ne i32 %176, 0
  br i1 %177, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %178 = getelementptr inbounds i8, ptr %25, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %178, i64 8, i1 false)
  %179 = getelementptr inbounds i8, ptr %25, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %179, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %0, i64 8, i1 false)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !14

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !15

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !16

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k10(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !17

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k27(ptr %0, i64 %1, i64 %2) #0 {
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
define internal i32 @grad_lv.k7.body0.k33(ptr %0, i64 %1, i64 %2) #0 {
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
define internal i32 @grad_lv.k7.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12, ptr %13, ptr %14, ptr %15, ptr %16, ptr %17, ptr %18, ptr %19, ptr %20, ptr %21, ptr %22, ptr %23, ptr %24, ptr %25, ptr %26, ptr %27, ptr %28, ptr %29, ptr %30, ptr %31, ptr %32, ptr %33, ptr %34, ptr noalias %35, ptr noalias %36, ptr noalias %37, ptr noalias %38, ptr noalias %39, ptr noalias %40, ptr %41) #1 {
entry:
  %42 = alloca ptr, align 8
  store ptr null, ptr %42, align 8
  %43 = alloca [3 x ptr], align 8
  %44 = alloca [3 x ptr], align 8
  %45 = alloca [3 x ptr], align 8
  %46 = alloca [3 x ptr], align 8
  %47 = alloca [3 x ptr], align 8
  %48 = alloca [2 x ptr], align 8
  %49 = alloca [2 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [5 x ptr], align 8
  %52 = alloca [5 x ptr], align 8
  %53 = alloca [4 x ptr], align 8
  %54 = alloca [4 x ptr], align 8
  %55 = alloca [2 x ptr], align 8
  %56 = alloca [2 x ptr], align 8
  %57 = alloca [5 x ptr], align 8
  %58 = alloca [5 x ptr], align 8
  %59 = alloca [5 x ptr], align 8
  %60 = alloca [4 x ptr], align 8
  %61 = alloca [4 x ptr], align 8
  %62 = alloca [2 x ptr], align 8
  %63 = alloca [2 x ptr], align 8
  %64 = alloca [5 x ptr], align 8
  %65 = alloca [5 x ptr], align 8
  %66 = alloca [5 x ptr], align 8
  %67 = alloca [4 x ptr], align 8
  %68 = alloca [4 x ptr], align 8
  %69 = alloca [2 x ptr], align 8
  %70 = alloca [10 x ptr], align 8
  %71 = alloca [10 x ptr], align 8
  %72 = alloca [2 x ptr], align 8
  %73 = alloca [5 x ptr], align 8
  %74 = alloca [10 x ptr], align 8
  %75 = alloca [10 x ptr], align 8
  %76 = alloca [9 x ptr], align 8
  %77 = alloca [9 x ptr], align 8
  %78 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %8, ptr %78, align 8
  %79 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %26, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %41, i64 0
  %81 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %80, ptr %81, align 8
  %82 = call i32 @grad_lv.k7.body0.k0(ptr %43, i64 0, i64 1)
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %fail, label %ok

fail:                                             ; preds = %ok33, %ok32, %ok31, %ok30, %ok29, %ok28, %ok27, %ok26, %ok25, %ok24, %ok23, %ok22, %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %82, %entry ], [ %88, %ok ], [ %95, %ok1 ], [ %102, %ok2 ], [ %109, %ok3 ], [ %115, %ok4 ], [ %121, %ok5 ], [ %131, %ok6 ], [ %141, %ok7 ], [ %151, %ok8 ], [ %160, %ok9 ], [ %169, %ok10 ], [ %175, %ok11 ], [ %181, %ok12 ], [ %191, %ok13 ], [ %201, %ok14 ], [ %211, %ok15 ], [ %220, %ok16 ], [ %229, %ok17 ], [ %235, %ok18 ], [ %241, %ok19 ], [ %251, %ok20 ], [ %261, %ok21 ], [ %271, %ok22 ], [ %280, %ok23 ], [ %289, %ok24 ], [ %295, %ok25 ], [ %311, %ok26 ], [ %327, %ok27 ], [ %333, %ok28 ], [ %343, %ok29 ], [ %359, %ok30 ], [ %375, %ok31 ], [ %391, %ok32 ], [ %408, %ok33 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %84 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %9, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %7, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %41, i64 64
  %87 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %86, ptr %87, align 8
  %88 = call i32 @lv.k0.body0.k0(ptr %44, i64 0, i64 1)
  %89 = icmp ne i32 %88, 0
  br i1 %89, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %90 = getelementptr inbounds i8, ptr %41, i64 64
  %91 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %6, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %41, i64 128
  %94 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %93, ptr %94, align 8
  %95 = call i32 @lv.k0.body0.k0(ptr %45, i64 0, i64 1)
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %97 = getelementptr inbounds i8, ptr %41, i64 0
  %98 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %97, ptr %98, align 8
  %99 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %7, ptr %99, align 8
  %100 = getelementptr inbounds i8, ptr %41, i64 192
  %101 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %100, ptr %101, align 8
  %102 = call i32 @lv.k0.body0.k0(ptr %46, i64 0, i64 1)
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %104 = getelementptr inbounds i8, ptr %41, i64 192
  %105 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %104, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %6, ptr %106, align 8
  %107 = getelementptr inbounds i8, ptr %41, i64 256
  %108 = getelementptr inbounds ptr, ptr %47, i64 2
  store ptr %107, ptr %108, align 8
  %109 = call i32 @lv.k0.body0.k0(ptr %47, i64 0, i64 1)
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %111 = getelementptr inbounds i8, ptr %41, i64 64
  %112 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %111, ptr %112, align 8
  %113 = getelementptr inbounds i8, ptr %41, i64 320
  %114 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %113, ptr %114, align 8
  %115 = call i32 @grad_lv.k7.body0.k5(ptr %48, i64 0, i64 1)
  %116 = icmp ne i32 %115, 0
  br i1 %116, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %117 = getelementptr inbounds i8, ptr %41, i64 192
  %118 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %117, ptr %118, align 8
  %119 = getelementptr inbounds i8, ptr %41, i64 384
  %120 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %119, ptr %120, align 8
  %121 = call i32 @grad_lv.k7.body0.k5(ptr %49, i64 0, i64 1)
  %122 = icmp ne i32 %121, 0
  br i1 %122, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %123 = getelementptr inbounds i8, ptr %41, i64 64
  %124 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %123, ptr %124, align 8
  %125 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %2, ptr %125, align 8
  %126 = getelementptr inbounds i8, ptr %41, i64 384
  %127 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %126, ptr %127, align 8
  %128 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %1, ptr %128, align 8
  %129 = getelementptr inbounds i8, ptr %41, i64 448
  %130 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %129, ptr %130, align 8
  %131 = call i32 @grad_lv.k7.body0.k7(ptr %50, i64 0, i64 1)
  %132 = icmp ne i32 %131, 0
  br i1 %132, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %133 = getelementptr inbounds i8, ptr %41, i64 320
  %134 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %133, ptr %134, align 8
  %135 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %3, ptr %135, align 8
  %136 = getelementptr inbounds i8, ptr %41, i64 448
  %137 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %136, ptr %137, align 8
  %138 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %24, ptr %138, align 8
  %139 = getelementptr inbounds i8, ptr %41, i64 512
  %140 = getelementptr inbounds ptr, ptr %51, i64 4
  store ptr %139, ptr %140, align 8
  %141 = call i32 @grad_lv.k7.body0.k7(ptr %51, i64 0, i64 1)
  %142 = icmp ne i32 %141, 0
  br i1 %142, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %143 = getelementptr inbounds i8, ptr %41, i64 192
  %144 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %143, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %0, ptr %145, align 8
  %146 = getelementptr inbounds i8, ptr %41, i64 448
  %147 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %146, ptr %147, align 8
  %148 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %23, ptr %148, align 8
  %149 = getelementptr inbounds i8, ptr %41, i64 576
  %150 = getelementptr inbounds ptr, ptr %52, i64 4
  store ptr %149, ptr %150, align 8
  %151 = call i32 @grad_lv.k7.body0.k7(ptr %52, i64 0, i64 1)
  %152 = icmp ne i32 %151, 0
  br i1 %152, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %153 = getelementptr inbounds i8, ptr %41, i64 128
  %154 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %153, ptr %154, align 8
  %155 = getelementptr inbounds i8, ptr %41, i64 512
  %156 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %155, ptr %156, align 8
  %157 = getelementptr inbounds ptr, ptr %53, i64 2
  store ptr %5, ptr %157, align 8
  %158 = getelementptr inbounds i8, ptr %41, i64 448
  %159 = getelementptr inbounds ptr, ptr %53, i64 3
  store ptr %158, ptr %159, align 8
  %160 = call i32 @grad_lv.k7.body0.k10(ptr %53, i64 0, i64 1)
  %161 = icmp ne i32 %160, 0
  br i1 %161, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %162 = getelementptr inbounds i8, ptr %41, i64 256
  %163 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %162, ptr %163, align 8
  %164 = getelementptr inbounds i8, ptr %41, i64 576
  %165 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %164, ptr %165, align 8
  %166 = getelementptr inbounds ptr, ptr %54, i64 2
  store ptr %5, ptr %166, align 8
  %167 = getelementptr inbounds i8, ptr %41, i64 640
  %168 = getelementptr inbounds ptr, ptr %54, i64 3
  store ptr %167, ptr %168, align 8
  %169 = call i32 @grad_lv.k7.body0.k10(ptr %54, i64 0, i64 1)
  %170 = icmp ne i32 %169, 0
  br i1 %170, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %171 = getelementptr inbounds i8, ptr %41, i64 448
  %172 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %171, ptr %172, align 8
  %173 = getelementptr inbounds i8, ptr %41, i64 704
  %174 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %173, ptr %174, align 8
  %175 = call i32 @grad_lv.k7.body0.k5(ptr %55, i64 0, i64 1)
  %176 = icmp ne i32 %175, 0
  br i1 %176, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %177 = getelementptr inbounds i8, ptr %41, i64 640
  %178 = getelementptr inbounds ptr, ptr %56, i64 0
  store ptr %177, ptr %178, align 8
  %179 = getelementptr inbounds i8, ptr %41, i64 768
  %180 = getelementptr inbounds ptr, ptr %56, i64 1
  store ptr %179, ptr %180, align 8
  %181 = call i32 @grad_lv.k7.body0.k5(ptr %56, i64 0, i64 1)
  %182 = icmp ne i32 %181, 0
  br i1 %182, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %183 = getelementptr inbounds i8, ptr %41, i64 448
  %184 = getelementptr inbounds ptr, ptr %57, i64 0
  store ptr %183, ptr %184, align 8
  %185 = getelementptr inbounds ptr, ptr %57, i64 1
  store ptr %2, ptr %185, align 8
  %186 = getelementptr inbounds i8, ptr %41, i64 768
  %187 = getelementptr inbounds ptr, ptr %57, i64 2
  store ptr %186, ptr %187, align 8
  %188 = getelementptr inbounds ptr, ptr %57, i64 3
  store ptr %1, ptr %188, align 8
  %189 = getelementptr inbounds i8, ptr %41, i64 832
  %190 = getelementptr inbounds ptr, ptr %57, i64 4
  store ptr %189, ptr %190, align 8
  %191 = call i32 @grad_lv.k7.body0.k7(ptr %57, i64 0, i64 1)
  %192 = icmp ne i32 %191, 0
  br i1 %192, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %193 = getelementptr inbounds i8, ptr %41, i64 704
  %194 = getelementptr inbounds ptr, ptr %58, i64 0
  store ptr %193, ptr %194, align 8
  %195 = getelementptr inbounds ptr, ptr %58, i64 1
  store ptr %3, ptr %195, align 8
  %196 = getelementptr inbounds i8, ptr %41, i64 832
  %197 = getelementptr inbounds ptr, ptr %58, i64 2
  store ptr %196, ptr %197, align 8
  %198 = getelementptr inbounds ptr, ptr %58, i64 3
  store ptr %21, ptr %198, align 8
  %199 = getelementptr inbounds i8, ptr %41, i64 896
  %200 = getelementptr inbounds ptr, ptr %58, i64 4
  store ptr %199, ptr %200, align 8
  %201 = call i32 @grad_lv.k7.body0.k7(ptr %58, i64 0, i64 1)
  %202 = icmp ne i32 %201, 0
  br i1 %202, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %203 = getelementptr inbounds i8, ptr %41, i64 640
  %204 = getelementptr inbounds ptr, ptr %59, i64 0
  store ptr %203, ptr %204, align 8
  %205 = getelementptr inbounds ptr, ptr %59, i64 1
  store ptr %0, ptr %205, align 8
  %206 = getelementptr inbounds i8, ptr %41, i64 832
  %207 = getelementptr inbounds ptr, ptr %59, i64 2
  store ptr %206, ptr %207, align 8
  %208 = getelementptr inbounds ptr, ptr %59, i64 3
  store ptr %20, ptr %208, align 8
  %209 = getelementptr inbounds i8, ptr %41, i64 960
  %210 = getelementptr inbounds ptr, ptr %59, i64 4
  store ptr %209, ptr %210, align 8
  %211 = call i32 @grad_lv.k7.body0.k7(ptr %59, i64 0, i64 1)
  %212 = icmp ne i32 %211, 0
  br i1 %212, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %213 = getelementptr inbounds i8, ptr %41, i64 128
  %214 = getelementptr inbounds ptr, ptr %60, i64 0
  store ptr %213, ptr %214, align 8
  %215 = getelementptr inbounds i8, ptr %41, i64 896
  %216 = getelementptr inbounds ptr, ptr %60, i64 1
  store ptr %215, ptr %216, align 8
  %217 = getelementptr inbounds ptr, ptr %60, i64 2
  store ptr %4, ptr %217, align 8
  %218 = getelementptr inbounds i8, ptr %41, i64 832
  %219 = getelementptr inbounds ptr, ptr %60, i64 3
  store ptr %218, ptr %219, align 8
  %220 = call i32 @grad_lv.k7.body0.k10(ptr %60, i64 0, i64 1)
  %221 = icmp ne i32 %220, 0
  br i1 %221, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %222 = getelementptr inbounds i8, ptr %41, i64 256
  %223 = getelementptr inbounds ptr, ptr %61, i64 0
  store ptr %222, ptr %223, align 8
  %224 = getelementptr inbounds i8, ptr %41, i64 960
  %225 = getelementptr inbounds ptr, ptr %61, i64 1
  store ptr %224, ptr %225, align 8
  %226 = getelementptr inbounds ptr, ptr %61, i64 2
  store ptr %4, ptr %226, align 8
  %227 = getelementptr inbounds i8, ptr %41, i64 128
  %228 = getelementptr inbounds ptr, ptr %61, i64 3
  store ptr %227, ptr %228, align 8
  %229 = call i32 @grad_lv.k7.body0.k10(ptr %61, i64 0, i64 1)
  %230 = icmp ne i32 %229, 0
  br i1 %230, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %231 = getelementptr inbounds i8, ptr %41, i64 832
  %232 = getelementptr inbounds ptr, ptr %62, i64 0
  store ptr %231, ptr %232, align 8
  %233 = getelementptr inbounds i8, ptr %41, i64 256
  %234 = getelementptr inbounds ptr, ptr %62, i64 1
  store ptr %233, ptr %234, align 8
  %235 = call i32 @grad_lv.k7.body0.k5(ptr %62, i64 0, i64 1)
  %236 = icmp ne i32 %235, 0
  br i1 %236, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %237 = getelementptr inbounds i8, ptr %41, i64 128
  %238 = getelementptr inbounds ptr, ptr %63, i64 0
  store ptr %237, ptr %238, align 8
  %239 = getelementptr inbounds i8, ptr %41, i64 1024
  %240 = getelementptr inbounds ptr, ptr %63, i64 1
  store ptr %239, ptr %240, align 8
  %241 = call i32 @grad_lv.k7.body0.k5(ptr %63, i64 0, i64 1)
  %242 = icmp ne i32 %241, 0
  br i1 %242, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %243 = getelementptr inbounds i8, ptr %41, i64 832
  %244 = getelementptr inbounds ptr, ptr %64, i64 0
  store ptr %243, ptr %244, align 8
  %245 = getelementptr inbounds ptr, ptr %64, i64 1
  store ptr %2, ptr %245, align 8
  %246 = getelementptr inbounds i8, ptr %41, i64 1024
  %247 = getelementptr inbounds ptr, ptr %64, i64 2
  store ptr %246, ptr %247, align 8
  %248 = getelementptr inbounds ptr, ptr %64, i64 3
  store ptr %1, ptr %248, align 8
  %249 = getelementptr inbounds i8, ptr %41, i64 1088
  %250 = getelementptr inbounds ptr, ptr %64, i64 4
  store ptr %249, ptr %250, align 8
  %251 = call i32 @grad_lv.k7.body0.k7(ptr %64, i64 0, i64 1)
  %252 = icmp ne i32 %251, 0
  br i1 %252, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %253 = getelementptr inbounds i8, ptr %41, i64 256
  %254 = getelementptr inbounds ptr, ptr %65, i64 0
  store ptr %253, ptr %254, align 8
  %255 = getelementptr inbounds ptr, ptr %65, i64 1
  store ptr %3, ptr %255, align 8
  %256 = getelementptr inbounds i8, ptr %41, i64 1088
  %257 = getelementptr inbounds ptr, ptr %65, i64 2
  store ptr %256, ptr %257, align 8
  %258 = getelementptr inbounds ptr, ptr %65, i64 3
  store ptr %18, ptr %258, align 8
  %259 = getelementptr inbounds i8, ptr %41, i64 1152
  %260 = getelementptr inbounds ptr, ptr %65, i64 4
  store ptr %259, ptr %260, align 8
  %261 = call i32 @grad_lv.k7.body0.k7(ptr %65, i64 0, i64 1)
  %262 = icmp ne i32 %261, 0
  br i1 %262, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %263 = getelementptr inbounds i8, ptr %41, i64 128
  %264 = getelementptr inbounds ptr, ptr %66, i64 0
  store ptr %263, ptr %264, align 8
  %265 = getelementptr inbounds ptr, ptr %66, i64 1
  store ptr %0, ptr %265, align 8
  %266 = getelementptr inbounds i8, ptr %41, i64 1088
  %267 = getelementptr inbounds ptr, ptr %66, i64 2
  store ptr %266, ptr %267, align 8
  %268 = getelementptr inbounds ptr, ptr %66, i64 3
  store ptr %17, ptr %268, align 8
  %269 = getelementptr inbounds i8, ptr %41, i64 1216
  %270 = getelementptr inbounds ptr, ptr %66, i64 4
  store ptr %269, ptr %270, align 8
  %271 = call i32 @grad_lv.k7.body0.k7(ptr %66, i64 0, i64 1)
  %272 = icmp ne i32 %271, 0
  br i1 %272, label %fail, label %ok23

ok23:                                             ; preds = %ok22
  %273 = getelementptr inbounds i8, ptr %41, i64 64
  %274 = getelementptr inbounds ptr, ptr %67, i64 0
  store ptr %273, ptr %274, align 8
  %275 = getelementptr inbounds i8, ptr %41, i64 1152
  %276 = getelementptr inbounds ptr, ptr %67, i64 1
  store ptr %275, ptr %276, align 8
  %277 = getelementptr inbounds ptr, ptr %67, i64 2
  store ptr %4, ptr %277, align 8
  %278 = getelementptr inbounds i8, ptr %41, i64 1088
  %279 = getelementptr inbounds ptr, ptr %67, i64 3
  store ptr %278, ptr %279, align 8
  %280 = call i32 @grad_lv.k7.body0.k10(ptr %67, i64 0, i64 1)
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %fail, label %ok24

ok24:                                             ; preds = %ok23
  %282 = getelementptr inbounds i8, ptr %41, i64 192
  %283 = getelementptr inbounds ptr, ptr %68, i64 0
  store ptr %282, ptr %283, align 8
  %284 = getelementptr inbounds i8, ptr %41, i64 1216
  %285 = getelementptr inbounds ptr, ptr %68, i64 1
  store ptr %284, ptr %285, align 8
  %286 = getelementptr inbounds ptr, ptr %68, i64 2
  store ptr %4, ptr %286, align 8
  %287 = getelementptr inbounds i8, ptr %41, i64 1280
  %288 = getelementptr inbounds ptr, ptr %68, i64 3
  store ptr %287, ptr %288, align 8
  %289 = call i32 @grad_lv.k7.body0.k10(ptr %68, i64 0, i64 1)
  %290 = icmp ne i32 %289, 0
  br i1 %290, label %fail, label %ok25

ok25:                                             ; preds = %ok24
  %291 = getelementptr inbounds i8, ptr %41, i64 1088
  %292 = getelementptr inbounds ptr, ptr %69, i64 0
  store ptr %291, ptr %292, align 8
  %293 = getelementptr inbounds i8, ptr %41, i64 1344
  %294 = getelementptr inbounds ptr, ptr %69, i64 1
  store ptr %293, ptr %294, align 8
  %295 = call i32 @grad_lv.k7.body0.k5(ptr %69, i64 0, i64 1)
  %296 = icmp ne i32 %295, 0
  br i1 %296, label %fail, label %ok26

ok26:                                             ; preds = %ok25
  %297 = getelementptr inbounds ptr, ptr %70, i64 0
  store ptr %13, ptr %297, align 8
  %298 = getelementptr inbounds i8, ptr %41, i64 320
  %299 = getelementptr inbounds ptr, ptr %70, i64 1
  store ptr %298, ptr %299, align 8
  %300 = getelementptr inbounds ptr, ptr %70, i64 2
  store ptr %23, ptr %300, align 8
  %301 = getelementptr inbounds i8, ptr %41, i64 704
  %302 = getelementptr inbounds ptr, ptr %70, i64 3
  store ptr %301, ptr %302, align 8
  %303 = getelementptr inbounds ptr, ptr %70, i64 4
  store ptr %20, ptr %303, align 8
  %304 = getelementptr inbounds i8, ptr %41, i64 256
  %305 = getelementptr inbounds ptr, ptr %70, i64 5
  store ptr %304, ptr %305, align 8
  %306 = getelementptr inbounds ptr, ptr %70, i64 6
  store ptr %17, ptr %306, align 8
  %307 = getelementptr inbounds i8, ptr %41, i64 1344
  %308 = getelementptr inbounds ptr, ptr %70, i64 7
  store ptr %307, ptr %308, align 8
  %309 = getelementptr inbounds ptr, ptr %70, i64 8
  store ptr %14, ptr %309, align 8
  %310 = getelementptr inbounds ptr, ptr %70, i64 9
  store ptr %40, ptr %310, align 8
  %311 = call i32 @grad_lv.k7.body0.k27(ptr %70, i64 0, i64 1)
  %312 = icmp ne i32 %311, 0
  br i1 %312, label %fail, label %ok27

ok27:                                             ; preds = %ok26
  %313 = getelementptr inbounds ptr, ptr %71, i64 0
  store ptr %12, ptr %313, align 8
  %314 = getelementptr inbounds i8, ptr %41, i64 64
  %315 = getelementptr inbounds ptr, ptr %71, i64 1
  store ptr %314, ptr %315, align 8
  %316 = getelementptr inbounds ptr, ptr %71, i64 2
  store ptr %25, ptr %316, align 8
  %317 = getelementptr inbounds i8, ptr %41, i64 448
  %318 = getelementptr inbounds ptr, ptr %71, i64 3
  store ptr %317, ptr %318, align 8
  %319 = getelementptr inbounds ptr, ptr %71, i64 4
  store ptr %22, ptr %319, align 8
  %320 = getelementptr inbounds i8, ptr %41, i64 832
  %321 = getelementptr inbounds ptr, ptr %71, i64 5
  store ptr %320, ptr %321, align 8
  %322 = getelementptr inbounds ptr, ptr %71, i64 6
  store ptr %19, ptr %322, align 8
  %323 = getelementptr inbounds i8, ptr %41, i64 1088
  %324 = getelementptr inbounds ptr, ptr %71, i64 7
  store ptr %323, ptr %324, align 8
  %325 = getelementptr inbounds ptr, ptr %71, i64 8
  store ptr %16, ptr %325, align 8
  %326 = getelementptr inbounds ptr, ptr %71, i64 9
  store ptr %39, ptr %326, align 8
  %327 = call i32 @grad_lv.k7.body0.k27(ptr %71, i64 0, i64 1)
  %328 = icmp ne i32 %327, 0
  br i1 %328, label %fail, label %ok28

ok28:                                             ; preds = %ok27
  %329 = getelementptr inbounds i8, ptr %41, i64 1280
  %330 = getelementptr inbounds ptr, ptr %72, i64 0
  store ptr %329, ptr %330, align 8
  %331 = getelementptr inbounds i8, ptr %41, i64 64
  %332 = getelementptr inbounds ptr, ptr %72, i64 1
  store ptr %331, ptr %332, align 8
  %333 = call i32 @grad_lv.k7.body0.k5(ptr %72, i64 0, i64 1)
  %334 = icmp ne i32 %333, 0
  br i1 %334, label %fail, label %ok29

ok29:                                             ; preds = %ok28
  %335 = getelementptr inbounds i8, ptr %41, i64 1088
  %336 = getelementptr inbounds ptr, ptr %73, i64 0
  store ptr %335, ptr %336, align 8
  %337 = getelementptr inbounds ptr, ptr %73, i64 1
  store ptr %2, ptr %337, align 8
  %338 = getelementptr inbounds i8, ptr %41, i64 64
  %339 = getelementptr inbounds ptr, ptr %73, i64 2
  store ptr %338, ptr %339, align 8
  %340 = getelementptr inbounds ptr, ptr %73, i64 3
  store ptr %1, ptr %340, align 8
  %341 = getelementptr inbounds i8, ptr %41, i64 256
  %342 = getelementptr inbounds ptr, ptr %73, i64 4
  store ptr %341, ptr %342, align 8
  %343 = call i32 @grad_lv.k7.body0.k7(ptr %73, i64 0, i64 1)
  %344 = icmp ne i32 %343, 0
  br i1 %344, label %fail, label %ok30

ok30:                                             ; preds = %ok29
  %345 = getelementptr inbounds ptr, ptr %74, i64 0
  store ptr %11, ptr %345, align 8
  %346 = getelementptr inbounds i8, ptr %41, i64 384
  %347 = getelementptr inbounds ptr, ptr %74, i64 1
  store ptr %346, ptr %347, align 8
  %348 = getelementptr inbounds ptr, ptr %74, i64 2
  store ptr %25, ptr %348, align 8
  %349 = getelementptr inbounds i8, ptr %41, i64 768
  %350 = getelementptr inbounds ptr, ptr %74, i64 3
  store ptr %349, ptr %350, align 8
  %351 = getelementptr inbounds ptr, ptr %74, i64 4
  store ptr %22, ptr %351, align 8
  %352 = getelementptr inbounds i8, ptr %41, i64 1024
  %353 = getelementptr inbounds ptr, ptr %74, i64 5
  store ptr %352, ptr %353, align 8
  %354 = getelementptr inbounds ptr, ptr %74, i64 6
  store ptr %19, ptr %354, align 8
  %355 = getelementptr inbounds i8, ptr %41, i64 64
  %356 = getelementptr inbounds ptr, ptr %74, i64 7
  store ptr %355, ptr %356, align 8
  %357 = getelementptr inbounds ptr, ptr %74, i64 8
  store ptr %16, ptr %357, align 8
  %358 = getelementptr inbounds ptr, ptr %74, i64 9
  store ptr %38, ptr %358, align 8
  %359 = call i32 @grad_lv.k7.body0.k27(ptr %74, i64 0, i64 1)
  %360 = icmp ne i32 %359, 0
  br i1 %360, label %fail, label %ok31

ok31:                                             ; preds = %ok30
  %361 = getelementptr inbounds ptr, ptr %75, i64 0
  store ptr %10, ptr %361, align 8
  %362 = getelementptr inbounds i8, ptr %41, i64 192
  %363 = getelementptr inbounds ptr, ptr %75, i64 1
  store ptr %362, ptr %363, align 8
  %364 = getelementptr inbounds ptr, ptr %75, i64 2
  store ptr %24, ptr %364, align 8
  %365 = getelementptr inbounds i8, ptr %41, i64 640
  %366 = getelementptr inbounds ptr, ptr %75, i64 3
  store ptr %365, ptr %366, align 8
  %367 = getelementptr inbounds ptr, ptr %75, i64 4
  store ptr %21, ptr %367, align 8
  %368 = getelementptr inbounds i8, ptr %41, i64 128
  %369 = getelementptr inbounds ptr, ptr %75, i64 5
  store ptr %368, ptr %369, align 8
  %370 = getelementptr inbounds ptr, ptr %75, i64 6
  store ptr %18, ptr %370, align 8
  %371 = getelementptr inbounds i8, ptr %41, i64 1280
  %372 = getelementptr inbounds ptr, ptr %75, i64 7
  store ptr %371, ptr %372, align 8
  %373 = getelementptr inbounds ptr, ptr %75, i64 8
  store ptr %15, ptr %373, align 8
  %374 = getelementptr inbounds ptr, ptr %75, i64 9
  store ptr %37, ptr %374, align 8
  %375 = call i32 @grad_lv.k7.body0.k27(ptr %75, i64 0, i64 1)
  %376 = icmp ne i32 %375, 0
  br i1 %376, label %fail, label %ok32

ok32:                                             ; preds = %ok31
  %377 = getelementptr inbounds ptr, ptr %76, i64 0
  store ptr %9, ptr %377, align 8
  %378 = getelementptr inbounds i8, ptr %41, i64 512
  %379 = getelementptr inbounds ptr, ptr %76, i64 1
  store ptr %378, ptr %379, align 8
  %380 = getelementptr inbounds i8, ptr %41, i64 896
  %381 = getelementptr inbounds ptr, ptr %76, i64 2
  store ptr %380, ptr %381, align 8
  %382 = getelementptr inbounds i8, ptr %41, i64 1152
  %383 = getelementptr inbounds ptr, ptr %76, i64 3
  store ptr %382, ptr %383, align 8
  %384 = getelementptr inbounds i8, ptr %41, i64 1344
  %385 = getelementptr inbounds ptr, ptr %76, i64 4
  store ptr %384, ptr %385, align 8
  %386 = getelementptr inbounds ptr, ptr %76, i64 5
  store ptr %3, ptr %386, align 8
  %387 = getelementptr inbounds i8, ptr %41, i64 256
  %388 = getelementptr inbounds ptr, ptr %76, i64 6
  store ptr %387, ptr %388, align 8
  %389 = getelementptr inbounds ptr, ptr %76, i64 7
  store ptr %15, ptr %389, align 8
  %390 = getelementptr inbounds ptr, ptr %76, i64 8
  store ptr %36, ptr %390, align 8
  %391 = call i32 @grad_lv.k7.body0.k33(ptr %76, i64 0, i64 1)
  %392 = icmp ne i32 %391, 0
  br i1 %392, label %fail, label %ok33

ok33:                                             ; preds = %ok32
  %393 = getelementptr inbounds i8, ptr %41, i64 0
  %394 = getelementptr inbounds ptr, ptr %77, i64 0
  store ptr %393, ptr %394, align 8
  %395 = getelementptr inbounds i8, ptr %41, i64 576
  %396 = getelementptr inbounds ptr, ptr %77, i64 1
  store ptr %395, ptr %396, align 8
  %397 = getelementptr inbounds i8, ptr %41, i64 960
  %398 = getelementptr inbounds ptr, ptr %77, i64 2
  store ptr %397, ptr %398, align 8
  %399 = getelementptr inbounds i8, ptr %41, i64 1216
  %400 = getelementptr inbounds ptr, ptr %77, i64 3
  store ptr %399, ptr %400, align 8
  %401 = getelementptr inbounds i8, ptr %41, i64 1280
  %402 = getelementptr inbounds ptr, ptr %77, i64 4
  store ptr %401, ptr %402, align 8
  %403 = getelementptr inbounds ptr, ptr %77, i64 5
  store ptr %0, ptr %403, align 8
  %404 = getelementptr inbounds i8, ptr %41, i64 256
  %405 = getelementptr inbounds ptr, ptr %77, i64 6
  store ptr %404, ptr %405, align 8
  %406 = getelementptr inbounds ptr, ptr %77, i64 7
  store ptr %14, ptr %406, align 8
  %407 = getelementptr inbounds ptr, ptr %77, i64 8
  store ptr %35, ptr %407, align 8
  %408 = call i32 @grad_lv.k7.body0.k33(ptr %77, i64 0, i64 1)
  %409 = icmp ne i32 %408, 0
  br i1 %409, label %fail, label %ok34

ok34:                                             ; preds = %ok33
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !20

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !21

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
  store double 0x3F81111111111111, ptr %6, align 8
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !22

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !23

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv.k5(ptr %0, i64 %1, i64 %2) #1 {
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
  br label %loop, !llvm.loop !24

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !25

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
  %15 = alloca [1 x ptr], align 8
  %16 = alloca [1 x ptr], align 8
  %17 = alloca [1 x ptr], align 8
  %18 = alloca [1 x ptr], align 8
  %19 = call i32 @ftc_rt_alloc(ptr %12, i64 7488)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok

fail:                                             ; preds = %loop.body.failed14, %loop.alloc.failed7, %ok5, %exit, %loop.body.failed, %loop.alloc.failed, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %19, %entry ], [ %25, %ok ], [ %29, %ok1 ], [ %33, %ok2 ], [ %37, %ok3 ], [ %40, %loop.alloc.failed ], [ %94, %loop.body.failed ], [ %105, %exit ], [ %109, %ok5 ], [ %112, %loop.alloc.failed7 ], [ %193, %loop.body.failed14 ]
  %21 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %21)
  ret i32 %status

ok:                                               ; preds = %entry
  %22 = load ptr, ptr %12, align 8
  %23 = getelementptr inbounds i8, ptr %22, i64 0
  %24 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %23, ptr %24, align 8
  %25 = call i32 @grad_lv.k0(ptr %13, i64 0, i64 1)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %27 = getelementptr inbounds i8, ptr %22, i64 64
  %28 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %27, ptr %28, align 8
  %29 = call i32 @grad_lv.k1(ptr %14, i64 0, i64 1)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %31 = getelementptr inbounds i8, ptr %22, i64 128
  %32 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %31, ptr %32, align 8
  %33 = call i32 @grad_lv.k2(ptr %15, i64 0, i64 1)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %35 = getelementptr inbounds i8, ptr %22, i64 192
  %36 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %35, ptr %36, align 8
  %37 = call i32 @grad_lv.k3(ptr %16, i64 0, i64 1)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %39 = alloca ptr, align 8
  %40 = call i32 @ftc_rt_alloc(ptr %39, i64 960)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok4
  br label %fail

loop.alloc.ok:                                    ; preds = %ok4
  %42 = load ptr, ptr %39, align 8
  %43 = getelementptr inbounds i8, ptr %42, i64 0
  %44 = getelementptr inbounds i8, ptr %42, i64 256
  %45 = getelementptr inbounds i8, ptr %42, i64 128
  %46 = getelementptr inbounds i8, ptr %42, i64 384
  %47 = getelementptr inbounds i8, ptr %42, i64 512
  call void @llvm.memcpy.p0.p0.i64(ptr %43, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %45, ptr %1, i64 8, i1 false)
  %48 = getelementptr inbounds i8, ptr %22, i64 640
  %49 = getelementptr inbounds i8, ptr %22, i64 1088
  %50 = getelementptr inbounds i8, ptr %22, i64 1536
  %51 = getelementptr inbounds i8, ptr %22, i64 1984
  %52 = getelementptr inbounds i8, ptr %22, i64 2432
  %53 = getelementptr inbounds i8, ptr %22, i64 2880
  %54 = getelementptr inbounds i8, ptr %22, i64 3328
  %55 = getelementptr inbounds i8, ptr %22, i64 3776
  %56 = getelementptr inbounds i8, ptr %22, i64 4224
  %57 = getelementptr inbounds i8, ptr %22, i64 4672
  %58 = getelementptr inbounds i8, ptr %22, i64 5120
  %59 = getelementptr inbounds i8, ptr %22, i64 5568
  %60 = getelementptr inbounds i8, ptr %22, i64 6016
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %96, %latch ]
  %61 = icmp slt i64 %i, 50
  br i1 %61, label %body, label %exit

body:                                             ; preds = %loop
  %62 = and i64 %i, 1
  %63 = icmp eq i64 %62, 0
  %64 = select i1 %63, ptr %43, ptr %44
  %65 = select i1 %63, ptr %45, ptr %46
  %66 = select i1 %63, ptr %44, ptr %43
  %67 = select i1 %63, ptr %46, ptr %45
  %68 = mul i64 %i, 8
  %69 = getelementptr inbounds i8, ptr %48, i64 %68
  %70 = mul i64 %i, 8
  %71 = getelementptr inbounds i8, ptr %49, i64 %70
  %72 = mul i64 %i, 8
  %73 = getelementptr inbounds i8, ptr %50, i64 %72
  %74 = mul i64 %i, 8
  %75 = getelementptr inbounds i8, ptr %51, i64 %74
  %76 = mul i64 %i, 8
  %77 = getelementptr inbounds i8, ptr %52, i64 %76
  %78 = mul i64 %i, 8
  %79 = getelementptr inbounds i8, ptr %53, i64 %78
  %80 = mul i64 %i, 8
  %81 = getelementptr inbounds i8, ptr %54, i64 %80
  %82 = mul i64 %i, 8
  %83 = getelementptr inbounds i8, ptr %55, i64 %82
  %84 = mul i64 %i, 8
  %85 = getelementptr inbounds i8, ptr %56, i64 %84
  %86 = mul i64 %i, 8
  %87 = getelementptr inbounds i8, ptr %57, i64 %86
  %88 = mul i64 %i, 8
  %89 = getelementptr inbounds i8, ptr %58, i64 %88
  %90 = mul i64 %i, 8
  %91 = getelementptr inbounds i8, ptr %59, i64 %90
  %92 = mul i64 %i, 8
  %93 = getelementptr inbounds i8, ptr %60, i64 %92
  %94 = call i32 @grad_lv.k4.body0(ptr %64, ptr %65, ptr %2, ptr %3, ptr %4, ptr %5, ptr %66, ptr %67, ptr %2, ptr %3, ptr %4, ptr %5, ptr %69, ptr %71, ptr %73, ptr %75, ptr %77, ptr %79, ptr %81, ptr %83, ptr %85, ptr %87, ptr %89, ptr %91, ptr %93, ptr %47)
  %95 = icmp ne i32 %94, 0
  br i1 %95, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %96 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %97 = getelementptr inbounds i8, ptr %22, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %97, ptr %43, i64 8, i1 false)
  %98 = getelementptr inbounds i8, ptr %22, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %98, ptr %45, i64 8, i1 false)
  %99 = getelementptr inbounds i8, ptr %22, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %99, ptr %2, i64 8, i1 false)
  %100 = getelementptr inbounds i8, ptr %22, i64 448
  call void @llvm.memcpy.p0.p0.i64(ptr %100, ptr %3, i64 8, i1 false)
  %101 = getelementptr inbounds i8, ptr %22, i64 512
  call void @llvm.memcpy.p0.p0.i64(ptr %101, ptr %4, i64 8, i1 false)
  %102 = getelementptr inbounds i8, ptr %22, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %102, ptr %5, i64 8, i1 false)
  call void @ftc_rt_free(ptr %42)
  %103 = getelementptr inbounds i8, ptr %22, i64 6464
  %104 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %103, ptr %104, align 8
  %105 = call i32 @grad_lv.k5(ptr %17, i64 0, i64 50)
  %106 = icmp ne i32 %105, 0
  br i1 %106, label %fail, label %ok5

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %42)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok5:                                              ; preds = %exit
  %107 = getelementptr inbounds i8, ptr %22, i64 6912
  %108 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %107, ptr %108, align 8
  %109 = call i32 @grad_lv.k6(ptr %18, i64 0, i64 1)
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %111 = alloca ptr, align 8
  %112 = call i32 @ftc_rt_alloc(ptr %111, i64 2944)
  %113 = icmp ne i32 %112, 0
  br i1 %113, label %loop.alloc.failed7, label %loop.alloc.ok8

loop.alloc.failed7:                               ; preds = %ok6
  br label %fail

loop.alloc.ok8:                                   ; preds = %ok6
  %114 = load ptr, ptr %111, align 8
  %115 = getelementptr inbounds i8, ptr %114, i64 0
  %116 = getelementptr inbounds i8, ptr %114, i64 768
  %117 = getelementptr inbounds i8, ptr %114, i64 128
  %118 = getelementptr inbounds i8, ptr %114, i64 896
  %119 = getelementptr inbounds i8, ptr %114, i64 256
  %120 = getelementptr inbounds i8, ptr %114, i64 1024
  %121 = getelementptr inbounds i8, ptr %114, i64 384
  %122 = getelementptr inbounds i8, ptr %114, i64 1152
  %123 = getelementptr inbounds i8, ptr %114, i64 512
  %124 = getelementptr inbounds i8, ptr %114, i64 1280
  %125 = getelementptr inbounds i8, ptr %114, i64 640
  %126 = getelementptr inbounds i8, ptr %114, i64 1408
  %127 = getelementptr inbounds i8, ptr %114, i64 1536
  %128 = getelementptr inbounds i8, ptr %22, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %115, ptr %128, i64 8, i1 false)
  %129 = getelementptr inbounds i8, ptr %22, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %117, ptr %129, i64 8, i1 false)
  %130 = getelementptr inbounds i8, ptr %22, i64 6912
  call void @llvm.memcpy.p0.p0.i64(ptr %119, ptr %130, i64 8, i1 false)
  %131 = getelementptr inbounds i8, ptr %22, i64 6912
  call void @llvm.memcpy.p0.p0.i64(ptr %121, ptr %131, i64 8, i1 false)
  %132 = getelementptr inbounds i8, ptr %22, i64 6912
  call void @llvm.memcpy.p0.p0.i64(ptr %123, ptr %132, i64 8, i1 false)
  %133 = getelementptr inbounds i8, ptr %22, i64 6912
  call void @llvm.memcpy.p0.p0.i64(ptr %125, ptr %133, i64 8, i1 false)
  %134 = getelementptr inbounds i8, ptr %22, i64 1088
  %135 = getelementptr inbounds i8, ptr %22, i64 1536
  %136 = getelementptr inbounds i8, ptr %22, i64 1984
  %137 = getelementptr inbounds i8, ptr %22, i64 2432
  %138 = getelementptr inbounds i8, ptr %22, i64 2880
  %139 = getelementptr inbounds i8, ptr %22, i64 3328
  %140 = getelementptr inbounds i8, ptr %22, i64 3776
  %141 = getelementptr inbounds i8, ptr %22, i64 4224
  %142 = getelementptr inbounds i8, ptr %22, i64 4672
  %143 = getelementptr inbounds i8, ptr %22, i64 5120
  %144 = getelementptr inbounds i8, ptr %22, i64 5568
  %145 = getelementptr inbounds i8, ptr %22, i64 6016
  %146 = getelementptr inbounds i8, ptr %22, i64 6464
  br label %loop9

loop9:                                            ; preds = %latch11, %loop.alloc.ok8
  %i13 = phi i64 [ 0, %loop.alloc.ok8 ], [ %195, %latch11 ]
  %147 = icmp slt i64 %i13, 50
  br i1 %147, label %body10, label %exit12

body10:                                           ; preds = %loop9
  %148 = sub i64 49, %i13
  %149 = and i64 %i13, 1
  %150 = icmp eq i64 %149, 0
  %151 = select i1 %150, ptr %115, ptr %116
  %152 = select i1 %150, ptr %117, ptr %118
  %153 = select i1 %150, ptr %119, ptr %120
  %154 = select i1 %150, ptr %121, ptr %122
  %155 = select i1 %150, ptr %123, ptr %124
  %156 = select i1 %150, ptr %125, ptr %126
  %157 = select i1 %150, ptr %116, ptr %115
  %158 = select i1 %150, ptr %118, ptr %117
  %159 = select i1 %150, ptr %120, ptr %119
  %160 = select i1 %150, ptr %122, ptr %121
  %161 = select i1 %150, ptr %124, ptr %123
  %162 = select i1 %150, ptr %126, ptr %125
  %163 = getelementptr inbounds i8, ptr %22, i64 64
  %164 = getelementptr inbounds i8, ptr %22, i64 0
  %165 = getelementptr inbounds i8, ptr %22, i64 192
  %166 = getelementptr inbounds i8, ptr %22, i64 128
  %167 = mul i64 %148, 8
  %168 = getelementptr inbounds i8, ptr %134, i64 %167
  %169 = mul i64 %148, 8
  %170 = getelementptr inbounds i8, ptr %135, i64 %169
  %171 = mul i64 %148, 8
  %172 = getelementptr inbounds i8, ptr %136, i64 %171
  %173 = mul i64 %148, 8
  %174 = getelementptr inbounds i8, ptr %137, i64 %173
  %175 = mul i64 %148, 8
  %176 = getelementptr inbounds i8, ptr %138, i64 %175
  %177 = mul i64 %148, 8
  %178 = getelementptr inbounds i8, ptr %139, i64 %177
  %179 = mul i64 %148, 8
  %180 = getelementptr inbounds i8, ptr %140, i64 %179
  %181 = mul i64 %148, 8
  %182 = getelementptr inbounds i8, ptr %141, i64 %181
  %183 = mul i64 %148, 8
  %184 = getelementptr inbounds i8, ptr %142, i64 %183
  %185 = mul i64 %148, 8
  %186 = getelementptr inbounds i8, ptr %143, i64 %185
  %187 = mul i64 %148, 8
  %188 = getelementptr inbounds i8, ptr %144, i64 %187
  %189 = mul i64 %148, 8
  %190 = getelementptr inbounds i8, ptr %145, i64 %189
  %191 = mul i64 %148, 8
  %192 = getelementptr inbounds i8, ptr %146, i64 %191
  %193 = call i32 @grad_lv.k7.body0(ptr %2, ptr %3, ptr %4, ptr %5, ptr %163, ptr %164, ptr %165, ptr %166, ptr %151, ptr %152, ptr %153, ptr %154, ptr %155, ptr %156, ptr %168, ptr %170, ptr %172, ptr %174, ptr %176, ptr %178, ptr %180, ptr %182, ptr %184, ptr %186, ptr %188, ptr %190, ptr %192, ptr %2, ptr %3, ptr %4, ptr %5, ptr %163, ptr %164, ptr %165, ptr %166, ptr %157, ptr %158, ptr %159, ptr %160, ptr %161, ptr %162, ptr %127)
  %194 = icmp ne i32 %193, 0
  br i1 %194, label %loop.body.failed14, label %loop.body.ok15

latch11:                                          ; preds = %loop.body.ok15
  %195 = add nsw i64 %i13, 1
  br label %loop9

exit12:                                           ; preds = %loop9
  %196 = getelementptr inbounds i8, ptr %22, i64 6976
  call void @llvm.memcpy.p0.p0.i64(ptr %196, ptr %2, i64 8, i1 false)
  %197 = getelementptr inbounds i8, ptr %22, i64 7040
  call void @llvm.memcpy.p0.p0.i64(ptr %197, ptr %3, i64 8, i1 false)
  %198 = getelementptr inbounds i8, ptr %22, i64 7104
  call void @llvm.memcpy.p0.p0.i64(ptr %198, ptr %4, i64 8, i1 false)
  %199 = getelementptr inbounds i8, ptr %22, i64 7168
  call void @llvm.memcpy.p0.p0.i64(ptr %199, ptr %5, i64 8, i1 false)
  %200 = getelementptr inbounds i8, ptr %22, i64 7232
  %201 = getelementptr inbounds i8, ptr %22, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %200, ptr %201, i64 8, i1 false)
  %202 = getelementptr inbounds i8, ptr %22, i64 7296
  %203 = getelementptr inbounds i8, ptr %22, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %202, ptr %203, i64 8, i1 false)
  %204 = getelementptr inbounds i8, ptr %22, i64 7360
  %205 = getelementptr inbounds i8, ptr %22, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %204, ptr %205, i64 8, i1 false)
  %206 = getelementptr inbounds i8, ptr %22, i64 7424
  %207 = getelementptr inbounds i8, ptr %22, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %206, ptr %207, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %115, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %117, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %119, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %121, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %123, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %125, i64 8, i1 false)
  call void @ftc_rt_free(ptr %114)
  %208 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %208)
  ret i32 0

loop.body.failed14:                               ; preds = %body10
  call void @ftc_rt_free(ptr %114)
  br label %fail

loop.body.ok15:                                   ; preds = %body10
  br label %latch11
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr noalias %12, ptr %13) #1 {
entry:
  %14 = alloca ptr, align 8
  store ptr null, ptr %14, align 8
  %15 = alloca [3 x ptr], align 8
  %16 = alloca [5 x ptr], align 8
  %17 = alloca [5 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [3 x ptr], align 8
  %20 = alloca [3 x ptr], align 8
  %21 = alloca [5 x ptr], align 8
  %22 = alloca [5 x ptr], align 8
  %23 = alloca [3 x ptr], align 8
  %24 = alloca [3 x ptr], align 8
  %25 = alloca [3 x ptr], align 8
  %26 = alloca [5 x ptr], align 8
  %27 = alloca [5 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [3 x ptr], align 8
  %30 = alloca [3 x ptr], align 8
  %31 = alloca [9 x ptr], align 8
  %32 = alloca [9 x ptr], align 8
  %33 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %0, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %1, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %13, i64 0
  %36 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %35, ptr %36, align 8
  %37 = call i32 @lv.k0.body0.k0(ptr %15, i64 0, i64 1)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %fail, label %ok

fail:                                             ; preds = %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %37, %entry ], [ %46, %ok ], [ %55, %ok1 ], [ %62, %ok2 ], [ %69, %ok3 ], [ %77, %ok4 ], [ %87, %ok5 ], [ %97, %ok6 ], [ %104, %ok7 ], [ %111, %ok8 ], [ %119, %ok9 ], [ %129, %ok10 ], [ %139, %ok11 ], [ %146, %ok12 ], [ %153, %ok13 ], [ %161, %ok14 ], [ %178, %ok15 ], [ %194, %ok16 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %39 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %2, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %0, ptr %40, align 8
  %41 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %3, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %13, i64 0
  %43 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %13, i64 64
  %45 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %44, ptr %45, align 8
  %46 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %48 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %4, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %13, i64 0
  %50 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %49, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %5, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %1, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %13, i64 128
  %54 = getelementptr inbounds ptr, ptr %17, i64 4
  store ptr %53, ptr %54, align 8
  %55 = call i32 @lv.k0.body0.k1(ptr %17, i64 0, i64 1)
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %57 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %0, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %13, i64 64
  %59 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %13, i64 0
  %61 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %60, ptr %61, align 8
  %62 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %64 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %1, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %13, i64 128
  %66 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %13, i64 192
  %68 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %67, ptr %68, align 8
  %69 = call i32 @lv.k0.body0.k3(ptr %19, i64 0, i64 1)
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %71 = getelementptr inbounds i8, ptr %13, i64 0
  %72 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %71, ptr %72, align 8
  %73 = getelementptr inbounds i8, ptr %13, i64 192
  %74 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %73, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %13, i64 256
  %76 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %75, ptr %76, align 8
  %77 = call i32 @lv.k0.body0.k0(ptr %20, i64 0, i64 1)
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %79 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %2, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %13, i64 0
  %81 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %3, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %13, i64 256
  %84 = getelementptr inbounds ptr, ptr %21, i64 3
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %13, i64 320
  %86 = getelementptr inbounds ptr, ptr %21, i64 4
  store ptr %85, ptr %86, align 8
  %87 = call i32 @lv.k0.body0.k1(ptr %21, i64 0, i64 1)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %89 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %4, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %13, i64 256
  %91 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %5, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %13, i64 192
  %94 = getelementptr inbounds ptr, ptr %22, i64 3
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %13, i64 0
  %96 = getelementptr inbounds ptr, ptr %22, i64 4
  store ptr %95, ptr %96, align 8
  %97 = call i32 @lv.k0.body0.k1(ptr %22, i64 0, i64 1)
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %99 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %0, ptr %99, align 8
  %100 = getelementptr inbounds i8, ptr %13, i64 320
  %101 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %100, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %13, i64 192
  %103 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %102, ptr %103, align 8
  %104 = call i32 @lv.k0.body0.k3(ptr %23, i64 0, i64 1)
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %106 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %1, ptr %106, align 8
  %107 = getelementptr inbounds i8, ptr %13, i64 0
  %108 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %107, ptr %108, align 8
  %109 = getelementptr inbounds i8, ptr %13, i64 256
  %110 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %109, ptr %110, align 8
  %111 = call i32 @lv.k0.body0.k3(ptr %24, i64 0, i64 1)
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %113 = getelementptr inbounds i8, ptr %13, i64 192
  %114 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds i8, ptr %13, i64 256
  %116 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds i8, ptr %13, i64 384
  %118 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %117, ptr %118, align 8
  %119 = call i32 @lv.k0.body0.k0(ptr %25, i64 0, i64 1)
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %121 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %2, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %13, i64 192
  %123 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %3, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %13, i64 384
  %126 = getelementptr inbounds ptr, ptr %26, i64 3
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %13, i64 448
  %128 = getelementptr inbounds ptr, ptr %26, i64 4
  store ptr %127, ptr %128, align 8
  %129 = call i32 @lv.k0.body0.k1(ptr %26, i64 0, i64 1)
  %130 = icmp ne i32 %129, 0
  br i1 %130, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %131 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %4, ptr %131, align 8
  %132 = getelementptr inbounds i8, ptr %13, i64 384
  %133 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %132, ptr %133, align 8
  %134 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %5, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %13, i64 256
  %136 = getelementptr inbounds ptr, ptr %27, i64 3
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %13, i64 192
  %138 = getelementptr inbounds ptr, ptr %27, i64 4
  store ptr %137, ptr %138, align 8
  %139 = call i32 @lv.k0.body0.k1(ptr %27, i64 0, i64 1)
  %140 = icmp ne i32 %139, 0
  br i1 %140, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %141 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %0, ptr %141, align 8
  %142 = getelementptr inbounds i8, ptr %13, i64 448
  %143 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %142, ptr %143, align 8
  %144 = getelementptr inbounds i8, ptr %13, i64 256
  %145 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %144, ptr %145, align 8
  %146 = call i32 @lv.k0.body0.k13(ptr %28, i64 0, i64 1)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %148 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %1, ptr %148, align 8
  %149 = getelementptr inbounds i8, ptr %13, i64 192
  %150 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %149, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %13, i64 384
  %152 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %151, ptr %152, align 8
  %153 = call i32 @lv.k0.body0.k13(ptr %29, i64 0, i64 1)
  %154 = icmp ne i32 %153, 0
  br i1 %154, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %155 = getelementptr inbounds i8, ptr %13, i64 256
  %156 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %155, ptr %156, align 8
  %157 = getelementptr inbounds i8, ptr %13, i64 384
  %158 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %13, i64 512
  %160 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %159, ptr %160, align 8
  %161 = call i32 @lv.k0.body0.k0(ptr %30, i64 0, i64 1)
  %162 = icmp ne i32 %161, 0
  br i1 %162, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %163 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %0, ptr %163, align 8
  %164 = getelementptr inbounds i8, ptr %13, i64 64
  %165 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %164, ptr %165, align 8
  %166 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %2, ptr %166, align 8
  %167 = getelementptr inbounds i8, ptr %13, i64 256
  %168 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr %167, ptr %168, align 8
  %169 = getelementptr inbounds ptr, ptr %31, i64 4
  store ptr %3, ptr %169, align 8
  %170 = getelementptr inbounds i8, ptr %13, i64 512
  %171 = getelementptr inbounds ptr, ptr %31, i64 5
  store ptr %170, ptr %171, align 8
  %172 = getelementptr inbounds i8, ptr %13, i64 320
  %173 = getelementptr inbounds ptr, ptr %31, i64 6
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %13, i64 448
  %175 = getelementptr inbounds ptr, ptr %31, i64 7
  store ptr %174, ptr %175, align 8
  %176 = getelementptr inbounds i8, ptr %13, i64 576
  %177 = getelementptr inbounds ptr, ptr %31, i64 8
  store ptr %176, ptr %177, align 8
  %178 = call i32 @lv.k0.body0.k16(ptr %31, i64 0, i64 1)
  %179 = icmp ne i32 %178, 0
  br i1 %179, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %180 = getelementptr inbounds ptr, ptr %32, i64 0
  store ptr %1, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %13, i64 128
  %182 = getelementptr inbounds ptr, ptr %32, i64 1
  store ptr %181, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %32, i64 2
  store ptr %4, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %13, i64 512
  %185 = getelementptr inbounds ptr, ptr %32, i64 3
  store ptr %184, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %32, i64 4
  store ptr %5, ptr %186, align 8
  %187 = getelementptr inbounds i8, ptr %13, i64 384
  %188 = getelementptr inbounds ptr, ptr %32, i64 5
  store ptr %187, ptr %188, align 8
  %189 = getelementptr inbounds i8, ptr %13, i64 0
  %190 = getelementptr inbounds ptr, ptr %32, i64 6
  store ptr %189, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %13, i64 192
  %192 = getelementptr inbounds ptr, ptr %32, i64 7
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %32, i64 8
  store ptr %7, ptr %193, align 8
  %194 = call i32 @lv.k0.body0.k16(ptr %32, i64 0, i64 1)
  %195 = icmp ne i32 %194, 0
  br i1 %195, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %196 = getelementptr inbounds i8, ptr %13, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %196, i64 8, i1 false)
  %197 = getelementptr inbounds i8, ptr %13, i64 576
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %197, i64 8, i1 false)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k2.body0.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12) #1 {
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
  %32 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %0, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %1, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %12, i64 0
  %35 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %34, ptr %35, align 8
  %36 = call i32 @lv.k0.body0.k0(ptr %14, i64 0, i64 1)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok

fail:                                             ; preds = %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %36, %entry ], [ %45, %ok ], [ %54, %ok1 ], [ %61, %ok2 ], [ %68, %ok3 ], [ %76, %ok4 ], [ %86, %ok5 ], [ %96, %ok6 ], [ %103, %ok7 ], [ %110, %ok8 ], [ %118, %ok9 ], [ %128, %ok10 ], [ %138, %ok11 ], [ %145, %ok12 ], [ %152, %ok13 ], [ %160, %ok14 ], [ %176, %ok15 ], [ %192, %ok16 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %38 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %2, ptr %38, align 8
  %39 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %0, ptr %39, align 8
  %40 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %3, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %12, i64 0
  %42 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %41, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %12, i64 64
  %44 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %43, ptr %44, align 8
  %45 = call i32 @lv.k0.body0.k1(ptr %15, i64 0, i64 1)
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %47 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %4, ptr %47, align 8
  %48 = getelementptr inbounds i8, ptr %12, i64 0
  %49 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %5, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %1, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %12, i64 128
  %53 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %52, ptr %53, align 8
  %54 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %56 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %0, ptr %56, align 8
  %57 = getelementptr inbounds i8, ptr %12, i64 64
  %58 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %57, ptr %58, align 8
  %59 = getelementptr inbounds i8, ptr %12, i64 0
  %60 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %59, ptr %60, align 8
  %61 = call i32 @lv.k0.body0.k3(ptr %17, i64 0, i64 1)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %63 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %1, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %12, i64 128
  %65 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %12, i64 192
  %67 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %66, ptr %67, align 8
  %68 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %70 = getelementptr inbounds i8, ptr %12, i64 0
  %71 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %12, i64 192
  %73 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %12, i64 256
  %75 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %74, ptr %75, align 8
  %76 = call i32 @lv.k0.body0.k0(ptr %19, i64 0, i64 1)
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %78 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %2, ptr %78, align 8
  %79 = getelementptr inbounds i8, ptr %12, i64 0
  %80 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %79, ptr %80, align 8
  %81 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %3, ptr %81, align 8
  %82 = getelementptr inbounds i8, ptr %12, i64 256
  %83 = getelementptr inbounds ptr, ptr %20, i64 3
  store ptr %82, ptr %83, align 8
  %84 = getelementptr inbounds i8, ptr %12, i64 320
  %85 = getelementptr inbounds ptr, ptr %20, i64 4
  store ptr %84, ptr %85, align 8
  %86 = call i32 @lv.k0.body0.k1(ptr %20, i64 0, i64 1)
  %87 = icmp ne i32 %86, 0
  br i1 %87, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %88 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %4, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %12, i64 256
  %90 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %5, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %12, i64 192
  %93 = getelementptr inbounds ptr, ptr %21, i64 3
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds i8, ptr %12, i64 0
  %95 = getelementptr inbounds ptr, ptr %21, i64 4
  store ptr %94, ptr %95, align 8
  %96 = call i32 @lv.k0.body0.k1(ptr %21, i64 0, i64 1)
  %97 = icmp ne i32 %96, 0
  br i1 %97, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %98 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %0, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %12, i64 320
  %100 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds i8, ptr %12, i64 192
  %102 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %101, ptr %102, align 8
  %103 = call i32 @lv.k0.body0.k3(ptr %22, i64 0, i64 1)
  %104 = icmp ne i32 %103, 0
  br i1 %104, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %105 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %1, ptr %105, align 8
  %106 = getelementptr inbounds i8, ptr %12, i64 0
  %107 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %12, i64 256
  %109 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %108, ptr %109, align 8
  %110 = call i32 @lv.k0.body0.k3(ptr %23, i64 0, i64 1)
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %112 = getelementptr inbounds i8, ptr %12, i64 192
  %113 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %112, ptr %113, align 8
  %114 = getelementptr inbounds i8, ptr %12, i64 256
  %115 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %114, ptr %115, align 8
  %116 = getelementptr inbounds i8, ptr %12, i64 384
  %117 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %116, ptr %117, align 8
  %118 = call i32 @lv.k0.body0.k0(ptr %24, i64 0, i64 1)
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %120 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %2, ptr %120, align 8
  %121 = getelementptr inbounds i8, ptr %12, i64 192
  %122 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %121, ptr %122, align 8
  %123 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %3, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %12, i64 384
  %125 = getelementptr inbounds ptr, ptr %25, i64 3
  store ptr %124, ptr %125, align 8
  %126 = getelementptr inbounds i8, ptr %12, i64 448
  %127 = getelementptr inbounds ptr, ptr %25, i64 4
  store ptr %126, ptr %127, align 8
  %128 = call i32 @lv.k0.body0.k1(ptr %25, i64 0, i64 1)
  %129 = icmp ne i32 %128, 0
  br i1 %129, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %130 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %4, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %12, i64 384
  %132 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %5, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %12, i64 256
  %135 = getelementptr inbounds ptr, ptr %26, i64 3
  store ptr %134, ptr %135, align 8
  %136 = getelementptr inbounds i8, ptr %12, i64 192
  %137 = getelementptr inbounds ptr, ptr %26, i64 4
  store ptr %136, ptr %137, align 8
  %138 = call i32 @lv.k0.body0.k1(ptr %26, i64 0, i64 1)
  %139 = icmp ne i32 %138, 0
  br i1 %139, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %140 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %0, ptr %140, align 8
  %141 = getelementptr inbounds i8, ptr %12, i64 448
  %142 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %141, ptr %142, align 8
  %143 = getelementptr inbounds i8, ptr %12, i64 256
  %144 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %143, ptr %144, align 8
  %145 = call i32 @lv.k0.body0.k13(ptr %27, i64 0, i64 1)
  %146 = icmp ne i32 %145, 0
  br i1 %146, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %147 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %1, ptr %147, align 8
  %148 = getelementptr inbounds i8, ptr %12, i64 192
  %149 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %148, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %12, i64 384
  %151 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %150, ptr %151, align 8
  %152 = call i32 @lv.k0.body0.k13(ptr %28, i64 0, i64 1)
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %154 = getelementptr inbounds i8, ptr %12, i64 256
  %155 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %154, ptr %155, align 8
  %156 = getelementptr inbounds i8, ptr %12, i64 384
  %157 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %156, ptr %157, align 8
  %158 = getelementptr inbounds i8, ptr %12, i64 512
  %159 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %158, ptr %159, align 8
  %160 = call i32 @lv.k0.body0.k0(ptr %29, i64 0, i64 1)
  %161 = icmp ne i32 %160, 0
  br i1 %161, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %162 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %0, ptr %162, align 8
  %163 = getelementptr inbounds i8, ptr %12, i64 64
  %164 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %163, ptr %164, align 8
  %165 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %2, ptr %165, align 8
  %166 = getelementptr inbounds i8, ptr %12, i64 256
  %167 = getelementptr inbounds ptr, ptr %30, i64 3
  store ptr %166, ptr %167, align 8
  %168 = getelementptr inbounds ptr, ptr %30, i64 4
  store ptr %3, ptr %168, align 8
  %169 = getelementptr inbounds i8, ptr %12, i64 512
  %170 = getelementptr inbounds ptr, ptr %30, i64 5
  store ptr %169, ptr %170, align 8
  %171 = getelementptr inbounds i8, ptr %12, i64 320
  %172 = getelementptr inbounds ptr, ptr %30, i64 6
  store ptr %171, ptr %172, align 8
  %173 = getelementptr inbounds i8, ptr %12, i64 448
  %174 = getelementptr inbounds ptr, ptr %30, i64 7
  store ptr %173, ptr %174, align 8
  %175 = getelementptr inbounds ptr, ptr %30, i64 8
  store ptr %6, ptr %175, align 8
  %176 = call i32 @lv.k0.body0.k16(ptr %30, i64 0, i64 1)
  %177 = icmp ne i32 %176, 0
  br i1 %177, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %178 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %1, ptr %178, align 8
  %179 = getelementptr inbounds i8, ptr %12, i64 128
  %180 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %179, ptr %180, align 8
  %181 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %4, ptr %181, align 8
  %182 = getelementptr inbounds i8, ptr %12, i64 512
  %183 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr %182, ptr %183, align 8
  %184 = getelementptr inbounds ptr, ptr %31, i64 4
  store ptr %5, ptr %184, align 8
  %185 = getelementptr inbounds i8, ptr %12, i64 384
  %186 = getelementptr inbounds ptr, ptr %31, i64 5
  store ptr %185, ptr %186, align 8
  %187 = getelementptr inbounds i8, ptr %12, i64 0
  %188 = getelementptr inbounds ptr, ptr %31, i64 6
  store ptr %187, ptr %188, align 8
  %189 = getelementptr inbounds i8, ptr %12, i64 192
  %190 = getelementptr inbounds ptr, ptr %31, i64 7
  store ptr %189, ptr %190, align 8
  %191 = getelementptr inbounds ptr, ptr %31, i64 8
  store ptr %7, ptr %191, align 8
  %192 = call i32 @lv.k0.body0.k16(ptr %31, i64 0, i64 1)
  %193 = icmp ne i32 %192, 0
  br i1 %193, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k2.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr %18) #1 {
entry:
  %19 = alloca ptr, align 8
  store ptr null, ptr %19, align 8
  %20 = alloca ptr, align 8
  %21 = call i32 @ftc_rt_alloc(ptr %20, i64 1088)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %loop.alloc.failed, label %loop.alloc.ok

fail:                                             ; preds = %loop.body.failed, %loop.alloc.failed
  %status = phi i32 [ %21, %loop.alloc.failed ], [ %36, %loop.body.failed ]
  ret i32 %status

loop.alloc.failed:                                ; preds = %entry
  br label %fail

loop.alloc.ok:                                    ; preds = %entry
  %23 = load ptr, ptr %20, align 8
  %24 = getelementptr inbounds i8, ptr %23, i64 0
  %25 = getelementptr inbounds i8, ptr %23, i64 256
  %26 = getelementptr inbounds i8, ptr %23, i64 128
  %27 = getelementptr inbounds i8, ptr %23, i64 384
  %28 = getelementptr inbounds i8, ptr %23, i64 512
  call void @llvm.memcpy.p0.p0.i64(ptr %24, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %26, ptr %1, i64 8, i1 false)
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %38, %latch ]
  %29 = icmp slt i64 %i, 8
  br i1 %29, label %body, label %exit

body:                                             ; preds = %loop
  %30 = and i64 %i, 1
  %31 = icmp eq i64 %30, 0
  %32 = select i1 %31, ptr %24, ptr %25
  %33 = select i1 %31, ptr %26, ptr %27
  %34 = select i1 %31, ptr %25, ptr %24
  %35 = select i1 %31, ptr %27, ptr %26
  %36 = call i32 @grad_lv_ckpt.k2.body0.k0.body0(ptr %32, ptr %33, ptr %2, ptr %3, ptr %4, ptr %5, ptr %34, ptr %35, ptr %2, ptr %3, ptr %4, ptr %5, ptr %28)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %38 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %24, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %26, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %5, i64 8, i1 false)
  call void @ftc_rt_free(ptr %23)
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %15, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %16, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %5, i64 8, i1 false)
  ret i32 0

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %23)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv_ckpt.k4.body0.k20(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !26

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k4.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr noalias %18, ptr noalias %19, ptr noalias %20, ptr noalias %21, ptr noalias %22, ptr noalias %23, ptr noalias %24, ptr noalias %25, ptr noalias %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32, ptr %33) #1 {
entry:
  %34 = alloca ptr, align 8
  store ptr null, ptr %34, align 8
  %35 = alloca [1 x ptr], align 8
  %36 = alloca [1 x ptr], align 8
  %37 = alloca [1 x ptr], align 8
  %38 = alloca [1 x ptr], align 8
  %39 = alloca [3 x ptr], align 8
  %40 = alloca [5 x ptr], align 8
  %41 = alloca [5 x ptr], align 8
  %42 = alloca [4 x ptr], align 8
  %43 = alloca [4 x ptr], align 8
  %44 = alloca [3 x ptr], align 8
  %45 = alloca [5 x ptr], align 8
  %46 = alloca [5 x ptr], align 8
  %47 = alloca [4 x ptr], align 8
  %48 = alloca [4 x ptr], align 8
  %49 = alloca [3 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [5 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [4 x ptr], align 8
  %54 = alloca [3 x ptr], align 8
  %55 = alloca [11 x ptr], align 8
  %56 = alloca [11 x ptr], align 8
  %57 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %27, ptr %57, align 8
  %58 = call i32 @grad_lv.k0(ptr %35, i64 0, i64 1)
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %fail, label %ok

fail:                                             ; preds = %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %58, %entry ], [ %61, %ok ], [ %64, %ok1 ], [ %67, %ok2 ], [ %72, %ok3 ], [ %80, %ok4 ], [ %88, %ok5 ], [ %95, %ok6 ], [ %102, %ok7 ], [ %107, %ok8 ], [ %115, %ok9 ], [ %123, %ok10 ], [ %130, %ok11 ], [ %137, %ok12 ], [ %142, %ok13 ], [ %150, %ok14 ], [ %158, %ok15 ], [ %165, %ok16 ], [ %172, %ok17 ], [ %177, %ok18 ], [ %194, %ok19 ], [ %210, %ok20 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %60 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %20, ptr %60, align 8
  %61 = call i32 @grad_lv.k1(ptr %36, i64 0, i64 1)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %63 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %32, ptr %63, align 8
  %64 = call i32 @grad_lv.k2(ptr %37, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %66 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %31, ptr %66, align 8
  %67 = call i32 @grad_lv.k3(ptr %38, i64 0, i64 1)
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %69 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %0, ptr %69, align 8
  %70 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %1, ptr %70, align 8
  %71 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %16, ptr %71, align 8
  %72 = call i32 @lv.k0.body0.k0(ptr %39, i64 0, i64 1)
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %74 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %2, ptr %74, align 8
  %75 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %0, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %3, ptr %76, align 8
  %77 = getelementptr inbounds ptr, ptr %40, i64 3
  store ptr %16, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %33, i64 0
  %79 = getelementptr inbounds ptr, ptr %40, i64 4
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k1(ptr %40, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %82 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %4, ptr %82, align 8
  %83 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %16, ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %5, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %1, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %33, i64 64
  %87 = getelementptr inbounds ptr, ptr %41, i64 4
  store ptr %86, ptr %87, align 8
  %88 = call i32 @lv.k0.body0.k1(ptr %41, i64 0, i64 1)
  %89 = icmp ne i32 %88, 0
  br i1 %89, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %90 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %0, ptr %90, align 8
  %91 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %20, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %33, i64 0
  %93 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %22, ptr %94, align 8
  %95 = call i32 @grad_lv.k7.body0.k10(ptr %42, i64 0, i64 1)
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %97 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %1, ptr %97, align 8
  %98 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %20, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %33, i64 64
  %100 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %43, i64 3
  store ptr %21, ptr %101, align 8
  %102 = call i32 @grad_lv.k7.body0.k10(ptr %43, i64 0, i64 1)
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %104 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %22, ptr %104, align 8
  %105 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %21, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %23, ptr %106, align 8
  %107 = call i32 @lv.k0.body0.k0(ptr %44, i64 0, i64 1)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %109 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %2, ptr %109, align 8
  %110 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %22, ptr %110, align 8
  %111 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %3, ptr %111, align 8
  %112 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %23, ptr %112, align 8
  %113 = getelementptr inbounds i8, ptr %33, i64 128
  %114 = getelementptr inbounds ptr, ptr %45, i64 4
  store ptr %113, ptr %114, align 8
  %115 = call i32 @lv.k0.body0.k1(ptr %45, i64 0, i64 1)
  %116 = icmp ne i32 %115, 0
  br i1 %116, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %117 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %4, ptr %117, align 8
  %118 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %23, ptr %118, align 8
  %119 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %5, ptr %119, align 8
  %120 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %21, ptr %120, align 8
  %121 = getelementptr inbounds i8, ptr %33, i64 192
  %122 = getelementptr inbounds ptr, ptr %46, i64 4
  store ptr %121, ptr %122, align 8
  %123 = call i32 @lv.k0.body0.k1(ptr %46, i64 0, i64 1)
  %124 = icmp ne i32 %123, 0
  br i1 %124, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %125 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %0, ptr %125, align 8
  %126 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %20, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %33, i64 128
  %128 = getelementptr inbounds ptr, ptr %47, i64 2
  store ptr %127, ptr %128, align 8
  %129 = getelementptr inbounds ptr, ptr %47, i64 3
  store ptr %25, ptr %129, align 8
  %130 = call i32 @grad_lv.k7.body0.k10(ptr %47, i64 0, i64 1)
  %131 = icmp ne i32 %130, 0
  br i1 %131, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %132 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %1, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %20, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %33, i64 192
  %135 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr %134, ptr %135, align 8
  %136 = getelementptr inbounds ptr, ptr %48, i64 3
  store ptr %24, ptr %136, align 8
  %137 = call i32 @grad_lv.k7.body0.k10(ptr %48, i64 0, i64 1)
  %138 = icmp ne i32 %137, 0
  br i1 %138, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %139 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %25, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %24, ptr %140, align 8
  %141 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %26, ptr %141, align 8
  %142 = call i32 @lv.k0.body0.k0(ptr %49, i64 0, i64 1)
  %143 = icmp ne i32 %142, 0
  br i1 %143, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %144 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %2, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %25, ptr %145, align 8
  %146 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %3, ptr %146, align 8
  %147 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %26, ptr %147, align 8
  %148 = getelementptr inbounds i8, ptr %33, i64 256
  %149 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %148, ptr %149, align 8
  %150 = call i32 @lv.k0.body0.k1(ptr %50, i64 0, i64 1)
  %151 = icmp ne i32 %150, 0
  br i1 %151, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %152 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %4, ptr %152, align 8
  %153 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %26, ptr %153, align 8
  %154 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %5, ptr %154, align 8
  %155 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %24, ptr %155, align 8
  %156 = getelementptr inbounds i8, ptr %33, i64 320
  %157 = getelementptr inbounds ptr, ptr %51, i64 4
  store ptr %156, ptr %157, align 8
  %158 = call i32 @lv.k0.body0.k1(ptr %51, i64 0, i64 1)
  %159 = icmp ne i32 %158, 0
  br i1 %159, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %160 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %0, ptr %160, align 8
  %161 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %27, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %33, i64 256
  %163 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %162, ptr %163, align 8
  %164 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %29, ptr %164, align 8
  %165 = call i32 @grad_lv.k7.body0.k10(ptr %52, i64 0, i64 1)
  %166 = icmp ne i32 %165, 0
  br i1 %166, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %167 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %1, ptr %167, align 8
  %168 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %27, ptr %168, align 8
  %169 = getelementptr inbounds i8, ptr %33, i64 320
  %170 = getelementptr inbounds ptr, ptr %53, i64 2
  store ptr %169, ptr %170, align 8
  %171 = getelementptr inbounds ptr, ptr %53, i64 3
  store ptr %28, ptr %171, align 8
  %172 = call i32 @grad_lv.k7.body0.k10(ptr %53, i64 0, i64 1)
  %173 = icmp ne i32 %172, 0
  br i1 %173, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %174 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %29, ptr %174, align 8
  %175 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %28, ptr %175, align 8
  %176 = getelementptr inbounds ptr, ptr %54, i64 2
  store ptr %30, ptr %176, align 8
  %177 = call i32 @lv.k0.body0.k0(ptr %54, i64 0, i64 1)
  %178 = icmp ne i32 %177, 0
  br i1 %178, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %179 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %0, ptr %179, align 8
  %180 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %32, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %33, i64 0
  %182 = getelementptr inbounds ptr, ptr %55, i64 2
  store ptr %181, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %55, i64 3
  store ptr %2, ptr %183, align 8
  %184 = getelementptr inbounds ptr, ptr %55, i64 4
  store ptr %29, ptr %184, align 8
  %185 = getelementptr inbounds ptr, ptr %55, i64 5
  store ptr %3, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %55, i64 6
  store ptr %30, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %55, i64 7
  store ptr %31, ptr %187, align 8
  %188 = getelementptr inbounds i8, ptr %33, i64 128
  %189 = getelementptr inbounds ptr, ptr %55, i64 8
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds i8, ptr %33, i64 256
  %191 = getelementptr inbounds ptr, ptr %55, i64 9
  store ptr %190, ptr %191, align 8
  %192 = getelementptr inbounds i8, ptr %33, i64 384
  %193 = getelementptr inbounds ptr, ptr %55, i64 10
  store ptr %192, ptr %193, align 8
  %194 = call i32 @grad_lv_ckpt.k4.body0.k20(ptr %55, i64 0, i64 1)
  %195 = icmp ne i32 %194, 0
  br i1 %195, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %196 = getelementptr inbounds ptr, ptr %56, i64 0
  store ptr %1, ptr %196, align 8
  %197 = getelementptr inbounds ptr, ptr %56, i64 1
  store ptr %32, ptr %197, align 8
  %198 = getelementptr inbounds i8, ptr %33, i64 64
  %199 = getelementptr inbounds ptr, ptr %56, i64 2
  store ptr %198, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %56, i64 3
  store ptr %4, ptr %200, align 8
  %201 = getelementptr inbounds ptr, ptr %56, i64 4
  store ptr %30, ptr %201, align 8
  %202 = getelementptr inbounds ptr, ptr %56, i64 5
  store ptr %5, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %56, i64 6
  store ptr %28, ptr %203, align 8
  %204 = getelementptr inbounds ptr, ptr %56, i64 7
  store ptr %31, ptr %204, align 8
  %205 = getelementptr inbounds i8, ptr %33, i64 192
  %206 = getelementptr inbounds ptr, ptr %56, i64 8
  store ptr %205, ptr %206, align 8
  %207 = getelementptr inbounds i8, ptr %33, i64 320
  %208 = getelementptr inbounds ptr, ptr %56, i64 9
  store ptr %207, ptr %208, align 8
  %209 = getelementptr inbounds ptr, ptr %56, i64 10
  store ptr %7, ptr %209, align 8
  %210 = call i32 @grad_lv_ckpt.k4.body0.k20(ptr %56, i64 0, i64 1)
  %211 = icmp ne i32 %210, 0
  br i1 %211, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %212 = getelementptr inbounds i8, ptr %33, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %212, i64 8, i1 false)
  %213 = getelementptr inbounds i8, ptr %33, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %213, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %15, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %19, ptr %5, i64 8, i1 false)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k5.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12, ptr %13, ptr %14, ptr %15, ptr %16, ptr %17, ptr %18, ptr %19, ptr %20, ptr %21, ptr %22, ptr %23, ptr %24, ptr %25, ptr %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32, ptr %33) #1 {
entry:
  %34 = alloca ptr, align 8
  store ptr null, ptr %34, align 8
  %35 = alloca [3 x ptr], align 8
  %36 = alloca [3 x ptr], align 8
  %37 = alloca [3 x ptr], align 8
  %38 = alloca [3 x ptr], align 8
  %39 = alloca [3 x ptr], align 8
  %40 = alloca [2 x ptr], align 8
  %41 = alloca [2 x ptr], align 8
  %42 = alloca [5 x ptr], align 8
  %43 = alloca [5 x ptr], align 8
  %44 = alloca [5 x ptr], align 8
  %45 = alloca [4 x ptr], align 8
  %46 = alloca [4 x ptr], align 8
  %47 = alloca [2 x ptr], align 8
  %48 = alloca [2 x ptr], align 8
  %49 = alloca [5 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [5 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [4 x ptr], align 8
  %54 = alloca [2 x ptr], align 8
  %55 = alloca [2 x ptr], align 8
  %56 = alloca [5 x ptr], align 8
  %57 = alloca [5 x ptr], align 8
  %58 = alloca [5 x ptr], align 8
  %59 = alloca [4 x ptr], align 8
  %60 = alloca [4 x ptr], align 8
  %61 = alloca [2 x ptr], align 8
  %62 = alloca [10 x ptr], align 8
  %63 = alloca [10 x ptr], align 8
  %64 = alloca [2 x ptr], align 8
  %65 = alloca [5 x ptr], align 8
  %66 = alloca [10 x ptr], align 8
  %67 = alloca [10 x ptr], align 8
  %68 = alloca [9 x ptr], align 8
  %69 = alloca [9 x ptr], align 8
  %70 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %0, ptr %70, align 8
  %71 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %26, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %33, i64 0
  %73 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %72, ptr %73, align 8
  %74 = call i32 @grad_lv.k7.body0.k0(ptr %35, i64 0, i64 1)
  %75 = icmp ne i32 %74, 0
  br i1 %75, label %fail, label %ok

fail:                                             ; preds = %ok33, %ok32, %ok31, %ok30, %ok29, %ok28, %ok27, %ok26, %ok25, %ok24, %ok23, %ok22, %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %74, %entry ], [ %80, %ok ], [ %87, %ok1 ], [ %94, %ok2 ], [ %101, %ok3 ], [ %107, %ok4 ], [ %113, %ok5 ], [ %123, %ok6 ], [ %133, %ok7 ], [ %143, %ok8 ], [ %152, %ok9 ], [ %161, %ok10 ], [ %167, %ok11 ], [ %173, %ok12 ], [ %183, %ok13 ], [ %193, %ok14 ], [ %203, %ok15 ], [ %212, %ok16 ], [ %221, %ok17 ], [ %227, %ok18 ], [ %233, %ok19 ], [ %243, %ok20 ], [ %253, %ok21 ], [ %263, %ok22 ], [ %272, %ok23 ], [ %281, %ok24 ], [ %287, %ok25 ], [ %303, %ok26 ], [ %319, %ok27 ], [ %325, %ok28 ], [ %335, %ok29 ], [ %351, %ok30 ], [ %367, %ok31 ], [ %383, %ok32 ], [ %400, %ok33 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %76 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %1, ptr %76, align 8
  %77 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %25, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %33, i64 64
  %79 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k0(ptr %36, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %82 = getelementptr inbounds i8, ptr %33, i64 64
  %83 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %82, ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %24, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %33, i64 128
  %86 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %85, ptr %86, align 8
  %87 = call i32 @lv.k0.body0.k0(ptr %37, i64 0, i64 1)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %89 = getelementptr inbounds i8, ptr %33, i64 0
  %90 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %25, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %33, i64 192
  %93 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %92, ptr %93, align 8
  %94 = call i32 @lv.k0.body0.k0(ptr %38, i64 0, i64 1)
  %95 = icmp ne i32 %94, 0
  br i1 %95, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %96 = getelementptr inbounds i8, ptr %33, i64 192
  %97 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %96, ptr %97, align 8
  %98 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %24, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %33, i64 256
  %100 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %99, ptr %100, align 8
  %101 = call i32 @lv.k0.body0.k0(ptr %39, i64 0, i64 1)
  %102 = icmp ne i32 %101, 0
  br i1 %102, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %103 = getelementptr inbounds i8, ptr %33, i64 64
  %104 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %103, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %33, i64 320
  %106 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %105, ptr %106, align 8
  %107 = call i32 @grad_lv.k7.body0.k5(ptr %40, i64 0, i64 1)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %109 = getelementptr inbounds i8, ptr %33, i64 192
  %110 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %109, ptr %110, align 8
  %111 = getelementptr inbounds i8, ptr %33, i64 384
  %112 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %111, ptr %112, align 8
  %113 = call i32 @grad_lv.k7.body0.k5(ptr %41, i64 0, i64 1)
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %115 = getelementptr inbounds i8, ptr %33, i64 64
  %116 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %11, ptr %117, align 8
  %118 = getelementptr inbounds i8, ptr %33, i64 384
  %119 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %10, ptr %120, align 8
  %121 = getelementptr inbounds i8, ptr %33, i64 448
  %122 = getelementptr inbounds ptr, ptr %42, i64 4
  store ptr %121, ptr %122, align 8
  %123 = call i32 @grad_lv.k7.body0.k7(ptr %42, i64 0, i64 1)
  %124 = icmp ne i32 %123, 0
  br i1 %124, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %125 = getelementptr inbounds i8, ptr %33, i64 320
  %126 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %12, ptr %127, align 8
  %128 = getelementptr inbounds i8, ptr %33, i64 448
  %129 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds ptr, ptr %43, i64 3
  store ptr %22, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %33, i64 512
  %132 = getelementptr inbounds ptr, ptr %43, i64 4
  store ptr %131, ptr %132, align 8
  %133 = call i32 @grad_lv.k7.body0.k7(ptr %43, i64 0, i64 1)
  %134 = icmp ne i32 %133, 0
  br i1 %134, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %135 = getelementptr inbounds i8, ptr %33, i64 192
  %136 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %8, ptr %137, align 8
  %138 = getelementptr inbounds i8, ptr %33, i64 448
  %139 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %21, ptr %140, align 8
  %141 = getelementptr inbounds i8, ptr %33, i64 576
  %142 = getelementptr inbounds ptr, ptr %44, i64 4
  store ptr %141, ptr %142, align 8
  %143 = call i32 @grad_lv.k7.body0.k7(ptr %44, i64 0, i64 1)
  %144 = icmp ne i32 %143, 0
  br i1 %144, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %145 = getelementptr inbounds i8, ptr %33, i64 128
  %146 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %145, ptr %146, align 8
  %147 = getelementptr inbounds i8, ptr %33, i64 512
  %148 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %147, ptr %148, align 8
  %149 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %20, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %33, i64 448
  %151 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %150, ptr %151, align 8
  %152 = call i32 @grad_lv.k7.body0.k10(ptr %45, i64 0, i64 1)
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %154 = getelementptr inbounds i8, ptr %33, i64 256
  %155 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %154, ptr %155, align 8
  %156 = getelementptr inbounds i8, ptr %33, i64 576
  %157 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %156, ptr %157, align 8
  %158 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %20, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %33, i64 640
  %160 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %159, ptr %160, align 8
  %161 = call i32 @grad_lv.k7.body0.k10(ptr %46, i64 0, i64 1)
  %162 = icmp ne i32 %161, 0
  br i1 %162, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %163 = getelementptr inbounds i8, ptr %33, i64 448
  %164 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %163, ptr %164, align 8
  %165 = getelementptr inbounds i8, ptr %33, i64 704
  %166 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %165, ptr %166, align 8
  %167 = call i32 @grad_lv.k7.body0.k5(ptr %47, i64 0, i64 1)
  %168 = icmp ne i32 %167, 0
  br i1 %168, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %169 = getelementptr inbounds i8, ptr %33, i64 640
  %170 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %169, ptr %170, align 8
  %171 = getelementptr inbounds i8, ptr %33, i64 768
  %172 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %171, ptr %172, align 8
  %173 = call i32 @grad_lv.k7.body0.k5(ptr %48, i64 0, i64 1)
  %174 = icmp ne i32 %173, 0
  br i1 %174, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %175 = getelementptr inbounds i8, ptr %33, i64 448
  %176 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %175, ptr %176, align 8
  %177 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %11, ptr %177, align 8
  %178 = getelementptr inbounds i8, ptr %33, i64 768
  %179 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %178, ptr %179, align 8
  %180 = getelementptr inbounds ptr, ptr %49, i64 3
  store ptr %10, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %33, i64 832
  %182 = getelementptr inbounds ptr, ptr %49, i64 4
  store ptr %181, ptr %182, align 8
  %183 = call i32 @grad_lv.k7.body0.k7(ptr %49, i64 0, i64 1)
  %184 = icmp ne i32 %183, 0
  br i1 %184, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %185 = getelementptr inbounds i8, ptr %33, i64 704
  %186 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %185, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %12, ptr %187, align 8
  %188 = getelementptr inbounds i8, ptr %33, i64 832
  %189 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %18, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %33, i64 896
  %192 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %191, ptr %192, align 8
  %193 = call i32 @grad_lv.k7.body0.k7(ptr %50, i64 0, i64 1)
  %194 = icmp ne i32 %193, 0
  br i1 %194, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %195 = getelementptr inbounds i8, ptr %33, i64 640
  %196 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %195, ptr %196, align 8
  %197 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %8, ptr %197, align 8
  %198 = getelementptr inbounds i8, ptr %33, i64 832
  %199 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %198, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %17, ptr %200, align 8
  %201 = getelementptr inbounds i8, ptr %33, i64 960
  %202 = getelementptr inbounds ptr, ptr %51, i64 4
  store ptr %201, ptr %202, align 8
  %203 = call i32 @grad_lv.k7.body0.k7(ptr %51, i64 0, i64 1)
  %204 = icmp ne i32 %203, 0
  br i1 %204, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %205 = getelementptr inbounds i8, ptr %33, i64 128
  %206 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %205, ptr %206, align 8
  %207 = getelementptr inbounds i8, ptr %33, i64 896
  %208 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %207, ptr %208, align 8
  %209 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %13, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %33, i64 832
  %211 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %210, ptr %211, align 8
  %212 = call i32 @grad_lv.k7.body0.k10(ptr %52, i64 0, i64 1)
  %213 = icmp ne i32 %212, 0
  br i1 %213, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %214 = getelementptr inbounds i8, ptr %33, i64 256
  %215 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %214, ptr %215, align 8
  %216 = getelementptr inbounds i8, ptr %33, i64 960
  %217 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %216, ptr %217, align 8
  %218 = getelementptr inbounds ptr, ptr %53, i64 2
  store ptr %13, ptr %218, align 8
  %219 = getelementptr inbounds i8, ptr %33, i64 128
  %220 = getelementptr inbounds ptr, ptr %53, i64 3
  store ptr %219, ptr %220, align 8
  %221 = call i32 @grad_lv.k7.body0.k10(ptr %53, i64 0, i64 1)
  %222 = icmp ne i32 %221, 0
  br i1 %222, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %223 = getelementptr inbounds i8, ptr %33, i64 832
  %224 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %223, ptr %224, align 8
  %225 = getelementptr inbounds i8, ptr %33, i64 256
  %226 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %225, ptr %226, align 8
  %227 = call i32 @grad_lv.k7.body0.k5(ptr %54, i64 0, i64 1)
  %228 = icmp ne i32 %227, 0
  br i1 %228, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %229 = getelementptr inbounds i8, ptr %33, i64 128
  %230 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %229, ptr %230, align 8
  %231 = getelementptr inbounds i8, ptr %33, i64 1024
  %232 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %231, ptr %232, align 8
  %233 = call i32 @grad_lv.k7.body0.k5(ptr %55, i64 0, i64 1)
  %234 = icmp ne i32 %233, 0
  br i1 %234, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %235 = getelementptr inbounds i8, ptr %33, i64 832
  %236 = getelementptr inbounds ptr, ptr %56, i64 0
  store ptr %235, ptr %236, align 8
  %237 = getelementptr inbounds ptr, ptr %56, i64 1
  store ptr %11, ptr %237, align 8
  %238 = getelementptr inbounds i8, ptr %33, i64 1024
  %239 = getelementptr inbounds ptr, ptr %56, i64 2
  store ptr %238, ptr %239, align 8
  %240 = getelementptr inbounds ptr, ptr %56, i64 3
  store ptr %10, ptr %240, align 8
  %241 = getelementptr inbounds i8, ptr %33, i64 1088
  %242 = getelementptr inbounds ptr, ptr %56, i64 4
  store ptr %241, ptr %242, align 8
  %243 = call i32 @grad_lv.k7.body0.k7(ptr %56, i64 0, i64 1)
  %244 = icmp ne i32 %243, 0
  br i1 %244, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %245 = getelementptr inbounds i8, ptr %33, i64 256
  %246 = getelementptr inbounds ptr, ptr %57, i64 0
  store ptr %245, ptr %246, align 8
  %247 = getelementptr inbounds ptr, ptr %57, i64 1
  store ptr %12, ptr %247, align 8
  %248 = getelementptr inbounds i8, ptr %33, i64 1088
  %249 = getelementptr inbounds ptr, ptr %57, i64 2
  store ptr %248, ptr %249, align 8
  %250 = getelementptr inbounds ptr, ptr %57, i64 3
  store ptr %15, ptr %250, align 8
  %251 = getelementptr inbounds i8, ptr %33, i64 1152
  %252 = getelementptr inbounds ptr, ptr %57, i64 4
  store ptr %251, ptr %252, align 8
  %253 = call i32 @grad_lv.k7.body0.k7(ptr %57, i64 0, i64 1)
  %254 = icmp ne i32 %253, 0
  br i1 %254, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %255 = getelementptr inbounds i8, ptr %33, i64 128
  %256 = getelementptr inbounds ptr, ptr %58, i64 0
  store ptr %255, ptr %256, align 8
  %257 = getelementptr inbounds ptr, ptr %58, i64 1
  store ptr %8, ptr %257, align 8
  %258 = getelementptr inbounds i8, ptr %33, i64 1088
  %259 = getelementptr inbounds ptr, ptr %58, i64 2
  store ptr %258, ptr %259, align 8
  %260 = getelementptr inbounds ptr, ptr %58, i64 3
  store ptr %14, ptr %260, align 8
  %261 = getelementptr inbounds i8, ptr %33, i64 1216
  %262 = getelementptr inbounds ptr, ptr %58, i64 4
  store ptr %261, ptr %262, align 8
  %263 = call i32 @grad_lv.k7.body0.k7(ptr %58, i64 0, i64 1)
  %264 = icmp ne i32 %263, 0
  br i1 %264, label %fail, label %ok23

ok23:                                             ; preds = %ok22
  %265 = getelementptr inbounds i8, ptr %33, i64 64
  %266 = getelementptr inbounds ptr, ptr %59, i64 0
  store ptr %265, ptr %266, align 8
  %267 = getelementptr inbounds i8, ptr %33, i64 1152
  %268 = getelementptr inbounds ptr, ptr %59, i64 1
  store ptr %267, ptr %268, align 8
  %269 = getelementptr inbounds ptr, ptr %59, i64 2
  store ptr %13, ptr %269, align 8
  %270 = getelementptr inbounds i8, ptr %33, i64 1088
  %271 = getelementptr inbounds ptr, ptr %59, i64 3
  store ptr %270, ptr %271, align 8
  %272 = call i32 @grad_lv.k7.body0.k10(ptr %59, i64 0, i64 1)
  %273 = icmp ne i32 %272, 0
  br i1 %273, label %fail, label %ok24

ok24:                                             ; preds = %ok23
  %274 = getelementptr inbounds i8, ptr %33, i64 192
  %275 = getelementptr inbounds ptr, ptr %60, i64 0
  store ptr %274, ptr %275, align 8
  %276 = getelementptr inbounds i8, ptr %33, i64 1216
  %277 = getelementptr inbounds ptr, ptr %60, i64 1
  store ptr %276, ptr %277, align 8
  %278 = getelementptr inbounds ptr, ptr %60, i64 2
  store ptr %13, ptr %278, align 8
  %279 = getelementptr inbounds i8, ptr %33, i64 1280
  %280 = getelementptr inbounds ptr, ptr %60, i64 3
  store ptr %279, ptr %280, align 8
  %281 = call i32 @grad_lv.k7.body0.k10(ptr %60, i64 0, i64 1)
  %282 = icmp ne i32 %281, 0
  br i1 %282, label %fail, label %ok25

ok25:                                             ; preds = %ok24
  %283 = getelementptr inbounds i8, ptr %33, i64 1088
  %284 = getelementptr inbounds ptr, ptr %61, i64 0
  store ptr %283, ptr %284, align 8
  %285 = getelementptr inbounds i8, ptr %33, i64 1344
  %286 = getelementptr inbounds ptr, ptr %61, i64 1
  store ptr %285, ptr %286, align 8
  %287 = call i32 @grad_lv.k7.body0.k5(ptr %61, i64 0, i64 1)
  %288 = icmp ne i32 %287, 0
  br i1 %288, label %fail, label %ok26

ok26:                                             ; preds = %ok25
  %289 = getelementptr inbounds ptr, ptr %62, i64 0
  store ptr %5, ptr %289, align 8
  %290 = getelementptr inbounds i8, ptr %33, i64 320
  %291 = getelementptr inbounds ptr, ptr %62, i64 1
  store ptr %290, ptr %291, align 8
  %292 = getelementptr inbounds ptr, ptr %62, i64 2
  store ptr %21, ptr %292, align 8
  %293 = getelementptr inbounds i8, ptr %33, i64 704
  %294 = getelementptr inbounds ptr, ptr %62, i64 3
  store ptr %293, ptr %294, align 8
  %295 = getelementptr inbounds ptr, ptr %62, i64 4
  store ptr %17, ptr %295, align 8
  %296 = getelementptr inbounds i8, ptr %33, i64 256
  %297 = getelementptr inbounds ptr, ptr %62, i64 5
  store ptr %296, ptr %297, align 8
  %298 = getelementptr inbounds ptr, ptr %62, i64 6
  store ptr %14, ptr %298, align 8
  %299 = getelementptr inbounds i8, ptr %33, i64 1344
  %300 = getelementptr inbounds ptr, ptr %62, i64 7
  store ptr %299, ptr %300, align 8
  %301 = getelementptr inbounds ptr, ptr %62, i64 8
  store ptr %6, ptr %301, align 8
  %302 = getelementptr inbounds ptr, ptr %62, i64 9
  store ptr %32, ptr %302, align 8
  %303 = call i32 @grad_lv.k7.body0.k27(ptr %62, i64 0, i64 1)
  %304 = icmp ne i32 %303, 0
  br i1 %304, label %fail, label %ok27

ok27:                                             ; preds = %ok26
  %305 = getelementptr inbounds ptr, ptr %63, i64 0
  store ptr %4, ptr %305, align 8
  %306 = getelementptr inbounds i8, ptr %33, i64 64
  %307 = getelementptr inbounds ptr, ptr %63, i64 1
  store ptr %306, ptr %307, align 8
  %308 = getelementptr inbounds ptr, ptr %63, i64 2
  store ptr %23, ptr %308, align 8
  %309 = getelementptr inbounds i8, ptr %33, i64 448
  %310 = getelementptr inbounds ptr, ptr %63, i64 3
  store ptr %309, ptr %310, align 8
  %311 = getelementptr inbounds ptr, ptr %63, i64 4
  store ptr %19, ptr %311, align 8
  %312 = getelementptr inbounds i8, ptr %33, i64 832
  %313 = getelementptr inbounds ptr, ptr %63, i64 5
  store ptr %312, ptr %313, align 8
  %314 = getelementptr inbounds ptr, ptr %63, i64 6
  store ptr %16, ptr %314, align 8
  %315 = getelementptr inbounds i8, ptr %33, i64 1088
  %316 = getelementptr inbounds ptr, ptr %63, i64 7
  store ptr %315, ptr %316, align 8
  %317 = getelementptr inbounds ptr, ptr %63, i64 8
  store ptr %9, ptr %317, align 8
  %318 = getelementptr inbounds ptr, ptr %63, i64 9
  store ptr %31, ptr %318, align 8
  %319 = call i32 @grad_lv.k7.body0.k27(ptr %63, i64 0, i64 1)
  %320 = icmp ne i32 %319, 0
  br i1 %320, label %fail, label %ok28

ok28:                                             ; preds = %ok27
  %321 = getelementptr inbounds i8, ptr %33, i64 1280
  %322 = getelementptr inbounds ptr, ptr %64, i64 0
  store ptr %321, ptr %322, align 8
  %323 = getelementptr inbounds i8, ptr %33, i64 64
  %324 = getelementptr inbounds ptr, ptr %64, i64 1
  store ptr %323, ptr %324, align 8
  %325 = call i32 @grad_lv.k7.body0.k5(ptr %64, i64 0, i64 1)
  %326 = icmp ne i32 %325, 0
  br i1 %326, label %fail, label %ok29

ok29:                                             ; preds = %ok28
  %327 = getelementptr inbounds i8, ptr %33, i64 1088
  %328 = getelementptr inbounds ptr, ptr %65, i64 0
  store ptr %327, ptr %328, align 8
  %329 = getelementptr inbounds ptr, ptr %65, i64 1
  store ptr %11, ptr %329, align 8
  %330 = getelementptr inbounds i8, ptr %33, i64 64
  %331 = getelementptr inbounds ptr, ptr %65, i64 2
  store ptr %330, ptr %331, align 8
  %332 = getelementptr inbounds ptr, ptr %65, i64 3
  store ptr %10, ptr %332, align 8
  %333 = getelementptr inbounds i8, ptr %33, i64 256
  %334 = getelementptr inbounds ptr, ptr %65, i64 4
  store ptr %333, ptr %334, align 8
  %335 = call i32 @grad_lv.k7.body0.k7(ptr %65, i64 0, i64 1)
  %336 = icmp ne i32 %335, 0
  br i1 %336, label %fail, label %ok30

ok30:                                             ; preds = %ok29
  %337 = getelementptr inbounds ptr, ptr %66, i64 0
  store ptr %3, ptr %337, align 8
  %338 = getelementptr inbounds i8, ptr %33, i64 384
  %339 = getelementptr inbounds ptr, ptr %66, i64 1
  store ptr %338, ptr %339, align 8
  %340 = getelementptr inbounds ptr, ptr %66, i64 2
  store ptr %23, ptr %340, align 8
  %341 = getelementptr inbounds i8, ptr %33, i64 768
  %342 = getelementptr inbounds ptr, ptr %66, i64 3
  store ptr %341, ptr %342, align 8
  %343 = getelementptr inbounds ptr, ptr %66, i64 4
  store ptr %19, ptr %343, align 8
  %344 = getelementptr inbounds i8, ptr %33, i64 1024
  %345 = getelementptr inbounds ptr, ptr %66, i64 5
  store ptr %344, ptr %345, align 8
  %346 = getelementptr inbounds ptr, ptr %66, i64 6
  store ptr %16, ptr %346, align 8
  %347 = getelementptr inbounds i8, ptr %33, i64 64
  %348 = getelementptr inbounds ptr, ptr %66, i64 7
  store ptr %347, ptr %348, align 8
  %349 = getelementptr inbounds ptr, ptr %66, i64 8
  store ptr %9, ptr %349, align 8
  %350 = getelementptr inbounds ptr, ptr %66, i64 9
  store ptr %30, ptr %350, align 8
  %351 = call i32 @grad_lv.k7.body0.k27(ptr %66, i64 0, i64 1)
  %352 = icmp ne i32 %351, 0
  br i1 %352, label %fail, label %ok31

ok31:                                             ; preds = %ok30
  %353 = getelementptr inbounds ptr, ptr %67, i64 0
  store ptr %2, ptr %353, align 8
  %354 = getelementptr inbounds i8, ptr %33, i64 192
  %355 = getelementptr inbounds ptr, ptr %67, i64 1
  store ptr %354, ptr %355, align 8
  %356 = getelementptr inbounds ptr, ptr %67, i64 2
  store ptr %22, ptr %356, align 8
  %357 = getelementptr inbounds i8, ptr %33, i64 640
  %358 = getelementptr inbounds ptr, ptr %67, i64 3
  store ptr %357, ptr %358, align 8
  %359 = getelementptr inbounds ptr, ptr %67, i64 4
  store ptr %18, ptr %359, align 8
  %360 = getelementptr inbounds i8, ptr %33, i64 128
  %361 = getelementptr inbounds ptr, ptr %67, i64 5
  store ptr %360, ptr %361, align 8
  %362 = getelementptr inbounds ptr, ptr %67, i64 6
  store ptr %15, ptr %362, align 8
  %363 = getelementptr inbounds i8, ptr %33, i64 1280
  %364 = getelementptr inbounds ptr, ptr %67, i64 7
  store ptr %363, ptr %364, align 8
  %365 = getelementptr inbounds ptr, ptr %67, i64 8
  store ptr %7, ptr %365, align 8
  %366 = getelementptr inbounds ptr, ptr %67, i64 9
  store ptr %29, ptr %366, align 8
  %367 = call i32 @grad_lv.k7.body0.k27(ptr %67, i64 0, i64 1)
  %368 = icmp ne i32 %367, 0
  br i1 %368, label %fail, label %ok32

ok32:                                             ; preds = %ok31
  %369 = getelementptr inbounds ptr, ptr %68, i64 0
  store ptr %1, ptr %369, align 8
  %370 = getelementptr inbounds i8, ptr %33, i64 512
  %371 = getelementptr inbounds ptr, ptr %68, i64 1
  store ptr %370, ptr %371, align 8
  %372 = getelementptr inbounds i8, ptr %33, i64 896
  %373 = getelementptr inbounds ptr, ptr %68, i64 2
  store ptr %372, ptr %373, align 8
  %374 = getelementptr inbounds i8, ptr %33, i64 1152
  %375 = getelementptr inbounds ptr, ptr %68, i64 3
  store ptr %374, ptr %375, align 8
  %376 = getelementptr inbounds i8, ptr %33, i64 1344
  %377 = getelementptr inbounds ptr, ptr %68, i64 4
  store ptr %376, ptr %377, align 8
  %378 = getelementptr inbounds ptr, ptr %68, i64 5
  store ptr %12, ptr %378, align 8
  %379 = getelementptr inbounds i8, ptr %33, i64 256
  %380 = getelementptr inbounds ptr, ptr %68, i64 6
  store ptr %379, ptr %380, align 8
  %381 = getelementptr inbounds ptr, ptr %68, i64 7
  store ptr %7, ptr %381, align 8
  %382 = getelementptr inbounds ptr, ptr %68, i64 8
  store ptr %28, ptr %382, align 8
  %383 = call i32 @grad_lv.k7.body0.k33(ptr %68, i64 0, i64 1)
  %384 = icmp ne i32 %383, 0
  br i1 %384, label %fail, label %ok33

ok33:                                             ; preds = %ok32
  %385 = getelementptr inbounds i8, ptr %33, i64 0
  %386 = getelementptr inbounds ptr, ptr %69, i64 0
  store ptr %385, ptr %386, align 8
  %387 = getelementptr inbounds i8, ptr %33, i64 576
  %388 = getelementptr inbounds ptr, ptr %69, i64 1
  store ptr %387, ptr %388, align 8
  %389 = getelementptr inbounds i8, ptr %33, i64 960
  %390 = getelementptr inbounds ptr, ptr %69, i64 2
  store ptr %389, ptr %390, align 8
  %391 = getelementptr inbounds i8, ptr %33, i64 1216
  %392 = getelementptr inbounds ptr, ptr %69, i64 3
  store ptr %391, ptr %392, align 8
  %393 = getelementptr inbounds i8, ptr %33, i64 1280
  %394 = getelementptr inbounds ptr, ptr %69, i64 4
  store ptr %393, ptr %394, align 8
  %395 = getelementptr inbounds ptr, ptr %69, i64 5
  store ptr %8, ptr %395, align 8
  %396 = getelementptr inbounds i8, ptr %33, i64 256
  %397 = getelementptr inbounds ptr, ptr %69, i64 6
  store ptr %396, ptr %397, align 8
  %398 = getelementptr inbounds ptr, ptr %69, i64 7
  store ptr %6, ptr %398, align 8
  %399 = getelementptr inbounds ptr, ptr %69, i64 8
  store ptr %27, ptr %399, align 8
  %400 = call i32 @grad_lv.k7.body0.k33(ptr %69, i64 0, i64 1)
  %401 = icmp ne i32 %400, 0
  br i1 %401, label %fail, label %ok34

ok34:                                             ; preds = %ok33
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k7.body0.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr noalias %18, ptr noalias %19, ptr noalias %20, ptr noalias %21, ptr noalias %22, ptr noalias %23, ptr noalias %24, ptr noalias %25, ptr noalias %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32, ptr %33) #1 {
entry:
  %34 = alloca ptr, align 8
  store ptr null, ptr %34, align 8
  %35 = alloca [1 x ptr], align 8
  %36 = alloca [1 x ptr], align 8
  %37 = alloca [1 x ptr], align 8
  %38 = alloca [1 x ptr], align 8
  %39 = alloca [3 x ptr], align 8
  %40 = alloca [5 x ptr], align 8
  %41 = alloca [5 x ptr], align 8
  %42 = alloca [4 x ptr], align 8
  %43 = alloca [4 x ptr], align 8
  %44 = alloca [3 x ptr], align 8
  %45 = alloca [5 x ptr], align 8
  %46 = alloca [5 x ptr], align 8
  %47 = alloca [4 x ptr], align 8
  %48 = alloca [4 x ptr], align 8
  %49 = alloca [3 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [5 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [4 x ptr], align 8
  %54 = alloca [3 x ptr], align 8
  %55 = alloca [11 x ptr], align 8
  %56 = alloca [11 x ptr], align 8
  %57 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %27, ptr %57, align 8
  %58 = call i32 @grad_lv.k0(ptr %35, i64 0, i64 1)
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %fail, label %ok

fail:                                             ; preds = %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %58, %entry ], [ %61, %ok ], [ %64, %ok1 ], [ %67, %ok2 ], [ %72, %ok3 ], [ %80, %ok4 ], [ %88, %ok5 ], [ %95, %ok6 ], [ %102, %ok7 ], [ %107, %ok8 ], [ %115, %ok9 ], [ %123, %ok10 ], [ %130, %ok11 ], [ %137, %ok12 ], [ %142, %ok13 ], [ %150, %ok14 ], [ %158, %ok15 ], [ %165, %ok16 ], [ %172, %ok17 ], [ %177, %ok18 ], [ %194, %ok19 ], [ %210, %ok20 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %60 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %20, ptr %60, align 8
  %61 = call i32 @grad_lv.k1(ptr %36, i64 0, i64 1)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %63 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %32, ptr %63, align 8
  %64 = call i32 @grad_lv.k2(ptr %37, i64 0, i64 1)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %66 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %31, ptr %66, align 8
  %67 = call i32 @grad_lv.k3(ptr %38, i64 0, i64 1)
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %69 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %0, ptr %69, align 8
  %70 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %1, ptr %70, align 8
  %71 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %16, ptr %71, align 8
  %72 = call i32 @lv.k0.body0.k0(ptr %39, i64 0, i64 1)
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %74 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %2, ptr %74, align 8
  %75 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %0, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %3, ptr %76, align 8
  %77 = getelementptr inbounds ptr, ptr %40, i64 3
  store ptr %16, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %33, i64 0
  %79 = getelementptr inbounds ptr, ptr %40, i64 4
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k1(ptr %40, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %82 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %4, ptr %82, align 8
  %83 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %16, ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %5, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %1, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %33, i64 64
  %87 = getelementptr inbounds ptr, ptr %41, i64 4
  store ptr %86, ptr %87, align 8
  %88 = call i32 @lv.k0.body0.k1(ptr %41, i64 0, i64 1)
  %89 = icmp ne i32 %88, 0
  br i1 %89, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %90 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %0, ptr %90, align 8
  %91 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %20, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %33, i64 0
  %93 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %22, ptr %94, align 8
  %95 = call i32 @grad_lv.k7.body0.k10(ptr %42, i64 0, i64 1)
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %97 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %1, ptr %97, align 8
  %98 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %20, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %33, i64 64
  %100 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %43, i64 3
  store ptr %21, ptr %101, align 8
  %102 = call i32 @grad_lv.k7.body0.k10(ptr %43, i64 0, i64 1)
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %104 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %22, ptr %104, align 8
  %105 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %21, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %23, ptr %106, align 8
  %107 = call i32 @lv.k0.body0.k0(ptr %44, i64 0, i64 1)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %109 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %2, ptr %109, align 8
  %110 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %22, ptr %110, align 8
  %111 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %3, ptr %111, align 8
  %112 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %23, ptr %112, align 8
  %113 = getelementptr inbounds i8, ptr %33, i64 128
  %114 = getelementptr inbounds ptr, ptr %45, i64 4
  store ptr %113, ptr %114, align 8
  %115 = call i32 @lv.k0.body0.k1(ptr %45, i64 0, i64 1)
  %116 = icmp ne i32 %115, 0
  br i1 %116, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %117 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %4, ptr %117, align 8
  %118 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %23, ptr %118, align 8
  %119 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %5, ptr %119, align 8
  %120 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %21, ptr %120, align 8
  %121 = getelementptr inbounds i8, ptr %33, i64 192
  %122 = getelementptr inbounds ptr, ptr %46, i64 4
  store ptr %121, ptr %122, align 8
  %123 = call i32 @lv.k0.body0.k1(ptr %46, i64 0, i64 1)
  %124 = icmp ne i32 %123, 0
  br i1 %124, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %125 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %0, ptr %125, align 8
  %126 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %20, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %33, i64 128
  %128 = getelementptr inbounds ptr, ptr %47, i64 2
  store ptr %127, ptr %128, align 8
  %129 = getelementptr inbounds ptr, ptr %47, i64 3
  store ptr %25, ptr %129, align 8
  %130 = call i32 @grad_lv.k7.body0.k10(ptr %47, i64 0, i64 1)
  %131 = icmp ne i32 %130, 0
  br i1 %131, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %132 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %1, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %20, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %33, i64 192
  %135 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr %134, ptr %135, align 8
  %136 = getelementptr inbounds ptr, ptr %48, i64 3
  store ptr %24, ptr %136, align 8
  %137 = call i32 @grad_lv.k7.body0.k10(ptr %48, i64 0, i64 1)
  %138 = icmp ne i32 %137, 0
  br i1 %138, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %139 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %25, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %24, ptr %140, align 8
  %141 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %26, ptr %141, align 8
  %142 = call i32 @lv.k0.body0.k0(ptr %49, i64 0, i64 1)
  %143 = icmp ne i32 %142, 0
  br i1 %143, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %144 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %2, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %25, ptr %145, align 8
  %146 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %3, ptr %146, align 8
  %147 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %26, ptr %147, align 8
  %148 = getelementptr inbounds i8, ptr %33, i64 256
  %149 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %148, ptr %149, align 8
  %150 = call i32 @lv.k0.body0.k1(ptr %50, i64 0, i64 1)
  %151 = icmp ne i32 %150, 0
  br i1 %151, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %152 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %4, ptr %152, align 8
  %153 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %26, ptr %153, align 8
  %154 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %5, ptr %154, align 8
  %155 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %24, ptr %155, align 8
  %156 = getelementptr inbounds i8, ptr %33, i64 320
  %157 = getelementptr inbounds ptr, ptr %51, i64 4
  store ptr %156, ptr %157, align 8
  %158 = call i32 @lv.k0.body0.k1(ptr %51, i64 0, i64 1)
  %159 = icmp ne i32 %158, 0
  br i1 %159, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %160 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %0, ptr %160, align 8
  %161 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %27, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %33, i64 256
  %163 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %162, ptr %163, align 8
  %164 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %29, ptr %164, align 8
  %165 = call i32 @grad_lv.k7.body0.k10(ptr %52, i64 0, i64 1)
  %166 = icmp ne i32 %165, 0
  br i1 %166, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %167 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %1, ptr %167, align 8
  %168 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %27, ptr %168, align 8
  %169 = getelementptr inbounds i8, ptr %33, i64 320
  %170 = getelementptr inbounds ptr, ptr %53, i64 2
  store ptr %169, ptr %170, align 8
  %171 = getelementptr inbounds ptr, ptr %53, i64 3
  store ptr %28, ptr %171, align 8
  %172 = call i32 @grad_lv.k7.body0.k10(ptr %53, i64 0, i64 1)
  %173 = icmp ne i32 %172, 0
  br i1 %173, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %174 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %29, ptr %174, align 8
  %175 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %28, ptr %175, align 8
  %176 = getelementptr inbounds ptr, ptr %54, i64 2
  store ptr %30, ptr %176, align 8
  %177 = call i32 @lv.k0.body0.k0(ptr %54, i64 0, i64 1)
  %178 = icmp ne i32 %177, 0
  br i1 %178, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %179 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %0, ptr %179, align 8
  %180 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %32, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %33, i64 0
  %182 = getelementptr inbounds ptr, ptr %55, i64 2
  store ptr %181, ptr %182, align 8
  %183 = getelementptr inbounds ptr, ptr %55, i64 3
  store ptr %2, ptr %183, align 8
  %184 = getelementptr inbounds ptr, ptr %55, i64 4
  store ptr %29, ptr %184, align 8
  %185 = getelementptr inbounds ptr, ptr %55, i64 5
  store ptr %3, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %55, i64 6
  store ptr %30, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %55, i64 7
  store ptr %31, ptr %187, align 8
  %188 = getelementptr inbounds i8, ptr %33, i64 128
  %189 = getelementptr inbounds ptr, ptr %55, i64 8
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds i8, ptr %33, i64 256
  %191 = getelementptr inbounds ptr, ptr %55, i64 9
  store ptr %190, ptr %191, align 8
  %192 = getelementptr inbounds i8, ptr %33, i64 384
  %193 = getelementptr inbounds ptr, ptr %55, i64 10
  store ptr %192, ptr %193, align 8
  %194 = call i32 @grad_lv_ckpt.k4.body0.k20(ptr %55, i64 0, i64 1)
  %195 = icmp ne i32 %194, 0
  br i1 %195, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %196 = getelementptr inbounds ptr, ptr %56, i64 0
  store ptr %1, ptr %196, align 8
  %197 = getelementptr inbounds ptr, ptr %56, i64 1
  store ptr %32, ptr %197, align 8
  %198 = getelementptr inbounds i8, ptr %33, i64 64
  %199 = getelementptr inbounds ptr, ptr %56, i64 2
  store ptr %198, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %56, i64 3
  store ptr %4, ptr %200, align 8
  %201 = getelementptr inbounds ptr, ptr %56, i64 4
  store ptr %30, ptr %201, align 8
  %202 = getelementptr inbounds ptr, ptr %56, i64 5
  store ptr %5, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %56, i64 6
  store ptr %28, ptr %203, align 8
  %204 = getelementptr inbounds ptr, ptr %56, i64 7
  store ptr %31, ptr %204, align 8
  %205 = getelementptr inbounds i8, ptr %33, i64 192
  %206 = getelementptr inbounds ptr, ptr %56, i64 8
  store ptr %205, ptr %206, align 8
  %207 = getelementptr inbounds i8, ptr %33, i64 320
  %208 = getelementptr inbounds ptr, ptr %56, i64 9
  store ptr %207, ptr %208, align 8
  %209 = getelementptr inbounds ptr, ptr %56, i64 10
  store ptr %7, ptr %209, align 8
  %210 = call i32 @grad_lv_ckpt.k4.body0.k20(ptr %56, i64 0, i64 1)
  %211 = icmp ne i32 %210, 0
  br i1 %211, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %212 = getelementptr inbounds i8, ptr %33, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %212, i64 8, i1 false)
  %213 = getelementptr inbounds i8, ptr %33, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %213, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %15, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %19, ptr %5, i64 8, i1 false)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k7.body0.k1.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12, ptr %13, ptr %14, ptr %15, ptr %16, ptr %17, ptr %18, ptr %19, ptr %20, ptr %21, ptr %22, ptr %23, ptr %24, ptr %25, ptr %26, ptr noalias %27, ptr noalias %28, ptr noalias %29, ptr noalias %30, ptr noalias %31, ptr noalias %32, ptr %33) #1 {
entry:
  %34 = alloca ptr, align 8
  store ptr null, ptr %34, align 8
  %35 = alloca [3 x ptr], align 8
  %36 = alloca [3 x ptr], align 8
  %37 = alloca [3 x ptr], align 8
  %38 = alloca [3 x ptr], align 8
  %39 = alloca [3 x ptr], align 8
  %40 = alloca [2 x ptr], align 8
  %41 = alloca [2 x ptr], align 8
  %42 = alloca [5 x ptr], align 8
  %43 = alloca [5 x ptr], align 8
  %44 = alloca [5 x ptr], align 8
  %45 = alloca [4 x ptr], align 8
  %46 = alloca [4 x ptr], align 8
  %47 = alloca [2 x ptr], align 8
  %48 = alloca [2 x ptr], align 8
  %49 = alloca [5 x ptr], align 8
  %50 = alloca [5 x ptr], align 8
  %51 = alloca [5 x ptr], align 8
  %52 = alloca [4 x ptr], align 8
  %53 = alloca [4 x ptr], align 8
  %54 = alloca [2 x ptr], align 8
  %55 = alloca [2 x ptr], align 8
  %56 = alloca [5 x ptr], align 8
  %57 = alloca [5 x ptr], align 8
  %58 = alloca [5 x ptr], align 8
  %59 = alloca [4 x ptr], align 8
  %60 = alloca [4 x ptr], align 8
  %61 = alloca [2 x ptr], align 8
  %62 = alloca [10 x ptr], align 8
  %63 = alloca [10 x ptr], align 8
  %64 = alloca [2 x ptr], align 8
  %65 = alloca [5 x ptr], align 8
  %66 = alloca [10 x ptr], align 8
  %67 = alloca [10 x ptr], align 8
  %68 = alloca [9 x ptr], align 8
  %69 = alloca [9 x ptr], align 8
  %70 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %0, ptr %70, align 8
  %71 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %26, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %33, i64 0
  %73 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %72, ptr %73, align 8
  %74 = call i32 @grad_lv.k7.body0.k0(ptr %35, i64 0, i64 1)
  %75 = icmp ne i32 %74, 0
  br i1 %75, label %fail, label %ok

fail:                                             ; preds = %ok33, %ok32, %ok31, %ok30, %ok29, %ok28, %ok27, %ok26, %ok25, %ok24, %ok23, %ok22, %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %74, %entry ], [ %80, %ok ], [ %87, %ok1 ], [ %94, %ok2 ], [ %101, %ok3 ], [ %107, %ok4 ], [ %113, %ok5 ], [ %123, %ok6 ], [ %133, %ok7 ], [ %143, %ok8 ], [ %152, %ok9 ], [ %161, %ok10 ], [ %167, %ok11 ], [ %173, %ok12 ], [ %183, %ok13 ], [ %193, %ok14 ], [ %203, %ok15 ], [ %212, %ok16 ], [ %221, %ok17 ], [ %227, %ok18 ], [ %233, %ok19 ], [ %243, %ok20 ], [ %253, %ok21 ], [ %263, %ok22 ], [ %272, %ok23 ], [ %281, %ok24 ], [ %287, %ok25 ], [ %303, %ok26 ], [ %319, %ok27 ], [ %325, %ok28 ], [ %335, %ok29 ], [ %351, %ok30 ], [ %367, %ok31 ], [ %383, %ok32 ], [ %400, %ok33 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %76 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %1, ptr %76, align 8
  %77 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %25, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %33, i64 64
  %79 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k0(ptr %36, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %82 = getelementptr inbounds i8, ptr %33, i64 64
  %83 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %82, ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %24, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %33, i64 128
  %86 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %85, ptr %86, align 8
  %87 = call i32 @lv.k0.body0.k0(ptr %37, i64 0, i64 1)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %89 = getelementptr inbounds i8, ptr %33, i64 0
  %90 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %25, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %33, i64 192
  %93 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %92, ptr %93, align 8
  %94 = call i32 @lv.k0.body0.k0(ptr %38, i64 0, i64 1)
  %95 = icmp ne i32 %94, 0
  br i1 %95, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %96 = getelementptr inbounds i8, ptr %33, i64 192
  %97 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %96, ptr %97, align 8
  %98 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %24, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %33, i64 256
  %100 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %99, ptr %100, align 8
  %101 = call i32 @lv.k0.body0.k0(ptr %39, i64 0, i64 1)
  %102 = icmp ne i32 %101, 0
  br i1 %102, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %103 = getelementptr inbounds i8, ptr %33, i64 64
  %104 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %103, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %33, i64 320
  %106 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %105, ptr %106, align 8
  %107 = call i32 @grad_lv.k7.body0.k5(ptr %40, i64 0, i64 1)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %109 = getelementptr inbounds i8, ptr %33, i64 192
  %110 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %109, ptr %110, align 8
  %111 = getelementptr inbounds i8, ptr %33, i64 384
  %112 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %111, ptr %112, align 8
  %113 = call i32 @grad_lv.k7.body0.k5(ptr %41, i64 0, i64 1)
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %115 = getelementptr inbounds i8, ptr %33, i64 64
  %116 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %11, ptr %117, align 8
  %118 = getelementptr inbounds i8, ptr %33, i64 384
  %119 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %10, ptr %120, align 8
  %121 = getelementptr inbounds i8, ptr %33, i64 448
  %122 = getelementptr inbounds ptr, ptr %42, i64 4
  store ptr %121, ptr %122, align 8
  %123 = call i32 @grad_lv.k7.body0.k7(ptr %42, i64 0, i64 1)
  %124 = icmp ne i32 %123, 0
  br i1 %124, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %125 = getelementptr inbounds i8, ptr %33, i64 320
  %126 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %12, ptr %127, align 8
  %128 = getelementptr inbounds i8, ptr %33, i64 448
  %129 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds ptr, ptr %43, i64 3
  store ptr %22, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %33, i64 512
  %132 = getelementptr inbounds ptr, ptr %43, i64 4
  store ptr %131, ptr %132, align 8
  %133 = call i32 @grad_lv.k7.body0.k7(ptr %43, i64 0, i64 1)
  %134 = icmp ne i32 %133, 0
  br i1 %134, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %135 = getelementptr inbounds i8, ptr %33, i64 192
  %136 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %8, ptr %137, align 8
  %138 = getelementptr inbounds i8, ptr %33, i64 448
  %139 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %21, ptr %140, align 8
  %141 = getelementptr inbounds i8, ptr %33, i64 576
  %142 = getelementptr inbounds ptr, ptr %44, i64 4
  store ptr %141, ptr %142, align 8
  %143 = call i32 @grad_lv.k7.body0.k7(ptr %44, i64 0, i64 1)
  %144 = icmp ne i32 %143, 0
  br i1 %144, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %145 = getelementptr inbounds i8, ptr %33, i64 128
  %146 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %145, ptr %146, align 8
  %147 = getelementptr inbounds i8, ptr %33, i64 512
  %148 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %147, ptr %148, align 8
  %149 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %20, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %33, i64 448
  %151 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %150, ptr %151, align 8
  %152 = call i32 @grad_lv.k7.body0.k10(ptr %45, i64 0, i64 1)
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %154 = getelementptr inbounds i8, ptr %33, i64 256
  %155 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %154, ptr %155, align 8
  %156 = getelementptr inbounds i8, ptr %33, i64 576
  %157 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %156, ptr %157, align 8
  %158 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %20, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %33, i64 640
  %160 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %159, ptr %160, align 8
  %161 = call i32 @grad_lv.k7.body0.k10(ptr %46, i64 0, i64 1)
  %162 = icmp ne i32 %161, 0
  br i1 %162, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %163 = getelementptr inbounds i8, ptr %33, i64 448
  %164 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %163, ptr %164, align 8
  %165 = getelementptr inbounds i8, ptr %33, i64 704
  %166 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %165, ptr %166, align 8
  %167 = call i32 @grad_lv.k7.body0.k5(ptr %47, i64 0, i64 1)
  %168 = icmp ne i32 %167, 0
  br i1 %168, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %169 = getelementptr inbounds i8, ptr %33, i64 640
  %170 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %169, ptr %170, align 8
  %171 = getelementptr inbounds i8, ptr %33, i64 768
  %172 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %171, ptr %172, align 8
  %173 = call i32 @grad_lv.k7.body0.k5(ptr %48, i64 0, i64 1)
  %174 = icmp ne i32 %173, 0
  br i1 %174, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %175 = getelementptr inbounds i8, ptr %33, i64 448
  %176 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %175, ptr %176, align 8
  %177 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %11, ptr %177, align 8
  %178 = getelementptr inbounds i8, ptr %33, i64 768
  %179 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %178, ptr %179, align 8
  %180 = getelementptr inbounds ptr, ptr %49, i64 3
  store ptr %10, ptr %180, align 8
  %181 = getelementptr inbounds i8, ptr %33, i64 832
  %182 = getelementptr inbounds ptr, ptr %49, i64 4
  store ptr %181, ptr %182, align 8
  %183 = call i32 @grad_lv.k7.body0.k7(ptr %49, i64 0, i64 1)
  %184 = icmp ne i32 %183, 0
  br i1 %184, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %185 = getelementptr inbounds i8, ptr %33, i64 704
  %186 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %185, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %12, ptr %187, align 8
  %188 = getelementptr inbounds i8, ptr %33, i64 832
  %189 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %18, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %33, i64 896
  %192 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %191, ptr %192, align 8
  %193 = call i32 @grad_lv.k7.body0.k7(ptr %50, i64 0, i64 1)
  %194 = icmp ne i32 %193, 0
  br i1 %194, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %195 = getelementptr inbounds i8, ptr %33, i64 640
  %196 = getelementptr inbounds ptr, ptr %51, i64 0
  store ptr %195, ptr %196, align 8
  %197 = getelementptr inbounds ptr, ptr %51, i64 1
  store ptr %8, ptr %197, align 8
  %198 = getelementptr inbounds i8, ptr %33, i64 832
  %199 = getelementptr inbounds ptr, ptr %51, i64 2
  store ptr %198, ptr %199, align 8
  %200 = getelementptr inbounds ptr, ptr %51, i64 3
  store ptr %17, ptr %200, align 8
  %201 = getelementptr inbounds i8, ptr %33, i64 960
  %202 = getelementptr inbounds ptr, ptr %51, i64 4
  store ptr %201, ptr %202, align 8
  %203 = call i32 @grad_lv.k7.body0.k7(ptr %51, i64 0, i64 1)
  %204 = icmp ne i32 %203, 0
  br i1 %204, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %205 = getelementptr inbounds i8, ptr %33, i64 128
  %206 = getelementptr inbounds ptr, ptr %52, i64 0
  store ptr %205, ptr %206, align 8
  %207 = getelementptr inbounds i8, ptr %33, i64 896
  %208 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr %207, ptr %208, align 8
  %209 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %13, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %33, i64 832
  %211 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %210, ptr %211, align 8
  %212 = call i32 @grad_lv.k7.body0.k10(ptr %52, i64 0, i64 1)
  %213 = icmp ne i32 %212, 0
  br i1 %213, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %214 = getelementptr inbounds i8, ptr %33, i64 256
  %215 = getelementptr inbounds ptr, ptr %53, i64 0
  store ptr %214, ptr %215, align 8
  %216 = getelementptr inbounds i8, ptr %33, i64 960
  %217 = getelementptr inbounds ptr, ptr %53, i64 1
  store ptr %216, ptr %217, align 8
  %218 = getelementptr inbounds ptr, ptr %53, i64 2
  store ptr %13, ptr %218, align 8
  %219 = getelementptr inbounds i8, ptr %33, i64 128
  %220 = getelementptr inbounds ptr, ptr %53, i64 3
  store ptr %219, ptr %220, align 8
  %221 = call i32 @grad_lv.k7.body0.k10(ptr %53, i64 0, i64 1)
  %222 = icmp ne i32 %221, 0
  br i1 %222, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %223 = getelementptr inbounds i8, ptr %33, i64 832
  %224 = getelementptr inbounds ptr, ptr %54, i64 0
  store ptr %223, ptr %224, align 8
  %225 = getelementptr inbounds i8, ptr %33, i64 256
  %226 = getelementptr inbounds ptr, ptr %54, i64 1
  store ptr %225, ptr %226, align 8
  %227 = call i32 @grad_lv.k7.body0.k5(ptr %54, i64 0, i64 1)
  %228 = icmp ne i32 %227, 0
  br i1 %228, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %229 = getelementptr inbounds i8, ptr %33, i64 128
  %230 = getelementptr inbounds ptr, ptr %55, i64 0
  store ptr %229, ptr %230, align 8
  %231 = getelementptr inbounds i8, ptr %33, i64 1024
  %232 = getelementptr inbounds ptr, ptr %55, i64 1
  store ptr %231, ptr %232, align 8
  %233 = call i32 @grad_lv.k7.body0.k5(ptr %55, i64 0, i64 1)
  %234 = icmp ne i32 %233, 0
  br i1 %234, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %235 = getelementptr inbounds i8, ptr %33, i64 832
  %236 = getelementptr inbounds ptr, ptr %56, i64 0
  store ptr %235, ptr %236, align 8
  %237 = getelementptr inbounds ptr, ptr %56, i64 1
  store ptr %11, ptr %237, align 8
  %238 = getelementptr inbounds i8, ptr %33, i64 1024
  %239 = getelementptr inbounds ptr, ptr %56, i64 2
  store ptr %238, ptr %239, align 8
  %240 = getelementptr inbounds ptr, ptr %56, i64 3
  store ptr %10, ptr %240, align 8
  %241 = getelementptr inbounds i8, ptr %33, i64 1088
  %242 = getelementptr inbounds ptr, ptr %56, i64 4
  store ptr %241, ptr %242, align 8
  %243 = call i32 @grad_lv.k7.body0.k7(ptr %56, i64 0, i64 1)
  %244 = icmp ne i32 %243, 0
  br i1 %244, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %245 = getelementptr inbounds i8, ptr %33, i64 256
  %246 = getelementptr inbounds ptr, ptr %57, i64 0
  store ptr %245, ptr %246, align 8
  %247 = getelementptr inbounds ptr, ptr %57, i64 1
  store ptr %12, ptr %247, align 8
  %248 = getelementptr inbounds i8, ptr %33, i64 1088
  %249 = getelementptr inbounds ptr, ptr %57, i64 2
  store ptr %248, ptr %249, align 8
  %250 = getelementptr inbounds ptr, ptr %57, i64 3
  store ptr %15, ptr %250, align 8
  %251 = getelementptr inbounds i8, ptr %33, i64 1152
  %252 = getelementptr inbounds ptr, ptr %57, i64 4
  store ptr %251, ptr %252, align 8
  %253 = call i32 @grad_lv.k7.body0.k7(ptr %57, i64 0, i64 1)
  %254 = icmp ne i32 %253, 0
  br i1 %254, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %255 = getelementptr inbounds i8, ptr %33, i64 128
  %256 = getelementptr inbounds ptr, ptr %58, i64 0
  store ptr %255, ptr %256, align 8
  %257 = getelementptr inbounds ptr, ptr %58, i64 1
  store ptr %8, ptr %257, align 8
  %258 = getelementptr inbounds i8, ptr %33, i64 1088
  %259 = getelementptr inbounds ptr, ptr %58, i64 2
  store ptr %258, ptr %259, align 8
  %260 = getelementptr inbounds ptr, ptr %58, i64 3
  store ptr %14, ptr %260, align 8
  %261 = getelementptr inbounds i8, ptr %33, i64 1216
  %262 = getelementptr inbounds ptr, ptr %58, i64 4
  store ptr %261, ptr %262, align 8
  %263 = call i32 @grad_lv.k7.body0.k7(ptr %58, i64 0, i64 1)
  %264 = icmp ne i32 %263, 0
  br i1 %264, label %fail, label %ok23

ok23:                                             ; preds = %ok22
  %265 = getelementptr inbounds i8, ptr %33, i64 64
  %266 = getelementptr inbounds ptr, ptr %59, i64 0
  store ptr %265, ptr %266, align 8
  %267 = getelementptr inbounds i8, ptr %33, i64 1152
  %268 = getelementptr inbounds ptr, ptr %59, i64 1
  store ptr %267, ptr %268, align 8
  %269 = getelementptr inbounds ptr, ptr %59, i64 2
  store ptr %13, ptr %269, align 8
  %270 = getelementptr inbounds i8, ptr %33, i64 1088
  %271 = getelementptr inbounds ptr, ptr %59, i64 3
  store ptr %270, ptr %271, align 8
  %272 = call i32 @grad_lv.k7.body0.k10(ptr %59, i64 0, i64 1)
  %273 = icmp ne i32 %272, 0
  br i1 %273, label %fail, label %ok24

ok24:                                             ; preds = %ok23
  %274 = getelementptr inbounds i8, ptr %33, i64 192
  %275 = getelementptr inbounds ptr, ptr %60, i64 0
  store ptr %274, ptr %275, align 8
  %276 = getelementptr inbounds i8, ptr %33, i64 1216
  %277 = getelementptr inbounds ptr, ptr %60, i64 1
  store ptr %276, ptr %277, align 8
  %278 = getelementptr inbounds ptr, ptr %60, i64 2
  store ptr %13, ptr %278, align 8
  %279 = getelementptr inbounds i8, ptr %33, i64 1280
  %280 = getelementptr inbounds ptr, ptr %60, i64 3
  store ptr %279, ptr %280, align 8
  %281 = call i32 @grad_lv.k7.body0.k10(ptr %60, i64 0, i64 1)
  %282 = icmp ne i32 %281, 0
  br i1 %282, label %fail, label %ok25

ok25:                                             ; preds = %ok24
  %283 = getelementptr inbounds i8, ptr %33, i64 1088
  %284 = getelementptr inbounds ptr, ptr %61, i64 0
  store ptr %283, ptr %284, align 8
  %285 = getelementptr inbounds i8, ptr %33, i64 1344
  %286 = getelementptr inbounds ptr, ptr %61, i64 1
  store ptr %285, ptr %286, align 8
  %287 = call i32 @grad_lv.k7.body0.k5(ptr %61, i64 0, i64 1)
  %288 = icmp ne i32 %287, 0
  br i1 %288, label %fail, label %ok26

ok26:                                             ; preds = %ok25
  %289 = getelementptr inbounds ptr, ptr %62, i64 0
  store ptr %5, ptr %289, align 8
  %290 = getelementptr inbounds i8, ptr %33, i64 320
  %291 = getelementptr inbounds ptr, ptr %62, i64 1
  store ptr %290, ptr %291, align 8
  %292 = getelementptr inbounds ptr, ptr %62, i64 2
  store ptr %21, ptr %292, align 8
  %293 = getelementptr inbounds i8, ptr %33, i64 704
  %294 = getelementptr inbounds ptr, ptr %62, i64 3
  store ptr %293, ptr %294, align 8
  %295 = getelementptr inbounds ptr, ptr %62, i64 4
  store ptr %17, ptr %295, align 8
  %296 = getelementptr inbounds i8, ptr %33, i64 256
  %297 = getelementptr inbounds ptr, ptr %62, i64 5
  store ptr %296, ptr %297, align 8
  %298 = getelementptr inbounds ptr, ptr %62, i64 6
  store ptr %14, ptr %298, align 8
  %299 = getelementptr inbounds i8, ptr %33, i64 1344
  %300 = getelementptr inbounds ptr, ptr %62, i64 7
  store ptr %299, ptr %300, align 8
  %301 = getelementptr inbounds ptr, ptr %62, i64 8
  store ptr %6, ptr %301, align 8
  %302 = getelementptr inbounds ptr, ptr %62, i64 9
  store ptr %32, ptr %302, align 8
  %303 = call i32 @grad_lv.k7.body0.k27(ptr %62, i64 0, i64 1)
  %304 = icmp ne i32 %303, 0
  br i1 %304, label %fail, label %ok27

ok27:                                             ; preds = %ok26
  %305 = getelementptr inbounds ptr, ptr %63, i64 0
  store ptr %4, ptr %305, align 8
  %306 = getelementptr inbounds i8, ptr %33, i64 64
  %307 = getelementptr inbounds ptr, ptr %63, i64 1
  store ptr %306, ptr %307, align 8
  %308 = getelementptr inbounds ptr, ptr %63, i64 2
  store ptr %23, ptr %308, align 8
  %309 = getelementptr inbounds i8, ptr %33, i64 448
  %310 = getelementptr inbounds ptr, ptr %63, i64 3
  store ptr %309, ptr %310, align 8
  %311 = getelementptr inbounds ptr, ptr %63, i64 4
  store ptr %19, ptr %311, align 8
  %312 = getelementptr inbounds i8, ptr %33, i64 832
  %313 = getelementptr inbounds ptr, ptr %63, i64 5
  store ptr %312, ptr %313, align 8
  %314 = getelementptr inbounds ptr, ptr %63, i64 6
  store ptr %16, ptr %314, align 8
  %315 = getelementptr inbounds i8, ptr %33, i64 1088
  %316 = getelementptr inbounds ptr, ptr %63, i64 7
  store ptr %315, ptr %316, align 8
  %317 = getelementptr inbounds ptr, ptr %63, i64 8
  store ptr %9, ptr %317, align 8
  %318 = getelementptr inbounds ptr, ptr %63, i64 9
  store ptr %31, ptr %318, align 8
  %319 = call i32 @grad_lv.k7.body0.k27(ptr %63, i64 0, i64 1)
  %320 = icmp ne i32 %319, 0
  br i1 %320, label %fail, label %ok28

ok28:                                             ; preds = %ok27
  %321 = getelementptr inbounds i8, ptr %33, i64 1280
  %322 = getelementptr inbounds ptr, ptr %64, i64 0
  store ptr %321, ptr %322, align 8
  %323 = getelementptr inbounds i8, ptr %33, i64 64
  %324 = getelementptr inbounds ptr, ptr %64, i64 1
  store ptr %323, ptr %324, align 8
  %325 = call i32 @grad_lv.k7.body0.k5(ptr %64, i64 0, i64 1)
  %326 = icmp ne i32 %325, 0
  br i1 %326, label %fail, label %ok29

ok29:                                             ; preds = %ok28
  %327 = getelementptr inbounds i8, ptr %33, i64 1088
  %328 = getelementptr inbounds ptr, ptr %65, i64 0
  store ptr %327, ptr %328, align 8
  %329 = getelementptr inbounds ptr, ptr %65, i64 1
  store ptr %11, ptr %329, align 8
  %330 = getelementptr inbounds i8, ptr %33, i64 64
  %331 = getelementptr inbounds ptr, ptr %65, i64 2
  store ptr %330, ptr %331, align 8
  %332 = getelementptr inbounds ptr, ptr %65, i64 3
  store ptr %10, ptr %332, align 8
  %333 = getelementptr inbounds i8, ptr %33, i64 256
  %334 = getelementptr inbounds ptr, ptr %65, i64 4
  store ptr %333, ptr %334, align 8
  %335 = call i32 @grad_lv.k7.body0.k7(ptr %65, i64 0, i64 1)
  %336 = icmp ne i32 %335, 0
  br i1 %336, label %fail, label %ok30

ok30:                                             ; preds = %ok29
  %337 = getelementptr inbounds ptr, ptr %66, i64 0
  store ptr %3, ptr %337, align 8
  %338 = getelementptr inbounds i8, ptr %33, i64 384
  %339 = getelementptr inbounds ptr, ptr %66, i64 1
  store ptr %338, ptr %339, align 8
  %340 = getelementptr inbounds ptr, ptr %66, i64 2
  store ptr %23, ptr %340, align 8
  %341 = getelementptr inbounds i8, ptr %33, i64 768
  %342 = getelementptr inbounds ptr, ptr %66, i64 3
  store ptr %341, ptr %342, align 8
  %343 = getelementptr inbounds ptr, ptr %66, i64 4
  store ptr %19, ptr %343, align 8
  %344 = getelementptr inbounds i8, ptr %33, i64 1024
  %345 = getelementptr inbounds ptr, ptr %66, i64 5
  store ptr %344, ptr %345, align 8
  %346 = getelementptr inbounds ptr, ptr %66, i64 6
  store ptr %16, ptr %346, align 8
  %347 = getelementptr inbounds i8, ptr %33, i64 64
  %348 = getelementptr inbounds ptr, ptr %66, i64 7
  store ptr %347, ptr %348, align 8
  %349 = getelementptr inbounds ptr, ptr %66, i64 8
  store ptr %9, ptr %349, align 8
  %350 = getelementptr inbounds ptr, ptr %66, i64 9
  store ptr %30, ptr %350, align 8
  %351 = call i32 @grad_lv.k7.body0.k27(ptr %66, i64 0, i64 1)
  %352 = icmp ne i32 %351, 0
  br i1 %352, label %fail, label %ok31

ok31:                                             ; preds = %ok30
  %353 = getelementptr inbounds ptr, ptr %67, i64 0
  store ptr %2, ptr %353, align 8
  %354 = getelementptr inbounds i8, ptr %33, i64 192
  %355 = getelementptr inbounds ptr, ptr %67, i64 1
  store ptr %354, ptr %355, align 8
  %356 = getelementptr inbounds ptr, ptr %67, i64 2
  store ptr %22, ptr %356, align 8
  %357 = getelementptr inbounds i8, ptr %33, i64 640
  %358 = getelementptr inbounds ptr, ptr %67, i64 3
  store ptr %357, ptr %358, align 8
  %359 = getelementptr inbounds ptr, ptr %67, i64 4
  store ptr %18, ptr %359, align 8
  %360 = getelementptr inbounds i8, ptr %33, i64 128
  %361 = getelementptr inbounds ptr, ptr %67, i64 5
  store ptr %360, ptr %361, align 8
  %362 = getelementptr inbounds ptr, ptr %67, i64 6
  store ptr %15, ptr %362, align 8
  %363 = getelementptr inbounds i8, ptr %33, i64 1280
  %364 = getelementptr inbounds ptr, ptr %67, i64 7
  store ptr %363, ptr %364, align 8
  %365 = getelementptr inbounds ptr, ptr %67, i64 8
  store ptr %7, ptr %365, align 8
  %366 = getelementptr inbounds ptr, ptr %67, i64 9
  store ptr %29, ptr %366, align 8
  %367 = call i32 @grad_lv.k7.body0.k27(ptr %67, i64 0, i64 1)
  %368 = icmp ne i32 %367, 0
  br i1 %368, label %fail, label %ok32

ok32:                                             ; preds = %ok31
  %369 = getelementptr inbounds ptr, ptr %68, i64 0
  store ptr %1, ptr %369, align 8
  %370 = getelementptr inbounds i8, ptr %33, i64 512
  %371 = getelementptr inbounds ptr, ptr %68, i64 1
  store ptr %370, ptr %371, align 8
  %372 = getelementptr inbounds i8, ptr %33, i64 896
  %373 = getelementptr inbounds ptr, ptr %68, i64 2
  store ptr %372, ptr %373, align 8
  %374 = getelementptr inbounds i8, ptr %33, i64 1152
  %375 = getelementptr inbounds ptr, ptr %68, i64 3
  store ptr %374, ptr %375, align 8
  %376 = getelementptr inbounds i8, ptr %33, i64 1344
  %377 = getelementptr inbounds ptr, ptr %68, i64 4
  store ptr %376, ptr %377, align 8
  %378 = getelementptr inbounds ptr, ptr %68, i64 5
  store ptr %12, ptr %378, align 8
  %379 = getelementptr inbounds i8, ptr %33, i64 256
  %380 = getelementptr inbounds ptr, ptr %68, i64 6
  store ptr %379, ptr %380, align 8
  %381 = getelementptr inbounds ptr, ptr %68, i64 7
  store ptr %7, ptr %381, align 8
  %382 = getelementptr inbounds ptr, ptr %68, i64 8
  store ptr %28, ptr %382, align 8
  %383 = call i32 @grad_lv.k7.body0.k33(ptr %68, i64 0, i64 1)
  %384 = icmp ne i32 %383, 0
  br i1 %384, label %fail, label %ok33

ok33:                                             ; preds = %ok32
  %385 = getelementptr inbounds i8, ptr %33, i64 0
  %386 = getelementptr inbounds ptr, ptr %69, i64 0
  store ptr %385, ptr %386, align 8
  %387 = getelementptr inbounds i8, ptr %33, i64 576
  %388 = getelementptr inbounds ptr, ptr %69, i64 1
  store ptr %387, ptr %388, align 8
  %389 = getelementptr inbounds i8, ptr %33, i64 960
  %390 = getelementptr inbounds ptr, ptr %69, i64 2
  store ptr %389, ptr %390, align 8
  %391 = getelementptr inbounds i8, ptr %33, i64 1216
  %392 = getelementptr inbounds ptr, ptr %69, i64 3
  store ptr %391, ptr %392, align 8
  %393 = getelementptr inbounds i8, ptr %33, i64 1280
  %394 = getelementptr inbounds ptr, ptr %69, i64 4
  store ptr %393, ptr %394, align 8
  %395 = getelementptr inbounds ptr, ptr %69, i64 5
  store ptr %8, ptr %395, align 8
  %396 = getelementptr inbounds i8, ptr %33, i64 256
  %397 = getelementptr inbounds ptr, ptr %69, i64 6
  store ptr %396, ptr %397, align 8
  %398 = getelementptr inbounds ptr, ptr %69, i64 7
  store ptr %6, ptr %398, align 8
  %399 = getelementptr inbounds ptr, ptr %69, i64 8
  store ptr %27, ptr %399, align 8
  %400 = call i32 @grad_lv.k7.body0.k33(ptr %69, i64 0, i64 1)
  %401 = icmp ne i32 %400, 0
  br i1 %401, label %fail, label %ok34

ok34:                                             ; preds = %ok33
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k7.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr noalias %18, ptr %19) #1 {
entry:
  %20 = alloca ptr, align 8
  store ptr null, ptr %20, align 8
  %21 = alloca ptr, align 8
  %22 = call i32 @ftc_rt_alloc(ptr %21, i64 960)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %loop.alloc.failed, label %loop.alloc.ok

fail:                                             ; preds = %loop.body.failed8, %loop.alloc.failed1, %loop.body.failed, %loop.alloc.failed
  %status = phi i32 [ %22, %loop.alloc.failed ], [ %100, %loop.body.failed ], [ %110, %loop.alloc.failed1 ], [ %204, %loop.body.failed8 ]
  ret i32 %status

loop.alloc.failed:                                ; preds = %entry
  br label %fail

loop.alloc.ok:                                    ; preds = %entry
  %24 = load ptr, ptr %21, align 8
  %25 = getelementptr inbounds i8, ptr %24, i64 0
  %26 = getelementptr inbounds i8, ptr %24, i64 256
  %27 = getelementptr inbounds i8, ptr %24, i64 128
  %28 = getelementptr inbounds i8, ptr %24, i64 384
  %29 = getelementptr inbounds i8, ptr %24, i64 512
  call void @llvm.memcpy.p0.p0.i64(ptr %25, ptr %6, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %27, ptr %7, i64 8, i1 false)
  %30 = getelementptr inbounds i8, ptr %19, i64 384
  %31 = getelementptr inbounds i8, ptr %19, i64 448
  %32 = getelementptr inbounds i8, ptr %19, i64 512
  %33 = getelementptr inbounds i8, ptr %19, i64 576
  %34 = getelementptr inbounds i8, ptr %19, i64 640
  %35 = getelementptr inbounds i8, ptr %19, i64 704
  %36 = getelementptr inbounds i8, ptr %19, i64 768
  %37 = getelementptr inbounds i8, ptr %19, i64 832
  %38 = getelementptr inbounds i8, ptr %19, i64 896
  %39 = getelementptr inbounds i8, ptr %19, i64 960
  %40 = getelementptr inbounds i8, ptr %19, i64 1024
  %41 = getelementptr inbounds i8, ptr %19, i64 1088
  %42 = getelementptr inbounds i8, ptr %19, i64 1152
  %43 = getelementptr inbounds i8, ptr %19, i64 1216
  %44 = getelementptr inbounds i8, ptr %19, i64 1280
  %45 = getelementptr inbounds i8, ptr %19, i64 1344
  %46 = getelementptr inbounds i8, ptr %19, i64 1408
  %47 = getelementptr inbounds i8, ptr %19, i64 1472
  %48 = getelementptr inbounds i8, ptr %19, i64 1536
  %49 = getelementptr inbounds i8, ptr %19, i64 1600
  %50 = getelementptr inbounds i8, ptr %19, i64 1664
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %102, %latch ]
  %51 = icmp slt i64 %i, 8
  br i1 %51, label %body, label %exit

body:                                             ; preds = %loop
  %52 = and i64 %i, 1
  %53 = icmp eq i64 %52, 0
  %54 = select i1 %53, ptr %25, ptr %26
  %55 = select i1 %53, ptr %27, ptr %28
  %56 = select i1 %53, ptr %26, ptr %25
  %57 = select i1 %53, ptr %28, ptr %27
  %58 = mul i64 %i, 8
  %59 = getelementptr inbounds i8, ptr %30, i64 %58
  %60 = mul i64 %i, 8
  %61 = getelementptr inbounds i8, ptr %31, i64 %60
  %62 = mul i64 %i, 8
  %63 = getelementptr inbounds i8, ptr %32, i64 %62
  %64 = mul i64 %i, 8
  %65 = getelementptr inbounds i8, ptr %33, i64 %64
  %66 = mul i64 %i, 8
  %67 = getelementptr inbounds i8, ptr %34, i64 %66
  %68 = mul i64 %i, 8
  %69 = getelementptr inbounds i8, ptr %35, i64 %68
  %70 = mul i64 %i, 8
  %71 = getelementptr inbounds i8, ptr %36, i64 %70
  %72 = mul i64 %i, 8
  %73 = getelementptr inbounds i8, ptr %37, i64 %72
  %74 = mul i64 %i, 8
  %75 = getelementptr inbounds i8, ptr %38, i64 %74
  %76 = mul i64 %i, 8
  %77 = getelementptr inbounds i8, ptr %39, i64 %76
  %78 = mul i64 %i, 8
  %79 = getelementptr inbounds i8, ptr %40, i64 %78
  %80 = mul i64 %i, 8
  %81 = getelementptr inbounds i8, ptr %41, i64 %80
  %82 = mul i64 %i, 8
  %83 = getelementptr inbounds i8, ptr %42, i64 %82
  %84 = mul i64 %i, 8
  %85 = getelementptr inbounds i8, ptr %43, i64 %84
  %86 = mul i64 %i, 8
  %87 = getelementptr inbounds i8, ptr %44, i64 %86
  %88 = mul i64 %i, 8
  %89 = getelementptr inbounds i8, ptr %45, i64 %88
  %90 = mul i64 %i, 8
  %91 = getelementptr inbounds i8, ptr %46, i64 %90
  %92 = mul i64 %i, 8
  %93 = getelementptr inbounds i8, ptr %47, i64 %92
  %94 = mul i64 %i, 8
  %95 = getelementptr inbounds i8, ptr %48, i64 %94
  %96 = mul i64 %i, 8
  %97 = getelementptr inbounds i8, ptr %49, i64 %96
  %98 = mul i64 %i, 8
  %99 = getelementptr inbounds i8, ptr %50, i64 %98
  %100 = call i32 @grad_lv_ckpt.k7.body0.k0.body0(ptr %54, ptr %55, ptr %8, ptr %9, ptr %10, ptr %11, ptr %56, ptr %57, ptr %8, ptr %9, ptr %10, ptr %11, ptr %59, ptr %61, ptr %63, ptr %65, ptr %67, ptr %69, ptr %71, ptr %73, ptr %75, ptr %77, ptr %79, ptr %81, ptr %83, ptr %85, ptr %87, ptr %89, ptr %91, ptr %93, ptr %95, ptr %97, ptr %99, ptr %29)
  %101 = icmp ne i32 %100, 0
  br i1 %101, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %102 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %103 = getelementptr inbounds i8, ptr %19, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %103, ptr %25, i64 8, i1 false)
  %104 = getelementptr inbounds i8, ptr %19, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %104, ptr %27, i64 8, i1 false)
  %105 = getelementptr inbounds i8, ptr %19, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %105, ptr %8, i64 8, i1 false)
  %106 = getelementptr inbounds i8, ptr %19, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %106, ptr %9, i64 8, i1 false)
  %107 = getelementptr inbounds i8, ptr %19, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %107, ptr %10, i64 8, i1 false)
  %108 = getelementptr inbounds i8, ptr %19, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %108, ptr %11, i64 8, i1 false)
  call void @ftc_rt_free(ptr %24)
  %109 = alloca ptr, align 8
  %110 = call i32 @ftc_rt_alloc(ptr %109, i64 2944)
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %loop.alloc.failed1, label %loop.alloc.ok2

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %24)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

loop.alloc.failed1:                               ; preds = %exit
  br label %fail

loop.alloc.ok2:                                   ; preds = %exit
  %112 = load ptr, ptr %109, align 8
  %113 = getelementptr inbounds i8, ptr %112, i64 0
  %114 = getelementptr inbounds i8, ptr %112, i64 768
  %115 = getelementptr inbounds i8, ptr %112, i64 128
  %116 = getelementptr inbounds i8, ptr %112, i64 896
  %117 = getelementptr inbounds i8, ptr %112, i64 256
  %118 = getelementptr inbounds i8, ptr %112, i64 1024
  %119 = getelementptr inbounds i8, ptr %112, i64 384
  %120 = getelementptr inbounds i8, ptr %112, i64 1152
  %121 = getelementptr inbounds i8, ptr %112, i64 512
  %122 = getelementptr inbounds i8, ptr %112, i64 1280
  %123 = getelementptr inbounds i8, ptr %112, i64 640
  %124 = getelementptr inbounds i8, ptr %112, i64 1408
  %125 = getelementptr inbounds i8, ptr %112, i64 1536
  call void @llvm.memcpy.p0.p0.i64(ptr %113, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %115, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %117, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %119, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %121, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %123, ptr %5, i64 8, i1 false)
  %126 = getelementptr inbounds i8, ptr %19, i64 448
  %127 = getelementptr inbounds i8, ptr %19, i64 512
  %128 = getelementptr inbounds i8, ptr %19, i64 576
  %129 = getelementptr inbounds i8, ptr %19, i64 640
  %130 = getelementptr inbounds i8, ptr %19, i64 704
  %131 = getelementptr inbounds i8, ptr %19, i64 768
  %132 = getelementptr inbounds i8, ptr %19, i64 832
  %133 = getelementptr inbounds i8, ptr %19, i64 896
  %134 = getelementptr inbounds i8, ptr %19, i64 960
  %135 = getelementptr inbounds i8, ptr %19, i64 1024
  %136 = getelementptr inbounds i8, ptr %19, i64 1088
  %137 = getelementptr inbounds i8, ptr %19, i64 1152
  %138 = getelementptr inbounds i8, ptr %19, i64 1216
  %139 = getelementptr inbounds i8, ptr %19, i64 1280
  %140 = getelementptr inbounds i8, ptr %19, i64 1344
  %141 = getelementptr inbounds i8, ptr %19, i64 1408
  %142 = getelementptr inbounds i8, ptr %19, i64 1472
  %143 = getelementptr inbounds i8, ptr %19, i64 1536
  %144 = getelementptr inbounds i8, ptr %19, i64 1600
  %145 = getelementptr inbounds i8, ptr %19, i64 1664
  br label %loop3

loop3:                                            ; preds = %latch5, %loop.alloc.ok2
  %i7 = phi i64 [ 0, %loop.alloc.ok2 ], [ %206, %latch5 ]
  %146 = icmp slt i64 %i7, 8
  br i1 %146, label %body4, label %exit6

body4:                                            ; preds = %loop3
  %147 = sub i64 7, %i7
  %148 = and i64 %i7, 1
  %149 = icmp eq i64 %148, 0
  %150 = select i1 %149, ptr %113, ptr %114
  %151 = select i1 %149, ptr %115, ptr %116
  %152 = select i1 %149, ptr %117, ptr %118
  %153 = select i1 %149, ptr %119, ptr %120
  %154 = select i1 %149, ptr %121, ptr %122
  %155 = select i1 %149, ptr %123, ptr %124
  %156 = select i1 %149, ptr %114, ptr %113
  %157 = select i1 %149, ptr %116, ptr %115
  %158 = select i1 %149, ptr %118, ptr %117
  %159 = select i1 %149, ptr %120, ptr %119
  %160 = select i1 %149, ptr %122, ptr %121
  %161 = select i1 %149, ptr %124, ptr %123
  %162 = mul i64 %147, 8
  %163 = getelementptr inbounds i8, ptr %126, i64 %162
  %164 = mul i64 %147, 8
  %165 = getelementptr inbounds i8, ptr %127, i64 %164
  %166 = mul i64 %147, 8
  %167 = getelementptr inbounds i8, ptr %128, i64 %166
  %168 = mul i64 %147, 8
  %169 = getelementptr inbounds i8, ptr %129, i64 %168
  %170 = mul i64 %147, 8
  %171 = getelementptr inbounds i8, ptr %130, i64 %170
  %172 = mul i64 %147, 8
  %173 = getelementptr inbounds i8, ptr %131, i64 %172
  %174 = mul i64 %147, 8
  %175 = getelementptr inbounds i8, ptr %132, i64 %174
  %176 = mul i64 %147, 8
  %177 = getelementptr inbounds i8, ptr %133, i64 %176
  %178 = mul i64 %147, 8
  %179 = getelementptr inbounds i8, ptr %134, i64 %178
  %180 = mul i64 %147, 8
  %181 = getelementptr inbounds i8, ptr %135, i64 %180
  %182 = mul i64 %147, 8
  %183 = getelementptr inbounds i8, ptr %136, i64 %182
  %184 = mul i64 %147, 8
  %185 = getelementptr inbounds i8, ptr %137, i64 %184
  %186 = mul i64 %147, 8
  %187 = getelementptr inbounds i8, ptr %138, i64 %186
  %188 = mul i64 %147, 8
  %189 = getelementptr inbounds i8, ptr %139, i64 %188
  %190 = mul i64 %147, 8
  %191 = getelementptr inbounds i8, ptr %140, i64 %190
  %192 = mul i64 %147, 8
  %193 = getelementptr inbounds i8, ptr %141, i64 %192
  %194 = mul i64 %147, 8
  %195 = getelementptr inbounds i8, ptr %142, i64 %194
  %196 = mul i64 %147, 8
  %197 = getelementptr inbounds i8, ptr %143, i64 %196
  %198 = mul i64 %147, 8
  %199 = getelementptr inbounds i8, ptr %144, i64 %198
  %200 = mul i64 %147, 8
  %201 = getelementptr inbounds i8, ptr %145, i64 %200
  %202 = mul i64 %147, 8
  %203 = getelementptr inbounds i8, ptr %12, i64 %202
  %204 = call i32 @grad_lv_ckpt.k7.body0.k1.body0(ptr %150, ptr %151, ptr %152, ptr %153, ptr %154, ptr %155, ptr %163, ptr %165, ptr %167, ptr %169, ptr %171, ptr %173, ptr %175, ptr %177, ptr %179, ptr %181, ptr %183, ptr %185, ptr %187, ptr %189, ptr %191, ptr %193, ptr %195, ptr %197, ptr %199, ptr %201, ptr %203, ptr %156, ptr %157, ptr %158, ptr %159, ptr %160, ptr %161, ptr %125)
  %205 = icmp ne i32 %204, 0
  br i1 %205, label %loop.body.failed8, label %loop.body.ok9

latch5:                                           ; preds = %loop.body.ok9
  %206 = add nsw i64 %i7, 1
  br label %loop3

exit6:                                            ; preds = %loop3
  call void @llvm.memcpy.p0.p0.i64(ptr %13, ptr %113, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %14, ptr %115, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %15, ptr %117, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %16, ptr %119, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %17, ptr %121, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %18, ptr %123, i64 8, i1 false)
  call void @ftc_rt_free(ptr %112)
  ret i32 0

loop.body.failed8:                                ; preds = %body4
  call void @ftc_rt_free(ptr %112)
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
  br label %loop, !llvm.loop !27

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
  br label %loop, !llvm.loop !28

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
  %status = phi i32 [ %16, %entry ], [ %21, %loop.alloc.failed ], [ %39, %loop.body.failed ], [ %50, %exit ], [ %53, %loop.alloc.failed2 ], [ %102, %loop.body.failed9 ], [ %113, %exit7 ], [ %116, %loop.alloc.failed12 ], [ %200, %loop.body.failed19 ], [ %214, %loop.alloc.failed21 ], [ %315, %loop.body.failed28 ], [ %326, %exit26 ], [ %329, %loop.alloc.failed31 ], [ %388, %loop.body.failed38 ]
  %18 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %18)
  ret i32 %status

ok:                                               ; preds = %entry
  %19 = load ptr, ptr %12, align 8
  %20 = alloca ptr, align 8
  %21 = call i32 @ftc_rt_alloc(ptr %20, i64 1152)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %loop.alloc.failed, label %loop.alloc.ok

loop.alloc.failed:                                ; preds = %ok
  br label %fail

loop.alloc.ok:                                    ; preds = %ok
  %23 = load ptr, ptr %20, align 8
  %24 = getelementptr inbounds i8, ptr %23, i64 0
  %25 = getelementptr inbounds i8, ptr %23, i64 256
  %26 = getelementptr inbounds i8, ptr %23, i64 128
  %27 = getelementptr inbounds i8, ptr %23, i64 384
  %28 = getelementptr inbounds i8, ptr %23, i64 512
  call void @llvm.memcpy.p0.p0.i64(ptr %24, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %26, ptr %1, i64 8, i1 false)
  %29 = getelementptr inbounds i8, ptr %19, i64 384
  br label %loop

loop:                                             ; preds = %latch, %loop.alloc.ok
  %i = phi i64 [ 0, %loop.alloc.ok ], [ %41, %latch ]
  %30 = icmp slt i64 %i, 50
  br i1 %30, label %body, label %exit

body:                                             ; preds = %loop
  %31 = and i64 %i, 1
  %32 = icmp eq i64 %31, 0
  %33 = select i1 %32, ptr %24, ptr %25
  %34 = select i1 %32, ptr %26, ptr %27
  %35 = select i1 %32, ptr %25, ptr %24
  %36 = select i1 %32, ptr %27, ptr %26
  %37 = mul i64 %i, 8
  %38 = getelementptr inbounds i8, ptr %29, i64 %37
  %39 = call i32 @grad_lv_ckpt.k0.body0(ptr %33, ptr %34, ptr %2, ptr %3, ptr %4, ptr %5, ptr %35, ptr %36, ptr %2, ptr %3, ptr %4, ptr %5, ptr %38, ptr %28)
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %loop.body.failed, label %loop.body.ok

latch:                                            ; preds = %loop.body.ok
  %41 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  %42 = getelementptr inbounds i8, ptr %19, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %42, ptr %24, i64 8, i1 false)
  %43 = getelementptr inbounds i8, ptr %19, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %43, ptr %26, i64 8, i1 false)
  %44 = getelementptr inbounds i8, ptr %19, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr %44, ptr %2, i64 8, i1 false)
  %45 = getelementptr inbounds i8, ptr %19, i64 192
  call void @llvm.memcpy.p0.p0.i64(ptr %45, ptr %3, i64 8, i1 false)
  %46 = getelementptr inbounds i8, ptr %19, i64 256
  call void @llvm.memcpy.p0.p0.i64(ptr %46, ptr %4, i64 8, i1 false)
  %47 = getelementptr inbounds i8, ptr %19, i64 320
  call void @llvm.memcpy.p0.p0.i64(ptr %47, ptr %5, i64 8, i1 false)
  call void @ftc_rt_free(ptr %23)
  %48 = getelementptr inbounds i8, ptr %19, i64 832
  %49 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %48, ptr %49, align 8
  %50 = call i32 @grad_lv.k6(ptr %13, i64 0, i64 1)
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %fail, label %ok1

loop.body.failed:                                 ; preds = %body
  call void @ftc_rt_free(ptr %23)
  br label %fail

loop.body.ok:                                     ; preds = %body
  br label %latch

ok1:                                              ; preds = %exit
  %52 = alloca ptr, align 8
  %53 = call i32 @ftc_rt_alloc(ptr %52, i64 1536)
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %loop.alloc.failed2, label %loop.alloc.ok3

loop.alloc.failed2:                               ; preds = %ok1
  br label %fail

loop.alloc.ok3:                                   ; preds = %ok1
  %55 = load ptr, ptr %52, align 8
  %56 = getelementptr inbounds i8, ptr %55, i64 0
  %57 = getelementptr inbounds i8, ptr %55, i64 768
  %58 = getelementptr inbounds i8, ptr %55, i64 128
  %59 = getelementptr inbounds i8, ptr %55, i64 896
  %60 = getelementptr inbounds i8, ptr %55, i64 256
  %61 = getelementptr inbounds i8, ptr %55, i64 1024
  %62 = getelementptr inbounds i8, ptr %55, i64 384
  %63 = getelementptr inbounds i8, ptr %55, i64 1152
  %64 = getelementptr inbounds i8, ptr %55, i64 512
  %65 = getelementptr inbounds i8, ptr %55, i64 1280
  %66 = getelementptr inbounds i8, ptr %55, i64 640
  %67 = getelementptr inbounds i8, ptr %55, i64 1408
  %68 = getelementptr inbounds i8, ptr %55, i64 1536
  call void @llvm.memcpy.p0.p0.i64(ptr %56, ptr %0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %58, ptr %1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %60, ptr %2, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %62, ptr %3, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %64, ptr %4, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %66, ptr %5, i64 8, i1 false)
  %69 = getelementptr inbounds i8, ptr %19, i64 1280
  %70 = getelementptr inbounds i8, ptr %19, i64 1344
  %71 = getelementptr inbounds i8, ptr %19, i64 1408
  %72 = getelementptr inbounds i8, ptr %19, i64 1472
  %73 = getelementptr inbounds i8, ptr %19, i64 1536
  %74 = getelementptr inbounds i8, ptr %19, i64 1600
  br label %loop4

loop4:                                            ; preds = %latch6, %loop.alloc.ok3
  %i8 = phi i64 [ 0, %loop.alloc.ok3 ], [ %104, %latch6 ]
  %75 = icmp slt i64 %i8, 6
  br i1 %75, label %body5, label %exit7

body5:                                            ; preds = %loop4
  %76 = and i64 %i8, 1
  %77 = icmp eq i64 %76, 0
  %78 = select i1 %77, ptr %56, ptr %57
  %79 = select i1 %77, ptr %58, ptr %59
  %80 = select i1 %77, ptr %60, ptr %61
  %81 = select i1 %77, ptr %62, ptr %63
  %82 = select i1 %77, ptr %64, ptr %65
  %83 = select i1 %77, ptr %66, ptr %67
  %84 = select i1 %77, ptr %57, ptr %56
  %85 = select i1 %77, ptr %59, ptr %58
  %86 = select i1 %77, ptr %61, ptr %60
  %87 = select i1 %77, ptr %63, ptr %62
  %88 = select i1 %77, ptr %65, ptr %64
  %89 = select i1 %77, ptr %67, ptr %66
  %90 = mul i64 %i8, 8
  %91 = getelementptr inbounds i8, ptr %69, i64 %90
  %92 = mul i64 %i8, 8
  %93 = getelementptr inbounds i8, ptr %70, i64 %92
  %94 = mul i64 %i8, 8
  %95 = getelementptr inbounds i8, ptr %71, i64 %94
  %96 = mul i64 %i8, 8
  %97 = getelementptr inbounds i8, ptr %72, i64 %96
  %98 = mul i64 %i8, 8
  %99 = getelementptr inbounds i8, ptr %73, i64 %98
  %100 = mul i64 %i8, 8
  %101 = getelementptr inbounds i8, ptr %74, i64 %100
  %102 = call i32 @grad_lv_ckpt.k2.body0(ptr %78, ptr %79, ptr %80, ptr %81, ptr %82, ptr %83, ptr %84, ptr %85, ptr %86, ptr %87, ptr %88, ptr %89, ptr %91, ptr %93, ptr %95, ptr %97, ptr %99, ptr %101, ptr %68)
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %loop.body.failed9, label %loop.body.ok10

latch6:                                           ; preds = %loop.body.ok10
  %104 = add nsw i64 %i8, 1
  br label %loop4

exit7:                                            ; preds = %loop4
  %105 = getelementptr inbounds i8, ptr %19, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %105, ptr %56, i64 8, i1 false)
  %106 = getelementptr inbounds i8, ptr %19, i64 960
  call void @llvm.memcpy.p0.p0.i64(ptr %106, ptr %58, i64 8, i1 false)
  %107 = getelementptr inbounds i8, ptr %19, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %107, ptr %60, i64 8, i1 false)
  %108 = getelementptr inbounds i8, ptr %19, i64 1088
  call void @llvm.memcpy.p0.p0.i64(ptr %108, ptr %62, i64 8, i1 false)
  %109 = getelementptr inbounds i8, ptr %19, i64 1152
  call void @llvm.memcpy.p0.p0.i64(ptr %109, ptr %64, i64 8, i1 false)
  %110 = getelementptr inbounds i8, ptr %19, i64 1216
  call void @llvm.memcpy.p0.p0.i64(ptr %110, ptr %66, i64 8, i1 false)
  call void @ftc_rt_free(ptr %55)
  %111 = getelementptr inbounds i8, ptr %19, i64 1664
  %112 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %111, ptr %112, align 8
  %113 = call i32 @grad_lv_ckpt.k3(ptr %14, i64 0, i64 2)
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %fail, label %ok11

loop.body.failed9:                                ; preds = %body5
  call void @ftc_rt_free(ptr %55)
  br label %fail

loop.body.ok10:                                   ; preds = %body5
  br label %latch6

ok11:                                             ; preds = %exit7
  %115 = alloca ptr, align 8
  %116 = call i32 @ftc_rt_alloc(ptr %115, i64 960)
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %loop.alloc.failed12, label %loop.alloc.ok13

loop.alloc.failed12:                              ; preds = %ok11
  br label %fail

loop.alloc.ok13:                                  ; preds = %ok11
  %118 = load ptr, ptr %115, align 8
  %119 = getelementptr inbounds i8, ptr %118, i64 0
  %120 = getelementptr inbounds i8, ptr %118, i64 256
  %121 = getelementptr inbounds i8, ptr %118, i64 128
  %122 = getelementptr inbounds i8, ptr %118, i64 384
  %123 = getelementptr inbounds i8, ptr %118, i64 512
  %124 = getelementptr inbounds i8, ptr %19, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %119, ptr %124, i64 8, i1 false)
  %125 = getelementptr inbounds i8, ptr %19, i64 960
  call void @llvm.memcpy.p0.p0.i64(ptr %121, ptr %125, i64 8, i1 false)
  %126 = getelementptr inbounds i8, ptr %19, i64 2112
  %127 = getelementptr inbounds i8, ptr %19, i64 2176
  %128 = getelementptr inbounds i8, ptr %19, i64 2240
  %129 = getelementptr inbounds i8, ptr %19, i64 2304
  %130 = getelementptr inbounds i8, ptr %19, i64 2368
  %131 = getelementptr inbounds i8, ptr %19, i64 2432
  %132 = getelementptr inbounds i8, ptr %19, i64 2496
  %133 = getelementptr inbounds i8, ptr %19, i64 2560
  %134 = getelementptr inbounds i8, ptr %19, i64 2624
  %135 = getelementptr inbounds i8, ptr %19, i64 2688
  %136 = getelementptr inbounds i8, ptr %19, i64 2752
  %137 = getelementptr inbounds i8, ptr %19, i64 2816
  %138 = getelementptr inbounds i8, ptr %19, i64 2880
  %139 = getelementptr inbounds i8, ptr %19, i64 2944
  %140 = getelementptr inbounds i8, ptr %19, i64 3008
  %141 = getelementptr inbounds i8, ptr %19, i64 3072
  %142 = getelementptr inbounds i8, ptr %19, i64 3136
  %143 = getelementptr inbounds i8, ptr %19, i64 3200
  %144 = getelementptr inbounds i8, ptr %19, i64 3264
  %145 = getelementptr inbounds i8, ptr %19, i64 3328
  %146 = getelementptr inbounds i8, ptr %19, i64 3392
  br label %loop14

loop14:                                           ; preds = %latch16, %loop.alloc.ok13
  %i18 = phi i64 [ 0, %loop.alloc.ok13 ], [ %202, %latch16 ]
  %147 = icmp slt i64 %i18, 2
  br i1 %147, label %body15, label %exit17

body15:                                           ; preds = %loop14
  %148 = and i64 %i18, 1
  %149 = icmp eq i64 %148, 0
  %150 = select i1 %149, ptr %119, ptr %120
  %151 = select i1 %149, ptr %121, ptr %122
  %152 = select i1 %149, ptr %120, ptr %119
  %153 = select i1 %149, ptr %122, ptr %121
  %154 = getelementptr inbounds i8, ptr %19, i64 1024
  %155 = getelementptr inbounds i8, ptr %19, i64 1088
  %156 = getelementptr inbounds i8, ptr %19, i64 1152
  %157 = getelementptr inbounds i8, ptr %19, i64 1216
  %158 = mul i64 %i18, 8
  %159 = getelementptr inbounds i8, ptr %126, i64 %158
  %160 = mul i64 %i18, 8
  %161 = getelementptr inbounds i8, ptr %127, i64 %160
  %162 = mul i64 %i18, 8
  %163 = getelementptr inbounds i8, ptr %128, i64 %162
  %164 = mul i64 %i18, 8
  %165 = getelementptr inbounds i8, ptr %129, i64 %164
  %166 = mul i64 %i18, 8
  %167 = getelementptr inbounds i8, ptr %130, i64 %166
  %168 = mul i64 %i18, 8
  %169 = getelementptr inbounds i8, ptr %131, i64 %168
  %170 = mul i64 %i18, 8
  %171 = getelementptr inbounds i8, ptr %132, i64 %170
  %172 = mul i64 %i18, 8
  %173 = getelementptr inbounds i8, ptr %133, i64 %172
  %174 = mul i64 %i18, 8
  %175 = getelementptr inbounds i8, ptr %134, i64 %174
  %176 = mul i64 %i18, 8
  %177 = getelementptr inbounds i8, ptr %135, i64 %176
  %178 = mul i64 %i18, 8
  %179 = getelementptr inbounds i8, ptr %136, i64 %178
  %180 = mul i64 %i18, 8
  %181 = getelementptr inbounds i8, ptr %137, i64 %180
  %182 = mul i64 %i18, 8
  %183 = getelementptr inbounds i8, ptr %138, i64 %182
  %184 = mul i64 %i18, 8
  %185 = getelementptr inbounds i8, ptr %139, i64 %184
  %186 = mul i64 %i18, 8
  %187 = getelementptr inbounds i8, ptr %140, i64 %186
  %188 = mul i64 %i18, 8
  %189 = getelementptr inbounds i8, ptr %141, i64 %188
  %190 = mul i64 %i18, 8
  %191 = getelementptr inbounds i8, ptr %142, i64 %190
  %192 = mul i64 %i18, 8
  %193 = getelementptr inbounds i8, ptr %143, i64 %192
  %194 = mul i64 %i18, 8
  %195 = getelementptr inbounds i8, ptr %144, i64 %194
  %196 = mul i64 %i18, 8
  %197 = getelementptr inbounds i8, ptr %145, i64 %196
  %198 = mul i64 %i18, 8
  %199 = getelementptr inbounds i8, ptr %146, i64 %198
  %200 = call i32 @grad_lv_ckpt.k4.body0(ptr %150, ptr %151, ptr %154, ptr %155, ptr %156, ptr %157, ptr %152, ptr %153, ptr %154, ptr %155, ptr %156, ptr %157, ptr %159, ptr %161, ptr %163, ptr %165, ptr %167, ptr %169, ptr %171, ptr %173, ptr %175, ptr %177, ptr %179, ptr %181, ptr %183, ptr %185, ptr %187, ptr %189, ptr %191, ptr %193, ptr %195, ptr %197, ptr %199, ptr %123)
  %201 = icmp ne i32 %200, 0
  br i1 %201, label %loop.body.failed19, label %loop.body.ok20

latch16:                                          ; preds = %loop.body.ok20
  %202 = add nsw i64 %i18, 1
  br label %loop14

exit17:                                           ; preds = %loop14
  %203 = getelementptr inbounds i8, ptr %19, i64 1728
  call void @llvm.memcpy.p0.p0.i64(ptr %203, ptr %119, i64 8, i1 false)
  %204 = getelementptr inbounds i8, ptr %19, i64 1792
  call void @llvm.memcpy.p0.p0.i64(ptr %204, ptr %121, i64 8, i1 false)
  %205 = getelementptr inbounds i8, ptr %19, i64 1856
  %206 = getelementptr inbounds i8, ptr %19, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %205, ptr %206, i64 8, i1 false)
  %207 = getelementptr inbounds i8, ptr %19, i64 1920
  %208 = getelementptr inbounds i8, ptr %19, i64 1088
  call void @llvm.memcpy.p0.p0.i64(ptr %207, ptr %208, i64 8, i1 false)
  %209 = getelementptr inbounds i8, ptr %19, i64 1984
  %210 = getelementptr inbounds i8, ptr %19, i64 1152
  call void @llvm.memcpy.p0.p0.i64(ptr %209, ptr %210, i64 8, i1 false)
  %211 = getelementptr inbounds i8, ptr %19, i64 2048
  %212 = getelementptr inbounds i8, ptr %19, i64 1216
  call void @llvm.memcpy.p0.p0.i64(ptr %211, ptr %212, i64 8, i1 false)
  call void @ftc_rt_free(ptr %118)
  %213 = alloca ptr, align 8
  %214 = call i32 @ftc_rt_alloc(ptr %213, i64 2944)
  %215 = icmp ne i32 %214, 0
  br i1 %215, label %loop.alloc.failed21, label %loop.alloc.ok22

loop.body.failed19:                               ; preds = %body15
  call void @ftc_rt_free(ptr %118)
  br label %fail

loop.body.ok20:                                   ; preds = %body15
  br label %latch16

loop.alloc.failed21:                              ; preds = %exit17
  br label %fail

loop.alloc.ok22:                                  ; preds = %exit17
  %216 = load ptr, ptr %213, align 8
  %217 = getelementptr inbounds i8, ptr %216, i64 0
  %218 = getelementptr inbounds i8, ptr %216, i64 768
  %219 = getelementptr inbounds i8, ptr %216, i64 128
  %220 = getelementptr inbounds i8, ptr %216, i64 896
  %221 = getelementptr inbounds i8, ptr %216, i64 256
  %222 = getelementptr inbounds i8, ptr %216, i64 1024
  %223 = getelementptr inbounds i8, ptr %216, i64 384
  %224 = getelementptr inbounds i8, ptr %216, i64 1152
  %225 = getelementptr inbounds i8, ptr %216, i64 512
  %226 = getelementptr inbounds i8, ptr %216, i64 1280
  %227 = getelementptr inbounds i8, ptr %216, i64 640
  %228 = getelementptr inbounds i8, ptr %216, i64 1408
  %229 = getelementptr inbounds i8, ptr %216, i64 1536
  %230 = getelementptr inbounds i8, ptr %19, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr %217, ptr %230, i64 8, i1 false)
  %231 = getelementptr inbounds i8, ptr %19, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr %219, ptr %231, i64 8, i1 false)
  %232 = getelementptr inbounds i8, ptr %19, i64 832
  call void @llvm.memcpy.p0.p0.i64(ptr %221, ptr %232, i64 8, i1 false)
  %233 = getelementptr inbounds i8, ptr %19, i64 832
  call void @llvm.memcpy.p0.p0.i64(ptr %223, ptr %233, i64 8, i1 false)
  %234 = getelementptr inbounds i8, ptr %19, i64 832
  call void @llvm.memcpy.p0.p0.i64(ptr %225, ptr %234, i64 8, i1 false)
  %235 = getelementptr inbounds i8, ptr %19, i64 832
  call void @llvm.memcpy.p0.p0.i64(ptr %227, ptr %235, i64 8, i1 false)
  %236 = getelementptr inbounds i8, ptr %19, i64 2176
  %237 = getelementptr inbounds i8, ptr %19, i64 2240
  %238 = getelementptr inbounds i8, ptr %19, i64 2304
  %239 = getelementptr inbounds i8, ptr %19, i64 2368
  %240 = getelementptr inbounds i8, ptr %19, i64 2432
  %241 = getelementptr inbounds i8, ptr %19, i64 2496
  %242 = getelementptr inbounds i8, ptr %19, i64 2560
  %243 = getelementptr inbounds i8, ptr %19, i64 2624
  %244 = getelementptr inbounds i8, ptr %19, i64 2688
  %245 = getelementptr inbounds i8, ptr %19, i64 2752
  %246 = getelementptr inbounds i8, ptr %19, i64 2816
  %247 = getelementptr inbounds i8, ptr %19, i64 2880
  %248 = getelementptr inbounds i8, ptr %19, i64 2944
  %249 = getelementptr inbounds i8, ptr %19, i64 3008
  %250 = getelementptr inbounds i8, ptr %19, i64 3072
  %251 = getelementptr inbounds i8, ptr %19, i64 3136
  %252 = getelementptr inbounds i8, ptr %19, i64 3200
  %253 = getelementptr inbounds i8, ptr %19, i64 3264
  %254 = getelementptr inbounds i8, ptr %19, i64 3328
  %255 = getelementptr inbounds i8, ptr %19, i64 3392
  %256 = getelementptr inbounds i8, ptr %19, i64 1664
  br label %loop23

loop23:                                           ; preds = %latch25, %loop.alloc.ok22
  %i27 = phi i64 [ 0, %loop.alloc.ok22 ], [ %317, %latch25 ]
  %257 = icmp slt i64 %i27, 2
  br i1 %257, label %body24, label %exit26

body24:                                           ; preds = %loop23
  %258 = sub i64 1, %i27
  %259 = and i64 %i27, 1
  %260 = icmp eq i64 %259, 0
  %261 = select i1 %260, ptr %217, ptr %218
  %262 = select i1 %260, ptr %219, ptr %220
  %263 = select i1 %260, ptr %221, ptr %222
  %264 = select i1 %260, ptr %223, ptr %224
  %265 = select i1 %260, ptr %225, ptr %226
  %266 = select i1 %260, ptr %227, ptr %228
  %267 = select i1 %260, ptr %218, ptr %217
  %268 = select i1 %260, ptr %220, ptr %219
  %269 = select i1 %260, ptr %222, ptr %221
  %270 = select i1 %260, ptr %224, ptr %223
  %271 = select i1 %260, ptr %226, ptr %225
  %272 = select i1 %260, ptr %228, ptr %227
  %273 = mul i64 %258, 8
  %274 = getelementptr inbounds i8, ptr %236, i64 %273
  %275 = mul i64 %258, 8
  %276 = getelementptr inbounds i8, ptr %237, i64 %275
  %277 = mul i64 %258, 8
  %278 = getelementptr inbounds i8, ptr %238, i64 %277
  %279 = mul i64 %258, 8
  %280 = getelementptr inbounds i8, ptr %239, i64 %279
  %281 = mul i64 %258, 8
  %282 = getelementptr inbounds i8, ptr %240, i64 %281
  %283 = mul i64 %258, 8
  %284 = getelementptr inbounds i8, ptr %241, i64 %283
  %285 = mul i64 %258, 8
  %286 = getelementptr inbounds i8, ptr %242, i64 %285
  %287 = mul i64 %258, 8
  %288 = getelementptr inbounds i8, ptr %243, i64 %287
  %289 = mul i64 %258, 8
  %290 = getelementptr inbounds i8, ptr %244, i64 %289
  %291 = mul i64 %258, 8
  %292 = getelementptr inbounds i8, ptr %245, i64 %291
  %293 = mul i64 %258, 8
  %294 = getelementptr inbounds i8, ptr %246, i64 %293
  %295 = mul i64 %258, 8
  %296 = getelementptr inbounds i8, ptr %247, i64 %295
  %297 = mul i64 %258, 8
  %298 = getelementptr inbounds i8, ptr %248, i64 %297
  %299 = mul i64 %258, 8
  %300 = getelementptr inbounds i8, ptr %249, i64 %299
  %301 = mul i64 %258, 8
  %302 = getelementptr inbounds i8, ptr %250, i64 %301
  %303 = mul i64 %258, 8
  %304 = getelementptr inbounds i8, ptr %251, i64 %303
  %305 = mul i64 %258, 8
  %306 = getelementptr inbounds i8, ptr %252, i64 %305
  %307 = mul i64 %258, 8
  %308 = getelementptr inbounds i8, ptr %253, i64 %307
  %309 = mul i64 %258, 8
  %310 = getelementptr inbounds i8, ptr %254, i64 %309
  %311 = mul i64 %258, 8
  %312 = getelementptr inbounds i8, ptr %255, i64 %311
  %313 = mul i64 %258, 8
  %314 = getelementptr inbounds i8, ptr %256, i64 %313
  %315 = call i32 @grad_lv_ckpt.k5.body0(ptr %261, ptr %262, ptr %263, ptr %264, ptr %265, ptr %266, ptr %274, ptr %276, ptr %278, ptr %280, ptr %282, ptr %284, ptr %286, ptr %288, ptr %290, ptr %292, ptr %294, ptr %296, ptr %298, ptr %300, ptr %302, ptr %304, ptr %306, ptr %308, ptr %310, ptr %312, ptr %314, ptr %267, ptr %268, ptr %269, ptr %270, ptr %271, ptr %272, ptr %229)
  %316 = icmp ne i32 %315, 0
  br i1 %316, label %loop.body.failed28, label %loop.body.ok29

latch25:                                          ; preds = %loop.body.ok29
  %317 = add nsw i64 %i27, 1
  br label %loop23

exit26:                                           ; preds = %loop23
  %318 = getelementptr inbounds i8, ptr %19, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %318, ptr %217, i64 8, i1 false)
  %319 = getelementptr inbounds i8, ptr %19, i64 960
  call void @llvm.memcpy.p0.p0.i64(ptr %319, ptr %219, i64 8, i1 false)
  %320 = getelementptr inbounds i8, ptr %19, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %320, ptr %221, i64 8, i1 false)
  %321 = getelementptr inbounds i8, ptr %19, i64 1088
  call void @llvm.memcpy.p0.p0.i64(ptr %321, ptr %223, i64 8, i1 false)
  %322 = getelementptr inbounds i8, ptr %19, i64 1152
  call void @llvm.memcpy.p0.p0.i64(ptr %322, ptr %225, i64 8, i1 false)
  %323 = getelementptr inbounds i8, ptr %19, i64 1216
  call void @llvm.memcpy.p0.p0.i64(ptr %323, ptr %227, i64 8, i1 false)
  call void @ftc_rt_free(ptr %216)
  %324 = getelementptr inbounds i8, ptr %19, i64 2176
  %325 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %324, ptr %325, align 8
  %326 = call i32 @grad_lv_ckpt.k6(ptr %15, i64 0, i64 48)
  %327 = icmp ne i32 %326, 0
  br i1 %327, label %fail, label %ok30

loop.body.failed28:                               ; preds = %body24
  call void @ftc_rt_free(ptr %216)
  br label %fail

loop.body.ok29:                                   ; preds = %body24
  br label %latch25

ok30:                                             ; preds = %exit26
  %328 = alloca ptr, align 8
  %329 = call i32 @ftc_rt_alloc(ptr %328, i64 3264)
  %330 = icmp ne i32 %329, 0
  br i1 %330, label %loop.alloc.failed31, label %loop.alloc.ok32

loop.alloc.failed31:                              ; preds = %ok30
  br label %fail

loop.alloc.ok32:                                  ; preds = %ok30
  %331 = load ptr, ptr %328, align 8
  %332 = getelementptr inbounds i8, ptr %331, i64 0
  %333 = getelementptr inbounds i8, ptr %331, i64 768
  %334 = getelementptr inbounds i8, ptr %331, i64 128
  %335 = getelementptr inbounds i8, ptr %331, i64 896
  %336 = getelementptr inbounds i8, ptr %331, i64 256
  %337 = getelementptr inbounds i8, ptr %331, i64 1024
  %338 = getelementptr inbounds i8, ptr %331, i64 384
  %339 = getelementptr inbounds i8, ptr %331, i64 1152
  %340 = getelementptr inbounds i8, ptr %331, i64 512
  %341 = getelementptr inbounds i8, ptr %331, i64 1280
  %342 = getelementptr inbounds i8, ptr %331, i64 640
  %343 = getelementptr inbounds i8, ptr %331, i64 1408
  %344 = getelementptr inbounds i8, ptr %331, i64 1536
  %345 = getelementptr inbounds i8, ptr %19, i64 896
  call void @llvm.memcpy.p0.p0.i64(ptr %332, ptr %345, i64 8, i1 false)
  %346 = getelementptr inbounds i8, ptr %19, i64 960
  call void @llvm.memcpy.p0.p0.i64(ptr %334, ptr %346, i64 8, i1 false)
  %347 = getelementptr inbounds i8, ptr %19, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %336, ptr %347, i64 8, i1 false)
  %348 = getelementptr inbounds i8, ptr %19, i64 1088
  call void @llvm.memcpy.p0.p0.i64(ptr %338, ptr %348, i64 8, i1 false)
  %349 = getelementptr inbounds i8, ptr %19, i64 1152
  call void @llvm.memcpy.p0.p0.i64(ptr %340, ptr %349, i64 8, i1 false)
  %350 = getelementptr inbounds i8, ptr %19, i64 1216
  call void @llvm.memcpy.p0.p0.i64(ptr %342, ptr %350, i64 8, i1 false)
  %351 = getelementptr inbounds i8, ptr %19, i64 1280
  %352 = getelementptr inbounds i8, ptr %19, i64 1344
  %353 = getelementptr inbounds i8, ptr %19, i64 1408
  %354 = getelementptr inbounds i8, ptr %19, i64 1472
  %355 = getelementptr inbounds i8, ptr %19, i64 1536
  %356 = getelementptr inbounds i8, ptr %19, i64 1600
  %357 = getelementptr inbounds i8, ptr %19, i64 2176
  br label %loop33

loop33:                                           ; preds = %latch35, %loop.alloc.ok32
  %i37 = phi i64 [ 0, %loop.alloc.ok32 ], [ %390, %latch35 ]
  %358 = icmp slt i64 %i37, 6
  br i1 %358, label %body34, label %exit36

body34:                                           ; preds = %loop33
  %359 = sub i64 5, %i37
  %360 = and i64 %i37, 1
  %361 = icmp eq i64 %360, 0
  %362 = select i1 %361, ptr %332, ptr %333
  %363 = select i1 %361, ptr %334, ptr %335
  %364 = select i1 %361, ptr %336, ptr %337
  %365 = select i1 %361, ptr %338, ptr %339
  %366 = select i1 %361, ptr %340, ptr %341
  %367 = select i1 %361, ptr %342, ptr %343
  %368 = select i1 %361, ptr %333, ptr %332
  %369 = select i1 %361, ptr %335, ptr %334
  %370 = select i1 %361, ptr %337, ptr %336
  %371 = select i1 %361, ptr %339, ptr %338
  %372 = select i1 %361, ptr %341, ptr %340
  %373 = select i1 %361, ptr %343, ptr %342
  %374 = mul i64 %359, 8
  %375 = getelementptr inbounds i8, ptr %351, i64 %374
  %376 = mul i64 %359, 8
  %377 = getelementptr inbounds i8, ptr %352, i64 %376
  %378 = mul i64 %359, 8
  %379 = getelementptr inbounds i8, ptr %353, i64 %378
  %380 = mul i64 %359, 8
  %381 = getelementptr inbounds i8, ptr %354, i64 %380
  %382 = mul i64 %359, 8
  %383 = getelementptr inbounds i8, ptr %355, i64 %382
  %384 = mul i64 %359, 8
  %385 = getelementptr inbounds i8, ptr %356, i64 %384
  %386 = mul i64 %359, 64
  %387 = getelementptr inbounds i8, ptr %357, i64 %386
  %388 = call i32 @grad_lv_ckpt.k7.body0(ptr %362, ptr %363, ptr %364, ptr %365, ptr %366, ptr %367, ptr %375, ptr %377, ptr %379, ptr %381, ptr %383, ptr %385, ptr %387, ptr %368, ptr %369, ptr %370, ptr %371, ptr %372, ptr %373, ptr %344)
  %389 = icmp ne i32 %388, 0
  br i1 %389, label %loop.body.failed38, label %loop.body.ok39

latch35:                                          ; preds = %loop.body.ok39
  %390 = add nsw i64 %i37, 1
  br label %loop33

exit36:                                           ; preds = %loop33
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %332, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %7, ptr %334, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %8, ptr %336, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %9, ptr %338, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %10, ptr %340, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %11, ptr %342, i64 8, i1 false)
  call void @ftc_rt_free(ptr %331)
  %391 = load ptr, ptr %12, align 8
  call void @ftc_rt_free(ptr %391)
  ret i32 0

loop.body.failed38:                               ; preds = %body34
  call void @ftc_rt_free(ptr %331)
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
!7 = distinct !{!7, !8, !9, !2}
!8 = !{!"llvm.loop.vectorize.enable", i1 true}
!9 = !{!"llvm.loop.vectorize.width", i32 16}
!10 = distinct !{!10, !8, !9, !2}
!11 = distinct !{!11, !8, !9, !2}
!12 = distinct !{!12, !8, !9, !2}
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
!24 = distinct !{!24, !1, !2}
!25 = distinct !{!25, !1, !2}
!26 = distinct !{!26, !1, !2}
!27 = distinct !{!27, !1, !2}
!28 = distinct !{!28, !1, !2}
