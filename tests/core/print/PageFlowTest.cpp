#include "print/PageFlow.h"

#include "print/DocumentFonts.h"
#include "print/FlowTable.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

const QRectF body(0, 0, 500, 1000);

// A line of text whose x says which block it belongs to and whose width says which line it is.
PageItem line(qreal block, qreal top, qreal index, qreal height = 25)
{
    PageItem item;
    item.kind = PageItem::Kind::Text;
    item.rect = QRectF(block, top, index + 1, height);
    return item;
}

// A table row of some lines: it moves whole, and breaks between lines only if it must.
FlowBlock row(qreal id, int lines)
{
    FlowBlock block;
    for (int i = 0; i < lines; ++i) {
        block.items.append(line(id, i * 25, i));
        if (i > 0)
            block.lineBreaks.append(i * 25);
    }
    block.height = lines * 25;
    return block;
}

QList<PageItem> textItems(const LaidOutDocument::Page &page)
{
    QList<PageItem> items;
    for (const PageItem &item : page.items) {
        if (item.kind == PageItem::Kind::Text)
            items.append(item);
    }
    return items;
}

int pageOf(const QList<LaidOutDocument::Page> &pages, qreal block)
{
    int found = -1;
    for (int i = 0; i < pages.size(); ++i) {
        for (const PageItem &item : textItems(pages[i])) {
            if (item.rect.left() == block) {
                REQUIRE((found == -1 || found == i)); // a block on two pages
                found = i;
            }
        }
    }
    return found;
}

void requireInsideBody(const QList<LaidOutDocument::Page> &pages)
{
    for (const LaidOutDocument::Page &page : pages) {
        for (const PageItem &item : page.items) {
            CHECK(item.top() >= body.top() - 0.01);
            CHECK(item.bottom() <= body.bottom() + 0.01);
        }
    }
}

} // namespace

TEST_CASE("A table row that does not fit moves whole to the next page under a repeated header",
          "[PageFlow]")
{
    PageFlow flow(body);
    FlowBlock header = row(-1, 2); // 50 high
    header.lineBreaks.clear();
    flow.beginTable(header);
    for (int i = 0; i < 12; ++i)
        flow.place(row(i, 4)); // 100 high: 9 fit under the header on a page
    flow.endTable();
    const QList<LaidOutDocument::Page> pages = flow.takePages();

    REQUIRE(pages.size() == 2);
    for (int i = 0; i < 12; ++i)
        CHECK(pageOf(pages, i) == (i < 9 ? 0 : 1));
    for (const LaidOutDocument::Page &page : pages) {
        const QList<PageItem> items = textItems(page);
        REQUIRE(items.size() >= 2);
        CHECK(items[0].rect.left() == -1); // the header, at the top of the body
        CHECK(items[0].top() == body.top());
    }
    requireInsideBody(pages);
}

TEST_CASE("A block taller than a page breaks between its lines and never through one", "[PageFlow]")
{
    PageFlow flow(body);
    flow.place(row(7, 30)); // 750
    flow.place(row(8, 60)); // 1500: can fit no page whole
    const QList<LaidOutDocument::Page> pages = flow.takePages();

    REQUIRE(pages.size() == 3);
    QList<qreal> lines;
    for (const LaidOutDocument::Page &page : pages) {
        for (const PageItem &item : textItems(page)) {
            if (item.rect.left() == 8)
                lines.append(item.rect.width() - 1);
        }
    }
    REQUIRE(lines.size() == 60);
    for (int i = 0; i < 60; ++i)
        CHECK(lines[i] == i); // each line once, in order
    requireInsideBody(pages);
}

TEST_CASE("A signature kept with the rows before it never opens a page alone", "[PageFlow]")
{
    const qreal signature = 300;
    // 8 rows leave 50 + 800 on page 1; the 9th fits there, but the signature would not.
    for (int rows : {7, 8, 9, 16}) {
        INFO(rows << " rows");
        PageFlow flow(body);
        FlowBlock header = row(-1, 2);
        header.lineBreaks.clear();
        flow.beginTable(header);
        for (int i = 0; i < rows; ++i)
            flow.place(row(i, 4), i + 1 == rows ? signature : 0);
        flow.endTable();
        FlowBlock sign = row(100, 12);
        sign.lineBreaks.clear();
        flow.place(sign);
        const QList<LaidOutDocument::Page> pages = flow.takePages();

        const int signaturePage = pageOf(pages, 100);
        CHECK(pageOf(pages, rows - 1) == signaturePage);
        requireInsideBody(pages);
    }
}

TEST_CASE("A group split across pages keeps part of it with the signature and names its sasaran "
          "again",
          "[PageFlow]")
{
    // A body of 50 × 100 pt: a 1,5 pt font keeps every cell on one line.
    const DocumentFonts fonts;
    const FlowTable table(0,
                          {{100, Qt::AlignLeft}, {300, Qt::AlignLeft}},
                          {fonts.font(1.5), fonts.font(1.5, true), 10, 10, 5});
    QList<QList<FlowTable::Cell>> rows;
    for (int i = 0; i < 40; ++i)
        rows.append({{QStringLiteral("Indikator %1").arg(i)}});
    const FlowBlock group = table.group({{QStringLiteral("Sasaran")}}, rows);
    REQUIRE(group.breaks.size() == 39);
    REQUIRE(group.height > body.height());

    PageFlow flow(body);
    flow.place(group, 400);
    FlowBlock sign = row(100, 16);
    sign.lineBreaks.clear();
    flow.place(sign);
    const QList<LaidOutDocument::Page> pages = flow.takePages();

    REQUIRE(pages.size() >= 2);
    for (const LaidOutDocument::Page &page : pages) {
        const QList<PageItem> items = textItems(page);
        // Every page that holds indicator rows starts with the sasaran cell at its top left.
        const bool hasRows = std::any_of(items.begin(), items.end(), [](const PageItem &item) {
            return item.rect.left() >= 110 && item.rect.left() < 400;
        });
        if (!hasRows)
            continue;
        const auto sasaran = std::find_if(items.begin(), items.end(), [](const PageItem &item) {
            return item.rect.left() < 100;
        });
        REQUIRE(sasaran != items.end());
        CHECK(sasaran->top() < body.top() + 20);
    }
    // The signature's page holds indicator rows too.
    const QList<PageItem> last = textItems(pages[pageOf(pages, 100)]);
    CHECK(std::any_of(last.begin(), last.end(), [](const PageItem &item) {
        return item.rect.left() >= 110 && item.rect.left() < 400;
    }));
    requireInsideBody(pages);
}
