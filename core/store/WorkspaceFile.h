#pragma once

#include "base/Result.h"
#include "model/Cascade.h"
#include "store/FileStamp.h"

namespace Tepat {

// Opening and saving .tepat files.
//
// Why write-and-rename: a workspace lives on laptops, USB sticks and shared network drives. Tepat
// never edits the file in place. Load reads it read-only and closes it; the cascade is then
// edited in memory. Save writes a complete new database to a temporary file in the same folder,
// flushes it to the device, and renames it over the old file. rename() replaces a directory entry
// in one step on every local file system and on SMB/NFS servers, so after a crash, a kill -9 or a
// pulled cable the name points either at the complete old file or at the complete new one; the
// worst case is a stray temporary file. SQLite's own in-place journalling was rejected: its WAL
// mode needs shared memory that network drives do not provide, its rollback journal relies on
// POSIX locks that many SMB mounts ignore, and a journal left beside the file is lost when the
// user copies the .tepat alone. A file at rest is therefore always a closed, self-contained
// database with no -journal or -wal beside it.
//
// Opening trusts nothing in the file: it must be a regular file with Tepat's header, its tables
// exactly Tepat's (WorkspaceSchemaCheck) before a row is read, its pages whole (quick_check) and
// its content the one its checksum was taken of (ContentChecksum); SQLite keeps its temporary
// data in memory, never in files that could fill the disk. A file in SQLite's WAL mode (another
// program switched it) is read from a private copy, so that nothing appears beside it.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceFile)

public:
    static constexpr QLatin1String extension {".tepat"};

    // Reads a workspace without changing a byte of the file or creating anything beside it. An
    // older format is migrated on a private temporary copy.
    static Result<Cascade> load(const QString &path);
    // Saving through a symbolic link writes the file it points to and leaves the link. written,
    // when given, receives the stamp of the file as saved.
    static Result<void>
    save(const Cascade &cascade, const QString &path, FileStamp *written = nullptr);
    // Whether save() can replace the file: its folder must exist, and it and its folder must be
    // writable.
    static Result<void> checkWritable(const QString &path);
    // The file a save of path writes: the end of its chain of symbolic links, or path itself.
    static QString targetOf(const QString &path);
    // Removes what saves of this workspace left when they were killed: its hidden
    // ".NAME.XXXXXX.saving" files. For the holder of the workspace's lock only, since only a
    // writer that holds it saves, and never anything else beside the workspace.
    static void removeStaleSaveFiles(const QString &path);

private:
    struct Header
    {
        int version;
        bool wal; // SQLite's WAL mode, which Tepat never writes
    };
    static Result<Header> probeHeader(const QString &path);
};

} // namespace Tepat
