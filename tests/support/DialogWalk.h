#pragma once

#include "support/VisibleText.h"

#include <functional>

class QWidget;

namespace Tepat {

// Walks a window as a user meets it and keeps what it shows, each text prefixed with the step
// that showed it, for LanguageLeaks.
class DialogWalk
{
public:
    void look(const QString &step, QWidget *widget);
    void keep(const QString &step, const QList<VisibleText::Shown> &shown);
    // Runs trigger; every dialog that opens meanwhile is read, then closed as Escape closes it,
    // and at least one must open. within, if given, runs in the first dialog before it closes:
    // to fill it in and accept it, or to look at the dialogs it opens in turn (with a
    // lookAtDialogs of its own, as a timer does not fire inside its own timeout).
    void lookAtDialogs(const QString &step,
                       const std::function<void()> &trigger,
                       const std::function<void(QWidget *)> &within = {});
    const QList<VisibleText::Shown> &shown() const { return m_shown; }

private:
    QList<VisibleText::Shown> m_shown;
};

} // namespace Tepat
