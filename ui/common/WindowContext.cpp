#include "common/WindowContext.h"

#include <QMainWindow>
#include <QStatusBar>

namespace Tepat {

WindowContext::WindowContext(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{}

QWidget *WindowContext::window() const
{
    return m_window;
}

void WindowContext::setDocument(WorkspaceDocument *document)
{
    if (m_document == document)
        return;
    m_document = document;
    m_currentObject = 0;
    emit documentChanged(document);
}

void WindowContext::setCurrentObject(qint64 objectId)
{
    if (m_currentObject == objectId)
        return;
    m_currentObject = objectId;
    emit currentObjectChanged(objectId);
}

void WindowContext::showMessage(const QString &message, int timeoutMs) const
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

} // namespace Tepat
