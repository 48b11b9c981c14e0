#pragma once

#include <QObject>

class QAction;

namespace Tepat {

class WindowContext;

// The File menu's "Import from spreadsheet…": one action that opens the ImportWizard on the
// window's current document, so that MainWindow only adds the action.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    explicit ImportActions(WindowContext *context);

    QAction *importAction() const { return m_import; }

private:
    WindowContext *m_context;
    QAction *m_import;
};

} // namespace Tepat
