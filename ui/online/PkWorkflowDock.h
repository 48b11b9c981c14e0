#pragma once

#include "server/ServerStore.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QPushButton;

namespace Tepat {

class WindowContext;
class WorkspaceDocument;

// The workflow of the PK the selection belongs to, on a server: its state, every step with who,
// when and the note, and the steps the user's role may take (draft → diajukan → direviu →
// disetujui → terkunci, tolak and revisi back to draft). The server decides; a refused step says
// why. Hidden for a workspace in a file.
class PkWorkflowDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PkWorkflowDock(WindowContext *context);

    qint64 pkId() const { return m_pkId; }
    QString state() const { return m_flow.state; }
    // Takes a step; a note is asked for when going back to draft, unless given.
    Result<void> move(const QString &to, const QString &note);
    QList<QPushButton *> stepButtons() const { return m_buttons; }
    // Tests answer the note dialog.
    void setNotePrompt(std::function<QString()> prompt) { m_askNote = std::move(prompt); }

private:
    void attach(WorkspaceDocument *document);
    void follow(qint64 objectId);
    void reload();

    WindowContext *m_context;
    QPointer<WorkspaceDocument> m_document;
    qint64 m_pkId = 0;
    ServerStore::Workflow m_flow;
    QLabel *m_state;
    QLabel *m_steps;
    QWidget *m_buttonRow;
    QList<QPushButton *> m_buttons;
    std::function<QString()> m_askNote;
};

} // namespace Tepat
