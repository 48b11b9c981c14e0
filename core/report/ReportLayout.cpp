#include "report/ReportLayout.h"

#include "print/DocumentComposer.h"
#include "values/LayoutUnits.h"

namespace Tepat {

namespace {

using Cell = FlowTable::Cell;

QList<FlowTable::Column> pageColumns(const ReportTable &table, qreal bodyWidth)
{
    qreal fixed = 0;
    qreal weights = 0;
    for (const ReportTable::Column &column : table.columns) {
        fixed += LayoutUnits::fromMillimetres(column.millimetres);
        weights += column.millimetres > 0 ? 0 : column.weight;
    }
    // What the fixed columns leave is shared; paperFor turned the page if that would be too little.
    const qreal shared = std::max<qreal>(bodyWidth - fixed, 0);
    QList<FlowTable::Column> columns;
    for (const ReportTable::Column &column : table.columns) {
        const qreal width = column.millimetres > 0
            ? LayoutUnits::fromMillimetres(column.millimetres)
            : shared * column.weight / weights;
        columns.append({width, column.alignment});
    }
    return columns;
}

QList<Cell> cells(const QList<SheetCell> &row, bool bold)
{
    QList<Cell> result;
    for (const SheetCell &cell : row)
        result.append({cell.displayText(), 1, bold});
    return result;
}

void addTable(DocumentComposer &doc, const ReportTable &table)
{
    if (!table.heading.isEmpty())
        doc.add(doc.paragraph(table.heading), 0, 14);
    const FlowTable flow = doc.table(pageColumns(table, doc.bodyWidth()), table.points);
    QList<Cell> headers;
    for (const ReportTable::Column &column : table.columns)
        headers.append({column.header, 1, true, Qt::AlignHCenter});
    doc.beginTable(flow.header({headers}, doc.headerShade()), table.heading.isEmpty() ? 14 : 4);
    if (table.groups.isEmpty()) {
        QList<Cell> none(table.columns.size());
        none.first().text = QStringLiteral("-");
        doc.add(flow.row(none), 0, 0);
    }
    for (const ReportTable::Group &group : table.groups) {
        QList<QList<Cell>> rows;
        for (const QList<SheetCell> &row : group.rows)
            rows.append(cells(row, group.total));
        doc.add(flow.group(cells(group.spanning, group.total), rows), 0, 0);
    }
    doc.endTable();
}

// A chart's page: the report's title under the chart's name, then an anchor over the rest of the
// body that the writer paints the chart into (the chart class draws, not the layout, so that
// screen and paper match).
void addChart(DocumentComposer &doc,
              const PaperFormat &paper,
              const Report &report,
              const QString &name,
              const QString &anchor)
{
    doc.newPage();
    QStringList title = report.title;
    title.first() = name;
    const FlowBlock heading = doc.centred(title, true);
    doc.add(heading, 0, 0);
    const QRectF body = paper.bodyRect();
    FlowBlock chart;
    chart.height = (body.height() - heading.height - doc.spaceBefore()) * 0.95;
    chart.items.append(PageItem {.kind = PageItem::Kind::Anchor,
                                 .rect = QRectF(body.left(), 0, body.width(), chart.height),
                                 .anchor = anchor});
    doc.add(chart);
}

} // namespace

QString ReportLayout::chartAnchor(qsizetype reportIndex)
{
    return QStringLiteral("capaian-chart-%1").arg(reportIndex);
}

QString ReportLayout::overviewAnchor(qsizetype reportIndex)
{
    return QStringLiteral("kategori-overview-%1").arg(reportIndex);
}

PaperFormat ReportLayout::paperFor(const QList<Report> &reports, PaperFormat::Size size)
{
    const PaperFormat standing(size);
    const qreal body = standing.bodyRect().width();
    for (const Report &report : reports) {
        for (const ReportTable &table : report.tables) {
            if (LayoutUnits::fromMillimetres(table.minimumMillimetres()) > body)
                return standing.turned(PaperFormat::Orientation::Landscape);
        }
    }
    return standing;
}

LaidOutDocument ReportLayout::layout(const QList<Report> &reports,
                                     const PaperFormat &paper,
                                     DocumentFonts::Typeface typeface,
                                     const QString &footer)
{
    DocumentComposer doc(paper, typeface);
    qsizetype index = 0;
    for (const Report &report : reports) {
        doc.newPage();
        doc.add(doc.centred(report.title, true), 0, 0);
        for (const ReportTable &table : report.tables)
            addTable(doc, table);
        if (!report.chart.isEmpty()) {
            addChart(
                doc, paper, report, QStringLiteral("GRAFIK CAPAIAN KINERJA"), chartAnchor(index));
        }
        if (report.overview) {
            addChart(doc,
                     paper,
                     report,
                     QStringLiteral("KATEGORI CAPAIAN KINERJA PER PERANGKAT DAERAH"),
                     overviewAnchor(index));
        }
        ++index;
    }
    return doc.finish(footer);
}

} // namespace Tepat
