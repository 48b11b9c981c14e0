#include "support/RecoveryOrphan.h"

#include "store/WorkspaceFile.h"

#include <QDir>

#include <catch2/catch.hpp>

namespace Tepat::RecoveryOrphan {

RecoveryEntry leave(const RecoveryStore &store,
                    const QString &workspacePath,
                    const Cascade &cascade,
                    const QDateTime &savedAt)
{
    REQUIRE(QDir().mkpath(store.folder()));
    const QString key = workspacePath.isEmpty() ? RecoveryStore::uniqueKey(QStringLiteral("new"))
                                                : RecoveryStore::keyFor(workspacePath);
    REQUIRE(WorkspaceFile::save(cascade, store.copyPath(key)));
    const RecoveryEntry entry {
        key, workspacePath, cascade.pemda().name, savedAt.toUTC().addMSecs(-savedAt.time().msec())};
    REQUIRE(store.writeInfo(entry));
    return entry;
}

void clearAll()
{
    QDir(RecoveryStore::defaultFolder()).removeRecursively();
}

} // namespace Tepat::RecoveryOrphan
