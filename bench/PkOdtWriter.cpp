#include "PkOdtWriter.h"

#include "print/PkWording.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

namespace Tepat {

namespace {

class OdtBuilder
{
public:
    explicit OdtBuilder(QTextDocument &document)
        : m_cursor(&document)
    {}

    void add(const PkContent &content, bool first);

private:
    void
    paragraph(const QString &text, Qt::Alignment alignment = Qt::AlignJustify, bool bold = false);
    void title(const PkContent &content, bool lampiran, bool newPage);
    QTextTable *table(int rows, const QList<int> &widths, bool framed);
    void cell(QTextTable *table, int row, int column, const QString &text, bool bold = false);
    void signatures(const PkContent &content);
    void sasaranTable(const PkContent &content);
    void programTable(const PkContent &content);

    QTextCursor m_cursor;
};

void OdtBuilder::paragraph(const QString &text, Qt::Alignment alignment, bool bold)
{
    QTextBlockFormat block;
    block.setAlignment(alignment);
    block.setBottomMargin(6);
    QTextCharFormat chars;
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    m_cursor.insertBlock(block, chars);
    m_cursor.insertText(text);
}

void OdtBuilder::title(const PkContent &content, bool lampiran, bool newPage)
{
    QStringList lines = QStringList {content.title} + content.unitLines;
    if (lampiran)
        lines.prepend(QStringLiteral("LAMPIRAN"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        paragraph(lines[i], Qt::AlignHCenter, true);
        if (i == 0 && newPage) {
            QTextBlockFormat format = m_cursor.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_cursor.setBlockFormat(format);
        }
    }
}

QTextTable *OdtBuilder::table(int rows, const QList<int> &widths, bool framed)
{
    QTextTableFormat format;
    format.setBorder(framed ? 0.5 : 0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (int width : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(constraints);
    return m_cursor.insertTable(rows, int(widths.size()), format);
}

void OdtBuilder::cell(QTextTable *table, int row, int column, const QString &text, bool bold)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    QTextCharFormat chars;
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    chars.setFontPointSize(10);
    cursor.insertText(text, chars);
}

void OdtBuilder::signatures(const PkContent &content)
{
    QTextTable *signs = table(1, {50, 50}, false);
    const auto block = [&](int column, const QString &label, const Official &official) {
        cell(signs,
             0,
             column,
             QStringLiteral("%1\n%2\n\n\n\n").arg(label, official.jabatan) + official.name
                 + QStringLiteral("\n%1\nNIP. %2").arg(official.pangkat, official.nip));
    };
    if (!content.signsAlone())
        block(0, QStringLiteral("PIHAK KEDUA,"), content.pihakKedua);
    block(1, content.placeAndDate + QStringLiteral("\nPIHAK PERTAMA,"), content.pihakPertama);
    m_cursor.movePosition(QTextCursor::End);
}

void OdtBuilder::sasaranTable(const PkContent &content)
{
    int rows = 2;
    for (const PkContent::SasaranRow &sasaran : content.sasaran)
        rows += int(std::max<qsizetype>(1, sasaran.indicators.size()));
    QTextTable *sasaranTable = table(rows, {6, 30, 44, 20}, true);
    const QStringList header {QStringLiteral("No"),
                              content.sasaranHeading,
                              QStringLiteral("Indikator Kinerja"),
                              QStringLiteral("Target")};
    for (int column = 0; column < 4; ++column) {
        cell(sasaranTable, 0, column, header[column], true);
        cell(sasaranTable, 1, column, QStringLiteral("(%1)").arg(column + 1));
    }
    int row = 2;
    for (qsizetype i = 0; i < content.sasaran.size(); ++i) {
        const PkContent::SasaranRow &sasaran = content.sasaran[i];
        const int span = int(std::max<qsizetype>(1, sasaran.indicators.size()));
        cell(sasaranTable, row, 0, QString::number(i + 1));
        cell(sasaranTable, row, 1, sasaran.sasaran);
        for (qsizetype j = 0; j < sasaran.indicators.size(); ++j) {
            cell(sasaranTable, row + int(j), 2, sasaran.indicators[j].indicator);
            cell(sasaranTable, row + int(j), 3, sasaran.indicators[j].target);
        }
        sasaranTable->mergeCells(row, 0, span, 1);
        sasaranTable->mergeCells(row, 1, span, 1);
        row += span;
    }
    m_cursor.movePosition(QTextCursor::End);
}

void OdtBuilder::programTable(const PkContent &content)
{
    const int rows = int(content.programs.size()) + 3;
    QTextTable *programs = table(rows, {6, 64, 30}, true);
    const QStringList header {
        QStringLiteral("No"), content.programHeading, QStringLiteral("Anggaran")};
    for (int column = 0; column < 3; ++column) {
        cell(programs, 0, column, header[column], true);
        cell(programs, 1, column, QStringLiteral("(%1)").arg(column + 1));
    }
    for (int i = 0; i < content.programs.size(); ++i) {
        const PkContent::ProgramRow &program = content.programs[i];
        cell(programs, i + 2, 0, QString::number(i + 1));
        cell(programs, i + 2, 1, QStringLiteral("%1 %2").arg(program.code, program.name));
        cell(programs, i + 2, 2, program.anggaran);
    }
    cell(programs, rows - 1, 0, QStringLiteral("Jumlah"), true);
    cell(programs, rows - 1, 2, content.anggaranTotal, true);
    programs->mergeCells(rows - 1, 0, 1, 2);
    m_cursor.movePosition(QTextCursor::End);
}

void OdtBuilder::add(const PkContent &content, bool first)
{
    title(content, false, !first);
    const bool alone = content.signsAlone();
    paragraph(PkWording::opening(alone));
    const auto party = [&](const Official &official) {
        paragraph(QStringLiteral("Nama\t: %1").arg(official.name), Qt::AlignLeft);
        paragraph(QStringLiteral("Jabatan\t: %1").arg(official.jabatan), Qt::AlignLeft);
    };
    party(content.pihakPertama);
    if (!alone) {
        paragraph(PkWording::pihakPertamaNamed());
        party(content.pihakKedua);
        paragraph(PkWording::pihakKeduaNamed());
    }
    paragraph(PkWording::promise(alone));
    if (!alone)
        paragraph(PkWording::supervision());
    signatures(content);

    title(content, true, true);
    sasaranTable(content);
    paragraph(QString());
    programTable(content);
    signatures(content);
}

} // namespace

bool PkOdtWriter::write(const QString &path, const QList<PkContent> &contents)
{
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Liberation Sans"), 12));
    OdtBuilder builder(document);
    for (qsizetype i = 0; i < contents.size(); ++i)
        builder.add(contents[i], i == 0);
    QTextDocumentWriter writer(path, "odf");
    return writer.write(&document);
}

} // namespace Tepat
