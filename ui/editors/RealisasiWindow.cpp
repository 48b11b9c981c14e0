#include "editors/RealisasiWindow.h"

#include "common/WindowContext.h"
#include "editors/RealisasiView.h"

#include <QAction>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Tepat {

RealisasiWindow::RealisasiWindow(WindowContext *context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_view(new RealisasiView(context->document(), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Realisasi and capaian"));
    QUndoStack *stack = context->document()->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(context, &WindowContext::currentObjectChanged, this, &RealisasiWindow::follow);
    connect(context, &WindowContext::documentChanged, this, &QWidget::close);
    follow();
}

void RealisasiWindow::follow()
{
    const Cascade &cascade = m_context->document()->cascade();
    const qint64 current = m_context->currentObject();
    qint64 pk = cascade.pkOf(current);
    if (pk == 0 && m_view->pkId() == 0 && !cascade.pks().isEmpty())
        pk = cascade.pks().first().id;
    if (pk == 0)
        return;
    if (pk != m_view->pkId())
        m_view->setPk(pk);
    if (cascade.indicator(current))
        m_view->focusIndicator(current);
}

} // namespace Tepat
