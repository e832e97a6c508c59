#include "ui/models/ExperimentModel.h"

#include "core/util/NumberFormat.h"
#include "core/util/ProbabilityText.h"

#include <QLocale>

namespace hc::ui {

ExperimentModel::ExperimentModel(QObject* parent)
    : ResultTableModel({tr("Variant"), tr("Exposed users"), tr("Converted"), tr("Conversion"), tr("Lift"),
                        tr("Difference (95% CI)"), tr("p-value"), tr("P(beats control)"), tr("Expected loss")},
                       parent)
{
}

void ExperimentModel::setResult(const analysis::ExperimentCounts& counts, const stats::ExperimentComparison& comparison)
{
    beginResetModel();
    m_counts = counts;
    m_comparison = comparison;
    m_order.clear();
    for (size_t i = 0; i < m_counts.variants.size(); ++i)
        if (m_counts.variants[i].value == m_comparison.control)
            m_order.push_back(i);
    for (size_t i = 0; i < m_counts.variants.size(); ++i)
        if (m_counts.variants[i].value != m_comparison.control)
            m_order.push_back(i);
    endResetModel();
}

const stats::VariantComparison* ExperimentModel::comparisonAt(int row) const
{
    const QString& variant = variantAt(row).value;
    for (const auto& c : m_comparison.comparisons)
        if (c.variant == variant)
            return &c;
    return nullptr;
}

int ExperimentModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_order.size()); }

QString ExperimentModel::text(int row, int column) const
{
    const stats::VariantCounts& v = variantAt(row);
    const stats::VariantComparison* c = comparisonAt(row);
    switch (column) {
    case VariantColumn:
        // The control is marked unless its name already says so.
        return c || v.value.compare(QLatin1String("control"), Qt::CaseInsensitive) == 0
                   ? v.value
                   : tr("%1 (control)").arg(v.value);
    case ExposedColumn:
        return NumberFormat::count(double(v.exposed));
    case ConvertedColumn:
        return NumberFormat::count(double(v.converted));
    case RateColumn:
        return NumberFormat::percent(v.rate(), 2);
    default:
        break;
    }
    if (!c)
        return QStringLiteral("—");
    const QLocale locale;
    switch (column) {
    case LiftColumn:
        return c->lift ? NumberFormat::signedPercent(*c->lift) : QStringLiteral("—");
    case DifferenceColumn:
        return tr("%1 pp (%2 to %3)")
            .arg(locale.toString(100 * c->difference, 'f', 2), locale.toString(100 * c->differenceLow95, 'f', 2),
                 locale.toString(100 * c->differenceHigh95, 'f', 2));
    case PValueColumn:
        return c->pValue < 0.001 ? tr("< 0.001") : locale.toString(c->pValue, 'f', 3);
    case BeatControlColumn:
        return hc::probabilityText(c->probabilityToBeatControl);
    case ExpectedLossColumn:
        return 100 * c->expectedLoss < 0.0005 ? tr("< 0.001 pp")
                                              : tr("%1 pp").arg(locale.toString(100 * c->expectedLoss, 'f', 3));
    default:
        return {};
    }
}

QVariant ExperimentModel::value(int row, int column) const
{
    const stats::VariantCounts& v = variantAt(row);
    const stats::VariantComparison* c = comparisonAt(row);
    switch (column) {
    case VariantColumn:
        return v.value;
    case ExposedColumn:
        return v.exposed;
    case ConvertedColumn:
        return v.converted;
    case RateColumn:
        return v.rate();
    default:
        break;
    }
    if (!c)
        return {};
    switch (column) {
    case LiftColumn:
        return c->lift ? QVariant(*c->lift) : QVariant();
    case DifferenceColumn:
        return c->difference;
    case PValueColumn:
        return c->pValue;
    case BeatControlColumn:
        return c->probabilityToBeatControl;
    case ExpectedLossColumn:
        return c->expectedLoss;
    default:
        return {};
    }
}

} // namespace hc::ui
