#pragma once

#include "editors/RealisasiWindow.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Tepat {

class WindowContext;

// View › Realisasi and capaian (Ctrl+Shift+H, "hasil"): opens the RealisasiWindow of the
// window's document, or raises it, so that the main window only adds the action.
class RealisasiActions : public QObject
{
    Q_OBJECT

public:
    explicit RealisasiActions(WindowContext *context);

    QAction *openAction() const { return m_open; }
    RealisasiWindow *window() const { return m_window; }

private:
    WindowContext *m_context;
    QAction *m_open;
    QPointer<RealisasiWindow> m_window;
};

} // namespace Tepat
