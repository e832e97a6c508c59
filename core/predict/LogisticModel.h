#pragma once

#include "core/predict/LinearModel.h"

namespace hc::predict {

// L2-penalised logistic regression on standardised features, fitted by Newton's method (the
// intercept is not penalised).
class LogisticModel : public LinearModel {
public:
    void fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda = 1.0);
    Eigen::VectorXd probability(const Eigen::MatrixXd& x) const;
};

} // namespace hc::predict
