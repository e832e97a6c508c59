#include "core/stats/Correlation.h"

#include "core/stats/Robust.h"

#include <QCoreApplication>

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>

namespace hc::stats {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::stats::Correlation", text); }

} // namespace

Result<CorrelationResult> correlate(const std::vector<double>& x, const std::vector<double>& y,
                                    CorrelationMethod method, int lag)
{
    std::vector<double> a, b;
    for (size_t i = 0; i < x.size(); ++i) {
        const qint64 j = qint64(i) + lag;
        if (j >= 0 && j < qint64(y.size())) {
            a.push_back(x[i]);
            b.push_back(y[size_t(j)]);
        }
    }
    if (a.size() < 3)
        return makeError(Error::Code::Invalid,
                         tr("A correlation needs at least 3 pairs; lag %1 leaves %2.").arg(lag).arg(a.size()));
    if (method == CorrelationMethod::Spearman) {
        a = averageRanks(a);
        b = averageRanks(b);
    }
    const double n = double(a.size());
    double ma = 0, mb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa == 0 || sbb == 0)
        return makeError(Error::Code::Invalid, tr("One of the series is constant over the compared days."));
    CorrelationResult r;
    r.lag = lag;
    r.n = int(a.size());
    r.r = std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0);
    if (std::abs(r.r) >= 1.0 || r.n < 3) {
        r.pValue = std::abs(r.r) >= 1.0 ? 0.0 : 1.0;
        return r;
    }
    const double t = r.r * std::sqrt((n - 2) / (1 - r.r * r.r));
    const boost::math::students_t dist(n - 2);
    r.pValue = 2 * boost::math::cdf(boost::math::complement(dist, std::abs(t)));
    return r;
}

} // namespace hc::stats
