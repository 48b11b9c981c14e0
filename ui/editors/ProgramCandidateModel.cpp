#include "editors/ProgramCandidateModel.h"

#include "document/WorkspaceDocument.h"
#include "model/LinkTargets.h"

namespace Tepat {

ProgramCandidateModel::ProgramCandidateModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (const qsizetype row = m_ids.indexOf(id); row >= 0)
            emit dataChanged(index(int(row)), index(int(row)));
    });
}

void ProgramCandidateModel::setPk(qint64 pkId)
{
    beginResetModel();
    m_ids = LinkTargets::programSources(m_document->cascade(), pkId);
    endResetModel();
}

QString ProgramCandidateModel::label(const WorkspaceDocument &document, qint64 itemId)
{
    const PlanItem *item = document.cascade().item(itemId);
    if (!item)
        return {};
    return item->code.isEmpty() ? item->name : QStringLiteral("%1 %2").arg(item->code, item->name);
}

int ProgramCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant ProgramCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const qint64 id = m_ids[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return label(*m_document, id);
    case ItemIdRole:
        return id;
    default:
        return {};
    }
}

} // namespace Tepat
