#include "document/Autosave.h"

#include "document/WorkspaceDocument.h"
#include "store/RecoverySlot.h"

#include <QTimer>
#include <QUndoStack>

namespace Tepat {

Autosave::Autosave(WorkspaceDocument *document)
    : QObject(document)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { m_unwritten = true; });
    connect(document, &WorkspaceDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
    connect(m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    m_timer->start(defaultIntervalMs);
}

Autosave::~Autosave() = default;

void Autosave::setInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(milliseconds);
}

int Autosave::interval() const
{
    return m_timer->isActive() ? m_timer->interval() : 0;
}

bool Autosave::writeNow()
{
    if (isPaused() || !m_unwritten || !m_document->isModified())
        return false;
    if (Result<void> claimed = claimSlot(); !claimed) {
        emit failed(claimed.error().message);
        return false;
    }
    const Result<QDateTime> savedAt = m_slot->write(m_document->cascade());
    if (!savedAt) {
        emit failed(savedAt.error().message);
        return false;
    }
    m_unwritten = false;
    emit written(*savedAt);
    return true;
}

Result<void> Autosave::claimSlot()
{
    // A copy stays with the file it was made for; a workspace without a file keeps whatever copy
    // it has (a restored copy of a file that no longer exists still names that file).
    const QString path = m_document->path();
    if (m_slot && (path.isEmpty() || m_slot->workspacePath() == path))
        return {};
    m_slot.reset();
    const QString key
        = path.isEmpty() ? RecoveryStore::uniqueKey(QStringLiteral("new")) : m_store.keyFor(path);
    Result<std::unique_ptr<RecoverySlot>> slot = RecoverySlot::claim(m_store, key, path);
    if (!slot && slot.error().code == Error::Code::Locked) {
        // Another Tepat writes this file's copy (both opened it read-only): keep a second one.
        slot = RecoverySlot::claim(m_store, RecoveryStore::uniqueKey(key), path);
    }
    if (!slot)
        return fail(slot.error());
    m_slot = std::move(*slot);
    return {};
}

Result<void> Autosave::adopt(const RecoveryEntry &entry)
{
    Result<std::unique_ptr<RecoverySlot>> slot
        = RecoverySlot::claim(m_store, entry.key, entry.workspacePath);
    if (!slot)
        return fail(slot.error());
    m_slot = std::move(*slot);
    // The copy holds exactly what the document shows.
    m_unwritten = false;
    return {};
}

void Autosave::discard()
{
    m_slot.reset();
    m_unwritten = false;
}

QString Autosave::copyPath() const
{
    return m_slot ? m_store.copyPath(m_slot->key()) : QString();
}

} // namespace Tepat
