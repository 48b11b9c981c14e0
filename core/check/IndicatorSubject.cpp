#include "IndicatorSubject.h"

namespace Tepat {

IndicatorSubject::IndicatorSubject(const Indicator &indicator, Tier tier, QList<int> years)
    : m_indicator(&indicator)
    , m_tier(tier)
    , m_years(std::move(years))
    , m_iku(indicator.iku)
{}

void IndicatorSubject::setFieldsPresent(bool satuan, bool target, bool rumus, bool sumberData)
{
    m_hasSatuan = satuan;
    m_hasTarget = target;
    m_hasRumus = rumus;
    m_hasSumberData = sumberData;
}

const QStringList &IndicatorSubject::words() const
{
    if (m_words)
        return *m_words;
    QStringList words;
    const QString text = m_indicator->text.toLower();
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool innerHyphen = c == QLatin1Char('-') && !current.isEmpty() && i + 1 < text.size()
            && text[i + 1].isLetterOrNumber();
        if (c.isLetterOrNumber() || innerHyphen) {
            current.append(c);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    m_words = std::move(words);
    return *m_words;
}

} // namespace Tepat
