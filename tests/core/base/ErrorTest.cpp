#include "base/Result.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

Result<int> half(int value)
{
    if (value % 2 != 0)
        return fail(
            Error(Error::Code::Invalid, QStringLiteral("odd"), {}, 3, QStringLiteral("Target")));
    return value / 2;
}

} // namespace

TEST_CASE("A failed Result carries the place of the error", "[Error]")
{
    const Result<int> ok = half(4);
    REQUIRE(ok);
    CHECK(*ok == 2);

    const Result<int> bad = half(3);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == Error::Code::Invalid);
    CHECK(bad.error().row == 3);
    CHECK(bad.error().field == QStringLiteral("Target"));
}
