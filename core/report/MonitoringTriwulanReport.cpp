#include "report/MonitoringTriwulanReport.h"

#include "measure/RealisasiCombiner.h"
#include "measure/SerapanAnggaran.h"
#include "report/MeasuredPk.h"
#include "report/ReportCells.h"

namespace Tepat {

namespace {

constexpr int quarters = Realisasi::quarterCount;

ReportTable indicatorTable(const Cascade &cascade, const PkDocument &pk, int quarter)
{
    ReportTable table;
    table.heading = QStringLiteral("A. Capaian Indikator Kinerja");
    table.sheetName = QStringLiteral("Monitoring %1").arg(ReportCells::shortName(cascade, pk));
    table.columns = {{QStringLiteral("No"), 8, 1, Qt::AlignHCenter},
                     {QStringLiteral("Sasaran"), 0, 1},
                     {QStringLiteral("Indikator"), 0, 1.3},
                     {QStringLiteral("Satuan"), 13, 1, Qt::AlignHCenter},
                     {QStringLiteral("Target Tahunan"), 16, 1, Qt::AlignRight}};
    for (int tw = 1; tw <= quarters; ++tw) {
        table.columns.append(
            {QStringLiteral("Target %1").arg(Realisasi::quarterName(tw)), 14, 1, Qt::AlignRight});
    }
    for (int tw = 1; tw <= quarters; ++tw) {
        table.columns.append({QStringLiteral("Realisasi %1").arg(Realisasi::quarterName(tw)),
                              14,
                              1,
                              Qt::AlignRight});
    }
    table.columns += QList<ReportTable::Column> {
        {QStringLiteral("Capaian s.d. %1 (%)").arg(Realisasi::quarterName(quarter)),
         14,
         1,
         Qt::AlignRight},
        {QStringLiteral("Kendala"), 0, 1},
        {QStringLiteral("Tindak Lanjut"), 0, 1},
        {QStringLiteral("Penanggung Jawab"), 0, 0.9}};
    table.spanningColumns = 2;
    table.points = 7; // seventeen columns on one landscape page

    const CapaianEngine engine(cascade.measureSettings());
    const MeasuredPk measured = MeasuredPk::of(cascade, engine, pk, quarter);
    table.groups = measured.groups(
        table.columns.size() - table.spanningColumns, [&](const MeasuredPk::Row &row) {
            const Indicator &indicator = *row.indicator;
            const TargetValue annual = TargetInForce::of(cascade, indicator, quarter).annual;
            QList<SheetCell> cells {SheetCell::fromText(indicator.text),
                                    SheetCell::fromText(indicator.satuan),
                                    ReportCells::value(annual, indicator.satuan)};
            for (int tw = 1; tw <= quarters; ++tw) {
                cells.append(ReportCells::value(
                    TargetInForce::of(cascade, indicator, tw).quarterly[tw - 1], indicator.satuan));
            }
            // A later triwulan is not being monitored yet, whatever was typed ahead.
            for (int tw = 1; tw <= quarters; ++tw) {
                cells.append(tw > quarter
                                 ? SheetCell()
                                 : ReportCells::value(
                                     RealisasiCombiner::resolve(
                                         indicator.realisasi.triwulan(tw).realisasi, annual),
                                     indicator.satuan));
            }
            const RealisasiTriwulan &monitored = indicator.realisasi.triwulan(quarter);
            return cells
                + QList<SheetCell> {ReportCells::percent(row.capaian.value),
                                    SheetCell::fromText(monitored.kendala),
                                    SheetCell::fromText(monitored.tindakLanjut),
                                    SheetCell::fromText(indicator.penanggungJawab)};
        });
    return table;
}

ReportTable programTable(const Cascade &cascade, const PkDocument &pk, int quarter)
{
    ReportTable table;
    table.heading = QStringLiteral("B. Realisasi Anggaran");
    table.sheetName = QStringLiteral("Anggaran %1").arg(ReportCells::shortName(cascade, pk));
    table.columns = {{QStringLiteral("No"), 8, 1, Qt::AlignHCenter},
                     {QStringLiteral("Program"), 0, 1},
                     {QStringLiteral("Anggaran"), 34, 1, Qt::AlignRight}};
    for (int tw = 1; tw <= quarters; ++tw) {
        table.columns.append(
            {QStringLiteral("Realisasi Anggaran %1").arg(Realisasi::quarterName(tw)),
             34,
             1,
             Qt::AlignRight});
    }
    table.columns.append({QStringLiteral("Serapan (%)"), 18, 1, Qt::AlignRight});
    table.points = 8;

    std::array<std::optional<Decimal>, quarters> totals {};
    qsizetype number = 0;
    for (const PkProgram &program : pk.programs) {
        QList<SheetCell> cells {ReportCells::number(++number),
                                SheetCell::fromText(ReportCells::programName(program)),
                                ReportCells::rupiah(program.anggaran)};
        for (int tw = 1; tw <= quarters; ++tw) {
            const std::optional<Decimal> &spent = program.realisasiAnggaran[tw - 1];
            cells.append(ReportCells::rupiah(tw > quarter ? std::nullopt : spent));
            if (tw <= quarter && spent)
                totals[tw - 1] = totals[tw - 1].value_or(Decimal()) + *spent;
        }
        cells.append(ReportCells::percent(SerapanAnggaran::serapan(program, quarter)));
        table.groups.append(ReportTable::Group {{}, {cells}});
    }
    QList<SheetCell> total {SheetCell(),
                            SheetCell::fromText(QStringLiteral("Jumlah")),
                            ReportCells::rupiah(pk.anggaranTotal())};
    for (const std::optional<Decimal> &spent : totals)
        total.append(ReportCells::rupiah(spent));
    total.append(ReportCells::percent(SerapanAnggaran::serapan(pk, quarter)));
    table.groups.append(ReportTable::Group {{}, {total}, true});
    return table;
}

} // namespace

Report MonitoringTriwulanReport::of(const Cascade &cascade, const PkDocument &pk, int quarter)
{
    Report report
        = ReportCells::report(QStringLiteral("Monitoring Triwulan"), cascade, pk, quarter);
    report.tables = {indicatorTable(cascade, pk, quarter), programTable(cascade, pk, quarter)};
    return report;
}

} // namespace Tepat
