#include "support/DialogWalk.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <catch2/catch.hpp>

namespace Tepat {

void DialogWalk::look(const QString &step, QWidget *widget)
{
    keep(step, VisibleText::of(widget));
}

void DialogWalk::keep(const QString &step, const QList<VisibleText::Shown> &shown)
{
    for (const VisibleText::Shown &item : shown)
        m_shown.append({step + QStringLiteral(": ") + item.where, item.text});
}

void DialogWalk::lookAtDialogs(const QString &step,
                               const std::function<void()> &trigger,
                               const std::function<void(QWidget *)> &within)
{
    int seen = 0;
    QWidget *const opener = QApplication::activeModalWidget(); // closed by its own walk
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == opener)
            return;
        look(step, modal);
        if (seen++ == 0 && within) {
            within(modal);
            if (QApplication::activeModalWidget() != modal)
                return; // within closed it
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    poll.start();
    trigger();
    poll.stop();
    INFO(step.toStdString());
    CHECK(seen > 0);
}

} // namespace Tepat
