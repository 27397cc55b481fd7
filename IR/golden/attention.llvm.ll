; ModuleID = 'attention'
source_filename = "attention"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@literal = private unnamed_addr constant [32 x i8] c"\01\00\00\00\01\01\00\00\01\01\01\00\01\01\01\01\01\00\00\00\01\01\00\00\01\01\01\00\01\01\01\01", align 64
@llvm.compiler.used = appending global [1 x ptr] [ptr @_ZGVdN8v_expf], section "llvm.metadata"
@ftc.metadata.json = private unnamed_addr constant [314 x i8] c"{\22module\22: \22attention\22, \22functions\22: [{\22name\22: \22attention\22, \22symbol\22: \22attention\22, \22inputs\22: [{\22name\22: \22q\22, \22dtype\22: \22f32\22, \22shape\22: [2, 4, 8]}, {\22name\22: \22k\22, \22dtype\22: \22f32\22, \22shape\22: [2, 4, 8]}, {\22name\22: \22v\22, \22dtype\22: \22f32\22, \22shape\22: [2, 4, 8]}], \22outputs\22: [{\22name\22: \22o\22, \22dtype\22: \22f32\22, \22shape\22: [2, 4, 8]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @attention.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = icmp slt i64 %i, 2
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
  %16 = icmp slt i64 %i15, 8
  br i1 %16, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %17 = mul nsw i64 %i5, 8
  %18 = add nsw i64 %17, %i15
  %19 = mul nsw i64 %i10, 8
  %20 = add nsw i64 %19, %i15
  %21 = mul nsw i64 %i, 32
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 32
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
define internal i32 @attention.rows1(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [16 x float], align 64
  %4 = alloca [4 x float], align 64
  %5 = alloca [16 x float], align 64
  %6 = alloca [4 x float], align 64
  %7 = alloca float, align 16
  %8 = alloca float, align 16
  br label %start

start:                                            ; preds = %entry
  %9 = getelementptr inbounds ptr, ptr %0, i64 0
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 1
  %12 = load ptr, ptr %11, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul nsw i64 %i, 16
  %15 = mul nsw i64 %i, 4
  %16 = mul nsw i64 %i, 16
  %17 = mul nsw i64 %i, 4
  %18 = add nsw i64 %i, 1
  %19 = mul nsw i64 %i, 16
  %20 = mul nsw i64 %18, 16
  br label %loop1

latch:                                            ; preds = %exit54
  %21 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %19, %body ], [ %32, %latch3 ]
  %22 = icmp slt i64 %i5, %20
  br i1 %22, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %23 = getelementptr inbounds i8, ptr @literal, i64 %i5
  %24 = load i8, ptr %23, align 1
  %25 = icmp ne i8 %24, 0
  %26 = getelementptr inbounds float, ptr %10, i64 %i5
  %27 = load float, ptr %26, align 4
  %28 = fmul float %27, 0x3FD6A09E60000000
  %29 = select i1 %25, float %28, float 0xFFF0000000000000
  %30 = sub i64 %i5, %14
  %31 = getelementptr inbounds float, ptr %3, i64 %30
  store float %29, ptr %31, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %32 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !2

exit4:                                            ; preds = %loop1
  %33 = add nsw i64 %i, 1
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ %i, %exit4 ], [ %35, %latch8 ]
  %34 = icmp slt i64 %i10, %33
  br i1 %34, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %35 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  %36 = add nsw i64 %i, 1
  br label %loop21

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %38, %latch13 ]
  %37 = icmp slt i64 %i15, 4
  br i1 %37, label %body12, label %exit14

body12:                                           ; preds = %loop11
  store float 0xFFF0000000000000, ptr %7, align 4
  br label %loop16

latch13:                                          ; preds = %exit19
  %38 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %49, %latch18 ]
  %39 = icmp slt i64 %i20, 4
  br i1 %39, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %40 = load float, ptr %7, align 4
  %41 = mul nsw i64 %i10, 16
  %42 = mul nsw i64 %i15, 4
  %43 = add nsw i64 %41, %42
  %44 = add nsw i64 %43, %i20
  %45 = sub i64 %44, %14
  %46 = getelementptr inbounds float, ptr %3, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = call float @llvm.maximum.f32(float %40, float %47)
  store float %48, ptr %7, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %49 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !4

exit19:                                           ; preds = %loop16
  %50 = load float, ptr %7, align 4
  %51 = mul nsw i64 %i10, 4
  %52 = add nsw i64 %51, %i15
  %53 = sub i64 %52, %15
  %54 = getelementptr inbounds float, ptr %4, i64 %53
  store float %50, ptr %54, align 4
  br label %latch13

loop21:                                           ; preds = %latch23, %exit9
  %i25 = phi i64 [ %i, %exit9 ], [ %56, %latch23 ]
  %55 = icmp slt i64 %i25, %36
  br i1 %55, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %56 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %57 = add nsw i64 %i, 1
  br label %loop36

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %59, %latch28 ]
  %58 = icmp slt i64 %i30, 4
  br i1 %58, label %body27, label %exit29

body27:                                           ; preds = %loop26
  br label %loop31

latch28:                                          ; preds = %exit34
  %59 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %81, %latch33 ]
  %60 = icmp slt i64 %i35, 4
  br i1 %60, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %61 = mul nsw i64 %i25, 16
  %62 = mul nsw i64 %i30, 4
  %63 = add nsw i64 %61, %62
  %64 = add nsw i64 %63, %i35
  %65 = sub i64 %64, %14
  %66 = getelementptr inbounds float, ptr %3, i64 %65
  %67 = load float, ptr %66, align 4
  %68 = mul nsw i64 %i25, 4
  %69 = add nsw i64 %68, %i30
  %70 = sub i64 %69, %15
  %71 = getelementptr inbounds float, ptr %4, i64 %70
  %72 = load float, ptr %71, align 4
  %73 = fsub float %67, %72
  %74 = call float @expf(float %73) #3
  %75 = mul nsw i64 %i25, 16
  %76 = mul nsw i64 %i30, 4
  %77 = add nsw i64 %75, %76
  %78 = add nsw i64 %77, %i35
  %79 = sub i64 %78, %16
  %80 = getelementptr inbounds float, ptr %5, i64 %79
  store float %74, ptr %80, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %81 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !5

exit34:                                           ; preds = %loop31
  br label %latch28

loop36:                                           ; preds = %latch38, %exit24
  %i40 = phi i64 [ %i, %exit24 ], [ %83, %latch38 ]
  %82 = icmp slt i64 %i40, %57
  br i1 %82, label %body37, label %exit39

body37:                                           ; preds = %loop36
  br label %loop41

latch38:                                          ; preds = %exit44
  %83 = add nsw i64 %i40, 1
  br label %loop36

exit39:                                           ; preds = %loop36
  %84 = add nsw i64 %i, 1
  br label %loop51

loop41:                                           ; preds = %latch43, %body37
  %i45 = phi i64 [ 0, %body37 ], [ %86, %latch43 ]
  %85 = icmp slt i64 %i45, 4
  br i1 %85, label %body42, label %exit44

body42:                                           ; preds = %loop41
  store float -0.000000e+00, ptr %8, align 4
  br label %loop46

latch43:                                          ; preds = %exit49
  %86 = add nsw i64 %i45, 1
  br label %loop41

exit44:                                           ; preds = %loop41
  br label %latch38

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %97, %latch48 ]
  %87 = icmp slt i64 %i50, 4
  br i1 %87, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %88 = load float, ptr %8, align 4
  %89 = mul nsw i64 %i40, 16
  %90 = mul nsw i64 %i45, 4
  %91 = add nsw i64 %89, %90
  %92 = add nsw i64 %91, %i50
  %93 = sub i64 %92, %16
  %94 = getelementptr inbounds float, ptr %5, i64 %93
  %95 = load float, ptr %94, align 4
  %96 = fadd reassoc contract float %88, %95
  store float %96, ptr %8, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %97 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !6

exit49:                                           ; preds = %loop46
  %98 = load float, ptr %8, align 4
  %99 = mul nsw i64 %i40, 4
  %100 = add nsw i64 %99, %i45
  %101 = sub i64 %100, %17
  %102 = getelementptr inbounds float, ptr %6, i64 %101
  store float %98, ptr %102, align 4
  br label %latch43

loop51:                                           ; preds = %latch53, %exit39
  %i55 = phi i64 [ %i, %exit39 ], [ %104, %latch53 ]
  %103 = icmp slt i64 %i55, %84
  br i1 %103, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %104 = add nsw i64 %i55, 1
  br label %loop51

exit54:                                           ; preds = %loop51
  br label %latch

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %106, %latch58 ]
  %105 = icmp slt i64 %i60, 4
  br i1 %105, label %body57, label %exit59

body57:                                           ; preds = %loop56
  br label %loop61

latch58:                                          ; preds = %exit64
  %106 = add nsw i64 %i60, 1
  br label %loop56

exit59:                                           ; preds = %loop56
  br label %latch53

loop61:                                           ; preds = %latch63, %body57
  %i65 = phi i64 [ 0, %body57 ], [ %126, %latch63 ]
  %107 = icmp slt i64 %i65, 4
  br i1 %107, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %108 = mul nsw i64 %i55, 16
  %109 = mul nsw i64 %i60, 4
  %110 = add nsw i64 %108, %109
  %111 = add nsw i64 %110, %i65
  %112 = sub i64 %111, %16
  %113 = getelementptr inbounds float, ptr %5, i64 %112
  %114 = load float, ptr %113, align 4
  %115 = mul nsw i64 %i55, 4
  %116 = add nsw i64 %115, %i60
  %117 = sub i64 %116, %17
  %118 = getelementptr inbounds float, ptr %6, i64 %117
  %119 = load float, ptr %118, align 4
  %120 = fdiv float %114, %119
  %121 = mul nsw i64 %i55, 16
  %122 = mul nsw i64 %i60, 4
  %123 = add nsw i64 %121, %122
  %124 = add nsw i64 %123, %i65
  %125 = getelementptr inbounds float, ptr %12, i64 %124
  store float %120, ptr %125, align 4
  br label %latch63

latch63:                                          ; preds = %body62
  %126 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !7

exit64:                                           ; preds = %loop61
  br label %latch58
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind willreturn memory(none)
declare float @expf(float) #2

; Function Attrs: nounwind willreturn memory(none)
declare <8 x float> @_ZGVdN8v_expf(<8 x float>) #2

; Function Attrs: nounwind
define internal i32 @attention.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = icmp slt i64 %i, 2
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
  %14 = icmp slt i64 %i10, 8
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
  %19 = mul nsw i64 %i15, 8
  %20 = add nsw i64 %19, %i10
  %21 = mul nsw i64 %i, 16
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %i, 32
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
  %33 = mul nsw i64 %i, 32
  %34 = mul nsw i64 %i5, 8
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4
  br label %latch8
}

; Function Attrs: nounwind
define i32 @attention(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [3 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %4, i64 256)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %16, %ok ], [ %22, %ok1 ], [ %28, %ok2 ]
  %10 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %11, i64 0
  %15 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %14, ptr %15, align 8
  %16 = call i32 @attention.k0(ptr %5, i64 0, i64 1)
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %18 = getelementptr inbounds i8, ptr %11, i64 0
  %19 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %18, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %11, i64 128
  %21 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %20, ptr %21, align 8
  %22 = call i32 @attention.rows1(ptr %6, i64 0, i64 2)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %24 = getelementptr inbounds i8, ptr %11, i64 128
  %25 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %2, ptr %26, align 8
  %27 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %3, ptr %27, align 8
  %28 = call i32 @attention.k6(ptr %7, i64 0, i64 1)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %30 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %30)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind willreturn memory(none) }
attributes #3 = { "vector-function-abi-variant"="_ZGVdN8v_expf(_ZGVdN8v_expf)" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.vectorize.width", i32 8}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !3, !1}
!6 = distinct !{!6, !1}
!7 = distinct !{!7, !3, !1}
!8 = distinct !{!8, !1}
