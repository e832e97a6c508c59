#pragma once

#include "core/predict/Standardizer.h"

#include <Eigen/Dense>

namespace hc::predict {

// L2-penalised logistic regression on standardised features, fitted by Newton's method (the
// intercept is not penalised).
class LogisticModel {
public:
    void fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda = 1.0);
    Eigen::VectorXd probability(const Eigen::MatrixXd& x) const;
    // Per feature: weight times the standardised value, the feature's push on the log-odds.
    Eigen::MatrixXd contributions(const Eigen::MatrixXd& x) const;
    // Weights on the standardised features (comparable), and the intercept.
    const Eigen::VectorXd& weights() const { return m_weights; }
    double intercept() const { return m_intercept; }

private:
    Standardizer m_standardizer;
    Eigen::VectorXd m_weights;
    double m_intercept = 0;
};

} // namespace hc::predict
