#ifndef CZIPLEVEL_H
#define CZIPLEVEL_H

/// The deflate level (zlib's 0–9) for the files libxlsxwriter adds to a workbook's zip. libxlsxwriter 1.1.4 always
/// asks for zlib's default (6) and has no option for it; this program supplies minizip's
/// `zipOpenNewFileInZip4_64` itself (the dynamic linker binds libxlsxwriter's call to the executable first) and
/// passes this level on to the real function.
void regioscan_set_zip_level(int level);

/// How many zip entries went through the level above since the program started: 0 means the library's calls do
/// not reach this program (another build of libxlsxwriter), and workbooks are then deflated at level 6.
long regioscan_zip_entries_with_level(void);

#endif
