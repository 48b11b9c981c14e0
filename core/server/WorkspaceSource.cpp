#include "server/WorkspaceSource.h"

#include "server/PgConnection.h"
#include "server/ServerSchema.h"
#include "store/WorkspaceFile.h"

namespace Tepat {

Result<std::unique_ptr<ServerStore>> WorkspaceSource::connect(const QString &url,
                                                              const PasswordPrompt &askPassword)
{
    const Result<ServerUrl> server = ServerUrl::parse(url);
    if (!server)
        return fail(server.error());
    Result<std::unique_ptr<ServerStore>> store = ServerStore::open(*server);
    if (!store && askPassword && PgConnection::needsPassword(store.error())) {
        const QString password = askPassword(server->display());
        if (!password.isEmpty())
            store = ServerStore::open(*server, password);
    }
    return store;
}

Result<WorkspaceSource::Setup> WorkspaceSource::initServer(const QString &url,
                                                           const PasswordPrompt &askPassword)
{
    const Result<ServerUrl> server = ServerUrl::parse(url);
    if (!server)
        return fail(server.error());
    Result<std::unique_ptr<PgConnection>> connection = PgConnection::open(*server);
    if (!connection && askPassword && PgConnection::needsPassword(connection.error())) {
        if (const QString password = askPassword(server->display()); !password.isEmpty())
            connection = PgConnection::open(*server, password);
    }
    if (!connection)
        return fail(connection.error());
    const Result<int> before = ServerSchema::installedVersion(**connection);
    if (!before)
        return fail(before.error());
    if (Result<void> done = ServerSchema::init(**connection); !done)
        return fail(done.error());
    const Result<QString> prefix = ServerSchema::rolePrefix(**connection);
    if (!prefix)
        return fail(prefix.error());
    return Setup {*before, server->display(), *prefix};
}

Result<Cascade> WorkspaceSource::load(const QString &fileOrUrl, const PasswordPrompt &askPassword)
{
    if (!ServerUrl::isServerUrl(fileOrUrl))
        return WorkspaceFile::load(fileOrUrl);
    Result<std::unique_ptr<ServerStore>> store = connect(fileOrUrl, askPassword);
    if (!store)
        return fail(store.error());
    return (*store)->load();
}

} // namespace Tepat
