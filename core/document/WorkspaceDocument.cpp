#include "document/WorkspaceDocument.h"

#include "store/WorkspaceFile.h"
#include "store/WorkspaceLock.h"

#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Tepat {

namespace {

constexpr int defaultAutosaveMs = 30'000;

} // namespace

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Cascade> cascade, Check check)
    : m_cascade(std::move(cascade))
    , m_checker(m_cascade->checkSettings())
    , m_undoStack(new QUndoStack(this))
    , m_autosave(new QTimer(this))
{
    if (check == Check::Now) {
        m_checker.checkAll(*m_cascade);
        m_findings = m_checker.findings();
        m_checked = true;
    }
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        emit modifiedChanged(isModified());
    });
    m_autosave->setInterval(defaultAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &WorkspaceDocument::autosaveNow);
    m_autosave->start();
}

WorkspaceDocument::~WorkspaceDocument()
{
    // The commands on the stack refer to this document by pointer; they go first.
    m_undoStack->clear();
}

Result<std::unique_ptr<WorkspaceDocument>>
WorkspaceDocument::open(const QString &path, Check check, Access access)
{
    std::unique_ptr<WorkspaceLock> lock;
    if (access != Access::ReadOnly) {
        Result<std::unique_ptr<WorkspaceLock>> acquired
            = WorkspaceLock::acquire(path,
                                     access == Access::TakeOver ? WorkspaceLock::Mode::TakeOver
                                                                : WorkspaceLock::Mode::Normal);
        if (!acquired && acquired.error().code == Error::Code::Locked)
            return fail(acquired.error());
        if (acquired)
            lock = std::move(*acquired);
    }
    // Stamped before reading: a write during the read then shows as a change on disk.
    const std::optional<FileStamp> stamp = FileStamp::of(path);
    Result<Cascade> loaded = WorkspaceFile::load(path);
    if (!loaded)
        return fail(loaded.error());
    std::unique_ptr<WorkspaceDocument> document(
        new WorkspaceDocument(std::make_unique<Cascade>(std::move(*loaded)), check));
    if (lock && WorkspaceFile::checkWritable(WorkspaceFile::targetOf(path)))
        document->m_lock = std::move(lock);
    document->m_path = QFileInfo(path).absoluteFilePath();
    document->m_stamp = stamp;
    return document;
}

std::unique_ptr<WorkspaceDocument> WorkspaceDocument::create(Cascade cascade)
{
    return std::unique_ptr<WorkspaceDocument>(
        new WorkspaceDocument(std::make_unique<Cascade>(std::move(cascade)), Check::Now));
}

void WorkspaceDocument::ensureChecked()
{
    if (m_checked)
        return;
    m_checker.checkAll(*m_cascade);
    m_checked = true;
    recheck({});
}

bool WorkspaceDocument::isModified() const
{
    // A workspace that was never saved has nothing on disk to match.
    return m_path.isEmpty() || !m_undoStack->isClean();
}

bool WorkspaceDocument::hasChangedOnDisk() const
{
    // A file that is gone has nothing to lose: saving puts it back.
    const std::optional<FileStamp> now = m_path.isEmpty() ? std::nullopt : FileStamp::of(m_path);
    return now && now != m_stamp;
}

Result<void> WorkspaceDocument::save()
{
    if (m_path.isEmpty()) {
        return fail(Error(Error::Code::NotFound,
                          tr("This workspace has no file yet: use Save As to choose one.")));
    }
    if (isReadOnly()) {
        return fail(Error(Error::Code::ReadOnly,
                          tr("%1 is read-only: use Save As to save a copy.").arg(m_path),
                          m_path));
    }
    if (hasChangedOnDisk()) {
        return fail(Error(Error::Code::Conflict,
                          tr("%1 was changed on disk by another program since Tepat read it. "
                             "Nothing was saved over it: keep your work with Save As, or reload "
                             "the file to see the other version.")
                              .arg(m_path),
                          m_path));
    }
    FileStamp written;
    if (Result<void> done = WorkspaceFile::save(*m_cascade, m_path, &written); !done)
        return done;
    m_stamp = written;
    const bool wasModified = isModified();
    m_undoStack->setClean();
    if (wasModified)
        emit modifiedChanged(false);
    emit saved(m_path, false);
    return {};
}

Result<void> WorkspaceDocument::saveAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_path && m_lock)
        return save();
    Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::acquire(absolute);
    if (!lock)
        return fail(lock.error());
    FileStamp written;
    if (Result<void> done = WorkspaceFile::save(*m_cascade, absolute, &written); !done)
        return done;
    m_lock = std::move(*lock);
    m_path = absolute;
    m_stamp = written;
    m_undoStack->setClean();
    emit pathChanged(m_path);
    emit modifiedChanged(false);
    emit saved(m_path, false);
    return {};
}

bool WorkspaceDocument::autosaveNow()
{
    // The real file, atomically: after a crash the next start opens the last autosaved state.
    // The stack is marked clean afterwards because the file then holds exactly this state.
    if (!isModified() || m_path.isEmpty() || isReadOnly() || hasChangedOnDisk())
        return false;
    FileStamp written;
    if (!WorkspaceFile::save(*m_cascade, m_path, &written))
        return false;
    m_stamp = written;
    m_undoStack->setClean();
    emit modifiedChanged(false);
    emit saved(m_path, true);
    return true;
}

void WorkspaceDocument::setAutosaveInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_autosave->stop();
        return;
    }
    m_autosave->start(milliseconds);
}

int WorkspaceDocument::autosaveInterval() const
{
    return m_autosave->isActive() ? m_autosave->interval() : 0;
}

void WorkspaceDocument::recheck(const QList<qint64> &ids)
{
    if (!m_checked) {
        // An edit before the deferred first check: check everything once, this edit included.
        m_checker.checkAll(*m_cascade);
        m_checked = true;
    } else {
        m_checker.recheck(ids);
    }
    QList<Finding> now = m_checker.findings();
    // Findings come in cascade order, so everything outside the range where the old and the new
    // list differ is untouched; the subjects inside the range are the ones whose marks change.
    qsizetype prefix = 0;
    const qsizetype common = std::min(now.size(), m_findings.size());
    while (prefix < common && now[prefix] == m_findings[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix
           && now[now.size() - 1 - suffix] == m_findings[m_findings.size() - 1 - suffix]) {
        ++suffix;
    }
    QSet<qint64> changed(ids.cbegin(), ids.cend());
    for (qsizetype i = prefix; i < m_findings.size() - suffix; ++i)
        changed.insert(m_findings[i].objectId);
    for (qsizetype i = prefix; i < now.size() - suffix; ++i)
        changed.insert(now[i].objectId);
    m_findings = std::move(now);
    emit findingsChanged(QList<qint64>(changed.cbegin(), changed.cend()));
}

Result<void> WorkspaceDocument::setPemdaAndPeriode(const Pemda &pemda, const Periode &periode)
{
    if (Result<void> set = m_cascade->setPeriode(periode); !set)
        return set;
    m_cascade->setPemda(pemda);
    emit objectChanged(0);
    // The period decides every indicator's years: check everything again.
    m_checker.checkAll(*m_cascade);
    m_checked = true;
    recheck({});
    return {};
}

void WorkspaceDocument::setPrintSettings(const PrintSettings &settings)
{
    // The checker does not read the paper: nothing to check again.
    m_cascade->setPrintSettings(settings);
    emit objectChanged(0);
}

Result<void> WorkspaceDocument::updateOpd(const Opd &opd)
{
    if (Result<void> updated = m_cascade->updateOpd(opd); !updated)
        return updated;
    emit objectChanged(opd.id);
    recheck({opd.id});
    return {};
}

Result<void> WorkspaceDocument::insertOpd(const Opd &opd, int position)
{
    if (Result<void> inserted = m_cascade->insertOpd(opd, position); !inserted)
        return inserted;
    emit objectInserted(opd.id);
    recheck({opd.id});
    return {};
}

Result<std::pair<Opd, int>> WorkspaceDocument::removeOpd(qint64 id)
{
    const bool hasPk = std::any_of(m_cascade->pks().cbegin(),
                                   m_cascade->pks().cend(),
                                   [id](const PkDocument &pk) { return pk.opdId == id; });
    if (!m_cascade->opd(id) || !m_cascade->childItems(id).isEmpty() || hasPk)
        return m_cascade->removeOpd(id); // the error
    emit objectAboutToBeRemoved(id);
    Result<std::pair<Opd, int>> removed = m_cascade->removeOpd(id);
    emit objectRemoved(id);
    recheck({});
    return removed;
}

Result<void> WorkspaceDocument::updateItem(const PlanItem &item)
{
    if (Result<void> updated = m_cascade->updateItem(item); !updated)
        return updated;
    emit objectChanged(item.id);
    recheck({item.id});
    return {};
}

Result<void> WorkspaceDocument::updateIndicator(const Indicator &indicator)
{
    if (Result<void> updated = m_cascade->updateIndicator(indicator); !updated)
        return updated;
    emit objectChanged(indicator.id);
    recheck({indicator.id});
    return {};
}

Result<void> WorkspaceDocument::updatePk(const PkDocument &pk)
{
    if (Result<void> updated = m_cascade->updatePk(pk); !updated)
        return updated;
    emit objectChanged(pk.id);
    recheck({pk.id});
    return {};
}

Result<void> WorkspaceDocument::insertItem(const PlanItem &item, int position)
{
    if (Result<void> inserted = m_cascade->insertItem(item, position); !inserted)
        return inserted;
    emit objectInserted(item.id);
    recheck({item.id, item.parentId});
    return {};
}

Result<Cascade::RemovedItem> WorkspaceDocument::removeItem(qint64 id)
{
    if (!m_cascade->item(id))
        return m_cascade->removeItem(id); // the error
    emit objectAboutToBeRemoved(id);
    Result<Cascade::RemovedItem> removed = m_cascade->removeItem(id);
    emit objectRemoved(id);
    QList<qint64> touched {removed->items.first().parentId};
    for (const PlanItem &item : std::as_const(removed->items))
        touched.append(item.id);
    for (const Indicator &indicator : std::as_const(removed->indicators))
        touched.append(indicator.id);
    for (const auto *links :
         {&removed->servesCleared, &removed->supportsCleared, &removed->programsCleared}) {
        for (const Cascade::RemovedItem::Link &link : *links) {
            touched.append(link.holderId);
            emit objectChanged(link.holderId);
        }
    }
    recheck(touched);
    return removed;
}

Result<void> WorkspaceDocument::restoreItem(const Cascade::RemovedItem &removed)
{
    if (Result<void> restored = m_cascade->restoreItem(removed); !restored)
        return restored;
    emit objectInserted(removed.items.first().id);
    QList<qint64> touched {removed.items.first().parentId};
    for (const PlanItem &item : removed.items)
        touched.append(item.id);
    for (const Indicator &indicator : removed.indicators)
        touched.append(indicator.id);
    for (const auto *links :
         {&removed.servesCleared, &removed.supportsCleared, &removed.programsCleared}) {
        for (const Cascade::RemovedItem::Link &link : *links) {
            touched.append(link.holderId);
            emit objectChanged(link.holderId);
        }
    }
    recheck(touched);
    return {};
}

Result<void> WorkspaceDocument::moveItem(qint64 id, int position)
{
    if (!m_cascade->item(id))
        return m_cascade->moveItem(id, position);
    emit objectAboutToBeMoved(id, position);
    Result<void> moved = m_cascade->moveItem(id, position);
    emit objectMoved(id);
    recheck({id});
    return moved;
}

Result<void> WorkspaceDocument::insertIndicator(const Indicator &indicator, int position)
{
    if (Result<void> inserted = m_cascade->insertIndicator(indicator, position); !inserted)
        return inserted;
    emit objectInserted(indicator.id);
    recheck({indicator.id, indicator.ownerId});
    return {};
}

Result<void> WorkspaceDocument::insertObjects(const QList<PlanItem> &items,
                                              const QList<Indicator> &indicators)
{
    Cascade trial = *m_cascade;
    for (const PlanItem &item : items) {
        if (Result<void> inserted = trial.insertItem(item); !inserted)
            return inserted;
    }
    for (const Indicator &indicator : indicators) {
        if (Result<void> inserted = trial.insertIndicator(indicator); !inserted)
            return inserted;
    }
    QList<qint64> touched;
    for (const PlanItem &item : items) {
        m_cascade->insertItem(item);
        emit objectInserted(item.id);
        touched << item.id << item.parentId;
    }
    for (const Indicator &indicator : indicators) {
        m_cascade->insertIndicator(indicator);
        emit objectInserted(indicator.id);
        touched << indicator.id << indicator.ownerId;
    }
    recheck(touched);
    return {};
}

Result<Cascade::RemovedIndicator> WorkspaceDocument::removeIndicator(qint64 id)
{
    if (!m_cascade->indicator(id))
        return m_cascade->removeIndicator(id);
    emit objectAboutToBeRemoved(id);
    Result<Cascade::RemovedIndicator> removed = m_cascade->removeIndicator(id);
    emit objectRemoved(id);
    QList<qint64> touched {id, removed->indicator.ownerId};
    for (qint64 unlinked : std::as_const(removed->unlinked)) {
        touched.append(unlinked);
        emit objectChanged(unlinked);
    }
    recheck(touched);
    return removed;
}

Result<void> WorkspaceDocument::restoreIndicator(const Cascade::RemovedIndicator &removed)
{
    if (Result<void> restored = m_cascade->restoreIndicator(removed); !restored)
        return restored;
    emit objectInserted(removed.indicator.id);
    QList<qint64> touched {removed.indicator.id, removed.indicator.ownerId};
    for (qint64 unlinked : removed.unlinked) {
        touched.append(unlinked);
        emit objectChanged(unlinked);
    }
    recheck(touched);
    return {};
}

Result<void> WorkspaceDocument::moveIndicator(qint64 id, int position)
{
    if (!m_cascade->indicator(id))
        return m_cascade->moveIndicator(id, position);
    emit objectAboutToBeMoved(id, position);
    Result<void> moved = m_cascade->moveIndicator(id, position);
    emit objectMoved(id);
    recheck({id});
    return moved;
}

Result<void> WorkspaceDocument::insertPk(const PkDocument &pk, int position)
{
    if (Result<void> inserted = m_cascade->insertPk(pk, position); !inserted)
        return inserted;
    emit objectInserted(pk.id);
    recheck({pk.id});
    return {};
}

Result<Cascade::RemovedPk> WorkspaceDocument::removePk(qint64 id)
{
    if (!m_cascade->pk(id) || !m_cascade->childItems(id).isEmpty())
        return m_cascade->removePk(id);
    emit objectAboutToBeRemoved(id);
    Result<Cascade::RemovedPk> removed = m_cascade->removePk(id);
    emit objectRemoved(id);
    QList<qint64> touched {id};
    for (qint64 unlinked : std::as_const(removed->unlinked)) {
        touched.append(unlinked);
        emit objectChanged(unlinked);
    }
    recheck(touched);
    return removed;
}

Result<void> WorkspaceDocument::restorePk(const Cascade::RemovedPk &removed)
{
    if (Result<void> restored = m_cascade->restorePk(removed); !restored)
        return restored;
    emit objectInserted(removed.pk.id);
    QList<qint64> touched {removed.pk.id};
    for (qint64 unlinked : removed.unlinked) {
        touched.append(unlinked);
        emit objectChanged(unlinked);
    }
    recheck(touched);
    return {};
}

Result<void> WorkspaceDocument::insertComment(const ReviewComment &comment, int position)
{
    if (Result<void> inserted = m_cascade->insertComment(comment, position); !inserted)
        return inserted;
    emit objectInserted(comment.id);
    return {};
}

Result<void> WorkspaceDocument::updateComment(const ReviewComment &comment)
{
    if (Result<void> updated = m_cascade->updateComment(comment); !updated)
        return updated;
    emit objectChanged(comment.id);
    return {};
}

Result<std::pair<ReviewComment, int>> WorkspaceDocument::removeComment(qint64 id)
{
    if (!m_cascade->comment(id))
        return m_cascade->removeComment(id);
    emit objectAboutToBeRemoved(id);
    Result<std::pair<ReviewComment, int>> removed = m_cascade->removeComment(id);
    emit objectRemoved(id);
    return removed;
}

} // namespace Tepat
