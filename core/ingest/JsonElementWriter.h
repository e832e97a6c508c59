#pragma once

#include <string>

#include <simdjson.h>

namespace hc::ingest {

// Compact JSON text of a parsed element, appended without temporary strings. Integral doubles
// are written without ".0", the form conditions compare against (cli.md).
void appendJsonElement(std::string& out, simdjson::dom::element element);

} // namespace hc::ingest
