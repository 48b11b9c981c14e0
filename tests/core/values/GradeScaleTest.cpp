#include "values/GradeScale.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

using Grade = GradeScale::Grade;

Grade recognised(const char *text)
{
    const auto grade = GradeScale::recognise(QString::fromUtf8(text));
    REQUIRE(grade);
    return *grade;
}

const GradeScale &scale(const char *id)
{
    const GradeScale *found = GradeScale::find(QString::fromUtf8(id));
    REQUIRE(found);
    return *found;
}

} // namespace

TEST_CASE("The scales load from the compiled-in data in the documented order", "[GradeScale]")
{
    QStringList ids;
    for (const GradeScale &s : GradeScale::all())
        ids.append(s.id());
    CHECK(ids
          == QStringList {QStringLiteral("opini-bpk"),
                          QStringLiteral("sakip"),
                          QStringLiteral("indeks-rb"),
                          QStringLiteral("spbe"),
                          QStringLiteral("ombudsman"),
                          QStringLiteral("ikm-mutu"),
                          QStringLiteral("lppd"),
                          QStringLiteral("level")});
    for (const GradeScale &s : GradeScale::all()) {
        CAPTURE(s.id());
        CHECK_FALSE(s.name().isEmpty());
        CHECK(s.labels().size() >= 3);
    }
}

TEST_CASE("Every scale lists its grades best first, starting at rank 0", "[GradeScale]")
{
    for (const GradeScale &s : GradeScale::all()) {
        CAPTURE(s.id());
        int previous = 0;
        for (const QString &label : s.labels()) {
            CAPTURE(label);
            const auto grade = s.grade(label);
            REQUIRE(grade);
            CHECK(grade->scaleId == s.id());
            CHECK(grade->label == label);
            CHECK(grade->rank >= previous);
            CHECK(grade->rank <= previous + 1);
            previous = grade->rank;
        }
        CHECK(s.isTop(*s.grade(s.labels().first())));
    }
}

TEST_CASE("The labels of each scale are those of the regulations", "[GradeScale]")
{
    auto [id, labels] = GENERATE(table<const char *, const char *>({
        {"opini-bpk", "WTP|WDP|TW|TMP"},
        {"sakip", "AA|A|BB|B|CC|C|D"},
        {"indeks-rb", "AA|A|BB|B|CC|C|D"},
        {"spbe", "Memuaskan|Sangat Baik|Baik|Cukup|Kurang"},
        {"ombudsman", "Zona Hijau|Zona Kuning|Zona Merah"},
        {"ikm-mutu", "A Sangat Baik|B Baik|C Kurang Baik|D Tidak Baik"},
        {"lppd", "Sangat Tinggi|Tinggi|Sedang|Rendah"},
        {"level", "Level 5|Level 4|Level 3|Level 2|Level 1"},
    }));
    CAPTURE(id);
    CHECK(scale(id).labels().join(u'|') == QString::fromUtf8(labels));
}

TEST_CASE("TW and TMP are equally the worst opini BPK", "[GradeScale]")
{
    const GradeScale &opini = scale("opini-bpk");
    CHECK(opini.grade(u"TW")->rank == opini.grade(u"TMP")->rank);
    CHECK(opini.grade(u"WDP")->rank < opini.grade(u"TW")->rank);
    CHECK(opini.isTop(*opini.grade(u"WTP")));
    CHECK_FALSE(opini.isTop(*opini.grade(u"WDP")));
}

TEST_CASE("Aliases match whatever the case and spacing", "[GradeScale]")
{
    auto [text, scaleId, label] = GENERATE(table<const char *, const char *, const char *>({
        {"wtp", "opini-bpk", "WTP"},
        {"Wajar Tanpa Pengecualian", "opini-bpk", "WTP"},
        {"wajar  dengan pengecualian", "opini-bpk", "WDP"},
        {"Tidak Wajar", "opini-bpk", "TW"},
        {"Disclaimer", "opini-bpk", "TMP"},
        {"Tidak Menyatakan Pendapat", "opini-bpk", "TMP"},
        {" bb ", "sakip", "BB"},
        {"Sangat Memuaskan", "sakip", "AA"},
        {"memuaskan", "spbe", "Memuaskan"},
        {"SANGAT BAIK", "spbe", "Sangat Baik"},
        {"Zona Hijau", "ombudsman", "Zona Hijau"},
        {"zona kuning", "ombudsman", "Zona Kuning"},
        {"Merah", "ombudsman", "Zona Merah"},
        {"Mutu B", "ikm-mutu", "B Baik"},
        {"C - Kurang Baik", "ikm-mutu", "C Kurang Baik"},
        {"Tidak Baik", "ikm-mutu", "D Tidak Baik"},
        {"Sangat Tinggi", "lppd", "Sangat Tinggi"},
        {"rendah", "lppd", "Rendah"},
    }));
    CAPTURE(text);
    const Grade grade = recognised(text);
    CHECK(grade.scaleId == QString::fromUtf8(scaleId));
    CHECK(grade.label == QString::fromUtf8(label));
}

TEST_CASE("Shared labels resolve to the first scale: letters to sakip", "[GradeScale]")
{
    CHECK(recognised("A") == Grade {QStringLiteral("sakip"), QStringLiteral("A"), 1});
    CHECK(recognised("BB") == Grade {QStringLiteral("sakip"), QStringLiteral("BB"), 2});
    CHECK(recognised("D").scaleId == QStringLiteral("sakip"));
    CHECK(recognised("Baik").scaleId == QStringLiteral("spbe"));
    // Within a named scale the same text means that scale's grade.
    CHECK(scale("indeks-rb").grade(u"BB")->scaleId == QStringLiteral("indeks-rb"));
    CHECK(scale("ikm-mutu").grade(u"A")->label == QStringLiteral("A Sangat Baik"));
    CHECK(scale("ikm-mutu").grade(u"Baik")->label == QStringLiteral("B Baik"));
}

TEST_CASE("Every recognised label reads back as the same grade", "[GradeScale]")
{
    // A label shared with an earlier scale is shadowed; every other label must be its own key,
    // or a stored grade would change scale when it is read again.
    QStringList seen;
    for (const GradeScale &s : GradeScale::all()) {
        for (const QString &label : s.labels()) {
            CAPTURE(s.id(), label);
            const auto grade = GradeScale::recognise(label);
            REQUIRE(grade);
            if (seen.contains(label.toCaseFolded()))
                CHECK(grade->scaleId != s.id());
            else
                CHECK(*grade == *s.grade(label));
            seen.append(label.toCaseFolded());
        }
    }
}

TEST_CASE("Text that names no grade is not recognised", "[GradeScale]")
{
    const char *text
        = GENERATE("", "Meningkat", "Tercapai", "E", "AAA", "WTP-DPP", "85", "Hijau Tua");
    CAPTURE(text);
    CHECK_FALSE(GradeScale::recognise(QString::fromUtf8(text)));
    CHECK(GradeScale::find(u"no-such-scale") == nullptr);
}

TEST_CASE("isTop holds only for the best grade of the same scale", "[GradeScale]")
{
    const GradeScale &sakip = scale("sakip");
    CHECK(sakip.isTop(recognised("AA")));
    CHECK_FALSE(sakip.isTop(recognised("A")));
    CHECK_FALSE(sakip.isTop(recognised("WTP")));
    CHECK_FALSE(sakip.isTop(*scale("indeks-rb").grade(u"AA")));
    CHECK_FALSE(sakip.isTop(Grade {}));
}
