#include "results/DashboardActions.h"

#include "common/WindowContext.h"
#include "results/DashboardView.h"

#include <QAction>

namespace Tepat {

DashboardActions::DashboardActions(WindowContext *context)
    : QObject(context)
    , m_context(context)
    , m_open(new QAction(tr("Results &dashboard…"), this))
{
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_open->setStatusTip(
        tr("See the capaian of every OPD up to a triwulan: who keeps the promises of the PK"));
    context->enableWithDocument(m_open);
    connect(m_open, &QAction::triggered, this, [this] {
        if (!m_context->document())
            return;
        if (!m_window) {
            m_window = new DashboardWindow(m_context, m_context->window());
            m_window->resize(m_context->window()->size());
            m_window->view()->setProjector(false, m_scale);
            connect(m_window->view(),
                    &DashboardView::pkActivated,
                    this,
                    &DashboardActions::pkActivated);
        }
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    });
}

} // namespace Tepat
