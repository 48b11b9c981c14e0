#include "window/OutsideChangeActions.h"

#include "common/WindowContext.h"
#include "document/OutsideChangeWatcher.h"
#include "document/WorkspaceDocument.h"
#include "store/WorkspaceFile.h"
#include "window/WorkspaceFileActions.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Tepat {

OutsideChangeActions::OutsideChangeActions(WindowContext *context, WorkspaceFileActions *files)
    : QObject(context)
    , m_context(context)
    , m_files(files)
{
    m_prompt = [](QWidget *parent, const QString &path, bool unsaved) {
        QMessageBox box(QMessageBox::Warning,
                        tr("Workspace changed by another program"),
                        tr("%1 was changed on disk by another program since Tepat read it.")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::NoButton,
                        parent);
        box.setInformativeText(
            unsaved ? tr("Reload shows the other version and drops your unsaved changes. Save As "
                         "keeps your version in another file. Nothing is written over the "
                         "other version.")
                    : tr("Reload shows the other version. Nothing is written over it."));
        QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
        QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(unsaved ? saveAs : reload);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() == reload)
            return Choice::Reload;
        return box.clickedButton() == saveAs ? Choice::SaveAs : Choice::KeepEditing;
    };
    connect(context, &WindowContext::documentChanged, this, &OutsideChangeActions::followDocument);
    followDocument();
}

void OutsideChangeActions::followDocument()
{
    if (m_watcher)
        m_watcher->deleteLater();
    WorkspaceDocument *document = m_context->document();
    if (!document || document->server() || document->path().isEmpty())
        return;
    m_watcher = new OutsideChangeWatcher(document, this);
    // Queued: the question is a modal dialog, and the watcher's notification is no place to
    // replace the document the watcher follows.
    connect(m_watcher,
            &OutsideChangeWatcher::changed,
            this,
            &OutsideChangeActions::ask,
            Qt::QueuedConnection);
}

void OutsideChangeActions::ask()
{
    WorkspaceDocument *document = m_context->document();
    if (m_asking || !document || !document->hasChangedOnDisk())
        return;
    m_asking = true;
    const QString path = document->path();
    const Choice choice = m_prompt(m_context->window(), path, document->isModified());
    m_asking = false;
    switch (choice) {
    case Choice::Reload:
        reload(path);
        break;
    case Choice::SaveAs:
        m_files->saveAsAction()->trigger();
        break;
    case Choice::KeepEditing:
        m_context->showMessage(
            tr("%1 was changed by another program: Save is refused until you reload it or use "
               "Save As.")
                .arg(path),
            0);
        break;
    }
}

void OutsideChangeActions::reload(const QString &path)
{
    // Read first: a version that does not open leaves the window's version where it is.
    if (Result<Cascade> readable = WorkspaceFile::load(path); !readable) {
        QMessageBox::warning(m_context->window(), tr("Cannot reload"), readable.error().message);
        return;
    }
    // The window's document holds the lock; it goes before the file is opened again.
    m_context->setDocument(nullptr);
    if (Result<void> opened = m_files->open(path); !opened)
        QMessageBox::warning(m_context->window(), tr("Cannot reload"), opened.error().message);
    else
        m_context->showMessage(tr("Reloaded %1").arg(path), 4000);
}

} // namespace Tepat
