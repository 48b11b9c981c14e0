#pragma once

#include "common/PastableModel.h"

#include <QAbstractTableModel>

namespace Tepat {

class WorkspaceDocument;

// The first lampiran table of a PK: one row per indicator, with its sasaran, text, the target of
// the PK's year and its satuan; a sasaran without indicators is a row of its own. Reads the
// document live; edits, pastes, added, deleted and moved rows are undo commands.
class PkTargetsModel : public QAbstractTableModel, public PastableModel
{
    Q_OBJECT

public:
    enum Column { SasaranColumn, IndicatorColumn, TargetColumn, SatuanColumn, ColumnCount };
    struct Row
    {
        qint64 sasaranId;
        qint64 indicatorId; // 0 for a sasaran without indicators
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit PkTargetsModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setPk(qint64 pkId);
    qint64 pkId() const { return m_pkId; }
    Row rowAt(int row) const { return m_rows.value(row, Row {0, 0}); }
    int rowOf(qint64 indicatorOrSasaranId) const;

    // Adds an empty indicator after the row (under its sasaran; under a new sasaran when the PK
    // has none) and returns its row.
    int addIndicatorRow(int afterRow);
    int addSasaranRow();
    void removeRow(int row);
    // Moves a row one place up (-1) or down (+1) inside its sasaran; at the edge of its sasaran
    // the whole sasaran moves. Returns the row's new index.
    int moveRow(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool pasteCells(const QModelIndex &start, const QList<QStringList> &cells) override;

private:
    QList<Row> buildRows() const;
    void refresh();
    int year() const;
    qint64 lastSasaran() const;
    void pasteRows(const QModelIndex &start, const QList<QStringList> &cells);

    WorkspaceDocument *m_document;
    qint64 m_pkId = 0;
    QList<Row> m_rows;
};

} // namespace Tepat
