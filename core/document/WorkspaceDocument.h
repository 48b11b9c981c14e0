#pragma once

#include "base/Result.h"
#include "check/Checker.h"
#include "model/Cascade.h"
#include "server/ServerStore.h"
#include "store/FileStamp.h"

#include <QObject>
#include <QSet>

#include <memory>

class QUndoStack;

namespace Tepat {

class Autosave;
class WorkspaceEdits;
class WorkspaceLock;
struct RecoveryEntry;

// The open workspace: its cascade, the file it came from with the lock on that file, the undo
// stack of every change, and the live findings. Views read the cascade and follow the signals;
// only undo commands call the mutating methods, so that every change can be undone. After each
// mutation the checker re-checks just the objects the change touched (the command names them,
// including removed objects and links it cleared), which keeps findings live at 10 000
// indicators. A change of what a locked PK agreed to is refused here, whichever command asks
// (PkLockState), so that no path (an editor, a paste, an import, an undo) gets around the lock.
// Invariant: cascade() always passes Cascade::checkLinks(), and isModified() is true exactly
// when the cascade differs from the file at path() (or may differ: restored work counts as
// unsaved until it is saved).
//
// A workspace on a server (openServer) has no file: each undo step is sent to the server as one
// transaction when the undo stack settles (after a push, undo, redo or macro), built from the ids
// the mutations below name. A step the server refuses (someone changed the object first, or the
// role may not) is taken back: the objects are read again from the server and the command leaves
// the stack. Other users' changes arrive through the store and are applied without an undo step;
// if they touch an object this user changed, the undo history goes, so that no undo can silently
// overwrite someone else's work. While the connection is down, steps are kept (isModified) and
// sent when it is back; Save As writes them to an offline copy instead.
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    // Loads and checks a workspace. The lock is taken before the file is read, so that nothing
    // written between the two goes unnoticed. A file that is locked by another Tepat fails; one
    // that cannot be written opens read-only (Save As still works).
    enum class Check {
        Now,  // findings are there when open() returns
        Later // the window paints first; ensureChecked() runs the checker (any edit does too)
    };
    enum class Access {
        Edit,     // with the lock; fails when another Tepat holds it
        TakeOver, // also takes a lock that a Tepat on another computer left (WorkspaceLock)
        ReadOnly  // without the lock: Save As only
    };
    static Result<std::unique_ptr<WorkspaceDocument>>
    open(const QString &path, Check check = Check::Now, Access access = Access::Edit);
    // A workspace that has no file yet; the first save needs a path.
    static std::unique_ptr<WorkspaceDocument> create(Cascade cascade);
    // The unsaved work a recovery copy holds, as unsaved changes of the file it belongs to (locked
    // as open() does); without a file, or when the file no longer exists, as a workspace that has
    // none yet. The copy is adopted (Autosave::adopt): it goes when the work is saved or
    // discarded.
    static Result<std::unique_ptr<WorkspaceDocument>> restore(const RecoveryEntry &entry,
                                                              Check check = Check::Now);
    // A workspace on a server, loaded whole, following other users' changes.
    static Result<std::unique_ptr<WorkspaceDocument>> openServer(std::unique_ptr<ServerStore> store,
                                                                 Check check = Check::Now);
    // Runs the full check if it has not run yet; emits findingsChanged for every object with
    // findings.
    void ensureChecked();
    bool isChecked() const { return m_checked; }
    ~WorkspaceDocument() override;

    const Cascade &cascade() const { return *m_cascade; }
    const Checker &checker() const { return m_checker; }
    // All findings in cascade order, as of the last change (kept, since views read it often).
    const QList<Finding> &findings() const { return m_findings; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The file's absolute path, or the server's address for a workspace on a server.
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return !m_lock && !m_server; }
    ServerStore *server() const { return m_server.get(); }
    // Undo steps not yet on the server (the connection is down).
    int unsentCount() const { return int(m_unsentIds.size()); }
    bool isModified() const;
    // Whether another program wrote the file since it was opened or last saved here.
    bool hasChangedOnDisk() const;

    // Writes the cascade atomically (WorkspaceFile::save) and marks the undo stack clean. Fails
    // with Error::Code::Conflict, writing nothing, when the file changed on disk meanwhile: the
    // other version is never overwritten silently.
    Result<void> save();
    // Takes the lock of the new file first, so a file another Tepat has open is never written.
    Result<void> saveAs(const QString &path);
    // The recovery copy of the unsaved changes, written in the background; never the file.
    Autosave *autosave() const { return m_autosave; }

    // The edits a user means (add, remove, move, edit a field…), each pushed as one undo step:
    // what views call to change the workspace.
    WorkspaceEdits &edits() { return *m_edits; }

    // Fails, and tells the views (editRefused), when the object belongs to a locked PK. The
    // mutations below ask it themselves; a command of several steps asks first, so that it is
    // refused whole rather than half done.
    Result<void> checkEditable(qint64 objectId);

    // Sends what the mutations since the last call changed, as one transaction; the undo stack's
    // settling calls it, and so may a caller that mutates without the stack.
    Result<void> sendToServer();
    // Reads these objects from the server again and shows them as the server has them.
    void refreshFromServer(const QList<qint64> &ids);

    // Mutations: for undo commands only; views call edits() instead. Each one emits the view
    // signals, re-checks what it touched and reports failures (a stale id, a locked PK) without
    // changing anything.
    qint64 allocateId();
    Result<void> setPemdaAndPeriode(const Pemda &pemda, const Periode &periode);
    void setPrintSettings(const PrintSettings &settings);
    // Re-checks every PK indicator: the closed triwulan, the scale and the kendala threshold
    // decide their results' findings.
    void setMeasureSettings(const MeasureSettings &settings);
    Result<void> updateOpd(const Opd &opd);
    Result<void> insertOpd(const Opd &opd, int position);
    // Only an OPD without Renstra items and PKs (see Cascade::removeOpd).
    Result<std::pair<Opd, int>> removeOpd(qint64 id);
    Result<void> updateItem(const PlanItem &item);
    Result<void> updateIndicator(const Indicator &indicator);
    // The results of a PK indicator or program row: allowed on every PK, also one whose
    // agreement is fixed, since they are not part of it.
    Result<void> setRealisasi(qint64 indicatorId, const Realisasi &realisasi);
    Result<void> setRealisasiAnggaran(qint64 programId,
                                      const std::array<std::optional<Decimal>, 4> &amounts);
    Result<void> updatePk(const PkDocument &pk);
    Result<void> insertItem(const PlanItem &item, int position);
    Result<Cascade::RemovedItem> removeItem(qint64 id);
    Result<void> restoreItem(const Cascade::RemovedItem &removed);
    Result<void> moveItem(qint64 id, int position);
    Result<void> insertIndicator(const Indicator &indicator, int position);
    // Appends items (each parent before its children) and indicators at once, with one re-check
    // for all of them: an import of thousands of rows would otherwise compare the whole findings
    // list after every row. All or nothing: it fails without a change if any insert would.
    Result<void> insertObjects(const QList<PlanItem> &items, const QList<Indicator> &indicators);
    Result<Cascade::RemovedIndicator> removeIndicator(qint64 id);
    Result<void> restoreIndicator(const Cascade::RemovedIndicator &removed);
    Result<void> moveIndicator(qint64 id, int position);
    Result<void> insertPk(const PkDocument &pk, int position);
    Result<Cascade::RemovedPk> removePk(qint64 id);
    Result<void> restorePk(const Cascade::RemovedPk &removed);
    Result<void> insertComment(const ReviewComment &comment, int position);
    Result<void> updateComment(const ReviewComment &comment);
    Result<std::pair<ReviewComment, int>> removeComment(qint64 id);

signals:
    // The fields of an object changed; 0 stands for the workspace's own: the pemda, the period
    // and the print settings.
    void objectChanged(qint64 id);
    // An OPD, item, indicator, PK or comment is in the cascade now; its parent and position are
    // there to read.
    void objectInserted(qint64 id);
    // Emitted while the object (with its subtree) is still in the cascade, then once it is gone.
    void objectAboutToBeRemoved(qint64 id);
    void objectRemoved(qint64 id);
    // An item or indicator changes its position among its siblings.
    void objectAboutToBeMoved(qint64 id, int position);
    void objectMoved(qint64 id);
    // The findings of these objects may differ now (also objects that gained or lost all).
    void findingsChanged(const QList<qint64> &ids);
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void saved(const QString &path);
    // A change was refused because its PK is locked; the message says why and what to do.
    void editRefused(const QString &message);
    // The server refused an edit; the message says why and who changed the object first.
    void serverRefused(const QString &message);
    // Something the user should know about other users' changes or the connection.
    void serverNotice(const QString &message);
    void connectionChanged(bool connected);

private:
    WorkspaceDocument(std::unique_ptr<Cascade> cascade, Check check);
    void recheck(const QList<qint64> &ids);
    // What a mutation changed, for the server: objects to write and lists to put in order.
    void noteChanged(const QList<qint64> &ids);
    void noteOrder(const char *table, qint64 parentId);
    void stackSettled(int index);
    void applyServerObjects(const ServerStore::Objects &objects, const QList<qint64> &ids);
    void tryReconnect();
    Cascade offlineCopy();

    std::unique_ptr<Cascade> m_cascade;
    Checker m_checker;
    QList<Finding> m_findings;
    bool m_checked = false;
    std::unique_ptr<WorkspaceLock> m_lock;
    QString m_path;
    std::optional<FileStamp> m_stamp; // of the file as read or last written here
    QUndoStack *m_undoStack;
    Autosave *m_autosave;
    std::unique_ptr<WorkspaceEdits> m_edits;
    std::unique_ptr<ServerStore> m_server;
    QList<qint64> m_pendingIds;
    QList<ServerStore::Reorder> m_pendingOrders;
    QList<qint64> m_unsentIds;
    QList<ServerStore::Reorder> m_unsentOrders;
    QSet<qint64> m_sentIds; // objects this user changed since the undo history began
    bool m_applyingServer = false;
    int m_stackIndex = 0;
    QTimer *m_reconnect = nullptr;
};

} // namespace Tepat
