#include "results/DashboardModel.h"

#include "document/WorkspaceDocument.h"
#include "values/IndonesianNumber.h"

#include <QBrush>

#include <limits>

namespace Tepat {

DashboardModel::DashboardModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &DashboardModel::refresh);
    const auto later = [this] { m_pending.start(); };
    connect(m_document, &WorkspaceDocument::objectChanged, this, later);
    connect(m_document, &WorkspaceDocument::objectInserted, this, later);
    connect(m_document, &WorkspaceDocument::objectRemoved, this, later);
    connect(m_document, &WorkspaceDocument::objectMoved, this, later);
    const QList<int> years = DashboardRows::years(document->cascade());
    m_year = years.isEmpty() ? 0 : years.last();
    m_quarter = std::max(1, CapaianEngine::lastReportedQuarter(document->cascade(), m_year));
    refresh();
}

void DashboardModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    refresh();
}

void DashboardModel::setQuarter(int quarter)
{
    if (quarter == m_quarter)
        return;
    m_quarter = quarter;
    refresh();
}

void DashboardModel::add(DashboardRows::Row row, int parent, int position, QList<Node> &nodes) const
{
    const int self = int(nodes.size());
    std::vector<DashboardRows::Row> children = std::move(row.children);
    row.children.clear();
    nodes.append({std::move(row), parent, position, {}});
    for (int i = 0; i < int(children.size()); ++i) {
        nodes[self].children.append(int(nodes.size()));
        add(std::move(children[i]), self, i, nodes);
    }
}

QList<DashboardModel::Node> DashboardModel::compute() const
{
    const Cascade &cascade = m_document->cascade();
    const CapaianEngine engine(cascade.measureSettings());
    QList<Node> nodes;
    int position = 0;
    for (DashboardRows::Row &row : DashboardRows::of(cascade, engine, m_year, m_quarter))
        add(std::move(row), -1, position++, nodes);
    return nodes;
}

void DashboardModel::refresh()
{
    m_pending.stop();
    QList<Node> nodes = compute();
    const int kategoriCount = int(m_document->cascade().measureSettings().kategori.bands().size());
    const auto sameShape = [&] {
        if (nodes.size() != m_nodes.size() || kategoriCount != m_kategoriCount)
            return false;
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (nodes[i].row.pkId != m_nodes[i].row.pkId || nodes[i].parent != m_nodes[i].parent)
                return false;
        }
        return true;
    };
    if (sameShape()) {
        // Keeps the view's expanded rows, selection and sort.
        m_nodes = std::move(nodes);
        for (const Node &node : std::as_const(m_nodes)) {
            const QModelIndex first
                = createIndex(node.position, 0, quintptr(&node - m_nodes.data()));
            emit dataChanged(first, first.siblingAtColumn(columnCount() - 1));
        }
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_nodes = std::move(nodes);
    m_kategoriCount = kategoriCount;
    m_top.clear();
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].parent < 0)
            m_top.append(int(i));
    }
    endResetModel();
}

const DashboardRows::Row &DashboardModel::row(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return m_nodes[qsizetype(index.internalId())].row;
}

QModelIndex DashboardModel::indexOfPk(qint64 pkId) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].row.pkId == pkId)
            return createIndex(m_nodes[i].position, 0, quintptr(i));
    }
    return {};
}

const QList<int> &DashboardModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[qsizetype(parent.internalId())].children : m_top;
}

QModelIndex DashboardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= columnCount() || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex DashboardModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int parent = m_nodes[qsizetype(index.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[parent].position, 0, quintptr(parent));
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int DashboardModel::columnCount(const QModelIndex &) const
{
    return FirstKategoriColumn + m_kategoriCount;
}

QVariant DashboardModel::display(const DashboardRows::Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case IndicatorsColumn:
        return IndonesianNumber::format(Decimal::fromInt(row.indicators));
    case CapaianColumn:
        if (!row.summary.rataRata)
            return tr("no capaian");
        return Capaian::percentText(*row.summary.rataRata);
    case WithoutRealisasiColumn:
        return IndonesianNumber::format(Decimal::fromInt(row.withoutRealisasi));
    case SerapanColumn:
        return row.serapan ? Capaian::percentText(*row.serapan) : QStringLiteral("–");
    default:
        return IndonesianNumber::format(
            Decimal::fromInt(row.summary.perKategori.value(column - FirstKategoriColumn).second));
    }
}

QVariant DashboardModel::sortValue(const DashboardRows::Row &row, int column) const
{
    // Decimal::toDouble loses exactness past 15 digits; two-decimal percentages only need order.
    const auto number = [](const std::optional<Decimal> &value) {
        return value ? value->toDouble() : std::numeric_limits<double>::lowest();
    };
    switch (column) {
    case NameColumn:
        return row.name;
    case IndicatorsColumn:
        return row.indicators;
    case CapaianColumn:
        return number(row.summary.rataRata);
    case WithoutRealisasiColumn:
        return row.withoutRealisasi;
    case SerapanColumn:
        return number(row.serapan);
    default:
        return row.summary.perKategori.value(column - FirstKategoriColumn).second;
    }
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const DashboardRows::Row &entry = row(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, column);
    case SortRole:
        return sortValue(entry, column);
    case PkIdRole:
        return entry.pkId;
    case Qt::TextAlignmentRole:
        if (column == NameColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == CapaianColumn && entry.summary.rataRata) {
            return tr("Mean capaian of %n measured indicator(s) up to %1",
                      nullptr,
                      entry.summary.measured)
                .arg(Realisasi::quarterName(m_quarter));
        }
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        // The mean's kategori in its band's colour; the label says it too, in the kategori
        // columns' headers and the tooltip, so colour is never the only sign.
        if (column != CapaianColumn || !entry.summary.rataRata)
            return {};
        const KategoriScale &scale = m_document->cascade().measureSettings().kategori;
        const std::optional<int> band = scale.bandOf(*entry.summary.rataRata);
        if (!band || scale.bands()[*band].colour.isEmpty())
            return {};
        return role == Qt::BackgroundRole ? QBrush(QColor(scale.bands()[*band].colour))
                                          : QBrush(QColor(Qt::black));
    }
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const QList<KategoriScale::Band> &bands
        = m_document->cascade().measureSettings().kategori.bands();
    if (role == Qt::ToolTipRole && section >= FirstKategoriColumn) {
        return tr("Indicators whose capaian is %1")
            .arg(bands.value(section - FirstKategoriColumn).label);
    }
    if (role != Qt::DisplayRole)
        return {};
    // On two lines, so that the numbers' columns stay narrow and the OPD's name has room.
    switch (section) {
    case NameColumn:
        return tr("OPD / PK");
    case IndicatorsColumn:
        return tr("Indicators");
    case CapaianColumn:
        return tr("Capaian\nup to %1").arg(Realisasi::quarterName(m_quarter));
    case WithoutRealisasiColumn:
        return tr("Without\nrealisasi");
    case SerapanColumn:
        return tr("Serapan\nanggaran");
    default: {
        QString label = bands.value(section - FirstKategoriColumn).label;
        const qsizetype space = label.indexOf(QLatin1Char(' '));
        if (space > 0)
            label[space] = QLatin1Char('\n');
        return label;
    }
    }
}

} // namespace Tepat
