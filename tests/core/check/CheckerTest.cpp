#include "check/Checker.h"

#include "SyntheticCascade.h"
#include "check/IndicatorSheet.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace Tepat;

namespace {

using Key = std::tuple<qint64, QString, QString, QString>;

std::set<Key> keysOf(const QList<Finding> &findings)
{
    std::set<Key> keys;
    for (const Finding &finding : findings)
        keys.insert({finding.objectId, finding.ruleId, finding.field, finding.message.en});
    return keys;
}

std::map<qint64, std::set<QString>> rulesByObject(const QList<Finding> &findings)
{
    std::map<qint64, std::set<QString>> result;
    for (const Finding &finding : findings)
        result[finding.objectId].insert(finding.ruleId);
    return result;
}

} // namespace

TEST_CASE("The sample workspace flags each planted weak indicator and nothing else", "[Checker]")
{
    const Result<Cascade> sample = WorkspaceFile::load(TestFiles::samplePath());
    REQUIRE(sample);
    Checker checker(sample->checkSettings());
    checker.checkAll(*sample);
    const std::map<qint64, std::set<QString>> found = rulesByObject(checker.findings());
    for (const auto &[object, rules] : found) {
        for (const QString &rule : rules)
            UNSCOPED_INFO(object << " " << rule.toStdString());
    }
    // resources/samples/README.md lists what was planted and why: six weak indicators, and four
    // problems in the realisasi of 2026.
    const std::vector<std::pair<qint64, QString>> planted {
        {9103,
         QStringLiteral(
             "target-not-a-value")}, // Meningkatnya kualitas pelayanan kesehatan: Meningkat
        {9202,
         QStringLiteral(
             "activity-not-result")}, // Jumlah rapat koordinasi at sasaran strategis level
        {9313, QStringLiteral("target-not-a-value")},      // target "Baik"
        {4013, QStringLiteral("iku-sumber-data-missing")}, // IKU without data source
        {4015, QStringLiteral("target-wrong-direction")},  // falls in 2028
        {9304, QStringLiteral("pk-target-differs")},       // 82 where the Renstra says 85
        {9103, QStringLiteral("realisasi-missing")},       // nothing to report, TW I-III closed
        {9319, QStringLiteral("realisasi-missing")},       // TW III not reported
        {9115, QStringLiteral("capaian-low-no-kendala")},  // 44,87 % s.d. TW III, no kendala
        {9217, QStringLiteral("realisasi-tenfold")},       // TW III 71.000 for 7.100
    };
    std::set<qint64> flagged;
    for (const auto &entry : found)
        flagged.insert(entry.first);
    std::set<qint64> expected;
    for (const auto &entry : planted)
        expected.insert(entry.first);
    CHECK(flagged == expected);
    for (const auto &[object, rule] : planted) {
        INFO(object);
        CHECK(found.count(object) == 1);
        if (found.count(object))
            CHECK(found.at(object).count(rule) == 1);
    }
    // The realisasi is flagged where it was planted and nowhere else, not even on a planted
    // indicator's other fields.
    const std::set<QString> resultsRules {QStringLiteral("realisasi-missing"),
                                          QStringLiteral("capaian-low-no-kendala"),
                                          QStringLiteral("realisasi-no-evidence"),
                                          QStringLiteral("realisasi-percent-over-100"),
                                          QStringLiteral("realisasi-cumulative-falls"),
                                          QStringLiteral("realisasi-tenfold")};
    for (const Finding &finding : checker.findings()) {
        if (!resultsRules.count(finding.ruleId))
            continue;
        INFO(finding.objectId << " " << finding.ruleId.toStdString());
        CHECK(std::find(
                  planted.cbegin(), planted.cend(), std::pair {finding.objectId, finding.ruleId})
              != planted.cend());
    }
    // The abstract indicator is caught for its wording too, not only for its target.
    CHECK(found.count(9103) == 1);
    if (found.count(9103))
        CHECK(found.at(9103).count(QStringLiteral("abstract-wording")) == 1);
}

TEST_CASE("Rechecking what an edit touches gives the same findings as a full check", "[Checker]")
{
    Cascade cascade = SyntheticCascade::generate(1500, 5);
    Checker live;
    live.checkAll(cascade);
    QRandomGenerator random(42);
    QList<qint64> indicatorIds;
    for (const PkDocument &pk : cascade.pks()) {
        for (qint64 sasaran : cascade.childItems(pk.id))
            indicatorIds.append(cascade.indicatorsOf(sasaran));
    }
    QList<qint64> renstraIndicators;
    for (const Opd &opd : cascade.opds()) {
        for (qint64 tujuan : cascade.childItems(opd.id)) {
            for (qint64 sasaran : cascade.childItems(tujuan))
                renstraIndicators.append(cascade.indicatorsOf(sasaran));
        }
    }
    const QStringList texts {QStringLiteral("Meningkatnya kualitas pelayanan"),
                             QStringLiteral("Persentase balita gizi buruk yang ditangani"),
                             QStringLiteral("Jumlah rapat koordinasi"),
                             QStringLiteral("Indeks Kepuasan Masyarakat")};
    const QStringList targets {QStringLiteral("Meningkat"),
                               QStringLiteral("85"),
                               QStringLiteral("120 %"),
                               QString(),
                               QStringLiteral("WTP")};
    for (int edit = 0; edit < 70; ++edit) {
        INFO("edit " << edit);
        QList<qint64> changed;
        const qint64 id = indicatorIds[random.bounded(indicatorIds.size())];
        if (!cascade.indicator(id))
            continue;
        Indicator indicator = *cascade.indicator(id);
        switch (edit % 7) {
        case 0:
            indicator.text = texts[random.bounded(texts.size())];
            break;
        case 1:
            indicator.targets[2026] = TargetValue::parse(targets[random.bounded(targets.size())]);
            break;
        case 2:
            indicator.servesId = random.bounded(3) == 0
                ? 0
                : renstraIndicators[random.bounded(renstraIndicators.size())];
            break;
        case 3:
            indicator.satuan.clear();
            indicator.iku = !indicator.iku;
            break;
        case 4: {
            const qint64 renstra = renstraIndicators[random.bounded(renstraIndicators.size())];
            Indicator target = *cascade.indicator(renstra);
            target.targets[2026] = TargetValue::parse(targets[random.bounded(targets.size())]);
            REQUIRE(cascade.updateIndicator(target));
            changed.append(renstra);
            break;
        }
        case 5: {
            const auto removed = cascade.removeIndicator(id);
            REQUIRE(removed);
            indicatorIds.removeOne(id);
            changed.append(id);
            // Removing cleared the links of indicators that served it; they changed too.
            changed.append(removed->unlinked);
            live.recheck(changed);
            Checker full;
            full.checkAll(cascade);
            CHECK(keysOf(live.findings()) == keysOf(full.findings()));
            continue;
        }
        case 6: {
            // A PK that becomes, or stops being, the OPD head's decides which IKUs it carries.
            PkDocument pk = cascade.pks()[random.bounded(cascade.pks().size())];
            pk.level = pk.level == PkDocument::Level::KepalaOpd ? PkDocument::Level::EselonIII
                                                                : PkDocument::Level::KepalaOpd;
            REQUIRE(cascade.updatePk(pk));
            changed.append(pk.id);
            break;
        }
        }
        if (edit % 7 < 4) {
            REQUIRE(cascade.updateIndicator(indicator));
            changed.append(id);
        }
        live.recheck(changed);
        Checker full;
        full.checkAll(cascade);
        CHECK(keysOf(live.findings()) == keysOf(full.findings()));
    }
}

TEST_CASE("A workspace can switch a rule off, re-grade it, and acknowledge one finding",
          "[Checker]")
{
    const Result<Cascade> sample = WorkspaceFile::load(TestFiles::samplePath());
    REQUIRE(sample);
    Checker plain;
    plain.checkAll(*sample);
    REQUIRE_FALSE(plain.findingsFor(4015).isEmpty());
    REQUIRE_FALSE(plain.findingsFor(9304).isEmpty());

    CheckSettings settings;
    settings.disabledRules.insert(QStringLiteral("target-wrong-direction"));
    settings.severities.insert(QStringLiteral("pk-target-differs"), Severity::Info);
    settings.acknowledgements.append(
        Acknowledgement {QStringLiteral("iku-sumber-data-missing"),
                         4013,
                         QStringLiteral("sumberData"),
                         QStringLiteral("Data dari survei baru tersedia 2027"),
                         QStringLiteral("Bappeda"),
                         QDateTime::currentDateTimeUtc()});
    Checker tuned(settings);
    tuned.checkAll(*sample);
    CHECK(tuned.findingsFor(4015).isEmpty());
    const QList<Finding> regraded = tuned.findingsFor(9304);
    REQUIRE(regraded.size() == plain.findingsFor(9304).size());
    for (const Finding &finding : regraded) {
        if (finding.ruleId == QStringLiteral("pk-target-differs"))
            CHECK(finding.severity == Severity::Info);
    }
    CHECK(tuned.findingsFor(4013).isEmpty());
    const QList<Finding> acknowledged = tuned.acknowledgedFindings();
    REQUIRE(acknowledged.size() == 1);
    CHECK(acknowledged.first().objectId == 4013);
}

TEST_CASE("A sheet is checked without the rules that need a cascade", "[Checker]")
{
    IndicatorSheet sheet;
    sheet.fileName = QStringLiteral("iku.csv");
    sheet.hasSatuan = true;
    sheet.hasTarget = true;
    sheet.hasRumus = true;
    sheet.hasSumberData = false;
    sheet.years = {2025, 2026};
    IndicatorSheet::Row row;
    row.number = 2;
    row.indicator.text = QStringLiteral("Persentase penduduk yang memiliki KTP elektronik");
    row.indicator.satuan = QStringLiteral("%");
    row.indicator.targets
        = {{2025, TargetValue::parse(u"95")}, {2026, TargetValue::parse(u"Meningkat")}};
    sheet.rows.append(row);
    const QList<Finding> findings = Checker::checkSheet(sheet);
    QStringList rules;
    for (const Finding &finding : findings) {
        rules.append(QStringLiteral("%1 %2 %3")
                         .arg(finding.ruleId, severityKey(finding.severity))
                         .arg(finding.row));
        CHECK(finding.objectId == 0);
    }
    rules.sort();
    // Every row of a sheet is an IKU: the empty rumus cell counts; the missing sumber_data
    // column is said once, as advice at the header row; no cascade rule (pk-orphan) applies.
    CHECK(rules
          == QStringList {QStringLiteral("iku-rumus-missing warning 2"),
                          QStringLiteral("iku-sumber-data-missing info 1"),
                          QStringLiteral("target-not-a-value error 2")});
}
