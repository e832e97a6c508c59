#include "ui/dialogs/WorkspaceFileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace hc::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ui::WorkspaceFileDialogs", text); }

} // namespace

QString WorkspaceFileDialogs::newWorkspace(QWidget* parent)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("New Workspace"), dir + QStringLiteral("/workspace.hcw"),
                                                tr("HitCraft workspaces (*.hcw)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".hcw");
    return path;
}

QString WorkspaceFileDialogs::workspaceToOpen(QWidget* parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Workspace"), QString(),
                                        tr("HitCraft workspaces (*.hcw);;All files (*)"));
}

QString WorkspaceFileDialogs::fileToImport(QWidget* parent)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Import Events"), QString(),
        tr("Event files (*.jsonl *.json *.ndjson *.csv *.gz);;Mixpanel exports (*.jsonl *.json *.ndjson *.gz);;"
           "CSV files (*.csv *.csv.gz);;All files (*)"));
}

} // namespace hc::ui
