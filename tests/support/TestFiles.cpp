#include "support/TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

#include <catch2/catch.hpp>

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

} // namespace Tepat::TestFiles
