#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace Tepat {

class WorkspaceDocument;

// The File menu's "Import from spreadsheet…": one action that opens the ImportWizard on the
// window's current document, so that MainWindow only adds the action.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    ImportActions(QWidget *window, std::function<WorkspaceDocument *()> document);

    QAction *importAction() const { return m_import; }

private:
    QWidget *m_window;
    std::function<WorkspaceDocument *()> m_document;
    QAction *m_import;
};

} // namespace Tepat
