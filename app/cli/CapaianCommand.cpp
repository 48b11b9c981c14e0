#include "CapaianCommand.h"

#include "check/IndicatorSheet.h"
#include "check/IndicatorSheetReader.h"
#include "measure/CapaianEngine.h"
#include "measure/CapaianSummary.h"
#include "store/WorkspaceFile.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Tepat {

namespace {

// One line of the result: a sheet row or a workspace indicator with its capaian.
struct Row
{
    int sheetRow = -1; // a sheet's row number; -1 for a workspace
    QString indikator;
    Capaian capaian;
};

struct Measured
{
    int quarter = 0;
    QList<Row> rows;
    KategoriScale scale;
};

std::optional<int> numberOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    return ok ? std::optional<int>(value) : std::optional<int>(-1);
}

// A sheet's year target: the target_<year> column of --year, else the single `target` column,
// else the last year's column.
TargetValue sheetTarget(const IndicatorSheet::Row &row, std::optional<int> year)
{
    const QMap<int, TargetValue> &targets = row.indicator.targets;
    if (year && targets.contains(*year))
        return targets.value(*year);
    if (targets.contains(0))
        return targets.value(0);
    return year || targets.isEmpty() ? TargetValue() : targets.last();
}

Result<Measured>
measureSheet(const QString &path, std::optional<int> year, std::optional<int> quarter)
{
    // Every indicator table of the file: a workbook may hold several, on one sheet or more.
    const Result<QList<IndicatorSheet>> sheets = IndicatorSheetReader::read(path);
    if (!sheets)
        return fail(sheets.error());
    QList<IndicatorSheet::Row> rows;
    for (const IndicatorSheet &sheet : *sheets)
        rows.append(sheet.rows);
    Measured measured;
    if (quarter) {
        measured.quarter = *quarter;
    } else {
        for (const IndicatorSheet::Row &row : std::as_const(rows)) {
            measured.quarter = std::max(measured.quarter,
                                        row.realisasi.kind() != TargetValue::Kind::Empty
                                            ? Realisasi::quarterCount
                                            : row.indicator.realisasi.lastReportedQuarter());
        }
    }
    if (measured.quarter == 0)
        measured.quarter = Realisasi::quarterCount;
    const CapaianEngine engine {MeasureSettings()};
    for (const IndicatorSheet::Row &row : std::as_const(rows)) {
        TargetsInForce targets;
        targets.annual = sheetTarget(row, year);
        for (int tw = 1; tw <= Realisasi::quarterCount; ++tw)
            targets.quarterly[tw - 1] = row.indicator.realisasi.triwulan(tw).target;
        measured.rows.append(
            {row.number,
             row.indicator.text,
             engine.measure(row.indicator, targets, measured.quarter, row.realisasi)});
    }
    return measured;
}

Measured measureWorkspace(const Cascade &cascade, int year, std::optional<int> quarter)
{
    Measured measured;
    measured.scale = cascade.measureSettings().kategori;
    measured.quarter = quarter.value_or(CapaianEngine::lastReportedQuarter(cascade, year));
    if (measured.quarter == 0)
        measured.quarter = Realisasi::quarterCount;
    const CapaianEngine engine(cascade.measureSettings());
    for (const Capaian &capaian : engine.measureYear(cascade, year, measured.quarter))
        measured.rows.append({-1, cascade.indicator(capaian.indicatorId)->text, capaian});
    return measured;
}

// The year a workspace is measured in without --year: the one whose triwulan the user closes,
// else the latest PK year.
int defaultYear(const Cascade &cascade)
{
    if (cascade.measureSettings().reportingYear != 0)
        return cascade.measureSettings().reportingYear;
    int latest = 0;
    for (const PkDocument &pk : cascade.pks())
        latest = std::max(latest, pk.year);
    return latest;
}

QJsonValue realisasiJson(const TargetValue &realisasi)
{
    switch (realisasi.kind()) {
    case TargetValue::Kind::Empty:
        return QJsonValue::Null;
    case TargetValue::Kind::Number:
        return realisasi.number().toDouble();
    default:
        return Capaian::valueText(realisasi);
    }
}

QByteArray toJson(const QString &file, const Measured &measured, Language language)
{
    QJsonArray rows;
    for (const Row &row : measured.rows) {
        const Capaian &capaian = row.capaian;
        QJsonObject object {
            {QStringLiteral("indikator"), row.indikator},
            {QStringLiteral("target"), Capaian::valueText(capaian.target)},
            {QStringLiteral("realisasi"), realisasiJson(capaian.realisasi)},
            {QStringLiteral("capaian"),
             capaian.value ? QJsonValue(capaian.value->toDouble()) : QJsonValue::Null},
            {QStringLiteral("kategori"),
             capaian.kategori ? QJsonValue(capaian.kategoriLabel) : QJsonValue::Null},
            {QStringLiteral("formula"), capaian.formula.text(language)},
            {QStringLiteral("note"), capaian.note.text(language)},
        };
        if (row.sheetRow >= 0)
            object.insert(QStringLiteral("row"), row.sheetRow);
        else
            object.insert(QStringLiteral("object"), capaian.indicatorId);
        rows.append(object);
    }
    QList<Capaian> all;
    for (const Row &row : measured.rows)
        all.append(row.capaian);
    const CapaianSummary summary = CapaianSummary::of(all, measured.scale);
    QJsonObject perKategori;
    for (const auto &[label, count] : summary.perKategori)
        perKategori.insert(label, count);
    const QJsonObject root {
        {QStringLiteral("file"), file},
        {QStringLiteral("quarter"), measured.quarter},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("summary"),
         QJsonObject {
             {QStringLiteral("rata_rata_capaian"),
              summary.rataRata ? QJsonValue(summary.rataRata->toDouble()) : QJsonValue::Null},
             {QStringLiteral("per_kategori"), perKategori}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// The words around the results follow --lang, as the notes do, not the machine's locale.
void printText(const QString &file, const Measured &measured, Language language, QTextStream &out)
{
    const bool id = language == Language::Indonesian;
    QList<Capaian> all;
    for (const Row &row : measured.rows) {
        const Capaian &capaian = row.capaian;
        all.append(capaian);
        const QString where = row.sheetRow >= 0 ? QString::number(row.sheetRow)
                                                : QStringLiteral("#%1").arg(capaian.indicatorId);
        QString line = QStringLiteral("%1:%2 \"%3\": ").arg(file, where, row.indikator);
        if (capaian.value) {
            line += Capaian::percentText(*capaian.value);
            if (capaian.kategori)
                line += QStringLiteral(" (%1)").arg(capaian.kategoriLabel);
            line += QStringLiteral(", %1").arg(capaian.formula.text(language));
        } else {
            line += QStringLiteral("\u2014");
        }
        line += QStringLiteral("; target %1, realisasi %2")
                    .arg(Capaian::valueText(capaian.target),
                         capaian.realisasi.kind() == TargetValue::Kind::Empty
                             ? QStringLiteral("\u2014")
                             : Capaian::valueText(capaian.realisasi));
        if (!capaian.note.isEmpty())
            line += QStringLiteral(" \u2014 %1").arg(capaian.note.text(language));
        out << line << Qt::endl;
    }
    const CapaianSummary summary = CapaianSummary::of(all, measured.scale);
    QStringList counts;
    for (const auto &[label, count] : summary.perKategori)
        counts.append(QStringLiteral("%1 %2").arg(label).arg(count));
    const QString mean
        = summary.rataRata ? Capaian::percentText(*summary.rataRata) : QStringLiteral("\u2014");
    out << (id ? QStringLiteral("%1: s.d. %2, rata-rata capaian %3 (%4 terukur, %5 tanpa "
                                "capaian); %6")
               : QStringLiteral("%1: up to %2, mean capaian %3 (%4 measured, %5 without "
                                "capaian); %6"))
               .arg(file,
                    Realisasi::quarterName(measured.quarter),
                    mean,
                    QString::number(summary.measured),
                    QString::number(summary.unmeasured),
                    counts.join(QStringLiteral(", ")))
        << Qt::endl;
}

} // namespace

QString CapaianCommand::summary() const
{
    return tr("Compute the capaian of a workspace's PK indicators or of a sheet's rows.");
}

void CapaianCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("A workspace (.tepat), or a sheet (CSV or .xlsx) with an indikator column and optional "
           "satuan, polaritas (positif, negatif, stabil), metode (kumulatif, nilai_akhir, "
           "rata_rata), target, target_tw1 … target_tw4, realisasi_tw1 … realisasi_tw4 and "
           "realisasi (the year's, which wins over the triwulan) columns."));
    parser.addOption({QStringLiteral("year"),
                      tr("For a workspace, the PKs of this year (default: the reporting year of "
                         "its settings, else the latest PK year); for a sheet, its target_<year> "
                         "column."),
                      QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("quarter"),
                      tr("Capaian up to this triwulan, 1 to 4 (default: the last one with any "
                         "realisasi)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("format"),
                      tr("text (default): one line per indicator; json: one JSON object."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("lang"),
                      tr("The language of the notes: id (default) or en."),
                      QStringLiteral("LANG"),
                      QStringLiteral("id")});
}

int CapaianCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return usage(tr("capaian takes exactly one file."), err);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(tr("--format is text or json, not \"%1\".").arg(format), err);
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang != QLatin1String("id") && lang != QLatin1String("en"))
        return usage(tr("--lang is id or en, not \"%1\".").arg(lang), err);
    const Language language
        = lang == QLatin1String("id") ? Language::Indonesian : Language::English;
    const std::optional<int> year = numberOption(parser, QStringLiteral("year"));
    if (year
        && (*year < IndicatorSheetReader::firstYear || *year > IndicatorSheetReader::lastYear)) {
        return usage(tr("--year takes a year between %1 and %2, not \"%3\".")
                         .arg(QString::number(IndicatorSheetReader::firstYear),
                              QString::number(IndicatorSheetReader::lastYear),
                              parser.value(QStringLiteral("year"))),
                     err);
    }
    const std::optional<int> quarter = numberOption(parser, QStringLiteral("quarter"));
    if (quarter && (*quarter < 1 || *quarter > Realisasi::quarterCount)) {
        return usage(tr("--quarter takes a triwulan from 1 to 4, not \"%1\".")
                         .arg(parser.value(QStringLiteral("quarter"))),
                     err);
    }

    const QString &path = files.first();
    Measured measured;
    if (isWorkspace(path)) {
        const Result<Cascade> cascade = WorkspaceFile::load(path);
        if (!cascade)
            return report(cascade.error(), err);
        measured = measureWorkspace(*cascade, year.value_or(defaultYear(*cascade)), quarter);
    } else {
        Result<Measured> sheet = measureSheet(path, year, quarter);
        if (!sheet)
            return report(sheet.error(), err);
        measured = std::move(*sheet);
    }
    if (format == QLatin1String("json")) {
        out.flush();
        out.device()->write(toJson(path, measured, language));
    } else {
        printText(path, measured, language, out);
    }
    return Success;
}

} // namespace Tepat
