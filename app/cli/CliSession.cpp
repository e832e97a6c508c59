#include "app/cli/CliSession.h"

#include "app/cli/CliExitCode.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace hc::cli {

namespace {

std::atomic_bool g_interrupted{false};

void onInterrupt(int) { g_interrupted.store(true); }

const QStringList kWeekdays = {QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                               QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                               QStringLiteral("sunday")};

} // namespace

CliSession::CliSession(QString command, QString usage, QString summary)
    : m_command(std::move(command)), m_usage(std::move(usage)), m_out(stdout), m_err(stderr)
{
    m_parser.setApplicationDescription(summary);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption({QStringLiteral("db"), QStringLiteral("The workspace file."), QStringLiteral("PATH")});
    m_parser.addOption({QStringLiteral("json"), QStringLiteral("Print exactly one JSON document on stdout.")});
    m_parser.addOption({QStringLiteral("tz"), QStringLiteral("Reporting time zone (IANA name) for this run."),
                        QStringLiteral("ZONE")});
    m_parser.addOption(
        {QStringLiteral("week-start"), QStringLiteral("First day of a week (default monday)."), QStringLiteral("DAY")});
    m_parser.addOption({QStringLiteral("resolve-identities"),
                        QStringLiteral("Count a device's events as the user it was linked to (simplified ID merge) "
                                       "for this run.")});
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
}

bool CliSession::parse(const QStringList& args)
{
    QStringList full = args;
    full.prepend(QStringLiteral("hitcraft-cli"));
    if (!m_parser.parse(full)) {
        m_exitCode = usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << "Usage: hitcraft-cli " << m_command << ' ' << m_usage << "\n\n"
              << m_parser.applicationDescription() << "\n\n";
        QString help = m_parser.helpText();
        help = help.mid(help.indexOf(QLatin1String("Options:")));
        m_out << help;
        m_out.flush();
        m_exitCode = Success;
        return false;
    }
    if (!m_parser.isSet(QStringLiteral("db")) || dbPath().isEmpty()) {
        m_exitCode = usageError(QStringLiteral("--db PATH is required"));
        return false;
    }
    if (m_parser.isSet(QStringLiteral("tz"))) {
        const QByteArray id = m_parser.value(QStringLiteral("tz")).toUtf8();
        if (!QTimeZone::isTimeZoneIdAvailable(id)) {
            m_exitCode = usageError(QStringLiteral("--tz %1 is not a known IANA time zone (for example Europe/Berlin)")
                                        .arg(QString::fromUtf8(id)));
            return false;
        }
        m_zone = QTimeZone(id);
    }
    if (m_parser.isSet(QStringLiteral("week-start"))
        && !kWeekdays.contains(m_parser.value(QStringLiteral("week-start")).toLower())) {
        m_exitCode = usageError(QStringLiteral("--week-start takes a weekday name such as monday or sunday"));
        return false;
    }
    return true;
}

void CliSession::addOptions(const QList<analysis::OptionSpec>& specs)
{
    for (const analysis::OptionSpec& s : specs) {
        if (s.valueName.isEmpty())
            m_parser.addOption({s.name, s.help});
        else
            m_parser.addOption({s.name, s.help, s.valueName});
    }
}

analysis::QueryOptions CliSession::options(const QList<analysis::OptionSpec>& specs) const
{
    analysis::QueryOptions out;
    for (const analysis::OptionSpec& s : specs) {
        if (!m_parser.isSet(s.name))
            continue;
        if (s.valueName.isEmpty())
            out.setFlag(s.name, true);
        else
            for (const QString& v : m_parser.values(s.name))
                out.add(s.name, v);
    }
    return out;
}

bool CliSession::integerOption(const QString& name, qint64 min, qint64 max, qint64& value)
{
    if (!m_parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = m_parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        m_exitCode = usageError(QStringLiteral("--%1 takes a whole number from %2 to %3").arg(name).arg(min).arg(max));
        return false;
    }
    value = v;
    return true;
}

int CliSession::usageError(const QString& message)
{
    m_err << "hitcraft-cli " << m_command << ": " << message << " (run `hitcraft-cli " << m_command
          << " --help` for the options)\n";
    m_err.flush();
    return BadInput;
}

int CliSession::fail(const Error& e)
{
    m_err << "hitcraft-cli " << m_command << ": " << e.message << '\n';
    m_err.flush();
    return exitCodeFor(e);
}

int CliSession::failOrUsage(const Error& e) { return e.code == Error::Code::Invalid ? usageError(e.message) : fail(e); }

void CliSession::warn(const QString& message)
{
    m_err << "warning: " << message << '\n';
    m_err.flush();
}

void CliSession::progress(const QString& label, qint64 done, qint64 total)
{
    if (m_progressClock.isValid() && m_progressClock.elapsed() < 1000 && done != total)
        return;
    m_progressClock.start();
    const int percent = total > 0 ? int(100 * done / total) : 100;
    m_err << label << ": " << percent << "%\n";
    m_err.flush();
}

void CliSession::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

int CliSession::weekStartOverride() const
{
    if (!m_parser.isSet(QStringLiteral("week-start")))
        return 0;
    return int(kWeekdays.indexOf(m_parser.value(QStringLiteral("week-start")).toLower())) + 1;
}

bool CliSession::interrupted() { return g_interrupted.load(); }

void CliSession::installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

} // namespace hc::cli
