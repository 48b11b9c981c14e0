#include "check/NearWordIndex.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

NearWordIndex lexicon()
{
    NearWordIndex index;
    for (const char *word : {"persentase",
                             "jumlah",
                             "meningkatkannya",
                             "kualitas",
                             "efektivitas",
                             "panjang",
                             "kematian",
                             "prevalensi",
                             "indeks"}) {
        index.insert(QString::fromUtf8(word));
    }
    return index;
}

} // namespace

TEST_CASE("A misspelling one edit away is read as the lexicon word", "[NearWordIndex]")
{
    const NearWordIndex index = lexicon();
    auto [typed, known] = GENERATE(table<const char *, const char *>({
        {"presentase", "persentase"},  // swapped letters, the classic
        {"persentse", "persentase"},   // a letter dropped
        {"perssentase", "persentase"}, // a letter doubled
        {"jumlag", "jumlah"},          // a neighbouring key
        {"meningkatkanya", "meningkatkannya"},
        {"kwalitas", "kualitas"},
        {"efektifitas", "efektivitas"},
        {"kematiann", "kematian"},
        {"prevalnsi", "prevalensi"},
    }));
    INFO(typed);
    CHECK(index.nearest(QString::fromUtf8(typed)) == QString::fromUtf8(known));
}

TEST_CASE("Short words, other real words and the word itself are never corrected",
          "[NearWordIndex]")
{
    const NearWordIndex index = lexicon();
    for (const char *typed : {"jumla",  // shorter than six letters
                              "pangan", // food, not "panjang": no insertions below eight letters
                              "tersentase", // the first letter is kept by typists
                              "persentase", // itself
                              "pesertanya", // two edits
                              "indek"}) {
        INFO(typed);
        CHECK(index.nearest(QString::fromUtf8(typed)).isEmpty());
    }
}

TEST_CASE("The edit distance test accepts exactly one insertion, deletion, replacement or swap",
          "[NearWordIndex]")
{
    CHECK(NearWordIndex::withinOneEdit(u"jumlah", u"jumlah"));
    CHECK(NearWordIndex::withinOneEdit(u"jumlah", u"jumlag"));
    CHECK(NearWordIndex::withinOneEdit(u"jumlah", u"jumllah"));
    CHECK(NearWordIndex::withinOneEdit(u"jumlah", u"jumah"));
    CHECK(NearWordIndex::withinOneEdit(u"persentase", u"presentase"));
    CHECK_FALSE(NearWordIndex::withinOneEdit(u"persentase", u"presentasi"));
    CHECK_FALSE(NearWordIndex::withinOneEdit(u"jumlah", u"jmulag"));
    CHECK_FALSE(NearWordIndex::withinOneEdit(u"jumlah", u"jum"));
}

TEST_CASE("When two words are near, the one inserted first wins", "[NearWordIndex]")
{
    NearWordIndex index;
    index.insert(QStringLiteral("kemiskinan"));
    index.insert(QStringLiteral("kemiskinin"));
    CHECK(index.nearest(u"kemiskinen") == QStringLiteral("kemiskinan"));
    CHECK(index.contains(QStringLiteral("kemiskinin")));
    CHECK_FALSE(index.contains(QStringLiteral("kemiskinen")));
}
