"""W4's eight matrix products alone (cblas_sgemm of the OpenBLAS that ftc's
objects link, same shapes and transposes as Tools/bench/gemm/sizes.py)
against ftc's whole W4 value_and_grad, calls alternating in one process:
issue #13's "W4 within 1.15x of its matrix products alone".

    ftc compile Tools/bench/w4_mlp_train.ftir -o /tmp/w4.so
    python3 Tools/bench/gemm/w4_products.py THREADS [/tmp/w4.so]
"""
import ctypes, numpy as np, time, os, sys
threads = int(sys.argv[1])
so = sys.argv[2] if len(sys.argv) > 2 else "/tmp/w4.so"
os.environ["FTC_NUM_THREADS"] = str(threads)
blas = ctypes.CDLL("libopenblas.so.0"); blas.openblas_set_num_threads(threads)
lib = ctypes.CDLL(so); f = lib.vg; f.restype = ctypes.c_int32
shapes_in=[(784,512),(512,),(512,512),(512,),(512,10),(10,),(256,784),(256,10)]
shapes_out=[(),(784,512),(512,),(512,512),(512,),(512,10),(10,)]
rng=np.random.default_rng(0)
ins=[(rng.standard_normal(s)*0.05).astype(np.float32) for s in shapes_in]
outs=[np.empty(s,np.float32) for s in shapes_out]
ptrs=[a.ctypes.data for a in ins+outs]; f.argtypes=[ctypes.c_void_p]*len(ptrs)
# (M, N, K, transA, transB) as in Tools/bench/gemm/sizes.py
G=[(256,512,784,0,0),(256,512,512,0,0),(256,10,512,0,0),(512,10,256,1,0),(256,512,10,0,1),(512,512,256,1,0),(256,512,512,0,1),(784,512,256,1,0)]
bufs=[]
for M,N,K,ta,tb in G:
    A=np.ones((K,M) if ta else (M,K),np.float32); B=np.ones((N,K) if tb else (K,N),np.float32); C=np.empty((M,N),np.float32)
    bufs.append((M,N,K,ta,tb,A,B,C))
sg=blas.cblas_sgemm
sg.argtypes=[ctypes.c_int]*6+[ctypes.c_float,ctypes.c_void_p,ctypes.c_int,ctypes.c_void_p,ctypes.c_int,ctypes.c_float,ctypes.c_void_p,ctypes.c_int]
def gemms():
    for M,N,K,ta,tb,A,B,C in bufs:
        sg(101,112 if ta else 111,112 if tb else 111,M,N,K,1.0,A.ctypes.data,M if ta else K,B.ctypes.data,K if tb else N,0.0,C.ctypes.data,N)
run=lambda: f(*ptrs)
for _ in range(20): run(); gemms()
a,b=[],[]
for _ in range(300):
    t=time.perf_counter(); run(); a.append(time.perf_counter()-t)
    t=time.perf_counter(); gemms(); b.append(time.perf_counter()-t)
a.sort(); b.sort()
m=lambda x:x[len(x)//2]*1e3; p=lambda x:x[len(x)//10]*1e3
print(f"{threads} thread(s): W4 {m(a):.3f} ms (p10 {p(a):.3f}); its 8 products alone {m(b):.3f} ms (p10 {p(b):.3f}); ratio {m(a)/m(b):.2f} (p10 {p(a)/p(b):.2f})")
