#pragma once

#include "common/PastableModel.h"

#include <QAbstractTableModel>

namespace Tepat {

class WorkspaceDocument;

// The pagu indikatif of one Renstra program, kegiatan or sub kegiatan per year of the period, as
// a two-column table (year, pagu) like the target table. Amounts are typed the Indonesian way
// ("1.250.000.000" or "1,25 M" is refused with IndonesianNumber's reason) and shown as rupiah; an
// empty cell removes the year's pagu. Every edit, and every paste, is one undo command.
class PaguTableModel : public QAbstractTableModel, public PastableModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, PaguColumn, ColumnCount };

    explicit PaguTableModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setItem(qint64 itemId);
    int yearAt(int row) const { return m_years.value(row); }
    // The reason a typed amount is not a number, empty when it is one (or empty).
    static QString feedback(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
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

private:
    void onChanged(qint64 id);
    QList<int> yearsOf(qint64 itemId) const;

    WorkspaceDocument *m_document;
    qint64 m_itemId = 0;
    QList<int> m_years;
};

} // namespace Tepat
