#include "export/SpreadsheetExport.h"

#include "check/FindingPlace.h"
#include "check/Tier.h"
#include "model/PolaritasWords.h"
#include "model/Severity.h"

namespace Tepat {

namespace {

// The words of a Renstra table (Permendagri 86/2017, table T-C.27), not the window's labels.
QString jenisName(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::RpjmdTujuan:
    case PlanItem::Kind::RenstraTujuan:
        return QStringLiteral("Tujuan");
    case PlanItem::Kind::RpjmdSasaran:
    case PlanItem::Kind::RenstraSasaran:
    case PlanItem::Kind::PkSasaran:
        return QStringLiteral("Sasaran");
    case PlanItem::Kind::Program:
        return QStringLiteral("Program");
    case PlanItem::Kind::Kegiatan:
        return QStringLiteral("Kegiatan");
    case PlanItem::Kind::SubKegiatan:
        return QStringLiteral("Sub Kegiatan");
    }
    return {};
}

Tier tierOf(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::Program:
        return Tier::Program;
    case PlanItem::Kind::Kegiatan:
    case PlanItem::Kind::SubKegiatan:
        return Tier::Kegiatan;
    default:
        return Tier::Strategis;
    }
}

QString pkTitle(const Cascade &cascade, const PkDocument &pk)
{
    const QString kind
        = pk.kind == PkDocument::Kind::Perubahan ? QStringLiteral("Perubahan ") : QString();
    const Opd *opd = cascade.opd(pk.opdId);
    const QString instansi = opd ? QStringLiteral("%1 %2").arg(opd->name, cascade.pemda().name)
                                 : QStringLiteral("Pemerintah %1").arg(cascade.pemda().name);
    const QString jabatan = pk.pihakPertama.jabatan.simplified();
    return jabatan.isEmpty() ? QStringLiteral("Lampiran Perjanjian Kinerja %1Tahun %2 — %3")
                                   .arg(kind)
                                   .arg(pk.year)
                                   .arg(instansi)
                             : QStringLiteral("Lampiran Perjanjian Kinerja %1Tahun %2 — %3, %4")
                                   .arg(kind)
                                   .arg(pk.year)
                                   .arg(jabatan, instansi);
}

struct RenstraRows
{
    const Cascade &cascade;
    QList<int> years;
    SheetTable &table;

    void add(qint64 itemId, const QString &sasaran)
    {
        const PlanItem *item = cascade.item(itemId);
        if (!item)
            return;
        const QString itemSasaran
            = item->kind == PlanItem::Kind::RenstraSasaran ? item->name : sasaran;
        const QList<qint64> &indicatorIds = cascade.indicatorsOf(itemId);
        // An item without indicators still gets its row: its pagu and its place in the tree.
        const qsizetype rowCount = std::max<qsizetype>(indicatorIds.size(), 1);
        for (qsizetype i = 0; i < rowCount; ++i) {
            const Indicator *indicator
                = i < indicatorIds.size() ? cascade.indicator(indicatorIds[i]) : nullptr;
            QList<SheetCell> row {
                SheetCell::fromText(jenisName(item->kind)),
                SheetCell::fromText(item->code),
                SheetCell::fromText(itemSasaran),
                SheetCell::fromText(item->name),
            };
            const Indicator none;
            const Indicator &shown = indicator ? *indicator : none;
            row << SheetCell::fromText(shown.text) << SheetCell::fromText(shown.satuan)
                << SheetCell::ofTarget(shown.baseline, shown.satuan);
            for (int year : years)
                row << SheetCell::ofTarget(shown.target(year), shown.satuan);
            for (int year : years) {
                const auto pagu = item->pagu.constFind(year);
                row << (i == 0 && pagu != item->pagu.cend() ? SheetCell::ofRupiah(*pagu)
                                                            : SheetCell::fromText({}));
            }
            row << SheetCell::fromText(shown.rumus) << SheetCell::fromText(shown.sumberData)
                << SheetCell::fromText(polaritasWord(shown.polaritas))
                << SheetCell::fromText(indicator ? QString(tierKey(tierOf(item->kind))) : QString())
                << SheetCell::fromText(shown.iku ? QStringLiteral("ya") : QString());
            table.appendRow(row);
        }
        for (qint64 child : cascade.childItems(itemId))
            add(child, itemSasaran);
    }
};

} // namespace

QList<SheetTable> SpreadsheetExport::pkLampiran(const Cascade &cascade, const PkDocument &pk)
{
    const QString title = pkTitle(cascade, pk);
    SheetTable sasaran;
    sasaran.sheetName = SheetTable::safeSheetName(QStringLiteral("Sasaran PK %1").arg(pk.year));
    sasaran.title = title;
    sasaran.appendRow(QStringList {QStringLiteral("no"),
                                   QStringLiteral("sasaran"),
                                   QStringLiteral("indikator"),
                                   QStringLiteral("satuan"),
                                   QStringLiteral("target_%1").arg(pk.year)});
    int number = 0;
    for (qint64 itemId : cascade.childItems(pk.id)) {
        const PlanItem *item = cascade.item(itemId);
        if (!item)
            continue;
        const QList<qint64> &indicatorIds = cascade.indicatorsOf(itemId);
        const qsizetype rowCount = std::max<qsizetype>(indicatorIds.size(), 1);
        for (qsizetype i = 0; i < rowCount; ++i) {
            const Indicator *indicator
                = i < indicatorIds.size() ? cascade.indicator(indicatorIds[i]) : nullptr;
            const Indicator none;
            const Indicator &shown = indicator ? *indicator : none;
            sasaran.appendRow(
                QList<SheetCell> {SheetCell::ofNumber(Decimal::fromInt(++number)),
                                  SheetCell::fromText(item->name),
                                  SheetCell::fromText(shown.text),
                                  SheetCell::fromText(shown.satuan),
                                  SheetCell::ofTarget(shown.target(pk.year), shown.satuan)});
        }
    }

    SheetTable programs;
    programs.sheetName = SheetTable::safeSheetName(QStringLiteral("Program PK %1").arg(pk.year));
    programs.fileSuffix = QStringLiteral("program");
    programs.title = title;
    programs.appendRow(QStringList {QStringLiteral("no"),
                                    QStringLiteral("kode"),
                                    QStringLiteral("program"),
                                    QStringLiteral("anggaran")});
    number = 0;
    for (const PkProgram &program : pk.programs) {
        programs.appendRow(QList<SheetCell> {SheetCell::ofNumber(Decimal::fromInt(++number)),
                                             SheetCell::fromText(program.code),
                                             SheetCell::fromText(program.name),
                                             SheetCell::ofRupiah(program.anggaran)});
    }
    // The total as printed: the rows' sum. A typed total that differs is a finding, not a value.
    programs.appendRow(QList<SheetCell> {SheetCell::fromText({}),
                                         SheetCell::fromText({}),
                                         SheetCell::fromText(QStringLiteral("Jumlah")),
                                         SheetCell::ofRupiah(pk.anggaranTotal())});
    return {sasaran, programs};
}

SheetTable SpreadsheetExport::renstra(const Cascade &cascade, const Opd &opd)
{
    const Periode &periode = cascade.periode();
    SheetTable table;
    table.sheetName = SheetTable::safeSheetName(
        QStringLiteral("Renstra %1").arg(opd.shortName.isEmpty() ? opd.name : opd.shortName));
    table.title = QStringLiteral("Rencana Strategis %1 %2 %3–%4 — indikator kinerja, target dan "
                                 "pagu indikatif")
                      .arg(opd.name, cascade.pemda().name)
                      .arg(periode.startYear)
                      .arg(periode.endYear);
    QStringList headers {QStringLiteral("jenis"),
                         QStringLiteral("kode"),
                         QStringLiteral("sasaran"),
                         QStringLiteral("uraian"),
                         QStringLiteral("indikator"),
                         QStringLiteral("satuan"),
                         QStringLiteral("baseline")};
    const QList<int> years = periode.years();
    for (int year : years)
        headers << QStringLiteral("target_%1").arg(year);
    for (int year : years)
        headers << QStringLiteral("pagu_%1").arg(year);
    headers << QStringLiteral("rumus") << QStringLiteral("sumber_data")
            << QStringLiteral("polaritas") << QStringLiteral("tingkat") << QStringLiteral("iku");
    table.appendRow(headers);
    RenstraRows rows {cascade, years, table};
    for (qint64 tujuan : cascade.childItems(opd.id))
        rows.add(tujuan, {});
    return table;
}

SheetTable SpreadsheetExport::findings(const Cascade &cascade,
                                       const QList<Finding> &findings,
                                       Language language,
                                       std::optional<int> year)
{
    SheetTable table;
    table.sheetName = QStringLiteral("Temuan");
    table.title = year ? QStringLiteral("Temuan pemeriksaan indikator — %1 — PK %2")
                             .arg(cascade.pemda().name)
                             .arg(*year)
                       : QStringLiteral("Temuan pemeriksaan indikator — %1 — RPJMD %2–%3")
                             .arg(cascade.pemda().name)
                             .arg(cascade.periode().startYear)
                             .arg(cascade.periode().endYear);
    table.appendRow(QStringList {QStringLiteral("rule"),
                                 QStringLiteral("severity"),
                                 QStringLiteral("object_id"),
                                 QStringLiteral("object"),
                                 QStringLiteral("field"),
                                 QStringLiteral("message"),
                                 QStringLiteral("suggestion")});
    for (const Finding &finding : findings) {
        table.appendRow(
            QList<SheetCell> {SheetCell::fromText(finding.ruleId),
                              SheetCell::fromText(severityKey(finding.severity)),
                              SheetCell::fromText(QString::number(finding.objectId)),
                              SheetCell::fromText(FindingPlace::label(cascade, finding.objectId)),
                              SheetCell::fromText(finding.field),
                              SheetCell::fromText(finding.message.text(language)),
                              SheetCell::fromText(finding.suggestion.text(language))});
    }
    return table;
}

} // namespace Tepat
