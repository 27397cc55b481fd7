; ModuleID = 'layernorm'
source_filename = "layernorm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ftc.metadata.json = private unnamed_addr constant [303 x i8] c"{\22module\22: \22layernorm\22, \22functions\22: [{\22name\22: \22layernorm\22, \22symbol\22: \22layernorm\22, \22inputs\22: [{\22name\22: \22x\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}, {\22name\22: \22gamma\22, \22dtype\22: \22f32\22, \22shape\22: [8]}, {\22name\22: \22beta\22, \22dtype\22: \22f32\22, \22shape\22: [8]}], \22outputs\22: [{\22name\22: \22y\22, \22dtype\22: \22f32\22, \22shape\22: [4, 8]}]}]}\00"

; Function Attrs: nounwind
define internal i32 @layernorm.rows0(ptr %0, i64 %1, i64 %2) #0 {
entry:
  %3 = alloca [1 x float], align 64
  %4 = alloca [1 x float], align 64
  %5 = alloca [8 x float], align 64
  %6 = alloca [1 x float], align 64
  %7 = alloca [1 x float], align 64
  %8 = alloca <16 x float>, align 16
  %9 = alloca [1 x <16 x float>], align 16
  %10 = alloca [1 x <16 x float>], align 16
  %11 = alloca <16 x float>, align 16
  %12 = alloca [1 x <16 x float>], align 16
  %13 = alloca [1 x <16 x float>], align 16
  br label %start

start:                                            ; preds = %entry
  %14 = getelementptr inbounds ptr, ptr %0, i64 0
  %15 = load ptr, ptr %14, align 8
  %16 = getelementptr inbounds ptr, ptr %0, i64 1
  %17 = load ptr, ptr %16, align 8
  %18 = getelementptr inbounds ptr, ptr %0, i64 2
  %19 = load ptr, ptr %18, align 8
  %20 = getelementptr inbounds ptr, ptr %0, i64 3
  %21 = load ptr, ptr %20, align 8
  br label %loop

loop:                                             ; preds = %latch, %start
  %i = phi i64 [ %1, %start ], [ %29, %latch ]
  %22 = icmp slt i64 %i, %2
  br i1 %22, label %body, label %exit

body:                                             ; preds = %loop
  %23 = mul nsw i64 %i, 1
  %24 = mul nsw i64 %i, 1
  %25 = mul nsw i64 %i, 8
  %26 = mul nsw i64 %i, 1
  %27 = mul nsw i64 %i, 1
  %28 = add nsw i64 %i, 1
  br label %loop1

latch:                                            ; preds = %exit44
  %29 = add nsw i64 %i, 1
  br label %loop

exit:                                             ; preds = %loop
  ret i32 0

loop1:                                            ; preds = %latch3, %body
  %i5 = phi i64 [ %i, %body ], [ %39, %latch3 ]
  %30 = icmp slt i64 %i5, %28
  br i1 %30, label %body2, label %exit4

body2:                                            ; preds = %loop1
  %31 = getelementptr inbounds float, ptr %10, i64 8
  store float -0.000000e+00, ptr %31, align 4
  %32 = getelementptr inbounds float, ptr %10, i64 9
  store float -0.000000e+00, ptr %32, align 4
  %33 = getelementptr inbounds float, ptr %10, i64 10
  store float -0.000000e+00, ptr %33, align 4
  %34 = getelementptr inbounds float, ptr %10, i64 11
  store float -0.000000e+00, ptr %34, align 4
  %35 = getelementptr inbounds float, ptr %10, i64 12
  store float -0.000000e+00, ptr %35, align 4
  %36 = getelementptr inbounds float, ptr %10, i64 13
  store float -0.000000e+00, ptr %36, align 4
  %37 = getelementptr inbounds float, ptr %10, i64 14
  store float -0.000000e+00, ptr %37, align 4
  %38 = getelementptr inbounds float, ptr %10, i64 15
  store float -0.000000e+00, ptr %38, align 4
  br label %loop6

latch3:                                           ; preds = %exit9
  %39 = add nsw i64 %i5, 1
  br label %loop1

exit4:                                            ; preds = %loop1
  %40 = add nsw i64 %i, 1
  %41 = mul nsw i64 %i, 1
  %42 = mul nsw i64 %40, 1
  br label %loop11

loop6:                                            ; preds = %latch8, %body2
  %i10 = phi i64 [ 0, %body2 ], [ %50, %latch8 ]
  %43 = icmp slt i64 %i10, 8
  br i1 %43, label %body7, label %exit9

body7:                                            ; preds = %loop6
  %44 = mul nsw i64 %i5, 8
  %45 = add nsw i64 %44, %i10
  %46 = getelementptr inbounds float, ptr %15, i64 %45
  %47 = load float, ptr %46, align 4, !alias.scope !0, !noalias !3
  %48 = sub i64 %i10, 0
  %49 = getelementptr inbounds float, ptr %10, i64 %48
  store float %47, ptr %49, align 4
  br label %latch8

latch8:                                           ; preds = %body7
  %50 = add nsw i64 %i10, 1
  br label %loop6, !llvm.loop !5

exit9:                                            ; preds = %loop6
  %51 = getelementptr inbounds <16 x float>, ptr %10, i64 0
  %52 = load <16 x float>, ptr %51, align 4
  store <16 x float> %52, ptr %8, align 4
  %53 = getelementptr inbounds float, ptr %8, i64 0
  %54 = load float, ptr %53, align 4
  %55 = getelementptr inbounds float, ptr %8, i64 1
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %8, i64 2
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %8, i64 3
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds float, ptr %8, i64 4
  %62 = load float, ptr %61, align 4
  %63 = getelementptr inbounds float, ptr %8, i64 5
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %8, i64 6
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %8, i64 7
  %68 = load float, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %8, i64 8
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds float, ptr %8, i64 9
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %8, i64 10
  %74 = load float, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %8, i64 11
  %76 = load float, ptr %75, align 4
  %77 = getelementptr inbounds float, ptr %8, i64 12
  %78 = load float, ptr %77, align 4
  %79 = getelementptr inbounds float, ptr %8, i64 13
  %80 = load float, ptr %79, align 4
  %81 = getelementptr inbounds float, ptr %8, i64 14
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %8, i64 15
  %84 = load float, ptr %83, align 4
  %85 = fadd float %54, %70
  %86 = fadd float %56, %72
  %87 = fadd float %58, %74
  %88 = fadd float %60, %76
  %89 = fadd float %62, %78
  %90 = fadd float %64, %80
  %91 = fadd float %66, %82
  %92 = fadd float %68, %84
  %93 = fadd float %85, %89
  %94 = fadd float %86, %90
  %95 = fadd float %87, %91
  %96 = fadd float %88, %92
  %97 = fadd float %93, %95
  %98 = fadd float %94, %96
  %99 = fadd float %97, %98
  %100 = sub i64 %i5, %23
  %101 = getelementptr inbounds float, ptr %3, i64 %100
  store float %99, ptr %101, align 4
  br label %latch3

loop11:                                           ; preds = %latch13, %exit4
  %i15 = phi i64 [ %41, %exit4 ], [ %109, %latch13 ]
  %102 = icmp slt i64 %i15, %42
  br i1 %102, label %body12, label %exit14

body12:                                           ; preds = %loop11
  %103 = sub i64 %i15, %23
  %104 = getelementptr inbounds float, ptr %3, i64 %103
  %105 = load float, ptr %104, align 4
  %106 = fdiv float %105, 8.000000e+00
  %107 = sub i64 %i15, %24
  %108 = getelementptr inbounds float, ptr %4, i64 %107
  store float %106, ptr %108, align 4
  br label %latch13

latch13:                                          ; preds = %body12
  %109 = add nsw i64 %i15, 1
  br label %loop11, !llvm.loop !9

exit14:                                           ; preds = %loop11
  %110 = add nsw i64 %i, 1
  br label %loop16

loop16:                                           ; preds = %latch18, %exit14
  %i20 = phi i64 [ %i, %exit14 ], [ %112, %latch18 ]
  %111 = icmp slt i64 %i20, %110
  br i1 %111, label %body17, label %exit19

body17:                                           ; preds = %loop16
  br label %loop21

latch18:                                          ; preds = %exit24
  %112 = add nsw i64 %i20, 1
  br label %loop16

exit19:                                           ; preds = %loop16
  %113 = add nsw i64 %i, 1
  br label %loop26

loop21:                                           ; preds = %latch23, %body17
  %i25 = phi i64 [ 0, %body17 ], [ %127, %latch23 ]
  %114 = icmp slt i64 %i25, 8
  br i1 %114, label %body22, label %exit24

body22:                                           ; preds = %loop21
  %115 = mul nsw i64 %i20, 8
  %116 = add nsw i64 %115, %i25
  %117 = getelementptr inbounds float, ptr %15, i64 %116
  %118 = load float, ptr %117, align 4, !alias.scope !0, !noalias !3
  %119 = sub i64 %i20, %24
  %120 = getelementptr inbounds float, ptr %4, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = fsub float %118, %121
  %123 = mul nsw i64 %i20, 8
  %124 = add nsw i64 %123, %i25
  %125 = sub i64 %124, %25
  %126 = getelementptr inbounds float, ptr %5, i64 %125
  store float %122, ptr %126, align 4
  br label %latch23

latch23:                                          ; preds = %body22
  %127 = add nsw i64 %i25, 1
  br label %loop21, !llvm.loop !11

exit24:                                           ; preds = %loop21
  br label %latch18

loop26:                                           ; preds = %latch28, %exit19
  %i30 = phi i64 [ %i, %exit19 ], [ %137, %latch28 ]
  %128 = icmp slt i64 %i30, %113
  br i1 %128, label %body27, label %exit29

body27:                                           ; preds = %loop26
  %129 = getelementptr inbounds float, ptr %13, i64 8
  store float -0.000000e+00, ptr %129, align 4
  %130 = getelementptr inbounds float, ptr %13, i64 9
  store float -0.000000e+00, ptr %130, align 4
  %131 = getelementptr inbounds float, ptr %13, i64 10
  store float -0.000000e+00, ptr %131, align 4
  %132 = getelementptr inbounds float, ptr %13, i64 11
  store float -0.000000e+00, ptr %132, align 4
  %133 = getelementptr inbounds float, ptr %13, i64 12
  store float -0.000000e+00, ptr %133, align 4
  %134 = getelementptr inbounds float, ptr %13, i64 13
  store float -0.000000e+00, ptr %134, align 4
  %135 = getelementptr inbounds float, ptr %13, i64 14
  store float -0.000000e+00, ptr %135, align 4
  %136 = getelementptr inbounds float, ptr %13, i64 15
  store float -0.000000e+00, ptr %136, align 4
  br label %loop31

latch28:                                          ; preds = %exit34
  %137 = add nsw i64 %i30, 1
  br label %loop26

exit29:                                           ; preds = %loop26
  %138 = add nsw i64 %i, 1
  %139 = mul nsw i64 %i, 1
  %140 = mul nsw i64 %138, 1
  br label %loop36

loop31:                                           ; preds = %latch33, %body27
  %i35 = phi i64 [ 0, %body27 ], [ %150, %latch33 ]
  %141 = icmp slt i64 %i35, 8
  br i1 %141, label %body32, label %exit34

body32:                                           ; preds = %loop31
  %142 = mul nsw i64 %i30, 8
  %143 = add nsw i64 %142, %i35
  %144 = sub i64 %143, %25
  %145 = getelementptr inbounds float, ptr %5, i64 %144
  %146 = load float, ptr %145, align 4
  %147 = fmul float %146, %146
  %148 = sub i64 %i35, 0
  %149 = getelementptr inbounds float, ptr %13, i64 %148
  store float %147, ptr %149, align 4
  br label %latch33

latch33:                                          ; preds = %body32
  %150 = add nsw i64 %i35, 1
  br label %loop31, !llvm.loop !12

exit34:                                           ; preds = %loop31
  %151 = getelementptr inbounds <16 x float>, ptr %13, i64 0
  %152 = load <16 x float>, ptr %151, align 4
  store <16 x float> %152, ptr %11, align 4
  %153 = getelementptr inbounds float, ptr %11, i64 0
  %154 = load float, ptr %153, align 4
  %155 = getelementptr inbounds float, ptr %11, i64 1
  %156 = load float, ptr %155, align 4
  %157 = getelementptr inbounds float, ptr %11, i64 2
  %158 = load float, ptr %157, align 4
  %159 = getelementptr inbounds float, ptr %11, i64 3
  %160 = load float, ptr %159, align 4
  %161 = getelementptr inbounds float, ptr %11, i64 4
  %162 = load float, ptr %161, align 4
  %163 = getelementptr inbounds float, ptr %11, i64 5
  %164 = load float, ptr %163, align 4
  %165 = getelementptr inbounds float, ptr %11, i64 6
  %166 = load float, ptr %165, align 4
  %167 = getelementptr inbounds float, ptr %11, i64 7
  %168 = load float, ptr %167, align 4
  %169 = getelementptr inbounds float, ptr %11, i64 8
  %170 = load float, ptr %169, align 4
  %171 = getelementptr inbounds float, ptr %11, i64 9
  %172 = load float, ptr %171, align 4
  %173 = getelementptr inbounds float, ptr %11, i64 10
  %174 = load float, ptr %173, align 4
  %175 = getelementptr inbounds float, ptr %11, i64 11
  %176 = load float, ptr %175, align 4
  %177 = getelementptr inbounds float, ptr %11, i64 12
  %178 = load float, ptr %177, align 4
  %179 = getelementptr inbounds float, ptr %11, i64 13
  %180 = load float, ptr %179, align 4
  %181 = getelementptr inbounds float, ptr %11, i64 14
  %182 = load float, ptr %181, align 4
  %183 = getelementptr inbounds float, ptr %11, i64 15
  %184 = load float, ptr %183, align 4
  %185 = fadd float %154, %170
  %186 = fadd float %156, %172
  %187 = fadd float %158, %174
  %188 = fadd float %160, %176
  %189 = fadd float %162, %178
  %190 = fadd float %164, %180
  %191 = fadd float %166, %182
  %192 = fadd float %168, %184
  %193 = fadd float %185, %189
  %194 = fadd float %186, %190
  %195 = fadd float %187, %191
  %196 = fadd float %188, %192
  %197 = fadd float %193, %195
  %198 = fadd float %194, %196
  %199 = fadd float %197, %198
  %200 = sub i64 %i30, %26
  %201 = getelementptr inbounds float, ptr %6, i64 %200
  store float %199, ptr %201, align 4
  br label %latch28

loop36:                                           ; preds = %latch38, %exit29
  %i40 = phi i64 [ %139, %exit29 ], [ %212, %latch38 ]
  %202 = icmp slt i64 %i40, %140
  br i1 %202, label %body37, label %exit39

body37:                                           ; preds = %loop36
  %203 = sub i64 %i40, %26
  %204 = getelementptr inbounds float, ptr %6, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = fdiv float %205, 8.000000e+00
  %207 = fadd float %206, 0x3EE4F8B580000000
  %208 = call float @llvm.sqrt.f32(float %207)
  %209 = fdiv float 1.000000e+00, %208
  %210 = sub i64 %i40, %27
  %211 = getelementptr inbounds float, ptr %7, i64 %210
  store float %209, ptr %211, align 4
  br label %latch38

latch38:                                          ; preds = %body37
  %212 = add nsw i64 %i40, 1
  br label %loop36, !llvm.loop !13

exit39:                                           ; preds = %loop36
  %213 = add nsw i64 %i, 1
  br label %loop41

loop41:                                           ; preds = %latch43, %exit39
  %i45 = phi i64 [ %i, %exit39 ], [ %215, %latch43 ]
  %214 = icmp slt i64 %i45, %213
  br i1 %214, label %body42, label %exit44

body42:                                           ; preds = %loop41
  br label %loop46

latch43:                                          ; preds = %exit49
  %215 = add nsw i64 %i45, 1
  br label %loop41

exit44:                                           ; preds = %loop41
  br label %latch

loop46:                                           ; preds = %latch48, %body42
  %i50 = phi i64 [ 0, %body42 ], [ %235, %latch48 ]
  %216 = icmp slt i64 %i50, 8
  br i1 %216, label %body47, label %exit49

body47:                                           ; preds = %loop46
  %217 = mul nsw i64 %i45, 8
  %218 = add nsw i64 %217, %i50
  %219 = sub i64 %218, %25
  %220 = getelementptr inbounds float, ptr %5, i64 %219
  %221 = load float, ptr %220, align 4
  %222 = sub i64 %i45, %27
  %223 = getelementptr inbounds float, ptr %7, i64 %222
  %224 = load float, ptr %223, align 4
  %225 = fmul float %221, %224
  %226 = getelementptr inbounds float, ptr %17, i64 %i50
  %227 = load float, ptr %226, align 4, !alias.scope !14, !noalias !3
  %228 = fmul float %225, %227
  %229 = getelementptr inbounds float, ptr %19, i64 %i50
  %230 = load float, ptr %229, align 4, !alias.scope !16, !noalias !3
  %231 = fadd float %228, %230
  %232 = mul nsw i64 %i45, 8
  %233 = add nsw i64 %232, %i50
  %234 = getelementptr inbounds float, ptr %21, i64 %233
  store float %231, ptr %234, align 4, !alias.scope !3
  br label %latch48

latch48:                                          ; preds = %body47
  %235 = add nsw i64 %i50, 1
  br label %loop46, !llvm.loop !18

exit49:                                           ; preds = %loop46
  br label %latch43
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nounwind
define i32 @layernorm(ptr %0, ptr %1, ptr %2, ptr noalias %3) #0 {
entry:
  %4 = alloca ptr, align 8
  store ptr null, ptr %4, align 8
  %5 = alloca [4 x ptr], align 8
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds ptr, ptr %5, i64 0
  store ptr %0, ptr %7, align 8
  %8 = getelementptr inbounds ptr, ptr %5, i64 1
  store ptr %1, ptr %8, align 8
  %9 = getelementptr inbounds ptr, ptr %5, i64 2
  store ptr %2, ptr %9, align 8
  %10 = getelementptr inbounds ptr, ptr %5, i64 3
  store ptr %3, ptr %10, align 8
  %11 = call i32 @layernorm.rows0(ptr %5, i64 0, i64 4)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %fail, label %ok

fail:                                             ; preds = %entry
  %status = phi i32 [ %11, %entry ]
  %13 = load ptr, ptr %4, align 8
  call void @ftc_rt_free(ptr %13)
  ret i32 %status

ok:                                               ; preds = %entry
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

!0 = !{!1}
!1 = !{!"layernorm.rows0.buffer0", !2}
!2 = !{!"layernorm.rows0.buffers"}
!3 = !{!4}
!4 = !{!"layernorm.rows0.buffer3", !2}
!5 = distinct !{!5, !6, !7, !8}
!6 = !{!"llvm.loop.vectorize.enable", i1 true}
!7 = !{!"llvm.loop.vectorize.width", i32 16}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !10, !8}
!10 = !{!"llvm.loop.vectorize.width", i32 8}
!11 = distinct !{!11, !10, !8}
!12 = distinct !{!12, !6, !7, !8}
!13 = distinct !{!13, !10, !8}
!14 = !{!15}
!15 = !{!"layernorm.rows0.buffer1", !2}
!16 = !{!17}
!17 = !{!"layernorm.rows0.buffer2", !2}
!18 = distinct !{!18, !10, !8}
