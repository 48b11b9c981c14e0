#include "common/WindowContext.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

namespace Tepat {

WindowContext::WindowContext(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{}

WindowContext::~WindowContext() = default;

QWidget *WindowContext::window() const
{
    return m_window;
}

void WindowContext::setDocument(std::unique_ptr<WorkspaceDocument> document)
{
    emit documentAboutToChange();
    const std::unique_ptr<WorkspaceDocument> previous
        = std::exchange(m_document, std::move(document));
    m_currentObject = 0;
    emit documentChanged(m_document.get());
}

void WindowContext::enableWithDocument(QAction *action)
{
    action->setEnabled(m_document != nullptr);
    connect(this, &WindowContext::documentChanged, action, [action](WorkspaceDocument *document) {
        action->setEnabled(document != nullptr);
    });
}

std::unique_ptr<WorkspaceDocument> WindowContext::takeDocument()
{
    emit documentAboutToChange();
    std::unique_ptr<WorkspaceDocument> taken = std::move(m_document);
    m_currentObject = 0;
    emit documentChanged(nullptr);
    return taken;
}

void WindowContext::setCurrentObject(qint64 objectId)
{
    if (m_currentObject == objectId)
        return;
    m_currentObject = objectId;
    emit currentObjectChanged(objectId);
}

bool WindowContext::selectObject(qint64 objectId)
{
    // The window selects it in the tree at once, which makes it current here.
    emit selectionRequested(objectId);
    return m_document && m_currentObject == objectId && objectId != 0;
}

void WindowContext::focusField(const QString &field)
{
    emit focusRequested(field);
}

void WindowContext::showMessage(const QString &message, int timeoutMs) const
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

} // namespace Tepat
