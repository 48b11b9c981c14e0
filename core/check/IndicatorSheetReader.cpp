#include "check/IndicatorSheetReader.h"

#include "measure/Metode.h"
#include "model/PolaritasWords.h"
#include "sheet/CsvReader.h"
#include "sheet/LayoutGuesser.h"
#include "sheet/SheetFile.h"
#include "sheet/SheetRowReader.h"
#include "sheet/XlsxReader.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Tepat {

namespace {

// How messages name a table's sheet: the file, and the sheet of a workbook.
QString placeOf(const SheetTable &table)
{
    return table.sheetName.isEmpty()
        ? table.fileName
        : IndicatorSheetReader::tr("%1, sheet '%2'").arg(table.fileName, table.sheetName);
}

Error sheetError(Error::Code code,
                 const SheetTable &table,
                 int row,
                 const QString &column,
                 const QString &problem)
{
    return Error(code,
                 IndicatorSheetReader::tr("%1, row %2, column %3: %4")
                     .arg(placeOf(table), QString::number(row), column, problem),
                 table.fileName,
                 row,
                 column);
}

// A cell as a message quotes it: a cell may hold megabytes.
QString excerpt(const QString &cell)
{
    constexpr qsizetype maxShown = 60;
    const QString text = cell.trimmed();
    return text.size() > maxShown ? text.left(maxShown) + u'…' : text;
}

Error tooManyRows(const SheetTable &table)
{
    return Error(Error::Code::Invalid,
                 IndicatorSheetReader::tr("%1 has more than %2 indicator rows, more than Tepat "
                                          "checks at once. Split it into smaller sheets.")
                     .arg(placeOf(table))
                     .arg(IndicatorSheetReader::maxRows),
                 table.fileName);
}

// The header name of a column, or its spreadsheet letter when it has none.
QString columnLabel(const ColumnMapping &mapping, int column)
{
    const ColumnMapping::Column *found = mapping.column(column);
    return found && !found->header.isEmpty() ? found->header : SheetTable::columnName(column);
}

QString labelWithLetter(const ColumnMapping &mapping, int column)
{
    return QStringLiteral("%1 (%2)").arg(columnLabel(mapping, column),
                                         SheetTable::columnName(column));
}

// The columns of the `tepat-cli capaian` contract, found by their names: the guesser gives the
// year's `realisasi` no role of its own (a Renstra's "Realisasi" is its kondisi awal) and leaves
// a quarter's target to the reader that wants it. 0: the table has no such column.
struct ResultColumns
{
    int metode = 0;
    int realisasi = 0;
    std::array<int, Realisasi::quarterCount> quarterTargets {};
    std::array<int, Realisasi::quarterCount> quarterRealisasi {};

    explicit ResultColumns(const ColumnMapping &mapping)
    {
        for (const ColumnMapping::Column &column : mapping.columns) {
            const QString name = column.header.trimmed().toLower();
            if (name == QLatin1String("metode"))
                metode = column.column;
            else if (name == QLatin1String("realisasi"))
                realisasi = column.column;
            for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
                if (name == QStringLiteral("target_tw%1").arg(quarter))
                    quarterTargets[quarter - 1] = column.column;
                const int realisasiColumn
                    = ColumnMapping::quarterOf(column.role) == quarter ? column.column : 0;
                if (realisasiColumn && !quarterRealisasi[quarter - 1])
                    quarterRealisasi[quarter - 1] = realisasiColumn;
            }
        }
    }

    bool any() const
    {
        return realisasi != 0
            || std::any_of(quarterRealisasi.cbegin(), quarterRealisasi.cend(), [](int column) {
                   return column != 0;
               });
    }
};

// What the cells of a row say, for a message: a binary file's "row" can be huge, so a few short
// names are enough to recognise it.
QString cellsOf(const SheetTable &table, int row)
{
    constexpr qsizetype maxNames = 12;
    constexpr qsizetype maxNameLength = 40;
    QStringList found;
    for (int column = 1; column <= table.columnCount(); ++column) {
        const QString name = table.text(row, column);
        if (name.isEmpty())
            continue;
        if (found.size() == maxNames) {
            found.append(QStringLiteral("…"));
            break;
        }
        found.append(name.size() > maxNameLength ? name.left(maxNameLength) + u'…' : name);
    }
    return found.isEmpty() ? IndicatorSheetReader::tr("no names")
                           : found.join(QStringLiteral(", "));
}

Error noTable(const SheetTable &table, const SheetLayout &layout)
{
    const QString place = placeOf(table);
    if (table.rowCount() == 0) {
        return Error(Error::Code::Invalid,
                     IndicatorSheetReader::tr(
                         "%1 is empty: a sheet needs a header row with an indikator column.")
                         .arg(place),
                     table.fileName);
    }
    const QString fix = IndicatorSheetReader::tr(
        "Name the column of indicator texts \"indikator\" or \"Indikator "
        "Kinerja\".");
    // A table without indicators (programs and pagu): its header came closest.
    const int closest
        = layout.tables.isEmpty() ? layout.closestRow : layout.tables.first().headerTop;
    if (closest == 0) {
        return Error(Error::Code::Invalid,
                     IndicatorSheetReader::tr(
                         "%1 has no indicator table: rows 1 to %2 were tried as the header "
                         "and none names a column Tepat reads (such as indikator, satuan or "
                         "target_2026). %3")
                         .arg(place, QString::number(layout.rowsSearched), fix),
                     table.fileName,
                     1,
                     QStringLiteral("indikator"));
    }
    return Error(Error::Code::Invalid,
                 IndicatorSheetReader::tr(
                     "%1 has no indicator table: rows 1 to %2 were tried as the header and "
                     "none has an indikator column; the closest, row %3, has %4. %5")
                     .arg(place,
                          QString::number(layout.rowsSearched),
                          QString::number(closest),
                          cellsOf(table, closest),
                          fix),
                 table.fileName,
                 closest,
                 QStringLiteral("indikator"));
}

// The checks of the CSV contract that a guessed mapping cannot make: a `target_<digits>` column
// must name a year, a column must not be given twice, and one target column without a year
// cannot stand beside yearly ones.
Result<void> checkColumns(const SheetTable &table, const ColumnMapping &mapping)
{
    static const QRegularExpression contractYear(QStringLiteral("^target_(\\d+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const int headerRow = mapping.headerTop;
    for (const ColumnMapping::Column &column : mapping.columns) {
        const QRegularExpressionMatch match = contractYear.match(column.header);
        if (!match.hasMatch())
            continue;
        bool ok = false;
        const int year = match.captured(1).toInt(&ok);
        if (!ok || year < IndicatorSheetReader::firstYear
            || year > IndicatorSheetReader::lastYear) {
            return fail(sheetError(Error::Code::Invalid,
                                   table,
                                   headerRow,
                                   column.header,
                                   IndicatorSheetReader::tr("the year is not between %1 and %2.")
                                       .arg(IndicatorSheetReader::firstYear)
                                       .arg(IndicatorSheetReader::lastYear)));
        }
    }
    const ColumnRole single[] = {ColumnRole::Indikator,
                                 ColumnRole::Sasaran,
                                 ColumnRole::Satuan,
                                 ColumnRole::Rumus,
                                 ColumnRole::SumberData,
                                 ColumnRole::Polaritas,
                                 ColumnRole::Tingkat,
                                 ColumnRole::Target};
    for (const ColumnRole role : single) {
        const QList<ColumnMapping::Column> columns = mapping.ofRole(role);
        for (qsizetype second = 1; second < columns.size(); ++second) {
            for (qsizetype first = 0; first < second; ++first) {
                if (columns[first].year != columns[second].year
                    || columns[first].header.compare(columns[second].header, Qt::CaseInsensitive)
                        != 0) {
                    continue;
                }
                return fail(
                    sheetError(Error::Code::Invalid,
                               table,
                               headerRow,
                               columns[second].header,
                               IndicatorSheetReader::tr(
                                   "the columns %1 and %2 are the same column. Keep one of them.")
                                   .arg(labelWithLetter(mapping, columns[first].column),
                                        labelWithLetter(mapping, columns[second].column))));
            }
        }
    }
    const QList<ColumnMapping::Column> targets = mapping.ofRole(ColumnRole::Target);
    const auto yearless = std::find_if(
        targets.cbegin(), targets.cend(), [](const auto &column) { return column.year == 0; });
    const auto yearly = std::find_if(
        targets.cbegin(), targets.cend(), [](const auto &column) { return column.year != 0; });
    if (yearless != targets.cend() && yearly != targets.cend()) {
        return fail(sheetError(
            Error::Code::Invalid,
            table,
            headerRow,
            columnLabel(mapping, yearly->column),
            IndicatorSheetReader::tr("the columns %1 and %2 both give targets. Use either one "
                                     "target column or one target_<year> column per year.")
                .arg(labelWithLetter(mapping, yearless->column),
                     labelWithLetter(mapping, yearly->column))));
    }
    return {};
}

// A CSV row with a filled cell right of the header's last column has lost a quote: an unquoted
// separator inside a cell shifted the cells after it.
Result<void> checkWidth(const SheetTable &table, const ColumnMapping &mapping)
{
    if (!table.sheetName.isEmpty())
        return {};
    int width = 0;
    for (const ColumnMapping::Column &column : mapping.columns) {
        if (!column.header.isEmpty())
            width = column.column;
    }
    const int last = mapping.lastDataRow > 0 ? mapping.lastDataRow : table.rowCount();
    for (int row = mapping.firstDataRow; row <= last; ++row) {
        for (int column = width + 1; column <= table.columnCount(); ++column) {
            const QString text = table.text(row, column);
            if (text.isEmpty())
                continue;
            return fail(sheetError(
                Error::Code::Parse,
                table,
                row,
                SheetTable::columnName(column),
                IndicatorSheetReader::tr("the cell \"%1\" lies beyond the last column of the "
                                         "header (%2). A separator inside a cell must be quoted.")
                    .arg(excerpt(text), SheetTable::columnName(width))));
        }
    }
    return {};
}

Result<IndicatorSheet::Row> rowOf(const SheetTable &table,
                                  const ColumnMapping &mapping,
                                  const ResultColumns &results,
                                  const SheetRow &read,
                                  bool hasSatuan)
{
    const auto notOneOf = [&](int column, const QString &value, const QString &choices) {
        return fail(sheetError(
            Error::Code::Invalid,
            table,
            read.row,
            columnLabel(mapping, column),
            IndicatorSheetReader::tr("\"%1\" is not one of %2.").arg(excerpt(value), choices)));
    };
    IndicatorSheet::Row row;
    row.number = read.row;
    row.sasaran = read.sasaran;
    Indicator &indicator = row.indicator;
    indicator.text = read.indikator;
    indicator.satuan = read.satuan;
    indicator.rumus = read.rumus;
    indicator.sumberData = read.sumberData;
    indicator.penanggungJawab = read.penanggungJawab;
    indicator.baseline = read.baseline;
    indicator.targets = read.targets;
    // A sheet handed in for checking is the IKU list; Checker::checkSheet relies on it too.
    indicator.iku = true;
    const std::optional<Indicator::Polaritas> polaritas = polaritasFromWord(read.polaritas);
    if (!polaritas) {
        return notOneOf(read.polaritasColumn,
                        read.polaritas,
                        QStringLiteral("positif, maksimal, naik, negatif, minimal, turun, stabil"));
    }
    indicator.polaritas = *polaritas;
    if (!read.tingkat.isEmpty()) {
        const std::optional<Tier> tier = tierFromKey(read.tingkat);
        if (!tier) {
            return notOneOf(
                read.tingkatColumn, read.tingkat, QStringLiteral("strategis, program, kegiatan"));
        }
        row.tier = *tier;
    } else {
        row.tier = read.level == SheetRow::Level::Program ? Tier::Program
            : read.level == SheetRow::Level::None         ? Tier::Strategis
                                                          : Tier::Kegiatan;
    }
    const auto cell = [&](int column) { return column ? table.text(read.row, column) : QString(); };
    if (const QString metode = cell(results.metode); !metode.isEmpty()) {
        const std::optional<Metode::Kind> kind = Metode::fromKey(metode);
        if (!kind)
            return notOneOf(
                results.metode, metode, QStringLiteral("kumulatif, nilai_akhir, rata_rata"));
        indicator.tipePerhitungan = Metode::tipePerhitungan(*kind);
    }
    row.realisasi = TargetValue::parse(cell(results.realisasi));
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        RealisasiTriwulan triwulan;
        triwulan.target = TargetValue::parse(cell(results.quarterTargets[quarter - 1]));
        triwulan.realisasi = TargetValue::parse(cell(results.quarterRealisasi[quarter - 1]));
        indicator.realisasi.setTriwulan(quarter, triwulan);
    }
    if (!hasSatuan) {
        for (const TargetValue &target : std::as_const(indicator.targets)) {
            if (indicator.satuan.isEmpty())
                indicator.satuan = target.unit();
        }
    }
    return row;
}

Result<IndicatorSheet> sheetOf(const SheetTable &table, const ColumnMapping &mapping)
{
    if (Result<void> columns = checkColumns(table, mapping); !columns)
        return fail(columns.error());
    if (Result<void> width = checkWidth(table, mapping); !width)
        return fail(width.error());
    IndicatorSheet sheet;
    sheet.fileName = table.fileName;
    sheet.sheetName = table.sheetName;
    sheet.headerRow = mapping.headerTop;
    sheet.hasSatuan = !mapping.ofRole(ColumnRole::Satuan).isEmpty();
    sheet.hasRumus = !mapping.ofRole(ColumnRole::Rumus).isEmpty();
    sheet.hasSumberData = !mapping.ofRole(ColumnRole::SumberData).isEmpty();
    sheet.hasPolaritas = !mapping.ofRole(ColumnRole::Polaritas).isEmpty();
    for (const ColumnMapping::Column &column : mapping.ofRole(ColumnRole::Target)) {
        if (!sheet.years.contains(column.year))
            sheet.years.append(column.year);
    }
    std::sort(sheet.years.begin(), sheet.years.end());
    sheet.hasTarget = !sheet.years.isEmpty();
    const ResultColumns results(mapping);
    sheet.hasRealisasi = results.any();
    for (const SheetRow &read : SheetRowReader::read(table, mapping)) {
        if (read.indikator.isEmpty())
            continue;
        if (sheet.rows.size() >= IndicatorSheetReader::maxRows)
            return fail(tooManyRows(table));
        Result<IndicatorSheet::Row> row = rowOf(table, mapping, results, read, sheet.hasSatuan);
        if (!row)
            return fail(row.error());
        sheet.rows.append(std::move(*row));
    }
    return sheet;
}

// The indicator tables of a sheet; none, and why in *why, for a sheet that holds none.
Result<QList<IndicatorSheet>> tablesOf(const SheetTable &table, Error *why)
{
    const SheetLayout layout = LayoutGuesser::layout(table);
    QList<IndicatorSheet> sheets;
    for (const ColumnMapping &mapping : layout.tables) {
        if (mapping.ofRole(ColumnRole::Indikator).isEmpty())
            continue; // a table of programs and pagu, as a PK lampiran holds beside its sasaran
        Result<IndicatorSheet> sheet = sheetOf(table, mapping);
        if (!sheet)
            return fail(sheet.error());
        sheets.append(std::move(*sheet));
    }
    if (sheets.isEmpty())
        *why = noTable(table, layout);
    return sheets;
}

} // namespace

Result<QList<IndicatorSheet>> IndicatorSheetReader::fromTable(const SheetTable &table)
{
    Error why(Error::Code::Invalid, {});
    Result<QList<IndicatorSheet>> sheets = tablesOf(table, &why);
    if (sheets && sheets->isEmpty())
        return fail(why);
    return sheets;
}

Result<QList<IndicatorSheet>> IndicatorSheetReader::parse(const QByteArray &bytes,
                                                          const QString &fileName)
{
    const Result<SheetTable> table = CsvReader::readTable(bytes, fileName);
    if (!table)
        return fail(table.error());
    return fromTable(*table);
}

Result<QList<IndicatorSheet>>
IndicatorSheetReader::read(const QString &path, const QString &sheetName, QStringList *notes)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return fail(
            Error(Error::Code::Invalid, tr("%1 is a folder, not a spreadsheet.").arg(path), path));
    }
    if (!SheetFile::isWorkbook(path)) {
        const Result<SheetTable> table = SheetFile::read(path);
        if (!table)
            return fail(table.error());
        return fromTable(*table);
    }
    const Result<XlsxReader> workbook = XlsxReader::open(path);
    if (!workbook)
        return fail(workbook.error());
    if (!sheetName.isEmpty()) {
        const Result<SheetTable> table = workbook->readSheet(sheetName);
        if (!table)
            return fail(table.error());
        return fromTable(*table);
    }
    QList<IndicatorSheet> sheets;
    QStringList skipped;
    for (const QString &name : workbook->sheetNames()) {
        const Result<SheetTable> table = workbook->readSheet(name);
        if (!table)
            return fail(table.error());
        Error why(Error::Code::Invalid, {});
        const Result<QList<IndicatorSheet>> found = tablesOf(*table, &why);
        if (!found)
            return fail(found.error());
        if (found->isEmpty())
            skipped.append(why.message);
        sheets.append(*found);
    }
    if (sheets.isEmpty()) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 holds no indicator table. %2").arg(path, skipped.join(u' ')),
                          path));
    }
    if (notes) {
        for (const QString &why : std::as_const(skipped))
            notes->append(tr("Skipped: %1").arg(why));
    }
    return sheets;
}

} // namespace Tepat
