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
  %19 = mul nsw i64 %i, 32
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %i, 32
  %22 = mul nsw i64 %i10, 8
  %23 = add nsw i64 %22, %i15
  %24 = add nsw i64 %21, %23
  %25 = getelementptr inbounds float, ptr %5, i64 %20
  %26 = load float, ptr %25, align 4, !alias.scope !0, !noalias !3
  %27 = getelementptr inbounds float, ptr %7, i64 %24
  %28 = load float, ptr %27, align 4, !alias.scope !5, !noalias !3
  %29 = load float, ptr %3, align 4
  %30 = fmul reassoc contract float %26, %28
  %31 = fadd reassoc contract float %29, %30
  store float %31, ptr %3, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %32 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !7

exit14:                                           ; preds = %loop11
  %33 = mul nsw i64 %i, 16
  %34 = mul nsw i64 %i5, 4
  %35 = add nsw i64 %34, %i10
  %36 = add nsw i64 %33, %35
  %37 = load float, ptr %3, align 4
  %38 = getelementptr inbounds float, ptr %9, i64 %36
  store float %37, ptr %38, align 4, !alias.scope !3
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
  %8 = alloca <16 x float>, align 16
  %9 = alloca [1 x <16 x float>], align 16
  %10 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %11 = getelementptr inbounds ptr, ptr %0, i64 0
  %12 = load ptr, ptr %11, align 8
  %13 = getelementptr inbounds ptr, ptr %0, i64 1
  %14 = load ptr, ptr %13, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %23, %latch ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul nsw i64 %i, 16
  %17 = mul nsw i64 %i, 4
  %18 = mul nsw i64 %i, 16
  %19 = mul nsw i64 %i, 4
  %20 = add nsw i64 %i, 1
  %21 = mul nsw i64 %i, 16
  %22 = mul nsw i64 %20, 16
  br label %loop1

latch:                                            ; preds = %exit54
  %23 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %21, %body ], [ %34, %latch3 ]
  %24 = icmp slt i64 %i5, %22
  br i1 %24, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %25 = getelementptr inbounds i8, ptr @literal, i64 %i5
  %26 = load i8, ptr %25, align 1
  %27 = icmp ne i8 %26, 0
  %28 = getelementptr inbounds float, ptr %12, i64 %i5
  %29 = load float, ptr %28, align 4, !alias.scope !9, !noalias !12
  %30 = fmul float %29, 0x3FD6A09E60000000
  %31 = select i1 %27, float %30, float 0xFFF0000000000000
  %32 = sub i64 %i5, %16
  %33 = getelementptr inbounds float, ptr %3, i64 %32
  store float %31, ptr %33, align 4
  br label %latch3

latch3:                                           ; preds = %body2
  %34 = add nsw i64 %i5, 1
  br label %loop1, !llvm.loop !14

exit4:                                            ; preds = %loop1
  %35 = add nsw i64 %i, 1
  br label %loop6

loop6:                                            ; preds = %latch8, %exit4
  %i10 = phi i64 [ %i, %exit4 ], [ %37, %latch8 ]
  %36 = icmp slt i64 %i10, %35
  br i1 %36, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %37 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  %38 = add nsw i64 %i, 1
  br label %loop21

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %40, %latch13 ]
  %39 = icmp slt i64 %i15, 4
  br i1 %39, label %body12, label %exit14

body12:                                           ; preds = %loop11
  store float 0xFFF0000000000000, ptr %7, align 4
  br label %loop16

latch13:                                          ; preds = %exit19
  %40 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %body12
  %i20 = phi i64 [ 0, %body12 ], [ %51, %latch18 ]
  %41 = icmp slt i64 %i20, 4
  br i1 %41, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %42 = load float, ptr %7, align 4
  %43 = mul nsw i64 %i10, 16
  %44 = mul nsw i64 %i15, 4
  %45 = add nsw i64 %43, %44
  %46 = add nsw i64 %45, %i20
  %47 = sub i64 %46, %16
  %48 = getelementptr inbounds float, ptr %3, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = call float @llvm.maximum.f32(float %42, float %49)
  store float %50, ptr %7, align 4
  br label %latch18

latch18:                                          ; preds = %body17
  %51 = add nsw i64 %i20, 1
  br label %loop16, !llvm.loop !16

exit19:                                           ; preds = %loop16
  %52 = load float, ptr %7, align 4
  %53 = mul nsw i64 %i10, 4
  %54 = add nsw i64 %53, %i15
  %55 = sub i64 %54, %17
  %56 = getelementptr inbounds float, ptr %4, i64 %55
  store float %52, ptr %56, align 4
  br label %latch13

loop21:                                           ; preds = %latch23, %exit9
  %i25 = phi i64 [ %i, %exit9 ], [ %58, %latch23 ]
  %57 = icmp slt i64 %i25, %38
  br i1 %57, label %body22, label %exit24

body22:                                           ; preds = %loop21
  br label %loop26

latch23:                                          ; preds = %exit29
  %58 = add nsw i64 %i25, 1
  br label %loop21

exit24:                                           ; preds = %loop21
  %59 = add nsw i64 %i, 1
  br label %loop36

loop26:                                           ; preds = %latch28, %body22
  %i30 = phi i64 [ 0, %body22 ], [ %61, %latch28 ]
  %60 = icmp slt i64 %i30, 4
  br i1 %60, label %body27, label %exit29

body27:                                           ; preds = %loop26
  br label %loop31

latch28:                                          ; preds = %exit34
  %61 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %latch23

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %83, %latch33 ]
  %62 = icmp slt i64 %i35, 4
  br i1 %62, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %63 = mul nsw i64 %i25, 16
  %64 = mul nsw i64 %i30, 4
  %65 = add nsw i64 %63, %64
  %66 = add nsw i64 %65, %i35
  %67 = sub i64 %66, %16
  %68 = getelementptr inbounds float, ptr %3, i64 %67
  %69 = load float, ptr %68, align 4
  %70 = mul nsw i64 %i25, 4
  %71 = add nsw i64 %70, %i30
  %72 = sub i64 %71, %17
  %73 = getelementptr inbounds float, ptr %4, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = fsub float %69, %74
  %76 = call float @expf(float %75) #3
  %77 = mul nsw i64 %i25, 16
  %78 = mul nsw i64 %i30, 4
  %79 = add nsw i64 %77, %78
  %80 = add nsw i64 %79, %i35
  %81 = sub i64 %80, %18
  %82 = getelementptr inbounds float, ptr %5, i64 %81
  store float %76, ptr %82, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %83 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !18

exit34:                                           ; preds = %loop31
  br label %latch28

loop36:                                           ; preds = %latch38, %exit24
  %i40 = phi i64 [ %i, %exit24 ], [ %85, %latch38 ]
  %84 = icmp slt i64 %i40, %59
  br i1 %84, label %body37, label %exit39

body37:                                           ; preds = %loop36
  br label %loop41

latch38:                                          ; preds = %exit44
  %85 = add nsw i64 %i40, 1
  br label %loop36

exit39:                                           ; preds = %loop36
  %86 = add nsw i64 %i, 1
  br label %loop51

loop41:                                           ; preds = %latch43, %body37
  %i45 = phi i64 [ 0, %body37 ], [ %100, %latch43 ]
  %87 = icmp slt i64 %i45, 4
  br i1 %87, label %body42, label %exit44

body42:                                           ; preds = %loop41
  %88 = getelementptr inbounds float, ptr %10, i64 4
  store float -0.000000e+00, ptr %88, align 4
  %89 = getelementptr inbounds float, ptr %10, i64 5
  store float -0.000000e+00, ptr %89, align 4
  %90 = getelementptr inbounds float, ptr %10, i64 6
  store float -0.000000e+00, ptr %90, align 4
  %91 = getelementptr inbounds float, ptr %10, i64 7
  store float -0.000000e+00, ptr %91, align 4
  %92 = getelementptr inbounds float, ptr %10, i64 8
  store float -0.000000e+00, ptr %92, align 4
  %93 = getelementptr inbounds float, ptr %10, i64 9
  store float -0.000000e+00, ptr %93, align 4
  %94 = getelementptr inbounds float, ptr %10, i64 10
  store float -0.000000e+00, ptr %94, align 4
  %95 = getelementptr inbounds float, ptr %10, i64 11
  store float -0.000000e+00, ptr %95, align 4
  %96 = getelementptr inbounds float, ptr %10, i64 12
  store float -0.000000e+00, ptr %96, align 4
  %97 = getelementptr inbounds float, ptr %10, i64 13
  store float -0.000000e+00, ptr %97, align 4
  %98 = getelementptr inbounds float, ptr %10, i64 14
  store float -0.000000e+00, ptr %98, align 4
  %99 = getelementptr inbounds float, ptr %10, i64 15
  store float -0.000000e+00, ptr %99, align 4
  br label %loop46

latch43:                                          ; preds = %exit49
  %100 = add nsw i64 %i45, 1
  br label %loop41

exit44:                                           ; preds = %loop41
  br label %latch38

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %111, %latch48 ]
  %101 = icmp slt i64 %i50, 4
  br i1 %101, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %102 = mul nsw i64 %i40, 16
  %103 = mul nsw i64 %i45, 4
  %104 = add nsw i64 %102, %103
  %105 = add nsw i64 %104, %i50
  %106 = sub i64 %105, %18
  %107 = getelementptr inbounds float, ptr %5, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = sub i64 %i50, 0
  %110 = getelementptr inbounds float, ptr %10, i64 %109
  store float %108, ptr %110, align 4
  br label %latch48

latch48:                                          ; preds = %body47
  %111 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !19

exit49:                                           ; preds = %loop46
  %112 = getelementptr inbounds <16 x float>, ptr %10, i64 0
  %113 = load <16 x float>, ptr %112, align 4
  store <16 x float> %113, ptr %8, align 4
  %114 = getelementptr inbounds float, ptr %8, i64 0
  %115 = load float, ptr %114, align 4
  %116 = getelementptr inbounds float, ptr %8, i64 1
  %117 = load float, ptr %116, align 4
  %118 = getelementptr inbounds float, ptr %8, i64 2
  %119 = load float, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %8, i64 3
  %121 = load float, ptr %120, align 4
  %122 = getelementptr inbounds float, ptr %8, i64 4
  %123 = load float, ptr %122, align 4
  %124 = getelementptr inbounds float, ptr %8, i64 5
  %125 = load float, ptr %124, align 4
  %126 = getelementptr inbounds float, ptr %8, i64 6
  %127 = load float, ptr %126, align 4
  %128 = getelementptr inbounds float, ptr %8, i64 7
  %129 = load float, ptr %128, align 4
  %130 = getelementptr inbounds float, ptr %8, i64 8
  %131 = load float, ptr %130, align 4
  %132 = getelementptr inbounds float, ptr %8, i64 9
  %133 = load float, ptr %132, align 4
  %134 = getelementptr inbounds float, ptr %8, i64 10
  %135 = load float, ptr %134, align 4
  %136 = getelementptr inbounds float, ptr %8, i64 11
  %137 = load float, ptr %136, align 4
  %138 = getelementptr inbounds float, ptr %8, i64 12
  %139 = load float, ptr %138, align 4
  %140 = getelementptr inbounds float, ptr %8, i64 13
  %141 = load float, ptr %140, align 4
  %142 = getelementptr inbounds float, ptr %8, i64 14
  %143 = load float, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %8, i64 15
  %145 = load float, ptr %144, align 4
  %146 = fadd float %115, %131
  %147 = fadd float %117, %133
  %148 = fadd float %119, %135
  %149 = fadd float %121, %137
  %150 = fadd float %123, %139
  %151 = fadd float %125, %141
  %152 = fadd float %127, %143
  %153 = fadd float %129, %145
  %154 = fadd float %146, %150
  %155 = fadd float %147, %151
  %156 = fadd float %148, %152
  %157 = fadd float %149, %153
  %158 = fadd float %154, %156
  %159 = fadd float %155, %157
  %160 = fadd float %158, %159
  %161 = mul nsw i64 %i40, 4
  %162 = add nsw i64 %161, %i45
  %163 = sub i64 %162, %19
  %164 = getelementptr inbounds float, ptr %6, i64 %163
  store float %160, ptr %164, align 4
  br label %latch43

loop51:                                           ; preds = %latch53, %exit39
  %i55 = phi i64 [ %i, %exit39 ], [ %166, %latch53 ]
  %165 = icmp slt i64 %i55, %86
  br i1 %165, label %body52, label %exit54

body52:                                           ; preds = %loop51
  br label %loop56

latch53:                                          ; preds = %exit59
  %166 = add nsw i64 %i55, 1
  br label %loop51

exit54:                                           ; preds = %loop51
  br label %latch

loop56:                                           ; preds = %latch58, %body52
  %i60 = phi i64 [ 0, %body52 ], [ %168, %latch58 ]
  %167 = icmp slt i64 %i60, 4
  br i1 %167, label %body57, label %exit59

body57:                                           ; preds = %loop56
  br label %loop61

latch58:                                          ; preds = %exit64
  %168 = add nsw i64 %i60, 1
  br label %loop56

exit59:                                           ; preds = %loop56
  br label %latch53

loop61:                                           ; preds = %latch63, %body57
  %i65 = phi i64 [ 0, %body57 ], [ %188, %latch63 ]
  %169 = icmp slt i64 %i65, 4
  br i1 %169, label %body62, label %exit64

body62:                                           ; preds = %loop61
  %170 = mul nsw i64 %i55, 16
  %171 = mul nsw i64 %i60, 4
  %172 = add nsw i64 %170, %171
  %173 = add nsw i64 %172, %i65
  %174 = sub i64 %173, %18
  %175 = getelementptr inbounds float, ptr %5, i64 %174
  %176 = load float, ptr %175, align 4
  %177 = mul nsw i64 %i55, 4
  %178 = add nsw i64 %177, %i60
  %179 = sub i64 %178, %19
  %180 = getelementptr inbounds float, ptr %6, i64 %179
  %181 = load float, ptr %180, align 4
  %182 = fdiv float %176, %181
  %183 = mul nsw i64 %i55, 16
  %184 = mul nsw i64 %i60, 4
  %185 = add nsw i64 %183, %184
  %186 = add nsw i64 %185, %i65
  %187 = getelementptr inbounds float, ptr %14, i64 %186
  store float %182, ptr %187, align 4, !alias.scope !12
  br label %latch63

latch63:                                          ; preds = %body62
  %188 = add nsw i64 %i65, 1
  br label %loop61, !llvm.loop !22

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
  %3 = alloca <8 x float>, align 16
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = alloca <8 x float>, align 16
  br label %start

start:                                            ; preds = %entry
  %7 = getelementptr inbounds ptr, ptr %0, i64 0
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds ptr, ptr %0, i64 1
  %10 = load ptr, ptr %9, align 8
  %11 = getelementptr inbounds ptr, ptr %0, i64 2
  %12 = load ptr, ptr %11, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ 0, %start ], [ %14, %latch ]
  %13 = icmp slt i64 %i, 2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %14 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %24, %latch3 ]
  %15 = icmp slt i64 %i5, 1
  br i1 %15, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %16 = mul nsw i64 %i5, 4
  %17 = mul nsw i64 %i, 16
  %18 = mul nsw i64 %i, 32
  %19 = mul nsw i64 %i, 32
  %20 = add nsw i64 %16, 0
  %21 = add nsw i64 %16, 1
  %22 = add nsw i64 %16, 2
  %23 = add nsw i64 %16, 3
  br label %loop6

latch3:                                           ; preds = %exit9
  %24 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %27, %latch8 ]
  %25 = icmp slt i64 %i10, 1
  br i1 %25, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %26 = mul nsw i64 %i10, 8
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %3, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %4, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %5, align 4
  store <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, ptr %6, align 4
  br label %loop11

latch8:                                           ; preds = %exit14
  %27 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  br label %latch3

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %74, %latch13 ]
  %28 = icmp slt i64 %i15, 4
  br i1 %28, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %29 = load <8 x float>, ptr %3, align 4
  %30 = load <8 x float>, ptr %4, align 4
  %31 = load <8 x float>, ptr %5, align 4
  %32 = load <8 x float>, ptr %6, align 4
  %33 = mul nsw i64 %i15, 8
  %34 = add nsw i64 %33, %26
  %35 = add nsw i64 %18, %34
  %36 = getelementptr inbounds float, ptr %10, i64 %35
  %37 = load <8 x float>, ptr %36, align 4, !alias.scope !23, !noalias !26
  %38 = mul nsw i64 %20, 4
  %39 = add nsw i64 %38, %i15
  %40 = add nsw i64 %17, %39
  %41 = getelementptr inbounds float, ptr %8, i64 %40
  %42 = load float, ptr %41, align 4, !alias.scope !28, !noalias !26
  %43 = insertelement <8 x float> poison, float %42, i32 0
  %44 = shufflevector <8 x float> %43, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = fmul contract <8 x float> %44, %37
  %46 = fadd contract <8 x float> %29, %45
  %47 = mul nsw i64 %21, 4
  %48 = add nsw i64 %47, %i15
  %49 = add nsw i64 %17, %48
  %50 = getelementptr inbounds float, ptr %8, i64 %49
  %51 = load float, ptr %50, align 4, !alias.scope !28, !noalias !26
  %52 = insertelement <8 x float> poison, float %51, i32 0
  %53 = shufflevector <8 x float> %52, <8 x float> poison, <8 x i32> zeroinitializer
  %54 = fmul contract <8 x float> %53, %37
  %55 = fadd contract <8 x float> %30, %54
  %56 = mul nsw i64 %22, 4
  %57 = add nsw i64 %56, %i15
  %58 = add nsw i64 %17, %57
  %59 = getelementptr inbounds float, ptr %8, i64 %58
  %60 = load float, ptr %59, align 4, !alias.scope !28, !noalias !26
  %61 = insertelement <8 x float> poison, float %60, i32 0
  %62 = shufflevector <8 x float> %61, <8 x float> poison, <8 x i32> zeroinitializer
  %63 = fmul contract <8 x float> %62, %37
  %64 = fadd contract <8 x float> %31, %63
  %65 = mul nsw i64 %23, 4
  %66 = add nsw i64 %65, %i15
  %67 = add nsw i64 %17, %66
  %68 = getelementptr inbounds float, ptr %8, i64 %67
  %69 = load float, ptr %68, align 4, !alias.scope !28, !noalias !26
  %70 = insertelement <8 x float> poison, float %69, i32 0
  %71 = shufflevector <8 x float> %70, <8 x float> poison, <8 x i32> zeroinitializer
  %72 = fmul contract <8 x float> %71, %37
  %73 = fadd contract <8 x float> %32, %72
  store <8 x float> %46, ptr %3, align 4
  store <8 x float> %55, ptr %4, align 4
  store <8 x float> %64, ptr %5, align 4
  store <8 x float> %73, ptr %6, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %74 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  %75 = load <8 x float>, ptr %3, align 4
  %76 = load <8 x float>, ptr %4, align 4
  %77 = load <8 x float>, ptr %5, align 4
  %78 = load <8 x float>, ptr %6, align 4
  %79 = mul nsw i64 %20, 8
  %80 = add nsw i64 %79, %26
  %81 = add nsw i64 %19, %80
  %82 = getelementptr inbounds float, ptr %12, i64 %81
  store <8 x float> %75, ptr %82, align 4, !alias.scope !26
  %83 = mul nsw i64 %21, 8
  %84 = add nsw i64 %83, %26
  %85 = add nsw i64 %19, %84
  %86 = getelementptr inbounds float, ptr %12, i64 %85
  store <8 x float> %76, ptr %86, align 4, !alias.scope !26
  %87 = mul nsw i64 %22, 8
  %88 = add nsw i64 %87, %26
  %89 = add nsw i64 %19, %88
  %90 = getelementptr inbounds float, ptr %12, i64 %89
  store <8 x float> %77, ptr %90, align 4, !alias.scope !26
  %91 = mul nsw i64 %23, 8
  %92 = add nsw i64 %91, %26
  %93 = add nsw i64 %19, %92
  %94 = getelementptr inbounds float, ptr %12, i64 %93
  store <8 x float> %78, ptr %94, align 4, !alias.scope !26
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

!0 = !{!1}
!1 = !{!"attention.k0.buffer0", !2}
!2 = !{!"attention.k0.buffers"}
!3 = !{!4}
!4 = !{!"attention.k0.buffer2", !2}
!5 = !{!6}
!6 = !{!"attention.k0.buffer1", !2}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = !{!10}
!10 = !{!"attention.rows1.buffer0", !11}
!11 = !{!"attention.rows1.buffers"}
!12 = !{!13}
!13 = !{!"attention.rows1.buffer1", !11}
!14 = distinct !{!14, !15, !8}
!15 = !{!"llvm.loop.vectorize.width", i32 8}
!16 = distinct !{!16, !15, !17, !8}
!17 = !{!"llvm.loop.interleave.count", i32 4}
!18 = distinct !{!18, !15, !8}
!19 = distinct !{!19, !20, !21, !8}
!20 = !{!"llvm.loop.vectorize.enable", i1 true}
!21 = !{!"llvm.loop.vectorize.width", i32 16}
!22 = distinct !{!22, !15, !8}
!23 = !{!24}
!24 = !{!"attention.k6.buffer1", !25}
!25 = !{!"attention.k6.buffers"}
!26 = !{!27}
!27 = !{!"attention.k6.buffer2", !25}
!28 = !{!29}
!29 = !{!"attention.k6.buffer0", !25}
