#include "base/Error.h"

namespace Tepat {

Error::Error(Code code, QString message, QString file, int row, QString field)
    : code(code)
    , message(std::move(message))
    , file(std::move(file))
    , row(row)
    , field(std::move(field))
{}

} // namespace Tepat
