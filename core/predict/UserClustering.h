#pragma once

#include "core/predict/UserFeatures.h"

#include <optional>
#include <vector>

namespace hc::predict {

struct ClusterQuery {
    std::optional<int> k; // fixed; else chosen by silhouette in [kMin, kMax]
    int kMin = 2;
    int kMax = 8;
    quint64 seed = 1;
    int silhouetteSample = 3000; // silhouettes of more users are estimated on a seeded sample
};

struct UserCluster {
    QString name; // from its most distinctive features, e.g. "high events_30d, low recency_days"
    int size = 0;
    std::vector<std::pair<QString, double>> centroid; // feature means, in the features' own units
    QStringList distinctive;                          // features furthest from the average, in sd
};

struct ClusterResult {
    QString method = QStringLiteral("kmeans++");
    int n = 0;
    int k = 0;
    double silhouette = 0;
    std::vector<std::pair<int, double>> silhouetteByK;
    std::vector<UserCluster> clusters; // largest first
};

// k-means with k-means++ seeding on standardised features (Lloyd's iterations until fewer than 1
// in 1,000 points move), k chosen by the mean silhouette. Above 50,000 users, k is chosen on a
// seeded sample of 50,000 and the chosen centres then settle on everyone. Deterministic for a
// seed. Invalid with fewer users than 2 k or an empty range.
Result<ClusterResult> clusterUsers(const FeatureTable& table, const ClusterQuery& query);

} // namespace hc::predict
