#pragma once

#include <QCompleter>
#include <QHash>
#include <QStringList>

class QLineEdit;
class QStringListModel;

namespace hc::ui {

class AnalysisRunner;
class WorkbenchData;

// Completes the condition being typed in the filter bar, the text after the last ';': property
// names and `cohort=NAME` from the workspace, and once "PROP=" is typed, that property's most
// frequent values (read on a worker). Free text is still accepted as it is.
class FilterCompleter : public QCompleter {
    Q_OBJECT
public:
    FilterCompleter(QLineEdit* edit, WorkbenchData& data);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;
    // The entries offered now (for tests).
    QStringList entries() const;

Q_SIGNALS:
    void valuesLoaded(const QString& property);

private:
    void refresh();
    void loadValuesFor(const QString& text);

    QLineEdit* m_edit;
    WorkbenchData& m_data;
    QStringListModel* m_model;
    AnalysisRunner* m_reads;
    QHash<QString, QStringList> m_values; // "PROP=VALUE" entries per property, most frequent first
    QString m_loading;
};

} // namespace hc::ui
