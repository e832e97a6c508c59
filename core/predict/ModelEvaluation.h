#pragma once

#include <vector>

namespace hc::predict {

// Area under the ROC curve (Mann-Whitney, ties counted half); 0.5 when one class is missing.
double areaUnderCurve(const std::vector<double>& scores, const std::vector<double>& labels);

struct CalibrationBin {
    double predicted = 0; // mean predicted probability
    double observed = 0;  // share of positives
    int n = 0;
};

// Ten bins of equal width in predicted probability; empty bins are left out.
std::vector<CalibrationBin> calibration(const std::vector<double>& scores, const std::vector<double>& labels);

double rootMeanSquaredError(const std::vector<double>& predicted, const std::vector<double>& actual);

} // namespace hc::predict
