#include "store/ObjectRows.h"

#include "store/EnumKeys.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace Tepat {

namespace {

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QString dateText(const QDate &date)
{
    // A null QString would be stored as NULL; the columns are NOT NULL and hold '' instead.
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QStringList names(std::initializer_list<const char *> columns)
{
    QStringList list;
    for (const char *column : columns)
        list.append(QLatin1String(column));
    return list;
}

} // namespace

ObjectRows::Row ObjectRows::opd(const Opd &opd, int position)
{
    return {QStringLiteral("opd"),
            names({"id",
                   "position",
                   "code",
                   "name",
                   "short_name",
                   "head_name",
                   "head_nip",
                   "head_pangkat",
                   "head_jabatan"}),
            {opd.id,
             position,
             opd.code,
             opd.name,
             opd.shortName,
             opd.head.name,
             opd.head.nip,
             opd.head.pangkat,
             opd.head.jabatan}};
}

QList<ObjectRows::Row> ObjectRows::pk(const PkDocument &pk, int position)
{
    QList<Row> rows {{QStringLiteral("pk"),
                      names({"id",
                             "position",
                             "opd_id",
                             "year",
                             "level",
                             "kind",
                             "change_date",
                             "change_reason",
                             "number",
                             "parent_pk_id",
                             "pihak_pertama_name",
                             "pihak_pertama_nip",
                             "pihak_pertama_pangkat",
                             "pihak_pertama_jabatan",
                             "pihak_kedua_name",
                             "pihak_kedua_nip",
                             "pihak_kedua_pangkat",
                             "pihak_kedua_jabatan",
                             "place",
                             "sign_date",
                             "declared_total",
                             "alasan",
                             "previous_version_id"}),
                      {pk.id,
                       position,
                       idOrNull(pk.opdId),
                       pk.year,
                       QString(enumKey(pk.level)),
                       QString(enumKey(pk.kind)),
                       dateText(pk.changeDate),
                       pk.dasar,
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
                       pk.declaredTotal ? QVariant(pk.declaredTotal->toCanonical())
                                        : QVariant(QMetaType::fromType<QString>()),
                       QString(enumKey(pk.alasan)),
                       idOrNull(pk.previousVersionId)}}};
    for (int p = 0; p < pk.programs.size(); ++p) {
        const PkProgram &program = pk.programs[p];
        rows.append({QStringLiteral("pk_program"),
                     names({"id",
                            "pk_id",
                            "position",
                            "code",
                            "name",
                            "anggaran",
                            "plan_item_id",
                            "previous_version_id"}),
                     {program.id,
                      pk.id,
                      p,
                      program.code,
                      program.name,
                      program.anggaran.toCanonical(),
                      idOrNull(program.planItemId),
                      idOrNull(program.previousVersionId)}});
    }
    for (const PkProgram &program : pk.programs) {
        for (int quarter = 1; quarter <= int(program.realisasiAnggaran.size()); ++quarter) {
            if (const std::optional<Decimal> &spent = program.realisasiAnggaran[quarter - 1]) {
                rows.append({QStringLiteral("realisasi_anggaran"),
                             names({"program_id", "quarter", "amount"}),
                             {program.id, quarter, spent->toCanonical()}});
            }
        }
    }
    for (int e = 0; e < pk.lockHistory.size(); ++e) {
        const PkLockEvent &event = pk.lockHistory[e];
        rows.append(
            {QStringLiteral("pk_lock_event"),
             names({"pk_id", "position", "action", "method", "at", "signed_on", "note", "author"}),
             {pk.id,
              e,
              QString(enumKey(event.action)),
              QString(enumKey(event.method)),
              timeText(event.at),
              dateText(event.signedOn),
              event.note,
              event.author}});
    }
    return rows;
}

QList<ObjectRows::Row> ObjectRows::item(const PlanItem &item, int position)
{
    const PlanItem::ParentRole role = PlanItem::parentRole(item.kind);
    const auto parentIf = [&](PlanItem::ParentRole wanted) {
        return role == wanted ? idOrNull(item.parentId) : idOrNull(0);
    };
    QList<Row> rows {{QStringLiteral("plan_item"),
                      names({"id",
                             "kind",
                             "parent_item_id",
                             "opd_id",
                             "pk_id",
                             "position",
                             "code",
                             "name",
                             "misi_id",
                             "supports_id",
                             "previous_version_id"}),
                      {item.id,
                       QString(enumKey(item.kind)),
                       parentIf(PlanItem::ParentRole::Item),
                       parentIf(PlanItem::ParentRole::Opd),
                       parentIf(PlanItem::ParentRole::Pk),
                       position,
                       item.code,
                       item.name,
                       idOrNull(item.misiId),
                       idOrNull(item.supportsId),
                       idOrNull(item.previousVersionId)}}};
    for (auto pagu = item.pagu.cbegin(); pagu != item.pagu.cend(); ++pagu) {
        rows.append({QStringLiteral("pagu"),
                     names({"plan_item_id", "year", "amount"}),
                     {item.id, pagu.key(), pagu.value().toCanonical()}});
    }
    return rows;
}

QList<ObjectRows::Row> ObjectRows::indicator(const Indicator &indicator, int position)
{
    QList<Row> rows {{QStringLiteral("indicator"),
                      names({"id",
                             "owner_id",
                             "position",
                             "text",
                             "satuan",
                             "baseline",
                             "definisi",
                             "alasan",
                             "rumus",
                             "tipe_perhitungan",
                             "sumber_data",
                             "polaritas",
                             "jenis",
                             "periode_pelaporan",
                             "penanggung_jawab",
                             "iku",
                             "serves_id",
                             "previous_version_id"}),
                      {indicator.id,
                       indicator.ownerId,
                       position,
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
                       idOrNull(indicator.servesId),
                       idOrNull(indicator.previousVersionId)}}};
    for (auto target = indicator.targets.cbegin(); target != indicator.targets.cend(); ++target) {
        rows.append({QStringLiteral("target"),
                     names({"indicator_id", "year", "value"}),
                     {indicator.id, target.key(), target.value().toString()}});
    }
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        const RealisasiTriwulan &entry = indicator.realisasi.triwulan(quarter);
        if (entry.isEmpty())
            continue;
        rows.append({QStringLiteral("realisasi"),
                     names({"indicator_id",
                            "quarter",
                            "target",
                            "value",
                            "kendala",
                            "tindak_lanjut",
                            "bukti"}),
                     {indicator.id,
                      quarter,
                      entry.target.toString(),
                      entry.realisasi.toString(),
                      entry.kendala,
                      entry.tindakLanjut,
                      entry.bukti}});
    }
    if (const RealisasiAnalisis &analisis = indicator.realisasi.analisis(); !analisis.isEmpty()) {
        rows.append(
            {QStringLiteral("realisasi_analisis"),
             names({"indicator_id", "faktor_pendukung", "faktor_penghambat", "upaya_peningkatan"}),
             {indicator.id,
              analisis.faktorPendukung,
              analisis.faktorPenghambat,
              analisis.upayaPeningkatan}});
    }
    return rows;
}

ObjectRows::Row ObjectRows::comment(const ReviewComment &comment, int position)
{
    return {QStringLiteral("review_comment"),
            names({"id", "position", "object_id", "author", "at", "text", "resolved"}),
            {comment.id,
             position,
             comment.objectId,
             comment.author,
             timeText(comment.at),
             comment.text,
             comment.resolved ? 1 : 0}};
}

QList<ObjectRows::Row> ObjectRows::header(const Cascade &cascade)
{
    const Pemda &pemda = cascade.pemda();
    const Periode &periode = cascade.periode();
    QList<Row> rows {
        {QStringLiteral("pemda"),
         names({"id", "name", "kepala_daerah_name", "kepala_daerah_title", "ibu_kota"}),
         {1,
          pemda.name,
          pemda.kepalaDaerahName,
          QString(enumKey(pemda.kepalaDaerahTitle)),
          pemda.ibuKota}},
        {QStringLiteral("periode"),
         names({"id", "start_year", "end_year", "visi"}),
         {1, periode.startYear, periode.endYear, periode.visi}},
    };
    for (int i = 0; i < periode.misi.size(); ++i) {
        rows.append({QStringLiteral("misi"),
                     names({"id", "position", "text"}),
                     {periode.misi[i].id, i, periode.misi[i].text}});
    }
    rows.append({QStringLiteral("print_setting"),
                 names({"id", "paper"}),
                 {1, QString(enumKey(cascade.printSettings().paper))}});
    const MeasureSettings &measure = cascade.measureSettings();
    rows.append({QStringLiteral("measure_setting"),
                 names({"id",
                        "reporting_year",
                        "closed_quarter",
                        "cap",
                        "negative_formula",
                        "kendala_below",
                        "kategori_scale"}),
                 {1,
                  measure.reportingYear,
                  measure.closedQuarter,
                  QString(enumKey(measure.cap)),
                  QString(enumKey(measure.negativeFormula)),
                  measure.kendalaBelow ? QVariant(measure.kendalaBelow->toCanonical())
                                       : QVariant(QMetaType::fromType<QString>()),
                  QString::fromUtf8(
                      QJsonDocument(measure.kategori.toJson()).toJson(QJsonDocument::Compact))}});
    return rows;
}

int ObjectRows::positionOf(const Cascade &cascade, qint64 id)
{
    if (const Indicator *indicator = cascade.indicator(id))
        return int(cascade.indicatorsOf(indicator->ownerId).indexOf(id));
    if (const PlanItem *item = cascade.item(id))
        return int(cascade.childItems(item->parentId).indexOf(id));
    for (int i = 0; i < cascade.opds().size(); ++i) {
        if (cascade.opds()[i].id == id)
            return i;
    }
    for (int i = 0; i < cascade.pks().size(); ++i) {
        if (cascade.pks()[i].id == id)
            return i;
    }
    for (int i = 0; i < cascade.comments().size(); ++i) {
        if (cascade.comments()[i].id == id)
            return i;
    }
    return 0;
}

QList<ObjectRows::Row> ObjectRows::of(const Cascade &cascade, qint64 id)
{
    if (id == 0)
        return header(cascade);
    const int position = positionOf(cascade, id);
    if (const Indicator *found = cascade.indicator(id))
        return indicator(*found, position);
    if (const PlanItem *found = cascade.item(id))
        return item(*found, position);
    if (const PkDocument *found = cascade.pk(id))
        return pk(*found, position);
    if (const Opd *found = cascade.opd(id))
        return {opd(*found, position)};
    if (const ReviewComment *found = cascade.comment(id))
        return {comment(*found, position)};
    return {};
}

QByteArray ObjectRows::hash(const QList<Row> &rows)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    for (const Row &row : rows) {
        sha1.addData(row.table.toUtf8());
        for (int i = 0; i < row.columns.size(); ++i) {
            if (row.columns[i] == QLatin1String("position"))
                continue;
            // The type is part of the value, so NULL, '' and 0 differ.
            const QVariant &value = row.values[i];
            sha1.addData(QByteArray::number(value.isNull() ? -1 : value.typeId()));
            sha1.addData(value.toString().toUtf8());
            sha1.addData(QByteArrayView("\x1f", 1));
        }
        sha1.addData(QByteArrayView("\x1e", 1));
    }
    return sha1.result().toHex();
}

} // namespace Tepat
