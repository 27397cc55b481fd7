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
  store i32 %7, ptr %8, align 4, !alias.scope !0
  br label %latch

latch:                                            ; preds = %body
  %9 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !3

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
  %15 = getelementptr inbounds i64, ptr %14, i64 0
  %16 = getelementptr inbounds i64, ptr %15, i64 6
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %18, %latch ]
  %17 = icmp slt i64 %i, %2
  br i1 %17, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit34
  %18 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %21, %latch3 ]
  %19 = icmp slt i64 %i5, 6
  br i1 %19, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %20 = getelementptr inbounds i64, ptr %15, i64 %i5
  store i64 %i5, ptr %20, align 8, !alias.scope !6, !noalias !9
  br label %latch3

latch3:                                           ; preds = %body2
  %21 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ 0, %exit4 ], [ %27, %latch8 ]
  %22 = icmp slt i64 %i10, 3
  br i1 %22, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %23 = shl i64 1, %i10
  %24 = shl i64 2, %i10
  %25 = add i64 5, %24
  %26 = udiv i64 %25, %24
  br label %loop11

latch8:                                           ; preds = %exit24
  %27 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop26

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %36, %latch13 ]
  %28 = icmp slt i64 %i15, %26
  br i1 %28, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %29 = mul i64 %i15, %24
  %30 = add i64 %29, %23
  %31 = icmp slt i64 %30, 6
  %32 = select i1 %31, i64 %30, i64 6
  %33 = add i64 %29, %24
  %34 = icmp slt i64 %33, 6
  %35 = select i1 %34, i64 %33, i64 6
  store i64 %29, ptr %3, align 8
  store i64 %32, ptr %4, align 8
  br label %loop16

latch13:                                          ; preds = %exit19
  %36 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ %29, %body12 ], [ %77, %latch18 ]
  %37 = icmp slt i64 %i20, %35
  br i1 %37, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %38 = load i64, ptr %3, align 8
  %39 = load i64, ptr %4, align 8
  %40 = icmp slt i64 %38, %32
  %41 = icmp slt i64 %39, %35
  %42 = icmp slt i64 %38, 5
  %43 = select i1 %42, i64 %38, i64 5
  %44 = getelementptr inbounds i64, ptr %15, i64 %43
  %45 = load i64, ptr %44, align 8, !alias.scope !6, !noalias !9
  %46 = icmp slt i64 %39, 5
  %47 = select i1 %46, i64 %39, i64 5
  %48 = getelementptr inbounds i64, ptr %15, i64 %47
  %49 = load i64, ptr %48, align 8, !alias.scope !6, !noalias !9
  %50 = xor i1 %40, true
  %51 = mul nsw i64 %i, 6
  %52 = add nsw i64 %51, %49
  %53 = getelementptr inbounds float, ptr %6, i64 %52
  %54 = load float, ptr %53, align 4, !alias.scope !12, !noalias !14
  %55 = bitcast float %54 to i32
  %56 = icmp slt i32 %55, 0
  %57 = xor i32 %55, 2147483647
  %58 = select i1 %56, i32 %57, i32 %55
  %59 = mul nsw i64 %i, 6
  %60 = add nsw i64 %59, %45
  %61 = getelementptr inbounds float, ptr %6, i64 %60
  %62 = load float, ptr %61, align 4, !alias.scope !12, !noalias !14
  %63 = bitcast float %62 to i32
  %64 = icmp slt i32 %63, 0
  %65 = xor i32 %63, 2147483647
  %66 = select i1 %64, i32 %65, i32 %63
  %67 = icmp slt i32 %58, %66
  %68 = or i1 %50, %67
  %69 = and i1 %41, %68
  %70 = select i1 %69, i64 %49, i64 %45
  %71 = getelementptr inbounds i64, ptr %16, i64 %i20
  store i64 %70, ptr %71, align 8, !alias.scope !6, !noalias !9
  %72 = xor i1 %69, true
  %73 = zext i1 %72 to i64
  %74 = add i64 %38, %73
  store i64 %74, ptr %3, align 8
  %75 = zext i1 %69 to i64
  %76 = add i64 %39, %75
  store i64 %76, ptr %4, align 8
  br label %latch18

latch18:                                          ; preds = %body17
  %77 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %82, %latch23 ]
  %78 = icmp slt i64 %i25, 6
  br i1 %78, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %79 = getelementptr inbounds i64, ptr %16, i64 %i25
  %80 = load i64, ptr %79, align 8, !alias.scope !6, !noalias !9
  %81 = getelementptr inbounds i64, ptr %15, i64 %i25
  store i64 %80, ptr %81, align 8, !alias.scope !6, !noalias !9
  br label %latch23

latch23:                                          ; preds = %body22
  %82 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  br label %latch8

loop26:                                           ; preds = %latch28, %exit9
  %i30 = phi i64 [ 0, %exit9 ], [ %93, %latch28 ]
  %83 = icmp slt i64 %i30, 6
  br i1 %83, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %84 = getelementptr inbounds i64, ptr %15, i64 %i30
  %85 = load i64, ptr %84, align 8, !alias.scope !6, !noalias !9
  %86 = mul nsw i64 %i, 6
  %87 = add nsw i64 %86, %85
  %88 = getelementptr inbounds float, ptr %6, i64 %87
  %89 = load float, ptr %88, align 4, !alias.scope !12, !noalias !14
  %90 = mul nsw i64 %i, 6
  %91 = add nsw i64 %90, %i30
  %92 = getelementptr inbounds float, ptr %10, i64 %91
  store float %89, ptr %92, align 4, !alias.scope !15, !noalias !16
  br label %latch28

latch28:                                          ; preds = %body27
  %93 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !17

exit29:                                           ; preds = %loop26
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %104, %latch33 ]
  %94 = icmp slt i64 %i35, 6
  br i1 %94, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %95 = getelementptr inbounds i64, ptr %15, i64 %i35
  %96 = load i64, ptr %95, align 8, !alias.scope !6, !noalias !9
  %97 = mul nsw i64 %i, 6
  %98 = add nsw i64 %97, %96
  %99 = getelementptr inbounds i32, ptr %8, i64 %98
  %100 = load i32, ptr %99, align 4, !alias.scope !18, !noalias !14
  %101 = mul nsw i64 %i, 6
  %102 = add nsw i64 %101, %i35
  %103 = getelementptr inbounds i32, ptr %12, i64 %102
  store i32 %100, ptr %103, align 4, !alias.scope !20, !noalias !21
  br label %latch33

latch33:                                          ; preds = %body32
  %104 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !22

exit34:                                           ; preds = %loop31
  br label %latch
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
  %21 = call i32 @argsort.k1(ptr %4, i64 0, i64 4)
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
  %15 = getelementptr inbounds i64, ptr %14, i64 0
  %16 = getelementptr inbounds i64, ptr %15, i64 6
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %18, %latch ]
  %17 = icmp slt i64 %i, %2
  br i1 %17, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit34
  %18 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %21, %latch3 ]
  %19 = icmp slt i64 %i5, 6
  br i1 %19, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %20 = getelementptr inbounds i64, ptr %15, i64 %i5
  store i64 %i5, ptr %20, align 8, !alias.scope !23, !noalias !26
  br label %latch3

latch3:                                           ; preds = %body2
  %21 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ 0, %exit4 ], [ %27, %latch8 ]
  %22 = icmp slt i64 %i10, 3
  br i1 %22, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %23 = shl i64 1, %i10
  %24 = shl i64 2, %i10
  %25 = add i64 5, %24
  %26 = udiv i64 %25, %24
  br label %loop11

latch8:                                           ; preds = %exit24
  %27 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %loop26

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %36, %latch13 ]
  %28 = icmp slt i64 %i15, %26
  br i1 %28, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %29 = mul i64 %i15, %24
  %30 = add i64 %29, %23
  %31 = icmp slt i64 %30, 6
  %32 = select i1 %31, i64 %30, i64 6
  %33 = add i64 %29, %24
  %34 = icmp slt i64 %33, 6
  %35 = select i1 %34, i64 %33, i64 6
  store i64 %29, ptr %3, align 8
  store i64 %32, ptr %4, align 8
  br label %loop16

latch13:                                          ; preds = %exit19
  %36 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %loop21

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ %29, %body12 ], [ %77, %latch18 ]
  %37 = icmp slt i64 %i20, %35
  br i1 %37, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %38 = load i64, ptr %3, align 8
  %39 = load i64, ptr %4, align 8
  %40 = icmp slt i64 %38, %32
  %41 = icmp slt i64 %39, %35
  %42 = icmp slt i64 %38, 5
  %43 = select i1 %42, i64 %38, i64 5
  %44 = getelementptr inbounds i64, ptr %15, i64 %43
  %45 = load i64, ptr %44, align 8, !alias.scope !23, !noalias !26
  %46 = icmp slt i64 %39, 5
  %47 = select i1 %46, i64 %39, i64 5
  %48 = getelementptr inbounds i64, ptr %15, i64 %47
  %49 = load i64, ptr %48, align 8, !alias.scope !23, !noalias !26
  %50 = xor i1 %40, true
  %51 = mul nsw i64 %i, 6
  %52 = add nsw i64 %51, %49
  %53 = getelementptr inbounds float, ptr %6, i64 %52
  %54 = load float, ptr %53, align 4, !alias.scope !29, !noalias !31
  %55 = bitcast float %54 to i32
  %56 = icmp slt i32 %55, 0
  %57 = xor i32 %55, 2147483647
  %58 = select i1 %56, i32 %57, i32 %55
  %59 = mul nsw i64 %i, 6
  %60 = add nsw i64 %59, %45
  %61 = getelementptr inbounds float, ptr %6, i64 %60
  %62 = load float, ptr %61, align 4, !alias.scope !29, !noalias !31
  %63 = bitcast float %62 to i32
  %64 = icmp slt i32 %63, 0
  %65 = xor i32 %63, 2147483647
  %66 = select i1 %64, i32 %65, i32 %63
  %67 = icmp slt i32 %66, %58
  %68 = or i1 %50, %67
  %69 = and i1 %41, %68
  %70 = select i1 %69, i64 %49, i64 %45
  %71 = getelementptr inbounds i64, ptr %16, i64 %i20
  store i64 %70, ptr %71, align 8, !alias.scope !23, !noalias !26
  %72 = xor i1 %69, true
  %73 = zext i1 %72 to i64
  %74 = add i64 %38, %73
  store i64 %74, ptr %3, align 8
  %75 = zext i1 %69 to i64
  %76 = add i64 %39, %75
  store i64 %76, ptr %4, align 8
  br label %latch18

latch18:                                          ; preds = %body17
  %77 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %latch13

loop21:                                           ; preds = %latch23, %exit14
  %i25 = phi i64 [ 0, %exit14 ], [ %82, %latch23 ]
  %78 = icmp slt i64 %i25, 6
  br i1 %78, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %79 = getelementptr inbounds i64, ptr %16, i64 %i25
  %80 = load i64, ptr %79, align 8, !alias.scope !23, !noalias !26
  %81 = getelementptr inbounds i64, ptr %15, i64 %i25
  store i64 %80, ptr %81, align 8, !alias.scope !23, !noalias !26
  br label %latch23

latch23:                                          ; preds = %body22
  %82 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  br label %latch8

loop26:                                           ; preds = %latch28, %exit9
  %i30 = phi i64 [ 0, %exit9 ], [ %93, %latch28 ]
  %83 = icmp slt i64 %i30, 6
  br i1 %83, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %84 = getelementptr inbounds i64, ptr %15, i64 %i30
  %85 = load i64, ptr %84, align 8, !alias.scope !23, !noalias !26
  %86 = mul nsw i64 %i, 6
  %87 = add nsw i64 %86, %85
  %88 = getelementptr inbounds float, ptr %6, i64 %87
  %89 = load float, ptr %88, align 4, !alias.scope !29, !noalias !31
  %90 = mul nsw i64 %i, 6
  %91 = add nsw i64 %90, %i30
  %92 = getelementptr inbounds float, ptr %10, i64 %91
  store float %89, ptr %92, align 4, !alias.scope !32, !noalias !33
  br label %latch28

latch28:                                          ; preds = %body27
  %93 = add nsw i64 %i30, 1
  br label %loop26, !llvm.loop !34

exit29:                                           ; preds = %loop26
  br label %loop31

loop31:                                           ; preds = %latch33, %exit29
  %i35 = phi i64 [ 0, %exit29 ], [ %104, %latch33 ]
  %94 = icmp slt i64 %i35, 6
  br i1 %94, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %95 = getelementptr inbounds i64, ptr %15, i64 %i35
  %96 = load i64, ptr %95, align 8, !alias.scope !23, !noalias !26
  %97 = mul nsw i64 %i, 6
  %98 = add nsw i64 %97, %96
  %99 = getelementptr inbounds i32, ptr %8, i64 %98
  %100 = load i32, ptr %99, align 4, !alias.scope !35, !noalias !31
  %101 = mul nsw i64 %i, 6
  %102 = add nsw i64 %101, %i35
  %103 = getelementptr inbounds i32, ptr %12, i64 %102
  store i32 %100, ptr %103, align 4, !alias.scope !37, !noalias !38
  br label %latch33

latch33:                                          ; preds = %body32
  %104 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !39

exit34:                                           ; preds = %loop31
  br label %latch
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
  %13 = load float, ptr %12, align 4, !alias.scope !40, !noalias !43
  %14 = mul nsw i64 %i, 3
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds float, ptr %6, i64 %15
  store float %13, ptr %16, align 4, !alias.scope !43
  br label %latch3

latch3:                                           ; preds = %body2
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !45

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
  %13 = load i32, ptr %12, align 4, !alias.scope !46, !noalias !49
  %14 = mul nsw i64 %i, 3
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds i32, ptr %6, i64 %15
  store i32 %13, ptr %16, align 4, !alias.scope !49
  br label %latch3

latch3:                                           ; preds = %body2
  %17 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !51

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
  %25 = call i32 @top_k.k1(ptr %5, i64 0, i64 4)
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

!0 = !{!1}
!1 = !{!"argsort.k0.buffer0", !2}
!2 = !{!"argsort.k0.buffers"}
!3 = distinct !{!3, !4, !5}
!4 = !{!"llvm.loop.vectorize.width", i32 8}
!5 = !{!"llvm.loop.unroll.disable"}
!6 = !{!7}
!7 = !{!"argsort.k1.buffer4", !8}
!8 = !{!"argsort.k1.buffers"}
!9 = !{!10, !11}
!10 = !{!"argsort.k1.buffer2", !8}
!11 = !{!"argsort.k1.buffer3", !8}
!12 = !{!13}
!13 = !{!"argsort.k1.buffer0", !8}
!14 = !{!10, !11, !7}
!15 = !{!10}
!16 = !{!11, !7}
!17 = distinct !{!17, !5}
!18 = !{!19}
!19 = !{!"argsort.k1.buffer1", !8}
!20 = !{!11}
!21 = !{!10, !7}
!22 = distinct !{!22, !5}
!23 = !{!24}
!24 = !{!"top_k.k1.buffer4", !25}
!25 = !{!"top_k.k1.buffers"}
!26 = !{!27, !28}
!27 = !{!"top_k.k1.buffer2", !25}
!28 = !{!"top_k.k1.buffer3", !25}
!29 = !{!30}
!30 = !{!"top_k.k1.buffer0", !25}
!31 = !{!27, !28, !24}
!32 = !{!27}
!33 = !{!28, !24}
!34 = distinct !{!34, !5}
!35 = !{!36}
!36 = !{!"top_k.k1.buffer1", !25}
!37 = !{!28}
!38 = !{!27, !24}
!39 = distinct !{!39, !5}
!40 = !{!41}
!41 = !{!"top_k.k2.buffer0", !42}
!42 = !{!"top_k.k2.buffers"}
!43 = !{!44}
!44 = !{!"top_k.k2.buffer1", !42}
!45 = distinct !{!45, !4, !5}
!46 = !{!47}
!47 = !{!"top_k.k3.buffer0", !48}
!48 = !{!"top_k.k3.buffers"}
!49 = !{!50}
!50 = !{!"top_k.k3.buffer1", !48}
!51 = distinct !{!51, !4, !5}
