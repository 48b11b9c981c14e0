#pragma once

#include "server/ServerStore.h"

#include <QAbstractTableModel>
#include <QDialog>

namespace Tepat {

class WorkspaceDocument;

// The changes the server recorded of one object, oldest first: when (local time), who, what
// (added, changed, deleted) and the fields with their old and new values.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Change, ColumnCount };

    explicit HistoryModel(QList<ServerStore::HistoryEntry> entries, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // What changed, each field named as the forms name it; its old and new values for a change,
    // its value for an addition or a removal.
    static QString changeText(const ServerStore::HistoryEntry &entry);

    QList<ServerStore::HistoryEntry> m_entries;
};

// View › History of the selected object.
class ObjectHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ObjectHistoryDialog(WorkspaceDocument *document, qint64 objectId, QWidget *parent);
    HistoryModel *model() const { return m_model; }

private:
    HistoryModel *m_model = nullptr;
};

} // namespace Tepat
