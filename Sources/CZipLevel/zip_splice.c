#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "CZipLevel.h"
#include "next_symbol.h"
#include "zip_deflate.h"

// minizip's types, spelled out as in zip_level.c.
typedef void *zipFile;
typedef int (*write_entry)(zipFile, const void *, unsigned);
typedef int (*close_entry)(zipFile);
typedef int (*close_raw_entry)(zipFile, unsigned long long, unsigned long);

enum { splice_capacity = 16 };
static const char marker[] = "</sheetData>";
enum { marker_length = sizeof(marker) - 1 };

struct splice {
    char entry[64];
    regioscan_rows_writer writer;
    void *context;
};

// Per thread: several workbooks are written at once, each by the thread that closes it.
static __thread struct splice splices[splice_capacity];
static __thread int splice_count;
// The entry being written that takes rows, and the last bytes seen of it (the marker may span two writes).
static __thread int active = -1;
static __thread char carry[marker_length];
static __thread unsigned carry_length;
static __thread int failure;

static void *_Atomic real_write;
static void *_Atomic real_close;
static void *_Atomic real_close_raw;

static write_entry lookup_write(void) {
    return (write_entry)regioscan_next_symbol(&real_write, "zipWriteInFileInZip");
}

static close_raw_entry lookup_close_raw(void) {
    return (close_raw_entry)regioscan_next_symbol(&real_close_raw, "zipCloseFileInZipRaw64");
}

int regioscan_zip_can_close_raw(void) {
    return lookup_write() != 0 && lookup_close_raw() != 0;
}

// Bytes of the entry's XML: deflated by the program when it took the entry, else minizip's own write.
static int entry_write(zipFile file, write_entry write, const void *bytes, unsigned length) {
    if (length == 0) return 0;
    if (regioscan_deflate_active()) return regioscan_deflate_write(file, bytes, length, write);
    return write(file, bytes, length);
}

int regioscan_splice_rows(const char *entry, regioscan_rows_writer writer, void *context) {
    if (splice_count == splice_capacity || strlen(entry) >= sizeof(splices[0].entry)) return -1;
    strcpy(splices[splice_count].entry, entry);
    splices[splice_count].writer = writer;
    splices[splice_count].context = context;
    splice_count += 1;
    return 0;
}

void regioscan_splice_clear(void) {
    // After a workbook is closed no entry of it is open: a deflater left (a failure midway) is let go.
    regioscan_deflate_abandon();
    splice_count = 0;
    active = -1;
    carry_length = 0;
    failure = 0;
}

void regioscan_splice_entry_opened(const char *filename) {
    active = -1;
    carry_length = 0;
    for (int index = 0; index < splice_count; index++) {
        if (strcmp(splices[index].entry, filename) == 0) active = index;
    }
}

int regioscan_zip_write(void *file, const void *bytes, unsigned length) {
    write_entry write = lookup_write();
    if (write == 0) return -104;
    return entry_write(file, write, bytes, length);
}

int zipWriteInFileInZip(zipFile file, const void *bytes, unsigned length) {
    write_entry write = lookup_write();
    if (write == 0) return -104; // minizip's ZIP_INTERNALERROR: no minizip after this program
    if (active < 0) return entry_write(file, write, bytes, length);
    // The carried bytes and these, searched as one for the end of the sheet's rows.
    unsigned total = carry_length + length;
    char *joined = malloc(total);
    if (joined == 0) return -104;
    memcpy(joined, carry, carry_length);
    memcpy(joined + carry_length, bytes, length);
    char *found = memmem(joined, total, marker, marker_length);
    int result = 0;
    if (found != 0) {
        unsigned before = (unsigned)(found - joined);
        struct splice splice = splices[active];
        active = -1;
        carry_length = 0;
        result = regioscan_zip_write(file, joined, before);
        if (result == 0) result = splice.writer(splice.context, file);
        if (result == 0) result = regioscan_zip_write(file, found, total - before);
    } else {
        unsigned kept = total < marker_length ? total : marker_length;
        result = regioscan_zip_write(file, joined, total - kept);
        memcpy(carry, joined + total - kept, kept);
        carry_length = kept;
    }
    free(joined);
    return result;
}

int zipCloseFileInZip(zipFile file) {
    close_entry close = (close_entry)regioscan_next_symbol(&real_close, "zipCloseFileInZip");
    if (close == 0) return -104;
    int result = 0;
    if (active >= 0) {
        // The entry ended without the marker: its bytes go out as they were, and the rows are missing.
        result = regioscan_zip_write(file, carry, carry_length);
        active = -1;
        carry_length = 0;
    }
    if (!regioscan_deflate_active()) {
        int closed = close(file);
        return result != 0 ? result : closed;
    }
    uint64_t size = 0;
    uint32_t crc = 0;
    int finished = regioscan_deflate_finish(file, lookup_write(), &size, &crc);
    if (result == 0) result = finished;
    int closed = lookup_close_raw()(file, size, crc);
    return result != 0 ? result : closed;
}
