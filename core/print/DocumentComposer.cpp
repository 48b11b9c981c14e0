#include "print/DocumentComposer.h"

#include "print/TextSetter.h"
#include "values/LayoutUnits.h"

#include <QFontMetricsF>

namespace Tepat {

namespace {

constexpr qreal textPoints = 12;
constexpr qreal tablePoints = 10;
constexpr qreal footerPoints = 7.5;
constexpr qreal paragraphSpacePoints = 6;

qreal pt(qreal points)
{
    return LayoutUnits::fromPoints(points);
}

// Breaks between lines, keeping two lines at least on each side of a page break (no widow and
// no orphan) when the paragraph is long enough for that.
void lineBreaks(FlowBlock &block)
{
    const qsizetype count = block.items.size();
    for (qsizetype i = 1; i < count; ++i) {
        const qreal at = block.items[i].top();
        block.lineBreaks.append(at);
        if (i >= 2 && count - i >= 2)
            block.breaks.append(at);
    }
}

} // namespace

DocumentComposer::DocumentComposer(const PaperFormat &paper, DocumentFonts::Typeface typeface)
    : m_paper(paper)
    , m_body(paper.bodyRect())
    , m_fonts(typeface)
    , m_flow(m_body)
{}

FlowBlock DocumentComposer::centred(const QStringList &lines, bool bold) const
{
    FlowBlock block;
    for (const QString &line : lines) {
        const TextSetter::Lines set = TextSetter::set(line,
                                                      m_fonts.font(textPoints, bold),
                                                      m_body.width(),
                                                      Qt::AlignHCenter,
                                                      QPointF(m_body.left(), block.height));
        block.items += set.items;
        block.height += set.height;
    }
    return block;
}

FlowBlock DocumentComposer::paragraph(const QString &text) const
{
    const TextSetter::Lines set = TextSetter::set(text,
                                                  m_fonts.font(textPoints),
                                                  m_body.width(),
                                                  Qt::AlignJustify,
                                                  QPointF(m_body.left(), 0));
    FlowBlock block;
    block.items = set.items;
    block.height = set.height;
    lineBreaks(block);
    return block;
}

FlowBlock DocumentComposer::fields(const QList<std::pair<QString, QString>> &rows) const
{
    const FlowTable table(
        m_body.left(),
        {{mm(28), Qt::AlignLeft}, {mm(5), Qt::AlignLeft}, {m_body.width() - mm(33), Qt::AlignLeft}},
        {m_fonts.font(textPoints), m_fonts.font(textPoints, true), 0, pt(1), 0});
    QList<QList<FlowTable::Cell>> cells;
    for (const auto &[label, value] : rows)
        cells.append({{label}, {QStringLiteral(":")}, {value}});
    return table.group({}, cells);
}

FlowBlock DocumentComposer::numbered(int number, const QString &text) const
{
    const FlowTable table(m_body.left(),
                          {{mm(8), Qt::AlignLeft}, {m_body.width() - mm(8), Qt::AlignJustify}},
                          {m_fonts.font(textPoints), m_fonts.font(textPoints, true), 0, 0, 0});
    return table.row({{QStringLiteral("%1.").arg(number)}, {text}});
}

FlowBlock DocumentComposer::signatures(const QString &placeAndDate,
                                       const std::optional<Signatory> &left,
                                       const Signatory &right) const
{
    const QFont font = m_fonts.font(textPoints);
    const QFont bold = m_fonts.font(textPoints, true);
    const qreal gutter = mm(6);
    const qreal width = (m_body.width() - gutter) / 2;
    const qreal leftX = m_body.left();
    const qreal rightX = m_body.right() - width;
    FlowBlock block;
    const auto set = [&](const QString &text, const QFont &with, qreal x, qreal y) {
        const TextSetter::Lines lines
            = TextSetter::set(text, with, width, Qt::AlignHCenter, {x, y});
        block.items += lines.items;
        return lines;
    };

    const qreal headTop = set(placeAndDate, font, rightX, 0).height;
    const auto head = [&](const Signatory &signatory, qreal x) {
        qreal y = headTop;
        y += set(signatory.label, font, x, y).height;
        y += set(signatory.official.jabatan, font, x, y).height;
        return y;
    };
    qreal signingTop = head(right, rightX);
    if (left)
        signingTop = std::max(signingTop, head(*left, leftX));
    const qreal nameTop = signingTop + mm(22); // room to sign and stamp
    const auto anchor = [&](const Signatory &signatory, qreal x) {
        if (signatory.anchor.isEmpty())
            return;
        block.items.append(PageItem {.kind = PageItem::Kind::Anchor,
                                     .rect = QRectF(x, signingTop, width, nameTop - signingTop),
                                     .anchor = signatory.anchor});
    };
    anchor(right, rightX);
    if (left)
        anchor(*left, leftX);

    const qreal underline = QFontMetricsF(bold).underlinePos();
    const auto foot = [&](const Signatory &signatory, qreal x) {
        const TextSetter::Lines name = set(signatory.official.name, bold, x, nameTop);
        for (const PageItem &line : name.items) {
            const qreal y = line.baseline + underline;
            block.items.append(
                PageItem::rule(QLineF(line.rect.left(), y, line.rect.right(), y), pt(0.75)));
        }
        qreal y = nameTop + name.height;
        y += set(signatory.official.pangkat, font, x, y).height;
        if (!signatory.official.nip.isEmpty())
            y += set(QStringLiteral("NIP. %1").arg(signatory.official.nip), font, x, y).height;
        return y;
    };
    block.height = foot(right, rightX);
    if (left)
        block.height = std::max(block.height, foot(*left, leftX));
    return block;
}

FlowTable DocumentComposer::table(QList<FlowTable::Column> columns, qreal points) const
{
    // The padding shrinks with the type, so that small cells keep their proportions.
    const qreal scale = points / tablePoints;
    return FlowTable(m_body.left(),
                     std::move(columns),
                     {m_fonts.font(points),
                      m_fonts.font(points, true),
                      pt(4 * scale),
                      pt(2.5 * scale),
                      pt(0.5)});
}

QColor DocumentComposer::headerShade() const
{
    return QColor(0xe4, 0xe4, 0xe4);
}

qreal DocumentComposer::spaceBefore(qreal points) const
{
    return pt(points < 0 ? paragraphSpacePoints : points);
}

void DocumentComposer::add(const FlowBlock &block, qreal keepWithNext, qreal spaceBefore)
{
    m_flow.addSpace(this->spaceBefore(spaceBefore));
    m_flow.place(block, keepWithNext);
}

void DocumentComposer::beginTable(const FlowBlock &header, qreal spaceBefore)
{
    m_flow.addSpace(this->spaceBefore(spaceBefore));
    m_flow.beginTable(header);
}

void DocumentComposer::endTable()
{
    m_flow.endTable();
}

void DocumentComposer::newPage()
{
    m_flow.newPage();
}

Result<LaidOutDocument> DocumentComposer::finish(const PkFingerprint &fingerprint)
{
    const Result<QrCode> qr = QrCode::encode(fingerprint.qrPayload());
    if (!qr)
        return fail(qr.error());
    const qreal bottom = m_paper.paperSize().height() - mm(8);
    const qreal side = mm(14);
    const QRectF qrRect(m_body.right() - side, bottom - side, side, side);
    LaidOutDocument document
        = footed(QStringLiteral("Sidik dokumen: %1").arg(fingerprint.shortText()),
                 qrRect.left() - mm(5) - m_body.left());
    for (LaidOutDocument::Page &page : document.pages)
        page.items.append(PageItem {.kind = PageItem::Kind::QrCode, .rect = qrRect, .qrCode = *qr});
    return document;
}

LaidOutDocument DocumentComposer::finish(const QString &footer)
{
    return footed(footer, m_body.width());
}

LaidOutDocument DocumentComposer::footed(const QString &secondLine, qreal width)
{
    LaidOutDocument document {m_paper, m_flow.takePages()};
    const qreal bottom = m_paper.paperSize().height() - mm(8);
    const QFont font = m_fonts.font(footerPoints);
    const qsizetype count = document.pages.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QString text
            = QStringLiteral("Halaman %1 dari %2\u2028%3").arg(i + 1).arg(count).arg(secondLine);
        TextSetter::Lines lines = TextSetter::set(text, font, width, Qt::AlignLeft, {});
        for (PageItem &line : lines.items) {
            line.translate(m_body.left(), bottom - lines.height);
            document.pages[i].items.append(line);
        }
    }
    return document;
}

} // namespace Tepat
