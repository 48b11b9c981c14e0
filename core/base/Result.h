#pragma once

#include "base/Error.h"

#include <tl/expected.hpp>

namespace Tepat {

// A bad file, row or number is an ordinary event in Tepat, not an exceptional one: every fallible
// core operation returns Result<T>, so the caller must look at the Error before it uses the value.
template<typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(Error error)
{
    return tl::make_unexpected(std::move(error));
}

} // namespace Tepat
