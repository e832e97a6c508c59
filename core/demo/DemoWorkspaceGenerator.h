#pragma once

#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <QDate>

namespace hc::store {
class Workspace;
}

namespace hc::demo {

struct DemoOptions {
    int users = 20000;
    int days = 120;
    quint64 seed = 42;
    QDate end; // last day (UTC); invalid means yesterday
};

struct DemoSummary {
    qint64 events = 0;
    qint64 users = 0;
    QDate from;
    QDate to;
    QDate anomalyDay;
};

// Writes a realistic, deterministic product-analytics workspace (see README.md, "The demo
// workspace", for what is planted): the same options give the same events, byte for byte.
class DemoWorkspaceGenerator {
public:
    explicit DemoWorkspaceGenerator(DemoOptions options);

    Result<DemoSummary> generate(store::Workspace& workspace, TaskContext& context);

    // The planted outage day for these options.
    static QDate anomalyDay(const QDate& from, int days) { return from.addDays(days - 22); }

private:
    DemoOptions m_options;
};

} // namespace hc::demo
