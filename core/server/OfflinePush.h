#pragma once

#include "base/Result.h"
#include "model/Cascade.h"

#include <QCoreApplication>

namespace Tepat {

class ServerStore;

// Sends the changes of an offline copy back to its server: every object the user changed, added
// or deleted since the pull (its content hash differs from the pulled one) is written as the
// same edit the window would make, each in its own transaction, so each object is applied whole
// or not at all, and each against the version it was pulled at, so that an object someone else
// changed meanwhile is refused rather than overwritten. The rights are the server's, as always.
class OfflinePush
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::OfflinePush)

public:
    struct Refusal
    {
        qint64 objectId = 0;
        QString what;   // "Indicator "Persentase …""
        QString reason; // the server's answer
    };
    struct Report
    {
        int applied = 0;
        QList<Refusal> refused;
        // The copy with the pulled versions of the applied objects brought up to the server's, so
        // that a second push sends only what is still refused.
        Cascade copy;
        // The push stopped because the server could not be reached; what was applied stays.
        std::optional<Error> interrupted;
    };

    static Result<Report> push(const Cascade &copy, ServerStore &store);
};

} // namespace Tepat
