#include "core/predict/Standardizer.h"

#include <cmath>

namespace hc::predict {

void Standardizer::fit(const Eigen::MatrixXd& x)
{
    const double n = std::max<double>(1.0, double(x.rows()));
    m_mean = x.colwise().sum() / n;
    m_scale = ((x.rowwise() - m_mean).array().square().colwise().sum() / n).sqrt().matrix();
    for (Eigen::Index j = 0; j < m_scale.size(); ++j)
        if (!(m_scale(j) > 1e-12))
            m_scale(j) = 1.0;
}

Eigen::MatrixXd Standardizer::apply(const Eigen::MatrixXd& x) const
{
    return (x.rowwise() - m_mean).array().rowwise() / m_scale.array();
}

} // namespace hc::predict
