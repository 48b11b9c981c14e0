#include "check/PolarityInference.h"

#include "check/IndicatorSubject.h"
#include "check/IndicatorWording.h"

namespace Tepat {

namespace {

using PhraseSet = WordingLexicon::PhraseSet;

QString spelled(const WordingLexicon::Words &words, qsizetype first, qsizetype count)
{
    QStringList parts;
    for (qsizetype i = first; i < first + count; ++i)
        parts.append(words[i].spelling);
    return parts.join(QLatin1Char(' '));
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
    // What an indicator counts decides, not what its activity is about: "Jumlah sosialisasi
    // pencegahan stunting" and "Jumlah rapat pengendalian inflasi" are to be raised.
    const qsizetype end = wording.activityAt() >= 0 ? wording.activityAt() : words.size();
    for (qsizetype i = 0; i < end; ++i) {
        if (const auto stable = lexicon.phraseAt(PhraseSet::Stabilize, words, i); stable.length > 0)
            return {Indicator::Polaritas::Stabilize, true, spelled(words, i, stable.length)};
        const auto lower = lexicon.phraseAt(PhraseSet::Minimize, words, i);
        if (lower.length == 0)
            continue;
        // Less of a bad thing is more of a good one.
        for (qsizetype j = 0; j < i; ++j) {
            const bool measuredDecrease = j > 0
                && words[j - 1].kind == WordingLexicon::Kind::Measure
                && lexicon.phraseAt(PhraseSet::Decrease, words, j).length > 0;
            // A process applied to the bad thing: "Penghijauan lahan kritis", "Tertanganinya
            // gangguan", "Pengaturan lalu lintas di titik rawan kemacetan".
            const bool process = words[j].kind == WordingLexicon::Kind::Process
                || (words[j].kind == WordingLexicon::Kind::Hope
                    && lexicon.isProcessRoot(words[j].root));
            const bool reversed = measuredDecrease || process
                || lexicon.phraseAt(PhraseSet::ReverseBefore, words, j).length > 0;
            if (reversed) {
                return {
                    Indicator::Polaritas::Maximize, true, spelled(words, j, i - j + lower.length)};
            }
        }
        for (qsizetype j = i + lower.length; j < words.size(); ++j) {
            if (const auto after = lexicon.phraseAt(PhraseSet::ReverseAfter, words, j);
                after.length > 0) {
                return {Indicator::Polaritas::Maximize,
                        true,
                        spelled(words, i, lower.length) + QStringLiteral(" … ")
                            + spelled(words, j, after.length)};
            }
        }
        return {Indicator::Polaritas::Minimize, true, spelled(words, i, lower.length)};
    }
    if (end < words.size()) {
        return {Indicator::Polaritas::Maximize,
                true,
                wording.written(end, wording.activityLength()).toLower()};
    }
    return {Indicator::Polaritas::Maximize, true, {}};
}

} // namespace Tepat
