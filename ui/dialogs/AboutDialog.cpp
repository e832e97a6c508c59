#include "ui/dialogs/AboutDialog.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <Eigen/Core>

namespace hc::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ui::AboutDialog", text); }

} // namespace

void AboutDialog::show(QWidget* parent)
{
    QMessageBox::about(parent, tr("About HitCraft"),
                       tr("<h3>HitCraft Analytics Workbench %1</h3><p>Offline product analytics for Mixpanel "
                          "data.</p><p>Qt %2 (built with %3) · SQLite %4 · Eigen %5.%6.%7</p>"
                          "<p>Secrets live in the system keychain, never in the workspace.</p>")
                           .arg(QStringLiteral(HC_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), store::Workspace::sqliteVersion())
                           .arg(EIGEN_WORLD_VERSION)
                           .arg(EIGEN_MAJOR_VERSION)
                           .arg(EIGEN_MINOR_VERSION));
}

} // namespace hc::ui
