// The prefetch hint is an inline function in the header; SwiftPM needs one source file for the target.
#include "CPrefetch.h"
