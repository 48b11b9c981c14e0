#pragma once

#include <QString>

#include <optional>

namespace Tepat {

// One state of a file on disk: its device and inode, its size and its modification time to the
// nanosecond. Tepat's saves replace a workspace by renaming a new file over it, which gives it
// a new inode; any other program's write changes the time or the size at least. Taken when a
// workspace is opened and after each save, it tells whether someone else wrote the file since.
struct FileStamp
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;

    // Nothing when the file cannot be looked at (it is gone, or its folder is).
    static std::optional<FileStamp> of(const QString &path);

    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

} // namespace Tepat
