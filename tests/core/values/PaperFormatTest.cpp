#include "values/PaperFormat.h"

#include "values/LayoutUnits.h"

#include <catch2/catch.hpp>

using namespace Tepat;

TEST_CASE("F4 is 215 by 330 mm exactly and both papers keep the margins of an official letter",
          "[PaperFormat]")
{
    const Result<PaperFormat> f4 = PaperFormat::fromName(u"F4");
    REQUIRE(f4);
    CHECK(f4->pageSize().size(QPageSize::Millimeter) == QSizeF(215, 330));
    CHECK(f4->pageSize().id() == QPageSize::Custom); // not snapped to Folio
    const Result<PaperFormat> a4 = PaperFormat::fromName(u"a4");
    REQUIRE(a4);
    CHECK(a4->pageSize().id() == QPageSize::A4);

    for (const PaperFormat &paper : {*a4, *f4}) {
        const QSizeF size = paper.paperSize();
        const QRectF body = paper.bodyRect();
        const auto mm = [](qreal units) { return units / LayoutUnits::fromMillimetres(1); };
        CHECK(mm(body.left()) == Approx(30));
        CHECK(mm(size.width() - body.right()) == Approx(20));
        CHECK(mm(body.top()) == Approx(20));
        CHECK(mm(size.height() - body.bottom()) == Approx(25));
    }
    CHECK(PaperFormat().pageSize().id() == QPageSize::A4);
}

TEST_CASE("A paper Tepat does not print on is refused by name", "[PaperFormat]")
{
    const Result<PaperFormat> a5 = PaperFormat::fromName(u"a5");
    REQUIRE_FALSE(a5);
    CHECK(a5.error().code == Error::Code::Invalid);
    CHECK(a5.error().message.contains(QStringLiteral("\"a5\"")));
}

TEST_CASE("A paper turned landscape lies on its long side with the same margins", "[PaperFormat]")
{
    const PaperFormat f4(PaperFormat::Size::F4);
    const PaperFormat turned = f4.turned(PaperFormat::Orientation::Landscape);
    CHECK(turned.orientation() == PaperFormat::Orientation::Landscape);
    CHECK(turned.paperSize() == f4.paperSize().transposed());
    CHECK(turned.pageSize() == f4.pageSize()); // QPageLayout turns it
    const auto mm = [](qreal units) { return units / LayoutUnits::fromMillimetres(1); };
    CHECK(mm(turned.bodyRect().width()) == Approx(330 - 50).margin(0.5));
    CHECK(mm(turned.bodyRect().height()) == Approx(215 - 45).margin(0.5));
}
