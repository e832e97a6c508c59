#include "app/cli/InfoCommand.h"

#include "app/cli/CliExitCode.h"
#include "app/cli/CliSession.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

int runInfoCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("info"), QStringLiteral("--db PATH"),
                       QStringLiteral("Summarise a workspace: counts, date range, top events."));
    if (!session.parse(args))
        return session.exitCode();
    if (!session.parser().positionalArguments().isEmpty())
        return session.usageError(
            QStringLiteral("unexpected argument “%1”").arg(session.parser().positionalArguments().first()));
    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return session.fail(ws.error());
    const QTimeZone zone = session.timeZoneOverride().value_or(ws.value()->reportingTimeZone());
    const auto result = store::loadWorkspaceSummary(*ws.value(), zone);
    if (!result.ok())
        return session.fail(result.error());
    const store::WorkspaceSummary& s = result.value();

    if (session.json()) {
        QJsonArray top;
        for (const auto& e : s.topEvents)
            top.append(QJsonObject{{QStringLiteral("event"), e.event}, {QStringLiteral("count"), e.count}});
        session.printJson(QJsonObject{
            {QStringLiteral("schema_version"), s.schemaVersion},
            {QStringLiteral("events"), s.events},
            {QStringLiteral("users"), s.users},
            {QStringLiteral("profiles"), s.profiles},
            {QStringLiteral("event_names"), s.eventNames},
            {QStringLiteral("from"), s.from.isValid() ? QJsonValue(s.from.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("to"), s.to.isValid() ? QJsonValue(s.to.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("top_events"), top},
            {QStringLiteral("timezone"), s.timezone},
            {QStringLiteral("quarantined"), s.quarantined},
        });
        return Success;
    }
    const QLocale l;
    QTextStream& out = session.out();
    out << "Workspace    " << session.dbPath() << " (schema version " << s.schemaVersion << ")\n";
    if (s.events == 0) {
        out << "Events       none yet: import a file or run a sync\n";
    } else {
        out << "Events       " << l.toString(s.events) << ", " << s.from.toString(Qt::ISODate) << " to "
            << s.to.toString(Qt::ISODate) << " (" << s.timezone << ")\n";
    }
    out << "Users        " << l.toString(s.users) << "\n"
        << "Profiles     " << l.toString(s.profiles) << "\n"
        << "Event names  " << l.toString(s.eventNames) << "\n"
        << "Quarantined  " << l.toString(s.quarantined) << "\n";
    if (!s.topEvents.isEmpty()) {
        out << "Top events\n";
        for (const auto& e : s.topEvents)
            out << "  " << e.event.leftJustified(28, QLatin1Char(' ')) << ' '
                << l.toString(e.count).rightJustified(14, QLatin1Char(' ')) << '\n';
    }
    out.flush();
    return Success;
}

} // namespace hc::cli
