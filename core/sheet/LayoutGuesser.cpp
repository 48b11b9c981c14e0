#include "sheet/LayoutGuesser.h"

#include "base/CoreResources.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace Tepat {

namespace {

struct Phrase
{
    QString words;
    ColumnRole role;
    qsizetype wordCount;
};

// A header cell names its role in a few words; an instruction line ("Indikator: tuliskan
// indikator kinerja sasaran sesuai dokumen Renstra …") or a program name in a data row
// ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota") goes on for longer.
constexpr qsizetype maxWordsAfterPhrase = 6;
// The header must lie among the first rows: a title block is a few lines, not a page.
constexpr int headerSearchRows = 40;

QJsonObject headerData()
{
    return readCoreJson(u"import-headers.json");
}

// Longest first, so that the first phrase that matches is the most specific one.
const QList<Phrase> &phrases()
{
    static const QList<Phrase> list = [] {
        QList<Phrase> loaded;
        const QJsonObject roles = headerData().value(QStringLiteral("roles")).toObject();
        for (auto role = roles.begin(); role != roles.end(); ++role) {
            const std::optional<ColumnRole> parsed = ColumnMapping::roleFromKey(role.key());
            Q_ASSERT_X(parsed, "LayoutGuesser", "unknown role in import-headers.json");
            for (const QJsonValue &words : role.value().toArray()) {
                const QString text = words.toString();
                loaded.append(
                    {text, parsed.value_or(ColumnRole::Ignore), text.count(u' ') + qsizetype(1)});
            }
        }
        std::stable_sort(loaded.begin(), loaded.end(), [](const Phrase &a, const Phrase &b) {
            return a.words.size() > b.words.size();
        });
        return loaded;
    }();
    return list;
}

const QList<std::pair<QString, SheetRow::Level>> &levelPhrases()
{
    static const QList<std::pair<QString, SheetRow::Level>> list = [] {
        QList<std::pair<QString, SheetRow::Level>> loaded;
        const QJsonObject levels = headerData().value(QStringLiteral("levels")).toObject();
        const std::pair<QLatin1String, SheetRow::Level> keys[]
            = {{QLatin1String("program"), SheetRow::Level::Program},
               {QLatin1String("kegiatan"), SheetRow::Level::Kegiatan}};
        for (const auto &[key, level] : keys) {
            for (const QJsonValue &words : levels.value(key).toArray())
                loaded.append({words.toString(), level});
        }
        return loaded;
    }();
    return list;
}

bool isYear(int number)
{
    return number >= 1945 && number <= 2200;
}

// Lower case, words only: "Target Kinerja (Tahun 2026)" → "target kinerja tahun", year 2026.
QString normalised(QStringView header, int *year)
{
    QString words;
    words.reserve(header.size());
    for (const QChar c : header)
        words += c.isLetterOrNumber() ? c.toLower() : QChar(u' ');
    QStringList kept;
    for (const QString &word : words.split(u' ', Qt::SkipEmptyParts)) {
        bool number = false;
        const int value = word.toInt(&number);
        if (number) {
            if (year && isYear(value) && *year == 0)
                *year = value;
            continue;
        }
        kept.append(word);
    }
    return kept.join(u' ');
}

// "2025", "TH 2025", "Tahun 2025", "TA 2025": a year and nothing else, which names no role of its
// own: under "TARGET KINERJA" it is a target, under "Pagu Indikatif" a pagu.
bool isYearLabel(QStringView text)
{
    int year = 0;
    const QString words = normalised(text, &year);
    if (year == 0)
        return false;
    static const QStringList yearWords {QStringLiteral("th"),
                                        QStringLiteral("thn"),
                                        QStringLiteral("tahun"),
                                        QStringLiteral("ta"),
                                        QStringLiteral("anggaran")};
    const QStringList split = words.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(
        split.cbegin(), split.cend(), [](const QString &word) { return yearWords.contains(word); });
}

// The role whose phrase the normalised words are exactly, for telling a header row from data
// further down a sheet, where a sasaran or program text may well start with a header word.
ColumnRole exactRoleOf(const QString &words)
{
    for (const Phrase &phrase : phrases()) {
        if (words == phrase.words)
            return phrase.role;
    }
    return ColumnRole::Ignore;
}

// A header cell's text, with the value of the merged range it lies in, and years typed as numbers
// written without the thousands dot the Indonesian display would give them ("2025", not "2.025").
QString headerText(const SheetTable &table, int row, int column)
{
    if (const std::optional<SheetTable::Range> range = table.mergedAt(row, column)) {
        row = range->top;
        column = range->left;
    }
    const SheetCell &cell = table.cell(row, column);
    if (cell.kind == SheetCell::Kind::Number && cell.format != SheetCell::NumberFormat::Percent)
        return cell.number.toCanonical();
    return table.text(row, column);
}

// The triwulan a header names: "TW I", "Triwulan 2", "TW-III", "trw iv", "realisasi_tw2"; 0 when
// none.
int quarterIn(QStringView header)
{
    static const QRegularExpression quarter(
        QStringLiteral(
            "(?<![\\p{L}\\d])(?:tw|triwulan|trw)[\\s_.-]*(iv|iii|ii|i|[1-4])(?![\\p{L}\\d])"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = quarter.match(header);
    if (!match.hasMatch())
        return 0;
    const QString which = match.captured(1).toLower();
    const QStringList numerals {
        QStringLiteral("i"), QStringLiteral("ii"), QStringLiteral("iii"), QStringLiteral("iv")};
    return numerals.contains(which) ? int(numerals.indexOf(which)) + 1 : which.toInt();
}

// The roles a row's cells name, each once, numbering left out.
QList<ColumnRole> rolesOfRow(const SheetTable &table, int row)
{
    QList<ColumnRole> roles;
    for (int column = 1; column <= table.columnCount(); ++column) {
        const ColumnRole role = LayoutGuesser::roleOf(headerText(table, row, column)).first;
        if (role != ColumnRole::Ignore && role != ColumnRole::Nomor && !roles.contains(role))
            roles.append(role);
    }
    return roles;
}

bool isHeaderCandidate(const QList<ColumnRole> &roles)
{
    return roles.size() >= 2 || roles.contains(ColumnRole::Indikator);
}

// Further down a sheet, the header of another table: at least two cells that are header words
// and nothing more, one of them the indicator column.
bool startsAnotherTable(const SheetTable &table, int row)
{
    int named = 0;
    bool indikator = false;
    for (int column = 1; column <= table.columnCount(); ++column) {
        const QString text = table.text(row, column);
        if (text.isEmpty())
            continue;
        const ColumnRole role = exactRoleOf(normalised(text, nullptr));
        if (role == ColumnRole::Ignore || role == ColumnRole::Nomor)
            continue;
        ++named;
        indikator = indikator || role == ColumnRole::Indikator;
    }
    return named >= 2 && indikator;
}

bool isColumnNumber(QStringView text, int *value)
{
    QStringView digits = text.trimmed();
    if (digits.startsWith(u'(') && digits.endsWith(u')'))
        digits = digits.mid(1, digits.size() - 2);
    bool ok = false;
    *value = digits.toInt(&ok);
    return ok;
}

// Whether the row under the header rows so far still belongs to the header: it holds only
// header words and years, and it refines the rows above rather than repeating names under
// them: its cells sit under a merged or empty header cell ("TH 2025" under "TARGET KINERJA"), or
// a header cell above is merged down over it.
bool continuesHeader(const SheetTable &table, int top, int bottom)
{
    const int next = bottom + 1;
    bool mergedDown = false;
    bool refines = false;
    bool anything = false;
    for (int column = 1; column <= table.columnCount(); ++column) {
        const std::optional<SheetTable::Range> range = table.mergedAt(next, column);
        if (range && range->top < next) {
            mergedDown = mergedDown || range->top >= top;
            continue;
        }
        const QString text = headerText(table, next, column);
        if (text.isEmpty())
            continue;
        anything = true;
        if (!isYearLabel(text) && LayoutGuesser::roleOf(text).first == ColumnRole::Ignore)
            return false;
        const std::optional<SheetTable::Range> above = table.mergedAt(bottom, column);
        if ((above && above->right > above->left) || headerText(table, bottom, column).isEmpty())
            refines = true;
    }
    return anything && (refines || mergedDown);
}

QString rowText(const SheetTable &table, int row)
{
    QStringList cells;
    for (int column = 1; column <= table.columnCount(); ++column) {
        if (const QString text = table.text(row, column); !text.isEmpty())
            cells.append(text);
    }
    return cells.join(u' ');
}

ColumnMapping mappingAt(const SheetTable &table, int headerTop)
{
    ColumnMapping mapping;
    mapping.headerTop = headerTop;
    mapping.headerBottom = headerTop;
    while (mapping.headerBottom - mapping.headerTop < 2 && mapping.headerBottom < table.rowCount()
           && continuesHeader(table, mapping.headerTop, mapping.headerBottom)) {
        ++mapping.headerBottom;
    }
    mapping.firstDataRow = mapping.headerBottom + 1;
    if (LayoutGuesser::isNumberingRow(table, mapping.firstDataRow))
        ++mapping.firstDataRow;

    QList<bool> yearOnly;
    for (int column = 1; column <= table.columnCount(); ++column) {
        ColumnMapping::Column entry;
        entry.column = column;
        QStringList parts;
        for (int row = mapping.headerTop; row <= mapping.headerBottom; ++row) {
            QString text = headerText(table, row, column);
            // A header saved as CSV loses its merges: "Target" stands over the first year only,
            // and the cells over the other years are empty.
            if (text.isEmpty() && row < mapping.headerBottom && column > 1
                && isYearLabel(headerText(table, mapping.headerBottom, column))) {
                for (int left = column - 1; left >= 1 && text.isEmpty(); --left) {
                    if (!isYearLabel(headerText(table, mapping.headerBottom, left)))
                        break;
                    text = headerText(table, row, left);
                }
            }
            if (!text.isEmpty() && (parts.isEmpty() || parts.last() != text))
                parts.append(text);
        }
        entry.header = parts.join(QStringLiteral(" / "));
        // The most specific header word, from the bottom up; a year label gives the year and
        // leaves the role to the rows above, unless nothing above names one ("Tahun 2027").
        ColumnRole fromYearLabel = ColumnRole::Ignore;
        for (auto part = parts.crbegin(); part != parts.crend(); ++part) {
            const auto [role, year] = LayoutGuesser::roleOf(*part);
            if (entry.year == 0)
                entry.year = year;
            if (isYearLabel(*part)) {
                if (fromYearLabel == ColumnRole::Ignore)
                    fromYearLabel = role;
                continue;
            }
            // "TW I" under a merged "Target" is the quarter's target, which is not imported.
            if (role == ColumnRole::Target && ColumnMapping::quarterOf(entry.role) > 0)
                entry.role = ColumnRole::Ignore;
            else if (entry.role == ColumnRole::Ignore)
                entry.role = role;
        }
        if (entry.role == ColumnRole::Ignore)
            entry.role = fromYearLabel;
        yearOnly.append(entry.role == ColumnRole::Ignore && entry.year > 0
                        && std::all_of(parts.cbegin(), parts.cend(), isYearLabel));
        if (!ColumnMapping::hasYear(entry.role))
            entry.year = 0;
        mapping.columns.append(entry);
    }
    // A column headed by a year alone, in a table of indicators, holds that year's targets.
    if (!mapping.ofRole(ColumnRole::Indikator).isEmpty()) {
        for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
            if (yearOnly[i]) {
                mapping.columns[i].role = ColumnRole::Target;
                mapping.columns[i].year = LayoutGuesser::roleOf(mapping.columns[i].header).second;
            }
        }
    }
    mapping.signature = LayoutGuesser::signature(table, mapping.headerTop, mapping.headerBottom);
    return mapping;
}

} // namespace

std::pair<ColumnRole, int> LayoutGuesser::roleOf(QStringView header)
{
    int year = 0;
    const QString words = normalised(header, &year);
    if (words.isEmpty())
        return {ColumnRole::Ignore, year};
    const qsizetype wordCount = words.count(u' ') + 1;
    for (const Phrase &phrase : phrases()) {
        if (words == phrase.words
            || (words.startsWith(phrase.words) && words.at(phrase.words.size()) == u' '
                && wordCount - phrase.wordCount <= maxWordsAfterPhrase)) {
            // "Realisasi TW III", and "Realisasi" or "Capaian" written over it, is a triwulan's
            // realisasi; "Realisasi" alone stays the kondisi awal of a Renstra sheet.
            const int quarter = quarterIn(header);
            const bool realisasi = ColumnMapping::quarterOf(phrase.role) > 0
                || (phrase.role == ColumnRole::Baseline && quarter > 0);
            if (realisasi)
                return {quarter > 0 ? ColumnMapping::realisasiRole(quarter) : ColumnRole::Ignore,
                        year};
            // "Target TW II" or `target_tw2` is a quarter's target, not a year's: the import
            // leaves it, tepat-cli capaian reads it by its name.
            if (phrase.role == ColumnRole::Target && quarter > 0)
                return {ColumnRole::Ignore, year};
            return {phrase.role, year};
        }
    }
    return {ColumnRole::Ignore, year};
}

SheetRow::Level LayoutGuesser::levelOf(QStringView header)
{
    const QString words = u' ' + normalised(header, nullptr) + u' ';
    SheetRow::Level found = SheetRow::Level::None;
    for (const auto &[phrase, level] : levelPhrases()) {
        if (!words.contains(u' ' + phrase + u' '))
            continue;
        if (found != SheetRow::Level::None && found != level)
            return SheetRow::Level::None; // "Indikator Program / Kegiatan": both, so neither
        found = level;
    }
    return found;
}

QString LayoutGuesser::signature(const SheetTable &table, int headerTop, int headerBottom)
{
    QStringList parts;
    for (int row = headerTop; row <= headerBottom; ++row) {
        for (int column = 1; column <= table.columnCount(); ++column)
            parts.append(normalised(headerText(table, row, column), nullptr));
        parts.append(QStringLiteral("\n"));
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'|').toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

bool LayoutGuesser::isNumberingRow(const SheetTable &table, int row)
{
    int previous = 0;
    int count = 0;
    for (int column = 1; column <= table.columnCount(); ++column) {
        const QString text = table.text(row, column);
        if (text.isEmpty())
            continue;
        int value = 0;
        if (!isColumnNumber(text, &value) || value <= previous || (count == 0 && value != 1))
            return false;
        previous = value;
        ++count;
    }
    return count >= 3;
}

bool LayoutGuesser::repeatsHeader(const SheetTable &table, const ColumnMapping &mapping, int row)
{
    for (int header = mapping.headerTop; header <= mapping.headerBottom; ++header) {
        if (header == row)
            continue;
        bool same = true;
        bool named = false;
        for (int column = 1; column <= table.columnCount() && same; ++column) {
            const QString words = normalised(table.text(row, column), nullptr);
            same = words == normalised(table.text(header, column), nullptr);
            named = named || !words.isEmpty();
        }
        if (same && named)
            return true;
    }
    return false;
}

SheetLayout LayoutGuesser::layout(const SheetTable &table)
{
    SheetLayout layout;
    layout.rowsSearched = std::min(table.rowCount(), headerSearchRows);
    // The first row that names the indicator column and another one; failing that, the row
    // that names the most (a sheet of one column "indikator").
    int first = 0;
    qsizetype firstRoles = 0;
    for (int row = 1; row <= layout.rowsSearched; ++row) {
        const QList<ColumnRole> roles = rolesOfRow(table, row);
        if (roles.size() > layout.closestRoles.size()) {
            layout.closestRow = row;
            layout.closestRoles = roles;
        }
        if (roles.size() >= 2 && roles.contains(ColumnRole::Indikator)) {
            first = row;
            break;
        }
        if (isHeaderCandidate(roles) && roles.size() > firstRoles) {
            first = row;
            firstRoles = roles.size();
        }
    }
    if (first == 0)
        return layout;

    QStringList title;
    for (int row = 1; row < first; ++row) {
        if (const QString line = rowText(table, row); !line.isEmpty())
            title.append(line);
    }
    layout.title = title.join(u'\n');

    layout.tables.append(mappingAt(table, first));
    for (int row = layout.tables.last().firstDataRow; row <= table.rowCount(); ++row) {
        const ColumnMapping &current = layout.tables.last();
        if (!startsAnotherTable(table, row) || repeatsHeader(table, current, row))
            continue;
        ColumnMapping next = mappingAt(table, row);
        if (next.signature == current.signature) {
            row = next.firstDataRow - 1; // the same header again: the table goes on
            continue;
        }
        layout.tables.last().lastDataRow = row - 1;
        layout.tables.append(next);
        row = next.firstDataRow - 1;
    }
    return layout;
}

ColumnMapping LayoutGuesser::guess(const SheetTable &table)
{
    const SheetLayout found = layout(table);
    // Nothing looks like a header: the first row is taken as one, and the user sets the roles.
    return found.tables.isEmpty() ? mappingAt(table, 1) : found.tables.first();
}

} // namespace Tepat
