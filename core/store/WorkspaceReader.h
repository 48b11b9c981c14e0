#pragma once

#include "base/Result.h"
#include "model/Cascade.h"

namespace Tepat {

class SqliteConnection;

// Reads a database in the current layout into a Cascade. Anything the cascade's own invariants
// reject (a duplicate id, a dangling link, an unknown kind) is reported as a damaged file naming
// the table and row, because a file Tepat wrote can only contain it if it was altered.
class WorkspaceReader
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceReader)

public:
    explicit WorkspaceReader(SqliteConnection &connection);
    Result<Cascade> read();

private:
    Error damaged(const QString &what) const;
    Result<void> readHeader(Cascade &cascade);
    Result<void> readOpds(Cascade &cascade);
    Result<void> readPks(Cascade &cascade);
    Result<void> readItems(Cascade &cascade);
    Result<void> readIndicators(Cascade &cascade);
    Result<void> readCheckSettings(Cascade &cascade);
    Result<void> readPrintSettings(Cascade &cascade);
    Result<void> readMeasureSettings(Cascade &cascade);
    Result<void> readComments(Cascade &cascade);

    SqliteConnection &m_connection;
};

} // namespace Tepat
