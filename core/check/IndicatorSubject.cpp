#include "check/IndicatorSubject.h"

namespace Tepat {

IndicatorSubject::IndicatorSubject(const Indicator &indicator, Tier tier, QList<int> years)
    : m_indicator(&indicator)
    , m_tier(tier)
    , m_years(std::move(years))
    , m_iku(indicator.iku)
{}

void IndicatorSubject::setFieldsPresent(
    bool satuan, bool target, bool rumus, bool sumberData, bool polaritas)
{
    m_hasSatuan = satuan;
    m_hasTarget = target;
    m_hasRumus = rumus;
    m_hasSumberData = sumberData;
    m_hasPolaritas = polaritas;
}

namespace {

// Lower case one character at a time, with a quick path for ASCII: indicator texts are mostly
// ASCII, and QString::toLower costs more than the whole rest of a wording check.
QString lowered(QStringView word)
{
    QString result(word.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (QChar c : word) {
        const char16_t unit = c.unicode();
        *out++ = unit < 0x80 ? QChar(unit >= u'A' && unit <= u'Z' ? unit + 32 : unit) : c.toLower();
    }
    return result;
}

bool isWordCharacter(char16_t unit)
{
    if (unit < 0x80) {
        return (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z')
            || (unit >= u'0' && unit <= u'9');
    }
    return QChar::isLetterOrNumber(unit);
}

} // namespace

const QStringList &IndicatorSubject::words() const
{
    if (m_words)
        return *m_words;
    QStringList words;
    words.reserve(16);
    const QStringView text = m_indicator->text;
    const qsizetype size = text.size();
    const char16_t *units = text.utf16();
    qsizetype start = -1;
    // Tables write "% Kolaborasi …" for "Persentase kolaborasi …": a leading "%" is a word.
    qsizetype i = 0;
    if (text.trimmed().startsWith(u'%')) {
        words.append(QStringLiteral("%"));
        i = text.indexOf(u'%') + 1;
    }
    for (; i <= size; ++i) {
        const char16_t unit = i < size ? units[i] : u' ';
        const bool innerHyphen
            = unit == u'-' && start >= 0 && i + 1 < size && isWordCharacter(units[i + 1]);
        if (isWordCharacter(unit) || innerHyphen) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            words.append(lowered(text.mid(start, i - start)));
            start = -1;
        }
    }
    m_words = std::move(words);
    return *m_words;
}

} // namespace Tepat
