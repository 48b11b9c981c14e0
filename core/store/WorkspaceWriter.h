#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace Tepat {

class Cascade;
struct CheckSettings;
class SqliteConnection;

// Writes a whole cascade into an empty database in the current layout, in one transaction.
// Positions are written from the cascade's child order, so reading gives the same order back.
// The checksum of the content goes in last, in the same transaction.
class WorkspaceWriter
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceWriter)

public:
    explicit WorkspaceWriter(SqliteConnection &connection);
    Result<void> write(const Cascade &cascade);

private:
    Result<void> writeCheckSettings(const CheckSettings &settings);
    Result<void> writeTree(const Cascade &cascade, qint64 parentId);

    SqliteConnection &m_connection;
};

} // namespace Tepat
