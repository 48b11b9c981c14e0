#include "editors/PkDiffModel.h"

#include "document/WorkspaceDocument.h"
#include "values/IndonesianNumber.h"

#include <QBrush>
#include <QPalette>

namespace Tepat {

namespace {

QString withSatuan(const TargetValue &target, const QString &satuan)
{
    const QString value = target.toString();
    if (value.isEmpty() || satuan.isEmpty() || !target.unit().isEmpty())
        return value;
    return QStringLiteral("%1 %2").arg(value, satuan);
}

QString signedNumber(const Decimal &value, bool rupiah)
{
    const QString text = rupiah ? IndonesianNumber::formatRupiah(value.abs())
                                : IndonesianNumber::format(value.abs());
    if (value == Decimal())
        return QStringLiteral("0");
    return (value > Decimal() ? QStringLiteral("+") : QStringLiteral("−")) + text;
}

} // namespace

PkDiffModel::PkDiffModel(WorkspaceDocument *document, Table table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
{
    for (auto signal : {&WorkspaceDocument::objectChanged,
                        &WorkspaceDocument::objectInserted,
                        &WorkspaceDocument::objectRemoved,
                        &WorkspaceDocument::objectMoved}) {
        connect(document, signal, this, &PkDiffModel::refresh);
    }
}

void PkDiffModel::compare(qint64 beforePk, qint64 afterPk)
{
    m_before = beforePk;
    m_after = afterPk;
    refresh();
}

void PkDiffModel::refresh()
{
    beginResetModel();
    m_diff = PkDiff::compare(m_document->cascade(), m_before, m_after);
    endResetModel();
}

int PkDiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_table == Table::Indicators ? m_diff.indicators.size() : m_diff.programs.size());
}

int PkDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PkDiff::Change PkDiffModel::changeOf(int row) const
{
    return m_table == Table::Indicators ? m_diff.indicators[row].change
                                        : m_diff.programs[row].change;
}

QString PkDiffModel::text(int row, int column) const
{
    const PkDiff::Change change = changeOf(row);
    if (m_table == Table::Indicators) {
        const PkDiff::IndicatorRow &r = m_diff.indicators[row];
        switch (column) {
        case BeforeName:
            return r.beforeId ? r.textBefore : QString();
        case BeforeValue:
            return r.beforeId ? withSatuan(r.targetBefore, r.satuanBefore) : QString();
        case AfterName:
            return r.afterId ? r.textAfter : QString();
        case AfterValue:
            return r.afterId ? withSatuan(r.targetAfter, r.satuanAfter) : QString();
        case Delta:
            return r.targetDelta ? signedNumber(*r.targetDelta, false) : QString();
        default:
            break;
        }
    } else {
        const PkDiff::ProgramRow &r = m_diff.programs[row];
        const auto name = [](const QString &code, const QString &text) {
            return code.isEmpty() ? text : QStringLiteral("%1 %2").arg(code, text);
        };
        switch (column) {
        case BeforeName:
            return r.beforeId ? name(r.codeBefore, r.nameBefore) : QString();
        case BeforeValue:
            return r.beforeId ? IndonesianNumber::formatRupiah(r.anggaranBefore) : QString();
        case AfterName:
            return r.afterId ? name(r.codeAfter, r.nameAfter) : QString();
        case AfterValue:
            return r.afterId ? IndonesianNumber::formatRupiah(r.anggaranAfter) : QString();
        case Delta:
            return change == PkDiff::Change::Unchanged ? QString()
                                                       : signedNumber(r.anggaranDelta, true);
        default:
            break;
        }
    }
    switch (change) {
    case PkDiff::Change::Added:
        return tr("added");
    case PkDiff::Change::Removed:
        return tr("removed");
    case PkDiff::Change::Changed:
        return tr("changed");
    case PkDiff::Change::Unchanged:
        break;
    }
    return tr("unchanged");
}

QVariant PkDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(index.row(), index.column());
    if (role == Qt::TextAlignmentRole && index.column() != BeforeName
        && index.column() != AfterName) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::BackgroundRole) {
        // Soft tints that read on light and dark palettes alike: green added, red removed,
        // amber changed.
        switch (changeOf(index.row())) {
        case PkDiff::Change::Added:
            return QBrush(QColor(0x2e, 0xa0, 0x43, 0x40));
        case PkDiff::Change::Removed:
            return QBrush(QColor(0xd0, 0x30, 0x30, 0x40));
        case PkDiff::Change::Changed:
            return QBrush(QColor(0xe0, 0xa0, 0x00, 0x40));
        case PkDiff::Change::Unchanged:
            break;
        }
    }
    return {};
}

QVariant PkDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool indicators = m_table == Table::Indicators;
    switch (section) {
    case BeforeName:
        return indicators ? tr("Indicator (earlier)") : tr("Program (earlier)");
    case BeforeValue:
        return indicators ? tr("Target (earlier)") : tr("Anggaran (earlier)");
    case AfterName:
        return indicators ? tr("Indicator (this version)") : tr("Program (this version)");
    case AfterValue:
        return indicators ? tr("Target (this version)") : tr("Anggaran (this version)");
    case Delta:
        return tr("Δ");
    case Change:
        return tr("Change");
    default:
        break;
    }
    return {};
}

} // namespace Tepat
