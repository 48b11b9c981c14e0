#include "report/ReportCells.h"

#include "model/Realisasi.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

SheetCell ReportCells::number(qsizetype value)
{
    return SheetCell::ofNumber(Decimal::fromInt(value));
}

SheetCell ReportCells::value(const TargetValue &value, const QString &satuan)
{
    if (value.kind() == TargetValue::Kind::Empty)
        return {};
    SheetCell cell = SheetCell::ofTarget(value, satuan);
    if (cell.isNumber()) {
        // The satuan column names the unit; a mean's long tail is cut as capaian is.
        cell.text.clear();
        if (cell.number.scale() > 2)
            cell.number = cell.number.rounded(2);
    }
    return cell;
}

SheetCell ReportCells::percent(const std::optional<Decimal> &value)
{
    if (!value)
        return {};
    SheetCell cell = SheetCell::ofNumber(*value);
    cell.text = IndonesianNumber::format(*value, 2, 2);
    return cell;
}

SheetCell ReportCells::rupiah(const std::optional<Decimal> &amount)
{
    if (!amount)
        return {};
    SheetCell cell = SheetCell::ofRupiah(*amount);
    cell.text = IndonesianNumber::formatRupiah(
        *amount, IndonesianNumber::RupiahStyle::Spaced, amount->scale() > 0);
    return cell;
}

QString ReportCells::programName(const PkProgram &program)
{
    return program.code.isEmpty() ? program.name
                                  : QStringLiteral("%1 %2").arg(program.code, program.name);
}

QList<SheetCell> ReportCells::empty(qsizetype count)
{
    return QList<SheetCell>(count, SheetCell());
}

QString ReportCells::instansi(const Cascade &cascade, const PkDocument &pk)
{
    const Opd *opd = cascade.opd(pk.opdId);
    return opd ? QStringLiteral("%1 %2").arg(opd->name, cascade.pemda().name)
               : QStringLiteral("Pemerintah %1").arg(cascade.pemda().name);
}

QString ReportCells::shortName(const Cascade &cascade, const PkDocument &pk)
{
    const Opd *opd = cascade.opd(pk.opdId);
    if (!opd)
        return QStringLiteral("Pemda");
    return opd->shortName.isEmpty() ? opd->name : opd->shortName;
}

QString ReportCells::period(int year, int quarter)
{
    return quarter >= Realisasi::quarterCount
        ? QStringLiteral("Tahun %1").arg(year)
        : QStringLiteral("Tahun %1 s.d. %2").arg(year).arg(Realisasi::quarterName(quarter));
}

Report
ReportCells::report(const QString &what, const Cascade &cascade, const PkDocument &pk, int quarter)
{
    Report report;
    report.title.append(what.toUpper());
    if (const QString jabatan = pk.pihakPertama.jabatan.simplified(); !jabatan.isEmpty())
        report.title.append(jabatan.toUpper());
    report.title << instansi(cascade, pk).toUpper() << period(pk.year, quarter).toUpper();
    report.shortName = shortName(cascade, pk);
    report.opdId = pk.opdId;
    report.pkId = pk.id;
    return report;
}

} // namespace Tepat
