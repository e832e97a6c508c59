// The plain-or-gzip line reader: any file, compressed, truncated or not, yields lines with their
// padding and ends, with a stream error where the data is incomplete.
#include "FuzzSupport.h"
#include "core/ingest/LineReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = hc::fuzz::writeScratchFile(data, size, ".gz");
    hc::ingest::LineReader reader;
    if (!reader.open(path).ok())
        return 0;
    std::string_view line;
    qint64 lines = 0;
    while (reader.next(line)) {
        // The padding promise: these bytes must be readable (ASan checks).
        volatile char last = line.data()[line.size() + hc::ingest::LineReader::kPadding - 1];
        (void)last;
        if (++lines != reader.lineNumber())
            std::abort();
    }
    return 0;
}
