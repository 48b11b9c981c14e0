#include "server/OfflinePush.h"

#include "server/ServerStore.h"
#include "store/ObjectRows.h"

namespace Tepat {

namespace {

// Every object of the cascade, parents before children: the workspace's own fields, OPDs, PKs,
// plan items tree by tree, indicators and comments.
QList<qint64> objectsInOrder(const Cascade &cascade)
{
    QList<qint64> ids {0};
    for (const Opd &opd : cascade.opds())
        ids.append(opd.id);
    for (const PkDocument &pk : cascade.pks())
        ids.append(pk.id);
    QList<qint64> roots {0};
    for (const Opd &opd : cascade.opds())
        roots.append(opd.id);
    for (const PkDocument &pk : cascade.pks())
        roots.append(pk.id);
    QList<qint64> items;
    for (qint64 root : std::as_const(roots)) {
        QList<qint64> pending {root};
        while (!pending.isEmpty()) {
            const qint64 parent = pending.takeFirst();
            for (qint64 child : cascade.childItems(parent)) {
                items.append(child);
                pending.append(child);
            }
        }
    }
    ids.append(items);
    for (qint64 item : std::as_const(items))
        ids.append(cascade.indicatorsOf(item));
    for (const ReviewComment &comment : cascade.comments())
        ids.append(comment.id);
    return ids;
}

QString describe(const Cascade &cascade, qint64 id)
{
    if (id == 0)
        return OfflinePush::tr("the pemda's own data");
    if (const Indicator *indicator = cascade.indicator(id))
        return OfflinePush::tr("indicator %1 \"%2\"").arg(id).arg(indicator->text.left(60));
    if (const PlanItem *item = cascade.item(id))
        return OfflinePush::tr("%1 %2 \"%3\"")
            .arg(PlanItem::displayName(item->kind))
            .arg(id)
            .arg(item->name.left(60));
    if (const PkDocument *pk = cascade.pk(id))
        return OfflinePush::tr("PK %1 %2 of %3")
            .arg(id)
            .arg(pk->year)
            .arg(pk->pihakPertama.jabatan);
    if (const Opd *opd = cascade.opd(id))
        return OfflinePush::tr("OPD %1 %2").arg(id).arg(opd->name);
    if (cascade.comment(id))
        return OfflinePush::tr("comment %1").arg(id);
    return OfflinePush::tr("object %1").arg(id);
}

// The object a new object needs on the server first.
qint64 parentOf(const Cascade &cascade, qint64 id)
{
    if (const Indicator *indicator = cascade.indicator(id))
        return indicator->ownerId;
    if (const PlanItem *item = cascade.item(id))
        return item->parentId;
    if (const PkDocument *pk = cascade.pk(id))
        return pk->opdId;
    return 0;
}

// The hash of the object as the server has it now; empty when it has none.
QByteArray serverHash(ServerStore &store, qint64 id)
{
    const Result<ServerStore::Objects> objects = store.read({id});
    if (!objects || !objects->present.contains(id))
        return {};
    return store.hash(id);
}

} // namespace

Result<OfflinePush::Report> OfflinePush::push(const Cascade &copy, ServerStore &store)
{
    const ServerOrigin &origin = copy.serverOrigin();
    if (origin.isEmpty()) {
        return fail(Error(Error::Code::Invalid,
                          tr("This workspace is not an offline copy of a server: pull one with "
                             "\"tepat-cli server pull\".")));
    }
    // The tables of the server's objects, which deleting needs.
    if (const Result<QList<qint64>> known = store.changedSinceKnown(); !known)
        return fail(known.error());

    Report report;
    report.copy = copy;
    ServerOrigin updated = origin;
    const QList<qint64> local = objectsInOrder(copy);
    QList<qint64> inserts;
    QList<qint64> updates;
    QHash<qint64, QByteArray> hashes;
    for (qint64 id : local) {
        const QByteArray hash = ObjectRows::hash(ObjectRows::of(copy, id));
        hashes.insert(id, hash);
        const auto base = origin.base.constFind(id);
        if (base == origin.base.cend())
            inserts.append(id);
        else if (base->hash != hash)
            updates.append(id);
    }
    // Deleted: children before parents, so no transaction leaves a row without its parent. The
    // pulled order tells which is which: the server's objects were pulled parents first.
    QList<qint64> deletes;
    const QSet<qint64> present(local.cbegin(), local.cend());
    for (auto base = origin.base.cbegin(); base != origin.base.cend(); ++base) {
        if (!present.contains(base.key()))
            deletes.append(base.key());
    }
    std::sort(deletes.begin(), deletes.end(), std::greater<>());

    QSet<qint64> refusedIds;
    const auto refuse = [&](qint64 id, const QString &what, const QString &reason) {
        refusedIds.insert(id);
        report.refused.append(Refusal {id, what, reason});
    };
    const auto send = [&](qint64 id, const QString &what) -> bool {
        const auto base = origin.base.constFind(id);
        if (base != origin.base.cend())
            store.assumeVersion(id, base->version, base->hash);
        const Result<void> written = store.write(copy, {id});
        if (written) {
            ++report.applied;
            if (present.contains(id))
                updated.base.insert(id, ServerOrigin::Base {store.version(id), hashes.value(id)});
            else
                updated.base.remove(id);
            return true;
        }
        if (written.error().code == Error::Code::Unreachable) {
            report.interrupted = written.error();
            return false;
        }
        // A push cut off after the server committed but before it said so finds its own change
        // there the next time: that is no conflict.
        if (present.contains(id) && serverHash(store, id) == hashes.value(id)) {
            ++report.applied;
            updated.base.insert(id, ServerOrigin::Base {store.version(id), hashes.value(id)});
            return true;
        }
        refuse(id, what, written.error().message);
        return true;
    };
    for (qint64 id : std::as_const(inserts)) {
        if (refusedIds.contains(parentOf(copy, id))) {
            refuse(
                id,
                describe(copy, id),
                tr("it belongs to %1, which was refused.").arg(describe(copy, parentOf(copy, id))));
            continue;
        }
        if (!send(id, describe(copy, id)))
            break;
    }
    for (qint64 id : std::as_const(updates)) {
        if (report.interrupted || !send(id, describe(copy, id)))
            break;
    }
    // Ids grow with time, so children mostly go first; one that still had a child on the
    // server gets a second try once the others are gone.
    QList<qint64> again;
    for (qint64 id : std::as_const(deletes)) {
        if (report.interrupted)
            break;
        const auto base = origin.base.constFind(id);
        store.assumeVersion(id, base->version, base->hash);
        const Result<void> written = store.write(copy, {id});
        if (written) {
            ++report.applied;
            updated.base.remove(id);
        } else if (written.error().code == Error::Code::Unreachable) {
            report.interrupted = written.error();
        } else if (written.error().code == Error::Code::Io) {
            again.append(id);
        } else {
            refuse(id, tr("deleted object %1").arg(id), written.error().message);
        }
    }
    for (qint64 id : std::as_const(again)) {
        if (report.interrupted || !send(id, tr("deleted object %1").arg(id)))
            break;
    }
    report.copy.setServerOrigin(updated);
    return report;
}

} // namespace Tepat
