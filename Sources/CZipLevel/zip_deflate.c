#include <stdatomic.h>
#include <stdlib.h>
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include "zip_deflate.h"

enum { output_capacity = 1 << 16, zip_internal_error = -104 };

struct deflater {
    struct isal_zstream stream;
    uint64_t size;
    uint32_t crc;
    uint8_t level_buffer[ISAL_DEF_LVL1_DEFAULT];
    uint8_t output[output_capacity];
};

static __thread struct deflater *current;
static _Atomic unsigned long finished_entries;

unsigned long regioscan_deflated_entries(void) {
    return finished_entries;
}

int regioscan_deflate_begin(void) {
    regioscan_deflate_abandon();
    struct deflater *deflater = malloc(sizeof(struct deflater));
    if (deflater == 0) return -1;
    isal_deflate_init(&deflater->stream);
    // Level 1 matches the level minizip records in the entry's flags ("super fast").
    deflater->stream.level = 1;
    deflater->stream.level_buf = deflater->level_buffer;
    deflater->stream.level_buf_size = sizeof(deflater->level_buffer);
    deflater->stream.gzip_flag = IGZIP_DEFLATE;
    deflater->stream.flush = NO_FLUSH;
    deflater->size = 0;
    deflater->crc = 0;
    current = deflater;
    return 0;
}

int regioscan_deflate_active(void) {
    return current != 0;
}

// One call of isal_deflate and the write of what it made.
static int step(struct deflater *deflater, void *zip_file, regioscan_raw_write write) {
    deflater->stream.next_out = deflater->output;
    deflater->stream.avail_out = output_capacity;
    if (isal_deflate(&deflater->stream) != COMP_OK) return zip_internal_error;
    unsigned made = output_capacity - deflater->stream.avail_out;
    return made == 0 ? 0 : write(zip_file, deflater->output, made);
}

int regioscan_deflate_write(void *zip_file, const void *bytes, unsigned length, regioscan_raw_write write) {
    struct deflater *deflater = current;
    if (deflater == 0) return zip_internal_error;
    if (length == 0) return 0;
    deflater->crc = crc32_gzip_refl(deflater->crc, (const unsigned char *)bytes, length);
    deflater->size += length;
    deflater->stream.next_in = (uint8_t *)bytes;
    deflater->stream.avail_in = length;
    int result = 0;
    while (result == 0 && deflater->stream.avail_in > 0) result = step(deflater, zip_file, write);
    return result;
}

int regioscan_deflate_finish(void *zip_file, regioscan_raw_write write, uint64_t *size, uint32_t *crc) {
    struct deflater *deflater = current;
    if (deflater == 0) return zip_internal_error;
    static uint8_t nothing;
    deflater->stream.next_in = &nothing;
    deflater->stream.avail_in = 0;
    deflater->stream.end_of_stream = 1;
    int result = 0;
    // isal_deflate ends the stream within a few calls once the output has room; the bound only guards a loop.
    for (int calls = 0; result == 0 && deflater->stream.internal_state.state != ZSTATE_END; calls++) {
        result = calls < 1000000 ? step(deflater, zip_file, write) : zip_internal_error;
    }
    *size = deflater->size;
    *crc = deflater->crc;
    regioscan_deflate_abandon();
    if (result == 0) finished_entries += 1;
    return result;
}

void regioscan_deflate_abandon(void) {
    free(current);
    current = 0;
}
