#include "window/WorkspaceFileActions.h"

#include "common/PendingCellEdit.h"
#include "common/WindowContext.h"
#include "document/Autosave.h"
#include "document/WorkspaceDocument.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceLock.h"
#include "window/NewWorkspaceDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace Tepat {

namespace {

const QString recentKey = QStringLiteral("recentFiles");
constexpr int maxRecent = 8;

} // namespace

WorkspaceFileActions::WorkspaceFileActions(WindowContext *context)
    : QObject(context)
    , m_context(context)
    , m_new(new QAction(tr("&New workspace…"), this))
    , m_open(new QAction(tr("&Open…"), this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), context->window()))
    , m_save(new QAction(tr("&Save"), this))
    , m_saveAs(new QAction(tr("Save &As…"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_new, &QAction::triggered, this, &WorkspaceFileActions::askForNewWorkspace);
    connect(m_open, &QAction::triggered, this, &WorkspaceFileActions::chooseAndOpen);
    connect(m_save, &QAction::triggered, this, &WorkspaceFileActions::saveOrWarn);
    connect(m_saveAs, &QAction::triggered, this, &WorkspaceFileActions::chooseAndSaveAs);
    m_prompt = [](QWidget *parent) {
        return QMessageBox::question(
            parent,
            tr("Unsaved changes"),
            tr("The workspace has changes that are not saved yet. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Save);
    };
    m_lockPrompt = [](QWidget *parent, const QString &message) {
        QMessageBox box(QMessageBox::Warning,
                        tr("Workspace open on another computer"),
                        message,
                        QMessageBox::NoButton,
                        parent);
        box.setInformativeText(
            tr("If Tepat there has crashed or is closed, take the workspace over. If it may still "
               "be open there, open it read-only: two people saving one file lose each other's "
               "work."));
        QPushButton *takeOver = box.addButton(tr("&Take over"), QMessageBox::DestructiveRole);
        QPushButton *readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() == takeOver)
            return ForeignLockChoice::TakeOver;
        return box.clickedButton() == readOnly ? ForeignLockChoice::ReadOnly
                                               : ForeignLockChoice::Cancel;
    };
    connect(context, &WindowContext::documentAboutToChange, this, [this] {
        // A document handed to another window (LanguageSwitch) reports its saves there.
        if (WorkspaceDocument *document = m_context->document()) {
            document->disconnect(this);
            document->autosave()->disconnect(this);
        }
    });
    connect(context, &WindowContext::documentChanged, this, &WorkspaceFileActions::followDocument);
    followDocument();
    rebuildRecentMenu();
}

void WorkspaceFileActions::addTo(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addMenu(m_recentMenu);
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
}

void WorkspaceFileActions::followDocument()
{
    WorkspaceDocument *document = m_context->document();
    m_save->setEnabled(document != nullptr);
    m_saveAs->setEnabled(document != nullptr);
    if (!document)
        return;
    connect(document, &WorkspaceDocument::saved, this, [this] {
        m_context->showMessage(tr("Saved"), 4000);
    });
    connect(document->autosave(), &Autosave::written, this, [this](const QDateTime &savedAt) {
        // Says what it is not: the file is unchanged until Save.
        m_context->showMessage(
            tr("Unsaved changes kept for recovery at %1; the file changes only when you save.")
                .arg(QLocale().toString(savedAt.toLocalTime().time(), QStringLiteral("HH:mm"))),
            0);
    });
    connect(document->autosave(), &Autosave::failed, this, [this](const QString &why) {
        m_context->showMessage(tr("Cannot keep unsaved changes for recovery: %1").arg(why), 0);
    });
}

Result<void> WorkspaceFileActions::open(const QString &path)
{
    const WorkspaceDocument::Check check
        = m_deferChecking ? WorkspaceDocument::Check::Later : WorkspaceDocument::Check::Now;
    Result<std::unique_ptr<WorkspaceDocument>> opened = WorkspaceDocument::open(path, check);
    if (!opened && opened.error().code == Error::Code::Locked) {
        // A lock of this computer is a live Tepat here; one of another computer may be a crash.
        if (const std::optional<WorkspaceLock::Holder> holder = WorkspaceLock::holder(path);
            holder && holder->otherComputer) {
            switch (m_lockPrompt(m_context->window(), opened.error().message)) {
            case ForeignLockChoice::TakeOver:
                opened = WorkspaceDocument::open(path, check, WorkspaceDocument::Access::TakeOver);
                break;
            case ForeignLockChoice::ReadOnly:
                opened = WorkspaceDocument::open(path, check, WorkspaceDocument::Access::ReadOnly);
                break;
            case ForeignLockChoice::Cancel:
                return fail(Error(Error::Code::Cancelled, tr("Not opened."), path));
            }
        }
    }
    if (!opened)
        return fail(opened.error());
    m_context->setDocument(std::move(*opened));
    const WorkspaceDocument *document = m_context->document();
    addRecentFile(document->path());
    if (document->isReadOnly()) {
        m_context->showMessage(tr("%1 is read-only: changes cannot be saved into it; use Save As.")
                                   .arg(document->path()),
                               0);
    }
    return {};
}

void WorkspaceFileActions::create(Cascade cascade)
{
    m_context->setDocument(WorkspaceDocument::create(std::move(cascade)));
    emit created();
}

Result<void> WorkspaceFileActions::save()
{
    PendingCellEdit::commit();
    WorkspaceDocument *document = m_context->document();
    return document ? document->save() : Result<void>();
}

Result<void> WorkspaceFileActions::saveAs(const QString &path)
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return {};
    Result<void> saved = document->saveAs(path);
    if (saved)
        addRecentFile(document->path());
    return saved;
}

void WorkspaceFileActions::saveOrWarn()
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    if (document->path().isEmpty() || document->isReadOnly()) {
        chooseAndSaveAs();
        return;
    }
    if (Result<void> saved = save(); !saved)
        QMessageBox::warning(m_context->window(), tr("Cannot save"), saved.error().message);
}

void WorkspaceFileActions::chooseAndSaveAs()
{
    PendingCellEdit::commit();
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    QString path = QFileDialog::getSaveFileName(m_context->window(),
                                                tr("Save workspace as"),
                                                document->path(),
                                                tr("Tepat workspaces (*.tepat)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(WorkspaceFile::extension))
        path += WorkspaceFile::extension;
    if (Result<void> saved = saveAs(path); !saved)
        QMessageBox::warning(m_context->window(), tr("Cannot save"), saved.error().message);
}

bool WorkspaceFileActions::maybeSave()
{
    PendingCellEdit::commit();
    WorkspaceDocument *document = m_context->document();
    if (!document || !document->isModified())
        return true;
    // Nothing is kept while the user decides: the changes may be about to be discarded.
    document->autosave()->pause();
    const QMessageBox::StandardButton answer = m_prompt(m_context->window());
    document->autosave()->resume();
    switch (answer) {
    case QMessageBox::Save:
        if (document->path().isEmpty() || document->isReadOnly()) {
            chooseAndSaveAs();
            return !document->isModified();
        }
        if (Result<void> saved = save(); !saved) {
            QMessageBox::warning(m_context->window(), tr("Cannot save"), saved.error().message);
            return false;
        }
        return true;
    case QMessageBox::Discard:
        document->autosave()->discard();
        return true;
    default:
        return false;
    }
}

void WorkspaceFileActions::askForNewWorkspace()
{
    if (!maybeSave())
        return;
    NewWorkspaceDialog dialog(m_context->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<Cascade> cascade = dialog.cascade();
    if (!cascade) {
        QMessageBox::warning(
            m_context->window(), tr("Cannot create workspace"), cascade.error().message);
        return;
    }
    create(std::move(*cascade));
}

void WorkspaceFileActions::chooseAndOpen()
{
    if (!maybeSave())
        return;
    const WorkspaceDocument *document = m_context->document();
    const QString path = QFileDialog::getOpenFileName(
        m_context->window(),
        tr("Open workspace"),
        QFileInfo(document ? document->path() : QString()).absolutePath(),
        tr("Tepat workspaces (*.tepat)"));
    if (!path.isEmpty())
        openOrWarn(path);
}

void WorkspaceFileActions::openOrWarn(const QString &path)
{
    if (Result<void> opened = open(path); !opened) {
        if (opened.error().code == Error::Code::Cancelled)
            return;
        QMessageBox::warning(
            m_context->window(), tr("Cannot open workspace"), opened.error().message);
        return;
    }
    emit openedByUser(m_context->document()->path());
}

void WorkspaceFileActions::addRecentFile(const QString &path)
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

void WorkspaceFileActions::forgetRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    settings.setValue(recentKey, recent);
    // Not from inside the triggered action: the menu's actions are deleted after this returns.
    QTimer::singleShot(0, this, &WorkspaceFileActions::rebuildRecentMenu);
}

void WorkspaceFileActions::rebuildRecentMenu()
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
                    m_context->showMessage(
                        tr("%1 is no longer there; it is removed from the recent files.").arg(path),
                        8000);
                    return;
                }
                if (maybeSave())
                    openOrWarn(path);
            });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace Tepat
