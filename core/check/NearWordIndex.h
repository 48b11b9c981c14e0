#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Tepat {

// The words of a lexicon, found again from a misspelling one edit away: a letter added,
// dropped, replaced, or two neighbours swapped ("presentase" → "persentase", "jumlag" → "jumlah",
// "meningkatkanya" → "meningkatkannya"). Officers type fast and spreadsheets have no spell
// checker, so a checker that only knew exact words would wave the misspelt indicator through.
//
// Only words of six letters or more are corrected, and the first letter must match: among short
// words one edit turns one real word into another ("rasio", "rapat"). Words shorter than eight
// letters are corrected only by a replacement or a swap, never by adding or dropping a letter,
// since that is what turns "pangan" into "panjang".
class NearWordIndex
{
public:
    static constexpr qsizetype minimumLength = 6;

    void insert(const QString &word);
    bool contains(const QString &word) const { return m_indexes.contains(word); }
    // The indexed word one edit from word (not word itself); empty if none. When several are,
    // the one inserted first wins, so callers insert what matters most first.
    QString nearest(QStringView word) const;

    // Restricted Damerau-Levenshtein distance at most one.
    static bool withinOneEdit(QStringView a, QStringView b);

private:
    QStringList m_words;
    // One edit changes a length by one at most, so a longer word has no near word: it is answered
    // without building its deletions, which for a word of n letters take n² time.
    qsizetype m_longest = 0;
    QHash<QString, qsizetype> m_indexes;
    // Each word and each of its one-letter deletions, to the indexes of the words it came from.
    QHash<QString, QList<qsizetype>> m_keys;
};

} // namespace Tepat
