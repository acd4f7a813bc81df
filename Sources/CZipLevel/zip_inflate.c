#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <stdlib.h>
#include "CZipLevel.h"

int regioscan_inflate(const unsigned char *input, size_t length, unsigned char *output, size_t capacity,
                      regioscan_inflate_writer write, void *context, unsigned *crc) {
    struct inflate_state *state = malloc(sizeof(struct inflate_state));
    if (state == NULL) return -1;
    isal_inflate_init(state);
    state->next_in = (unsigned char *)input;
    state->avail_in = (uint32_t)length;
    uint32_t checksum = 0;
    int result = 1;
    for (;;) {
        state->next_out = output;
        state->avail_out = (uint32_t)capacity;
        int status = isal_inflate(state);
        if (status < 0) { result = -1; break; }
        size_t produced = capacity - state->avail_out;
        if (produced > 0) {
            checksum = crc32_gzip_refl(checksum, output, produced);
            int written = write(context, output, produced);
            if (written != 0) { result = written; break; }
        }
        if (state->block_state == ISAL_BLOCK_FINISH) { result = 0; break; }
        // The input is used up and nothing more came out: the stream ends too early.
        if (state->avail_in == 0 && produced == 0) { result = 1; break; }
    }
    free(state);
    *crc = checksum;
    return result;
}
