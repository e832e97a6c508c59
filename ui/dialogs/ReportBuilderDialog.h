#pragma once

#include "ui/WorkbenchData.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace hc::ui {

// File › Report…: a template (daily, weekly, monthly) ending on a day, the page size, and which
// sections in which order (tick, drag or move them); "Create PDF…" has hitcraft-cli report build
// and write it in a process of its own, with a busy bar and Cancel. The choices can be kept in the workspace
// (saved_queries, kind "report") and come back the next time.
class ReportBuilderDialog : public QDialog {
    Q_OBJECT
public:
    ReportBuilderDialog(WorkbenchData& data, QWidget* parent = nullptr);
    ~ReportBuilderDialog() override;

    void setTemplateName(const QString& name);
    void setSections(const QStringList& sections); // ticked, in this order; the rest unticked after them
    QStringList sections() const;                  // the ticked ones, in order
    void setRemember(bool remember);
    // The hitcraft-cli that draws the report (default: the one beside this program, else on PATH).
    void setCliPath(const QString& path) { m_cliPath = path; }
    // Builds and writes the PDF at `path` without asking (the button asks for the path first).
    void createPdf(const QString& path);

Q_SIGNALS:
    void reportFinished(bool ok, const QString& message);
    void choicesLoaded();

private:
    void loadChoices();
    void moveSelected(int delta);
    QJsonObject choices() const;

    WorkbenchData& m_data;
    QComboBox* m_template;
    QDateEdit* m_to;
    QComboBox* m_pageSize;
    QListWidget* m_sections;
    QCheckBox* m_remember;
    QProgressBar* m_busy;
    QLabel* m_status;
    QPushButton* m_create;
    QPushButton* m_cancel;
    QString m_cliPath;
};

} // namespace hc::ui
