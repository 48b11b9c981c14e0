#pragma once

#include "store/DatabaseConnection.h"

#include <QCoreApplication>

#include <memory>

namespace Tepat {

// A .tepat file opened through QSQLITE.
class SqliteConnection : public DatabaseConnection
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SqliteConnection)

public:
    enum class Mode { ReadOnly, ReadWrite };

    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path, Mode mode);

    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    // Names the file and says whether it is locked or damaged, which the user can act on, rather
    // than SQLite's own wording alone.
    Error errorFrom(const QSqlError &error) const override;

private:
    explicit SqliteConnection(QString path);
};

} // namespace Tepat
