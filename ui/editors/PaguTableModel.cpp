#include "editors/PaguTableModel.h"

#include "common/CellPaste.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

PaguTableModel::PaguTableModel(WorkspaceDocument *document, QObject *parent)
    : YearTableModel(document, parent)
{}

QList<int> PaguTableModel::plannedYears(qint64 itemId) const
{
    const Cascade &cascade = document()->cascade();
    const PlanItem *item = cascade.item(itemId);
    return item ? cascade.yearsOf(*item) : QList<int>();
}

QList<int> PaguTableModel::yearsWithValues(qint64 itemId) const
{
    // An item without pagu shows no table, whatever an old file left in it.
    const PlanItem *item = document()->cascade().item(itemId);
    return item && item->hasPagu() ? item->pagu.keys() : QList<int>();
}

QString PaguTableModel::feedback(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const Result<Decimal> amount = IndonesianNumber::parse(text);
    return amount ? QString() : amount.error().message;
}

QVariant PaguTableModel::data(const QModelIndex &index, int role) const
{
    const PlanItem *item = document()->cascade().item(objectId());
    if (!index.isValid() || !item || index.row() >= years().size())
        return {};
    const int year = years()[index.row()];
    if (index.column() == YearColumn)
        return role == Qt::DisplayRole ? QVariant(QString::number(year)) : QVariant();
    const auto pagu = item->pagu.constFind(year);
    switch (role) {
    case Qt::DisplayRole:
        return pagu == item->pagu.cend()
            ? QString()
            : IndonesianNumber::formatRupiah(*pagu, IndonesianNumber::RupiahStyle::Spaced);
    case Qt::EditRole:
        return pagu == item->pagu.cend() ? QString() : IndonesianNumber::format(*pagu);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool PaguTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const PlanItem *item = document()->cascade().item(objectId());
    if (role != Qt::EditRole || !item || index.column() != PaguColumn
        || index.row() >= years().size()) {
        return false;
    }
    const QString text = value.toString().trimmed();
    const int year = years()[index.row()];
    PlanItem after = *item;
    if (text.isEmpty()) {
        after.pagu.remove(year);
    } else {
        const Result<Decimal> amount = IndonesianNumber::parse(text);
        if (!amount) {
            emit rejected(tr("Pagu %1: %2").arg(year).arg(amount.error().message));
            return false;
        }
        after.pagu.insert(year, *amount);
    }
    document()->edits().editItem(
        after, QStringLiteral("pagu-%1").arg(year), WorkspaceEdits::Merge::Never);
    return true;
}

Qt::ItemFlags PaguTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == PaguColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PaguTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == YearColumn ? tr("Year") : tr("Pagu (Rp)");
}

bool PaguTableModel::pasteCells(const QModelIndex &start, const QList<QStringList> &cells)
{
    const PlanItem *item = document()->cascade().item(objectId());
    if (!item || cells.isEmpty())
        return false;
    const QStringList values = CellPaste::yearValues(cells);
    PlanItem after = *item;
    QStringList refused;
    const int first = std::max(0, start.row());
    for (int i = 0; i < values.size() && first + i < years().size(); ++i) {
        const QString text = values[i].trimmed();
        const int year = years()[first + i];
        if (text.isEmpty()) {
            after.pagu.remove(year);
            continue;
        }
        if (const Result<Decimal> amount = IndonesianNumber::parse(text); amount)
            after.pagu.insert(year, *amount);
        else
            refused.append(tr("Pagu %1: %2").arg(year).arg(amount.error().message));
    }
    document()->edits().editItem(
        after, QStringLiteral("paste"), WorkspaceEdits::Merge::Never, tr("Paste pagu"));
    if (!refused.isEmpty())
        emit rejected(refused.join(QLatin1Char('\n')));
    return true;
}

} // namespace Tepat
