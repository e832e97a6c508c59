#include "ui/models/InsightListModel.h"

#include "core/util/NumberFormat.h"

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace hc::ui {

InsightListModel::InsightListModel(QObject* parent)
    : ResultTableModel({tr("Type"), tr("Insight"), tr("Confidence"), tr("Impact"), tr("Status")}, parent)
{
}

void InsightListModel::setRun(const insights::InsightRun& run, const QHash<QString, insights::InsightStatus>& statuses)
{
    beginResetModel();
    m_run = run;
    m_statuses = statuses;
    rebuildRows();
    endResetModel();
}

void InsightListModel::setShowDismissed(bool show)
{
    beginResetModel();
    m_showDismissed = show;
    rebuildRows();
    endResetModel();
}

void InsightListModel::setStatus(const QString& id, insights::InsightStatus status)
{
    const bool hides = status == insights::InsightStatus::Dismissed && !m_showDismissed;
    if (hides)
        beginResetModel();
    m_statuses.insert(id, status);
    if (hides) {
        rebuildRows();
        endResetModel();
    } else if (const int row = rowOf(id); row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void InsightListModel::rebuildRows()
{
    m_rows.clear();
    for (size_t i = 0; i < m_run.insights.size(); ++i)
        if (m_showDismissed || statusOf(m_run.insights[i].id) != insights::InsightStatus::Dismissed)
            m_rows.push_back(i);
}

int InsightListModel::rowOf(const QString& id) const
{
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_run.insights[m_rows[r]].id == id)
            return int(r);
    return -1;
}

int InsightListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant InsightListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const insights::Insight& i = insightAt(index.row());
    if (role == Qt::DecorationRole && index.column() == TypeColumn)
        return typeIcon(i.type);
    if (role == Qt::ToolTipRole)
        return i.explanation;
    if (role == Qt::FontRole && statusOf(i.id) == insights::InsightStatus::New) {
        QFont bold;
        bold.setBold(true); // unread, like a mail client
        return bold;
    }
    return ResultTableModel::data(index, role);
}

QString InsightListModel::typeLabel(insights::InsightType type)
{
    switch (type) {
    case insights::InsightType::Anomaly:
        return tr("Anomaly");
    case insights::InsightType::Risk:
        return tr("Risk");
    case insights::InsightType::Opportunity:
        return tr("Opportunity");
    case insights::InsightType::Success:
        return tr("Success");
    }
    return {};
}

QString InsightListModel::statusLabel(insights::InsightStatus status)
{
    switch (status) {
    case insights::InsightStatus::New:
        return tr("New");
    case insights::InsightStatus::Seen:
        return tr("Seen");
    case insights::InsightStatus::Dismissed:
        return tr("Dismissed");
    case insights::InsightStatus::Actioned:
        return tr("Actioned");
    }
    return {};
}

QIcon InsightListModel::typeIcon(insights::InsightType type)
{
    // Okabe-Ito colours, told apart with colour-blindness too; the letter says it without colour.
    static const QColor kColours[] = {QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x72, 0xB2),
                                      QColor(0x00, 0x9E, 0x73)};
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(kColours[int(type)]);
    p.drawEllipse(2, 2, 28, 28);
    QFont f;
    f.setBold(true);
    f.setPixelSize(18);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, typeLabel(type).left(1));
    return QIcon(pixmap);
}

QString InsightListModel::text(int row, int column) const
{
    const insights::Insight& i = insightAt(row);
    switch (column) {
    case TypeColumn:
        return typeLabel(i.type);
    case TitleColumn:
        return i.title;
    case ConfidenceColumn:
        if (!i.qValue)
            return QStringLiteral("—");
        return i.significant ? tr("Significant") : tr("Worth watching");
    case ImpactColumn:
        return NumberFormat::count(i.impact);
    case StatusColumn:
        return statusLabel(statusOf(i.id));
    default:
        return {};
    }
}

QVariant InsightListModel::value(int row, int column) const
{
    const insights::Insight& i = insightAt(row);
    switch (column) {
    case TypeColumn:
        return insights::typeName(i.type);
    case TitleColumn:
        return i.title;
    case ConfidenceColumn:
        return i.qValue ? QVariant(*i.qValue) : QVariant();
    case ImpactColumn:
        return i.impact;
    case StatusColumn:
        return insights::statusName(statusOf(i.id));
    default:
        return {};
    }
}

} // namespace hc::ui
