#include "print/PkComparisonLayout.h"

#include "print/DocumentComposer.h"
#include "values/LayoutUnits.h"

namespace Tepat {

namespace {

using Cell = FlowTable::Cell;

void addTable(DocumentComposer &doc,
              const QString &heading,
              const QString &beforeName,
              const QString &afterName,
              const QList<PkComparison::Row> &rows,
              const std::optional<PkComparison::Row> &total,
              qreal valueWidth)
{
    const qreal number = mm(9);
    const qreal keterangan = mm(30);
    const FlowTable table
        = doc.table({{number, Qt::AlignHCenter},
                     {doc.bodyWidth() - number - 2 * valueWidth - keterangan, Qt::AlignLeft},
                     {valueWidth, Qt::AlignRight},
                     {valueWidth, Qt::AlignRight},
                     {keterangan, Qt::AlignLeft}});
    const QList<Cell> titles {{QStringLiteral("No"), 1, true},
                              {heading, 1, true, Qt::AlignHCenter},
                              {beforeName, 1, true, Qt::AlignHCenter},
                              {afterName, 1, true, Qt::AlignHCenter},
                              {QStringLiteral("Keterangan"), 1, true, Qt::AlignHCenter}};
    doc.beginTable(table.header({titles}, doc.headerShade()), 12);
    if (rows.isEmpty())
        doc.add(table.row({{QStringLiteral("-")}, {QStringLiteral("-")}, {}, {}, {}}), 0, 0);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PkComparison::Row &row = rows[i];
        doc.add(table.row({{QString::number(i + 1)},
                           {row.name},
                           {row.before},
                           {row.after},
                           {row.keterangan}}),
                0,
                0);
    }
    if (total) {
        doc.add(table.row({{total->name, 2, true, Qt::AlignHCenter},
                           {total->before, 1, true},
                           {total->after, 1, true},
                           {total->keterangan, 1, true}}),
                0,
                0);
    }
    doc.endTable();
}

} // namespace

LaidOutDocument PkComparisonLayout::layout(const PkComparison &comparison,
                                           const PaperFormat &paper,
                                           DocumentFonts::Typeface typeface)
{
    DocumentComposer doc(paper, typeface);
    doc.add(doc.centred(QStringList {comparison.title} + comparison.unitLines, true), 0, 0);
    QList<std::pair<QString, QString>> basis;
    for (const QString &line : comparison.basis) {
        const qsizetype colon = line.indexOf(u':');
        basis.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (!basis.isEmpty())
        doc.add(doc.fields(basis), 0, 18);
    const QString before = QStringLiteral("Target %1").arg(comparison.beforeName);
    const QString after = QStringLiteral("Target %1").arg(comparison.afterName);
    addTable(doc,
             QStringLiteral("Indikator Kinerja"),
             before,
             after,
             comparison.indicators,
             std::nullopt,
             mm(30));
    addTable(doc,
             QStringLiteral("Program / Kegiatan"),
             QStringLiteral("Anggaran %1").arg(comparison.beforeName),
             QStringLiteral("Anggaran %1").arg(comparison.afterName),
             comparison.programs,
             comparison.total,
             mm(38));
    return doc.finish(QStringLiteral("Perbandingan PK %1 dan PK %2 (tidak ditandatangani)")
                          .arg(comparison.beforeName, comparison.afterName));
}

} // namespace Tepat
