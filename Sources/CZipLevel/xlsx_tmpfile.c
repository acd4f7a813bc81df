#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include "CZipLevel.h"
#include "next_symbol.h"

// libxlsxwriter writes every part of a workbook (each sheet, chart, drawing, relation) to a temporary file before
// it goes into the zip: some 300 files for a run of the sample, each created, written, read back and removed on
// disk. The program supplies `lxw_tmpfile` (called through the dynamic linker, as minizip is) and keeps such a
// file in memory until it grows past `memory_limit`; then it moves to a real temporary file of the library's own.

typedef FILE *(*tmpfile_function)(char *);
static void *_Atomic real_tmpfile;

enum { memory_limit = 1 << 20 };

struct memory_file {
    char *bytes;
    size_t size;
    size_t capacity;
    size_t position;
    // The real temporary file once the contents passed the limit, and the folder to make it in.
    FILE *spill;
    char *folder;
    // No real temporary file could be made: the contents stay in memory (a write that is dropped goes unnoticed
    // by libxlsxwriter, which would then write a shortened part).
    int stays_in_memory;
};

static _Atomic unsigned long memory_files;

unsigned long regioscan_memory_tmpfiles(void) {
    return memory_files;
}

static FILE *library_tmpfile(char *folder) {
    tmpfile_function function = (tmpfile_function)regioscan_next_symbol(&real_tmpfile, "lxw_tmpfile");
    return function == 0 ? 0 : function(folder);
}

// Moves the contents to a real temporary file, at the same position.
static int spill(struct memory_file *file) {
    FILE *real = library_tmpfile(file->folder);
    if (real == 0) return -1;
    if ((file->size > 0 && fwrite(file->bytes, 1, file->size, real) != file->size) ||
        fseeko(real, (off_t)file->position, SEEK_SET) != 0) {
        fclose(real);
        return -1;
    }
    free(file->bytes);
    file->bytes = 0;
    file->size = file->capacity = 0;
    file->spill = real;
    return 0;
}

static ssize_t read_memory(void *cookie, char *buffer, size_t size) {
    struct memory_file *file = cookie;
    if (file->spill) {
        size_t read = fread(buffer, 1, size, file->spill);
        return read == 0 && ferror(file->spill) ? -1 : (ssize_t)read;
    }
    size_t left = file->size > file->position ? file->size - file->position : 0;
    size_t count = size < left ? size : left;
    if (count > 0) memcpy(buffer, file->bytes + file->position, count);
    file->position += count;
    return (ssize_t)count;
}

static ssize_t write_memory(void *cookie, const char *buffer, size_t size) {
    struct memory_file *file = cookie;
    size_t end = file->position + size;
    if (file->spill == 0 && !file->stays_in_memory && end > memory_limit && spill(file) != 0) file->stays_in_memory = 1;
    if (file->spill) return (ssize_t)fwrite(buffer, 1, size, file->spill);
    if (end > file->capacity) {
        size_t capacity = file->capacity == 0 ? 16384 : file->capacity;
        while (capacity < end) capacity *= 2;
        char *grown = realloc(file->bytes, capacity);
        if (grown == 0) return 0;
        file->bytes = grown;
        file->capacity = capacity;
    }
    // A seek past the end leaves a gap that reads as zeros, as in a file.
    if (file->position > file->size) memset(file->bytes + file->size, 0, file->position - file->size);
    memcpy(file->bytes + file->position, buffer, size);
    file->position = end;
    if (end > file->size) file->size = end;
    return (ssize_t)size;
}

static int seek_memory(void *cookie, off64_t *offset, int whence) {
    struct memory_file *file = cookie;
    if (file->spill) {
        if (fseeko(file->spill, (off_t)*offset, whence) != 0) return -1;
        off_t position = ftello(file->spill);
        if (position < 0) return -1;
        *offset = position;
        return 0;
    }
    off64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off64_t)file->position : (off64_t)file->size;
    off64_t target = base + *offset;
    if (target < 0) return -1;
    file->position = (size_t)target;
    *offset = target;
    return 0;
}

static int close_memory(void *cookie) {
    struct memory_file *file = cookie;
    int result = file->spill ? fclose(file->spill) : 0;
    free(file->bytes);
    free(file->folder);
    free(file);
    return result;
}

FILE *lxw_tmpfile(char *folder) {
    struct memory_file *file = calloc(1, sizeof(struct memory_file));
    if (file != 0 && folder != 0) file->folder = strdup(folder);
    cookie_io_functions_t functions = {read_memory, write_memory, seek_memory, close_memory};
    FILE *stream = file == 0 || (folder != 0 && file->folder == 0) ? 0 : fopencookie(file, "w+", functions);
    if (stream == 0) {
        if (file) free(file->folder);
        free(file);
        return library_tmpfile(folder);
    }
    memory_files += 1;
    return stream;
}
