#pragma once

#include "base/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;

namespace Tepat {

class PkWorkflowDock;
class ServerStatusLabel;
class WindowContext;
class WorkspaceDocument;

// What the window offers for a workspace on a server: File › Connect to server… (a libpq URI;
// the password from libpq's sources or a prompt, kept in memory only), View › History of the
// selected object, the connection shown in the status bar, and the workflow of the selected PK in
// a dock. The window places these; the logic lives in core (ServerStore, WorkspaceDocument).
class ServerActions : public QObject
{
    Q_OBJECT

public:
    using ShowDocument = std::function<void(std::unique_ptr<WorkspaceDocument>)>;
    using Prompt = std::function<QString(const QString &url)>;

    ServerActions(WindowContext *context, ShowDocument show);

    QAction *connectAction() const { return m_connect; }
    QAction *historyAction() const { return m_history; }
    ServerStatusLabel *statusLabel() const { return m_status; }
    PkWorkflowDock *workflowDock() const { return m_workflow; }

    // Connects to url and shows its workspace in the window.
    Result<void> connectTo(const QString &url);
    // Tests replace the dialogs that ask for the URL and the password.
    void setUrlPrompt(Prompt prompt) { m_askUrl = std::move(prompt); }
    void setPasswordPrompt(Prompt prompt) { m_askPassword = std::move(prompt); }
    void showHistory();

private:
    void chooseAndConnect();
    void updateActions();

    WindowContext *m_context;
    ShowDocument m_show;
    QAction *m_connect;
    QAction *m_history;
    ServerStatusLabel *m_status;
    PkWorkflowDock *m_workflow;
    Prompt m_askUrl;
    Prompt m_askPassword;
};

} // namespace Tepat
