#pragma once

#include "editors/YearTableModel.h"

namespace Tepat {

// The pagu indikatif of one Renstra program, kegiatan or sub kegiatan per year of the period, as
// a two-column table (year, pagu) like the target table. Amounts are typed the Indonesian way
// ("1.250.000.000" or "1,25 M" is refused with IndonesianNumber's reason) and shown as rupiah; an
// empty cell removes the year's pagu. Every edit, and every paste, is one undo command.
class PaguTableModel : public YearTableModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, PaguColumn, ColumnCount };

    explicit PaguTableModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setItem(qint64 itemId) { setObject(itemId); }
    // The reason a typed amount is not a number, empty when it is one (or empty).
    static QString feedback(const QString &text);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A column or a row of amounts, from the year at start on; cells that are not amounts are
    // left out and reported through rejected().
    bool pasteCells(const QModelIndex &start, const QList<QStringList> &cells) override;

signals:
    void rejected(const QString &message);

protected:
    QList<int> plannedYears(qint64 itemId) const override;
    QList<int> yearsWithValues(qint64 itemId) const override;
};

} // namespace Tepat
