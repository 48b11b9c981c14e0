#pragma once

// A model header that reaches up into print: the layering test must refuse it.
#include "print/PkLayout.h"
