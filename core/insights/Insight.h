#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hc::insights {

enum class InsightType { Anomaly, Risk, Opportunity, Success };
enum class InsightStatus { New, Seen, Dismissed, Actioned };

struct Recommendation {
    QString category; // product, marketing, content, experiment
    QString text;
};

// One ranked finding: what changed, by how much, how sure we are and what to do. Every number in
// the title and explanation comes from the statistic in method / p / q, and the evidence holds
// the series, groups or drivers behind it:
//   {"kind": "series", "labels": [...], "values": [...], "expected": [...], "lower": [...],
//    "upper": [...], "marked": "YYYY-MM-DD"}
//   {"kind": "groups", "label": "...", "rows": [{"label": "...", "n": N, "rate": X}]}
//   {"kind": "drivers", "property": "...", "total_change": X, "drivers": [{"value": "...",
//    "contribution": X}]}
// plus "related" (other metrics merged into it) where a finding stands for several.
struct Insight {
    QString id; // stable across runs: type, metric, subject and (for anomalies) the day
    InsightType type = InsightType::Anomaly;
    QString title;
    QString explanation;
    QString metric;    // dau, events:<name>, revenue, retention_w1, conversion:<goal>, ...
    QString t;         // the day it is about (YYYY-MM-DD), or the run's last day
    int direction = 0; // +1 up, -1 down
    QString method;
    qint64 n = 0;
    std::optional<double> pValue;
    std::optional<double> qValue; // Benjamini-Hochberg over everything scanned in the run
    bool significant = false;     // q below the false discovery rate; otherwise "worth watching"
    double impact = 0;            // users (or events, for event volume) the finding moves
    double score = 0;             // impact x confidence x recency, the ranking key
    QJsonObject evidence;
    std::vector<Recommendation> recommendations;
    // Which view opens the evidence with the same scope: trend, retention or experiments.
    QString view;
    QJsonObject viewQuery; // what that view needs (event, property, goal...)
};

QString typeName(InsightType type);
QString statusName(InsightStatus status);
std::optional<InsightStatus> statusFromName(const QString& name);

// The cli.md shape of one insight (without status, which lives beside the run).
QJsonObject toJson(const Insight& insight);
Insight insightFromJson(const QJsonObject& object);

} // namespace hc::insights
