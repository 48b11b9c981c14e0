#include "check/IndicatorSheetReader.h"
#include "check/IndicatorSubject.h"
#include "check/RuleRegistry.h"
#include "support/QtStringMakers.h"

#include <QFile>
#include <QMap>
#include <QSet>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

const QString corpusPath = QStringLiteral(TEPAT_TEST_DATA_DIR "/indicator-corpus.csv");

// The `expected` column by spreadsheet row. The reader ignores columns it does not know; the
// corpus quotes nothing and keeps each record on one line, so a split is enough here.
QMap<int, QSet<QString>> expectedByRow()
{
    QFile file(corpusPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const qsizetype column
        = lines.value(0).trimmed().split(QLatin1Char(';')).indexOf(QLatin1String("expected"));
    REQUIRE(column >= 0);
    QMap<int, QSet<QString>> labels;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QStringList ids = lines[i]
                                    .split(QLatin1Char(';'))
                                    .value(column)
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts);
        labels.insert(int(i + 1), QSet<QString>(ids.cbegin(), ids.cend()));
    }
    return labels;
}

} // namespace

TEST_CASE(
    "The wording rules agree with the labelled corpus with precision and recall of at least 0.95",
    "[rules][corpus]")
{
    const Result<QList<IndicatorSheet>> sheets = IndicatorSheetReader::read(corpusPath);
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 1);
    const IndicatorSheet *sheet = &sheets->first();
    REQUIRE(sheet->rows.size() >= 170);
    const QMap<int, QSet<QString>> labels = expectedByRow();

    for (const char *id : {"abstract-wording", "no-measure", "activity-not-result"}) {
        const CheckRule *rule = RuleRegistry::find(QString::fromLatin1(id));
        REQUIRE(rule);
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        QStringList disagreements;
        for (const IndicatorSheet::Row &row : sheet->rows) {
            IndicatorSubject subject(row.indicator, row.tier, sheet->years);
            QList<Finding> findings;
            rule->check(subject, findings);
            const bool expected = labels.value(row.number).contains(QLatin1String(id));
            const bool reported = !findings.isEmpty();
            truePositives += expected && reported;
            falsePositives += !expected && reported;
            falseNegatives += expected && !reported;
            if (expected != reported)
                disagreements.append(
                    QStringLiteral("row %1: %2").arg(row.number).arg(row.indicator.text));
        }
        const double precision = double(truePositives) / qMax(1, truePositives + falsePositives);
        const double recall = double(truePositives) / qMax(1, truePositives + falseNegatives);
        INFO(id << ": precision " << precision << ", recall " << recall << "\n"
                << disagreements.join(QLatin1Char('\n')).toStdString());
        CHECK(truePositives >= 20);
        CHECK(precision >= 0.95);
        CHECK(recall >= 0.95);
    }
}

TEST_CASE("Every label in the corpus names a registered rule", "[rules][corpus]")
{
    for (const QSet<QString> &ids : expectedByRow()) {
        for (const QString &id : ids) {
            INFO(id.toStdString());
            CHECK(RuleRegistry::find(id));
        }
    }
}
