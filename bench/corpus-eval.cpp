// tepat-corpus-eval: how far the checker agrees with the labelled indicator corpora.
//   tepat-corpus-eval [CORPUS …] [--rules ID,ID,…] [--time]
//       for each corpus, precision and recall per rule and per indicator, then every
//       disagreement with its reason, once as the corpus is and once with the polaritas column
//       withheld; --rules limits both findings and labels to those rules; --time also checks
//       the first corpus repeated to 10,000 indicators and prints how long that took.
//   tepat-corpus-eval --explain TEXT [--tier strategis|program|kegiatan]
//       the findings and the inferred polarity for one indicator text.
// A CORPUS is a CSV in the contract of `tepat-cli check` with an `expected` column (the rule ids
// a reviewer expects), or a folder like tests/data/real-indicators: indicators.csv with a doc_id,
// label, rules and reason per row. Each doc_id there is checked as its own sheet with only the
// columns its document has (a column is there when any row of the document fills it), so that a
// table without a satuan column is read as one. Without a CORPUS, the three corpora of
// tests/data are read. An indicator counts as flagged when a labelled rule reports an error or a
// warning on it; advice (info) is not a flag. Exit status 1 when a corpus cannot be read.
#include "check/Checker.h"
#include "check/IndicatorSheet.h"
#include "check/IndicatorSheetReader.h"
#include "check/IndicatorSubject.h"
#include "check/PolarityInference.h"
#include "check/RuleRegistry.h"
#include "sheet/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    void count(bool wanted, bool got)
    {
        truePositives += wanted && got;
        falsePositives += !wanted && got;
        falseNegatives += wanted && !got;
    }
};

// One labelled indicator as the checker saw it.
struct Case
{
    QString place; // "DKI-RPJMD row 18" or "row 18"
    const IndicatorSheet::Row *row = nullptr;
    QSet<QString> expected;
    QString reason; // the labeller's, where the corpus gives one
};

// A corpus read into sheets, with the labels of their rows.
struct Corpus
{
    QString name;
    QList<IndicatorSheet> sheets;
    QList<QMap<int, std::pair<QSet<QString>, QString>>> labels; // per sheet: row → rules, reason
    QList<QMap<int, QString>> places;                           // per sheet: row → place
};

QSet<QString> idsOf(const QString &list)
{
    QSet<QString> ids;
    for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.insert(id.trimmed());
    return ids;
}

// The records of a CSV file, header first.
QList<QStringList> recordsOf(const QString &path)
{
    QList<QStringList> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return records;
    CsvReader reader(file.readAll());
    while (!reader.atEnd()) {
        const auto record = reader.next();
        if (!record)
            return {};
        records.append(*record);
    }
    return records;
}

// A contract CSV whose `expected` column holds the rules expected on each row.
std::optional<Corpus> contractCorpus(const QString &path, QTextStream &err)
{
    const Result<QList<IndicatorSheet>> sheets = IndicatorSheetReader::read(path);
    if (!sheets) {
        err << sheets.error().message << Qt::endl;
        return std::nullopt;
    }
    const QList<QStringList> records = recordsOf(path);
    const qsizetype column = records.value(0).indexOf(QLatin1String("expected"));
    if (column < 0) {
        err << path << ": no expected column" << Qt::endl;
        return std::nullopt;
    }
    Corpus corpus;
    corpus.name = path;
    corpus.sheets = *sheets;
    for (const IndicatorSheet &sheet : std::as_const(corpus.sheets)) {
        QMap<int, std::pair<QSet<QString>, QString>> labels;
        QMap<int, QString> places;
        for (const IndicatorSheet::Row &row : sheet.rows) {
            labels.insert(row.number, {idsOf(records.value(row.number - 1).value(column)), {}});
            places.insert(row.number, QStringLiteral("row %1").arg(row.number));
        }
        corpus.labels.append(labels);
        corpus.places.append(places);
    }
    return corpus;
}

// The real-document corpus: every doc_id becomes a sheet in the contract's shape with the
// columns its document has, rows in the corpus order.
std::optional<Corpus> documentCorpus(const QString &folder, QTextStream &err)
{
    const QString path = QDir(folder).filePath(QStringLiteral("indicators.csv"));
    const QList<QStringList> records = recordsOf(path);
    if (records.size() < 2) {
        err << path << ": cannot be read" << Qt::endl;
        return std::nullopt;
    }
    const QStringList header = records.first();
    const auto cell = [&](const QStringList &record, const auto &name) {
        return record.value(header.indexOf(name));
    };
    QStringList order;
    QMap<QString, QList<QStringList>> byDocument;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QString document = cell(records[i], QLatin1String("doc_id"));
        if (document.isEmpty())
            continue;
        if (!byDocument.contains(document))
            order.append(document);
        byDocument[document].append(records[i]);
    }

    Corpus corpus;
    corpus.name = folder;
    for (const QString &document : std::as_const(order)) {
        const QList<QStringList> rows = byDocument.value(document);
        const auto has = [&](QLatin1String name) {
            return std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList &record) {
                return !cell(record, name).trimmed().isEmpty();
            });
        };
        const QStringList years = cell(rows.first(), QLatin1String("years"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList columns {QStringLiteral("sasaran"), QStringLiteral("indikator")};
        for (const QLatin1String optional : {QLatin1String("satuan"),
                                             QLatin1String("rumus"),
                                             QLatin1String("sumber_data"),
                                             QLatin1String("polaritas")}) {
            if (has(optional))
                columns.append(optional);
        }
        columns.append(QStringLiteral("tingkat"));
        for (const QString &year : years)
            columns.append(QStringLiteral("target_") + year);

        SheetTable table;
        table.fileName = path;
        table.sheetName = document;
        table.appendRow(columns);
        QMap<int, std::pair<QSet<QString>, QString>> labels;
        QMap<int, QString> places;
        for (const QStringList &record : rows) {
            QStringList cells;
            for (const QString &column : std::as_const(columns)) {
                if (column.startsWith(QLatin1String("target_"))) {
                    const qsizetype index = years.indexOf(column.mid(7));
                    cells.append(cell(record, QStringLiteral("target_%1").arg(index + 1)));
                } else {
                    cells.append(cell(record, column));
                }
            }
            table.appendRow(cells);
            const int number = table.rowCount();
            labels.insert(number,
                          {idsOf(cell(record, QLatin1String("rules"))),
                           cell(record, QLatin1String("reason"))});
            places.insert(
                number,
                QStringLiteral("%1 row %2").arg(document, cell(record, QLatin1String("row"))));
        }
        const Result<QList<IndicatorSheet>> sheets = IndicatorSheetReader::fromTable(table);
        if (!sheets) {
            err << document << ": " << sheets.error().message << Qt::endl;
            return std::nullopt;
        }
        for (const IndicatorSheet &sheet : *sheets) {
            corpus.sheets.append(sheet);
            corpus.labels.append(labels);
            corpus.places.append(places);
        }
    }
    return corpus;
}

// The corpus as if no sheet had a polaritas column.
Corpus withoutPolaritas(Corpus corpus)
{
    for (IndicatorSheet &sheet : corpus.sheets) {
        sheet.hasPolaritas = false;
        for (IndicatorSheet::Row &row : sheet.rows)
            row.indicator.polaritas = Indicator::Polaritas::NotGiven;
    }
    return corpus;
}

QString decimal(double value)
{
    return QString::number(value, 'f', 3);
}

void evaluate(const Corpus &corpus, const QSet<QString> &rules, QTextStream &out)
{
    QMap<QString, Tally> byRule;
    for (const QString &id : rules)
        byRule.insert(id, {});
    Tally indicators;
    QStringList disagreements;
    int rowCount = 0;
    for (qsizetype s = 0; s < corpus.sheets.size(); ++s) {
        const IndicatorSheet &sheet = corpus.sheets[s];
        QMap<int, QList<Finding>> findings;
        for (const Finding &finding : Checker::checkSheet(sheet)) {
            if (rules.contains(finding.ruleId) && finding.severity != Severity::Info)
                findings[finding.row].append(finding);
        }
        for (const IndicatorSheet::Row &row : sheet.rows) {
            ++rowCount;
            const auto [labelled, reason] = corpus.labels[s].value(row.number);
            QSet<QString> expected;
            for (const QString &id : labelled) {
                if (rules.contains(id))
                    expected.insert(id);
            }
            QSet<QString> reported;
            for (const Finding &finding : findings.value(row.number))
                reported.insert(finding.ruleId);
            for (auto rule = byRule.begin(); rule != byRule.end(); ++rule)
                rule->count(expected.contains(rule.key()), reported.contains(rule.key()));
            indicators.count(!expected.isEmpty(), !reported.isEmpty());
            if (expected == reported)
                continue;
            QStringList wanted(expected.cbegin(), expected.cend());
            QStringList got(reported.cbegin(), reported.cend());
            wanted.sort();
            got.sort();
            QString line = QStringLiteral("%1 [%2] %3\n    expected: %4\n    reported: %5")
                               .arg(corpus.places[s].value(row.number),
                                    tierKey(row.tier),
                                    row.indicator.text.simplified(),
                                    wanted.join(QLatin1Char(',')),
                                    got.join(QLatin1Char(',')));
            if (!reason.isEmpty())
                line += QStringLiteral("\n    label: %1").arg(reason);
            for (const Finding &finding : findings.value(row.number)) {
                if (!expected.contains(finding.ruleId))
                    line += QStringLiteral("\n    %1: %2").arg(finding.ruleId, finding.message.en);
            }
            disagreements.append(line);
        }
    }

    out << "indicators: " << rowCount << " in " << corpus.sheets.size() << " sheets\n";
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
                   .arg(decimal(tally.precision()), 10)
                   .arg(decimal(tally.recall()), 7);
    };
    for (auto rule = byRule.cbegin(); rule != byRule.cend(); ++rule)
        print(rule.key(), rule.value());
    print(QStringLiteral("per indicator"), indicators);
    out << "\ndisagreements: " << disagreements.size() << '\n';
    for (const QString &line : std::as_const(disagreements))
        out << line << '\n';
}

// CPU time of this thread in milliseconds: a busy build machine stretches wall-clock time, not
// this.
double cpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1000000.0;
}

void timeLarge(const IndicatorSheet &sheet, QTextStream &out)
{
    IndicatorSheet large = sheet;
    large.rows.clear();
    for (int i = 0; large.rows.size() < 10000; ++i) {
        IndicatorSheet::Row row = sheet.rows[i % sheet.rows.size()];
        // A different text each time, so no reading of a text is reused across indicators.
        row.indicator.text += QStringLiteral(" %1").arg(i);
        row.number = i + 2;
        large.rows.append(row);
    }
    double start = cpuMilliseconds();
    const qsizetype found = Checker::checkSheet(large).size();
    out << "\n10000 indicators, all sheet rules: " << cpuMilliseconds() - start << " ms CPU, "
        << found << " findings\n";

    // The wording rules alone, on subjects whose words are already split, as the checker runs
    // them: one after the other on the same subject, sharing one reading of it.
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

int explain(const QString &text, const QString &tierKey, QTextStream &out)
{
    IndicatorSheet sheet;
    sheet.hasSatuan = true;
    sheet.hasRumus = true;
    sheet.hasSumberData = true;
    sheet.hasPolaritas = true;
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
    const char *names[] = {"unknown", "maximise", "minimise", "stabilise"};
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
    if (arguments.isEmpty()) {
        arguments = {QStringLiteral(TEPAT_CORPUS_DIR "/real-indicators"),
                     QStringLiteral(TEPAT_CORPUS_DIR "/indicator-corpus.csv"),
                     QStringLiteral(TEPAT_CORPUS_DIR "/indicator-holdout.csv")};
    }

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

    QList<Corpus> corpora;
    for (const QString &path : std::as_const(arguments)) {
        const std::optional<Corpus> corpus
            = QFileInfo(path).isDir() ? documentCorpus(path, err) : contractCorpus(path, err);
        if (!corpus)
            return 1;
        corpora.append(*corpus);
    }
    for (const Corpus &corpus : std::as_const(corpora)) {
        out << "== " << corpus.name << " (as labelled)\n";
        evaluate(corpus, rules, out);
        out << "\n== " << corpus.name << " (polaritas withheld)\n";
        evaluate(withoutPolaritas(corpus), rules, out);
        out << '\n';
    }
    if (timed && !corpora.isEmpty() && !corpora.first().sheets.isEmpty())
        timeLarge(corpora.first().sheets.first(), out);
    return 0;
}
