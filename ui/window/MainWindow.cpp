#include "window/MainWindow.h"

#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "editors/PkEditor.h"
#include "editors/PlanItemEditor.h"
#include "editors/RealisasiActions.h"
#include "editors/RealisasiView.h"
#include "io/ExportTableActions.h"
#include "io/ImportActions.h"
#include "io/PkExportActions.h"
#include "online/PkWorkflowDock.h"
#include "online/ServerActions.h"
#include "online/ServerStatusLabel.h"
#include "results/DashboardActions.h"
#include "results/ReportActions.h"
#include "review/CommentsDock.h"
#include "review/FindingsModel.h"
#include "review/ReviewSummaryExport.h"
#include "review/ReviewWindow.h"
#include "window/CascadeTreeModel.h"
#include "window/EditActions.h"
#include "window/EditorArea.h"
#include "window/LanguageSwitch.h"
#include "window/MainToolBar.h"
#include "window/OutsideChangeActions.h"
#include "window/RecoveryActions.h"
#include "window/SettingsDialog.h"
#include "window/WorkspaceFileActions.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace Tepat {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_context(new WindowContext(this))
    , m_treeModel(new CascadeTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_editors(new EditorArea(this))
    , m_findingsModel(new FindingsModel(this))
    , m_findingsView(new QTableView(this))
    , m_findingsDock(new QDockWidget(tr("Findings"), this))
    , m_commentsDock(new CommentsDock(this))
    , m_counts(new QLabel(this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // First, so that the views have the new document before the action groups ask them.
    connect(m_context, &WindowContext::documentAboutToChange, this, &MainWindow::detachDocument);
    connect(m_context, &WindowContext::documentChanged, this, &MainWindow::attachDocument);
    connect(m_context, &WindowContext::selectionRequested, this, &MainWindow::selectObject);
    connect(m_context, &WindowContext::focusRequested, m_editors, &EditorArea::focusField);

    m_tree->setModel(m_treeModel);
    // Uniform rows let the view skip measuring ten thousand rows.
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderHidden(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::showNode);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_editors);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 900});
    setCentralWidget(m_splitter);

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

    m_counts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_counts);
    createMenus();

    // One click goes to the finding's field, as the README says; Enter does from the keyboard.
    for (auto signal : {&QTableView::clicked, &QTableView::activated}) {
        connect(m_findingsView, signal, this, [this](const QModelIndex &index) {
            activateFinding(index.row());
        });
    }
    connect(
        m_findingsModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateFindingsTitle);
    connect(
        m_findingsModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateFindingsTitle);
    connect(
        m_findingsModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateFindingsTitle);
    connect(m_commentsDock, &CommentsDock::objectActivated, this, &MainWindow::selectObject);
    connect(m_fileActions, &WorkspaceFileActions::created, this, [this] {
        m_tree->setCurrentIndex(m_treeModel->index(0, 0));
    });

    // Fits a 1366×768 laptop with room for the taskbar. Set before the window exists, it also
    // spares the layout from changing the window's constraints later.
    setMinimumSize(800, 500);
    resize(1280, 720);
    // On a 768-pixel laptop screen the forms need the height more than the list: about eight
    // findings stay in view, the dock can be dragged taller.
    resizeDocks({m_findingsDock}, {220}, Qt::Vertical);
    attachDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // The views and editors point into the document: they let go of it before it goes.
    m_context->setDocument(nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions = new WorkspaceFileActions(m_context);
    m_fileActions->addTo(file);
    m_recoveryActions = new RecoveryActions(m_context, m_fileActions);
    m_outsideChangeActions = new OutsideChangeActions(m_context, m_fileActions);
    connect(m_fileActions,
            &WorkspaceFileActions::openedByUser,
            m_recoveryActions,
            &RecoveryActions::offerFor);
    file->addSeparator();
    file->addAction((new ImportActions(m_context))->importAction());
    (new PkExportActions(m_context))->addTo(file);
    file->addMenu((new ExportTableActions(m_context))->menu());
    m_reports = new ReportActions(m_context);
    file->addAction(m_reports->reportsAction());
    m_server = new ServerActions(m_context, [this](std::unique_ptr<WorkspaceDocument> document) {
        if (m_fileActions->maybeSave())
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
    m_editActions = new EditActions(m_context, m_tree);
    m_editActions->addTo(edit);
    connect(m_editActions->commentAction(),
            &QAction::triggered,
            m_commentsDock,
            &CommentsDock::focusInput);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_reviewAction = view->addAction(tr("&Review mode"), this, &MainWindow::enterReviewMode);
    m_reviewAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_nextFindingAction = view->addAction(tr("&Next finding"), this, [this] { goToFinding(+1); });
    m_nextFindingAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_previousFindingAction
        = view->addAction(tr("&Previous finding"), this, [this] { goToFinding(-1); });
    m_previousFindingAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    view->addAction((new ReviewSummaryExport(m_context))->action());
    auto *realisasi = new RealisasiActions(m_context);
    view->addAction(realisasi->openAction());
    m_dashboard = new DashboardActions(m_context);
    m_dashboard->setProjectorScale(SettingsDialog::reviewScale());
    view->addAction(m_dashboard->openAction());
    // A row of the dashboard opens its PK's realisasi at the dashboard's triwulan.
    connect(m_dashboard,
            &DashboardActions::pkActivated,
            this,
            [this, realisasi](qint64 pkId, int quarter) {
                selectObject(pkId);
                realisasi->openAction()->trigger();
                if (RealisasiWindow *window = realisasi->window())
                    window->view()->quarterBar()->setCurrentIndex(quarter - 1);
            });
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
    auto *toolBar = new MainToolBar({{m_fileActions->newAction(), "document-new"},
                                     {m_fileActions->openAction(), "document-open"},
                                     {m_fileActions->saveAction(), "document-save"},
                                     {nullptr, nullptr},
                                     {m_editActions->undoAction(), "edit-undo"},
                                     {m_editActions->redoAction(), "edit-redo"},
                                     {nullptr, nullptr},
                                     {m_editActions->addIndicatorAction(), "list-add-indicator"},
                                     {m_editActions->deleteAction(), "edit-delete"},
                                     {nullptr, nullptr},
                                     {m_reviewAction, "view-review"},
                                     {m_nextFindingAction, "go-next-finding"}},
                                    this);
    addToolBar(toolBar);
    view->addAction(toolBar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tepat"), this, &MainWindow::showAbout);
}

WorkspaceDocument *MainWindow::document() const
{
    return m_context->document();
}

Result<void> MainWindow::openWorkspace(const QString &path)
{
    return m_fileActions->open(path);
}

void MainWindow::setDeferredChecking(bool deferred)
{
    m_fileActions->setDeferredChecking(deferred);
}

std::unique_ptr<WorkspaceDocument> MainWindow::takeDocument()
{
    return m_context->takeDocument();
}

void MainWindow::showDocument(std::unique_ptr<WorkspaceDocument> document)
{
    m_context->setDocument(std::move(document));
}

void MainWindow::detachDocument()
{
    delete m_reviewWindow;
    m_reviewWindow = nullptr;
    m_editors->setDocument(nullptr);
    m_treeModel->setDocument(nullptr);
    m_findingsModel->setDocument(nullptr);
    m_commentsDock->setDocument(nullptr);
    if (WorkspaceDocument *document = m_context->document())
        disconnect(document, nullptr, this, nullptr);
}

void MainWindow::attachDocument(WorkspaceDocument *document)
{
    m_editors->setDocument(document);
    m_treeModel->setDocument(document);
    m_findingsModel->setDocument(document);
    m_commentsDock->setDocument(document);
    for (QAction *action : {m_reviewAction, m_nextFindingAction, m_previousFindingAction})
        action->setEnabled(document != nullptr);
    if (document) {
        connect(document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &WorkspaceDocument::pathChanged, this, &MainWindow::updateTitle);
        // A change a locked PK refused: say why where the user looks after typing.
        connect(document, &WorkspaceDocument::editRefused, this, [this](const QString &why) {
            m_context->showMessage(why, 10000);
        });
        connect(m_editors->pkEditor(), &PkEditor::pkRequested, this, &MainWindow::selectObject);
        connect(m_editors->planItemEditor(),
                &PlanItemEditor::pkRequested,
                this,
                &MainWindow::selectObject);
        connect(
            document, &WorkspaceDocument::findingsChanged, this, &MainWindow::updateFindingsTitle);
        // The RPJMD and each OPD open one level: the user sees the shape of the cascade at once.
        for (int row = 0; row < m_treeModel->rowCount(); ++row)
            m_tree->expand(m_treeModel->index(row, 0));
        connect(document, &WorkspaceDocument::objectInserted, this, &MainWindow::updateCounts);
        connect(document, &WorkspaceDocument::objectRemoved, this, &MainWindow::updateCounts);
    }
    updateCounts();
    updateTitle();
    updateFindingsTitle();
}

void MainWindow::updateCounts()
{
    const WorkspaceDocument *document = this->document();
    const Cascade *cascade = document ? &document->cascade() : nullptr;
    const QString text = cascade ? tr("%n OPD", nullptr, int(cascade->opds().size()))
            + QStringLiteral(" · ") + tr("%n indicator(s)", nullptr, cascade->indicatorCount())
                                 : QString();
    if (text == m_counts->text())
        return;
    m_counts->setText(text);
    // Laid out now rather than at the next event: a window grabbed right after a workspace
    // arrives (a restore of unsaved work, a screenshot) showed the label at its old width, "4".
    if (QLayout *layout = statusBar()->layout())
        layout->activate();
}

void MainWindow::showNode(const QModelIndex &index)
{
    const qint64 id = index.data(CascadeTreeModel::ObjectIdRole).toLongLong();
    m_context->setCurrentObject(id);
    if (!document() || !index.isValid()) {
        m_commentsDock->setCurrentObject(0, {});
        m_editors->showNode({});
        return;
    }
    const auto type
        = CascadeTreeModel::NodeType(index.data(CascadeTreeModel::NodeTypeRole).toInt());
    const bool commentable = type == CascadeTreeModel::NodeType::Item
        || type == CascadeTreeModel::NodeType::Indicator || type == CascadeTreeModel::NodeType::Pk;
    m_commentsDock->setCurrentObject(commentable ? id : 0, index.data().toString());
    m_editors->showNode(index);
}

bool MainWindow::selectObject(qint64 objectId)
{
    QModelIndex index = m_treeModel->indexOf(objectId);
    if (!index.isValid() && document()
        && document()->cascade().objectType(objectId) == Cascade::ObjectType::Opd) {
        index = m_treeModel->indexOf(objectId, CascadeTreeModel::NodeType::Opd);
    }
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
    if (selectObject(finding.objectId))
        m_editors->focusField(finding.field);
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
    if (!document())
        return;
    if (!m_reviewWindow) {
        m_reviewWindow = new ReviewWindow(document());
        m_reviewWindow->setScale(SettingsDialog::reviewScale());
        m_reviewWindow->setAuthor(SettingsDialog::reviewerName());
        connect(m_reviewWindow, &ReviewWindow::findingShown, this, [this](qint64 objectId) {
            selectObject(objectId);
        });
        connect(m_reviewWindow, &ReviewWindow::scaleChanged, this, &SettingsDialog::setReviewScale);
        connect(m_reviewWindow, &ReviewWindow::closed, this, [this] { activateWindow(); });
    }
    m_reviewWindow->start(m_context->currentObject());
    m_reviewWindow->showFullScreen();
    m_reviewWindow->activateWindow();
    m_reviewWindow->setFocus(Qt::ActiveWindowFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    if (m_reviewWindow)
        m_reviewWindow->close();
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    event->accept();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // The first start: all the room there is, as a planning officer's laptop has little.
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    restoreState(settings.value(stateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    WorkspaceDocument *shown = document();
    if (watched == m_tree->viewport() && event->type() == QEvent::Paint && shown
        && !shown->isChecked()) {
        // After this paint, not during it: the window is on screen before the checker runs.
        QTimer::singleShot(0, shown, &WorkspaceDocument::ensureChecked);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateTitle()
{
    const WorkspaceDocument *shown = document();
    if (!shown) {
        setWindowTitle(QStringLiteral("Tepat"));
        return;
    }
    QString name
        = shown->path().isEmpty() ? tr("New workspace") : QFileInfo(shown->path()).fileName();
    if (shown->isReadOnly() && !shown->path().isEmpty())
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(tr("%1[*] — %2 — Tepat").arg(name, shown->cascade().pemda().name));
    setWindowModified(shown->isModified());
}

void MainWindow::updateFindingsTitle()
{
    if (document() && !document()->isChecked()) {
        m_findingsDock->setWindowTitle(tr("Findings (checking…)"));
        return;
    }
    const int count = m_findingsModel->rowCount();
    m_findingsDock->setWindowTitle(count ? tr("Findings (%1)").arg(count) : tr("Findings"));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.apply();
    m_commentsDock->setAuthor(SettingsDialog::reviewerName());
    if (m_reviewWindow) {
        m_reviewWindow->setScale(SettingsDialog::reviewScale());
        m_reviewWindow->setAuthor(SettingsDialog::reviewerName());
    }
    m_dashboard->setProjectorScale(SettingsDialog::reviewScale());
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
