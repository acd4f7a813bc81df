#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Asks the processor to bring the cache line of `address` in for reading, without waiting for it. A hint only:
/// any address may be given, and nothing changes but the time of a later read.
static inline void regioscan_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
