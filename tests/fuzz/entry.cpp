#include "FuzzTargets.h"

// libFuzzer's entry point for one target, whose function TEPAT_FUZZ_TARGET names; CMake builds
// this file once per fuzzer.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Tepat::Fuzz::TEPAT_FUZZ_TARGET(data, size);
}
