// hitcraft-cli: the headless contract of shared/docs/cli.md.
#include "app/cli/BackupCommands.h"
#include "app/cli/CliExitCode.h"
#include "app/cli/CohortCommands.h"
#include "app/cli/DemoCommand.h"
#include "app/cli/ExperimentCommands.h"
#include "app/cli/ExplorationCommands.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/ForgetCommand.h"
#include "app/cli/FunnelCommand.h"
#include "app/cli/FunnelCorrelateCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/InfoCommand.h"
#include "app/cli/InsightCommands.h"
#include "app/cli/KpisCommand.h"
#include "app/cli/PredictionCommands.h"
#include "app/cli/RetentionCommand.h"
#include "app/cli/StatisticsCommands.h"
#include "app/cli/SyncCommand.h"
#include "app/cli/TrendCommand.h"
#ifdef HC_WITH_REPORTS
#include "app/report/ReportCommand.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

void printUsage(QTextStream& s)
{
    s << "Usage: hitcraft-cli COMMAND --db PATH [options]\n\n"
         "Commands:\n"
         "  demo     create a demo workspace with realistic product events\n"
         "  import   import a Mixpanel JSON-lines export or a CSV file (plain or .gz)\n"
         "  sync     fetch raw events (and profiles) from Mixpanel's export API\n"
         "  info     summarise a workspace\n"
         "  forget   remove one user's events, profile and quarantined lines (right to erasure)\n"
         "  backup   copy the workspace to a file (a consistent snapshot, also while it is open)\n"
         "  restore  replace the workspace's contents with a backup\n"
         "  kpis     headline measures with the change against the previous range\n"
         "  dau      daily, weekly and monthly active users per day\n"
         "  lifecycle  new, returning, resurrecting and dormant users per period\n"
         "  trend    a measure per hour, day, week or month, optionally broken down\n"
         "  funnel   conversion through ordered, strict or unordered steps\n"
         "  retention  cohorts by a start event and who comes back\n"
         "  sessions session count, length distribution, events per session, bounce rate\n"
         "  segment  a measure broken down by one or two properties\n"
         "  paths    the most frequent event sequences after or before an event\n"
         "  anomalies  unusual points of a series against a robust seasonal baseline\n"
         "  trend-test  whether a series rises or falls, and where its level shifted\n"
         "  forecast the next periods of a series with intervals and a backtest\n"
         "  correlate  how the daily counts of events move together, with lags\n"
         "  funnel-correlate  which events and property values go with converting\n"
         "  experiment  variants of a property compared on a goal (z-test, Bayesian, SRM)\n"
         "  attribution  a goal's credit across the values of a touchpoint property\n"
         "  predict  churn, conversion or value models with held-out AUC or RMSE and per-user scores\n"
         "  cluster  personas: users grouped by behaviour (k-means++, k by silhouette)\n"
         "  insights  ranked findings of a period, explained, stored as a run\n"
         "  why      a metric's change between two periods, by the property values behind it\n"
         "  cohort   create, list, show the users of or delete cohorts (use them as --where cohort=NAME)\n"
         "  export   any analysis command's table written as CSV or XLSX instead of JSON\n"
         "  report   a paginated PDF report (daily, weekly, monthly) with its tables as CSV or XLSX\n\n"
         "Common options: --json (one JSON document on stdout), --tz ZONE, --week-start DAY, --help.\n"
         "Exit codes: 0 success, 1 runtime failure, 2 bad usage or input, 3 cancelled.\n";
    s.flush();
}

} // namespace

int main(int argc, char** argv)
{
    // Reports paint (fonts, charts) and need a GUI application, headless on the offscreen platform.
    const bool paints = argc > 1 && qstrcmp(argv[1], "report") == 0;
#ifdef HC_WITH_REPORTS
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        paints ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
#else
    Q_UNUSED(paints);
    auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("hitcraft"));
    QCoreApplication::setOrganizationName(QStringLiteral("HitCraft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HC_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        err << "hitcraft-cli: name a command (see above)\n";
        return hc::cli::BadInput;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage(out);
        return hc::cli::Success;
    }
    if (command == QLatin1String("--version")) {
        out << "hitcraft-cli " << HC_VERSION << " (Qt " << qVersion() << ")\n";
        return hc::cli::Success;
    }
    const std::map<QString, std::function<int(const QStringList&)>> commands = {
        {QStringLiteral("demo"), hc::cli::runDemoCommand},
        {QStringLiteral("import"), hc::cli::runImportCommand},
        {QStringLiteral("sync"), hc::cli::runSyncCommand},
        {QStringLiteral("info"), hc::cli::runInfoCommand},
        {QStringLiteral("forget"), hc::cli::runForgetCommand},
        {QStringLiteral("backup"), hc::cli::runBackupCommand},
        {QStringLiteral("restore"), hc::cli::runRestoreCommand},
        {QStringLiteral("kpis"), hc::cli::runKpisCommand},
        {QStringLiteral("dau"), hc::cli::runDauCommand},
        {QStringLiteral("lifecycle"), hc::cli::runLifecycleCommand},
        {QStringLiteral("trend"), hc::cli::runTrendCommand},
        {QStringLiteral("funnel"), hc::cli::runFunnelCommand},
        {QStringLiteral("retention"), hc::cli::runRetentionCommand},
        {QStringLiteral("sessions"), hc::cli::runSessionsCommand},
        {QStringLiteral("segment"), hc::cli::runSegmentCommand},
        {QStringLiteral("paths"), hc::cli::runPathsCommand},
        {QStringLiteral("anomalies"), hc::cli::runAnomaliesCommand},
        {QStringLiteral("trend-test"), hc::cli::runTrendTestCommand},
        {QStringLiteral("forecast"), hc::cli::runForecastCommand},
        {QStringLiteral("correlate"), hc::cli::runCorrelateCommand},
        {QStringLiteral("funnel-correlate"), hc::cli::runFunnelCorrelateCommand},
        {QStringLiteral("experiment"), hc::cli::runExperimentCommand},
        {QStringLiteral("attribution"), hc::cli::runAttributionCommand},
        {QStringLiteral("predict"), hc::cli::runPredictCommand},
        {QStringLiteral("cluster"), hc::cli::runClusterCommand},
        {QStringLiteral("insights"), hc::cli::runInsightsCommand},
        {QStringLiteral("why"), hc::cli::runWhyCommand},
        {QStringLiteral("cohort"), hc::cli::runCohortCommand},
        {QStringLiteral("export"), hc::cli::runExportCommand},
#ifdef HC_WITH_REPORTS
        {QStringLiteral("report"), hc::cli::runReportCommand},
#endif
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        err << "hitcraft-cli: unknown command “" << command << "”; run `hitcraft-cli --help` for the list\n";
        return hc::cli::BadInput;
    }
    return it->second(args);
}
