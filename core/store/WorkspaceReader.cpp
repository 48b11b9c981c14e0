#include "store/WorkspaceReader.h"

#include "store/DatabaseConnection.h"
#include "store/EnumKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <unordered_map>

namespace Tepat {

namespace {

// A forward-only SELECT that reads columns by name, so a reader survives a column order that a
// migration changed.
class Rows
{
public:
    Rows(QSqlDatabase &database, const QString &statement)
        : m_query(database)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.exec(statement);
    }

    bool ok() const { return m_ok; }
    QSqlError error() const { return m_query.lastError(); }
    bool next() { return m_query.next(); }
    QString text(const char *column) const { return value(column).toString(); }
    qint64 id(const char *column) const { return value(column).toLongLong(); }
    int number(const char *column) const { return value(column).toInt(); }
    QDate date(const char *column) const { return QDate::fromString(text(column), Qt::ISODate); }

private:
    // QSqlQuery::value(name) builds a whole QSqlRecord on every call; a workspace of 100k
    // indicators reads millions of values, so each column's position is looked up once.
    QVariant value(const char *column) const
    {
        auto found = m_columns.find(column);
        if (found == m_columns.end())
            found
                = m_columns.emplace(column, m_query.record().indexOf(QLatin1String(column))).first;
        return m_query.value(found->second);
    }

    QSqlQuery m_query;
    bool m_ok = false;
    mutable std::unordered_map<const char *, int> m_columns;
};

// " WHERE column IN (1, 2, 3)", or nothing for all rows. Ids are numbers, so writing them into
// the statement is safe, and one statement serves any number of them in both dialects.
QString only(const char *column, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return QStringLiteral(" WHERE %1 IN (%2)")
        .arg(QLatin1String(column), numbers.join(QLatin1Char(',')));
}

template<typename E>
std::optional<E> optionalKey(const QString &key)
{
    if (key.isEmpty())
        return E {};
    return enumFromKey<E>(key);
}

} // namespace

WorkspaceReader::WorkspaceReader(DatabaseConnection &connection)
    : m_connection(connection)
{}

Error WorkspaceReader::damaged(const QString &what) const
{
    return Error(Error::Code::Corrupt,
                 tr("%1 is damaged: %2").arg(m_connection.path(), what),
                 m_connection.path());
}

Result<Cascade> WorkspaceReader::read()
{
    Cascade cascade;
    if (Result<void> header = readHeader(cascade); !header)
        return fail(header.error());
    const auto insertAll = [&](const auto &placed, auto insert) -> Result<void> {
        if (!placed)
            return fail(placed.error());
        for (const auto &entry : *placed) {
            if (Result<void> inserted = (cascade.*insert)(entry.object, -1); !inserted)
                return fail(damaged(inserted.error().message));
        }
        return {};
    };
    for (const Result<void> &step : {insertAll(opds(), &Cascade::insertOpd),
                                     insertAll(pks(), &Cascade::insertPk),
                                     insertAll(items(), &Cascade::insertItem),
                                     insertAll(indicators(), &Cascade::insertIndicator),
                                     insertAll(comments(), &Cascade::insertComment)}) {
        if (!step)
            return fail(step.error());
    }
    if (Result<void> settings = readCheckSettings(cascade); !settings)
        return fail(settings.error());
    if (Result<void> origin = readServerOrigin(cascade); !origin)
        return fail(origin.error());
    if (Result<void> links = cascade.checkLinks(); !links)
        return fail(damaged(links.error().message));
    return cascade;
}

Result<void> WorkspaceReader::readHeader(Cascade &cascade)
{
    QSqlDatabase &db = m_connection.database();
    Rows pemdaRows(db, QStringLiteral("SELECT * FROM pemda"));
    if (!pemdaRows.ok())
        return fail(m_connection.errorFrom(pemdaRows.error()));
    if (!pemdaRows.next())
        return fail(damaged(tr("the pemda is missing.")));
    Pemda pemda;
    pemda.name = pemdaRows.text("name");
    pemda.kepalaDaerahName = pemdaRows.text("kepala_daerah_name");
    pemda.ibuKota = pemdaRows.text("ibu_kota");
    const auto title = enumFromKey<Pemda::Title>(pemdaRows.text("kepala_daerah_title"));
    if (!title)
        return fail(damaged(tr("the kepala daerah's title is unknown.")));
    pemda.kepalaDaerahTitle = *title;
    cascade.setPemda(pemda);

    Rows periodeRows(db, QStringLiteral("SELECT * FROM periode"));
    if (!periodeRows.ok())
        return fail(m_connection.errorFrom(periodeRows.error()));
    if (!periodeRows.next())
        return fail(damaged(tr("the RPJMD period is missing.")));
    Periode periode;
    periode.startYear = periodeRows.number("start_year");
    periode.endYear = periodeRows.number("end_year");
    periode.visi = periodeRows.text("visi");
    Rows misiRows(db, QStringLiteral("SELECT * FROM misi ORDER BY position, id"));
    if (!misiRows.ok())
        return fail(m_connection.errorFrom(misiRows.error()));
    while (misiRows.next())
        periode.misi.append(Misi {misiRows.id("id"), misiRows.text("text")});
    if (Result<void> set = cascade.setPeriode(periode); !set)
        return fail(damaged(set.error().message));

    Rows printRows(db, QStringLiteral("SELECT * FROM print_setting"));
    if (!printRows.ok())
        return fail(m_connection.errorFrom(printRows.error()));
    if (!printRows.next())
        return fail(damaged(tr("the print settings are missing.")));
    const auto paper = enumFromKey<PaperFormat::Size>(printRows.text("paper"));
    if (!paper)
        return fail(damaged(tr("the paper of the print settings is unknown.")));
    cascade.setPrintSettings(PrintSettings {*paper});
    return readMeasureSettings(cascade);
}

Result<QList<WorkspaceReader::Placed<Opd>>> WorkspaceReader::opds(const QList<qint64> &ids)
{
    Rows rows(m_connection.database(),
              QStringLiteral("SELECT * FROM opd%1 ORDER BY position, id").arg(only("id", ids)));
    if (!rows.ok())
        return fail(m_connection.errorFrom(rows.error()));
    QList<Placed<Opd>> result;
    while (rows.next()) {
        Opd opd;
        opd.id = rows.id("id");
        opd.code = rows.text("code");
        opd.name = rows.text("name");
        opd.shortName = rows.text("short_name");
        opd.head = Official {rows.text("head_name"),
                             rows.text("head_nip"),
                             rows.text("head_pangkat"),
                             rows.text("head_jabatan")};
        result.append({opd, rows.number("position")});
    }
    return result;
}

Result<QList<WorkspaceReader::Placed<PkDocument>>> WorkspaceReader::pks(const QList<qint64> &ids)
{
    QSqlDatabase &db = m_connection.database();
    QHash<qint64, std::array<std::optional<Decimal>, 4>> spent;
    Rows spentRows(
        db,
        QStringLiteral("SELECT r.* FROM realisasi_anggaran r JOIN pk_program p ON p.id = "
                       "r.program_id%1")
            .arg(only("p.pk_id", ids)));
    if (!spentRows.ok())
        return fail(m_connection.errorFrom(spentRows.error()));
    while (spentRows.next()) {
        const qint64 program = spentRows.id("program_id");
        const int quarter = spentRows.number("quarter");
        const auto amount = Decimal::fromCanonical(spentRows.text("amount"));
        if (!amount || quarter < 1 || quarter > 4)
            return fail(damaged(
                tr("the realisasi anggaran of program row %1 is not a number.").arg(program)));
        spent[program][quarter - 1] = *amount;
    }
    QHash<qint64, QList<PkProgram>> programs;
    Rows programRows(db,
                     QStringLiteral("SELECT * FROM pk_program%1 ORDER BY pk_id, position, id")
                         .arg(only("pk_id", ids)));
    if (!programRows.ok())
        return fail(m_connection.errorFrom(programRows.error()));
    while (programRows.next()) {
        PkProgram program;
        program.id = programRows.id("id");
        program.code = programRows.text("code");
        program.name = programRows.text("name");
        program.planItemId = programRows.id("plan_item_id");
        program.previousVersionId = programRows.id("previous_version_id");
        const auto anggaran = Decimal::fromCanonical(programRows.text("anggaran"));
        if (!anggaran)
            return fail(
                damaged(tr("the anggaran of program row %1 is not a number.").arg(program.id)));
        program.anggaran = *anggaran;
        program.realisasiAnggaran = spent.value(program.id);
        programs[programRows.id("pk_id")].append(program);
    }

    QHash<qint64, QList<PkLockEvent>> locks;
    Rows lockRows(db,
                  QStringLiteral("SELECT * FROM pk_lock_event%1 ORDER BY pk_id, position")
                      .arg(only("pk_id", ids)));
    if (!lockRows.ok())
        return fail(m_connection.errorFrom(lockRows.error()));
    while (lockRows.next()) {
        const qint64 pkId = lockRows.id("pk_id");
        const auto action = enumFromKey<PkLockEvent::Action>(lockRows.text("action"));
        const auto method = enumFromKey<PkLockEvent::Method>(lockRows.text("method"));
        const QDateTime at = QDateTime::fromString(lockRows.text("at"), Qt::ISODate);
        if (!action || !method || !at.isValid())
            return fail(damaged(tr("the lock history of PK %1 is damaged.").arg(pkId)));
        locks[pkId].append(PkLockEvent {*action,
                                        *method,
                                        at.toUTC(),
                                        lockRows.date("signed_on"),
                                        lockRows.text("note"),
                                        lockRows.text("author")});
    }

    Rows rows(db, QStringLiteral("SELECT * FROM pk%1 ORDER BY position, id").arg(only("id", ids)));
    if (!rows.ok())
        return fail(m_connection.errorFrom(rows.error()));
    QList<Placed<PkDocument>> result;
    while (rows.next()) {
        PkDocument pk;
        pk.id = rows.id("id");
        pk.opdId = rows.id("opd_id");
        pk.year = rows.number("year");
        const auto level = enumFromKey<PkDocument::Level>(rows.text("level"));
        const auto kind = enumFromKey<PkDocument::Kind>(rows.text("kind"));
        if (!level || !kind)
            return fail(damaged(tr("PK %1 has an unknown level or kind.").arg(pk.id)));
        pk.level = *level;
        pk.kind = *kind;
        pk.changeDate = rows.date("change_date");
        pk.dasar = rows.text("change_reason");
        const auto alasan = optionalKey<PkDocument::Alasan>(rows.text("alasan"));
        if (!alasan)
            return fail(damaged(tr("PK %1 has an unknown alasan.").arg(pk.id)));
        pk.alasan = *alasan;
        pk.previousVersionId = rows.id("previous_version_id");
        pk.lockHistory = locks.take(pk.id);
        pk.number = rows.text("number");
        pk.parentPkId = rows.id("parent_pk_id");
        pk.pihakPertama = Official {rows.text("pihak_pertama_name"),
                                    rows.text("pihak_pertama_nip"),
                                    rows.text("pihak_pertama_pangkat"),
                                    rows.text("pihak_pertama_jabatan")};
        pk.pihakKedua = Official {rows.text("pihak_kedua_name"),
                                  rows.text("pihak_kedua_nip"),
                                  rows.text("pihak_kedua_pangkat"),
                                  rows.text("pihak_kedua_jabatan")};
        pk.place = rows.text("place");
        pk.signDate = rows.date("sign_date");
        if (const QString total = rows.text("declared_total"); !total.isEmpty()) {
            pk.declaredTotal = Decimal::fromCanonical(total);
            if (!pk.declaredTotal)
                return fail(damaged(tr("the total of PK %1 is not a number.").arg(pk.id)));
        }
        pk.programs = programs.take(pk.id);
        result.append({pk, rows.number("position")});
    }
    return result;
}

Result<QList<WorkspaceReader::Placed<PlanItem>>> WorkspaceReader::items(const QList<qint64> &ids)
{
    QSqlDatabase &db = m_connection.database();
    QHash<qint64, QMap<int, Decimal>> pagu;
    Rows paguRows(db, QStringLiteral("SELECT * FROM pagu%1").arg(only("plan_item_id", ids)));
    if (!paguRows.ok())
        return fail(m_connection.errorFrom(paguRows.error()));
    while (paguRows.next()) {
        const auto amount = Decimal::fromCanonical(paguRows.text("amount"));
        if (!amount)
            return fail(
                damaged(tr("a pagu of item %1 is not a number.").arg(paguRows.id("plan_item_id"))));
        pagu[paguRows.id("plan_item_id")].insert(paguRows.number("year"), *amount);
    }

    QList<Placed<PlanItem>> result;
    Rows rows(db, QStringLiteral("SELECT * FROM plan_item%1").arg(only("id", ids)));
    if (!rows.ok())
        return fail(m_connection.errorFrom(rows.error()));
    while (rows.next()) {
        PlanItem item;
        item.id = rows.id("id");
        const auto kind = enumFromKey<PlanItem::Kind>(rows.text("kind"));
        if (!kind)
            return fail(damaged(tr("plan item %1 has an unknown kind.").arg(item.id)));
        item.kind = *kind;
        item.parentId = rows.id("parent_item_id") + rows.id("opd_id") + rows.id("pk_id");
        item.code = rows.text("code");
        item.name = rows.text("name");
        item.misiId = rows.id("misi_id");
        item.supportsId = rows.id("supports_id");
        item.previousVersionId = rows.id("previous_version_id");
        item.pagu = pagu.value(item.id);
        result.append({item, rows.number("position")});
    }
    // The kinds are declared top-down, so sorting by kind puts every parent before its
    // children, and by position keeps the siblings' order.
    std::sort(
        result.begin(), result.end(), [](const Placed<PlanItem> &a, const Placed<PlanItem> &b) {
            return std::tie(a.object.kind, a.object.parentId, a.position, a.object.id)
                < std::tie(b.object.kind, b.object.parentId, b.position, b.object.id);
        });
    return result;
}

Result<QList<WorkspaceReader::Placed<Indicator>>>
WorkspaceReader::indicators(const QList<qint64> &ids)
{
    QSqlDatabase &db = m_connection.database();
    QHash<qint64, QMap<int, TargetValue>> targets;
    Rows targetRows(db, QStringLiteral("SELECT * FROM target%1").arg(only("indicator_id", ids)));
    if (!targetRows.ok())
        return fail(m_connection.errorFrom(targetRows.error()));
    while (targetRows.next()) {
        targets[targetRows.id("indicator_id")].insert(targetRows.number("year"),
                                                      TargetValue::parse(targetRows.text("value")));
    }

    QHash<qint64, Realisasi> realisasi;
    Rows realisasiRows(db,
                       QStringLiteral("SELECT * FROM realisasi%1").arg(only("indicator_id", ids)));
    if (!realisasiRows.ok())
        return fail(m_connection.errorFrom(realisasiRows.error()));
    while (realisasiRows.next()) {
        const int quarter = realisasiRows.number("quarter");
        if (quarter < 1 || quarter > Realisasi::quarterCount)
            return fail(damaged(tr("a realisasi of indicator %1 has no triwulan.")
                                    .arg(realisasiRows.id("indicator_id"))));
        realisasi[realisasiRows.id("indicator_id")].setTriwulan(
            quarter,
            RealisasiTriwulan {TargetValue::parse(realisasiRows.text("target")),
                               TargetValue::parse(realisasiRows.text("value")),
                               realisasiRows.text("kendala"),
                               realisasiRows.text("tindak_lanjut"),
                               realisasiRows.text("bukti")});
    }
    Rows analisisRows(
        db, QStringLiteral("SELECT * FROM realisasi_analisis%1").arg(only("indicator_id", ids)));
    if (!analisisRows.ok())
        return fail(m_connection.errorFrom(analisisRows.error()));
    while (analisisRows.next()) {
        realisasi[analisisRows.id("indicator_id")].setAnalisis(
            RealisasiAnalisis {analisisRows.text("faktor_pendukung"),
                               analisisRows.text("faktor_penghambat"),
                               analisisRows.text("upaya_peningkatan")});
    }

    Rows rows(db,
              QStringLiteral("SELECT * FROM indicator%1 ORDER BY owner_id, position, id")
                  .arg(only("id", ids)));
    if (!rows.ok())
        return fail(m_connection.errorFrom(rows.error()));
    QList<Placed<Indicator>> result;
    while (rows.next()) {
        Indicator indicator;
        indicator.id = rows.id("id");
        indicator.ownerId = rows.id("owner_id");
        indicator.text = rows.text("text");
        indicator.satuan = rows.text("satuan");
        indicator.baseline = TargetValue::parse(rows.text("baseline"));
        indicator.targets = targets.value(indicator.id);
        indicator.realisasi = realisasi.value(indicator.id);
        indicator.definisi = rows.text("definisi");
        indicator.alasan = rows.text("alasan");
        indicator.rumus = rows.text("rumus");
        indicator.sumberData = rows.text("sumber_data");
        indicator.penanggungJawab = rows.text("penanggung_jawab");
        indicator.iku = rows.number("iku") != 0;
        indicator.servesId = rows.id("serves_id");
        indicator.previousVersionId = rows.id("previous_version_id");
        const auto tipe = optionalKey<Indicator::TipePerhitungan>(rows.text("tipe_perhitungan"));
        const auto polaritas = optionalKey<Indicator::Polaritas>(rows.text("polaritas"));
        const auto jenis = optionalKey<Indicator::Jenis>(rows.text("jenis"));
        const auto periode
            = optionalKey<Indicator::PeriodePelaporan>(rows.text("periode_pelaporan"));
        if (!tipe || !polaritas || !jenis || !periode)
            return fail(
                damaged(tr("indicator %1 has an unknown Manual IKU value.").arg(indicator.id)));
        indicator.tipePerhitungan = *tipe;
        indicator.polaritas = *polaritas;
        indicator.jenis = *jenis;
        indicator.periodePelaporan = *periode;
        result.append({indicator, rows.number("position")});
    }
    return result;
}

Result<void> WorkspaceReader::readCheckSettings(Cascade &cascade)
{
    QSqlDatabase &db = m_connection.database();
    CheckSettings settings;
    Rows settingRows(db, QStringLiteral("SELECT * FROM rule_setting"));
    if (!settingRows.ok())
        return fail(m_connection.errorFrom(settingRows.error()));
    while (settingRows.next()) {
        const QString rule = settingRows.text("rule_id");
        if (settingRows.number("enabled") == 0)
            settings.disabledRules.insert(rule);
        if (const QString grade = settingRows.text("severity"); !grade.isEmpty()) {
            const std::optional<Severity> severity = severityFromKey(grade);
            if (!severity)
                return fail(damaged(tr("the severity of rule %1 is unknown.").arg(rule)));
            settings.severities.insert(rule, *severity);
        }
    }
    // A file keeps the order of acknowledgements by rowid, the server by a counter.
    const QString order = m_connection.dialect() == SqlDialect::Sqlite ? QStringLiteral("rowid")
                                                                       : QStringLiteral("seq");
    Rows acknowledgementRows(
        db, QStringLiteral("SELECT * FROM acknowledgement ORDER BY %1").arg(order));
    if (!acknowledgementRows.ok())
        return fail(m_connection.errorFrom(acknowledgementRows.error()));
    while (acknowledgementRows.next()) {
        settings.acknowledgements.append(
            Acknowledgement {acknowledgementRows.text("rule_id"),
                             acknowledgementRows.id("object_id"),
                             acknowledgementRows.text("field"),
                             acknowledgementRows.text("reason"),
                             acknowledgementRows.text("author"),
                             QDateTime::fromString(acknowledgementRows.text("at"), Qt::ISODate)});
    }
    cascade.setCheckSettings(settings);
    return {};
}

Result<void> WorkspaceReader::readMeasureSettings(Cascade &cascade)
{
    Rows rows(m_connection.database(), QStringLiteral("SELECT * FROM measure_setting"));
    if (!rows.ok())
        return fail(m_connection.errorFrom(rows.error()));
    MeasureSettings settings;
    if (rows.next()) {
        settings.reportingYear = rows.number("reporting_year");
        settings.closedQuarter = rows.number("closed_quarter");
        const auto cap = enumFromKey<MeasureSettings::Cap>(rows.text("cap"));
        const auto formula
            = enumFromKey<MeasureSettings::NegativeFormula>(rows.text("negative_formula"));
        if (!cap || !formula)
            return fail(damaged(tr("the capaian settings are unknown.")));
        settings.cap = *cap;
        settings.negativeFormula = *formula;
        if (const QString below = rows.text("kendala_below"); !below.isEmpty()) {
            settings.kendalaBelow = Decimal::fromCanonical(below);
            if (!settings.kendalaBelow)
                return fail(damaged(tr("the capaian that needs a kendala is not a number.")));
        }
        Result<KategoriScale> scale = KategoriScale::fromJson(
            QJsonDocument::fromJson(rows.text("kategori_scale").toUtf8()).object());
        if (!scale)
            return fail(damaged(scale.error().message));
        settings.kategori = *scale;
    }
    cascade.setMeasureSettings(settings);
    return {};
}

Result<QList<WorkspaceReader::Placed<ReviewComment>>>
WorkspaceReader::comments(const QList<qint64> &ids)
{
    Rows commentRows(m_connection.database(),
                     QStringLiteral("SELECT * FROM review_comment%1 ORDER BY position, id")
                         .arg(only("id", ids)));
    if (!commentRows.ok())
        return fail(m_connection.errorFrom(commentRows.error()));
    QList<Placed<ReviewComment>> result;
    while (commentRows.next()) {
        const ReviewComment comment {commentRows.id("id"),
                                     commentRows.id("object_id"),
                                     commentRows.text("author"),
                                     QDateTime::fromString(commentRows.text("at"), Qt::ISODate),
                                     commentRows.text("text"),
                                     commentRows.number("resolved") != 0};
        result.append({comment, commentRows.number("position")});
    }
    return result;
}

Result<void> WorkspaceReader::readServerOrigin(Cascade &cascade)
{
    if (m_connection.dialect() != SqlDialect::Sqlite)
        return {};
    QSqlDatabase &db = m_connection.database();
    Rows rows(db, QStringLiteral("SELECT * FROM server_origin"));
    if (!rows.ok())
        return fail(m_connection.errorFrom(rows.error()));
    if (!rows.next())
        return {};
    ServerOrigin origin;
    origin.url = rows.text("url");
    origin.pulledAt = QDateTime::fromString(rows.text("pulled_at"), Qt::ISODate);
    origin.firstFreeId = rows.id("first_free_id");
    origin.lastFreeId = rows.id("last_free_id");
    Rows baseRows(db, QStringLiteral("SELECT * FROM server_base"));
    if (!baseRows.ok())
        return fail(m_connection.errorFrom(baseRows.error()));
    while (baseRows.next()) {
        origin.base.insert(
            baseRows.id("object_id"),
            ServerOrigin::Base {baseRows.id("version"), baseRows.text("hash").toLatin1()});
    }
    cascade.setServerOrigin(origin);
    return {};
}

} // namespace Tepat
