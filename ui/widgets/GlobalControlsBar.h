#pragma once

#include "ui/AnalysisScope.h"
#include "ui/SavedViews.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace hc::ui {

class FilterChipField;
class FilterCompleter;
class WorkbenchData;

// The controls every view follows: date range with presets (relative to the newest day with
// data, since synced data may lag today), reporting time zone, the filter bar (cli.md
// conditions, ';' between them), compare to the previous period, and saved views.
class GlobalControlsBar : public QWidget {
    Q_OBJECT
public:
    enum Preset { Last7, Last30, Last90, ThisMonth, AllData, Custom };

    // The data gives the filter bar its completions (properties, cohorts, values).
    explicit GlobalControlsBar(WorkbenchData& data, QWidget* parent = nullptr);

    AnalysisScope scope() const;
    void setScope(const AnalysisScope& scope);
    // The data's day span (for presets) and the workspace's own zone (the default entry).
    void setDataDays(const QDate& first, const QDate& last);
    void setWorkspaceZone(const QByteArray& zoneId);
    void setSavedViews(const QList<SavedView>& views);
    QStringList savedViewNames() const;
    // Applies a saved view by name, as picking it in the Saved views box does: savedViewApplied
    // (for the views' queries), then its scope, a relative preset's days from the data's.
    void applySavedView(const QString& name);
    void applyPreset(Preset preset);
    void setFilterError(const QString& message);
    // Makes the text's conditions the filter bar's chips and applies them.
    void applyFilter(const QString& text);

    QComboBox* presets() const { return m_preset; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* zones() const { return m_zone; }
    // The filter bar's entry (what is being typed) and the chips field around it.
    QLineEdit* filter() const;
    FilterChipField* filterField() const { return m_filter; }
    QCheckBox* compare() const { return m_compare; }
    FilterCompleter* filterCompleter() const;

Q_SIGNALS:
    void scopeChanged(const hc::ui::AnalysisScope& scope);
    void saveViewRequested(const QString& name);
    void renameViewRequested(const QString& from, const QString& to);
    void deleteViewRequested(const QString& name);
    void savedViewApplied(const hc::ui::SavedView& view);

private:
    void emitScope();
    // The Save view… button's menu: save, and rename or delete the view picked in the box.
    QWidget* savedViewButton();

    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_zone;
    FilterChipField* m_filter;
    QCheckBox* m_filterAny;
    QCheckBox* m_compare;
    QComboBox* m_saved;
    QList<SavedView> m_savedViews;
    QDate m_first;
    QDate m_last;
    bool m_applying = false;
};

} // namespace hc::ui
