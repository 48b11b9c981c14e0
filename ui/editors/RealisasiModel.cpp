#include "editors/RealisasiModel.h"

#include "common/SeverityIcon.h"
#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "measure/CapaianEngine.h"
#include "measure/RealisasiInput.h"

#include <QBrush>

namespace Tepat {

namespace {

// The metode as the table writes it: the words of the Manual IKU.
QString metodeName(Metode::Kind kind)
{
    switch (kind) {
    case Metode::Kind::Kumulatif:
        return QStringLiteral("kumulatif");
    case Metode::Kind::NilaiAkhir:
        return QStringLiteral("nilai akhir");
    case Metode::Kind::RataRata:
        return QStringLiteral("rata-rata");
    }
    return {};
}

std::optional<Metode::Kind> metodeFromName(const QString &text)
{
    for (Metode::Kind kind :
         {Metode::Kind::Kumulatif, Metode::Kind::NilaiAkhir, Metode::Kind::RataRata}) {
        if (text.trimmed().compare(metodeName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return Metode::fromKey(text.trimmed());
}

// Light band colours carry dark text on every palette, so the label stays readable.
QVariant bandBrush(const QString &colour, int role)
{
    if (colour.isEmpty())
        return {};
    return role == Qt::BackgroundRole ? QBrush(QColor(colour)) : QBrush(QColor(Qt::black));
}

} // namespace

RealisasiModel::RealisasiModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &WorkspaceDocument::objectInserted, this, &RealisasiModel::reload);
    connect(m_document, &WorkspaceDocument::objectRemoved, this, &RealisasiModel::reload);
    connect(m_document, &WorkspaceDocument::objectMoved, this, &RealisasiModel::reload);
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id == 0 || id == m_pkId) {
            // The settings (scale, cap, closed triwulan) or the PK's year: every capaian.
            remeasureAll();
            emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        } else if (const int row = rowOf(id); row >= 0) {
            remeasure(row);
        }
    });
    connect(
        m_document, &WorkspaceDocument::findingsChanged, this, [this](const QList<qint64> &ids) {
            for (qint64 id : ids) {
                if (const int row = rowOf(id); row >= 0)
                    emit dataChanged(index(row, IndicatorColumn), index(row, IndicatorColumn));
            }
        });
}

void RealisasiModel::setPk(qint64 pkId)
{
    m_pkId = pkId;
    reload();
}

void RealisasiModel::setQuarter(int quarter)
{
    Q_ASSERT(quarter >= 1 && quarter <= Realisasi::quarterCount);
    if (quarter == m_quarter)
        return;
    m_quarter = quarter;
    remeasureAll();
    emit headerDataChanged(Qt::Horizontal, QuarterTargetColumn, ColumnCount - 1);
}

void RealisasiModel::reload()
{
    QList<qint64> indicators;
    const Cascade &cascade = m_document->cascade();
    for (qint64 sasaran : cascade.childItems(m_pkId))
        indicators.append(cascade.indicatorsOf(sasaran));
    if (indicators == m_indicators && !m_indicators.isEmpty()) {
        remeasureAll();
        return;
    }
    beginResetModel();
    m_indicators = indicators;
    m_capaian.clear();
    const CapaianEngine engine(cascade.measureSettings());
    for (qint64 id : std::as_const(m_indicators))
        m_capaian.append(engine.measure(cascade, *cascade.indicator(id), m_quarter));
    endResetModel();
    emit measured();
}

void RealisasiModel::remeasure(int row)
{
    const Cascade &cascade = m_document->cascade();
    m_capaian[row] = CapaianEngine(cascade.measureSettings())
                         .measure(cascade, *cascade.indicator(m_indicators[row]), m_quarter);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit measured();
}

void RealisasiModel::remeasureAll()
{
    const Cascade &cascade = m_document->cascade();
    const CapaianEngine engine(cascade.measureSettings());
    for (int row = 0; row < m_indicators.size(); ++row)
        m_capaian[row] = engine.measure(cascade, *cascade.indicator(m_indicators[row]), m_quarter);
    if (!m_indicators.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_indicators.size()) - 1, ColumnCount - 1));
    emit measured();
}

int RealisasiModel::year() const
{
    const PkDocument *pk = m_document->cascade().pk(m_pkId);
    return pk ? pk->year : 0;
}

int RealisasiModel::quarterOfColumn(int column)
{
    return column >= Realisasi1Column && column <= Realisasi4Column ? column - Realisasi1Column + 1
                                                                    : 0;
}

int RealisasiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int RealisasiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RealisasiModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_indicators.size())
        return {};
    const Indicator *indicator = m_document->cascade().indicator(m_indicators[index.row()]);
    if (!indicator)
        return {};
    const Capaian &capaian = m_capaian[index.row()];
    const RealisasiTriwulan &triwulan = indicator->realisasi.triwulan(m_quarter);
    const int column = index.column();
    const Language language = UiLanguage::current();
    const QString colour = capaian.kategori
        ? m_document->cascade().measureSettings().kategori.bands()[*capaian.kategori].colour
        : QString();

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (const int quarter = quarterOfColumn(column))
            return indicator->realisasi.triwulan(quarter).realisasi.toString();
        switch (column) {
        case IndicatorColumn:
            return indicator->text;
        case SatuanColumn:
            return indicator->satuan;
        case MetodeColumn:
            return metodeName(capaian.metode);
        case TargetColumn:
            return indicator->target(year()).toString();
        case QuarterTargetColumn:
            return triwulan.target.toString();
        case CapaianColumn:
            return capaian.value ? Capaian::percentText(*capaian.value) : QStringLiteral("\u2014");
        case KategoriColumn:
            return capaian.kategoriLabel;
        case KendalaColumn:
            return triwulan.kendala;
        case TindakLanjutColumn:
            return triwulan.tindakLanjut;
        case BuktiColumn:
            return triwulan.bukti;
        case FaktorPendukungColumn:
            return indicator->realisasi.analisis().faktorPendukung;
        case FaktorPenghambatColumn:
            return indicator->realisasi.analisis().faktorPenghambat;
        case UpayaPeningkatanColumn:
            return indicator->realisasi.analisis().upayaPeningkatan;
        default:
            return {};
        }
    }
    if (role == KategoriColourRole && (column == CapaianColumn || column == KategoriColumn))
        return colour;
    if ((role == Qt::BackgroundRole || role == Qt::ForegroundRole)
        && (column == CapaianColumn || column == KategoriColumn)) {
        return bandBrush(colour, role);
    }
    if (role == Qt::TextAlignmentRole
        && (quarterOfColumn(column) || column == CapaianColumn || column == TargetColumn
            || column == QuarterTargetColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::DecorationRole && column == IndicatorColumn) {
        const QList<Finding> findings = m_document->checker().findingsFor(indicator->id);
        if (findings.isEmpty())
            return {};
        Severity worst = findings.first().severity;
        for (const Finding &finding : findings)
            worst = std::min(worst, finding.severity);
        return SeverityIcon::icon(worst);
    }
    if (role == Qt::ToolTipRole) {
        if (column == IndicatorColumn) {
            QStringList lines;
            for (const Finding &finding : m_document->checker().findingsFor(indicator->id))
                lines.append(finding.message.text(language));
            return lines.join(QLatin1Char('\n'));
        }
        if (column == CapaianColumn) {
            QStringList lines;
            if (!capaian.formula.isEmpty())
                lines.append(tr("%1 against %2, realisasi %3")
                                 .arg(capaian.formula.text(language),
                                      Capaian::valueText(capaian.target),
                                      Capaian::valueText(capaian.realisasi)));
            if (!capaian.note.isEmpty())
                lines.append(capaian.note.text(language));
            return lines.join(QLatin1Char('\n'));
        }
        if (column == MetodeColumn
            && indicator->tipePerhitungan == Indicator::TipePerhitungan::NotGiven)
            return tr("Taken from the indicator's wording; choose another to fix it.");
    }
    return {};
}

Qt::ItemFlags RealisasiModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    switch (index.column()) {
    case IndicatorColumn:
    case SatuanColumn:
    case TargetColumn:
    case CapaianColumn:
    case KategoriColumn:
        // The agreement's own fields are edited in the PK; capaian is computed.
        return flags;
    default:
        return flags | Qt::ItemIsEditable;
    }
}

QVariant RealisasiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // Two lines where the figures are short, so that a row fits a laptop screen.
    const QString tw = Realisasi::quarterName(m_quarter);
    if (const int quarter = quarterOfColumn(section))
        return tr("Realisasi\n%1").arg(Realisasi::quarterName(quarter));
    switch (section) {
    case IndicatorColumn:
        return tr("Performance indicator");
    case SatuanColumn:
        return tr("Satuan");
    case MetodeColumn:
        return tr("Metode");
    case TargetColumn:
        return tr("Target\n%1").arg(year());
    case QuarterTargetColumn:
        return tr("Target\n%1").arg(tw);
    case CapaianColumn:
        return tr("Capaian\ns.d. %1").arg(tw);
    case KategoriColumn:
        return tr("Kategori");
    case KendalaColumn:
        return tr("Kendala %1").arg(tw);
    case TindakLanjutColumn:
        return tr("Tindak Lanjut %1").arg(tw);
    case BuktiColumn:
        return tr("Bukti %1").arg(tw);
    case FaktorPendukungColumn:
        return tr("Faktor Pendukung\n%1").arg(year());
    case FaktorPenghambatColumn:
        return tr("Faktor Penghambat\n%1").arg(year());
    case UpayaPeningkatanColumn:
        return tr("Upaya Peningkatan\n%1").arg(year());
    default:
        return {};
    }
}

std::optional<QString>
RealisasiModel::apply(int row, int column, const QString &text, Realisasi &realisasi)
{
    const Indicator &indicator = *m_document->cascade().indicator(m_indicators[row]);
    // The analisis is the year's, whichever triwulan the table shows.
    if (column >= FaktorPendukungColumn && column <= UpayaPeningkatanColumn) {
        RealisasiAnalisis analisis = realisasi.analisis();
        QString *field[]
            = {&analisis.faktorPendukung, &analisis.faktorPenghambat, &analisis.upayaPeningkatan};
        *field[column - FaktorPendukungColumn] = text;
        realisasi.setAnalisis(analisis);
        return std::nullopt;
    }
    const int quarter = quarterOfColumn(column) ? quarterOfColumn(column) : m_quarter;
    RealisasiTriwulan triwulan = realisasi.triwulan(quarter);
    switch (column) {
    case Realisasi1Column:
    case Realisasi2Column:
    case Realisasi3Column:
    case Realisasi4Column: {
        const Result<TargetValue> value = RealisasiInput::realisasi(text, indicator.target(year()));
        if (!value)
            return value.error().message;
        triwulan.realisasi = *value;
        break;
    }
    case QuarterTargetColumn: {
        const Result<TargetValue> value = RealisasiInput::quarterTarget(text);
        if (!value)
            return value.error().message;
        triwulan.target = *value;
        break;
    }
    case KendalaColumn:
        triwulan.kendala = text;
        break;
    case TindakLanjutColumn:
        triwulan.tindakLanjut = text;
        break;
    case BuktiColumn:
        triwulan.bukti = text;
        break;
    default:
        return std::nullopt;
    }
    realisasi.setTriwulan(quarter, triwulan);
    return std::nullopt;
}

void RealisasiModel::push(int row, const Realisasi &after, const QString &field)
{
    m_document->edits().editRealisasi(
        m_indicators[row], after, field, WorkspaceEdits::Merge::Never);
}

bool RealisasiModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_indicators.size())
        return false;
    const Indicator *indicator = m_document->cascade().indicator(m_indicators[index.row()]);
    if (!indicator)
        return false;
    const QString text = value.toString().trimmed();
    if (index.column() == MetodeColumn) {
        const std::optional<Metode::Kind> kind = metodeFromName(text);
        if (!kind)
            return false;
        Indicator after = *indicator;
        after.tipePerhitungan = Metode::tipePerhitungan(*kind);
        m_document->edits().editIndicator(
            after, QStringLiteral("tipePerhitungan"), WorkspaceEdits::Merge::Never);
        return true;
    }
    Realisasi after = indicator->realisasi;
    if (const std::optional<QString> problem = apply(index.row(), index.column(), text, after)) {
        emit rejected(*problem);
        return false;
    }
    push(index.row(), after, QStringLiteral("cell-%1-%2").arg(index.column()).arg(m_quarter));
    return true;
}

bool RealisasiModel::pasteCells(const QModelIndex &start, const QList<QStringList> &cells)
{
    if (cells.isEmpty() || m_indicators.isEmpty())
        return false;
    QStringList refused;
    const int firstRow = std::max(0, start.row());
    const int firstColumn = std::max(0, start.column());
    m_document->edits().inOneStep(tr("Paste realisasi"), [&] {
        for (int r = 0; r < cells.size() && firstRow + r < m_indicators.size(); ++r) {
            const int row = firstRow + r;
            Realisasi after = m_document->cascade().indicator(m_indicators[row])->realisasi;
            for (int c = 0; c < cells[r].size() && firstColumn + c < ColumnCount; ++c) {
                const int column = firstColumn + c;
                if (!flags(index(row, column)).testFlag(Qt::ItemIsEditable)
                    || column == MetodeColumn)
                    continue; // read-only columns of the block are skipped, as a spreadsheet would
                if (const std::optional<QString> problem
                    = apply(row, column, cells[r][c].trimmed(), after)) {
                    refused.append(tr("Row %1: %2").arg(row + 1).arg(*problem));
                }
            }
            push(row, after, QStringLiteral("paste"));
        }
    });
    if (!refused.isEmpty())
        emit rejected(refused.join(QLatin1Char('\n')));
    return true;
}

} // namespace Tepat
