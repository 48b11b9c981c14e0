#include "values/NomenklaturCode.h"

#include "support/QtStringMakers.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

using Level = NomenklaturCode::Level;

NomenklaturCode code(const char *text)
{
    const Result<NomenklaturCode> parsed = NomenklaturCode::parse(QString::fromUtf8(text));
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed);
    return *parsed;
}

} // namespace

TEST_CASE("Codes of every level are read and printed back as written", "[NomenklaturCode]")
{
    auto [input, level, printed] = GENERATE(table<const char *, Level, const char *>({
        {"1", Level::Urusan, "1"},
        {"1.02", Level::Bidang, "1.02"},
        {"1.02.02", Level::Program, "1.02.02"},
        {"1.02.02.2.01", Level::Kegiatan, "1.02.02.2.01"},
        {"1.02.02.2.01.0001", Level::SubKegiatan, "1.02.02.2.01.0001"},
        {"1.02.02.2.01.01", Level::SubKegiatan, "1.02.02.2.01.01"},
        {"5.02.01.1.01.0001", Level::SubKegiatan, "5.02.01.1.01.0001"},
        {" 2.18.02.2.01.0003 ", Level::SubKegiatan, "2.18.02.2.01.0003"},
        {"7.01.01", Level::Program, "7.01.01"},
        {"3.26.99.2.99.9999", Level::SubKegiatan, "3.26.99.2.99.9999"},
    }));
    CAPTURE(input);
    const NomenklaturCode parsed = code(input);
    CHECK(parsed.level() == level);
    CHECK(parsed.toString() == QString::fromUtf8(printed));
    CHECK(code(parsed.toString().toUtf8().constData()) == parsed);
}

TEST_CASE("The parts of a code are available as numbers", "[NomenklaturCode]")
{
    const NomenklaturCode subKegiatan = code("1.02.02.2.01.0001");
    CHECK(subKegiatan.urusan() == 1);
    CHECK(subKegiatan.bidang() == 2);
    CHECK(subKegiatan.program() == 2);
    CHECK(subKegiatan.kegiatanLevel() == 2);
    CHECK(subKegiatan.kegiatan() == 1);
    CHECK(subKegiatan.subKegiatan() == 1);

    const NomenklaturCode program = code("3.27.05");
    CHECK(program.bidang() == 27);
    CHECK(program.program() == 5);
    CHECK(program.kegiatan() == 0);
    CHECK(program.subKegiatan() == 0);
}

TEST_CASE("A wrong code is rejected with a sentence naming the wrong part", "[NomenklaturCode]")
{
    auto [input, reason] = GENERATE(table<const char *, const char *>({
        {"", "it is empty."},
        {"1.2.02", "the bidang \"2\" must have 2 digits, as in 1.02."},
        {"1.002", "the bidang \"002\" must have 2 digits, as in 1.02."},
        {"1.00", "the bidang \"00\" does not exist: bidang are numbered from 01."},
        {"0.01", "the urusan \"0\" must be one digit from 1 to 9."},
        {"10.01", "the urusan \"10\" must be one digit from 1 to 9."},
        {"1.02.2", "the program \"2\" must have 2 digits, as in 1.02.02."},
        {"1.02.00", "the program \"00\" does not exist: programs are numbered from 01."},
        {"1.02.02.3.01",
         "the kegiatan level digit \"3\" must be 1 (provinsi) or 2 (kabupaten/kota)."},
        {"1.02.02.0.01",
         "the kegiatan level digit \"0\" must be 1 (provinsi) or 2 (kabupaten/kota)."},
        {"1.02.02.2.1", "the kegiatan \"1\" must have 2 digits, as in 1.02.02.2.01."},
        {"1.02.02.2.00", "the kegiatan \"00\" does not exist: kegiatan are numbered from 01."},
        {"1.02.02.2",
         "a kegiatan needs its number after the level digit \"2\", as in 1.02.02.2.01."},
        {"1.02.02.2.01.001",
         "the sub kegiatan \"001\" must have 4 digits (2 in older data), as in "
         "1.02.02.2.01.0001."},
        {"1.02.02.2.01.0000",
         "the sub kegiatan \"0000\" does not exist: sub kegiatan are numbered from 0001."},
        {"1.02.02.2.01.00",
         "the sub kegiatan \"00\" does not exist: sub kegiatan are numbered from 0001."},
        {"1.02.02.2.01.0001.01",
         "it has 7 parts, but a sub kegiatan code has at most 6 (U.BB.PP.K.KK.SSSS)."},
        {"1.03.0.00.0.00.01.0000",
         "it has 8 parts, but a sub kegiatan code has at most 6 (U.BB.PP.K.KK.SSSS)."},
        {"1.02.", "it ends with a dot."},
        {".1.02", "it starts with a dot."},
        {"1..02", "there are two dots in a row at position 3."},
        {"1.0a", "\"a\" at position 4 is neither a digit nor a dot."},
        {"1,02", "\",\" at position 2 is neither a digit nor a dot."},
        {"1.02 .02", "\" \" at position 5 is neither a digit nor a dot."},
        {"I.02", "\"I\" at position 1 is neither a digit nor a dot."},
    }));
    CAPTURE(input);
    const Result<NomenklaturCode> parsed = NomenklaturCode::parse(QString::fromUtf8(input));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == Error::Code::Parse);
    const QString expected = QStringLiteral("\"%1\" is not a nomenklatur code: %2")
                                 .arg(QString::fromUtf8(input), QString::fromUtf8(reason));
    CHECK(parsed.error().message == expected);
}

TEST_CASE("A kegiatan belongs to its program and bidang, not to another", "[NomenklaturCode]")
{
    const NomenklaturCode kegiatan = code("1.02.02.2.01");
    CHECK(code("1").isPrefixOf(kegiatan));
    CHECK(code("1.02").isPrefixOf(kegiatan));
    CHECK(code("1.02.02").isPrefixOf(kegiatan));
    CHECK(kegiatan.isPrefixOf(kegiatan));
    CHECK(kegiatan.isPrefixOf(code("1.02.02.2.01.0001")));
    CHECK_FALSE(code("1.02.03").isPrefixOf(kegiatan));
    CHECK_FALSE(code("1.03").isPrefixOf(kegiatan));
    CHECK_FALSE(code("2").isPrefixOf(kegiatan));
    CHECK_FALSE(kegiatan.isPrefixOf(code("1.02.02")));
    CHECK_FALSE(code("1.02.02.1.01").isPrefixOf(code("1.02.02.2.01.0001")));
}

TEST_CASE("parent climbs one level at a time and stops at the urusan", "[NomenklaturCode]")
{
    NomenklaturCode current = code("1.02.02.2.01.0001");
    QStringList chain {current.toString()};
    while (current.level() != Level::Urusan) {
        current = current.parent();
        chain.append(current.toString());
    }
    CHECK(chain
          == QStringList {QStringLiteral("1.02.02.2.01.0001"),
                          QStringLiteral("1.02.02.2.01"),
                          QStringLiteral("1.02.02"),
                          QStringLiteral("1.02"),
                          QStringLiteral("1")});
    CHECK(code("1").parent() == code("1"));
    CHECK(code("1.02.02.2.01").parent().level() == Level::Program);
}

TEST_CASE("Two-digit and four-digit sub kegiatan codes stay distinct", "[NomenklaturCode]")
{
    CHECK_FALSE(code("1.02.02.2.01.01") == code("1.02.02.2.01.0001"));
    CHECK(code("1.02.02.2.01.01").subKegiatan() == code("1.02.02.2.01.0001").subKegiatan());
    CHECK(QSet<NomenklaturCode> {code("1.02"), code(" 1.02 "), code("1.03")}.size() == 2);
}
