#include "check/NearWordIndex.h"

namespace Tepat {

namespace {

// Lengths below this take only replacements and swaps; see the class comment.
constexpr qsizetype minimumLengthForInsertion = 8;

QString without(QStringView word, qsizetype index)
{
    QString result;
    result.reserve(word.size() - 1);
    result.append(word.left(index));
    result.append(word.mid(index + 1));
    return result;
}

bool acceptable(QStringView typed, QStringView known)
{
    if (typed == known || typed.front() != known.front())
        return false;
    if (known.size() < NearWordIndex::minimumLength)
        return false;
    if (typed.size() != known.size() && known.size() < minimumLengthForInsertion)
        return false;
    return NearWordIndex::withinOneEdit(typed, known);
}

} // namespace

void NearWordIndex::insert(const QString &word)
{
    if (word.size() < minimumLength || m_indexes.contains(word))
        return;
    const qsizetype index = m_words.size();
    m_words.append(word);
    m_longest = std::max(m_longest, word.size());
    m_indexes.insert(word, index);
    m_keys[word].append(index);
    for (qsizetype i = 0; i < word.size(); ++i) {
        QList<qsizetype> &indexes = m_keys[without(word, i)];
        if (indexes.isEmpty() || indexes.last() != index)
            indexes.append(index);
    }
}

QString NearWordIndex::nearest(QStringView word) const
{
    if (word.size() < minimumLength || word.size() > m_longest + 1)
        return {};
    qsizetype best = -1;
    const auto consider = [&](const QString &key) {
        const auto found = m_keys.constFind(key);
        if (found == m_keys.cend())
            return;
        for (qsizetype index : *found) {
            if ((best < 0 || index < best) && acceptable(word, m_words[index]))
                best = index;
        }
    };
    // A word with a letter missing is a deletion of the indexed word; every other single edit
    // shares a deletion with it.
    consider(word.toString());
    for (qsizetype i = 0; i < word.size(); ++i)
        consider(without(word, i));
    return best < 0 ? QString() : m_words[best];
}

bool NearWordIndex::withinOneEdit(QStringView a, QStringView b)
{
    const qsizetype sizeA = a.size();
    const qsizetype sizeB = b.size();
    if (sizeA - sizeB > 1 || sizeB - sizeA > 1)
        return false;
    qsizetype start = 0;
    while (start < sizeA && start < sizeB && a[start] == b[start])
        ++start;
    if (start == sizeA && start == sizeB)
        return true;
    if (sizeA == sizeB) {
        if (a.mid(start + 1) == b.mid(start + 1))
            return true; // one replacement
        return start + 1 < sizeA && a[start] == b[start + 1] && a[start + 1] == b[start]
            && a.mid(start + 2) == b.mid(start + 2); // one swap
    }
    if (sizeA > sizeB)
        return a.mid(start + 1) == b.mid(start);
    return a.mid(start) == b.mid(start + 1);
}

} // namespace Tepat
