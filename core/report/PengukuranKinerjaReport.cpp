#include "report/PengukuranKinerjaReport.h"

#include "measure/CapaianSummary.h"
#include "report/MeasuredPk.h"
#include "report/ReportCells.h"

namespace Tepat {

Report PengukuranKinerjaReport::of(const Cascade &cascade, const PkDocument &pk, int quarter)
{
    const CapaianEngine engine(cascade.measureSettings());
    const MeasuredPk measured = MeasuredPk::of(cascade, engine, pk, quarter);

    ReportTable table;
    table.sheetName = QStringLiteral("Pengukuran %1").arg(ReportCells::shortName(cascade, pk));
    table.columns = {{QStringLiteral("No"), 9, 1, Qt::AlignHCenter},
                     {QStringLiteral("Sasaran Strategis"), 0, 1},
                     {QStringLiteral("Indikator Kinerja"), 0, 1.3},
                     {QStringLiteral("Satuan"), 22, 1, Qt::AlignHCenter},
                     {QStringLiteral("Target"), 32, 1, Qt::AlignRight},
                     {QStringLiteral("Realisasi"), 32, 1, Qt::AlignRight},
                     {QStringLiteral("Capaian (%)"), 22, 1, Qt::AlignRight},
                     {QStringLiteral("Kategori"), 26, 1, Qt::AlignHCenter}};
    table.spanningColumns = 2;
    table.groups = measured.groups(6, [](const MeasuredPk::Row &row) {
        const Capaian &capaian = row.capaian;
        const QString &satuan = row.indicator->satuan;
        return QList<SheetCell> {SheetCell::fromText(row.indicator->text),
                                 SheetCell::fromText(satuan),
                                 ReportCells::value(capaian.target, satuan),
                                 ReportCells::value(capaian.realisasi, satuan),
                                 ReportCells::percent(capaian.value),
                                 SheetCell::fromText(capaian.kategoriLabel)};
    });
    const KategoriScale &scale = cascade.measureSettings().kategori;
    const CapaianSummary summary = CapaianSummary::of(measured.capaian(), scale);
    const std::optional<int> band
        = summary.rataRata ? scale.bandOf(*summary.rataRata) : std::nullopt;
    ReportTable::Group mean;
    mean.total = true;
    mean.spanning = {SheetCell(), SheetCell::fromText(QStringLiteral("Rata-rata capaian"))};
    mean.rows.append(
        ReportCells::empty(4)
        + QList<SheetCell> {ReportCells::percent(summary.rataRata),
                            SheetCell::fromText(band ? scale.bands()[*band].label : QString())});
    table.groups.append(mean);

    Report report = ReportCells::report(QStringLiteral("Pengukuran Kinerja"), cascade, pk, quarter);
    report.tables = {table};
    return report;
}

} // namespace Tepat
