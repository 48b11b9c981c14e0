#include "store/WorkspaceFile.h"

#include "base/InputFile.h"
#include "store/ContentChecksum.h"
#include "store/SqliteConnection.h"
#include "store/WorkspaceReader.h"
#include "store/WorkspaceSchema.h"
#include "store/WorkspaceSchemaCheck.h"
#include "store/WorkspaceWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace Tepat {

namespace {

constexpr QByteArrayView sqliteMagic {"SQLite format 3\0", 16};

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// fsync on a path: the temporary file before the rename, the folder after it, so that the
// rename is durable and never reaches the disk before the data it points to.
bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

Result<WorkspaceFile::Header> WorkspaceFile::probeHeader(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(Error(Error::Code::NotAWorkspace,
                          tr("%1 is a folder, not a Tepat workspace.").arg(path),
                          path));
    if (Result<void> regular = InputFile::check(path, -1); !regular)
        return fail(regular.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error(
            Error::Code::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), path));
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return fail(Error(
            Error::Code::NotAWorkspace, tr("%1 is empty, not a Tepat workspace.").arg(path), path));
    if (header.size() < 100 || !header.startsWith(sqliteMagic)) {
        return fail(Error(Error::Code::NotAWorkspace,
                          tr("%1 is not a Tepat workspace: it is not a database at all.").arg(path),
                          path));
    }
    if (qint32(bigEndian32(header, 68)) != WorkspaceSchema::applicationId) {
        return fail(
            Error(Error::Code::NotAWorkspace,
                  tr("%1 is a database of another program, not a Tepat workspace.").arg(path),
                  path));
    }
    const int version = int(bigEndian32(header, 60));
    if (version > WorkspaceSchema::version) {
        return fail(
            Error(Error::Code::TooNew,
                  tr("%1 was saved by a newer Tepat (format %2); this one reads up to format "
                     "%3. Update Tepat to open it.")
                      .arg(path)
                      .arg(version)
                      .arg(WorkspaceSchema::version),
                  path));
    }
    // The header states the database size in pages; it is only trustworthy when the
    // "version-valid-for" counter matches the change counter (SQLite file format, §1.3).
    const quint32 pageSizeField = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const bool sizeValid = bigEndian32(header, 92) == bigEndian32(header, 24);
    const qint64 expected = pageSize * qint64(bigEndian32(header, 28));
    if (sizeValid && info.size() < expected) {
        return fail(Error(Error::Code::Truncated,
                          tr("%1 is incomplete: it holds %2 of its %3 bytes, probably from an "
                             "interrupted copy. Copy it again from where it came from.")
                              .arg(path)
                              .arg(info.size())
                              .arg(expected),
                          path));
    }
    // Bytes 18 and 19, the read and write format versions, are 2 in WAL mode.
    return Header {version, header[18] == 2 || header[19] == 2};
}

Result<Cascade> WorkspaceFile::load(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const Result<Header> header = probeHeader(absolute);
    if (!header)
        return fail(header.error());

    QString readPath = absolute;
    // Errors met while reading a private copy must still name the user's file.
    const auto relabel = [&](Error error) {
        error.file = absolute;
        error.message.replace(readPath, absolute);
        return fail(error);
    };
    QTemporaryDir privateDir;
    if (header->version < WorkspaceSchema::version || header->wal) {
        readPath = privateDir.filePath(QStringLiteral("copy.tepat"));
        const QString wal = absolute + QStringLiteral("-wal");
        const bool copied = privateDir.isValid() && QFile::copy(absolute, readPath)
            && (!QFileInfo(wal).isFile() || QFile::copy(wal, readPath + QStringLiteral("-wal")));
        if (!copied) {
            return fail(Error(Error::Code::Io,
                              tr("%1 could not be copied to be read: the temporary folder is "
                                 "full or cannot be written.")
                                  .arg(absolute),
                              absolute));
        }
        QFile::setPermissions(readPath, QFile::ReadOwner | QFile::WriteOwner);
        auto copy = SqliteConnection::open(readPath, SqliteConnection::Mode::ReadWrite);
        if (!copy)
            return relabel(copy.error());
        if (header->wal) {
            // Takes the WAL's committed pages into the copy and leaves it a plain database.
            if (Result<void> plain = (*copy)->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
                !plain)
                return relabel(plain.error());
        }
        if (header->version < WorkspaceSchema::version) {
            if (Result<void> objects = WorkspaceSchemaCheck::verifyObjects(**copy); !objects)
                return relabel(objects.error());
            // The sum is of the tables its own format has, so it is compared before a migration
            // adds one.
            if (header->version >= WorkspaceSchema::checksumSince) {
                if (Result<void> content = ContentChecksum::verify(**copy); !content)
                    return relabel(content.error());
            }
            if (Result<void> migrated = WorkspaceSchema::migrate(**copy, header->version);
                !migrated)
                return relabel(migrated.error());
        }
    }

    auto connection = SqliteConnection::open(readPath, SqliteConnection::Mode::ReadOnly);
    if (!connection)
        return relabel(connection.error());
    // Whatever SQLite needs beside the rows it keeps in memory: a hostile file must not be able
    // to fill the disk with temporary data.
    if (Result<void> memory = (*connection)->exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        !memory)
        return relabel(memory.error());
    if (Result<void> schema = WorkspaceSchemaCheck::verify(**connection); !schema)
        return relabel(schema.error());
    const Result<QVariant> check = (*connection)->scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return relabel(check.error());
    if (check->toString() != QLatin1String("ok")) {
        return fail(Error(
            Error::Code::Corrupt,
            tr("%1 is damaged: its pages are not whole. Open a backup copy instead.").arg(absolute),
            absolute));
    }
    if (header->version == WorkspaceSchema::version) {
        if (Result<void> content = ContentChecksum::verify(**connection); !content)
            return relabel(content.error());
    }
    Result<Cascade> cascade = WorkspaceReader(**connection).read();
    if (!cascade)
        return relabel(cascade.error());
    return cascade;
}

QString WorkspaceFile::targetOf(const QString &path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    // A loop of links ends after a number of steps; the path then stays as given.
    for (int depth = 0; depth < 40 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.isSymLink() ? QFileInfo(path).absoluteFilePath() : info.absoluteFilePath();
}

Result<void> WorkspaceFile::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        return fail(Error(Error::Code::NotFound,
                          tr("The folder %1 does not exist, so %2 cannot be saved there.")
                              .arg(folder.absoluteFilePath(), info.fileName()),
                          info.absoluteFilePath()));
    }
    // The permission bits are checked as well as access(): a file marked read-only stays so even
    // for an administrator, who would otherwise overwrite it silently.
    if (info.exists() && (!info.isWritable() || !(info.permissions() & QFile::WriteOwner))) {
        return fail(Error(Error::Code::ReadOnly,
                          tr("%1 is read-only: changes cannot be saved into it. Use Save As to "
                             "keep your work in another file.")
                              .arg(info.absoluteFilePath()),
                          info.absoluteFilePath()));
    }
    if (!folder.isWritable() || !(folder.permissions() & QFile::WriteOwner)) {
        return fail(Error(Error::Code::ReadOnly,
                          tr("The folder %1 is read-only, so %2 cannot be saved there. Use Save As "
                             "to keep your work elsewhere.")
                              .arg(folder.absoluteFilePath(), info.fileName()),
                          info.absoluteFilePath()));
    }
    return {};
}

void WorkspaceFile::removeStaleSaveFiles(const QString &path)
{
    const QFileInfo workspace(targetOf(path));
    const QDir folder = workspace.absoluteDir();
    const QRegularExpression ours(QStringLiteral("^\\.%1\\.[A-Za-z0-9]{6}\\.saving$")
                                      .arg(QRegularExpression::escape(workspace.fileName())));
    const QStringList names = folder.entryList(
        {QStringLiteral(".") + workspace.fileName() + QStringLiteral(".*.saving")},
        QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    // However young: every Tepat writer holds the lock, and a writer that ignores it and loses
    // its file this way fails its rename and says so, it does not lose anything silently.
    for (const QString &name : names) {
        if (ours.match(name).hasMatch())
            QFile::remove(folder.filePath(name));
    }
}

Result<void> WorkspaceFile::save(const Cascade &cascade, const QString &path, FileStamp *written)
{
    const QFileInfo info(targetOf(path));
    const QString absolute = info.absoluteFilePath();
    if (Result<void> writable = checkWritable(absolute); !writable)
        return writable;

    // The temporary file sits in the same folder because rename() is atomic only within one
    // file system. Its name starts with a dot so that file managers hide it, and ends in
    // ".saving" so that removeStaleSaveFiles() knows it for one of ours.
    QTemporaryFile temporary(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                             + QStringLiteral(".XXXXXX.saving"));
    if (!temporary.open()) {
        return fail(Error(Error::Code::Io,
                          tr("%1 cannot be saved: %2").arg(absolute, temporary.errorString()),
                          absolute));
    }
    temporary.close();
    const QString temporaryPath = temporary.fileName();
    {
        auto connection = SqliteConnection::open(temporaryPath, SqliteConnection::Mode::ReadWrite);
        if (!connection)
            return fail(connection.error());
        // No journal: until the rename nobody sees this file, and a crash only leaves it stray.
        // Foreign keys are verified once at the end (WorkspaceWriter) rather than per row: SQLite
        // would otherwise scan the unindexed link columns for every parent row written.
        for (const char *pragma : {"PRAGMA journal_mode = OFF",
                                   "PRAGMA synchronous = OFF",
                                   "PRAGMA foreign_keys = OFF",
                                   "PRAGMA temp_store = MEMORY"}) {
            if (Result<void> set = (*connection)->exec(QLatin1String(pragma)); !set)
                return set;
        }
        if (Result<void> done = WorkspaceWriter(**connection).write(cascade); !done) {
            Error error = done.error();
            error.file = absolute;
            error.message = tr("%1 was not saved, the file on disk is unchanged: %2")
                                .arg(absolute, error.message);
            return fail(error);
        }
    }
    if (!syncPath(temporaryPath, O_RDONLY)) {
        return fail(Error(Error::Code::Io,
                          tr("%1 was not saved: the disk did not accept the data. The file on "
                             "disk is unchanged.")
                              .arg(absolute),
                          absolute));
    }
    if (info.exists())
        QFile::setPermissions(temporaryPath, info.permissions());
    else
        QFile::setPermissions(temporaryPath,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                  | QFile::ReadOther);
    // Taken before the rename, which keeps the inode and the time: afterwards another writer
    // could already have replaced the file.
    const std::optional<FileStamp> stamp = FileStamp::of(temporaryPath);
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(temporaryPath).toStdString(),
                            QFile::encodeName(absolute).toStdString(),
                            renameError);
    if (renameError) {
        return fail(Error(Error::Code::Io,
                          tr("%1 was not saved: %2. The file on disk is unchanged.")
                              .arg(absolute, QString::fromStdString(renameError.message())),
                          absolute));
    }
    temporary.setAutoRemove(false);
    syncPath(info.absolutePath(), O_RDONLY | O_DIRECTORY);
    if (written && stamp)
        *written = *stamp;
    return {};
}

} // namespace Tepat
