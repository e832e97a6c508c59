// Mixpanel export lines and the time formats they carry: any bytes must give an event or a
// reason, never a crash or a read past the line.
#include "core/ingest/MixpanelLineParser.h"
#include "core/store/RawEvent.h"
#include "core/util/TimeParsing.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static hc::ingest::MixpanelLineParser parser;
    const std::string line(reinterpret_cast<const char*>(data), size); // exact size: no padding
    hc::store::RawEvent event;
    QString reason;
    const bool ok = parser.parse(line, false, event, reason);
    if (!ok && reason.isEmpty()) // a refused line always says why
        std::abort();
    hc::time::timeTextToMs(line);
    return 0;
}
