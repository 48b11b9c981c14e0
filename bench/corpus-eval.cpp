// tepat-corpus-eval: how far the checker agrees with the labelled indicator corpus.
//   tepat-corpus-eval [CORPUS] [--rules ID,ID,…] [--time]
//       precision and recall per rule and overall, then every disagreement; --rules limits both
//       findings and labels to those rules; --time also checks the corpus repeated to 10,000
//       indicators and prints how long that took.
//   tepat-corpus-eval --explain TEXT [--tier strategis|program|kegiatan]
//       the findings and the inferred polarity for one indicator text.
// CORPUS defaults to tests/data/indicator-corpus.csv in the source tree. Exit status 1 when the
// corpus cannot be read.
#include "check/Checker.h"
#include "check/IndicatorSheet.h"
#include "check/IndicatorSheetReader.h"
#include "check/IndicatorSubject.h"
#include "check/PolarityInference.h"
#include "check/RuleRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTextStream>

#include <ctime>
#include <vector>

using namespace Tepat;

namespace {

struct Tally
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const
    {
        const int flagged = truePositives + falsePositives;
        return flagged == 0 ? 1.0 : double(truePositives) / flagged;
    }
    double recall() const
    {
        const int labelled = truePositives + falseNegatives;
        return labelled == 0 ? 1.0 : double(truePositives) / labelled;
    }
};

// The `expected` column by row number. The reader ignores columns it does not know, so the
// labels are read here, with a split that is enough for the corpus: it quotes nothing and
// keeps every record on one line.
QMap<int, QSet<QString>> readLabels(const QString &path)
{
    QMap<int, QSet<QString>> labels;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return labels;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).trimmed().split(QLatin1Char(';'));
    const qsizetype column = header.indexOf(QLatin1String("expected"));
    for (qsizetype i = 1; i < lines.size() && column >= 0; ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QSet<QString> ids;
        for (const QString &id :
             line.split(QLatin1Char(';')).value(column).split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids.insert(id.trimmed());
        labels.insert(int(i + 1), ids);
    }
    return labels;
}

// CPU time of this thread in milliseconds: a busy build machine stretches wall-clock time, not
// this.
double cpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1000000.0;
}

QString percent(double value)
{
    return QString::number(value, 'f', 3);
}

int explain(const QString &text, const QString &tierKey, QTextStream &out)
{
    IndicatorSheet sheet;
    IndicatorSheet::Row row;
    row.number = 2;
    row.indicator.text = text;
    row.tier = tierFromKey(tierKey).value_or(Tier::Strategis);
    sheet.rows.append(row);
    const QList<Finding> findings = Checker::checkSheet(sheet);
    for (const Finding &finding : findings) {
        out << finding.ruleId << " (" << severityKey(finding.severity) << ")\n  "
            << finding.message.id << "\n  " << finding.suggestion.id << "\n  " << finding.message.en
            << "\n  " << finding.suggestion.en << '\n';
    }
    if (findings.isEmpty())
        out << "no findings\n";
    IndicatorSubject subject(sheet.rows.first().indicator, row.tier, {});
    const PolarityInference::Result polarity = PolarityInference::infer(subject);
    const char *names[] = {"not given", "maximise", "minimise", "stabilise"};
    out << "polarity: " << names[int(polarity.polaritas)]
        << (polarity.inferred ? " (inferred" : " (given")
        << (polarity.cue.isEmpty() ? QString() : QStringLiteral(" from \"%1\"").arg(polarity.cue))
        << ")\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const auto option = [&](const char *name) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        if (at < 0 || at + 1 >= arguments.size())
            return QString();
        const QString value = arguments[at + 1];
        arguments.remove(at, 2);
        return value;
    };
    const QString explained = option("--explain");
    const QString tier = option("--tier");
    if (!explained.isEmpty())
        return explain(explained, tier, out);
    const QString ruleList = option("--rules");
    const bool timed = arguments.removeAll(QLatin1String("--time")) > 0;
    const QString path = arguments.value(0, QStringLiteral(TEPAT_CORPUS));

    const Result<IndicatorSheet> sheet = IndicatorSheetReader::read(path);
    if (!sheet) {
        err << sheet.error().message << Qt::endl;
        return 1;
    }
    const QMap<int, QSet<QString>> labels = readLabels(path);

    QSet<QString> rules;
    if (!ruleList.isEmpty()) {
        const QStringList ids = ruleList.split(QLatin1Char(','), Qt::SkipEmptyParts);
        rules = QSet<QString>(ids.cbegin(), ids.cend());
    } else {
        for (const auto &rule : RuleRegistry::all()) {
            if (rule->subject() == CheckRule::Subject::Indicator && !rule->needsCascade())
                rules.insert(QString(rule->id()));
        }
    }

    QMap<int, QList<Finding>> findingsByRow;
    for (const Finding &finding : Checker::checkSheet(*sheet)) {
        if (rules.contains(finding.ruleId))
            findingsByRow[finding.row].append(finding);
    }

    QMap<QString, Tally> byRule;
    Tally objects;
    Tally labelsOverall;
    QStringList disagreements;
    QSet<QString> unknownLabels;
    for (const IndicatorSheet::Row &row : sheet->rows) {
        QSet<QString> expected;
        for (const QString &id : labels.value(row.number)) {
            if (rules.contains(id))
                expected.insert(id);
            else if (ruleList.isEmpty())
                unknownLabels.insert(id);
        }
        QSet<QString> actual;
        for (const Finding &finding : findingsByRow.value(row.number))
            actual.insert(finding.ruleId);
        for (const QString &id : rules) {
            Tally &tally = byRule[id];
            const bool wanted = expected.contains(id);
            const bool got = actual.contains(id);
            tally.truePositives += wanted && got;
            tally.falsePositives += !wanted && got;
            tally.falseNegatives += wanted && !got;
            labelsOverall.truePositives += wanted && got;
            labelsOverall.falsePositives += !wanted && got;
            labelsOverall.falseNegatives += wanted && !got;
        }
        objects.truePositives += !expected.isEmpty() && !actual.isEmpty();
        objects.falsePositives += expected.isEmpty() && !actual.isEmpty();
        objects.falseNegatives += !expected.isEmpty() && actual.isEmpty();
        if (expected == actual)
            continue;
        QStringList wanted(expected.cbegin(), expected.cend());
        QStringList got(actual.cbegin(), actual.cend());
        wanted.sort();
        got.sort();
        QString line = QStringLiteral("row %1 [%2] %3\n    expected: %4\n    reported: %5")
                           .arg(row.number)
                           .arg(tierKey(row.tier),
                                row.indicator.text,
                                wanted.join(QLatin1Char(',')),
                                got.join(QLatin1Char(',')));
        for (const Finding &finding : findingsByRow.value(row.number)) {
            if (!expected.contains(finding.ruleId))
                line += QStringLiteral("\n    %1: %2").arg(finding.ruleId, finding.message.id);
        }
        disagreements.append(line);
    }

    out << "corpus: " << path << "\nindicators: " << sheet->rows.size() << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("rule"), -26)
               .arg(QStringLiteral("TP"), 4)
               .arg(QStringLiteral("FP"), 4)
               .arg(QStringLiteral("FN"), 4)
               .arg(QStringLiteral("precision"), 10)
               .arg(QStringLiteral("recall"), 7);
    const auto print = [&](const QString &name, const Tally &tally) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(name, -26)
                   .arg(tally.truePositives, 4)
                   .arg(tally.falsePositives, 4)
                   .arg(tally.falseNegatives, 4)
                   .arg(percent(tally.precision()), 10)
                   .arg(percent(tally.recall()), 7);
    };
    for (auto rule = byRule.cbegin(); rule != byRule.cend(); ++rule)
        print(rule.key(), rule.value());
    print(QStringLiteral("all labels"), labelsOverall);
    print(QStringLiteral("indicators flagged"), objects);
    if (!unknownLabels.isEmpty()) {
        QStringList ids(unknownLabels.cbegin(), unknownLabels.cend());
        ids.sort();
        out << "\nlabels of rules not registered (not counted): " << ids.join(QStringLiteral(", "))
            << '\n';
    }
    out << "\ndisagreements: " << disagreements.size() << '\n';
    for (const QString &line : std::as_const(disagreements))
        out << line << '\n';

    if (timed) {
        IndicatorSheet large = *sheet;
        large.rows.clear();
        for (int i = 0; large.rows.size() < 10000; ++i) {
            IndicatorSheet::Row row = sheet->rows[i % sheet->rows.size()];
            // A different text each time, so no reading of a text is reused across indicators.
            row.indicator.text += QStringLiteral(" %1").arg(i);
            row.number = i + 2;
            large.rows.append(row);
        }
        double start = cpuMilliseconds();
        const qsizetype found = Checker::checkSheet(large).size();
        out << "\n10000 indicators, all sheet rules: " << cpuMilliseconds() - start << " ms CPU, "
            << found << " findings\n";

        // The wording rules alone, on subjects whose words are already split, as the checker
        // runs them: one after the other on the same subject, sharing one reading of it.
        std::vector<IndicatorSubject> subjects;
        subjects.reserve(large.rows.size());
        for (const IndicatorSheet::Row &row : std::as_const(large.rows)) {
            subjects.emplace_back(row.indicator, row.tier, large.years);
            subjects.back().words();
        }
        QList<const CheckRule *> wordingRules;
        for (const char *id : {"abstract-wording", "no-measure", "activity-not-result"}) {
            if (const CheckRule *rule = RuleRegistry::find(QString::fromLatin1(id)))
                wordingRules.append(rule);
        }
        QList<Finding> wordingFindings;
        start = cpuMilliseconds();
        for (const IndicatorSubject &subject : subjects) {
            for (const CheckRule *rule : std::as_const(wordingRules))
                rule->check(subject, wordingFindings);
        }
        out << "10000 indicators, the wording rules on split words: " << cpuMilliseconds() - start
            << " ms CPU, " << wordingFindings.size() << " findings\n";
        start = cpuMilliseconds();
        for (const IndicatorSubject &subject : subjects)
            PolarityInference::infer(subject);
        out << "10000 indicators, polarity inference on split words: " << cpuMilliseconds() - start
            << " ms CPU\n";
    }
    return 0;
}
