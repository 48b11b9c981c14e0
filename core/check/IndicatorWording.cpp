#include "check/IndicatorWording.h"

#include "check/IndicatorSubject.h"

#include <memory>

namespace Tepat {

namespace {

using PhraseSet = WordingLexicon::PhraseSet;
using Kind = WordingLexicon::Kind;

const QString &yang()
{
    static const QString word = QStringLiteral("yang");
    return word;
}

QString capitalised(QString text)
{
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

IndicatorWording::IndicatorWording(const QString &text, const QStringList &words)
    : m_text(text)
{
    const WordingLexicon &lexicon = WordingLexicon::instance();
    m_words.reserve(words.size());
    for (const QString &word : words)
        m_words.append(&lexicon.word(word));

    m_masked.resize(m_words.size());
    std::fill(m_masked.begin(), m_masked.end(), false);
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const qsizetype length = lexicon.phraseAt(PhraseSet::Masked, m_words, i).length;
        for (qsizetype j = i; j < i + length; ++j)
            m_masked[j] = true;
        i += qMax<qsizetype>(length, 1) - 1;
    }
    for (qsizetype i = 0; i < m_words.size() && m_headAt < 0; ++i) {
        if (m_words[i].kind != Kind::Stop)
            m_headAt = i;
    }

    readMeasure(lexicon);
    readAbstractHead();
    readActivity(lexicon);
}

void IndicatorWording::readMeasure(const WordingLexicon &lexicon)
{
    // A measure word counts when something concrete follows it somewhere; the last concrete word
    // answers that for every word at once, so a text of many measure words stays linear.
    qsizetype lastConcrete = -1;
    for (qsizetype j = m_words.size() - 1; j >= 0 && lastConcrete < 0; --j) {
        if (isConcrete(j))
            lastConcrete = j;
    }
    for (qsizetype i = 0; i < m_words.size() && m_measureAt < 0; ++i) {
        if (isMasked(i))
            continue;
        if (lexicon.phraseAt(PhraseSet::NamedMeasure, m_words, i).length > 0) {
            m_measureAt = i;
            m_measureNamed = true;
        } else if (m_words[i].kind == Kind::Measure && lastConcrete > i) {
            m_measureAt = i;
        }
    }
}

void IndicatorWording::readAbstractHead()
{
    const qsizetype limit = m_measureAt >= 0 ? m_measureAt : m_words.size();
    for (qsizetype i = 0; i < limit && m_abstractAt < 0; ++i) {
        if (isMasked(i))
            continue;
        // "Desa yang menerapkan STBM" describes an object; its verb states no hope.
        if (m_words[i].spelling == yang())
            return;
        const Kind kind = m_words[i].kind;
        if (kind == Kind::Hope || kind == Kind::Change || kind == Kind::Quality)
            m_abstractAt = i;
    }
}

void IndicatorWording::readActivity(const WordingLexicon &lexicon)
{
    const qsizetype count = m_words.size();
    const auto activityAt = [&](qsizetype at) {
        if (at < 0 || at >= count || isMasked(at))
            return false;
        const WordingLexicon::Match match = lexicon.phraseAt(PhraseSet::Activity, m_words, at);
        if (match.length > 0) {
            m_activityAt = at;
            m_activityLength = match.length;
            m_activityEntry = match.entry;
        }
        return match.length > 0;
    };
    const auto nextContent = [&](qsizetype at) {
        while (at < count && m_words[at].kind == Kind::Stop)
            ++at;
        return at;
    };

    // What the measure counts, past the words that only carry it ("Jumlah peserta pelatihan"),
    // or the head of an indicator without a measure ("Sosialisasi perizinan").
    if (m_measureAt >= 0 && !m_measureNamed) {
        qsizetype counted = m_measureAt + 1;
        while (counted < count && !isMasked(counted)
               && (m_words[counted].kind == Kind::Stop || m_words[counted].kind == Kind::Measure
                   || lexicon.isCarrier(m_words[counted].spelling))) {
            ++counted;
        }
        activityAt(counted);
    } else if (m_measureAt < 0) {
        activityAt(m_headAt);
    }
    // Attendance counts the activity attended ("Jumlah ASN yang mengikuti diklat"), and some
    // verbs are the activity itself ("Jumlah kader kesehatan yang dilatih").
    for (qsizetype i = m_measureAt + 1; m_measureAt >= 0 && i < count && m_activityAt < 0; ++i) {
        if (lexicon.isParticipation(m_words[i].spelling)) {
            activityAt(nextContent(i + 1));
        } else if (const int entry = lexicon.activityVerb(m_words[i].spelling); entry >= 0) {
            m_activityAt = i;
            m_activityLength = 1;
            m_activityEntry = entry;
        }
    }
    // "Jumlah peserta pelatihan kerja yang ditempatkan" counts what the training achieved.
    for (qsizetype i = m_activityAt + 1; m_activityAt >= 0 && i < count; ++i) {
        if (lexicon.isResult(m_words[i].spelling)) {
            m_activityAt = -1;
            m_activityLength = 0;
            m_activityEntry = -1;
        }
    }
    // An activity reported done: "Terlaksananya sosialisasi", "Persentase terlaksananya …".
    for (qsizetype i = 0; i < count && m_activityAt < 0; ++i) {
        if (!m_words[i].completion || isMasked(i))
            continue;
        if (activityAt(i + 1)) {
            m_activityAt = i;
            ++m_activityLength;
        } else {
            m_activityAt = i;
            m_activityLength = 1;
        }
    }
}

const IndicatorWording &IndicatorWording::of(const IndicatorSubject &subject)
{
    // The wording rules and the polarity inference ask in turn about the same subject; reading
    // it once keeps the whole checker within a few microseconds per indicator.
    thread_local std::unique_ptr<IndicatorWording> last;
    const QString &text = subject.indicator().text;
    if (!last || last->m_text != text) {
        last.reset();
        WordingLexicon::instance().trimCache();
        last.reset(new IndicatorWording(text, subject.words()));
    }
    return *last;
}

bool IndicatorWording::isConcrete(qsizetype at) const
{
    if (isMasked(at))
        return true;
    switch (m_words[at].kind) {
    case Kind::Content:
    case Kind::Process:
    case Kind::State:
    case Kind::Quality: // "Nilai Akuntabilitas Kinerja", "Indeks Kualitas Air"
        return true;
    case Kind::Stop:
    case Kind::Measure:
    case Kind::Hope:
    case Kind::Change:
        return false;
    }
    return false;
}

IndicatorWording::Bare IndicatorWording::bare() const
{
    if (m_headAt < 0)
        return Bare::Object;
    switch (m_words[m_headAt].kind) {
    case Kind::Process:
        return Bare::Process;
    case Kind::State:
        return Bare::State;
    default:
        return Bare::Object;
    }
}

const QList<IndicatorWording::Span> &IndicatorWording::spans() const
{
    if (m_spans)
        return *m_spans;
    // The same split as IndicatorSubject::words(), on the text as typed.
    QList<Span> spans;
    qsizetype start = -1;
    qsizetype i = 0;
    if (m_text.trimmed().startsWith(u'%')) {
        i = m_text.indexOf(u'%') + 1;
        spans.append({i - 1, i});
    }
    for (; i <= m_text.size(); ++i) {
        const bool inWord = i < m_text.size()
            && (m_text[i].isLetterOrNumber()
                || (m_text[i] == QLatin1Char('-') && start >= 0 && i + 1 < m_text.size()
                    && m_text[i + 1].isLetterOrNumber()));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            spans.append({start, i});
            start = -1;
        }
    }
    m_spans = std::move(spans);
    return *m_spans;
}

QString IndicatorWording::written(qsizetype first, qsizetype count) const
{
    const QList<Span> &all = spans();
    const qsizetype last = first + count - 1;
    if (first < 0 || count <= 0 || last >= m_words.size())
        return {};
    if (all.size() != m_words.size()) {
        QStringList words;
        for (qsizetype i = first; i <= last; ++i)
            words.append(m_words[i].spelling);
        return words.join(QLatin1Char(' '));
    }
    return m_text.mid(all[first].start, all[last].end - all[first].start);
}

QString IndicatorWording::writtenFrom(qsizetype first) const
{
    if (first < 0 || first >= m_words.size())
        return {};
    if (spans().size() != m_words.size())
        return written(first, m_words.size() - first);
    // To the end of the text, so that a closing bracket stays: "… Manusia (IPM)".
    return m_text.mid(spans()[first].start).trimmed();
}

std::pair<qsizetype, qsizetype> IndicatorWording::objectAfter(qsizetype from) const
{
    const qsizetype count = m_words.size();
    qsizetype first = from;
    while (first < count && !isMasked(first)
           && (m_words[first].kind == Kind::Stop || m_words[first].kind == Kind::Quality
               || m_words[first].kind == Kind::Hope || m_words[first].kind == Kind::Change)) {
        ++first;
    }
    qsizetype end = first;
    while (end < count && m_words[end].spelling != yang())
        ++end;
    while (end > first && m_words[end - 1].kind == Kind::Stop)
        --end;
    return {first, end};
}

QString IndicatorWording::hintWithin(qsizetype first, qsizetype end) const
{
    const WordingLexicon &lexicon = WordingLexicon::instance();
    int best = -1;
    for (qsizetype i = first; i < end; ++i) {
        const WordingLexicon::Match match = lexicon.phraseAt(PhraseSet::Hint, m_words, i);
        if (match.length > 0 && i + match.length <= end && (best < 0 || match.entry < best))
            best = match.entry;
    }
    return best < 0 ? QString() : lexicon.hint(best);
}

QString IndicatorWording::filled(const QString &pattern, qsizetype first, qsizetype end) const
{
    if (!pattern.contains(QLatin1String("{object}")))
        return pattern;
    if (first >= end)
        return {};
    QString object = written(first, end - first);
    // An indicator typed in capitals is shouted, not spelt: propose it in ordinary case. A
    // capital that only started the indicator does not belong inside the proposal.
    if (object == object.toUpper() && object.size() > 4)
        object = object.toLower();
    else if (object.size() > 1 && object[0].isUpper() && object[1].isLower())
        object[0] = object[0].toLower();
    return capitalised(QString(pattern).replace(QLatin1String("{object}"), object));
}

QString IndicatorWording::proposal() const
{
    const WordingLexicon &lexicon = WordingLexicon::instance();
    const qsizetype count = m_words.size();
    const auto firstFilled = [&](const QStringList &patterns, qsizetype first, qsizetype end) {
        for (const QString &pattern : patterns) {
            if (pattern.isEmpty())
                continue;
            if (const QString proposed = filled(pattern, first, end); !proposed.isEmpty())
                return proposed;
        }
        return QString();
    };

    if (m_abstractAt >= 0) {
        const auto [first, end] = objectAfter(m_abstractAt + 1);
        // The measure right after the hope is the indicator: "Meningkatnya Indeks Pembangunan
        // Manusia". One further on names only part of it: "Terintegrasinya layanan SPBE".
        if (m_measureAt >= 0 && m_measureAt <= first)
            return measureOnwards();
        if (m_activityAt >= 0) {
            if (const QString result = resultProposal(); !result.isEmpty())
                return result;
        }
        const QString &root = m_words[m_abstractAt].root;
        const QString proposed = firstFilled(
            {hintWithin(first, end), lexicon.stateMeasure(root), lexicon.processMeasure(root)},
            first,
            end);
        if (!proposed.isEmpty())
            return proposed;
        if (m_measureAt >= 0)
            return measureOnwards();
        return filled(QStringLiteral("Persentase {object} yang memenuhi standar"), first, end);
    }
    if (m_measureAt >= 0)
        return measureOnwards();

    // A measure word with nothing after it ("Persentase") gives no object to build on.
    if (m_headAt < 0 || m_words[m_headAt].kind == Kind::Measure)
        return {};
    if (m_activityAt >= 0) {
        if (const QString result = resultProposal(); !result.isEmpty())
            return result;
    }
    const QString &root = m_words[m_headAt].root;
    const Bare kind = bare();
    // A process or state is proposed as the share of its object; a bare object as a share of
    // itself.
    const auto [first, end] = objectAfter(kind == Bare::Object ? m_headAt : m_headAt + 1);
    QStringList patterns;
    switch (kind) {
    case Bare::Process:
        patterns = {lexicon.processMeasure(root),
                    hintWithin(m_headAt, count),
                    QStringLiteral("Persentase {object} yang memenuhi standar")};
        break;
    case Bare::State:
        patterns = {lexicon.stateMeasure(root), hintWithin(m_headAt, count)};
        break;
    case Bare::Object:
        patterns = {hintWithin(m_headAt, count)};
        break;
    }
    if (const QString proposed = firstFilled(patterns, first, end); !proposed.isEmpty())
        return proposed;
    // Nothing known about the object: a share of it, in the officer's own words.
    return filled(QStringLiteral("Persentase {object}"), m_headAt, count);
}

QString IndicatorWording::measureOnwards() const
{
    QString measure = writtenFrom(m_measureAt);
    // "meningkatnya presentase …" is proposed as "Persentase …": the rewrite is a clean copy.
    const QString typed = written(m_measureAt);
    if (typed.toLower() != m_words[m_measureAt].spelling)
        measure.replace(0, typed.size(), m_words[m_measureAt].spelling);
    return capitalised(measure);
}

QString IndicatorWording::resultProposal() const
{
    const QString hint = hintWithin(0, m_words.size());
    if (!hint.isEmpty() && !hint.contains(QLatin1String("{object}")))
        return hint;
    return WordingLexicon::instance().activityExample(m_activityEntry);
}

} // namespace Tepat
