#include "check/IndonesianMorphology.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

using Form = IndonesianMorphology::Form;
using Prefix = IndonesianMorphology::Prefix;

bool hasRoot(const QString &word, const QString &root)
{
    const QList<IndonesianMorphology::Stem> stems = IndonesianMorphology::stems(word);
    return std::any_of(stems.cbegin(), stems.cend(), [&](const IndonesianMorphology::Stem &stem) {
        return stem.root == root;
    });
}

std::optional<IndonesianMorphology::Stem> stemWithRoot(const QString &word, const QString &root)
{
    for (const IndonesianMorphology::Stem &stem : IndonesianMorphology::stems(word)) {
        if (stem.root == root)
            return stem;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Affixed words are read back to their root, nasal assimilation included",
          "[IndonesianMorphology]")
{
    auto [word, root] = GENERATE(table<const char *, const char *>({
        {"meningkat", "tingkat"},
        {"meningkatnya", "tingkat"},
        {"meningkatkan", "tingkat"},
        {"meningkatkannya", "tingkat"},
        {"ditingkatkan", "tingkat"},
        {"peningkatan", "tingkat"},
        {"penertiban", "tertib"},
        {"pengawasan", "awas"},
        {"pelayanan", "layan"},
        {"terwujudnya", "wujud"},
        {"optimalnya", "optimal"},
        {"terlaksananya", "laksana"},
        {"tersedianya", "sedia"},
        {"ketersediaan", "sedia"},
        {"penyediaan", "sedia"},
        {"efektivitas", "efektif"},
        {"efektifitas", "efektif"},
        {"optimalisasi", "optimal"},
        {"memperkuat", "kuat"},
        {"penguatan", "kuat"},
        {"pemberdayaan", "daya"},
        {"pemantauan", "pantau"},
        {"pengelolaan", "kelola"},
        {"pendampingan", "damping"},
        {"menurunnya", "turun"},
        {"pemerataan", "rata"},
        {"tercapainya", "capai"},
        {"pencapaian", "capai"},
        {"penyelenggaraan", "selenggara"},
        {"terselenggaranya", "selenggara"},
        {"berkurangnya", "kurang"},
        {"tertanganinya", "tangan"},
        {"terpenuhinya", "penuh"},
        {"kesejahteraan", "sejahtera"},
        {"perbaikan", "baik"},
        {"percepatan", "cepat"},
        {"pembinaan", "bina"},
        {"penanganan", "tangan"},
        {"mewujudkan", "wujud"},
        {"pemantapan", "mantap"},
    }));
    INFO(word);
    CHECK(hasRoot(QString::fromUtf8(word), QString::fromUtf8(root)));
}

TEST_CASE("Each reading carries the kind of word its affixes make", "[IndonesianMorphology]")
{
    auto [word, root, form, prefix] = GENERATE(table<const char *, const char *, Form, Prefix>({
        {"meningkatnya", "tingkat", Form::Nominalised, Prefix::Me},
        {"meningkatkan", "tingkat", Form::Verb, Prefix::Me},
        {"ditingkatkan", "tingkat", Form::Verb, Prefix::Di},
        {"terwujudnya", "wujud", Form::Nominalised, Prefix::Ter},
        {"optimalnya", "optimal", Form::Nominalised, Prefix::None},
        {"peningkatan", "tingkat", Form::ProcessNoun, Prefix::Pe},
        {"perbaikan", "baik", Form::ProcessNoun, Prefix::Per},
        {"optimalisasi", "optimal", Form::ProcessNoun, Prefix::None},
        {"ketersediaan", "sedia", Form::StateNoun, Prefix::Ke},
        {"efektivitas", "efektif", Form::StateNoun, Prefix::None},
        {"terlatih", "latih", Form::Adjective, Prefix::Ter},
        {"berkualitas", "kualitas", Form::Adjective, Prefix::Ber},
        {"layanan", "layan", Form::Noun, Prefix::None},
        {"penduduk", "duduk", Form::Agent, Prefix::Pe},
    }));
    INFO(word);
    const auto stem = stemWithRoot(QString::fromUtf8(word), QString::fromUtf8(root));
    REQUIRE(stem);
    CHECK(stem->form == form);
    CHECK(stem->prefix == prefix);
}

TEST_CASE("A word that is itself a root comes first, before readings that cut it",
          "[IndonesianMorphology]")
{
    for (const char *word : {"tertib", "capai", "tingkat", "pelihara", "kualitas"}) {
        INFO(word);
        const QList<IndonesianMorphology::Stem> stems
            = IndonesianMorphology::stems(QString::fromUtf8(word));
        REQUIRE_FALSE(stems.isEmpty());
        CHECK(stems.first().root == QString::fromUtf8(word));
        CHECK(stems.first().form == Form::Root);
    }
    // tertibnya: the -nya reading of tertib comes before ter- + "tibnya".
    const QList<IndonesianMorphology::Stem> stems
        = IndonesianMorphology::stems(QStringLiteral("tertibnya"));
    const auto tertib = std::find_if(stems.cbegin(), stems.cend(), [](const auto &stem) {
        return stem.root == QStringLiteral("tertib");
    });
    const auto tib = std::find_if(stems.cbegin(), stems.cend(), [](const auto &stem) {
        return stem.root == QStringLiteral("tib");
    });
    REQUIRE(tertib != stems.cend());
    CHECK((tib == stems.cend() || tertib < tib));
}

TEST_CASE("Every derived form of a root reads back to that root", "[IndonesianMorphology]")
{
    for (const char *root : {"tingkat",
                             "sedia",
                             "tertib",
                             "kelola",
                             "pantau",
                             "capai",
                             "bina",
                             "wujud",
                             "optimal",
                             "damping"}) {
        for (const QString &form : IndonesianMorphology::derivedForms(QString::fromUtf8(root))) {
            INFO(form.toStdString());
            CHECK(hasRoot(form, QString::fromUtf8(root)));
        }
    }
    CHECK(
        IndonesianMorphology::derivedForms(u"tingkat").contains(QStringLiteral("meningkatkannya")));
    CHECK(IndonesianMorphology::derivedForms(u"sedia").contains(QStringLiteral("ketersediaan")));
    CHECK(IndonesianMorphology::derivedForms(u"tertib").contains(QStringLiteral("penertiban")));
}

TEST_CASE("Short remnants are never offered as roots", "[IndonesianMorphology]")
{
    for (const IndonesianMorphology::Stem &stem : IndonesianMorphology::stems(u"keamanannya"))
        CHECK(stem.root.size() >= 3);
    CHECK(IndonesianMorphology::stems(u"di").size() == 1);
}
