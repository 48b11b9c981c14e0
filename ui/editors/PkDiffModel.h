#pragma once

#include "model/PkDiff.h"

#include <QAbstractTableModel>

namespace Tepat {

class WorkspaceDocument;

// One table of a PK diff for the side-by-side view: the indicators with their targets, or the
// program rows with their anggaran, the earlier version on the left and the later on the right,
// each row coloured by what happened to it and its delta at the end. It compares again whenever
// the document changes, so an edit of the perubahan shows at once.
class PkDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Table { Indicators, Programs };
    enum Column { BeforeName, BeforeValue, AfterName, AfterValue, Delta, Change, ColumnCount };

    PkDiffModel(WorkspaceDocument *document, Table table, QObject *parent = nullptr);

    void compare(qint64 beforePk, qint64 afterPk);
    const PkDiff &diff() const { return m_diff; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refresh();
    PkDiff::Change changeOf(int row) const;
    QString text(int row, int column) const;

    WorkspaceDocument *m_document;
    Table m_table;
    qint64 m_before = 0;
    qint64 m_after = 0;
    PkDiff m_diff;
};

} // namespace Tepat
