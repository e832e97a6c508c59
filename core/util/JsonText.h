#pragma once

#include <string>
#include <string_view>

namespace hc::json {

// Appends s as a JSON string literal (with quotes), escaping what RFC 8259 requires.
void appendString(std::string& out, std::string_view s);

// Appends the shortest JSON number text that reads back as value; false for NaN/inf.
bool appendNumber(std::string& out, double value);

// True when text is completely a decimal number (optional sign, digits, fraction, exponent).
bool isDecimalNumber(std::string_view text);

} // namespace hc::json
