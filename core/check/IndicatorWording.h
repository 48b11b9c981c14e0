#pragma once

#include "check/WordingLexicon.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

namespace Tepat {

class IndicatorSubject;

// What the words of one indicator say, read once and shared by the wording rules and the
// polarity inference: the measure it names (if any), the abstract head that makes it a sasaran
// rather than an indicator ("Meningkatnya …", "Kualitas …"), the process or state it names instead
// of a measure, the activity it counts, and a concrete rewrite built from the officer's own words.
//
// Invariant: word positions index IndicatorSubject::words(), which split the text the same way
// written() does, so a finding can quote exactly what the officer typed.
class IndicatorWording
{
public:
    using Word = WordingLexicon::Word;
    using Words = WordingLexicon::Words;
    using Kind = WordingLexicon::Kind;

    // What an indicator that names no measure names instead.
    enum class Bare { Object, Process, State };

    // The reading of the subject's text. The reference stays valid until the next call on the
    // same thread: each rule asks about one subject and is done before the next is read.
    static const IndicatorWording &of(const IndicatorSubject &subject);

    const Words &words() const { return m_words; }
    bool isEmpty() const { return m_words.isEmpty(); }

    // Whether a measure word is followed by a concrete object ("Persentase balita …") or a
    // measure known by name appears ("IPM", "Usia Harapan Hidup").
    bool namesMeasure() const { return m_measureAt >= 0; }
    // Where the measure starts: its measure word or its name; -1 when there is none.
    qsizetype measureAt() const { return m_measureAt; }

    // A hope ("Meningkatnya"), a wished change ("Peningkatan") or a bare quality ("Kualitas")
    // ahead of any measure and outside a "yang" clause; -1 when there is none.
    qsizetype abstractAt() const { return m_abstractAt; }
    bool isAbstract() const { return m_abstractAt >= 0; }

    // The first word that is not a function word, and what it is when no measure is named.
    qsizetype headAt() const { return m_headAt; }
    Bare bare() const;

    // The activity counted or reported done ("rapat koordinasi", "Terlaksananya sosialisasi");
    // -1 when the indicator counts no activity.
    qsizetype activityAt() const { return m_activityAt; }
    qsizetype activityLength() const { return m_activityLength; }

    // Words as the officer typed them, punctuation between them kept.
    QString written(qsizetype first, qsizetype count = 1) const;
    QString writtenFrom(qsizetype first) const;

    // The indicator rewritten as a measure, from its own words: "Meningkatnya Indeks Pembangunan
    // Manusia" → "Indeks Pembangunan Manusia", "Meningkatnya kualitas pelayanan kesehatan" →
    // "Indeks Kepuasan Masyarakat terhadap pelayanan kesehatan". Empty when nothing concrete can
    // be proposed (the indicator has no object words).
    QString proposal() const;
    // A measure of the result the counted activity serves; empty if the lexicon has none.
    QString resultProposal() const;

private:
    // Only of() makes readings: their words live in a cache that of() alone may trim.
    IndicatorWording(const QString &text, const QStringList &words);

    struct Span
    {
        qsizetype start;
        qsizetype end;
    };

    void readMeasure(const WordingLexicon &lexicon);
    void readAbstractHead();
    void readActivity(const WordingLexicon &lexicon);
    bool isMasked(qsizetype at) const { return m_masked[at]; }
    bool isConcrete(qsizetype at) const;
    const QList<Span> &spans() const;
    // The object words from `from` on: past function words and qualities, up to a "yang" clause.
    std::pair<qsizetype, qsizetype> objectAfter(qsizetype from) const;
    QString hintWithin(qsizetype first, qsizetype end) const;
    QString filled(const QString &pattern, qsizetype first, qsizetype end) const;
    // The text from the measure on, misspelt measure word corrected.
    QString measureOnwards() const;

    QString m_text;
    Words m_words;
    QVarLengthArray<bool, 24> m_masked;
    qsizetype m_measureAt = -1;
    bool m_measureNamed = false;
    qsizetype m_abstractAt = -1;
    qsizetype m_headAt = -1;
    qsizetype m_activityAt = -1;
    qsizetype m_activityLength = 0;
    int m_activityEntry = -1;
    mutable std::optional<QList<Span>> m_spans;
};

} // namespace Tepat
