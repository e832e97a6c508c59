#include "tests/support/EventFixture.h"

#include "core/analysis/AnalysisSnapshot.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/demo/DemoWorkspaceGenerator.h"
#include "core/store/Workspace.h"

namespace hc::test {

std::shared_ptr<const dataset::Dataset> datasetFrom(const QString& events, const dataset::DatasetSettings& settings)
{
    dataset::DatasetBuilder b;
    for (const QString& item : events.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype at = item.indexOf(QLatin1Char('@'));
        const qsizetype colon = item.indexOf(QLatin1Char(':'), at);
        const qsizetype brace = item.indexOf(QLatin1Char('{'), colon);
        const QString user = item.left(at);
        const qint64 seconds = item.mid(at + 1, colon - at - 1).toLongLong();
        const QString name = brace < 0 ? item.mid(colon + 1) : item.mid(colon + 1, brace - colon - 1);
        const QByteArray props = brace < 0 ? QByteArray() : item.mid(brace).toUtf8();
        b.add(user, name, kFixtureT0 + seconds * 1000, props);
    }
    return b.build(settings);
}

bool writeDemoWorkspace(const QString& path, int users, int days)
{
    auto ws = store::Workspace::open(path, store::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok())
        return false;
    demo::DemoOptions o;
    o.users = users;
    o.days = days;
    o.end = QDate(2026, 11, 30);
    TaskContext ctx;
    return demo::DemoWorkspaceGenerator(o).generate(*ws.value(), ctx).ok();
}

LoadedWorkspace loadWorkspace(const QString& path)
{
    TaskContext context;
    auto loaded = analysis::AnalysisSnapshotBuilder::load(path, {}, true, context);
    if (!loaded.ok())
        return {};
    auto scoped = analysis::AnalysisSnapshotBuilder::scoped(loaded.value().data, {}, context);
    if (!scoped.ok())
        return {};
    return {scoped.value().data, scoped.value().calendar, loaded.value().propertyKeys};
}

} // namespace hc::test
