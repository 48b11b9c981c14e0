#pragma once

#include "base/Result.h"
#include "model/Cascade.h"
#include "server/ServerStore.h"

#include <functional>

namespace Tepat {

// Where a command reads a workspace from: a .tepat file or a server's URL, so that every command
// that takes a workspace takes a server as well. A server's password comes from libpq's own
// sources (PGPASSWORD, ~/.pgpass, the service file); only when they have none is askPassword
// called, and what it returns is used for this connection and never kept.
class WorkspaceSource
{
public:
    using PasswordPrompt = std::function<QString(const QString &url)>;

    static Result<Cascade> load(const QString &fileOrUrl, const PasswordPrompt &askPassword = {});
    static Result<std::unique_ptr<ServerStore>> connect(const QString &url,
                                                        const PasswordPrompt &askPassword = {});

    struct Setup
    {
        int before = 0;  // the layout found, 0 for an empty database
        QString display; // the URL without a password
        QString rolePrefix;
    };
    // Creates or upgrades a server's layout (ServerSchema::init).
    static Result<Setup> initServer(const QString &url, const PasswordPrompt &askPassword = {});
};

} // namespace Tepat
