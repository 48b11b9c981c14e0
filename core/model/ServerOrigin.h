#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace Tepat {

// What an offline copy of a server workspace remembers of its server: where it came from, a block
// of ids the server reserved for it (new objects made offline take these, so they never clash with
// objects others made meanwhile), and each object's version and content hash as pulled, which tell
// a push what the user changed and whether someone else changed it too. Key 0 stands for the
// workspace's own fields (pemda, period, misi, paper).
struct ServerOrigin
{
    struct Base
    {
        qint64 version = 0;
        QByteArray hash; // hex SHA-1 of the object's stored form (ObjectRows::hash)

        friend bool operator==(const Base &, const Base &) = default;
    };

    QString url; // as given, without a password
    QDateTime pulledAt;
    qint64 firstFreeId = 0;
    qint64 lastFreeId = 0;
    QHash<qint64, Base> base;

    bool isEmpty() const { return url.isEmpty(); }
    friend bool operator==(const ServerOrigin &, const ServerOrigin &) = default;
};

} // namespace Tepat
