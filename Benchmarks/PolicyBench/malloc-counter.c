/* Counts malloc-family calls for the benchmark's allocations-per-decision column.
   Build: cc -O2 -shared -fPIC -o malloc-counter.so malloc-counter.c -ldl
   Run:   LD_PRELOAD=$PWD/malloc-counter.so .build/release/PolicyBench */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

static _Atomic uint64_t calls;
static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static int (*real_posix_memalign)(void **, size_t, size_t);

uint64_t lzsim_malloc_count(void) { return atomic_load(&calls); }

void *malloc(size_t size) {
    if (!real_malloc) real_malloc = dlsym(RTLD_NEXT, "malloc");
    atomic_fetch_add(&calls, 1);
    return real_malloc(size);
}

void *realloc(void *pointer, size_t size) {
    if (!real_realloc) real_realloc = dlsym(RTLD_NEXT, "realloc");
    atomic_fetch_add(&calls, 1);
    return real_realloc(pointer, size);
}

int posix_memalign(void **out, size_t alignment, size_t size) {
    if (!real_posix_memalign) real_posix_memalign = dlsym(RTLD_NEXT, "posix_memalign");
    atomic_fetch_add(&calls, 1);
    return real_posix_memalign(out, alignment, size);
}

/* dlsym itself may call calloc before real_calloc is known: serve those from a static buffer. */
static char bootstrap[4096];
static size_t bootstrap_used;

static void (*real_free)(void *);

void free(void *pointer) {
    if ((char *)pointer >= bootstrap && (char *)pointer < bootstrap + sizeof bootstrap) return;
    if (!real_free) real_free = dlsym(RTLD_NEXT, "free");
    real_free(pointer);
}

void *calloc(size_t count, size_t size) {
    if (!real_calloc) {
        size_t bytes = (count * size + 15) & ~(size_t)15;
        if (bootstrap_used + bytes <= sizeof bootstrap) {
            void *block = bootstrap + bootstrap_used;
            bootstrap_used += bytes;
            return block;
        }
        real_calloc = dlsym(RTLD_NEXT, "calloc");
    }
    atomic_fetch_add(&calls, 1);
    return real_calloc(count, size);
}
