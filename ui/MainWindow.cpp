#include "MainWindow.h"

#include "CascadeTreeModel.h"
#include "WorkspaceFile.h"
#include "WorkspaceLock.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

namespace Tepat {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new CascadeTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_counts(new QLabel(this))
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAlternatingRowColors(true);
    setCentralWidget(m_tree);
    statusBar()->addPermanentWidget(m_counts);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Fits a 1366×768 laptop with room for the taskbar. Set before the window exists, it also
    // spares the layout from changing the window's constraints later.
    setMinimumSize(800, 500);
    resize(1100, 700);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The model points into the cascade; detach it before the cascade goes.
    m_model->setCascade(nullptr);
}

Result<void> MainWindow::openWorkspace(const QString &path)
{
    Result<Cascade> loaded = WorkspaceFile::load(path);
    if (!loaded)
        return fail(loaded.error());
    Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::acquire(path);
    if (!lock && lock.error().code == Error::Code::Locked)
        return fail(lock.error());
    const bool writable = lock && WorkspaceFile::checkWritable(path);

    auto cascade = std::make_unique<Cascade>(std::move(*loaded));
    m_model->setCascade(cascade.get());
    m_cascade = std::move(cascade);
    m_lock = writable ? std::move(*lock) : nullptr;
    m_path = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
    m_counts->setText(tr("%n OPD", nullptr, int(m_cascade->opds().size())) + QStringLiteral(" · ")
                      + tr("%n indicator(s)", nullptr, m_cascade->indicatorCount()));
    updateTitle();
    if (!writable)
        statusBar()->showMessage(
            tr("%1 is read-only: changes cannot be saved into it.").arg(m_path));
    return {};
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Open workspace"),
                                                      QFileInfo(m_path).absolutePath(),
                                                      tr("Tepat workspaces (*.tepat)"));
    if (path.isEmpty())
        return;
    if (Result<void> opened = openWorkspace(path); !opened)
        QMessageBox::warning(this, tr("Cannot open workspace"), opened.error().message);
}

void MainWindow::updateTitle()
{
    if (m_path.isEmpty()) {
        setWindowTitle(QStringLiteral("Tepat"));
        return;
    }
    QString title = QFileInfo(m_path).fileName();
    if (isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(tr("%1 — %2 — Tepat").arg(title, m_cascade->pemda().name));
}

} // namespace Tepat
