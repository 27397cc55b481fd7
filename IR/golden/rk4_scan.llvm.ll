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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %70, %latch ]
  %31 = icmp slt i64 %i, %2
  br i1 %31, label %body, label %exit

body:                                             ; preds = %loop
  %32 = getelementptr inbounds double, ptr %4, i64 %i
  %33 = load double, ptr %32, align 8, !alias.scope !0, !noalias !3
  %34 = getelementptr inbounds double, ptr %6, i64 %i
  %35 = load double, ptr %34, align 8, !alias.scope !12, !noalias !3
  %36 = fmul double %33, %35
  %37 = getelementptr inbounds double, ptr %16, i64 %i
  store double %36, ptr %37, align 8, !alias.scope !14, !noalias !15
  %38 = getelementptr inbounds double, ptr %8, i64 %i
  %39 = load double, ptr %38, align 8, !alias.scope !16, !noalias !3
  %40 = fmul double %39, %33
  %41 = getelementptr inbounds double, ptr %10, i64 %i
  %42 = load double, ptr %41, align 8, !alias.scope !18, !noalias !3
  %43 = fmul double %42, %36
  %44 = fsub double %40, %43
  %45 = getelementptr inbounds double, ptr %18, i64 %i
  store double %44, ptr %45, align 8, !alias.scope !20, !noalias !21
  %46 = getelementptr inbounds double, ptr %12, i64 %i
  %47 = load double, ptr %46, align 8, !alias.scope !22, !noalias !3
  %48 = fmul double %47, %36
  %49 = getelementptr inbounds double, ptr %14, i64 %i
  %50 = load double, ptr %49, align 8, !alias.scope !24, !noalias !3
  %51 = fmul double %50, %35
  %52 = fsub double %48, %51
  %53 = getelementptr inbounds double, ptr %20, i64 %i
  store double %52, ptr %53, align 8, !alias.scope !26, !noalias !27
  %54 = fmul double 2.500000e-02, %44
  %55 = fadd double %33, %54
  %56 = getelementptr inbounds double, ptr %22, i64 %i
  store double %55, ptr %56, align 8, !alias.scope !28, !noalias !29
  %57 = fmul double 2.500000e-02, %52
  %58 = fadd double %35, %57
  %59 = getelementptr inbounds double, ptr %24, i64 %i
  store double %58, ptr %59, align 8, !alias.scope !30, !noalias !31
  %60 = fmul double %55, %58
  %61 = getelementptr inbounds double, ptr %26, i64 %i
  store double %60, ptr %61, align 8, !alias.scope !32, !noalias !33
  %62 = fmul double %39, %55
  %63 = fmul double %42, %60
  %64 = fsub double %62, %63
  %65 = getelementptr inbounds double, ptr %28, i64 %i
  store double %64, ptr %65, align 8, !alias.scope !34, !noalias !35
  %66 = fmul double %47, %60
  %67 = fmul double %50, %58
  %68 = fsub double %66, %67
  %69 = getelementptr inbounds double, ptr %30, i64 %i
  store double %68, ptr %69, align 8, !alias.scope !36, !noalias !37
  br label %latch

latch:                                            ; preds = %body
  %70 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !38

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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %17, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds double, ptr %4, i64 %i
  %11 = load double, ptr %10, align 8, !alias.scope !41, !noalias !44
  %12 = getelementptr inbounds double, ptr %6, i64 %i
  %13 = load double, ptr %12, align 8, !alias.scope !46, !noalias !44
  %14 = fmul double 2.500000e-02, %13
  %15 = fadd double %11, %14
  %16 = getelementptr inbounds double, ptr %8, i64 %i
  store double %15, ptr %16, align 8, !alias.scope !44
  br label %latch

latch:                                            ; preds = %body
  %17 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !48

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @lv.k0.body0.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %35 = getelementptr inbounds ptr, ptr %0, i64 16
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 17
  %38 = load ptr, ptr %37, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %91, %latch ]
  %39 = icmp slt i64 %i, %2
  br i1 %39, label %body, label %exit

body:                                             ; preds = %loop
  %40 = getelementptr inbounds double, ptr %4, i64 %i
  %41 = load double, ptr %40, align 8, !alias.scope !49, !noalias !52
  %42 = getelementptr inbounds double, ptr %6, i64 %i
  %43 = load double, ptr %42, align 8, !alias.scope !61, !noalias !52
  %44 = fmul double 2.500000e-02, %43
  %45 = fadd double %41, %44
  %46 = getelementptr inbounds double, ptr %24, i64 %i
  store double %45, ptr %46, align 8, !alias.scope !63, !noalias !64
  %47 = getelementptr inbounds double, ptr %8, i64 %i
  %48 = load double, ptr %47, align 8, !alias.scope !65, !noalias !52
  %49 = fmul double %48, %45
  %50 = getelementptr inbounds double, ptr %26, i64 %i
  store double %49, ptr %50, align 8, !alias.scope !67, !noalias !68
  %51 = getelementptr inbounds double, ptr %10, i64 %i
  %52 = load double, ptr %51, align 8, !alias.scope !69, !noalias !52
  %53 = fmul double %52, %48
  %54 = getelementptr inbounds double, ptr %12, i64 %i
  %55 = load double, ptr %54, align 8, !alias.scope !71, !noalias !52
  %56 = fmul double %55, %49
  %57 = fsub double %53, %56
  %58 = getelementptr inbounds double, ptr %28, i64 %i
  store double %57, ptr %58, align 8, !alias.scope !73, !noalias !74
  %59 = getelementptr inbounds double, ptr %14, i64 %i
  %60 = load double, ptr %59, align 8, !alias.scope !75, !noalias !52
  %61 = fmul double %60, %49
  %62 = getelementptr inbounds double, ptr %16, i64 %i
  %63 = load double, ptr %62, align 8, !alias.scope !77, !noalias !52
  %64 = fmul double %63, %45
  %65 = fsub double %61, %64
  %66 = getelementptr inbounds double, ptr %30, i64 %i
  store double %65, ptr %66, align 8, !alias.scope !79, !noalias !80
  %67 = getelementptr inbounds double, ptr %18, i64 %i
  %68 = load double, ptr %67, align 8, !alias.scope !81, !noalias !52
  %69 = fmul double 5.000000e-02, %57
  %70 = fadd double %68, %69
  %71 = getelementptr inbounds double, ptr %32, i64 %i
  store double %70, ptr %71, align 8, !alias.scope !83, !noalias !84
  %72 = fmul double 5.000000e-02, %65
  %73 = fadd double %41, %72
  %74 = getelementptr inbounds double, ptr %34, i64 %i
  store double %73, ptr %74, align 8, !alias.scope !85, !noalias !86
  %75 = fmul double %70, %73
  %76 = getelementptr inbounds double, ptr %36, i64 %i
  store double %75, ptr %76, align 8, !alias.scope !87, !noalias !88
  %77 = getelementptr inbounds double, ptr %20, i64 %i
  %78 = load double, ptr %77, align 8, !alias.scope !89, !noalias !52
  %79 = fmul double %52, %70
  %80 = fmul double %55, %75
  %81 = fsub double %79, %80
  %82 = fadd double %78, %81
  %83 = getelementptr inbounds double, ptr %22, i64 %i
  %84 = load double, ptr %83, align 8, !alias.scope !91, !noalias !52
  %85 = fadd double %84, %57
  %86 = fmul double 2.000000e+00, %85
  %87 = fadd double %82, %86
  %88 = fmul double 0x3F81111111111111, %87
  %89 = fadd double %68, %88
  %90 = getelementptr inbounds double, ptr %38, i64 %i
  store double %89, ptr %90, align 8, !alias.scope !93, !noalias !94
  br label %latch

latch:                                            ; preds = %body
  %91 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !95

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
  %23 = load double, ptr %22, align 8, !alias.scope !96, !noalias !99
  %24 = getelementptr inbounds double, ptr %6, i64 %i
  %25 = load double, ptr %24, align 8, !alias.scope !101, !noalias !99
  %26 = getelementptr inbounds double, ptr %8, i64 %i
  %27 = load double, ptr %26, align 8, !alias.scope !103, !noalias !99
  %28 = getelementptr inbounds double, ptr %10, i64 %i
  %29 = load double, ptr %28, align 8, !alias.scope !105, !noalias !99
  %30 = fmul double %27, %29
  %31 = getelementptr inbounds double, ptr %12, i64 %i
  %32 = load double, ptr %31, align 8, !alias.scope !107, !noalias !99
  %33 = getelementptr inbounds double, ptr %14, i64 %i
  %34 = load double, ptr %33, align 8, !alias.scope !109, !noalias !99
  %35 = fmul double %32, %34
  %36 = fsub double %30, %35
  %37 = fadd double %25, %36
  %38 = getelementptr inbounds double, ptr %16, i64 %i
  %39 = load double, ptr %38, align 8, !alias.scope !111, !noalias !99
  %40 = getelementptr inbounds double, ptr %18, i64 %i
  %41 = load double, ptr %40, align 8, !alias.scope !113, !noalias !99
  %42 = fadd double %39, %41
  %43 = fmul double 2.000000e+00, %42
  %44 = fadd double %37, %43
  %45 = fmul double 0x3F81111111111111, %44
  %46 = fadd double %23, %45
  %47 = getelementptr inbounds double, ptr %20, i64 %i
  store double %46, ptr %47, align 8, !alias.scope !99
  br label %latch

latch:                                            ; preds = %body
  %48 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !115

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @lv.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr noalias %12, ptr %13) #1 {
entry:
  %14 = alloca ptr, align 8
  store ptr null, ptr %14, align 8
  %15 = alloca [14 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [18 x ptr], align 8
  %18 = alloca [9 x ptr], align 8
  %19 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %1, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %2, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %3, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %4, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %15, i64 5
  store ptr %5, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %13, i64 0
  %26 = getelementptr inbounds ptr, ptr %15, i64 6
  store ptr %25, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %13, i64 64
  %28 = getelementptr inbounds ptr, ptr %15, i64 7
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %13, i64 128
  %30 = getelementptr inbounds ptr, ptr %15, i64 8
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %13, i64 192
  %32 = getelementptr inbounds ptr, ptr %15, i64 9
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %13, i64 256
  %34 = getelementptr inbounds ptr, ptr %15, i64 10
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %13, i64 320
  %36 = getelementptr inbounds ptr, ptr %15, i64 11
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %13, i64 384
  %38 = getelementptr inbounds ptr, ptr %15, i64 12
  store ptr %37, ptr %38, align 8
  %39 = getelementptr inbounds i8, ptr %13, i64 448
  %40 = getelementptr inbounds ptr, ptr %15, i64 13
  store ptr %39, ptr %40, align 8
  %41 = call i32 @lv.k0.body0.k0(ptr %15, i64 0, i64 1)
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %41, %entry ], [ %48, %ok ], [ %80, %ok1 ], [ %96, %ok2 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %43 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %0, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %13, i64 384
  %45 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %13, i64 512
  %47 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %46, ptr %47, align 8
  %48 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %50 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %1, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %13, i64 448
  %52 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %51, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %13, i64 512
  %54 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %53, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %2, ptr %55, align 8
  %56 = getelementptr inbounds ptr, ptr %17, i64 4
  store ptr %3, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %17, i64 5
  store ptr %4, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %17, i64 6
  store ptr %5, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %17, i64 7
  store ptr %0, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %13, i64 64
  %61 = getelementptr inbounds ptr, ptr %17, i64 8
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %13, i64 384
  %63 = getelementptr inbounds ptr, ptr %17, i64 9
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %13, i64 576
  %65 = getelementptr inbounds ptr, ptr %17, i64 10
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %13, i64 640
  %67 = getelementptr inbounds ptr, ptr %17, i64 11
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %13, i64 704
  %69 = getelementptr inbounds ptr, ptr %17, i64 12
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %13, i64 768
  %71 = getelementptr inbounds ptr, ptr %17, i64 13
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %13, i64 832
  %73 = getelementptr inbounds ptr, ptr %17, i64 14
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %13, i64 896
  %75 = getelementptr inbounds ptr, ptr %17, i64 15
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %13, i64 960
  %77 = getelementptr inbounds ptr, ptr %17, i64 16
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %13, i64 1024
  %79 = getelementptr inbounds ptr, ptr %17, i64 17
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k2(ptr %17, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %82 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %1, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %13, i64 128
  %84 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %4, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %13, i64 960
  %87 = getelementptr inbounds ptr, ptr %18, i64 3
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %18, i64 4
  store ptr %5, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %13, i64 896
  %90 = getelementptr inbounds ptr, ptr %18, i64 5
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %13, i64 448
  %92 = getelementptr inbounds ptr, ptr %18, i64 6
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %13, i64 768
  %94 = getelementptr inbounds ptr, ptr %18, i64 7
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %18, i64 8
  store ptr %7, ptr %95, align 8
  %96 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %97 = icmp ne i32 %96, 0
  br i1 %97, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %98 = getelementptr inbounds i8, ptr %13, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %98, i64 8, i1 false)
  %99 = getelementptr inbounds i8, ptr %13, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %99, i64 8, i1 false)
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
  %12 = load double, ptr %11, align 8, !alias.scope !116, !noalias !119
  %13 = sub i64 %i, 0
  %14 = getelementptr inbounds double, ptr %5, i64 %13
  store double %12, ptr %14, align 8
  br label %latch

latch:                                            ; preds = %body
  %15 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !121

exit:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %latch3, %exit
  %i5 = phi i64 [ 16, %exit ], [ %21, %latch3 ]
  %16 = icmp slt i64 %i5, 32
  br i1 %16, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %17 = getelementptr inbounds double, ptr %7, i64 %i5
  %18 = load double, ptr %17, align 8, !alias.scope !116, !noalias !119
  %19 = sub i64 %i5, 0
  %20 = getelementptr inbounds double, ptr %5, i64 %19
  store double %18, ptr %20, align 8
  br label %latch3

latch3:                                           ; preds = %body2
  %21 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !124

exit4:                                            ; preds = %loop1
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ 32, %exit4 ], [ %27, %latch8 ]
  %22 = icmp slt i64 %i10, 48
  br i1 %22, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %23 = getelementptr inbounds double, ptr %7, i64 %i10
  %24 = load double, ptr %23, align 8, !alias.scope !116, !noalias !119
  %25 = sub i64 %i10, 0
  %26 = getelementptr inbounds double, ptr %5, i64 %25
  store double %24, ptr %26, align 8
  br label %latch8

latch8:                                           ; preds = %body7
  %27 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !125

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
  %44 = load double, ptr %43, align 8, !alias.scope !116, !noalias !119
  %45 = sub i64 %i15, 0
  %46 = getelementptr inbounds double, ptr %5, i64 %45
  store double %44, ptr %46, align 8
  br label %latch13

latch13:                                          ; preds = %body12
  %47 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !126

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
  store double %105, ptr %106, align 8, !alias.scope !119
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
  %13 = load double, ptr %12, align 8, !alias.scope !127, !noalias !130
  %14 = fmul double 2.000000e-02, %13
  %15 = getelementptr inbounds double, ptr %6, i64 %i
  %16 = load double, ptr %15, align 8, !alias.scope !132, !noalias !130
  %17 = getelementptr inbounds double, ptr %8, i64 %i
  %18 = load double, ptr %17, align 8, !alias.scope !134, !noalias !130
  %19 = fmul double %16, %18
  %20 = fadd double %14, %19
  %21 = getelementptr inbounds double, ptr %10, i64 %i
  store double %20, ptr %21, align 8, !alias.scope !130
  br label %latch

latch:                                            ; preds = %body
  %22 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !136

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
  %15 = call i32 @ftc_rt_alloc(ptr %14, i64 1600)
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
  %15 = alloca [14 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [18 x ptr], align 8
  %18 = alloca [9 x ptr], align 8
  %19 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %1, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %2, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %3, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %4, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %15, i64 5
  store ptr %5, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %13, i64 0
  %26 = getelementptr inbounds ptr, ptr %15, i64 6
  store ptr %25, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %13, i64 64
  %28 = getelementptr inbounds ptr, ptr %15, i64 7
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %13, i64 128
  %30 = getelementptr inbounds ptr, ptr %15, i64 8
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %13, i64 192
  %32 = getelementptr inbounds ptr, ptr %15, i64 9
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %13, i64 256
  %34 = getelementptr inbounds ptr, ptr %15, i64 10
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %13, i64 320
  %36 = getelementptr inbounds ptr, ptr %15, i64 11
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %13, i64 384
  %38 = getelementptr inbounds ptr, ptr %15, i64 12
  store ptr %37, ptr %38, align 8
  %39 = getelementptr inbounds i8, ptr %13, i64 448
  %40 = getelementptr inbounds ptr, ptr %15, i64 13
  store ptr %39, ptr %40, align 8
  %41 = call i32 @lv.k0.body0.k0(ptr %15, i64 0, i64 1)
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %41, %entry ], [ %48, %ok ], [ %80, %ok1 ], [ %96, %ok2 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %43 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %0, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %13, i64 384
  %45 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %13, i64 512
  %47 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %46, ptr %47, align 8
  %48 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %50 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %1, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %13, i64 448
  %52 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %51, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %13, i64 512
  %54 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %53, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %2, ptr %55, align 8
  %56 = getelementptr inbounds ptr, ptr %17, i64 4
  store ptr %3, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %17, i64 5
  store ptr %4, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %17, i64 6
  store ptr %5, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %17, i64 7
  store ptr %0, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %13, i64 64
  %61 = getelementptr inbounds ptr, ptr %17, i64 8
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %13, i64 384
  %63 = getelementptr inbounds ptr, ptr %17, i64 9
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %13, i64 576
  %65 = getelementptr inbounds ptr, ptr %17, i64 10
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %13, i64 640
  %67 = getelementptr inbounds ptr, ptr %17, i64 11
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %13, i64 704
  %69 = getelementptr inbounds ptr, ptr %17, i64 12
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %13, i64 768
  %71 = getelementptr inbounds ptr, ptr %17, i64 13
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %13, i64 832
  %73 = getelementptr inbounds ptr, ptr %17, i64 14
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %13, i64 896
  %75 = getelementptr inbounds ptr, ptr %17, i64 15
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %13, i64 960
  %77 = getelementptr inbounds ptr, ptr %17, i64 16
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %13, i64 1024
  %79 = getelementptr inbounds ptr, ptr %17, i64 17
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k2(ptr %17, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %82 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %1, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %13, i64 128
  %84 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %4, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %13, i64 960
  %87 = getelementptr inbounds ptr, ptr %18, i64 3
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %18, i64 4
  store ptr %5, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %13, i64 896
  %90 = getelementptr inbounds ptr, ptr %18, i64 5
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %13, i64 448
  %92 = getelementptr inbounds ptr, ptr %18, i64 6
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %13, i64 768
  %94 = getelementptr inbounds ptr, ptr %18, i64 7
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %18, i64 8
  store ptr %7, ptr %95, align 8
  %96 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %97 = icmp ne i32 %96, 0
  br i1 %97, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %98 = getelementptr inbounds i8, ptr %13, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %98, i64 8, i1 false)
  %99 = getelementptr inbounds i8, ptr %13, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %99, i64 8, i1 false)
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
  %15 = call i32 @ftc_rt_alloc(ptr %14, i64 1600)
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
  %27 = alloca [14 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [18 x ptr], align 8
  %30 = alloca [9 x ptr], align 8
  %31 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %0, ptr %31, align 8
  %32 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %1, ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %2, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %27, i64 3
  store ptr %3, ptr %34, align 8
  %35 = getelementptr inbounds ptr, ptr %27, i64 4
  store ptr %4, ptr %35, align 8
  %36 = getelementptr inbounds ptr, ptr %27, i64 5
  store ptr %5, ptr %36, align 8
  %37 = getelementptr inbounds ptr, ptr %27, i64 6
  store ptr %15, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %25, i64 0
  %39 = getelementptr inbounds ptr, ptr %27, i64 7
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %25, i64 64
  %41 = getelementptr inbounds ptr, ptr %27, i64 8
  store ptr %40, ptr %41, align 8
  %42 = getelementptr inbounds ptr, ptr %27, i64 9
  store ptr %17, ptr %42, align 8
  %43 = getelementptr inbounds ptr, ptr %27, i64 10
  store ptr %16, ptr %43, align 8
  %44 = getelementptr inbounds ptr, ptr %27, i64 11
  store ptr %18, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %25, i64 128
  %46 = getelementptr inbounds ptr, ptr %27, i64 12
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %25, i64 192
  %48 = getelementptr inbounds ptr, ptr %27, i64 13
  store ptr %47, ptr %48, align 8
  %49 = call i32 @lv.k0.body0.k0(ptr %27, i64 0, i64 1)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %49, %entry ], [ %55, %ok ], [ %81, %ok1 ], [ %95, %ok2 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %51 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %0, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %25, i64 128
  %53 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %20, ptr %54, align 8
  %55 = call i32 @lv.k0.body0.k1(ptr %28, i64 0, i64 1)
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %57 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %1, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %25, i64 192
  %59 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %20, ptr %60, align 8
  %61 = getelementptr inbounds ptr, ptr %29, i64 3
  store ptr %2, ptr %61, align 8
  %62 = getelementptr inbounds ptr, ptr %29, i64 4
  store ptr %3, ptr %62, align 8
  %63 = getelementptr inbounds ptr, ptr %29, i64 5
  store ptr %4, ptr %63, align 8
  %64 = getelementptr inbounds ptr, ptr %29, i64 6
  store ptr %5, ptr %64, align 8
  %65 = getelementptr inbounds ptr, ptr %29, i64 7
  store ptr %0, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %25, i64 0
  %67 = getelementptr inbounds ptr, ptr %29, i64 8
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %25, i64 128
  %69 = getelementptr inbounds ptr, ptr %29, i64 9
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds ptr, ptr %29, i64 10
  store ptr %19, ptr %70, align 8
  %71 = getelementptr inbounds ptr, ptr %29, i64 11
  store ptr %21, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %25, i64 256
  %73 = getelementptr inbounds ptr, ptr %29, i64 12
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %25, i64 320
  %75 = getelementptr inbounds ptr, ptr %29, i64 13
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %29, i64 14
  store ptr %23, ptr %76, align 8
  %77 = getelementptr inbounds ptr, ptr %29, i64 15
  store ptr %22, ptr %77, align 8
  %78 = getelementptr inbounds ptr, ptr %29, i64 16
  store ptr %24, ptr %78, align 8
  %79 = getelementptr inbounds i8, ptr %25, i64 384
  %80 = getelementptr inbounds ptr, ptr %29, i64 17
  store ptr %79, ptr %80, align 8
  %81 = call i32 @lv.k0.body0.k2(ptr %29, i64 0, i64 1)
  %82 = icmp ne i32 %81, 0
  br i1 %82, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %83 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %1, ptr %83, align 8
  %84 = getelementptr inbounds i8, ptr %25, i64 64
  %85 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %84, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %4, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %30, i64 3
  store ptr %24, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %30, i64 4
  store ptr %5, ptr %88, align 8
  %89 = getelementptr inbounds ptr, ptr %30, i64 5
  store ptr %22, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %25, i64 192
  %91 = getelementptr inbounds ptr, ptr %30, i64 6
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %25, i64 320
  %93 = getelementptr inbounds ptr, ptr %30, i64 7
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %30, i64 8
  store ptr %7, ptr %94, align 8
  %95 = call i32 @lv.k0.body0.k3(ptr %30, i64 0, i64 1)
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %97 = getelementptr inbounds i8, ptr %25, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %97, i64 8, i1 false)
  %98 = getelementptr inbounds i8, ptr %25, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %98, i64 8, i1 false)
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
  %11 = load double, ptr %10, align 8, !alias.scope !137, !noalias !140
  %12 = getelementptr inbounds double, ptr %6, i64 %i
  %13 = load double, ptr %12, align 8, !alias.scope !142, !noalias !140
  %14 = fadd double %11, %13
  %15 = getelementptr inbounds double, ptr %8, i64 %i
  store double %14, ptr %15, align 8, !alias.scope !140
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !144

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %72, %latch ]
  %35 = icmp slt i64 %i, %2
  br i1 %35, label %body, label %exit

body:                                             ; preds = %loop
  %36 = getelementptr inbounds double, ptr %4, i64 %i
  %37 = load double, ptr %36, align 8, !alias.scope !145, !noalias !148
  %38 = getelementptr inbounds double, ptr %6, i64 %i
  %39 = load double, ptr %38, align 8, !alias.scope !157, !noalias !148
  %40 = fmul double %37, %39
  %41 = getelementptr inbounds double, ptr %20, i64 %i
  store double %40, ptr %41, align 8, !alias.scope !159, !noalias !160
  %42 = getelementptr inbounds double, ptr %8, i64 %i
  %43 = load double, ptr %42, align 8, !alias.scope !161, !noalias !148
  %44 = fmul double %40, %43
  %45 = getelementptr inbounds double, ptr %22, i64 %i
  store double %44, ptr %45, align 8, !alias.scope !163, !noalias !164
  %46 = getelementptr inbounds double, ptr %10, i64 %i
  %47 = load double, ptr %46, align 8, !alias.scope !165, !noalias !148
  %48 = fmul double %47, %39
  %49 = getelementptr inbounds double, ptr %24, i64 %i
  store double %48, ptr %49, align 8, !alias.scope !167, !noalias !168
  %50 = fmul double %48, %43
  %51 = getelementptr inbounds double, ptr %26, i64 %i
  store double %50, ptr %51, align 8, !alias.scope !169, !noalias !170
  %52 = fneg double %40
  %53 = getelementptr inbounds double, ptr %28, i64 %i
  store double %52, ptr %53, align 8, !alias.scope !171, !noalias !172
  %54 = fneg double %48
  %55 = getelementptr inbounds double, ptr %30, i64 %i
  store double %54, ptr %55, align 8, !alias.scope !173, !noalias !174
  %56 = getelementptr inbounds double, ptr %12, i64 %i
  %57 = load double, ptr %56, align 8, !alias.scope !175, !noalias !148
  %58 = fmul double %40, %57
  %59 = getelementptr inbounds double, ptr %14, i64 %i
  %60 = load double, ptr %59, align 8, !alias.scope !177, !noalias !148
  %61 = fmul double %54, %60
  %62 = fadd double %58, %61
  %63 = getelementptr inbounds double, ptr %32, i64 %i
  store double %62, ptr %63, align 8, !alias.scope !179, !noalias !180
  %64 = getelementptr inbounds double, ptr %16, i64 %i
  %65 = load double, ptr %64, align 8, !alias.scope !181, !noalias !148
  %66 = fmul double %52, %65
  %67 = getelementptr inbounds double, ptr %18, i64 %i
  %68 = load double, ptr %67, align 8, !alias.scope !183, !noalias !148
  %69 = fmul double %62, %68
  %70 = fadd double %66, %69
  %71 = getelementptr inbounds double, ptr %34, i64 %i
  store double %70, ptr %71, align 8, !alias.scope !185, !noalias !186
  br label %latch

latch:                                            ; preds = %body
  %72 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !187

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %15 = load double, ptr %14, align 8, !alias.scope !188, !noalias !191
  %16 = getelementptr inbounds double, ptr %6, i64 %i
  %17 = load double, ptr %16, align 8, !alias.scope !193, !noalias !191
  %18 = fmul double %15, %17
  %19 = getelementptr inbounds double, ptr %8, i64 %i
  %20 = load double, ptr %19, align 8, !alias.scope !195, !noalias !191
  %21 = getelementptr inbounds double, ptr %10, i64 %i
  %22 = load double, ptr %21, align 8, !alias.scope !197, !noalias !191
  %23 = fmul double %20, %22
  %24 = fadd double %18, %23
  %25 = getelementptr inbounds double, ptr %12, i64 %i
  store double %24, ptr %25, align 8, !alias.scope !191
  br label %latch

latch:                                            ; preds = %body
  %26 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !199

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  %35 = getelementptr inbounds ptr, ptr %0, i64 16
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 17
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds ptr, ptr %0, i64 18
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds ptr, ptr %0, i64 19
  %42 = load ptr, ptr %41, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %93, %latch ]
  %43 = icmp slt i64 %i, %2
  br i1 %43, label %body, label %exit

body:                                             ; preds = %loop
  %44 = getelementptr inbounds double, ptr %4, i64 %i
  %45 = load double, ptr %44, align 8, !alias.scope !200, !noalias !203
  %46 = getelementptr inbounds double, ptr %6, i64 %i
  %47 = load double, ptr %46, align 8, !alias.scope !212, !noalias !203
  %48 = getelementptr inbounds double, ptr %8, i64 %i
  %49 = load double, ptr %48, align 8, !alias.scope !214, !noalias !203
  %50 = fmul double %47, %49
  %51 = fadd double %45, %50
  %52 = getelementptr inbounds double, ptr %28, i64 %i
  store double %51, ptr %52, align 8, !alias.scope !216, !noalias !217
  %53 = getelementptr inbounds double, ptr %10, i64 %i
  %54 = load double, ptr %53, align 8, !alias.scope !218, !noalias !203
  %55 = getelementptr inbounds double, ptr %12, i64 %i
  %56 = load double, ptr %55, align 8, !alias.scope !220, !noalias !203
  %57 = fmul double %56, %49
  %58 = fadd double %54, %57
  %59 = getelementptr inbounds double, ptr %30, i64 %i
  store double %58, ptr %59, align 8, !alias.scope !222, !noalias !223
  %60 = fneg double %51
  %61 = getelementptr inbounds double, ptr %32, i64 %i
  store double %60, ptr %61, align 8, !alias.scope !224, !noalias !225
  %62 = fneg double %58
  %63 = getelementptr inbounds double, ptr %34, i64 %i
  store double %62, ptr %63, align 8, !alias.scope !226, !noalias !227
  %64 = getelementptr inbounds double, ptr %14, i64 %i
  %65 = load double, ptr %64, align 8, !alias.scope !228, !noalias !203
  %66 = fmul double %51, %65
  %67 = getelementptr inbounds double, ptr %16, i64 %i
  %68 = load double, ptr %67, align 8, !alias.scope !230, !noalias !203
  %69 = fmul double %62, %68
  %70 = fadd double %66, %69
  %71 = getelementptr inbounds double, ptr %36, i64 %i
  store double %70, ptr %71, align 8, !alias.scope !232, !noalias !233
  %72 = getelementptr inbounds double, ptr %18, i64 %i
  %73 = load double, ptr %72, align 8, !alias.scope !234, !noalias !203
  %74 = fmul double %60, %73
  %75 = getelementptr inbounds double, ptr %20, i64 %i
  %76 = load double, ptr %75, align 8, !alias.scope !236, !noalias !203
  %77 = fmul double %70, %76
  %78 = fadd double %74, %77
  %79 = getelementptr inbounds double, ptr %38, i64 %i
  store double %78, ptr %79, align 8, !alias.scope !238, !noalias !239
  %80 = getelementptr inbounds double, ptr %22, i64 %i
  %81 = load double, ptr %80, align 8, !alias.scope !240, !noalias !203
  %82 = fmul double %58, %81
  %83 = getelementptr inbounds double, ptr %24, i64 %i
  %84 = load double, ptr %83, align 8, !alias.scope !242, !noalias !203
  %85 = fmul double %70, %84
  %86 = fadd double %82, %85
  %87 = getelementptr inbounds double, ptr %40, i64 %i
  store double %86, ptr %87, align 8, !alias.scope !244, !noalias !245
  %88 = getelementptr inbounds double, ptr %26, i64 %i
  %89 = load double, ptr %88, align 8, !alias.scope !246, !noalias !203
  %90 = fmul double %78, %89
  %91 = fadd double %45, %90
  %92 = getelementptr inbounds double, ptr %42, i64 %i
  store double %91, ptr %92, align 8, !alias.scope !248, !noalias !249
  br label %latch

latch:                                            ; preds = %body
  %93 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !250

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %25, %latch ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds double, ptr %4, i64 %i
  %15 = load double, ptr %14, align 8, !alias.scope !251, !noalias !254
  %16 = getelementptr inbounds double, ptr %6, i64 %i
  %17 = load double, ptr %16, align 8, !alias.scope !257, !noalias !254
  %18 = getelementptr inbounds double, ptr %8, i64 %i
  %19 = load double, ptr %18, align 8, !alias.scope !259, !noalias !254
  %20 = fmul double %17, %19
  %21 = fadd double %15, %20
  %22 = getelementptr inbounds double, ptr %10, i64 %i
  store double %21, ptr %22, align 8, !alias.scope !261, !noalias !262
  %23 = fneg double %21
  %24 = getelementptr inbounds double, ptr %12, i64 %i
  store double %23, ptr %24, align 8, !alias.scope !262, !noalias !261
  br label %latch

latch:                                            ; preds = %body
  %25 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !263

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
  %35 = getelementptr inbounds ptr, ptr %0, i64 16
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 17
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds ptr, ptr %0, i64 18
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds ptr, ptr %0, i64 19
  %42 = load ptr, ptr %41, align 8
  %43 = getelementptr inbounds ptr, ptr %0, i64 20
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds ptr, ptr %0, i64 21
  %46 = load ptr, ptr %45, align 8
  %47 = getelementptr inbounds ptr, ptr %0, i64 22
  %48 = load ptr, ptr %47, align 8
  %49 = getelementptr inbounds ptr, ptr %0, i64 23
  %50 = load ptr, ptr %49, align 8
  %51 = getelementptr inbounds ptr, ptr %0, i64 24
  %52 = load ptr, ptr %51, align 8
  %53 = getelementptr inbounds ptr, ptr %0, i64 25
  %54 = load ptr, ptr %53, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %123, %latch ]
  %55 = icmp slt i64 %i, %2
  br i1 %55, label %body, label %exit

body:                                             ; preds = %loop
  %56 = getelementptr inbounds double, ptr %4, i64 %i
  %57 = load double, ptr %56, align 8, !alias.scope !264, !noalias !267
  %58 = fneg double %57
  %59 = getelementptr inbounds double, ptr %40, i64 %i
  store double %58, ptr %59, align 8, !alias.scope !276, !noalias !277
  %60 = getelementptr inbounds double, ptr %6, i64 %i
  %61 = load double, ptr %60, align 8, !alias.scope !278, !noalias !267
  %62 = fmul double %57, %61
  %63 = getelementptr inbounds double, ptr %8, i64 %i
  %64 = load double, ptr %63, align 8, !alias.scope !280, !noalias !267
  %65 = getelementptr inbounds double, ptr %10, i64 %i
  %66 = load double, ptr %65, align 8, !alias.scope !282, !noalias !267
  %67 = fmul double %64, %66
  %68 = fadd double %62, %67
  %69 = getelementptr inbounds double, ptr %42, i64 %i
  store double %68, ptr %69, align 8, !alias.scope !284, !noalias !285
  %70 = getelementptr inbounds double, ptr %12, i64 %i
  %71 = load double, ptr %70, align 8, !alias.scope !286, !noalias !267
  %72 = fmul double %58, %71
  %73 = getelementptr inbounds double, ptr %14, i64 %i
  %74 = load double, ptr %73, align 8, !alias.scope !288, !noalias !267
  %75 = fmul double %68, %74
  %76 = fadd double %72, %75
  %77 = getelementptr inbounds double, ptr %44, i64 %i
  store double %76, ptr %77, align 8, !alias.scope !290, !noalias !291
  %78 = getelementptr inbounds double, ptr %16, i64 %i
  %79 = load double, ptr %78, align 8, !alias.scope !292, !noalias !267
  %80 = getelementptr inbounds double, ptr %18, i64 %i
  %81 = load double, ptr %80, align 8, !alias.scope !294, !noalias !267
  %82 = fmul double %79, %81
  %83 = getelementptr inbounds double, ptr %20, i64 %i
  %84 = load double, ptr %83, align 8, !alias.scope !296, !noalias !267
  %85 = fmul double %68, %84
  %86 = fadd double %82, %85
  %87 = getelementptr inbounds double, ptr %46, i64 %i
  store double %86, ptr %87, align 8, !alias.scope !298, !noalias !299
  %88 = getelementptr inbounds double, ptr %22, i64 %i
  %89 = load double, ptr %88, align 8, !alias.scope !300, !noalias !267
  %90 = getelementptr inbounds double, ptr %24, i64 %i
  %91 = load double, ptr %90, align 8, !alias.scope !302, !noalias !267
  %92 = fmul double %76, %91
  %93 = fadd double %89, %92
  %94 = getelementptr inbounds double, ptr %48, i64 %i
  store double %93, ptr %94, align 8, !alias.scope !304, !noalias !305
  %95 = getelementptr inbounds double, ptr %26, i64 %i
  %96 = load double, ptr %95, align 8, !alias.scope !306, !noalias !267
  %97 = fmul double %86, %91
  %98 = fadd double %96, %97
  %99 = getelementptr inbounds double, ptr %50, i64 %i
  store double %98, ptr %99, align 8, !alias.scope !308, !noalias !309
  %100 = fneg double %93
  %101 = getelementptr inbounds double, ptr %52, i64 %i
  store double %100, ptr %101, align 8, !alias.scope !310, !noalias !311
  %102 = getelementptr inbounds double, ptr %28, i64 %i
  %103 = load double, ptr %102, align 8, !alias.scope !312, !noalias !267
  %104 = getelementptr inbounds double, ptr %30, i64 %i
  %105 = load double, ptr %104, align 8, !alias.scope !314, !noalias !267
  %106 = getelementptr inbounds double, ptr %32, i64 %i
  %107 = load double, ptr %106, align 8, !alias.scope !316, !noalias !267
  %108 = fmul double %105, %107
  %109 = fadd double %103, %108
  %110 = getelementptr inbounds double, ptr %34, i64 %i
  %111 = load double, ptr %110, align 8, !alias.scope !318, !noalias !267
  %112 = getelementptr inbounds double, ptr %36, i64 %i
  %113 = load double, ptr %112, align 8, !alias.scope !320, !noalias !267
  %114 = fmul double %111, %113
  %115 = fadd double %109, %114
  %116 = fmul double %58, %84
  %117 = fadd double %115, %116
  %118 = getelementptr inbounds double, ptr %38, i64 %i
  %119 = load double, ptr %118, align 8, !alias.scope !322, !noalias !267
  %120 = fmul double %100, %119
  %121 = fadd double %117, %120
  %122 = getelementptr inbounds double, ptr %54, i64 %i
  store double %121, ptr %122, align 8, !alias.scope !324, !noalias !325
  br label %latch

latch:                                            ; preds = %body
  %123 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !326

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv.k7.body0.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  %25 = load double, ptr %24, align 8, !alias.scope !327, !noalias !330
  %26 = getelementptr inbounds double, ptr %6, i64 %i
  %27 = load double, ptr %26, align 8, !alias.scope !332, !noalias !330
  %28 = getelementptr inbounds double, ptr %8, i64 %i
  %29 = load double, ptr %28, align 8, !alias.scope !334, !noalias !330
  %30 = fmul double %27, %29
  %31 = fadd double %25, %30
  %32 = getelementptr inbounds double, ptr %10, i64 %i
  %33 = load double, ptr %32, align 8, !alias.scope !336, !noalias !330
  %34 = getelementptr inbounds double, ptr %12, i64 %i
  %35 = load double, ptr %34, align 8, !alias.scope !338, !noalias !330
  %36 = fmul double %33, %35
  %37 = fadd double %31, %36
  %38 = getelementptr inbounds double, ptr %14, i64 %i
  %39 = load double, ptr %38, align 8, !alias.scope !340, !noalias !330
  %40 = getelementptr inbounds double, ptr %16, i64 %i
  %41 = load double, ptr %40, align 8, !alias.scope !342, !noalias !330
  %42 = fmul double %39, %41
  %43 = fadd double %37, %42
  %44 = getelementptr inbounds double, ptr %18, i64 %i
  %45 = load double, ptr %44, align 8, !alias.scope !344, !noalias !330
  %46 = getelementptr inbounds double, ptr %20, i64 %i
  %47 = load double, ptr %46, align 8, !alias.scope !346, !noalias !330
  %48 = fmul double %45, %47
  %49 = fadd double %43, %48
  %50 = getelementptr inbounds double, ptr %22, i64 %i
  store double %49, ptr %50, align 8, !alias.scope !330
  br label %latch

latch:                                            ; preds = %body
  %51 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !348

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
  %35 = getelementptr inbounds ptr, ptr %0, i64 16
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 17
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds ptr, ptr %0, i64 18
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds ptr, ptr %0, i64 19
  %42 = load ptr, ptr %41, align 8
  %43 = getelementptr inbounds ptr, ptr %0, i64 20
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds ptr, ptr %0, i64 21
  %46 = load ptr, ptr %45, align 8
  %47 = getelementptr inbounds ptr, ptr %0, i64 22
  %48 = load ptr, ptr %47, align 8
  %49 = getelementptr inbounds ptr, ptr %0, i64 23
  %50 = load ptr, ptr %49, align 8
  %51 = getelementptr inbounds ptr, ptr %0, i64 24
  %52 = load ptr, ptr %51, align 8
  %53 = getelementptr inbounds ptr, ptr %0, i64 25
  %54 = load ptr, ptr %53, align 8
  %55 = getelementptr inbounds ptr, ptr %0, i64 26
  %56 = load ptr, ptr %55, align 8
  %57 = getelementptr inbounds ptr, ptr %0, i64 27
  %58 = load ptr, ptr %57, align 8
  %59 = getelementptr inbounds ptr, ptr %0, i64 28
  %60 = load ptr, ptr %59, align 8
  %61 = getelementptr inbounds ptr, ptr %0, i64 29
  %62 = load ptr, ptr %61, align 8
  %63 = getelementptr inbounds ptr, ptr %0, i64 30
  %64 = load ptr, ptr %63, align 8
  %65 = getelementptr inbounds ptr, ptr %0, i64 31
  %66 = load ptr, ptr %65, align 8
  %67 = getelementptr inbounds ptr, ptr %0, i64 32
  %68 = load ptr, ptr %67, align 8
  %69 = getelementptr inbounds ptr, ptr %0, i64 33
  %70 = load ptr, ptr %69, align 8
  %71 = getelementptr inbounds ptr, ptr %0, i64 34
  %72 = load ptr, ptr %71, align 8
  %73 = getelementptr inbounds ptr, ptr %0, i64 35
  %74 = load ptr, ptr %73, align 8
  %75 = getelementptr inbounds ptr, ptr %0, i64 36
  %76 = load ptr, ptr %75, align 8
  %77 = getelementptr inbounds ptr, ptr %0, i64 37
  %78 = load ptr, ptr %77, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %184, %latch ]
  %79 = icmp slt i64 %i, %2
  br i1 %79, label %body, label %exit

body:                                             ; preds = %loop
  %80 = getelementptr inbounds double, ptr %4, i64 %i
  %81 = load double, ptr %80, align 8, !alias.scope !349, !noalias !352
  %82 = fneg double %81
  %83 = getelementptr inbounds double, ptr %68, i64 %i
  store double %82, ptr %83, align 8, !alias.scope !359, !noalias !360
  %84 = getelementptr inbounds double, ptr %6, i64 %i
  %85 = load double, ptr %84, align 8, !alias.scope !361, !noalias !352
  %86 = getelementptr inbounds double, ptr %8, i64 %i
  %87 = load double, ptr %86, align 8, !alias.scope !363, !noalias !352
  %88 = fmul double %85, %87
  %89 = getelementptr inbounds double, ptr %10, i64 %i
  %90 = load double, ptr %89, align 8, !alias.scope !365, !noalias !352
  %91 = fmul double %82, %90
  %92 = fadd double %88, %91
  %93 = getelementptr inbounds double, ptr %70, i64 %i
  store double %92, ptr %93, align 8, !alias.scope !367, !noalias !368
  %94 = getelementptr inbounds double, ptr %12, i64 %i
  %95 = load double, ptr %94, align 8, !alias.scope !369, !noalias !352
  %96 = getelementptr inbounds double, ptr %14, i64 %i
  %97 = load double, ptr %96, align 8, !alias.scope !371, !noalias !352
  %98 = getelementptr inbounds double, ptr %16, i64 %i
  %99 = load double, ptr %98, align 8, !alias.scope !373, !noalias !352
  %100 = fmul double %97, %99
  %101 = fadd double %95, %100
  %102 = getelementptr inbounds double, ptr %18, i64 %i
  %103 = load double, ptr %102, align 8, !alias.scope !375, !noalias !352
  %104 = getelementptr inbounds double, ptr %20, i64 %i
  %105 = load double, ptr %104, align 8, !alias.scope !377, !noalias !352
  %106 = fmul double %103, %105
  %107 = fadd double %101, %106
  %108 = getelementptr inbounds double, ptr %22, i64 %i
  %109 = load double, ptr %108, align 8, !alias.scope !379, !noalias !352
  %110 = getelementptr inbounds double, ptr %24, i64 %i
  %111 = load double, ptr %110, align 8, !alias.scope !381, !noalias !352
  %112 = fmul double %109, %111
  %113 = fadd double %107, %112
  %114 = getelementptr inbounds double, ptr %26, i64 %i
  %115 = load double, ptr %114, align 8, !alias.scope !383, !noalias !352
  %116 = fmul double %82, %115
  %117 = fadd double %113, %116
  %118 = getelementptr inbounds double, ptr %72, i64 %i
  store double %117, ptr %118, align 8, !alias.scope !385, !noalias !386
  %119 = getelementptr inbounds double, ptr %28, i64 %i
  %120 = load double, ptr %119, align 8, !alias.scope !387, !noalias !352
  %121 = getelementptr inbounds double, ptr %30, i64 %i
  %122 = load double, ptr %121, align 8, !alias.scope !389, !noalias !352
  %123 = getelementptr inbounds double, ptr %32, i64 %i
  %124 = load double, ptr %123, align 8, !alias.scope !391, !noalias !352
  %125 = fmul double %122, %124
  %126 = fadd double %120, %125
  %127 = getelementptr inbounds double, ptr %34, i64 %i
  %128 = load double, ptr %127, align 8, !alias.scope !393, !noalias !352
  %129 = getelementptr inbounds double, ptr %36, i64 %i
  %130 = load double, ptr %129, align 8, !alias.scope !395, !noalias !352
  %131 = fmul double %128, %130
  %132 = fadd double %126, %131
  %133 = getelementptr inbounds double, ptr %38, i64 %i
  %134 = load double, ptr %133, align 8, !alias.scope !397, !noalias !352
  %135 = getelementptr inbounds double, ptr %40, i64 %i
  %136 = load double, ptr %135, align 8, !alias.scope !399, !noalias !352
  %137 = fmul double %134, %136
  %138 = fadd double %132, %137
  %139 = getelementptr inbounds double, ptr %42, i64 %i
  %140 = load double, ptr %139, align 8, !alias.scope !401, !noalias !352
  %141 = fmul double %81, %140
  %142 = fadd double %138, %141
  %143 = getelementptr inbounds double, ptr %74, i64 %i
  store double %142, ptr %143, align 8, !alias.scope !403, !noalias !404
  %144 = getelementptr inbounds double, ptr %44, i64 %i
  %145 = load double, ptr %144, align 8, !alias.scope !405, !noalias !352
  %146 = getelementptr inbounds double, ptr %46, i64 %i
  %147 = load double, ptr %146, align 8, !alias.scope !407, !noalias !352
  %148 = fadd double %145, %147
  %149 = getelementptr inbounds double, ptr %48, i64 %i
  %150 = load double, ptr %149, align 8, !alias.scope !409, !noalias !352
  %151 = fadd double %148, %150
  %152 = getelementptr inbounds double, ptr %50, i64 %i
  %153 = load double, ptr %152, align 8, !alias.scope !411, !noalias !352
  %154 = fadd double %151, %153
  %155 = getelementptr inbounds double, ptr %52, i64 %i
  %156 = load double, ptr %155, align 8, !alias.scope !413, !noalias !352
  %157 = getelementptr inbounds double, ptr %54, i64 %i
  %158 = load double, ptr %157, align 8, !alias.scope !415, !noalias !352
  %159 = fmul double %156, %158
  %160 = fadd double %154, %159
  %161 = fmul double %92, %140
  %162 = fadd double %160, %161
  %163 = getelementptr inbounds double, ptr %76, i64 %i
  store double %162, ptr %163, align 8, !alias.scope !417, !noalias !418
  %164 = getelementptr inbounds double, ptr %56, i64 %i
  %165 = load double, ptr %164, align 8, !alias.scope !419, !noalias !352
  %166 = getelementptr inbounds double, ptr %58, i64 %i
  %167 = load double, ptr %166, align 8, !alias.scope !421, !noalias !352
  %168 = fadd double %165, %167
  %169 = getelementptr inbounds double, ptr %60, i64 %i
  %170 = load double, ptr %169, align 8, !alias.scope !423, !noalias !352
  %171 = fadd double %168, %170
  %172 = getelementptr inbounds double, ptr %62, i64 %i
  %173 = load double, ptr %172, align 8, !alias.scope !425, !noalias !352
  %174 = fadd double %171, %173
  %175 = getelementptr inbounds double, ptr %64, i64 %i
  %176 = load double, ptr %175, align 8, !alias.scope !427, !noalias !352
  %177 = fmul double %81, %176
  %178 = fadd double %174, %177
  %179 = getelementptr inbounds double, ptr %66, i64 %i
  %180 = load double, ptr %179, align 8, !alias.scope !429, !noalias !352
  %181 = fmul double %92, %180
  %182 = fadd double %178, %181
  %183 = getelementptr inbounds double, ptr %78, i64 %i
  store double %182, ptr %183, align 8, !alias.scope !431, !noalias !432
  br label %latch

latch:                                            ; preds = %body
  %184 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !433

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv.k7.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12, ptr %13, ptr %14, ptr %15, ptr %16, ptr %17, ptr %18, ptr %19, ptr %20, ptr %21, ptr %22, ptr %23, ptr %24, ptr %25, ptr %26, ptr %27, ptr %28, ptr %29, ptr %30, ptr %31, ptr %32, ptr %33, ptr %34, ptr noalias %35, ptr noalias %36, ptr noalias %37, ptr noalias %38, ptr noalias %39, ptr noalias %40, ptr %41) #1 {
entry:
  %42 = alloca ptr, align 8
  store ptr null, ptr %42, align 8
  %43 = alloca [3 x ptr], align 8
  %44 = alloca [16 x ptr], align 8
  %45 = alloca [5 x ptr], align 8
  %46 = alloca [20 x ptr], align 8
  %47 = alloca [5 x ptr], align 8
  %48 = alloca [26 x ptr], align 8
  %49 = alloca [10 x ptr], align 8
  %50 = alloca [38 x ptr], align 8
  %51 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %8, ptr %51, align 8
  %52 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %26, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %41, i64 0
  %54 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %53, ptr %54, align 8
  %55 = call i32 @grad_lv.k7.body0.k0(ptr %43, i64 0, i64 1)
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %fail, label %ok

fail:                                             ; preds = %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %55, %entry ], [ %82, %ok ], [ %92, %ok1 ], [ %126, %ok2 ], [ %137, %ok3 ], [ %179, %ok4 ], [ %195, %ok5 ], [ %253, %ok6 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %57 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %9, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %7, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %6, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %41, i64 0
  %61 = getelementptr inbounds ptr, ptr %44, i64 3
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds ptr, ptr %44, i64 4
  store ptr %2, ptr %62, align 8
  %63 = getelementptr inbounds ptr, ptr %44, i64 5
  store ptr %1, ptr %63, align 8
  %64 = getelementptr inbounds ptr, ptr %44, i64 6
  store ptr %3, ptr %64, align 8
  %65 = getelementptr inbounds ptr, ptr %44, i64 7
  store ptr %24, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %41, i64 64
  %67 = getelementptr inbounds ptr, ptr %44, i64 8
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %41, i64 128
  %69 = getelementptr inbounds ptr, ptr %44, i64 9
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %41, i64 192
  %71 = getelementptr inbounds ptr, ptr %44, i64 10
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %41, i64 256
  %73 = getelementptr inbounds ptr, ptr %44, i64 11
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %41, i64 320
  %75 = getelementptr inbounds ptr, ptr %44, i64 12
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %41, i64 384
  %77 = getelementptr inbounds ptr, ptr %44, i64 13
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %41, i64 448
  %79 = getelementptr inbounds ptr, ptr %44, i64 14
  store ptr %78, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %41, i64 512
  %81 = getelementptr inbounds ptr, ptr %44, i64 15
  store ptr %80, ptr %81, align 8
  %82 = call i32 @grad_lv.k7.body0.k1(ptr %44, i64 0, i64 1)
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %84 = getelementptr inbounds i8, ptr %41, i64 192
  %85 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %84, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %0, ptr %86, align 8
  %87 = getelementptr inbounds i8, ptr %41, i64 448
  %88 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %87, ptr %88, align 8
  %89 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %23, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %41, i64 576
  %91 = getelementptr inbounds ptr, ptr %45, i64 4
  store ptr %90, ptr %91, align 8
  %92 = call i32 @grad_lv.k7.body0.k2(ptr %45, i64 0, i64 1)
  %93 = icmp ne i32 %92, 0
  br i1 %93, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %94 = getelementptr inbounds i8, ptr %41, i64 128
  %95 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %94, ptr %95, align 8
  %96 = getelementptr inbounds i8, ptr %41, i64 512
  %97 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %96, ptr %97, align 8
  %98 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %5, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %41, i64 256
  %100 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds i8, ptr %41, i64 576
  %102 = getelementptr inbounds ptr, ptr %46, i64 4
  store ptr %101, ptr %102, align 8
  %103 = getelementptr inbounds ptr, ptr %46, i64 5
  store ptr %2, ptr %103, align 8
  %104 = getelementptr inbounds ptr, ptr %46, i64 6
  store ptr %1, ptr %104, align 8
  %105 = getelementptr inbounds ptr, ptr %46, i64 7
  store ptr %3, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %46, i64 8
  store ptr %21, ptr %106, align 8
  %107 = getelementptr inbounds ptr, ptr %46, i64 9
  store ptr %0, ptr %107, align 8
  %108 = getelementptr inbounds ptr, ptr %46, i64 10
  store ptr %20, ptr %108, align 8
  %109 = getelementptr inbounds ptr, ptr %46, i64 11
  store ptr %4, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %41, i64 448
  %111 = getelementptr inbounds ptr, ptr %46, i64 12
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds i8, ptr %41, i64 640
  %113 = getelementptr inbounds ptr, ptr %46, i64 13
  store ptr %112, ptr %113, align 8
  %114 = getelementptr inbounds i8, ptr %41, i64 704
  %115 = getelementptr inbounds ptr, ptr %46, i64 14
  store ptr %114, ptr %115, align 8
  %116 = getelementptr inbounds i8, ptr %41, i64 768
  %117 = getelementptr inbounds ptr, ptr %46, i64 15
  store ptr %116, ptr %117, align 8
  %118 = getelementptr inbounds i8, ptr %41, i64 832
  %119 = getelementptr inbounds ptr, ptr %46, i64 16
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %41, i64 896
  %121 = getelementptr inbounds ptr, ptr %46, i64 17
  store ptr %120, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %41, i64 960
  %123 = getelementptr inbounds ptr, ptr %46, i64 18
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %41, i64 1024
  %125 = getelementptr inbounds ptr, ptr %46, i64 19
  store ptr %124, ptr %125, align 8
  %126 = call i32 @grad_lv.k7.body0.k3(ptr %46, i64 0, i64 1)
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %128 = getelementptr inbounds i8, ptr %41, i64 256
  %129 = getelementptr inbounds ptr, ptr %47, i64 0
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %41, i64 960
  %131 = getelementptr inbounds ptr, ptr %47, i64 1
  store ptr %130, ptr %131, align 8
  %132 = getelementptr inbounds ptr, ptr %47, i64 2
  store ptr %4, ptr %132, align 8
  %133 = getelementptr inbounds i8, ptr %41, i64 128
  %134 = getelementptr inbounds ptr, ptr %47, i64 3
  store ptr %133, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %41, i64 1088
  %136 = getelementptr inbounds ptr, ptr %47, i64 4
  store ptr %135, ptr %136, align 8
  %137 = call i32 @grad_lv.k7.body0.k4(ptr %47, i64 0, i64 1)
  %138 = icmp ne i32 %137, 0
  br i1 %138, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %139 = getelementptr inbounds i8, ptr %41, i64 1024
  %140 = getelementptr inbounds ptr, ptr %48, i64 0
  store ptr %139, ptr %140, align 8
  %141 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %2, ptr %141, align 8
  %142 = getelementptr inbounds i8, ptr %41, i64 1088
  %143 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr %142, ptr %143, align 8
  %144 = getelementptr inbounds ptr, ptr %48, i64 3
  store ptr %1, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %48, i64 4
  store ptr %3, ptr %145, align 8
  %146 = getelementptr inbounds ptr, ptr %48, i64 5
  store ptr %18, ptr %146, align 8
  %147 = getelementptr inbounds i8, ptr %41, i64 128
  %148 = getelementptr inbounds ptr, ptr %48, i64 6
  store ptr %147, ptr %148, align 8
  %149 = getelementptr inbounds ptr, ptr %48, i64 7
  store ptr %0, ptr %149, align 8
  %150 = getelementptr inbounds ptr, ptr %48, i64 8
  store ptr %17, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %41, i64 64
  %152 = getelementptr inbounds ptr, ptr %48, i64 9
  store ptr %151, ptr %152, align 8
  %153 = getelementptr inbounds ptr, ptr %48, i64 10
  store ptr %4, ptr %153, align 8
  %154 = getelementptr inbounds i8, ptr %41, i64 192
  %155 = getelementptr inbounds ptr, ptr %48, i64 11
  store ptr %154, ptr %155, align 8
  %156 = getelementptr inbounds ptr, ptr %48, i64 12
  store ptr %13, ptr %156, align 8
  %157 = getelementptr inbounds i8, ptr %41, i64 320
  %158 = getelementptr inbounds ptr, ptr %48, i64 13
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds ptr, ptr %48, i64 14
  store ptr %23, ptr %159, align 8
  %160 = getelementptr inbounds i8, ptr %41, i64 704
  %161 = getelementptr inbounds ptr, ptr %48, i64 15
  store ptr %160, ptr %161, align 8
  %162 = getelementptr inbounds ptr, ptr %48, i64 16
  store ptr %20, ptr %162, align 8
  %163 = getelementptr inbounds ptr, ptr %48, i64 17
  store ptr %14, ptr %163, align 8
  %164 = getelementptr inbounds i8, ptr %41, i64 256
  %165 = getelementptr inbounds ptr, ptr %48, i64 18
  store ptr %164, ptr %165, align 8
  %166 = getelementptr inbounds i8, ptr %41, i64 1152
  %167 = getelementptr inbounds ptr, ptr %48, i64 19
  store ptr %166, ptr %167, align 8
  %168 = getelementptr inbounds i8, ptr %41, i64 1216
  %169 = getelementptr inbounds ptr, ptr %48, i64 20
  store ptr %168, ptr %169, align 8
  %170 = getelementptr inbounds i8, ptr %41, i64 1280
  %171 = getelementptr inbounds ptr, ptr %48, i64 21
  store ptr %170, ptr %171, align 8
  %172 = getelementptr inbounds i8, ptr %41, i64 1344
  %173 = getelementptr inbounds ptr, ptr %48, i64 22
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %41, i64 1408
  %175 = getelementptr inbounds ptr, ptr %48, i64 23
  store ptr %174, ptr %175, align 8
  %176 = getelementptr inbounds i8, ptr %41, i64 1472
  %177 = getelementptr inbounds ptr, ptr %48, i64 24
  store ptr %176, ptr %177, align 8
  %178 = getelementptr inbounds ptr, ptr %48, i64 25
  store ptr %40, ptr %178, align 8
  %179 = call i32 @grad_lv.k7.body0.k5(ptr %48, i64 0, i64 1)
  %180 = icmp ne i32 %179, 0
  br i1 %180, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %181 = getelementptr inbounds ptr, ptr %49, i64 0
  store ptr %12, ptr %181, align 8
  %182 = getelementptr inbounds i8, ptr %41, i64 64
  %183 = getelementptr inbounds ptr, ptr %49, i64 1
  store ptr %182, ptr %183, align 8
  %184 = getelementptr inbounds ptr, ptr %49, i64 2
  store ptr %25, ptr %184, align 8
  %185 = getelementptr inbounds i8, ptr %41, i64 448
  %186 = getelementptr inbounds ptr, ptr %49, i64 3
  store ptr %185, ptr %186, align 8
  %187 = getelementptr inbounds ptr, ptr %49, i64 4
  store ptr %22, ptr %187, align 8
  %188 = getelementptr inbounds i8, ptr %41, i64 1024
  %189 = getelementptr inbounds ptr, ptr %49, i64 5
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds ptr, ptr %49, i64 6
  store ptr %19, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %41, i64 1344
  %192 = getelementptr inbounds ptr, ptr %49, i64 7
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %49, i64 8
  store ptr %16, ptr %193, align 8
  %194 = getelementptr inbounds ptr, ptr %49, i64 9
  store ptr %39, ptr %194, align 8
  %195 = call i32 @grad_lv.k7.body0.k6(ptr %49, i64 0, i64 1)
  %196 = icmp ne i32 %195, 0
  br i1 %196, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %197 = getelementptr inbounds i8, ptr %41, i64 1408
  %198 = getelementptr inbounds ptr, ptr %50, i64 0
  store ptr %197, ptr %198, align 8
  %199 = getelementptr inbounds i8, ptr %41, i64 1344
  %200 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %199, ptr %200, align 8
  %201 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %2, ptr %201, align 8
  %202 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %1, ptr %202, align 8
  %203 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %11, ptr %203, align 8
  %204 = getelementptr inbounds i8, ptr %41, i64 384
  %205 = getelementptr inbounds ptr, ptr %50, i64 5
  store ptr %204, ptr %205, align 8
  %206 = getelementptr inbounds ptr, ptr %50, i64 6
  store ptr %25, ptr %206, align 8
  %207 = getelementptr inbounds i8, ptr %41, i64 768
  %208 = getelementptr inbounds ptr, ptr %50, i64 7
  store ptr %207, ptr %208, align 8
  %209 = getelementptr inbounds ptr, ptr %50, i64 8
  store ptr %22, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %41, i64 1088
  %211 = getelementptr inbounds ptr, ptr %50, i64 9
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %50, i64 10
  store ptr %19, ptr %212, align 8
  %213 = getelementptr inbounds ptr, ptr %50, i64 11
  store ptr %16, ptr %213, align 8
  %214 = getelementptr inbounds ptr, ptr %50, i64 12
  store ptr %10, ptr %214, align 8
  %215 = getelementptr inbounds i8, ptr %41, i64 192
  %216 = getelementptr inbounds ptr, ptr %50, i64 13
  store ptr %215, ptr %216, align 8
  %217 = getelementptr inbounds ptr, ptr %50, i64 14
  store ptr %24, ptr %217, align 8
  %218 = getelementptr inbounds i8, ptr %41, i64 640
  %219 = getelementptr inbounds ptr, ptr %50, i64 15
  store ptr %218, ptr %219, align 8
  %220 = getelementptr inbounds ptr, ptr %50, i64 16
  store ptr %21, ptr %220, align 8
  %221 = getelementptr inbounds i8, ptr %41, i64 128
  %222 = getelementptr inbounds ptr, ptr %50, i64 17
  store ptr %221, ptr %222, align 8
  %223 = getelementptr inbounds ptr, ptr %50, i64 18
  store ptr %18, ptr %223, align 8
  %224 = getelementptr inbounds ptr, ptr %50, i64 19
  store ptr %15, ptr %224, align 8
  %225 = getelementptr inbounds ptr, ptr %50, i64 20
  store ptr %9, ptr %225, align 8
  %226 = getelementptr inbounds i8, ptr %41, i64 512
  %227 = getelementptr inbounds ptr, ptr %50, i64 21
  store ptr %226, ptr %227, align 8
  %228 = getelementptr inbounds i8, ptr %41, i64 896
  %229 = getelementptr inbounds ptr, ptr %50, i64 22
  store ptr %228, ptr %229, align 8
  %230 = getelementptr inbounds i8, ptr %41, i64 1216
  %231 = getelementptr inbounds ptr, ptr %50, i64 23
  store ptr %230, ptr %231, align 8
  %232 = getelementptr inbounds i8, ptr %41, i64 1472
  %233 = getelementptr inbounds ptr, ptr %50, i64 24
  store ptr %232, ptr %233, align 8
  %234 = getelementptr inbounds ptr, ptr %50, i64 25
  store ptr %3, ptr %234, align 8
  %235 = getelementptr inbounds i8, ptr %41, i64 0
  %236 = getelementptr inbounds ptr, ptr %50, i64 26
  store ptr %235, ptr %236, align 8
  %237 = getelementptr inbounds i8, ptr %41, i64 576
  %238 = getelementptr inbounds ptr, ptr %50, i64 27
  store ptr %237, ptr %238, align 8
  %239 = getelementptr inbounds i8, ptr %41, i64 960
  %240 = getelementptr inbounds ptr, ptr %50, i64 28
  store ptr %239, ptr %240, align 8
  %241 = getelementptr inbounds i8, ptr %41, i64 1280
  %242 = getelementptr inbounds ptr, ptr %50, i64 29
  store ptr %241, ptr %242, align 8
  %243 = getelementptr inbounds ptr, ptr %50, i64 30
  store ptr %0, ptr %243, align 8
  %244 = getelementptr inbounds ptr, ptr %50, i64 31
  store ptr %14, ptr %244, align 8
  %245 = getelementptr inbounds i8, ptr %41, i64 64
  %246 = getelementptr inbounds ptr, ptr %50, i64 32
  store ptr %245, ptr %246, align 8
  %247 = getelementptr inbounds i8, ptr %41, i64 320
  %248 = getelementptr inbounds ptr, ptr %50, i64 33
  store ptr %247, ptr %248, align 8
  %249 = getelementptr inbounds ptr, ptr %50, i64 34
  store ptr %38, ptr %249, align 8
  %250 = getelementptr inbounds ptr, ptr %50, i64 35
  store ptr %37, ptr %250, align 8
  %251 = getelementptr inbounds ptr, ptr %50, i64 36
  store ptr %36, ptr %251, align 8
  %252 = getelementptr inbounds ptr, ptr %50, i64 37
  store ptr %35, ptr %252, align 8
  %253 = call i32 @grad_lv.k7.body0.k7(ptr %50, i64 0, i64 1)
  %254 = icmp ne i32 %253, 0
  br i1 %254, label %fail, label %ok7

ok7:                                              ; preds = %ok6
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
  store double 5.000000e-02, ptr %6, align 8, !alias.scope !434
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !437

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
  store double 2.500000e-02, ptr %6, align 8, !alias.scope !438
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !441

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
  store double 0x3F81111111111111, ptr %6, align 8, !alias.scope !442
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !445

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
  store double 2.000000e+00, ptr %6, align 8, !alias.scope !446
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !449

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
  store double 2.000000e-02, ptr %6, align 8, !alias.scope !450
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !453

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
  store double 0.000000e+00, ptr %6, align 8, !alias.scope !454
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !457

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
  %112 = call i32 @ftc_rt_alloc(ptr %111, i64 3072)
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
  %15 = alloca [14 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [18 x ptr], align 8
  %18 = alloca [9 x ptr], align 8
  %19 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %1, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %2, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %3, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %15, i64 4
  store ptr %4, ptr %23, align 8
  %24 = getelementptr inbounds ptr, ptr %15, i64 5
  store ptr %5, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %13, i64 0
  %26 = getelementptr inbounds ptr, ptr %15, i64 6
  store ptr %25, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %13, i64 64
  %28 = getelementptr inbounds ptr, ptr %15, i64 7
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %13, i64 128
  %30 = getelementptr inbounds ptr, ptr %15, i64 8
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %13, i64 192
  %32 = getelementptr inbounds ptr, ptr %15, i64 9
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %13, i64 256
  %34 = getelementptr inbounds ptr, ptr %15, i64 10
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %13, i64 320
  %36 = getelementptr inbounds ptr, ptr %15, i64 11
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %13, i64 384
  %38 = getelementptr inbounds ptr, ptr %15, i64 12
  store ptr %37, ptr %38, align 8
  %39 = getelementptr inbounds i8, ptr %13, i64 448
  %40 = getelementptr inbounds ptr, ptr %15, i64 13
  store ptr %39, ptr %40, align 8
  %41 = call i32 @lv.k0.body0.k0(ptr %15, i64 0, i64 1)
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %41, %entry ], [ %48, %ok ], [ %80, %ok1 ], [ %96, %ok2 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %43 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %0, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %13, i64 384
  %45 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %13, i64 512
  %47 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %46, ptr %47, align 8
  %48 = call i32 @lv.k0.body0.k1(ptr %16, i64 0, i64 1)
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %50 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %1, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %13, i64 448
  %52 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %51, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %13, i64 512
  %54 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %53, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %2, ptr %55, align 8
  %56 = getelementptr inbounds ptr, ptr %17, i64 4
  store ptr %3, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %17, i64 5
  store ptr %4, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %17, i64 6
  store ptr %5, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %17, i64 7
  store ptr %0, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %13, i64 64
  %61 = getelementptr inbounds ptr, ptr %17, i64 8
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %13, i64 384
  %63 = getelementptr inbounds ptr, ptr %17, i64 9
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %13, i64 576
  %65 = getelementptr inbounds ptr, ptr %17, i64 10
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %13, i64 640
  %67 = getelementptr inbounds ptr, ptr %17, i64 11
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %13, i64 704
  %69 = getelementptr inbounds ptr, ptr %17, i64 12
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %13, i64 768
  %71 = getelementptr inbounds ptr, ptr %17, i64 13
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %13, i64 832
  %73 = getelementptr inbounds ptr, ptr %17, i64 14
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %13, i64 896
  %75 = getelementptr inbounds ptr, ptr %17, i64 15
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %13, i64 960
  %77 = getelementptr inbounds ptr, ptr %17, i64 16
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %13, i64 1024
  %79 = getelementptr inbounds ptr, ptr %17, i64 17
  store ptr %78, ptr %79, align 8
  %80 = call i32 @lv.k0.body0.k2(ptr %17, i64 0, i64 1)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %82 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %1, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %13, i64 128
  %84 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %4, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %13, i64 960
  %87 = getelementptr inbounds ptr, ptr %18, i64 3
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %18, i64 4
  store ptr %5, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %13, i64 896
  %90 = getelementptr inbounds ptr, ptr %18, i64 5
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %13, i64 448
  %92 = getelementptr inbounds ptr, ptr %18, i64 6
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %13, i64 768
  %94 = getelementptr inbounds ptr, ptr %18, i64 7
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %18, i64 8
  store ptr %7, ptr %95, align 8
  %96 = call i32 @lv.k0.body0.k3(ptr %18, i64 0, i64 1)
  %97 = icmp ne i32 %96, 0
  br i1 %97, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %98 = getelementptr inbounds i8, ptr %13, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %98, i64 8, i1 false)
  %99 = getelementptr inbounds i8, ptr %13, i64 1024
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %99, i64 8, i1 false)
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k2.body0.k0.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr %8, ptr %9, ptr %10, ptr %11, ptr %12) #1 {
entry:
  %13 = alloca ptr, align 8
  store ptr null, ptr %13, align 8
  %14 = alloca [14 x ptr], align 8
  %15 = alloca [3 x ptr], align 8
  %16 = alloca [18 x ptr], align 8
  %17 = alloca [9 x ptr], align 8
  %18 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %0, ptr %18, align 8
  %19 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %1, ptr %19, align 8
  %20 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %2, ptr %20, align 8
  %21 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %3, ptr %21, align 8
  %22 = getelementptr inbounds ptr, ptr %14, i64 4
  store ptr %4, ptr %22, align 8
  %23 = getelementptr inbounds ptr, ptr %14, i64 5
  store ptr %5, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %12, i64 0
  %25 = getelementptr inbounds ptr, ptr %14, i64 6
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %12, i64 64
  %27 = getelementptr inbounds ptr, ptr %14, i64 7
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %12, i64 128
  %29 = getelementptr inbounds ptr, ptr %14, i64 8
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %12, i64 192
  %31 = getelementptr inbounds ptr, ptr %14, i64 9
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %12, i64 256
  %33 = getelementptr inbounds ptr, ptr %14, i64 10
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %12, i64 320
  %35 = getelementptr inbounds ptr, ptr %14, i64 11
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %12, i64 384
  %37 = getelementptr inbounds ptr, ptr %14, i64 12
  store ptr %36, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %12, i64 448
  %39 = getelementptr inbounds ptr, ptr %14, i64 13
  store ptr %38, ptr %39, align 8
  %40 = call i32 @lv.k0.body0.k0(ptr %14, i64 0, i64 1)
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %40, %entry ], [ %47, %ok ], [ %78, %ok1 ], [ %94, %ok2 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %42 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %0, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %12, i64 384
  %44 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %43, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %12, i64 512
  %46 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %45, ptr %46, align 8
  %47 = call i32 @lv.k0.body0.k1(ptr %15, i64 0, i64 1)
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %49 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %1, ptr %49, align 8
  %50 = getelementptr inbounds i8, ptr %12, i64 448
  %51 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %50, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %12, i64 512
  %53 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %16, i64 3
  store ptr %2, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %16, i64 4
  store ptr %3, ptr %55, align 8
  %56 = getelementptr inbounds ptr, ptr %16, i64 5
  store ptr %4, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %16, i64 6
  store ptr %5, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %16, i64 7
  store ptr %0, ptr %58, align 8
  %59 = getelementptr inbounds i8, ptr %12, i64 64
  %60 = getelementptr inbounds ptr, ptr %16, i64 8
  store ptr %59, ptr %60, align 8
  %61 = getelementptr inbounds i8, ptr %12, i64 384
  %62 = getelementptr inbounds ptr, ptr %16, i64 9
  store ptr %61, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %12, i64 576
  %64 = getelementptr inbounds ptr, ptr %16, i64 10
  store ptr %63, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %12, i64 640
  %66 = getelementptr inbounds ptr, ptr %16, i64 11
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %12, i64 704
  %68 = getelementptr inbounds ptr, ptr %16, i64 12
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %12, i64 768
  %70 = getelementptr inbounds ptr, ptr %16, i64 13
  store ptr %69, ptr %70, align 8
  %71 = getelementptr inbounds i8, ptr %12, i64 832
  %72 = getelementptr inbounds ptr, ptr %16, i64 14
  store ptr %71, ptr %72, align 8
  %73 = getelementptr inbounds i8, ptr %12, i64 896
  %74 = getelementptr inbounds ptr, ptr %16, i64 15
  store ptr %73, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %12, i64 960
  %76 = getelementptr inbounds ptr, ptr %16, i64 16
  store ptr %75, ptr %76, align 8
  %77 = getelementptr inbounds ptr, ptr %16, i64 17
  store ptr %6, ptr %77, align 8
  %78 = call i32 @lv.k0.body0.k2(ptr %16, i64 0, i64 1)
  %79 = icmp ne i32 %78, 0
  br i1 %79, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %80 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %1, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %12, i64 128
  %82 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %81, ptr %82, align 8
  %83 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %4, ptr %83, align 8
  %84 = getelementptr inbounds i8, ptr %12, i64 960
  %85 = getelementptr inbounds ptr, ptr %17, i64 3
  store ptr %84, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %17, i64 4
  store ptr %5, ptr %86, align 8
  %87 = getelementptr inbounds i8, ptr %12, i64 896
  %88 = getelementptr inbounds ptr, ptr %17, i64 5
  store ptr %87, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %12, i64 448
  %90 = getelementptr inbounds ptr, ptr %17, i64 6
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %12, i64 768
  %92 = getelementptr inbounds ptr, ptr %17, i64 7
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds ptr, ptr %17, i64 8
  store ptr %7, ptr %93, align 8
  %94 = call i32 @lv.k0.body0.k3(ptr %17, i64 0, i64 1)
  %95 = icmp ne i32 %94, 0
  br i1 %95, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @grad_lv_ckpt.k2.body0(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr noalias %6, ptr noalias %7, ptr noalias %8, ptr noalias %9, ptr noalias %10, ptr noalias %11, ptr noalias %12, ptr noalias %13, ptr noalias %14, ptr noalias %15, ptr noalias %16, ptr noalias %17, ptr %18) #1 {
entry:
  %19 = alloca ptr, align 8
  store ptr null, ptr %19, align 8
  %20 = alloca ptr, align 8
  %21 = call i32 @ftc_rt_alloc(ptr %20, i64 1536)
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
define internal i32 @grad_lv_ckpt.k4.body0.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %74, %latch ]
  %33 = icmp slt i64 %i, %2
  br i1 %33, label %body, label %exit

body:                                             ; preds = %loop
  %34 = getelementptr inbounds double, ptr %4, i64 %i
  %35 = load double, ptr %34, align 8, !alias.scope !458, !noalias !461
  %36 = getelementptr inbounds double, ptr %6, i64 %i
  %37 = load double, ptr %36, align 8, !alias.scope !470, !noalias !461
  %38 = fmul double %35, %37
  %39 = getelementptr inbounds double, ptr %18, i64 %i
  store double %38, ptr %39, align 8, !alias.scope !472, !noalias !473
  %40 = getelementptr inbounds double, ptr %8, i64 %i
  %41 = load double, ptr %40, align 8, !alias.scope !474, !noalias !461
  %42 = fmul double %41, %35
  %43 = getelementptr inbounds double, ptr %10, i64 %i
  %44 = load double, ptr %43, align 8, !alias.scope !476, !noalias !461
  %45 = fmul double %44, %38
  %46 = fsub double %42, %45
  %47 = getelementptr inbounds double, ptr %20, i64 %i
  store double %46, ptr %47, align 8, !alias.scope !478, !noalias !479
  %48 = getelementptr inbounds double, ptr %12, i64 %i
  %49 = load double, ptr %48, align 8, !alias.scope !480, !noalias !461
  %50 = fmul double %49, %38
  %51 = getelementptr inbounds double, ptr %14, i64 %i
  %52 = load double, ptr %51, align 8, !alias.scope !482, !noalias !461
  %53 = fmul double %52, %37
  %54 = fsub double %50, %53
  %55 = getelementptr inbounds double, ptr %22, i64 %i
  store double %54, ptr %55, align 8, !alias.scope !484, !noalias !485
  %56 = getelementptr inbounds double, ptr %16, i64 %i
  %57 = load double, ptr %56, align 8, !alias.scope !486, !noalias !461
  %58 = fmul double %57, %46
  %59 = fadd double %35, %58
  %60 = getelementptr inbounds double, ptr %24, i64 %i
  store double %59, ptr %60, align 8, !alias.scope !488, !noalias !489
  %61 = fmul double %57, %54
  %62 = fadd double %37, %61
  %63 = getelementptr inbounds double, ptr %26, i64 %i
  store double %62, ptr %63, align 8, !alias.scope !490, !noalias !491
  %64 = fmul double %59, %62
  %65 = getelementptr inbounds double, ptr %28, i64 %i
  store double %64, ptr %65, align 8, !alias.scope !492, !noalias !493
  %66 = fmul double %41, %59
  %67 = fmul double %44, %64
  %68 = fsub double %66, %67
  %69 = getelementptr inbounds double, ptr %30, i64 %i
  store double %68, ptr %69, align 8, !alias.scope !494, !noalias !495
  %70 = fmul double %49, %64
  %71 = fmul double %52, %62
  %72 = fsub double %70, %71
  %73 = getelementptr inbounds double, ptr %32, i64 %i
  store double %72, ptr %73, align 8, !alias.scope !496, !noalias !497
  br label %latch

latch:                                            ; preds = %body
  %74 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !498

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv_ckpt.k4.body0.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %35 = getelementptr inbounds ptr, ptr %0, i64 16
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 17
  %38 = load ptr, ptr %37, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %84, %latch ]
  %39 = icmp slt i64 %i, %2
  br i1 %39, label %body, label %exit

body:                                             ; preds = %loop
  %40 = getelementptr inbounds double, ptr %4, i64 %i
  %41 = load double, ptr %40, align 8, !alias.scope !499, !noalias !502
  %42 = getelementptr inbounds double, ptr %6, i64 %i
  %43 = load double, ptr %42, align 8, !alias.scope !511, !noalias !502
  %44 = getelementptr inbounds double, ptr %8, i64 %i
  %45 = load double, ptr %44, align 8, !alias.scope !513, !noalias !502
  %46 = fmul double %43, %45
  %47 = fadd double %41, %46
  %48 = getelementptr inbounds double, ptr %24, i64 %i
  store double %47, ptr %48, align 8, !alias.scope !515, !noalias !516
  %49 = getelementptr inbounds double, ptr %10, i64 %i
  %50 = load double, ptr %49, align 8, !alias.scope !517, !noalias !502
  %51 = getelementptr inbounds double, ptr %12, i64 %i
  %52 = load double, ptr %51, align 8, !alias.scope !519, !noalias !502
  %53 = fmul double %43, %52
  %54 = fadd double %50, %53
  %55 = getelementptr inbounds double, ptr %26, i64 %i
  store double %54, ptr %55, align 8, !alias.scope !521, !noalias !522
  %56 = fmul double %47, %54
  %57 = getelementptr inbounds double, ptr %28, i64 %i
  store double %56, ptr %57, align 8, !alias.scope !523, !noalias !524
  %58 = getelementptr inbounds double, ptr %14, i64 %i
  %59 = load double, ptr %58, align 8, !alias.scope !525, !noalias !502
  %60 = fmul double %59, %47
  %61 = getelementptr inbounds double, ptr %16, i64 %i
  %62 = load double, ptr %61, align 8, !alias.scope !527, !noalias !502
  %63 = fmul double %62, %56
  %64 = fsub double %60, %63
  %65 = getelementptr inbounds double, ptr %30, i64 %i
  store double %64, ptr %65, align 8, !alias.scope !529, !noalias !530
  %66 = getelementptr inbounds double, ptr %18, i64 %i
  %67 = load double, ptr %66, align 8, !alias.scope !531, !noalias !502
  %68 = fmul double %67, %56
  %69 = getelementptr inbounds double, ptr %20, i64 %i
  %70 = load double, ptr %69, align 8, !alias.scope !533, !noalias !502
  %71 = fmul double %70, %54
  %72 = fsub double %68, %71
  %73 = getelementptr inbounds double, ptr %32, i64 %i
  store double %72, ptr %73, align 8, !alias.scope !535, !noalias !536
  %74 = getelementptr inbounds double, ptr %22, i64 %i
  %75 = load double, ptr %74, align 8, !alias.scope !537, !noalias !502
  %76 = fmul double %75, %64
  %77 = fadd double %41, %76
  %78 = getelementptr inbounds double, ptr %34, i64 %i
  store double %77, ptr %78, align 8, !alias.scope !539, !noalias !540
  %79 = fmul double %75, %72
  %80 = fadd double %50, %79
  %81 = getelementptr inbounds double, ptr %36, i64 %i
  store double %80, ptr %81, align 8, !alias.scope !541, !noalias !542
  %82 = fmul double %77, %80
  %83 = getelementptr inbounds double, ptr %38, i64 %i
  store double %82, ptr %83, align 8, !alias.scope !543, !noalias !544
  br label %latch

latch:                                            ; preds = %body
  %84 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !545

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @grad_lv_ckpt.k4.body0.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  %35 = getelementptr inbounds ptr, ptr %0, i64 16
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %0, i64 17
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds ptr, ptr %0, i64 18
  %40 = load ptr, ptr %39, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %96, %latch ]
  %41 = icmp slt i64 %i, %2
  br i1 %41, label %body, label %exit

body:                                             ; preds = %loop
  %42 = getelementptr inbounds double, ptr %4, i64 %i
  %43 = load double, ptr %42, align 8, !alias.scope !546, !noalias !549
  %44 = getelementptr inbounds double, ptr %6, i64 %i
  %45 = load double, ptr %44, align 8, !alias.scope !552, !noalias !549
  %46 = getelementptr inbounds double, ptr %8, i64 %i
  %47 = load double, ptr %46, align 8, !alias.scope !554, !noalias !549
  %48 = getelementptr inbounds double, ptr %10, i64 %i
  %49 = load double, ptr %48, align 8, !alias.scope !556, !noalias !549
  %50 = getelementptr inbounds double, ptr %12, i64 %i
  %51 = load double, ptr %50, align 8, !alias.scope !558, !noalias !549
  %52 = fmul double %49, %51
  %53 = getelementptr inbounds double, ptr %14, i64 %i
  %54 = load double, ptr %53, align 8, !alias.scope !560, !noalias !549
  %55 = getelementptr inbounds double, ptr %16, i64 %i
  %56 = load double, ptr %55, align 8, !alias.scope !562, !noalias !549
  %57 = fmul double %54, %56
  %58 = fsub double %52, %57
  %59 = fadd double %47, %58
  %60 = getelementptr inbounds double, ptr %18, i64 %i
  %61 = load double, ptr %60, align 8, !alias.scope !564, !noalias !549
  %62 = getelementptr inbounds double, ptr %20, i64 %i
  %63 = load double, ptr %62, align 8, !alias.scope !566, !noalias !549
  %64 = getelementptr inbounds double, ptr %22, i64 %i
  %65 = load double, ptr %64, align 8, !alias.scope !568, !noalias !549
  %66 = fadd double %63, %65
  %67 = fmul double %61, %66
  %68 = fadd double %59, %67
  %69 = fmul double %45, %68
  %70 = fadd double %43, %69
  %71 = getelementptr inbounds double, ptr %38, i64 %i
  store double %70, ptr %71, align 8, !alias.scope !570, !noalias !571
  %72 = getelementptr inbounds double, ptr %24, i64 %i
  %73 = load double, ptr %72, align 8, !alias.scope !572, !noalias !549
  %74 = getelementptr inbounds double, ptr %26, i64 %i
  %75 = load double, ptr %74, align 8, !alias.scope !574, !noalias !549
  %76 = getelementptr inbounds double, ptr %28, i64 %i
  %77 = load double, ptr %76, align 8, !alias.scope !576, !noalias !549
  %78 = fmul double %77, %56
  %79 = getelementptr inbounds double, ptr %30, i64 %i
  %80 = load double, ptr %79, align 8, !alias.scope !578, !noalias !549
  %81 = getelementptr inbounds double, ptr %32, i64 %i
  %82 = load double, ptr %81, align 8, !alias.scope !580, !noalias !549
  %83 = fmul double %80, %82
  %84 = fsub double %78, %83
  %85 = fadd double %75, %84
  %86 = getelementptr inbounds double, ptr %34, i64 %i
  %87 = load double, ptr %86, align 8, !alias.scope !582, !noalias !549
  %88 = getelementptr inbounds double, ptr %36, i64 %i
  %89 = load double, ptr %88, align 8, !alias.scope !584, !noalias !549
  %90 = fadd double %87, %89
  %91 = fmul double %61, %90
  %92 = fadd double %85, %91
  %93 = fmul double %45, %92
  %94 = fadd double %73, %93
  %95 = getelementptr inbounds double, ptr %40, i64 %i
  store double %94, ptr %95, align 8, !alias.scope !571, !noalias !570
  br label %latch

latch:                                            ; preds = %body
  %96 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !586

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
  %39 = alloca [15 x ptr], align 8
  %40 = alloca [18 x ptr], align 8
  %41 = alloca [19 x ptr], align 8
  %42 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %27, ptr %42, align 8
  %43 = call i32 @grad_lv.k0(ptr %35, i64 0, i64 1)
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %fail, label %ok

fail:                                             ; preds = %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %43, %entry ], [ %46, %ok ], [ %49, %ok1 ], [ %52, %ok2 ], [ %73, %ok3 ], [ %97, %ok4 ], [ %125, %ok5 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %45 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %20, ptr %45, align 8
  %46 = call i32 @grad_lv.k1(ptr %36, i64 0, i64 1)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %48 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %32, ptr %48, align 8
  %49 = call i32 @grad_lv.k2(ptr %37, i64 0, i64 1)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %51 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %31, ptr %51, align 8
  %52 = call i32 @grad_lv.k3(ptr %38, i64 0, i64 1)
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %54 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %0, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %1, ptr %55, align 8
  %56 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %2, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %3, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %39, i64 4
  store ptr %4, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %39, i64 5
  store ptr %5, ptr %59, align 8
  %60 = getelementptr inbounds ptr, ptr %39, i64 6
  store ptr %20, ptr %60, align 8
  %61 = getelementptr inbounds ptr, ptr %39, i64 7
  store ptr %16, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %33, i64 0
  %63 = getelementptr inbounds ptr, ptr %39, i64 8
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %33, i64 64
  %65 = getelementptr inbounds ptr, ptr %39, i64 9
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds ptr, ptr %39, i64 10
  store ptr %22, ptr %66, align 8
  %67 = getelementptr inbounds ptr, ptr %39, i64 11
  store ptr %21, ptr %67, align 8
  %68 = getelementptr inbounds ptr, ptr %39, i64 12
  store ptr %23, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %33, i64 128
  %70 = getelementptr inbounds ptr, ptr %39, i64 13
  store ptr %69, ptr %70, align 8
  %71 = getelementptr inbounds i8, ptr %33, i64 192
  %72 = getelementptr inbounds ptr, ptr %39, i64 14
  store ptr %71, ptr %72, align 8
  %73 = call i32 @grad_lv_ckpt.k4.body0.k4(ptr %39, i64 0, i64 1)
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %75 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %0, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %20, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %33, i64 128
  %78 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %77, ptr %78, align 8
  %79 = getelementptr inbounds ptr, ptr %40, i64 3
  store ptr %1, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %33, i64 192
  %81 = getelementptr inbounds ptr, ptr %40, i64 4
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds ptr, ptr %40, i64 5
  store ptr %2, ptr %82, align 8
  %83 = getelementptr inbounds ptr, ptr %40, i64 6
  store ptr %3, ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %40, i64 7
  store ptr %4, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %40, i64 8
  store ptr %5, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %40, i64 9
  store ptr %27, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %40, i64 10
  store ptr %25, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %40, i64 11
  store ptr %24, ptr %88, align 8
  %89 = getelementptr inbounds ptr, ptr %40, i64 12
  store ptr %26, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %33, i64 256
  %91 = getelementptr inbounds ptr, ptr %40, i64 13
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %33, i64 320
  %93 = getelementptr inbounds ptr, ptr %40, i64 14
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %40, i64 15
  store ptr %29, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %40, i64 16
  store ptr %28, ptr %95, align 8
  %96 = getelementptr inbounds ptr, ptr %40, i64 17
  store ptr %30, ptr %96, align 8
  %97 = call i32 @grad_lv_ckpt.k4.body0.k5(ptr %40, i64 0, i64 1)
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %99 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %0, ptr %99, align 8
  %100 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %32, ptr %100, align 8
  %101 = getelementptr inbounds i8, ptr %33, i64 0
  %102 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %101, ptr %102, align 8
  %103 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %2, ptr %103, align 8
  %104 = getelementptr inbounds ptr, ptr %41, i64 4
  store ptr %29, ptr %104, align 8
  %105 = getelementptr inbounds ptr, ptr %41, i64 5
  store ptr %3, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %41, i64 6
  store ptr %30, ptr %106, align 8
  %107 = getelementptr inbounds ptr, ptr %41, i64 7
  store ptr %31, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %33, i64 128
  %109 = getelementptr inbounds ptr, ptr %41, i64 8
  store ptr %108, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %33, i64 256
  %111 = getelementptr inbounds ptr, ptr %41, i64 9
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds ptr, ptr %41, i64 10
  store ptr %1, ptr %112, align 8
  %113 = getelementptr inbounds i8, ptr %33, i64 64
  %114 = getelementptr inbounds ptr, ptr %41, i64 11
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds ptr, ptr %41, i64 12
  store ptr %4, ptr %115, align 8
  %116 = getelementptr inbounds ptr, ptr %41, i64 13
  store ptr %5, ptr %116, align 8
  %117 = getelementptr inbounds ptr, ptr %41, i64 14
  store ptr %28, ptr %117, align 8
  %118 = getelementptr inbounds i8, ptr %33, i64 192
  %119 = getelementptr inbounds ptr, ptr %41, i64 15
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %33, i64 320
  %121 = getelementptr inbounds ptr, ptr %41, i64 16
  store ptr %120, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %33, i64 384
  %123 = getelementptr inbounds ptr, ptr %41, i64 17
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds ptr, ptr %41, i64 18
  store ptr %7, ptr %124, align 8
  %125 = call i32 @grad_lv_ckpt.k4.body0.k6(ptr %41, i64 0, i64 1)
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %127 = getelementptr inbounds i8, ptr %33, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %127, i64 8, i1 false)
  %128 = getelementptr inbounds i8, ptr %33, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %128, i64 8, i1 false)
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
  %36 = alloca [16 x ptr], align 8
  %37 = alloca [5 x ptr], align 8
  %38 = alloca [20 x ptr], align 8
  %39 = alloca [5 x ptr], align 8
  %40 = alloca [26 x ptr], align 8
  %41 = alloca [10 x ptr], align 8
  %42 = alloca [38 x ptr], align 8
  %43 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %0, ptr %43, align 8
  %44 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %26, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %33, i64 0
  %46 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %45, ptr %46, align 8
  %47 = call i32 @grad_lv.k7.body0.k0(ptr %35, i64 0, i64 1)
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %fail, label %ok

fail:                                             ; preds = %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %47, %entry ], [ %74, %ok ], [ %84, %ok1 ], [ %118, %ok2 ], [ %129, %ok3 ], [ %171, %ok4 ], [ %187, %ok5 ], [ %245, %ok6 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %49 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %1, ptr %49, align 8
  %50 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %25, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %24, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %33, i64 0
  %53 = getelementptr inbounds ptr, ptr %36, i64 3
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %36, i64 4
  store ptr %11, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %36, i64 5
  store ptr %10, ptr %55, align 8
  %56 = getelementptr inbounds ptr, ptr %36, i64 6
  store ptr %12, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %36, i64 7
  store ptr %22, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %33, i64 64
  %59 = getelementptr inbounds ptr, ptr %36, i64 8
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %33, i64 128
  %61 = getelementptr inbounds ptr, ptr %36, i64 9
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %33, i64 192
  %63 = getelementptr inbounds ptr, ptr %36, i64 10
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %33, i64 256
  %65 = getelementptr inbounds ptr, ptr %36, i64 11
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %33, i64 320
  %67 = getelementptr inbounds ptr, ptr %36, i64 12
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %33, i64 384
  %69 = getelementptr inbounds ptr, ptr %36, i64 13
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %33, i64 448
  %71 = getelementptr inbounds ptr, ptr %36, i64 14
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %33, i64 512
  %73 = getelementptr inbounds ptr, ptr %36, i64 15
  store ptr %72, ptr %73, align 8
  %74 = call i32 @grad_lv.k7.body0.k1(ptr %36, i64 0, i64 1)
  %75 = icmp ne i32 %74, 0
  br i1 %75, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %76 = getelementptr inbounds i8, ptr %33, i64 192
  %77 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %8, ptr %78, align 8
  %79 = getelementptr inbounds i8, ptr %33, i64 448
  %80 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %79, ptr %80, align 8
  %81 = getelementptr inbounds ptr, ptr %37, i64 3
  store ptr %21, ptr %81, align 8
  %82 = getelementptr inbounds i8, ptr %33, i64 576
  %83 = getelementptr inbounds ptr, ptr %37, i64 4
  store ptr %82, ptr %83, align 8
  %84 = call i32 @grad_lv.k7.body0.k2(ptr %37, i64 0, i64 1)
  %85 = icmp ne i32 %84, 0
  br i1 %85, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %86 = getelementptr inbounds i8, ptr %33, i64 128
  %87 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %33, i64 512
  %89 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %88, ptr %89, align 8
  %90 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %20, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %33, i64 256
  %92 = getelementptr inbounds ptr, ptr %38, i64 3
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %33, i64 576
  %94 = getelementptr inbounds ptr, ptr %38, i64 4
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %38, i64 5
  store ptr %11, ptr %95, align 8
  %96 = getelementptr inbounds ptr, ptr %38, i64 6
  store ptr %10, ptr %96, align 8
  %97 = getelementptr inbounds ptr, ptr %38, i64 7
  store ptr %12, ptr %97, align 8
  %98 = getelementptr inbounds ptr, ptr %38, i64 8
  store ptr %18, ptr %98, align 8
  %99 = getelementptr inbounds ptr, ptr %38, i64 9
  store ptr %8, ptr %99, align 8
  %100 = getelementptr inbounds ptr, ptr %38, i64 10
  store ptr %17, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %38, i64 11
  store ptr %13, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %33, i64 448
  %103 = getelementptr inbounds ptr, ptr %38, i64 12
  store ptr %102, ptr %103, align 8
  %104 = getelementptr inbounds i8, ptr %33, i64 640
  %105 = getelementptr inbounds ptr, ptr %38, i64 13
  store ptr %104, ptr %105, align 8
  %106 = getelementptr inbounds i8, ptr %33, i64 704
  %107 = getelementptr inbounds ptr, ptr %38, i64 14
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %33, i64 768
  %109 = getelementptr inbounds ptr, ptr %38, i64 15
  store ptr %108, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %33, i64 832
  %111 = getelementptr inbounds ptr, ptr %38, i64 16
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds i8, ptr %33, i64 896
  %113 = getelementptr inbounds ptr, ptr %38, i64 17
  store ptr %112, ptr %113, align 8
  %114 = getelementptr inbounds i8, ptr %33, i64 960
  %115 = getelementptr inbounds ptr, ptr %38, i64 18
  store ptr %114, ptr %115, align 8
  %116 = getelementptr inbounds i8, ptr %33, i64 1024
  %117 = getelementptr inbounds ptr, ptr %38, i64 19
  store ptr %116, ptr %117, align 8
  %118 = call i32 @grad_lv.k7.body0.k3(ptr %38, i64 0, i64 1)
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %120 = getelementptr inbounds i8, ptr %33, i64 256
  %121 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %120, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %33, i64 960
  %123 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %13, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %33, i64 128
  %126 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %33, i64 1088
  %128 = getelementptr inbounds ptr, ptr %39, i64 4
  store ptr %127, ptr %128, align 8
  %129 = call i32 @grad_lv.k7.body0.k4(ptr %39, i64 0, i64 1)
  %130 = icmp ne i32 %129, 0
  br i1 %130, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %131 = getelementptr inbounds i8, ptr %33, i64 1024
  %132 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %11, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %33, i64 1088
  %135 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %134, ptr %135, align 8
  %136 = getelementptr inbounds ptr, ptr %40, i64 3
  store ptr %10, ptr %136, align 8
  %137 = getelementptr inbounds ptr, ptr %40, i64 4
  store ptr %12, ptr %137, align 8
  %138 = getelementptr inbounds ptr, ptr %40, i64 5
  store ptr %15, ptr %138, align 8
  %139 = getelementptr inbounds i8, ptr %33, i64 128
  %140 = getelementptr inbounds ptr, ptr %40, i64 6
  store ptr %139, ptr %140, align 8
  %141 = getelementptr inbounds ptr, ptr %40, i64 7
  store ptr %8, ptr %141, align 8
  %142 = getelementptr inbounds ptr, ptr %40, i64 8
  store ptr %14, ptr %142, align 8
  %143 = getelementptr inbounds i8, ptr %33, i64 64
  %144 = getelementptr inbounds ptr, ptr %40, i64 9
  store ptr %143, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %40, i64 10
  store ptr %13, ptr %145, align 8
  %146 = getelementptr inbounds i8, ptr %33, i64 192
  %147 = getelementptr inbounds ptr, ptr %40, i64 11
  store ptr %146, ptr %147, align 8
  %148 = getelementptr inbounds ptr, ptr %40, i64 12
  store ptr %5, ptr %148, align 8
  %149 = getelementptr inbounds i8, ptr %33, i64 320
  %150 = getelementptr inbounds ptr, ptr %40, i64 13
  store ptr %149, ptr %150, align 8
  %151 = getelementptr inbounds ptr, ptr %40, i64 14
  store ptr %21, ptr %151, align 8
  %152 = getelementptr inbounds i8, ptr %33, i64 704
  %153 = getelementptr inbounds ptr, ptr %40, i64 15
  store ptr %152, ptr %153, align 8
  %154 = getelementptr inbounds ptr, ptr %40, i64 16
  store ptr %17, ptr %154, align 8
  %155 = getelementptr inbounds ptr, ptr %40, i64 17
  store ptr %6, ptr %155, align 8
  %156 = getelementptr inbounds i8, ptr %33, i64 256
  %157 = getelementptr inbounds ptr, ptr %40, i64 18
  store ptr %156, ptr %157, align 8
  %158 = getelementptr inbounds i8, ptr %33, i64 1152
  %159 = getelementptr inbounds ptr, ptr %40, i64 19
  store ptr %158, ptr %159, align 8
  %160 = getelementptr inbounds i8, ptr %33, i64 1216
  %161 = getelementptr inbounds ptr, ptr %40, i64 20
  store ptr %160, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %33, i64 1280
  %163 = getelementptr inbounds ptr, ptr %40, i64 21
  store ptr %162, ptr %163, align 8
  %164 = getelementptr inbounds i8, ptr %33, i64 1344
  %165 = getelementptr inbounds ptr, ptr %40, i64 22
  store ptr %164, ptr %165, align 8
  %166 = getelementptr inbounds i8, ptr %33, i64 1408
  %167 = getelementptr inbounds ptr, ptr %40, i64 23
  store ptr %166, ptr %167, align 8
  %168 = getelementptr inbounds i8, ptr %33, i64 1472
  %169 = getelementptr inbounds ptr, ptr %40, i64 24
  store ptr %168, ptr %169, align 8
  %170 = getelementptr inbounds ptr, ptr %40, i64 25
  store ptr %32, ptr %170, align 8
  %171 = call i32 @grad_lv.k7.body0.k5(ptr %40, i64 0, i64 1)
  %172 = icmp ne i32 %171, 0
  br i1 %172, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %173 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %4, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %33, i64 64
  %175 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %174, ptr %175, align 8
  %176 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %23, ptr %176, align 8
  %177 = getelementptr inbounds i8, ptr %33, i64 448
  %178 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %177, ptr %178, align 8
  %179 = getelementptr inbounds ptr, ptr %41, i64 4
  store ptr %19, ptr %179, align 8
  %180 = getelementptr inbounds i8, ptr %33, i64 1024
  %181 = getelementptr inbounds ptr, ptr %41, i64 5
  store ptr %180, ptr %181, align 8
  %182 = getelementptr inbounds ptr, ptr %41, i64 6
  store ptr %16, ptr %182, align 8
  %183 = getelementptr inbounds i8, ptr %33, i64 1344
  %184 = getelementptr inbounds ptr, ptr %41, i64 7
  store ptr %183, ptr %184, align 8
  %185 = getelementptr inbounds ptr, ptr %41, i64 8
  store ptr %9, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %41, i64 9
  store ptr %31, ptr %186, align 8
  %187 = call i32 @grad_lv.k7.body0.k6(ptr %41, i64 0, i64 1)
  %188 = icmp ne i32 %187, 0
  br i1 %188, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %189 = getelementptr inbounds i8, ptr %33, i64 1408
  %190 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %189, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %33, i64 1344
  %192 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %11, ptr %193, align 8
  %194 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %10, ptr %194, align 8
  %195 = getelementptr inbounds ptr, ptr %42, i64 4
  store ptr %3, ptr %195, align 8
  %196 = getelementptr inbounds i8, ptr %33, i64 384
  %197 = getelementptr inbounds ptr, ptr %42, i64 5
  store ptr %196, ptr %197, align 8
  %198 = getelementptr inbounds ptr, ptr %42, i64 6
  store ptr %23, ptr %198, align 8
  %199 = getelementptr inbounds i8, ptr %33, i64 768
  %200 = getelementptr inbounds ptr, ptr %42, i64 7
  store ptr %199, ptr %200, align 8
  %201 = getelementptr inbounds ptr, ptr %42, i64 8
  store ptr %19, ptr %201, align 8
  %202 = getelementptr inbounds i8, ptr %33, i64 1088
  %203 = getelementptr inbounds ptr, ptr %42, i64 9
  store ptr %202, ptr %203, align 8
  %204 = getelementptr inbounds ptr, ptr %42, i64 10
  store ptr %16, ptr %204, align 8
  %205 = getelementptr inbounds ptr, ptr %42, i64 11
  store ptr %9, ptr %205, align 8
  %206 = getelementptr inbounds ptr, ptr %42, i64 12
  store ptr %2, ptr %206, align 8
  %207 = getelementptr inbounds i8, ptr %33, i64 192
  %208 = getelementptr inbounds ptr, ptr %42, i64 13
  store ptr %207, ptr %208, align 8
  %209 = getelementptr inbounds ptr, ptr %42, i64 14
  store ptr %22, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %33, i64 640
  %211 = getelementptr inbounds ptr, ptr %42, i64 15
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %42, i64 16
  store ptr %18, ptr %212, align 8
  %213 = getelementptr inbounds i8, ptr %33, i64 128
  %214 = getelementptr inbounds ptr, ptr %42, i64 17
  store ptr %213, ptr %214, align 8
  %215 = getelementptr inbounds ptr, ptr %42, i64 18
  store ptr %15, ptr %215, align 8
  %216 = getelementptr inbounds ptr, ptr %42, i64 19
  store ptr %7, ptr %216, align 8
  %217 = getelementptr inbounds ptr, ptr %42, i64 20
  store ptr %1, ptr %217, align 8
  %218 = getelementptr inbounds i8, ptr %33, i64 512
  %219 = getelementptr inbounds ptr, ptr %42, i64 21
  store ptr %218, ptr %219, align 8
  %220 = getelementptr inbounds i8, ptr %33, i64 896
  %221 = getelementptr inbounds ptr, ptr %42, i64 22
  store ptr %220, ptr %221, align 8
  %222 = getelementptr inbounds i8, ptr %33, i64 1216
  %223 = getelementptr inbounds ptr, ptr %42, i64 23
  store ptr %222, ptr %223, align 8
  %224 = getelementptr inbounds i8, ptr %33, i64 1472
  %225 = getelementptr inbounds ptr, ptr %42, i64 24
  store ptr %224, ptr %225, align 8
  %226 = getelementptr inbounds ptr, ptr %42, i64 25
  store ptr %12, ptr %226, align 8
  %227 = getelementptr inbounds i8, ptr %33, i64 0
  %228 = getelementptr inbounds ptr, ptr %42, i64 26
  store ptr %227, ptr %228, align 8
  %229 = getelementptr inbounds i8, ptr %33, i64 576
  %230 = getelementptr inbounds ptr, ptr %42, i64 27
  store ptr %229, ptr %230, align 8
  %231 = getelementptr inbounds i8, ptr %33, i64 960
  %232 = getelementptr inbounds ptr, ptr %42, i64 28
  store ptr %231, ptr %232, align 8
  %233 = getelementptr inbounds i8, ptr %33, i64 1280
  %234 = getelementptr inbounds ptr, ptr %42, i64 29
  store ptr %233, ptr %234, align 8
  %235 = getelementptr inbounds ptr, ptr %42, i64 30
  store ptr %8, ptr %235, align 8
  %236 = getelementptr inbounds ptr, ptr %42, i64 31
  store ptr %6, ptr %236, align 8
  %237 = getelementptr inbounds i8, ptr %33, i64 64
  %238 = getelementptr inbounds ptr, ptr %42, i64 32
  store ptr %237, ptr %238, align 8
  %239 = getelementptr inbounds i8, ptr %33, i64 320
  %240 = getelementptr inbounds ptr, ptr %42, i64 33
  store ptr %239, ptr %240, align 8
  %241 = getelementptr inbounds ptr, ptr %42, i64 34
  store ptr %30, ptr %241, align 8
  %242 = getelementptr inbounds ptr, ptr %42, i64 35
  store ptr %29, ptr %242, align 8
  %243 = getelementptr inbounds ptr, ptr %42, i64 36
  store ptr %28, ptr %243, align 8
  %244 = getelementptr inbounds ptr, ptr %42, i64 37
  store ptr %27, ptr %244, align 8
  %245 = call i32 @grad_lv.k7.body0.k7(ptr %42, i64 0, i64 1)
  %246 = icmp ne i32 %245, 0
  br i1 %246, label %fail, label %ok7

ok7:                                              ; preds = %ok6
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
  %39 = alloca [15 x ptr], align 8
  %40 = alloca [18 x ptr], align 8
  %41 = alloca [19 x ptr], align 8
  %42 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %27, ptr %42, align 8
  %43 = call i32 @grad_lv.k0(ptr %35, i64 0, i64 1)
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %fail, label %ok

fail:                                             ; preds = %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %43, %entry ], [ %46, %ok ], [ %49, %ok1 ], [ %52, %ok2 ], [ %73, %ok3 ], [ %97, %ok4 ], [ %125, %ok5 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %45 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %20, ptr %45, align 8
  %46 = call i32 @grad_lv.k1(ptr %36, i64 0, i64 1)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %48 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %32, ptr %48, align 8
  %49 = call i32 @grad_lv.k2(ptr %37, i64 0, i64 1)
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %51 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %31, ptr %51, align 8
  %52 = call i32 @grad_lv.k3(ptr %38, i64 0, i64 1)
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %54 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %0, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %1, ptr %55, align 8
  %56 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %2, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %3, ptr %57, align 8
  %58 = getelementptr inbounds ptr, ptr %39, i64 4
  store ptr %4, ptr %58, align 8
  %59 = getelementptr inbounds ptr, ptr %39, i64 5
  store ptr %5, ptr %59, align 8
  %60 = getelementptr inbounds ptr, ptr %39, i64 6
  store ptr %20, ptr %60, align 8
  %61 = getelementptr inbounds ptr, ptr %39, i64 7
  store ptr %16, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %33, i64 0
  %63 = getelementptr inbounds ptr, ptr %39, i64 8
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %33, i64 64
  %65 = getelementptr inbounds ptr, ptr %39, i64 9
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds ptr, ptr %39, i64 10
  store ptr %22, ptr %66, align 8
  %67 = getelementptr inbounds ptr, ptr %39, i64 11
  store ptr %21, ptr %67, align 8
  %68 = getelementptr inbounds ptr, ptr %39, i64 12
  store ptr %23, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %33, i64 128
  %70 = getelementptr inbounds ptr, ptr %39, i64 13
  store ptr %69, ptr %70, align 8
  %71 = getelementptr inbounds i8, ptr %33, i64 192
  %72 = getelementptr inbounds ptr, ptr %39, i64 14
  store ptr %71, ptr %72, align 8
  %73 = call i32 @grad_lv_ckpt.k4.body0.k4(ptr %39, i64 0, i64 1)
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %75 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %0, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %20, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %33, i64 128
  %78 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %77, ptr %78, align 8
  %79 = getelementptr inbounds ptr, ptr %40, i64 3
  store ptr %1, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %33, i64 192
  %81 = getelementptr inbounds ptr, ptr %40, i64 4
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds ptr, ptr %40, i64 5
  store ptr %2, ptr %82, align 8
  %83 = getelementptr inbounds ptr, ptr %40, i64 6
  store ptr %3, ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %40, i64 7
  store ptr %4, ptr %84, align 8
  %85 = getelementptr inbounds ptr, ptr %40, i64 8
  store ptr %5, ptr %85, align 8
  %86 = getelementptr inbounds ptr, ptr %40, i64 9
  store ptr %27, ptr %86, align 8
  %87 = getelementptr inbounds ptr, ptr %40, i64 10
  store ptr %25, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %40, i64 11
  store ptr %24, ptr %88, align 8
  %89 = getelementptr inbounds ptr, ptr %40, i64 12
  store ptr %26, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %33, i64 256
  %91 = getelementptr inbounds ptr, ptr %40, i64 13
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %33, i64 320
  %93 = getelementptr inbounds ptr, ptr %40, i64 14
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %40, i64 15
  store ptr %29, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %40, i64 16
  store ptr %28, ptr %95, align 8
  %96 = getelementptr inbounds ptr, ptr %40, i64 17
  store ptr %30, ptr %96, align 8
  %97 = call i32 @grad_lv_ckpt.k4.body0.k5(ptr %40, i64 0, i64 1)
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %99 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %0, ptr %99, align 8
  %100 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %32, ptr %100, align 8
  %101 = getelementptr inbounds i8, ptr %33, i64 0
  %102 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %101, ptr %102, align 8
  %103 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %2, ptr %103, align 8
  %104 = getelementptr inbounds ptr, ptr %41, i64 4
  store ptr %29, ptr %104, align 8
  %105 = getelementptr inbounds ptr, ptr %41, i64 5
  store ptr %3, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %41, i64 6
  store ptr %30, ptr %106, align 8
  %107 = getelementptr inbounds ptr, ptr %41, i64 7
  store ptr %31, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %33, i64 128
  %109 = getelementptr inbounds ptr, ptr %41, i64 8
  store ptr %108, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %33, i64 256
  %111 = getelementptr inbounds ptr, ptr %41, i64 9
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds ptr, ptr %41, i64 10
  store ptr %1, ptr %112, align 8
  %113 = getelementptr inbounds i8, ptr %33, i64 64
  %114 = getelementptr inbounds ptr, ptr %41, i64 11
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds ptr, ptr %41, i64 12
  store ptr %4, ptr %115, align 8
  %116 = getelementptr inbounds ptr, ptr %41, i64 13
  store ptr %5, ptr %116, align 8
  %117 = getelementptr inbounds ptr, ptr %41, i64 14
  store ptr %28, ptr %117, align 8
  %118 = getelementptr inbounds i8, ptr %33, i64 192
  %119 = getelementptr inbounds ptr, ptr %41, i64 15
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %33, i64 320
  %121 = getelementptr inbounds ptr, ptr %41, i64 16
  store ptr %120, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %33, i64 384
  %123 = getelementptr inbounds ptr, ptr %41, i64 17
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds ptr, ptr %41, i64 18
  store ptr %7, ptr %124, align 8
  %125 = call i32 @grad_lv_ckpt.k4.body0.k6(ptr %41, i64 0, i64 1)
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %127 = getelementptr inbounds i8, ptr %33, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %6, ptr %127, i64 8, i1 false)
  %128 = getelementptr inbounds i8, ptr %33, i64 384
  call void @llvm.memcpy.p0.p0.i64(ptr %12, ptr %128, i64 8, i1 false)
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
  %36 = alloca [16 x ptr], align 8
  %37 = alloca [5 x ptr], align 8
  %38 = alloca [20 x ptr], align 8
  %39 = alloca [5 x ptr], align 8
  %40 = alloca [26 x ptr], align 8
  %41 = alloca [10 x ptr], align 8
  %42 = alloca [38 x ptr], align 8
  %43 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %0, ptr %43, align 8
  %44 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %26, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %33, i64 0
  %46 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %45, ptr %46, align 8
  %47 = call i32 @grad_lv.k7.body0.k0(ptr %35, i64 0, i64 1)
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %fail, label %ok

fail:                                             ; preds = %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %47, %entry ], [ %74, %ok ], [ %84, %ok1 ], [ %118, %ok2 ], [ %129, %ok3 ], [ %171, %ok4 ], [ %187, %ok5 ], [ %245, %ok6 ]
  ret i32 %status

ok:                                               ; preds = %entry
  %49 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %1, ptr %49, align 8
  %50 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %25, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %24, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %33, i64 0
  %53 = getelementptr inbounds ptr, ptr %36, i64 3
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds ptr, ptr %36, i64 4
  store ptr %11, ptr %54, align 8
  %55 = getelementptr inbounds ptr, ptr %36, i64 5
  store ptr %10, ptr %55, align 8
  %56 = getelementptr inbounds ptr, ptr %36, i64 6
  store ptr %12, ptr %56, align 8
  %57 = getelementptr inbounds ptr, ptr %36, i64 7
  store ptr %22, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %33, i64 64
  %59 = getelementptr inbounds ptr, ptr %36, i64 8
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %33, i64 128
  %61 = getelementptr inbounds ptr, ptr %36, i64 9
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %33, i64 192
  %63 = getelementptr inbounds ptr, ptr %36, i64 10
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %33, i64 256
  %65 = getelementptr inbounds ptr, ptr %36, i64 11
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %33, i64 320
  %67 = getelementptr inbounds ptr, ptr %36, i64 12
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %33, i64 384
  %69 = getelementptr inbounds ptr, ptr %36, i64 13
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %33, i64 448
  %71 = getelementptr inbounds ptr, ptr %36, i64 14
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %33, i64 512
  %73 = getelementptr inbounds ptr, ptr %36, i64 15
  store ptr %72, ptr %73, align 8
  %74 = call i32 @grad_lv.k7.body0.k1(ptr %36, i64 0, i64 1)
  %75 = icmp ne i32 %74, 0
  br i1 %75, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %76 = getelementptr inbounds i8, ptr %33, i64 192
  %77 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %8, ptr %78, align 8
  %79 = getelementptr inbounds i8, ptr %33, i64 448
  %80 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %79, ptr %80, align 8
  %81 = getelementptr inbounds ptr, ptr %37, i64 3
  store ptr %21, ptr %81, align 8
  %82 = getelementptr inbounds i8, ptr %33, i64 576
  %83 = getelementptr inbounds ptr, ptr %37, i64 4
  store ptr %82, ptr %83, align 8
  %84 = call i32 @grad_lv.k7.body0.k2(ptr %37, i64 0, i64 1)
  %85 = icmp ne i32 %84, 0
  br i1 %85, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %86 = getelementptr inbounds i8, ptr %33, i64 128
  %87 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %86, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %33, i64 512
  %89 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %88, ptr %89, align 8
  %90 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %20, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %33, i64 256
  %92 = getelementptr inbounds ptr, ptr %38, i64 3
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %33, i64 576
  %94 = getelementptr inbounds ptr, ptr %38, i64 4
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %38, i64 5
  store ptr %11, ptr %95, align 8
  %96 = getelementptr inbounds ptr, ptr %38, i64 6
  store ptr %10, ptr %96, align 8
  %97 = getelementptr inbounds ptr, ptr %38, i64 7
  store ptr %12, ptr %97, align 8
  %98 = getelementptr inbounds ptr, ptr %38, i64 8
  store ptr %18, ptr %98, align 8
  %99 = getelementptr inbounds ptr, ptr %38, i64 9
  store ptr %8, ptr %99, align 8
  %100 = getelementptr inbounds ptr, ptr %38, i64 10
  store ptr %17, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %38, i64 11
  store ptr %13, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %33, i64 448
  %103 = getelementptr inbounds ptr, ptr %38, i64 12
  store ptr %102, ptr %103, align 8
  %104 = getelementptr inbounds i8, ptr %33, i64 640
  %105 = getelementptr inbounds ptr, ptr %38, i64 13
  store ptr %104, ptr %105, align 8
  %106 = getelementptr inbounds i8, ptr %33, i64 704
  %107 = getelementptr inbounds ptr, ptr %38, i64 14
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %33, i64 768
  %109 = getelementptr inbounds ptr, ptr %38, i64 15
  store ptr %108, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %33, i64 832
  %111 = getelementptr inbounds ptr, ptr %38, i64 16
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds i8, ptr %33, i64 896
  %113 = getelementptr inbounds ptr, ptr %38, i64 17
  store ptr %112, ptr %113, align 8
  %114 = getelementptr inbounds i8, ptr %33, i64 960
  %115 = getelementptr inbounds ptr, ptr %38, i64 18
  store ptr %114, ptr %115, align 8
  %116 = getelementptr inbounds i8, ptr %33, i64 1024
  %117 = getelementptr inbounds ptr, ptr %38, i64 19
  store ptr %116, ptr %117, align 8
  %118 = call i32 @grad_lv.k7.body0.k3(ptr %38, i64 0, i64 1)
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %120 = getelementptr inbounds i8, ptr %33, i64 256
  %121 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %120, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %33, i64 960
  %123 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %13, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %33, i64 128
  %126 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %33, i64 1088
  %128 = getelementptr inbounds ptr, ptr %39, i64 4
  store ptr %127, ptr %128, align 8
  %129 = call i32 @grad_lv.k7.body0.k4(ptr %39, i64 0, i64 1)
  %130 = icmp ne i32 %129, 0
  br i1 %130, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %131 = getelementptr inbounds i8, ptr %33, i64 1024
  %132 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %11, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %33, i64 1088
  %135 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %134, ptr %135, align 8
  %136 = getelementptr inbounds ptr, ptr %40, i64 3
  store ptr %10, ptr %136, align 8
  %137 = getelementptr inbounds ptr, ptr %40, i64 4
  store ptr %12, ptr %137, align 8
  %138 = getelementptr inbounds ptr, ptr %40, i64 5
  store ptr %15, ptr %138, align 8
  %139 = getelementptr inbounds i8, ptr %33, i64 128
  %140 = getelementptr inbounds ptr, ptr %40, i64 6
  store ptr %139, ptr %140, align 8
  %141 = getelementptr inbounds ptr, ptr %40, i64 7
  store ptr %8, ptr %141, align 8
  %142 = getelementptr inbounds ptr, ptr %40, i64 8
  store ptr %14, ptr %142, align 8
  %143 = getelementptr inbounds i8, ptr %33, i64 64
  %144 = getelementptr inbounds ptr, ptr %40, i64 9
  store ptr %143, ptr %144, align 8
  %145 = getelementptr inbounds ptr, ptr %40, i64 10
  store ptr %13, ptr %145, align 8
  %146 = getelementptr inbounds i8, ptr %33, i64 192
  %147 = getelementptr inbounds ptr, ptr %40, i64 11
  store ptr %146, ptr %147, align 8
  %148 = getelementptr inbounds ptr, ptr %40, i64 12
  store ptr %5, ptr %148, align 8
  %149 = getelementptr inbounds i8, ptr %33, i64 320
  %150 = getelementptr inbounds ptr, ptr %40, i64 13
  store ptr %149, ptr %150, align 8
  %151 = getelementptr inbounds ptr, ptr %40, i64 14
  store ptr %21, ptr %151, align 8
  %152 = getelementptr inbounds i8, ptr %33, i64 704
  %153 = getelementptr inbounds ptr, ptr %40, i64 15
  store ptr %152, ptr %153, align 8
  %154 = getelementptr inbounds ptr, ptr %40, i64 16
  store ptr %17, ptr %154, align 8
  %155 = getelementptr inbounds ptr, ptr %40, i64 17
  store ptr %6, ptr %155, align 8
  %156 = getelementptr inbounds i8, ptr %33, i64 256
  %157 = getelementptr inbounds ptr, ptr %40, i64 18
  store ptr %156, ptr %157, align 8
  %158 = getelementptr inbounds i8, ptr %33, i64 1152
  %159 = getelementptr inbounds ptr, ptr %40, i64 19
  store ptr %158, ptr %159, align 8
  %160 = getelementptr inbounds i8, ptr %33, i64 1216
  %161 = getelementptr inbounds ptr, ptr %40, i64 20
  store ptr %160, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %33, i64 1280
  %163 = getelementptr inbounds ptr, ptr %40, i64 21
  store ptr %162, ptr %163, align 8
  %164 = getelementptr inbounds i8, ptr %33, i64 1344
  %165 = getelementptr inbounds ptr, ptr %40, i64 22
  store ptr %164, ptr %165, align 8
  %166 = getelementptr inbounds i8, ptr %33, i64 1408
  %167 = getelementptr inbounds ptr, ptr %40, i64 23
  store ptr %166, ptr %167, align 8
  %168 = getelementptr inbounds i8, ptr %33, i64 1472
  %169 = getelementptr inbounds ptr, ptr %40, i64 24
  store ptr %168, ptr %169, align 8
  %170 = getelementptr inbounds ptr, ptr %40, i64 25
  store ptr %32, ptr %170, align 8
  %171 = call i32 @grad_lv.k7.body0.k5(ptr %40, i64 0, i64 1)
  %172 = icmp ne i32 %171, 0
  br i1 %172, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %173 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %4, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %33, i64 64
  %175 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %174, ptr %175, align 8
  %176 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %23, ptr %176, align 8
  %177 = getelementptr inbounds i8, ptr %33, i64 448
  %178 = getelementptr inbounds ptr, ptr %41, i64 3
  store ptr %177, ptr %178, align 8
  %179 = getelementptr inbounds ptr, ptr %41, i64 4
  store ptr %19, ptr %179, align 8
  %180 = getelementptr inbounds i8, ptr %33, i64 1024
  %181 = getelementptr inbounds ptr, ptr %41, i64 5
  store ptr %180, ptr %181, align 8
  %182 = getelementptr inbounds ptr, ptr %41, i64 6
  store ptr %16, ptr %182, align 8
  %183 = getelementptr inbounds i8, ptr %33, i64 1344
  %184 = getelementptr inbounds ptr, ptr %41, i64 7
  store ptr %183, ptr %184, align 8
  %185 = getelementptr inbounds ptr, ptr %41, i64 8
  store ptr %9, ptr %185, align 8
  %186 = getelementptr inbounds ptr, ptr %41, i64 9
  store ptr %31, ptr %186, align 8
  %187 = call i32 @grad_lv.k7.body0.k6(ptr %41, i64 0, i64 1)
  %188 = icmp ne i32 %187, 0
  br i1 %188, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %189 = getelementptr inbounds i8, ptr %33, i64 1408
  %190 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %189, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %33, i64 1344
  %192 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %11, ptr %193, align 8
  %194 = getelementptr inbounds ptr, ptr %42, i64 3
  store ptr %10, ptr %194, align 8
  %195 = getelementptr inbounds ptr, ptr %42, i64 4
  store ptr %3, ptr %195, align 8
  %196 = getelementptr inbounds i8, ptr %33, i64 384
  %197 = getelementptr inbounds ptr, ptr %42, i64 5
  store ptr %196, ptr %197, align 8
  %198 = getelementptr inbounds ptr, ptr %42, i64 6
  store ptr %23, ptr %198, align 8
  %199 = getelementptr inbounds i8, ptr %33, i64 768
  %200 = getelementptr inbounds ptr, ptr %42, i64 7
  store ptr %199, ptr %200, align 8
  %201 = getelementptr inbounds ptr, ptr %42, i64 8
  store ptr %19, ptr %201, align 8
  %202 = getelementptr inbounds i8, ptr %33, i64 1088
  %203 = getelementptr inbounds ptr, ptr %42, i64 9
  store ptr %202, ptr %203, align 8
  %204 = getelementptr inbounds ptr, ptr %42, i64 10
  store ptr %16, ptr %204, align 8
  %205 = getelementptr inbounds ptr, ptr %42, i64 11
  store ptr %9, ptr %205, align 8
  %206 = getelementptr inbounds ptr, ptr %42, i64 12
  store ptr %2, ptr %206, align 8
  %207 = getelementptr inbounds i8, ptr %33, i64 192
  %208 = getelementptr inbounds ptr, ptr %42, i64 13
  store ptr %207, ptr %208, align 8
  %209 = getelementptr inbounds ptr, ptr %42, i64 14
  store ptr %22, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %33, i64 640
  %211 = getelementptr inbounds ptr, ptr %42, i64 15
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds ptr, ptr %42, i64 16
  store ptr %18, ptr %212, align 8
  %213 = getelementptr inbounds i8, ptr %33, i64 128
  %214 = getelementptr inbounds ptr, ptr %42, i64 17
  store ptr %213, ptr %214, align 8
  %215 = getelementptr inbounds ptr, ptr %42, i64 18
  store ptr %15, ptr %215, align 8
  %216 = getelementptr inbounds ptr, ptr %42, i64 19
  store ptr %7, ptr %216, align 8
  %217 = getelementptr inbounds ptr, ptr %42, i64 20
  store ptr %1, ptr %217, align 8
  %218 = getelementptr inbounds i8, ptr %33, i64 512
  %219 = getelementptr inbounds ptr, ptr %42, i64 21
  store ptr %218, ptr %219, align 8
  %220 = getelementptr inbounds i8, ptr %33, i64 896
  %221 = getelementptr inbounds ptr, ptr %42, i64 22
  store ptr %220, ptr %221, align 8
  %222 = getelementptr inbounds i8, ptr %33, i64 1216
  %223 = getelementptr inbounds ptr, ptr %42, i64 23
  store ptr %222, ptr %223, align 8
  %224 = getelementptr inbounds i8, ptr %33, i64 1472
  %225 = getelementptr inbounds ptr, ptr %42, i64 24
  store ptr %224, ptr %225, align 8
  %226 = getelementptr inbounds ptr, ptr %42, i64 25
  store ptr %12, ptr %226, align 8
  %227 = getelementptr inbounds i8, ptr %33, i64 0
  %228 = getelementptr inbounds ptr, ptr %42, i64 26
  store ptr %227, ptr %228, align 8
  %229 = getelementptr inbounds i8, ptr %33, i64 576
  %230 = getelementptr inbounds ptr, ptr %42, i64 27
  store ptr %229, ptr %230, align 8
  %231 = getelementptr inbounds i8, ptr %33, i64 960
  %232 = getelementptr inbounds ptr, ptr %42, i64 28
  store ptr %231, ptr %232, align 8
  %233 = getelementptr inbounds i8, ptr %33, i64 1280
  %234 = getelementptr inbounds ptr, ptr %42, i64 29
  store ptr %233, ptr %234, align 8
  %235 = getelementptr inbounds ptr, ptr %42, i64 30
  store ptr %8, ptr %235, align 8
  %236 = getelementptr inbounds ptr, ptr %42, i64 31
  store ptr %6, ptr %236, align 8
  %237 = getelementptr inbounds i8, ptr %33, i64 64
  %238 = getelementptr inbounds ptr, ptr %42, i64 32
  store ptr %237, ptr %238, align 8
  %239 = getelementptr inbounds i8, ptr %33, i64 320
  %240 = getelementptr inbounds ptr, ptr %42, i64 33
  store ptr %239, ptr %240, align 8
  %241 = getelementptr inbounds ptr, ptr %42, i64 34
  store ptr %30, ptr %241, align 8
  %242 = getelementptr inbounds ptr, ptr %42, i64 35
  store ptr %29, ptr %242, align 8
  %243 = getelementptr inbounds ptr, ptr %42, i64 36
  store ptr %28, ptr %243, align 8
  %244 = getelementptr inbounds ptr, ptr %42, i64 37
  store ptr %27, ptr %244, align 8
  %245 = call i32 @grad_lv.k7.body0.k7(ptr %42, i64 0, i64 1)
  %246 = icmp ne i32 %245, 0
  br i1 %246, label %fail, label %ok7

ok7:                                              ; preds = %ok6
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
  %110 = call i32 @ftc_rt_alloc(ptr %109, i64 3072)
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
  store double 2.000000e-02, ptr %6, align 8, !alias.scope !587
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !590

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
  store double 2.000000e-02, ptr %6, align 8, !alias.scope !591
  br label %latch

latch:                                            ; preds = %body
  %7 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !594

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
  %21 = call i32 @ftc_rt_alloc(ptr %20, i64 1600)
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
  %214 = call i32 @ftc_rt_alloc(ptr %213, i64 3072)
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

!0 = !{!1}
!1 = !{!"lv.k0.body0.k0.buffer0", !2}
!2 = !{!"lv.k0.body0.k0.buffers"}
!3 = !{!4, !5, !6, !7, !8, !9, !10, !11}
!4 = !{!"lv.k0.body0.k0.buffer6", !2}
!5 = !{!"lv.k0.body0.k0.buffer7", !2}
!6 = !{!"lv.k0.body0.k0.buffer8", !2}
!7 = !{!"lv.k0.body0.k0.buffer9", !2}
!8 = !{!"lv.k0.body0.k0.buffer10", !2}
!9 = !{!"lv.k0.body0.k0.buffer11", !2}
!10 = !{!"lv.k0.body0.k0.buffer12", !2}
!11 = !{!"lv.k0.body0.k0.buffer13", !2}
!12 = !{!13}
!13 = !{!"lv.k0.body0.k0.buffer1", !2}
!14 = !{!4}
!15 = !{!5, !6, !7, !8, !9, !10, !11}
!16 = !{!17}
!17 = !{!"lv.k0.body0.k0.buffer2", !2}
!18 = !{!19}
!19 = !{!"lv.k0.body0.k0.buffer3", !2}
!20 = !{!5}
!21 = !{!4, !6, !7, !8, !9, !10, !11}
!22 = !{!23}
!23 = !{!"lv.k0.body0.k0.buffer4", !2}
!24 = !{!25}
!25 = !{!"lv.k0.body0.k0.buffer5", !2}
!26 = !{!6}
!27 = !{!4, !5, !7, !8, !9, !10, !11}
!28 = !{!7}
!29 = !{!4, !5, !6, !8, !9, !10, !11}
!30 = !{!8}
!31 = !{!4, !5, !6, !7, !9, !10, !11}
!32 = !{!9}
!33 = !{!4, !5, !6, !7, !8, !10, !11}
!34 = !{!10}
!35 = !{!4, !5, !6, !7, !8, !9, !11}
!36 = !{!11}
!37 = !{!4, !5, !6, !7, !8, !9, !10}
!38 = distinct !{!38, !39, !40}
!39 = !{!"llvm.loop.vectorize.width", i32 4}
!40 = !{!"llvm.loop.unroll.disable"}
!41 = !{!42}
!42 = !{!"lv.k0.body0.k1.buffer0", !43}
!43 = !{!"lv.k0.body0.k1.buffers"}
!44 = !{!45}
!45 = !{!"lv.k0.body0.k1.buffer2", !43}
!46 = !{!47}
!47 = !{!"lv.k0.body0.k1.buffer1", !43}
!48 = distinct !{!48, !39, !40}
!49 = !{!50}
!50 = !{!"lv.k0.body0.k2.buffer0", !51}
!51 = !{!"lv.k0.body0.k2.buffers"}
!52 = !{!53, !54, !55, !56, !57, !58, !59, !60}
!53 = !{!"lv.k0.body0.k2.buffer10", !51}
!54 = !{!"lv.k0.body0.k2.buffer11", !51}
!55 = !{!"lv.k0.body0.k2.buffer12", !51}
!56 = !{!"lv.k0.body0.k2.buffer13", !51}
!57 = !{!"lv.k0.body0.k2.buffer14", !51}
!58 = !{!"lv.k0.body0.k2.buffer15", !51}
!59 = !{!"lv.k0.body0.k2.buffer16", !51}
!60 = !{!"lv.k0.body0.k2.buffer17", !51}
!61 = !{!62}
!62 = !{!"lv.k0.body0.k2.buffer1", !51}
!63 = !{!53}
!64 = !{!54, !55, !56, !57, !58, !59, !60}
!65 = !{!66}
!66 = !{!"lv.k0.body0.k2.buffer2", !51}
!67 = !{!54}
!68 = !{!53, !55, !56, !57, !58, !59, !60}
!69 = !{!70}
!70 = !{!"lv.k0.body0.k2.buffer3", !51}
!71 = !{!72}
!72 = !{!"lv.k0.body0.k2.buffer4", !51}
!73 = !{!55}
!74 = !{!53, !54, !56, !57, !58, !59, !60}
!75 = !{!76}
!76 = !{!"lv.k0.body0.k2.buffer5", !51}
!77 = !{!78}
!78 = !{!"lv.k0.body0.k2.buffer6", !51}
!79 = !{!56}
!80 = !{!53, !54, !55, !57, !58, !59, !60}
!81 = !{!82}
!82 = !{!"lv.k0.body0.k2.buffer7", !51}
!83 = !{!57}
!84 = !{!53, !54, !55, !56, !58, !59, !60}
!85 = !{!58}
!86 = !{!53, !54, !55, !56, !57, !59, !60}
!87 = !{!59}
!88 = !{!53, !54, !55, !56, !57, !58, !60}
!89 = !{!90}
!90 = !{!"lv.k0.body0.k2.buffer8", !51}
!91 = !{!92}
!92 = !{!"lv.k0.body0.k2.buffer9", !51}
!93 = !{!60}
!94 = !{!53, !54, !55, !56, !57, !58, !59}
!95 = distinct !{!95, !39, !40}
!96 = !{!97}
!97 = !{!"lv.k0.body0.k3.buffer0", !98}
!98 = !{!"lv.k0.body0.k3.buffers"}
!99 = !{!100}
!100 = !{!"lv.k0.body0.k3.buffer8", !98}
!101 = !{!102}
!102 = !{!"lv.k0.body0.k3.buffer1", !98}
!103 = !{!104}
!104 = !{!"lv.k0.body0.k3.buffer2", !98}
!105 = !{!106}
!106 = !{!"lv.k0.body0.k3.buffer3", !98}
!107 = !{!108}
!108 = !{!"lv.k0.body0.k3.buffer4", !98}
!109 = !{!110}
!110 = !{!"lv.k0.body0.k3.buffer5", !98}
!111 = !{!112}
!112 = !{!"lv.k0.body0.k3.buffer6", !98}
!113 = !{!114}
!114 = !{!"lv.k0.body0.k3.buffer7", !98}
!115 = distinct !{!115, !39, !40}
!116 = !{!117}
!117 = !{!"lv.k1.buffer0", !118}
!118 = !{!"lv.k1.buffers"}
!119 = !{!120}
!120 = !{!"lv.k1.buffer1", !118}
!121 = distinct !{!121, !122, !123, !40}
!122 = !{!"llvm.loop.vectorize.enable", i1 true}
!123 = !{!"llvm.loop.vectorize.width", i32 16}
!124 = distinct !{!124, !122, !123, !40}
!125 = distinct !{!125, !122, !123, !40}
!126 = distinct !{!126, !122, !123, !40}
!127 = !{!128}
!128 = !{!"lv.k2.buffer0", !129}
!129 = !{!"lv.k2.buffers"}
!130 = !{!131}
!131 = !{!"lv.k2.buffer3", !129}
!132 = !{!133}
!133 = !{!"lv.k2.buffer1", !129}
!134 = !{!135}
!135 = !{!"lv.k2.buffer2", !129}
!136 = distinct !{!136, !39, !40}
!137 = !{!138}
!138 = !{!"grad_lv.k7.body0.k0.buffer0", !139}
!139 = !{!"grad_lv.k7.body0.k0.buffers"}
!140 = !{!141}
!141 = !{!"grad_lv.k7.body0.k0.buffer2", !139}
!142 = !{!143}
!143 = !{!"grad_lv.k7.body0.k0.buffer1", !139}
!144 = distinct !{!144, !39, !40}
!145 = !{!146}
!146 = !{!"grad_lv.k7.body0.k1.buffer0", !147}
!147 = !{!"grad_lv.k7.body0.k1.buffers"}
!148 = !{!149, !150, !151, !152, !153, !154, !155, !156}
!149 = !{!"grad_lv.k7.body0.k1.buffer8", !147}
!150 = !{!"grad_lv.k7.body0.k1.buffer9", !147}
!151 = !{!"grad_lv.k7.body0.k1.buffer10", !147}
!152 = !{!"grad_lv.k7.body0.k1.buffer11", !147}
!153 = !{!"grad_lv.k7.body0.k1.buffer12", !147}
!154 = !{!"grad_lv.k7.body0.k1.buffer13", !147}
!155 = !{!"grad_lv.k7.body0.k1.buffer14", !147}
!156 = !{!"grad_lv.k7.body0.k1.buffer15", !147}
!157 = !{!158}
!158 = !{!"grad_lv.k7.body0.k1.buffer1", !147}
!159 = !{!149}
!160 = !{!150, !151, !152, !153, !154, !155, !156}
!161 = !{!162}
!162 = !{!"grad_lv.k7.body0.k1.buffer2", !147}
!163 = !{!150}
!164 = !{!149, !151, !152, !153, !154, !155, !156}
!165 = !{!166}
!166 = !{!"grad_lv.k7.body0.k1.buffer3", !147}
!167 = !{!151}
!168 = !{!149, !150, !152, !153, !154, !155, !156}
!169 = !{!152}
!170 = !{!149, !150, !151, !153, !154, !155, !156}
!171 = !{!153}
!172 = !{!149, !150, !151, !152, !154, !155, !156}
!173 = !{!154}
!174 = !{!149, !150, !151, !152, !153, !155, !156}
!175 = !{!176}
!176 = !{!"grad_lv.k7.body0.k1.buffer4", !147}
!177 = !{!178}
!178 = !{!"grad_lv.k7.body0.k1.buffer5", !147}
!179 = !{!155}
!180 = !{!149, !150, !151, !152, !153, !154, !156}
!181 = !{!182}
!182 = !{!"grad_lv.k7.body0.k1.buffer6", !147}
!183 = !{!184}
!184 = !{!"grad_lv.k7.body0.k1.buffer7", !147}
!185 = !{!156}
!186 = !{!149, !150, !151, !152, !153, !154, !155}
!187 = distinct !{!187, !39, !40}
!188 = !{!189}
!189 = !{!"grad_lv.k7.body0.k2.buffer0", !190}
!190 = !{!"grad_lv.k7.body0.k2.buffers"}
!191 = !{!192}
!192 = !{!"grad_lv.k7.body0.k2.buffer4", !190}
!193 = !{!194}
!194 = !{!"grad_lv.k7.body0.k2.buffer1", !190}
!195 = !{!196}
!196 = !{!"grad_lv.k7.body0.k2.buffer2", !190}
!197 = !{!198}
!198 = !{!"grad_lv.k7.body0.k2.buffer3", !190}
!199 = distinct !{!199, !39, !40}
!200 = !{!201}
!201 = !{!"grad_lv.k7.body0.k3.buffer0", !202}
!202 = !{!"grad_lv.k7.body0.k3.buffers"}
!203 = !{!204, !205, !206, !207, !208, !209, !210, !211}
!204 = !{!"grad_lv.k7.body0.k3.buffer12", !202}
!205 = !{!"grad_lv.k7.body0.k3.buffer13", !202}
!206 = !{!"grad_lv.k7.body0.k3.buffer14", !202}
!207 = !{!"grad_lv.k7.body0.k3.buffer15", !202}
!208 = !{!"grad_lv.k7.body0.k3.buffer16", !202}
!209 = !{!"grad_lv.k7.body0.k3.buffer17", !202}
!210 = !{!"grad_lv.k7.body0.k3.buffer18", !202}
!211 = !{!"grad_lv.k7.body0.k3.buffer19", !202}
!212 = !{!213}
!213 = !{!"grad_lv.k7.body0.k3.buffer1", !202}
!214 = !{!215}
!215 = !{!"grad_lv.k7.body0.k3.buffer2", !202}
!216 = !{!204}
!217 = !{!205, !206, !207, !208, !209, !210, !211}
!218 = !{!219}
!219 = !{!"grad_lv.k7.body0.k3.buffer3", !202}
!220 = !{!221}
!221 = !{!"grad_lv.k7.body0.k3.buffer4", !202}
!222 = !{!205}
!223 = !{!204, !206, !207, !208, !209, !210, !211}
!224 = !{!206}
!225 = !{!204, !205, !207, !208, !209, !210, !211}
!226 = !{!207}
!227 = !{!204, !205, !206, !208, !209, !210, !211}
!228 = !{!229}
!229 = !{!"grad_lv.k7.body0.k3.buffer5", !202}
!230 = !{!231}
!231 = !{!"grad_lv.k7.body0.k3.buffer6", !202}
!232 = !{!208}
!233 = !{!204, !205, !206, !207, !209, !210, !211}
!234 = !{!235}
!235 = !{!"grad_lv.k7.body0.k3.buffer7", !202}
!236 = !{!237}
!237 = !{!"grad_lv.k7.body0.k3.buffer8", !202}
!238 = !{!209}
!239 = !{!204, !205, !206, !207, !208, !210, !211}
!240 = !{!241}
!241 = !{!"grad_lv.k7.body0.k3.buffer9", !202}
!242 = !{!243}
!243 = !{!"grad_lv.k7.body0.k3.buffer10", !202}
!244 = !{!210}
!245 = !{!204, !205, !206, !207, !208, !209, !211}
!246 = !{!247}
!247 = !{!"grad_lv.k7.body0.k3.buffer11", !202}
!248 = !{!211}
!249 = !{!204, !205, !206, !207, !208, !209, !210}
!250 = distinct !{!250, !39, !40}
!251 = !{!252}
!252 = !{!"grad_lv.k7.body0.k4.buffer0", !253}
!253 = !{!"grad_lv.k7.body0.k4.buffers"}
!254 = !{!255, !256}
!255 = !{!"grad_lv.k7.body0.k4.buffer3", !253}
!256 = !{!"grad_lv.k7.body0.k4.buffer4", !253}
!257 = !{!258}
!258 = !{!"grad_lv.k7.body0.k4.buffer1", !253}
!259 = !{!260}
!260 = !{!"grad_lv.k7.body0.k4.buffer2", !253}
!261 = !{!255}
!262 = !{!256}
!263 = distinct !{!263, !39, !40}
!264 = !{!265}
!265 = !{!"grad_lv.k7.body0.k5.buffer0", !266}
!266 = !{!"grad_lv.k7.body0.k5.buffers"}
!267 = !{!268, !269, !270, !271, !272, !273, !274, !275}
!268 = !{!"grad_lv.k7.body0.k5.buffer18", !266}
!269 = !{!"grad_lv.k7.body0.k5.buffer19", !266}
!270 = !{!"grad_lv.k7.body0.k5.buffer20", !266}
!271 = !{!"grad_lv.k7.body0.k5.buffer21", !266}
!272 = !{!"grad_lv.k7.body0.k5.buffer22", !266}
!273 = !{!"grad_lv.k7.body0.k5.buffer23", !266}
!274 = !{!"grad_lv.k7.body0.k5.buffer24", !266}
!275 = !{!"grad_lv.k7.body0.k5.buffer25", !266}
!276 = !{!268}
!277 = !{!269, !270, !271, !272, !273, !274, !275}
!278 = !{!279}
!279 = !{!"grad_lv.k7.body0.k5.buffer1", !266}
!280 = !{!281}
!281 = !{!"grad_lv.k7.body0.k5.buffer2", !266}
!282 = !{!283}
!283 = !{!"grad_lv.k7.body0.k5.buffer3", !266}
!284 = !{!269}
!285 = !{!268, !270, !271, !272, !273, !274, !275}
!286 = !{!287}
!287 = !{!"grad_lv.k7.body0.k5.buffer4", !266}
!288 = !{!289}
!289 = !{!"grad_lv.k7.body0.k5.buffer5", !266}
!290 = !{!270}
!291 = !{!268, !269, !271, !272, !273, !274, !275}
!292 = !{!293}
!293 = !{!"grad_lv.k7.body0.k5.buffer6", !266}
!294 = !{!295}
!295 = !{!"grad_lv.k7.body0.k5.buffer7", !266}
!296 = !{!297}
!297 = !{!"grad_lv.k7.body0.k5.buffer8", !266}
!298 = !{!271}
!299 = !{!268, !269, !270, !272, !273, !274, !275}
!300 = !{!301}
!301 = !{!"grad_lv.k7.body0.k5.buffer9", !266}
!302 = !{!303}
!303 = !{!"grad_lv.k7.body0.k5.buffer10", !266}
!304 = !{!272}
!305 = !{!268, !269, !270, !271, !273, !274, !275}
!306 = !{!307}
!307 = !{!"grad_lv.k7.body0.k5.buffer11", !266}
!308 = !{!273}
!309 = !{!268, !269, !270, !271, !272, !274, !275}
!310 = !{!274}
!311 = !{!268, !269, !270, !271, !272, !273, !275}
!312 = !{!313}
!313 = !{!"grad_lv.k7.body0.k5.buffer12", !266}
!314 = !{!315}
!315 = !{!"grad_lv.k7.body0.k5.buffer13", !266}
!316 = !{!317}
!317 = !{!"grad_lv.k7.body0.k5.buffer14", !266}
!318 = !{!319}
!319 = !{!"grad_lv.k7.body0.k5.buffer15", !266}
!320 = !{!321}
!321 = !{!"grad_lv.k7.body0.k5.buffer16", !266}
!322 = !{!323}
!323 = !{!"grad_lv.k7.body0.k5.buffer17", !266}
!324 = !{!275}
!325 = !{!268, !269, !270, !271, !272, !273, !274}
!326 = distinct !{!326, !39, !40}
!327 = !{!328}
!328 = !{!"grad_lv.k7.body0.k6.buffer0", !329}
!329 = !{!"grad_lv.k7.body0.k6.buffers"}
!330 = !{!331}
!331 = !{!"grad_lv.k7.body0.k6.buffer9", !329}
!332 = !{!333}
!333 = !{!"grad_lv.k7.body0.k6.buffer1", !329}
!334 = !{!335}
!335 = !{!"grad_lv.k7.body0.k6.buffer2", !329}
!336 = !{!337}
!337 = !{!"grad_lv.k7.body0.k6.buffer3", !329}
!338 = !{!339}
!339 = !{!"grad_lv.k7.body0.k6.buffer4", !329}
!340 = !{!341}
!341 = !{!"grad_lv.k7.body0.k6.buffer5", !329}
!342 = !{!343}
!343 = !{!"grad_lv.k7.body0.k6.buffer6", !329}
!344 = !{!345}
!345 = !{!"grad_lv.k7.body0.k6.buffer7", !329}
!346 = !{!347}
!347 = !{!"grad_lv.k7.body0.k6.buffer8", !329}
!348 = distinct !{!348, !39, !40}
!349 = !{!350}
!350 = !{!"grad_lv.k7.body0.k7.buffer0", !351}
!351 = !{!"grad_lv.k7.body0.k7.buffers"}
!352 = !{!353, !354, !355, !356, !357, !358}
!353 = !{!"grad_lv.k7.body0.k7.buffer32", !351}
!354 = !{!"grad_lv.k7.body0.k7.buffer33", !351}
!355 = !{!"grad_lv.k7.body0.k7.buffer34", !351}
!356 = !{!"grad_lv.k7.body0.k7.buffer35", !351}
!357 = !{!"grad_lv.k7.body0.k7.buffer36", !351}
!358 = !{!"grad_lv.k7.body0.k7.buffer37", !351}
!359 = !{!353}
!360 = !{!354, !355, !356, !357, !358}
!361 = !{!362}
!362 = !{!"grad_lv.k7.body0.k7.buffer1", !351}
!363 = !{!364}
!364 = !{!"grad_lv.k7.body0.k7.buffer2", !351}
!365 = !{!366}
!366 = !{!"grad_lv.k7.body0.k7.buffer3", !351}
!367 = !{!354}
!368 = !{!353, !355, !356, !357, !358}
!369 = !{!370}
!370 = !{!"grad_lv.k7.body0.k7.buffer4", !351}
!371 = !{!372}
!372 = !{!"grad_lv.k7.body0.k7.buffer5", !351}
!373 = !{!374}
!374 = !{!"grad_lv.k7.body0.k7.buffer6", !351}
!375 = !{!376}
!376 = !{!"grad_lv.k7.body0.k7.buffer7", !351}
!377 = !{!378}
!378 = !{!"grad_lv.k7.body0.k7.buffer8", !351}
!379 = !{!380}
!380 = !{!"grad_lv.k7.body0.k7.buffer9", !351}
!381 = !{!382}
!382 = !{!"grad_lv.k7.body0.k7.buffer10", !351}
!383 = !{!384}
!384 = !{!"grad_lv.k7.body0.k7.buffer11", !351}
!385 = !{!355}
!386 = !{!353, !354, !356, !357, !358}
!387 = !{!388}
!388 = !{!"grad_lv.k7.body0.k7.buffer12", !351}
!389 = !{!390}
!390 = !{!"grad_lv.k7.body0.k7.buffer13", !351}
!391 = !{!392}
!392 = !{!"grad_lv.k7.body0.k7.buffer14", !351}
!393 = !{!394}
!394 = !{!"grad_lv.k7.body0.k7.buffer15", !351}
!395 = !{!396}
!396 = !{!"grad_lv.k7.body0.k7.buffer16", !351}
!397 = !{!398}
!398 = !{!"grad_lv.k7.body0.k7.buffer17", !351}
!399 = !{!400}
!400 = !{!"grad_lv.k7.body0.k7.buffer18", !351}
!401 = !{!402}
!402 = !{!"grad_lv.k7.body0.k7.buffer19", !351}
!403 = !{!356}
!404 = !{!353, !354, !355, !357, !358}
!405 = !{!406}
!406 = !{!"grad_lv.k7.body0.k7.buffer20", !351}
!407 = !{!408}
!408 = !{!"grad_lv.k7.body0.k7.buffer21", !351}
!409 = !{!410}
!410 = !{!"grad_lv.k7.body0.k7.buffer22", !351}
!411 = !{!412}
!412 = !{!"grad_lv.k7.body0.k7.buffer23", !351}
!413 = !{!414}
!414 = !{!"grad_lv.k7.body0.k7.buffer24", !351}
!415 = !{!416}
!416 = !{!"grad_lv.k7.body0.k7.buffer25", !351}
!417 = !{!357}
!418 = !{!353, !354, !355, !356, !358}
!419 = !{!420}
!420 = !{!"grad_lv.k7.body0.k7.buffer26", !351}
!421 = !{!422}
!422 = !{!"grad_lv.k7.body0.k7.buffer27", !351}
!423 = !{!424}
!424 = !{!"grad_lv.k7.body0.k7.buffer28", !351}
!425 = !{!426}
!426 = !{!"grad_lv.k7.body0.k7.buffer29", !351}
!427 = !{!428}
!428 = !{!"grad_lv.k7.body0.k7.buffer30", !351}
!429 = !{!430}
!430 = !{!"grad_lv.k7.body0.k7.buffer31", !351}
!431 = !{!358}
!432 = !{!353, !354, !355, !356, !357}
!433 = distinct !{!433, !39, !40}
!434 = !{!435}
!435 = !{!"grad_lv.k0.buffer0", !436}
!436 = !{!"grad_lv.k0.buffers"}
!437 = distinct !{!437, !39, !40}
!438 = !{!439}
!439 = !{!"grad_lv.k1.buffer0", !440}
!440 = !{!"grad_lv.k1.buffers"}
!441 = distinct !{!441, !39, !40}
!442 = !{!443}
!443 = !{!"grad_lv.k2.buffer0", !444}
!444 = !{!"grad_lv.k2.buffers"}
!445 = distinct !{!445, !39, !40}
!446 = !{!447}
!447 = !{!"grad_lv.k3.buffer0", !448}
!448 = !{!"grad_lv.k3.buffers"}
!449 = distinct !{!449, !39, !40}
!450 = !{!451}
!451 = !{!"grad_lv.k5.buffer0", !452}
!452 = !{!"grad_lv.k5.buffers"}
!453 = distinct !{!453, !39, !40}
!454 = !{!455}
!455 = !{!"grad_lv.k6.buffer0", !456}
!456 = !{!"grad_lv.k6.buffers"}
!457 = distinct !{!457, !39, !40}
!458 = !{!459}
!459 = !{!"grad_lv_ckpt.k4.body0.k4.buffer0", !460}
!460 = !{!"grad_lv_ckpt.k4.body0.k4.buffers"}
!461 = !{!462, !463, !464, !465, !466, !467, !468, !469}
!462 = !{!"grad_lv_ckpt.k4.body0.k4.buffer7", !460}
!463 = !{!"grad_lv_ckpt.k4.body0.k4.buffer8", !460}
!464 = !{!"grad_lv_ckpt.k4.body0.k4.buffer9", !460}
!465 = !{!"grad_lv_ckpt.k4.body0.k4.buffer10", !460}
!466 = !{!"grad_lv_ckpt.k4.body0.k4.buffer11", !460}
!467 = !{!"grad_lv_ckpt.k4.body0.k4.buffer12", !460}
!468 = !{!"grad_lv_ckpt.k4.body0.k4.buffer13", !460}
!469 = !{!"grad_lv_ckpt.k4.body0.k4.buffer14", !460}
!470 = !{!471}
!471 = !{!"grad_lv_ckpt.k4.body0.k4.buffer1", !460}
!472 = !{!462}
!473 = !{!463, !464, !465, !466, !467, !468, !469}
!474 = !{!475}
!475 = !{!"grad_lv_ckpt.k4.body0.k4.buffer2", !460}
!476 = !{!477}
!477 = !{!"grad_lv_ckpt.k4.body0.k4.buffer3", !460}
!478 = !{!463}
!479 = !{!462, !464, !465, !466, !467, !468, !469}
!480 = !{!481}
!481 = !{!"grad_lv_ckpt.k4.body0.k4.buffer4", !460}
!482 = !{!483}
!483 = !{!"grad_lv_ckpt.k4.body0.k4.buffer5", !460}
!484 = !{!464}
!485 = !{!462, !463, !465, !466, !467, !468, !469}
!486 = !{!487}
!487 = !{!"grad_lv_ckpt.k4.body0.k4.buffer6", !460}
!488 = !{!465}
!489 = !{!462, !463, !464, !466, !467, !468, !469}
!490 = !{!466}
!491 = !{!462, !463, !464, !465, !467, !468, !469}
!492 = !{!467}
!493 = !{!462, !463, !464, !465, !466, !468, !469}
!494 = !{!468}
!495 = !{!462, !463, !464, !465, !466, !467, !469}
!496 = !{!469}
!497 = !{!462, !463, !464, !465, !466, !467, !468}
!498 = distinct !{!498, !39, !40}
!499 = !{!500}
!500 = !{!"grad_lv_ckpt.k4.body0.k5.buffer0", !501}
!501 = !{!"grad_lv_ckpt.k4.body0.k5.buffers"}
!502 = !{!503, !504, !505, !506, !507, !508, !509, !510}
!503 = !{!"grad_lv_ckpt.k4.body0.k5.buffer10", !501}
!504 = !{!"grad_lv_ckpt.k4.body0.k5.buffer11", !501}
!505 = !{!"grad_lv_ckpt.k4.body0.k5.buffer12", !501}
!506 = !{!"grad_lv_ckpt.k4.body0.k5.buffer13", !501}
!507 = !{!"grad_lv_ckpt.k4.body0.k5.buffer14", !501}
!508 = !{!"grad_lv_ckpt.k4.body0.k5.buffer15", !501}
!509 = !{!"grad_lv_ckpt.k4.body0.k5.buffer16", !501}
!510 = !{!"grad_lv_ckpt.k4.body0.k5.buffer17", !501}
!511 = !{!512}
!512 = !{!"grad_lv_ckpt.k4.body0.k5.buffer1", !501}
!513 = !{!514}
!514 = !{!"grad_lv_ckpt.k4.body0.k5.buffer2", !501}
!515 = !{!503}
!516 = !{!504, !505, !506, !507, !508, !509, !510}
!517 = !{!518}
!518 = !{!"grad_lv_ckpt.k4.body0.k5.buffer3", !501}
!519 = !{!520}
!520 = !{!"grad_lv_ckpt.k4.body0.k5.buffer4", !501}
!521 = !{!504}
!522 = !{!503, !505, !506, !507, !508, !509, !510}
!523 = !{!505}
!524 = !{!503, !504, !506, !507, !508, !509, !510}
!525 = !{!526}
!526 = !{!"grad_lv_ckpt.k4.body0.k5.buffer5", !501}
!527 = !{!528}
!528 = !{!"grad_lv_ckpt.k4.body0.k5.buffer6", !501}
!529 = !{!506}
!530 = !{!503, !504, !505, !507, !508, !509, !510}
!531 = !{!532}
!532 = !{!"grad_lv_ckpt.k4.body0.k5.buffer7", !501}
!533 = !{!534}
!534 = !{!"grad_lv_ckpt.k4.body0.k5.buffer8", !501}
!535 = !{!507}
!536 = !{!503, !504, !505, !506, !508, !509, !510}
!537 = !{!538}
!538 = !{!"grad_lv_ckpt.k4.body0.k5.buffer9", !501}
!539 = !{!508}
!540 = !{!503, !504, !505, !506, !507, !509, !510}
!541 = !{!509}
!542 = !{!503, !504, !505, !506, !507, !508, !510}
!543 = !{!510}
!544 = !{!503, !504, !505, !506, !507, !508, !509}
!545 = distinct !{!545, !39, !40}
!546 = !{!547}
!547 = !{!"grad_lv_ckpt.k4.body0.k6.buffer0", !548}
!548 = !{!"grad_lv_ckpt.k4.body0.k6.buffers"}
!549 = !{!550, !551}
!550 = !{!"grad_lv_ckpt.k4.body0.k6.buffer17", !548}
!551 = !{!"grad_lv_ckpt.k4.body0.k6.buffer18", !548}
!552 = !{!553}
!553 = !{!"grad_lv_ckpt.k4.body0.k6.buffer1", !548}
!554 = !{!555}
!555 = !{!"grad_lv_ckpt.k4.body0.k6.buffer2", !548}
!556 = !{!557}
!557 = !{!"grad_lv_ckpt.k4.body0.k6.buffer3", !548}
!558 = !{!559}
!559 = !{!"grad_lv_ckpt.k4.body0.k6.buffer4", !548}
!560 = !{!561}
!561 = !{!"grad_lv_ckpt.k4.body0.k6.buffer5", !548}
!562 = !{!563}
!563 = !{!"grad_lv_ckpt.k4.body0.k6.buffer6", !548}
!564 = !{!565}
!565 = !{!"grad_lv_ckpt.k4.body0.k6.buffer7", !548}
!566 = !{!567}
!567 = !{!"grad_lv_ckpt.k4.body0.k6.buffer8", !548}
!568 = !{!569}
!569 = !{!"grad_lv_ckpt.k4.body0.k6.buffer9", !548}
!570 = !{!550}
!571 = !{!551}
!572 = !{!573}
!573 = !{!"grad_lv_ckpt.k4.body0.k6.buffer10", !548}
!574 = !{!575}
!575 = !{!"grad_lv_ckpt.k4.body0.k6.buffer11", !548}
!576 = !{!577}
!577 = !{!"grad_lv_ckpt.k4.body0.k6.buffer12", !548}
!578 = !{!579}
!579 = !{!"grad_lv_ckpt.k4.body0.k6.buffer13", !548}
!580 = !{!581}
!581 = !{!"grad_lv_ckpt.k4.body0.k6.buffer14", !548}
!582 = !{!583}
!583 = !{!"grad_lv_ckpt.k4.body0.k6.buffer15", !548}
!584 = !{!585}
!585 = !{!"grad_lv_ckpt.k4.body0.k6.buffer16", !548}
!586 = distinct !{!586, !39, !40}
!587 = !{!588}
!588 = !{!"grad_lv_ckpt.k3.buffer0", !589}
!589 = !{!"grad_lv_ckpt.k3.buffers"}
!590 = distinct !{!590, !39, !40}
!591 = !{!592}
!592 = !{!"grad_lv_ckpt.k6.buffer0", !593}
!593 = !{!"grad_lv_ckpt.k6.buffers"}
!594 = distinct !{!594, !39, !40}
