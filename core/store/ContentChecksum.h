#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace Tepat {

class DatabaseConnection;

// The SHA-256 of a workspace's content, stored in the file when it is saved and compared when it
// is opened: a flipped byte, a lost row or a value changed by another program is found before
// the workspace is shown, and so never saved over. The content is every row of every table but
// the checksum's own, table by table in name order and row by row in key order, each value as
// SQL quote() writes it (type and exact value), so the sum depends on the stored values alone,
// not on the order pages lie in the file or on how Tepat's model reads them.
//
// It is no seal against people: whoever can edit the file can compute the sum again. A
// signature is that (docs/workspace-format.md).
class ContentChecksum
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ContentChecksum)

public:
    static constexpr QLatin1String table {"content_checksum"};

    static Result<QByteArray> compute(DatabaseConnection &connection);
    // Computes the sum of what the connection holds and writes it into the checksum table.
    static Result<void> store(DatabaseConnection &connection);
    // Fails, naming the file, when the stored sum is missing or differs from the content's.
    static Result<void> verify(DatabaseConnection &connection);
};

} // namespace Tepat
