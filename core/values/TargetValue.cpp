#include "values/TargetValue.h"

#include "base/CoreResources.h"
#include "values/IndonesianNumber.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>
#include <utility>

namespace Tepat {

namespace {

using BoundOp = TargetValue::BoundOp;

// The vocabulary of target cells, from core/data/target-words.json. Tokens are kept longest
// first so that "<=" wins over "<" and "sampai dengan" over "sampai".
struct TargetWords
{
    QStringList vagueGradeWords; // case-folded
    QStringList rangeSeparators;
    QList<std::pair<QString, BoundOp>> boundTokens;
    QHash<QString, int> magnitudes;       // case-folded word → power of ten: "juta" → 6
    QHash<QString, int> rupiahMagnitudes; // the words plus "T", "M", "jt", only after "Rp"
};

void sortLongestFirst(QStringList &tokens)
{
    std::stable_sort(tokens.begin(), tokens.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
}

TargetWords loadTargetWords()
{
    const QJsonObject root = readCoreJson(u"target-words.json");
    TargetWords words;
    const QJsonArray vague = root.value(u"vagueGradeWords").toObject().value(u"words").toArray();
    for (const QJsonValue &word : vague)
        words.vagueGradeWords.append(word.toString().toCaseFolded());
    for (const QJsonValue &separator : root.value(u"rangeSeparators").toArray())
        words.rangeSeparators.append(separator.toString());
    sortLongestFirst(words.rangeSeparators);

    const QJsonObject bounds = root.value(u"bounds").toObject();
    const std::pair<QLatin1String, BoundOp> keys[] = {
        {QLatin1String("less"), BoundOp::Less},
        {QLatin1String("lessOrEqual"), BoundOp::LessOrEqual},
        {QLatin1String("greater"), BoundOp::Greater},
        {QLatin1String("greaterOrEqual"), BoundOp::GreaterOrEqual},
    };
    for (const auto &[key, op] : keys) {
        for (const QJsonValue &token : bounds.value(key).toArray())
            words.boundTokens.append({token.toString(), op});
    }
    const QJsonObject magnitudes = root.value(u"magnitudes").toObject();
    const QJsonObject magnitudeWords = magnitudes.value(u"words").toObject();
    for (auto it = magnitudeWords.begin(); it != magnitudeWords.end(); ++it)
        words.magnitudes.insert(it.key().toCaseFolded(), it.value().toInt());
    words.rupiahMagnitudes = words.magnitudes;
    const QJsonObject abbreviations = magnitudes.value(u"rupiahAbbreviations").toObject();
    for (auto it = abbreviations.begin(); it != abbreviations.end(); ++it)
        words.rupiahMagnitudes.insert(it.key().toCaseFolded(), it.value().toInt());

    std::stable_sort(words.boundTokens.begin(),
                     words.boundTokens.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return words;
}

const TargetWords &targetWords()
{
    static const TargetWords words = loadTargetWords();
    return words;
}

const QString rupiah = QStringLiteral("Rp");

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2212';
}

// "", "-", "—", "--", "NA", "N/A": the cell says there is no target.
bool isEmptyMarker(QStringView text)
{
    if (std::all_of(text.begin(), text.end(), isDash))
        return true;
    return text.compare(u"NA", Qt::CaseInsensitive) == 0
        || text.compare(u"N/A", Qt::CaseInsensitive) == 0
        || text.compare(u"n.a.", Qt::CaseInsensitive) == 0;
}

// "1,7*": a number with a footnote mark, which the document explains below the table. The mark
// is kept as the qualifier, so the cell reads "1,7 (*)" and back.
std::pair<QStringView, QString> splitFootnote(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u'*')
        --end;
    if (end == text.size() || end == 0 || !text[end - 1].isDigit())
        return {text, {}};
    return {text.left(end).trimmed(), text.mid(end).toString()};
}

// A word token such as "sd" or "min" must not be the start or end of a longer word.
bool matchesTokenAt(QStringView text, qsizetype at, const QString &token)
{
    if (!text.mid(at).startsWith(token, Qt::CaseInsensitive))
        return false;
    if (token.front().isLetter() && at > 0 && text[at - 1].isLetter())
        return false;
    const qsizetype after = at + token.size();
    return !(token.back().isLetter() && after < text.size() && text[after].isLetter());
}

// A unit names what is counted: "%", "Jam", "unit kerja", "m2". Digits elsewhere mean the words
// are a sentence ("dari 12 desa"), not a unit.
bool isUnit(QStringView unit)
{
    if (unit.isEmpty() || !(unit.front().isLetter() || unit.front() == u'%'))
        return false;
    for (qsizetype i = 0; i < unit.size(); ++i) {
        const QChar c = unit[i];
        const bool squareOrCubic
            = i == unit.size() - 1 && (c == u'2' || c == u'3') && unit[i - 1].isLetter();
        if (c.isDigit() && !squareOrCubic)
            return false;
        if (c == u'<' || c == u'>' || c == u'=' || c == u'\u2264' || c == u'\u2265')
            return false;
    }
    return true;
}

bool isNumberChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'.' || c == u',' || c == u'-' || c == u'\u2212'
        || c.isSpace();
}

struct Quantity
{
    Decimal number;
    QString unit;
};

// The first word of text and the rest, split at the first space.
std::pair<QStringView, QStringView> firstWord(QStringView text)
{
    const auto space = std::find_if(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
    const qsizetype at = space - text.begin();
    return {text.left(at), text.mid(at).trimmed()};
}

// Multiplies by 10^exponent for "juta" or "T", unless the result would have more digits than
// IndonesianNumber reads back, which would break the display round trip.
std::optional<Decimal> magnified(const Decimal &value, int exponent)
{
    constexpr qint64 digitLimit = 1'000'000'000'000'000'000; // 10^Decimal::maxDigits
    qint64 factor = 1;
    for (int i = 0; i < exponent; ++i)
        factor *= 10;
    if (value.abs() >= Decimal::fromInt(digitLimit / factor))
        return std::nullopt;
    return value.multiplied(Decimal::fromInt(factor));
}

// A number with an optional unit: "85", "85%", "2.500 unit", "Rp 1.250.000", and with a
// magnitude word: "Rp 70 T", "2,2 juta orang".
// "64.64999999999999": what a program writes for 64,65 held as a binary float, with more
// decimals than anyone types. Read as the decimal it stands for, rounded to the decimals a
// Decimal keeps.
std::optional<Decimal> floatArtefact(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,9})[.,](\\d{10,17})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QStringView fraction = match.capturedView(3);
    std::optional<Decimal> kept = Decimal::fromParts(
        !match.capturedView(1).isEmpty(), match.capturedView(2), fraction.left(Decimal::maxScale));
    if (!kept)
        return std::nullopt;
    if (fraction[Decimal::maxScale] >= u'5') {
        static const Decimal last
            = *Decimal::fromParts(false, u"0", QString(Decimal::maxScale - 1, u'0') + u'1');
        kept = kept->isNegative() ? *kept - last : *kept + last;
    }
    return kept;
}

std::optional<Quantity> parseQuantity(QStringView text)
{
    const TargetWords &words = targetWords();
    text = text.trimmed();
    QStringView unsignedText = text;
    if (unsignedText.startsWith(u'-') || unsignedText.startsWith(u'\u2212'))
        unsignedText = unsignedText.mid(1);
    if (unsignedText.startsWith(rupiah, Qt::CaseInsensitive)
        && (unsignedText.size() == 2 || !unsignedText[2].isLetter())) {
        int exponent = 0;
        const auto lastSpace
            = std::find_if(text.rbegin(), text.rend(), [](QChar c) { return c.isSpace(); });
        const qsizetype wordStart = text.rend() - lastSpace;
        const QString lastWord = text.mid(wordStart).toString().toCaseFolded();
        if (wordStart > 0 && words.rupiahMagnitudes.contains(lastWord)) {
            exponent = words.rupiahMagnitudes.value(lastWord);
            text = text.left(wordStart);
        }
        const Result<Decimal> amount = IndonesianNumber::parse(text);
        if (!amount)
            return std::nullopt;
        const auto value = magnified(*amount, exponent);
        if (!value)
            return std::nullopt;
        return Quantity {*value, rupiah};
    }

    const auto unitStart = std::find_if_not(text.begin(), text.end(), isNumberChar);
    const QStringView numberText = text.left(unitStart - text.begin()).trimmed();
    QStringView unitText = text.mid(unitStart - text.begin()).trimmed();
    int exponent = 0;
    if (const auto [word, rest] = firstWord(unitText);
        words.magnitudes.contains(word.toString().toCaseFolded())) {
        exponent = words.magnitudes.value(word.toString().toCaseFolded());
        unitText = rest;
    }
    // "1 juta juta" would print as "1.000.000 juta" and read back as another value.
    if (words.magnitudes.contains(firstWord(unitText).first.toString().toCaseFolded()))
        return std::nullopt;
    if (numberText.isEmpty() || (!unitText.isEmpty() && !isUnit(unitText)))
        return std::nullopt;
    Result<Decimal> number = IndonesianNumber::parse(numberText);
    if (!number) {
        const std::optional<Decimal> written = floatArtefact(numberText);
        if (!written)
            return std::nullopt;
        number = *written;
    }
    const auto value = magnified(*number, exponent);
    if (!value)
        return std::nullopt;
    return Quantity {*value, unitText.toString().simplified()};
}

std::optional<std::pair<BoundOp, Quantity>> parseBound(QStringView text)
{
    for (const auto &[token, op] : targetWords().boundTokens) {
        if (!matchesTokenAt(text, 0, token))
            continue;
        if (const auto quantity = parseQuantity(text.mid(token.size())))
            return std::pair {op, *quantity};
        return std::nullopt;
    }
    return std::nullopt;
}

struct Range
{
    Decimal low;
    Decimal high;
    QString unit;
};

// "70 - 85", "12,5-11,8", "70 s.d. 85 %". Every separator position is tried, because a hyphen
// may also be a minus sign ("-5 - -3").
std::optional<Range> parseRange(QStringView text)
{
    for (qsizetype at = 1; at < text.size(); ++at) {
        for (const QString &separator : targetWords().rangeSeparators) {
            if (!matchesTokenAt(text, at, separator))
                continue;
            const auto low = parseQuantity(text.left(at));
            const auto high = parseQuantity(text.mid(at + separator.size()));
            if (!low || !high)
                continue;
            if (!low->unit.isEmpty() && !high->unit.isEmpty() && low->unit != high->unit)
                continue;
            const QString unit = low->unit.isEmpty() ? high->unit : low->unit;
            // The display puts the unit last, where "(…)" would read back as the qualifier.
            if (unit.endsWith(u')'))
                continue;
            // A band has no direction: "12,5-11,8" and "11,8-12,5" are the same target.
            return Range {
                std::min(low->number, high->number), std::max(low->number, high->number), unit};
        }
    }
    return std::nullopt;
}

// Splits "45,2 % (Perdesaan)" into "45,2 %" and "Perdesaan". Nested parentheses stay in the
// qualifier; a cell that is only a parenthesis has no value to qualify and stays whole.
std::pair<QStringView, QString> splitQualifier(QStringView text)
{
    if (!text.endsWith(u')'))
        return {text, {}};
    int depth = 0;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text[i] == u')') {
            ++depth;
        } else if (text[i] == u'(' && --depth == 0) {
            const QStringView rest = text.left(i).trimmed();
            const QString qualifier = text.mid(i + 1, text.size() - i - 2).toString().simplified();
            // An empty "()" would vanish from the display and the text would read back shorter.
            if (rest.isEmpty() || qualifier.isEmpty())
                return {text, {}};
            return {rest, qualifier};
        }
    }
    return {text, {}};
}

// "Rp" goes in front, every other unit behind: "Rp 1.250.000", "85 %".
QString withUnit(const QString &number, const QString &unit)
{
    if (unit.isEmpty())
        return number;
    if (unit == rupiah)
        return unit + u' ' + number;
    return number + u' ' + unit;
}

// The sign goes before "Rp", as IndonesianNumber::formatRupiah() writes it.
QString quantityText(const Decimal &number, const QString &unit)
{
    if (unit == rupiah && number.isNegative())
        return u'-' + withUnit(IndonesianNumber::format(number.abs()), unit);
    return withUnit(IndonesianNumber::format(number), unit);
}

QString boundSymbol(BoundOp op)
{
    switch (op) {
    case BoundOp::Less:
        return QStringLiteral("<");
    case BoundOp::LessOrEqual:
        return QStringLiteral("\u2264");
    case BoundOp::Greater:
        return QStringLiteral(">");
    case BoundOp::GreaterOrEqual:
        return QStringLiteral("\u2265");
    }
    return {};
}

} // namespace

TargetValue TargetValue::parse(QStringView cell)
{
    TargetValue value;
    const QStringView trimmed = cell.trimmed();
    if (isEmptyMarker(trimmed))
        return value;
    auto [rest, qualifier] = splitQualifier(trimmed);
    // "- (Perdesaan)" still has no target; a qualifier without a value would not survive display.
    if (isEmptyMarker(rest))
        return value;
    if (qualifier.isEmpty())
        std::tie(rest, qualifier) = splitFootnote(rest);
    value.m_qualifier = qualifier;

    if (const auto quantity = parseQuantity(rest)) {
        value.m_kind = Kind::Number;
        value.m_number = quantity->number;
        value.m_unit = quantity->unit;
    } else if (const auto bound = parseBound(rest)) {
        value.m_kind = Kind::Bound;
        value.m_boundOp = bound->first;
        value.m_number = bound->second.number;
        value.m_unit = bound->second.unit;
    } else if (const auto range = parseRange(rest)) {
        value.m_kind = Kind::Range;
        value.m_number = range->low;
        value.m_high = range->high;
        value.m_unit = range->unit;
    } else if (const auto grade = GradeScale::recognise(rest);
               grade && !targetWords().vagueGradeWords.contains(rest.toString().toCaseFolded())) {
        // "Baik" is an SPBE predikat, but alone in a target cell it is the vague word target
        // the checker must flag; "Sangat Baik", "WTP" or "BB" only ever name a grade.
        value.m_kind = Kind::Grade;
        value.m_grade = *grade;
    } else {
        value.m_kind = Kind::Text;
        value.m_text = rest.toString().simplified();
    }
    return value;
}

TargetValue TargetValue::fromNumber(const Decimal &value, const QString &unit)
{
    TargetValue result;
    result.m_kind = Kind::Number;
    result.m_number = value;
    result.m_unit = unit;
    return result;
}

TargetValue TargetValue::fromGrade(const GradeScale::Grade &grade)
{
    TargetValue result;
    result.m_kind = Kind::Grade;
    result.m_grade = grade;
    return result;
}

QString TargetValue::toString() const
{
    QString body;
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Number:
        body = quantityText(m_number, m_unit);
        break;
    case Kind::Range:
        body = withUnit(IndonesianNumber::format(m_number) + QStringLiteral(" - ")
                            + IndonesianNumber::format(m_high),
                        m_unit);
        break;
    case Kind::Bound:
        body = boundSymbol(m_boundOp) + u' ' + quantityText(m_number, m_unit);
        break;
    case Kind::Grade:
        body = m_grade.label;
        break;
    case Kind::Text:
        body = m_text;
        break;
    }
    if (!m_qualifier.isEmpty())
        body += QStringLiteral(" (") + m_qualifier + u')';
    return body;
}

bool TargetValue::isMeasurable() const
{
    return m_kind == Kind::Number || m_kind == Kind::Range || m_kind == Kind::Bound
        || m_kind == Kind::Grade;
}

std::optional<Decimal> TargetValue::comparableNumber() const
{
    if (m_kind == Kind::Number || m_kind == Kind::Bound)
        return m_number;
    return std::nullopt;
}

} // namespace Tepat
