; ModuleID = 'vmap_add'
source_filename = "vmap_add"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [458 x i8] c"{\22module\22: \22vmap_add\22, \22functions\22: [{\22name\22: \22add\22, \22symbol\22: \22add\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [100]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [100]}], \22outputs\22: [{\22name\22: \22z\22, \22dtype\22: \22f32\22, \22shape\22: [100]}]}, {\22name\22: \22vadd\22, \22symbol\22: \22vadd\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4096, 100]}, {\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [100, 4096]}], \22outputs\22: [{\22name\22: \22z\22, \22dtype\22: \22f32\22, \22shape\22: [4096, 100]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @add.k0(ptr %0, i64 %1, i64 %2) #0 {
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
  %10 = getelementptr inbounds float, ptr %4, i64 %i
  %11 = load float, ptr %10, align 4, !alias.scope !0, !noalias !3
  %12 = getelementptr inbounds float, ptr %6, i64 %i
  %13 = load float, ptr %12, align 4, !alias.scope !5, !noalias !3
  %14 = fadd float %11, %13
  %15 = getelementptr inbounds float, ptr %8, i64 %i
  store float %14, ptr %15, align 4, !alias.scope !3
  br label %latch

latch:                                            ; preds = %body
  %16 = add nsw i64 %i, 1
  br label %loop, !llvm.loop !7

exit:                                             ; preds = %loop
  ret i32 0
}

; Function Attrs: nounwind
define i32 @add(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %6, align 8
  %7 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %7, align 8
  %8 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %2, ptr %8, align 8
  %9 = call i32 @add.k0(ptr %4, i64 0, i64 100)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %9, %entry ]
  %11 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  ret i32 0
}

declare i32 @ftc_rt_alloc(ptr, i64)

declare void @ftc_rt_free(ptr)

declare i32 @ftc_rt_parallel_for(i64, i64, ptr, ptr)

; Function Attrs: nounwind
define internal i32 @vadd.k0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1024 x float], align 64
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
  %i = phi i64 [ %1, %start ], [ %11, %latch ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

latch:                                            ; preds = %exit4
  %11 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ 0, %body ], [ %20, %latch3 ]
  %12 = icmp slt i64 %i5, 4
  br i1 %12, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %13 = mul nsw i64 %i, 32
  %14 = mul nsw i64 %i5, 32
  %15 = add nsw i64 %13, 32
  %16 = icmp sle i64 %15, 4096
  %17 = add nsw i64 %14, 32
  %18 = icmp sle i64 %17, 100
  %19 = and i1 %16, %18
  br i1 %19, label %tile.full, label %tile.partial

latch3:                                           ; preds = %tile.done
  %20 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  br label %latch

tile.full:                                        ; preds = %body2
  br label %loop6

tile.partial:                                     ; preds = %body2
  %21 = add nsw i64 %13, 32
  %22 = icmp slt i64 %21, 4096
  %23 = select i1 %22, i64 %21, i64 4096
  br label %loop26

tile.done:                                        ; preds = %exit29, %exit19
  br label %latch3

loop6:                                            ; preds = %latch8, %tile.full
  %i10 = phi i64 [ 0, %tile.full ], [ %25, %latch8 ]
  %24 = icmp slt i64 %i10, 4
  br i1 %24, label %body7, label %exit9

body7:                                            ; preds = %loop6
  br label %loop11

latch8:                                           ; preds = %exit14
  %25 = add nsw i64 %i10, 1
  br label %loop6

exit9:                                            ; preds = %loop6
  %26 = add nsw i64 %13, 32
  %27 = icmp slt i64 %26, 4096
  %28 = select i1 %27, i64 %26, i64 4096
  br label %loop16

loop11:                                           ; preds = %latch13, %body7
  %i15 = phi i64 [ 0, %body7 ], [ %124, %latch13 ]
  %29 = icmp slt i64 %i15, 4
  br i1 %29, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %30 = mul nsw i64 %i10, 8
  %31 = add nsw i64 %13, %30
  %32 = mul nsw i64 %i15, 8
  %33 = add nsw i64 %14, %32
  %34 = add nsw i64 %33, 0
  %35 = mul nsw i64 %34, 4096
  %36 = add nsw i64 %35, %31
  %37 = getelementptr inbounds float, ptr %7, i64 %36
  %38 = load <8 x float>, ptr %37, align 4, !alias.scope !10, !noalias !13
  %39 = add nsw i64 %33, 1
  %40 = mul nsw i64 %39, 4096
  %41 = add nsw i64 %40, %31
  %42 = getelementptr inbounds float, ptr %7, i64 %41
  %43 = load <8 x float>, ptr %42, align 4, !alias.scope !10, !noalias !13
  %44 = add nsw i64 %33, 2
  %45 = mul nsw i64 %44, 4096
  %46 = add nsw i64 %45, %31
  %47 = getelementptr inbounds float, ptr %7, i64 %46
  %48 = load <8 x float>, ptr %47, align 4, !alias.scope !10, !noalias !13
  %49 = add nsw i64 %33, 3
  %50 = mul nsw i64 %49, 4096
  %51 = add nsw i64 %50, %31
  %52 = getelementptr inbounds float, ptr %7, i64 %51
  %53 = load <8 x float>, ptr %52, align 4, !alias.scope !10, !noalias !13
  %54 = add nsw i64 %33, 4
  %55 = mul nsw i64 %54, 4096
  %56 = add nsw i64 %55, %31
  %57 = getelementptr inbounds float, ptr %7, i64 %56
  %58 = load <8 x float>, ptr %57, align 4, !alias.scope !10, !noalias !13
  %59 = add nsw i64 %33, 5
  %60 = mul nsw i64 %59, 4096
  %61 = add nsw i64 %60, %31
  %62 = getelementptr inbounds float, ptr %7, i64 %61
  %63 = load <8 x float>, ptr %62, align 4, !alias.scope !10, !noalias !13
  %64 = add nsw i64 %33, 6
  %65 = mul nsw i64 %64, 4096
  %66 = add nsw i64 %65, %31
  %67 = getelementptr inbounds float, ptr %7, i64 %66
  %68 = load <8 x float>, ptr %67, align 4, !alias.scope !10, !noalias !13
  %69 = add nsw i64 %33, 7
  %70 = mul nsw i64 %69, 4096
  %71 = add nsw i64 %70, %31
  %72 = getelementptr inbounds float, ptr %7, i64 %71
  %73 = load <8 x float>, ptr %72, align 4, !alias.scope !10, !noalias !13
  %74 = shufflevector <8 x float> %38, <8 x float> %58, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %75 = shufflevector <8 x float> %38, <8 x float> %58, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %76 = shufflevector <8 x float> %43, <8 x float> %63, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %77 = shufflevector <8 x float> %43, <8 x float> %63, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %78 = shufflevector <8 x float> %48, <8 x float> %68, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %79 = shufflevector <8 x float> %48, <8 x float> %68, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %80 = shufflevector <8 x float> %53, <8 x float> %73, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %81 = shufflevector <8 x float> %53, <8 x float> %73, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %82 = shufflevector <8 x float> %74, <8 x float> %78, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %83 = shufflevector <8 x float> %74, <8 x float> %78, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %84 = shufflevector <8 x float> %76, <8 x float> %80, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %85 = shufflevector <8 x float> %76, <8 x float> %80, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %86 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %87 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %88 = shufflevector <8 x float> %77, <8 x float> %81, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %89 = shufflevector <8 x float> %77, <8 x float> %81, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %90 = shufflevector <8 x float> %82, <8 x float> %84, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %91 = shufflevector <8 x float> %82, <8 x float> %84, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %92 = shufflevector <8 x float> %83, <8 x float> %85, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %93 = shufflevector <8 x float> %83, <8 x float> %85, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %94 = shufflevector <8 x float> %86, <8 x float> %88, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %95 = shufflevector <8 x float> %86, <8 x float> %88, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %96 = shufflevector <8 x float> %87, <8 x float> %89, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %97 = shufflevector <8 x float> %87, <8 x float> %89, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %98 = mul nsw i64 %i10, 256
  %99 = mul nsw i64 %i15, 8
  %100 = add nsw i64 %98, 0
  %101 = add nsw i64 %100, %99
  %102 = getelementptr inbounds float, ptr %3, i64 %101
  store <8 x float> %90, ptr %102, align 32
  %103 = add nsw i64 %98, 32
  %104 = add nsw i64 %103, %99
  %105 = getelementptr inbounds float, ptr %3, i64 %104
  store <8 x float> %91, ptr %105, align 32
  %106 = add nsw i64 %98, 64
  %107 = add nsw i64 %106, %99
  %108 = getelementptr inbounds float, ptr %3, i64 %107
  store <8 x float> %92, ptr %108, align 32
  %109 = add nsw i64 %98, 96
  %110 = add nsw i64 %109, %99
  %111 = getelementptr inbounds float, ptr %3, i64 %110
  store <8 x float> %93, ptr %111, align 32
  %112 = add nsw i64 %98, 128
  %113 = add nsw i64 %112, %99
  %114 = getelementptr inbounds float, ptr %3, i64 %113
  store <8 x float> %94, ptr %114, align 32
  %115 = add nsw i64 %98, 160
  %116 = add nsw i64 %115, %99
  %117 = getelementptr inbounds float, ptr %3, i64 %116
  store <8 x float> %95, ptr %117, align 32
  %118 = add nsw i64 %98, 192
  %119 = add nsw i64 %118, %99
  %120 = getelementptr inbounds float, ptr %3, i64 %119
  store <8 x float> %96, ptr %120, align 32
  %121 = add nsw i64 %98, 224
  %122 = add nsw i64 %121, %99
  %123 = getelementptr inbounds float, ptr %3, i64 %122
  store <8 x float> %97, ptr %123, align 32
  br label %latch13

latch13:                                          ; preds = %body12
  %124 = add nsw i64 %i15, 1
  br label %loop11

exit14:                                           ; preds = %loop11
  br label %latch8

loop16:                                           ; preds = %latch18, %exit9
  %i20 = phi i64 [ %13, %exit9 ], [ %129, %latch18 ]
  %125 = icmp slt i64 %i20, %28
  br i1 %125, label %body17, label %exit19

body17:                                           ; preds = %loop16
  %126 = add nsw i64 %14, 32
  %127 = icmp slt i64 %126, 100
  %128 = select i1 %127, i64 %126, i64 100
  br label %loop21

latch18:                                          ; preds = %exit24
  %129 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  br label %tile.done

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ %14, %body17 ], [ %145, %latch23 ]
  %130 = icmp slt i64 %i25, %128
  br i1 %130, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %131 = mul nsw i64 %i20, 100
  %132 = add nsw i64 %131, %i25
  %133 = getelementptr inbounds float, ptr %5, i64 %132
  %134 = load float, ptr %133, align 4, !alias.scope !15, !noalias !13
  %135 = sub i64 %i20, %13
  %136 = mul nsw i64 %135, 32
  %137 = sub i64 %i25, %14
  %138 = add nsw i64 %136, %137
  %139 = getelementptr inbounds float, ptr %3, i64 %138
  %140 = load float, ptr %139, align 4
  %141 = fadd float %134, %140
  %142 = mul nsw i64 %i20, 100
  %143 = add nsw i64 %142, %i25
  %144 = getelementptr inbounds float, ptr %9, i64 %143
  store float %141, ptr %144, align 4, !alias.scope !13
  br label %latch23

latch23:                                          ; preds = %body22
  %145 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !17

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %tile.partial
  %i30 = phi i64 [ %13, %tile.partial ], [ %150, %latch28 ]
  %146 = icmp slt i64 %i30, %23
  br i1 %146, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %147 = add nsw i64 %14, 32
  %148 = icmp slt i64 %147, 100
  %149 = select i1 %148, i64 %147, i64 100
  br label %loop31

latch28:                                          ; preds = %exit34
  %150 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  br label %tile.done

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ %14, %body27 ], [ %164, %latch33 ]
  %151 = icmp slt i64 %i35, %149
  br i1 %151, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %152 = mul nsw i64 %i30, 100
  %153 = add nsw i64 %152, %i35
  %154 = getelementptr inbounds float, ptr %5, i64 %153
  %155 = load float, ptr %154, align 4, !alias.scope !15, !noalias !13
  %156 = mul nsw i64 %i35, 4096
  %157 = add nsw i64 %156, %i30
  %158 = getelementptr inbounds float, ptr %7, i64 %157
  %159 = load float, ptr %158, align 4, !alias.scope !10, !noalias !13
  %160 = fadd float %155, %159
  %161 = mul nsw i64 %i30, 100
  %162 = add nsw i64 %161, %i35
  %163 = getelementptr inbounds float, ptr %9, i64 %162
  store float %160, ptr %163, align 4, !alias.scope !13
  br label %latch33

latch33:                                          ; preds = %body32
  %164 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !18

exit34:                                           ; preds = %loop31
  br label %latch28
}

; Function Attrs: nounwind
define i32 @vadd(ptr %0, ptr %1, ptr noalias %2) #0 {
entry:
  %3 = alloca ptr, align 8
  store ptr null, ptr %3, align 8
  %4 = alloca [3 x ptr], align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds ptr, ptr %4, i64 0
  store ptr %0, ptr %6, align 8
  %7 = getelementptr inbounds ptr, ptr %4, i64 1
  store ptr %1, ptr %7, align 8
  %8 = getelementptr inbounds ptr, ptr %4, i64 2
  store ptr %2, ptr %8, align 8
  %9 = call i32 @ftc_rt_parallel_for(i64 128, i64 5, ptr @vadd.k0, ptr %4)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %9, %entry ]
  %11 = load ptr, ptr %3, align 8
  call void @ftc_rt_free(ptr %11)
  ret i32 %status

ok:                                               ; preds = %entry
  ret i32 0
}

define ptr @ftc_metadata() {
entry:
  ret ptr @ftc.metadata.json
}

attributes #0 = { nounwind }

!0 = !{!1}
!1 = !{!"add.k0.buffer0", !2}
!2 = !{!"add.k0.buffers"}
!3 = !{!4}
!4 = !{!"add.k0.buffer2", !2}
!5 = !{!6}
!6 = !{!"add.k0.buffer1", !2}
!7 = distinct !{!7, !8, !9}
!8 = !{!"llvm.loop.vectorize.width", i32 8}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = !{!11}
!11 = !{!"vadd.k0.buffer1", !12}
!12 = !{!"vadd.k0.buffers"}
!13 = !{!14}
!14 = !{!"vadd.k0.buffer2", !12}
!15 = !{!16}
!16 = !{!"vadd.k0.buffer0", !12}
!17 = distinct !{!17, !8, !9}
!18 = distinct !{!18, !8, !9}
