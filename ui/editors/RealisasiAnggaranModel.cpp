#include "editors/RealisasiAnggaranModel.h"

#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "measure/Capaian.h"
#include "measure/SerapanAnggaran.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

namespace {

int quarterOf(int column)
{
    return column >= RealisasiAnggaranModel::Spent1Column
            && column <= RealisasiAnggaranModel::Spent4Column
        ? column - RealisasiAnggaranModel::Spent1Column + 1
        : 0;
}

} // namespace

RealisasiAnggaranModel::RealisasiAnggaranModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id == m_pkId)
            reload();
    });
    connect(m_document, &WorkspaceDocument::objectRemoved, this, &RealisasiAnggaranModel::reload);
}

const PkDocument *RealisasiAnggaranModel::pk() const
{
    return m_document->cascade().pk(m_pkId);
}

void RealisasiAnggaranModel::setPk(qint64 pkId)
{
    m_pkId = pkId;
    reload();
}

void RealisasiAnggaranModel::setQuarter(int quarter)
{
    m_quarter = quarter;
    emit headerDataChanged(Qt::Horizontal, SerapanColumn, SerapanColumn);
    if (m_rowCount > 0)
        emit dataChanged(index(0, SerapanColumn), index(m_rowCount - 1, SerapanColumn));
}

void RealisasiAnggaranModel::reload()
{
    const PkDocument *current = pk();
    const int rows = current ? int(current->programs.size()) : 0;
    if (rows != m_rowCount) {
        beginResetModel();
        m_rowCount = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int RealisasiAnggaranModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RealisasiAnggaranModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RealisasiAnggaranModel::data(const QModelIndex &index, int role) const
{
    const PkDocument *current = pk();
    if (!current || !index.isValid() || index.row() >= current->programs.size())
        return {};
    const PkProgram &program = current->programs[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() != ProgramColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (const int quarter = quarterOf(index.column())) {
        const std::optional<Decimal> &spent = program.realisasiAnggaran[quarter - 1];
        if (!spent)
            return QString();
        return role == Qt::EditRole ? IndonesianNumber::format(*spent)
                                    : IndonesianNumber::formatRupiah(*spent);
    }
    switch (index.column()) {
    case ProgramColumn:
        return program.code.isEmpty() ? program.name : program.code + u' ' + program.name;
    case AnggaranColumn:
        return IndonesianNumber::formatRupiah(program.anggaran);
    case SerapanColumn:
        if (const auto serapan = SerapanAnggaran::serapan(program, m_quarter))
            return Capaian::percentText(*serapan);
        return QStringLiteral("\u2014");
    default:
        return {};
    }
}

Qt::ItemFlags RealisasiAnggaranModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return quarterOf(index.column()) ? flags | Qt::ItemIsEditable : flags;
}

QVariant
RealisasiAnggaranModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (const int quarter = quarterOf(section))
        return tr("Realisasi %1 (Rp)").arg(Realisasi::quarterName(quarter));
    switch (section) {
    case ProgramColumn:
        return tr("Program / Kegiatan / Sub Kegiatan");
    case AnggaranColumn:
        return tr("Anggaran (Rp)");
    case SerapanColumn:
        return tr("Serapan s.d. %1").arg(Realisasi::quarterName(m_quarter));
    default:
        return {};
    }
}

bool RealisasiAnggaranModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    return role == Qt::EditRole && pasteCells(index, {{value.toString()}});
}

bool RealisasiAnggaranModel::pasteCells(const QModelIndex &start, const QList<QStringList> &cells)
{
    const PkDocument *current = pk();
    if (!current || cells.isEmpty() || !start.isValid())
        return false;
    QStringList refused;
    QList<std::pair<qint64, std::array<std::optional<Decimal>, 4>>> changes;
    for (int r = 0; r < cells.size() && start.row() + r < current->programs.size(); ++r) {
        const PkProgram &program = current->programs[start.row() + r];
        std::array<std::optional<Decimal>, 4> amounts = program.realisasiAnggaran;
        for (int c = 0; c < cells[r].size(); ++c) {
            const int quarter = quarterOf(start.column() + c);
            if (quarter == 0)
                continue;
            const QString text = cells[r][c].trimmed();
            if (text.isEmpty()) {
                amounts[quarter - 1].reset();
            } else if (const Result<Decimal> amount = IndonesianNumber::parse(text); amount) {
                amounts[quarter - 1] = *amount;
            } else {
                refused.append(amount.error().message);
            }
        }
        if (amounts != program.realisasiAnggaran)
            changes.append({program.id, amounts});
    }
    if (!refused.isEmpty())
        emit rejected(refused.join(QLatin1Char('\n')));
    if (changes.isEmpty())
        return refused.isEmpty();
    m_document->edits().inOneStep(tr("Edit realisasi anggaran"), [&] {
        for (const auto &[programId, amounts] : std::as_const(changes)) {
            m_document->edits().editRealisasiAnggaran(
                programId, amounts, QStringLiteral("paste"), WorkspaceEdits::Merge::Never);
        }
    });
    return true;
}

} // namespace Tepat
