#include "support/SampleWorkspace.h"

#include "store/WorkspaceFile.h"
#include "support/TestFiles.h"

#include <catch2/catch.hpp>

namespace Tepat::SampleWorkspace {

Cascade load()
{
    Result<Cascade> cascade = WorkspaceFile::load(TestFiles::samplePath());
    REQUIRE(cascade);
    return std::move(*cascade);
}

} // namespace Tepat::SampleWorkspace
