#include "check/WordingLexicon.h"

#include "base/CoreResources.h"
#include "check/IndonesianMorphology.h"

#include <QJsonArray>
#include <QJsonObject>

#include <deque>

namespace Tepat {

namespace {

using Morphology = IndonesianMorphology;

QStringList stringsOf(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

QSet<QString> setOf(const QStringList &words)
{
    return QSet<QString>(words.cbegin(), words.cend());
}

quint16 bit(WordingLexicon::PhraseSet set)
{
    return quint16(1u << int(set));
}

// Every reader of indicators sees the same few thousand words again and again; a typical
// workspace has far fewer distinct words than indicators.
constexpr qsizetype cacheLimit = 100000;

} // namespace

const WordingLexicon &WordingLexicon::instance()
{
    static const WordingLexicon lexicon;
    return lexicon;
}

void WordingLexicon::addPhrase(PhraseSet set, const QString &phrase, int entry)
{
    const QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    m_phrases[int(set)][words.first()].append({words, entry});
    if (set == PhraseSet::NamedMeasure || set == PhraseSet::Masked || set == PhraseSet::Activity) {
        for (const QString &word : words)
            m_lexicalWords.insert(word);
    }
}

WordingLexicon::WordingLexicon()
{
    const QJsonObject root = readCoreJson(u"wording-lexicon.json");
    const auto words = [&](const char *section, const char *key = "words") {
        return stringsOf(root.value(QLatin1String(section)).toObject().value(QLatin1String(key)));
    };

    m_stopWords = setOf(words("stopWords"));
    const QStringList measureWords = words("measureWords");
    m_measureWords = setOf(measureWords);
    const QStringList qualityNouns = words("qualityNouns");
    m_qualityNouns = setOf(qualityNouns);
    const QStringList processWords = words("processWords");
    m_processWords = setOf(processWords);
    m_changeRoots = setOf(words("changeRoots", "roots"));
    m_completionRoots = setOf(words("completionRoots", "roots"));
    m_notTypos = setOf(words("notTypos"));

    const auto rootsWithMeasures
        = [&](const char *section, QSet<QString> &roots, QHash<QString, QString> &measures) {
              for (const QJsonValue &value :
                   root.value(QLatin1String(section)).toObject().value(u"roots").toArray()) {
                  const QJsonObject entry = value.toObject();
                  const QString name = entry.value(u"root").toString();
                  roots.insert(name);
                  if (entry.contains(u"measure"))
                      measures.insert(name, entry.value(u"measure").toString());
              }
          };
    rootsWithMeasures("stateRoots", m_stateRoots, m_stateMeasures);
    rootsWithMeasures("processRoots", m_processRoots, m_processMeasures);

    for (const QString &phrase : words("namedMeasures", "phrases"))
        addPhrase(PhraseSet::NamedMeasure, phrase, -1);
    for (const QString &phrase : words("maskedPhrases", "phrases"))
        addPhrase(PhraseSet::Masked, phrase, -1);
    const QJsonObject activities = root.value(u"activityNouns").toObject();
    const QJsonArray activityEntries = activities.value(u"entries").toArray();
    for (const QJsonValue &value : activityEntries) {
        const QJsonObject entry = value.toObject();
        const int index = int(m_activityExamples.size());
        m_activityExamples.append(entry.value(u"example").toString());
        for (const QString &phrase : stringsOf(entry.value(u"phrases")))
            addPhrase(PhraseSet::Activity, phrase, index);
    }
    const QStringList carriers
        = stringsOf(activities.value(u"carriers").toObject().value(u"words"));
    m_carriers = setOf(carriers);
    const QStringList participation
        = stringsOf(activities.value(u"participation").toObject().value(u"words"));
    m_participation = setOf(participation);
    m_lexicalWords.unite(m_participation);
    const QJsonObject verbs
        = activities.value(u"activityVerbs").toObject().value(u"verbs").toObject();
    for (auto verb = verbs.constBegin(); verb != verbs.constEnd(); ++verb) {
        m_activityVerbs.insert(verb.key(), verb.value().toInt());
        m_lexicalWords.insert(verb.key());
    }
    m_results = setOf(stringsOf(activities.value(u"results").toObject().value(u"words")));
    const QJsonObject polarity = root.value(u"polarity").toObject();
    for (const QString &phrase : stringsOf(polarity.value(u"minimizeHead")))
        addPhrase(PhraseSet::MinimizeHead, phrase, -1);
    for (const QString &phrase : stringsOf(polarity.value(u"undecided")))
        addPhrase(PhraseSet::Undecided, phrase, -1);
    m_fallRoots = setOf(stringsOf(polarity.value(u"fallRoots")));
    for (const QString &phrase : stringsOf(polarity.value(u"stabilize")))
        addPhrase(PhraseSet::Stabilize, phrase, -1);
    for (const QString &phrase : stringsOf(polarity.value(u"reverseBefore")))
        addPhrase(PhraseSet::ReverseBefore, phrase, -1);
    for (const QString &phrase : stringsOf(polarity.value(u"decrease")))
        addPhrase(PhraseSet::Decrease, phrase, -1);
    for (const QString &phrase : stringsOf(polarity.value(u"reverseAfter")))
        addPhrase(PhraseSet::ReverseAfter, phrase, -1);
    const QJsonObject implied = root.value(u"impliedSatuan").toObject();
    for (const QJsonValue &value : implied.value(u"entries").toArray()) {
        const QJsonObject entry = value.toObject();
        const int index = int(m_impliedSatuan.size());
        m_impliedSatuan.append(entry.value(u"satuan").toString());
        for (const QString &phrase : stringsOf(entry.value(u"phrases")))
            addPhrase(PhraseSet::ImpliedSatuan, phrase, index);
    }
    m_countWords = setOf(stringsOf(implied.value(u"countWords")));
    for (const QJsonValue &value :
         root.value(u"measureHints").toObject().value(u"hints").toArray()) {
        const QJsonObject entry = value.toObject();
        const int index = int(m_hints.size());
        m_hints.append(entry.value(u"measure").toString());
        for (const QString &phrase : stringsOf(entry.value(u"phrases")))
            addPhrase(PhraseSet::Hint, phrase, index);
    }

    // Inserted in order of importance: a misspelling near two words reads as the first.
    for (const QString &word : measureWords)
        m_nearWords.insert(word);
    for (const auto &table : m_phrases) {
        for (const QList<Phrase> &phrases : table) {
            for (const Phrase &phrase : phrases) {
                for (const QString &word : phrase.words)
                    m_nearWords.insert(word);
            }
        }
    }
    for (const QString &word : qualityNouns)
        m_nearWords.insert(word);
    for (const QString &word : processWords)
        m_nearWords.insert(word);
    for (const QString &word : carriers)
        m_nearWords.insert(word);
    for (const QSet<QString> *roots : {&m_changeRoots, &m_stateRoots, &m_processRoots}) {
        QStringList sorted(roots->cbegin(), roots->cend());
        sorted.sort();
        for (const QString &rootWord : std::as_const(sorted)) {
            m_nearWords.insert(rootWord);
            for (const QString &form : Morphology::derivedForms(rootWord))
                m_nearWords.insert(form);
        }
    }
    for (const QString &word : std::as_const(m_notTypos))
        m_nearWords.insert(word);
}

namespace {

// The words one thread has read. A deque keeps every Word where it is while more are added.
struct WordCache
{
    QHash<QString, const WordingLexicon::Word *> index;
    std::deque<WordingLexicon::Word> words;
};

WordCache &wordCache()
{
    thread_local WordCache cache;
    return cache;
}

bool isNumber(const QString &word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

const WordingLexicon::Word &WordingLexicon::word(const QString &lowerWord) const
{
    // Numbers ("2025", "20" in "20 JP") are never lexicon words; reading them would only fill
    // the cache.
    static const Word number;
    if (isNumber(lowerWord))
        return number;
    WordCache &cache = wordCache();
    if (const auto found = cache.index.constFind(lowerWord); found != cache.index.cend())
        return **found;
    const Word &read = cache.words.emplace_back(classify(lowerWord, true));
    cache.index.insert(lowerWord, &read);
    return read;
}

void WordingLexicon::trimCache() const
{
    WordCache &cache = wordCache();
    if (cache.words.size() < cacheLimit)
        return;
    cache.index.clear();
    cache.words.clear();
}

WordingLexicon::Word WordingLexicon::classify(const QString &word, bool correct) const
{
    Word result;
    result.spelling = word;
    for (int set = 0; set < phraseSetCount; ++set) {
        if (m_phrases[set].contains(word))
            result.phraseStarts |= bit(PhraseSet(set));
    }
    if (m_stopWords.contains(word)) {
        result.kind = Kind::Stop;
        return result;
    }
    if (m_measureWords.contains(word)) {
        result.kind = Kind::Measure;
        return result;
    }
    if (m_lexicalWords.contains(word))
        return result;
    if (m_qualityNouns.contains(word)) {
        result.kind = Kind::Quality;
        return result;
    }
    if (m_processWords.contains(word)) {
        result.kind = Kind::Process;
        return result;
    }

    for (const Morphology::Stem &stem : Morphology::stems(word)) {
        const QString &root = stem.root;
        const bool change = m_changeRoots.contains(root);
        if (!change && !m_stateRoots.contains(root) && !m_processRoots.contains(root)
            && !m_completionRoots.contains(root)) {
            continue;
        }
        result.root = root;
        result.completion
            = stem.prefix == Morphology::Prefix::Ter && m_completionRoots.contains(root);
        switch (stem.form) {
        case Morphology::Form::Verb:
        case Morphology::Form::Nominalised:
            result.kind = Kind::Hope;
            break;
        case Morphology::Form::ProcessNoun:
            result.kind = change ? Kind::Change : Kind::Process;
            break;
        case Morphology::Form::StateNoun:
            // -itas makes a quality of an adjective (efektif → efektivitas), ke-…-an a state.
            result.kind = stem.prefix == Morphology::Prefix::None ? Kind::Quality : Kind::State;
            break;
        case Morphology::Form::Root:
        case Morphology::Form::Adjective:
        case Morphology::Form::Noun:
        case Morphology::Form::Agent:
            break;
        }
        return result;
    }

    // A word the lexicon knows is never a misspelling of another: "pengangguran" is no
    // "penganggaran".
    if (correct && !m_notTypos.contains(word) && !m_nearWords.contains(word)) {
        const QString known = m_nearWords.nearest(word);
        if (!known.isEmpty())
            return classify(known, false);
    }
    // Hopes whose root the lexicon does not know yet still have the unmistakable shape
    // ter-…-nya or me-…-nya: "Terakomodirnya", "Menggeliatnya".
    if (word.size() >= 9 && word.endsWith(QLatin1String("nya"))
        && (word.startsWith(QLatin1String("ter")) || word.startsWith(QLatin1String("me")))) {
        result.kind = Kind::Hope;
        return result;
    }
    if (word.size() >= 9 && word.endsWith(QLatin1String("isasi")))
        result.kind = Kind::Process;
    return result;
}

WordingLexicon::Match
WordingLexicon::phraseAt(PhraseSet set, const Words &words, qsizetype at) const
{
    Match best;
    if (at < 0 || at >= words.size() || !(words[at].phraseStarts & bit(set)))
        return best;
    const auto phrases = m_phrases[int(set)].constFind(words[at].spelling);
    if (phrases == m_phrases[int(set)].cend())
        return best;
    for (const Phrase &phrase : *phrases) {
        const qsizetype length = phrase.words.size();
        if (length <= best.length || at + length > words.size())
            continue;
        bool matches = true;
        for (qsizetype i = 1; i < length && matches; ++i)
            matches = words[at + i].spelling == phrase.words[i];
        if (matches)
            best = {length, phrase.entry};
    }
    return best;
}

} // namespace Tepat
