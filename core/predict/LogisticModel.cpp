#include "core/predict/LogisticModel.h"

#include <cmath>

namespace hc::predict {

void LogisticModel::fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda)
{
    m_standardizer.fit(x);
    const Eigen::Index n = x.rows(), k = x.cols();
    Eigen::MatrixXd design(n, k + 1);
    design.col(0).setOnes();
    design.rightCols(k) = m_standardizer.apply(x);
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(k + 1);
    Eigen::VectorXd penalty = Eigen::VectorXd::Constant(k + 1, lambda);
    penalty(0) = 0;
    for (int iteration = 0; iteration < 50; ++iteration) {
        const Eigen::VectorXd p = (1.0 + (-(design * beta)).array().exp()).inverse().matrix();
        const Eigen::VectorXd w = (p.array() * (1.0 - p.array())).max(1e-10).matrix();
        const Eigen::VectorXd gradient = design.transpose() * (y - p) - penalty.cwiseProduct(beta);
        Eigen::MatrixXd hessian = design.transpose() * (design.array().colwise() * w.array()).matrix();
        hessian.diagonal() += penalty;
        const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
        beta += step;
        if (step.norm() < 1e-8 * (1.0 + beta.norm()))
            break;
    }
    m_intercept = beta(0);
    m_weights = beta.tail(k);
}

Eigen::VectorXd LogisticModel::probability(const Eigen::MatrixXd& x) const
{
    return (1.0 + (-linearPredictor(x)).array().exp()).inverse().matrix();
}

} // namespace hc::predict
