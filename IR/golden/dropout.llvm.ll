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
  %i5 = phi i64 [ 0, %body ], [ %20, %latch3 ]
  %9 = icmp slt i64 %i5, 5
  br i1 %9, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %10 = mul nsw i64 %i, 5
  %11 = add nsw i64 %10, %i5
  %12 = getelementptr inbounds i32, ptr @literal, i64 %11
  %13 = load i32, ptr %12, align 4
  %14 = getelementptr inbounds i32, ptr %4, i64 1
  %15 = load i32, ptr %14, align 4
  %16 = add i32 %13, %15
  %17 = mul nsw i64 %i, 5
  %18 = add nsw i64 %17, %i5
  %19 = getelementptr inbounds i32, ptr %6, i64 %18
  store i32 %16, ptr %19, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %20 = add nsw i64 %i5, 1
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %10, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %10 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %22, %latch3 ]
  %11 = icmp slt i64 %i5, 5
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %12 = getelementptr inbounds i32, ptr %4, i64 0
  %13 = load i32, ptr %12, align 4
  %14 = mul nsw i64 %i, 5
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds i32, ptr %6, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = add i32 %13, %17
  %19 = mul nsw i64 %i, 5
  %20 = add nsw i64 %19, %i5
  %21 = getelementptr inbounds i32, ptr %8, i64 %20
  store i32 %18, ptr %21, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %22 = add nsw i64 %i5, 1
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 13
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 19
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !5

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout.k5(ptr %0, i64 %1, i64 %2) #1 {
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
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = add i32 %11, %13
  %15 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !6

exit:                                             ; preds = %loop
  ret i32 0
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 15
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 17
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !7

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout.k8(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 26
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 6
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !8

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout.k10(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds i32, ptr %4, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = getelementptr inbounds i32, ptr %6, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = shl i32 %15, 6
  %17 = select i1 true, i32 %16, i32 0
  %18 = lshr i32 %15, 26
  %19 = select i1 true, i32 %18, i32 0
  %20 = or i32 %17, %19
  %21 = xor i32 %13, %20
  %22 = getelementptr inbounds i32, ptr %8, i64 %i
  %23 = load i32, ptr %22, align 4
  %24 = add i32 %21, %23
  %25 = add i32 %24, 1
  %26 = getelementptr inbounds i32, ptr %10, i64 %i
  store i32 %25, ptr %26, align 4
  br label %latch

latch:                                            ; preds = %body
  %27 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !9

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout.k11(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %29, %latch3 ]
  %13 = icmp slt i64 %i5, 5
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 5
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds i32, ptr %4, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = getelementptr inbounds i32, ptr %6, i64 1
  %19 = load i32, ptr %18, align 4
  %20 = add i32 %17, %19
  %21 = mul nsw i64 %i, 5
  %22 = add nsw i64 %21, %i5
  %23 = getelementptr inbounds i32, ptr %8, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = add i32 %20, %24
  %26 = mul nsw i64 %i, 5
  %27 = add nsw i64 %26, %i5
  %28 = getelementptr inbounds i32, ptr %10, i64 %27
  store i32 %25, ptr %28, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %29 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !10

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: noinline nounwind
define internal i32 @dropout.k12(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 17
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 15
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !11

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout.k14(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 29
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 3
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !12

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout.k16(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 16
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 16
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !13

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout.k18(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %35, %latch3 ]
  %13 = icmp slt i64 %i5, 5
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 5
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds i32, ptr %4, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = mul nsw i64 %i, 5
  %19 = add nsw i64 %18, %i5
  %20 = getelementptr inbounds i32, ptr %6, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = shl i32 %21, 24
  %23 = select i1 true, i32 %22, i32 0
  %24 = lshr i32 %21, 8
  %25 = select i1 true, i32 %24, i32 0
  %26 = or i32 %23, %25
  %27 = xor i32 %17, %26
  %28 = getelementptr inbounds i32, ptr %8, i64 0
  %29 = load i32, ptr %28, align 4
  %30 = add i32 %27, %29
  %31 = add i32 %30, 2
  %32 = mul nsw i64 %i, 5
  %33 = add nsw i64 %32, %i5
  %34 = getelementptr inbounds i32, ptr %10, i64 %33
  store i32 %31, ptr %34, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %35 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !14

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dropout.k19(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds i32, ptr %4, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = getelementptr inbounds i32, ptr %6, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = add i32 %13, %15
  %17 = getelementptr inbounds i32, ptr %8, i64 %i
  %18 = load i32, ptr %17, align 4
  %19 = add i32 %16, %18
  %20 = getelementptr inbounds i32, ptr %10, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !15

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout.k20(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 13
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 19
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !16

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout.k22(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 15
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 17
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !17

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout.k24(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 26
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 6
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !18

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout.k26(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %35, %latch3 ]
  %13 = icmp slt i64 %i5, 5
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 5
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds i32, ptr %4, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = mul nsw i64 %i, 5
  %19 = add nsw i64 %18, %i5
  %20 = getelementptr inbounds i32, ptr %6, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = shl i32 %21, 6
  %23 = select i1 true, i32 %22, i32 0
  %24 = lshr i32 %21, 26
  %25 = select i1 true, i32 %24, i32 0
  %26 = or i32 %23, %25
  %27 = xor i32 %17, %26
  %28 = getelementptr inbounds i32, ptr %8, i64 1
  %29 = load i32, ptr %28, align 4
  %30 = add i32 %27, %29
  %31 = add i32 %30, 3
  %32 = mul nsw i64 %i, 5
  %33 = add nsw i64 %32, %i5
  %34 = getelementptr inbounds i32, ptr %10, i64 %33
  store i32 %31, ptr %34, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %35 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !19

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dropout.k27(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %29, %latch3 ]
  %13 = icmp slt i64 %i5, 5
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %14 = mul nsw i64 %i, 5
  %15 = add nsw i64 %14, %i5
  %16 = getelementptr inbounds i32, ptr %4, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = getelementptr inbounds i32, ptr %6, i64 0
  %19 = load i32, ptr %18, align 4
  %20 = add i32 %17, %19
  %21 = mul nsw i64 %i, 5
  %22 = add nsw i64 %21, %i5
  %23 = getelementptr inbounds i32, ptr %8, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = add i32 %20, %24
  %26 = mul nsw i64 %i, 5
  %27 = add nsw i64 %26, %i5
  %28 = getelementptr inbounds i32, ptr %10, i64 %27
  store i32 %25, ptr %28, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %29 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !20

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nounwind
define internal i32 @dropout.k30(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 29
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 3
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !21

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout.k34(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds i32, ptr %4, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = getelementptr inbounds i32, ptr %6, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = shl i32 %15, 24
  %17 = select i1 true, i32 %16, i32 0
  %18 = lshr i32 %15, 8
  %19 = select i1 true, i32 %18, i32 0
  %20 = or i32 %17, %19
  %21 = xor i32 %13, %20
  %22 = getelementptr inbounds i32, ptr %8, i64 %i
  %23 = load i32, ptr %22, align 4
  %24 = add i32 %21, %23
  %25 = add i32 %24, 4
  %26 = getelementptr inbounds i32, ptr %10, i64 %i
  store i32 %25, ptr %26, align 4
  br label %latch

latch:                                            ; preds = %body
  %27 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !22

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout.k41(ptr %0, i64 %1, i64 %2) #0 {
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
  %i5 = phi i64 [ 0, %body ], [ %60, %latch3 ]
  %17 = icmp slt i64 %i5, 5
  br i1 %17, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %18 = mul nsw i64 %i, 5
  %19 = add nsw i64 %18, %i5
  %20 = getelementptr inbounds i32, ptr %4, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = mul nsw i64 %i, 5
  %23 = add nsw i64 %22, %i5
  %24 = getelementptr inbounds i32, ptr %6, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = add i32 %21, %25
  %27 = mul nsw i64 %i, 5
  %28 = add nsw i64 %27, %i5
  %29 = getelementptr inbounds i32, ptr %8, i64 %28
  %30 = load i32, ptr %29, align 4
  %31 = add i32 %26, %30
  %32 = shl i32 %25, 6
  %33 = select i1 true, i32 %32, i32 0
  %34 = lshr i32 %25, 26
  %35 = select i1 true, i32 %34, i32 0
  %36 = or i32 %33, %35
  %37 = xor i32 %26, %36
  %38 = getelementptr inbounds i32, ptr %10, i64 0
  %39 = load i32, ptr %38, align 4
  %40 = add i32 %37, %39
  %41 = add i32 %40, 5
  %42 = xor i32 %31, %41
  %43 = lshr i32 %42, 9
  %44 = select i1 true, i32 %43, i32 0
  %45 = or i32 %44, 1065353216
  %46 = bitcast i32 %45 to float
  %47 = fsub float %46, 1.000000e+00
  %48 = call float @llvm.fma.f32(float %47, float 1.000000e+00, float 0.000000e+00)
  %49 = call float @llvm.maximum.f32(float 0.000000e+00, float %48)
  %50 = fcmp olt float %49, 7.500000e-01
  %51 = mul nsw i64 %i, 5
  %52 = add nsw i64 %51, %i5
  %53 = getelementptr inbounds float, ptr %12, i64 %52
  %54 = load float, ptr %53, align 4
  %55 = fmul float %54, 0x3FF5555560000000
  %56 = select i1 %50, float %55, float 0.000000e+00
  %57 = mul nsw i64 %i, 5
  %58 = add nsw i64 %57, %i5
  %59 = getelementptr inbounds float, ptr %14, i64 %58
  store float %56, ptr %59, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %60 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !23

exit4:                                            ; preds = %loop1
  br label %latch
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #2

; Function Attrs: nounwind
define i32 @dropout(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [2 x ptr], align 8
  %5 = alloca [2 x ptr], align 8
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [3 x ptr], align 8
  %14 = alloca [4 x ptr], align 8
  %15 = alloca [4 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [3 x ptr], align 8
  %20 = alloca [3 x ptr], align 8
  %21 = alloca [3 x ptr], align 8
  %22 = alloca [4 x ptr], align 8
  %23 = alloca [4 x ptr], align 8
  %24 = alloca [3 x ptr], align 8
  %25 = alloca [3 x ptr], align 8
  %26 = alloca [3 x ptr], align 8
  %27 = alloca [3 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [3 x ptr], align 8
  %30 = alloca [4 x ptr], align 8
  %31 = alloca [4 x ptr], align 8
  %32 = alloca [3 x ptr], align 8
  %33 = alloca [3 x ptr], align 8
  %34 = alloca [3 x ptr], align 8
  %35 = alloca [3 x ptr], align 8
  %36 = alloca [3 x ptr], align 8
  %37 = alloca [3 x ptr], align 8
  %38 = alloca [4 x ptr], align 8
  %39 = alloca [4 x ptr], align 8
  %40 = alloca [3 x ptr], align 8
  %41 = alloca [3 x ptr], align 8
  %42 = alloca [3 x ptr], align 8
  %43 = alloca [3 x ptr], align 8
  %44 = alloca [3 x ptr], align 8
  %45 = alloca [6 x ptr], align 8
  %46 = call i32 @ftc_rt_alloc(ptr %3, i64 832)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %fail, label %ok

fail:                                             ; preds = %ok41, %ok40, %ok39, %ok38, %ok37, %ok36, %ok35, %ok34, %ok33, %ok32, %ok31, %ok30, %ok29, %ok28, %ok27, %ok26, %ok25, %ok24, %ok23, %ok22, %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %46, %entry ], [ %53, %ok ], [ %59, %ok1 ], [ %64, %ok2 ], [ %71, %ok3 ], [ %79, %ok4 ], [ %87, %ok5 ], [ %95, %ok6 ], [ %103, %ok7 ], [ %111, %ok8 ], [ %119, %ok9 ], [ %129, %ok10 ], [ %138, %ok11 ], [ %146, %ok12 ], [ %154, %ok13 ], [ %162, %ok14 ], [ %170, %ok15 ], [ %178, %ok16 ], [ %186, %ok17 ], [ %195, %ok18 ], [ %205, %ok19 ], [ %213, %ok20 ], [ %221, %ok21 ], [ %229, %ok22 ], [ %237, %ok23 ], [ %245, %ok24 ], [ %253, %ok25 ], [ %262, %ok26 ], [ %271, %ok27 ], [ %279, %ok28 ], [ %287, %ok29 ], [ %295, %ok30 ], [ %303, %ok31 ], [ %311, %ok32 ], [ %319, %ok33 ], [ %329, %ok34 ], [ %338, %ok35 ], [ %346, %ok36 ], [ %354, %ok37 ], [ %362, %ok38 ], [ %370, %ok39 ], [ %378, %ok40 ], [ %389, %ok41 ]
  %48 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %48)
  ret i32 %status

ok:                                               ; preds = %entry
  %49 = load ptr, ptr %3, align 8
  %50 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %49, i64 0
  %52 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %51, ptr %52, align 8
  %53 = call i32 @dropout.k0(ptr %4, i64 0, i64 1)
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %55 = getelementptr inbounds i8, ptr %49, i64 0
  %56 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %55, ptr %56, align 8
  %57 = getelementptr inbounds i8, ptr %49, i64 64
  %58 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %57, ptr %58, align 8
  %59 = call i32 @dropout.k1(ptr %5, i64 0, i64 8)
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %61 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %49, i64 256
  %63 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %62, ptr %63, align 8
  %64 = call i32 @dropout.k2(ptr %6, i64 0, i64 8)
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %66 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %66, align 8
  %67 = getelementptr inbounds i8, ptr %49, i64 256
  %68 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %67, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %49, i64 448
  %70 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %69, ptr %70, align 8
  %71 = call i32 @dropout.k3(ptr %7, i64 0, i64 8)
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %73 = getelementptr inbounds i8, ptr %49, i64 448
  %74 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %73, ptr %74, align 8
  %75 = getelementptr inbounds i8, ptr %49, i64 256
  %76 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %75, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %49, i64 640
  %78 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %77, ptr %78, align 8
  %79 = call i32 @dropout.k4(ptr %8, i64 0, i64 40)
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %81 = getelementptr inbounds i8, ptr %49, i64 448
  %82 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %81, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %49, i64 640
  %84 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %83, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %49, i64 256
  %86 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %85, ptr %86, align 8
  %87 = call i32 @dropout.k5(ptr %9, i64 0, i64 40)
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %89 = getelementptr inbounds i8, ptr %49, i64 256
  %90 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %89, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %49, i64 640
  %92 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %91, ptr %92, align 8
  %93 = getelementptr inbounds i8, ptr %49, i64 448
  %94 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %93, ptr %94, align 8
  %95 = call i32 @dropout.k6(ptr %10, i64 0, i64 40)
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %97 = getelementptr inbounds i8, ptr %49, i64 256
  %98 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %97, ptr %98, align 8
  %99 = getelementptr inbounds i8, ptr %49, i64 448
  %100 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %99, ptr %100, align 8
  %101 = getelementptr inbounds i8, ptr %49, i64 640
  %102 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %101, ptr %102, align 8
  %103 = call i32 @dropout.k5(ptr %11, i64 0, i64 40)
  %104 = icmp ne i32 %103, 0
  br i1 %104, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %105 = getelementptr inbounds i8, ptr %49, i64 640
  %106 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %105, ptr %106, align 8
  %107 = getelementptr inbounds i8, ptr %49, i64 448
  %108 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %107, ptr %108, align 8
  %109 = getelementptr inbounds i8, ptr %49, i64 256
  %110 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %109, ptr %110, align 8
  %111 = call i32 @dropout.k8(ptr %12, i64 0, i64 40)
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %113 = getelementptr inbounds i8, ptr %49, i64 640
  %114 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %113, ptr %114, align 8
  %115 = getelementptr inbounds i8, ptr %49, i64 256
  %116 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %115, ptr %116, align 8
  %117 = getelementptr inbounds i8, ptr %49, i64 448
  %118 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %117, ptr %118, align 8
  %119 = call i32 @dropout.k5(ptr %13, i64 0, i64 40)
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %121 = getelementptr inbounds i8, ptr %49, i64 448
  %122 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %121, ptr %122, align 8
  %123 = getelementptr inbounds i8, ptr %49, i64 256
  %124 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %123, ptr %124, align 8
  %125 = getelementptr inbounds i8, ptr %49, i64 64
  %126 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %125, ptr %126, align 8
  %127 = getelementptr inbounds i8, ptr %49, i64 640
  %128 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %127, ptr %128, align 8
  %129 = call i32 @dropout.k10(ptr %14, i64 0, i64 40)
  %130 = icmp ne i32 %129, 0
  br i1 %130, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %131 = getelementptr inbounds i8, ptr %49, i64 448
  %132 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %131, ptr %132, align 8
  %133 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %0, ptr %133, align 8
  %134 = getelementptr inbounds i8, ptr %49, i64 640
  %135 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %134, ptr %135, align 8
  %136 = getelementptr inbounds i8, ptr %49, i64 256
  %137 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %136, ptr %137, align 8
  %138 = call i32 @dropout.k11(ptr %15, i64 0, i64 8)
  %139 = icmp ne i32 %138, 0
  br i1 %139, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %140 = getelementptr inbounds i8, ptr %49, i64 256
  %141 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %140, ptr %141, align 8
  %142 = getelementptr inbounds i8, ptr %49, i64 640
  %143 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %142, ptr %143, align 8
  %144 = getelementptr inbounds i8, ptr %49, i64 448
  %145 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %144, ptr %145, align 8
  %146 = call i32 @dropout.k12(ptr %16, i64 0, i64 40)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %148 = getelementptr inbounds i8, ptr %49, i64 256
  %149 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %148, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %49, i64 448
  %151 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %150, ptr %151, align 8
  %152 = getelementptr inbounds i8, ptr %49, i64 640
  %153 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %152, ptr %153, align 8
  %154 = call i32 @dropout.k5(ptr %17, i64 0, i64 40)
  %155 = icmp ne i32 %154, 0
  br i1 %155, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %156 = getelementptr inbounds i8, ptr %49, i64 640
  %157 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %156, ptr %157, align 8
  %158 = getelementptr inbounds i8, ptr %49, i64 448
  %159 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %158, ptr %159, align 8
  %160 = getelementptr inbounds i8, ptr %49, i64 256
  %161 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %160, ptr %161, align 8
  %162 = call i32 @dropout.k14(ptr %18, i64 0, i64 40)
  %163 = icmp ne i32 %162, 0
  br i1 %163, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %164 = getelementptr inbounds i8, ptr %49, i64 640
  %165 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %164, ptr %165, align 8
  %166 = getelementptr inbounds i8, ptr %49, i64 256
  %167 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %166, ptr %167, align 8
  %168 = getelementptr inbounds i8, ptr %49, i64 448
  %169 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %168, ptr %169, align 8
  %170 = call i32 @dropout.k5(ptr %19, i64 0, i64 40)
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %172 = getelementptr inbounds i8, ptr %49, i64 448
  %173 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %172, ptr %173, align 8
  %174 = getelementptr inbounds i8, ptr %49, i64 256
  %175 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %174, ptr %175, align 8
  %176 = getelementptr inbounds i8, ptr %49, i64 640
  %177 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %176, ptr %177, align 8
  %178 = call i32 @dropout.k16(ptr %20, i64 0, i64 40)
  %179 = icmp ne i32 %178, 0
  br i1 %179, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %180 = getelementptr inbounds i8, ptr %49, i64 448
  %181 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %180, ptr %181, align 8
  %182 = getelementptr inbounds i8, ptr %49, i64 640
  %183 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %182, ptr %183, align 8
  %184 = getelementptr inbounds i8, ptr %49, i64 256
  %185 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %184, ptr %185, align 8
  %186 = call i32 @dropout.k5(ptr %21, i64 0, i64 40)
  %187 = icmp ne i32 %186, 0
  br i1 %187, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %188 = getelementptr inbounds i8, ptr %49, i64 256
  %189 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %188, ptr %189, align 8
  %190 = getelementptr inbounds i8, ptr %49, i64 640
  %191 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %190, ptr %191, align 8
  %192 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %0, ptr %192, align 8
  %193 = getelementptr inbounds i8, ptr %49, i64 448
  %194 = getelementptr inbounds ptr, ptr %22, i64 3
  store ptr %193, ptr %194, align 8
  %195 = call i32 @dropout.k18(ptr %22, i64 0, i64 8)
  %196 = icmp ne i32 %195, 0
  br i1 %196, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %197 = getelementptr inbounds i8, ptr %49, i64 256
  %198 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %197, ptr %198, align 8
  %199 = getelementptr inbounds i8, ptr %49, i64 64
  %200 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %199, ptr %200, align 8
  %201 = getelementptr inbounds i8, ptr %49, i64 448
  %202 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %201, ptr %202, align 8
  %203 = getelementptr inbounds i8, ptr %49, i64 640
  %204 = getelementptr inbounds ptr, ptr %23, i64 3
  store ptr %203, ptr %204, align 8
  %205 = call i32 @dropout.k19(ptr %23, i64 0, i64 40)
  %206 = icmp ne i32 %205, 0
  br i1 %206, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %207 = getelementptr inbounds i8, ptr %49, i64 640
  %208 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %207, ptr %208, align 8
  %209 = getelementptr inbounds i8, ptr %49, i64 448
  %210 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %209, ptr %210, align 8
  %211 = getelementptr inbounds i8, ptr %49, i64 256
  %212 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %211, ptr %212, align 8
  %213 = call i32 @dropout.k20(ptr %24, i64 0, i64 40)
  %214 = icmp ne i32 %213, 0
  br i1 %214, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %215 = getelementptr inbounds i8, ptr %49, i64 640
  %216 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %215, ptr %216, align 8
  %217 = getelementptr inbounds i8, ptr %49, i64 256
  %218 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %217, ptr %218, align 8
  %219 = getelementptr inbounds i8, ptr %49, i64 448
  %220 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %219, ptr %220, align 8
  %221 = call i32 @dropout.k5(ptr %25, i64 0, i64 40)
  %222 = icmp ne i32 %221, 0
  br i1 %222, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %223 = getelementptr inbounds i8, ptr %49, i64 448
  %224 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %223, ptr %224, align 8
  %225 = getelementptr inbounds i8, ptr %49, i64 256
  %226 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %225, ptr %226, align 8
  %227 = getelementptr inbounds i8, ptr %49, i64 640
  %228 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %227, ptr %228, align 8
  %229 = call i32 @dropout.k22(ptr %26, i64 0, i64 40)
  %230 = icmp ne i32 %229, 0
  br i1 %230, label %fail, label %ok23

ok23:                                             ; preds = %ok22
  %231 = getelementptr inbounds i8, ptr %49, i64 448
  %232 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %231, ptr %232, align 8
  %233 = getelementptr inbounds i8, ptr %49, i64 640
  %234 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %233, ptr %234, align 8
  %235 = getelementptr inbounds i8, ptr %49, i64 256
  %236 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %235, ptr %236, align 8
  %237 = call i32 @dropout.k5(ptr %27, i64 0, i64 40)
  %238 = icmp ne i32 %237, 0
  br i1 %238, label %fail, label %ok24

ok24:                                             ; preds = %ok23
  %239 = getelementptr inbounds i8, ptr %49, i64 256
  %240 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %239, ptr %240, align 8
  %241 = getelementptr inbounds i8, ptr %49, i64 640
  %242 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %241, ptr %242, align 8
  %243 = getelementptr inbounds i8, ptr %49, i64 448
  %244 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %243, ptr %244, align 8
  %245 = call i32 @dropout.k24(ptr %28, i64 0, i64 40)
  %246 = icmp ne i32 %245, 0
  br i1 %246, label %fail, label %ok25

ok25:                                             ; preds = %ok24
  %247 = getelementptr inbounds i8, ptr %49, i64 256
  %248 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %247, ptr %248, align 8
  %249 = getelementptr inbounds i8, ptr %49, i64 448
  %250 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %249, ptr %250, align 8
  %251 = getelementptr inbounds i8, ptr %49, i64 640
  %252 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %251, ptr %252, align 8
  %253 = call i32 @dropout.k5(ptr %29, i64 0, i64 40)
  %254 = icmp ne i32 %253, 0
  br i1 %254, label %fail, label %ok26

ok26:                                             ; preds = %ok25
  %255 = getelementptr inbounds i8, ptr %49, i64 640
  %256 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %255, ptr %256, align 8
  %257 = getelementptr inbounds i8, ptr %49, i64 448
  %258 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %257, ptr %258, align 8
  %259 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %0, ptr %259, align 8
  %260 = getelementptr inbounds i8, ptr %49, i64 256
  %261 = getelementptr inbounds ptr, ptr %30, i64 3
  store ptr %260, ptr %261, align 8
  %262 = call i32 @dropout.k26(ptr %30, i64 0, i64 8)
  %263 = icmp ne i32 %262, 0
  br i1 %263, label %fail, label %ok27

ok27:                                             ; preds = %ok26
  %264 = getelementptr inbounds i8, ptr %49, i64 640
  %265 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %264, ptr %265, align 8
  %266 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %0, ptr %266, align 8
  %267 = getelementptr inbounds i8, ptr %49, i64 256
  %268 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %267, ptr %268, align 8
  %269 = getelementptr inbounds i8, ptr %49, i64 448
  %270 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr %269, ptr %270, align 8
  %271 = call i32 @dropout.k27(ptr %31, i64 0, i64 8)
  %272 = icmp ne i32 %271, 0
  br i1 %272, label %fail, label %ok28

ok28:                                             ; preds = %ok27
  %273 = getelementptr inbounds i8, ptr %49, i64 448
  %274 = getelementptr inbounds ptr, ptr %32, i64 0
  store ptr %273, ptr %274, align 8
  %275 = getelementptr inbounds i8, ptr %49, i64 256
  %276 = getelementptr inbounds ptr, ptr %32, i64 1
  store ptr %275, ptr %276, align 8
  %277 = getelementptr inbounds i8, ptr %49, i64 640
  %278 = getelementptr inbounds ptr, ptr %32, i64 2
  store ptr %277, ptr %278, align 8
  %279 = call i32 @dropout.k12(ptr %32, i64 0, i64 40)
  %280 = icmp ne i32 %279, 0
  br i1 %280, label %fail, label %ok29

ok29:                                             ; preds = %ok28
  %281 = getelementptr inbounds i8, ptr %49, i64 448
  %282 = getelementptr inbounds ptr, ptr %33, i64 0
  store ptr %281, ptr %282, align 8
  %283 = getelementptr inbounds i8, ptr %49, i64 640
  %284 = getelementptr inbounds ptr, ptr %33, i64 1
  store ptr %283, ptr %284, align 8
  %285 = getelementptr inbounds i8, ptr %49, i64 256
  %286 = getelementptr inbounds ptr, ptr %33, i64 2
  store ptr %285, ptr %286, align 8
  %287 = call i32 @dropout.k5(ptr %33, i64 0, i64 40)
  %288 = icmp ne i32 %287, 0
  br i1 %288, label %fail, label %ok30

ok30:                                             ; preds = %ok29
  %289 = getelementptr inbounds i8, ptr %49, i64 256
  %290 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %289, ptr %290, align 8
  %291 = getelementptr inbounds i8, ptr %49, i64 640
  %292 = getelementptr inbounds ptr, ptr %34, i64 1
  store ptr %291, ptr %292, align 8
  %293 = getelementptr inbounds i8, ptr %49, i64 448
  %294 = getelementptr inbounds ptr, ptr %34, i64 2
  store ptr %293, ptr %294, align 8
  %295 = call i32 @dropout.k30(ptr %34, i64 0, i64 40)
  %296 = icmp ne i32 %295, 0
  br i1 %296, label %fail, label %ok31

ok31:                                             ; preds = %ok30
  %297 = getelementptr inbounds i8, ptr %49, i64 256
  %298 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %297, ptr %298, align 8
  %299 = getelementptr inbounds i8, ptr %49, i64 448
  %300 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %299, ptr %300, align 8
  %301 = getelementptr inbounds i8, ptr %49, i64 640
  %302 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %301, ptr %302, align 8
  %303 = call i32 @dropout.k5(ptr %35, i64 0, i64 40)
  %304 = icmp ne i32 %303, 0
  br i1 %304, label %fail, label %ok32

ok32:                                             ; preds = %ok31
  %305 = getelementptr inbounds i8, ptr %49, i64 640
  %306 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %305, ptr %306, align 8
  %307 = getelementptr inbounds i8, ptr %49, i64 448
  %308 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %307, ptr %308, align 8
  %309 = getelementptr inbounds i8, ptr %49, i64 256
  %310 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %309, ptr %310, align 8
  %311 = call i32 @dropout.k16(ptr %36, i64 0, i64 40)
  %312 = icmp ne i32 %311, 0
  br i1 %312, label %fail, label %ok33

ok33:                                             ; preds = %ok32
  %313 = getelementptr inbounds i8, ptr %49, i64 640
  %314 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %313, ptr %314, align 8
  %315 = getelementptr inbounds i8, ptr %49, i64 256
  %316 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %315, ptr %316, align 8
  %317 = getelementptr inbounds i8, ptr %49, i64 448
  %318 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %317, ptr %318, align 8
  %319 = call i32 @dropout.k5(ptr %37, i64 0, i64 40)
  %320 = icmp ne i32 %319, 0
  br i1 %320, label %fail, label %ok34

ok34:                                             ; preds = %ok33
  %321 = getelementptr inbounds i8, ptr %49, i64 448
  %322 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %321, ptr %322, align 8
  %323 = getelementptr inbounds i8, ptr %49, i64 256
  %324 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %323, ptr %324, align 8
  %325 = getelementptr inbounds i8, ptr %49, i64 64
  %326 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %325, ptr %326, align 8
  %327 = getelementptr inbounds i8, ptr %49, i64 640
  %328 = getelementptr inbounds ptr, ptr %38, i64 3
  store ptr %327, ptr %328, align 8
  %329 = call i32 @dropout.k34(ptr %38, i64 0, i64 40)
  %330 = icmp ne i32 %329, 0
  br i1 %330, label %fail, label %ok35

ok35:                                             ; preds = %ok34
  %331 = getelementptr inbounds i8, ptr %49, i64 448
  %332 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %331, ptr %332, align 8
  %333 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %0, ptr %333, align 8
  %334 = getelementptr inbounds i8, ptr %49, i64 640
  %335 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %334, ptr %335, align 8
  %336 = getelementptr inbounds i8, ptr %49, i64 256
  %337 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %336, ptr %337, align 8
  %338 = call i32 @dropout.k11(ptr %39, i64 0, i64 8)
  %339 = icmp ne i32 %338, 0
  br i1 %339, label %fail, label %ok36

ok36:                                             ; preds = %ok35
  %340 = getelementptr inbounds i8, ptr %49, i64 256
  %341 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %340, ptr %341, align 8
  %342 = getelementptr inbounds i8, ptr %49, i64 640
  %343 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %342, ptr %343, align 8
  %344 = getelementptr inbounds i8, ptr %49, i64 448
  %345 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %344, ptr %345, align 8
  %346 = call i32 @dropout.k20(ptr %40, i64 0, i64 40)
  %347 = icmp ne i32 %346, 0
  br i1 %347, label %fail, label %ok37

ok37:                                             ; preds = %ok36
  %348 = getelementptr inbounds i8, ptr %49, i64 256
  %349 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %348, ptr %349, align 8
  %350 = getelementptr inbounds i8, ptr %49, i64 448
  %351 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %350, ptr %351, align 8
  %352 = getelementptr inbounds i8, ptr %49, i64 640
  %353 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %352, ptr %353, align 8
  %354 = call i32 @dropout.k5(ptr %41, i64 0, i64 40)
  %355 = icmp ne i32 %354, 0
  br i1 %355, label %fail, label %ok38

ok38:                                             ; preds = %ok37
  %356 = getelementptr inbounds i8, ptr %49, i64 640
  %357 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %356, ptr %357, align 8
  %358 = getelementptr inbounds i8, ptr %49, i64 448
  %359 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %358, ptr %359, align 8
  %360 = getelementptr inbounds i8, ptr %49, i64 256
  %361 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %360, ptr %361, align 8
  %362 = call i32 @dropout.k22(ptr %42, i64 0, i64 40)
  %363 = icmp ne i32 %362, 0
  br i1 %363, label %fail, label %ok39

ok39:                                             ; preds = %ok38
  %364 = getelementptr inbounds i8, ptr %49, i64 640
  %365 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %364, ptr %365, align 8
  %366 = getelementptr inbounds i8, ptr %49, i64 256
  %367 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %366, ptr %367, align 8
  %368 = getelementptr inbounds i8, ptr %49, i64 448
  %369 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %368, ptr %369, align 8
  %370 = call i32 @dropout.k5(ptr %43, i64 0, i64 40)
  %371 = icmp ne i32 %370, 0
  br i1 %371, label %fail, label %ok40

ok40:                                             ; preds = %ok39
  %372 = getelementptr inbounds i8, ptr %49, i64 448
  %373 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %372, ptr %373, align 8
  %374 = getelementptr inbounds i8, ptr %49, i64 256
  %375 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %374, ptr %375, align 8
  %376 = getelementptr inbounds i8, ptr %49, i64 640
  %377 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %376, ptr %377, align 8
  %378 = call i32 @dropout.k24(ptr %44, i64 0, i64 40)
  %379 = icmp ne i32 %378, 0
  br i1 %379, label %fail, label %ok41

ok41:                                             ; preds = %ok40
  %380 = getelementptr inbounds i8, ptr %49, i64 448
  %381 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %380, ptr %381, align 8
  %382 = getelementptr inbounds i8, ptr %49, i64 640
  %383 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %382, ptr %383, align 8
  %384 = getelementptr inbounds i8, ptr %49, i64 64
  %385 = getelementptr inbounds ptr, ptr %45, i64 2
  store ptr %384, ptr %385, align 8
  %386 = getelementptr inbounds ptr, ptr %45, i64 3
  store ptr %0, ptr %386, align 8
  %387 = getelementptr inbounds ptr, ptr %45, i64 4
  store ptr %1, ptr %387, align 8
  %388 = getelementptr inbounds ptr, ptr %45, i64 5
  store ptr %2, ptr %388, align 8
  %389 = call i32 @dropout.k41(ptr %45, i64 0, i64 8)
  %390 = icmp ne i32 %389, 0
  br i1 %390, label %fail, label %ok42

ok42:                                             ; preds = %ok41
  %391 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %391)
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
  br label %loop, !llvm.loop !24

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
  br label %loop6, !llvm.loop !25

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
  %i10 = phi i64 [ 0, %body2 ], [ %26, %latch8 ]
  %11 = icmp slt i64 %i10, 5
  br i1 %11, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %12 = mul nsw i64 %i5, 5
  %13 = add nsw i64 %12, %i10
  %14 = getelementptr inbounds i32, ptr @literal.1, i64 %13
  %15 = load i32, ptr %14, align 4
  %16 = mul nsw i64 %i, 2
  %17 = add nsw i64 %16, 1
  %18 = getelementptr inbounds i32, ptr %4, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = add i32 %15, %19
  %21 = mul nsw i64 %i, 40
  %22 = mul nsw i64 %i5, 5
  %23 = add nsw i64 %21, %22
  %24 = add nsw i64 %23, %i10
  %25 = getelementptr inbounds i32, ptr %6, i64 %24
  store i32 %20, ptr %25, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %26 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !26

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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %10, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %10 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %12, %latch3 ]
  %11 = icmp slt i64 %i5, 8
  br i1 %11, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %12 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %30, %latch8 ]
  %13 = icmp slt i64 %i10, 5
  br i1 %13, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %14 = mul nsw i64 %i, 2
  %15 = add nsw i64 %14, 0
  %16 = getelementptr inbounds i32, ptr %4, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = mul nsw i64 %i, 40
  %19 = mul nsw i64 %i5, 5
  %20 = add nsw i64 %18, %19
  %21 = add nsw i64 %20, %i10
  %22 = getelementptr inbounds i32, ptr %6, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = add i32 %17, %23
  %25 = mul nsw i64 %i, 40
  %26 = mul nsw i64 %i5, 5
  %27 = add nsw i64 %25, %26
  %28 = add nsw i64 %27, %i10
  %29 = getelementptr inbounds i32, ptr %8, i64 %28
  store i32 %24, ptr %29, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %30 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !27

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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 13
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 19
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !28

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout_batch.k5(ptr %0, i64 %1, i64 %2) #1 {
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
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = add i32 %11, %13
  %15 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %14, ptr %15, align 4
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !29

exit:                                             ; preds = %loop
  ret i32 0
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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 15
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 17
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !30

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
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 26
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 6
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !31

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k10(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds i32, ptr %4, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = getelementptr inbounds i32, ptr %6, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = shl i32 %15, 6
  %17 = select i1 true, i32 %16, i32 0
  %18 = lshr i32 %15, 26
  %19 = select i1 true, i32 %18, i32 0
  %20 = or i32 %17, %19
  %21 = xor i32 %13, %20
  %22 = getelementptr inbounds i32, ptr %8, i64 %i
  %23 = load i32, ptr %22, align 4
  %24 = add i32 %21, %23
  %25 = add i32 %24, 1
  %26 = getelementptr inbounds i32, ptr %10, i64 %i
  store i32 %25, ptr %26, align 4
  br label %latch

latch:                                            ; preds = %body
  %27 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !32

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout_batch.k11(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %14, %latch3 ]
  %13 = icmp slt i64 %i5, 8
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %14 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %39, %latch8 ]
  %15 = icmp slt i64 %i10, 5
  br i1 %15, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %16 = mul nsw i64 %i, 40
  %17 = mul nsw i64 %i5, 5
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds i32, ptr %4, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = mul nsw i64 %i, 2
  %23 = add nsw i64 %22, 1
  %24 = getelementptr inbounds i32, ptr %6, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = add i32 %21, %25
  %27 = mul nsw i64 %i, 40
  %28 = mul nsw i64 %i5, 5
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %i10
  %31 = getelementptr inbounds i32, ptr %8, i64 %30
  %32 = load i32, ptr %31, align 4
  %33 = add i32 %26, %32
  %34 = mul nsw i64 %i, 40
  %35 = mul nsw i64 %i5, 5
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %i10
  %38 = getelementptr inbounds i32, ptr %10, i64 %37
  store i32 %33, ptr %38, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %39 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !33

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: noinline nounwind
define internal i32 @dropout_batch.k12(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 17
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 15
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !34

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k14(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 29
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 3
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !35

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout_batch.k16(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 16
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 16
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !36

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k18(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %14, %latch3 ]
  %13 = icmp slt i64 %i5, 8
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %14 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %45, %latch8 ]
  %15 = icmp slt i64 %i10, 5
  br i1 %15, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %16 = mul nsw i64 %i, 40
  %17 = mul nsw i64 %i5, 5
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds i32, ptr %4, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = mul nsw i64 %i, 40
  %23 = mul nsw i64 %i5, 5
  %24 = add nsw i64 %22, %23
  %25 = add nsw i64 %24, %i10
  %26 = getelementptr inbounds i32, ptr %6, i64 %25
  %27 = load i32, ptr %26, align 4
  %28 = shl i32 %27, 24
  %29 = select i1 true, i32 %28, i32 0
  %30 = lshr i32 %27, 8
  %31 = select i1 true, i32 %30, i32 0
  %32 = or i32 %29, %31
  %33 = xor i32 %21, %32
  %34 = mul nsw i64 %i, 2
  %35 = add nsw i64 %34, 0
  %36 = getelementptr inbounds i32, ptr %8, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = add i32 %33, %37
  %39 = add i32 %38, 2
  %40 = mul nsw i64 %i, 40
  %41 = mul nsw i64 %i5, 5
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %i10
  %44 = getelementptr inbounds i32, ptr %10, i64 %43
  store i32 %39, ptr %44, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %45 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !37

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k19(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds i32, ptr %4, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = getelementptr inbounds i32, ptr %6, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = add i32 %13, %15
  %17 = getelementptr inbounds i32, ptr %8, i64 %i
  %18 = load i32, ptr %17, align 4
  %19 = add i32 %16, %18
  %20 = getelementptr inbounds i32, ptr %10, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !38

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout_batch.k20(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 13
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 19
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !39

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout_batch.k22(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 15
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 17
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !40

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @dropout_batch.k24(ptr %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 26
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 6
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !41

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k26(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %14, %latch3 ]
  %13 = icmp slt i64 %i5, 8
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %14 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %45, %latch8 ]
  %15 = icmp slt i64 %i10, 5
  br i1 %15, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %16 = mul nsw i64 %i, 40
  %17 = mul nsw i64 %i5, 5
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds i32, ptr %4, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = mul nsw i64 %i, 40
  %23 = mul nsw i64 %i5, 5
  %24 = add nsw i64 %22, %23
  %25 = add nsw i64 %24, %i10
  %26 = getelementptr inbounds i32, ptr %6, i64 %25
  %27 = load i32, ptr %26, align 4
  %28 = shl i32 %27, 6
  %29 = select i1 true, i32 %28, i32 0
  %30 = lshr i32 %27, 26
  %31 = select i1 true, i32 %30, i32 0
  %32 = or i32 %29, %31
  %33 = xor i32 %21, %32
  %34 = mul nsw i64 %i, 2
  %35 = add nsw i64 %34, 1
  %36 = getelementptr inbounds i32, ptr %8, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = add i32 %33, %37
  %39 = add i32 %38, 3
  %40 = mul nsw i64 %i, 40
  %41 = mul nsw i64 %i5, 5
  %42 = add nsw i64 %40, %41
  %43 = add nsw i64 %42, %i10
  %44 = getelementptr inbounds i32, ptr %10, i64 %43
  store i32 %39, ptr %44, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %45 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !42

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k27(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %12, %latch ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %12 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %14, %latch3 ]
  %13 = icmp slt i64 %i5, 8
  br i1 %13, label %body2, label %exit4

body2:                                            ; preds = %loop1
  br label %loop6

latch3:                                           ; preds = %exit9
  %14 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %39, %latch8 ]
  %15 = icmp slt i64 %i10, 5
  br i1 %15, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %16 = mul nsw i64 %i, 40
  %17 = mul nsw i64 %i5, 5
  %18 = add nsw i64 %16, %17
  %19 = add nsw i64 %18, %i10
  %20 = getelementptr inbounds i32, ptr %4, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = mul nsw i64 %i, 2
  %23 = add nsw i64 %22, 0
  %24 = getelementptr inbounds i32, ptr %6, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = add i32 %21, %25
  %27 = mul nsw i64 %i, 40
  %28 = mul nsw i64 %i5, 5
  %29 = add nsw i64 %27, %28
  %30 = add nsw i64 %29, %i10
  %31 = getelementptr inbounds i32, ptr %8, i64 %30
  %32 = load i32, ptr %31, align 4
  %33 = add i32 %26, %32
  %34 = mul nsw i64 %i, 40
  %35 = mul nsw i64 %i5, 5
  %36 = add nsw i64 %34, %35
  %37 = add nsw i64 %36, %i10
  %38 = getelementptr inbounds i32, ptr %10, i64 %37
  store i32 %33, ptr %38, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %39 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !43

exit9:                                            ; preds = %loop6
  br label %latch3
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k30(ptr %0, i64 %1, i64 %2) #0 {
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
  %i = phi i64 [ %1, %start ], [ %21, %latch ]
  %9 = icmp slt i64 %i, %2
  br i1 %9, label %body, label %exit

body:                                             ; preds = %loop
  %10 = getelementptr inbounds i32, ptr %4, i64 %i
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i32, ptr %6, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = shl i32 %13, 29
  %15 = select i1 true, i32 %14, i32 0
  %16 = lshr i32 %13, 3
  %17 = select i1 true, i32 %16, i32 0
  %18 = or i32 %15, %17
  %19 = xor i32 %11, %18
  %20 = getelementptr inbounds i32, ptr %8, i64 %i
  store i32 %19, ptr %20, align 4
  br label %latch

latch:                                            ; preds = %body
  %21 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !44

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k34(ptr %0, i64 %1, i64 %2) #0 {
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
  %12 = getelementptr inbounds i32, ptr %4, i64 %i
  %13 = load i32, ptr %12, align 4
  %14 = getelementptr inbounds i32, ptr %6, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = shl i32 %15, 24
  %17 = select i1 true, i32 %16, i32 0
  %18 = lshr i32 %15, 8
  %19 = select i1 true, i32 %18, i32 0
  %20 = or i32 %17, %19
  %21 = xor i32 %13, %20
  %22 = getelementptr inbounds i32, ptr %8, i64 %i
  %23 = load i32, ptr %22, align 4
  %24 = add i32 %21, %23
  %25 = add i32 %24, 4
  %26 = getelementptr inbounds i32, ptr %10, i64 %i
  store i32 %25, ptr %26, align 4
  br label %latch

latch:                                            ; preds = %body
  %27 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !45

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k41(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop, !llvm.loop !46

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define internal i32 @dropout_batch.k42(ptr %0, i64 %1, i64 %2) #0 {
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
  br label %loop6, !llvm.loop !47

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
  %6 = alloca [2 x ptr], align 8
  %7 = alloca [3 x ptr], align 8
  %8 = alloca [3 x ptr], align 8
  %9 = alloca [3 x ptr], align 8
  %10 = alloca [3 x ptr], align 8
  %11 = alloca [3 x ptr], align 8
  %12 = alloca [3 x ptr], align 8
  %13 = alloca [3 x ptr], align 8
  %14 = alloca [4 x ptr], align 8
  %15 = alloca [4 x ptr], align 8
  %16 = alloca [3 x ptr], align 8
  %17 = alloca [3 x ptr], align 8
  %18 = alloca [3 x ptr], align 8
  %19 = alloca [3 x ptr], align 8
  %20 = alloca [3 x ptr], align 8
  %21 = alloca [3 x ptr], align 8
  %22 = alloca [4 x ptr], align 8
  %23 = alloca [4 x ptr], align 8
  %24 = alloca [3 x ptr], align 8
  %25 = alloca [3 x ptr], align 8
  %26 = alloca [3 x ptr], align 8
  %27 = alloca [3 x ptr], align 8
  %28 = alloca [3 x ptr], align 8
  %29 = alloca [3 x ptr], align 8
  %30 = alloca [4 x ptr], align 8
  %31 = alloca [4 x ptr], align 8
  %32 = alloca [3 x ptr], align 8
  %33 = alloca [3 x ptr], align 8
  %34 = alloca [3 x ptr], align 8
  %35 = alloca [3 x ptr], align 8
  %36 = alloca [3 x ptr], align 8
  %37 = alloca [3 x ptr], align 8
  %38 = alloca [4 x ptr], align 8
  %39 = alloca [4 x ptr], align 8
  %40 = alloca [3 x ptr], align 8
  %41 = alloca [3 x ptr], align 8
  %42 = alloca [3 x ptr], align 8
  %43 = alloca [3 x ptr], align 8
  %44 = alloca [3 x ptr], align 8
  %45 = alloca [2 x ptr], align 8
  %46 = alloca [6 x ptr], align 8
  %47 = call i32 @ftc_rt_alloc(ptr %3, i64 2112)
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %fail, label %ok

fail:                                             ; preds = %ok42, %ok41, %ok40, %ok39, %ok38, %ok37, %ok36, %ok35, %ok34, %ok33, %ok32, %ok31, %ok30, %ok29, %ok28, %ok27, %ok26, %ok25, %ok24, %ok23, %ok22, %ok21, %ok20, %ok19, %ok18, %ok17, %ok16, %ok15, %ok14, %ok13, %ok12, %ok11, %ok10, %ok9, %ok8, %ok7, %ok6, %ok5, %ok4, %ok3, %ok2, %ok1, %ok, %entry
  %status = phi i32 [ %47, %entry ], [ %54, %ok ], [ %60, %ok1 ], [ %65, %ok2 ], [ %72, %ok3 ], [ %80, %ok4 ], [ %88, %ok5 ], [ %96, %ok6 ], [ %104, %ok7 ], [ %112, %ok8 ], [ %120, %ok9 ], [ %130, %ok10 ], [ %139, %ok11 ], [ %147, %ok12 ], [ %155, %ok13 ], [ %163, %ok14 ], [ %171, %ok15 ], [ %179, %ok16 ], [ %187, %ok17 ], [ %196, %ok18 ], [ %206, %ok19 ], [ %214, %ok20 ], [ %222, %ok21 ], [ %230, %ok22 ], [ %238, %ok23 ], [ %246, %ok24 ], [ %254, %ok25 ], [ %263, %ok26 ], [ %272, %ok27 ], [ %280, %ok28 ], [ %288, %ok29 ], [ %296, %ok30 ], [ %304, %ok31 ], [ %312, %ok32 ], [ %320, %ok33 ], [ %330, %ok34 ], [ %339, %ok35 ], [ %347, %ok36 ], [ %355, %ok37 ], [ %363, %ok38 ], [ %371, %ok39 ], [ %379, %ok40 ], [ %384, %ok41 ], [ %396, %ok42 ]
  %49 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %49)
  ret i32 %status

ok:                                               ; preds = %entry
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %50, i64 0
  %53 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %52, ptr %53, align 8
  %54 = call i32 @dropout_batch.k0(ptr %4, i64 0, i64 3)
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %fail, label %ok1

ok1:                                              ; preds = %ok
  %56 = getelementptr inbounds i8, ptr %50, i64 0
  %57 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %56, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %50, i64 64
  %59 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %58, ptr %59, align 8
  %60 = call i32 @dropout_batch.k1(ptr %5, i64 0, i64 3)
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %fail, label %ok2

ok2:                                              ; preds = %ok1
  %62 = getelementptr inbounds ptr, ptr %6, i64 0
  store ptr %0, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %50, i64 576
  %64 = getelementptr inbounds ptr, ptr %6, i64 1
  store ptr %63, ptr %64, align 8
  %65 = call i32 @dropout_batch.k2(ptr %6, i64 0, i64 3)
  %66 = icmp ne i32 %65, 0
  br i1 %66, label %fail, label %ok3

ok3:                                              ; preds = %ok2
  %67 = getelementptr inbounds ptr, ptr %7, i64 0
  store ptr %0, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %50, i64 576
  %69 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %68, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %50, i64 1088
  %71 = getelementptr inbounds ptr, ptr %7, i64 2
  store ptr %70, ptr %71, align 8
  %72 = call i32 @dropout_batch.k3(ptr %7, i64 0, i64 3)
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %fail, label %ok4

ok4:                                              ; preds = %ok3
  %74 = getelementptr inbounds i8, ptr %50, i64 1088
  %75 = getelementptr inbounds ptr, ptr %8, i64 0
  store ptr %74, ptr %75, align 8
  %76 = getelementptr inbounds i8, ptr %50, i64 576
  %77 = getelementptr inbounds ptr, ptr %8, i64 1
  store ptr %76, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %50, i64 1600
  %79 = getelementptr inbounds ptr, ptr %8, i64 2
  store ptr %78, ptr %79, align 8
  %80 = call i32 @dropout_batch.k4(ptr %8, i64 0, i64 120)
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %fail, label %ok5

ok5:                                              ; preds = %ok4
  %82 = getelementptr inbounds i8, ptr %50, i64 1088
  %83 = getelementptr inbounds ptr, ptr %9, i64 0
  store ptr %82, ptr %83, align 8
  %84 = getelementptr inbounds i8, ptr %50, i64 1600
  %85 = getelementptr inbounds ptr, ptr %9, i64 1
  store ptr %84, ptr %85, align 8
  %86 = getelementptr inbounds i8, ptr %50, i64 576
  %87 = getelementptr inbounds ptr, ptr %9, i64 2
  store ptr %86, ptr %87, align 8
  %88 = call i32 @dropout_batch.k5(ptr %9, i64 0, i64 120)
  %89 = icmp ne i32 %88, 0
  br i1 %89, label %fail, label %ok6

ok6:                                              ; preds = %ok5
  %90 = getelementptr inbounds i8, ptr %50, i64 576
  %91 = getelementptr inbounds ptr, ptr %10, i64 0
  store ptr %90, ptr %91, align 8
  %92 = getelementptr inbounds i8, ptr %50, i64 1600
  %93 = getelementptr inbounds ptr, ptr %10, i64 1
  store ptr %92, ptr %93, align 8
  %94 = getelementptr inbounds i8, ptr %50, i64 1088
  %95 = getelementptr inbounds ptr, ptr %10, i64 2
  store ptr %94, ptr %95, align 8
  %96 = call i32 @dropout_batch.k6(ptr %10, i64 0, i64 120)
  %97 = icmp ne i32 %96, 0
  br i1 %97, label %fail, label %ok7

ok7:                                              ; preds = %ok6
  %98 = getelementptr inbounds i8, ptr %50, i64 576
  %99 = getelementptr inbounds ptr, ptr %11, i64 0
  store ptr %98, ptr %99, align 8
  %100 = getelementptr inbounds i8, ptr %50, i64 1088
  %101 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr %100, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %50, i64 1600
  %103 = getelementptr inbounds ptr, ptr %11, i64 2
  store ptr %102, ptr %103, align 8
  %104 = call i32 @dropout_batch.k5(ptr %11, i64 0, i64 120)
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %fail, label %ok8

ok8:                                              ; preds = %ok7
  %106 = getelementptr inbounds i8, ptr %50, i64 1600
  %107 = getelementptr inbounds ptr, ptr %12, i64 0
  store ptr %106, ptr %107, align 8
  %108 = getelementptr inbounds i8, ptr %50, i64 1088
  %109 = getelementptr inbounds ptr, ptr %12, i64 1
  store ptr %108, ptr %109, align 8
  %110 = getelementptr inbounds i8, ptr %50, i64 576
  %111 = getelementptr inbounds ptr, ptr %12, i64 2
  store ptr %110, ptr %111, align 8
  %112 = call i32 @dropout_batch.k8(ptr %12, i64 0, i64 120)
  %113 = icmp ne i32 %112, 0
  br i1 %113, label %fail, label %ok9

ok9:                                              ; preds = %ok8
  %114 = getelementptr inbounds i8, ptr %50, i64 1600
  %115 = getelementptr inbounds ptr, ptr %13, i64 0
  store ptr %114, ptr %115, align 8
  %116 = getelementptr inbounds i8, ptr %50, i64 576
  %117 = getelementptr inbounds ptr, ptr %13, i64 1
  store ptr %116, ptr %117, align 8
  %118 = getelementptr inbounds i8, ptr %50, i64 1088
  %119 = getelementptr inbounds ptr, ptr %13, i64 2
  store ptr %118, ptr %119, align 8
  %120 = call i32 @dropout_batch.k5(ptr %13, i64 0, i64 120)
  %121 = icmp ne i32 %120, 0
  br i1 %121, label %fail, label %ok10

ok10:                                             ; preds = %ok9
  %122 = getelementptr inbounds i8, ptr %50, i64 1088
  %123 = getelementptr inbounds ptr, ptr %14, i64 0
  store ptr %122, ptr %123, align 8
  %124 = getelementptr inbounds i8, ptr %50, i64 576
  %125 = getelementptr inbounds ptr, ptr %14, i64 1
  store ptr %124, ptr %125, align 8
  %126 = getelementptr inbounds i8, ptr %50, i64 64
  %127 = getelementptr inbounds ptr, ptr %14, i64 2
  store ptr %126, ptr %127, align 8
  %128 = getelementptr inbounds i8, ptr %50, i64 1600
  %129 = getelementptr inbounds ptr, ptr %14, i64 3
  store ptr %128, ptr %129, align 8
  %130 = call i32 @dropout_batch.k10(ptr %14, i64 0, i64 120)
  %131 = icmp ne i32 %130, 0
  br i1 %131, label %fail, label %ok11

ok11:                                             ; preds = %ok10
  %132 = getelementptr inbounds i8, ptr %50, i64 1088
  %133 = getelementptr inbounds ptr, ptr %15, i64 0
  store ptr %132, ptr %133, align 8
  %134 = getelementptr inbounds ptr, ptr %15, i64 1
  store ptr %0, ptr %134, align 8
  %135 = getelementptr inbounds i8, ptr %50, i64 1600
  %136 = getelementptr inbounds ptr, ptr %15, i64 2
  store ptr %135, ptr %136, align 8
  %137 = getelementptr inbounds i8, ptr %50, i64 576
  %138 = getelementptr inbounds ptr, ptr %15, i64 3
  store ptr %137, ptr %138, align 8
  %139 = call i32 @dropout_batch.k11(ptr %15, i64 0, i64 3)
  %140 = icmp ne i32 %139, 0
  br i1 %140, label %fail, label %ok12

ok12:                                             ; preds = %ok11
  %141 = getelementptr inbounds i8, ptr %50, i64 576
  %142 = getelementptr inbounds ptr, ptr %16, i64 0
  store ptr %141, ptr %142, align 8
  %143 = getelementptr inbounds i8, ptr %50, i64 1600
  %144 = getelementptr inbounds ptr, ptr %16, i64 1
  store ptr %143, ptr %144, align 8
  %145 = getelementptr inbounds i8, ptr %50, i64 1088
  %146 = getelementptr inbounds ptr, ptr %16, i64 2
  store ptr %145, ptr %146, align 8
  %147 = call i32 @dropout_batch.k12(ptr %16, i64 0, i64 120)
  %148 = icmp ne i32 %147, 0
  br i1 %148, label %fail, label %ok13

ok13:                                             ; preds = %ok12
  %149 = getelementptr inbounds i8, ptr %50, i64 576
  %150 = getelementptr inbounds ptr, ptr %17, i64 0
  store ptr %149, ptr %150, align 8
  %151 = getelementptr inbounds i8, ptr %50, i64 1088
  %152 = getelementptr inbounds ptr, ptr %17, i64 1
  store ptr %151, ptr %152, align 8
  %153 = getelementptr inbounds i8, ptr %50, i64 1600
  %154 = getelementptr inbounds ptr, ptr %17, i64 2
  store ptr %153, ptr %154, align 8
  %155 = call i32 @dropout_batch.k5(ptr %17, i64 0, i64 120)
  %156 = icmp ne i32 %155, 0
  br i1 %156, label %fail, label %ok14

ok14:                                             ; preds = %ok13
  %157 = getelementptr inbounds i8, ptr %50, i64 1600
  %158 = getelementptr inbounds ptr, ptr %18, i64 0
  store ptr %157, ptr %158, align 8
  %159 = getelementptr inbounds i8, ptr %50, i64 1088
  %160 = getelementptr inbounds ptr, ptr %18, i64 1
  store ptr %159, ptr %160, align 8
  %161 = getelementptr inbounds i8, ptr %50, i64 576
  %162 = getelementptr inbounds ptr, ptr %18, i64 2
  store ptr %161, ptr %162, align 8
  %163 = call i32 @dropout_batch.k14(ptr %18, i64 0, i64 120)
  %164 = icmp ne i32 %163, 0
  br i1 %164, label %fail, label %ok15

ok15:                                             ; preds = %ok14
  %165 = getelementptr inbounds i8, ptr %50, i64 1600
  %166 = getelementptr inbounds ptr, ptr %19, i64 0
  store ptr %165, ptr %166, align 8
  %167 = getelementptr inbounds i8, ptr %50, i64 576
  %168 = getelementptr inbounds ptr, ptr %19, i64 1
  store ptr %167, ptr %168, align 8
  %169 = getelementptr inbounds i8, ptr %50, i64 1088
  %170 = getelementptr inbounds ptr, ptr %19, i64 2
  store ptr %169, ptr %170, align 8
  %171 = call i32 @dropout_batch.k5(ptr %19, i64 0, i64 120)
  %172 = icmp ne i32 %171, 0
  br i1 %172, label %fail, label %ok16

ok16:                                             ; preds = %ok15
  %173 = getelementptr inbounds i8, ptr %50, i64 1088
  %174 = getelementptr inbounds ptr, ptr %20, i64 0
  store ptr %173, ptr %174, align 8
  %175 = getelementptr inbounds i8, ptr %50, i64 576
  %176 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %175, ptr %176, align 8
  %177 = getelementptr inbounds i8, ptr %50, i64 1600
  %178 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %177, ptr %178, align 8
  %179 = call i32 @dropout_batch.k16(ptr %20, i64 0, i64 120)
  %180 = icmp ne i32 %179, 0
  br i1 %180, label %fail, label %ok17

ok17:                                             ; preds = %ok16
  %181 = getelementptr inbounds i8, ptr %50, i64 1088
  %182 = getelementptr inbounds ptr, ptr %21, i64 0
  store ptr %181, ptr %182, align 8
  %183 = getelementptr inbounds i8, ptr %50, i64 1600
  %184 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr %183, ptr %184, align 8
  %185 = getelementptr inbounds i8, ptr %50, i64 576
  %186 = getelementptr inbounds ptr, ptr %21, i64 2
  store ptr %185, ptr %186, align 8
  %187 = call i32 @dropout_batch.k5(ptr %21, i64 0, i64 120)
  %188 = icmp ne i32 %187, 0
  br i1 %188, label %fail, label %ok18

ok18:                                             ; preds = %ok17
  %189 = getelementptr inbounds i8, ptr %50, i64 576
  %190 = getelementptr inbounds ptr, ptr %22, i64 0
  store ptr %189, ptr %190, align 8
  %191 = getelementptr inbounds i8, ptr %50, i64 1600
  %192 = getelementptr inbounds ptr, ptr %22, i64 1
  store ptr %191, ptr %192, align 8
  %193 = getelementptr inbounds ptr, ptr %22, i64 2
  store ptr %0, ptr %193, align 8
  %194 = getelementptr inbounds i8, ptr %50, i64 1088
  %195 = getelementptr inbounds ptr, ptr %22, i64 3
  store ptr %194, ptr %195, align 8
  %196 = call i32 @dropout_batch.k18(ptr %22, i64 0, i64 3)
  %197 = icmp ne i32 %196, 0
  br i1 %197, label %fail, label %ok19

ok19:                                             ; preds = %ok18
  %198 = getelementptr inbounds i8, ptr %50, i64 576
  %199 = getelementptr inbounds ptr, ptr %23, i64 0
  store ptr %198, ptr %199, align 8
  %200 = getelementptr inbounds i8, ptr %50, i64 64
  %201 = getelementptr inbounds ptr, ptr %23, i64 1
  store ptr %200, ptr %201, align 8
  %202 = getelementptr inbounds i8, ptr %50, i64 1088
  %203 = getelementptr inbounds ptr, ptr %23, i64 2
  store ptr %202, ptr %203, align 8
  %204 = getelementptr inbounds i8, ptr %50, i64 1600
  %205 = getelementptr inbounds ptr, ptr %23, i64 3
  store ptr %204, ptr %205, align 8
  %206 = call i32 @dropout_batch.k19(ptr %23, i64 0, i64 120)
  %207 = icmp ne i32 %206, 0
  br i1 %207, label %fail, label %ok20

ok20:                                             ; preds = %ok19
  %208 = getelementptr inbounds i8, ptr %50, i64 1600
  %209 = getelementptr inbounds ptr, ptr %24, i64 0
  store ptr %208, ptr %209, align 8
  %210 = getelementptr inbounds i8, ptr %50, i64 1088
  %211 = getelementptr inbounds ptr, ptr %24, i64 1
  store ptr %210, ptr %211, align 8
  %212 = getelementptr inbounds i8, ptr %50, i64 576
  %213 = getelementptr inbounds ptr, ptr %24, i64 2
  store ptr %212, ptr %213, align 8
  %214 = call i32 @dropout_batch.k20(ptr %24, i64 0, i64 120)
  %215 = icmp ne i32 %214, 0
  br i1 %215, label %fail, label %ok21

ok21:                                             ; preds = %ok20
  %216 = getelementptr inbounds i8, ptr %50, i64 1600
  %217 = getelementptr inbounds ptr, ptr %25, i64 0
  store ptr %216, ptr %217, align 8
  %218 = getelementptr inbounds i8, ptr %50, i64 576
  %219 = getelementptr inbounds ptr, ptr %25, i64 1
  store ptr %218, ptr %219, align 8
  %220 = getelementptr inbounds i8, ptr %50, i64 1088
  %221 = getelementptr inbounds ptr, ptr %25, i64 2
  store ptr %220, ptr %221, align 8
  %222 = call i32 @dropout_batch.k5(ptr %25, i64 0, i64 120)
  %223 = icmp ne i32 %222, 0
  br i1 %223, label %fail, label %ok22

ok22:                                             ; preds = %ok21
  %224 = getelementptr inbounds i8, ptr %50, i64 1088
  %225 = getelementptr inbounds ptr, ptr %26, i64 0
  store ptr %224, ptr %225, align 8
  %226 = getelementptr inbounds i8, ptr %50, i64 576
  %227 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %226, ptr %227, align 8
  %228 = getelementptr inbounds i8, ptr %50, i64 1600
  %229 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %228, ptr %229, align 8
  %230 = call i32 @dropout_batch.k22(ptr %26, i64 0, i64 120)
  %231 = icmp ne i32 %230, 0
  br i1 %231, label %fail, label %ok23

ok23:                                             ; preds = %ok22
  %232 = getelementptr inbounds i8, ptr %50, i64 1088
  %233 = getelementptr inbounds ptr, ptr %27, i64 0
  store ptr %232, ptr %233, align 8
  %234 = getelementptr inbounds i8, ptr %50, i64 1600
  %235 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %234, ptr %235, align 8
  %236 = getelementptr inbounds i8, ptr %50, i64 576
  %237 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %236, ptr %237, align 8
  %238 = call i32 @dropout_batch.k5(ptr %27, i64 0, i64 120)
  %239 = icmp ne i32 %238, 0
  br i1 %239, label %fail, label %ok24

ok24:                                             ; preds = %ok23
  %240 = getelementptr inbounds i8, ptr %50, i64 576
  %241 = getelementptr inbounds ptr, ptr %28, i64 0
  store ptr %240, ptr %241, align 8
  %242 = getelementptr inbounds i8, ptr %50, i64 1600
  %243 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr %242, ptr %243, align 8
  %244 = getelementptr inbounds i8, ptr %50, i64 1088
  %245 = getelementptr inbounds ptr, ptr %28, i64 2
  store ptr %244, ptr %245, align 8
  %246 = call i32 @dropout_batch.k24(ptr %28, i64 0, i64 120)
  %247 = icmp ne i32 %246, 0
  br i1 %247, label %fail, label %ok25

ok25:                                             ; preds = %ok24
  %248 = getelementptr inbounds i8, ptr %50, i64 576
  %249 = getelementptr inbounds ptr, ptr %29, i64 0
  store ptr %248, ptr %249, align 8
  %250 = getelementptr inbounds i8, ptr %50, i64 1088
  %251 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %250, ptr %251, align 8
  %252 = getelementptr inbounds i8, ptr %50, i64 1600
  %253 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %252, ptr %253, align 8
  %254 = call i32 @dropout_batch.k5(ptr %29, i64 0, i64 120)
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %fail, label %ok26

ok26:                                             ; preds = %ok25
  %256 = getelementptr inbounds i8, ptr %50, i64 1600
  %257 = getelementptr inbounds ptr, ptr %30, i64 0
  store ptr %256, ptr %257, align 8
  %258 = getelementptr inbounds i8, ptr %50, i64 1088
  %259 = getelementptr inbounds ptr, ptr %30, i64 1
  store ptr %258, ptr %259, align 8
  %260 = getelementptr inbounds ptr, ptr %30, i64 2
  store ptr %0, ptr %260, align 8
  %261 = getelementptr inbounds i8, ptr %50, i64 576
  %262 = getelementptr inbounds ptr, ptr %30, i64 3
  store ptr %261, ptr %262, align 8
  %263 = call i32 @dropout_batch.k26(ptr %30, i64 0, i64 3)
  %264 = icmp ne i32 %263, 0
  br i1 %264, label %fail, label %ok27

ok27:                                             ; preds = %ok26
  %265 = getelementptr inbounds i8, ptr %50, i64 1600
  %266 = getelementptr inbounds ptr, ptr %31, i64 0
  store ptr %265, ptr %266, align 8
  %267 = getelementptr inbounds ptr, ptr %31, i64 1
  store ptr %0, ptr %267, align 8
  %268 = getelementptr inbounds i8, ptr %50, i64 576
  %269 = getelementptr inbounds ptr, ptr %31, i64 2
  store ptr %268, ptr %269, align 8
  %270 = getelementptr inbounds i8, ptr %50, i64 1088
  %271 = getelementptr inbounds ptr, ptr %31, i64 3
  store ptr %270, ptr %271, align 8
  %272 = call i32 @dropout_batch.k27(ptr %31, i64 0, i64 3)
  %273 = icmp ne i32 %272, 0
  br i1 %273, label %fail, label %ok28

ok28:                                             ; preds = %ok27
  %274 = getelementptr inbounds i8, ptr %50, i64 1088
  %275 = getelementptr inbounds ptr, ptr %32, i64 0
  store ptr %274, ptr %275, align 8
  %276 = getelementptr inbounds i8, ptr %50, i64 576
  %277 = getelementptr inbounds ptr, ptr %32, i64 1
  store ptr %276, ptr %277, align 8
  %278 = getelementptr inbounds i8, ptr %50, i64 1600
  %279 = getelementptr inbounds ptr, ptr %32, i64 2
  store ptr %278, ptr %279, align 8
  %280 = call i32 @dropout_batch.k12(ptr %32, i64 0, i64 120)
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %fail, label %ok29

ok29:                                             ; preds = %ok28
  %282 = getelementptr inbounds i8, ptr %50, i64 1088
  %283 = getelementptr inbounds ptr, ptr %33, i64 0
  store ptr %282, ptr %283, align 8
  %284 = getelementptr inbounds i8, ptr %50, i64 1600
  %285 = getelementptr inbounds ptr, ptr %33, i64 1
  store ptr %284, ptr %285, align 8
  %286 = getelementptr inbounds i8, ptr %50, i64 576
  %287 = getelementptr inbounds ptr, ptr %33, i64 2
  store ptr %286, ptr %287, align 8
  %288 = call i32 @dropout_batch.k5(ptr %33, i64 0, i64 120)
  %289 = icmp ne i32 %288, 0
  br i1 %289, label %fail, label %ok30

ok30:                                             ; preds = %ok29
  %290 = getelementptr inbounds i8, ptr %50, i64 576
  %291 = getelementptr inbounds ptr, ptr %34, i64 0
  store ptr %290, ptr %291, align 8
  %292 = getelementptr inbounds i8, ptr %50, i64 1600
  %293 = getelementptr inbounds ptr, ptr %34, i64 1
  store ptr %292, ptr %293, align 8
  %294 = getelementptr inbounds i8, ptr %50, i64 1088
  %295 = getelementptr inbounds ptr, ptr %34, i64 2
  store ptr %294, ptr %295, align 8
  %296 = call i32 @dropout_batch.k30(ptr %34, i64 0, i64 120)
  %297 = icmp ne i32 %296, 0
  br i1 %297, label %fail, label %ok31

ok31:                                             ; preds = %ok30
  %298 = getelementptr inbounds i8, ptr %50, i64 576
  %299 = getelementptr inbounds ptr, ptr %35, i64 0
  store ptr %298, ptr %299, align 8
  %300 = getelementptr inbounds i8, ptr %50, i64 1088
  %301 = getelementptr inbounds ptr, ptr %35, i64 1
  store ptr %300, ptr %301, align 8
  %302 = getelementptr inbounds i8, ptr %50, i64 1600
  %303 = getelementptr inbounds ptr, ptr %35, i64 2
  store ptr %302, ptr %303, align 8
  %304 = call i32 @dropout_batch.k5(ptr %35, i64 0, i64 120)
  %305 = icmp ne i32 %304, 0
  br i1 %305, label %fail, label %ok32

ok32:                                             ; preds = %ok31
  %306 = getelementptr inbounds i8, ptr %50, i64 1600
  %307 = getelementptr inbounds ptr, ptr %36, i64 0
  store ptr %306, ptr %307, align 8
  %308 = getelementptr inbounds i8, ptr %50, i64 1088
  %309 = getelementptr inbounds ptr, ptr %36, i64 1
  store ptr %308, ptr %309, align 8
  %310 = getelementptr inbounds i8, ptr %50, i64 576
  %311 = getelementptr inbounds ptr, ptr %36, i64 2
  store ptr %310, ptr %311, align 8
  %312 = call i32 @dropout_batch.k16(ptr %36, i64 0, i64 120)
  %313 = icmp ne i32 %312, 0
  br i1 %313, label %fail, label %ok33

ok33:                                             ; preds = %ok32
  %314 = getelementptr inbounds i8, ptr %50, i64 1600
  %315 = getelementptr inbounds ptr, ptr %37, i64 0
  store ptr %314, ptr %315, align 8
  %316 = getelementptr inbounds i8, ptr %50, i64 576
  %317 = getelementptr inbounds ptr, ptr %37, i64 1
  store ptr %316, ptr %317, align 8
  %318 = getelementptr inbounds i8, ptr %50, i64 1088
  %319 = getelementptr inbounds ptr, ptr %37, i64 2
  store ptr %318, ptr %319, align 8
  %320 = call i32 @dropout_batch.k5(ptr %37, i64 0, i64 120)
  %321 = icmp ne i32 %320, 0
  br i1 %321, label %fail, label %ok34

ok34:                                             ; preds = %ok33
  %322 = getelementptr inbounds i8, ptr %50, i64 1088
  %323 = getelementptr inbounds ptr, ptr %38, i64 0
  store ptr %322, ptr %323, align 8
  %324 = getelementptr inbounds i8, ptr %50, i64 576
  %325 = getelementptr inbounds ptr, ptr %38, i64 1
  store ptr %324, ptr %325, align 8
  %326 = getelementptr inbounds i8, ptr %50, i64 64
  %327 = getelementptr inbounds ptr, ptr %38, i64 2
  store ptr %326, ptr %327, align 8
  %328 = getelementptr inbounds i8, ptr %50, i64 1600
  %329 = getelementptr inbounds ptr, ptr %38, i64 3
  store ptr %328, ptr %329, align 8
  %330 = call i32 @dropout_batch.k34(ptr %38, i64 0, i64 120)
  %331 = icmp ne i32 %330, 0
  br i1 %331, label %fail, label %ok35

ok35:                                             ; preds = %ok34
  %332 = getelementptr inbounds i8, ptr %50, i64 1088
  %333 = getelementptr inbounds ptr, ptr %39, i64 0
  store ptr %332, ptr %333, align 8
  %334 = getelementptr inbounds ptr, ptr %39, i64 1
  store ptr %0, ptr %334, align 8
  %335 = getelementptr inbounds i8, ptr %50, i64 1600
  %336 = getelementptr inbounds ptr, ptr %39, i64 2
  store ptr %335, ptr %336, align 8
  %337 = getelementptr inbounds i8, ptr %50, i64 576
  %338 = getelementptr inbounds ptr, ptr %39, i64 3
  store ptr %337, ptr %338, align 8
  %339 = call i32 @dropout_batch.k11(ptr %39, i64 0, i64 3)
  %340 = icmp ne i32 %339, 0
  br i1 %340, label %fail, label %ok36

ok36:                                             ; preds = %ok35
  %341 = getelementptr inbounds i8, ptr %50, i64 576
  %342 = getelementptr inbounds ptr, ptr %40, i64 0
  store ptr %341, ptr %342, align 8
  %343 = getelementptr inbounds i8, ptr %50, i64 1600
  %344 = getelementptr inbounds ptr, ptr %40, i64 1
  store ptr %343, ptr %344, align 8
  %345 = getelementptr inbounds i8, ptr %50, i64 1088
  %346 = getelementptr inbounds ptr, ptr %40, i64 2
  store ptr %345, ptr %346, align 8
  %347 = call i32 @dropout_batch.k20(ptr %40, i64 0, i64 120)
  %348 = icmp ne i32 %347, 0
  br i1 %348, label %fail, label %ok37

ok37:                                             ; preds = %ok36
  %349 = getelementptr inbounds i8, ptr %50, i64 576
  %350 = getelementptr inbounds ptr, ptr %41, i64 0
  store ptr %349, ptr %350, align 8
  %351 = getelementptr inbounds i8, ptr %50, i64 1088
  %352 = getelementptr inbounds ptr, ptr %41, i64 1
  store ptr %351, ptr %352, align 8
  %353 = getelementptr inbounds i8, ptr %50, i64 1600
  %354 = getelementptr inbounds ptr, ptr %41, i64 2
  store ptr %353, ptr %354, align 8
  %355 = call i32 @dropout_batch.k5(ptr %41, i64 0, i64 120)
  %356 = icmp ne i32 %355, 0
  br i1 %356, label %fail, label %ok38

ok38:                                             ; preds = %ok37
  %357 = getelementptr inbounds i8, ptr %50, i64 1600
  %358 = getelementptr inbounds ptr, ptr %42, i64 0
  store ptr %357, ptr %358, align 8
  %359 = getelementptr inbounds i8, ptr %50, i64 1088
  %360 = getelementptr inbounds ptr, ptr %42, i64 1
  store ptr %359, ptr %360, align 8
  %361 = getelementptr inbounds i8, ptr %50, i64 576
  %362 = getelementptr inbounds ptr, ptr %42, i64 2
  store ptr %361, ptr %362, align 8
  %363 = call i32 @dropout_batch.k22(ptr %42, i64 0, i64 120)
  %364 = icmp ne i32 %363, 0
  br i1 %364, label %fail, label %ok39

ok39:                                             ; preds = %ok38
  %365 = getelementptr inbounds i8, ptr %50, i64 1600
  %366 = getelementptr inbounds ptr, ptr %43, i64 0
  store ptr %365, ptr %366, align 8
  %367 = getelementptr inbounds i8, ptr %50, i64 576
  %368 = getelementptr inbounds ptr, ptr %43, i64 1
  store ptr %367, ptr %368, align 8
  %369 = getelementptr inbounds i8, ptr %50, i64 1088
  %370 = getelementptr inbounds ptr, ptr %43, i64 2
  store ptr %369, ptr %370, align 8
  %371 = call i32 @dropout_batch.k5(ptr %43, i64 0, i64 120)
  %372 = icmp ne i32 %371, 0
  br i1 %372, label %fail, label %ok40

ok40:                                             ; preds = %ok39
  %373 = getelementptr inbounds i8, ptr %50, i64 1088
  %374 = getelementptr inbounds ptr, ptr %44, i64 0
  store ptr %373, ptr %374, align 8
  %375 = getelementptr inbounds i8, ptr %50, i64 576
  %376 = getelementptr inbounds ptr, ptr %44, i64 1
  store ptr %375, ptr %376, align 8
  %377 = getelementptr inbounds i8, ptr %50, i64 1600
  %378 = getelementptr inbounds ptr, ptr %44, i64 2
  store ptr %377, ptr %378, align 8
  %379 = call i32 @dropout_batch.k24(ptr %44, i64 0, i64 120)
  %380 = icmp ne i32 %379, 0
  br i1 %380, label %fail, label %ok41

ok41:                                             ; preds = %ok40
  %381 = getelementptr inbounds ptr, ptr %45, i64 0
  store ptr %1, ptr %381, align 8
  %382 = getelementptr inbounds i8, ptr %50, i64 576
  %383 = getelementptr inbounds ptr, ptr %45, i64 1
  store ptr %382, ptr %383, align 8
  %384 = call i32 @dropout_batch.k41(ptr %45, i64 0, i64 40)
  %385 = icmp ne i32 %384, 0
  br i1 %385, label %fail, label %ok42

ok42:                                             ; preds = %ok41
  %386 = getelementptr inbounds i8, ptr %50, i64 1088
  %387 = getelementptr inbounds ptr, ptr %46, i64 0
  store ptr %386, ptr %387, align 8
  %388 = getelementptr inbounds i8, ptr %50, i64 1600
  %389 = getelementptr inbounds ptr, ptr %46, i64 1
  store ptr %388, ptr %389, align 8
  %390 = getelementptr inbounds i8, ptr %50, i64 64
  %391 = getelementptr inbounds ptr, ptr %46, i64 2
  store ptr %390, ptr %391, align 8
  %392 = getelementptr inbounds ptr, ptr %46, i64 3
  store ptr %0, ptr %392, align 8
  %393 = getelementptr inbounds i8, ptr %50, i64 576
  %394 = getelementptr inbounds ptr, ptr %46, i64 4
  store ptr %393, ptr %394, align 8
  %395 = getelementptr inbounds ptr, ptr %46, i64 5
  store ptr %2, ptr %395, align 8
  %396 = call i32 @dropout_batch.k42(ptr %46, i64 0, i64 3)
  %397 = icmp ne i32 %396, 0
  br i1 %397, label %fail, label %ok43

ok43:                                             ; preds = %ok42
  %398 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %398)
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }
attributes #1 = { noinline nounwind }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
!29 = distinct !{!29, !1, !2}
!30 = distinct !{!30, !1, !2}
!31 = distinct !{!31, !1, !2}
!32 = distinct !{!32, !1, !2}
!33 = distinct !{!33, !1, !2}
!34 = distinct !{!34, !1, !2}
!35 = distinct !{!35, !1, !2}
!36 = distinct !{!36, !1, !2}
!37 = distinct !{!37, !1, !2}
!38 = distinct !{!38, !1, !2}
!39 = distinct !{!39, !1, !2}
!40 = distinct !{!40, !1, !2}
!41 = distinct !{!41, !1, !2}
!42 = distinct !{!42, !1, !2}
!43 = distinct !{!43, !1, !2}
!44 = distinct !{!44, !1, !2}
!45 = distinct !{!45, !1, !2}
!46 = distinct !{!46, !1, !2}
!47 = distinct !{!47, !1, !2}
