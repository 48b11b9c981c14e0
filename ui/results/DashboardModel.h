#pragma once

#include "report/DashboardRows.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace Tepat {

class WorkspaceDocument;

// The results dashboard as a tree: a row per OPD (the kepala OPD's PK of the year, and the
// pemda's PK), the PKs one level below as its children, with the numbers of DashboardRows s.d. a
// triwulan. It follows the document: an edit of realisasi, a target or the capaian settings
// recomputes the rows once the edit is done (a paste of many cells is one recomputation).
class DashboardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IndicatorsColumn,
        CapaianColumn,
        WithoutRealisasiColumn,
        SerapanColumn
    };
    // The kategori columns follow SerapanColumn, one per band of the workspace's scale.
    static constexpr int FirstKategoriColumn = SerapanColumn + 1;
    enum Role {
        SortRole = Qt::UserRole + 1, // a number, so that 9,5 sorts below 10; none sorts lowest
        PkIdRole,
    };

    explicit DashboardModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setYear(int year);
    void setQuarter(int quarter);
    int year() const { return m_year; }
    int quarter() const { return m_quarter; }
    // Recomputes now rather than after the current edit.
    void refresh();

    const DashboardRows::Row &row(const QModelIndex &index) const;
    QModelIndex indexOfPk(qint64 pkId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // The rows flattened: each node knows its parent and its children by position in m_nodes, so
    // an index carries its node's position.
    struct Node
    {
        DashboardRows::Row row; // its children moved into nodes of their own
        int parent = -1;
        int position = 0; // among its parent's children
        QList<int> children;
    };

    void add(DashboardRows::Row row, int parent, int position, QList<Node> &nodes) const;
    QList<Node> compute() const;
    const QList<int> &childrenOf(const QModelIndex &parent) const;
    QVariant display(const DashboardRows::Row &row, int column) const;
    QVariant sortValue(const DashboardRows::Row &row, int column) const;

    WorkspaceDocument *m_document;
    int m_year = 0;
    int m_quarter = 1;
    QList<Node> m_nodes;
    QList<int> m_top;
    int m_kategoriCount = 0;
    QTimer m_pending;
};

} // namespace Tepat
