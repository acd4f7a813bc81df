#define _GNU_SOURCE
#include "CZipLevel.h"
#include "next_symbol.h"
#include "zip_deflate.h"

// minizip's types, spelled out: the project does not need minizip's headers (libminizip-dev) to build.
typedef void *zipFile;
typedef unsigned int uInt;
typedef unsigned long uLong;
int zipCloseFileInZip(zipFile file);
typedef int (*open_entry)(zipFile, const char *, const void *, const void *, uInt, const void *, uInt, const char *,
                          int, int, int, int, int, int, const char *, uLong, uLong, uLong, int);

// Level 1 deflates a sheet's XML about three times faster than level 6; the workbooks are about a quarter larger.
// minizip records it in each entry's flags, which the tests read back.
enum { zip_level = 1, deflated = 8 };

static void *_Atomic real_open;

int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const void *info, const void *local_extra,
                            uInt local_extra_size, const void *global_extra, uInt global_extra_size,
                            const char *comment, int method, int level, int raw, int window_bits, int memory_level,
                            int strategy, const char *password, uLong crc, uLong version_made_by, uLong flag_base,
                            int zip64) {
    open_entry open = (open_entry)regioscan_next_symbol(&real_open, "zipOpenNewFileInZip4_64");
    if (open == 0) return -104; // minizip's ZIP_INTERNALERROR: no minizip after this program
    // An entry still open is closed first, through the program's close: minizip would close it itself, but the
    // program's state for the new entry would already be in place.
    if (regioscan_deflate_active()) {
        int closed = zipCloseFileInZip(file);
        if (closed != 0) return closed;
    }
    regioscan_splice_entry_opened(filename);
    // Only deflated entries take a level; a stored entry keeps what the library asked for.
    if (method == deflated && level != 0) level = zip_level;
    // The program deflates such an entry itself, and minizip stores what it gets ("raw").
    int ours = method == deflated && level != 0 && raw == 0 && regioscan_zip_can_close_raw();
    if (ours && regioscan_deflate_begin() != 0) ours = 0;
    int result = open(file, filename, info, local_extra, local_extra_size, global_extra, global_extra_size, comment,
                      method, level, ours ? 1 : raw, window_bits, memory_level, strategy, password, crc,
                      version_made_by, flag_base, zip64);
    if (result != 0 && ours) regioscan_deflate_abandon();
    return result;
}
