#include "sheet/CsvReader.h"

#include "sheet/FormulaGuard.h"

#include <QStringDecoder>

#include <array>

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

// Whichever of ';' and ',' the first line uses more outside quotes: Indonesian Excel writes ';'
// because ',' is its decimal mark. A first line without either is a title typed above the table
// or the header of a sheet of one column. A later line with two ';' or more is the header of a
// table under such a title (an indicator table has three columns at least); fewer, or commas alone,
// stay text, so a separator inside an indicator text cannot split a sheet of one column.
std::optional<QChar> detectSeparator(QStringView text)
{
    qsizetype semicolons = 0;
    qsizetype commas = 0;
    bool quoted = false;
    bool firstLine = true;
    int linesLeft = 20;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (isLineEnd(c)) {
                if (semicolons > 1 || (firstLine && (semicolons > 0 || commas > 0))
                    || --linesLeft == 0)
                    break;
                firstLine = false;
                semicolons = 0;
                commas = 0;
                continue;
            }
            semicolons += c == u';';
            commas += c == u',';
        }
    }
    if (!firstLine)
        return semicolons > 1 ? std::optional<QChar>(u';') : std::nullopt;
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

} // namespace

QString CsvReader::RecordError::problem() const
{
    switch (kind) {
    case Kind::UnclosedQuote:
        return tr("the quote that opens this cell is never closed. A quote inside a quoted cell "
                  "is written twice (\"\").");
    case Kind::TextAfterQuote:
        return tr("text follows the closing quote of this cell. A quote inside a quoted cell is "
                  "written twice (\"\").");
    case Kind::TooManyColumns:
        break;
    }
    return tr("the row has more than %1 cells, more than a spreadsheet holds.").arg(maxColumns);
}

CsvReader::CsvReader(const QByteArray &bytes)
    : m_text(decode(bytes))
{
    const std::optional<QChar> declared = separatorLine(m_text, m_at);
    m_separator = declared ? declared : detectSeparator(QStringView(m_text).sliced(m_at));
}

bool CsvReader::isBlank() const
{
    return QStringView(m_text).trimmed().isEmpty();
}

bool CsvReader::isWorkbook(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0");
}

// One record (RFC 4180) from `at`, which then points past its line end. A quoted cell may hold
// separators, doubled quotes and line breaks; the breaks are kept as "\n" whatever the file uses.
tl::expected<QStringList, CsvReader::RecordError> CsvReader::next()
{
    const QStringView text(m_text);
    qsizetype &at = m_at;
    const std::optional<QChar> separator = m_separator;
    const auto endsCell
        = [separator](QChar c) { return isLineEnd(c) || (separator && c == *separator); };
    QStringList cells;
    while (true) {
        if (cells.size() >= maxColumns)
            return tl::make_unexpected(
                RecordError {RecordError::Kind::TooManyColumns, cells.size()});
        QString cell;
        if (at < text.size() && text[at] == u'"') {
            ++at;
            while (true) {
                if (at >= text.size())
                    return tl::make_unexpected(
                        RecordError {RecordError::Kind::UnclosedQuote, cells.size()});
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
                    RecordError {RecordError::Kind::TextAfterQuote, cells.size()});
        } else {
            const qsizetype start = at;
            while (at < text.size() && !endsCell(text[at]))
                ++at;
            cell = text.sliced(start, at - start).toString();
        }
        cells.append(FormulaGuard::unguarded(cell));
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

Result<SheetTable> CsvReader::readTable(const QByteArray &bytes, const QString &fileName)
{
    // Name the fix rather than list a workbook's bytes as garbage cells.
    if (isWorkbook(bytes)) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 is a spreadsheet workbook, not CSV. Save it from the spreadsheet "
                             "program as .xlsx or as \"CSV UTF-8\" and use that file.")
                              .arg(fileName),
                          fileName));
    }
    SheetTable table;
    table.fileName = fileName;
    CsvReader reader(bytes);
    int cellCount = 0;
    QStringList names; // of the first record, which is the header in most files
    for (int number = 1; !reader.atEnd(); ++number) {
        const auto cells = reader.next();
        if (!cells) {
            const qsizetype cell = cells.error().cell;
            constexpr qsizetype maxNameLength = 40;
            const QString name = names.value(cell).trimmed();
            const QString column = !name.isEmpty() && name.size() <= maxNameLength
                ? name
                : SheetTable::columnName(int(cell + 1));
            return fail(
                Error(Error::Code::Parse,
                      tr("%1, row %2, column %3: %4")
                          .arg(fileName, QString::number(number), column, cells.error().problem()),
                      fileName,
                      number,
                      column));
        }
        if (number == 1)
            names = *cells;
        for (qsizetype column = 0; column < cells->size(); ++column) {
            if (cells->at(column).isEmpty())
                continue;
            if (++cellCount > maxCells) {
                return fail(Error(Error::Code::Invalid,
                                  tr("%1 is too large to import: it has more than %2 cells.")
                                      .arg(fileName)
                                      .arg(maxCells),
                                  fileName));
            }
            table.setCell(number, int(column + 1), SheetCell::fromText(cells->at(column)));
        }
    }
    return table;
}

} // namespace Tepat
