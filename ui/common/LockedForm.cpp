#include "common/LockedForm.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace Tepat {

LockedForm::LockedForm(QWidget *form)
    : QObject(form)
    , m_form(form)
    , m_banner(new QLabel(form))
{
    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("lockBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_banner->setPalette(palette);
    m_banner->hide();
}

void LockedForm::apply(const QString &reason, const QList<QWidget *> &open)
{
    release();
    if (reason.isEmpty())
        return;
    m_locked = true;
    m_banner->setText(reason);
    m_banner->show();
    const auto isOpen = [&](QWidget *widget) {
        for (QWidget *keep : open) {
            if (keep == widget || keep->isAncestorOf(widget))
                return true;
        }
        return widget == m_banner;
    };
    for (QWidget *widget : m_form->findChildren<QWidget *>()) {
        if (isOpen(widget))
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            // A combo box's own line edit goes with the combo box.
            if (qobject_cast<QComboBox *>(line->parentWidget()) || line->isReadOnly())
                continue;
            line->setReadOnly(true);
            m_madeReadOnly.append(line);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget);
                   plain && !plain->isReadOnly()) {
            plain->setReadOnly(true);
            m_madeReadOnly.append(plain);
        } else if (auto *rich = qobject_cast<QTextEdit *>(widget); rich && !rich->isReadOnly()) {
            rich->setReadOnly(true);
            m_madeReadOnly.append(rich);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget);
                   spin && !spin->isReadOnly()) {
            spin->setReadOnly(true);
            m_madeReadOnly.append(spin);
        } else if ((qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget))
                   && widget->isEnabled()) {
            widget->setEnabled(false);
            m_disabled.append(widget);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            m_views.append({view, view->editTriggers()});
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        }
    }
}

void LockedForm::release()
{
    for (const QPointer<QWidget> &widget : std::as_const(m_madeReadOnly)) {
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(false);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            plain->setReadOnly(false);
        else if (auto *rich = qobject_cast<QTextEdit *>(widget))
            rich->setReadOnly(false);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            spin->setReadOnly(false);
    }
    for (const QPointer<QWidget> &widget : std::as_const(m_disabled)) {
        if (widget)
            widget->setEnabled(true);
    }
    for (const auto &[view, triggers] : std::as_const(m_views)) {
        if (view)
            view->setEditTriggers(triggers);
    }
    m_madeReadOnly.clear();
    m_disabled.clear();
    m_views.clear();
    m_banner->hide();
    m_locked = false;
}

} // namespace Tepat
