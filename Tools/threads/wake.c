/* Wake latency of ftc's pool: time from ftc_rt_parallel_for's start to a
 * worker's first chunk (the caller spins inside its own chunk until a worker
 * shows up, up to 50 ms), one loop every 0.2 ms. See README.md here.
 *   cc -O2 -I Runtime/include Tools/threads/wake.c Runtime/ftc_runtime.c -o /tmp/wake -lopenblas -lpthread
 *   FTC_NUM_THREADS=2 /tmp/wake 500 */
#define _GNU_SOURCE
#include "ftc_runtime.h"
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(void){struct timespec t; clock_gettime(CLOCK_MONOTONIC,&t); return t.tv_sec+1e-9*t.tv_nsec;}
static int cmp(const void*a,const void*b){double x=*(double*)a,y=*(double*)b;return x<y?-1:x>y;}
static pthread_t mainT; static atomic_int seen; static double t0, tw;
static int32_t task(void*c,int64_t b,int64_t e){(void)c;(void)e;
  if(!pthread_equal(pthread_self(),mainT)){ if(!atomic_exchange(&seen,1)) tw=now(); return 0;}
  if(b==0){ while(!atomic_load(&seen) && now()-t0<0.05); }
  return 0;}
int main(int argc,char**argv){ int reps=atoi(argv[1]); mainT=pthread_self(); double *t=malloc(8*reps); int missed=0;
  for(int r=-10;r<reps;r++){ atomic_store(&seen,0); t0=now(); ftc_rt_parallel_for(2,1,task,0); if(r>=0){ t[r]= atomic_load(&seen)? tw-t0 : 1; missed+=!atomic_load(&seen);} struct timespec s={0,200000}; nanosleep(&s,0);}
  qsort(t,reps,8,cmp);
  printf("wake latency p10 %.1f us median %.1f us p90 %.1f us (missed %d of %d)\n",1e6*t[reps/10],1e6*t[reps/2],1e6*t[reps*9/10],missed,reps);
}
