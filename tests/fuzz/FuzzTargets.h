#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The fuzz targets as plain functions. Each *_fuzzer.cpp also defines libFuzzer's entry point
// for its target unless TEPAT_FUZZ_REPLAY is set, which lets tepat-fuzz-replay link both
// targets into one program that any compiler can build.
namespace Tepat::Fuzz {

int csv(const std::uint8_t *data, std::size_t size);
int number(const std::uint8_t *data, std::size_t size);
int xlsx(const std::uint8_t *data, std::size_t size);

// A documented invariant that does not hold is a bug like a crash: abort, so that libFuzzer
// saves the input and the replay fails.
inline void require(bool holds, const char *invariant)
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant violated: %s\n", invariant);
    std::abort();
}

} // namespace Tepat::Fuzz
