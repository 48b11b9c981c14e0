#pragma once

#include "check/Finding.h"
#include "model/Cascade.h"

namespace Tepat {

// The error findings of a PK: on the PK itself, its sasaran and their indicators. Counted before
// a PK is exported or printed for signing, since a signed PK is a legal document.
class PkErrorCount
{
public:
    static int of(const Cascade &cascade, const QList<Finding> &findings, qint64 pkId);
};

} // namespace Tepat
