#include "check/IndicatorSheetReader.h"

#include "base/InputFile.h"
#include "sheet/CsvReader.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <optional>

namespace Tepat {

namespace {

bool isBlank(const QStringList &cells)
{
    return std::all_of(
        cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

struct Columns
{
    QStringList names; // as the header writes them, trimmed
    qsizetype indikator = -1;
    qsizetype sasaran = -1;
    qsizetype satuan = -1;
    qsizetype rumus = -1;
    qsizetype sumberData = -1;
    qsizetype polaritas = -1;
    qsizetype tingkat = -1;
    QMap<int, qsizetype> targets; // year → column; year 0 for a single `target` column

    // The header name, or the spreadsheet letter of a column without one.
    QString label(qsizetype column) const
    {
        const QString name = names.value(column);
        return name.isEmpty() ? SheetTable::columnName(int(column) + 1) : name;
    }
};

Error sheetError(Error::Code code,
                 const QString &fileName,
                 int row,
                 const QString &column,
                 const QString &problem)
{
    return Error(code,
                 IndicatorSheetReader::tr("%1, row %2, column %3: %4")
                     .arg(fileName, QString::number(row), column, problem),
                 fileName,
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

Error tooManyRows(const QString &fileName)
{
    return Error(Error::Code::Invalid,
                 IndicatorSheetReader::tr("%1 has more than %2 indicator rows, more than Tepat "
                                          "checks at once. Split it into smaller sheets.")
                     .arg(fileName)
                     .arg(IndicatorSheetReader::maxRows),
                 fileName);
}

Error recordError(const CsvReader::RecordError &error,
                  const QString &fileName,
                  int row,
                  const Columns &columns)
{
    return sheetError(
        Error::Code::Parse, fileName, row, columns.label(error.cell), error.problem());
}

// The year of `target_2025`; nullopt when the name does not end in digits, so it is no year
// column; -1 when the digits are too many for any year.
std::optional<int> targetYear(QStringView key)
{
    const QStringView digits = key.sliced(QLatin1String("target_").size());
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](QChar c) {
            return c >= u'0' && c <= u'9';
        })) {
        return std::nullopt;
    }
    bool ok = false;
    const int year = digits.toInt(&ok);
    return ok ? year : -1;
}

Result<Columns> readHeader(const QStringList &cells, const QString &fileName)
{
    using Tr = IndicatorSheetReader;
    Columns columns;
    const std::pair<QLatin1String, qsizetype Columns::*> fixedColumns[] = {
        {QLatin1String("indikator"), &Columns::indikator},
        {QLatin1String("sasaran"), &Columns::sasaran},
        {QLatin1String("satuan"), &Columns::satuan},
        {QLatin1String("rumus"), &Columns::rumus},
        {QLatin1String("sumber_data"), &Columns::sumberData},
        {QLatin1String("polaritas"), &Columns::polaritas},
        {QLatin1String("tingkat"), &Columns::tingkat},
    };
    QHash<QString, qsizetype> seen; // what a column means → where it is
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString name = cells[column].trimmed();
        columns.names.append(name);
        const QString key = name.toLower();
        QString meaning;
        for (const auto &[fixedName, member] : fixedColumns) {
            if (key == fixedName) {
                meaning = key;
                columns.*member = column;
            }
        }
        if (key == QLatin1String("target")) {
            meaning = key;
            columns.targets.insert(0, column);
        } else if (key.startsWith(QLatin1String("target_"))) {
            const std::optional<int> year = targetYear(key);
            if (!year)
                continue; // not a year: an unknown column like any other
            if (*year < Tr::firstYear || *year > Tr::lastYear) {
                return fail(sheetError(Error::Code::Invalid,
                                       fileName,
                                       1,
                                       name,
                                       Tr::tr("the year is not between %1 and %2.")
                                           .arg(Tr::firstYear)
                                           .arg(Tr::lastYear)));
            }
            meaning = QStringLiteral("target_%1").arg(*year);
            columns.targets.insert(*year, column);
        }
        if (meaning.isEmpty())
            continue;
        if (const auto first = seen.constFind(meaning); first != seen.cend()) {
            return fail(
                sheetError(Error::Code::Invalid,
                           fileName,
                           1,
                           name,
                           Tr::tr("the columns %1 (%2) and %3 (%4) are the same column. Keep one "
                                  "of them.")
                               .arg(columns.names[*first],
                                    SheetTable::columnName(int(*first) + 1),
                                    name,
                                    SheetTable::columnName(int(column) + 1))));
        }
        seen.insert(meaning, column);
    }
    if (columns.targets.contains(0) && columns.targets.size() > 1) {
        const qsizetype single = columns.targets.value(0);
        const qsizetype yearly = std::next(columns.targets.cbegin()).value();
        return fail(sheetError(Error::Code::Invalid,
                               fileName,
                               1,
                               columns.names[yearly],
                               Tr::tr("the columns %1 (%2) and %3 (%4) both give targets. Use "
                                      "either one target column or one target_<year> column per "
                                      "year.")
                                   .arg(columns.names[single],
                                        SheetTable::columnName(int(single) + 1),
                                        columns.names[yearly],
                                        SheetTable::columnName(int(yearly) + 1))));
    }
    if (columns.indikator < 0) {
        // A binary file's "header" can be huge; a few short names are enough to recognise it.
        constexpr qsizetype maxNames = 12;
        constexpr qsizetype maxNameLength = 40;
        QStringList found;
        for (const QString &name : std::as_const(columns.names)) {
            if (name.isEmpty())
                continue;
            if (found.size() == maxNames) {
                found.append(QStringLiteral("…"));
                break;
            }
            found.append(name.size() > maxNameLength ? name.left(maxNameLength) + u'…' : name);
        }
        const QString listed
            = found.isEmpty() ? Tr::tr("no names") : found.join(QStringLiteral(", "));
        return fail(Error(Error::Code::Invalid,
                          Tr::tr("%1 has no indikator column: its first row, which must be the "
                                 "header, has %2. Name the column of indicator texts "
                                 "\"indikator\".")
                              .arg(fileName, listed),
                          fileName,
                          1,
                          QStringLiteral("indikator")));
    }
    return columns;
}

struct Choice
{
    QLatin1String key;
    Indicator::Polaritas polaritas;
};

constexpr std::array polaritasChoices {
    Choice {QLatin1String("positif"), Indicator::Polaritas::Maximize},
    Choice {QLatin1String("maksimal"), Indicator::Polaritas::Maximize},
    Choice {QLatin1String("negatif"), Indicator::Polaritas::Minimize},
    Choice {QLatin1String("minimal"), Indicator::Polaritas::Minimize},
    Choice {QLatin1String("stabil"), Indicator::Polaritas::Stabilize},
};

std::optional<Indicator::Polaritas> polaritasFromKey(QStringView key)
{
    if (key.isEmpty())
        return Indicator::Polaritas::NotGiven;
    for (const Choice &choice : polaritasChoices) {
        if (key.compare(choice.key, Qt::CaseInsensitive) == 0)
            return choice.polaritas;
    }
    return std::nullopt;
}

Result<IndicatorSheet::Row>
readRow(const QStringList &cells, int number, const Columns &columns, const QString &fileName)
{
    using Tr = IndicatorSheetReader;
    const auto cell = [&cells](qsizetype column) {
        return column < 0 ? QString() : cells.value(column).trimmed();
    };
    const auto notOneOf = [&](qsizetype column, const QString &choices) {
        return fail(sheetError(Error::Code::Invalid,
                               fileName,
                               number,
                               columns.label(column),
                               Tr::tr("\"%1\" is not one of %2.").arg(cell(column), choices)));
    };

    IndicatorSheet::Row row;
    row.number = number;
    row.sasaran = cell(columns.sasaran);
    Indicator &indicator = row.indicator;
    indicator.text = cell(columns.indikator);
    indicator.satuan = cell(columns.satuan);
    indicator.rumus = cell(columns.rumus);
    indicator.sumberData = cell(columns.sumberData);
    // A sheet handed in for checking is the IKU list; Checker::checkSheet relies on it too.
    indicator.iku = true;

    const std::optional<Indicator::Polaritas> polaritas = polaritasFromKey(cell(columns.polaritas));
    if (!polaritas)
        return notOneOf(columns.polaritas,
                        QStringLiteral("positif, maksimal, negatif, minimal, stabil"));
    indicator.polaritas = *polaritas;

    const QString tingkat = cell(columns.tingkat);
    const std::optional<Tier> tier = tingkat.isEmpty() ? Tier::Strategis : tierFromKey(tingkat);
    if (!tier)
        return notOneOf(columns.tingkat, QStringLiteral("strategis, program, kegiatan"));
    row.tier = *tier;

    for (auto target = columns.targets.cbegin(); target != columns.targets.cend(); ++target) {
        const TargetValue value = TargetValue::parse(cell(target.value()));
        if (value.kind() == TargetValue::Kind::Empty)
            continue;
        indicator.targets.insert(target.key(), value);
        if (columns.satuan < 0 && indicator.satuan.isEmpty())
            indicator.satuan = value.unit();
    }
    return row;
}

// An empty sheet that says which fields its columns carry.
IndicatorSheet sheetWith(const Columns &columns, const QString &fileName)
{
    IndicatorSheet sheet;
    sheet.fileName = fileName;
    sheet.hasTarget = !columns.targets.isEmpty();
    // Without a satuan column the target cells carry the satuan ("85 %"), so it is still there
    // to be judged.
    sheet.hasSatuan = columns.satuan >= 0 || sheet.hasTarget;
    sheet.hasRumus = columns.rumus >= 0;
    sheet.hasSumberData = columns.sumberData >= 0;
    sheet.hasPolaritas = columns.polaritas >= 0;
    sheet.years = columns.targets.keys();
    return sheet;
}

} // namespace

Result<IndicatorSheet> IndicatorSheetReader::read(const QString &path)
{
    const Result<QByteArray> bytes = InputFile::read(path, CsvReader::maxFileSize);
    if (!bytes)
        return fail(bytes.error());
    return parse(*bytes, path);
}

Result<IndicatorSheet> IndicatorSheetReader::parse(const QByteArray &bytes, const QString &fileName)
{
    QList<IndicatorSheet::Row> rows;
    Result<IndicatorSheet> sheet
        = readRows(bytes, fileName, [&](const IndicatorSheet &, IndicatorSheet::Row row) {
              if (rows.size() >= maxRows)
                  return Result<void>(fail(tooManyRows(fileName)));
              rows.append(std::move(row));
              return Result<void>();
          });
    if (!sheet)
        return sheet;
    sheet->rows = std::move(rows);
    return sheet;
}

Result<IndicatorSheet> IndicatorSheetReader::readRows(const QByteArray &bytes,
                                                      const QString &fileName,
                                                      const RowHandler &handle)
{
    // Name the fix rather than list a workbook's bytes as garbage columns.
    if (CsvReader::isWorkbook(bytes)) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 is a spreadsheet workbook, not CSV. Save it from the spreadsheet "
                             "program as \"CSV UTF-8\" and check that file.")
                              .arg(fileName),
                          fileName));
    }
    CsvReader reader(bytes);
    if (reader.isBlank()) {
        return fail(Error(
            Error::Code::Invalid,
            tr("%1 is empty: a sheet needs a header row with an indikator column.").arg(fileName),
            fileName));
    }
    const auto header = reader.next();
    if (!header)
        return fail(recordError(header.error(), fileName, 1, Columns {}));
    const Result<Columns> columns = readHeader(*header, fileName);
    if (!columns)
        return fail(columns.error());

    IndicatorSheet sheet = sheetWith(*columns, fileName);

    QString sasaran;
    for (int number = 2; !reader.atEnd(); ++number) {
        const auto cells = reader.next();
        if (!cells)
            return fail(recordError(cells.error(), fileName, number, *columns));
        if (isBlank(*cells))
            continue;
        for (qsizetype column = columns->names.size(); column < cells->size(); ++column) {
            if (cells->at(column).trimmed().isEmpty())
                continue;
            return fail(sheetError(Error::Code::Parse,
                                   fileName,
                                   number,
                                   SheetTable::columnName(int(column) + 1),
                                   tr("the cell \"%1\" lies beyond the last column of the header "
                                      "(%2). A separator (%3) inside a cell must be quoted.")
                                       .arg(excerpt(cells->at(column)),
                                            SheetTable::columnName(int(columns->names.size())),
                                            QString(reader.separator().value_or(u',')))));
        }
        Result<IndicatorSheet::Row> row = readRow(*cells, number, *columns, fileName);
        if (!row)
            return fail(row.error());
        if (row->sasaran.isEmpty())
            row->sasaran = sasaran;
        sasaran = row->sasaran;
        if (Result<void> handled = handle(sheet, std::move(*row)); !handled)
            return fail(handled.error());
    }
    return sheet;
}

Result<IndicatorSheet> IndicatorSheetReader::fromTable(const SheetTable &table)
{
    constexpr int titleRowLimit = 20;
    const QString fileName = table.sheetName.isEmpty()
        ? table.fileName
        : tr("%1, sheet '%2'").arg(table.fileName, table.sheetName);
    const auto cellsOf = [&table](int row) {
        QStringList cells;
        for (int column = 1; column <= table.columnCount(); ++column)
            cells.append(table.text(row, column));
        return cells;
    };
    int headerRow = 1;
    while (headerRow <= table.rowCount() && table.isRowEmpty(headerRow))
        ++headerRow;
    // A workbook often carries a title block above the header, as Tepat's own export does: the
    // header is the first row with an indikator column, else the first row, whose message then
    // says what is missing.
    for (int row = headerRow; row <= std::min(table.rowCount(), headerRow + titleRowLimit); ++row) {
        const QStringList cells = cellsOf(row);
        const bool named = std::any_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
            return cell.trimmed().compare(QLatin1String("indikator"), Qt::CaseInsensitive) == 0;
        });
        if (named) {
            headerRow = row;
            break;
        }
    }
    if (headerRow > table.rowCount()) {
        return fail(Error(
            Error::Code::Invalid,
            tr("%1 is empty: a sheet needs a header row with an indikator column.").arg(fileName),
            table.fileName));
    }
    QStringList headerCells = cellsOf(headerRow);
    while (!headerCells.isEmpty() && headerCells.last().isEmpty())
        headerCells.removeLast();
    const Result<Columns> columns = readHeader(headerCells, fileName);
    if (!columns)
        return fail(columns.error());

    IndicatorSheet sheet = sheetWith(*columns, table.fileName);
    QString sasaran;
    for (int number = headerRow + 1; number <= table.rowCount(); ++number) {
        if (table.isRowEmpty(number))
            continue;
        if (sheet.rows.size() >= maxRows)
            return fail(tooManyRows(fileName));
        const QStringList cells = cellsOf(number);
        for (qsizetype column = columns->names.size(); column < cells.size(); ++column) {
            if (cells[column].isEmpty())
                continue;
            return fail(sheetError(Error::Code::Parse,
                                   fileName,
                                   number,
                                   SheetTable::columnName(int(column) + 1),
                                   tr("the cell \"%1\" lies beyond the last column of the header "
                                      "(%2).")
                                       .arg(excerpt(cells[column]),
                                            SheetTable::columnName(int(columns->names.size())))));
        }
        Result<IndicatorSheet::Row> row = readRow(cells, number, *columns, fileName);
        if (!row)
            return fail(row.error());
        if (row->sasaran.isEmpty())
            row->sasaran = sasaran;
        sasaran = row->sasaran;
        sheet.rows.append(std::move(*row));
    }
    return sheet;
}

} // namespace Tepat
