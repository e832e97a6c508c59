#pragma once

#include "core/store/RawEvent.h"

#include <QString>

#include <memory>
#include <string_view>

namespace simdjson::dom {
class parser;
}

namespace hc::ingest {

// Turns one line of Mixpanel's raw export ({"event": ..., "properties": {...}}) into a RawEvent.
// time, distinct_id, $insert_id and mp_processing_time_ms become columns; every other property is
// written back as compact JSON. A line that cannot be used gets a reason a person can act on.
class MixpanelLineParser {
public:
    MixpanelLineParser();
    ~MixpanelLineParser();

    // hasPadding: the bytes after line are readable for simdjson::SIMDJSON_PADDING (LineReader
    // guarantees it), so the line is parsed in place.
    bool parse(std::string_view line, bool hasPadding, store::RawEvent& event, QString& reason);

private:
    // Behind a pointer so simdjson's compile definitions never leak into other targets' view
    // of this class's layout.
    std::unique_ptr<simdjson::dom::parser> m_parser;
};

} // namespace hc::ingest
