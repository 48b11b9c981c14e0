#include "check/NearWordIndex.h"

#include "check/Checker.h"
#include "check/IndicatorSheet.h"
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

TEST_CASE("A word far longer than any lexicon word is looked up without building its deletions",
          "[NearWordIndex]")
{
    // Two million letters: one-letter deletions of it would be four million million characters.
    const NearWordIndex index = lexicon();
    const QString huge = QStringLiteral("p") + QString(2'000'000, u'e');
    CHECK(index.nearest(huge).isEmpty());
    CHECK_FALSE(index.contains(huge));
}

TEST_CASE("Checking a sheet whose cells hold one enormous token finishes",
          "[NearWordIndex][Checker]")
{
    IndicatorSheet sheet;
    sheet.fileName = QStringLiteral("token.csv");
    sheet.hasSatuan = true;
    sheet.hasRumus = true;
    sheet.hasSumberData = true;
    IndicatorSheet::Row row;
    row.number = 2;
    const QString token = QStringLiteral("persentase") + QString(1'000'000, u'a');
    row.indicator.text = token;
    row.indicator.satuan = token;
    row.indicator.rumus = token;
    row.indicator.sumberData = token;
    row.sasaran = token;
    sheet.rows.append(row);
    const QList<Finding> findings = Checker::checkSheet(sheet);
    CHECK_FALSE(findings.isEmpty());
}
