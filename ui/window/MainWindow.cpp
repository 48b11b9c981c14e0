#include "window/MainWindow.h"

#include "common/PasteTableView.h"
#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/AddIndicatorCommand.h"
#include "document/commands/AddItemCommand.h"
#include "document/commands/DuplicatePkCommand.h"
#include "document/commands/MoveIndicatorCommand.h"
#include "document/commands/MoveItemCommand.h"
#include "document/commands/RemoveIndicatorCommand.h"
#include "document/commands/RemoveItemCommand.h"
#include "editors/IndicatorEditor.h"
#include "editors/OpdEditor.h"
#include "editors/PemdaEditor.h"
#include "editors/PkEditor.h"
#include "editors/PkTargetsModel.h"
#include "editors/PlanItemEditor.h"
#include "io/ExportTableActions.h"
#include "io/ImportActions.h"
#include "io/PkExportActions.h"
#include "online/PkWorkflowDock.h"
#include "online/ServerActions.h"
#include "online/ServerStatusLabel.h"
#include "review/CommentsDock.h"
#include "review/FindingsModel.h"
#include "review/ReviewSummaryExport.h"
#include "review/ReviewWindow.h"
#include "store/WorkspaceFile.h"
#include "window/CascadeTreeModel.h"
#include "window/LanguageSwitch.h"
#include "window/MainToolBar.h"
#include "window/NewWorkspaceDialog.h"
#include "window/SettingsDialog.h"
#include "window/StructureActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace Tepat {

namespace {

const QString recentKey = QStringLiteral("recentFiles");
constexpr int maxRecent = 8;

QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QMessageBox::StandardButton askAboutUnsavedChanges(MainWindow *window)
{
    return QMessageBox::question(
        window,
        QCoreApplication::translate("Tepat::MainWindow", "Unsaved changes"),
        QCoreApplication::translate("Tepat::MainWindow",
                                    "The workspace has changes that are not saved yet. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_treeModel(new CascadeTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_findingsModel(new FindingsModel(this))
    , m_findingsView(new QTableView(this))
    , m_findingsDock(new QDockWidget(tr("Findings"), this))
    , m_commentsDock(new CommentsDock(this))
    , m_editors(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_context(new WindowContext(this))
    , m_prompt(askAboutUnsavedChanges)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tree->setModel(m_treeModel);
    // Uniform rows let the view skip measuring ten thousand rows.
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderHidden(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->viewport()->installEventFilter(this);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Open a workspace (Ctrl+O) to begin."));
    m_editors->addWidget(m_placeholder);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_editors);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 900});
    setCentralWidget(splitter);

    m_findingsView->setModel(m_findingsModel);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->verticalHeader()->setVisible(false);
    m_findingsView->verticalHeader()->setDefaultSectionSize(m_findingsView->fontMetrics().height()
                                                            + 8);
    m_findingsView->setWordWrap(false);
    QHeaderView *header = m_findingsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(FindingsModel::SeverityColumn, 110);
    header->resizeSection(FindingsModel::ObjectColumn, 300);
    header->resizeSection(FindingsModel::MessageColumn, 420);
    header->setStretchLastSection(true);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setWidget(m_findingsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_commentsDock);
    tabifyDockWidget(m_findingsDock, m_commentsDock);
    m_findingsDock->raise();
    m_commentsDock->setAuthor(SettingsDialog::reviewerName());

    statusBar()->addPermanentWidget(m_counts);
    createActions();

    connect(m_findingsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        activateFinding(index.row());
    });
    connect(
        m_findingsModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateFindingsTitle);
    connect(
        m_findingsModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateFindingsTitle);
    connect(
        m_findingsModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateFindingsTitle);
    connect(m_commentsDock, &CommentsDock::objectActivated, this, &MainWindow::selectObject);

    // Fits a 1366×768 laptop with room for the taskbar. Set before the window exists, it also
    // spares the layout from changing the window's constraints later.
    setMinimumSize(800, 500);
    resize(1280, 720);
    // On a 768-pixel laptop screen the forms need the height more than the list: about eight
    // findings stay in view, the dock can be dragged taller.
    resizeDocks({m_findingsDock}, {220}, Qt::Vertical);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The views and editors point into the document; detach them before it goes.
    delete m_reviewWindow;
    m_treeModel->setDocument(nullptr);
    m_findingsModel->setDocument(nullptr);
    m_commentsDock->setDocument(nullptr);
    delete m_indicatorEditor;
    delete m_pkEditor;
    delete m_planItemEditor;
    delete m_pemdaEditor;
    delete m_opdEditor;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newWorkspace
        = file->addAction(tr("&New workspace…"), this, &MainWindow::askForNewWorkspace);
    newWorkspace->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::saveOrWarn);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::chooseAndSaveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction((new ImportActions(this, [this] { return m_document.get(); }))->importAction());
    m_pkExport = new PkExportActions(this);
    m_pkExport->addTo(file);
    file->addMenu((new ExportTableActions(m_context))->menu());
    m_server = new ServerActions(m_context, [this](std::unique_ptr<WorkspaceDocument> document) {
        if (maybeSave())
            showDocument(std::move(document));
    });
    file->addAction(m_server->connectAction());
    statusBar()->addPermanentWidget(m_server->statusLabel());
    addDockWidget(Qt::RightDockWidgetArea, m_server->workflowDock());
    m_server->workflowDock()->hide(); // until a workspace on a server is open
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addSeparator();
    m_addIndicatorAction = edit->addAction(tr("Add &indicator"), this, &MainWindow::addIndicator);
    m_addIndicatorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_addItemAction = edit->addAction(tr("Add &sub-item"), this, &MainWindow::addChildItem);
    m_addItemAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_structure = new StructureActions(this);
    edit->addAction(m_structure->addOpdAction());
    edit->addAction(m_structure->addPkAction());
    // These keys act on the tree only: in a table, Delete and Alt+arrows belong to the table.
    m_deleteAction = edit->addAction(tr("&Delete item"), this, &MainWindow::deleteSelected);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveUpAction = edit->addAction(tr("Move u&p"), this, [this] { moveSelected(-1); });
    m_moveUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUpAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveDownAction = edit->addAction(tr("Move do&wn"), this, [this] { moveSelected(+1); });
    m_moveDownAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDownAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicatePkAction = edit->addAction(
        tr("Du&plicate PK for next year"), this, [this] { duplicatePk(selectedId()); });
    m_duplicatePkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    edit->addSeparator();
    m_commentAction
        = edit->addAction(tr("&Comment on item"), m_commentsDock, &CommentsDock::focusInput);
    m_commentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    for (QAction *action : {m_addIndicatorAction,
                            m_addItemAction,
                            m_structure->addOpdAction(),
                            m_structure->addPkAction(),
                            m_deleteAction,
                            m_moveUpAction,
                            m_moveDownAction,
                            m_commentAction}) {
        m_tree->addAction(action);
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_reviewAction = view->addAction(tr("&Review mode"), this, &MainWindow::enterReviewMode);
    m_reviewAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_nextFindingAction = view->addAction(tr("&Next finding"), this, [this] { goToFinding(+1); });
    m_nextFindingAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_previousFindingAction
        = view->addAction(tr("&Previous finding"), this, [this] { goToFinding(-1); });
    m_previousFindingAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_summaryExport = new ReviewSummaryExport(m_context);
    view->addAction(m_summaryExport->action());
    view->addAction(m_server->historyAction());
    view->addSeparator();
    QAction *tree = view->addAction(
        tr("Cascade &tree"), this, [this] { m_tree->setFocus(Qt::ShortcutFocusReason); });
    tree->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *findings = m_findingsDock->toggleViewAction();
    findings->setText(tr("&Findings"));
    findings->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addAction(findings);
    QAction *comments = m_commentsDock->toggleViewAction();
    comments->setText(tr("C&omments"));
    comments->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    view->addAction(comments);
    m_toolBar = new MainToolBar({{newWorkspace, "document-new"},
                                 {open, "document-open"},
                                 {m_saveAction, "document-save"},
                                 {nullptr, nullptr},
                                 {m_undoAction, "edit-undo"},
                                 {m_redoAction, "edit-redo"},
                                 {nullptr, nullptr},
                                 {m_addIndicatorAction, "list-add-indicator"},
                                 {m_deleteAction, "edit-delete"},
                                 {nullptr, nullptr},
                                 {m_reviewAction, "view-review"},
                                 {m_nextFindingAction, "go-next-finding"}},
                                this);
    addToolBar(m_toolBar);
    view->addAction(m_toolBar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tepat"), this, &MainWindow::showAbout);
    rebuildRecentMenu();
}

QString MainWindow::workspacePath() const
{
    return m_document ? m_document->path() : QString();
}

bool MainWindow::isReadOnly() const
{
    return !m_document || m_document->isReadOnly();
}

Result<void> MainWindow::openWorkspace(const QString &path)
{
    Result<std::unique_ptr<WorkspaceDocument>> opened = WorkspaceDocument::open(
        path, m_deferChecking ? WorkspaceDocument::Check::Later : WorkspaceDocument::Check::Now);
    if (!opened)
        return fail(opened.error());
    setDocument(std::move(*opened));
    addRecentFile(m_document->path());
    if (m_document->isReadOnly()) {
        statusBar()->showMessage(
            tr("%1 is read-only: changes cannot be saved into it; use Save As.")
                .arg(m_document->path()));
    }
    return {};
}

std::unique_ptr<WorkspaceDocument> MainWindow::takeDocument()
{
    detachDocument();
    std::unique_ptr<WorkspaceDocument> document = std::move(m_document);
    m_editors->setCurrentWidget(m_placeholder);
    updateTitle();
    updateActions();
    return document;
}

void MainWindow::showDocument(std::unique_ptr<WorkspaceDocument> document)
{
    setDocument(std::move(document));
}

void MainWindow::detachDocument()
{
    delete m_reviewWindow;
    m_reviewWindow = nullptr;
    // Editors are made per document: they connect to it and hold its ids.
    for (QWidget *editor : {static_cast<QWidget *>(m_indicatorEditor),
                            static_cast<QWidget *>(m_pkEditor),
                            static_cast<QWidget *>(m_planItemEditor),
                            static_cast<QWidget *>(m_pemdaEditor),
                            static_cast<QWidget *>(m_opdEditor)}) {
        if (editor) {
            QWidget *page
                = editor->parentWidget() ? editor->parentWidget()->parentWidget() : nullptr;
            delete editor;
            delete page; // the scroll area around it
        }
    }
    m_indicatorEditor = nullptr;
    m_pkEditor = nullptr;
    m_planItemEditor = nullptr;
    m_pemdaEditor = nullptr;
    m_opdEditor = nullptr;
    m_treeModel->setDocument(nullptr);
    m_findingsModel->setDocument(nullptr);
    m_commentsDock->setDocument(nullptr);
    m_pkExport->setDocument(nullptr);
    m_context->setDocument(nullptr);
    if (m_document) {
        QUndoStack *stack = m_document->undoStack();
        for (const QObject *receiver : {static_cast<QObject *>(this),
                                        static_cast<QObject *>(m_undoAction),
                                        static_cast<QObject *>(m_redoAction)}) {
            disconnect(m_document.get(), nullptr, receiver, nullptr);
            disconnect(stack, nullptr, receiver, nullptr);
        }
    }
}

void MainWindow::setDocument(std::unique_ptr<WorkspaceDocument> document)
{
    detachDocument();
    m_document = std::move(document);

    m_indicatorEditor = new IndicatorEditor(m_document.get());
    m_pkEditor = new PkEditor(m_document.get());
    m_planItemEditor = new PlanItemEditor(m_document.get());
    m_pemdaEditor = new PemdaEditor(m_document.get());
    m_opdEditor = new OpdEditor(m_document.get());
    m_editors->addWidget(scrolled(m_indicatorEditor, m_editors));
    m_editors->addWidget(scrolled(m_pkEditor, m_editors));
    m_editors->addWidget(scrolled(m_planItemEditor, m_editors));
    m_editors->addWidget(scrolled(m_pemdaEditor, m_editors));
    m_editors->addWidget(scrolled(m_opdEditor, m_editors));
    m_editors->setCurrentWidget(m_placeholder);
    m_placeholder->setText(tr("Select an item, an indicator or a PK in the tree to edit it."));

    m_treeModel->setDocument(m_document.get());
    m_findingsModel->setDocument(m_document.get());
    m_commentsDock->setDocument(m_document.get());
    m_pkExport->setDocument(m_document.get());
    m_context->setDocument(m_document.get());

    m_undoAction->disconnect();
    m_redoAction->disconnect();
    QUndoStack *stack = m_document->undoStack();
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    const auto showUndoText = [this](const QString &text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    };
    const auto showRedoText = [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    };
    connect(stack, &QUndoStack::undoTextChanged, this, showUndoText);
    connect(stack, &QUndoStack::redoTextChanged, this, showRedoText);
    // A document handed over by LanguageSwitch comes with its history.
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    showUndoText(stack->undoText());
    showRedoText(stack->redoText());
    connect(m_document.get(), &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(),
            &WorkspaceDocument::findingsChanged,
            this,
            &MainWindow::updateFindingsTitle);
    connect(m_document.get(), &WorkspaceDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(
        m_document.get(), &WorkspaceDocument::saved, this, [this](const QString &, bool automatic) {
            statusBar()->showMessage(
                automatic ? tr("Autosaved at %1")
                                .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")))
                          : tr("Saved"),
                automatic ? 0 : 4000);
        });
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::showEditorFor,
            Qt::UniqueConnection);

    // The RPJMD and each OPD open one level: the user sees the shape of the cascade at once.
    for (int row = 0; row < m_treeModel->rowCount(); ++row)
        m_tree->expand(m_treeModel->index(row, 0));
    const Cascade &cascade = m_document->cascade();
    m_counts->setText(tr("%n OPD", nullptr, int(cascade.opds().size())) + QStringLiteral(" · ")
                      + tr("%n indicator(s)", nullptr, cascade.indicatorCount()));
    updateTitle();
    updateActions();
    updateFindingsTitle();
}

QWidget *MainWindow::currentEditor() const
{
    QWidget *page = m_editors->currentWidget();
    if (auto *area = qobject_cast<QScrollArea *>(page))
        return area->widget();
    return page;
}

qint64 MainWindow::selectedId() const
{
    return m_tree->currentIndex().data(CascadeTreeModel::ObjectIdRole).toLongLong();
}

void MainWindow::showEditorFor(const QModelIndex &index)
{
    m_context->setCurrentObject(index.data(CascadeTreeModel::ObjectIdRole).toLongLong());
    updateActions();
    if (!m_document || !index.isValid()) {
        m_editors->setCurrentWidget(m_placeholder);
        m_commentsDock->setCurrentObject(0, {});
        return;
    }
    const auto type
        = CascadeTreeModel::NodeType(index.data(CascadeTreeModel::NodeTypeRole).toInt());
    const qint64 id = index.data(CascadeTreeModel::ObjectIdRole).toLongLong();
    const bool commentable = type == CascadeTreeModel::NodeType::Item
        || type == CascadeTreeModel::NodeType::Indicator || type == CascadeTreeModel::NodeType::Pk;
    m_commentsDock->setCurrentObject(commentable ? id : 0, index.data().toString());
    switch (type) {
    case CascadeTreeModel::NodeType::Indicator:
        m_indicatorEditor->setIndicator(id);
        m_editors->setCurrentWidget(m_indicatorEditor->parentWidget()->parentWidget());
        return;
    case CascadeTreeModel::NodeType::Pk:
        m_pkEditor->setPk(id);
        m_editors->setCurrentWidget(m_pkEditor->parentWidget()->parentWidget());
        return;
    case CascadeTreeModel::NodeType::Item: {
        const PlanItem *item = m_document->cascade().item(id);
        if (item && item->kind == PlanItem::Kind::PkSasaran) {
            // A PK sasaran is a row group of its PK's table: edit it there.
            m_pkEditor->setPk(item->parentId);
            m_editors->setCurrentWidget(m_pkEditor->parentWidget()->parentWidget());
            const int row = m_pkEditor->targetsModel()->rowOf(id);
            m_pkEditor->targetsTable()->setCurrentIndex(m_pkEditor->targetsModel()->index(row, 0));
            return;
        }
        m_planItemEditor->setItem(id);
        m_editors->setCurrentWidget(m_planItemEditor->parentWidget()->parentWidget());
        return;
    }
    case CascadeTreeModel::NodeType::Rpjmd:
        m_pemdaEditor->load();
        m_editors->setCurrentWidget(m_pemdaEditor->parentWidget()->parentWidget());
        return;
    case CascadeTreeModel::NodeType::Opd:
        m_opdEditor->setOpd(id);
        m_editors->setCurrentWidget(m_opdEditor->parentWidget()->parentWidget());
        return;
    case CascadeTreeModel::NodeType::Renstra:
        break;
    }
    m_placeholder->setText(tr("%1\n\nSelect one of its items, indicators or PKs to edit it.")
                               .arg(index.data().toString()));
    m_editors->setCurrentWidget(m_placeholder);
}

bool MainWindow::selectObject(qint64 objectId)
{
    const QModelIndex index = m_treeModel->indexOf(objectId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::activateFinding(int row)
{
    if (row < 0 || row >= m_findingsModel->rowCount())
        return;
    const Finding &finding = m_findingsModel->finding(row);
    m_findingsView->setCurrentIndex(m_findingsModel->index(row, 0));
    if (!selectObject(finding.objectId))
        return;
    if (QWidget *editor = currentEditor(); editor == m_indicatorEditor) {
        m_indicatorEditor->focusField(finding.field);
    } else if (editor == m_pkEditor) {
        m_pkEditor->focusField(finding.field);
    } else if (editor == m_planItemEditor) {
        m_planItemEditor->focusField(finding.field);
    }
}

void MainWindow::goToFinding(int delta)
{
    const int rows = m_findingsModel->rowCount();
    if (rows == 0)
        return;
    const int current = m_findingsView->currentIndex().row();
    const int next
        = current < 0 ? (delta > 0 ? 0 : rows - 1) : std::clamp(current + delta, 0, rows - 1);
    activateFinding(next);
}

void MainWindow::enterReviewMode()
{
    if (!m_document)
        return;
    if (!m_reviewWindow) {
        m_reviewWindow = new ReviewWindow(m_document.get());
        m_reviewWindow->setScale(SettingsDialog::reviewScale());
        connect(m_reviewWindow, &ReviewWindow::findingShown, this, [this](qint64 objectId) {
            selectObject(objectId);
        });
        connect(m_reviewWindow, &ReviewWindow::scaleChanged, this, &SettingsDialog::setReviewScale);
        connect(m_reviewWindow, &ReviewWindow::closed, this, [this] { activateWindow(); });
    }
    const QModelIndex current = m_tree->currentIndex();
    m_reviewWindow->start(
        current.isValid() ? current.data(CascadeTreeModel::ObjectIdRole).toLongLong() : 0);
    m_reviewWindow->showFullScreen();
    m_reviewWindow->activateWindow();
    m_reviewWindow->setFocus(Qt::ActiveWindowFocusReason);
}

Result<void> MainWindow::save()
{
    if (!m_document)
        return {};
    return m_document->save();
}

Result<void> MainWindow::saveAs(const QString &path)
{
    if (!m_document)
        return {};
    Result<void> saved = m_document->saveAs(path);
    if (saved)
        addRecentFile(m_document->path());
    return saved;
}

void MainWindow::saveOrWarn()
{
    if (!m_document)
        return;
    if (m_document->path().isEmpty() || m_document->isReadOnly()) {
        chooseAndSaveAs();
        return;
    }
    if (Result<void> saved = save(); !saved)
        QMessageBox::warning(this, tr("Cannot save"), saved.error().message);
}

void MainWindow::chooseAndSaveAs()
{
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save workspace as"), m_document->path(), tr("Tepat workspaces (*.tepat)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(WorkspaceFile::extension))
        path += WorkspaceFile::extension;
    if (Result<void> saved = saveAs(path); !saved)
        QMessageBox::warning(this, tr("Cannot save"), saved.error().message);
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    switch (m_prompt(this)) {
    case QMessageBox::Save:
        if (m_document->path().isEmpty() || m_document->isReadOnly()) {
            chooseAndSaveAs();
            return !m_document->isModified();
        }
        if (Result<void> saved = save(); !saved) {
            QMessageBox::warning(this, tr("Cannot save"), saved.error().message);
            return false;
        }
        return true;
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_reviewWindow)
        m_reviewWindow->close();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Paint && m_document
        && !m_document->isChecked()) {
        // After this paint, not during it: the window is on screen before the checker runs.
        QTimer::singleShot(0, m_document.get(), &WorkspaceDocument::ensureChecked);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createWorkspace(Cascade cascade)
{
    setDocument(WorkspaceDocument::create(std::move(cascade)));
    m_tree->setCurrentIndex(m_treeModel->index(0, 0));
}

void MainWindow::askForNewWorkspace()
{
    if (!maybeSave())
        return;
    NewWorkspaceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<Cascade> cascade = dialog.cascade();
    if (!cascade) {
        QMessageBox::warning(this, tr("Cannot create workspace"), cascade.error().message);
        return;
    }
    createWorkspace(std::move(*cascade));
}

qint64 MainWindow::duplicatePk(qint64 pkId)
{
    if (!m_document || !m_document->cascade().pk(pkId))
        return 0;
    auto *command = new DuplicatePkCommand(m_document.get(), pkId);
    const qint64 id = command->newPkId();
    m_document->undoStack()->push(command);
    selectObject(id);
    return id;
}

void MainWindow::chooseAndOpen()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Open workspace"),
                                                      QFileInfo(workspacePath()).absolutePath(),
                                                      tr("Tepat workspaces (*.tepat)"));
    if (path.isEmpty())
        return;
    if (Result<void> opened = openWorkspace(path); !opened)
        QMessageBox::warning(this, tr("Cannot open workspace"), opened.error().message);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    settings.setValue(QStringLiteral("lastWorkspace"), path);
    rebuildRecentMenu();
}

void MainWindow::forgetRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    settings.setValue(recentKey, recent);
    // Not from inside the triggered action: the menu's actions are deleted after this returns.
    QTimer::singleShot(0, this, &MainWindow::rebuildRecentMenu);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        // "&1 deli-serdang.tepat": the digit is the mnemonic, the folder is in the tooltip.
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()), this, [this, path] {
                if (!QFileInfo::exists(path)) {
                    forgetRecentFile(path);
                    statusBar()->showMessage(
                        tr("%1 is no longer there; it is removed from the recent files.").arg(path),
                        8000);
                    return;
                }
                if (!maybeSave())
                    return;
                if (Result<void> opened = openWorkspace(path); !opened)
                    QMessageBox::warning(this, tr("Cannot open workspace"), opened.error().message);
            });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Tepat"));
        return;
    }
    QString name = m_document->path().isEmpty() ? tr("New workspace")
                                                : QFileInfo(m_document->path()).fileName();
    if (m_document->isReadOnly() && !m_document->path().isEmpty())
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(tr("%1[*] — %2 — Tepat").arg(name, m_document->cascade().pemda().name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    m_saveAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_reviewAction->setEnabled(open);
    m_nextFindingAction->setEnabled(open);
    m_previousFindingAction->setEnabled(open);
    const QModelIndex current = m_tree->currentIndex();
    const auto type
        = CascadeTreeModel::NodeType(current.data(CascadeTreeModel::NodeTypeRole).toInt());
    const bool item = current.isValid() && type == CascadeTreeModel::NodeType::Item;
    const bool indicator = current.isValid() && type == CascadeTreeModel::NodeType::Indicator;
    m_addIndicatorAction->setEnabled(open && (item || indicator));
    m_addItemAction->setEnabled(open && current.isValid()
                                && type != CascadeTreeModel::NodeType::Opd);
    const bool opdOrPk
        = type == CascadeTreeModel::NodeType::Opd || type == CascadeTreeModel::NodeType::Pk;
    m_deleteAction->setEnabled(open && current.isValid() && (item || indicator || opdOrPk));
    m_structure->updateActions();
    m_summaryExport->updateAction();
    m_moveUpAction->setEnabled(open && (item || indicator));
    m_moveDownAction->setEnabled(open && (item || indicator));
    m_commentAction->setEnabled(open
                                && (item || indicator || type == CascadeTreeModel::NodeType::Pk));
    m_pkExport->setCurrentObject(open ? selectedId() : 0);
}

void MainWindow::updateFindingsTitle()
{
    if (m_document && !m_document->isChecked()) {
        m_findingsDock->setWindowTitle(tr("Findings (checking…)"));
        return;
    }
    const int count = m_findingsModel->rowCount();
    m_findingsDock->setWindowTitle(count ? tr("Findings (%1)").arg(count) : tr("Findings"));
}

void MainWindow::addIndicator()
{
    if (!m_document)
        return;
    const Cascade &cascade = m_document->cascade();
    qint64 owner = selectedId();
    int position = -1;
    if (const Indicator *selected = cascade.indicator(owner)) {
        owner = selected->ownerId;
        position = int(cascade.indicatorsOf(owner).indexOf(selected->id)) + 1;
    }
    if (!cascade.item(owner))
        return;
    Indicator indicator;
    indicator.id = m_document->allocateId();
    indicator.ownerId = owner;
    m_document->undoStack()->push(new AddIndicatorCommand(m_document.get(), indicator, position));
    selectObject(indicator.id);
    m_indicatorEditor->focusField(QStringLiteral("text"));
}

void MainWindow::addChildItem()
{
    if (!m_document)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const auto type
        = CascadeTreeModel::NodeType(current.data(CascadeTreeModel::NodeTypeRole).toInt());
    const qint64 id = selectedId();
    PlanItem item;
    item.parentId = id;
    switch (type) {
    case CascadeTreeModel::NodeType::Rpjmd:
        item.kind = PlanItem::Kind::RpjmdTujuan;
        item.parentId = 0;
        break;
    case CascadeTreeModel::NodeType::Renstra:
        item.kind = PlanItem::Kind::RenstraTujuan;
        break;
    case CascadeTreeModel::NodeType::Pk:
        item.kind = PlanItem::Kind::PkSasaran;
        break;
    case CascadeTreeModel::NodeType::Item: {
        const PlanItem *parent = m_document->cascade().item(id);
        static const QHash<PlanItem::Kind, PlanItem::Kind> childKind {
            {PlanItem::Kind::RpjmdTujuan, PlanItem::Kind::RpjmdSasaran},
            {PlanItem::Kind::RenstraTujuan, PlanItem::Kind::RenstraSasaran},
            {PlanItem::Kind::RenstraSasaran, PlanItem::Kind::Program},
            {PlanItem::Kind::Program, PlanItem::Kind::Kegiatan},
            {PlanItem::Kind::Kegiatan, PlanItem::Kind::SubKegiatan},
        };
        if (!parent || !childKind.contains(parent->kind)) {
            statusBar()->showMessage(
                tr("A %1 has no sub-items; add an indicator instead.")
                    .arg(parent ? PlanItem::displayName(parent->kind) : QString()),
                5000);
            return;
        }
        item.kind = childKind.value(parent->kind);
        break;
    }
    case CascadeTreeModel::NodeType::Opd:
    case CascadeTreeModel::NodeType::Indicator:
        return;
    }
    item.id = m_document->allocateId();
    m_document->undoStack()->push(new AddItemCommand(m_document.get(), item, -1));
    selectObject(item.id);
    if (currentEditor() == m_planItemEditor)
        m_planItemEditor->focusField(QStringLiteral("name"));
}

void MainWindow::deleteSelected()
{
    if (!m_document)
        return;
    const qint64 id = selectedId();
    const Cascade &cascade = m_document->cascade();
    if (cascade.indicator(id))
        m_document->undoStack()->push(new RemoveIndicatorCommand(m_document.get(), id));
    else if (cascade.item(id))
        m_document->undoStack()->push(new RemoveItemCommand(m_document.get(), id));
    else if (m_tree->currentIndex().data(CascadeTreeModel::NodeTypeRole).toInt()
             != int(CascadeTreeModel::NodeType::Renstra)) {
        m_structure->remove(id);
    }
}

void MainWindow::moveSelected(int delta)
{
    if (!m_document)
        return;
    const qint64 id = selectedId();
    const Cascade &cascade = m_document->cascade();
    if (const Indicator *indicator = cascade.indicator(id)) {
        const int position = int(cascade.indicatorsOf(indicator->ownerId).indexOf(id)) + delta;
        if (position >= 0 && position < cascade.indicatorsOf(indicator->ownerId).size())
            m_document->undoStack()->push(new MoveIndicatorCommand(m_document.get(), id, position));
    } else if (const PlanItem *item = cascade.item(id)) {
        const int position = int(cascade.childItems(item->parentId).indexOf(id)) + delta;
        if (position >= 0 && position < cascade.childItems(item->parentId).size())
            m_document->undoStack()->push(new MoveItemCommand(m_document.get(), id, position));
    }
    selectObject(id);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.apply();
    m_commentsDock->setAuthor(SettingsDialog::reviewerName());
    if (m_reviewWindow)
        m_reviewWindow->setScale(SettingsDialog::reviewScale());
    if (languageChanged)
        LanguageSwitch::switchTo(this, SettingsDialog::language());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Tepat"),
                       tr("Tepat %1\n\nDraft, check and review Perjanjian Kinerja and the planning "
                          "cascade RPJMD → Renstra → PK → IKU.")
                           .arg(QStringLiteral(TEPAT_VERSION)));
}

} // namespace Tepat
