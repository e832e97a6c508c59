// CSV records and their mapping to events: the first record is the header, every later one an
// event or a malformed record with a reason; the reader always reaches the end.
#include "core/ingest/CsvEventMapper.h"
#include "core/ingest/CsvRecordReader.h"
#include "core/store/RawEvent.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    size_t at = 0;
    qint64 lineNumber = 0;
    hc::ingest::CsvRecordReader reader([&](qint64& number, std::string& line) {
        if (at > text.size() || (at == text.size() && !text.empty() && text.back() == '\n'))
            return false;
        const size_t end = std::min(text.find('\n', at), text.size());
        line.assign(text, at, end - at);
        number = ++lineNumber;
        at = end + 1;
        return true;
    });
    hc::ingest::CsvEventMapper mapper;
    bool haveHeader = false;
    hc::store::RawEvent event;
    QString reason;
    for (int records = 0;; ++records) {
        if (records > int(size) + 1) // every record consumes at least one line
            std::abort();
        const auto status = reader.next();
        if (status == hc::ingest::CsvRecordReader::Status::End)
            break;
        if (status == hc::ingest::CsvRecordReader::Status::Malformed) {
            if (reader.reason().isEmpty())
                std::abort();
            continue;
        }
        if (!haveHeader) {
            haveHeader = mapper.setHeader(reader.fields(), reason);
            if (!haveHeader)
                break;
            continue;
        }
        event.clear();
        reason.clear();
        if (!mapper.map(reader.fields(), event, reason) && reason.isEmpty())
            std::abort();
    }
    return 0;
}
