#include "store/WorkspaceWriter.h"

#include "model/Cascade.h"
#include "store/ContentChecksum.h"
#include "store/DatabaseConnection.h"
#include "store/RowWriter.h"
#include "store/WorkspaceSchema.h"

namespace Tepat {

WorkspaceWriter::WorkspaceWriter(DatabaseConnection &connection)
    : m_connection(connection)
{}

Result<void> WorkspaceWriter::write(const Cascade &cascade)
{
    if (Result<void> created = WorkspaceSchema::create(m_connection); !created)
        return created;
    QSqlDatabase &db = m_connection.database();
    if (!db.transaction())
        return fail(m_connection.errorFrom(db.lastError()));
    if (Result<void> written = writeRows(cascade); !written)
        return written;
    {
        RowWriter rows(m_connection);
        if (Result<void> written = writeServerOrigin(rows, cascade); !written)
            return written;
    }
    // Every link must resolve before the file may replace the old one.
    const Result<QVariant> broken = m_connection.scalar(QStringLiteral("PRAGMA foreign_key_check"));
    if (!broken)
        return fail(broken.error());
    if (broken->isValid()) {
        return fail(Error(
            Error::Code::Invalid,
            tr("a row of table %1 links to an object that does not exist.").arg(broken->toString()),
            m_connection.path()));
    }
    // Last, over everything written: opening the file verifies it (ContentChecksum).
    if (Result<void> summed = ContentChecksum::store(m_connection); !summed)
        return summed;
    if (!db.commit())
        return fail(m_connection.errorFrom(db.lastError()));
    return m_connection.exec(
        QStringLiteral("PRAGMA user_version = %1").arg(WorkspaceSchema::version));
}

Result<void> WorkspaceWriter::writeRows(const Cascade &cascade)
{
    RowWriter rows(m_connection);
    if (Result<void> written = rows.insert(ObjectRows::header(cascade)); !written)
        return written;
    for (int i = 0; i < cascade.opds().size(); ++i) {
        if (Result<void> written = rows.insert(ObjectRows::opd(cascade.opds()[i], i)); !written)
            return written;
    }
    // A PK's lock history goes in last: on a server, a PK whose history ends in a lock takes no
    // more rows, its own sasaran and indicators included.
    QList<ObjectRows::Row> lockEvents;
    for (int i = 0; i < cascade.pks().size(); ++i) {
        for (const ObjectRows::Row &row : ObjectRows::pk(cascade.pks()[i], i)) {
            if (row.table == QLatin1String("pk_lock_event")) {
                lockEvents.append(row);
            } else if (Result<void> written = rows.insert(row); !written) {
                return written;
            }
        }
    }
    if (Result<void> written = writeCheckSettings(rows, cascade.checkSettings()); !written)
        return written;
    for (int i = 0; i < cascade.comments().size(); ++i) {
        if (Result<void> written = rows.insert(ObjectRows::comment(cascade.comments()[i], i));
            !written) {
            return written;
        }
    }
    QList<qint64> roots {0};
    for (const Opd &opd : cascade.opds())
        roots.append(opd.id);
    for (const PkDocument &pk : cascade.pks())
        roots.append(pk.id);
    for (qint64 root : roots) {
        if (Result<void> written = writeTree(rows, cascade, root); !written)
            return written;
    }
    return rows.insert(lockEvents);
}

Result<void> WorkspaceWriter::writeCheckSettings(RowWriter &rows, const CheckSettings &settings)
{
    QSet<QString> rules = settings.disabledRules;
    for (auto grade = settings.severities.cbegin(); grade != settings.severities.cend(); ++grade)
        rules.insert(grade.key());
    for (const QString &rule : std::as_const(rules)) {
        const auto grade = settings.severities.constFind(rule);
        const ObjectRows::Row row {
            QStringLiteral("rule_setting"),
            {QStringLiteral("rule_id"), QStringLiteral("enabled"), QStringLiteral("severity")},
            {rule,
             settings.isEnabled(rule) ? 1 : 0,
             grade == settings.severities.cend() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(QString(severityKey(*grade)))}};
        if (Result<void> written = rows.insert(row); !written)
            return written;
    }
    for (const Acknowledgement &acknowledgement : settings.acknowledgements) {
        const ObjectRows::Row row {QStringLiteral("acknowledgement"),
                                   {QStringLiteral("rule_id"),
                                    QStringLiteral("object_id"),
                                    QStringLiteral("field"),
                                    QStringLiteral("reason"),
                                    QStringLiteral("author"),
                                    QStringLiteral("at")},
                                   {acknowledgement.ruleId,
                                    acknowledgement.objectId,
                                    acknowledgement.field,
                                    acknowledgement.reason,
                                    acknowledgement.author,
                                    acknowledgement.at.toUTC().toString(Qt::ISODate)}};
        if (Result<void> written = rows.insert(row); !written)
            return written;
    }
    return {};
}

Result<void> WorkspaceWriter::writeTree(RowWriter &rows, const Cascade &cascade, qint64 parentId)
{
    // Parents before children, and each item before its indicators: a server works out a row's
    // OPD from the row it belongs to as it is inserted.
    QList<qint64> pending {parentId};
    while (!pending.isEmpty()) {
        const qint64 parent = pending.takeLast();
        const QList<qint64> &children = cascade.childItems(parent);
        for (int position = 0; position < children.size(); ++position) {
            const PlanItem &item = *cascade.item(children[position]);
            if (Result<void> written = rows.insert(ObjectRows::item(item, position)); !written)
                return written;
            const QList<qint64> &indicators = cascade.indicatorsOf(item.id);
            for (int i = 0; i < indicators.size(); ++i) {
                if (Result<void> written
                    = rows.insert(ObjectRows::indicator(*cascade.indicator(indicators[i]), i));
                    !written) {
                    return written;
                }
            }
            pending.append(item.id);
        }
    }
    return {};
}

Result<void> WorkspaceWriter::writeServerOrigin(RowWriter &rows, const Cascade &cascade)
{
    const ServerOrigin &origin = cascade.serverOrigin();
    if (origin.isEmpty())
        return {};
    const ObjectRows::Row row {QStringLiteral("server_origin"),
                               {QStringLiteral("id"),
                                QStringLiteral("url"),
                                QStringLiteral("pulled_at"),
                                QStringLiteral("first_free_id"),
                                QStringLiteral("last_free_id")},
                               {1,
                                origin.url,
                                origin.pulledAt.toUTC().toString(Qt::ISODate),
                                origin.firstFreeId,
                                origin.lastFreeId}};
    if (Result<void> written = rows.insert(row); !written)
        return written;
    for (auto base = origin.base.cbegin(); base != origin.base.cend(); ++base) {
        const ObjectRows::Row baseRow {
            QStringLiteral("server_base"),
            {QStringLiteral("object_id"), QStringLiteral("version"), QStringLiteral("hash")},
            {base.key(), base->version, QString::fromLatin1(base->hash)}};
        if (Result<void> written = rows.insert(baseRow); !written)
            return written;
    }
    return {};
}

} // namespace Tepat
