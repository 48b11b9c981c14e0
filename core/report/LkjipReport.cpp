#include "report/LkjipReport.h"

#include "measure/CapaianSummary.h"
#include "measure/SerapanAnggaran.h"
#include "report/MeasuredPk.h"
#include "report/ReportCells.h"
#include "report/ReportScope.h"

#include <QSet>

namespace Tepat {

namespace {

// The indicator above a PK indicator that is not itself in a PK: a Renstra indicator for an
// OPD's PKs, an RPJMD one for the kepala daerah's. Through the PKs of superiors; nullptr when a
// link is missing.
const Indicator *planIndicator(const Cascade &cascade, const Indicator &indicator)
{
    QSet<qint64> seen; // a damaged file's loop stops at the first repeat
    const Indicator *current = &indicator;
    while (current && !seen.contains(current->id)) {
        seen.insert(current->id);
        const PlanItem *owner = cascade.item(current->ownerId);
        if (owner && owner->kind != PlanItem::Kind::PkSasaran)
            return current;
        current = cascade.indicator(current->servesId);
    }
    return nullptr;
}

// The same indicator in another PK: the one that serves the same indicator above, else the one
// with the same text.
const Indicator *sameIndicator(const Cascade &cascade, const PkDocument &pk, const Indicator &of)
{
    const Indicator *byText = nullptr;
    for (qint64 sasaran : cascade.childItems(pk.id)) {
        for (qint64 id : cascade.indicatorsOf(sasaran)) {
            const Indicator *candidate = cascade.indicator(id);
            if (of.servesId != 0 && candidate->servesId == of.servesId)
                return candidate;
            if (!byText
                && candidate->text.simplified().compare(of.text.simplified(), Qt::CaseInsensitive)
                    == 0) {
                byText = candidate;
            }
        }
    }
    return byText;
}

// A program row's Renstra item, the items above it, and the RPJMD sasaran its Renstra sasaran
// supports with the items above that: what the PK indicators of its capaian kinerja serve.
QSet<qint64> programLine(const Cascade &cascade, const PkProgram &program)
{
    QSet<qint64> line;
    QList<qint64> starts {program.planItemId};
    while (!starts.isEmpty()) {
        for (const PlanItem *item = cascade.item(starts.takeFirst());
             item && !line.contains(item->id);
             item = cascade.item(item->parentId)) {
            line.insert(item->id);
            if (item->supportsId != 0)
                starts.append(item->supportsId);
        }
    }
    return line;
}

ReportTable
capaianTable(const Cascade &cascade, const PkDocument &pk, const MeasuredPk &measured, int quarter)
{
    const CapaianEngine engine(cascade.measureSettings());
    const PkDocument *previous = ReportScope::previousYear(cascade, pk);
    const int lastYear = cascade.periode().endYear;
    const QString plan = pk.opdId == 0 ? QStringLiteral("RPJMD") : QStringLiteral("Renstra");
    const QString year = QString::number(pk.year);

    ReportTable table;
    table.heading = QStringLiteral("Tabel 3.1 Capaian Kinerja %1").arg(year);
    table.sheetName = QStringLiteral("Capaian %1").arg(ReportCells::shortName(cascade, pk));
    table.columns
        = {{QStringLiteral("No"), 8, 1, Qt::AlignHCenter},
           {QStringLiteral("Sasaran"), 0, 1},
           {QStringLiteral("Indikator"), 0, 1.3},
           {QStringLiteral("Satuan"), 16, 1, Qt::AlignHCenter},
           {QStringLiteral("Realisasi %1").arg(pk.year - 1), 30, 1, Qt::AlignRight},
           {QStringLiteral("Target %1").arg(year), 30, 1, Qt::AlignRight},
           {QStringLiteral("Realisasi %1").arg(year), 30, 1, Qt::AlignRight},
           {QStringLiteral("Capaian %1 (%)").arg(year), 18, 1, Qt::AlignRight},
           {QStringLiteral("Target Akhir %1 (%2)").arg(plan).arg(lastYear), 30, 1, Qt::AlignRight},
           {QStringLiteral("Capaian s.d. %1 thd Target Akhir %2 (%)").arg(year, plan),
            26,
            1,
            Qt::AlignRight}};
    table.spanningColumns = 2;
    table.points = 8; // ten columns, four of them amounts up to trillions of rupiah

    QList<Capaian> previousCapaian;
    if (previous)
        previousCapaian = engine.measurePk(cascade, previous->id, Realisasi::quarterCount);
    const auto previousRealisasi = [&](const Indicator &indicator) {
        const Indicator *same = previous ? sameIndicator(cascade, *previous, indicator) : nullptr;
        for (const Capaian &capaian : std::as_const(previousCapaian)) {
            if (same && capaian.indicatorId == same->id)
                return capaian.realisasi;
        }
        return TargetValue();
    };

    table.groups = measured.groups(8, [&](const MeasuredPk::Row &row) {
        const Indicator &indicator = *row.indicator;
        const QString &satuan = indicator.satuan;
        const Indicator *above = planIndicator(cascade, indicator);
        TargetsInForce akhir;
        akhir.annual = above ? above->target(lastYear) : TargetValue();
        const Capaian towardsAkhir = engine.measure(indicator, akhir, quarter);
        return QList<SheetCell> {SheetCell::fromText(indicator.text),
                                 SheetCell::fromText(satuan),
                                 ReportCells::value(previousRealisasi(indicator), satuan),
                                 ReportCells::value(row.capaian.target, satuan),
                                 ReportCells::value(row.capaian.realisasi, satuan),
                                 ReportCells::percent(row.capaian.value),
                                 ReportCells::value(akhir.annual, satuan),
                                 ReportCells::percent(towardsAkhir.value)};
    });
    return table;
}

ReportTable analisisTable(const Cascade &cascade, const PkDocument &pk, const MeasuredPk &measured)
{
    ReportTable table;
    table.heading = QStringLiteral("Tabel 3.2 Analisis Capaian Kinerja %1").arg(pk.year);
    table.sheetName = QStringLiteral("Analisis %1").arg(ReportCells::shortName(cascade, pk));
    table.columns = {{QStringLiteral("No"), 8, 1, Qt::AlignHCenter},
                     {QStringLiteral("Indikator"), 0, 1},
                     {QStringLiteral("Faktor Pendukung"), 0, 1},
                     {QStringLiteral("Faktor Penghambat"), 0, 1},
                     {QStringLiteral("Upaya Peningkatan"), 0, 1}};
    table.groups = measured.groups(4, [](const MeasuredPk::Row &row) {
        const RealisasiAnalisis &analisis = row.indicator->realisasi.analisis();
        return QList<SheetCell> {SheetCell::fromText(row.indicator->text),
                                 SheetCell::fromText(analisis.faktorPendukung),
                                 SheetCell::fromText(analisis.faktorPenghambat),
                                 SheetCell::fromText(analisis.upayaPeningkatan)};
    });
    // The form has no Sasaran column: the sasaran's number alone spans its indicators, the same
    // number as in Tabel 3.1, so that the two tables read side by side.
    for (ReportTable::Group &group : table.groups)
        group.spanning.removeLast();
    table.spanningColumns = 1;
    return table;
}

ReportTable efisiensiTable(const Cascade &cascade,
                           const PkDocument &pk,
                           const MeasuredPk &measured,
                           int quarter)
{
    ReportTable table;
    table.heading = QStringLiteral("Tabel 3.3 Efisiensi Penggunaan Sumber Daya %1").arg(pk.year);
    table.sheetName = QStringLiteral("Efisiensi %1").arg(ReportCells::shortName(cascade, pk));
    table.columns = {{QStringLiteral("No"), 8, 1, Qt::AlignHCenter},
                     {QStringLiteral("Program"), 0, 1},
                     {QStringLiteral("Anggaran"), 36, 1, Qt::AlignRight},
                     {QStringLiteral("Realisasi"), 36, 1, Qt::AlignRight},
                     {QStringLiteral("Serapan (%)"), 20, 1, Qt::AlignRight},
                     {QStringLiteral("Capaian Kinerja (%)"), 22, 1, Qt::AlignRight},
                     {QStringLiteral("Efisiensi"), 20, 1, Qt::AlignRight}};
    const KategoriScale &scale = cascade.measureSettings().kategori;
    qsizetype number = 0;
    std::optional<Decimal> spentTotal;
    for (const PkProgram &program : pk.programs) {
        const QSet<qint64> line = programLine(cascade, program);
        QList<Capaian> served;
        for (const MeasuredPk::Sasaran &sasaran : measured.sasaran) {
            for (const MeasuredPk::Row &row : sasaran.rows) {
                const Indicator *above = planIndicator(cascade, *row.indicator);
                if (above && line.contains(above->ownerId))
                    served.append(row.capaian);
            }
        }
        const std::optional<Decimal> kinerja = CapaianSummary::of(served, scale).rataRata;
        const std::optional<Decimal> spent = SerapanAnggaran::realisasi(program, quarter);
        if (spent)
            spentTotal = spentTotal.value_or(Decimal()) + *spent;
        const std::optional<Decimal> serapan = SerapanAnggaran::serapan(program, quarter);
        table.groups.append(ReportTable::Group {
            {},
            {{ReportCells::number(++number),
              SheetCell::fromText(ReportCells::programName(program)),
              ReportCells::rupiah(program.anggaran),
              ReportCells::rupiah(spent),
              ReportCells::percent(serapan),
              ReportCells::percent(kinerja),
              ReportCells::percent(SerapanAnggaran::efisiensi(kinerja, serapan))}}});
    }
    const std::optional<Decimal> kinerja = CapaianSummary::of(measured.capaian(), scale).rataRata;
    const std::optional<Decimal> serapan = SerapanAnggaran::serapan(pk, quarter);
    table.groups.append(
        ReportTable::Group {{},
                            {{SheetCell(),
                              SheetCell::fromText(QStringLiteral("Jumlah")),
                              ReportCells::rupiah(pk.anggaranTotal()),
                              ReportCells::rupiah(spentTotal),
                              ReportCells::percent(serapan),
                              ReportCells::percent(kinerja),
                              ReportCells::percent(SerapanAnggaran::efisiensi(kinerja, serapan))}},
                            true});
    return table;
}

} // namespace

Report LkjipReport::of(const Cascade &cascade, const PkDocument &pk, int quarter)
{
    const CapaianEngine engine(cascade.measureSettings());
    const MeasuredPk measured = MeasuredPk::of(cascade, engine, pk, quarter);
    Report report = ReportCells::report(
        QStringLiteral("Laporan Kinerja (LKjIP) Bab III"), cascade, pk, quarter);
    report.tables = {capaianTable(cascade, pk, measured, quarter),
                     analisisTable(cascade, pk, measured),
                     efisiensiTable(cascade, pk, measured, quarter)};
    const QString noCapaian = QStringLiteral("belum ada capaian");
    report.chart = CapaianChart::bars(measured, cascade.measureSettings().kategori, noCapaian);
    if (pk.opdId == 0) {
        report.overview
            = KategoriOverviewChart::of(DashboardRows::of(cascade, engine, pk.year, quarter),
                                        cascade.measureSettings().kategori,
                                        noCapaian);
    }
    return report;
}

} // namespace Tepat
