#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace Tepat {

// One QSQLITE connection under a unique name, closed and unregistered when it goes out of scope.
// QSqlDatabase keeps connections in a global registry by name; scoping them here means a failed
// load or save can return early without leaking a connection that would keep the file open.
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SqliteConnection)

public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;
    ~SqliteConnection();

    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path, Mode mode);

    QSqlDatabase &database() { return m_database; }
    const QString &path() const { return m_path; }

    // Runs one statement; the error names the file and SQLite's reason.
    Result<void> exec(const QString &statement);
    Result<QVariant> scalar(const QString &statement);
    // Turns a failed query into an Error that names the file and says whether it is locked or
    // damaged, which the user can act on, rather than SQLite's own wording alone.
    Error errorFrom(const QSqlError &error) const;

private:
    SqliteConnection(QString name, QString path);

    QString m_name;
    QString m_path;
    QSqlDatabase m_database;
};

} // namespace Tepat
