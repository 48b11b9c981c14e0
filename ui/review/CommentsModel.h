#pragma once

#include <QAbstractTableModel>

namespace Tepat {

class WorkspaceDocument;

// The reviewer comments of the open document as a table (object, comment, author, time,
// resolved), in the order they were made. The resolved column is a checkbox; ticking it is an
// undo command. A comment whose object was deleted stays, marked as detached.
class CommentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ObjectColumn, TextColumn, AuthorColumn, TimeColumn, ResolvedColumn, ColumnCount };
    enum Role { CommentIdRole = Qt::UserRole + 1, ObjectIdRole };

    explicit CommentsModel(QObject *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    int openCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rowOf(qint64 commentId) const;

    WorkspaceDocument *m_document = nullptr;
    int m_rows = 0;
};

} // namespace Tepat
