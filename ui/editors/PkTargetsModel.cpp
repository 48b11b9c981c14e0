#include "editors/PkTargetsModel.h"

#include "common/UiColors.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "editors/TargetFeedback.h"

#include <QBrush>
#include <QPalette>

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
        return tr("Performance indicator");
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
        m_document->edits().editItem(after, QStringLiteral("name"), WorkspaceEdits::Merge::Never);
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
        m_document->edits().addIndicator(row.sasaranId, -1, after);
    } else {
        m_document->edits().editIndicator(
            after, QStringLiteral("pk-cell-%1").arg(index.column()), WorkspaceEdits::Merge::Never);
    }
    return true;
}

int PkTargetsModel::addIndicatorRow(int afterRow)
{
    const Row row = rowAt(afterRow);
    WorkspaceEdits &edits = m_document->edits();
    qint64 indicator = 0;
    edits.inOneStep(tr("Add PK row"), [&] {
        const qint64 sasaran = row.sasaranId ? row.sasaranId : lastSasaran();
        indicator = edits.addIndicatorAfter(row.indicatorId ? row.indicatorId
                                                : sasaran   ? sasaran
                                                            : edits.addChildItem(m_pkId));
    });
    return rowOf(indicator);
}

int PkTargetsModel::addSasaranRow()
{
    return rowOf(m_document->edits().addChildItem(m_pkId));
}

void PkTargetsModel::removeRow(int row)
{
    const Row at = rowAt(row);
    m_document->edits().removeObject(at.indicatorId ? at.indicatorId : at.sasaranId);
}

int PkTargetsModel::moveRow(int row, int delta)
{
    const Row at = rowAt(row);
    if (!at.sasaranId)
        return row;
    // An indicator at the edge of its sasaran takes the whole sasaran along.
    WorkspaceEdits &edits = m_document->edits();
    if (at.indicatorId && edits.moveObject(at.indicatorId, delta))
        return rowOf(at.indicatorId);
    if (!edits.moveObject(at.sasaranId, delta))
        return row;
    return rowOf(at.indicatorId ? at.indicatorId : at.sasaranId);
}

bool PkTargetsModel::pasteCells(const QModelIndex &start, const QList<QStringList> &cells)
{
    if (cells.isEmpty() || !m_document->cascade().pk(m_pkId))
        return false;
    m_document->edits().inOneStep(tr("Paste into PK table"), [&] { pasteRows(start, cells); });
    return true;
}

void PkTargetsModel::pasteRows(const QModelIndex &start, const QList<QStringList> &cells)
{
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
            row = rowOf(m_document->edits().addIndicator(sasaranOfNewRows));
        }
        for (int c = 0; c < values.size() && firstColumn + c < ColumnCount; ++c) {
            const QModelIndex cell = index(row, firstColumn + c);
            if (firstColumn + c == SasaranColumn && values[c].trimmed().isEmpty())
                continue; // a merged sasaran cell
            setData(cell, values[c].trimmed());
        }
    }
}

} // namespace Tepat
