#include "editors/PkTargetsModel.h"

#include "common/UiColors.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/AddIndicatorCommand.h"
#include "document/commands/AddItemCommand.h"
#include "document/commands/EditIndicatorCommand.h"
#include "document/commands/EditItemCommand.h"
#include "document/commands/MoveIndicatorCommand.h"
#include "document/commands/MoveItemCommand.h"
#include "document/commands/RemoveIndicatorCommand.h"
#include "document/commands/RemoveItemCommand.h"
#include "editors/TargetFeedback.h"

#include <QBrush>
#include <QPalette>
#include <QUndoStack>

namespace Tepat {

PkTargetsModel::PkTargetsModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &WorkspaceDocument::objectInserted, this, &PkTargetsModel::refresh);
    connect(m_document, &WorkspaceDocument::objectRemoved, this, &PkTargetsModel::refresh);
    connect(m_document, &WorkspaceDocument::objectMoved, this, &PkTargetsModel::refresh);
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id == m_pkId) {
            refresh(); // the year may have changed
        } else if (const int row = rowOf(id); row >= 0 && !m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        }
    });
}

QList<PkTargetsModel::Row> PkTargetsModel::buildRows() const
{
    QList<Row> rows;
    const Cascade &cascade = m_document->cascade();
    for (qint64 sasaran : cascade.childItems(m_pkId)) {
        const QList<qint64> &indicators = cascade.indicatorsOf(sasaran);
        if (indicators.isEmpty())
            rows.append({sasaran, 0});
        for (qint64 indicator : indicators)
            rows.append({sasaran, indicator});
    }
    return rows;
}

void PkTargetsModel::setPk(qint64 pkId)
{
    beginResetModel();
    m_pkId = pkId;
    m_rows = buildRows();
    endResetModel();
}

void PkTargetsModel::refresh()
{
    // A PK has a few dozen rows: rebuilding the list is cheaper than tracking each change, and
    // the editor puts the current row back.
    const QList<Row> rows = buildRows();
    if (rows == m_rows) {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PkTargetsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].indicatorId == id)
            return row;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].sasaranId == id)
            return row;
    }
    return -1;
}

int PkTargetsModel::year() const
{
    const PkDocument *pk = m_document->cascade().pk(m_pkId);
    return pk ? pk->year : 0;
}

qint64 PkTargetsModel::lastSasaran() const
{
    const QList<qint64> &sasaran = m_document->cascade().childItems(m_pkId);
    return sasaran.isEmpty() ? 0 : sasaran.last();
}

int PkTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PkTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PkTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Cascade &cascade = m_document->cascade();
    const Row row = m_rows[index.row()];
    const PlanItem *sasaran = cascade.item(row.sasaranId);
    const Indicator *indicator = cascade.indicator(row.indicatorId);
    const bool firstOfSasaran
        = index.row() == 0 || m_rows[index.row() - 1].sasaranId != row.sasaranId;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case SasaranColumn:
            // As in the printed table, the sasaran cell spans its rows: shown once.
            return sasaran && (firstOfSasaran || role == Qt::EditRole) ? sasaran->name : QString();
        case IndicatorColumn:
            return indicator ? indicator->text : QString();
        case TargetColumn:
            return indicator ? indicator->target(year()).toString() : QString();
        case SatuanColumn:
            return indicator ? indicator->satuan : QString();
        default:
            return {};
        }
    }
    if (index.column() == TargetColumn && indicator
        && (role == Qt::ToolTipRole || role == Qt::ForegroundRole)) {
        const QString feedback = TargetFeedback::message(indicator->target(year()).toString());
        if (feedback.isEmpty())
            return {};
        return role == Qt::ToolTipRole ? QVariant(feedback) : QVariant(QBrush(UiColors::error()));
    }
    return {};
}

Qt::ItemFlags PkTargetsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant PkTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SasaranColumn:
        return tr("Sasaran");
    case IndicatorColumn:
        return tr("Indikator Kinerja");
    case TargetColumn:
        return tr("Target %1").arg(year());
    case SatuanColumn:
        return tr("Satuan");
    default:
        return {};
    }
}

bool PkTargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const Cascade &cascade = m_document->cascade();
    const Row row = m_rows[index.row()];
    const QString text = value.toString();
    if (index.column() == SasaranColumn) {
        const PlanItem *sasaran = cascade.item(row.sasaranId);
        if (!sasaran || sasaran->name == text)
            return true;
        PlanItem after = *sasaran;
        after.name = text;
        m_document->undoStack()->push(
            new EditItemCommand(m_document, after, QStringLiteral("name"), false));
        return true;
    }
    const Indicator *indicator = cascade.indicator(row.indicatorId);
    Indicator after;
    if (indicator) {
        after = *indicator;
    } else {
        after.ownerId = row.sasaranId;
    }
    switch (index.column()) {
    case IndicatorColumn:
        after.text = text;
        break;
    case TargetColumn:
        if (TargetValue target = TargetValue::parse(text);
            target.kind() == TargetValue::Kind::Empty)
            after.targets.remove(year());
        else
            after.targets.insert(year(), target);
        break;
    case SatuanColumn:
        after.satuan = text;
        break;
    default:
        return false;
    }
    if (!indicator) {
        after.id = m_document->allocateId();
        m_document->undoStack()->push(new AddIndicatorCommand(m_document, after, -1));
    } else if (!(after == *indicator)) {
        m_document->undoStack()->push(new EditIndicatorCommand(
            m_document, after, QStringLiteral("pk-cell-%1").arg(index.column()), false));
    }
    return true;
}

int PkTargetsModel::addIndicatorRow(int afterRow)
{
    const Cascade &cascade = m_document->cascade();
    const Row row = rowAt(afterRow);
    qint64 sasaran = row.sasaranId ? row.sasaranId : lastSasaran();
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Add PK row"));
    if (sasaran == 0) {
        PlanItem item;
        item.id = m_document->allocateId();
        item.kind = PlanItem::Kind::PkSasaran;
        item.parentId = m_pkId;
        stack->push(new AddItemCommand(m_document, item, -1));
        sasaran = item.id;
    }
    Indicator indicator;
    indicator.id = m_document->allocateId();
    indicator.ownerId = sasaran;
    const int position
        = row.indicatorId ? int(cascade.indicatorsOf(sasaran).indexOf(row.indicatorId)) + 1 : -1;
    stack->push(new AddIndicatorCommand(m_document, indicator, position));
    stack->endMacro();
    return rowOf(indicator.id);
}

int PkTargetsModel::addSasaranRow()
{
    PlanItem item;
    item.id = m_document->allocateId();
    item.kind = PlanItem::Kind::PkSasaran;
    item.parentId = m_pkId;
    m_document->undoStack()->push(new AddItemCommand(m_document, item, -1));
    return rowOf(item.id);
}

void PkTargetsModel::removeRow(int row)
{
    const Row at = rowAt(row);
    if (at.indicatorId)
        m_document->undoStack()->push(new RemoveIndicatorCommand(m_document, at.indicatorId));
    else if (at.sasaranId)
        m_document->undoStack()->push(new RemoveItemCommand(m_document, at.sasaranId));
}

int PkTargetsModel::moveRow(int row, int delta)
{
    const Cascade &cascade = m_document->cascade();
    const Row at = rowAt(row);
    if (!at.sasaranId)
        return row;
    if (at.indicatorId) {
        const QList<qint64> &siblings = cascade.indicatorsOf(at.sasaranId);
        const int position = int(siblings.indexOf(at.indicatorId)) + delta;
        if (position >= 0 && position < siblings.size()) {
            m_document->undoStack()->push(
                new MoveIndicatorCommand(m_document, at.indicatorId, position));
            return rowOf(at.indicatorId);
        }
    }
    const QList<qint64> &sasaran = cascade.childItems(m_pkId);
    const int position = int(sasaran.indexOf(at.sasaranId)) + delta;
    if (position < 0 || position >= sasaran.size())
        return row;
    m_document->undoStack()->push(new MoveItemCommand(m_document, at.sasaranId, position));
    return rowOf(at.indicatorId ? at.indicatorId : at.sasaranId);
}

bool PkTargetsModel::pasteCells(const QModelIndex &start, const QList<QStringList> &cells)
{
    if (cells.isEmpty() || !m_document->cascade().pk(m_pkId))
        return false;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Paste into PK table"));
    const int firstRow = std::max(0, start.row());
    const int firstColumn = std::max(0, start.column());
    qint64 sasaranOfNewRows = 0;
    for (int r = 0; r < cells.size(); ++r) {
        const QStringList &values = cells[r];
        int row = firstRow + r;
        if (row >= m_rows.size()) {
            // Spreadsheets merge the sasaran cell over its rows: an empty cell continues the
            // sasaran above, a new name starts a new one.
            const QString sasaranName
                = firstColumn == SasaranColumn ? values.value(0).trimmed() : QString();
            const QString previousName = m_rows.isEmpty()
                ? QString()
                : m_document->cascade().item(m_rows.last().sasaranId)->name;
            if (m_rows.isEmpty() || (!sasaranName.isEmpty() && sasaranName != previousName)) {
                sasaranOfNewRows = rowAt(addSasaranRow()).sasaranId;
            } else {
                sasaranOfNewRows = m_rows.last().sasaranId;
            }
            Indicator indicator;
            indicator.id = m_document->allocateId();
            indicator.ownerId = sasaranOfNewRows;
            stack->push(new AddIndicatorCommand(m_document, indicator, -1));
            row = rowOf(indicator.id);
        }
        for (int c = 0; c < values.size() && firstColumn + c < ColumnCount; ++c) {
            const QModelIndex cell = index(row, firstColumn + c);
            if (firstColumn + c == SasaranColumn && values[c].trimmed().isEmpty())
                continue; // a merged sasaran cell
            setData(cell, values[c].trimmed());
        }
    }
    stack->endMacro();
    return true;
}

} // namespace Tepat
