#include "bench/ExportFileGenerator.h"

#include "core/demo/DemoRandom.h"

#include <QFile>

#include <cstdio>
#include <string>
#include <vector>

#include <zlib.h>

namespace hc::bench {

bool writeExportFile(const QString& path, const ExportFileSpec& spec)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), spec.gzip ? "wb6" : "wbT"); // T: plain, no gzip
    if (!f)
        return false;
    demo::DemoRandom rng(spec.seed);
    static const char* kEvents[] = {"page_view", "click", "signup", "purchase", "search", "share", "login"};
    static const char* kCountries[] = {"US", "DE", "GB", "IN", "BR"};
    static const char* kBrowsers[] = {"Chrome", "Firefox", "Safari", "Edge"};
    std::vector<std::string> recent; // candidates for duplicate lines
    std::string line;
    char buf[512];
    for (qint64 i = 0; i < spec.lines; ++i) {
        const double r = rng.uniform();
        if (r < spec.malformedShare) {
            line = "{\"event\":\"page_view\",\"properties\":{\"time\":16";
        } else if (r < spec.malformedShare + spec.duplicateShare && !recent.empty()) {
            line = recent[size_t(rng.below(qint64(recent.size())))];
        } else {
            const qint64 t = spec.firstTimeMs + i * spec.spacingMs + rng.below(spec.spacingMs);
            std::snprintf(buf, sizeof buf,
                          "{\"event\":\"%s\",\"properties\":{\"time\":%lld,\"distinct_id\":\"user-%06lld\","
                          "\"$insert_id\":\"%016llx\",\"mp_processing_time_ms\":%lld,\"$browser\":\"%s\","
                          "\"mp_country_code\":\"%s\",\"$current_url\":\"https://example.com/p/%lld\","
                          "\"$screen_width\":%d,\"plan\":\"%s\",\"revenue\":%.2f}}",
                          kEvents[rng.below(7)], static_cast<long long>(t),
                          static_cast<long long>(rng.below(spec.users)), static_cast<unsigned long long>(rng.next()),
                          static_cast<long long>(t + 3000), kBrowsers[rng.below(4)], kCountries[rng.below(5)],
                          static_cast<long long>(rng.below(500)), 1280 + int(rng.below(4)) * 160,
                          rng.chance(0.2) ? "pro" : "free", rng.chance(0.05) ? rng.uniform() * 100 : 0.0);
            line = buf;
            if (recent.size() < 4096)
                recent.push_back(line);
            else
                recent[size_t(rng.below(4096))] = line;
        }
        line.push_back('\n');
        if (gzwrite(f, line.data(), unsigned(line.size())) != int(line.size())) {
            gzclose(f);
            return false;
        }
    }
    return gzclose(f) == Z_OK;
}

} // namespace hc::bench
