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
  %8 = load i32, ptr %7, align 4, !alias.scope !0, !noalias !3
  %9 = getelementptr inbounds i32, ptr %4, i64 1
  %10 = load i32, ptr %9, align 4, !alias.scope !0, !noalias !3
  %11 = xor i32 %8, %10
  %12 = xor i32 %11, 466688986
  %13 = getelementptr inbounds i32, ptr %6, i64 0
  store i32 %12, ptr %13, align 4, !alias.scope !3
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
  %29 = load i32, ptr %28, align 4, !alias.scope !5, !noalias !8
  %30 = add i32 %27, %29
  %31 = mul nsw i64 %i, 5
  %32 = add nsw i64 %31, %i5
  %33 = getelementptr inbounds i32, ptr %6, i64 %32
  store i32 %30, ptr %33, align 4, !alias.scope !17, !noalias !18
  %34 = getelementptr inbounds i32, ptr %4, i64 0
  %35 = load i32, ptr %34, align 4, !alias.scope !5, !noalias !8
  %36 = add i32 %35, %30
  %37 = getelementptr inbounds i32, ptr %8, i64 %32
  store i32 %36, ptr %37, align 4, !alias.scope !19, !noalias !20
  %38 = shl i32 %30, 13
  %39 = select i1 true, i32 %38, i32 0
  %40 = lshr i32 %30, 19
  %41 = select i1 true, i32 %40, i32 0
  %42 = or i32 %39, %41
  %43 = xor i32 %36, %42
  %44 = getelementptr inbounds i32, ptr %10, i64 %32
  store i32 %43, ptr %44, align 4, !alias.scope !21, !noalias !22
  %45 = add i32 %36, %43
  %46 = getelementptr inbounds i32, ptr %12, i64 %32
  store i32 %45, ptr %46, align 4, !alias.scope !23, !noalias !24
  %47 = shl i32 %43, 15
  %48 = select i1 true, i32 %47, i32 0
  %49 = lshr i32 %43, 17
  %50 = select i1 true, i32 %49, i32 0
  %51 = or i32 %48, %50
  %52 = xor i32 %45, %51
  %53 = getelementptr inbounds i32, ptr %14, i64 %32
  store i32 %52, ptr %53, align 4, !alias.scope !25, !noalias !26
  %54 = add i32 %45, %52
  %55 = getelementptr inbounds i32, ptr %16, i64 %32
  store i32 %54, ptr %55, align 4, !alias.scope !27, !noalias !28
  %56 = shl i32 %52, 26
  %57 = select i1 true, i32 %56, i32 0
  %58 = lshr i32 %52, 6
  %59 = select i1 true, i32 %58, i32 0
  %60 = or i32 %57, %59
  %61 = xor i32 %54, %60
  %62 = getelementptr inbounds i32, ptr %18, i64 %32
  store i32 %61, ptr %62, align 4, !alias.scope !29, !noalias !30
  %63 = add i32 %54, %61
  %64 = getelementptr inbounds i32, ptr %20, i64 %32
  store i32 %63, ptr %64, align 4, !alias.scope !31, !noalias !32
  br label %latch3

latch3:                                           ; preds = %body2
  %65 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !33

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
  %i5 = phi i64 [ 0, %body ], [ %83, %latch3 ]
  %29 = icmp slt i64 %i5, 5
  br i1 %29, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %30 = mul nsw i64 %i, 5
  %31 = add nsw i64 %30, %i5
  %32 = getelementptr inbounds i32, ptr %4, i64 %31
  %33 = load i32, ptr %32, align 4, !alias.scope !36, !noalias !39
  %34 = mul nsw i64 %i, 5
  %35 = add nsw i64 %34, %i5
  %36 = getelementptr inbounds i32, ptr %6, i64 %35
  %37 = load i32, ptr %36, align 4, !alias.scope !48, !noalias !39
  %38 = shl i32 %37, 6
  %39 = select i1 true, i32 %38, i32 0
  %40 = lshr i32 %37, 26
  %41 = select i1 true, i32 %40, i32 0
  %42 = or i32 %39, %41
  %43 = xor i32 %33, %42
  %44 = getelementptr inbounds i32, ptr %8, i64 0
  %45 = load i32, ptr %44, align 4, !alias.scope !50, !noalias !39
  %46 = add i32 %43, %45
  %47 = add i32 %46, 1
  %48 = mul nsw i64 %i, 5
  %49 = add nsw i64 %48, %i5
  %50 = getelementptr inbounds i32, ptr %12, i64 %49
  store i32 %47, ptr %50, align 4, !alias.scope !52, !noalias !53
  %51 = getelementptr inbounds i32, ptr %10, i64 1
  %52 = load i32, ptr %51, align 4, !alias.scope !54, !noalias !39
  %53 = add i32 %33, %52
  %54 = add i32 %53, %47
  %55 = getelementptr inbounds i32, ptr %14, i64 %49
  store i32 %54, ptr %55, align 4, !alias.scope !56, !noalias !57
  %56 = shl i32 %47, 17
  %57 = select i1 true, i32 %56, i32 0
  %58 = lshr i32 %47, 15
  %59 = select i1 true, i32 %58, i32 0
  %60 = or i32 %57, %59
  %61 = xor i32 %54, %60
  %62 = getelementptr inbounds i32, ptr %16, i64 %49
  store i32 %61, ptr %62, align 4, !alias.scope !58, !noalias !59
  %63 = add i32 %54, %61
  %64 = getelementptr inbounds i32, ptr %18, i64 %49
  store i32 %63, ptr %64, align 4, !alias.scope !60, !noalias !61
  %65 = shl i32 %61, 29
  %66 = select i1 true, i32 %65, i32 0
  %67 = lshr i32 %61, 3
  %68 = select i1 true, i32 %67, i32 0
  %69 = or i32 %66, %68
  %70 = xor i32 %63, %69
  %71 = getelementptr inbounds i32, ptr %20, i64 %49
  store i32 %70, ptr %71, align 4, !alias.scope !62, !noalias !63
  %72 = add i32 %63, %70
  %73 = getelementptr inbounds i32, ptr %22, i64 %49
  store i32 %72, ptr %73, align 4, !alias.scope !64, !noalias !65
  %74 = shl i32 %70, 16
  %75 = select i1 true, i32 %74, i32 0
  %76 = lshr i32 %70, 16
  %77 = select i1 true, i32 %76, i32 0
  %78 = or i32 %75, %77
  %79 = xor i32 %72, %78
  %80 = getelementptr inbounds i32, ptr %24, i64 %49
  store i32 %79, ptr %80, align 4, !alias.scope !66, !noalias !67
  %81 = add i32 %72, %79
  %82 = getelementptr inbounds i32, ptr %26, i64 %49
  store i32 %81, ptr %82, align 4, !alias.scope !68, !noalias !69
  br label %latch3

latch3:                                           ; preds = %body2
  %83 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !70

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
  %i5 = phi i64 [ 0, %body ], [ %83, %latch3 ]
  %29 = icmp slt i64 %i5, 5
  br i1 %29, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %30 = mul nsw i64 %i, 5
  %31 = add nsw i64 %30, %i5
  %32 = getelementptr inbounds i32, ptr %4, i64 %31
  %33 = load i32, ptr %32, align 4, !alias.scope !71, !noalias !74
  %34 = mul nsw i64 %i, 5
  %35 = add nsw i64 %34, %i5
  %36 = getelementptr inbounds i32, ptr %6, i64 %35
  %37 = load i32, ptr %36, align 4, !alias.scope !83, !noalias !74
  %38 = shl i32 %37, 24
  %39 = select i1 true, i32 %38, i32 0
  %40 = lshr i32 %37, 8
  %41 = select i1 true, i32 %40, i32 0
  %42 = or i32 %39, %41
  %43 = xor i32 %33, %42
  %44 = getelementptr inbounds i32, ptr %8, i64 0
  %45 = load i32, ptr %44, align 4, !alias.scope !85, !noalias !74
  %46 = add i32 %43, %45
  %47 = add i32 %46, 2
  %48 = mul nsw i64 %i, 5
  %49 = add nsw i64 %48, %i5
  %50 = getelementptr inbounds i32, ptr %12, i64 %49
  store i32 %47, ptr %50, align 4, !alias.scope !87, !noalias !88
  %51 = getelementptr inbounds i32, ptr %10, i64 0
  %52 = load i32, ptr %51, align 4, !alias.scope !89, !noalias !74
  %53 = add i32 %33, %52
  %54 = add i32 %53, %47
  %55 = getelementptr inbounds i32, ptr %14, i64 %49
  store i32 %54, ptr %55, align 4, !alias.scope !91, !noalias !92
  %56 = shl i32 %47, 13
  %57 = select i1 true, i32 %56, i32 0
  %58 = lshr i32 %47, 19
  %59 = select i1 true, i32 %58, i32 0
  %60 = or i32 %57, %59
  %61 = xor i32 %54, %60
  %62 = getelementptr inbounds i32, ptr %16, i64 %49
  store i32 %61, ptr %62, align 4, !alias.scope !93, !noalias !94
  %63 = add i32 %54, %61
  %64 = getelementptr inbounds i32, ptr %18, i64 %49
  store i32 %63, ptr %64, align 4, !alias.scope !95, !noalias !96
  %65 = shl i32 %61, 15
  %66 = select i1 true, i32 %65, i32 0
  %67 = lshr i32 %61, 17
  %68 = select i1 true, i32 %67, i32 0
  %69 = or i32 %66, %68
  %70 = xor i32 %63, %69
  %71 = getelementptr inbounds i32, ptr %20, i64 %49
  store i32 %70, ptr %71, align 4, !alias.scope !97, !noalias !98
  %72 = add i32 %63, %70
  %73 = getelementptr inbounds i32, ptr %22, i64 %49
  store i32 %72, ptr %73, align 4, !alias.scope !99, !noalias !100
  %74 = shl i32 %70, 26
  %75 = select i1 true, i32 %74, i32 0
  %76 = lshr i32 %70, 6
  %77 = select i1 true, i32 %76, i32 0
  %78 = or i32 %75, %77
  %79 = xor i32 %72, %78
  %80 = getelementptr inbounds i32, ptr %24, i64 %49
  store i32 %79, ptr %80, align 4, !alias.scope !101, !noalias !102
  %81 = add i32 %72, %79
  %82 = getelementptr inbounds i32, ptr %26, i64 %49
  store i32 %81, ptr %82, align 4, !alias.scope !103, !noalias !104
  br label %latch3

latch3:                                           ; preds = %body2
  %83 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !105

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
  %31 = load i32, ptr %30, align 4, !alias.scope !106, !noalias !109
  %32 = mul nsw i64 %i, 5
  %33 = add nsw i64 %32, %i5
  %34 = getelementptr inbounds i32, ptr %6, i64 %33
  %35 = load i32, ptr %34, align 4, !alias.scope !118, !noalias !109
  %36 = shl i32 %35, 6
  %37 = select i1 true, i32 %36, i32 0
  %38 = lshr i32 %35, 26
  %39 = select i1 true, i32 %38, i32 0
  %40 = or i32 %37, %39
  %41 = xor i32 %31, %40
  %42 = getelementptr inbounds i32, ptr %8, i64 1
  %43 = load i32, ptr %42, align 4, !alias.scope !120, !noalias !109
  %44 = add i32 %41, %43
  %45 = add i32 %44, 3
  %46 = mul nsw i64 %i, 5
  %47 = add nsw i64 %46, %i5
  %48 = getelementptr inbounds i32, ptr %10, i64 %47
  store i32 %45, ptr %48, align 4, !alias.scope !122, !noalias !123
  %49 = getelementptr inbounds i32, ptr %8, i64 0
  %50 = load i32, ptr %49, align 4, !alias.scope !120, !noalias !109
  %51 = add i32 %31, %50
  %52 = add i32 %51, %45
  %53 = getelementptr inbounds i32, ptr %12, i64 %47
  store i32 %52, ptr %53, align 4, !alias.scope !124, !noalias !125
  %54 = shl i32 %45, 17
  %55 = select i1 true, i32 %54, i32 0
  %56 = lshr i32 %45, 15
  %57 = select i1 true, i32 %56, i32 0
  %58 = or i32 %55, %57
  %59 = xor i32 %52, %58
  %60 = getelementptr inbounds i32, ptr %14, i64 %47
  store i32 %59, ptr %60, align 4, !alias.scope !126, !noalias !127
  %61 = add i32 %52, %59
  %62 = getelementptr inbounds i32, ptr %16, i64 %47
  store i32 %61, ptr %62, align 4, !alias.scope !128, !noalias !129
  %63 = shl i32 %59, 29
  %64 = select i1 true, i32 %63, i32 0
  %65 = lshr i32 %59, 3
  %66 = select i1 true, i32 %65, i32 0
  %67 = or i32 %64, %66
  %68 = xor i32 %61, %67
  %69 = getelementptr inbounds i32, ptr %18, i64 %47
  store i32 %68, ptr %69, align 4, !alias.scope !130, !noalias !131
  %70 = add i32 %61, %68
  %71 = getelementptr inbounds i32, ptr %20, i64 %47
  store i32 %70, ptr %71, align 4, !alias.scope !132, !noalias !133
  %72 = shl i32 %68, 16
  %73 = select i1 true, i32 %72, i32 0
  %74 = lshr i32 %68, 16
  %75 = select i1 true, i32 %74, i32 0
  %76 = or i32 %73, %75
  %77 = xor i32 %70, %76
  %78 = getelementptr inbounds i32, ptr %22, i64 %47
  store i32 %77, ptr %78, align 4, !alias.scope !134, !noalias !135
  %79 = add i32 %70, %77
  %80 = getelementptr inbounds i32, ptr %24, i64 %47
  store i32 %79, ptr %80, align 4, !alias.scope !136, !noalias !137
  br label %latch3

latch3:                                           ; preds = %body2
  %81 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !138

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
  %i5 = phi i64 [ 0, %body ], [ %111, %latch3 ]
  %31 = icmp slt i64 %i5, 5
  br i1 %31, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %32 = mul nsw i64 %i, 5
  %33 = add nsw i64 %32, %i5
  %34 = getelementptr inbounds i32, ptr %4, i64 %33
  %35 = load i32, ptr %34, align 4, !alias.scope !139, !noalias !142
  %36 = mul nsw i64 %i, 5
  %37 = add nsw i64 %36, %i5
  %38 = getelementptr inbounds i32, ptr %6, i64 %37
  %39 = load i32, ptr %38, align 4, !alias.scope !151, !noalias !142
  %40 = shl i32 %39, 24
  %41 = select i1 true, i32 %40, i32 0
  %42 = lshr i32 %39, 8
  %43 = select i1 true, i32 %42, i32 0
  %44 = or i32 %41, %43
  %45 = xor i32 %35, %44
  %46 = getelementptr inbounds i32, ptr %8, i64 0
  %47 = load i32, ptr %46, align 4, !alias.scope !153, !noalias !142
  %48 = add i32 %45, %47
  %49 = add i32 %48, 4
  %50 = mul nsw i64 %i, 5
  %51 = add nsw i64 %50, %i5
  %52 = getelementptr inbounds i32, ptr %14, i64 %51
  store i32 %49, ptr %52, align 4, !alias.scope !155, !noalias !156
  %53 = getelementptr inbounds i32, ptr %10, i64 1
  %54 = load i32, ptr %53, align 4, !alias.scope !157, !noalias !142
  %55 = add i32 %35, %54
  %56 = add i32 %55, %49
  %57 = getelementptr inbounds i32, ptr %16, i64 %51
  store i32 %56, ptr %57, align 4, !alias.scope !159, !noalias !160
  %58 = shl i32 %49, 13
  %59 = select i1 true, i32 %58, i32 0
  %60 = lshr i32 %49, 19
  %61 = select i1 true, i32 %60, i32 0
  %62 = or i32 %59, %61
  %63 = xor i32 %56, %62
  %64 = getelementptr inbounds i32, ptr %18, i64 %51
  store i32 %63, ptr %64, align 4, !alias.scope !161, !noalias !162
  %65 = add i32 %56, %63
  %66 = getelementptr inbounds i32, ptr %20, i64 %51
  store i32 %65, ptr %66, align 4, !alias.scope !163, !noalias !164
  %67 = shl i32 %63, 15
  %68 = select i1 true, i32 %67, i32 0
  %69 = lshr i32 %63, 17
  %70 = select i1 true, i32 %69, i32 0
  %71 = or i32 %68, %70
  %72 = xor i32 %65, %71
  %73 = getelementptr inbounds i32, ptr %22, i64 %51
  store i32 %72, ptr %73, align 4, !alias.scope !165, !noalias !166
  %74 = add i32 %65, %72
  %75 = getelementptr inbounds i32, ptr %24, i64 %51
  store i32 %74, ptr %75, align 4, !alias.scope !167, !noalias !168
  %76 = shl i32 %72, 26
  %77 = select i1 true, i32 %76, i32 0
  %78 = lshr i32 %72, 6
  %79 = select i1 true, i32 %78, i32 0
  %80 = or i32 %77, %79
  %81 = xor i32 %74, %80
  %82 = getelementptr inbounds i32, ptr %26, i64 %51
  store i32 %81, ptr %82, align 4, !alias.scope !169, !noalias !170
  %83 = add i32 %74, %81
  %84 = add i32 %83, %47
  %85 = shl i32 %81, 6
  %86 = select i1 true, i32 %85, i32 0
  %87 = lshr i32 %81, 26
  %88 = select i1 true, i32 %87, i32 0
  %89 = or i32 %86, %88
  %90 = xor i32 %83, %89
  %91 = getelementptr inbounds i32, ptr %10, i64 0
  %92 = load i32, ptr %91, align 4, !alias.scope !157, !noalias !142
  %93 = add i32 %90, %92
  %94 = add i32 %93, 5
  %95 = xor i32 %84, %94
  %96 = lshr i32 %95, 9
  %97 = select i1 true, i32 %96, i32 0
  %98 = or i32 %97, 1065353216
  %99 = bitcast i32 %98 to float
  %100 = fsub float %99, 1.000000e+00
  %101 = call float @llvm.fma.f32(float %100, float 1.000000e+00, float 0.000000e+00)
  %102 = call float @llvm.maximum.f32(float 0.000000e+00, float %101)
  %103 = fcmp olt float %102, 7.500000e-01
  %104 = mul nsw i64 %i, 5
  %105 = add nsw i64 %104, %i5
  %106 = getelementptr inbounds float, ptr %12, i64 %105
  %107 = load float, ptr %106, align 4, !alias.scope !171, !noalias !142
  %108 = fmul float %107, 0x3FF5555560000000
  %109 = select i1 %103, float %108, float 0.000000e+00
  %110 = getelementptr inbounds float, ptr %28, i64 %51
  store float %109, ptr %110, align 4, !alias.scope !173, !noalias !174
  br label %latch3

latch3:                                           ; preds = %body2
  %111 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !175

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
  %5 = alloca [9 x ptr], align 8
  %6 = alloca [12 x ptr], align 8
  %7 = alloca [12 x ptr], align 8
  %8 = alloca [11 x ptr], align 8
  %9 = alloca [13 x ptr], align 8
  %10 = call i32 @ftc_rt_alloc(ptr %3, i64 6400)
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %fail, label %ok

fail:                                             ; preds = %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %10, %entry ], [ %17, %ok ], [ %36, %ok1 ], [ %61, %ok2 ], [ %86, %ok3 ], [ %109, %ok4 ], [ %134, %ok5 ]
  %12 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %12)
  ret i32 %status

ok:                                               ; preds = %entry
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %14, align 8
  %15 = getelementptr inbounds i8, ptr %13, i64 0
  %16 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %15, ptr %16, align 8
  %17 = call i32 @dropout.k0(ptr %4, i64 0, i64 1)
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %19 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %13, i64 64
  %21 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %20, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %13, i64 256
  %23 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %13, i64 448
  %25 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %13, i64 640
  %27 = getelementptr inbounds ptr, ptr %5, i64 4
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %13, i64 832
  %29 = getelementptr inbounds ptr, ptr %5, i64 5
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %13, i64 1024
  %31 = getelementptr inbounds ptr, ptr %5, i64 6
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %13, i64 1216
  %33 = getelementptr inbounds ptr, ptr %5, i64 7
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %13, i64 1408
  %35 = getelementptr inbounds ptr, ptr %5, i64 8
  store ptr %34, ptr %35, align 8
  %36 = call i32 @dropout.k1(ptr %5, i64 0, i64 8)
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %38 = getelementptr inbounds i8, ptr %13, i64 1408
  %39 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %13, i64 1216
  %41 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %40, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %13, i64 0
  %43 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %0, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %13, i64 1600
  %46 = getelementptr inbounds ptr, ptr %6, i64 4
  store ptr %45, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %13, i64 1792
  %48 = getelementptr inbounds ptr, ptr %6, i64 5
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %13, i64 1984
  %50 = getelementptr inbounds ptr, ptr %6, i64 6
  store ptr %49, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %13, i64 2176
  %52 = getelementptr inbounds ptr, ptr %6, i64 7
  store ptr %51, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %13, i64 2368
  %54 = getelementptr inbounds ptr, ptr %6, i64 8
  store ptr %53, ptr %54, align 8
  %55 = getelementptr inbounds i8, ptr %13, i64 2560
  %56 = getelementptr inbounds ptr, ptr %6, i64 9
  store ptr %55, ptr %56, align 8
  %57 = getelementptr inbounds i8, ptr %13, i64 2752
  %58 = getelementptr inbounds ptr, ptr %6, i64 10
  store ptr %57, ptr %58, align 8
  %59 = getelementptr inbounds i8, ptr %13, i64 2944
  %60 = getelementptr inbounds ptr, ptr %6, i64 11
  store ptr %59, ptr %60, align 8
  %61 = call i32 @dropout.k2(ptr %6, i64 0, i64 8)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %63 = getelementptr inbounds i8, ptr %13, i64 2944
  %64 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %63, ptr %64, align 8
  %65 = getelementptr inbounds i8, ptr %13, i64 2752
  %66 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %0, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %13, i64 0
  %69 = getelementptr inbounds ptr, ptr %7, i64 3
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %13, i64 1216
  %71 = getelementptr inbounds ptr, ptr %7, i64 4
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %13, i64 1408
  %73 = getelementptr inbounds ptr, ptr %7, i64 5
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %13, i64 3136
  %75 = getelementptr inbounds ptr, ptr %7, i64 6
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %13, i64 3328
  %77 = getelementptr inbounds ptr, ptr %7, i64 7
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %13, i64 3520
  %79 = getelementptr inbounds ptr, ptr %7, i64 8
  store ptr %78, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %13, i64 3712
  %81 = getelementptr inbounds ptr, ptr %7, i64 9
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds i8, ptr %13, i64 3904
  %83 = getelementptr inbounds ptr, ptr %7, i64 10
  store ptr %82, ptr %83, align 8
  %84 = getelementptr inbounds i8, ptr %13, i64 4096
  %85 = getelementptr inbounds ptr, ptr %7, i64 11
  store ptr %84, ptr %85, align 8
  %86 = call i32 @dropout.k3(ptr %7, i64 0, i64 8)
  %87 = icmp ne i32 %86, 0
  br i1 %87, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %88 = getelementptr inbounds i8, ptr %13, i64 4096
  %89 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %88, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %13, i64 3904
  %91 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %0, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %13, i64 2752
  %94 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %93, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %13, i64 2944
  %96 = getelementptr inbounds ptr, ptr %8, i64 4
  store ptr %95, ptr %96, align 8
  %97 = getelementptr inbounds i8, ptr %13, i64 4288
  %98 = getelementptr inbounds ptr, ptr %8, i64 5
  store ptr %97, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %13, i64 4480
  %100 = getelementptr inbounds ptr, ptr %8, i64 6
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds i8, ptr %13, i64 4672
  %102 = getelementptr inbounds ptr, ptr %8, i64 7
  store ptr %101, ptr %102, align 8
  %103 = getelementptr inbounds i8, ptr %13, i64 4864
  %104 = getelementptr inbounds ptr, ptr %8, i64 8
  store ptr %103, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %13, i64 5056
  %106 = getelementptr inbounds ptr, ptr %8, i64 9
  store ptr %105, ptr %106, align 8
  %107 = getelementptr inbounds i8, ptr %13, i64 5248
  %108 = getelementptr inbounds ptr, ptr %8, i64 10
  store ptr %107, ptr %108, align 8
  %109 = call i32 @dropout.k4(ptr %8, i64 0, i64 8)
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %111 = getelementptr inbounds i8, ptr %13, i64 5248
  %112 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %111, ptr %112, align 8
  %113 = getelementptr inbounds i8, ptr %13, i64 5056
  %114 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds i8, ptr %13, i64 0
  %116 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %0, ptr %117, align 8
  %118 = getelementptr inbounds ptr, ptr %9, i64 4
  store ptr %1, ptr %118, align 8
  %119 = getelementptr inbounds i8, ptr %13, i64 3904
  %120 = getelementptr inbounds ptr, ptr %9, i64 5
  store ptr %119, ptr %120, align 8
  %121 = getelementptr inbounds i8, ptr %13, i64 4096
  %122 = getelementptr inbounds ptr, ptr %9, i64 6
  store ptr %121, ptr %122, align 8
  %123 = getelementptr inbounds i8, ptr %13, i64 5440
  %124 = getelementptr inbounds ptr, ptr %9, i64 7
  store ptr %123, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %13, i64 5632
  %126 = getelementptr inbounds ptr, ptr %9, i64 8
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %13, i64 5824
  %128 = getelementptr inbounds ptr, ptr %9, i64 9
  store ptr %127, ptr %128, align 8
  %129 = getelementptr inbounds i8, ptr %13, i64 6016
  %130 = getelementptr inbounds ptr, ptr %9, i64 10
  store ptr %129, ptr %130, align 8
  %131 = getelementptr inbounds i8, ptr %13, i64 6208
  %132 = getelementptr inbounds ptr, ptr %9, i64 11
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %9, i64 12
  store ptr %2, ptr %133, align 8
  %134 = call i32 @dropout.k5(ptr %9, i64 0, i64 8)
  %135 = icmp ne i32 %134, 0
  br i1 %135, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %136 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %136)
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
  %11 = load i32, ptr %10, align 4, !alias.scope !176, !noalias !179
  %12 = mul nsw i64 %i, 2
  %13 = add nsw i64 %12, 1
  %14 = getelementptr inbounds i32, ptr %4, i64 %13
  %15 = load i32, ptr %14, align 4, !alias.scope !176, !noalias !179
  %16 = xor i32 %11, %15
  %17 = xor i32 %16, 466688986
  %18 = getelementptr inbounds i32, ptr %6, i64 %i
  store i32 %17, ptr %18, align 4, !alias.scope !179
  br label %latch

latch:                                            ; preds = %body
  %19 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !181

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
  %33 = load i32, ptr %32, align 4, !alias.scope !182, !noalias !185
  %34 = add i32 %29, %33
  %35 = mul nsw i64 %i, 40
  %36 = mul nsw i64 %i5, 5
  %37 = add nsw i64 %35, %36
  %38 = add nsw i64 %37, %i10
  %39 = getelementptr inbounds i32, ptr %6, i64 %38
  store i32 %34, ptr %39, align 4, !alias.scope !194, !noalias !195
  %40 = mul nsw i64 %i, 2
  %41 = add nsw i64 %40, 0
  %42 = getelementptr inbounds i32, ptr %4, i64 %41
  %43 = load i32, ptr %42, align 4, !alias.scope !182, !noalias !185
  %44 = add i32 %43, %34
  %45 = getelementptr inbounds i32, ptr %8, i64 %38
  store i32 %44, ptr %45, align 4, !alias.scope !196, !noalias !197
  %46 = shl i32 %34, 13
  %47 = select i1 true, i32 %46, i32 0
  %48 = lshr i32 %34, 19
  %49 = select i1 true, i32 %48, i32 0
  %50 = or i32 %47, %49
  %51 = xor i32 %44, %50
  %52 = getelementptr inbounds i32, ptr %10, i64 %38
  store i32 %51, ptr %52, align 4, !alias.scope !198, !noalias !199
  %53 = add i32 %44, %51
  %54 = getelementptr inbounds i32, ptr %12, i64 %38
  store i32 %53, ptr %54, align 4, !alias.scope !200, !noalias !201
  %55 = shl i32 %51, 15
  %56 = select i1 true, i32 %55, i32 0
  %57 = lshr i32 %51, 17
  %58 = select i1 true, i32 %57, i32 0
  %59 = or i32 %56, %58
  %60 = xor i32 %53, %59
  %61 = getelementptr inbounds i32, ptr %14, i64 %38
  store i32 %60, ptr %61, align 4, !alias.scope !202, !noalias !203
  %62 = add i32 %53, %60
  %63 = getelementptr inbounds i32, ptr %16, i64 %38
  store i32 %62, ptr %63, align 4, !alias.scope !204, !noalias !205
  %64 = shl i32 %60, 26
  %65 = select i1 true, i32 %64, i32 0
  %66 = lshr i32 %60, 6
  %67 = select i1 true, i32 %66, i32 0
  %68 = or i32 %65, %67
  %69 = xor i32 %62, %68
  %70 = getelementptr inbounds i32, ptr %18, i64 %38
  store i32 %69, ptr %70, align 4, !alias.scope !206, !noalias !207
  %71 = add i32 %62, %69
  %72 = getelementptr inbounds i32, ptr %20, i64 %38
  store i32 %71, ptr %72, align 4, !alias.scope !208, !noalias !209
  br label %latch8

latch8:                                           ; preds = %body7
  %73 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !210

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
  %i10 = phi i64 [ 0, %body2 ], [ %93, %latch8 ]
  %31 = icmp slt i64 %i10, 5
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %32 = mul nsw i64 %i, 40
  %33 = mul nsw i64 %i5, 5
  %34 = add nsw i64 %32, %33
  %35 = add nsw i64 %34, %i10
  %36 = getelementptr inbounds i32, ptr %4, i64 %35
  %37 = load i32, ptr %36, align 4, !alias.scope !211, !noalias !214
  %38 = mul nsw i64 %i, 40
  %39 = mul nsw i64 %i5, 5
  %40 = add nsw i64 %38, %39
  %41 = add nsw i64 %40, %i10
  %42 = getelementptr inbounds i32, ptr %6, i64 %41
  %43 = load i32, ptr %42, align 4, !alias.scope !223, !noalias !214
  %44 = shl i32 %43, 6
  %45 = select i1 true, i32 %44, i32 0
  %46 = lshr i32 %43, 26
  %47 = select i1 true, i32 %46, i32 0
  %48 = or i32 %45, %47
  %49 = xor i32 %37, %48
  %50 = getelementptr inbounds i32, ptr %8, i64 %i
  %51 = load i32, ptr %50, align 4, !alias.scope !225, !noalias !214
  %52 = add i32 %49, %51
  %53 = add i32 %52, 1
  %54 = mul nsw i64 %i, 40
  %55 = mul nsw i64 %i5, 5
  %56 = add nsw i64 %54, %55
  %57 = add nsw i64 %56, %i10
  %58 = getelementptr inbounds i32, ptr %12, i64 %57
  store i32 %53, ptr %58, align 4, !alias.scope !227, !noalias !228
  %59 = mul nsw i64 %i, 2
  %60 = add nsw i64 %59, 1
  %61 = getelementptr inbounds i32, ptr %10, i64 %60
  %62 = load i32, ptr %61, align 4, !alias.scope !229, !noalias !214
  %63 = add i32 %37, %62
  %64 = add i32 %63, %53
  %65 = getelementptr inbounds i32, ptr %14, i64 %57
  store i32 %64, ptr %65, align 4, !alias.scope !231, !noalias !232
  %66 = shl i32 %53, 17
  %67 = select i1 true, i32 %66, i32 0
  %68 = lshr i32 %53, 15
  %69 = select i1 true, i32 %68, i32 0
  %70 = or i32 %67, %69
  %71 = xor i32 %64, %70
  %72 = getelementptr inbounds i32, ptr %16, i64 %57
  store i32 %71, ptr %72, align 4, !alias.scope !233, !noalias !234
  %73 = add i32 %64, %71
  %74 = getelementptr inbounds i32, ptr %18, i64 %57
  store i32 %73, ptr %74, align 4, !alias.scope !235, !noalias !236
  %75 = shl i32 %71, 29
  %76 = select i1 true, i32 %75, i32 0
  %77 = lshr i32 %71, 3
  %78 = select i1 true, i32 %77, i32 0
  %79 = or i32 %76, %78
  %80 = xor i32 %73, %79
  %81 = getelementptr inbounds i32, ptr %20, i64 %57
  store i32 %80, ptr %81, align 4, !alias.scope !237, !noalias !238
  %82 = add i32 %73, %80
  %83 = getelementptr inbounds i32, ptr %22, i64 %57
  store i32 %82, ptr %83, align 4, !alias.scope !239, !noalias !240
  %84 = shl i32 %80, 16
  %85 = select i1 true, i32 %84, i32 0
  %86 = lshr i32 %80, 16
  %87 = select i1 true, i32 %86, i32 0
  %88 = or i32 %85, %87
  %89 = xor i32 %82, %88
  %90 = getelementptr inbounds i32, ptr %24, i64 %57
  store i32 %89, ptr %90, align 4, !alias.scope !241, !noalias !242
  %91 = add i32 %82, %89
  %92 = getelementptr inbounds i32, ptr %26, i64 %57
  store i32 %91, ptr %92, align 4, !alias.scope !243, !noalias !244
  br label %latch8

latch8:                                           ; preds = %body7
  %93 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !245

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
  %i10 = phi i64 [ 0, %body2 ], [ %93, %latch8 ]
  %31 = icmp slt i64 %i10, 5
  br i1 %31, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %32 = mul nsw i64 %i, 40
  %33 = mul nsw i64 %i5, 5
  %34 = add nsw i64 %32, %33
  %35 = add nsw i64 %34, %i10
  %36 = getelementptr inbounds i32, ptr %4, i64 %35
  %37 = load i32, ptr %36, align 4, !alias.scope !246, !noalias !249
  %38 = mul nsw i64 %i, 40
  %39 = mul nsw i64 %i5, 5
  %40 = add nsw i64 %38, %39
  %41 = add nsw i64 %40, %i10
  %42 = getelementptr inbounds i32, ptr %6, i64 %41
  %43 = load i32, ptr %42, align 4, !alias.scope !258, !noalias !249
  %44 = shl i32 %43, 24
  %45 = select i1 true, i32 %44, i32 0
  %46 = lshr i32 %43, 8
  %47 = select i1 true, i32 %46, i32 0
  %48 = or i32 %45, %47
  %49 = xor i32 %37, %48
  %50 = mul nsw i64 %i, 2
  %51 = add nsw i64 %50, 0
  %52 = getelementptr inbounds i32, ptr %8, i64 %51
  %53 = load i32, ptr %52, align 4, !alias.scope !260, !noalias !249
  %54 = add i32 %49, %53
  %55 = add i32 %54, 2
  %56 = mul nsw i64 %i, 40
  %57 = mul nsw i64 %i5, 5
  %58 = add nsw i64 %56, %57
  %59 = add nsw i64 %58, %i10
  %60 = getelementptr inbounds i32, ptr %12, i64 %59
  store i32 %55, ptr %60, align 4, !alias.scope !262, !noalias !263
  %61 = getelementptr inbounds i32, ptr %10, i64 %i
  %62 = load i32, ptr %61, align 4, !alias.scope !264, !noalias !249
  %63 = add i32 %37, %62
  %64 = add i32 %63, %55
  %65 = getelementptr inbounds i32, ptr %14, i64 %59
  store i32 %64, ptr %65, align 4, !alias.scope !266, !noalias !267
  %66 = shl i32 %55, 13
  %67 = select i1 true, i32 %66, i32 0
  %68 = lshr i32 %55, 19
  %69 = select i1 true, i32 %68, i32 0
  %70 = or i32 %67, %69
  %71 = xor i32 %64, %70
  %72 = getelementptr inbounds i32, ptr %16, i64 %59
  store i32 %71, ptr %72, align 4, !alias.scope !268, !noalias !269
  %73 = add i32 %64, %71
  %74 = getelementptr inbounds i32, ptr %18, i64 %59
  store i32 %73, ptr %74, align 4, !alias.scope !270, !noalias !271
  %75 = shl i32 %71, 15
  %76 = select i1 true, i32 %75, i32 0
  %77 = lshr i32 %71, 17
  %78 = select i1 true, i32 %77, i32 0
  %79 = or i32 %76, %78
  %80 = xor i32 %73, %79
  %81 = getelementptr inbounds i32, ptr %20, i64 %59
  store i32 %80, ptr %81, align 4, !alias.scope !272, !noalias !273
  %82 = add i32 %73, %80
  %83 = getelementptr inbounds i32, ptr %22, i64 %59
  store i32 %82, ptr %83, align 4, !alias.scope !274, !noalias !275
  %84 = shl i32 %80, 26
  %85 = select i1 true, i32 %84, i32 0
  %86 = lshr i32 %80, 6
  %87 = select i1 true, i32 %86, i32 0
  %88 = or i32 %85, %87
  %89 = xor i32 %82, %88
  %90 = getelementptr inbounds i32, ptr %24, i64 %59
  store i32 %89, ptr %90, align 4, !alias.scope !276, !noalias !277
  %91 = add i32 %82, %89
  %92 = getelementptr inbounds i32, ptr %26, i64 %59
  store i32 %91, ptr %92, align 4, !alias.scope !278, !noalias !279
  br label %latch8

latch8:                                           ; preds = %body7
  %93 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !280

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
  %35 = load i32, ptr %34, align 4, !alias.scope !281, !noalias !284
  %36 = mul nsw i64 %i, 40
  %37 = mul nsw i64 %i5, 5
  %38 = add nsw i64 %36, %37
  %39 = add nsw i64 %38, %i10
  %40 = getelementptr inbounds i32, ptr %6, i64 %39
  %41 = load i32, ptr %40, align 4, !alias.scope !293, !noalias !284
  %42 = shl i32 %41, 6
  %43 = select i1 true, i32 %42, i32 0
  %44 = lshr i32 %41, 26
  %45 = select i1 true, i32 %44, i32 0
  %46 = or i32 %43, %45
  %47 = xor i32 %35, %46
  %48 = mul nsw i64 %i, 2
  %49 = add nsw i64 %48, 1
  %50 = getelementptr inbounds i32, ptr %8, i64 %49
  %51 = load i32, ptr %50, align 4, !alias.scope !295, !noalias !284
  %52 = add i32 %47, %51
  %53 = add i32 %52, 3
  %54 = mul nsw i64 %i, 40
  %55 = mul nsw i64 %i5, 5
  %56 = add nsw i64 %54, %55
  %57 = add nsw i64 %56, %i10
  %58 = getelementptr inbounds i32, ptr %10, i64 %57
  store i32 %53, ptr %58, align 4, !alias.scope !297, !noalias !298
  %59 = mul nsw i64 %i, 2
  %60 = add nsw i64 %59, 0
  %61 = getelementptr inbounds i32, ptr %8, i64 %60
  %62 = load i32, ptr %61, align 4, !alias.scope !295, !noalias !284
  %63 = add i32 %35, %62
  %64 = add i32 %63, %53
  %65 = getelementptr inbounds i32, ptr %12, i64 %57
  store i32 %64, ptr %65, align 4, !alias.scope !299, !noalias !300
  %66 = shl i32 %53, 17
  %67 = select i1 true, i32 %66, i32 0
  %68 = lshr i32 %53, 15
  %69 = select i1 true, i32 %68, i32 0
  %70 = or i32 %67, %69
  %71 = xor i32 %64, %70
  %72 = getelementptr inbounds i32, ptr %14, i64 %57
  store i32 %71, ptr %72, align 4, !alias.scope !301, !noalias !302
  %73 = add i32 %64, %71
  %74 = getelementptr inbounds i32, ptr %16, i64 %57
  store i32 %73, ptr %74, align 4, !alias.scope !303, !noalias !304
  %75 = shl i32 %71, 29
  %76 = select i1 true, i32 %75, i32 0
  %77 = lshr i32 %71, 3
  %78 = select i1 true, i32 %77, i32 0
  %79 = or i32 %76, %78
  %80 = xor i32 %73, %79
  %81 = getelementptr inbounds i32, ptr %18, i64 %57
  store i32 %80, ptr %81, align 4, !alias.scope !305, !noalias !306
  %82 = add i32 %73, %80
  %83 = getelementptr inbounds i32, ptr %20, i64 %57
  store i32 %82, ptr %83, align 4, !alias.scope !307, !noalias !308
  %84 = shl i32 %80, 16
  %85 = select i1 true, i32 %84, i32 0
  %86 = lshr i32 %80, 16
  %87 = select i1 true, i32 %86, i32 0
  %88 = or i32 %85, %87
  %89 = xor i32 %82, %88
  %90 = getelementptr inbounds i32, ptr %22, i64 %57
  store i32 %89, ptr %90, align 4, !alias.scope !309, !noalias !310
  %91 = add i32 %82, %89
  %92 = getelementptr inbounds i32, ptr %24, i64 %57
  store i32 %91, ptr %92, align 4, !alias.scope !311, !noalias !312
  br label %latch8

latch8:                                           ; preds = %body7
  %93 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !313

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
  %i10 = phi i64 [ 0, %body2 ], [ %89, %latch8 ]
  %29 = icmp slt i64 %i10, 5
  br i1 %29, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %30 = mul nsw i64 %i, 40
  %31 = mul nsw i64 %i5, 5
  %32 = add nsw i64 %30, %31
  %33 = add nsw i64 %32, %i10
  %34 = getelementptr inbounds i32, ptr %4, i64 %33
  %35 = load i32, ptr %34, align 4, !alias.scope !314, !noalias !317
  %36 = mul nsw i64 %i, 40
  %37 = mul nsw i64 %i5, 5
  %38 = add nsw i64 %36, %37
  %39 = add nsw i64 %38, %i10
  %40 = getelementptr inbounds i32, ptr %6, i64 %39
  %41 = load i32, ptr %40, align 4, !alias.scope !325, !noalias !317
  %42 = shl i32 %41, 24
  %43 = select i1 true, i32 %42, i32 0
  %44 = lshr i32 %41, 8
  %45 = select i1 true, i32 %44, i32 0
  %46 = or i32 %43, %45
  %47 = xor i32 %35, %46
  %48 = getelementptr inbounds i32, ptr %8, i64 %i
  %49 = load i32, ptr %48, align 4, !alias.scope !327, !noalias !317
  %50 = add i32 %47, %49
  %51 = add i32 %50, 4
  %52 = mul nsw i64 %i, 40
  %53 = mul nsw i64 %i5, 5
  %54 = add nsw i64 %52, %53
  %55 = add nsw i64 %54, %i10
  %56 = getelementptr inbounds i32, ptr %12, i64 %55
  store i32 %51, ptr %56, align 4, !alias.scope !329, !noalias !330
  %57 = mul nsw i64 %i, 2
  %58 = add nsw i64 %57, 1
  %59 = getelementptr inbounds i32, ptr %10, i64 %58
  %60 = load i32, ptr %59, align 4, !alias.scope !331, !noalias !317
  %61 = add i32 %35, %60
  %62 = add i32 %61, %51
  %63 = getelementptr inbounds i32, ptr %14, i64 %55
  store i32 %62, ptr %63, align 4, !alias.scope !333, !noalias !334
  %64 = shl i32 %51, 13
  %65 = select i1 true, i32 %64, i32 0
  %66 = lshr i32 %51, 19
  %67 = select i1 true, i32 %66, i32 0
  %68 = or i32 %65, %67
  %69 = xor i32 %62, %68
  %70 = getelementptr inbounds i32, ptr %16, i64 %55
  store i32 %69, ptr %70, align 4, !alias.scope !335, !noalias !336
  %71 = add i32 %62, %69
  %72 = getelementptr inbounds i32, ptr %18, i64 %55
  store i32 %71, ptr %72, align 4, !alias.scope !337, !noalias !338
  %73 = shl i32 %69, 15
  %74 = select i1 true, i32 %73, i32 0
  %75 = lshr i32 %69, 17
  %76 = select i1 true, i32 %75, i32 0
  %77 = or i32 %74, %76
  %78 = xor i32 %71, %77
  %79 = getelementptr inbounds i32, ptr %20, i64 %55
  store i32 %78, ptr %79, align 4, !alias.scope !339, !noalias !340
  %80 = add i32 %71, %78
  %81 = getelementptr inbounds i32, ptr %22, i64 %55
  store i32 %80, ptr %81, align 4, !alias.scope !341, !noalias !342
  %82 = shl i32 %78, 26
  %83 = select i1 true, i32 %82, i32 0
  %84 = lshr i32 %78, 6
  %85 = select i1 true, i32 %84, i32 0
  %86 = or i32 %83, %85
  %87 = xor i32 %80, %86
  %88 = getelementptr inbounds i32, ptr %24, i64 %55
  store i32 %87, ptr %88, align 4, !alias.scope !343, !noalias !344
  br label %latch8

latch8:                                           ; preds = %body7
  %89 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !345

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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = getelementptr inbounds float, ptr %4, i64 %i
  %9 = load float, ptr %8, align 4, !alias.scope !346, !noalias !349
  %10 = fmul float %9, 0x3FF5555560000000
  %11 = getelementptr inbounds float, ptr %6, i64 %i
  store float %10, ptr %11, align 4, !alias.scope !349
  br label %latch

latch:                                            ; preds = %body
  %12 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !351

exit:                                             ; preds = %loop
  ret i32 0
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
  %i10 = phi i64 [ 0, %body2 ], [ %67, %latch8 ]
  %19 = icmp slt i64 %i10, 5
  br i1 %19, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %20 = mul nsw i64 %i, 40
  %21 = mul nsw i64 %i5, 5
  %22 = add nsw i64 %20, %21
  %23 = add nsw i64 %22, %i10
  %24 = getelementptr inbounds i32, ptr %4, i64 %23
  %25 = load i32, ptr %24, align 4, !alias.scope !352, !noalias !355
  %26 = mul nsw i64 %i, 40
  %27 = mul nsw i64 %i5, 5
  %28 = add nsw i64 %26, %27
  %29 = add nsw i64 %28, %i10
  %30 = getelementptr inbounds i32, ptr %6, i64 %29
  %31 = load i32, ptr %30, align 4, !alias.scope !357, !noalias !355
  %32 = add i32 %25, %31
  %33 = getelementptr inbounds i32, ptr %8, i64 %i
  %34 = load i32, ptr %33, align 4, !alias.scope !359, !noalias !355
  %35 = add i32 %32, %34
  %36 = shl i32 %31, 6
  %37 = select i1 true, i32 %36, i32 0
  %38 = lshr i32 %31, 26
  %39 = select i1 true, i32 %38, i32 0
  %40 = or i32 %37, %39
  %41 = xor i32 %32, %40
  %42 = mul nsw i64 %i, 2
  %43 = add nsw i64 %42, 0
  %44 = getelementptr inbounds i32, ptr %10, i64 %43
  %45 = load i32, ptr %44, align 4, !alias.scope !361, !noalias !355
  %46 = add i32 %41, %45
  %47 = add i32 %46, 5
  %48 = xor i32 %35, %47
  %49 = lshr i32 %48, 9
  %50 = select i1 true, i32 %49, i32 0
  %51 = or i32 %50, 1065353216
  %52 = bitcast i32 %51 to float
  %53 = fsub float %52, 1.000000e+00
  %54 = call float @llvm.fma.f32(float %53, float 1.000000e+00, float 0.000000e+00)
  %55 = call float @llvm.maximum.f32(float 0.000000e+00, float %54)
  %56 = fcmp olt float %55, 7.500000e-01
  %57 = mul nsw i64 %i5, 5
  %58 = add nsw i64 %57, %i10
  %59 = getelementptr inbounds float, ptr %12, i64 %58
  %60 = load float, ptr %59, align 4, !alias.scope !363, !noalias !355
  %61 = select i1 %56, float %60, float 0.000000e+00
  %62 = mul nsw i64 %i, 40
  %63 = mul nsw i64 %i5, 5
  %64 = add nsw i64 %62, %63
  %65 = add nsw i64 %64, %i10
  %66 = getelementptr inbounds float, ptr %14, i64 %65
  store float %61, ptr %66, align 4, !alias.scope !355
  br label %latch8

latch8:                                           ; preds = %body7
  %67 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !365

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define i32 @dropout_batch(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [2 x ptr], align 8
  %5 = alloca [9 x ptr], align 8
  %6 = alloca [12 x ptr], align 8
  %7 = alloca [12 x ptr], align 8
  %8 = alloca [11 x ptr], align 8
  %9 = alloca [11 x ptr], align 8
  %10 = alloca [2 x ptr], align 8
  %11 = alloca [6 x ptr], align 8
  %12 = call i32 @ftc_rt_alloc(ptr %3, i64 16960)
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %fail, label %ok

fail:                                             ; preds = %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %12, %entry ], [ %19, %ok ], [ %38, %ok1 ], [ %63, %ok2 ], [ %88, %ok3 ], [ %111, %ok4 ], [ %134, %ok5 ], [ %139, %ok6 ], [ %151, %ok7 ]
  %14 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %14)
  ret i32 %status

ok:                                               ; preds = %entry
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds i8, ptr %15, i64 0
  %18 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %17, ptr %18, align 8
  %19 = call i32 @dropout_batch.k0(ptr %4, i64 0, i64 3)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %21 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %15, i64 64
  %23 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %22, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %15, i64 576
  %25 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %15, i64 1088
  %27 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %26, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %15, i64 1600
  %29 = getelementptr inbounds ptr, ptr %5, i64 4
  store ptr %28, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %15, i64 2112
  %31 = getelementptr inbounds ptr, ptr %5, i64 5
  store ptr %30, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %15, i64 2624
  %33 = getelementptr inbounds ptr, ptr %5, i64 6
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %15, i64 3136
  %35 = getelementptr inbounds ptr, ptr %5, i64 7
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %15, i64 3648
  %37 = getelementptr inbounds ptr, ptr %5, i64 8
  store ptr %36, ptr %37, align 8
  %38 = call i32 @dropout_batch.k1(ptr %5, i64 0, i64 3)
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %40 = getelementptr inbounds i8, ptr %15, i64 3648
  %41 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %40, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %15, i64 3136
  %43 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %42, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %15, i64 0
  %45 = getelementptr inbounds ptr, ptr %6, i64 2
  store ptr %44, ptr %45, align 8
  %46 = getelementptr inbounds ptr, ptr %6, i64 3
  store ptr %0, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %15, i64 4160
  %48 = getelementptr inbounds ptr, ptr %6, i64 4
  store ptr %47, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %15, i64 4672
  %50 = getelementptr inbounds ptr, ptr %6, i64 5
  store ptr %49, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %15, i64 5184
  %52 = getelementptr inbounds ptr, ptr %6, i64 6
  store ptr %51, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %15, i64 5696
  %54 = getelementptr inbounds ptr, ptr %6, i64 7
  store ptr %53, ptr %54, align 8
  %55 = getelementptr inbounds i8, ptr %15, i64 6208
  %56 = getelementptr inbounds ptr, ptr %6, i64 8
  store ptr %55, ptr %56, align 8
  %57 = getelementptr inbounds i8, ptr %15, i64 6720
  %58 = getelementptr inbounds ptr, ptr %6, i64 9
  store ptr %57, ptr %58, align 8
  %59 = getelementptr inbounds i8, ptr %15, i64 7232
  %60 = getelementptr inbounds ptr, ptr %6, i64 10
  store ptr %59, ptr %60, align 8
  %61 = getelementptr inbounds i8, ptr %15, i64 7744
  %62 = getelementptr inbounds ptr, ptr %6, i64 11
  store ptr %61, ptr %62, align 8
  %63 = call i32 @dropout_batch.k2(ptr %6, i64 0, i64 3)
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %65 = getelementptr inbounds i8, ptr %15, i64 7744
  %66 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %65, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %15, i64 7232
  %68 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %0, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %15, i64 0
  %71 = getelementptr inbounds ptr, ptr %7, i64 3
  store ptr %70, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %15, i64 3136
  %73 = getelementptr inbounds ptr, ptr %7, i64 4
  store ptr %72, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %15, i64 3648
  %75 = getelementptr inbounds ptr, ptr %7, i64 5
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %15, i64 8256
  %77 = getelementptr inbounds ptr, ptr %7, i64 6
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %15, i64 8768
  %79 = getelementptr inbounds ptr, ptr %7, i64 7
  store ptr %78, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %15, i64 9280
  %81 = getelementptr inbounds ptr, ptr %7, i64 8
  store ptr %80, ptr %81, align 8
  %82 = getelementptr inbounds i8, ptr %15, i64 9792
  %83 = getelementptr inbounds ptr, ptr %7, i64 9
  store ptr %82, ptr %83, align 8
  %84 = getelementptr inbounds i8, ptr %15, i64 10304
  %85 = getelementptr inbounds ptr, ptr %7, i64 10
  store ptr %84, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %15, i64 10816
  %87 = getelementptr inbounds ptr, ptr %7, i64 11
  store ptr %86, ptr %87, align 8
  %88 = call i32 @dropout_batch.k3(ptr %7, i64 0, i64 3)
  %89 = icmp ne i32 %88, 0
  br i1 %89, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %90 = getelementptr inbounds i8, ptr %15, i64 10816
  %91 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %15, i64 10304
  %93 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %0, ptr %94, align 8
  %95 = getelementptr inbounds i8, ptr %15, i64 7232
  %96 = getelementptr inbounds ptr, ptr %8, i64 3
  store ptr %95, ptr %96, align 8
  %97 = getelementptr inbounds i8, ptr %15, i64 7744
  %98 = getelementptr inbounds ptr, ptr %8, i64 4
  store ptr %97, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %15, i64 11328
  %100 = getelementptr inbounds ptr, ptr %8, i64 5
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds i8, ptr %15, i64 11840
  %102 = getelementptr inbounds ptr, ptr %8, i64 6
  store ptr %101, ptr %102, align 8
  %103 = getelementptr inbounds i8, ptr %15, i64 12352
  %104 = getelementptr inbounds ptr, ptr %8, i64 7
  store ptr %103, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %15, i64 12864
  %106 = getelementptr inbounds ptr, ptr %8, i64 8
  store ptr %105, ptr %106, align 8
  %107 = getelementptr inbounds i8, ptr %15, i64 13376
  %108 = getelementptr inbounds ptr, ptr %8, i64 9
  store ptr %107, ptr %108, align 8
  %109 = getelementptr inbounds i8, ptr %15, i64 13888
  %110 = getelementptr inbounds ptr, ptr %8, i64 10
  store ptr %109, ptr %110, align 8
  %111 = call i32 @dropout_batch.k4(ptr %8, i64 0, i64 3)
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %113 = getelementptr inbounds i8, ptr %15, i64 13888
  %114 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds i8, ptr %15, i64 13376
  %116 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds i8, ptr %15, i64 0
  %118 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %117, ptr %118, align 8
  %119 = getelementptr inbounds ptr, ptr %9, i64 3
  store ptr %0, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %15, i64 10304
  %121 = getelementptr inbounds ptr, ptr %9, i64 4
  store ptr %120, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %15, i64 10816
  %123 = getelementptr inbounds ptr, ptr %9, i64 5
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %15, i64 14400
  %125 = getelementptr inbounds ptr, ptr %9, i64 6
  store ptr %124, ptr %125, align 8
  %126 = getelementptr inbounds i8, ptr %15, i64 14912
  %127 = getelementptr inbounds ptr, ptr %9, i64 7
  store ptr %126, ptr %127, align 8
  %128 = getelementptr inbounds i8, ptr %15, i64 15424
  %129 = getelementptr inbounds ptr, ptr %9, i64 8
  store ptr %128, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %15, i64 15936
  %131 = getelementptr inbounds ptr, ptr %9, i64 9
  store ptr %130, ptr %131, align 8
  %132 = getelementptr inbounds i8, ptr %15, i64 16448
  %133 = getelementptr inbounds ptr, ptr %9, i64 10
  store ptr %132, ptr %133, align 8
  %134 = call i32 @dropout_batch.k5(ptr %9, i64 0, i64 3)
  %135 = icmp ne i32 %134, 0
  br i1 %135, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %136 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %1, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %15, i64 13376
  %138 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %137, ptr %138, align 8
  %139 = call i32 @dropout_batch.k6(ptr %10, i64 0, i64 40)
  %140 = icmp ne i32 %139, 0
  br i1 %140, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %141 = getelementptr inbounds i8, ptr %15, i64 15936
  %142 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %141, ptr %142, align 8
  %143 = getelementptr inbounds i8, ptr %15, i64 16448
  %144 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %143, ptr %144, align 8
  %145 = getelementptr inbounds i8, ptr %15, i64 0
  %146 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %145, ptr %146, align 8
  %147 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr %0, ptr %147, align 8
  %148 = getelementptr inbounds i8, ptr %15, i64 13376
  %149 = getelementptr inbounds ptr, ptr %11, i64 4
  store ptr %148, ptr %149, align 8
  %150 = getelementptr inbounds ptr, ptr %11, i64 5
  store ptr %2, ptr %150, align 8
  %151 = call i32 @dropout_batch.k7(ptr %11, i64 0, i64 3)
  %152 = icmp ne i32 %151, 0
  br i1 %152, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %153 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %153)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{!1}
!1 = !{!"dropout.k0.buffer0", !2}
!2 = !{!"dropout.k0.buffers"}
!3 = !{!4}
!4 = !{!"dropout.k0.buffer1", !2}
!5 = !{!6}
!6 = !{!"dropout.k1.buffer0", !7}
!7 = !{!"dropout.k1.buffers"}
!8 = !{!9, !10, !11, !12, !13, !14, !15, !16}
!9 = !{!"dropout.k1.buffer1", !7}
!10 = !{!"dropout.k1.buffer2", !7}
!11 = !{!"dropout.k1.buffer3", !7}
!12 = !{!"dropout.k1.buffer4", !7}
!13 = !{!"dropout.k1.buffer5", !7}
!14 = !{!"dropout.k1.buffer6", !7}
!15 = !{!"dropout.k1.buffer7", !7}
!16 = !{!"dropout.k1.buffer8", !7}
!17 = !{!9}
!18 = !{!10, !11, !12, !13, !14, !15, !16}
!19 = !{!10}
!20 = !{!9, !11, !12, !13, !14, !15, !16}
!21 = !{!11}
!22 = !{!9, !10, !12, !13, !14, !15, !16}
!23 = !{!12}
!24 = !{!9, !10, !11, !13, !14, !15, !16}
!25 = !{!13}
!26 = !{!9, !10, !11, !12, !14, !15, !16}
!27 = !{!14}
!28 = !{!9, !10, !11, !12, !13, !15, !16}
!29 = !{!15}
!30 = !{!9, !10, !11, !12, !13, !14, !16}
!31 = !{!16}
!32 = !{!9, !10, !11, !12, !13, !14, !15}
!33 = distinct !{!33, !34, !35}
!34 = !{!"llvm.loop.vectorize.width", i32 8}
!35 = !{!"llvm.loop.unroll.disable"}
!36 = !{!37}
!37 = !{!"dropout.k2.buffer0", !38}
!38 = !{!"dropout.k2.buffers"}
!39 = !{!40, !41, !42, !43, !44, !45, !46, !47}
!40 = !{!"dropout.k2.buffer4", !38}
!41 = !{!"dropout.k2.buffer5", !38}
!42 = !{!"dropout.k2.buffer6", !38}
!43 = !{!"dropout.k2.buffer7", !38}
!44 = !{!"dropout.k2.buffer8", !38}
!45 = !{!"dropout.k2.buffer9", !38}
!46 = !{!"dropout.k2.buffer10", !38}
!47 = !{!"dropout.k2.buffer11", !38}
!48 = !{!49}
!49 = !{!"dropout.k2.buffer1", !38}
!50 = !{!51}
!51 = !{!"dropout.k2.buffer2", !38}
!52 = !{!40}
!53 = !{!41, !42, !43, !44, !45, !46, !47}
!54 = !{!55}
!55 = !{!"dropout.k2.buffer3", !38}
!56 = !{!41}
!57 = !{!40, !42, !43, !44, !45, !46, !47}
!58 = !{!42}
!59 = !{!40, !41, !43, !44, !45, !46, !47}
!60 = !{!43}
!61 = !{!40, !41, !42, !44, !45, !46, !47}
!62 = !{!44}
!63 = !{!40, !41, !42, !43, !45, !46, !47}
!64 = !{!45}
!65 = !{!40, !41, !42, !43, !44, !46, !47}
!66 = !{!46}
!67 = !{!40, !41, !42, !43, !44, !45, !47}
!68 = !{!47}
!69 = !{!40, !41, !42, !43, !44, !45, !46}
!70 = distinct !{!70, !34, !35}
!71 = !{!72}
!72 = !{!"dropout.k3.buffer0", !73}
!73 = !{!"dropout.k3.buffers"}
!74 = !{!75, !76, !77, !78, !79, !80, !81, !82}
!75 = !{!"dropout.k3.buffer4", !73}
!76 = !{!"dropout.k3.buffer5", !73}
!77 = !{!"dropout.k3.buffer6", !73}
!78 = !{!"dropout.k3.buffer7", !73}
!79 = !{!"dropout.k3.buffer8", !73}
!80 = !{!"dropout.k3.buffer9", !73}
!81 = !{!"dropout.k3.buffer10", !73}
!82 = !{!"dropout.k3.buffer11", !73}
!83 = !{!84}
!84 = !{!"dropout.k3.buffer1", !73}
!85 = !{!86}
!86 = !{!"dropout.k3.buffer2", !73}
!87 = !{!75}
!88 = !{!76, !77, !78, !79, !80, !81, !82}
!89 = !{!90}
!90 = !{!"dropout.k3.buffer3", !73}
!91 = !{!76}
!92 = !{!75, !77, !78, !79, !80, !81, !82}
!93 = !{!77}
!94 = !{!75, !76, !78, !79, !80, !81, !82}
!95 = !{!78}
!96 = !{!75, !76, !77, !79, !80, !81, !82}
!97 = !{!79}
!98 = !{!75, !76, !77, !78, !80, !81, !82}
!99 = !{!80}
!100 = !{!75, !76, !77, !78, !79, !81, !82}
!101 = !{!81}
!102 = !{!75, !76, !77, !78, !79, !80, !82}
!103 = !{!82}
!104 = !{!75, !76, !77, !78, !79, !80, !81}
!105 = distinct !{!105, !34, !35}
!106 = !{!107}
!107 = !{!"dropout.k4.buffer0", !108}
!108 = !{!"dropout.k4.buffers"}
!109 = !{!110, !111, !112, !113, !114, !115, !116, !117}
!110 = !{!"dropout.k4.buffer3", !108}
!111 = !{!"dropout.k4.buffer4", !108}
!112 = !{!"dropout.k4.buffer5", !108}
!113 = !{!"dropout.k4.buffer6", !108}
!114 = !{!"dropout.k4.buffer7", !108}
!115 = !{!"dropout.k4.buffer8", !108}
!116 = !{!"dropout.k4.buffer9", !108}
!117 = !{!"dropout.k4.buffer10", !108}
!118 = !{!119}
!119 = !{!"dropout.k4.buffer1", !108}
!120 = !{!121}
!121 = !{!"dropout.k4.buffer2", !108}
!122 = !{!110}
!123 = !{!111, !112, !113, !114, !115, !116, !117}
!124 = !{!111}
!125 = !{!110, !112, !113, !114, !115, !116, !117}
!126 = !{!112}
!127 = !{!110, !111, !113, !114, !115, !116, !117}
!128 = !{!113}
!129 = !{!110, !111, !112, !114, !115, !116, !117}
!130 = !{!114}
!131 = !{!110, !111, !112, !113, !115, !116, !117}
!132 = !{!115}
!133 = !{!110, !111, !112, !113, !114, !116, !117}
!134 = !{!116}
!135 = !{!110, !111, !112, !113, !114, !115, !117}
!136 = !{!117}
!137 = !{!110, !111, !112, !113, !114, !115, !116}
!138 = distinct !{!138, !34, !35}
!139 = !{!140}
!140 = !{!"dropout.k5.buffer0", !141}
!141 = !{!"dropout.k5.buffers"}
!142 = !{!143, !144, !145, !146, !147, !148, !149, !150}
!143 = !{!"dropout.k5.buffer5", !141}
!144 = !{!"dropout.k5.buffer6", !141}
!145 = !{!"dropout.k5.buffer7", !141}
!146 = !{!"dropout.k5.buffer8", !141}
!147 = !{!"dropout.k5.buffer9", !141}
!148 = !{!"dropout.k5.buffer10", !141}
!149 = !{!"dropout.k5.buffer11", !141}
!150 = !{!"dropout.k5.buffer12", !141}
!151 = !{!152}
!152 = !{!"dropout.k5.buffer1", !141}
!153 = !{!154}
!154 = !{!"dropout.k5.buffer2", !141}
!155 = !{!143}
!156 = !{!144, !145, !146, !147, !148, !149, !150}
!157 = !{!158}
!158 = !{!"dropout.k5.buffer3", !141}
!159 = !{!144}
!160 = !{!143, !145, !146, !147, !148, !149, !150}
!161 = !{!145}
!162 = !{!143, !144, !146, !147, !148, !149, !150}
!163 = !{!146}
!164 = !{!143, !144, !145, !147, !148, !149, !150}
!165 = !{!147}
!166 = !{!143, !144, !145, !146, !148, !149, !150}
!167 = !{!148}
!168 = !{!143, !144, !145, !146, !147, !149, !150}
!169 = !{!149}
!170 = !{!143, !144, !145, !146, !147, !148, !150}
!171 = !{!172}
!172 = !{!"dropout.k5.buffer4", !141}
!173 = !{!150}
!174 = !{!143, !144, !145, !146, !147, !148, !149}
!175 = distinct !{!175, !34, !35}
!176 = !{!177}
!177 = !{!"dropout_batch.k0.buffer0", !178}
!178 = !{!"dropout_batch.k0.buffers"}
!179 = !{!180}
!180 = !{!"dropout_batch.k0.buffer1", !178}
!181 = distinct !{!181, !34, !35}
!182 = !{!183}
!183 = !{!"dropout_batch.k1.buffer0", !184}
!184 = !{!"dropout_batch.k1.buffers"}
!185 = !{!186, !187, !188, !189, !190, !191, !192, !193}
!186 = !{!"dropout_batch.k1.buffer1", !184}
!187 = !{!"dropout_batch.k1.buffer2", !184}
!188 = !{!"dropout_batch.k1.buffer3", !184}
!189 = !{!"dropout_batch.k1.buffer4", !184}
!190 = !{!"dropout_batch.k1.buffer5", !184}
!191 = !{!"dropout_batch.k1.buffer6", !184}
!192 = !{!"dropout_batch.k1.buffer7", !184}
!193 = !{!"dropout_batch.k1.buffer8", !184}
!194 = !{!186}
!195 = !{!187, !188, !189, !190, !191, !192, !193}
!196 = !{!187}
!197 = !{!186, !188, !189, !190, !191, !192, !193}
!198 = !{!188}
!199 = !{!186, !187, !189, !190, !191, !192, !193}
!200 = !{!189}
!201 = !{!186, !187, !188, !190, !191, !192, !193}
!202 = !{!190}
!203 = !{!186, !187, !188, !189, !191, !192, !193}
!204 = !{!191}
!205 = !{!186, !187, !188, !189, !190, !192, !193}
!206 = !{!192}
!207 = !{!186, !187, !188, !189, !190, !191, !193}
!208 = !{!193}
!209 = !{!186, !187, !188, !189, !190, !191, !192}
!210 = distinct !{!210, !34, !35}
!211 = !{!212}
!212 = !{!"dropout_batch.k2.buffer0", !213}
!213 = !{!"dropout_batch.k2.buffers"}
!214 = !{!215, !216, !217, !218, !219, !220, !221, !222}
!215 = !{!"dropout_batch.k2.buffer4", !213}
!216 = !{!"dropout_batch.k2.buffer5", !213}
!217 = !{!"dropout_batch.k2.buffer6", !213}
!218 = !{!"dropout_batch.k2.buffer7", !213}
!219 = !{!"dropout_batch.k2.buffer8", !213}
!220 = !{!"dropout_batch.k2.buffer9", !213}
!221 = !{!"dropout_batch.k2.buffer10", !213}
!222 = !{!"dropout_batch.k2.buffer11", !213}
!223 = !{!224}
!224 = !{!"dropout_batch.k2.buffer1", !213}
!225 = !{!226}
!226 = !{!"dropout_batch.k2.buffer2", !213}
!227 = !{!215}
!228 = !{!216, !217, !218, !219, !220, !221, !222}
!229 = !{!230}
!230 = !{!"dropout_batch.k2.buffer3", !213}
!231 = !{!216}
!232 = !{!215, !217, !218, !219, !220, !221, !222}
!233 = !{!217}
!234 = !{!215, !216, !218, !219, !220, !221, !222}
!235 = !{!218}
!236 = !{!215, !216, !217, !219, !220, !221, !222}
!237 = !{!219}
!238 = !{!215, !216, !217, !218, !220, !221, !222}
!239 = !{!220}
!240 = !{!215, !216, !217, !218, !219, !221, !222}
!241 = !{!221}
!242 = !{!215, !216, !217, !218, !219, !220, !222}
!243 = !{!222}
!244 = !{!215, !216, !217, !218, !219, !220, !221}
!245 = distinct !{!245, !34, !35}
!246 = !{!247}
!247 = !{!"dropout_batch.k3.buffer0", !248}
!248 = !{!"dropout_batch.k3.buffers"}
!249 = !{!250, !251, !252, !253, !254, !255, !256, !257}
!250 = !{!"dropout_batch.k3.buffer4", !248}
!251 = !{!"dropout_batch.k3.buffer5", !248}
!252 = !{!"dropout_batch.k3.buffer6", !248}
!253 = !{!"dropout_batch.k3.buffer7", !248}
!254 = !{!"dropout_batch.k3.buffer8", !248}
!255 = !{!"dropout_batch.k3.buffer9", !248}
!256 = !{!"dropout_batch.k3.buffer10", !248}
!257 = !{!"dropout_batch.k3.buffer11", !248}
!258 = !{!259}
!259 = !{!"dropout_batch.k3.buffer1", !248}
!260 = !{!261}
!261 = !{!"dropout_batch.k3.buffer2", !248}
!262 = !{!250}
!263 = !{!251, !252, !253, !254, !255, !256, !257}
!264 = !{!265}
!265 = !{!"dropout_batch.k3.buffer3", !248}
!266 = !{!251}
!267 = !{!250, !252, !253, !254, !255, !256, !257}
!268 = !{!252}
!269 = !{!250, !251, !253, !254, !255, !256, !257}
!270 = !{!253}
!271 = !{!250, !251, !252, !254, !255, !256, !257}
!272 = !{!254}
!273 = !{!250, !251, !252, !253, !255, !256, !257}
!274 = !{!255}
!275 = !{!250, !251, !252, !253, !254, !256, !257}
!276 = !{!256}
!277 = !{!250, !251, !252, !253, !254, !255, !257}
!278 = !{!257}
!279 = !{!250, !251, !252, !253, !254, !255, !256}
!280 = distinct !{!280, !34, !35}
!281 = !{!282}
!282 = !{!"dropout_batch.k4.buffer0", !283}
!283 = !{!"dropout_batch.k4.buffers"}
!284 = !{!285, !286, !287, !288, !289, !290, !291, !292}
!285 = !{!"dropout_batch.k4.buffer3", !283}
!286 = !{!"dropout_batch.k4.buffer4", !283}
!287 = !{!"dropout_batch.k4.buffer5", !283}
!288 = !{!"dropout_batch.k4.buffer6", !283}
!289 = !{!"dropout_batch.k4.buffer7", !283}
!290 = !{!"dropout_batch.k4.buffer8", !283}
!291 = !{!"dropout_batch.k4.buffer9", !283}
!292 = !{!"dropout_batch.k4.buffer10", !283}
!293 = !{!294}
!294 = !{!"dropout_batch.k4.buffer1", !283}
!295 = !{!296}
!296 = !{!"dropout_batch.k4.buffer2", !283}
!297 = !{!285}
!298 = !{!286, !287, !288, !289, !290, !291, !292}
!299 = !{!286}
!300 = !{!285, !287, !288, !289, !290, !291, !292}
!301 = !{!287}
!302 = !{!285, !286, !288, !289, !290, !291, !292}
!303 = !{!288}
!304 = !{!285, !286, !287, !289, !290, !291, !292}
!305 = !{!289}
!306 = !{!285, !286, !287, !288, !290, !291, !292}
!307 = !{!290}
!308 = !{!285, !286, !287, !288, !289, !291, !292}
!309 = !{!291}
!310 = !{!285, !286, !287, !288, !289, !290, !292}
!311 = !{!292}
!312 = !{!285, !286, !287, !288, !289, !290, !291}
!313 = distinct !{!313, !34, !35}
!314 = !{!315}
!315 = !{!"dropout_batch.k5.buffer0", !316}
!316 = !{!"dropout_batch.k5.buffers"}
!317 = !{!318, !319, !320, !321, !322, !323, !324}
!318 = !{!"dropout_batch.k5.buffer4", !316}
!319 = !{!"dropout_batch.k5.buffer5", !316}
!320 = !{!"dropout_batch.k5.buffer6", !316}
!321 = !{!"dropout_batch.k5.buffer7", !316}
!322 = !{!"dropout_batch.k5.buffer8", !316}
!323 = !{!"dropout_batch.k5.buffer9", !316}
!324 = !{!"dropout_batch.k5.buffer10", !316}
!325 = !{!326}
!326 = !{!"dropout_batch.k5.buffer1", !316}
!327 = !{!328}
!328 = !{!"dropout_batch.k5.buffer2", !316}
!329 = !{!318}
!330 = !{!319, !320, !321, !322, !323, !324}
!331 = !{!332}
!332 = !{!"dropout_batch.k5.buffer3", !316}
!333 = !{!319}
!334 = !{!318, !320, !321, !322, !323, !324}
!335 = !{!320}
!336 = !{!318, !319, !321, !322, !323, !324}
!337 = !{!321}
!338 = !{!318, !319, !320, !322, !323, !324}
!339 = !{!322}
!340 = !{!318, !319, !320, !321, !323, !324}
!341 = !{!323}
!342 = !{!318, !319, !320, !321, !322, !324}
!343 = !{!324}
!344 = !{!318, !319, !320, !321, !322, !323}
!345 = distinct !{!345, !34, !35}
!346 = !{!347}
!347 = !{!"dropout_batch.k6.buffer0", !348}
!348 = !{!"dropout_batch.k6.buffers"}
!349 = !{!350}
!350 = !{!"dropout_batch.k6.buffer1", !348}
!351 = distinct !{!351, !34, !35}
!352 = !{!353}
!353 = !{!"dropout_batch.k7.buffer0", !354}
!354 = !{!"dropout_batch.k7.buffers"}
!355 = !{!356}
!356 = !{!"dropout_batch.k7.buffer5", !354}
!357 = !{!358}
!358 = !{!"dropout_batch.k7.buffer1", !354}
!359 = !{!360}
!360 = !{!"dropout_batch.k7.buffer2", !354}
!361 = !{!362}
!362 = !{!"dropout_batch.k7.buffer3", !354}
!363 = !{!364}
!364 = !{!"dropout_batch.k7.buffer4", !354}
!365 = distinct !{!365, !34, !35}
