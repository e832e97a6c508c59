#pragma once

#include "core/predict/Standardizer.h"

#include <Eigen/Dense>

namespace hc::predict {

// Ridge regression on standardised features, in closed form (the intercept is not penalised).
class RidgeModel {
public:
    void fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda = 1.0);
    Eigen::VectorXd predict(const Eigen::MatrixXd& x) const;
    Eigen::MatrixXd contributions(const Eigen::MatrixXd& x) const;
    const Eigen::VectorXd& weights() const { return m_weights; }
    double intercept() const { return m_intercept; }

private:
    Standardizer m_standardizer;
    Eigen::VectorXd m_weights;
    double m_intercept = 0;
};

} // namespace hc::predict
