#pragma once

#include "base/Result.h"
#include "model/Cascade.h"

namespace Tepat {

class DatabaseConnection;

// Reads a database in the current layout, a file's or a server's, into a Cascade, or some of its
// objects (a server refreshes what others changed). Anything the cascade's own invariants reject
// (a duplicate id, a dangling link, an unknown kind) is reported as damage naming the table and
// row, because data Tepat wrote can only contain it if it was altered.
class WorkspaceReader
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceReader)

public:
    template<typename T>
    struct Placed
    {
        T object;
        int position = 0; // as stored: an order, not an index
    };

    explicit WorkspaceReader(DatabaseConnection &connection);
    Result<Cascade> read();

    // The objects whose id is in ids (all of them when ids is empty), with their stored
    // position. Items come parents first.
    Result<QList<Placed<Opd>>> opds(const QList<qint64> &ids = {});
    Result<QList<Placed<PkDocument>>> pks(const QList<qint64> &ids = {});
    Result<QList<Placed<PlanItem>>> items(const QList<qint64> &ids = {});
    Result<QList<Placed<Indicator>>> indicators(const QList<qint64> &ids = {});
    Result<QList<Placed<ReviewComment>>> comments(const QList<qint64> &ids = {});
    // The pemda, period, paper and capaian settings into the given cascade.
    Result<void> readHeader(Cascade &cascade);

private:
    Error damaged(const QString &what) const;
    Result<void> readCheckSettings(Cascade &cascade);
    Result<void> readServerOrigin(Cascade &cascade);
    Result<void> readMeasureSettings(Cascade &cascade);

    DatabaseConnection &m_connection;
};

} // namespace Tepat
