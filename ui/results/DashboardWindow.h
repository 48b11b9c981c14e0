#pragma once

#include <QWidget>

namespace Tepat {

class DashboardView;
class WindowContext;

// The results dashboard in a window of its own, beside the drafting window and review mode, so
// that it can stay on a second screen or a projector. It closes when the document goes.
class DashboardWindow : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWindow(WindowContext *context, QWidget *parent = nullptr);

    DashboardView *view() const { return m_view; }

private:
    DashboardView *m_view;
};

} // namespace Tepat
