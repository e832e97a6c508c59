#include "app/cli/ExportCommand.h"

#include "app/cli/CliExitCode.h"
#include "app/cli/CliSession.h"
#include "core/report/CsvWriter.h"
#include "core/report/JsonTables.h"
#include "core/report/XlsxWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

namespace hc::cli {

namespace {

struct ExportArgs {
    QString csv;
    QString xlsx;
    QString table;
    bool bom = false;
    QStringList query; // the analysis command and its own options
};

// Takes export's own options out of the arguments; the rest belong to the query command.
bool splitArgs(const QStringList& args, ExportArgs& out, QString& error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool takesValue =
            a == QLatin1String("--csv") || a == QLatin1String("--xlsx") || a == QLatin1String("--table");
        if (takesValue && i + 1 >= args.size()) {
            error = QStringLiteral("%1 needs a value").arg(a);
            return false;
        }
        if (a == QLatin1String("--csv"))
            out.csv = args[++i];
        else if (a == QLatin1String("--xlsx"))
            out.xlsx = args[++i];
        else if (a == QLatin1String("--table"))
            out.table = args[++i];
        else if (a == QLatin1String("--bom"))
            out.bom = true;
        else if (a != QLatin1String("--json"))
            out.query << a;
    }
    if (out.csv.isEmpty() == out.xlsx.isEmpty()) {
        error = QStringLiteral("give exactly one of --csv FILE and --xlsx FILE");
        return false;
    }
    if (out.query.isEmpty() || out.query.first().startsWith(u'-')) {
        error = QStringLiteral("name the analysis command to export, e.g. `export funnel --steps a,b --csv f.csv …`");
        return false;
    }
    if (out.query.first() == QLatin1String("export")) {
        error = QStringLiteral("export cannot export itself");
        return false;
    }
    return true;
}

} // namespace

int runExportCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("export"),
                       QStringLiteral("QUERY-COMMAND [its options] --csv FILE | --xlsx FILE [--table KEY] [--bom]"),
                       QStringLiteral("Runs an analysis command and writes its table (CSV) or tables (XLSX) instead "
                                      "of JSON."));
    if (args.contains(QStringLiteral("--help")) && args.size() == 1)
        return session.parse(args) ? Success : session.exitCode();
    ExportArgs e;
    QString error;
    if (!splitArgs(args, e, error))
        return session.usageError(error);
    // The query runs as its own process: its JSON contract is the one thing export reads.
    QProcess query;
    query.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    query.start(QCoreApplication::applicationFilePath(), e.query + QStringList{QStringLiteral("--json")});
    if (!query.waitForFinished(-1) || query.exitStatus() != QProcess::NormalExit)
        return session.fail(
            makeError(Error::Code::Io, QStringLiteral("the %1 command did not finish").arg(e.query.first())));
    if (query.exitCode() != Success)
        return query.exitCode(); // it said why on stderr
    const QJsonObject document = QJsonDocument::fromJson(query.readAllStandardOutput()).object();
    const std::vector<report::TableData> tables = report::tablesFromJson(document);
    Status written = Done{};
    qint64 rows = 0;
    if (!e.csv.isEmpty()) {
        const report::TableData* table = report::primaryTable(tables);
        if (!e.table.isEmpty()) {
            table = nullptr;
            for (const auto& t : tables)
                if (t.name == e.table)
                    table = &t;
        }
        if (!table)
            return session.usageError(QStringLiteral("the %1 result has no table “%2”").arg(e.query.first(), e.table));
        rows = qint64(table->rows.size());
        written = report::CsvWriter::write(e.csv, *table, report::CsvOptions{e.bom});
    } else {
        for (const auto& t : tables)
            rows += qint64(t.rows.size());
        written = report::XlsxWriter::write(e.xlsx, tables);
    }
    if (!written.ok())
        return session.failOrUsage(written.error());
    std::fprintf(stderr, "exported %lld rows to %s\n", static_cast<long long>(rows),
                 qPrintable(e.csv.isEmpty() ? e.xlsx : e.csv));
    return Success;
}

} // namespace hc::cli
