; ModuleID = 'sort'
source_filename = "sort"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@literal = private unnamed_addr constant [96 x i8] c"\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00", align 64
@ftc.metadata.json = private unnamed_addr constant [404 x i8] c"{\22module\22: \22sort\22, \22functions\22: [{\22name\22: \22argsort\22, \22symbol\22: \22argsort\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4, 6]}], \22outputs\22: [{\22name\22: \22p\22, \22dtype\22: \22i32\22, \22shape\22: [4, 6]}]}, {\22name\22: \22top_k\22, \22symbol\22: \22top_k\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4, 6]}], \22outputs\22: [{\22name\22: \22v\22, \22dtype\22: \22f32\22, \22shape\22: [4, 3]}, {\22name\22: \22j\22, \22dtype\22: \22i32\22, \22shape\22: [4, 3]}]}]}\00"

; Function Attrs: noinline nounwind
define internal i32 @argsort.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %9, %latch ]
  %5 = icmp slt i64 %i, %2
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, ptr @literal, i64 %i
  %7 = load i32, ptr %6, align 4
  %8 = getelementptr inbounds i32, ptr %4, i64 %i
  store i32 %7, ptr %8, align 4
  br label %latch

latch:                                            ; preds = %body
  %9 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !0

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @argsort.k1(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca i64, align 16
  %4 = alloca i64, align 16
  br label %start

start:                                            ; preds = %entry
  %5 = getelementptr inbounds ptr, ptr %0, i64 0
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 1
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 2
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 3
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 4
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds i64, ptr %14, i64 6
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %17, %latch ]
  %16 = icmp slt i64 %i, 4
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %17 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %19, %latch3 ]
  %18 = icmp slt i64 %i5, 1
  br i1 %18, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit39
  %19 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %22, %latch8 ]
  %20 = icmp slt i64 %i10, 6
  br i1 %20, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %21 = getelementptr inbounds i64, ptr %14, i64 %i10
  store i64 %i10, ptr %21, align 8
  br label %latch8

latch8:                                           ; preds = %body7
  %22 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %28, %latch13 ]
  %23 = icmp slt i64 %i15, 3
  br i1 %23, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %24 = shl i64 1, %i15
  %25 = shl i64 2, %i15
  %26 = add i64 5, %25
  %27 = udiv i64 %26, %25
  br label %loop16

latch13:                                          ; preds = %exit29
  %28 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %loop31

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %37, %latch18 ]
  %29 = icmp slt i64 %i20, %27
  br i1 %29, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %30 = mul i64 %i20, %25
  %31 = add i64 %30, %24
  %32 = icmp slt i64 %31, 6
  %33 = select i1 %32, i64 %31, i64 6
  %34 = add i64 %30, %25
  %35 = icmp slt i64 %34, 6
  %36 = select i1 %35, i64 %34, i64 6
  store i64 %30, ptr %3, align 8
  store i64 %33, ptr %4, align 8
  br label %loop21

latch18:                                          ; preds = %exit24
  %37 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %loop26

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ %30, %body17 ], [ %78, %latch23 ]
  %38 = icmp slt i64 %i25, %36
  br i1 %38, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %39 = load i64, ptr %3, align 8
  %40 = load i64, ptr %4, align 8
  %41 = icmp slt i64 %39, %33
  %42 = icmp slt i64 %40, %36
  %43 = icmp slt i64 %39, 5
  %44 = select i1 %43, i64 %39, i64 5
  %45 = getelementptr inbounds i64, ptr %14, i64 %44
  %46 = load i64, ptr %45, align 8
  %47 = icmp slt i64 %40, 5
  %48 = select i1 %47, i64 %40, i64 5
  %49 = getelementptr inbounds i64, ptr %14, i64 %48
  %50 = load i64, ptr %49, align 8
  %51 = xor i1 %41, true
  %52 = mul nsw i64 %i, 6
  %53 = add nsw i64 %52, %50
  %54 = getelementptr inbounds float, ptr %6, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = bitcast float %55 to i32
  %57 = icmp slt i32 %56, 0
  %58 = xor i32 %56, 2147483647
  %59 = select i1 %57, i32 %58, i32 %56
  %60 = mul nsw i64 %i, 6
  %61 = add nsw i64 %60, %46
  %62 = getelementptr inbounds float, ptr %6, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = bitcast float %63 to i32
  %65 = icmp slt i32 %64, 0
  %66 = xor i32 %64, 2147483647
  %67 = select i1 %65, i32 %66, i32 %64
  %68 = icmp slt i32 %59, %67
  %69 = or i1 %51, %68
  %70 = and i1 %42, %69
  %71 = select i1 %70, i64 %50, i64 %46
  %72 = getelementptr inbounds i64, ptr %15, i64 %i25
  store i64 %71, ptr %72, align 8
  %73 = xor i1 %70, true
  %74 = zext i1 %73 to i64
  %75 = add i64 %39, %74
  store i64 %75, ptr %3, align 8
  %76 = zext i1 %70 to i64
  %77 = add i64 %40, %76
  store i64 %77, ptr %4, align 8
  br label %latch23

latch23:                                          ; preds = %body22
  %78 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %exit19
  %i30 = phi i64 [ 0, %exit19 ], [ %83, %latch28 ]
  %79 = icmp slt i64 %i30, 6
  br i1 %79, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %80 = getelementptr inbounds i64, ptr %15, i64 %i30
  %81 = load i64, ptr %80, align 8
  %82 = getelementptr inbounds i64, ptr %14, i64 %i30
  store i64 %81, ptr %82, align 8
  br label %latch28

latch28:                                          ; preds = %body27
  %83 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %latch13

loop31:                                           ; preds = %latch33, %exit14
  %i35 = phi i64 [ 0, %exit14 ], [ %94, %latch33 ]
  %84 = icmp slt i64 %i35, 6
  br i1 %84, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %85 = getelementptr inbounds i64, ptr %14, i64 %i35
  %86 = load i64, ptr %85, align 8
  %87 = mul nsw i64 %i, 6
  %88 = add nsw i64 %87, %86
  %89 = getelementptr inbounds float, ptr %6, i64 %88
  %90 = load float, ptr %89, align 4
  %91 = mul nsw i64 %i, 6
  %92 = add nsw i64 %91, %i35
  %93 = getelementptr inbounds float, ptr %10, i64 %92
  store float %90, ptr %93, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %94 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !3

exit34:                                           ; preds = %loop31
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %105, %latch38 ]
  %95 = icmp slt i64 %i40, 6
  br i1 %95, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %96 = getelementptr inbounds i64, ptr %14, i64 %i40
  %97 = load i64, ptr %96, align 8
  %98 = mul nsw i64 %i, 6
  %99 = add nsw i64 %98, %97
  %100 = getelementptr inbounds i32, ptr %8, i64 %99
  %101 = load i32, ptr %100, align 4
  %102 = mul nsw i64 %i, 6
  %103 = add nsw i64 %102, %i40
  %104 = getelementptr inbounds i32, ptr %12, i64 %103
  store i32 %101, ptr %104, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %105 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !4

exit39:                                           ; preds = %loop36
  br label %latch3
}

; Function Attrs: nounwind
define i32 @argsort(ptr %0, ptr noalias %1) #1 {
entry:
  %2 = alloca ptr, align 8
  store ptr null, ptr %2, align 8
  %3 = alloca [1 x ptr], align 8
  %4 = alloca [5 x ptr], align 8
  %5 = call i32 @ftc_rt_alloc(ptr %2, i64 384)
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %fail, label %ok

fail:                                             ; preds = %ok1, %ok, %entry
  %status = phi i32 [ %5, %entry ], [ %11, %ok ], [ %21, %ok1 ]
  %7 = load ptr, ptr %2, align 8
  call void @ftc_rt_free(ptr %7)
  ret i32 %status

ok:                                               ; preds = %entry
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds i8, ptr %8, i64 0
  %10 = getelementptr inbounds ptr, ptr %3, i64 0
  store ptr %9, ptr %10, align 8
  %11 = call i32 @argsort.k0(ptr %3, i64 0, i64 24)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %13 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %8, i64 0
  %15 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %14, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %8, i64 128
  %17 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %16, ptr %17, align 8
  %18 = getelementptr inbounds ptr, ptr %4, i64 3
  store ptr %1, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %8, i64 256
  %20 = getelementptr inbounds ptr, ptr %4, i64 4
  store ptr %19, ptr %20, align 8
  %21 = call i32 @argsort.k1(ptr %4, i64 0, i64 1)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %23 = load ptr, ptr %2, align 8
  call void @ftc_rt_free(ptr %23)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @top_k.k1(ptr %0, i64 %1, i64 %2) #1 {
entry:
  %3 = alloca i64, align 16
  %4 = alloca i64, align 16
  br label %start

start:                                            ; preds = %entry
  %5 = getelementptr inbounds ptr, ptr %0, i64 0
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds ptr, ptr %0, i64 1
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 2
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 3
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 4
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds i64, ptr %14, i64 6
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %17, %latch ]
  %16 = icmp slt i64 %i, 4
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %17 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %19, %latch3 ]
  %18 = icmp slt i64 %i5, 1
  br i1 %18, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit39
  %19 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %22, %latch8 ]
  %20 = icmp slt i64 %i10, 6
  br i1 %20, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %21 = getelementptr inbounds i64, ptr %14, i64 %i10
  store i64 %i10, ptr %21, align 8
  br label %latch8

latch8:                                           ; preds = %body7
  %22 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop11

loop11:                                           ; preds = %latch13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %28, %latch13 ]
  %23 = icmp slt i64 %i15, 3
  br i1 %23, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %24 = shl i64 1, %i15
  %25 = shl i64 2, %i15
  %26 = add i64 5, %25
  %27 = udiv i64 %26, %25
  br label %loop16

latch13:                                          ; preds = %exit29
  %28 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %loop31

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %37, %latch18 ]
  %29 = icmp slt i64 %i20, %27
  br i1 %29, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %30 = mul i64 %i20, %25
  %31 = add i64 %30, %24
  %32 = icmp slt i64 %31, 6
  %33 = select i1 %32, i64 %31, i64 6
  %34 = add i64 %30, %25
  %35 = icmp slt i64 %34, 6
  %36 = select i1 %35, i64 %34, i64 6
  store i64 %30, ptr %3, align 8
  store i64 %33, ptr %4, align 8
  br label %loop21

latch18:                                          ; preds = %exit24
  %37 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %loop26

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ %30, %body17 ], [ %78, %latch23 ]
  %38 = icmp slt i64 %i25, %36
  br i1 %38, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %39 = load i64, ptr %3, align 8
  %40 = load i64, ptr %4, align 8
  %41 = icmp slt i64 %39, %33
  %42 = icmp slt i64 %40, %36
  %43 = icmp slt i64 %39, 5
  %44 = select i1 %43, i64 %39, i64 5
  %45 = getelementptr inbounds i64, ptr %14, i64 %44
  %46 = load i64, ptr %45, align 8
  %47 = icmp slt i64 %40, 5
  %48 = select i1 %47, i64 %40, i64 5
  %49 = getelementptr inbounds i64, ptr %14, i64 %48
  %50 = load i64, ptr %49, align 8
  %51 = xor i1 %41, true
  %52 = mul nsw i64 %i, 6
  %53 = add nsw i64 %52, %50
  %54 = getelementptr inbounds float, ptr %6, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = bitcast float %55 to i32
  %57 = icmp slt i32 %56, 0
  %58 = xor i32 %56, 2147483647
  %59 = select i1 %57, i32 %58, i32 %56
  %60 = mul nsw i64 %i, 6
  %61 = add nsw i64 %60, %46
  %62 = getelementptr inbounds float, ptr %6, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = bitcast float %63 to i32
  %65 = icmp slt i32 %64, 0
  %66 = xor i32 %64, 2147483647
  %67 = select i1 %65, i32 %66, i32 %64
  %68 = icmp slt i32 %67, %59
  %69 = or i1 %51, %68
  %70 = and i1 %42, %69
  %71 = select i1 %70, i64 %50, i64 %46
  %72 = getelementptr inbounds i64, ptr %15, i64 %i25
  store i64 %71, ptr %72, align 8
  %73 = xor i1 %70, true
  %74 = zext i1 %73 to i64
  %75 = add i64 %39, %74
  store i64 %75, ptr %3, align 8
  %76 = zext i1 %70 to i64
  %77 = add i64 %40, %76
  store i64 %77, ptr %4, align 8
  br label %latch23

latch23:                                          ; preds = %body22
  %78 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %exit19
  %i30 = phi i64 [ 0, %exit19 ], [ %83, %latch28 ]
  %79 = icmp slt i64 %i30, 6
  br i1 %79, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %80 = getelementptr inbounds i64, ptr %15, i64 %i30
  %81 = load i64, ptr %80, align 8
  %82 = getelementptr inbounds i64, ptr %14, i64 %i30
  store i64 %81, ptr %82, align 8
  br label %latch28

latch28:                                          ; preds = %body27
  %83 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %latch13

loop31:                                           ; preds = %latch33, %exit14
  %i35 = phi i64 [ 0, %exit14 ], [ %94, %latch33 ]
  %84 = icmp slt i64 %i35, 6
  br i1 %84, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %85 = getelementptr inbounds i64, ptr %14, i64 %i35
  %86 = load i64, ptr %85, align 8
  %87 = mul nsw i64 %i, 6
  %88 = add nsw i64 %87, %86
  %89 = getelementptr inbounds float, ptr %6, i64 %88
  %90 = load float, ptr %89, align 4
  %91 = mul nsw i64 %i, 6
  %92 = add nsw i64 %91, %i35
  %93 = getelementptr inbounds float, ptr %10, i64 %92
  store float %90, ptr %93, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %94 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !5

exit34:                                           ; preds = %loop31
  br label %loop36

loop36:                                           ; preds = %latch38, %exit34
  %i40 = phi i64 [ 0, %exit34 ], [ %105, %latch38 ]
  %95 = icmp slt i64 %i40, 6
  br i1 %95, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %96 = getelementptr inbounds i64, ptr %14, i64 %i40
  %97 = load i64, ptr %96, align 8
  %98 = mul nsw i64 %i, 6
  %99 = add nsw i64 %98, %97
  %100 = getelementptr inbounds i32, ptr %8, i64 %99
  %101 = load i32, ptr %100, align 4
  %102 = mul nsw i64 %i, 6
  %103 = add nsw i64 %102, %i40
  %104 = getelementptr inbounds i32, ptr %12, i64 %103
  store i32 %101, ptr %104, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %105 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !6

exit39:                                           ; preds = %loop36
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @top_k.k2(ptr %0, i64 %1, i64 %2) #1 {
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
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %9 = icmp slt i64 %i5, 3
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = mul nsw i64 %i, 6
  %11 = add nsw i64 %10, %i5
  %12 = getelementptr inbounds float, ptr %4, i64 %11
  %13 = load float, ptr %12, align 4
  %14 = mul nsw i64 %i, 3
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %6, i64 %15
  store float %13, ptr %16, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !7

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @top_k.k3(ptr %0, i64 %1, i64 %2) #1 {
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
  %i5 = phi i64 [ 0, %body ], [ %17, %latch3 ]
  %9 = icmp slt i64 %i5, 3
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = mul nsw i64 %i, 6
  %11 = add nsw i64 %10, %i5
  %12 = getelementptr inbounds i32, ptr %4, i64 %11
  %13 = load i32, ptr %12, align 4
  %14 = mul nsw i64 %i, 3
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds i32, ptr %6, i64 %15
  store i32 %13, ptr %16, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !8

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define i32 @top_k(ptr %0, ptr noalias %1, ptr noalias %2) #1 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [1 x ptr], align 8
  %5 = alloca [5 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [2 x ptr], align 8
  %8 = call i32 @ftc_rt_alloc(ptr %3, i64 512)
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %fail, label %ok

fail:                                             ; preds = %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %8, %entry ], [ %14, %ok ], [ %25, %ok1 ], [ %30, %ok2 ], [ %35, %ok3 ]
  %10 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %10)
  ret i32 %status

ok:                                               ; preds = %entry
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  %13 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %12, ptr %13, align 8
  %14 = call i32 @argsort.k0(ptr %4, i64 0, i64 24)
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %16 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds i8, ptr %11, i64 0
  %18 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %17, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %11, i64 128
  %20 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %19, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %11, i64 256
  %22 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %21, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %11, i64 384
  %24 = getelementptr inbounds ptr, ptr %5, i64 4
  store ptr %23, ptr %24, align 8
  %25 = call i32 @top_k.k1(ptr %5, i64 0, i64 1)
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %27 = getelementptr inbounds i8, ptr %11, i64 128
  %28 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %1, ptr %29, align 8
  %30 = call i32 @top_k.k2(ptr %6, i64 0, i64 4)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %32 = getelementptr inbounds i8, ptr %11, i64 256
  %33 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %2, ptr %34, align 8
  %35 = call i32 @top_k.k3(ptr %7, i64 0, i64 4)
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %37 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %37)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { noinline nounwind }
attributes #1 = { nounwind }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.vectorize.width", i32 8}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
!4 = distinct !{!4, !2}
!5 = distinct !{!5, !2}
!6 = distinct !{!6, !2}
!7 = distinct !{!7, !1, !2}
!8 = distinct !{!8, !1, !2}
