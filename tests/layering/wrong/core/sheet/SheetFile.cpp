// A sheet reader that needs the checker, while the checker reads sheets: a cycle.
#include "Unnamed.h"
#include "check/IndicatorSheetReader.h"
