#include "editors/PkProgramsModel.h"

#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

PkProgramsModel::PkProgramsModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id != m_pkId)
            return;
        const PkDocument *current = pk();
        const int rows = current ? int(current->programs.size()) : 0;
        if (rows != m_rowCount) {
            // Rows were added or deleted (or undone): a program table has a handful of rows.
            beginResetModel();
            m_rowCount = rows;
            endResetModel();
        } else if (rows > 0) {
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        }
    });
}

const PkDocument *PkProgramsModel::pk() const
{
    return m_document->cascade().pk(m_pkId);
}

void PkProgramsModel::setPk(qint64 pkId)
{
    beginResetModel();
    m_pkId = pkId;
    m_rowCount = pk() ? int(pk()->programs.size()) : 0;
    endResetModel();
}

QString PkProgramsModel::anggaranFeedback(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const Result<Decimal> amount = IndonesianNumber::parse(text);
    return amount ? QString() : amount.error().message;
}

QString PkProgramsModel::totalText() const
{
    const PkDocument *current = pk();
    if (!current)
        return {};
    return tr("Jumlah: %1")
        .arg(IndonesianNumber::formatRupiah(current->anggaranTotal(),
                                            IndonesianNumber::RupiahStyle::Spaced));
}

int PkProgramsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PkProgramsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PkProgramsModel::data(const QModelIndex &index, int role) const
{
    const PkDocument *current = pk();
    if (!current || !index.isValid() || index.row() >= current->programs.size())
        return {};
    const PkProgram &program = current->programs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return program.code;
        case NameColumn:
            return program.name;
        case AnggaranColumn:
            return IndonesianNumber::formatRupiah(program.anggaran,
                                                  IndonesianNumber::RupiahStyle::Spaced);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case CodeColumn:
            return program.code;
        case NameColumn:
            return program.name;
        case AnggaranColumn:
            return IndonesianNumber::format(program.anggaran);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AnggaranColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool PkProgramsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const PkDocument *current = pk();
    if (role != Qt::EditRole || !current || !index.isValid()
        || index.row() >= current->programs.size()) {
        return false;
    }
    PkDocument after = *current;
    PkProgram &program = after.programs[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case CodeColumn:
        program.code = text;
        break;
    case NameColumn:
        program.name = text;
        break;
    case AnggaranColumn: {
        const Result<Decimal> amount
            = text.isEmpty() ? Result<Decimal>(Decimal()) : IndonesianNumber::parse(text);
        if (!amount) {
            emit rejected(amount.error().message);
            return false;
        }
        program.anggaran = *amount;
        break;
    }
    default:
        return false;
    }
    m_document->edits().editPk(after,
                               QStringLiteral("program-%1-%2").arg(program.id).arg(index.column()),
                               WorkspaceEdits::Merge::Never);
    return true;
}

Qt::ItemFlags PkProgramsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant PkProgramsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Program / Kegiatan / Sub Kegiatan");
    case AnggaranColumn:
        return tr("Anggaran (Rp)");
    default:
        return {};
    }
}

int PkProgramsModel::addRow(int afterRow)
{
    const PkDocument *current = pk();
    if (!current)
        return -1;
    PkDocument after = *current;
    PkProgram program;
    program.id = m_document->allocateId();
    const int row = afterRow < 0 ? int(after.programs.size())
                                 : std::min(afterRow + 1, int(after.programs.size()));
    after.programs.insert(row, program);
    m_document->edits().editPk(
        after, QStringLiteral("programs"), WorkspaceEdits::Merge::Never, tr("Add program row"));
    return row;
}

void PkProgramsModel::removeRow(int row)
{
    const PkDocument *current = pk();
    if (!current || row < 0 || row >= current->programs.size())
        return;
    PkDocument after = *current;
    after.programs.removeAt(row);
    m_document->edits().editPk(
        after, QStringLiteral("programs"), WorkspaceEdits::Merge::Never, tr("Delete program row"));
}

int PkProgramsModel::moveRow(int row, int delta)
{
    const PkDocument *current = pk();
    const int to = row + delta;
    if (!current || row < 0 || row >= current->programs.size() || to < 0
        || to >= current->programs.size()) {
        return row;
    }
    PkDocument after = *current;
    after.programs.move(row, to);
    m_document->edits().editPk(
        after, QStringLiteral("programs"), WorkspaceEdits::Merge::Never, tr("Move program row"));
    return to;
}

bool PkProgramsModel::pasteCells(const QModelIndex &start, const QList<QStringList> &cells)
{
    const PkDocument *current = pk();
    if (!current || cells.isEmpty())
        return false;
    PkDocument after = *current;
    const int firstRow = std::max(0, start.row());
    const int firstColumn = std::max(0, start.column());
    QStringList refused;
    for (int r = 0; r < cells.size(); ++r) {
        const int row = firstRow + r;
        while (row >= after.programs.size()) {
            PkProgram program;
            program.id = m_document->allocateId();
            after.programs.append(program);
        }
        PkProgram &program = after.programs[row];
        for (int c = 0; c < cells[r].size() && firstColumn + c < ColumnCount; ++c) {
            const QString text = cells[r][c].trimmed();
            switch (firstColumn + c) {
            case CodeColumn:
                program.code = text;
                break;
            case NameColumn:
                program.name = text;
                break;
            case AnggaranColumn:
                if (const Result<Decimal> amount = IndonesianNumber::parse(text); amount)
                    program.anggaran = *amount;
                else if (!text.isEmpty())
                    refused.append(amount.error().message);
                break;
            default:
                break;
            }
        }
    }
    m_document->edits().editPk(
        after, QStringLiteral("paste"), WorkspaceEdits::Merge::Never, tr("Paste program rows"));
    if (!refused.isEmpty())
        emit rejected(refused.join(QLatin1Char('\n')));
    return true;
}

} // namespace Tepat
