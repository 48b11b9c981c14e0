#include "store/WorkspaceWriter.h"

#include "model/Cascade.h"
#include "store/ContentChecksum.h"
#include "store/EnumKeys.h"
#include "store/SqliteConnection.h"
#include "store/WorkspaceSchema.h"

#include <QSqlQuery>

namespace Tepat {

namespace {

// A prepared INSERT whose values are bound in column order, so each row is one call.
class Insert
{
public:
    Insert(QSqlDatabase &database, const QString &statement)
        : m_query(database)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(statement);
    }

    bool run(std::initializer_list<QVariant> values)
    {
        if (!m_prepared)
            return false;
        int index = 0;
        for (const QVariant &value : values) {
            // A null QString binds as SQL NULL; text columns are NOT NULL and hold '' instead.
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            m_query.bindValue(index++, nullText ? QVariant(QStringLiteral("")) : value);
        }
        return m_query.exec();
    }

    QSqlError lastError() const { return m_query.lastError(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

WorkspaceWriter::WorkspaceWriter(SqliteConnection &connection)
    : m_connection(connection)
{}

Result<void> WorkspaceWriter::write(const Cascade &cascade)
{
    if (Result<void> created = WorkspaceSchema::create(m_connection); !created)
        return created;
    QSqlDatabase &db = m_connection.database();
    if (!db.transaction())
        return fail(m_connection.errorFrom(db.lastError()));

    const Pemda &pemda = cascade.pemda();
    const Periode &periode = cascade.periode();
    Insert pemdaRow(db, QStringLiteral("INSERT INTO pemda VALUES (1, ?, ?, ?, ?)"));
    Insert periodeRow(db, QStringLiteral("INSERT INTO periode VALUES (1, ?, ?, ?)"));
    Insert misiRow(db, QStringLiteral("INSERT INTO misi VALUES (?, ?, ?)"));
    Insert opdRow(db, QStringLiteral("INSERT INTO opd VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Insert pkRow(db,
                 QStringLiteral("INSERT INTO pk VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                "?, ?, ?, ?, ?, ?, ?)"));
    Insert programRow(db, QStringLiteral("INSERT INTO pk_program VALUES (?, ?, ?, ?, ?, ?, ?)"));

    bool ok = pemdaRow.run({pemda.name,
                            pemda.kepalaDaerahName,
                            QString(enumKey(pemda.kepalaDaerahTitle)),
                            pemda.ibuKota});
    if (!ok)
        return fail(m_connection.errorFrom(pemdaRow.lastError()));
    if (!periodeRow.run({periode.startYear, periode.endYear, periode.visi}))
        return fail(m_connection.errorFrom(periodeRow.lastError()));
    for (int i = 0; i < periode.misi.size(); ++i) {
        if (!misiRow.run({periode.misi[i].id, i, periode.misi[i].text}))
            return fail(m_connection.errorFrom(misiRow.lastError()));
    }
    for (int i = 0; i < cascade.opds().size(); ++i) {
        const Opd &opd = cascade.opds()[i];
        ok = opdRow.run({opd.id,
                         i,
                         opd.code,
                         opd.name,
                         opd.shortName,
                         opd.head.name,
                         opd.head.nip,
                         opd.head.pangkat,
                         opd.head.jabatan});
        if (!ok)
            return fail(m_connection.errorFrom(opdRow.lastError()));
    }
    for (int i = 0; i < cascade.pks().size(); ++i) {
        const PkDocument &pk = cascade.pks()[i];
        ok = pkRow.run({pk.id,
                        i,
                        idOrNull(pk.opdId),
                        pk.year,
                        QString(enumKey(pk.level)),
                        QString(enumKey(pk.kind)),
                        dateText(pk.changeDate),
                        pk.changeReason,
                        pk.number,
                        idOrNull(pk.parentPkId),
                        pk.pihakPertama.name,
                        pk.pihakPertama.nip,
                        pk.pihakPertama.pangkat,
                        pk.pihakPertama.jabatan,
                        pk.pihakKedua.name,
                        pk.pihakKedua.nip,
                        pk.pihakKedua.pangkat,
                        pk.pihakKedua.jabatan,
                        pk.place,
                        dateText(pk.signDate),
                        pk.declaredTotal ? QVariant(pk.declaredTotal->toCanonical()) : QVariant()});
        if (!ok)
            return fail(m_connection.errorFrom(pkRow.lastError()));
        for (int p = 0; p < pk.programs.size(); ++p) {
            const PkProgram &program = pk.programs[p];
            ok = programRow.run({program.id,
                                 pk.id,
                                 p,
                                 program.code,
                                 program.name,
                                 program.anggaran.toCanonical(),
                                 idOrNull(program.planItemId)});
            if (!ok)
                return fail(m_connection.errorFrom(programRow.lastError()));
        }
    }

    if (Result<void> written = writeCheckSettings(cascade.checkSettings()); !written)
        return written;
    Insert printRow(db, QStringLiteral("INSERT INTO print_setting VALUES (1, ?)"));
    if (!printRow.run({QString(enumKey(cascade.printSettings().paper))}))
        return fail(m_connection.errorFrom(printRow.lastError()));
    Insert commentRow(db,
                      QStringLiteral("INSERT INTO review_comment VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < cascade.comments().size(); ++i) {
        const ReviewComment &comment = cascade.comments()[i];
        ok = commentRow.run({comment.id,
                             i,
                             comment.objectId,
                             comment.author,
                             comment.at.toUTC().toString(Qt::ISODate),
                             comment.text,
                             comment.resolved ? 1 : 0});
        if (!ok)
            return fail(m_connection.errorFrom(commentRow.lastError()));
    }

    QList<qint64> roots {0};
    for (const Opd &opd : cascade.opds())
        roots.append(opd.id);
    for (const PkDocument &pk : cascade.pks())
        roots.append(pk.id);
    for (qint64 root : roots) {
        if (Result<void> written = writeTree(cascade, root); !written)
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

Result<void> WorkspaceWriter::writeCheckSettings(const CheckSettings &settings)
{
    QSqlDatabase &db = m_connection.database();
    Insert settingRow(db, QStringLiteral("INSERT INTO rule_setting VALUES (?, ?, ?)"));
    QSet<QString> rules = settings.disabledRules;
    for (auto grade = settings.severities.cbegin(); grade != settings.severities.cend(); ++grade)
        rules.insert(grade.key());
    for (const QString &rule : std::as_const(rules)) {
        const auto grade = settings.severities.constFind(rule);
        const bool ok = settingRow.run({rule,
                                        settings.isEnabled(rule) ? 1 : 0,
                                        grade == settings.severities.cend()
                                            ? QVariant()
                                            : QVariant(QString(severityKey(*grade)))});
        if (!ok)
            return fail(m_connection.errorFrom(settingRow.lastError()));
    }
    Insert acknowledgementRow(
        db, QStringLiteral("INSERT INTO acknowledgement VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Acknowledgement &acknowledgement : settings.acknowledgements) {
        const bool ok = acknowledgementRow.run({acknowledgement.ruleId,
                                                acknowledgement.objectId,
                                                acknowledgement.field,
                                                acknowledgement.reason,
                                                acknowledgement.author,
                                                acknowledgement.at.toUTC().toString(Qt::ISODate)});
        if (!ok)
            return fail(m_connection.errorFrom(acknowledgementRow.lastError()));
    }
    return {};
}

Result<void> WorkspaceWriter::writeTree(const Cascade &cascade, qint64 parentId)
{
    QSqlDatabase &db = m_connection.database();
    // Prepared once per subtree walk; SQLite caches the compiled statement cheaply.
    Insert itemRow(db,
                   QStringLiteral("INSERT INTO plan_item VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Insert paguRow(db, QStringLiteral("INSERT INTO pagu VALUES (?, ?, ?)"));
    Insert indicatorRow(
        db,
        QStringLiteral("INSERT INTO indicator VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)"));
    Insert targetRow(db, QStringLiteral("INSERT INTO target VALUES (?, ?, ?)"));

    QList<qint64> pending {parentId};
    while (!pending.isEmpty()) {
        const qint64 parent = pending.takeLast();
        const QList<qint64> &children = cascade.childItems(parent);
        for (int position = 0; position < children.size(); ++position) {
            const PlanItem &item = *cascade.item(children[position]);
            const PlanItem::ParentRole role = PlanItem::parentRole(item.kind);
            const bool ok = itemRow.run(
                {item.id,
                 QString(enumKey(item.kind)),
                 role == PlanItem::ParentRole::Item ? QVariant(item.parentId) : QVariant(),
                 role == PlanItem::ParentRole::Opd ? QVariant(item.parentId) : QVariant(),
                 role == PlanItem::ParentRole::Pk ? QVariant(item.parentId) : QVariant(),
                 position,
                 item.code,
                 item.name,
                 idOrNull(item.misiId),
                 idOrNull(item.supportsId)});
            if (!ok)
                return fail(m_connection.errorFrom(itemRow.lastError()));
            for (auto pagu = item.pagu.cbegin(); pagu != item.pagu.cend(); ++pagu) {
                if (!paguRow.run({item.id, pagu.key(), pagu.value().toCanonical()}))
                    return fail(m_connection.errorFrom(paguRow.lastError()));
            }
            const QList<qint64> &indicators = cascade.indicatorsOf(item.id);
            for (int i = 0; i < indicators.size(); ++i) {
                const Indicator &indicator = *cascade.indicator(indicators[i]);
                const bool written = indicatorRow.run({indicator.id,
                                                       item.id,
                                                       i,
                                                       indicator.text,
                                                       indicator.satuan,
                                                       indicator.baseline.toString(),
                                                       indicator.definisi,
                                                       indicator.alasan,
                                                       indicator.rumus,
                                                       QString(enumKey(indicator.tipePerhitungan)),
                                                       indicator.sumberData,
                                                       QString(enumKey(indicator.polaritas)),
                                                       QString(enumKey(indicator.jenis)),
                                                       QString(enumKey(indicator.periodePelaporan)),
                                                       indicator.penanggungJawab,
                                                       indicator.iku ? 1 : 0,
                                                       idOrNull(indicator.servesId)});
                if (!written)
                    return fail(m_connection.errorFrom(indicatorRow.lastError()));
                for (auto target = indicator.targets.cbegin(); target != indicator.targets.cend();
                     ++target) {
                    if (!targetRow.run({indicator.id, target.key(), target.value().toString()}))
                        return fail(m_connection.errorFrom(targetRow.lastError()));
                }
            }
            pending.append(item.id);
        }
    }
    return {};
}

} // namespace Tepat
