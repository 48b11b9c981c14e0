#include "ServerCommand.h"

#include "server/OfflinePush.h"
#include "server/ServerSchema.h"
#include "server/WorkspaceSource.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceLock.h"

#include <QFile>

namespace Tepat {

namespace {

// How many objects an offline copy may add before its ids could meet another user's.
constexpr qint64 offlineIds = 1'000'000;

} // namespace

QString ServerCommand::summary() const
{
    return tr("Set up a Tepat server (PostgreSQL) and move workspaces to and from it: init, "
              "publish, grant, pull, push.");
}

void ServerCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        tr("init URL | publish WORKSPACE URL | grant URL --user NAME --role ROLE | pull URL --out "
           "FILE | push FILE URL. URL is postgresql://USER@HOST:PORT/DATABASE; the password "
           "comes from PGPASSWORD, ~/.pgpass or a prompt."));
    parser.addOption(
        {QStringLiteral("user"), tr("grant: the login role."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"),
                      tr("grant: admin, reviewer or penyusun."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("opd"),
                      tr("grant: an OPD code a penyusun drafts for; repeat for several."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("password-file"),
                      tr("grant: set the login's password from the first line of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("out"), tr("pull: the offline copy to write."), QStringLiteral("FILE")});
}

int ServerCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    const QStringList arguments = positional.mid(1);
    if (action == QLatin1String("init"))
        return init(arguments, out, err);
    if (action == QLatin1String("publish"))
        return publish(arguments, out, err);
    if (action == QLatin1String("grant"))
        return grant(parser, arguments, out, err);
    if (action == QLatin1String("pull"))
        return pull(parser, arguments, out, err);
    if (action == QLatin1String("push"))
        return push(arguments, out, err);
    return usage(tr("server needs an action: init, publish, grant, pull or push."), err);
}

int ServerCommand::init(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    if (arguments.size() != 1)
        return usage(tr("server init takes the server's URL."), err);
    const Result<WorkspaceSource::Setup> setup
        = WorkspaceSource::initServer(arguments.first(), &CliCommand::askPassword);
    if (!setup)
        return report(setup.error(), err);
    QString done = tr("%1 is a Tepat server now.").arg(setup->display);
    if (setup->before == ServerSchema::version)
        done = tr("%1 is a Tepat server already; its layout is up to date.").arg(setup->display);
    else if (setup->before > 0)
        done = tr("%1 is brought from server layout %2 to %3.")
                   .arg(setup->display)
                   .arg(setup->before)
                   .arg(ServerSchema::version);
    out << done << Qt::endl
        << tr("Roles: %1_admin, %1_reviewer, %1_penyusun.").arg(setup->rolePrefix) << Qt::endl;
    return Success;
}

int ServerCommand::publish(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    if (arguments.size() != 2)
        return usage(tr("server publish takes a workspace file and the server's URL."), err);
    const Result<Cascade> cascade = WorkspaceFile::load(arguments[0]);
    if (!cascade)
        return report(cascade.error(), err);
    Result<std::unique_ptr<ServerStore>> store
        = WorkspaceSource::connect(arguments[1], &CliCommand::askPassword);
    if (!store)
        return report(store.error(), err);
    if (Result<void> done = (*store)->publish(*cascade); !done)
        return report(done.error(), err);
    out << tr("Published %1 to %2: %3 OPD, %4 PK, %5 indicators.")
               .arg(arguments[0], (*store)->url().display())
               .arg(cascade->opds().size())
               .arg(cascade->pks().size())
               .arg(cascade->indicatorCount())
        << Qt::endl;
    return Success;
}

int ServerCommand::grant(const QCommandLineParser &parser,
                         const QStringList &arguments,
                         QTextStream &out,
                         QTextStream &err) const
{
    if (arguments.size() != 1)
        return usage(tr("server grant takes the server's URL."), err);
    const QString user = parser.value(QStringLiteral("user"));
    const QString roleName = parser.value(QStringLiteral("role"));
    if (user.isEmpty())
        return usage(tr("server grant needs --user NAME."), err);
    ServerStore::Role role = ServerStore::Role::None;
    for (ServerStore::Role candidate :
         {ServerStore::Role::Admin, ServerStore::Role::Reviewer, ServerStore::Role::Penyusun}) {
        if (ServerStore::roleName(candidate) == roleName)
            role = candidate;
    }
    if (role == ServerStore::Role::None)
        return usage(tr("--role must be admin, reviewer or penyusun."), err);
    const QStringList opds = parser.values(QStringLiteral("opd"));
    if (role == ServerStore::Role::Penyusun && opds.isEmpty())
        return usage(tr("A penyusun needs at least one --opd CODE."), err);
    if (role != ServerStore::Role::Penyusun && !opds.isEmpty())
        return usage(tr("--opd is for a penyusun only."), err);
    QString password;
    if (parser.isSet(QStringLiteral("password-file"))) {
        QFile file(parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return BadInput;
        }
        password = QString::fromUtf8(file.readLine()).trimmed();
        if (password.isEmpty())
            return usage(tr("%1 holds no password on its first line.").arg(file.fileName()), err);
    }
    Result<std::unique_ptr<ServerStore>> store
        = WorkspaceSource::connect(arguments[0], &CliCommand::askPassword);
    if (!store)
        return report(store.error(), err);
    if (Result<void> done = (*store)->grant(user, role, opds, password); !done)
        return report(done.error(), err);
    out << (opds.isEmpty() ? tr("%1 is %2 on %3.").arg(user, roleName, (*store)->url().display())
                           : tr("%1 is %2 of OPD %3 on %4.")
                                 .arg(user, roleName, opds.join(QStringLiteral(", ")))
                                 .arg((*store)->url().display()))
        << Qt::endl;
    return Success;
}

int ServerCommand::pull(const QCommandLineParser &parser,
                        const QStringList &arguments,
                        QTextStream &out,
                        QTextStream &err) const
{
    if (arguments.size() != 1 || !parser.isSet(QStringLiteral("out")))
        return usage(tr("server pull takes the server's URL and --out FILE.tepat."), err);
    // The lock first, as every writer of a workspace takes it: a copy Tepat has open is refused
    // before the server is asked for anything.
    const QString path = parser.value(QStringLiteral("out"));
    const Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::acquire(path);
    if (!lock)
        return report(lock.error(), err);
    Result<std::unique_ptr<ServerStore>> store
        = WorkspaceSource::connect(arguments[0], &CliCommand::askPassword);
    if (!store)
        return report(store.error(), err);
    Result<Cascade> cascade = (*store)->load();
    if (!cascade)
        return report(cascade.error(), err);
    const Result<std::pair<qint64, qint64>> ids = (*store)->reserveIds(offlineIds);
    if (!ids)
        return report(ids.error(), err);
    ServerOrigin origin;
    origin.url = (*store)->url().display();
    origin.pulledAt = QDateTime::currentDateTimeUtc();
    std::tie(origin.firstFreeId, origin.lastFreeId) = *ids;
    const QHash<qint64, qint64> &versions = (*store)->versions();
    for (auto version = versions.cbegin(); version != versions.cend(); ++version) {
        origin.base.insert(version.key(),
                           ServerOrigin::Base {version.value(), (*store)->hash(version.key())});
    }
    cascade->setServerOrigin(origin);
    if (Result<void> saved = WorkspaceFile::save(*cascade, path); !saved)
        return report(saved.error(), err);
    out << tr("Pulled %1 into %2: %3 objects, as %4 may see them.")
               .arg(origin.url, path)
               .arg(origin.base.size())
               .arg((*store)->user())
        << Qt::endl;
    return Success;
}

int ServerCommand::push(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    if (arguments.size() != 2)
        return usage(tr("server push takes an offline copy and the server's URL."), err);
    const QString &path = arguments[0];
    // Held from reading the copy to writing it back, so that no other writer's save falls in
    // between and is lost.
    const Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::acquire(path);
    if (!lock)
        return report(lock.error(), err);
    const Result<Cascade> copy = WorkspaceFile::load(path);
    if (!copy)
        return report(copy.error(), err);
    const Result<ServerUrl> target = ServerUrl::parse(arguments[1]);
    if (!target)
        return report(target.error(), err);
    const Result<ServerUrl> source = ServerUrl::parse(copy->serverOrigin().url);
    if (!source) {
        err << tr("%1 is not an offline copy of a server: pull one with \"tepat-cli server "
                  "pull\".")
                   .arg(path)
            << Qt::endl;
        return BadInput;
    }
    if (source->database() != target->database()) {
        err << tr("%1 was pulled from %2, not from %3.")
                   .arg(path, source->display(), target->display())
            << Qt::endl;
        return BadInput;
    }
    Result<std::unique_ptr<ServerStore>> store
        = WorkspaceSource::connect(arguments[1], &CliCommand::askPassword);
    if (!store)
        return report(store.error(), err);
    const Result<OfflinePush::Report> pushed = OfflinePush::push(*copy, **store);
    if (!pushed)
        return report(pushed.error(), err);
    // The copy remembers what is on the server now, so a second push sends only the rest.
    if (Result<void> saved = WorkspaceFile::save(pushed->copy, path); !saved)
        return report(saved.error(), err);
    out << tr("Applied %n change(s) to %1.", nullptr, pushed->applied).arg(target->display())
        << Qt::endl;
    for (const OfflinePush::Refusal &refusal : pushed->refused)
        err << tr("Refused: %1: %2").arg(refusal.what, refusal.reason) << Qt::endl;
    if (pushed->interrupted) {
        err << tr("The push stopped: %1 What was applied stays applied; push again to send the "
                  "rest.")
                   .arg(pushed->interrupted->message)
            << Qt::endl;
        return BadInput;
    }
    return pushed->refused.isEmpty() ? int(Success) : int(Findings);
}

} // namespace Tepat
