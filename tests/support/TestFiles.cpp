#include "support/TestFiles.h"

#include "store/WorkspaceLock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

#include <catch2/catch.hpp>
#include <zip.h>

namespace Tepat::TestFiles {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void createSqliteFile(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

void patchHeader(const QString &path, int offset, quint32 value)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    const quint32 bigEndian = qToBigEndian(value);
    REQUIRE(file.write(reinterpret_cast<const char *>(&bigEndian), 4) == 4);
}

QString samplePath()
{
    return QStringLiteral(TEPAT_BINARY_DIR "/resources/samples/deli-serdang.tepat");
}

void writeForeignLock(const QString &workspacePath)
{
    QFile lock(WorkspaceLock::lockPath(workspacePath));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("4242\ntepat\nlaptop-bappeda\n");
}

void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(zip);
    QList<QByteArray> keep;
    for (const auto &[name, data] : parts) {
        keep.append(data);
        zip_source_t *source
            = zip_source_buffer(zip, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        REQUIRE(zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(zip) == 0);
}

} // namespace Tepat::TestFiles
