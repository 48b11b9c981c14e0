#pragma once

#include "base/Result.h"
#include "model/Cascade.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolBar;
class QTreeView;

namespace Tepat {

class CascadeTreeModel;
class CommentsDock;
class FindingsModel;
class IndicatorEditor;
class PkEditor;
class OpdEditor;
class PemdaEditor;
class PkExportActions;
class PlanItemEditor;
class ReviewSummaryExport;
class ReviewWindow;
class ServerActions;
class StructureActions;
class WindowContext;
class WorkspaceDocument;

// The application window: the cascade tree on the left, the editor of the selected item in the
// centre, the findings and the reviewer comments in docks. It owns the open WorkspaceDocument;
// everything it shows reads that document live, and every edit goes through its undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Asked when unsaved changes would be lost: Save, Discard or Cancel. Tests replace it so that
    // no dialog blocks them.
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton(MainWindow *)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace and shows it; on failure the window keeps what it showed and the error
    // says why. A file that cannot be written is shown read-only. Unsaved changes of the
    // workspace shown are not asked about here (see maybeSave).
    Result<void> openWorkspace(const QString &path);
    // Shows a new workspace that has no file yet (New workspace); the first save asks for one.
    void createWorkspace(Cascade cascade);
    // Hands the open workspace, with its undo history, to another window (LanguageSwitch); this
    // one is left empty.
    std::unique_ptr<WorkspaceDocument> takeDocument();
    // Shows a workspace that is already open, as it stands.
    void showDocument(std::unique_ptr<WorkspaceDocument> document);
    // Adds a copy of the PK for the following year (Duplicate PK for next year) and selects it.
    qint64 duplicatePk(qint64 pkId);
    Result<void> save();
    Result<void> saveAs(const QString &path);
    // Asks about unsaved changes; false when the user cancelled or saving failed.
    bool maybeSave();
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_prompt = std::move(prompt); }
    // When on, a workspace opened later is drawn first and checked right after its first paint,
    // so a big workspace appears sooner; the findings dock says it is checking meanwhile.
    void setDeferredChecking(bool deferred) { m_deferChecking = deferred; }

    // Selects an object (item, indicator, PK) in the tree and shows its editor.
    bool selectObject(qint64 objectId);
    // Goes to the finding's object and focuses the field it concerns.
    void activateFinding(int row);
    void enterReviewMode();

    WorkspaceDocument *document() const { return m_document.get(); }
    QString workspacePath() const;
    bool isReadOnly() const;
    CascadeTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *treeView() const { return m_tree; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    QTableView *findingsView() const { return m_findingsView; }
    IndicatorEditor *indicatorEditor() const { return m_indicatorEditor; }
    PkEditor *pkEditor() const { return m_pkEditor; }
    PlanItemEditor *planItemEditor() const { return m_planItemEditor; }
    PemdaEditor *pemdaEditor() const { return m_pemdaEditor; }
    OpdEditor *opdEditor() const { return m_opdEditor; }
    CommentsDock *commentsDock() const { return m_commentsDock; }
    ReviewWindow *reviewWindow() const { return m_reviewWindow; }
    PkExportActions *pkExportActions() const { return m_pkExport; }
    StructureActions *structureActions() const { return m_structure; }
    ReviewSummaryExport *reviewSummaryExport() const { return m_summaryExport; }
    ServerActions *serverActions() const { return m_server; }
    QToolBar *toolBar() const { return m_toolBar; }
    QWidget *currentEditor() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<WorkspaceDocument> document);
    void detachDocument();
    void showEditorFor(const QModelIndex &index);
    void chooseAndOpen();
    void askForNewWorkspace();
    void chooseAndSaveAs();
    void saveOrWarn();
    void addRecentFile(const QString &path);
    void forgetRecentFile(const QString &path);
    void rebuildRecentMenu();
    void updateTitle();
    void updateActions();
    void updateFindingsTitle();
    void addIndicator();
    void addChildItem();
    void deleteSelected();
    void moveSelected(int delta);
    void goToFinding(int delta);
    void showSettings();
    void showAbout();
    qint64 selectedId() const;

    std::unique_ptr<WorkspaceDocument> m_document;
    CascadeTreeModel *m_treeModel;
    QTreeView *m_tree;
    FindingsModel *m_findingsModel;
    QTableView *m_findingsView;
    QDockWidget *m_findingsDock;
    CommentsDock *m_commentsDock;
    QStackedWidget *m_editors;
    QLabel *m_placeholder;
    IndicatorEditor *m_indicatorEditor = nullptr;
    PkEditor *m_pkEditor = nullptr;
    PlanItemEditor *m_planItemEditor = nullptr;
    PemdaEditor *m_pemdaEditor = nullptr;
    OpdEditor *m_opdEditor = nullptr;
    ReviewWindow *m_reviewWindow = nullptr;
    PkExportActions *m_pkExport = nullptr;
    StructureActions *m_structure = nullptr;
    ReviewSummaryExport *m_summaryExport = nullptr;
    ServerActions *m_server = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_counts;
    WindowContext *m_context;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addIndicatorAction = nullptr;
    QAction *m_addItemAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_commentAction = nullptr;
    QAction *m_duplicatePkAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_nextFindingAction = nullptr;
    QAction *m_previousFindingAction = nullptr;
    UnsavedChangesPrompt m_prompt;
    bool m_deferChecking = false;
};

} // namespace Tepat
