#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Tepat::TestFiles {

QByteArray fileHash(const QString &path);
// Creates a plain SQLite database (not a workspace) with the given statements.
void createSqliteFile(const QString &path, const QStringList &statements);
// Sets a big-endian 32-bit field of a SQLite header in place, e.g. user_version at offset 60.
void patchHeader(const QString &path, int offset, quint32 value);
QString samplePath();
// The lock a Tepat on another computer leaves when that computer crashes: its process cannot be
// looked up from here, so it never goes stale by itself.
void writeForeignLock(const QString &workspacePath);
// A zip with the given parts (name, bytes), for workbooks no spreadsheet program would write.
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts);

} // namespace Tepat::TestFiles
