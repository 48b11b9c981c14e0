#pragma once

#include "store/RecoveryEntry.h"
#include "window/RecoveryDialog.h"

#include <QObject>
#include <QSet>

#include <functional>

class QWidget;

namespace Tepat {

class WindowContext;
class WorkspaceFileActions;

// Offers back the work a Tepat left unsaved when it ended without Save or Discard (a crash, kill
// -9, a power cut): at start, and when the user opens a file that has such work. Restored work is
// shown as unsaved changes of its file (WorkspaceDocument::restore); discarded work is deleted;
// work put off ("later") is offered again at the next start.
class RecoveryActions : public QObject
{
    Q_OBJECT

public:
    // Asked for each piece of work found. Tests replace it so that no dialog blocks them.
    using Prompt = std::function<RecoveryDialog::Choice(QWidget *parent, const RecoveryEntry &)>;

    RecoveryActions(WindowContext *context, WorkspaceFileActions *files);

    // Offers every piece of work left, newest first, until one is restored: the window shows one
    // workspace, the rest wait for the next start or for their file to be opened. True when one
    // was restored.
    bool offerAll();
    // Offers the work left for this file, if any.
    bool offerFor(const QString &path);
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

private:
    bool offer(const RecoveryEntry &entry);
    bool restore(const RecoveryEntry &entry);

    WindowContext *m_context;
    WorkspaceFileActions *m_files;
    Prompt m_prompt;
    QSet<QString> m_later; // keys put off in this session
};

} // namespace Tepat
