#pragma once

#include "base/Result.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace Tepat {

class WindowContext;

// The "Export to spreadsheet" submenu of the File menu: the lampiran of the selected PK, the
// Renstra of the selected OPD, or the findings, written as a workbook (.xlsx) or CSV by the core
// export (SpreadsheetExport, SheetFile). What is selected decides which entries are
// enabled: anything inside a PK selects that PK, anything inside an OPD's Renstra or PKs selects
// that OPD.
class ExportTableActions : public QObject
{
    Q_OBJECT

public:
    // Asks where to save, given a suggested path; empty when the user cancelled. Tests replace
    // the file dialog with it.
    using PathPrompt = std::function<QString(const QString &suggestedPath)>;

    explicit ExportTableActions(WindowContext *context);

    QMenu *menu() const { return m_menu; }
    QAction *pkAction() const { return m_pkAction; }
    QAction *renstraAction() const { return m_renstraAction; }
    QAction *findingsAction() const { return m_findingsAction; }
    void setPathPrompt(PathPrompt prompt) { m_prompt = std::move(prompt); }

    // The PK and the OPD the selection lies in; 0 when none.
    qint64 selectedPk() const;
    qint64 selectedOpd() const;

private:
    enum class What { Pk, Renstra, Findings };

    void updateActions();
    void exportTables(What what);
    QString suggestedPath(What what) const;

    WindowContext *m_context;
    QMenu *m_menu;
    QAction *m_pkAction;
    QAction *m_renstraAction;
    QAction *m_findingsAction;
    PathPrompt m_prompt;
};

} // namespace Tepat
