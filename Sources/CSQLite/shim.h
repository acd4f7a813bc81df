#include <sqlite3.h>

/// Turns off SQLite's memory statistics before the library starts: with them on, every allocation and free of
/// the database writer takes a global mutex. `sqlite3_config` is variadic, which Swift cannot call. Returns
/// SQLITE_MISUSE, harmlessly, when the library has already started.
static inline int regioscan_sqlite_without_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
