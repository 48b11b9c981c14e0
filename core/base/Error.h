#pragma once

#include <QString>

namespace Tepat {

// What went wrong, in a sentence the user can act on, and where: the file, the row of a sheet and
// the field as the user sees it. The message is complete on its own; the other members let a
// caller point at the place (select the row, focus the field) without parsing the sentence.
struct Error
{
    enum class Code {
        NotFound,
        NotAWorkspace,
        TooNew,
        Corrupt,
        Truncated,
        Locked,
        ReadOnly,
        Io,
        Parse,
        Invalid,
        Cancelled,   // the user stopped it; nothing was left behind
        Conflict,    // someone else changed the object first; nothing of this edit was kept
        Denied,      // the user's role does not allow the change
        Unreachable, // the server cannot be reached or dropped the connection
    };

    Error(Code code, QString message, QString file = {}, int row = -1, QString field = {});

    Code code;
    QString message; // translated sentence, shown as-is
    QString file;    // absolute path, empty if the error is not about a file
    int row;         // 1-based row of an imported sheet, -1 if none
    QString field;   // as the user sees it, e.g. "Satuan"
};

} // namespace Tepat
