#pragma once

#include <QString>

class QWidget;

namespace hc::ui {

// The file pickers of the File menu; each returns an empty string when the person cancels.
class WorkspaceFileDialogs {
public:
    // A new workspace's path, with the .hcw suffix added when none was typed.
    static QString newWorkspace(QWidget* parent);
    static QString workspaceToOpen(QWidget* parent);
    static QString fileToImport(QWidget* parent);
};

} // namespace hc::ui
