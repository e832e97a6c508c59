#include "core/ingest/CsvRecordReader.h"

#include "core/ingest/LineReader.h"

#include <QCoreApplication>

namespace hc::ingest {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ingest::CsvRecordReader", text); }

} // namespace

CsvRecordReader::CsvRecordReader(LineReader& lines)
    : m_source([&lines](qint64& number, std::string& text) {
          std::string_view line;
          if (!lines.next(line))
              return false;
          number = lines.lineNumber();
          text.assign(line);
          return true;
      })
{
}

bool CsvRecordReader::nextLine(qint64& number, std::string& text)
{
    if (!m_replay.empty()) {
        number = m_replay.front().first;
        text = std::move(m_replay.front().second);
        m_replay.pop_front();
        return true;
    }
    return m_source(number, text);
}

CsvRecordReader::Status CsvRecordReader::next()
{
    m_fields.clear();
    m_raw.clear();
    m_reason.clear();
    m_consumed.clear();

    qint64 number = 0;
    std::string text;
    do { // blank lines separate nothing and are not records
        if (!nextLine(number, text))
            return Status::End;
        if (!text.empty() && text.back() == '\r')
            text.pop_back();
    } while (text.empty());
    m_startLine = number;

    std::string field;
    bool inQuotes = false;
    bool afterQuote = false;
    size_t bytes = 0;
    for (;;) {
        m_consumed.emplace_back(number, text);
        const std::string& line = m_consumed.back().second;
        bytes += line.size() + 1;
        if (!m_raw.empty())
            m_raw.push_back('\n');
        m_raw += line;
        for (size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (inQuotes) {
                if (c != '"') {
                    field.push_back(c);
                } else if (i + 1 < line.size() && line[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else if (c == ',') {
                m_fields.push_back(std::move(field));
                field.clear();
                afterQuote = false;
            } else if (afterQuote) {
                m_reason = tr("text after a closing quote in field %1").arg(m_fields.size() + 1);
                return Status::Malformed;
            } else if (c == '"' && field.empty()) {
                inQuotes = true;
            } else {
                field.push_back(c); // a quote inside an unquoted field is kept as text
            }
        }
        if (!inQuotes)
            break;
        // The quoted field goes on in the next line.
        const bool more = bytes < kMaxRecordBytes && nextLine(number, text);
        if (!more) {
            // Report only the first line; give the others another chance as records.
            for (size_t k = m_consumed.size(); k-- > 1;)
                m_replay.push_front(std::move(m_consumed[k]));
            m_raw = m_consumed.front().second;
            m_reason = tr("a quoted field is never closed");
            return Status::Malformed;
        }
        if (!text.empty() && text.back() == '\r')
            text.pop_back();
        field.push_back('\n');
    }
    m_fields.push_back(std::move(field));
    return Status::Record;
}

} // namespace hc::ingest
