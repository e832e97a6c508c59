#include "core/sync/SyncSource.h"

#include "core/sync/HttpLinesSource.h"
#include "core/sync/MixpanelExportSource.h"

namespace hc::sync {

std::unique_ptr<SyncSource> SyncSource::create(const SyncConfig& config)
{
    if (config.source == SyncConfig::Source::Mixpanel)
        return std::make_unique<MixpanelExportSource>(config);
    return std::make_unique<HttpLinesSource>(config);
}

SyncSource::FormRequest SyncSource::profilesRequest(int, const QString&) const { return FormRequest{}; }

} // namespace hc::sync
