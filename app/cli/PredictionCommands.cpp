#include "app/cli/PredictionCommands.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/predict/UserClustering.h"
#include "core/predict/UserPrediction.h"
#include "core/util/TimeParsing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace hc::cli {

namespace {

// --as-of DATE: features as of the end of that day; default the end of the latest event's day.
bool asOfOption(CliSession& session, const AnalysisInputs& in, qint64& asOfMs, int& code)
{
    const QString text = session.parser().value(QStringLiteral("as-of"));
    if (text.isEmpty()) {
        asOfMs = in.calendar->dayStartMs(in.calendar->localDay(in.data->lastTimeMs()) + 1);
        return true;
    }
    const auto date = time::parseCliDate(text);
    if (!date) {
        code = session.usageError(QStringLiteral("--as-of takes YYYY-MM-DD, got “%1”").arg(text));
        return false;
    }
    asOfMs = in.calendar->dayStartMs(analysis::ReportingCalendar::dayNumber(*date) + 1);
    return true;
}

QJsonArray calibrationJson(const std::vector<predict::CalibrationBin>& bins)
{
    QJsonArray out;
    for (const auto& b : bins)
        out.append(QJsonObject{{QStringLiteral("predicted"), b.predicted},
                               {QStringLiteral("observed"), b.observed},
                               {QStringLiteral("n"), b.n}});
    return out;
}

} // namespace

int runPredictCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("predict"),
                       QStringLiteral("churn|conversion|value --db PATH [--as-of DATE] [--horizon 14d] [--goal E] "
                                      "[--limit N]"),
                       QStringLiteral("Who will churn, convert or spend next: a model trained on an earlier cut-off, "
                                      "tested on held-out users, scoring every user as of a date."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.parser().addPositionalArgument(QStringLiteral("target"), QStringLiteral("churn, conversion or value"));
    session.parser().addOption({QStringLiteral("as-of"),
                                QStringLiteral("Features as of the end of this day (default: the latest)."),
                                QStringLiteral("DATE")});
    session.parser().addOption({QStringLiteral("horizon"),
                                QStringLiteral("How far ahead the outcome looks (default 14d)."), QStringLiteral("D")});
    session.parser().addOption(
        {QStringLiteral("goal"), QStringLiteral("conversion's goal event."), QStringLiteral("E")});
    session.parser().addOption(
        {QStringLiteral("limit"), QStringLiteral("Users listed (default 20)."), QStringLiteral("N")});
    session.parser().addOption(
        {QStringLiteral("seed"), QStringLiteral("Seed of the held-out split (default 1)."), QStringLiteral("S")});
    if (!session.parse(args))
        return session.exitCode();
    const QStringList positional = session.parser().positionalArguments();
    predict::PredictionQuery q;
    const QString target = positional.value(0);
    if (target == QLatin1String("churn"))
        q.target = predict::PredictionTarget::Churn;
    else if (target == QLatin1String("conversion"))
        q.target = predict::PredictionTarget::Conversion;
    else if (target == QLatin1String("value"))
        q.target = predict::PredictionTarget::Value;
    else
        return session.usageError(QStringLiteral("predict takes churn, conversion or value"));
    if (q.target == predict::PredictionTarget::Conversion && !session.parser().isSet(QStringLiteral("goal")))
        return session.usageError(QStringLiteral("predict conversion needs --goal E"));
    q.goal = session.parser().value(QStringLiteral("goal"));
    if (session.parser().isSet(QStringLiteral("horizon"))) {
        const auto h = time::parseDurationMs(session.parser().value(QStringLiteral("horizon")));
        if (!h || *h < 3600000)
            return session.usageError(QStringLiteral("--horizon takes a duration of an hour or more, such as 14d"));
        q.horizonMs = *h;
    }
    qint64 limit = 20, seed = 1;
    if ((session.parser().isSet(QStringLiteral("limit"))
         && !session.integerOption(QStringLiteral("limit"), 0, 1000000, limit))
        || (session.parser().isSet(QStringLiteral("seed"))
            && !session.integerOption(QStringLiteral("seed"), 0, (qint64(1) << 62), seed)))
        return session.exitCode();
    q.limit = int(limit);
    q.seed = quint64(seed);
    int code = 0;
    AnalysisInputs in;
    if (!in.prepare(session, code, false) || !asOfOption(session, in, q.asOfMs, code))
        return code;
    const auto result = predict::predictUsers(*in.data, q);
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    if (session.json()) {
        QJsonArray features, users;
        for (const auto& f : r.topFeatures)
            features.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("weight"), f.weight}});
        for (const auto& u : r.users)
            users.append(QJsonObject{{QStringLiteral("user"), u.user},
                                     {QStringLiteral("score"), u.score},
                                     {QStringLiteral("drivers"), QJsonArray::fromStringList(u.drivers)}});
        QJsonObject o{{QStringLiteral("method"), r.method},      {QStringLiteral("n"), r.nTrain + r.nTest},
                      {QStringLiteral("n_train"), r.nTrain},     {QStringLiteral("n_test"), r.nTest},
                      {QStringLiteral("base_rate"), r.baseRate}, {QStringLiteral("top_features"), features},
                      {QStringLiteral("users"), users}};
        if (r.auc) {
            o.insert(QStringLiteral("auc"), *r.auc);
            o.insert(QStringLiteral("calibration"), calibrationJson(r.calibration));
        }
        if (r.rmse)
            o.insert(QStringLiteral("rmse"), *r.rmse);
        session.printJson(o);
        return Success;
    }
    const QLocale l;
    session.out() << target << " (" << r.method << "), trained on " << l.toString(r.nTrain) << " users, tested on "
                  << l.toString(r.nTest) << ": "
                  << (r.auc ? QStringLiteral("AUC %1").arg(l.toString(*r.auc, 'f', 3))
                            : QStringLiteral("RMSE %1").arg(l.toString(*r.rmse, 'f', 2)))
                  << '\n';
    for (const auto& f : r.topFeatures)
        session.out() << "  " << f.name.leftJustified(28) << l.toString(f.weight, 'f', 3).rightJustified(9) << '\n';
    for (const auto& u : r.users)
        session.out() << "  " << u.user.leftJustified(24) << l.toString(u.score, 'f', 3).rightJustified(9) << "  "
                      << u.drivers.join(QStringLiteral("; ")) << '\n';
    session.out().flush();
    return Success;
}

int runClusterCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("cluster"),
                       QStringLiteral("--db PATH [--k K | --k-range 2..8] [--seed S] [--as-of DATE]"),
                       QStringLiteral("Personas: users grouped by their behaviour (k-means++ on standardised features, "
                                      "k chosen by silhouette)."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.parser().addOption(
        {QStringLiteral("k"), QStringLiteral("A fixed number of clusters."), QStringLiteral("K")});
    session.parser().addOption({QStringLiteral("k-range"), QStringLiteral("The range k is chosen from (default 2..8)."),
                                QStringLiteral("A..B")});
    session.parser().addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S")});
    session.parser().addOption(
        {QStringLiteral("as-of"), QStringLiteral("Features as of the end of this day."), QStringLiteral("DATE")});
    if (!session.parse(args))
        return session.exitCode();
    predict::ClusterQuery q;
    qint64 k = 0, seed = 1;
    if (session.parser().isSet(QStringLiteral("k"))) {
        if (!session.integerOption(QStringLiteral("k"), 2, 50, k))
            return session.exitCode();
        q.k = int(k);
    }
    if (session.parser().isSet(QStringLiteral("k-range"))) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d+)\\.\\.(\\d+)$"))
                           .match(session.parser().value(QStringLiteral("k-range")));
        if (!m.hasMatch())
            return session.usageError(QStringLiteral("--k-range takes A..B, such as 2..8"));
        q.kMin = m.captured(1).toInt();
        q.kMax = m.captured(2).toInt();
    }
    if (session.parser().isSet(QStringLiteral("seed"))
        && !session.integerOption(QStringLiteral("seed"), 0, (qint64(1) << 62), seed))
        return session.exitCode();
    q.seed = quint64(seed);
    int code = 0;
    AnalysisInputs in;
    qint64 asOf = 0;
    if (!in.prepare(session, code, false) || !asOfOption(session, in, asOf, code))
        return code;
    const auto table = predict::buildUserFeatures(*in.data, predict::featureSchema(*in.data), asOf);
    if (!table.ok())
        return session.fail(table.error());
    const auto result = predict::clusterUsers(table.value(), q);
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    if (session.json()) {
        QJsonArray clusters, byK;
        for (const auto& c : r.clusters) {
            QJsonObject centroid;
            for (const auto& [name, value] : c.centroid)
                centroid.insert(name, value);
            clusters.append(QJsonObject{{QStringLiteral("name"), c.name},
                                        {QStringLiteral("size"), c.size},
                                        {QStringLiteral("centroid"), centroid},
                                        {QStringLiteral("distinctive"), QJsonArray::fromStringList(c.distinctive)}});
        }
        for (const auto& [kk, s] : r.silhouetteByK)
            byK.append(QJsonObject{{QStringLiteral("k"), kk}, {QStringLiteral("silhouette"), s}});
        session.printJson(QJsonObject{{QStringLiteral("method"), r.method},
                                      {QStringLiteral("n"), r.n},
                                      {QStringLiteral("k"), r.k},
                                      {QStringLiteral("silhouette"), r.silhouette},
                                      {QStringLiteral("silhouette_by_k"), byK},
                                      {QStringLiteral("clusters"), clusters}});
        return Success;
    }
    const QLocale l;
    session.out() << r.k << " personas among " << l.toString(r.n) << " users (silhouette "
                  << l.toString(r.silhouette, 'f', 2) << ")\n";
    for (const auto& c : r.clusters)
        session.out() << "  " << l.toString(c.size).rightJustified(9) << "  " << c.name << "  ("
                      << c.distinctive.join(QStringLiteral(", ")) << ")\n";
    session.out().flush();
    return Success;
}

} // namespace hc::cli
