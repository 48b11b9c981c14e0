#pragma once

#include "base/Result.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QTableView;
class QSplitter;
class QTreeView;

namespace Tepat {

class CascadeTreeModel;
class CommentsDock;
class DashboardActions;
class ReportActions;
class EditActions;
class EditorArea;
class FindingsModel;
class OutsideChangeActions;
class RecoveryActions;
class ReviewWindow;
class ServerActions;
class WindowContext;
class WorkspaceDocument;
class WorkspaceFileActions;

// The application window, a frame around its parts: the cascade tree on the left, the form of the
// selected node in the centre (EditorArea), the findings and the reviewer comments in docks, and
// the menus and toolbar of the action groups (WorkspaceFileActions, EditActions, the import and
// export actions). The parts share one WindowContext, which holds the open document; everything
// shown reads that document live, and every edit goes through its undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace and shows it (WorkspaceFileActions::open): how the command line and
    // tests start.
    Result<void> openWorkspace(const QString &path);
    // When on, a workspace opened later is drawn first and checked right after its first paint,
    // so a big workspace appears sooner; the findings dock says it is checking meanwhile.
    void setDeferredChecking(bool deferred);
    // Hands the open workspace, with its undo history, to another window (LanguageSwitch); this
    // one is left empty.
    std::unique_ptr<WorkspaceDocument> takeDocument();
    // Shows a workspace that is already open, as it stands.
    void showDocument(std::unique_ptr<WorkspaceDocument> document);
    // Puts the window where the user left it: its geometry, docks and splitter as the last window
    // closed had them, or maximised on the first start. main() calls it before show().
    void restoreLayout();

    // Selects an object (OPD, item, indicator, PK) in the tree and shows its editor.
    bool selectObject(qint64 objectId);
    // Goes to the finding's object and focuses the field it concerns.
    void activateFinding(int row);
    void enterReviewMode();

    WorkspaceDocument *document() const;
    CascadeTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *treeView() const { return m_tree; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    QTableView *findingsView() const { return m_findingsView; }
    CommentsDock *commentsDock() const { return m_commentsDock; }
    EditorArea *editorArea() const { return m_editors; }
    ReviewWindow *reviewWindow() const { return m_reviewWindow; }
    WorkspaceFileActions *fileActions() const { return m_fileActions; }
    // Offers work a crash left unsaved: main() calls offerAll() once the window shows.
    RecoveryActions *recoveryActions() const { return m_recoveryActions; }
    OutsideChangeActions *outsideChangeActions() const { return m_outsideChangeActions; }
    EditActions *editActions() const { return m_editActions; }
    ServerActions *serverActions() const { return m_server; }
    DashboardActions *dashboardActions() const { return m_dashboard; }
    ReportActions *reportActions() const { return m_reports; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void detachDocument();
    void attachDocument(WorkspaceDocument *document);
    void showNode(const QModelIndex &index);
    void updateTitle();
    void updateFindingsTitle();
    void updateCounts();
    void goToFinding(int delta);
    void showSettings();
    void showAbout();

    WindowContext *m_context;
    CascadeTreeModel *m_treeModel;
    QTreeView *m_tree;
    EditorArea *m_editors;
    FindingsModel *m_findingsModel;
    QTableView *m_findingsView;
    QDockWidget *m_findingsDock;
    CommentsDock *m_commentsDock;
    QLabel *m_counts;
    QSplitter *m_splitter;
    WorkspaceFileActions *m_fileActions = nullptr;
    RecoveryActions *m_recoveryActions = nullptr;
    OutsideChangeActions *m_outsideChangeActions = nullptr;
    EditActions *m_editActions = nullptr;
    ServerActions *m_server = nullptr;
    DashboardActions *m_dashboard = nullptr;
    ReportActions *m_reports = nullptr;
    ReviewWindow *m_reviewWindow = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_nextFindingAction = nullptr;
    QAction *m_previousFindingAction = nullptr;
};

} // namespace Tepat
