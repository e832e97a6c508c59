#pragma once

#include <Eigen/Dense>

namespace hc::predict {

// Centres and scales each column to unit standard deviation (a constant column keeps scale 1),
// so weights and distances compare across features.
class Standardizer {
public:
    void fit(const Eigen::MatrixXd& x);
    Eigen::MatrixXd apply(const Eigen::MatrixXd& x) const;
    const Eigen::RowVectorXd& mean() const { return m_mean; }
    const Eigen::RowVectorXd& scale() const { return m_scale; }

private:
    Eigen::RowVectorXd m_mean;
    Eigen::RowVectorXd m_scale;
};

} // namespace hc::predict
