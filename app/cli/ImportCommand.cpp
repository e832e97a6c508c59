#include "app/cli/ImportCommand.h"

#include "app/cli/CliExitCode.h"
#include "app/cli/CliSession.h"
#include "app/cli/HashOption.h"
#include "core/ingest/FileImporter.h"
#include "core/store/Workspace.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

namespace {

void printSummary(CliSession& session, const ingest::ImportSummary& s)
{
    if (session.json()) {
        session.printJson(QJsonObject{{QStringLiteral("read"), s.read},
                                      {QStringLiteral("inserted"), s.inserted},
                                      {QStringLiteral("duplicates"), s.duplicates},
                                      {QStringLiteral("quarantined"), s.quarantined}});
        return;
    }
    const QLocale l;
    session.out() << "Read " << l.toString(s.read) << " lines: " << l.toString(s.inserted) << " inserted, "
                  << l.toString(s.duplicates) << " duplicates, " << l.toString(s.quarantined) << " quarantined";
    if (s.seconds > 0)
        session.out() << " in " << l.toString(s.seconds, 'f', 2) << " s ("
                      << l.toString(qint64(double(s.read) / s.seconds)) << " lines/s)";
    session.out() << ".\n";
    if (s.quarantined > 0)
        session.out() << "Quarantined lines are kept with their reason in the workspace's quarantine table.\n";
    session.out().flush();
}

} // namespace

int runImportCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("import"), QStringLiteral("--db PATH FILE [--format mixpanel-jsonl|csv]"),
                       QStringLiteral("Import a Mixpanel JSON-lines export or a CSV file (plain or .gz)."));
    auto& p = session.parser();
    p.addOption({QStringLiteral("format"),
                 QStringLiteral("mixpanel-jsonl or csv (default: csv for .csv and .csv.gz, else mixpanel-jsonl)."),
                 QStringLiteral("FORMAT")});
    addHashOption(p);
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to import."));
    if (!session.parse(args))
        return session.exitCode();
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return session.usageError(QStringLiteral("name exactly one FILE to import"));
    const QString file = files.first();
    if (!QFileInfo(file).isFile())
        return session.usageError(QStringLiteral("“%1” is not a readable file").arg(file));
    ingest::ImportFormat format = ingest::importFormatForPath(file);
    if (p.isSet(QStringLiteral("format")) && !ingest::importFormatFromName(p.value(QStringLiteral("format")), format))
        return session.usageError(QStringLiteral("--format takes mixpanel-jsonl or csv"));

    if (int code = 0; !applyHashOption(session, code))
        return code;
    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok())
        return session.fail(ws.error());

    CliSession::installInterruptHandler();
    TaskContext context([&](qint64 done, qint64 total) { session.progress(QStringLiteral("import"), done, total); },
                        [] { return CliSession::interrupted(); });
    ingest::FileImporter importer(*ws.value());
    const auto result = importer.run(file, format, context);
    if (!result.ok()) {
        // What was committed stays: say so, then fail with the reason.
        if (result.error().code == Error::Code::Cancelled || result.error().code == Error::Code::Corrupt)
            printSummary(session, importer.committed());
        return session.fail(result.error());
    }
    printSummary(session, result.value());
    return Success;
}

} // namespace hc::cli
