#pragma once

#include "core/predict/Standardizer.h"

#include <Eigen/Dense>

namespace hc::predict {

// What the linear models share: weights on standardised features (comparable across features)
// and an intercept.
class LinearModel {
public:
    // Per feature: weight times the standardised value, the feature's push on the prediction.
    Eigen::MatrixXd contributions(const Eigen::MatrixXd& x) const;
    const Eigen::VectorXd& weights() const { return m_weights; }
    double intercept() const { return m_intercept; }

protected:
    Eigen::VectorXd linearPredictor(const Eigen::MatrixXd& x) const;

    Standardizer m_standardizer;
    Eigen::VectorXd m_weights;
    double m_intercept = 0;
};

} // namespace hc::predict
