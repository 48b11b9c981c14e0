#pragma once

#include "base/Result.h"
#include "model/Cascade.h"

#include <QMessageBox>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Tepat {

class WindowContext;

// The File menu's workspace actions: New workspace, Open, Open Recent, Save and Save As, and the
// question about unsaved changes before the workspace shown is replaced or the window closes. A
// workspace opened or created goes into the WindowContext, which the rest of the window follows;
// the recent files are kept in the settings.
class WorkspaceFileActions : public QObject
{
    Q_OBJECT

public:
    // Asked when unsaved changes would be lost: Save, Discard or Cancel. Tests replace it so that
    // no dialog blocks them.
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton(QWidget *parent)>;
    // Asked when the workspace is locked by a Tepat on another computer, which may have crashed
    // or may still be open there; message names who holds it and since when.
    enum class ForeignLockChoice { TakeOver, ReadOnly, Cancel };
    using ForeignLockPrompt
        = std::function<ForeignLockChoice(QWidget *parent, const QString &message)>;

    explicit WorkspaceFileActions(WindowContext *context);

    // New, Open, Open Recent, Save and Save As, in this order.
    void addTo(QMenu *menu);
    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }

    // Opens a workspace and shows it; on failure the window keeps what it showed and the error
    // says why (Cancelled when the user chose not to open it). A file that cannot be written is
    // shown read-only; one that a Tepat on another computer has locked is opened as the user
    // chooses (ForeignLockPrompt). Unsaved changes of the workspace shown are not asked about
    // here (see maybeSave).
    Result<void> open(const QString &path);
    // Shows a new workspace that has no file yet (New workspace); the first save asks for one.
    void create(Cascade cascade);
    Result<void> save();
    Result<void> saveAs(const QString &path);
    // Asks about unsaved changes; false when the user cancelled or saving failed. Autosave is
    // paused while the question is open, and Discard removes its recovery copy.
    bool maybeSave();
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_prompt = std::move(prompt); }
    void setForeignLockPrompt(ForeignLockPrompt prompt) { m_lockPrompt = std::move(prompt); }
    // When on, a workspace opened later is checked after the window first paints it (see
    // WorkspaceDocument::Check::Later), so a big workspace appears sooner.
    void setDeferredChecking(bool deferred) { m_deferChecking = deferred; }

signals:
    // A new workspace is shown; the window selects its RPJMD, where one starts filling it in.
    void created();
    // The user opened this workspace (Open, Open Recent); work a crash left for it may be offered.
    void openedByUser(const QString &path);

private:
    void chooseAndOpen();
    void askForNewWorkspace();
    void chooseAndSaveAs();
    void saveOrWarn();
    void openOrWarn(const QString &path);
    void addRecentFile(const QString &path);
    void forgetRecentFile(const QString &path);
    void rebuildRecentMenu();
    void followDocument();

    WindowContext *m_context;
    QAction *m_new;
    QAction *m_open;
    QMenu *m_recentMenu;
    QAction *m_save;
    QAction *m_saveAs;
    UnsavedChangesPrompt m_prompt;
    ForeignLockPrompt m_lockPrompt;
    bool m_deferChecking = false;
};

} // namespace Tepat
