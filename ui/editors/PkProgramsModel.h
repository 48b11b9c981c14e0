#pragma once

#include "common/PastableModel.h"
#include "model/PkDocument.h"

#include <QAbstractTableModel>

namespace Tepat {

class WorkspaceDocument;

// The second lampiran table of a PK: program / kegiatan / sub kegiatan rows with their anggaran
// from the DPA. Amounts are typed the Indonesian way and shown as rupiah; an amount that is not a
// number is refused with IndonesianNumber's reason (rejected()). Every change is an undo command.
class PkProgramsModel : public QAbstractTableModel, public PastableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, AnggaranColumn, ColumnCount };

    explicit PkProgramsModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setPk(qint64 pkId);
    int addRow(int afterRow);
    void removeRow(int row);
    int moveRow(int row, int delta);
    QString totalText() const;
    // The reason an amount is not a number, empty when it is one.
    static QString anggaranFeedback(const QString &text);

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

    WorkspaceDocument *m_document;
    qint64 m_pkId = 0;
    int m_rowCount = 0;
};

} // namespace Tepat
