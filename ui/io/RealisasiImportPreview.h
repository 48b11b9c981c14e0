#pragma once

#include "import/RealisasiImportPlan.h"

#include <QCoreApplication>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace Tepat {

class WorkspaceDocument;

// The import wizard's last page for a realisasi sheet: the rows that found their PK indicator,
// with what each triwulan gets, the rows that matched nothing (left out), and the cells that
// cannot be read; then the import as one undo step.
class RealisasiImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RealisasiImportPreview)

public:
    static void show(const RealisasiImportPlan &plan,
                     const Cascade &cascade,
                     QTreeWidget *preview,
                     QListWidget *problems,
                     QLabel *summary);
    // Refuses a plan with problems or without matches (saying why in summary); returns whether
    // the realisasi was imported.
    static bool apply(WorkspaceDocument *document,
                      const RealisasiImportPlan &plan,
                      const QString &sourceName,
                      QLabel *summary);
};

} // namespace Tepat
