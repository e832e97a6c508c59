#include "core/predict/RidgeModel.h"

namespace hc::predict {

void RidgeModel::fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda)
{
    m_standardizer.fit(x);
    const Eigen::MatrixXd z = m_standardizer.apply(x); // centred: the intercept is y's mean
    m_intercept = y.size() ? y.mean() : 0.0;
    Eigen::MatrixXd gram = z.transpose() * z;
    gram.diagonal().array() += lambda;
    m_weights = gram.ldlt().solve(z.transpose() * (y.array() - m_intercept).matrix());
}

} // namespace hc::predict
