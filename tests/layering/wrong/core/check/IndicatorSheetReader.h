#pragma once

#include "sheet/SheetFile.h"
