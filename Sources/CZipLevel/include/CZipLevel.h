#ifndef CZIPLEVEL_H
#define CZIPLEVEL_H

// This target declares nothing for Swift. zip_level.c supplies minizip's `zipOpenNewFileInZip4_64`: libxlsxwriter
// 1.1.4 always asks for zlib's default level (6) and has no option for it, and the dynamic linker binds its call
// to the executable first. The function passes level 1 on to the real minizip function.

#endif
