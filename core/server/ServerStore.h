#pragma once

#include "base/Result.h"
#include "model/Cascade.h"
#include "server/ServerUrl.h"
#include "store/ObjectRows.h"
#include "store/WorkspaceReader.h"

#include <QObject>
#include <QSet>

#include <memory>

class QSqlError;
class QSqlQuery;
class QTimer;

namespace Tepat {

class PgConnection;
class RowWriter;

// A workspace on a Tepat server, as one user sees it through one connection: what the user may
// do (their role and OPDs), the version of every object as last read or written, and the writes
// of edits, each in one transaction, with optimistic concurrency: an object is only written if
// the server still has the version this user's copy is based on, otherwise the write is refused
// with who changed it and when. It follows other users' changes through LISTEN/NOTIFY and tells
// which objects to read again. The server itself enforces the rights (ServerSchema); this class
// only turns its answers into messages.
class ServerStore : public QObject
{
    Q_OBJECT

public:
    enum class Role { None, Penyusun, Reviewer, Admin };
    // Parents whose children's order a write must store: a table and the parent's id (0 for the
    // OPD, PK and comment lists).
    struct Reorder
    {
        QString table; // "plan_item", "indicator", "opd", "pk", "review_comment", "misi"
        qint64 parentId = 0;

        friend bool operator==(const Reorder &, const Reorder &) = default;
    };
    // One change of an object's history on the server.
    struct HistoryEntry
    {
        QDateTime at;
        QString user;
        QString table;
        QString action;     // INSERT, UPDATE, DELETE
        QStringList fields; // the columns whose value changed
        struct FieldChange
        {
            QString field;  // the column
            QString before; // as text; empty for an INSERT
            QString after;  // as text; empty for a DELETE
        };
        QList<FieldChange> changes; // one per field
    };
    struct WorkflowStep
    {
        QString from;
        QString to;
        QString user;
        QDateTime at;
        QString note;
    };
    struct Workflow
    {
        QString state; // draft, diajukan, direviu, disetujui, terkunci
        qint64 version = 0;
        QString changedBy;
        QDateTime changedAt;
        QList<WorkflowStep> steps; // oldest first
    };
    // The objects read back for a refresh.
    struct Objects
    {
        bool header = false;
        Cascade headerSource; // pemda, period and paper when header is true
        QList<WorkspaceReader::Placed<Opd>> opds;
        QList<WorkspaceReader::Placed<PkDocument>> pks;
        QList<WorkspaceReader::Placed<PlanItem>> items;
        QList<WorkspaceReader::Placed<Indicator>> indicators;
        QList<WorkspaceReader::Placed<ReviewComment>> comments;
        QSet<qint64> present; // the requested ids the server has
    };

    static Result<std::unique_ptr<ServerStore>> open(const ServerUrl &url,
                                                     const QString &password = {});
    ~ServerStore() override;

    PgConnection &connection() { return *m_connection; }
    const ServerUrl &url() const { return m_url; }
    Role role() const { return m_role; }
    const QStringList &opdCodes() const { return m_opdCodes; }
    QString user() const;
    static QString roleName(Role role);

    // Loads the whole workspace in one consistent snapshot and remembers every object's version.
    Result<Cascade> load();
    // Loads a workspace into an empty server (admin).
    Result<void> publish(const Cascade &cascade);
    // Creates the login role when missing, gives it one of the three roles and, for a penyusun,
    // the OPDs (by code) it drafts for. The password, if any, is hashed by the server.
    Result<void>
    grant(const QString &user, Role role, const QStringList &opdCodes, const QString &password);

    // The server's version of an object as this connection last saw it; 0 for none.
    qint64 version(qint64 objectId) const { return m_versions.value(objectId); }
    bool knows(qint64 objectId) const { return m_versions.contains(objectId); }
    const QHash<qint64, qint64> &versions() const { return m_versions; }
    // The content hash of the object as the server has it at version(), for offline copies.
    QByteArray hash(qint64 objectId) const { return m_hashes.value(objectId); }
    // Sets what the next write compares with: a push writes against the versions it pulled.
    void assumeVersion(qint64 objectId, qint64 version, const QByteArray &hash);

    // A new object id, from a block the server reserved for this connection.
    Result<qint64> allocateId();
    // A block of count ids for an offline copy: the first and the last.
    Result<std::pair<qint64, qint64>> reserveIds(qint64 count);

    // Writes the objects ids as the cascade has them now, in one transaction: inserts what the
    // server does not have, updates what changed (only if the server's version is still the
    // known one), deletes what the cascade no longer has, and stores the order of the children
    // of the parents in reorders. All or nothing.
    Result<void>
    write(const Cascade &cascade, const QList<qint64> &ids, const QList<Reorder> &reorders = {});
    // Reads these objects from the server (ids the server no longer has are missing from the
    // result) and remembers their versions.
    Result<Objects> read(const QList<qint64> &ids);
    // The objects whose version on the server differs from what this connection knows, new
    // ones and deleted ones included: what a window must read again after a reconnection.
    Result<QList<qint64>> changedSinceKnown();

    Result<QList<HistoryEntry>> history(qint64 objectId);
    Result<Workflow> workflow(qint64 pkId);
    // Moves a PK along its workflow; fails when the role does not allow the step or someone moved
    // it first.
    Result<void> movePk(qint64 pkId, const QString &from, const QString &to, const QString &note);

    // Follows other users' changes; objectsChanged is emitted within about a second of theirs.
    Result<void> listen();
    // Opens the connection again after it dropped, with the same login.
    Result<void> reconnect();
    bool isConnected() const { return m_connected; }

signals:
    void objectsChanged(const QList<qint64> &ids);
    void workflowChanged(qint64 pkId);
    void connectedChanged(bool connected);

private:
    ServerStore(const ServerUrl &url, QString password, std::unique_ptr<PgConnection> connection);
    Result<void> readIdentity();
    Result<void> writeObject(const Cascade &cascade, qint64 id);
    Result<void> writeOrder(const Cascade &cascade, const Reorder &reorder);
    Error refusal(const Cascade &cascade, qint64 id, const QString &table, qint64 expected);
    QString describe(const Cascade &cascade, qint64 id, const QString &table) const;
    Error databaseRefusal(const Cascade &cascade,
                          qint64 id,
                          const QString &table,
                          const QSqlError &sqlError,
                          std::optional<Error> error = std::nullopt) const;
    // Who this connection is, for messages: "budi, role penyusun of OPD 1.02…".
    QString rights() const;
    Result<void> rememberVersions(const QList<qint64> &ids);
    // INSERT … ON CONFLICT (key) DO UPDATE, only when a value differs.
    Result<void> upsert(const ObjectRows::Row &row, const QStringList &key);
    // The rows of a table that the server holds under where, each as rowText of its values.
    Result<QSet<QString>> storedRows(const QString &part, const QString &where) const;
    QString tableOf(const Cascade &cascade, qint64 id) const;
    void noteLost(const Error &error);
    void handleNotification(const QString &name, const QVariant &payload, bool mine);

    ServerUrl m_url;
    QString m_password; // only a typed one, kept in memory for reconnecting, never written
    std::unique_ptr<PgConnection> m_connection;
    Role m_role = Role::None;
    QStringList m_opdCodes;
    QHash<qint64, qint64> m_versions;
    QHash<qint64, QByteArray> m_hashes;
    QHash<qint64, QString> m_tables; // the table of each object the connection knows
    std::unique_ptr<RowWriter> m_rows;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_upserts;
    qint64 m_nextId = 0;
    qint64 m_lastId = -1;
    bool m_connected = true;
    bool m_listening = false;
    QSet<qint64> m_changed;
    QSet<qint64> m_workflowChanged;
    QTimer *m_notifyTimer;
};

} // namespace Tepat
