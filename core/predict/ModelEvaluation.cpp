#include "core/predict/ModelEvaluation.h"

#include "core/stats/Robust.h"

#include <algorithm>
#include <cmath>

namespace hc::predict {

double areaUnderCurve(const std::vector<double>& scores, const std::vector<double>& labels)
{
    const std::vector<double> ranks = stats::averageRanks(scores);
    double positives = 0, rankSum = 0;
    for (size_t i = 0; i < labels.size(); ++i)
        if (labels[i] > 0.5) {
            positives += 1;
            rankSum += ranks[i];
        }
    const double negatives = double(labels.size()) - positives;
    if (positives == 0 || negatives == 0)
        return 0.5;
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

std::vector<CalibrationBin> calibration(const std::vector<double>& scores, const std::vector<double>& labels)
{
    std::vector<CalibrationBin> bins(10);
    for (size_t i = 0; i < scores.size(); ++i) {
        CalibrationBin& b = bins[size_t(std::clamp(int(scores[i] * 10), 0, 9))];
        b.predicted += scores[i];
        b.observed += labels[i];
        ++b.n;
    }
    std::vector<CalibrationBin> out;
    for (CalibrationBin b : bins)
        if (b.n > 0) {
            b.predicted /= b.n;
            b.observed /= b.n;
            out.push_back(b);
        }
    return out;
}

double rootMeanSquaredError(const std::vector<double>& predicted, const std::vector<double>& actual)
{
    double sum = 0;
    for (size_t i = 0; i < predicted.size(); ++i)
        sum += (predicted[i] - actual[i]) * (predicted[i] - actual[i]);
    return predicted.empty() ? 0.0 : std::sqrt(sum / double(predicted.size()));
}

} // namespace hc::predict
