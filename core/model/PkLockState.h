#pragma once

#include "model/Cascade.h"

namespace Tepat {

// The one notion of a locked PK in Tepat. A PK is locked when it is signed (its lock history ends
// in a lock: a signed PDF was written, it was signed on paper, or the server's workflow reached
// "terkunci") or when a PK Perubahan has replaced it. A locked PK's sasaran, indicators, targets,
// program rows and anggaran, its parties and its dates cannot be changed: WorkspaceDocument
// refuses every such change, whichever command asks, with reason() as the message. What does not
// change the agreement stays open: realisasi, links to the Renstra, review comments.
class PkLockState
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PkLockState)

public:
    static bool isLocked(const Cascade &cascade, qint64 pkId);
    // Why the PK is locked and what to do about it, in a sentence; empty when it is not.
    static QString reason(const Cascade &cascade, qint64 pkId);
    // Fails with reason() when the object (a PK, one of its sasaran or their indicators) belongs
    // to a locked PK.
    static Result<void> checkEditable(const Cascade &cascade, qint64 objectId);

    // Whether a change of an object of a locked PK changes the agreement.
    static bool sameAgreement(const PkDocument &a, const PkDocument &b);
    static bool sameAgreement(const Indicator &a, const Indicator &b);
};

} // namespace Tepat
