#include "document/WorkspaceDocument.h"

#include "document/Autosave.h"
#include "document/WorkspaceEdits.h"
#include "model/PkLockState.h"
#include "store/ObjectRows.h"
#include "store/RecoveryStore.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceLock.h"

#include <QFileInfo>
#include <QScopedValueRollback>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Tepat {

namespace {

// A pulled offline copy may make this many objects of its own before its ids could clash.
constexpr qint64 offlineIdBlock = 1'000'000;
constexpr int reconnectMs = 3'000;

} // namespace

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Cascade> cascade, Check check)
    : m_cascade(std::move(cascade))
    , m_checker(m_cascade->checkSettings())
    , m_undoStack(new QUndoStack(this))
    , m_autosave(new Autosave(this))
    , m_edits(std::make_unique<WorkspaceEdits>(this))
{
    if (check == Check::Now) {
        m_checker.checkAll(*m_cascade);
        m_findings = m_checker.findings();
        m_checked = true;
    }
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        emit modifiedChanged(isModified());
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &WorkspaceDocument::stackSettled);
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

Result<std::unique_ptr<WorkspaceDocument>> WorkspaceDocument::restore(const RecoveryEntry &entry,
                                                                      Check check)
{
    Result<Cascade> recovered = RecoveryStore().load(entry);
    if (!recovered)
        return fail(recovered.error());
    std::unique_ptr<WorkspaceDocument> document(
        new WorkspaceDocument(std::make_unique<Cascade>(std::move(*recovered)), check));
    const QString &path = entry.workspacePath;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::acquire(path);
        if (!lock && lock.error().code == Error::Code::Locked)
            return fail(lock.error());
        if (lock && WorkspaceFile::checkWritable(path))
            document->m_lock = std::move(*lock);
        document->m_path = path;
        document->m_stamp = FileStamp::of(path);
        // The file still holds the state before this work: it stays unsaved until Save.
        document->m_undoStack->resetClean();
    }
    if (Result<void> adopted = document->m_autosave->adopt(entry); !adopted)
        return fail(adopted.error());
    return document;
}

Result<std::unique_ptr<WorkspaceDocument>>
WorkspaceDocument::openServer(std::unique_ptr<ServerStore> store, Check check)
{
    Result<Cascade> loaded = store->load();
    if (!loaded)
        return fail(loaded.error());
    std::unique_ptr<WorkspaceDocument> document(
        new WorkspaceDocument(std::make_unique<Cascade>(std::move(*loaded)), check));
    if (Result<void> listening = store->listen(); !listening)
        return fail(listening.error());
    document->m_path = store->url().display();
    document->m_server = std::move(store);
    // Every step is on the server as soon as it is made: there is nothing to autosave.
    document->m_autosave->setInterval(0);
    document->m_reconnect = new QTimer(document.get());
    document->m_reconnect->setInterval(reconnectMs);
    WorkspaceDocument *self = document.get();
    connect(document->m_reconnect, &QTimer::timeout, self, &WorkspaceDocument::tryReconnect);
    connect(self->m_server.get(),
            &ServerStore::objectsChanged,
            self,
            [self](const QList<qint64> &ids) { self->refreshFromServer(ids); });
    connect(self->m_server.get(), &ServerStore::connectedChanged, self, [self](bool connected) {
        if (!connected)
            self->m_reconnect->start();
        emit self->connectionChanged(connected);
    });
    return document;
}

qint64 WorkspaceDocument::allocateId()
{
    if (m_server) {
        // An id from the server cannot clash with another user's new object. Without a
        // connection the local counter serves; a clash would be refused when sending, not lost.
        if (const Result<qint64> id = m_server->allocateId(); id)
            return *id;
    }
    return m_cascade->allocateId();
}

void WorkspaceDocument::noteChanged(const QList<qint64> &ids)
{
    if (!m_server || m_applyingServer)
        return;
    const bool first = m_pendingIds.isEmpty() && m_pendingOrders.isEmpty();
    m_pendingIds.append(ids);
    // A mutation outside the undo stack still reaches the server, once the event loop runs.
    if (first)
        QTimer::singleShot(0, this, [this] { sendToServer(); });
}

void WorkspaceDocument::noteOrder(const char *table, qint64 parentId)
{
    if (!m_server || m_applyingServer)
        return;
    const ServerStore::Reorder reorder {QLatin1String(table), parentId};
    if (!m_pendingOrders.contains(reorder))
        m_pendingOrders.append(reorder);
    noteChanged({});
}

void WorkspaceDocument::stackSettled(int index)
{
    const int before = m_stackIndex;
    m_stackIndex = index;
    if (!m_server || (m_pendingIds.isEmpty() && m_pendingOrders.isEmpty()))
        return;
    const Result<void> sent = sendToServer();
    if (sent || sent.error().code == Error::Code::Unreachable)
        return;
    // The server refused the step and its objects show the server's state again: the command
    // leaves the stack without running its undo (QUndoStack deletes an obsolete command).
    const int command = index < before ? index : index - 1;
    if (command < 0 || command >= m_undoStack->count())
        return;
    const_cast<QUndoCommand *>(m_undoStack->command(command))->setObsolete(true);
    if (command == m_undoStack->index() - 1)
        m_undoStack->undo();
    else
        m_undoStack->redo();
    m_stackIndex = m_undoStack->index();
}

Result<void> WorkspaceDocument::sendToServer()
{
    if (!m_server || (m_pendingIds.isEmpty() && m_pendingOrders.isEmpty()))
        return {};
    const QList<qint64> ids = std::exchange(m_pendingIds, {});
    const QList<ServerStore::Reorder> orders = std::exchange(m_pendingOrders, {});
    const bool wasModified = isModified();
    const auto keep = [&](const Error &error) {
        m_unsentIds.append(ids);
        m_unsentOrders.append(orders);
        if (!wasModified)
            emit modifiedChanged(true);
        return fail(error);
    };
    if (!m_server->isConnected()) {
        return keep(Error(Error::Code::Unreachable,
                          tr("Not connected to %1: the change is kept and sent when the "
                             "connection is back.")
                              .arg(m_path),
                          m_path));
    }
    const Result<void> written = m_server->write(*m_cascade, ids, orders);
    if (written) {
        for (qint64 id : ids)
            m_sentIds.insert(id);
        return {};
    }
    if (written.error().code == Error::Code::Unreachable)
        return keep(written.error());
    refreshFromServer(ids);
    emit serverRefused(written.error().message);
    return written;
}

void WorkspaceDocument::tryReconnect()
{
    if (!m_server || m_server->isConnected()) {
        m_reconnect->stop();
        return;
    }
    if (!m_server->reconnect())
        return;
    m_reconnect->stop();
    // What others changed while the connection was down came without notifications.
    if (const Result<QList<qint64>> changed = m_server->changedSinceKnown(); changed) {
        // Objects this user changed meanwhile are sent below, against the versions they were
        // based on; the server refuses them if someone else changed them too.
        QList<qint64> others;
        for (qint64 id : *changed) {
            if (!m_unsentIds.contains(id))
                others.append(id);
        }
        refreshFromServer(others);
    }
    if (m_unsentIds.isEmpty() && m_unsentOrders.isEmpty())
        return;
    m_pendingIds = std::exchange(m_unsentIds, {}) + m_pendingIds;
    m_pendingOrders = std::exchange(m_unsentOrders, {}) + m_pendingOrders;
    const Result<void> sent = sendToServer();
    if (sent) {
        emit modifiedChanged(isModified());
        emit serverNotice(
            tr("Connected to %1 again; your changes are saved on the server.").arg(m_path));
    } else if (sent.error().code != Error::Code::Unreachable) {
        // The refused steps are deep in the stack by now: the history goes rather than an undo
        // that no longer matches the server.
        m_undoStack->clear();
        m_sentIds.clear();
        emit modifiedChanged(isModified());
    }
}

void WorkspaceDocument::refreshFromServer(const QList<qint64> &ids)
{
    if (!m_server || ids.isEmpty())
        return;
    const Result<ServerStore::Objects> objects = m_server->read(ids);
    if (objects)
        applyServerObjects(*objects, ids);
}

void WorkspaceDocument::applyServerObjects(const ServerStore::Objects &objects,
                                           const QList<qint64> &ids)
{
    const QScopedValueRollback<bool> applying(m_applyingServer, true);
    const Cascade &cascade = *m_cascade;
    // Gone from the server: indicators first, then items (a removed item takes its subtree),
    // PKs, comments and OPDs, so each removal finds its children gone already.
    for (qint64 id : ids) {
        if (!objects.present.contains(id) && cascade.indicator(id))
            removeIndicator(id);
    }
    for (qint64 id : ids) {
        if (!objects.present.contains(id) && cascade.item(id))
            removeItem(id);
    }
    for (qint64 id : ids) {
        if (objects.present.contains(id))
            continue;
        if (cascade.pk(id)) {
            for (qint64 sasaran : QList<qint64>(cascade.childItems(id)))
                removeItem(sasaran);
            removePk(id);
        } else if (cascade.comment(id)) {
            removeComment(id);
        }
    }
    for (qint64 id : ids) {
        if (!objects.present.contains(id) && cascade.opd(id))
            removeOpd(id);
    }
    if (objects.header) {
        setPemdaAndPeriode(objects.headerSource.pemda(), objects.headerSource.periode());
        setPrintSettings(objects.headerSource.printSettings());
    }
    const auto placeIn
        = [](int position, qsizetype count) { return int(std::min<qsizetype>(position, count)); };
    for (const auto &[opd, position] : objects.opds) {
        if (cascade.opd(opd.id))
            updateOpd(opd);
        else
            insertOpd(opd, placeIn(position, cascade.opds().size()));
    }
    for (const auto &[pk, position] : objects.pks) {
        if (cascade.pk(pk.id))
            updatePk(pk);
        else
            insertPk(pk, placeIn(position, cascade.pks().size()));
    }
    for (const auto &[item, position] : objects.items) {
        const PlanItem *local = cascade.item(item.id);
        if (local && local->parentId == item.parentId && local->kind == item.kind) {
            updateItem(item);
            continue;
        }
        if (local)
            removeItem(item.id);
        insertItem(item, placeIn(position, cascade.childItems(item.parentId).size()));
    }
    for (const auto &[indicator, position] : objects.indicators) {
        const Indicator *local = cascade.indicator(indicator.id);
        if (local && local->ownerId == indicator.ownerId) {
            updateIndicator(indicator);
            continue;
        }
        if (local)
            removeIndicator(indicator.id);
        insertIndicator(indicator,
                        placeIn(position, cascade.indicatorsOf(indicator.ownerId).size()));
    }
    for (const auto &[comment, position] : objects.comments) {
        if (cascade.comment(comment.id))
            updateComment(comment);
        else
            insertComment(comment, placeIn(position, cascade.comments().size()));
    }
    // An undo step of this user's over an object someone else has changed since would put back
    // a state older than theirs: such a history goes.
    for (qint64 id : ids) {
        if (m_sentIds.contains(id) && m_undoStack->count() > 0) {
            m_undoStack->clear();
            m_sentIds.clear();
            m_stackIndex = 0;
            emit serverNotice(tr("Another user changed an object you had edited: it shows their "
                                 "version now, and your undo history was cleared."));
            break;
        }
    }
}

Cascade WorkspaceDocument::offlineCopy()
{
    Cascade copy = *m_cascade;
    ServerOrigin origin;
    origin.url = m_server->url().display();
    origin.pulledAt = QDateTime::currentDateTimeUtc();
    if (const auto block = m_server->reserveIds(offlineIdBlock); block) {
        std::tie(origin.firstFreeId, origin.lastFreeId) = *block;
    } else {
        origin.firstFreeId = copy.allocateId();
        origin.lastFreeId = origin.firstFreeId + offlineIdBlock - 1;
    }
    // The copy is based on what the server had; steps that could not be sent show as the user's
    // own changes, which a push sends.
    const QHash<qint64, qint64> &versions = m_server->versions();
    for (auto version = versions.cbegin(); version != versions.cend(); ++version) {
        origin.base.insert(version.key(),
                           ServerOrigin::Base {version.value(), m_server->hash(version.key())});
    }
    copy.setServerOrigin(origin);
    return copy;
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
    // On a server every step is saved as it is made, unless the connection is down.
    if (m_server)
        return !m_unsentIds.isEmpty() || !m_unsentOrders.isEmpty();
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
    if (m_server) {
        if (!isModified())
            return {};
        tryReconnect();
        if (isModified()) {
            return fail(Error(Error::Code::Unreachable,
                              tr("%1 cannot be reached: %n change(s) wait to be sent. Use Save "
                                 "As to keep them in an offline copy.",
                                 nullptr,
                                 unsentCount())
                                  .arg(m_path),
                              m_path));
        }
        return {};
    }
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
    emit saved(m_path);
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
    if (m_server) {
        // The workspace continues as an offline copy of the server, which a push sends back.
        const Cascade copy = offlineCopy();
        if (Result<void> done = WorkspaceFile::save(copy, absolute, &written); !done)
            return done;
        m_cascade->setServerOrigin(copy.serverOrigin());
        m_server.reset();
        m_unsentIds.clear();
        m_unsentOrders.clear();
        m_reconnect->stop();
        m_autosave->setInterval(Autosave::defaultIntervalMs);
    } else if (Result<void> done = WorkspaceFile::save(*m_cascade, absolute, &written); !done) {
        return done;
    }
    m_lock = std::move(*lock);
    m_path = absolute;
    m_stamp = written;
    m_undoStack->setClean();
    emit pathChanged(m_path);
    emit modifiedChanged(false);
    emit saved(m_path);
    return {};
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
    noteChanged({0});
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
    noteChanged({0});
    emit objectChanged(0);
}

void WorkspaceDocument::setMeasureSettings(const MeasureSettings &settings)
{
    m_cascade->setMeasureSettings(settings);
    emit objectChanged(0);
    QList<qint64> measured;
    for (const PkDocument &pk : m_cascade->pks()) {
        for (qint64 sasaran : m_cascade->childItems(pk.id))
            measured.append(m_cascade->indicatorsOf(sasaran));
    }
    recheck(measured);
}

Result<void> WorkspaceDocument::updateOpd(const Opd &opd)
{
    if (Result<void> updated = m_cascade->updateOpd(opd); !updated)
        return updated;
    noteChanged({opd.id});
    emit objectChanged(opd.id);
    recheck({opd.id});
    return {};
}

Result<void> WorkspaceDocument::insertOpd(const Opd &opd, int position)
{
    if (Result<void> inserted = m_cascade->insertOpd(opd, position); !inserted)
        return inserted;
    noteChanged({opd.id});
    if (position >= 0)
        noteOrder("opd", 0);
    emit objectInserted(opd.id);
    recheck({opd.id});
    return {};
}

Result<std::pair<Opd, int>> WorkspaceDocument::removeOpd(qint64 id)
{
    if (!m_cascade->opd(id) || !m_cascade->childItems(id).isEmpty()
        || !m_cascade->pksOf(id).isEmpty()) {
        return m_cascade->removeOpd(id); // the error
    }
    emit objectAboutToBeRemoved(id);
    Result<std::pair<Opd, int>> removed = m_cascade->removeOpd(id);
    noteChanged({id});
    emit objectRemoved(id);
    recheck({});
    return removed;
}

Result<void> WorkspaceDocument::checkEditable(qint64 objectId)
{
    Result<void> editable = PkLockState::checkEditable(*m_cascade, objectId);
    if (!editable)
        emit editRefused(editable.error().message);
    return editable;
}

Result<void> WorkspaceDocument::updateItem(const PlanItem &item)
{
    const PlanItem *before = m_cascade->item(item.id);
    if (before && *before != item) {
        if (Result<void> editable = checkEditable(item.id); !editable)
            return editable;
    }
    if (Result<void> updated = m_cascade->updateItem(item); !updated)
        return updated;
    noteChanged({item.id});
    emit objectChanged(item.id);
    recheck({item.id});
    return {};
}

Result<void> WorkspaceDocument::updateIndicator(const Indicator &indicator)
{
    const Indicator *before = m_cascade->indicator(indicator.id);
    if (before && !PkLockState::sameAgreement(*before, indicator)) {
        if (Result<void> editable = checkEditable(indicator.id); !editable)
            return editable;
    }
    if (Result<void> updated = m_cascade->updateIndicator(indicator); !updated)
        return updated;
    noteChanged({indicator.id});
    emit objectChanged(indicator.id);
    recheck({indicator.id});
    return {};
}

Result<void> WorkspaceDocument::setRealisasi(qint64 indicatorId, const Realisasi &realisasi)
{
    if (Result<void> set = m_cascade->setRealisasi(indicatorId, realisasi); !set)
        return set;
    emit objectChanged(indicatorId);
    recheck({indicatorId});
    return {};
}

Result<void>
WorkspaceDocument::setRealisasiAnggaran(qint64 programId,
                                        const std::array<std::optional<Decimal>, 4> &amounts)
{
    if (Result<void> set = m_cascade->setRealisasiAnggaran(programId, amounts); !set)
        return set;
    const qint64 pkId = m_cascade->pkOfProgram(programId)->id;
    emit objectChanged(pkId);
    recheck({pkId});
    return {};
}

Result<void> WorkspaceDocument::updatePk(const PkDocument &pk)
{
    const PkDocument *before = m_cascade->pk(pk.id);
    if (before && !PkLockState::sameAgreement(*before, pk)) {
        if (Result<void> editable = checkEditable(pk.id); !editable)
            return editable;
    }
    if (Result<void> updated = m_cascade->updatePk(pk); !updated)
        return updated;
    noteChanged({pk.id});
    emit objectChanged(pk.id);
    recheck({pk.id});
    return {};
}

Result<void> WorkspaceDocument::insertItem(const PlanItem &item, int position)
{
    if (Result<void> editable = checkEditable(item.parentId); !editable)
        return editable;
    if (Result<void> inserted = m_cascade->insertItem(item, position); !inserted)
        return inserted;
    noteChanged({item.id});
    if (position >= 0)
        noteOrder("plan_item", item.parentId);
    emit objectInserted(item.id);
    recheck({item.id, item.parentId});
    return {};
}

Result<Cascade::RemovedItem> WorkspaceDocument::removeItem(qint64 id)
{
    if (Result<void> editable = checkEditable(id); !editable)
        return fail(editable.error());
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
    noteChanged(touched.mid(1));
    recheck(touched);
    return removed;
}

Result<void> WorkspaceDocument::restoreItem(const Cascade::RemovedItem &removed)
{
    if (Result<void> editable = checkEditable(removed.items.first().parentId); !editable)
        return editable;
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
    noteChanged(touched.mid(1));
    noteOrder("plan_item", removed.items.first().parentId);
    recheck(touched);
    return {};
}

Result<void> WorkspaceDocument::moveItem(qint64 id, int position)
{
    if (Result<void> editable = checkEditable(id); !editable)
        return editable;
    if (!m_cascade->item(id))
        return m_cascade->moveItem(id, position);
    emit objectAboutToBeMoved(id, position);
    Result<void> moved = m_cascade->moveItem(id, position);
    noteOrder("plan_item", m_cascade->item(id)->parentId);
    emit objectMoved(id);
    recheck({id});
    return moved;
}

Result<void> WorkspaceDocument::insertIndicator(const Indicator &indicator, int position)
{
    if (Result<void> editable = checkEditable(indicator.ownerId); !editable)
        return editable;
    if (Result<void> inserted = m_cascade->insertIndicator(indicator, position); !inserted)
        return inserted;
    noteChanged({indicator.id});
    if (position >= 0)
        noteOrder("indicator", indicator.ownerId);
    emit objectInserted(indicator.id);
    recheck({indicator.id, indicator.ownerId});
    return {};
}

Result<void> WorkspaceDocument::insertObjects(const QList<PlanItem> &items,
                                              const QList<Indicator> &indicators)
{
    for (const PlanItem &item : items) {
        if (Result<void> editable = checkEditable(item.parentId); !editable)
            return editable;
    }
    for (const Indicator &indicator : indicators) {
        if (Result<void> editable = checkEditable(indicator.ownerId); !editable)
            return editable;
    }
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
    QList<qint64> inserted;
    for (const PlanItem &item : items)
        inserted.append(item.id);
    for (const Indicator &indicator : indicators)
        inserted.append(indicator.id);
    noteChanged(inserted);
    recheck(touched);
    return {};
}

Result<Cascade::RemovedIndicator> WorkspaceDocument::removeIndicator(qint64 id)
{
    if (Result<void> editable = checkEditable(id); !editable)
        return fail(editable.error());
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
    noteChanged(QList<qint64> {id} + removed->unlinked);
    recheck(touched);
    return removed;
}

Result<void> WorkspaceDocument::restoreIndicator(const Cascade::RemovedIndicator &removed)
{
    if (Result<void> editable = checkEditable(removed.indicator.ownerId); !editable)
        return editable;
    if (Result<void> restored = m_cascade->restoreIndicator(removed); !restored)
        return restored;
    emit objectInserted(removed.indicator.id);
    QList<qint64> touched {removed.indicator.id, removed.indicator.ownerId};
    for (qint64 unlinked : removed.unlinked) {
        touched.append(unlinked);
        emit objectChanged(unlinked);
    }
    noteChanged(QList<qint64> {removed.indicator.id} + removed.unlinked);
    noteOrder("indicator", removed.indicator.ownerId);
    recheck(touched);
    return {};
}

Result<void> WorkspaceDocument::moveIndicator(qint64 id, int position)
{
    if (Result<void> editable = checkEditable(id); !editable)
        return editable;
    if (!m_cascade->indicator(id))
        return m_cascade->moveIndicator(id, position);
    emit objectAboutToBeMoved(id, position);
    Result<void> moved = m_cascade->moveIndicator(id, position);
    noteOrder("indicator", m_cascade->indicator(id)->ownerId);
    emit objectMoved(id);
    recheck({id});
    return moved;
}

Result<void> WorkspaceDocument::insertPk(const PkDocument &pk, int position)
{
    if (Result<void> inserted = m_cascade->insertPk(pk, position); !inserted)
        return inserted;
    noteChanged({pk.id});
    if (position >= 0)
        noteOrder("pk", 0);
    emit objectInserted(pk.id);
    recheck({pk.id});
    return {};
}

Result<Cascade::RemovedPk> WorkspaceDocument::removePk(qint64 id)
{
    if (Result<void> editable = checkEditable(id); !editable)
        return fail(editable.error());
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
    noteChanged(touched);
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
    noteChanged(touched);
    noteOrder("pk", 0);
    recheck(touched);
    return {};
}

Result<void> WorkspaceDocument::insertComment(const ReviewComment &comment, int position)
{
    if (Result<void> inserted = m_cascade->insertComment(comment, position); !inserted)
        return inserted;
    noteChanged({comment.id});
    if (position >= 0)
        noteOrder("review_comment", 0);
    emit objectInserted(comment.id);
    return {};
}

Result<void> WorkspaceDocument::updateComment(const ReviewComment &comment)
{
    if (Result<void> updated = m_cascade->updateComment(comment); !updated)
        return updated;
    noteChanged({comment.id});
    emit objectChanged(comment.id);
    return {};
}

Result<std::pair<ReviewComment, int>> WorkspaceDocument::removeComment(qint64 id)
{
    if (!m_cascade->comment(id))
        return m_cascade->removeComment(id);
    emit objectAboutToBeRemoved(id);
    Result<std::pair<ReviewComment, int>> removed = m_cascade->removeComment(id);
    noteChanged({id});
    emit objectRemoved(id);
    return removed;
}

} // namespace Tepat
