#pragma once

#include "check/NearWordIndex.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <array>

namespace Tepat {

// The vocabulary of indicator wording, from core/data/wording-lexicon.json, loaded once: measure
// words, named measures, activities, the roots of hopes, changes and processes, polarity cues.
// Kept as data so that a reviewer can add "kunker" or a new named measure without touching a
// rule. word() reads one word against it: corrected when misspelt, derived words through their
// root. Safe to use from several threads; each keeps its own cache of words it has read.
class WordingLexicon
{
public:
    // What a word does in an indicator.
    enum class Kind : quint8 {
        Content, // an object word: "balita", "jalan", "kesehatan"
        Stop,    // "yang", "di", "dan"
        Measure, // "persentase", "jumlah", "indeks", "tingkat"
        Quality, // a quality that is no measure by itself: "kualitas", "efektivitas"
        Hope,    // a hoped-for change or state: "meningkatnya", "terwujudnya", "optimalnya"
        Change,  // the process of a wished change: "peningkatan", "penguatan", "optimalisasi"
        Process, // a process: "penertiban", "pengawasan", "fasilitasi"
        State,   // a state: "ketersediaan", "kesejahteraan"
    };

    enum class PhraseSet : quint8 {
        NamedMeasure,
        Masked,
        Activity,
        MinimizeHead, // a measure to be lowered, at the head: "angka kematian", "prevalensi"
        Undecided,    // a bad or uncertain condition in the object: "kumuh", "rawan"
        Stabilize,
        ReverseBefore,
        Decrease,
        ReverseAfter,
        Hint,
        ImpliedSatuan, // a measure that names its unit: "persentase", "angka kematian ibu"
    };
    static constexpr int phraseSetCount = 11;

    struct Word
    {
        QString spelling; // as the lexicon spells it: "presentase" reads as "persentase"
        QString root;     // of a derived word: "tingkat" for "meningkatnya"
        Kind kind = Kind::Content;
        // A ter- form of a root like laksana: "terlaksananya", "tersusun" report an activity done.
        bool completion = false;
        quint16 phraseStarts = 0; // bit n: a phrase of PhraseSet n starts with this word
    };

    // The words of one text as read, in order. They point into the cache of the thread that
    // read them, which only trimCache() empties.
    class Words
    {
    public:
        void reserve(qsizetype size) { m_words.reserve(size); }
        void append(const Word *word) { m_words.append(word); }
        const Word &operator[](qsizetype at) const { return *m_words[at]; }
        qsizetype size() const { return m_words.size(); }
        bool isEmpty() const { return m_words.isEmpty(); }

    private:
        QVarLengthArray<const Word *, 24> m_words;
    };

    struct Match
    {
        qsizetype length = 0; // in words; 0 when nothing matched
        int entry = -1;       // which hint or activity group
    };

    static const WordingLexicon &instance();

    // A lower-case word as IndicatorSubject::words() gives it, read once per thread and kept: a
    // workspace repeats a few thousand words across all its indicators.
    const Word &word(const QString &lowerWord) const;
    // Forgets the words read on this thread once there are very many, invalidating every Words
    // of the thread; IndicatorWording calls it between two texts.
    void trimCache() const;
    // The longest phrase of the set that starts at words[at].
    Match phraseAt(PhraseSet set, const Words &words, qsizetype at) const;

    // The measure the lexicon proposes for a root's state or process, "{object}" standing for the
    // indicator's object; empty if none.
    QString stateMeasure(const QString &root) const { return m_stateMeasures.value(root); }
    QString processMeasure(const QString &root) const { return m_processMeasures.value(root); }
    QString hint(int entry) const { return m_hints.value(entry); }
    // A word between a measure and the activity it counts: "peserta", "pelaksanaan".
    bool isCarrier(const QString &spelling) const { return m_carriers.contains(spelling); }
    // A verb of taking part: "mengikuti", "menghadiri".
    bool isParticipation(const QString &spelling) const
    {
        return m_participation.contains(spelling);
    }
    // A verb that is an activity done to people ("dilatih"): the activity entry, or -1.
    int activityVerb(const QString &spelling) const { return m_activityVerbs.value(spelling, -1); }
    // A result reached through an activity: "ditempatkan", "lulus".
    bool isResult(const QString &spelling) const { return m_results.contains(spelling); }
    bool isProcessRoot(const QString &root) const { return m_processRoots.contains(root); }
    // The root of a hoped-for fall: "menurunnya", "berkurangnya".
    bool isFallRoot(const QString &root) const { return m_fallRoots.contains(root); }
    // A measure word that counts: "jumlah", "banyaknya".
    bool isCountWord(const QString &spelling) const { return m_countWords.contains(spelling); }
    // The unit of an ImpliedSatuan phrase's entry.
    QString impliedSatuan(int entry) const { return m_impliedSatuan.value(entry); }
    QString activityExample(int entry) const { return m_activityExamples.value(entry); }

private:
    struct Phrase
    {
        QStringList words;
        int entry;
    };

    WordingLexicon();
    Word classify(const QString &word, bool correct) const;
    void addPhrase(PhraseSet set, const QString &phrase, int entry);

    std::array<QHash<QString, QList<Phrase>>, phraseSetCount> m_phrases;
    QSet<QString> m_stopWords;
    QSet<QString> m_measureWords;
    QSet<QString> m_qualityNouns;
    QSet<QString> m_processWords;
    QSet<QString> m_changeRoots;
    QSet<QString> m_stateRoots;
    QSet<QString> m_processRoots;
    QSet<QString> m_completionRoots;
    QSet<QString> m_lexicalWords; // words of named measures, activities and masked phrases
    QSet<QString> m_notTypos;
    QSet<QString> m_carriers;
    QSet<QString> m_participation;
    QSet<QString> m_results;
    QSet<QString> m_fallRoots;
    QSet<QString> m_countWords;
    QStringList m_impliedSatuan;
    QHash<QString, int> m_activityVerbs;
    QHash<QString, QString> m_stateMeasures;
    QHash<QString, QString> m_processMeasures;
    QStringList m_hints;
    QStringList m_activityExamples;
    NearWordIndex m_nearWords;
};

} // namespace Tepat
