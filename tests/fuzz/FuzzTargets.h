#pragma once

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The fuzz targets as plain functions, one per *_fuzzer.cpp. entry.cpp gives each its own
// libFuzzer program; tepat-fuzz-replay links them all into one program that any compiler builds.
namespace Tepat::Fuzz {

int csv(const std::uint8_t *data, std::size_t size);
int number(const std::uint8_t *data, std::size_t size);
int xlsx(const std::uint8_t *data, std::size_t size);
int xlsxParts(const std::uint8_t *data, std::size_t size);
int workspace(const std::uint8_t *data, std::size_t size);
int importJson(const std::uint8_t *data, std::size_t size);

// A documented invariant that does not hold is a bug like a crash: abort, so that libFuzzer
// saves the input and the replay fails.
inline void require(bool holds, const char *invariant)
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant violated: %s\n", invariant);
    std::abort();
}

// Qt SQL loads its driver as a plugin, which needs an application object; libFuzzer's main()
// makes none.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "tepat-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

} // namespace Tepat::Fuzz
