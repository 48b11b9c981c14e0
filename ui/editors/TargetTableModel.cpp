#include "editors/TargetTableModel.h"

#include "common/CellPaste.h"
#include "common/UiColors.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "editors/TargetFeedback.h"

#include <QBrush>
#include <QPalette>

namespace Tepat {

TargetTableModel::TargetTableModel(WorkspaceDocument *document, QObject *parent)
    : YearTableModel(document, parent)
{}

QList<int> TargetTableModel::plannedYears(qint64 indicatorId) const
{
    const Cascade &cascade = document()->cascade();
    const Indicator *indicator = cascade.indicator(indicatorId);
    return indicator ? cascade.yearsOf(*indicator) : QList<int>();
}

QList<int> TargetTableModel::yearsWithValues(qint64 indicatorId) const
{
    const Indicator *indicator = document()->cascade().indicator(indicatorId);
    return indicator ? indicator->targets.keys() : QList<int>();
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    const Indicator *indicator = document()->cascade().indicator(objectId());
    if (!index.isValid() || !indicator || index.row() >= years().size())
        return {};
    const int year = years()[index.row()];
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
    const Indicator *indicator = document()->cascade().indicator(objectId());
    if (role != Qt::EditRole || !indicator || index.column() != TargetColumn)
        return false;
    Indicator after = *indicator;
    const int year = years().value(index.row());
    const TargetValue target = TargetValue::parse(value.toString());
    if (target.kind() == TargetValue::Kind::Empty)
        after.targets.remove(year);
    else
        after.targets.insert(year, target);
    document()->edits().editIndicator(
        after, QStringLiteral("target-%1").arg(year), WorkspaceEdits::Merge::Never);
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
    const Indicator *indicator = document()->cascade().indicator(objectId());
    if (!indicator || cells.isEmpty())
        return false;
    const QStringList values = CellPaste::yearValues(cells);
    Indicator after = *indicator;
    for (int i = 0; i < values.size() && start.row() + i < years().size(); ++i) {
        const TargetValue target = TargetValue::parse(values[i]);
        const int year = years()[start.row() + i];
        if (target.kind() == TargetValue::Kind::Empty)
            after.targets.remove(year);
        else
            after.targets.insert(year, target);
    }
    document()->edits().editIndicator(
        after, QStringLiteral("paste"), WorkspaceEdits::Merge::Never, tr("Paste targets"));
    return true;
}

} // namespace Tepat
