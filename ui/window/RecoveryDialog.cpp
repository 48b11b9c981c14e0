#include "window/RecoveryDialog.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Tepat {

RecoveryDialog::Choice RecoveryDialog::ask(QWidget *parent, const RecoveryEntry &entry)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Unsaved work found"));
    box.setText(headline(entry));
    box.setInformativeText(details(entry));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(tr("Decide &later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    // Closing the question must not lose the work.
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore)
        return Choice::Restore;
    if (box.clickedButton() == discard)
        return Choice::Discard;
    return Choice::Later;
}

QString RecoveryDialog::headline(const RecoveryEntry &entry)
{
    return tr("Unsaved work from %1 was found.").arg(when(entry.savedAt));
}

QString RecoveryDialog::details(const RecoveryEntry &entry)
{
    if (entry.workspacePath.isEmpty()) {
        const QString what = entry.pemdaName.isEmpty()
            ? tr("It belongs to a new workspace that was never saved.")
            : tr("It belongs to a new workspace of %1 that was never saved.").arg(entry.pemdaName);
        return what + u' '
            + tr("Tepat ended without saving it. Restore it (then choose where to save it), or "
                 "discard it?");
    }
    if (!QFileInfo::exists(entry.workspacePath)) {
        return tr("It belongs to %1, which no longer exists. Tepat ended without saving it. "
                  "Restore it as a new workspace (then choose where to save it), or discard it?")
            .arg(entry.workspacePath);
    }
    return tr("It belongs to %1: Tepat ended without saving it. Restore it into the workspace as "
              "unsaved changes, or discard it? The file itself was not changed.")
        .arg(entry.workspacePath);
}

QString RecoveryDialog::when(const QDateTime &savedAt)
{
    //: A date and time pattern of QLocale: 3 December 2026, 17:42
    return QLocale().toString(savedAt.toLocalTime(), tr("d MMMM yyyy, HH:mm"));
}

} // namespace Tepat
