#include "CellPaste.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

TEST_CASE("Spreadsheet clipboard text is split into rows and cells", "[CellPaste]")
{
    using Rows = QList<QStringList>;
    CHECK(CellPaste::parse(QStringLiteral("a\tb\r\nc\td\r\n"))
          == Rows {{QStringLiteral("a"), QStringLiteral("b")},
                   {QStringLiteral("c"), QStringLiteral("d")}});
    CHECK(CellPaste::parse(QStringLiteral("75,5")) == Rows {{QStringLiteral("75,5")}});
    CHECK(CellPaste::parse(QStringLiteral("x\t\ty\n"))
          == Rows {{QStringLiteral("x"), QStringLiteral(""), QStringLiteral("y")}});
    // A cell with a line break or a quote is quoted, inner quotes doubled.
    CHECK(CellPaste::parse(QStringLiteral("\"two\nlines\"\t\"say \"\"hi\"\"\"\n"))
          == Rows {{QStringLiteral("two\nlines"), QStringLiteral("say \"hi\"")}});
    CHECK(CellPaste::parse(QString()).isEmpty());
}
