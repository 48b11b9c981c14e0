#include "check/ImpliedSatuan.h"

#include "check/IndicatorSubject.h"
#include "check/IndicatorWording.h"

namespace Tepat {

QString ImpliedSatuan::of(const IndicatorSubject &subject)
{
    const IndicatorWording &wording = IndicatorWording::of(subject);
    const WordingLexicon::Words &words = wording.words();
    const qsizetype at = wording.measureAt() >= 0 ? wording.measureAt() : wording.headAt();
    if (at < 0)
        return {};
    const WordingLexicon &lexicon = WordingLexicon::instance();
    if (const WordingLexicon::Match match
        = lexicon.phraseAt(WordingLexicon::PhraseSet::ImpliedSatuan, words, at);
        match.length > 0) {
        return lexicon.impliedSatuan(match.entry);
    }
    if (!lexicon.isCountWord(words[at].spelling))
        return {};
    // "Jumlah kunjungan wisatawan" counts kunjungan: the first word of what is counted, as the
    // officer wrote it, in lower case unless it is an acronym ("ASN", "UMKM").
    for (qsizetype i = at + 1; i < words.size(); ++i) {
        if (words[i].kind == WordingLexicon::Kind::Stop)
            continue;
        if (words[i].kind != WordingLexicon::Kind::Content)
            return {};
        const QString written = wording.written(i);
        return written == written.toUpper() && written.size() > 1 ? written : written.toLower();
    }
    return {};
}

} // namespace Tepat
