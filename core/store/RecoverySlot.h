#pragma once

#include "base/Result.h"
#include "model/Cascade.h"
#include "store/RecoveryStore.h"

#include <QLockFile>

#include <memory>

namespace Tepat {

// The recovery copy of one open workspace: locked while it lives, so that no other Tepat offers it
// as an orphan, and deleted with it. Only a Tepat that ends without running its destructors (a
// crash, kill -9) leaves the copy behind, unlocked, for the next start to offer.
class RecoverySlot
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RecoverySlot)

public:
    // Locks the copy named key; an orphan of that key is taken over. Fails with Code::Locked when
    // another running Tepat holds it.
    static Result<std::unique_ptr<RecoverySlot>>
    claim(const RecoveryStore &store, const QString &key, const QString &workspacePath);
    ~RecoverySlot();
    RecoverySlot(const RecoverySlot &) = delete;
    RecoverySlot &operator=(const RecoverySlot &) = delete;

    const QString &key() const { return m_key; }
    const QString &workspacePath() const { return m_workspacePath; }
    // Replaces the copy with this cascade (atomically, as a save does) and returns its time.
    Result<QDateTime> write(const Cascade &cascade);

private:
    RecoverySlot(const RecoveryStore &store, const QString &key, const QString &workspacePath);

    RecoveryStore m_store;
    QString m_key;
    QString m_workspacePath;
    QLockFile m_lock;
};

} // namespace Tepat
