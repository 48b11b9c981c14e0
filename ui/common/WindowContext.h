#pragma once

#include "document/WorkspaceDocument.h"

#include <QObject>

#include <memory>

class QAction;
class QMainWindow;
class QWidget;

namespace Tepat {

// What the parts of a main window share, and nothing more: the open document (the context owns
// it), the object selected in the cascade tree, a way to select another one and focus a field of
// its editor, a widget to parent dialogs on, and the status bar. The window assembles its parts
// around this object; none of them reaches back into the window.
class WindowContext : public QObject
{
    Q_OBJECT

public:
    explicit WindowContext(QMainWindow *window);
    ~WindowContext() override;

    QWidget *window() const;
    WorkspaceDocument *document() const { return m_document.get(); }
    // Shows another document, or none. Views let go of the old one while it still exists
    // (documentAboutToChange), then follow the new one (documentChanged); the old one is deleted
    // after that, with its undo history.
    void setDocument(std::unique_ptr<WorkspaceDocument> document);
    // Hands the document, with its undo history, to another window (LanguageSwitch); this one is
    // left without.
    std::unique_ptr<WorkspaceDocument> takeDocument();

    // The id of the object selected in the tree; 0 when nothing is (or the RPJMD is).
    qint64 currentObject() const { return m_currentObject; }
    void setCurrentObject(qint64 objectId);
    // Selects an OPD, item, indicator or PK in the tree, which shows its editor; false when the
    // tree has no such object.
    bool selectObject(qint64 objectId);
    // Focuses a field (a Finding::Field name, or "name") in the editor shown.
    void focusField(const QString &field);
    // Keeps an action enabled exactly while a document is shown: the actions that act on it.
    void enableWithDocument(QAction *action);
    // A message in the window's status bar; a timeout of 0 keeps it until the next one.
    void showMessage(const QString &message, int timeoutMs) const;

signals:
    void documentAboutToChange();
    void documentChanged(Tepat::WorkspaceDocument *document);
    void currentObjectChanged(qint64 objectId);
    // For the window, which owns the tree and the editors: carry out selectObject and focusField.
    void selectionRequested(qint64 objectId);
    void focusRequested(const QString &field);

private:
    QMainWindow *m_window;
    std::unique_ptr<WorkspaceDocument> m_document;
    qint64 m_currentObject = 0;
};

} // namespace Tepat
