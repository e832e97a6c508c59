#include "core/ingest/ImportSummary.h"

namespace hc::ingest {

ImportFormat importFormatForPath(const QString& path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".csv.gz"))
               ? ImportFormat::Csv
               : ImportFormat::MixpanelJsonl;
}

bool importFormatFromName(const QString& name, ImportFormat& format)
{
    if (name == QLatin1String("mixpanel-jsonl"))
        format = ImportFormat::MixpanelJsonl;
    else if (name == QLatin1String("csv"))
        format = ImportFormat::Csv;
    else
        return false;
    return true;
}

} // namespace hc::ingest
