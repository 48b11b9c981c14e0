#include "editors/RealisasiActions.h"

#include "common/WindowContext.h"
#include "editors/RealisasiWindow.h"

#include <QAction>

namespace Tepat {

RealisasiActions::RealisasiActions(WindowContext *context)
    : QObject(context)
    , m_context(context)
    , m_open(new QAction(tr("&Realisasi and capaian…"), this))
{
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_open->setStatusTip(
        tr("Enter the realisasi of the selected PK per triwulan and see its capaian"));
    context->enableWithDocument(m_open);
    connect(m_open, &QAction::triggered, this, [this] {
        if (!m_context->document())
            return;
        if (!m_window) {
            m_window = new RealisasiWindow(m_context, m_context->window());
            m_window->resize(m_context->window()->size());
        }
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    });
}

} // namespace Tepat
