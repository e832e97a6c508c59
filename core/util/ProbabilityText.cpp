#include "core/util/ProbabilityText.h"

#include <QCoreApplication>
#include <QLocale>

namespace hc {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ProbabilityText", text); }

QString percent(double ratio) { return QLocale().toString(ratio * 100.0, 'f', 1) + QLocale().percent(); }

} // namespace

QString probabilityText(double p)
{
    if (p >= 0.9995)
        return tr("> %1").arg(percent(0.999));
    if (p < 0.0005)
        return tr("< %1").arg(percent(0.001));
    return percent(p);
}

} // namespace hc
