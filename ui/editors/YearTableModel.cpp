#include "editors/YearTableModel.h"

#include "document/WorkspaceDocument.h"

#include <algorithm>

namespace Tepat {

YearTableModel::YearTableModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &WorkspaceDocument::objectChanged, this, &YearTableModel::onChanged);
}

QList<int> YearTableModel::yearsOf(qint64 objectId) const
{
    QList<int> years = plannedYears(objectId);
    for (int year : yearsWithValues(objectId)) {
        if (!years.contains(year))
            years.append(year);
    }
    std::sort(years.begin(), years.end());
    return years;
}

void YearTableModel::setObject(qint64 objectId)
{
    beginResetModel();
    m_objectId = objectId;
    m_years = yearsOf(objectId);
    endResetModel();
}

void YearTableModel::onChanged(qint64 id)
{
    // 0 is the workspace's own: a new period changes every object's years.
    if (id != m_objectId && id != 0)
        return;
    const QList<int> years = yearsOf(m_objectId);
    if (years != m_years) {
        beginResetModel();
        m_years = years;
        endResetModel();
        return;
    }
    if (!m_years.isEmpty())
        emit dataChanged(index(0, 1), index(int(m_years.size()) - 1, 1));
}

int YearTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int YearTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

} // namespace Tepat
