#include <libxml/xmlversion.h>
// libxml2 may be built with ICU; its ICU headers clash with the copy inside Foundation. Only pointers to the
// ICU-dependent structs are used here, so the declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
