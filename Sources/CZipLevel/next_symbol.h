#ifndef REGIOSCAN_NEXT_SYMBOL_H
#define REGIOSCAN_NEXT_SYMBOL_H

#include <dlfcn.h>
#include <stdatomic.h>

// The function `name` of the library after this program (minizip), looked up once and kept in `cache`. Several
// workbooks are written at once: the lookup is idempotent, so a race only repeats it. NULL without such a library.
static inline void *regioscan_next_symbol(void *_Atomic *cache, const char *name) {
    void *symbol = atomic_load(cache);
    if (symbol == 0) {
        symbol = dlsym(RTLD_NEXT, name);
        atomic_store(cache, symbol);
    }
    return symbol;
}

#endif
