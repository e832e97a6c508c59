#pragma once

#include "core/analysis/query/QueryOptions.h"
#include "core/util/Result.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QTimeZone>

#include <optional>

namespace hc::cli {

// What every command shares: option parsing with the common options of cli.md (--db, --json,
// --tz, --week-start, --help), output to stdout (text or exactly one JSON document), one-line
// errors on stderr, and the SIGINT flag that turns into exit code 3.
class CliSession {
public:
    CliSession(QString command, QString usage, QString summary);

    QCommandLineParser& parser() { return m_parser; }
    // Parses args (without the program and command names); on false the caller returns exitCode().
    bool parse(const QStringList& args);
    int exitCode() const { return m_exitCode; }

    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString dbPath() const { return m_parser.value(QStringLiteral("db")); }
    // The reporting zone after --tz, or nullopt to use the workspace's.
    std::optional<QTimeZone> timeZoneOverride() const { return m_zone; }
    // 1 (Monday) … 7 (Sunday) after --week-start, or 0 to use the workspace's.
    int weekStartOverride() const;

    // Declares an analysis's options (their names and help live in core).
    void addOptions(const QList<analysis::OptionSpec>& specs);
    // The values given for those options, for the analysis's parser.
    analysis::QueryOptions options(const QList<analysis::OptionSpec>& specs) const;

    // An integer option within [min, max]; prints a usage error and returns false otherwise.
    bool integerOption(const QString& name, qint64 min, qint64 max, qint64& value);

    // Prints a usage error and returns exit code 2.
    int usageError(const QString& message);
    // Prints e on stderr and returns its exit code.
    int fail(const Error& e);
    // An analysis's Invalid error is the caller's input (exit 2, with the usage hint); the rest fail().
    int failOrUsage(const Error& e);
    void warn(const QString& message);
    // "label: done of total" on stderr, at most once a second and once at the end.
    void progress(const QString& label, qint64 done, qint64 total);
    void printJson(const QJsonObject& object);
    QTextStream& out() { return m_out; }

    static bool interrupted();
    static void installInterruptHandler();

private:
    QString m_command;
    QString m_usage;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = 0;
    std::optional<QTimeZone> m_zone;
    QElapsedTimer m_progressClock;
};

} // namespace hc::cli
