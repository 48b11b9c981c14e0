#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Tepat {

// A file the user hands in (a sheet, a JSON file, a PDF to verify, a workspace), looked at before
// it is opened and read with a limit. It must be a regular file: reading a device such as
// /dev/zero never ends, and opening a named pipe waits for a writer that may never come. It may
// be no larger than the caller's limit, which is checked before reading and again while reading,
// since the size on disk can change or, for special files, say nothing.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::InputFile)

public:
    // Whether path names a regular file (through symbolic links) of at most maxSize bytes; a
    // negative maxSize means no size limit.
    static Result<void> check(const QString &path, qint64 maxSize);
    static Result<QByteArray> read(const QString &path, qint64 maxSize);
    // "32 MB": a limit as messages give it.
    static QString megabytes(qint64 bytes);
};

} // namespace Tepat
