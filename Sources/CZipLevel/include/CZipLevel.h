#ifndef CZIPLEVEL_H
#define CZIPLEVEL_H

#include <stddef.h>

// zip_level.c supplies minizip's `zipOpenNewFileInZip4_64`: libxlsxwriter 1.1.4 always asks for zlib's default
// level (6) and has no option for it, and the dynamic linker binds its call to the executable first. The
// function passes level 1 on to the real minizip function.
//
// zip_splice.c supplies `zipWriteInFileInZip` and `zipCloseFileInZip` the same way, to write a worksheet's rows
// straight into the workbook's zip: libxlsxwriter's constant-memory mode copies every row through two temporary
// files first (1.5 GB each at 10⁶ activities). A thread registers, before it closes a workbook, a writer per
// sheet entry; when that entry's XML reaches `</sheetData>`, the writer is called and writes its rows with
// `regioscan_zip_write`, and the rest of the sheet follows.
//
// xlsx_tmpfile.c supplies libxlsxwriter's `lxw_tmpfile` the same way: the parts of a workbook are kept in memory
// (up to a megabyte each, then in a real temporary file) instead of in some 300 files on disk per run.
//
// The same functions deflate every entry with ISA-L (zip_deflate.c), about three times faster than zlib, and
// hand minizip the deflated bytes to store, with the CRC and size when the entry closes.

/// Takes a piece of inflated bytes; returns 0 to go on, anything else to stop (passed on as the result).
typedef int (*regioscan_inflate_writer)(void *context, const unsigned char *bytes, size_t count);

/// Inflates raw deflate data (a zip entry's bytes, no more) with ISA-L in pieces of at most `capacity` bytes, each
/// handed to `write`; sets `crc` to the CRC-32 of what came out. Returns 0 at the end of the stream, 1 when the
/// data ends before the stream does, -1 for data that is not deflate, or what `write` returned to stop.
int regioscan_inflate(const unsigned char *input, size_t length, unsigned char *output, size_t capacity,
                      regioscan_inflate_writer write, void *context, unsigned *crc);

/// Writes rows into the zip entry being written; returns 0, or minizip's error.
typedef int (*regioscan_rows_writer)(void *context, void *zip_file);

/// For the calling thread: `writer` writes the rows of the entry named `entry` (`xl/worksheets/sheet3.xml`).
/// Returns 0, or -1 when too many are registered.
int regioscan_splice_rows(const char *entry, regioscan_rows_writer writer, void *context);

/// Forgets the calling thread's writers (and any deflater left by a failure); call after the workbook is closed,
/// also when closing failed.
void regioscan_splice_clear(void);

/// minizip's own write, for a writer.
int regioscan_zip_write(void *zip_file, const void *bytes, unsigned length);

/// Called by zip_level.c when an entry is opened.
void regioscan_splice_entry_opened(const char *filename);

/// How many entries the program has deflated itself in this process (for the tests).
unsigned long regioscan_deflated_entries(void);

/// How many of libxlsxwriter's temporary files the program has kept in memory in this process (for the tests).
unsigned long regioscan_memory_tmpfiles(void);

/// Whether minizip lets the program deflate an entry itself (it has `zipCloseFileInZipRaw64`).
int regioscan_zip_can_close_raw(void);

#endif
