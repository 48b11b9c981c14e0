#pragma once

#include "common/PastableModel.h"

#include <QAbstractTableModel>

namespace Tepat {

class WorkspaceDocument;
struct PkDocument;

// The program rows of one PK with what each spent per triwulan and its serapan anggaran s.d. the
// triwulan chosen with setQuarter(). Amounts are typed the Indonesian way; one that is not a
// number is refused with the reason (rejected()). Every edit and paste is an undo command.
class RealisasiAnggaranModel : public QAbstractTableModel, public PastableModel
{
    Q_OBJECT

public:
    enum Column {
        ProgramColumn,
        AnggaranColumn,
        Spent1Column,
        Spent2Column,
        Spent3Column,
        Spent4Column,
        SerapanColumn,
        ColumnCount
    };

    explicit RealisasiAnggaranModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setPk(qint64 pkId);
    void setQuarter(int quarter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool pasteCells(const QModelIndex &start, const QList<QStringList> &cells) override;

signals:
    void rejected(const QString &message);

private:
    const PkDocument *pk() const;
    void reload();

    WorkspaceDocument *m_document;
    qint64 m_pkId = 0;
    int m_quarter = 1;
    int m_rowCount = 0;
};

} // namespace Tepat
