#pragma once

#include "editors/YearTableModel.h"

namespace Tepat {

// The yearly targets of one indicator as a two-column table (year, target): the five years of
// the period for an RPJMD or Renstra indicator, the PK's year for a PK indicator. Cells are typed
// the Indonesian way; a cell that is not a number, range, bound or grade is kept as typed (the
// checker flags it) and marked, with the reason in its tooltip. Every edit is an undo command.
class TargetTableModel : public YearTableModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, TargetColumn, ColumnCount };
    enum Role { FeedbackRole = Qt::UserRole + 1 };

    explicit TargetTableModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setIndicator(qint64 indicatorId) { setObject(indicatorId); }
    qint64 indicatorId() const { return objectId(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Takes the first column of the block (or the first row, when it is one row across) as the
    // targets of the years from start on.
    bool pasteCells(const QModelIndex &start, const QList<QStringList> &cells) override;

protected:
    QList<int> plannedYears(qint64 indicatorId) const override;
    QList<int> yearsWithValues(qint64 indicatorId) const override;
};

} // namespace Tepat
