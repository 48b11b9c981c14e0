#include "ServerTestSupport.h"

#include "document/commands/EditIndicatorCommand.h"
#include "server/WorkspaceSource.h"
#include "support/SampleWorkspace.h"
#include "support/TestServer.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

namespace Tepat::ServerTestSupport {

QString publishedSample()
{
    const QString url = TestServer::freshDatabase();
    std::unique_ptr<ServerStore> store = connect(url);
    const Result<void> published = store->publish(SampleWorkspace::load());
    INFO((published ? QString() : published.error().message).toStdString());
    REQUIRE(published);
    return url;
}

std::unique_ptr<ServerStore> connect(const QString &url)
{
    Result<std::unique_ptr<ServerStore>> store = WorkspaceSource::connect(url);
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store);
    return std::move(*store);
}

std::unique_ptr<WorkspaceDocument> open(const QString &url)
{
    Result<std::unique_ptr<WorkspaceDocument>> document
        = WorkspaceDocument::openServer(connect(url));
    INFO((document ? QString() : document.error().message).toStdString());
    REQUIRE(document);
    return std::move(*document);
}

QString login(const QString &databaseUrl, ServerStore::Role role, const QStringList &opdCodes)
{
    const QString user = TestServer::uniqueName(ServerStore::roleName(role));
    const QString password = TestServer::uniqueName(QStringLiteral("pw"));
    const Result<void> granted = connect(databaseUrl)->grant(user, role, opdCodes, password);
    INFO((granted ? QString() : granted.error().message).toStdString());
    REQUIRE(granted);
    return TestServer::urlAs(databaseUrl, user, password);
}

qint64 indicatorOf(const Cascade &cascade, int opdIndex)
{
    const qint64 opdId = opdIndex < 0 ? 0 : cascade.opds().at(opdIndex).id;
    QList<qint64> pending {opdId};
    while (!pending.isEmpty()) {
        const qint64 parent = pending.takeFirst();
        for (qint64 child : cascade.childItems(parent)) {
            if (!cascade.indicatorsOf(child).isEmpty())
                return cascade.indicatorsOf(child).first();
            pending.append(child);
        }
    }
    FAIL("the sample has no indicator there");
    return 0;
}

PkPick pkOf(const Cascade &cascade, qint64 opdId)
{
    PkPick pick;
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.opdId == opdId && !cascade.childItems(pk.id).isEmpty())
            pick = {pk.id, cascade.indicatorsOf(cascade.childItems(pk.id).first()).value(0)};
    }
    REQUIRE(pick.indicatorId);
    return pick;
}

void dropSessions(const QString &databaseUrl, const QString &user)
{
    REQUIRE(TestServer::psql(databaseUrl,
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                            "pg_stat_activity WHERE usename = '%1'")
                                 .arg(user))
                .exitCode
            == 0);
}

void editText(WorkspaceDocument &document, qint64 indicatorId, const QString &text)
{
    Indicator edited = *document.cascade().indicator(indicatorId);
    edited.text = text;
    document.undoStack()->push(
        new EditIndicatorCommand(&document, edited, QStringLiteral("text"), false));
}

} // namespace Tepat::ServerTestSupport
