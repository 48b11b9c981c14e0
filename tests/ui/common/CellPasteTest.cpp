#include "common/CellPaste.h"

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

TEST_CASE("A pasted row or column gives one value per year in reading order", "[CellPaste]")
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    // Five years copied across one row of a Renstra sheet.
    CHECK(CellPaste::yearValues({{s("80"), s("82"), s("84"), s("86"), s("88")}})
          == QStringList {s("80"), s("82"), s("84"), s("86"), s("88")});
    // A column, with a second column that only the first is read from.
    CHECK(CellPaste::yearValues({{s("1.000"), s("x")}, {s("1.250"), s("y")}, {s(""), s("z")}})
          == QStringList {s("1.000"), s("1.250"), s("")});
    CHECK(CellPaste::yearValues({}).isEmpty());
}
