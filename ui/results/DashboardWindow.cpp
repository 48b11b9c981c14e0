#include "results/DashboardWindow.h"

#include "common/WindowContext.h"
#include "results/DashboardView.h"

#include <QVBoxLayout>

namespace Tepat {

DashboardWindow::DashboardWindow(WindowContext *context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new DashboardView(context->document(), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Results dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(context, &WindowContext::documentChanged, this, &QWidget::close);
}

} // namespace Tepat
