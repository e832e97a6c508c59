#pragma once

#include "core/insights/InsightRun.h"
#include "ui/models/ResultTableModel.h"

#include <QHash>
#include <QIcon>

namespace hc::ui {

// A run's insights in rank order as a table: type (with its icon), title, confidence, impact and
// the analyst's status. Dismissed insights are left out unless asked for.
class InsightListModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { TypeColumn, TitleColumn, ConfidenceColumn, ImpactColumn, StatusColumn, ColumnCount };

    explicit InsightListModel(QObject* parent = nullptr);

    void setRun(const insights::InsightRun& run, const QHash<QString, insights::InsightStatus>& statuses);
    void setShowDismissed(bool show);
    void setStatus(const QString& id, insights::InsightStatus status);

    const insights::InsightRun& run() const { return m_run; }
    const insights::Insight& insightAt(int row) const { return m_run.insights[m_rows[size_t(row)]]; }
    insights::InsightStatus statusOf(const QString& id) const
    {
        return m_statuses.value(id, insights::InsightStatus::New);
    }
    int rowOf(const QString& id) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static QString typeLabel(insights::InsightType type);
    static QString statusLabel(insights::InsightStatus status);
    // A coloured disc with the type's initial: drawn, so it follows no icon theme.
    static QIcon typeIcon(insights::InsightType type);

protected:
    QString text(int row, int column) const override;
    QVariant value(int row, int column) const override;
    bool isNumeric(int column) const override { return column == ImpactColumn; }

private:
    void rebuildRows();

    insights::InsightRun m_run;
    QHash<QString, insights::InsightStatus> m_statuses;
    std::vector<size_t> m_rows; // indexes into m_run.insights, in rank order
    bool m_showDismissed = false;
};

} // namespace hc::ui
