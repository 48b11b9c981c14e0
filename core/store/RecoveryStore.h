#pragma once

#include "base/Result.h"
#include "model/Cascade.h"
#include "store/RecoveryEntry.h"

#include <QCoreApplication>

namespace Tepat {

// The folder of recovery copies, beside the user's data (QStandardPaths::AppDataLocation), never
// beside the workspace: autosave must not touch the user's folder, which may be a USB stick or a
// shared drive. Each copy is three files named by its key: KEY.tepat (the cascade, in the
// ordinary workspace format), KEY.json (what it belongs to and when it was written) and KEY.lock,
// held by the Tepat that writes the copy. A copy whose lock nobody holds was left by a Tepat that
// ended without saving or discarding (a crash, kill -9, a power cut): an orphan, to offer back.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RecoveryStore)

public:
    explicit RecoveryStore(QString folder = defaultFolder());
    // AppDataLocation/recovery, e.g. ~/.local/share/Tepat/Tepat/recovery.
    static QString defaultFolder();
    // The key of a workspace's copy: a digest of its absolute path, so one file has one copy.
    static QString keyFor(const QString &workspacePath);
    // A key no other copy has: for a workspace never saved, or a second copy of one file.
    static QString uniqueKey(const QString &prefix);

    const QString &folder() const { return m_folder; }
    QString copyPath(const QString &key) const;
    QString infoPath(const QString &key) const;
    QString lockPath(const QString &key) const;

    // The copies no running Tepat holds, newest first; unreadable descriptions are skipped.
    QList<RecoveryEntry> orphans() const;
    // The orphan left for this workspace file, if any.
    std::optional<RecoveryEntry> orphanFor(const QString &workspacePath) const;
    Result<Cascade> load(const RecoveryEntry &entry) const;
    // Deletes an orphan; a copy a running Tepat holds is left alone.
    void remove(const RecoveryEntry &entry) const;

    // For RecoverySlot: writes the description that makes a copy an entry.
    Result<void> writeInfo(const RecoveryEntry &entry) const;
    // Deletes the copy's files but not its lock.
    void removeFiles(const QString &key) const;

private:
    std::optional<RecoveryEntry> readInfo(const QString &key) const;

    QString m_folder;
};

} // namespace Tepat
