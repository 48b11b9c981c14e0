#include "review/CommentsModel.h"

#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "review/FindingsModel.h"

#include <QLocale>

namespace Tepat {

CommentsModel::CommentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommentsModel::setDocument(WorkspaceDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_rows = m_document ? int(m_document->cascade().comments().size()) : 0;
    if (m_document) {
        connect(m_document, &WorkspaceDocument::objectInserted, this, [this](qint64 id) {
            const int row = rowOf(id);
            if (row < 0)
                return;
            beginInsertRows({}, row, row);
            ++m_rows;
            endInsertRows();
        });
        connect(m_document, &WorkspaceDocument::objectAboutToBeRemoved, this, [this](qint64 id) {
            const int row = rowOf(id);
            if (row < 0)
                return;
            beginRemoveRows({}, row, row);
            --m_rows;
            endRemoveRows();
        });
        connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
            const QList<ReviewComment> &comments = m_document->cascade().comments();
            for (int row = 0; row < m_rows && row < comments.size(); ++row) {
                if (comments[row].id == id || comments[row].objectId == id)
                    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        });
    }
    endResetModel();
}

int CommentsModel::rowOf(qint64 commentId) const
{
    const QList<ReviewComment> &comments = m_document->cascade().comments();
    for (int row = 0; row < comments.size(); ++row) {
        if (comments[row].id == commentId)
            return row;
    }
    return -1;
}

int CommentsModel::openCount() const
{
    if (!m_document)
        return 0;
    const QList<ReviewComment> &comments = m_document->cascade().comments();
    return int(std::count_if(
        comments.cbegin(), comments.cend(), [](const ReviewComment &c) { return !c.resolved; }));
}

int CommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CommentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_document->cascade().comments().size())
        return {};
    const ReviewComment &comment = m_document->cascade().comments()[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ObjectColumn: {
            const QString label = FindingsModel::objectLabel(*m_document, comment.objectId);
            return label.isEmpty() ? tr("(deleted item)") : label;
        }
        case TextColumn:
            return comment.text;
        case AuthorColumn:
            return comment.author;
        case TimeColumn:
            return QLocale().toString(comment.at.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == ResolvedColumn)
            return comment.resolved ? Qt::Checked : Qt::Unchecked;
        return {};
    case CommentIdRole:
        return comment.id;
    case ObjectIdRole:
        return comment.objectId;
    default:
        return {};
    }
}

bool CommentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.row() >= m_document->cascade().comments().size())
        return false;
    ReviewComment after = m_document->cascade().comments()[index.row()];
    if (index.column() == ResolvedColumn && role == Qt::CheckStateRole) {
        after.resolved = value.toInt() == Qt::Checked;
        m_document->edits().editComment(
            after, QStringLiteral("resolved"), WorkspaceEdits::Merge::Never);
        return true;
    }
    if (index.column() == TextColumn && role == Qt::EditRole) {
        after.text = value.toString();
        m_document->edits().editComment(
            after, QStringLiteral("text"), WorkspaceEdits::Merge::Never);
        return true;
    }
    return false;
}

Qt::ItemFlags CommentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == ResolvedColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == TextColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CommentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectColumn:
        return tr("On");
    case TextColumn:
        return tr("Comment");
    case AuthorColumn:
        return tr("Author");
    case TimeColumn:
        return tr("Time");
    case ResolvedColumn:
        return tr("Resolved");
    default:
        return {};
    }
}

} // namespace Tepat
