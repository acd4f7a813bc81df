#include <stddef.h>

// Linking jemalloc makes it the process's malloc: its malloc and free come before the C library's. Only the one
// function Regioscan calls is declared here; jemalloc's own header redeclares malloc itself.
int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen);
