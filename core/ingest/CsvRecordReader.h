#pragma once

#include <QString>

#include <deque>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace hc::ingest {

class LineReader;

// RFC 4180 records on top of LineReader: quoted fields may hold commas, doubled quotes and
// line breaks (CRLF inside a quoted field becomes LF). A record whose quote never closes
// (within kMaxRecordBytes, or before the end of the data) is reported as malformed on its
// first line only, and the lines after it are read again as records of their own.
class CsvRecordReader {
public:
    enum class Status { Record, Malformed, End };
    static constexpr size_t kMaxRecordBytes = 4u << 20;

    // Hands out the next line (number and text); false at the end.
    using LineSource = std::function<bool(qint64& number, std::string& text)>;

    explicit CsvRecordReader(LineReader& lines);
    explicit CsvRecordReader(LineSource lines) : m_source(std::move(lines)) {}

    Status next();

    const std::vector<std::string>& fields() const { return m_fields; }
    const std::string& rawText() const { return m_raw; }
    qint64 startLine() const { return m_startLine; }
    const QString& reason() const { return m_reason; }

private:
    bool nextLine(qint64& number, std::string& text);

    LineSource m_source;
    std::deque<std::pair<qint64, std::string>> m_replay;
    std::vector<std::pair<qint64, std::string>> m_consumed;
    std::vector<std::string> m_fields;
    std::string m_raw;
    qint64 m_startLine = 0;
    QString m_reason;
};

} // namespace hc::ingest
