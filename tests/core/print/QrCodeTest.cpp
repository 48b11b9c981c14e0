#include "print/QrCode.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// The 7 × 7 finder pattern: a dark ring, a light ring and a dark 3 × 3 core.
bool hasFinderAt(const QrCode &code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const int ring = std::min({x, y, 6 - x, 6 - y});
            if (code.isDark(left + x, top + y) != (ring != 1))
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("A QR code of a fingerprint payload has its three finder patterns", "[QrCode]")
{
    const QByteArray payload = "TEPAT:1:PK:9100:" + QByteArray(64, 'A').replace(10, 5, "0F3C9");
    const Result<QrCode> code = QrCode::encode(payload);
    REQUIRE(code);
    // Version 4 (33 modules) holds 90 alphanumeric characters at level M; 80 must fit in it.
    CHECK(code->size() == 33);
    CHECK(hasFinderAt(*code, 0, 0));
    CHECK(hasFinderAt(*code, code->size() - 7, 0));
    CHECK(hasFinderAt(*code, 0, code->size() - 7));
    CHECK_FALSE(hasFinderAt(*code, code->size() - 7, code->size() - 7));
    CHECK(*QrCode::encode(payload) == *code);
    CHECK(*QrCode::encode(payload + "0") != *code);
}

TEST_CASE("A text too long for any QR code is refused with a reason", "[QrCode]")
{
    const Result<QrCode> code = QrCode::encode(QByteArray(8000, 'x'));
    REQUIRE_FALSE(code);
    CHECK(code.error().message.contains(QStringLiteral("too long")));
}
