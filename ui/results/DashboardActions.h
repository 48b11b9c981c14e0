#pragma once

#include "results/DashboardWindow.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Tepat {

class WindowContext;

// View › Results dashboard (Ctrl+Shift+J, "janji"): opens the DashboardWindow of the window's
// document, or raises it. A row activated there is passed on as pkActivated, for the main window
// to open that PK's realisasi.
class DashboardActions : public QObject
{
    Q_OBJECT

public:
    explicit DashboardActions(WindowContext *context);

    QAction *openAction() const { return m_open; }
    DashboardWindow *window() const { return m_window; }
    // Review mode's type size, which the projector view uses too.
    void setProjectorScale(qreal scale) { m_scale = scale; }

signals:
    void pkActivated(qint64 pkId, int quarter);

private:
    WindowContext *m_context;
    QAction *m_open;
    QPointer<DashboardWindow> m_window;
    qreal m_scale = 1.75;
};

} // namespace Tepat
