#pragma once

#include <QtGlobal>

#include <string>

namespace hc::store {

// One event as a source delivered it, before dictionary encoding. Buffers are reused
// across lines by the parsers, so clear() keeps their capacity.
struct RawEvent {
    std::string name;
    std::string distinctId; // empty when the source had none
    qint64 timeMs = 0;      // UTC epoch milliseconds
    std::string insertId;   // empty: never deduplicated
    bool hasProcessingTime = false;
    qint64 processingTimeMs = 0; // mp_processing_time_ms: the larger one wins a duplicate
    std::string propertiesJson;  // the remaining properties as a JSON object text

    void clear()
    {
        name.clear();
        distinctId.clear();
        timeMs = 0;
        insertId.clear();
        hasProcessingTime = false;
        processingTimeMs = 0;
        propertiesJson.clear();
    }
};

} // namespace hc::store
