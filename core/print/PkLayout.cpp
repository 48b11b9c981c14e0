#include "print/PkLayout.h"

#include "print/DocumentComposer.h"
#include "print/PkWording.h"
#include "print/SignaturePlace.h"
#include "values/LayoutUnits.h"

namespace Tepat {

namespace {

using Cell = FlowTable::Cell;

QStringList titleLines(const PkContent &content)
{
    return QStringList {content.title} + content.unitLines;
}

DocumentComposer::Signatory pihakPertama(const PkContent &content)
{
    return {content.signsAlone() ? QString() : QStringLiteral("PIHAK PERTAMA,"),
            content.pihakPertama,
            SignaturePlace::partyKey(SignaturePlace::Party::PihakPertama)};
}

std::optional<DocumentComposer::Signatory> pihakKedua(const PkContent &content)
{
    if (content.signsAlone())
        return std::nullopt;
    return DocumentComposer::Signatory {
        QStringLiteral("PIHAK KEDUA,"),
        content.pihakKedua,
        SignaturePlace::partyKey(SignaturePlace::Party::PihakKedua)};
}

void addStatement(DocumentComposer &doc, const PkContent &content)
{
    doc.add(doc.centred(titleLines(content), true), 0, 0);
    if (!content.number.isEmpty())
        doc.add(doc.centred({QStringLiteral("Nomor: %1").arg(content.number)}, false), 0, 0);
    const FlowBlock signatures
        = doc.signatures(content.placeAndDate, pihakKedua(content), pihakPertama(content));
    const qreal keepSignatures = doc.spaceBefore(18) + signatures.height;

    const QString nama = QStringLiteral("Nama");
    const QString jabatan = QStringLiteral("Jabatan");
    const Official &first = content.pihakPertama;
    const Official &second = content.pihakKedua;
    const bool alone = content.signsAlone();
    doc.add(doc.paragraph(PkWording::opening(alone)), 0, 24);
    doc.add(doc.fields({{nama, first.name}, {jabatan, first.jabatan}}));
    if (alone) {
        doc.add(doc.paragraph(PkWording::promise(alone)), keepSignatures);
    } else {
        doc.add(doc.paragraph(PkWording::pihakPertamaNamed()));
        doc.add(doc.fields({{nama, second.name}, {jabatan, second.jabatan}}));
        doc.add(doc.paragraph(PkWording::pihakKeduaNamed()));
        doc.add(doc.paragraph(PkWording::promise(alone)));
        doc.add(doc.paragraph(PkWording::supervision()), keepSignatures);
    }
    doc.add(signatures, 0, 18);
}

QList<Cell> numbering(int columns)
{
    QList<Cell> cells;
    for (int i = 1; i <= columns; ++i)
        cells.append({QStringLiteral("(%1)").arg(i), 1, false, Qt::AlignHCenter});
    return cells;
}

void addSasaranTable(DocumentComposer &doc, const PkContent &content)
{
    const qreal number = mm(9);
    // Wide enough for "9.300.000.000.000" on one line: a number broken across lines misreads.
    const qreal target = mm(36);
    const qreal rest = doc.bodyWidth() - number - target;
    const FlowTable table = doc.table({{number, Qt::AlignHCenter},
                                       {rest * 0.42, Qt::AlignLeft},
                                       {rest * 0.58, Qt::AlignLeft},
                                       {target, Qt::AlignHCenter}});
    const QList<Cell> titles {{QStringLiteral("No"), 1, true},
                              {content.sasaranHeading, 1, true, Qt::AlignHCenter},
                              {QStringLiteral("Indikator Kinerja"), 1, true, Qt::AlignHCenter},
                              {QStringLiteral("Target"), 1, true}};
    doc.beginTable(table.header({titles, numbering(4)}, doc.headerShade()), 18);
    if (content.sasaran.isEmpty())
        doc.add(table.row({{QStringLiteral("-")}, {QStringLiteral("-")}, {}, {}}), 0, 0);
    for (qsizetype i = 0; i < content.sasaran.size(); ++i) {
        const PkContent::SasaranRow &sasaran = content.sasaran[i];
        QList<QList<Cell>> rows;
        for (const PkContent::IndicatorRow &row : sasaran.indicators)
            rows.append({{row.indicator}, {row.target}});
        if (rows.isEmpty())
            rows.append({{QStringLiteral("-")}, {QStringLiteral("-")}});
        doc.add(table.group({{QString::number(i + 1)}, {sasaran.sasaran}}, rows), 0, 0);
    }
    doc.endTable();
}

void addProgramTable(DocumentComposer &doc, const PkContent &content, qreal keepWithNext)
{
    const qreal number = mm(9);
    const qreal anggaran = mm(42);
    const FlowTable table = doc.table({{number, Qt::AlignHCenter},
                                       {doc.bodyWidth() - number - anggaran, Qt::AlignLeft},
                                       {anggaran, Qt::AlignRight}});
    const QList<Cell> titles {{QStringLiteral("No"), 1, true},
                              {content.programHeading, 1, true, Qt::AlignHCenter},
                              {QStringLiteral("Anggaran"), 1, true, Qt::AlignHCenter}};
    doc.beginTable(table.header({titles, numbering(3)}, doc.headerShade()), 18);
    const FlowBlock total = table.row(
        {{QStringLiteral("Jumlah"), 2, true, Qt::AlignHCenter}, {content.anggaranTotal, 1, true}});
    for (qsizetype i = 0; i < content.programs.size(); ++i) {
        const PkContent::ProgramRow &program = content.programs[i];
        const QString name = program.code.isEmpty()
            ? program.name
            : QStringLiteral("%1 %2").arg(program.code, program.name);
        const bool last = i + 1 == content.programs.size();
        doc.add(table.row({{QString::number(i + 1)}, {name}, {program.anggaran}}),
                last ? total.height + keepWithNext : 0,
                0);
    }
    doc.add(total, keepWithNext, 0);
    doc.endTable();
}

} // namespace

Result<LaidOutDocument> PkLayout::layout(const PkContent &content,
                                         const PaperFormat &paper,
                                         DocumentFonts::Typeface typeface)
{
    DocumentComposer doc(paper, typeface);
    addStatement(doc, content);

    doc.newPage();
    doc.add(
        doc.centred(QStringList {QStringLiteral("LAMPIRAN")} + titleLines(content), true), 0, 0);
    addSasaranTable(doc, content);
    const FlowBlock signatures
        = doc.signatures(content.placeAndDate, pihakKedua(content), pihakPertama(content));
    addProgramTable(doc, content, doc.spaceBefore(18) + signatures.height);
    doc.add(signatures, 0, 18);
    return doc.finish(PkFingerprint::of(content, PkFingerprint::Document::PerjanjianKinerja));
}

} // namespace Tepat
