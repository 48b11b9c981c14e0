#include "print/ReviewSummaryLayout.h"

#include "print/DocumentComposer.h"
#include "values/IndonesianDate.h"
#include "values/LayoutUnits.h"

namespace Tepat {

namespace {

using Cell = FlowTable::Cell;

QList<Cell> countCells(const ReviewSummary::Counts &counts, bool bold = false)
{
    return {{QString::number(counts.errors), 1, bold},
            {QString::number(counts.warnings), 1, bold},
            {QString::number(counts.infos), 1, bold},
            {QString::number(counts.total()), 1, bold}};
}

} // namespace

LaidOutDocument ReviewSummaryLayout::layout(const ReviewSummary &summary,
                                            const PaperFormat &paper,
                                            DocumentFonts::Typeface typeface)
{
    DocumentComposer doc(paper, typeface);
    const QString date = IndonesianDate::format(summary.date);
    doc.add(doc.centred({tr("REVIEW SUMMARY"), summary.pemda.toUpper()}, true), 0, 0);
    doc.add(doc.fields({{tr("Pemda"), summary.pemda},
                        {tr("Date"), date},
                        {tr("Findings"),
                         tr("%1 (%2 errors, %3 warnings, %4 notes)")
                             .arg(summary.total.total())
                             .arg(summary.total.errors)
                             .arg(summary.total.warnings)
                             .arg(summary.total.infos)},
                        {tr("Comments"), tr("%1 open").arg(summary.openComments.size())}}),
            0,
            18);

    const qreal number = mm(9);
    const qreal count = mm(22);
    const qreal label = doc.bodyWidth() - number - 4 * count;
    const FlowTable counts = doc.table({{number, Qt::AlignHCenter},
                                        {label, Qt::AlignLeft},
                                        {count, Qt::AlignRight},
                                        {count, Qt::AlignRight},
                                        {count, Qt::AlignRight},
                                        {count, Qt::AlignRight}});
    const auto countTable = [&](const QString &title,
                                const QString &what,
                                const QList<ReviewSummary::Row> &rows) {
        doc.add(doc.paragraph(title), 0, 18);
        const QList<Cell> titles {{tr("No"), 1, true, Qt::AlignHCenter},
                                  {what, 1, true, Qt::AlignHCenter},
                                  {tr("Errors"), 1, true, Qt::AlignHCenter},
                                  {tr("Warnings"), 1, true, Qt::AlignHCenter},
                                  {tr("Notes"), 1, true, Qt::AlignHCenter},
                                  {tr("Total"), 1, true, Qt::AlignHCenter}};
        doc.beginTable(counts.header({titles}, doc.headerShade()), 6);
        if (rows.isEmpty())
            doc.add(counts.row({{QStringLiteral("-")}, {tr("No findings")}, {}, {}, {}, {}}), 0, 0);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Cell label {rows[i].label, 1, false, {}, rows[i].note};
            doc.add(counts.row(QList<Cell> {{QString::number(i + 1)}, label}
                               + countCells(rows[i].counts)),
                    0,
                    0);
        }
        doc.add(counts.row(QList<Cell> {{tr("Total"), 2, true, Qt::AlignLeft}}
                           + countCells(summary.total, true)),
                0,
                0);
        doc.endTable();
    };
    countTable(tr("A. Findings per OPD"), tr("OPD"), summary.opds);
    countTable(tr("B. Findings per rule"), tr("Rule"), summary.rules);

    doc.add(doc.paragraph(tr("C. Open reviewer comments")), 0, 18);
    const qreal author = mm(30);
    const qreal time = mm(26);
    const qreal rest = doc.bodyWidth() - number - author - time;
    const FlowTable comments = doc.table({{number, Qt::AlignHCenter},
                                          {rest * 0.4, Qt::AlignLeft},
                                          {author, Qt::AlignLeft},
                                          {time, Qt::AlignLeft},
                                          {rest * 0.6, Qt::AlignLeft}});
    doc.beginTable(comments.header({{{tr("No"), 1, true, Qt::AlignHCenter},
                                     {tr("Item"), 1, true, Qt::AlignHCenter},
                                     {tr("Reviewer"), 1, true, Qt::AlignHCenter},
                                     {tr("Time"), 1, true, Qt::AlignHCenter},
                                     {tr("Comment"), 1, true, Qt::AlignHCenter}}},
                                   doc.headerShade()),
                   6);
    if (summary.openComments.isEmpty())
        doc.add(comments.row({{QStringLiteral("-")}, {tr("No open comments")}, {}, {}, {}}), 0, 0);
    for (qsizetype i = 0; i < summary.openComments.size(); ++i) {
        const ReviewSummary::Comment &comment = summary.openComments[i];
        const QDateTime at = comment.at.toLocalTime();
        const QString when = QStringLiteral("%1 %2").arg(
            IndonesianDate::format(at.date()), at.time().toString(QStringLiteral("HH.mm")));
        doc.add(comments.row({{QString::number(i + 1)},
                              {comment.object},
                              {comment.author},
                              {when},
                              {comment.text}}),
                0,
                0);
    }
    doc.endTable();
    return doc.finish(tr("Review summary · %1 · %2").arg(summary.pemda, date));
}

} // namespace Tepat
