#include "values/IndonesianNumber.h"

#include <QList>

namespace Tepat {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSeparator(QChar c)
{
    return c == u'.' || c == u',';
}

// Sheets copied from Word or a PDF carry the typographic minus sign as often as the hyphen.
bool isMinus(QChar c)
{
    return c == u'-' || c == u'\u2212';
}

QString position(qsizetype index)
{
    return QString::number(index + 1);
}

// Reads one number; positions in messages are 1-based indexes into the text as given, so
// that the user can find the character even when the text has leading spaces.
class NumberReader
{
public:
    explicit NumberReader(QStringView text)
        : m_text(text)
    {}

    Result<Decimal> read();

private:
    Error error(const QString &why) const
    {
        const QString message
            = IndonesianNumber::tr("\"%1\" is not a number: %2").arg(m_text.toString(), why);
        return Error(Error::Code::Parse, message);
    }

    std::optional<Error> readAffixes();
    std::optional<Error> scanDigits();
    void chooseSeparators();
    bool isThousandsGroup(qsizetype dot) const;
    bool hasEnglishGroups() const;
    std::optional<Error> checkFraction(qsizetype decimalAt) const;
    std::optional<Error> checkGroups(qsizetype intEnd) const;
    Result<Decimal> toDecimal(qsizetype decimalAt) const;

    QStringView m_text;
    qsizetype m_begin = 0; // the digits and separators lie in [m_begin, m_end)
    qsizetype m_end = 0;
    bool m_negative = false;
    QList<qsizetype> m_dots;
    QList<qsizetype> m_commas;
    QChar m_group;   // null when the number has no thousands separator
    QChar m_decimal; // null when the number has no decimals
};

Result<Decimal> NumberReader::read()
{
    if (auto problem = readAffixes())
        return fail(*problem);
    if (auto problem = scanDigits())
        return fail(*problem);
    chooseSeparators();
    const qsizetype decimalAt = m_decimal.isNull() ? -1 : m_text.indexOf(m_decimal, m_begin);
    if (auto problem = checkFraction(decimalAt))
        return fail(*problem);
    if (auto problem = checkGroups(decimalAt >= 0 ? decimalAt : m_end))
        return fail(*problem);
    return toDecimal(decimalAt);
}

// Spaces, the sign, "Rp", "%" and the ",-" of whole rupiah: everything around the digits.
std::optional<Error> NumberReader::readAffixes()
{
    m_end = m_text.size();
    while (m_begin < m_end && m_text[m_begin].isSpace())
        ++m_begin;
    while (m_end > m_begin && m_text[m_end - 1].isSpace())
        --m_end;
    if (m_begin == m_end)
        return error(IndonesianNumber::tr("it is empty."));

    // The sign may stand before or after the currency: "-Rp 5.000" and "Rp -5.000" both occur.
    bool rupiah = false;
    for (;;) {
        if (m_begin < m_end && isMinus(m_text[m_begin])) {
            if (m_negative) {
                return error(IndonesianNumber::tr("there is a second minus sign at position %1.")
                                 .arg(position(m_begin)));
            }
            m_negative = true;
            ++m_begin;
            if (m_begin < m_end && m_text[m_begin].isSpace()) {
                return error(IndonesianNumber::tr("a space follows the minus sign at position %1.")
                                 .arg(position(m_begin - 1)));
            }
            continue;
        }
        if (!rupiah && m_text.mid(m_begin, 2).compare(u"Rp", Qt::CaseInsensitive) == 0) {
            rupiah = true;
            m_begin += 2;
            if (m_begin < m_end && m_text[m_begin] == u'.')
                ++m_begin;
            while (m_begin < m_end && m_text[m_begin].isSpace())
                ++m_begin;
            continue;
        }
        break;
    }

    bool percent = false;
    if (m_end > m_begin && m_text[m_end - 1] == u'%') {
        percent = true;
        --m_end;
        while (m_end > m_begin && m_text[m_end - 1].isSpace())
            --m_end;
    }
    if (percent && rupiah) {
        return error(
            IndonesianNumber::tr("it cannot be both an amount in rupiah and a percentage."));
    }
    // "150.000,-" marks a whole amount of rupiah; the dash adds nothing to the value.
    if (m_end - m_begin >= 3 && isMinus(m_text[m_end - 1]) && isSeparator(m_text[m_end - 2])
        && isDigit(m_text[m_end - 3])) {
        m_end -= 2;
    }
    if (m_begin == m_end) {
        if (rupiah)
            return error(IndonesianNumber::tr("no digits follow \"Rp\"."));
        if (m_negative)
            return error(IndonesianNumber::tr("no digits follow the minus sign."));
        return error(IndonesianNumber::tr("there are no digits before \"%\"."));
    }
    return std::nullopt;
}

std::optional<Error> NumberReader::scanDigits()
{
    for (qsizetype i = m_begin; i < m_end; ++i) {
        const QChar c = m_text[i];
        if (isDigit(c))
            continue;
        if (isSeparator(c)) {
            if (i == m_begin) {
                return error(IndonesianNumber::tr("a digit must come before \"%1\" at position %2.")
                                 .arg(QString(c), position(i)));
            }
            if (isSeparator(m_text[i - 1])) {
                return error(
                    IndonesianNumber::tr("there are two separators in a row at position %1.")
                        .arg(position(i - 1)));
            }
            if (i == m_end - 1) {
                return error(IndonesianNumber::tr("no digits follow \"%1\" at position %2.")
                                 .arg(QString(c), position(i)));
            }
            (c == u'.' ? m_dots : m_commas).append(i);
            continue;
        }
        if (isMinus(c)) {
            return error(
                IndonesianNumber::tr("the minus sign at position %1 must come before the digits.")
                    .arg(position(i)));
        }
        if (c.isSpace()) {
            return error(IndonesianNumber::tr("there is a space inside the number at position %1.")
                             .arg(position(i)));
        }
        return error(IndonesianNumber::tr("expected digits but found \"%1\" at position %2.")
                         .arg(QString(c), position(i)));
    }
    return std::nullopt;
}

// Which separator is the decimal one. Indonesian uses a comma and groups thousands with dots,
// but sheets also come from English software, so:
//  - both kinds present: the kind that comes first groups thousands ("1.250.000,75" is
//    Indonesian, "1,250,000.50" English);
//  - dots only: several dots group thousands; a single dot does too when it is followed by
//    exactly 3 digits and preceded by 1-3 digits not starting with 0 ("1.250" is 1250, the
//    Indonesian reading); otherwise it is a decimal point ("75.5", "3.14159", "0.500");
//  - commas only: several commas each followed by exactly 3 digits group thousands
//    ("1,250,000"), since Indonesian cannot have several decimal commas; otherwise the comma is
//    a decimal comma ("75,5", and "1,250" is 1,25).
void NumberReader::chooseSeparators()
{
    if (!m_dots.isEmpty() && !m_commas.isEmpty()) {
        const bool indonesian = m_dots.first() < m_commas.first();
        m_group = indonesian ? u'.' : u',';
        m_decimal = indonesian ? u',' : u'.';
    } else if (!m_dots.isEmpty()) {
        if (m_dots.size() == 1 && !isThousandsGroup(m_dots.first()))
            m_decimal = u'.';
        else
            m_group = u'.';
    } else if (!m_commas.isEmpty()) {
        if (hasEnglishGroups())
            m_group = u',';
        else
            m_decimal = u',';
    }
}

bool NumberReader::isThousandsGroup(qsizetype dot) const
{
    const qsizetype before = dot - m_begin;
    return before >= 1 && before <= 3 && m_text[m_begin] != u'0' && m_end - dot - 1 == 3;
}

bool NumberReader::hasEnglishGroups() const
{
    if (m_commas.size() < 2 || m_commas.first() - m_begin > 3)
        return false;
    for (qsizetype i = 0; i < m_commas.size(); ++i) {
        const qsizetype next = i + 1 < m_commas.size() ? m_commas[i + 1] : m_end;
        if (next - m_commas[i] - 1 != 3)
            return false;
    }
    return true;
}

std::optional<Error> NumberReader::checkFraction(qsizetype decimalAt) const
{
    if (decimalAt < 0)
        return std::nullopt;
    for (qsizetype i = decimalAt + 1; i < m_end; ++i) {
        const QChar c = m_text[i];
        if (c == m_decimal) {
            const QString why = m_decimal == u','
                ? IndonesianNumber::tr(
                    "it has more than one decimal comma (the second at position %1).")
                : IndonesianNumber::tr(
                    "it has more than one decimal point (the second at position %1).");
            return error(why.arg(position(i)));
        }
        if (c == m_group) {
            const QString why = m_group == u'.'
                ? IndonesianNumber::tr(
                    "the thousands dot at position %1 comes after the decimal comma.")
                : IndonesianNumber::tr(
                    "the thousands comma at position %1 comes after the decimal point.");
            return error(why.arg(position(i)));
        }
    }
    return std::nullopt;
}

std::optional<Error> NumberReader::checkGroups(qsizetype intEnd) const
{
    if (m_group.isNull())
        return std::nullopt;
    qsizetype start = m_begin;
    bool first = true;
    while (start < intEnd) {
        qsizetype stop = m_text.indexOf(m_group, start);
        if (stop < 0 || stop > intEnd)
            stop = intEnd;
        const QString digits = m_text.mid(start, stop - start).toString();
        if (first && digits.size() > 3) {
            const QString why = m_group == u'.'
                ? IndonesianNumber::tr("the group \"%1\" before the first thousands dot has more "
                                       "than 3 digits (position %2).")
                : IndonesianNumber::tr("the group \"%1\" before the first thousands comma has more "
                                       "than 3 digits (position %2).");
            return error(why.arg(digits, position(start)));
        }
        if (!first && digits.size() != 3) {
            const QString why = m_group == u'.'
                ? IndonesianNumber::tr("the group \"%1\" after a thousands dot must have 3 digits "
                                       "(position %2).")
                : IndonesianNumber::tr("the group \"%1\" after a thousands comma must have 3 "
                                       "digits (position %2).");
            return error(why.arg(digits, position(start)));
        }
        first = false;
        start = stop + 1;
    }
    return std::nullopt;
}

Result<Decimal> NumberReader::toDecimal(qsizetype decimalAt) const
{
    const qsizetype intEnd = decimalAt >= 0 ? decimalAt : m_end;
    QString integer = m_text.mid(m_begin, intEnd - m_begin).toString();
    if (!m_group.isNull())
        integer.remove(m_group);
    const QStringView fraction
        = decimalAt >= 0 ? m_text.mid(decimalAt + 1, m_end - decimalAt - 1) : QStringView();
    if (const auto value = Decimal::fromParts(m_negative, integer, fraction))
        return *value;

    qsizetype decimals = fraction.size();
    while (decimals > 0 && fraction[decimals - 1] == u'0')
        --decimals;
    if (decimals > Decimal::maxScale) {
        return fail(error(IndonesianNumber::tr("it has %1 decimals; Tepat keeps at most %2.")
                              .arg(QString::number(decimals), QString::number(Decimal::maxScale))));
    }
    return fail(error(IndonesianNumber::tr("it has more than %1 significant digits, too many to "
                                           "keep exactly.")
                          .arg(QString::number(Decimal::maxDigits))));
}

} // namespace

Result<Decimal> IndonesianNumber::parse(QStringView text)
{
    return NumberReader(text).read();
}

QString IndonesianNumber::format(const Decimal &value, int minDecimals, int maxDecimals)
{
    Q_ASSERT(minDecimals >= 0);
    Q_ASSERT(maxDecimals < 0 || minDecimals <= maxDecimals);
    const Decimal shown = maxDecimals >= 0 ? value.rounded(maxDecimals) : value;
    const QString canonical = shown.abs().toCanonical();
    const qsizetype point = canonical.indexOf(u'.');
    const QStringView integer
        = point < 0 ? QStringView(canonical) : QStringView(canonical).left(point);
    const QStringView fraction = point < 0 ? QStringView() : QStringView(canonical).mid(point + 1);
    const qsizetype padding = qMax<qsizetype>(0, minDecimals - fraction.size());

    // Built in place: the checker formats a number for every target it quotes in a finding.
    QString result;
    result.reserve(2 + integer.size() * 4 / 3 + fraction.size() + padding);
    if (shown.isNegative())
        result.append(u'-');
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            result.append(u'.');
        result.append(integer[i]);
    }
    if (!fraction.isEmpty() || padding > 0) {
        result.append(u',');
        result.append(fraction);
        for (qsizetype i = 0; i < padding; ++i)
            result.append(u'0');
    }
    return result;
}

QString IndonesianNumber::formatRupiah(const Decimal &value, RupiahStyle style, bool withCents)
{
    const int decimals = withCents ? 2 : 0;
    const Decimal shown = value.rounded(decimals);
    QString prefix;
    switch (style) {
    case RupiahStyle::Puebi:
        prefix = QStringLiteral("Rp");
        break;
    case RupiahStyle::Spaced:
        prefix = QStringLiteral("Rp ");
        break;
    case RupiahStyle::Dotted:
        prefix = QStringLiteral("Rp. ");
        break;
    }
    // The sign goes in front of "Rp" so that the amount itself stays one unbroken group.
    const QString sign = shown.isNegative() ? QStringLiteral("-") : QString();
    return sign + prefix + format(shown.abs(), decimals, decimals);
}

QString IndonesianNumber::formatPercent(const Decimal &value)
{
    return format(value) + QStringLiteral(" %");
}

} // namespace Tepat
