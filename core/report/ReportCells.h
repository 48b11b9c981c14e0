#pragma once

#include "model/Cascade.h"
#include "report/Report.h"
#include "sheet/SheetCell.h"

#include <optional>

namespace Tepat {

// The cells and words the reports share: numbers as number cells with the text a page prints
// (capaian with two decimals, rupiah with "Rp"), and the names of the instansi and the period.
class ReportCells
{
public:
    static SheetCell number(qsizetype value);
    // A target or realisasi: a number cell when it is a plain number (SheetCell::ofTarget),
    // without the unit the satuan column names and with at most two decimals; else its text;
    // empty when not given or not reported.
    static SheetCell value(const TargetValue &value, const QString &satuan);
    // Capaian, serapan, efisiensi: "95,45", always two decimals; empty when there is none.
    static SheetCell percent(const std::optional<Decimal> &value);
    static SheetCell rupiah(const std::optional<Decimal> &amount);
    // "1.02.02 PROGRAM …", the code before the name when there is one.
    static QString programName(const PkProgram &program);
    // A row of empty cells, for a sasaran without indicators.
    static QList<SheetCell> empty(qsizetype count);

    // "Dinas Kesehatan Kabupaten Deli Serdang", or "Pemerintah Kabupaten Deli Serdang" for the
    // kepala daerah's PK.
    static QString instansi(const Cascade &cascade, const PkDocument &pk);
    // The OPD's short name (else its name), or "Pemda".
    static QString shortName(const Cascade &cascade, const PkDocument &pk);
    // "Tahun 2026", or "Tahun 2026 s.d. TW III" before the year is out.
    static QString period(int year, int quarter);
    // A report on the PK without tables yet: its title lines in capitals (what it is, the jabatan
    // of the pihak pertama when given, the instansi, the period) and its names.
    static Report
    report(const QString &what, const Cascade &cascade, const PkDocument &pk, int quarter);
};

} // namespace Tepat
