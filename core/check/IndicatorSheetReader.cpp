#include "check/IndicatorSheetReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace Tepat {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where Latin-1 has control characters. The
// five bytes Windows leaves undefined map to the control character of the same value, as Windows
// itself and the WHATWG encoding standard do.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto code = uchar(byte);
        *out++ = code >= 0x80 && code < 0xA0 ? QChar(windows1252High[code - 0x80])
                                             : QChar(char16_t(code));
    }
    return text;
}

// UTF-8 when the bytes are valid UTF-8 or start with its BOM; otherwise Excel's "CSV" on an
// Indonesian or English Windows, which is Windows-1252. Windows-1252 text with accents is
// practically never valid UTF-8 by accident, so the order of the tries does not misread it.
QString decode(QByteArrayView bytes)
{
    constexpr QByteArrayView bom("\xEF\xBB\xBF");
    const bool hasBom = bytes.startsWith(bom);
    if (hasBom)
        bytes = bytes.sliced(bom.size());
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (hasBom || !utf8.hasError())
        return text;
    return fromWindows1252(bytes);
}

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Whichever of ';' and ',' the header uses more outside quotes: Indonesian Excel writes ';'
// because ',' is its decimal mark. A header without either is a sheet of one column, whose rows
// are read whole, so a comma in an indicator text cannot split it.
std::optional<QChar> detectSeparator(QStringView text)
{
    qsizetype semicolons = 0;
    qsizetype commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (isLineEnd(c))
                break;
            semicolons += c == u';';
            commas += c == u',';
        }
    }
    if (semicolons == 0 && commas == 0)
        return std::nullopt;
    return semicolons >= commas ? QChar(u';') : QChar(u',');
}

// Excel takes the separator from a first line "sep=;" and does not show that line, so the
// header after it is still row 1. Moves `at` past the line when there is one.
std::optional<QChar> separatorLine(QStringView text, qsizetype &at)
{
    const QLatin1String prefix("sep=");
    const qsizetype end = prefix.size() + 1;
    if (text.size() < end || !text.startsWith(prefix, Qt::CaseInsensitive)
        || isLineEnd(text[end - 1]) || text[end - 1] == u'"'
        || (text.size() > end && !isLineEnd(text[end]))) {
        return std::nullopt;
    }
    at = end;
    if (at < text.size() && text[at] == u'\r')
        ++at;
    if (at < text.size() && text[at] == u'\n')
        ++at;
    return text[end - 1];
}

struct CellError
{
    enum class Kind { UnclosedQuote, TextAfterQuote };
    Kind kind;
    qsizetype cell; // 0-based, in the record that failed
};

// One record (RFC 4180) from `at`, which then points past its line end. A quoted cell may hold
// separators, doubled quotes and line breaks; the breaks are kept as "\n" whatever the file uses.
tl::expected<QStringList, CellError>
readRecord(QStringView text, qsizetype &at, std::optional<QChar> separator)
{
    const auto endsCell
        = [separator](QChar c) { return isLineEnd(c) || (separator && c == *separator); };
    QStringList cells;
    while (true) {
        QString cell;
        if (at < text.size() && text[at] == u'"') {
            ++at;
            while (true) {
                if (at >= text.size())
                    return tl::make_unexpected(
                        CellError {CellError::Kind::UnclosedQuote, cells.size()});
                const QChar c = text[at++];
                if (c == u'"') {
                    if (at < text.size() && text[at] == u'"') {
                        cell += u'"';
                        ++at;
                        continue;
                    }
                    break;
                }
                if (c == u'\r') {
                    if (at < text.size() && text[at] == u'\n')
                        ++at;
                    cell += u'\n';
                } else {
                    cell += c;
                }
            }
            if (at < text.size() && !endsCell(text[at]))
                return tl::make_unexpected(
                    CellError {CellError::Kind::TextAfterQuote, cells.size()});
        } else {
            const qsizetype start = at;
            while (at < text.size() && !endsCell(text[at]))
                ++at;
            cell = text.sliced(start, at - start).toString();
        }
        cells.append(cell);
        if (at >= text.size())
            return cells;
        const QChar end = text[at++];
        if (!isLineEnd(end))
            continue; // the separator: another cell follows
        if (end == u'\r' && at < text.size() && text[at] == u'\n')
            ++at;
        return cells;
    }
}

// "A", …, "Z", "AA": how a spreadsheet labels a column that has no header name.
QString columnLetters(qsizetype index)
{
    QString letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

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
        return name.isEmpty() ? columnLetters(column) : name;
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

Error cellError(const CellError &error, const QString &fileName, int row, const Columns &columns)
{
    const QString problem = error.kind == CellError::Kind::UnclosedQuote
        ? IndicatorSheetReader::tr("the quote that opens this cell is never closed. A quote "
                                   "inside a quoted cell is written twice (\"\").")
        : IndicatorSheetReader::tr("text follows the closing quote of this cell. A quote inside "
                                   "a quoted cell is written twice (\"\").");
    return sheetError(Error::Code::Parse, fileName, row, columns.label(error.cell), problem);
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
                                    columnLetters(*first),
                                    name,
                                    columnLetters(column))));
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
                                        columnLetters(single),
                                        columns.names[yearly],
                                        columnLetters(yearly))));
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
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error(Error::Code::NotFound, tr("%1 does not exist.").arg(path), path));
    if (info.isDir()) {
        return fail(
            Error(Error::Code::Invalid, tr("%1 is a folder, not a CSV sheet.").arg(path), path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error(
            Error::Code::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), path));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fail(Error(
            Error::Code::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), path));
    }
    return parse(bytes, path);
}

Result<IndicatorSheet> IndicatorSheetReader::parse(const QByteArray &bytes, const QString &fileName)
{
    // Both Excel formats are zip or OLE containers: name the fix rather than list garbage columns.
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0")) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 is a spreadsheet workbook, not CSV. Save it from the spreadsheet "
                             "program as \"CSV UTF-8\" and check that file.")
                              .arg(fileName),
                          fileName));
    }
    const QString text = decode(bytes);
    if (text.trimmed().isEmpty()) {
        return fail(Error(
            Error::Code::Invalid,
            tr("%1 is empty: a sheet needs a header row with an indikator column.").arg(fileName),
            fileName));
    }
    qsizetype at = 0;
    const std::optional<QChar> declared = separatorLine(text, at);
    const std::optional<QChar> separator
        = declared ? declared : detectSeparator(QStringView(text).sliced(at));
    const auto header = readRecord(text, at, separator);
    if (!header)
        return fail(cellError(header.error(), fileName, 1, Columns {}));
    const Result<Columns> columns = readHeader(*header, fileName);
    if (!columns)
        return fail(columns.error());

    IndicatorSheet sheet = sheetWith(*columns, fileName);

    QString sasaran;
    for (int number = 2; at < text.size(); ++number) {
        const auto cells = readRecord(text, at, separator);
        if (!cells)
            return fail(cellError(cells.error(), fileName, number, *columns));
        if (isBlank(*cells))
            continue;
        for (qsizetype column = columns->names.size(); column < cells->size(); ++column) {
            if (cells->at(column).trimmed().isEmpty())
                continue;
            return fail(sheetError(Error::Code::Parse,
                                   fileName,
                                   number,
                                   columnLetters(column),
                                   tr("the cell \"%1\" lies beyond the last column of the header "
                                      "(%2). A separator (%3) inside a cell must be quoted.")
                                       .arg(cells->at(column).trimmed(),
                                            columnLetters(columns->names.size() - 1),
                                            QString(separator.value_or(u',')))));
        }
        Result<IndicatorSheet::Row> row = readRow(*cells, number, *columns, fileName);
        if (!row)
            return fail(row.error());
        if (row->sasaran.isEmpty())
            row->sasaran = sasaran;
        sasaran = row->sasaran;
        sheet.rows.append(std::move(*row));
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
        const QStringList cells = cellsOf(number);
        for (qsizetype column = columns->names.size(); column < cells.size(); ++column) {
            if (cells[column].isEmpty())
                continue;
            return fail(
                sheetError(Error::Code::Parse,
                           fileName,
                           number,
                           columnLetters(column),
                           tr("the cell \"%1\" lies beyond the last column of the header "
                              "(%2).")
                               .arg(cells[column], columnLetters(columns->names.size() - 1))));
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

Result<SheetTable> IndicatorSheetReader::readTable(const QByteArray &bytes, const QString &fileName)
{
    SheetTable table;
    table.fileName = fileName;
    const QString text = decode(bytes);
    qsizetype at = 0;
    const std::optional<QChar> declared = separatorLine(text, at);
    const std::optional<QChar> separator
        = declared ? declared : detectSeparator(QStringView(text).sliced(at));
    for (int number = 1; at < text.size(); ++number) {
        const auto cells = readRecord(text, at, separator);
        if (!cells)
            return fail(cellError(cells.error(), fileName, number, Columns {}));
        for (qsizetype column = 0; column < cells->size(); ++column)
            table.setCell(number, int(column + 1), SheetCell::fromText(cells->at(column)));
    }
    return table;
}

} // namespace Tepat
