#include "editors/TargetTableModel.h"

#include "common/CellPaste.h"
#include "common/UiColors.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/EditIndicatorCommand.h"
#include "editors/TargetFeedback.h"

#include <QBrush>
#include <QPalette>
#include <QUndoStack>

namespace Tepat {

TargetTableModel::TargetTableModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &WorkspaceDocument::objectChanged, this, &TargetTableModel::onChanged);
}

QList<int> TargetTableModel::yearsOf(qint64 indicatorId) const
{
    const Cascade &cascade = m_document->cascade();
    const Indicator *indicator = cascade.indicator(indicatorId);
    if (!indicator)
        return {};
    QList<int> years;
    const PlanItem *owner = cascade.item(indicator->ownerId);
    while (owner && PlanItem::parentRole(owner->kind) == PlanItem::ParentRole::Item)
        owner = cascade.item(owner->parentId);
    if (owner && owner->kind == PlanItem::Kind::PkSasaran) {
        if (const PkDocument *pk = cascade.pk(owner->parentId))
            years.append(pk->year);
    } else {
        years = cascade.periode().years();
    }
    // A target typed for a year outside (an old period, a changed PK year) stays visible.
    for (int year : indicator->targets.keys()) {
        if (!years.contains(year))
            years.append(year);
    }
    std::sort(years.begin(), years.end());
    return years;
}

void TargetTableModel::setIndicator(qint64 indicatorId)
{
    beginResetModel();
    m_indicatorId = indicatorId;
    m_years = yearsOf(indicatorId);
    endResetModel();
}

void TargetTableModel::onChanged(qint64 id)
{
    if (id != m_indicatorId && id != 0)
        return;
    const QList<int> years = yearsOf(m_indicatorId);
    if (years != m_years) {
        beginResetModel();
        m_years = years;
        endResetModel();
        return;
    }
    if (!m_years.isEmpty())
        emit dataChanged(index(0, TargetColumn), index(int(m_years.size()) - 1, TargetColumn));
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    const Indicator *indicator = m_document->cascade().indicator(m_indicatorId);
    if (!index.isValid() || !indicator || index.row() >= m_years.size())
        return {};
    const int year = m_years[index.row()];
    if (index.column() == YearColumn)
        return role == Qt::DisplayRole ? QVariant(QString::number(year)) : QVariant();
    const QString text = indicator->target(year).toString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text;
    case FeedbackRole:
    case Qt::ToolTipRole:
        return TargetFeedback::message(text);
    case Qt::ForegroundRole:
        // The palette's link colour is visible in light and dark themes alike.
        if (!TargetFeedback::message(text).isEmpty())
            return QBrush(UiColors::error());
        return {};
    default:
        return {};
    }
}

bool TargetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Indicator *indicator = m_document->cascade().indicator(m_indicatorId);
    if (role != Qt::EditRole || !indicator || index.column() != TargetColumn)
        return false;
    Indicator after = *indicator;
    const int year = m_years.value(index.row());
    const TargetValue target = TargetValue::parse(value.toString());
    if (target.kind() == TargetValue::Kind::Empty)
        after.targets.remove(year);
    else
        after.targets.insert(year, target);
    if (after == *indicator)
        return true;
    m_document->undoStack()->push(
        new EditIndicatorCommand(m_document, after, QStringLiteral("target-%1").arg(year), false));
    return true;
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == TargetColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == YearColumn ? tr("Year") : tr("Target");
}

bool TargetTableModel::pasteCells(const QModelIndex &start, const QList<QStringList> &cells)
{
    const Indicator *indicator = m_document->cascade().indicator(m_indicatorId);
    if (!indicator || cells.isEmpty())
        return false;
    const QStringList values = CellPaste::yearValues(cells);
    Indicator after = *indicator;
    for (int i = 0; i < values.size() && start.row() + i < m_years.size(); ++i) {
        const TargetValue target = TargetValue::parse(values[i]);
        const int year = m_years[start.row() + i];
        if (target.kind() == TargetValue::Kind::Empty)
            after.targets.remove(year);
        else
            after.targets.insert(year, target);
    }
    if (after == *indicator)
        return true;
    auto *command = new EditIndicatorCommand(m_document, after, QStringLiteral("paste"), false);
    command->setText(tr("Paste targets"));
    m_document->undoStack()->push(command);
    return true;
}

} // namespace Tepat
