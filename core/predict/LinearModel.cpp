#include "core/predict/LinearModel.h"

namespace hc::predict {

Eigen::MatrixXd LinearModel::contributions(const Eigen::MatrixXd& x) const
{
    return m_standardizer.apply(x).array().rowwise() * m_weights.transpose().array();
}

Eigen::VectorXd LinearModel::linearPredictor(const Eigen::MatrixXd& x) const
{
    return (m_standardizer.apply(x) * m_weights).array() + m_intercept;
}

} // namespace hc::predict
