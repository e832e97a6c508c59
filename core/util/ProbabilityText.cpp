#include "core/util/ProbabilityText.h"

#include "core/util/NumberFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace hc {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ProbabilityText", text); }

} // namespace

QString probabilityText(double p)
{
    if (p >= 0.9995)
        return tr("> %1").arg(NumberFormat::percent(0.999));
    if (p < 0.0005)
        return tr("< %1").arg(NumberFormat::percent(0.001));
    return NumberFormat::percent(p);
}

} // namespace hc
