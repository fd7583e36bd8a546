#ifndef LZSIM_CLIBXML2_SHIM_H
#define LZSIM_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and its headers then pull in the system
// <unicode/*.h>, whose UErrorCode clashes with the ICU that Foundation bundles.
// Reading the version header first and switching the ICU flag off keeps every
// later libxml2 header away from ICU (a clean build otherwise fails once).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>

// `xmlFree` is a global function-pointer variable, which Swift 6 rejects as
// shared mutable state; a function wrapping it is safe to call.
static inline void lzsim_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
