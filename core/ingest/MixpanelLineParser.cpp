#include "core/ingest/MixpanelLineParser.h"

#include "core/ingest/JsonElementWriter.h"
#include "core/util/JsonText.h"
#include "core/util/TimeParsing.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

#include <simdjson.h>

namespace hc::ingest {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ingest::MixpanelLineParser", text); }

constexpr qint64 kSecondsThreshold = 100000000000LL;
constexpr qint64 kMaxAbsMs = 253402300799999LL;

std::optional<qint64> timeFromElement(simdjson::dom::element e)
{
    using simdjson::dom::element_type;
    switch (e.type()) {
    case element_type::INT64: {
        const int64_t v = int64_t(e);
        if (v > kMaxAbsMs || v < -kMaxAbsMs)
            return std::nullopt;
        const qint64 ms = v < kSecondsThreshold ? v * 1000 : v;
        if (ms > kMaxAbsMs || ms < -kMaxAbsMs)
            return std::nullopt;
        return ms;
    }
    case element_type::UINT64:
        return std::nullopt; // beyond int64: no real time
    case element_type::DOUBLE:
        return time::epochNumberToMs(double(e));
    case element_type::STRING:
        return time::timeTextToMs(std::string_view(e));
    default:
        return std::nullopt;
    }
}

// An identifier given as a string or a number, as text; false for other JSON types.
bool identifierText(simdjson::dom::element e, std::string& out)
{
    using simdjson::dom::element_type;
    out.clear();
    switch (e.type()) {
    case element_type::STRING:
        out.assign(std::string_view(e));
        return true;
    case element_type::INT64:
        out = std::to_string(int64_t(e));
        return true;
    case element_type::UINT64:
        out = std::to_string(uint64_t(e));
        return true;
    case element_type::DOUBLE:
        return json::appendNumber(out, double(e));
    case element_type::NULL_VALUE:
        return true;
    default:
        return false;
    }
}

} // namespace

MixpanelLineParser::MixpanelLineParser() : m_parser(std::make_unique<simdjson::dom::parser>()) {}

MixpanelLineParser::~MixpanelLineParser() = default;

bool MixpanelLineParser::parse(std::string_view line, bool hasPadding, store::RawEvent& event, QString& reason)
{
    event.clear();
    if (line.substr(0, 16) == "terminated early") {
        reason = tr("the export stream was terminated early by the server");
        return false;
    }
    simdjson::dom::element root;
    if (const auto err = m_parser->parse(line.data(), line.size(), !hasPadding).get(root)) {
        reason = tr("not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(err)));
        return false;
    }
    simdjson::dom::object top;
    if (root.get_object().get(top)) {
        reason = tr("the line is not a JSON object");
        return false;
    }
    std::string_view name;
    if (top["event"].get_string().get(name)) {
        reason = tr("no \"event\" name (a string) in the line");
        return false;
    }
    if (name.empty()) {
        reason = tr("the \"event\" name is empty");
        return false;
    }
    simdjson::dom::object props;
    if (top["properties"].get_object().get(props)) {
        reason = tr("no \"properties\" object in the line");
        return false;
    }
    event.name.assign(name);

    bool haveTime = false;
    event.propertiesJson.push_back('{');
    bool first = true;
    for (simdjson::dom::key_value_pair field : props) {
        const std::string_view key = field.key;
        if (key == "time") {
            const auto ms = timeFromElement(field.value);
            if (!ms) {
                reason = tr("\"time\" is not an epoch number or ISO 8601 date-time");
                return false;
            }
            event.timeMs = *ms;
            haveTime = true;
            continue;
        }
        if (key == "distinct_id") {
            if (!identifierText(field.value, event.distinctId)) {
                reason = tr("\"distinct_id\" is neither a string nor a number");
                return false;
            }
            continue;
        }
        if (key == "$insert_id") {
            if (!identifierText(field.value, event.insertId)) {
                reason = tr("\"$insert_id\" is neither a string nor a number");
                return false;
            }
            continue;
        }
        if (key == "mp_processing_time_ms") {
            // Always milliseconds; a value of another type stays an ordinary property.
            int64_t ms;
            double msDouble;
            if (!field.value.get_int64().get(ms)) {
                event.hasProcessingTime = true;
                event.processingTimeMs = ms;
                continue;
            }
            if (!field.value.get_double().get(msDouble) && std::isfinite(msDouble) && std::fabs(msDouble) < 9.2e18) {
                event.hasProcessingTime = true;
                event.processingTimeMs = qint64(std::floor(msDouble));
                continue;
            }
        }
        if (!first)
            event.propertiesJson.push_back(',');
        first = false;
        json::appendString(event.propertiesJson, key);
        event.propertiesJson.push_back(':');
        appendJsonElement(event.propertiesJson, field.value);
    }
    event.propertiesJson.push_back('}');
    if (!haveTime) {
        reason = tr("no \"time\" in the properties");
        return false;
    }
    return true;
}

} // namespace hc::ingest
