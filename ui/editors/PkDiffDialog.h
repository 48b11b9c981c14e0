#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace Tepat {

class PkDiffModel;
class WorkspaceDocument;

// The side-by-side view of two versions of a PK: the indicators with their targets and the
// program rows with their anggaran, the earlier version left and this one right, what was added,
// removed and changed coloured, the deltas and the change of the Jumlah below. It follows the
// document while it is open.
class PkDiffDialog : public QDialog
{
    Q_OBJECT

public:
    PkDiffDialog(WorkspaceDocument *document, qint64 beforePk, qint64 afterPk, QWidget *parent);

    PkDiffModel *indicatorModel() const { return m_indicators; }
    PkDiffModel *programModel() const { return m_programs; }

private:
    void updateSummary();

    WorkspaceDocument *m_document;
    PkDiffModel *m_indicators;
    PkDiffModel *m_programs;
    QLabel *m_summary;
};

} // namespace Tepat
