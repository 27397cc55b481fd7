; ModuleID = 'dropout'
source_filename = "dropout"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@literal = private unnamed_addr constant [160 x i8] c"\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\09\00\00\00\0A\00\00\00\0B\00\00\00\0C\00\00\00\0D\00\00\00\0E\00\00\00\0F\00\00\00\10\00\00\00\11\00\00\00\12\00\00\00\13\00\00\00\14\00\00\00\15\00\00\00\16\00\00\00\17\00\00\00\18\00\00\00\19\00\00\00\1A\00\00\00\1B\00\00\00\1C\00\00\00\1D\00\00\00\1E\00\00\00\1F\00\00\00 \00\00\00!\00\00\00\22\00\00\00#\00\00\00$\00\00\00%\00\00\00&\00\00\00'\00\00\00", align 64
@literal.1 = private unnamed_addr constant [160 x i8] c"\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\09\00\00\00\0A\00\00\00\0B\00\00\00\0C\00\00\00\0D\00\00\00\0E\00\00\00\0F\00\00\00\10\00\00\00\11\00\00\00\12\00\00\00\13\00\00\00\14\00\00\00\15\00\00\00\16\00\00\00\17\00\00\00\18\00\00\00\19\00\00\00\1A\00\00\00\1B\00\00\00\1C\00\00\00\1D\00\00\00\1E\00\00\00\1F\00\00\00 \00\00\00!\00\00\00\22\00\00\00#\00\00\00$\00\00\00%\00\00\00&\00\00\00'\00\00\00", align 64
@ftc.metadata.json = private unnamed_addr constant [487 x i8] c"{\22module\22: \22dropout\22, \22functions\22: [{\22name\22: \22dropout\22, \22symbol\22: \22dropout\22, \22inputs\22: [{\22name\22: \22key\22, \22dtype\22: \22i32\22, \22shape\22: [2]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 5]}], \22outputs\22: [{\22name\22: \22result0\22, \22dtype\22: \22f32\22, \22shape\22: [8, 5]}]}, {\22name\22: \22dropout_batch\22, \22symbol\22: \22dropout_batch\22, \22inputs\22: [{\22name\22: \22key\22, \22dtype\22: \22i32\22, \22shape\22: [3, 2]}, {\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [8, 5]}], \22outputs\22: [{\22name\22: \22result0\22, \22dtype\22: \22f32\22, \22shape\22: [3, 8, 5]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @dropout.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds i32, ptr %4, i64 0
  %8 = load i32, ptr %7, align 4
  %9 = getelementptr inbounds i32, ptr %4, i64 1
  %10 = load i32, ptr %9, align 4
  %11 = xor i32 %8, %10
  %12 = xor i32 %11, 466688986
  %13 = getelementptr inbounds i32, ptr %6, i64 0
  store i32 %12, ptr %13, align 4
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %15, %latch3 ]
  %9 = icmp slt i64 %i5, 5
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = getelementptr inbounds i32, ptr %4, i64 0
  %11 = load i32, ptr %10, align 4
  %12 = mul nsw i64 %i, 5
  %13 = add nsw i64 %12, %i5
  %14 = getelementptr inbounds i32, ptr %6, i64 %13
  store i32 %11, ptr %14, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %15 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !0

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dropout.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %22, %latch ]
  %21 = icmp slt i64 %i, %2
  br i1 %21, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %22 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %65, %latch3 ]
  %23 = icmp slt i64 %i5, 5
  br i1 %23, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %24 = mul nsw i64 %i, 5
  %25 = add nsw i64 %24, %i5
  %26 = getelementptr inbounds i32, ptr @literal, i64 %25
  %27 = load i32, ptr %26, align 4
  %28 = getelementptr inbounds i32, ptr %4, i64 1
  %29 = load i32, ptr %28, align 4
  %30 = add i32 %27, %29
  %31 = mul nsw i64 %i, 5
  %32 = add nsw i64 %31, %i5
  %33 = getelementptr inbounds i32, ptr %6, i64 %32
  store i32 %30, ptr %33, align 4
  %34 = getelementptr inbounds i32, ptr %4, i64 0
  %35 = load i32, ptr %34, align 4
  %36 = add i32 %35, %30
  %37 = getelementptr inbounds i32, ptr %8, i64 %32
  store i32 %36, ptr %37, align 4
  %38 = shl i32 %30, 13
  %39 = select i1 true, i32 %38, i32 0
  %40 = lshr i32 %30, 19
  %41 = select i1 true, i32 %40, i32 0
  %42 = or i32 %39, %41
  %43 = xor i32 %36, %42
  %44 = getelementptr inbounds i32, ptr %10, i64 %32
  store i32 %43, ptr %44, align 4
  %45 = add i32 %36, %43
  %46 = getelementptr inbounds i32, ptr %12, i64 %32
  store i32 %45, ptr %46, align 4
  %47 = shl i32 %43, 15
  %48 = select i1 true, i32 %47, i32 0
  %49 = lshr i32 %43, 17
  %50 = select i1 true, i32 %49, i32 0
  %51 = or i32 %48, %50
  %52 = xor i32 %45, %51
  %53 = getelementptr inbounds i32, ptr %14, i64 %32
  store i32 %52, ptr %53, align 4
  %54 = add i32 %45, %52
  %55 = getelementptr inbounds i32, ptr %16, i64 %32
  store i32 %54, ptr %55, align 4
  %56 = shl i32 %52, 26
  %57 = select i1 true, i32 %56, i32 0
  %58 = lshr i32 %52, 6
  %59 = select i1 true, i32 %58, i32 0
  %60 = or i32 %57, %59
  %61 = xor i32 %54, %60
  %62 = getelementptr inbounds i32, ptr %18, i64 %32
  store i32 %61, ptr %62, align 4
  %63 = add i32 %54, %61
  %64 = getelementptr inbounds i32, ptr %20, i64 %32
  store i32 %63, ptr %64, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %65 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !3

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dropout.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %28, %latch ]
  %27 = icmp slt i64 %i, %2
  br i1 %27, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %28 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %85, %latch3 ]
  %29 = icmp slt i64 %i5, 5
  br i1 %29, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %30 = mul nsw i64 %i, 5
  %31 = add nsw i64 %30, %i5
  %32 = getelementptr inbounds i32, ptr %4, i64 %31
  %33 = load i32, ptr %32, align 4
  %34 = mul nsw i64 %i, 5
  %35 = add nsw i64 %34, %i5
  %36 = getelementptr inbounds i32, ptr %6, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = shl i32 %37, 6
  %39 = select i1 true, i32 %38, i32 0
  %40 = lshr i32 %37, 26
  %41 = select i1 true, i32 %40, i32 0
  %42 = or i32 %39, %41
  %43 = xor i32 %33, %42
  %44 = mul nsw i64 %i, 5
  %45 = add nsw i64 %44, %i5
  %46 = getelementptr inbounds i32, ptr %8, i64 %45
  %47 = load i32, ptr %46, align 4
  %48 = add i32 %43, %47
  %49 = add i32 %48, 1
  %50 = mul nsw i64 %i, 5
  %51 = add nsw i64 %50, %i5
  %52 = getelementptr inbounds i32, ptr %12, i64 %51
  store i32 %49, ptr %52, align 4
  %53 = getelementptr inbounds i32, ptr %10, i64 1
  %54 = load i32, ptr %53, align 4
  %55 = add i32 %33, %54
  %56 = add i32 %55, %49
  %57 = getelementptr inbounds i32, ptr %14, i64 %51
  store i32 %56, ptr %57, align 4
  %58 = shl i32 %49, 17
  %59 = select i1 true, i32 %58, i32 0
  %60 = lshr i32 %49, 15
  %61 = select i1 true, i32 %60, i32 0
  %62 = or i32 %59, %61
  %63 = xor i32 %56, %62
  %64 = getelementptr inbounds i32, ptr %16, i64 %51
  store i32 %63, ptr %64, align 4
  %65 = add i32 %56, %63
  %66 = getelementptr inbounds i32, ptr %18, i64 %51
  store i32 %65, ptr %66, align 4
  %67 = shl i32 %63, 29
  %68 = select i1 true, i32 %67, i32 0
  %69 = lshr i32 %63, 3
  %70 = select i1 true, i32 %69, i32 0
  %71 = or i32 %68, %70
  %72 = xor i32 %65, %71
  %73 = getelementptr inbounds i32, ptr %20, i64 %51
  store i32 %72, ptr %73, align 4
  %74 = add i32 %65, %72
  %75 = getelementptr inbounds i32, ptr %22, i64 %51
  store i32 %74, ptr %75, align 4
  %76 = shl i32 %72, 16
  %77 = select i1 true, i32 %76, i32 0
  %78 = lshr i32 %72, 16
  %79 = select i1 true, i32 %78, i32 0
  %80 = or i32 %77, %79
  %81 = xor i32 %74, %80
  %82 = getelementptr inbounds i32, ptr %24, i64 %51
  store i32 %81, ptr %82, align 4
  %83 = add i32 %74, %81
  %84 = getelementptr inbounds i32, ptr %26, i64 %51
  store i32 %83, ptr %84, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %85 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !4

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dropout.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %28, %latch ]
  %27 = icmp slt i64 %i, %2
  br i1 %27, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %28 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %85, %latch3 ]
  %29 = icmp slt i64 %i5, 5
  br i1 %29, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %30 = mul nsw i64 %i, 5
  %31 = add nsw i64 %30, %i5
  %32 = getelementptr inbounds i32, ptr %4, i64 %31
  %33 = load i32, ptr %32, align 4
  %34 = mul nsw i64 %i, 5
  %35 = add nsw i64 %34, %i5
  %36 = getelementptr inbounds i32, ptr %6, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = shl i32 %37, 24
  %39 = select i1 true, i32 %38, i32 0
  %40 = lshr i32 %37, 8
  %41 = select i1 true, i32 %40, i32 0
  %42 = or i32 %39, %41
  %43 = xor i32 %33, %42
  %44 = getelementptr inbounds i32, ptr %8, i64 0
  %45 = load i32, ptr %44, align 4
  %46 = add i32 %43, %45
  %47 = add i32 %46, 2
  %48 = mul nsw i64 %i, 5
  %49 = add nsw i64 %48, %i5
  %50 = getelementptr inbounds i32, ptr %12, i64 %49
  store i32 %47, ptr %50, align 4
  %51 = mul nsw i64 %i, 5
  %52 = add nsw i64 %51, %i5
  %53 = getelementptr inbounds i32, ptr %10, i64 %52
  %54 = load i32, ptr %53, align 4
  %55 = add i32 %33, %54
  %56 = add i32 %55, %47
  %57 = getelementptr inbounds i32, ptr %14, i64 %49
  store i32 %56, ptr %57, align 4
  %58 = shl i32 %47, 13
  %59 = select i1 true, i32 %58, i32 0
  %60 = lshr i32 %47, 19
  %61 = select i1 true, i32 %60, i32 0
  %62 = or i32 %59, %61
  %63 = xor i32 %56, %62
  %64 = getelementptr inbounds i32, ptr %16, i64 %49
  store i32 %63, ptr %64, align 4
  %65 = add i32 %56, %63
  %66 = getelementptr inbounds i32, ptr %18, i64 %49
  store i32 %65, ptr %66, align 4
  %67 = shl i32 %63, 15
  %68 = select i1 true, i32 %67, i32 0
  %69 = lshr i32 %63, 17
  %70 = select i1 true, i32 %69, i32 0
  %71 = or i32 %68, %70
  %72 = xor i32 %65, %71
  %73 = getelementptr inbounds i32, ptr %20, i64 %49
  store i32 %72, ptr %73, align 4
  %74 = add i32 %65, %72
  %75 = getelementptr inbounds i32, ptr %22, i64 %49
  store i32 %74, ptr %75, align 4
  %76 = shl i32 %72, 26
  %77 = select i1 true, i32 %76, i32 0
  %78 = lshr i32 %72, 6
  %79 = select i1 true, i32 %78, i32 0
  %80 = or i32 %77, %79
  %81 = xor i32 %74, %80
  %82 = getelementptr inbounds i32, ptr %24, i64 %49
  store i32 %81, ptr %82, align 4
  %83 = add i32 %74, %81
  %84 = getelementptr inbounds i32, ptr %26, i64 %49
  store i32 %83, ptr %84, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %85 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !5

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dropout.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %26, %latch ]
  %25 = icmp slt i64 %i, %2
  br i1 %25, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %26 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %81, %latch3 ]
  %27 = icmp slt i64 %i5, 5
  br i1 %27, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %28 = mul nsw i64 %i, 5
  %29 = add nsw i64 %28, %i5
  %30 = getelementptr inbounds i32, ptr %4, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = mul nsw i64 %i, 5
  %33 = add nsw i64 %32, %i5
  %34 = getelementptr inbounds i32, ptr %6, i64 %33
  %35 = load i32, ptr %34, align 4
  %36 = shl i32 %35, 6
  %37 = select i1 true, i32 %36, i32 0
  %38 = lshr i32 %35, 26
  %39 = select i1 true, i32 %38, i32 0
  %40 = or i32 %37, %39
  %41 = xor i32 %31, %40
  %42 = getelementptr inbounds i32, ptr %8, i64 1
  %43 = load i32, ptr %42, align 4
  %44 = add i32 %41, %43
  %45 = add i32 %44, 3
  %46 = mul nsw i64 %i, 5
  %47 = add nsw i64 %46, %i5
  %48 = getelementptr inbounds i32, ptr %10, i64 %47
  store i32 %45, ptr %48, align 4
  %49 = getelementptr inbounds i32, ptr %8, i64 0
  %50 = load i32, ptr %49, align 4
  %51 = add i32 %31, %50
  %52 = add i32 %51, %45
  %53 = getelementptr inbounds i32, ptr %12, i64 %47
  store i32 %52, ptr %53, align 4
  %54 = shl i32 %45, 17
  %55 = select i1 true, i32 %54, i32 0
  %56 = lshr i32 %45, 15
  %57 = select i1 true, i32 %56, i32 0
  %58 = or i32 %55, %57
  %59 = xor i32 %52, %58
  %60 = getelementptr inbounds i32, ptr %14, i64 %47
  store i32 %59, ptr %60, align 4
  %61 = add i32 %52, %59
  %62 = getelementptr inbounds i32, ptr %16, i64 %47
  store i32 %61, ptr %62, align 4
  %63 = shl i32 %59, 29
  %64 = select i1 true, i32 %63, i32 0
  %65 = lshr i32 %59, 3
  %66 = select i1 true, i32 %65, i32 0
  %67 = or i32 %64, %66
  %68 = xor i32 %61, %67
  %69 = getelementptr inbounds i32, ptr %18, i64 %47
  store i32 %68, ptr %69, align 4
  %70 = add i32 %61, %68
  %71 = getelementptr inbounds i32, ptr %20, i64 %47
  store i32 %70, ptr %71, align 4
  %72 = shl i32 %68, 16
  %73 = select i1 true, i32 %72, i32 0
  %74 = lshr i32 %68, 16
  %75 = select i1 true, i32 %74, i32 0
  %76 = or i32 %73, %75
  %77 = xor i32 %70, %76
  %78 = getelementptr inbounds i32, ptr %22, i64 %47
  store i32 %77, ptr %78, align 4
  %79 = add i32 %70, %77
  %80 = getelementptr inbounds i32, ptr %24, i64 %47
  store i32 %79, ptr %80, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %81 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !6

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dropout.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %30, %latch ]
  %29 = icmp slt i64 %i, %2
  br i1 %29, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %30 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %113, %latch3 ]
  %31 = icmp slt i64 %i5, 5
  br i1 %31, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %32 = mul nsw i64 %i, 5
  %33 = add nsw i64 %32, %i5
  %34 = getelementptr inbounds i32, ptr %4, i64 %33
  %35 = load i32, ptr %34, align 4
  %36 = mul nsw i64 %i, 5
  %37 = add nsw i64 %36, %i5
  %38 = getelementptr inbounds i32, ptr %6, i64 %37
  %39 = load i32, ptr %38, align 4
  %40 = shl i32 %39, 24
  %41 = select i1 true, i32 %40, i32 0
  %42 = lshr i32 %39, 8
  %43 = select i1 true, i32 %42, i32 0
  %44 = or i32 %41, %43
  %45 = xor i32 %35, %44
  %46 = mul nsw i64 %i, 5
  %47 = add nsw i64 %46, %i5
  %48 = getelementptr inbounds i32, ptr %8, i64 %47
  %49 = load i32, ptr %48, align 4
  %50 = add i32 %45, %49
  %51 = add i32 %50, 4
  %52 = mul nsw i64 %i, 5
  %53 = add nsw i64 %52, %i5
  %54 = getelementptr inbounds i32, ptr %14, i64 %53
  store i32 %51, ptr %54, align 4
  %55 = getelementptr inbounds i32, ptr %10, i64 1
  %56 = load i32, ptr %55, align 4
  %57 = add i32 %35, %56
  %58 = add i32 %57, %51
  %59 = getelementptr inbounds i32, ptr %16, i64 %53
  store i32 %58, ptr %59, align 4
  %60 = shl i32 %51, 13
  %61 = select i1 true, i32 %60, i32 0
  %62 = lshr i32 %51, 19
  %63 = select i1 true, i32 %62, i32 0
  %64 = or i32 %61, %63
  %65 = xor i32 %58, %64
  %66 = getelementptr inbounds i32, ptr %18, i64 %53
  store i32 %65, ptr %66, align 4
  %67 = add i32 %58, %65
  %68 = getelementptr inbounds i32, ptr %20, i64 %53
  store i32 %67, ptr %68, align 4
  %69 = shl i32 %65, 15
  %70 = select i1 true, i32 %69, i32 0
  %71 = lshr i32 %65, 17
  %72 = select i1 true, i32 %71, i32 0
  %73 = or i32 %70, %72
  %74 = xor i32 %67, %73
  %75 = getelementptr inbounds i32, ptr %22, i64 %53
  store i32 %74, ptr %75, align 4
  %76 = add i32 %67, %74
  %77 = getelementptr inbounds i32, ptr %24, i64 %53
  store i32 %76, ptr %77, align 4
  %78 = shl i32 %74, 26
  %79 = select i1 true, i32 %78, i32 0
  %80 = lshr i32 %74, 6
  %81 = select i1 true, i32 %80, i32 0
  %82 = or i32 %79, %81
  %83 = xor i32 %76, %82
  %84 = getelementptr inbounds i32, ptr %26, i64 %53
  store i32 %83, ptr %84, align 4
  %85 = add i32 %76, %83
  %86 = add i32 %85, %49
  %87 = shl i32 %83, 6
  %88 = select i1 true, i32 %87, i32 0
  %89 = lshr i32 %83, 26
  %90 = select i1 true, i32 %89, i32 0
  %91 = or i32 %88, %90
  %92 = xor i32 %85, %91
  %93 = getelementptr inbounds i32, ptr %10, i64 0
  %94 = load i32, ptr %93, align 4
  %95 = add i32 %92, %94
  %96 = add i32 %95, 5
  %97 = xor i32 %86, %96
  %98 = lshr i32 %97, 9
  %99 = select i1 true, i32 %98, i32 0
  %100 = or i32 %99, 1065353216
  %101 = bitcast i32 %100 to float
  %102 = fsub float %101, 1.000000e+00
  %103 = call float @llvm.fma.f32(float %102, float 1.000000e+00, float 0.000000e+00)
  %104 = call float @llvm.maximum.f32(float 0.000000e+00, float %103)
  %105 = fcmp olt float %104, 7.500000e-01
  %106 = mul nsw i64 %i, 5
  %107 = add nsw i64 %106, %i5
  %108 = getelementptr inbounds float, ptr %12, i64 %107
  %109 = load float, ptr %108, align 4
  %110 = fmul float %109, 0x3FF5555560000000
  %111 = select i1 %105, float %110, float 0.000000e+00
  %112 = getelementptr inbounds float, ptr %28, i64 %53
  store float %111, ptr %112, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %113 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !7

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #1

; Function Attrs: nounwind
define i32 @dropout(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [2 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [9 x ptr], align 8
  %7 = alloca [12 x ptr], align 8
  %8 = alloca [12 x ptr], align 8
  %9 = alloca [11 x ptr], align 8
  %10 = alloca [13 x ptr], align 8
  %11 = call i32 @ftc_rt_alloc(ptr %3, i64 6592)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok

fail:                                             ; preds = %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %11, %entry ], [ %18, %ok ], [ %24, %ok1 ], [ %43, %ok2 ], [ %68, %ok3 ], [ %93, %ok4 ], [ %116, %ok5 ], [ %141, %ok6 ]
  %13 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %13)
  ret i32 %status

ok:                                               ; preds = %entry
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %14, i64 0
  %17 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %16, ptr %17, align 8
  %18 = call i32 @dropout.k0(ptr %4, i64 0, i64 1)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %20 = getelementptr inbounds i8, ptr %14, i64 0
  %21 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %20, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %14, i64 64
  %23 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %22, ptr %23, align 8
  %24 = call i32 @dropout.k1(ptr %5, i64 0, i64 8)
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %26 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %14, i64 256
  %28 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %27, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %14, i64 448
  %30 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %14, i64 640
  %32 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %14, i64 832
  %34 = getelementptr inbounds ptr, ptr %6, i64 4
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %14, i64 1024
  %36 = getelementptr inbounds ptr, ptr %6, i64 5
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %14, i64 1216
  %38 = getelementptr inbounds ptr, ptr %6, i64 6
  store ptr %37, ptr %38, align 8
  %39 = getelementptr inbounds i8, ptr %14, i64 1408
  %40 = getelementptr inbounds ptr, ptr %6, i64 7
  store ptr %39, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %14, i64 1600
  %42 = getelementptr inbounds ptr, ptr %6, i64 8
  store ptr %41, ptr %42, align 8
  %43 = call i32 @dropout.k2(ptr %6, i64 0, i64 8)
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %45 = getelementptr inbounds i8, ptr %14, i64 1600
  %46 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %14, i64 1408
  %48 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %14, i64 64
  %50 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %49, ptr %50, align 8
  %51 = getelementptr inbounds ptr, ptr %7, i64 3
  store ptr %0, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %14, i64 1792
  %53 = getelementptr inbounds ptr, ptr %7, i64 4
  store ptr %52, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %14, i64 1984
  %55 = getelementptr inbounds ptr, ptr %7, i64 5
  store ptr %54, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %14, i64 2176
  %57 = getelementptr inbounds ptr, ptr %7, i64 6
  store ptr %56, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %14, i64 2368
  %59 = getelementptr inbounds ptr, ptr %7, i64 7
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %14, i64 2560
  %61 = getelementptr inbounds ptr, ptr %7, i64 8
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %14, i64 2752
  %63 = getelementptr inbounds ptr, ptr %7, i64 9
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %14, i64 2944
  %65 = getelementptr inbounds ptr, ptr %7, i64 10
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %14, i64 3136
  %67 = getelementptr inbounds ptr, ptr %7, i64 11
  store ptr %66, ptr %67, align 8
  %68 = call i32 @dropout.k3(ptr %7, i64 0, i64 8)
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %70 = getelementptr inbounds i8, ptr %14, i64 3136
  %71 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %14, i64 2944
  %73 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %0, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %14, i64 64
  %76 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %75, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %14, i64 1408
  %78 = getelementptr inbounds ptr, ptr %8, i64 4
  store ptr %77, ptr %78, align 8
  %79 = getelementptr inbounds i8, ptr %14, i64 1600
  %80 = getelementptr inbounds ptr, ptr %8, i64 5
  store ptr %79, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %14, i64 3328
  %82 = getelementptr inbounds ptr, ptr %8, i64 6
  store ptr %81, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %14, i64 3520
  %84 = getelementptr inbounds ptr, ptr %8, i64 7
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %14, i64 3712
  %86 = getelementptr inbounds ptr, ptr %8, i64 8
  store ptr %85, ptr %86, align 8
  %87 = getelementptr inbounds i8, ptr %14, i64 3904
  %88 = getelementptr inbounds ptr, ptr %8, i64 9
  store ptr %87, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %14, i64 4096
  %90 = getelementptr inbounds ptr, ptr %8, i64 10
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %14, i64 4288
  %92 = getelementptr inbounds ptr, ptr %8, i64 11
  store ptr %91, ptr %92, align 8
  %93 = call i32 @dropout.k4(ptr %8, i64 0, i64 8)
  %94 = icmp ne i32 %93, 0
  br i1 %94, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %95 = getelementptr inbounds i8, ptr %14, i64 4288
  %96 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %95, ptr %96, align 8
  %97 = getelementptr inbounds i8, ptr %14, i64 4096
  %98 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %97, ptr %98, align 8
  %99 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %0, ptr %99, align 8
  %100 = getelementptr inbounds i8, ptr %14, i64 2944
  %101 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %100, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %14, i64 3136
  %103 = getelementptr inbounds ptr, ptr %9, i64 4
  store ptr %102, ptr %103, align 8
  %104 = getelementptr inbounds i8, ptr %14, i64 4480
  %105 = getelementptr inbounds ptr, ptr %9, i64 5
  store ptr %104, ptr %105, align 8
  %106 = getelementptr inbounds i8, ptr %14, i64 4672
  %107 = getelementptr inbounds ptr, ptr %9, i64 6
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %14, i64 4864
  %109 = getelementptr inbounds ptr, ptr %9, i64 7
  store ptr %108, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %14, i64 5056
  %111 = getelementptr inbounds ptr, ptr %9, i64 8
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds i8, ptr %14, i64 5248
  %113 = getelementptr inbounds ptr, ptr %9, i64 9
  store ptr %112, ptr %113, align 8
  %114 = getelementptr inbounds i8, ptr %14, i64 5440
  %115 = getelementptr inbounds ptr, ptr %9, i64 10
  store ptr %114, ptr %115, align 8
  %116 = call i32 @dropout.k5(ptr %9, i64 0, i64 8)
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %118 = getelementptr inbounds i8, ptr %14, i64 5440
  %119 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %118, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %14, i64 5248
  %121 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %120, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %14, i64 64
  %123 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds ptr, ptr %10, i64 3
  store ptr %0, ptr %124, align 8
  %125 = getelementptr inbounds ptr, ptr %10, i64 4
  store ptr %1, ptr %125, align 8
  %126 = getelementptr inbounds i8, ptr %14, i64 4096
  %127 = getelementptr inbounds ptr, ptr %10, i64 5
  store ptr %126, ptr %127, align 8
  %128 = getelementptr inbounds i8, ptr %14, i64 4288
  %129 = getelementptr inbounds ptr, ptr %10, i64 6
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %14, i64 5632
  %131 = getelementptr inbounds ptr, ptr %10, i64 7
  store ptr %130, ptr %131, align 8
  %132 = getelementptr inbounds i8, ptr %14, i64 5824
  %133 = getelementptr inbounds ptr, ptr %10, i64 8
  store ptr %132, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %14, i64 6016
  %135 = getelementptr inbounds ptr, ptr %10, i64 9
  store ptr %134, ptr %135, align 8
  %136 = getelementptr inbounds i8, ptr %14, i64 6208
  %137 = getelementptr inbounds ptr, ptr %10, i64 10
  store ptr %136, ptr %137, align 8
  %138 = getelementptr inbounds i8, ptr %14, i64 6400
  %139 = getelementptr inbounds ptr, ptr %10, i64 11
  store ptr %138, ptr %139, align 8
  %140 = getelementptr inbounds ptr, ptr %10, i64 12
  store ptr %2, ptr %140, align 8
  %141 = call i32 @dropout.k6(ptr %10, i64 0, i64 8)
  %142 = icmp ne i32 %141, 0
  br i1 %142, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %143 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %143)
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @dropout_batch.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %3 = getelementptr inbounds ptr, ptr %0, i64 0
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds ptr, ptr %0, i64 1
  %6 = load ptr, ptr %5, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %19, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = mul nsw i64 %i, 2
  %9 = add nsw i64 %8, 0
  %10 = getelementptr inbounds i32, ptr %4, i64 %9
  %11 = load i32, ptr %10, align 4
  %12 = mul nsw i64 %i, 2
  %13 = add nsw i64 %12, 1
  %14 = getelementptr inbounds i32, ptr %4, i64 %13
  %15 = load i32, ptr %14, align 4
  %16 = xor i32 %11, %15
  %17 = xor i32 %16, 466688986
  %18 = getelementptr inbounds i32, ptr %6, i64 %i
  store i32 %17, ptr %18, align 4
  br label %latch

latch:                                            ; preds = %body
  %19 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !8

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k1(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %10, %latch3 ]
  %9 = icmp slt i64 %i5, 8
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %10 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %19, %latch8 ]
  %11 = icmp slt i64 %i10, 5
  br i1 %11, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %12 = getelementptr inbounds i32, ptr %4, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = mul nsw i64 %i, 40
  %15 = mul nsw i64 %i5, 5
  %16 = add nsw i64 %14, %15
  %17 = add nsw i64 %16, %i10
  %18 = getelementptr inbounds i32, ptr %6, i64 %17
  store i32 %13, ptr %18, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %19 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !9

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k2(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %22, %latch ]
  %21 = icmp slt i64 %i, %2
  br i1 %21, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %22 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %24, %latch3 ]
  %23 = icmp slt i64 %i5, 8
  br i1 %23, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %24 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %73, %latch8 ]
  %25 = icmp slt i64 %i10, 5
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = mul nsw i64 %i5, 5
  %27 = add nsw i64 %26, %i10
  %28 = getelementptr inbounds i32, ptr @literal.1, i64 %27
  %29 = load i32, ptr %28, align 4
  %30 = mul nsw i64 %i, 2
  %31 = add nsw i64 %30, 1
  %32 = getelementptr inbounds i32, ptr %4, i64 %31
  %33 = load i32, ptr %32, align 4
  %34 = add i32 %29, %33
  %35 = mul nsw i64 %i, 40
  %36 = mul nsw i64 %i5, 5
  %37 = add nsw i64 %35, %36
  %38 = add nsw i64 %37, %i10
  %39 = getelementptr inbounds i32, ptr %6, i64 %38
  store i32 %34, ptr %39, align 4
  %40 = mul nsw i64 %i, 2
  %41 = add nsw i64 %40, 0
  %42 = getelementptr inbounds i32, ptr %4, i64 %41
  %43 = load i32, ptr %42, align 4
  %44 = add i32 %43, %34
  %45 = getelementptr inbounds i32, ptr %8, i64 %38
  store i32 %44, ptr %45, align 4
  %46 = shl i32 %34, 13
  %47 = select i1 true, i32 %46, i32 0
  %48 = lshr i32 %34, 19
  %49 = select i1 true, i32 %48, i32 0
  %50 = or i32 %47, %49
  %51 = xor i32 %44, %50
  %52 = getelementptr inbounds i32, ptr %10, i64 %38
  store i32 %51, ptr %52, align 4
  %53 = add i32 %44, %51
  %54 = getelementptr inbounds i32, ptr %12, i64 %38
  store i32 %53, ptr %54, align 4
  %55 = shl i32 %51, 15
  %56 = select i1 true, i32 %55, i32 0
  %57 = lshr i32 %51, 17
  %58 = select i1 true, i32 %57, i32 0
  %59 = or i32 %56, %58
  %60 = xor i32 %53, %59
  %61 = getelementptr inbounds i32, ptr %14, i64 %38
  store i32 %60, ptr %61, align 4
  %62 = add i32 %53, %60
  %63 = getelementptr inbounds i32, ptr %16, i64 %38
  store i32 %62, ptr %63, align 4
  %64 = shl i32 %60, 26
  %65 = select i1 true, i32 %64, i32 0
  %66 = lshr i32 %60, 6
  %67 = select i1 true, i32 %66, i32 0
  %68 = or i32 %65, %67
  %69 = xor i32 %62, %68
  %70 = getelementptr inbounds i32, ptr %18, i64 %38
  store i32 %69, ptr %70, align 4
  %71 = add i32 %62, %69
  %72 = getelementptr inbounds i32, ptr %20, i64 %38
  store i32 %71, ptr %72, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %73 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !10

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k3(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %28, %latch ]
  %27 = icmp slt i64 %i, %2
  br i1 %27, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %28 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %30, %latch3 ]
  %29 = icmp slt i64 %i5, 8
  br i1 %29, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %30 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %97, %latch8 ]
  %31 = icmp slt i64 %i10, 5
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %32 = mul nsw i64 %i, 40
  %33 = mul nsw i64 %i5, 5
  %34 = add nsw i64 %32, %33
  %35 = add nsw i64 %34, %i10
  %36 = getelementptr inbounds i32, ptr %4, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = mul nsw i64 %i, 40
  %39 = mul nsw i64 %i5, 5
  %40 = add nsw i64 %38, %39
  %41 = add nsw i64 %40, %i10
  %42 = getelementptr inbounds i32, ptr %6, i64 %41
  %43 = load i32, ptr %42, align 4
  %44 = shl i32 %43, 6
  %45 = select i1 true, i32 %44, i32 0
  %46 = lshr i32 %43, 26
  %47 = select i1 true, i32 %46, i32 0
  %48 = or i32 %45, %47
  %49 = xor i32 %37, %48
  %50 = mul nsw i64 %i, 40
  %51 = mul nsw i64 %i5, 5
  %52 = add nsw i64 %50, %51
  %53 = add nsw i64 %52, %i10
  %54 = getelementptr inbounds i32, ptr %8, i64 %53
  %55 = load i32, ptr %54, align 4
  %56 = add i32 %49, %55
  %57 = add i32 %56, 1
  %58 = mul nsw i64 %i, 40
  %59 = mul nsw i64 %i5, 5
  %60 = add nsw i64 %58, %59
  %61 = add nsw i64 %60, %i10
  %62 = getelementptr inbounds i32, ptr %12, i64 %61
  store i32 %57, ptr %62, align 4
  %63 = mul nsw i64 %i, 2
  %64 = add nsw i64 %63, 1
  %65 = getelementptr inbounds i32, ptr %10, i64 %64
  %66 = load i32, ptr %65, align 4
  %67 = add i32 %37, %66
  %68 = add i32 %67, %57
  %69 = getelementptr inbounds i32, ptr %14, i64 %61
  store i32 %68, ptr %69, align 4
  %70 = shl i32 %57, 17
  %71 = select i1 true, i32 %70, i32 0
  %72 = lshr i32 %57, 15
  %73 = select i1 true, i32 %72, i32 0
  %74 = or i32 %71, %73
  %75 = xor i32 %68, %74
  %76 = getelementptr inbounds i32, ptr %16, i64 %61
  store i32 %75, ptr %76, align 4
  %77 = add i32 %68, %75
  %78 = getelementptr inbounds i32, ptr %18, i64 %61
  store i32 %77, ptr %78, align 4
  %79 = shl i32 %75, 29
  %80 = select i1 true, i32 %79, i32 0
  %81 = lshr i32 %75, 3
  %82 = select i1 true, i32 %81, i32 0
  %83 = or i32 %80, %82
  %84 = xor i32 %77, %83
  %85 = getelementptr inbounds i32, ptr %20, i64 %61
  store i32 %84, ptr %85, align 4
  %86 = add i32 %77, %84
  %87 = getelementptr inbounds i32, ptr %22, i64 %61
  store i32 %86, ptr %87, align 4
  %88 = shl i32 %84, 16
  %89 = select i1 true, i32 %88, i32 0
  %90 = lshr i32 %84, 16
  %91 = select i1 true, i32 %90, i32 0
  %92 = or i32 %89, %91
  %93 = xor i32 %86, %92
  %94 = getelementptr inbounds i32, ptr %24, i64 %61
  store i32 %93, ptr %94, align 4
  %95 = add i32 %86, %93
  %96 = getelementptr inbounds i32, ptr %26, i64 %61
  store i32 %95, ptr %96, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %97 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !11

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k4(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %28, %latch ]
  %27 = icmp slt i64 %i, %2
  br i1 %27, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %28 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %30, %latch3 ]
  %29 = icmp slt i64 %i5, 8
  br i1 %29, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %30 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %97, %latch8 ]
  %31 = icmp slt i64 %i10, 5
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %32 = mul nsw i64 %i, 40
  %33 = mul nsw i64 %i5, 5
  %34 = add nsw i64 %32, %33
  %35 = add nsw i64 %34, %i10
  %36 = getelementptr inbounds i32, ptr %4, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = mul nsw i64 %i, 40
  %39 = mul nsw i64 %i5, 5
  %40 = add nsw i64 %38, %39
  %41 = add nsw i64 %40, %i10
  %42 = getelementptr inbounds i32, ptr %6, i64 %41
  %43 = load i32, ptr %42, align 4
  %44 = shl i32 %43, 24
  %45 = select i1 true, i32 %44, i32 0
  %46 = lshr i32 %43, 8
  %47 = select i1 true, i32 %46, i32 0
  %48 = or i32 %45, %47
  %49 = xor i32 %37, %48
  %50 = mul nsw i64 %i, 2
  %51 = add nsw i64 %50, 0
  %52 = getelementptr inbounds i32, ptr %8, i64 %51
  %53 = load i32, ptr %52, align 4
  %54 = add i32 %49, %53
  %55 = add i32 %54, 2
  %56 = mul nsw i64 %i, 40
  %57 = mul nsw i64 %i5, 5
  %58 = add nsw i64 %56, %57
  %59 = add nsw i64 %58, %i10
  %60 = getelementptr inbounds i32, ptr %12, i64 %59
  store i32 %55, ptr %60, align 4
  %61 = mul nsw i64 %i, 40
  %62 = mul nsw i64 %i5, 5
  %63 = add nsw i64 %61, %62
  %64 = add nsw i64 %63, %i10
  %65 = getelementptr inbounds i32, ptr %10, i64 %64
  %66 = load i32, ptr %65, align 4
  %67 = add i32 %37, %66
  %68 = add i32 %67, %55
  %69 = getelementptr inbounds i32, ptr %14, i64 %59
  store i32 %68, ptr %69, align 4
  %70 = shl i32 %55, 13
  %71 = select i1 true, i32 %70, i32 0
  %72 = lshr i32 %55, 19
  %73 = select i1 true, i32 %72, i32 0
  %74 = or i32 %71, %73
  %75 = xor i32 %68, %74
  %76 = getelementptr inbounds i32, ptr %16, i64 %59
  store i32 %75, ptr %76, align 4
  %77 = add i32 %68, %75
  %78 = getelementptr inbounds i32, ptr %18, i64 %59
  store i32 %77, ptr %78, align 4
  %79 = shl i32 %75, 15
  %80 = select i1 true, i32 %79, i32 0
  %81 = lshr i32 %75, 17
  %82 = select i1 true, i32 %81, i32 0
  %83 = or i32 %80, %82
  %84 = xor i32 %77, %83
  %85 = getelementptr inbounds i32, ptr %20, i64 %59
  store i32 %84, ptr %85, align 4
  %86 = add i32 %77, %84
  %87 = getelementptr inbounds i32, ptr %22, i64 %59
  store i32 %86, ptr %87, align 4
  %88 = shl i32 %84, 26
  %89 = select i1 true, i32 %88, i32 0
  %90 = lshr i32 %84, 6
  %91 = select i1 true, i32 %90, i32 0
  %92 = or i32 %89, %91
  %93 = xor i32 %86, %92
  %94 = getelementptr inbounds i32, ptr %24, i64 %59
  store i32 %93, ptr %94, align 4
  %95 = add i32 %86, %93
  %96 = getelementptr inbounds i32, ptr %26, i64 %59
  store i32 %95, ptr %96, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %97 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !12

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k5(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %26, %latch ]
  %25 = icmp slt i64 %i, %2
  br i1 %25, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %26 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %28, %latch3 ]
  %27 = icmp slt i64 %i5, 8
  br i1 %27, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %28 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %93, %latch8 ]
  %29 = icmp slt i64 %i10, 5
  br i1 %29, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %30 = mul nsw i64 %i, 40
  %31 = mul nsw i64 %i5, 5
  %32 = add nsw i64 %30, %31
  %33 = add nsw i64 %32, %i10
  %34 = getelementptr inbounds i32, ptr %4, i64 %33
  %35 = load i32, ptr %34, align 4
  %36 = mul nsw i64 %i, 40
  %37 = mul nsw i64 %i5, 5
  %38 = add nsw i64 %36, %37
  %39 = add nsw i64 %38, %i10
  %40 = getelementptr inbounds i32, ptr %6, i64 %39
  %41 = load i32, ptr %40, align 4
  %42 = shl i32 %41, 6
  %43 = select i1 true, i32 %42, i32 0
  %44 = lshr i32 %41, 26
  %45 = select i1 true, i32 %44, i32 0
  %46 = or i32 %43, %45
  %47 = xor i32 %35, %46
  %48 = mul nsw i64 %i, 2
  %49 = add nsw i64 %48, 1
  %50 = getelementptr inbounds i32, ptr %8, i64 %49
  %51 = load i32, ptr %50, align 4
  %52 = add i32 %47, %51
  %53 = add i32 %52, 3
  %54 = mul nsw i64 %i, 40
  %55 = mul nsw i64 %i5, 5
  %56 = add nsw i64 %54, %55
  %57 = add nsw i64 %56, %i10
  %58 = getelementptr inbounds i32, ptr %10, i64 %57
  store i32 %53, ptr %58, align 4
  %59 = mul nsw i64 %i, 2
  %60 = add nsw i64 %59, 0
  %61 = getelementptr inbounds i32, ptr %8, i64 %60
  %62 = load i32, ptr %61, align 4
  %63 = add i32 %35, %62
  %64 = add i32 %63, %53
  %65 = getelementptr inbounds i32, ptr %12, i64 %57
  store i32 %64, ptr %65, align 4
  %66 = shl i32 %53, 17
  %67 = select i1 true, i32 %66, i32 0
  %68 = lshr i32 %53, 15
  %69 = select i1 true, i32 %68, i32 0
  %70 = or i32 %67, %69
  %71 = xor i32 %64, %70
  %72 = getelementptr inbounds i32, ptr %14, i64 %57
  store i32 %71, ptr %72, align 4
  %73 = add i32 %64, %71
  %74 = getelementptr inbounds i32, ptr %16, i64 %57
  store i32 %73, ptr %74, align 4
  %75 = shl i32 %71, 29
  %76 = select i1 true, i32 %75, i32 0
  %77 = lshr i32 %71, 3
  %78 = select i1 true, i32 %77, i32 0
  %79 = or i32 %76, %78
  %80 = xor i32 %73, %79
  %81 = getelementptr inbounds i32, ptr %18, i64 %57
  store i32 %80, ptr %81, align 4
  %82 = add i32 %73, %80
  %83 = getelementptr inbounds i32, ptr %20, i64 %57
  store i32 %82, ptr %83, align 4
  %84 = shl i32 %80, 16
  %85 = select i1 true, i32 %84, i32 0
  %86 = lshr i32 %80, 16
  %87 = select i1 true, i32 %86, i32 0
  %88 = or i32 %85, %87
  %89 = xor i32 %82, %88
  %90 = getelementptr inbounds i32, ptr %22, i64 %57
  store i32 %89, ptr %90, align 4
  %91 = add i32 %82, %89
  %92 = getelementptr inbounds i32, ptr %24, i64 %57
  store i32 %91, ptr %92, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %93 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !13

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k6(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %26, %latch ]
  %25 = icmp slt i64 %i, %2
  br i1 %25, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %26 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %28, %latch3 ]
  %27 = icmp slt i64 %i5, 8
  br i1 %27, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %28 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %93, %latch8 ]
  %29 = icmp slt i64 %i10, 5
  br i1 %29, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %30 = mul nsw i64 %i, 40
  %31 = mul nsw i64 %i5, 5
  %32 = add nsw i64 %30, %31
  %33 = add nsw i64 %32, %i10
  %34 = getelementptr inbounds i32, ptr %4, i64 %33
  %35 = load i32, ptr %34, align 4
  %36 = mul nsw i64 %i, 40
  %37 = mul nsw i64 %i5, 5
  %38 = add nsw i64 %36, %37
  %39 = add nsw i64 %38, %i10
  %40 = getelementptr inbounds i32, ptr %6, i64 %39
  %41 = load i32, ptr %40, align 4
  %42 = shl i32 %41, 24
  %43 = select i1 true, i32 %42, i32 0
  %44 = lshr i32 %41, 8
  %45 = select i1 true, i32 %44, i32 0
  %46 = or i32 %43, %45
  %47 = xor i32 %35, %46
  %48 = mul nsw i64 %i, 40
  %49 = mul nsw i64 %i5, 5
  %50 = add nsw i64 %48, %49
  %51 = add nsw i64 %50, %i10
  %52 = getelementptr inbounds i32, ptr %8, i64 %51
  %53 = load i32, ptr %52, align 4
  %54 = add i32 %47, %53
  %55 = add i32 %54, 4
  %56 = mul nsw i64 %i, 40
  %57 = mul nsw i64 %i5, 5
  %58 = add nsw i64 %56, %57
  %59 = add nsw i64 %58, %i10
  %60 = getelementptr inbounds i32, ptr %12, i64 %59
  store i32 %55, ptr %60, align 4
  %61 = mul nsw i64 %i, 2
  %62 = add nsw i64 %61, 1
  %63 = getelementptr inbounds i32, ptr %10, i64 %62
  %64 = load i32, ptr %63, align 4
  %65 = add i32 %35, %64
  %66 = add i32 %65, %55
  %67 = getelementptr inbounds i32, ptr %14, i64 %59
  store i32 %66, ptr %67, align 4
  %68 = shl i32 %55, 13
  %69 = select i1 true, i32 %68, i32 0
  %70 = lshr i32 %55, 19
  %71 = select i1 true, i32 %70, i32 0
  %72 = or i32 %69, %71
  %73 = xor i32 %66, %72
  %74 = getelementptr inbounds i32, ptr %16, i64 %59
  store i32 %73, ptr %74, align 4
  %75 = add i32 %66, %73
  %76 = getelementptr inbounds i32, ptr %18, i64 %59
  store i32 %75, ptr %76, align 4
  %77 = shl i32 %73, 15
  %78 = select i1 true, i32 %77, i32 0
  %79 = lshr i32 %73, 17
  %80 = select i1 true, i32 %79, i32 0
  %81 = or i32 %78, %80
  %82 = xor i32 %75, %81
  %83 = getelementptr inbounds i32, ptr %20, i64 %59
  store i32 %82, ptr %83, align 4
  %84 = add i32 %75, %82
  %85 = getelementptr inbounds i32, ptr %22, i64 %59
  store i32 %84, ptr %85, align 4
  %86 = shl i32 %82, 26
  %87 = select i1 true, i32 %86, i32 0
  %88 = lshr i32 %82, 6
  %89 = select i1 true, i32 %88, i32 0
  %90 = or i32 %87, %89
  %91 = xor i32 %84, %90
  %92 = getelementptr inbounds i32, ptr %24, i64 %59
  store i32 %91, ptr %92, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %93 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !14

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k7(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = fmul float %9, 0x3FF5555560000000
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !15

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k8(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %16, %latch ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %16 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %18, %latch3 ]
  %17 = icmp slt i64 %i5, 8
  br i1 %17, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %18 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %71, %latch8 ]
  %19 = icmp slt i64 %i10, 5
  br i1 %19, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %20 = mul nsw i64 %i, 40
  %21 = mul nsw i64 %i5, 5
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %i10
  %24 = getelementptr inbounds i32, ptr %4, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = mul nsw i64 %i, 40
  %27 = mul nsw i64 %i5, 5
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %i10
  %30 = getelementptr inbounds i32, ptr %6, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = add i32 %25, %31
  %33 = mul nsw i64 %i, 40
  %34 = mul nsw i64 %i5, 5
  %35 = add nsw i64 %33, %34
  %36 = add nsw i64 %35, %i10
  %37 = getelementptr inbounds i32, ptr %8, i64 %36
  %38 = load i32, ptr %37, align 4
  %39 = add i32 %32, %38
  %40 = shl i32 %31, 6
  %41 = select i1 true, i32 %40, i32 0
  %42 = lshr i32 %31, 26
  %43 = select i1 true, i32 %42, i32 0
  %44 = or i32 %41, %43
  %45 = xor i32 %32, %44
  %46 = mul nsw i64 %i, 2
  %47 = add nsw i64 %46, 0
  %48 = getelementptr inbounds i32, ptr %10, i64 %47
  %49 = load i32, ptr %48, align 4
  %50 = add i32 %45, %49
  %51 = add i32 %50, 5
  %52 = xor i32 %39, %51
  %53 = lshr i32 %52, 9
  %54 = select i1 true, i32 %53, i32 0
  %55 = or i32 %54, 1065353216
  %56 = bitcast i32 %55 to float
  %57 = fsub float %56, 1.000000e+00
  %58 = call float @llvm.fma.f32(float %57, float 1.000000e+00, float 0.000000e+00)
  %59 = call float @llvm.maximum.f32(float 0.000000e+00, float %58)
  %60 = fcmp olt float %59, 7.500000e-01
  %61 = mul nsw i64 %i5, 5
  %62 = add nsw i64 %61, %i10
  %63 = getelementptr inbounds float, ptr %12, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = select i1 %60, float %64, float 0.000000e+00
  %66 = mul nsw i64 %i, 40
  %67 = mul nsw i64 %i5, 5
  %68 = add nsw i64 %66, %67
  %69 = add nsw i64 %68, %i10
  %70 = getelementptr inbounds float, ptr %14, i64 %69
  store float %65, ptr %70, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %71 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !16

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define i32 @dropout_batch(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [2 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [9 x ptr], align 8
  %7 = alloca [12 x ptr], align 8
  %8 = alloca [12 x ptr], align 8
  %9 = alloca [11 x ptr], align 8
  %10 = alloca [11 x ptr], align 8
  %11 = alloca [2 x ptr], align 8
  %12 = alloca [6 x ptr], align 8
  %13 = call i32 @ftc_rt_alloc(ptr %3, i64 17472)
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %fail, label %ok

fail:                                             ; preds = %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %13, %entry ], [ %20, %ok ], [ %26, %ok1 ], [ %45, %ok2 ], [ %70, %ok3 ], [ %95, %ok4 ], [ %118, %ok5 ], [ %141, %ok6 ], [ %146, %ok7 ], [ %158, %ok8 ]
  %15 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %15)
  ret i32 %status

ok:                                               ; preds = %entry
  %16 = load ptr, ptr %3, align 8
  %17 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %16, i64 0
  %19 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %18, ptr %19, align 8
  %20 = call i32 @dropout_batch.k0(ptr %4, i64 0, i64 3)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %22 = getelementptr inbounds i8, ptr %16, i64 0
  %23 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %16, i64 64
  %25 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %24, ptr %25, align 8
  %26 = call i32 @dropout_batch.k1(ptr %5, i64 0, i64 3)
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %28 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %28, align 8
  %29 = getelementptr inbounds i8, ptr %16, i64 576
  %30 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %29, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %16, i64 1088
  %32 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %31, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %16, i64 1600
  %34 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %33, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %16, i64 2112
  %36 = getelementptr inbounds ptr, ptr %6, i64 4
  store ptr %35, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %16, i64 2624
  %38 = getelementptr inbounds ptr, ptr %6, i64 5
  store ptr %37, ptr %38, align 8
  %39 = getelementptr inbounds i8, ptr %16, i64 3136
  %40 = getelementptr inbounds ptr, ptr %6, i64 6
  store ptr %39, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %16, i64 3648
  %42 = getelementptr inbounds ptr, ptr %6, i64 7
  store ptr %41, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %16, i64 4160
  %44 = getelementptr inbounds ptr, ptr %6, i64 8
  store ptr %43, ptr %44, align 8
  %45 = call i32 @dropout_batch.k2(ptr %6, i64 0, i64 3)
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %47 = getelementptr inbounds i8, ptr %16, i64 4160
  %48 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %16, i64 3648
  %50 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %49, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %16, i64 64
  %52 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %51, ptr %52, align 8
  %53 = getelementptr inbounds ptr, ptr %7, i64 3
  store ptr %0, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %16, i64 4672
  %55 = getelementptr inbounds ptr, ptr %7, i64 4
  store ptr %54, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %16, i64 5184
  %57 = getelementptr inbounds ptr, ptr %7, i64 5
  store ptr %56, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %16, i64 5696
  %59 = getelementptr inbounds ptr, ptr %7, i64 6
  store ptr %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %16, i64 6208
  %61 = getelementptr inbounds ptr, ptr %7, i64 7
  store ptr %60, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %16, i64 6720
  %63 = getelementptr inbounds ptr, ptr %7, i64 8
  store ptr %62, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %16, i64 7232
  %65 = getelementptr inbounds ptr, ptr %7, i64 9
  store ptr %64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %16, i64 7744
  %67 = getelementptr inbounds ptr, ptr %7, i64 10
  store ptr %66, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %16, i64 8256
  %69 = getelementptr inbounds ptr, ptr %7, i64 11
  store ptr %68, ptr %69, align 8
  %70 = call i32 @dropout_batch.k3(ptr %7, i64 0, i64 3)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %72 = getelementptr inbounds i8, ptr %16, i64 8256
  %73 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %16, i64 7744
  %75 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %0, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %16, i64 64
  %78 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %77, ptr %78, align 8
  %79 = getelementptr inbounds i8, ptr %16, i64 3648
  %80 = getelementptr inbounds ptr, ptr %8, i64 4
  store ptr %79, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %16, i64 4160
  %82 = getelementptr inbounds ptr, ptr %8, i64 5
  store ptr %81, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %16, i64 8768
  %84 = getelementptr inbounds ptr, ptr %8, i64 6
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %16, i64 9280
  %86 = getelementptr inbounds ptr, ptr %8, i64 7
  store ptr %85, ptr %86, align 8
  %87 = getelementptr inbounds i8, ptr %16, i64 9792
  %88 = getelementptr inbounds ptr, ptr %8, i64 8
  store ptr %87, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %16, i64 10304
  %90 = getelementptr inbounds ptr, ptr %8, i64 9
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %16, i64 10816
  %92 = getelementptr inbounds ptr, ptr %8, i64 10
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %16, i64 11328
  %94 = getelementptr inbounds ptr, ptr %8, i64 11
  store ptr %93, ptr %94, align 8
  %95 = call i32 @dropout_batch.k4(ptr %8, i64 0, i64 3)
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %97 = getelementptr inbounds i8, ptr %16, i64 11328
  %98 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %97, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %16, i64 10816
  %100 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %0, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %16, i64 7744
  %103 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %102, ptr %103, align 8
  %104 = getelementptr inbounds i8, ptr %16, i64 8256
  %105 = getelementptr inbounds ptr, ptr %9, i64 4
  store ptr %104, ptr %105, align 8
  %106 = getelementptr inbounds i8, ptr %16, i64 11840
  %107 = getelementptr inbounds ptr, ptr %9, i64 5
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %16, i64 12352
  %109 = getelementptr inbounds ptr, ptr %9, i64 6
  store ptr %108, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %16, i64 12864
  %111 = getelementptr inbounds ptr, ptr %9, i64 7
  store ptr %110, ptr %111, align 8
  %112 = getelementptr inbounds i8, ptr %16, i64 13376
  %113 = getelementptr inbounds ptr, ptr %9, i64 8
  store ptr %112, ptr %113, align 8
  %114 = getelementptr inbounds i8, ptr %16, i64 13888
  %115 = getelementptr inbounds ptr, ptr %9, i64 9
  store ptr %114, ptr %115, align 8
  %116 = getelementptr inbounds i8, ptr %16, i64 14400
  %117 = getelementptr inbounds ptr, ptr %9, i64 10
  store ptr %116, ptr %117, align 8
  %118 = call i32 @dropout_batch.k5(ptr %9, i64 0, i64 3)
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %120 = getelementptr inbounds i8, ptr %16, i64 14400
  %121 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %120, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %16, i64 13888
  %123 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %16, i64 64
  %125 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %124, ptr %125, align 8
  %126 = getelementptr inbounds ptr, ptr %10, i64 3
  store ptr %0, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %16, i64 10816
  %128 = getelementptr inbounds ptr, ptr %10, i64 4
  store ptr %127, ptr %128, align 8
  %129 = getelementptr inbounds i8, ptr %16, i64 11328
  %130 = getelementptr inbounds ptr, ptr %10, i64 5
  store ptr %129, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %16, i64 14912
  %132 = getelementptr inbounds ptr, ptr %10, i64 6
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds i8, ptr %16, i64 15424
  %134 = getelementptr inbounds ptr, ptr %10, i64 7
  store ptr %133, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %16, i64 15936
  %136 = getelementptr inbounds ptr, ptr %10, i64 8
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %16, i64 16448
  %138 = getelementptr inbounds ptr, ptr %10, i64 9
  store ptr %137, ptr %138, align 8
  %139 = getelementptr inbounds i8, ptr %16, i64 16960
  %140 = getelementptr inbounds ptr, ptr %10, i64 10
  store ptr %139, ptr %140, align 8
  %141 = call i32 @dropout_batch.k6(ptr %10, i64 0, i64 3)
  %142 = icmp ne i32 %141, 0
  br i1 %142, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %143 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %1, ptr %143, align 8
  %144 = getelementptr inbounds i8, ptr %16, i64 13888
  %145 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %144, ptr %145, align 8
  %146 = call i32 @dropout_batch.k7(ptr %11, i64 0, i64 40)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %148 = getelementptr inbounds i8, ptr %16, i64 16448
  %149 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %148, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %16, i64 16960
  %151 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %150, ptr %151, align 8
  %152 = getelementptr inbounds i8, ptr %16, i64 64
  %153 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %152, ptr %153, align 8
  %154 = getelementptr inbounds ptr, ptr %12, i64 3
  store ptr %0, ptr %154, align 8
  %155 = getelementptr inbounds i8, ptr %16, i64 13888
  %156 = getelementptr inbounds ptr, ptr %12, i64 4
  store ptr %155, ptr %156, align 8
  %157 = getelementptr inbounds ptr, ptr %12, i64 5
  store ptr %2, ptr %157, align 8
  %158 = call i32 @dropout_batch.k8(ptr %12, i64 0, i64 3)
  %159 = icmp ne i32 %158, 0
  br i1 %159, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %160 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %160)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.vectorize.width", i32 8}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !1, !2}
!4 = distinct !{!4, !1, !2}
!5 = distinct !{!5, !1, !2}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !1, !2}
!8 = distinct !{!8, !1, !2}
!9 = distinct !{!9, !1, !2}
!10 = distinct !{!10, !1, !2}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !1, !2}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !1, !2}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !1, !2}
