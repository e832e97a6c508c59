#pragma once

#include "core/predict/LinearModel.h"

namespace hc::predict {

// Ridge regression on standardised features, in closed form (the intercept is not penalised).
class RidgeModel : public LinearModel {
public:
    void fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda = 1.0);
    Eigen::VectorXd predict(const Eigen::MatrixXd& x) const { return linearPredictor(x); }
};

} // namespace hc::predict
