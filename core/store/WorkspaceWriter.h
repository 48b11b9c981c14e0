#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace Tepat {

class Cascade;
struct CheckSettings;
class DatabaseConnection;
class RowWriter;

// Writes a whole cascade in the current layout: into an empty file in one transaction (write), or
// its rows alone into a database whose tables exist, inside the caller's transaction (writeRows,
// which a server's publish uses). Positions are written from the cascade's child order, so reading
// gives the same order back. A file's checksum of its content goes in last, in the same
// transaction.
class WorkspaceWriter
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceWriter)

public:
    explicit WorkspaceWriter(DatabaseConnection &connection);
    Result<void> write(const Cascade &cascade);
    Result<void> writeRows(const Cascade &cascade);

private:
    Result<void> writeCheckSettings(RowWriter &rows, const CheckSettings &settings);
    Result<void> writeTree(RowWriter &rows, const Cascade &cascade, qint64 parentId);
    Result<void> writeServerOrigin(RowWriter &rows, const Cascade &cascade);

    DatabaseConnection &m_connection;
};

} // namespace Tepat
