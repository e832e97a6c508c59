#include "core/ingest/CsvEventMapper.h"

#include "core/util/JsonText.h"
#include "core/util/TimeParsing.h"

#include <QCoreApplication>

#include <cstdlib>
#include <set>

namespace hc::ingest {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ingest::CsvEventMapper", text); }

} // namespace

bool CsvEventMapper::setHeader(const std::vector<std::string>& header, QString& error)
{
    m_names = header;
    if (!m_names.empty() && m_names.front().rfind("\xEF\xBB\xBF", 0) == 0) // UTF-8 byte order mark
        m_names.front().erase(0, 3);
    std::set<std::string> seen;
    for (int i = 0; i < int(m_names.size()); ++i) {
        const std::string& n = m_names[size_t(i)];
        if (n.empty()) {
            error = tr("column %1 of the header has no name").arg(i + 1);
            return false;
        }
        if (!seen.insert(n).second) {
            error = tr("the header names column “%1” twice").arg(QString::fromStdString(n));
            return false;
        }
        if (n == "distinct_id")
            m_distinctId = i;
        else if (n == "event")
            m_event = i;
        else if (n == "time")
            m_time = i;
        else if (n == "$insert_id" || n == "insert_id")
            m_insertId = i;
        else if (n == "mp_processing_time_ms")
            m_processingTime = i;
    }
    if (m_distinctId < 0 || m_event < 0 || m_time < 0) {
        error = tr("the header must name the columns distinct_id, event and time");
        return false;
    }
    return true;
}

bool CsvEventMapper::map(const std::vector<std::string>& fields, store::RawEvent& event, QString& reason) const
{
    event.clear();
    if (fields.size() != m_names.size()) {
        reason = tr("expected %1 fields as in the header, found %2").arg(m_names.size()).arg(fields.size());
        return false;
    }
    event.name = fields[size_t(m_event)];
    if (event.name.empty()) {
        reason = tr("the event name is empty");
        return false;
    }
    const auto ms = time::timeTextToMs(fields[size_t(m_time)]);
    if (!ms) {
        reason = tr("time “%1” is not an epoch number or ISO 8601 date-time")
                     .arg(QString::fromStdString(fields[size_t(m_time)]));
        return false;
    }
    event.timeMs = *ms;
    event.distinctId = fields[size_t(m_distinctId)];
    if (m_insertId >= 0)
        event.insertId = fields[size_t(m_insertId)];
    if (m_processingTime >= 0 && !fields[size_t(m_processingTime)].empty()) {
        const std::string& cell = fields[size_t(m_processingTime)];
        if (!json::isDecimalNumber(cell)) {
            reason = tr("mp_processing_time_ms “%1” is not a number").arg(QString::fromStdString(cell));
            return false;
        }
        event.hasProcessingTime = true;
        event.processingTimeMs = qint64(std::strtod(cell.c_str(), nullptr));
    }
    event.propertiesJson.push_back('{');
    bool first = true;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (int(i) == m_distinctId || int(i) == m_event || int(i) == m_time || int(i) == m_insertId
            || int(i) == m_processingTime || fields[i].empty())
            continue;
        if (!first)
            event.propertiesJson.push_back(',');
        first = false;
        json::appendString(event.propertiesJson, m_names[i]);
        event.propertiesJson.push_back(':');
        if (!json::isDecimalNumber(fields[i])
            || !json::appendNumber(event.propertiesJson, std::strtod(fields[i].c_str(), nullptr)))
            json::appendString(event.propertiesJson, fields[i]);
    }
    event.propertiesJson.push_back('}');
    return true;
}

} // namespace hc::ingest
