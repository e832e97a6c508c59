#pragma once

#include "core/store/RawEvent.h"

#include <QString>

#include <simdjson.h>

#include <string_view>

namespace hc::ingest {

// Turns one line of Mixpanel's raw export ({"event": ..., "properties": {...}}) into a RawEvent.
// time, distinct_id, $insert_id and mp_processing_time_ms become columns; every other property is
// written back as compact JSON. A line that cannot be used gets a reason a person can act on.
class MixpanelLineParser {
public:
    // hasPadding: the bytes after line are readable for simdjson::SIMDJSON_PADDING (LineReader
    // guarantees it), so the line is parsed in place.
    bool parse(std::string_view line, bool hasPadding, store::RawEvent& event, QString& reason);

private:
    simdjson::dom::parser m_parser;
};

} // namespace hc::ingest
