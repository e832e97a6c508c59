#pragma once

#include <QStringList>

namespace hc::cli {

// `funnel-correlate`: which events and property values go with converting through a funnel.
int runFunnelCorrelateCommand(const QStringList& args);

} // namespace hc::cli
