#include "document/OutsideChangeWatcher.h"

#include "document/WorkspaceDocument.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

namespace Tepat {

OutsideChangeWatcher::OutsideChangeWatcher(WorkspaceDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &OutsideChangeWatcher::look);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &OutsideChangeWatcher::look);
    connect(document, &WorkspaceDocument::pathChanged, this, &OutsideChangeWatcher::watch);
    connect(document, &WorkspaceDocument::saved, this, [this] { m_reported = false; });
    watch();
}

void OutsideChangeWatcher::watch()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_reported = false;
    if (!m_document || m_document->path().isEmpty())
        return;
    const QFileInfo file(m_document->path());
    m_watcher->addPaths({file.absoluteFilePath(), file.absolutePath()});
}

void OutsideChangeWatcher::look()
{
    if (!m_document || m_document->path().isEmpty())
        return;
    // A file replaced by a rename is a new file, which the old watch does not follow.
    if (!m_watcher->files().contains(m_document->path()) && QFileInfo::exists(m_document->path()))
        m_watcher->addPath(m_document->path());
    const bool changed = m_document->hasChangedOnDisk();
    if (changed && !m_reported) {
        m_reported = true;
        emit this->changed();
    } else if (!changed) {
        m_reported = false;
    }
}

} // namespace Tepat
