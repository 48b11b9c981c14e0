#include "sheet/LayoutGuesser.h"

#include "base/CoreResources.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Tepat {

namespace {

struct Phrase
{
    QString words;
    ColumnRole role;
};

// Longest first, so that the first phrase that matches is the most specific one.
const QList<Phrase> &phrases()
{
    static const QList<Phrase> list = [] {
        QList<Phrase> loaded;
        const QJsonObject roles
            = readCoreJson(u"import-headers.json").value(QStringLiteral("roles")).toObject();
        for (auto role = roles.begin(); role != roles.end(); ++role) {
            const std::optional<ColumnRole> parsed = ColumnMapping::roleFromKey(role.key());
            Q_ASSERT_X(parsed, "LayoutGuesser", "unknown role in import-headers.json");
            for (const QJsonValue &words : role.value().toArray())
                loaded.append({words.toString(), parsed.value_or(ColumnRole::Ignore)});
        }
        std::stable_sort(loaded.begin(), loaded.end(), [](const Phrase &a, const Phrase &b) {
            return a.words.size() > b.words.size();
        });
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

bool isColumnNumber(QStringView text, int expected)
{
    QString digits = text.trimmed().toString();
    if (digits.startsWith(u'(') && digits.endsWith(u')'))
        digits = digits.mid(1, digits.size() - 2);
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok && value == expected;
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

} // namespace

std::pair<ColumnRole, int> LayoutGuesser::roleOf(QStringView header)
{
    int year = 0;
    const QString words = normalised(header, &year);
    if (words.isEmpty())
        return {ColumnRole::Ignore, year};
    for (const Phrase &phrase : phrases()) {
        if (words == phrase.words
            || (words.startsWith(phrase.words) && words.at(phrase.words.size()) == u' ')) {
            return {phrase.role, year};
        }
    }
    return {ColumnRole::Ignore, year};
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

ColumnMapping LayoutGuesser::guess(const SheetTable &table)
{
    ColumnMapping mapping;
    const int lastCandidate = std::min(table.rowCount(), 40);
    int bestScore = 0;
    for (int row = 1; row <= lastCandidate; ++row) {
        QList<ColumnRole> roles;
        for (int column = 1; column <= table.columnCount(); ++column) {
            const ColumnRole role = roleOf(headerText(table, row, column)).first;
            if (role != ColumnRole::Ignore && role != ColumnRole::Nomor && !roles.contains(role))
                roles.append(role);
        }
        const auto score = int(roles.size());
        if (score > bestScore) {
            bestScore = score;
            mapping.headerTop = row;
        }
    }
    if (mapping.headerTop == 0)
        mapping.headerTop = 1; // nothing looks like a header: the user sets the roles by hand

    // The rows under the header row that still belong to it.
    mapping.headerBottom = mapping.headerTop;
    while (mapping.headerBottom - mapping.headerTop < 2
           && mapping.headerBottom < table.rowCount()) {
        const int next = mapping.headerBottom + 1;
        bool mergedDown = false;
        bool onlyHeaderWords = true;
        bool anything = false;
        for (int column = 1; column <= table.columnCount(); ++column) {
            const std::optional<SheetTable::Range> range = table.mergedAt(next, column);
            if (range && range->top < next && range->top >= mapping.headerTop)
                mergedDown = true;
            const QString text = headerText(table, next, column);
            if (text.isEmpty() || (range && range->top < next))
                continue;
            anything = true;
            int year = 0;
            const QString words = normalised(text, &year);
            const bool yearOnly = words.isEmpty() && year > 0;
            if (!yearOnly && roleOf(text).first == ColumnRole::Ignore)
                onlyHeaderWords = false;
        }
        if (!(anything && onlyHeaderWords) && !(mergedDown && onlyHeaderWords))
            break;
        mapping.headerBottom = next;
    }

    // A row of column numbers "1 2 3 …" or "(1) (2) (3)", as government tables print.
    mapping.firstDataRow = mapping.headerBottom + 1;
    {
        int expected = 1;
        bool numbers = true;
        for (int column = 1; column <= table.columnCount(); ++column) {
            const QString text = table.text(mapping.firstDataRow, column);
            if (text.isEmpty())
                continue;
            if (!isColumnNumber(text, expected++)) {
                numbers = false;
                break;
            }
        }
        if (numbers && expected > 3)
            ++mapping.firstDataRow;
    }

    for (int column = 1; column <= table.columnCount(); ++column) {
        ColumnMapping::Column entry;
        entry.column = column;
        QStringList parts;
        for (int row = mapping.headerTop; row <= mapping.headerBottom; ++row) {
            const QString text = headerText(table, row, column);
            if (!text.isEmpty() && (parts.isEmpty() || parts.last() != text))
                parts.append(text);
        }
        entry.header = parts.join(QStringLiteral(" / "));
        for (auto part = parts.crbegin(); part != parts.crend(); ++part) {
            const auto [role, year] = roleOf(*part);
            if (entry.role == ColumnRole::Ignore)
                entry.role = role;
            if (entry.year == 0)
                entry.year = year;
        }
        if (!ColumnMapping::hasYear(entry.role))
            entry.year = 0;
        mapping.columns.append(entry);
    }
    mapping.signature = signature(table, mapping.headerTop, mapping.headerBottom);
    return mapping;
}

} // namespace Tepat
