#pragma once

#include "document/commands/ImportSheetCommand.h"
#include "import/ImportPlan.h"
#include "import/RealisasiImportPlan.h"
#include "sheet/ColumnMapping.h"
#include "sheet/SheetTable.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTreeWidget;

namespace Tepat {

class WorkspaceDocument;

// "Import from spreadsheet": choose a workbook or CSV and its sheet (the first that holds a table;
// an instruction sheet is skipped), check the role the layout guesser gave each column (a combo
// and a year per column), choose the Renstra or PK to fill (proposed from the OPD the sheet's
// title names), see the rows as a tree with every problem listed, and import them as one undo
// step. A sheet with realisasi columns fills the realisasi of a PK's indicators instead
// (RealisasiImportPlan), with the rows that matched nothing listed. The core does the work
// (SheetFile, LayoutGuesser, ImportPlan, TitleTarget, ImportSheetCommand); the wizard only shows
// it. A corrected mapping is remembered per header signature in QSettings, so the next workbook
// of the same shape needs no correction.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, ColumnsPage, TargetPage };

    ImportWizard(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QComboBox *sheetCombo() const { return m_sheet; }
    QComboBox *roleCombo(int column) const { return m_roles.value(column - 1); }
    QSpinBox *yearBox(int column) const { return m_years.value(column - 1); }
    QComboBox *targetCombo() const { return m_target; }
    QListWidget *problemList() const { return m_problems; }
    // What the file page says about the file: why it cannot be read, or which sheets hold no
    // table.
    QLabel *fileMessage() const { return m_fileError; }
    const ColumnMapping &mapping() const { return m_mapping; }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void chooseFile();
    void fillSheets();
    bool readSheet();
    // Chooses the Renstra or PK the sheet's title names, if the workspace has it.
    void proposeTarget(const QString &title);
    void buildColumnEditors();
    void readColumnEditors();
    void fillTargets();
    void refreshPreview();
    ImportSheetCommand::Target currentTarget() const;
    int defaultYear() const;

    WorkspaceDocument *m_document;
    QLineEdit *m_path;
    QComboBox *m_sheet;
    QLabel *m_fileError;
    QWidget *m_columnsBox;
    QList<QComboBox *> m_roles;
    QList<QSpinBox *> m_years;
    QComboBox *m_target;
    QTreeWidget *m_preview;
    QListWidget *m_problems;
    QLabel *m_summary;
    SheetTable m_table;
    ColumnMapping m_mapping;
    ImportPlan m_plan;
    bool m_realisasi = false;
    RealisasiImportPlan m_realisasiPlan;
};

} // namespace Tepat
