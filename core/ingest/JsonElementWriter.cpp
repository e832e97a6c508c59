#include "core/ingest/JsonElementWriter.h"

#include "core/util/JsonText.h"

namespace hc::ingest {

void appendJsonElement(std::string& out, simdjson::dom::element element)
{
    using simdjson::dom::element_type;
    switch (element.type()) {
    case element_type::STRING:
        json::appendString(out, std::string_view(element));
        break;
    case element_type::INT64:
        out += std::to_string(int64_t(element));
        break;
    case element_type::UINT64:
        out += std::to_string(uint64_t(element));
        break;
    case element_type::DOUBLE:
        if (!json::appendNumber(out, double(element)))
            out += "null";
        break;
    case element_type::BOOL:
        out += bool(element) ? "true" : "false";
        break;
    case element_type::NULL_VALUE:
        out += "null";
        break;
    case element_type::ARRAY: {
        out.push_back('[');
        bool first = true;
        for (simdjson::dom::element child : simdjson::dom::array(element)) {
            if (!first)
                out.push_back(',');
            first = false;
            appendJsonElement(out, child);
        }
        out.push_back(']');
        break;
    }
    case element_type::OBJECT: {
        out.push_back('{');
        bool first = true;
        for (simdjson::dom::key_value_pair field : simdjson::dom::object(element)) {
            if (!first)
                out.push_back(',');
            first = false;
            json::appendString(out, field.key);
            out.push_back(':');
            appendJsonElement(out, field.value);
        }
        out.push_back('}');
        break;
    }
    }
}

} // namespace hc::ingest
