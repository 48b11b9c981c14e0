#include "check/IndonesianMorphology.h"

namespace Tepat {

namespace {

using Prefix = IndonesianMorphology::Prefix;
using Form = IndonesianMorphology::Form;
using Stem = IndonesianMorphology::Stem;

// Shorter roots are mostly cut function words ("ke-" + "at"), never a root the checker needs.
constexpr qsizetype minimumRoot = 3;

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

bool startsWithAny(QStringView text, std::initializer_list<const char16_t *> prefixes)
{
    for (const char16_t *prefix : prefixes) {
        if (text.startsWith(QStringView(prefix)))
            return true;
    }
    return false;
}

// The roots hidden behind meN- or peN-: the nasal replaces a root's first t, s, p or k, is
// assimilated to b, d, c, j, g, h, and vanishes before l, m, n, r, w, y.
QStringList nasalRoots(QStringView rest)
{
    QStringList roots;
    if (rest.startsWith(u"ng")) {
        const QStringView root = rest.mid(2);
        if (!root.isEmpty() && isVowel(root.front())) {
            roots.append(root.toString());
            roots.append(QLatin1Char('k') + root.toString());
        } else if (!root.isEmpty()) {
            roots.append(root.toString());
        }
    } else if (rest.startsWith(u"ny")) {
        roots.append(QLatin1Char('s') + rest.mid(2).toString());
    } else if (rest.startsWith(u'm')) {
        const QStringView root = rest.mid(1);
        if (!root.isEmpty() && isVowel(root.front()))
            roots.append(QLatin1Char('p') + root.toString());
        else if (startsWithAny(root, {u"b", u"f", u"v", u"p"}))
            roots.append(root.toString());
    } else if (rest.startsWith(u'n')) {
        const QStringView root = rest.mid(1);
        if (!root.isEmpty() && isVowel(root.front()))
            roots.append(QLatin1Char('t') + root.toString());
        else if (startsWithAny(root, {u"c", u"d", u"j", u"z", u"sy"}))
            roots.append(root.toString());
    }
    if (startsWithAny(rest, {u"l", u"m", u"n", u"r", u"w", u"y"}))
        roots.append(rest.toString());
    return roots;
}

struct Reading
{
    QString root;
    Prefix prefix;
};

// The prefix readings of a word whose suffixes are already cut, including a second prefix
// under the first: memperkuat, pemberdayaan, ketersediaan, diperkuat.
QList<Reading> prefixReadings(QStringView body)
{
    QList<Reading> readings;
    const auto add = [&](const QString &root, Prefix prefix) {
        if (root.size() < minimumRoot)
            return;
        readings.append({root, prefix});
        // pe- on a me- verb: pemerataan is pe- + merata + -an.
        if (prefix == Prefix::Pe && root.startsWith(QLatin1String("me"))) {
            for (const QString &inner : nasalRoots(QStringView(root).mid(2))) {
                if (inner.size() >= minimumRoot)
                    readings.append({inner, prefix});
            }
        }
        if (prefix != Prefix::Ter && prefix != Prefix::Ber && prefix != Prefix::Per
            && root.size() >= minimumRoot + 3 && startsWithAny(root, {u"per", u"ber", u"ter"})) {
            readings.append({root.mid(3), prefix});
        }
    };
    if (body.startsWith(u"me")) {
        for (const QString &root : nasalRoots(body.mid(2)))
            add(root, Prefix::Me);
    }
    if (body.startsWith(u"pe")) {
        for (const QString &root : nasalRoots(body.mid(2)))
            add(root, Prefix::Pe);
    }
    if (body.startsWith(u"per"))
        add(body.mid(3).toString(), Prefix::Per);
    if (body.startsWith(u"di"))
        add(body.mid(2).toString(), Prefix::Di);
    if (body.startsWith(u"ter"))
        add(body.mid(3).toString(), Prefix::Ter);
    if (body.startsWith(u"ber"))
        add(body.mid(3).toString(), Prefix::Ber);
    if (body.startsWith(u"ke"))
        add(body.mid(2).toString(), Prefix::Ke);
    return readings;
}

enum class Suffix { None, Kan, An, I };

// Which affix combinations make a word, and what kind of word; nullopt for combinations
// Indonesian does not form (ke- without -an, me- with -an).
std::optional<Form> formOf(Prefix prefix, Suffix suffix, bool nya)
{
    switch (prefix) {
    case Prefix::None:
        if (suffix == Suffix::An)
            return Form::Noun;
        if (suffix == Suffix::None && nya)
            return Form::Nominalised;
        return std::nullopt;
    case Prefix::Me:
    case Prefix::Di:
        if (suffix == Suffix::An)
            return std::nullopt;
        return nya ? Form::Nominalised : Form::Verb;
    case Prefix::Ter:
        if (suffix == Suffix::An)
            return std::nullopt;
        return nya ? Form::Nominalised : Form::Adjective;
    case Prefix::Ber:
        if (suffix == Suffix::Kan || suffix == Suffix::I)
            return std::nullopt;
        return nya ? Form::Nominalised : Form::Adjective;
    case Prefix::Pe:
    case Prefix::Per:
        if (suffix == Suffix::An)
            return Form::ProcessNoun;
        if (suffix == Suffix::None && !nya)
            return Form::Agent;
        return std::nullopt;
    case Prefix::Ke:
        if (suffix == Suffix::An)
            return Form::StateNoun;
        return std::nullopt;
    }
    return std::nullopt;
}

// meN- and peN- before a root, the way the language assimilates the nasal.
QString nasalised(const QString &prefix, QStringView root)
{
    const QChar first = root.front();
    const QString whole = root.toString();
    const QString rest = root.mid(1).toString();
    if (isVowel(first) || first == u'g' || first == u'h')
        return prefix + QLatin1String("ng") + whole;
    if (first == u'k')
        return prefix + QLatin1String("ng") + rest;
    if (first == u't')
        return prefix + QLatin1Char('n') + rest;
    if (first == u'd' || first == u'c' || first == u'j' || first == u'z')
        return prefix + QLatin1Char('n') + whole;
    if (first == u's')
        return prefix + QLatin1String("ny") + rest;
    if (first == u'p')
        return prefix + QLatin1Char('m') + rest;
    if (first == u'b' || first == u'f' || first == u'v')
        return prefix + QLatin1Char('m') + whole;
    return prefix + whole;
}

} // namespace

QList<IndonesianMorphology::Stem> IndonesianMorphology::stems(QStringView word)
{
    QList<Stem> result {{word.toString(), Form::Root, Prefix::None}};
    const auto add = [&](Stem stem) {
        if (stem.root.size() >= minimumRoot && !result.contains(stem))
            result.append(std::move(stem));
    };

    struct Base
    {
        QStringView text;
        bool nya;
    };
    QList<Base> bases {{word, false}};
    if (word.endsWith(u"nya") && word.size() - 3 >= minimumRoot)
        bases.append({word.chopped(3), true});

    for (const Base &base : bases) {
        if (base.nya)
            add({base.text.toString(), Form::Nominalised, Prefix::None});
        if (!base.nya && base.text.endsWith(u"isasi"))
            add({base.text.chopped(5).toString(), Form::ProcessNoun, Prefix::None});
        // efektivitas → efektif; the misspelt efektifitas → efektif too.
        if (!base.nya && base.text.endsWith(u"ivitas"))
            add({base.text.chopped(6).toString() + QLatin1String("if"),
                 Form::StateNoun,
                 Prefix::None});
        else if (!base.nya && base.text.endsWith(u"itas"))
            add({base.text.chopped(4).toString(), Form::StateNoun, Prefix::None});

        QList<std::pair<QStringView, Suffix>> bodies {{base.text, Suffix::None}};
        if (base.text.endsWith(u"kan"))
            bodies.append({base.text.chopped(3), Suffix::Kan});
        if (base.text.endsWith(u"an"))
            bodies.append({base.text.chopped(2), Suffix::An});
        if (base.text.endsWith(u"i"))
            bodies.append({base.text.chopped(1), Suffix::I});

        for (const auto &[body, suffix] : bodies) {
            if (const std::optional<Form> form = formOf(Prefix::None, suffix, base.nya);
                form && suffix != Suffix::None) {
                add({body.toString(), *form, Prefix::None});
            }
            for (const Reading &reading : prefixReadings(body)) {
                if (const std::optional<Form> form = formOf(reading.prefix, suffix, base.nya))
                    add({reading.root, *form, reading.prefix});
            }
        }
    }
    return result;
}

QStringList IndonesianMorphology::derivedForms(QStringView root)
{
    if (root.isEmpty())
        return {};
    const QString me = nasalised(QStringLiteral("me"), root);
    const QString pe = nasalised(QStringLiteral("pe"), root);
    const QString r = root.toString();
    const auto l = [](const char *text) { return QLatin1String(text); };
    return {
        me,
        me + l("kan"),
        me + l("nya"),
        me + l("kannya"),
        me + l("i"),
        l("di") + r,
        l("di") + r + l("kan"),
        l("di") + r + l("i"),
        l("ter") + r,
        l("ter") + r + l("nya"),
        l("ter") + r + l("kannya"),
        l("ter") + r + l("inya"),
        l("ber") + r + l("nya"),
        r + l("nya"),
        pe + l("an"),
        l("per") + r + l("an"),
        l("ke") + r + l("an"),
        l("keter") + r + l("an"),
    };
}

} // namespace Tepat
