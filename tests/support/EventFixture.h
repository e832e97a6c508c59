#pragma once

#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/dataset/Dataset.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace hc::test {

// A compact dataset for hand-computed analysis tests: "u1@0:A;u1@5:B{\"p\":1};u2@-30:C" means
// user u1 did A at T0 and B at T0 + 5 s with p = 1, u2 did C 30 s before T0, where
// T0 = 2026-01-01T00:00:00Z. Order in the text is arrival order.
constexpr qint64 kFixtureT0 = 1767225600000; // 2026-01-01T00:00:00Z

std::shared_ptr<const dataset::Dataset> datasetFrom(const QString& events,
                                                    const dataset::DatasetSettings& settings = {});

// Writes the demo generator's workspace at `path` (created), ending 2026-11-30; false on failure.
bool writeDemoWorkspace(const QString& path, int users, int days);

// A workspace read as the CLI reads it (its zone, no filter), with its property keys; data is
// null when it cannot be loaded.
struct LoadedWorkspace {
    std::shared_ptr<const dataset::Dataset> data;
    std::shared_ptr<const analysis::ReportingCalendar> calendar;
    QStringList propertyKeys;
};
LoadedWorkspace loadWorkspace(const QString& path);

} // namespace hc::test
