#include "app/cli/CohortCommands.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/cohort/CohortMembership.h"
#include "core/analysis/query/FunnelOptions.h"
#include "core/analysis/query/RetentionOptions.h"
#include "core/store/CohortStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace hc::cli {

namespace {

// The cohort's members in the workspace's events (--tz applies to the rule's days).
Result<QStringList> membersOf(AnalysisInputs& in, const analysis::CohortDefinition& cohort)
{
    TaskContext context;
    const auto members = analysis::cohortMembers(*in.data, *in.calendar, cohort, context);
    if (!members.ok())
        return members.error();
    return analysis::cohortMemberIds(*in.data, members.value());
}

// Words as a POSIX shell splits them: whitespace outside quotes separates, '…' and "…" group.
QStringList shellWords(const QString& text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

// --from-funnel 'FUNNEL-OPTIONS' and --from-retention 'RETENTION-OPTIONS': that command's own
// options in one argument, checked by its parser; its range serves when the command gives none.
template<typename Options>
bool parseEmbeddedOptions(CliSession& session, const QString& option, const QString& text,
                          analysis::CohortDefinition& cohort, analysis::QueryOptions& into, int& exitCode)
{
    CliSession embedded(option.section(u'-', 1), QString(), QString());
    AnalysisInputs::addRangeOptions(embedded.parser());
    embedded.addOptions(Options::specs());
    QStringList args = shellWords(text);
    args << QStringLiteral("--db") << session.dbPath();
    if (!embedded.parse(args)) {
        exitCode = session.usageError(QStringLiteral("--%1: %2").arg(option, embedded.parser().errorText()));
        return false;
    }
    into = embedded.options(Options::specs());
    if (const auto parsed = Options::parse(into); !parsed.ok()) {
        exitCode = session.usageError(QStringLiteral("--%1: %2").arg(option, parsed.error().message));
        return false;
    }
    if (cohort.from.isEmpty())
        cohort.from = embedded.parser().value(QStringLiteral("from"));
    if (cohort.to.isEmpty())
        cohort.to = embedded.parser().value(QStringLiteral("to"));
    return true;
}

int runCreate(const QStringList& args)
{
    CliSession session(QStringLiteral("cohort create"),
                       QStringLiteral("--db PATH --name N (--did E [--min-count K] | --from-funnel 'OPTIONS' --step N "
                                      "[--dropped] | --from-retention 'OPTIONS' --cohort-start START --period K) "
                                      "--from DATE --to DATE"),
                       QStringLiteral("Keep a cohort in the workspace by its rule; an existing one is replaced."));
    auto& p = session.parser();
    AnalysisInputs::addRangeOptions(p);
    p.addOptions({{QStringLiteral("name"), QStringLiteral("The cohort's name."), QStringLiteral("N")},
                  {QStringLiteral("did"), QStringLiteral("Users who did event E."), QStringLiteral("E")},
                  {QStringLiteral("min-count"), QStringLiteral("At least K times (default 1)."), QStringLiteral("K")},
                  {QStringLiteral("did-where"), QStringLiteral("Count only E events where COND holds (repeatable)."),
                   QStringLiteral("COND")},
                  {QStringLiteral("where"), QStringLiteral("Count only events where COND holds (repeatable)."),
                   QStringLiteral("COND")},
                  {QStringLiteral("from-funnel"),
                   QStringLiteral("Users of this funnel (the funnel command's options)."), QStringLiteral("OPTIONS")},
                  {QStringLiteral("step"), QStringLiteral("Who reached step N of the funnel."), QStringLiteral("N")},
                  {QStringLiteral("dropped"), QStringLiteral("Who reached the step before N and dropped off there.")},
                  {QStringLiteral("from-retention"),
                   QStringLiteral("Users of one cell of this retention table (the retention command's options)."),
                   QStringLiteral("OPTIONS")},
                  {QStringLiteral("cohort-start"), QStringLiteral("The cell's row: its cohort's \"start\"."),
                   QStringLiteral("START")},
                  {QStringLiteral("period"), QStringLiteral("The cell's column, 0 for the whole cohort."),
                   QStringLiteral("K")}});
    if (!session.parse(args))
        return session.exitCode();
    analysis::CohortDefinition cohort;
    cohort.name = p.value(QStringLiteral("name")).trimmed();
    cohort.from = p.value(QStringLiteral("from"));
    cohort.to = p.value(QStringLiteral("to"));
    if (cohort.name.isEmpty())
        return session.usageError(QStringLiteral("--name N is required"));
    const bool did = p.isSet(QStringLiteral("did")), funnel = p.isSet(QStringLiteral("from-funnel"));
    const bool retention = p.isSet(QStringLiteral("from-retention"));
    if (int(did) + int(funnel) + int(retention) != 1)
        return session.usageError(
            QStringLiteral("give exactly one of --did E, --from-funnel 'OPTIONS' and --from-retention 'OPTIONS'"));
    int code = 0;
    if (did) {
        qint64 minCount = 1;
        if (!session.integerOption(QStringLiteral("min-count"), 1, 1000000, minCount))
            return session.exitCode();
        cohort.kind = analysis::CohortDefinition::Kind::DidEvent;
        cohort.event = p.value(QStringLiteral("did"));
        cohort.minCount = int(minCount);
        cohort.didWhere = p.values(QStringLiteral("did-where"));
        cohort.where = p.values(QStringLiteral("where"));
    } else if (retention) {
        qint64 period = 0;
        if (!p.isSet(QStringLiteral("cohort-start")) || !p.isSet(QStringLiteral("period")))
            return session.usageError(QStringLiteral("--from-retention needs --cohort-start START and --period K"));
        if (!session.integerOption(QStringLiteral("period"), 0, 999, period))
            return session.exitCode();
        cohort.kind = analysis::CohortDefinition::Kind::RetentionCell;
        cohort.cohortStart = p.value(QStringLiteral("cohort-start"));
        cohort.period = int(period);
        if (!parseEmbeddedOptions<analysis::RetentionOptions>(session, QStringLiteral("from-retention"),
                                                              p.value(QStringLiteral("from-retention")), cohort,
                                                              cohort.retention, code))
            return code;
    } else {
        qint64 step = 0;
        if (!p.isSet(QStringLiteral("step")))
            return session.usageError(QStringLiteral("--from-funnel needs --step N"));
        if (!session.integerOption(QStringLiteral("step"), 1, analysis::FunnelQuery::kMaxSteps, step))
            return session.exitCode();
        cohort.kind = analysis::CohortDefinition::Kind::FunnelStep;
        cohort.step = int(step);
        cohort.dropped = p.isSet(QStringLiteral("dropped"));
        if (!parseEmbeddedOptions<analysis::FunnelOptions>(session, QStringLiteral("from-funnel"),
                                                           p.value(QStringLiteral("from-funnel")), cohort,
                                                           cohort.funnel, code))
            return code;
    }
    if (cohort.from.isEmpty() || cohort.to.isEmpty())
        return session.usageError(QStringLiteral("--from and --to are required"));
    AnalysisInputs in;
    if (!in.prepare(session, code, false))
        return code;
    if (did)
        in.warnIfUnknown(session, analysis::QueryOptions::eventSpec(cohort.event));
    const auto members = membersOf(in, cohort); // checks the rule before it is kept
    if (!members.ok())
        return session.failOrUsage(members.error());
    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return session.fail(ws.error());
    if (auto saved = store::CohortStore(*ws.value()).save(cohort); !saved.ok())
        return session.fail(saved.error());
    if (session.json()) {
        session.printJson(QJsonObject{{QStringLiteral("name"), cohort.name},
                                      {QStringLiteral("users"), members.value().size()},
                                      {QStringLiteral("definition"), cohort.toJson()}});
        return Success;
    }
    session.out() << "Cohort “" << cohort.name << "”: " << QLocale().toString(members.value().size()) << " users ("
                  << cohort.summary() << ").\n";
    session.out().flush();
    return Success;
}

// list, users and delete: they name a cohort (or not) and read the workspace.
int runOther(const QString& verb, const QStringList& args)
{
    const bool named = verb != QLatin1String("list");
    CliSession session(QStringLiteral("cohort ") + verb,
                       named ? QStringLiteral("--db PATH --name N") : QStringLiteral("--db PATH"),
                       verb == QLatin1String("list") ? QStringLiteral("The workspace's cohorts with their sizes today.")
                       : verb == QLatin1String("users") ? QStringLiteral("The distinct ids of a cohort's users.")
                                                        : QStringLiteral("Delete a cohort."));
    session.parser().addOption({QStringLiteral("name"), QStringLiteral("The cohort's name."), QStringLiteral("N")});
    AnalysisInputs::addRangeOptions(session.parser()); // not used: the cohorts' rules carry their ranges
    if (!session.parse(args))
        return session.exitCode();
    const QString name = session.parser().value(QStringLiteral("name"));
    if (named && name.isEmpty())
        return session.usageError(QStringLiteral("--name N is required"));
    if (verb == QLatin1String("delete")) {
        auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::MustExist);
        if (!ws.ok())
            return session.fail(ws.error());
        if (auto removed = store::CohortStore(*ws.value()).remove(name); !removed.ok())
            return session.failOrUsage(removed.error());
        if (session.json())
            session.printJson(QJsonObject{{QStringLiteral("deleted"), name}});
        else
            session.out() << "Deleted cohort “" << name << "”.\n";
        session.out().flush();
        return Success;
    }
    int code = 0;
    AnalysisInputs in;
    if (!in.prepare(session, code, false))
        return code;
    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return session.fail(ws.error());
    const auto cohorts = store::CohortStore(*ws.value()).cohorts();
    if (!cohorts.ok())
        return session.fail(cohorts.error());
    QJsonArray listed;
    for (const auto& cohort : cohorts.value()) {
        if (named && cohort.name != name)
            continue;
        const auto members = membersOf(in, cohort);
        if (!members.ok())
            return session.failOrUsage(members.error());
        if (named) {
            if (session.json())
                session.printJson(QJsonObject{{QStringLiteral("users"), QJsonArray::fromStringList(members.value())}});
            else
                session.out() << members.value().join(QLatin1Char('\n')) << (members.value().isEmpty() ? "" : "\n");
            session.out().flush();
            return Success;
        }
        listed.append(QJsonObject{{QStringLiteral("name"), cohort.name},
                                  {QStringLiteral("users"), members.value().size()},
                                  {QStringLiteral("summary"), cohort.summary()},
                                  {QStringLiteral("definition"), cohort.toJson()}});
        if (!session.json())
            session.out() << cohort.name << '\t' << QLocale().toString(members.value().size()) << " users\t"
                          << cohort.summary() << '\n';
    }
    if (named)
        return session.usageError(QStringLiteral("there is no cohort named “%1” in this workspace").arg(name));
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("cohorts"), listed}});
    session.out().flush();
    return Success;
}

} // namespace

int runCohortCommand(const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("create"))
        return runCreate(args.mid(1));
    if (verb == QLatin1String("list") || verb == QLatin1String("users") || verb == QLatin1String("delete"))
        return runOther(verb, args.mid(1));
    QTextStream(stderr) << "hitcraft-cli cohort: give create, list, users or delete (then --help for options)\n";
    return BadInput;
}

} // namespace hc::cli
