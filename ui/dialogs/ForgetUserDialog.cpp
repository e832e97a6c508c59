#include "ui/dialogs/ForgetUserDialog.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace hc::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ui::ForgetUserDialog", text); }

} // namespace

QString ForgetUserDialog::ask(QWidget* parent)
{
    bool ok = false;
    const QString id = QInputDialog::getText(parent, tr("Forget a User"),
                                             tr("Remove every event, the profile and the quarantined lines of the "
                                                "user with this distinct_id:"),
                                             QLineEdit::Normal, QString(), &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return QString();
    const auto answer = QMessageBox::question(parent, tr("Forget a User"),
                                              tr("Remove “%1” from this workspace for good? A sync over the same "
                                                 "days may bring the user back unless they are deleted at the "
                                                 "source too.")
                                                  .arg(id));
    return answer == QMessageBox::Yes ? id : QString();
}

} // namespace hc::ui
