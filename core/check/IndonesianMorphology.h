#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Tepat {

// Reads an Indonesian word as affixes around a root, so that the checker tells "Meningkatnya"
// (a hope), "Peningkatan" (a change wished for), "Ketersediaan" (a state) and "Tingkat" (a
// measure) apart, where a list of whole words would see four unrelated words and miss the next
// derivation an officer types. It knows the affixes (me-, di-, ter-, ber-, pe-, per-, ke-, -kan,
// -an, -i, -nya, -isasi, -itas) and the nasal assimilation of meN- and peN- (meningkat → tingkat,
// penyediaan → sedia, pemantauan → pantau, pengelolaan → kelola) but no vocabulary: stems() lists
// every reading and the caller keeps the first whose root it knows.
class IndonesianMorphology
{
public:
    enum class Prefix { None, Me, Di, Ter, Ber, Pe, Per, Ke };
    enum class Form {
        Root,        // no affix: "tingkat", "optimal"
        Verb,        // me- or di-, with or without -kan or -i: "meningkat", "ditingkatkan"
        Nominalised, // -nya on a root, a verb or a ter- form: "meningkatnya", "terwujudnya"
        ProcessNoun, // pe-…-an, per-…-an, -isasi: "peningkatan", "penertiban", "optimalisasi"
        StateNoun,   // ke-…-an, -itas: "ketersediaan", "efektivitas"
        Adjective,   // ter- or ber- without -nya: "terlatih", "berkualitas"
        Noun,        // -an alone: "layanan"
        Agent,       // pe- alone: "penduduk", "pelatih"
    };

    struct Stem
    {
        QString root;
        Form form = Form::Root;
        Prefix prefix = Prefix::None;

        friend bool operator==(const Stem &, const Stem &) = default;
    };

    // Every reading of a lower-case word, the word itself (Form::Root) first; affixed readings
    // follow from the least to the most stripped, so that a root that itself looks affixed
    // ("tertib", "capai") is found before a reading that cuts it.
    static QList<Stem> stems(QStringView word);

    // The common derived forms of a root, for recognising misspellings of words the lexicon
    // knows only by their root: tingkat → meningkat, meningkatnya, peningkatan, ditingkatkan, …
    static QStringList derivedForms(QStringView root);
};

} // namespace Tepat
