#pragma once

#include <QLabel>
#include <QPointer>

namespace Tepat {

class WindowContext;
class WorkspaceDocument;

// The status bar's word on the server: where the window is connected and as whom, that the
// connection dropped and how many changes wait, and the last refusal or notice.
class ServerStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ServerStatusLabel(WindowContext *context);

private:
    void attach(WorkspaceDocument *document);
    void update();

    WindowContext *m_context;
    QPointer<WorkspaceDocument> m_document;
};

} // namespace Tepat
