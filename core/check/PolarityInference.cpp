#include "check/PolarityInference.h"

#include "check/IndicatorSubject.h"
#include "check/IndicatorWording.h"

namespace Tepat {

namespace {

using PhraseSet = WordingLexicon::PhraseSet;
using Kind = WordingLexicon::Kind;

QString spelled(const WordingLexicon::Words &words, qsizetype first, qsizetype count)
{
    QStringList parts;
    for (qsizetype i = first; i < first + count; ++i)
        parts.append(words[i].spelling);
    return parts.join(QLatin1Char(' '));
}

// "Menurunnya", "Berkurangnya": a hoped-for fall, which leaves a minimise measure after it one.
bool isHopedFall(const WordingLexicon &lexicon, const WordingLexicon::Word &word)
{
    return word.kind == Kind::Hope && lexicon.isFallRoot(word.root);
}

} // namespace

PolarityInference::Result PolarityInference::infer(const IndicatorSubject &subject)
{
    const Indicator::Polaritas given = subject.indicator().polaritas;
    if (given != Indicator::Polaritas::NotGiven)
        return {given, false, {}};

    const WordingLexicon &lexicon = WordingLexicon::instance();
    const IndicatorWording &wording = IndicatorWording::of(subject);
    const WordingLexicon::Words &words = wording.words();
    qsizetype head = wording.headAt();
    if (head < 0)
        return {Indicator::Polaritas::Maximize, true, {}};

    // A minimise measure at the head, unless a "yang" clause makes its object a part of it:
    // "Persentase penduduk miskin" is to be lowered, "Persentase penduduk miskin yang memiliki
    // jaminan kesehatan" is not.
    if (isHopedFall(lexicon, words[head]) && head + 1 < words.size())
        ++head;
    if (const auto lower = lexicon.phraseAt(PhraseSet::MinimizeHead, words, head);
        lower.length > 0) {
        const qsizetype after = head + lower.length;
        if (after >= words.size() || words[after].spelling != QLatin1String("yang"))
            return {Indicator::Polaritas::Minimize, true, spelled(words, head, lower.length)};
    }

    // What an indicator counts decides, not what its activity is about: "Jumlah sosialisasi
    // pencegahan stunting" and "Jumlah rapat pengendalian inflasi" are to be raised.
    const qsizetype end = wording.activityAt() >= 0 ? wording.activityAt() : words.size();
    for (qsizetype i = 0; i < end; ++i) {
        if (const auto stable = lexicon.phraseAt(PhraseSet::Stabilize, words, i); stable.length > 0)
            return {Indicator::Polaritas::Stabilize, true, spelled(words, i, stable.length)};
        // "Penurunan angka kematian ibu" may promise the rate or its fall; "Persentase
        // penurunan …" measures the fall, to be raised.
        if (const auto fall = lexicon.phraseAt(PhraseSet::Decrease, words, i);
            fall.length > 0 && (i == 0 || words[i - 1].kind != Kind::Measure)) {
            return {Indicator::Polaritas::NotGiven, true, spelled(words, i, fall.length)};
        }
        const auto bad = lexicon.phraseAt(PhraseSet::Undecided, words, i);
        if (bad.length == 0)
            continue;
        // Less of a bad thing is more of a good one: "Persentase penurunan …", "Penanganan fakir
        // miskin", "Penghijauan lahan kritis", "… kasus yang tertangani".
        for (qsizetype j = 0; j < i; ++j) {
            const bool process = words[j].kind == Kind::Process
                || ((words[j].kind == Kind::Hope || words[j].kind == Kind::Change)
                    && lexicon.isProcessRoot(words[j].root));
            if (process || lexicon.phraseAt(PhraseSet::Decrease, words, j).length > 0
                || lexicon.phraseAt(PhraseSet::ReverseBefore, words, j).length > 0) {
                return {
                    Indicator::Polaritas::Maximize, true, spelled(words, j, i - j + bad.length)};
            }
        }
        for (qsizetype j = i + bad.length; j < words.size(); ++j) {
            if (const auto after = lexicon.phraseAt(PhraseSet::ReverseAfter, words, j);
                after.length > 0) {
                return {Indicator::Polaritas::Maximize,
                        true,
                        spelled(words, i, bad.length) + QStringLiteral(" … ")
                            + spelled(words, j, after.length)};
            }
        }
        return {Indicator::Polaritas::NotGiven, true, spelled(words, i, bad.length)};
    }
    if (end < words.size()) {
        return {Indicator::Polaritas::Maximize,
                true,
                wording.written(end, wording.activityLength()).toLower()};
    }
    return {Indicator::Polaritas::Maximize, true, {}};
}

} // namespace Tepat
