#include "print/PkComparison.h"

#include "model/PkDiff.h"
#include "model/PkVersions.h"
#include "print/PkContent.h"
#include "values/IndonesianDate.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

namespace {

QString withSatuan(const TargetValue &target, const QString &satuan)
{
    const QString value = PkContent::printable(target.toString());
    if (value.isEmpty())
        return QStringLiteral("-");
    if (satuan.isEmpty() || !target.unit().isEmpty() || target.kind() != TargetValue::Kind::Number)
        return value;
    return QStringLiteral("%1 %2").arg(value, PkContent::printable(satuan));
}

QString rupiah(const Decimal &amount)
{
    return IndonesianNumber::formatRupiah(amount, IndonesianNumber::RupiahStyle::Spaced);
}

// "Naik 2,5", "Turun Rp 1.000.000", "Tetap".
QString movement(const Decimal &delta, const std::function<QString(const Decimal &)> &format)
{
    if (delta == Decimal())
        return QStringLiteral("Tetap");
    return delta > Decimal() ? QStringLiteral("Naik %1").arg(format(delta))
                             : QStringLiteral("Turun %1").arg(format(-delta));
}

// The grounds as the page prints them, in the regulation's words whatever the interface language.
QString alasanText(PkDocument::Alasan alasan)
{
    switch (alasan) {
    case PkDocument::Alasan::NotGiven:
        break;
    case PkDocument::Alasan::PergantianPejabat:
        return QStringLiteral("pergantian pejabat");
    case PkDocument::Alasan::PerubahanStrategi:
        return QStringLiteral("perubahan strategi (program, kegiatan atau anggaran)");
    case PkDocument::Alasan::PerubahanPrioritas:
        return QStringLiteral("perubahan prioritas atau asumsi");
    }
    return {};
}

QString versionName(const Cascade &cascade, qint64 pkId)
{
    const int number = PkVersions::number(cascade, pkId);
    return number == 0 ? QStringLiteral("Awal") : QStringLiteral("Perubahan %1").arg(number);
}

} // namespace

std::optional<PkComparison> PkComparison::from(const Cascade &cascade, const PkDocument &pk)
{
    if (!cascade.pk(pk.previousVersionId))
        return std::nullopt;
    const PkDiff diff = PkDiff::compare(cascade, pk.previousVersionId, pk.id);
    const PkContent content = PkContent::from(cascade, pk);
    PkComparison comparison;
    comparison.title = QStringLiteral("PERBANDINGAN PERJANJIAN KINERJA TAHUN %1").arg(pk.year);
    comparison.unitLines = content.unitLines;
    comparison.beforeName = versionName(cascade, pk.previousVersionId);
    comparison.afterName = versionName(cascade, pk.id);
    if (const QString alasan = alasanText(pk.alasan); !alasan.isEmpty())
        comparison.basis.append(QStringLiteral("Alasan: %1").arg(alasan));
    if (!pk.dasar.isEmpty())
        comparison.basis.append(QStringLiteral("Dasar: %1").arg(PkContent::printable(pk.dasar)));
    if (pk.changeDate.isValid()) {
        comparison.basis.append(
            QStringLiteral("Berlaku mulai: %1").arg(IndonesianDate::format(pk.changeDate)));
    }

    for (const PkDiff::IndicatorRow &row : diff.indicators) {
        Row printed;
        printed.name = PkContent::printable(row.afterId ? row.textAfter : row.textBefore);
        printed.before
            = row.beforeId ? withSatuan(row.targetBefore, row.satuanBefore) : QStringLiteral("-");
        printed.after
            = row.afterId ? withSatuan(row.targetAfter, row.satuanAfter) : QStringLiteral("-");
        switch (row.change) {
        case PkDiff::Change::Added:
            printed.keterangan = QStringLiteral("Indikator baru");
            break;
        case PkDiff::Change::Removed:
            printed.keterangan = QStringLiteral("Indikator dihapus");
            break;
        case PkDiff::Change::Unchanged:
            printed.keterangan = QStringLiteral("Tetap");
            break;
        case PkDiff::Change::Changed: {
            QStringList notes;
            if (row.changed.contains(QStringLiteral("target"))) {
                notes.append(row.targetDelta ? movement(
                                 *row.targetDelta,
                                 [](const Decimal &d) { return IndonesianNumber::format(d); })
                                             : QStringLiteral("Target diubah"));
            }
            if (row.changed.contains(QStringLiteral("indikator")))
                notes.append(QStringLiteral("Rumusan indikator diubah"));
            if (row.changed.contains(QStringLiteral("satuan")))
                notes.append(QStringLiteral("Satuan diubah"));
            if (row.changed.contains(QStringLiteral("sasaran")))
                notes.append(QStringLiteral("Sasaran diubah"));
            printed.keterangan = notes.join(QStringLiteral("; "));
            break;
        }
        }
        comparison.indicators.append(printed);
    }
    for (const PkDiff::ProgramRow &row : diff.programs) {
        const QString code = row.afterId ? row.codeAfter : row.codeBefore;
        const QString name = row.afterId ? row.nameAfter : row.nameBefore;
        Row printed;
        printed.name
            = PkContent::printable(code.isEmpty() ? name : QStringLiteral("%1 %2").arg(code, name));
        printed.before = row.beforeId ? rupiah(row.anggaranBefore) : QStringLiteral("-");
        printed.after = row.afterId ? rupiah(row.anggaranAfter) : QStringLiteral("-");
        printed.keterangan = row.change == PkDiff::Change::Added ? QStringLiteral("Baru")
            : row.change == PkDiff::Change::Removed              ? QStringLiteral("Dihapus")
                                                    : movement(row.anggaranDelta, rupiah);
        comparison.programs.append(printed);
    }
    comparison.total = {QStringLiteral("Jumlah"),
                        rupiah(diff.totalBefore),
                        rupiah(diff.totalAfter),
                        movement(diff.totalAfter - diff.totalBefore, rupiah)};
    return comparison;
}

} // namespace Tepat
