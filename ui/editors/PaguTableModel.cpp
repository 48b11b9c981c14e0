#include "editors/PaguTableModel.h"

#include "common/CellPaste.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/EditItemCommand.h"
#include "values/IndonesianNumber.h"

#include <QUndoStack>

namespace Tepat {

PaguTableModel::PaguTableModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &WorkspaceDocument::objectChanged, this, &PaguTableModel::onChanged);
}

QList<int> PaguTableModel::yearsOf(qint64 itemId) const
{
    const PlanItem *item = m_document->cascade().item(itemId);
    if (!item || !item->hasPagu())
        return {};
    QList<int> years = m_document->cascade().periode().years();
    // A pagu kept for a year outside the period (an older RPJMD) stays visible.
    for (int year : item->pagu.keys()) {
        if (!years.contains(year))
            years.append(year);
    }
    std::sort(years.begin(), years.end());
    return years;
}

void PaguTableModel::setItem(qint64 itemId)
{
    beginResetModel();
    m_itemId = itemId;
    m_years = yearsOf(itemId);
    endResetModel();
}

void PaguTableModel::onChanged(qint64 id)
{
    if (id != m_itemId && id != 0)
        return;
    const QList<int> years = yearsOf(m_itemId);
    if (years != m_years) {
        beginResetModel();
        m_years = years;
        endResetModel();
        return;
    }
    if (!m_years.isEmpty())
        emit dataChanged(index(0, PaguColumn), index(int(m_years.size()) - 1, PaguColumn));
}

QString PaguTableModel::feedback(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const Result<Decimal> amount = IndonesianNumber::parse(text);
    return amount ? QString() : amount.error().message;
}

int PaguTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int PaguTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaguTableModel::data(const QModelIndex &index, int role) const
{
    const PlanItem *item = m_document->cascade().item(m_itemId);
    if (!index.isValid() || !item || index.row() >= m_years.size())
        return {};
    const int year = m_years[index.row()];
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
    const PlanItem *item = m_document->cascade().item(m_itemId);
    if (role != Qt::EditRole || !item || index.column() != PaguColumn
        || index.row() >= m_years.size()) {
        return false;
    }
    const QString text = value.toString().trimmed();
    const int year = m_years[index.row()];
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
    if (after == *item)
        return true;
    m_document->undoStack()->push(
        new EditItemCommand(m_document, after, QStringLiteral("pagu-%1").arg(year), false));
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
    const PlanItem *item = m_document->cascade().item(m_itemId);
    if (!item || cells.isEmpty())
        return false;
    const QStringList values = CellPaste::yearValues(cells);
    PlanItem after = *item;
    QStringList refused;
    const int first = std::max(0, start.row());
    for (int i = 0; i < values.size() && first + i < m_years.size(); ++i) {
        const QString text = values[i].trimmed();
        const int year = m_years[first + i];
        if (text.isEmpty()) {
            after.pagu.remove(year);
            continue;
        }
        if (const Result<Decimal> amount = IndonesianNumber::parse(text); amount)
            after.pagu.insert(year, *amount);
        else
            refused.append(tr("Pagu %1: %2").arg(year).arg(amount.error().message));
    }
    if (after != *item) {
        auto *command = new EditItemCommand(m_document, after, QStringLiteral("paste"), false);
        command->setText(tr("Paste pagu"));
        m_document->undoStack()->push(command);
    }
    if (!refused.isEmpty())
        emit rejected(refused.join(QLatin1Char('\n')));
    return true;
}

} // namespace Tepat
