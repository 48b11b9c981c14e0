#pragma once

#include <QWidget>

namespace Tepat {

class RealisasiView;
class WindowContext;

// The realisasi of a PK in a window of its own, because a quarter's table needs the whole width
// of a laptop screen. It follows the main window: the PK of the object selected in the cascade
// tree, and the open document (it closes when the document goes). Undo and redo work here as in
// the main window, on the same stack.
class RealisasiWindow : public QWidget
{
    Q_OBJECT

public:
    explicit RealisasiWindow(WindowContext *context, QWidget *parent = nullptr);

    RealisasiView *view() const { return m_view; }
    // Shows the PK of the context's current object, or its first PK when the object has none.
    void follow();

private:
    WindowContext *m_context;
    RealisasiView *m_view;
};

} // namespace Tepat
