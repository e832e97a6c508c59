#include "app/cli/SyncCommand.h"

#include "app/cli/CliExitCode.h"
#include "app/cli/CliSession.h"
#include "app/cli/HashOption.h"
#include "core/sync/SyncEngine.h"
#include "core/util/TimeParsing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>

namespace hc::cli {

int runSyncCommand(const QStringList& args)
{
    CliSession session(
        QStringLiteral("sync"),
        QStringLiteral("--db PATH --source mixpanel --project-id P --region us|eu|in --from DATE --to DATE "
                       "(--username U --password-env VAR | --secret-env VAR | --secret-stdin)"),
        QStringLiteral("Fetch Mixpanel's raw events (and profiles) into the workspace, one day at a time."));
    auto& p = session.parser();
    const auto opt = [&](const char* name, const char* help, const char* value = nullptr) {
        if (value)
            p.addOption({QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)});
        else
            p.addOption({QString::fromLatin1(name), QString::fromLatin1(help)});
    };
    opt("source", "mixpanel, http-jsonl or http-csv.", "SOURCE");
    opt("url", "For http-jsonl and http-csv: the URL, with {from} and {to} where the day goes.", "TEMPLATE");
    opt("header", "For HTTP sources: send the secret in this header (default: Authorization: Bearer).", "NAME");
    opt("project-id", "The Mixpanel project id.", "P");
    opt("region", "us (default), eu or in: where the project's data lives.", "REGION");
    opt("api-base", "Another base URL for the export API (a proxy; tests use a local emulator).", "URL");
    opt("from", "First day, YYYY-MM-DD.", "DATE");
    opt("to", "Last day, YYYY-MM-DD (inclusive).", "DATE");
    opt("username", "Service account username.", "U");
    opt("password-env", "Environment variable holding the service account secret.", "VAR");
    opt("secret-env", "Environment variable holding a legacy project API secret.", "VAR");
    opt("secret-stdin", "Read the secret from the first line of standard input.");
    opt("profiles", "Also fetch user profiles (engage).");
    addHashOption(p);
    opt("max-requests-per-hour", "Pacing (default 60, Mixpanel's limit).", "N");
    opt("max-requests-per-second", "Pacing (default 3).", "N");
    opt("retry-base-ms", "First retry delay in milliseconds, doubled per attempt (default 2000).", "MS");
    opt("max-backoff-ms", "Longest wait between attempts, Retry-After included (default 300000).", "MS");
    opt("timezone-mode", "utc (default) or project-local (projects created before 2023).", "MODE");
    opt("project-timezone", "The project's IANA time zone, for --timezone-mode project-local.", "ZONE");
    opt("detect-timezone-mode", "Only look at a few events of --to and say which time-zone mode the project uses.");
    if (!session.parse(args))
        return session.exitCode();

    sync::SyncConfig c;
    c.workspacePath = session.dbPath();
    const QString sourceName = p.value(QStringLiteral("source"));
    if (sourceName == QLatin1String("http-jsonl") || sourceName == QLatin1String("http-csv")) {
        c.source = sourceName == QLatin1String("http-csv") ? sync::SyncConfig::Source::HttpCsv
                                                           : sync::SyncConfig::Source::HttpJsonLines;
        c.urlTemplate = p.value(QStringLiteral("url"));
        c.headerName = p.value(QStringLiteral("header"));
        const QUrl url(c.urlTemplate);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || !c.urlTemplate.contains(QLatin1String("{from}")))
            return session.usageError(QStringLiteral("--url takes an http(s) URL with {from} (and {to}) in it"));
    } else if (sourceName != QLatin1String("mixpanel")) {
        return session.usageError(QStringLiteral("--source takes mixpanel, http-jsonl or http-csv"));
    }
    const bool mixpanel = c.source == sync::SyncConfig::Source::Mixpanel;
    c.projectId = p.value(QStringLiteral("project-id"));
    if (mixpanel && c.projectId.isEmpty())
        return session.usageError(QStringLiteral("--project-id is required"));
    c.region = p.isSet(QStringLiteral("region")) ? p.value(QStringLiteral("region")) : QStringLiteral("us");
    if (c.region != QLatin1String("us") && c.region != QLatin1String("eu") && c.region != QLatin1String("in"))
        return session.usageError(QStringLiteral("--region takes us, eu or in"));
    c.apiBase = p.value(QStringLiteral("api-base"));
    const auto from = time::parseCliDate(p.value(QStringLiteral("from")));
    const auto to = time::parseCliDate(p.value(QStringLiteral("to")));
    if (!from || !to)
        return session.usageError(QStringLiteral("--from and --to take dates as YYYY-MM-DD"));
    if (*to < *from)
        return session.usageError(QStringLiteral("--to is before --from"));
    c.from = *from;
    c.to = *to;
    c.profiles = p.isSet(QStringLiteral("profiles"));

    // Secrets only from the environment or stdin, never from arguments (cli.md).
    const int secretSources = int(p.isSet(QStringLiteral("password-env"))) + int(p.isSet(QStringLiteral("secret-env")))
                              + int(p.isSet(QStringLiteral("secret-stdin")));
    if (secretSources > 1 || (mixpanel && secretSources != 1))
        return session.usageError(QStringLiteral("give exactly one of --password-env VAR (with --username), "
                                                 "--secret-env VAR or --secret-stdin"));
    if (p.isSet(QStringLiteral("password-env"))) {
        c.username = p.value(QStringLiteral("username"));
        if (c.username.isEmpty())
            return session.usageError(QStringLiteral("--password-env goes with --username"));
        c.secret = qEnvironmentVariable(p.value(QStringLiteral("password-env")).toLocal8Bit().constData());
    } else if (p.isSet(QStringLiteral("secret-env"))) {
        c.secret = qEnvironmentVariable(p.value(QStringLiteral("secret-env")).toLocal8Bit().constData());
        c.username = p.value(QStringLiteral("username"));
        if (mixpanel && c.username.isEmpty())
            session.warn(QStringLiteral("project API secrets are deprecated by Mixpanel (retired in March 2027); "
                                        "use a service account with --username and --password-env"));
    } else if (p.isSet(QStringLiteral("secret-stdin"))) {
        std::string line;
        std::getline(std::cin, line);
        c.secret = QString::fromStdString(line).trimmed();
        c.username = p.value(QStringLiteral("username"));
    }
    if (secretSources == 1 && c.secret.isEmpty())
        return session.usageError(QStringLiteral("the secret is empty: set the environment variable (or stdin) first"));

    qint64 perHour = c.maxRequestsPerHour, perSecond = c.maxRequestsPerSecond, retryBase = c.backoffBaseMs,
           maxBackoff = c.maxBackoffMs;
    if (!session.integerOption(QStringLiteral("max-requests-per-hour"), 1, 1000000, perHour)
        || !session.integerOption(QStringLiteral("max-requests-per-second"), 1, 10000, perSecond)
        || !session.integerOption(QStringLiteral("retry-base-ms"), 1, 600000, retryBase)
        || !session.integerOption(QStringLiteral("max-backoff-ms"), 1, 3600000, maxBackoff))
        return session.exitCode();
    c.maxRequestsPerHour = int(perHour);
    c.maxRequestsPerSecond = int(perSecond);
    c.backoffBaseMs = retryBase;
    c.maxBackoffMs = maxBackoff;
    const QString mode = p.value(QStringLiteral("timezone-mode"));
    if (mode == QLatin1String("project-local")) {
        const QByteArray zone = p.value(QStringLiteral("project-timezone")).toUtf8();
        if (!QTimeZone::isTimeZoneIdAvailable(zone))
            return session.usageError(QStringLiteral("--timezone-mode project-local needs --project-timezone ZONE "
                                                     "(an IANA name such as America/Los_Angeles)"));
        c.projectLocalTime = true;
        c.projectZone = QTimeZone(zone);
    } else if (!mode.isEmpty() && mode != QLatin1String("utc")) {
        return session.usageError(QStringLiteral("--timezone-mode takes utc or project-local"));
    }

    if (p.isSet(QStringLiteral("detect-timezone-mode"))) {
        if (!mixpanel)
            return session.usageError(QStringLiteral("--detect-timezone-mode is for --source mixpanel"));
        const auto probe = sync::SyncEngine::probeTimezone(c, c.to);
        if (!probe.ok())
            return session.fail(probe.error());
        const auto& r = probe.value();
        const QString offset = QStringLiteral("%1%2:%3")
                                   .arg(r.offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                   .arg(std::abs(r.offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                                   .arg(std::abs(r.offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
        if (session.json()) {
            session.printJson(QJsonObject{
                {QStringLiteral("mode"), r.projectLocal ? QStringLiteral("project-local") : QStringLiteral("utc")},
                {QStringLiteral("offset_minutes"), r.offsetMinutes},
                {QStringLiteral("events_seen"), r.eventsSeen}});
        } else if (r.projectLocal) {
            session.out() << "The project exports its own clock, UTC" << offset << " when these events happened: sync "
                          << "with --timezone-mode project-local --project-timezone ZONE (the project's zone).\n";
        } else {
            session.out() << "The project exports UTC times (" << r.eventsSeen
                          << " events looked at): sync with the default --timezone-mode utc.\n";
        }
        return Success;
    }

    if (int code = 0; !applyHashOption(session, code))
        return code;
    CliSession::installInterruptHandler();
    sync::SyncEngine engine(c, [&](const QString& message) { session.warn(message); });
    TaskContext context([&](qint64 done, qint64 total) { session.progress(QStringLiteral("sync days"), done, total); },
                        [] { return CliSession::interrupted(); });
    const auto result = engine.run(context);
    const sync::SyncSummary& s = engine.summary();
    if (session.json()) {
        session.printJson(QJsonObject{{QStringLiteral("days_ok"), s.daysOk},
                                      {QStringLiteral("days_failed"), s.daysFailed},
                                      {QStringLiteral("inserted"), s.inserted},
                                      {QStringLiteral("duplicates"), s.duplicates},
                                      {QStringLiteral("quarantined"), s.quarantined},
                                      {QStringLiteral("profiles"), s.profiles},
                                      {QStringLiteral("bytes"), s.bytes},
                                      {QStringLiteral("seconds"), s.seconds},
                                      {QStringLiteral("failed_days"), QJsonArray::fromStringList(s.failedDays)}});
    } else {
        const QLocale l;
        session.out() << "Synced " << s.daysOk << " days: " << l.toString(s.inserted) << " new events, "
                      << l.toString(s.duplicates) << " already stored, " << l.toString(s.quarantined)
                      << " quarantined, " << l.toString(s.profiles) << " profiles, "
                      << l.toString(double(s.bytes) / 1048576.0, 'f', 1) << " MiB in " << l.toString(s.seconds, 'f', 1)
                      << " s.\n";
        for (const QString& f : s.failedDays)
            session.out() << "Failed: " << f << '\n';
        session.out().flush();
    }
    if (!result.ok())
        return session.fail(result.error());
    if (s.daysFailed > 0)
        return session.fail(makeError(
            Error::Code::Network,
            QStringLiteral("%1 days failed (listed above); run the same sync again to retry them").arg(s.daysFailed)));
    return Success;
}

} // namespace hc::cli
