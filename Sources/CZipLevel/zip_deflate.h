#ifndef REGIOSCAN_ZIP_DEFLATE_H
#define REGIOSCAN_ZIP_DEFLATE_H

#include <stdint.h>

// A workbook entry deflated by ISA-L (igzip) instead of zlib inside minizip: about three times faster at level 1,
// and a little smaller. minizip writes such an entry "raw": it stores the bytes it gets, and takes the CRC and the
// uncompressed size when the entry closes. One entry at a time per thread, as libxlsxwriter writes them.

typedef int (*regioscan_raw_write)(void *zip_file, const void *bytes, unsigned length);

/// Starts deflating an entry on this thread; 0, or -1 when there is no memory.
int regioscan_deflate_begin(void);

/// Whether this thread deflates the entry being written.
int regioscan_deflate_active(void);

/// Deflates `bytes` and hands what comes out to `write`; 0, or minizip's error.
int regioscan_deflate_write(void *zip_file, const void *bytes, unsigned length, regioscan_raw_write write);

/// Ends the stream, hands the last bytes to `write` and reports what the entry's header needs; frees the state.
int regioscan_deflate_finish(void *zip_file, regioscan_raw_write write, uint64_t *size, uint32_t *crc);

/// Forgets the entry without finishing it (its opening failed).
void regioscan_deflate_abandon(void);

#endif
