#ifndef CJEMALLOCSETTINGS_H
#define CJEMALLOCSETTINGS_H

/// jemalloc's settings for this program, as jemalloc reads them at start (see jemalloc_settings.c).
const char *regioscan_jemalloc_settings(void);

#endif
