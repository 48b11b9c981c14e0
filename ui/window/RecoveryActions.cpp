#include "window/RecoveryActions.h"

#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "store/RecoveryStore.h"
#include "window/WorkspaceFileActions.h"

#include <QMessageBox>

namespace Tepat {

RecoveryActions::RecoveryActions(WindowContext *context, WorkspaceFileActions *files)
    : QObject(context)
    , m_context(context)
    , m_files(files)
    , m_prompt(&RecoveryDialog::ask)
{}

bool RecoveryActions::offerAll()
{
    for (const RecoveryEntry &entry : RecoveryStore().orphans()) {
        if (!m_later.contains(entry.key) && offer(entry))
            return true;
    }
    return false;
}

bool RecoveryActions::offerFor(const QString &path)
{
    const std::optional<RecoveryEntry> entry = RecoveryStore().orphanFor(path);
    return entry && !m_later.contains(entry->key) && offer(*entry);
}

bool RecoveryActions::offer(const RecoveryEntry &entry)
{
    switch (m_prompt(m_context->window(), entry)) {
    case RecoveryDialog::Choice::Restore:
        if (restore(entry))
            return true;
        m_later.insert(entry.key);
        return false;
    case RecoveryDialog::Choice::Discard:
        RecoveryStore().remove(entry);
        return false;
    case RecoveryDialog::Choice::Later:
        m_later.insert(entry.key);
        return false;
    }
    return false;
}

bool RecoveryActions::restore(const RecoveryEntry &entry)
{
    const WorkspaceDocument *shown = m_context->document();
    if (shown && shown->isModified() && !m_files->maybeSave())
        return false;
    const QString previous = shown ? shown->path() : QString();
    // The workspace shown may hold the lock of the very file the work belongs to.
    m_context->setDocument(nullptr);
    Result<std::unique_ptr<WorkspaceDocument>> restored = WorkspaceDocument::restore(entry);
    if (!restored) {
        if (!previous.isEmpty())
            m_files->open(previous);
        QMessageBox::warning(
            m_context->window(), tr("Cannot restore unsaved work"), restored.error().message);
        return false;
    }
    m_context->setDocument(std::move(*restored));
    m_context->showMessage(tr("Unsaved work from %1 restored: save it to keep it.")
                               .arg(RecoveryDialog::when(entry.savedAt)),
                           0);
    return true;
}

} // namespace Tepat
