#include "core/insights/InsightRanking.h"

#include "core/stats/MultipleTesting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace hc::insights {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::insights::InsightRanking", text); }

void assignQValues(ScanResult& scan, double fdr)
{
    std::vector<double> p;
    for (const Insight& i : scan.findings)
        p.push_back(i.pValue.value_or(1.0));
    p.insert(p.end(), scan.otherPValues.begin(), scan.otherPValues.end());
    const std::vector<double> q = stats::benjaminiHochberg(p);
    for (size_t k = 0; k < scan.findings.size(); ++k) {
        Insight& i = scan.findings[k];
        i.qValue = q[k];
        // A sample-ratio check keeps its own, stricter level (semantics.md: alpha 0.01).
        const bool ownLevel = i.id.startsWith(QLatin1String("risk:srm:")) ? *i.pValue < 0.01 : true;
        i.significant = q[k] < fdr && ownLevel;
    }
}

bool isTrend(const Insight& i) { return i.id.contains(QLatin1String(":trend:")); }

// One insight per day and direction of anomalies, and per direction of trends: the leader (daily
// active users, else the largest) keeps its text and lists the others.
std::vector<Insight> mergeRelated(std::vector<Insight> findings)
{
    std::map<std::pair<QString, int>, std::vector<size_t>> groups;
    std::vector<Insight> out;
    for (size_t k = 0; k < findings.size(); ++k) {
        if (findings[k].type == InsightType::Anomaly)
            groups[{findings[k].t, findings[k].direction}].push_back(k);
        else if (isTrend(findings[k]))
            groups[{QStringLiteral("trend"), findings[k].direction}].push_back(k);
        else
            out.push_back(findings[k]);
    }
    for (auto& [key, members] : groups) {
        const auto leaderIt = std::min_element(members.begin(), members.end(), [&](size_t a, size_t b) {
            const bool aDau = findings[a].metric == QLatin1String("dau"),
                       bDau = findings[b].metric == QLatin1String("dau");
            if (aDau != bDau)
                return aDau;
            return findings[a].impact > findings[b].impact;
        });
        Insight leader = findings[*leaderIt];
        QJsonArray related;
        QStringList names;
        for (size_t k : members) {
            if (k == *leaderIt)
                continue;
            const Insight& m = findings[k];
            related.append(QJsonObject{{QStringLiteral("id"), m.id},
                                       {QStringLiteral("metric"), m.metric},
                                       {QStringLiteral("title"), m.title},
                                       {QStringLiteral("q_value"), m.qValue ? QJsonValue(*m.qValue) : QJsonValue()}});
            names << m.metric.section(u':', 1);
            leader.significant = leader.significant || m.significant;
            leader.qValue = std::min(*leader.qValue, *m.qValue);
        }
        if (!related.isEmpty()) {
            leader.evidence.insert(QStringLiteral("related"), related);
            leader.explanation += u' '
                                  + (isTrend(leader) ? tr("The same holds for: %1.") : tr("On the same day: %1."))
                                        .arg(names.join(QStringLiteral(", ")));
        }
        out.push_back(leader);
    }
    return out;
}

QString qText(double q)
{
    return q < 0.001 ? QStringLiteral("q < 0.001") : QStringLiteral("q = ") + QLocale().toString(q, 'f', 3);
}

} // namespace

std::vector<Insight> rankFindings(ScanResult scan, RankingOptions& options)
{
    options.totalScanned = int(scan.findings.size() + scan.otherPValues.size());
    assignQValues(scan, options.falseDiscoveryRate);
    std::vector<Insight> kept;
    for (Insight& i : scan.findings)
        if (i.pValue && *i.pValue < 0.05)
            kept.push_back(i);
    std::vector<Insight> out = mergeRelated(std::move(kept));
    for (Insight& i : out) {
        const qint64 age = std::max<qint64>(
            0, options.runLastDay - analysis::ReportingCalendar::dayNumber(QDate::fromString(i.t, Qt::ISODate)));
        const double recency = std::pow(0.5, double(age) / options.halfLifeDays);
        i.score = std::log10(1 + i.impact) * (1 - *i.qValue) * recency * (i.significant ? 1.0 : 0.5);
        if (i.significant) {
            i.explanation += u' '
                             + tr("Significant after correcting for the %1 findings scanned in this run (%2).")
                                   .arg(options.totalScanned)
                                   .arg(qText(*i.qValue));
        } else {
            i.title = tr("Worth watching: %1").arg(i.title);
            i.explanation += u' '
                             + tr("Worth watching, not yet significant: once the %1 findings scanned in this run are "
                                  "taken into account, chance could explain it (%2).")
                                   .arg(options.totalScanned)
                                   .arg(qText(*i.qValue));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Insight& a, const Insight& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    return out;
}

} // namespace hc::insights
