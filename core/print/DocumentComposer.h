#pragma once

#include "model/Official.h"
#include "print/DocumentFonts.h"
#include "print/FlowTable.h"
#include "print/LaidOutDocument.h"
#include "print/PageFlow.h"
#include "print/PkFingerprint.h"

#include <optional>

namespace Tepat {

// The parts an official letter is made of, shared by the PK and the Pakta Integritas: the fonts
// and sizes (12 pt text, 10 pt tables), centred title lines, justified paragraphs, "Nama : …"
// lines, numbered points, framed tables and signature blocks, all flowed onto pages of the chosen
// paper. finish() gives every page its footer: "Halaman x dari y", the short fingerprint and a QR
// code of the whole fingerprint.
class DocumentComposer
{
public:
    struct Signatory
    {
        QString label; // "PIHAK PERTAMA,"; may be empty
        Official official;
        // Names the signing space with an anchor (PageItem::Kind::Anchor) for a digital
        // signature's appearance; empty for none.
        QString anchor = {};
    };

    DocumentComposer(const PaperFormat &paper, DocumentFonts::Typeface typeface);

    FlowBlock centred(const QStringList &lines, bool bold) const;
    FlowBlock paragraph(const QString &text) const;
    FlowBlock fields(const QList<std::pair<QString, QString>> &rows) const;
    FlowBlock numbered(int number, const QString &text) const;
    // The date stands over the right-hand block. Both names share one line, however many lines
    // the two jabatan take; the signing space above them is the same height in both blocks.
    FlowBlock signatures(const QString &placeAndDate,
                         const std::optional<Signatory> &left,
                         const Signatory &right) const;
    // 10 pt cells; a table of many columns (a report on landscape paper) may set them smaller.
    FlowTable table(QList<FlowTable::Column> columns, qreal points = 10) const;
    QColor headerShade() const;
    qreal bodyWidth() const { return m_body.width(); }

    // Adds the block after a paragraph's space, or after spaceBefore points.
    void add(const FlowBlock &block, qreal keepWithNext = 0, qreal spaceBefore = -1);
    // The space add() leaves before a block, in layout units, for keepWithNext sums.
    qreal spaceBefore(qreal points = -1) const;
    void beginTable(const FlowBlock &header, qreal spaceBefore);
    void endTable();
    void newPage();

    Result<LaidOutDocument> finish(const PkFingerprint &fingerprint);
    // For a working paper that is not signed: every page's footer is "Halaman x dari y" and
    // the given line, without a fingerprint or QR code.
    LaidOutDocument finish(const QString &footer);

private:
    // Gives every page of the document its footer, "Halaman x dari y" over the given line, set
    // within width from the body's left edge.
    LaidOutDocument footed(const QString &secondLine, qreal width);

    PaperFormat m_paper;
    QRectF m_body;
    DocumentFonts m_fonts;
    PageFlow m_flow;
};

} // namespace Tepat
