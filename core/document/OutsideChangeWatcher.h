#pragma once

#include <QObject>
#include <QPointer>

class QFileSystemWatcher;

namespace Tepat {

class WorkspaceDocument;

// Tells the window, while it shows a workspace, that another program wrote its file: a script
// that ignores the lock, a sync client, a colleague's copy over the shared drive. The file and
// its folder are watched (a program that replaces the file by renaming a new one over it, as
// Tepat itself does, leaves a watch on the file alone blind); each notification is checked with
// WorkspaceDocument::hasChangedOnDisk(), so the document's own saves never count. changed() is
// emitted once per outside change: again only after the document has saved or the file has
// changed back.
class OutsideChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit OutsideChangeWatcher(WorkspaceDocument *document, QObject *parent = nullptr);

signals:
    void changed();

private:
    void watch();
    void look();

    QPointer<WorkspaceDocument> m_document;
    QFileSystemWatcher *m_watcher;
    bool m_reported = false;
};

} // namespace Tepat
