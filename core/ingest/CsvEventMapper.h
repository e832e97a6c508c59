#pragma once

#include "core/store/RawEvent.h"

#include <QString>

#include <string>
#include <vector>

namespace hc::ingest {

// Maps CSV records to events by the header row: distinct_id, event and time are required
// (any order); $insert_id (or insert_id) and mp_processing_time_ms are optional; every other
// column is a property. A cell that is completely a decimal number becomes a JSON number,
// any other non-empty cell a string; an empty cell means the property is not set.
class CsvEventMapper {
public:
    bool setHeader(const std::vector<std::string>& header, QString& error);
    bool map(const std::vector<std::string>& fields, store::RawEvent& event, QString& reason) const;

private:
    int m_distinctId = -1;
    int m_event = -1;
    int m_time = -1;
    int m_insertId = -1;
    int m_processingTime = -1;
    std::vector<std::string> m_names;
};

} // namespace hc::ingest
