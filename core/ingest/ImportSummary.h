#pragma once

#include <QString>
#include <QtGlobal>

namespace hc::ingest {

enum class ImportFormat { MixpanelJsonl, Csv };

// Counts for one import; read == inserted + duplicates + quarantined always holds.
struct ImportSummary {
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 duplicates = 0;
    qint64 quarantined = 0;
    qint64 bytes = 0;
    double seconds = 0;

    ImportSummary& operator+=(const ImportSummary& o)
    {
        read += o.read;
        inserted += o.inserted;
        duplicates += o.duplicates;
        quarantined += o.quarantined;
        return *this;
    }
};

// `.csv` and `.csv.gz` are CSV; everything else is Mixpanel JSON lines (cli.md).
ImportFormat importFormatForPath(const QString& path);
// "mixpanel-jsonl" / "csv"; false for other names.
bool importFormatFromName(const QString& name, ImportFormat& format);

} // namespace hc::ingest
