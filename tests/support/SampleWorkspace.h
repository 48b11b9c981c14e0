#pragma once

#include "model/Cascade.h"

namespace Tepat::SampleWorkspace {

// The built sample workspace (TestFiles::samplePath()), loaded; fails the test if it cannot be.
Cascade load();

} // namespace Tepat::SampleWorkspace
