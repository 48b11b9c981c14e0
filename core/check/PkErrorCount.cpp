#include "check/PkErrorCount.h"

#include <algorithm>

namespace Tepat {

int PkErrorCount::of(const Cascade &cascade, const QList<Finding> &findings, qint64 pkId)
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [&](const Finding &finding) {
        return finding.severity == Severity::Error && finding.objectId != 0
            && cascade.pkOf(finding.objectId) == pkId;
    }));
}

} // namespace Tepat
