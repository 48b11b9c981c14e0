#include "values/Nip.h"

#include "support/QtStringMakers.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// Pinned so that "in the future" does not change with the day the tests run.
const QDate today(2026, 3, 1);

Result<Nip> parsed(const char *text)
{
    return Nip::parse(QString::fromUtf8(text), today);
}

} // namespace

TEST_CASE("A NIP is read with or without spaces and its parts are decoded", "[Nip]")
{
    auto [input, digits, birth, tmt, female, sequence] = GENERATE(table<const char *,
                                                                        const char *,
                                                                        const char *,
                                                                        const char *,
                                                                        bool,
                                                                        int>({
        {"19700101 199503 1 001", "197001011995031001", "1970-01-01", "1995-03-01", false, 1},
        {"197001011995031001", "197001011995031001", "1970-01-01", "1995-03-01", false, 1},
        {"19860926 201505 1 001", "198609262015051001", "1986-09-26", "2015-05-01", false, 1},
        {"NIP. 19780312 200501 1 003", "197803122005011003", "1978-03-12", "2005-01-01", false, 3},
        {"NIP 19780312 200501 1 003", "197803122005011003", "1978-03-12", "2005-01-01", false, 3},
        {"nip: 196512311990032002", "196512311990032002", "1965-12-31", "1990-03-01", true, 2},
        {"  19860926 201505 1 001  ", "198609262015051001", "1986-09-26", "2015-05-01", false, 1},
        {"19860926\u00a0201505\u00a01\u00a0001",
         "198609262015051001",
         "1986-09-26",
         "2015-05-01",
         false,
         1},
        {"1986 0926 2015 05 1 001", "198609262015051001", "1986-09-26", "2015-05-01", false, 1},
        {"19800229 200312 2 005", "198002292003122005", "1980-02-29", "2003-12-01", true, 5},
        {"19911115 201903 2 010", "199111152019032010", "1991-11-15", "2019-03-01", true, 10},
        {"19750817 200003 1 002", "197508172000031002", "1975-08-17", "2000-03-01", false, 2},
        {"19830520 200604 2 011", "198305202006042011", "1983-05-20", "2006-04-01", true, 11},
        {"19680704 199403 1 006", "196807041994031006", "1968-07-04", "1994-03-01", false, 6},
        {"19880615 201101 1 099", "198806152011011099", "1988-06-15", "2011-01-01", false, 99},
        {"19851130 201001 2 999", "198511302010012999", "1985-11-30", "2010-01-01", true, 999},
        {"19400101 195801 1 001", "194001011958011001", "1940-01-01", "1958-01-01", false, 1},
        {"20000615 201806 2 001", "200006152018062001", "2000-06-15", "2018-06-01", true, 1},
        {"20070101 202701 1 001", "200701012027011001", "2007-01-01", "2027-01-01", false, 1},
        {"19940303 202101 1 012", "199403032021011012", "1994-03-03", "2021-01-01", false, 12},
    }));
    CAPTURE(input);
    const Result<Nip> nip = parsed(input);
    INFO((nip ? QString() : nip.error().message).toStdString());
    REQUIRE(nip);
    CHECK(nip->digits() == QString::fromUtf8(digits));
    CHECK(nip->birthDate() == QDate::fromString(QString::fromUtf8(birth), Qt::ISODate));
    CHECK(nip->tmt() == QDate::fromString(QString::fromUtf8(tmt), Qt::ISODate));
    CHECK(nip->gender() == (female ? Nip::Gender::Female : Nip::Gender::Male));
    CHECK(nip->sequence() == sequence);
    CHECK(parsed(nip->formatted().toUtf8().constData()) == *nip);
}

TEST_CASE("A wrong NIP is rejected with a sentence naming the wrong part", "[Nip]")
{
    auto [input, reason] = GENERATE(table<const char *, const char *>({
        {"12345", "a NIP has 18 digits, this one has 5."},
        {"1970010119950310", "a NIP has 18 digits, this one has 16."},
        {"19700101 199503 1 00", "a NIP has 18 digits, this one has 17."},
        {"1970010119950310011", "a NIP has 18 digits, this one has 19."},
        {"19700101-199503-1-001", "\"-\" at position 9 is not a digit."},
        {"1970O101 199503 1 001", "\"O\" at position 5 is not a digit."},
        {"NIP. 1970010I 199503 1 001", "\"I\" at position 13 is not a digit."},
        {"19700101.199503.1.001", "\".\" at position 9 is not a digit."},
        {"19701301 199503 1 001", "the birth month 13 (digits 5-6) does not exist."},
        {"19700001 199503 1 001", "the birth month 00 (digits 5-6) does not exist."},
        {"19700230 199503 1 001",
         "the birth date 1970-02-30 (digits 1-8) does not exist: month 02 of 1970 has 28 days."},
        {"19810229 200503 1 001",
         "the birth date 1981-02-29 (digits 1-8) does not exist: month 02 of 1981 has 28 days."},
        {"19700431 199503 1 001",
         "the birth date 1970-04-31 (digits 1-8) does not exist: month 04 of 1970 has 30 days."},
        {"19700100 199503 1 001",
         "the birth date 1970-01-00 (digits 1-8) does not exist: month 01 of 1970 has 31 days."},
        {"19391231 196001 1 001", "the birth year 1939 (digits 1-4) is before 1940."},
        {"08501231 196001 1 001", "the birth year 850 (digits 1-4) is before 1940."},
        {"20270101 204501 1 001", "the birth date 2027-01-01 (digits 1-8) is in the future."},
        {"19700101 199513 1 001", "the TMT month 13 (digits 13-14) does not exist."},
        {"19700101 199500 1 001", "the TMT month 00 (digits 13-14) does not exist."},
        {"19700101 198712 1 001",
         "the TMT 1987-12 (digits 9-14) is before the 18th birthday on 1988-01-01."},
        {"19700101 196001 1 001",
         "the TMT 1960-01 (digits 9-14) is before the 18th birthday on 1988-01-01."},
        {"19700101 202801 1 001", "the TMT 2028-01 (digits 9-14) is in the future."},
        {"19700101 199503 3 001", "the gender digit 3 (digit 15) must be 1 (male) or 2 (female)."},
        {"19700101 199503 0 001", "the gender digit 0 (digit 15) must be 1 (male) or 2 (female)."},
        {"19700101 199503 1 000", "the sequence number 000 (digits 16-18) must be at least 001."},
    }));
    CAPTURE(input);
    const Result<Nip> nip = parsed(input);
    REQUIRE_FALSE(nip);
    CHECK(nip.error().code == Error::Code::Invalid);
    CHECK(nip.error().field == QStringLiteral("NIP"));
    const QString expected = QStringLiteral("\"%1\" is not a valid NIP: %2")
                                 .arg(QString::fromUtf8(input), QString::fromUtf8(reason));
    CHECK(nip.error().message == expected);
}

TEST_CASE("An empty NIP says so without quoting nothing", "[Nip]")
{
    const char *input = GENERATE("", "   ", "NIP.");
    CAPTURE(input);
    const Result<Nip> nip = parsed(input);
    REQUIRE_FALSE(nip);
    CHECK(nip.error().message == QStringLiteral("The NIP is empty."));
    CHECK(nip.error().field == QStringLiteral("NIP"));
}

TEST_CASE("A NIP is printed in the spaced form of signature blocks", "[Nip]")
{
    const Result<Nip> nip = parsed("198609262015051001");
    REQUIRE(nip);
    CHECK(nip->formatted() == QStringLiteral("19860926 201505 1 001"));
    CHECK(nip->digits() == QStringLiteral("198609262015051001"));
}

TEST_CASE("The same NIP written differently is equal and hashes alike", "[Nip]")
{
    const Result<Nip> spaced = parsed("19860926 201505 1 001");
    const Result<Nip> plain = parsed("NIP. 198609262015051001");
    REQUIRE(spaced);
    REQUIRE(plain);
    CHECK(*spaced == *plain);
    CHECK(QSet<Nip> {*spaced, *plain}.size() == 1);
    CHECK_FALSE(*spaced == *parsed("19860926 201505 1 002"));
}

TEST_CASE("Without a pinned date, today decides what lies in the future", "[Nip]")
{
    CHECK(Nip::parse(u"19700101 199503 1 001"));
    CHECK_FALSE(Nip::parse(u"19700101 199503 1 001", QDate(1990, 1, 1)));
}
