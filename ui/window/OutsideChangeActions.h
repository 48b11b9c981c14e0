#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Tepat {

class OutsideChangeWatcher;
class WindowContext;
class WorkspaceFileActions;

// Asks what to do when another program writes the file of the workspace shown (a script that
// ignores the lock, a sync client, a copy over the shared drive): reload it, keep this version
// under another name, or keep editing. Nothing is written over the other program's file either
// way: Save refuses until the user has chosen (WorkspaceDocument::hasChangedOnDisk).
class OutsideChangeActions : public QObject
{
    Q_OBJECT

public:
    enum class Choice { Reload, SaveAs, KeepEditing };
    // Tests replace it so that no dialog blocks them. unsaved: the window has changes that a
    // reload would drop.
    using Prompt = std::function<Choice(QWidget *parent, const QString &path, bool unsaved)>;

    OutsideChangeActions(WindowContext *context, WorkspaceFileActions *files);

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

private:
    void followDocument();
    void ask();
    void reload(const QString &path);

    WindowContext *m_context;
    WorkspaceFileActions *m_files;
    QPointer<OutsideChangeWatcher> m_watcher;
    Prompt m_prompt;
    bool m_asking = false;
};

} // namespace Tepat
