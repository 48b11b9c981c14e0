#pragma once

#include <QAbstractItemView>
#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace Tepat {

// Shows an editor read-only while what it edits belongs to a locked PK: a banner with the reason
// (PkLockState::reason) above the form, text fields read-only (their text can still be selected
// and copied), choices and buttons disabled, tables without editing. The document refuses the
// edits anyway; this only tells the user before they try. release() puts back exactly what
// apply() changed, so an editor's own rules for its fields stay its own.
class LockedForm : public QObject
{
    Q_OBJECT

public:
    explicit LockedForm(QWidget *form);

    // Goes at the top of the form's layout; hidden while nothing is locked.
    QLabel *banner() const { return m_banner; }
    // An empty reason leaves the form as it is. Widgets in open (and inside them) stay editable.
    void apply(const QString &reason, const QList<QWidget *> &open = {});
    void release();
    bool isLocked() const { return m_locked; }

private:
    QWidget *m_form;
    QLabel *m_banner;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_madeReadOnly;
    QList<QPointer<QWidget>> m_disabled;
    QList<std::pair<QPointer<QAbstractItemView>, QAbstractItemView::EditTriggers>> m_views;
};

} // namespace Tepat
