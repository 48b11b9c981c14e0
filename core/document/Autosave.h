#pragma once

#include "store/RecoveryStore.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QTimer;

namespace Tepat {

class RecoverySlot;
class WorkspaceDocument;

// Keeps a recovery copy of a document's unsaved changes (RecoverySlot), written every interval
// while there are changes it has not written yet. It never writes the user's file: a PK is a
// legal document, and only Save may change it. The copy is removed when the document has no
// unsaved changes any more (saved, or undone back to the file) and when the document closes,
// which happens only after Save or Discard; after a crash it stays for the next start to offer.
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(WorkspaceDocument *document);
    ~Autosave() override;

    static constexpr int defaultIntervalMs = 30'000;

    // 0 switches autosave off.
    void setInterval(int milliseconds);
    int interval() const;
    // What the timer does: writes the copy when there are changes it has not written and no pause
    // is on. True when it wrote.
    bool writeNow();
    // While paused (a question about unsaved changes is open) nothing is written: the changes may
    // be about to be discarded. Pauses nest.
    void pause() { ++m_paused; }
    void resume() { m_paused = std::max(0, m_paused - 1); }
    bool isPaused() const { return m_paused > 0; }
    // Continues writing an orphaned copy whose changes were restored into the document, so that
    // it is no longer offered and is removed like any other copy of this document.
    Result<void> adopt(const RecoveryEntry &entry);
    // The user discarded the changes: the copy goes now.
    void discard();
    // Where the copy is written; empty until the first write.
    QString copyPath() const;

signals:
    void written(const QDateTime &savedAt);
    void failed(const QString &message);

private:
    Result<void> claimSlot();

    WorkspaceDocument *m_document;
    QTimer *m_timer;
    RecoveryStore m_store;
    std::unique_ptr<RecoverySlot> m_slot;
    bool m_unwritten = false;
    int m_paused = 0;
};

} // namespace Tepat
