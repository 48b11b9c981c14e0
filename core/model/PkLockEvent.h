#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Tepat {

// One entry of a PK's lock history: the PK was locked because it was signed (a signed PDF of it
// was written, or it was signed on paper on a given day) or because a server's workflow reached
// "terkunci", or it was unlocked, always with a reason. The last entry says whether the PK is
// locked now; the list is never shortened, so the history of a PK that was unlocked, corrected
// and signed again stays readable.
struct PkLockEvent
{
    enum class Action { Lock, Unlock };
    // How a lock came about. Workflow: an admin moved the PK to terkunci on the server (the
    // server records it, tepat_move_pk); signedOn is then the day it was locked. A PK locked so
    // may still be marked as signed when it is.
    enum class Method { SignedPdf, Paper, Workflow };

    Action action = Action::Lock;
    Method method = Method::SignedPdf; // Lock only
    QDateTime at;                      // when it was recorded, UTC
    QDate signedOn;                    // Lock: the day the PK was signed
    QString note;   // Unlock: the reason (required); Lock: e.g. the signed PDF's file name
    QString author; // who recorded it

    friend bool operator==(const PkLockEvent &, const PkLockEvent &) = default;
};

} // namespace Tepat
