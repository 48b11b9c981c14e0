#pragma once

#include "document/WorkspaceDocument.h"

#include <QObject>
#include <QPointer>

class QMainWindow;
class QWidget;

namespace Tepat {

// What a group of window actions needs of the main window, and nothing more: the open document,
// the object selected in the cascade tree, a widget to parent dialogs on, and the status bar. The
// window keeps it current; action groups read it instead of reaching back into the window, so
// they depend on this small object rather than on MainWindow.
class WindowContext : public QObject
{
    Q_OBJECT

public:
    explicit WindowContext(QMainWindow *window);

    QWidget *window() const;
    WorkspaceDocument *document() const { return m_document; }
    // The id of the object selected in the tree; 0 when nothing is.
    qint64 currentObject() const { return m_currentObject; }
    void setDocument(WorkspaceDocument *document);
    void setCurrentObject(qint64 objectId);
    // A message in the window's status bar; a timeout of 0 keeps it until the next one.
    void showMessage(const QString &message, int timeoutMs) const;

signals:
    void documentChanged(Tepat::WorkspaceDocument *document);
    void currentObjectChanged(qint64 objectId);

private:
    QMainWindow *m_window;
    QPointer<WorkspaceDocument> m_document;
    qint64 m_currentObject = 0;
};

} // namespace Tepat
