#pragma once

#include "base/Result.h"
#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace Tepat {

// One open database under a unique QSqlDatabase name, closed and unregistered when it goes out of
// scope, so that a failed operation can return early without leaking a connection. The reader and
// writer of a workspace work through this class, so the same code reads and writes a .tepat file
// and a server.
class DatabaseConnection
{
public:
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;
    virtual ~DatabaseConnection();

    QSqlDatabase &database() { return m_database; }
    const QSqlDatabase &database() const { return m_database; }
    // What error messages name: the file's path, or the server's address without a password.
    const QString &path() const { return m_path; }
    virtual SqlDialect dialect() const = 0;

    // Runs one statement; the error names the place and the database's reason.
    Result<void> exec(const QString &statement);
    Result<QVariant> scalar(const QString &statement);
    // Runs one statement with its values bound in order; returns the first column of the first
    // row (an invalid QVariant when there is none).
    Result<QVariant> scalar(const QString &statement, const QVariantList &values);
    // Turns a failed query into an Error the user can act on.
    virtual Error errorFrom(const QSqlError &error) const = 0;

protected:
    DatabaseConnection(const QString &driver, QString path);
    static QString nextConnectionName();

private:
    QString m_name;
    QString m_path;
    QSqlDatabase m_database;
};

} // namespace Tepat
