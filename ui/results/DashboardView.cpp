#include "results/DashboardView.h"

#include "common/ProjectorColours.h"
#include "document/WorkspaceDocument.h"
#include "report/MeasuredPk.h"
#include "results/CapaianChartWidget.h"
#include "results/DashboardModel.h"
#include "results/KategoriOverviewWidget.h"
#include "results/TriwulanChartWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Tepat {

DashboardView::DashboardView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new DashboardModel(document, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_title(new QLabel(tr("Siapa tepat janji: who keeps the promises of the PK"), this))
    , m_year(new QComboBox(this))
    , m_quarter(new QComboBox(this))
    , m_projector(new QPushButton(tr("&Projector view"), this))
    , m_tree(new QTreeView(this))
    , m_chartTitle(new QLabel(this))
    , m_chart(new CapaianChartWidget(this))
    , m_overviewTitle(new QLabel(this))
    , m_overview(new KategoriOverviewWidget(this))
    , m_indicator(new QComboBox(this))
    , m_triwulan(new TriwulanChartWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_chartTitle->setWordWrap(true);
    m_chartTitle->setTextFormat(Qt::PlainText);

    fillYears();
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter)
        m_quarter->addItem(tr("up to %1").arg(Realisasi::quarterName(quarter)), quarter);
    m_quarter->setCurrentIndex(m_model->quarter() - 1);
    m_projector->setCheckable(true);
    m_projector->setToolTip(tr("Large type and high contrast, as in review mode (F11)"));
    m_projector->setShortcut(QKeySequence(Qt::Key_F11));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DashboardModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setModel(m_sorted);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(DashboardModel::CapaianColumn, Qt::DescendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false); // a double click opens the realisasi; the arrow opens
    m_tree->setAccessibleName(tr("Results per OPD"));
    m_tree->header()->setSectionsMovable(false);
    m_tree->header()->setStretchLastSection(false);
    m_chart->setAccessibleName(tr("Capaian per indicator"));
    m_triwulan->setAccessibleName(tr("Target and realisasi per triwulan"));
    m_overview->setAccessibleName(tr("Kategori per OPD"));
    m_overviewTitle->setWordWrap(true);
    m_overviewTitle->setTextFormat(Qt::PlainText);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(30);

    auto *bar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *quarterLabel = new QLabel(tr("&Capaian:"), this);
    quarterLabel->setBuddy(m_quarter);
    bar->addWidget(m_title, 1);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(quarterLabel);
    bar->addWidget(m_quarter);
    bar->addWidget(m_projector);

    auto *chartArea = new QScrollArea(this);
    chartArea->setWidgetResizable(true);
    chartArea->setFrameShape(QFrame::NoFrame);
    // The pemda's overview and the capaian chart scroll together, the overview first.
    auto *charts = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_overviewTitle);
    chartsLayout->addWidget(m_overview);
    chartsLayout->addWidget(m_chart, 1);
    chartArea->setWidget(charts);
    auto *capaian = new QWidget(this);
    auto *capaianLayout = new QVBoxLayout(capaian);
    capaianLayout->setContentsMargins(0, 0, 0, 0);
    capaianLayout->addWidget(m_chartTitle);
    capaianLayout->addWidget(chartArea, 1);
    auto *triwulan = new QWidget(this);
    auto *triwulanLayout = new QVBoxLayout(triwulan);
    triwulanLayout->setContentsMargins(0, 0, 0, 0);
    auto *indicatorLabel = new QLabel(tr("&Indicator per triwulan:"), this);
    indicatorLabel->setBuddy(m_indicator);
    triwulanLayout->addWidget(indicatorLabel);
    triwulanLayout->addWidget(m_indicator);
    triwulanLayout->addWidget(m_triwulan, 1);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(capaian);
    lower->addWidget(triwulan);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setTabOrder(m_year, m_quarter);
    setTabOrder(m_quarter, m_projector);
    setTabOrder(m_projector, m_tree);
    setTabOrder(m_tree, m_indicator);

    connect(m_year, &QComboBox::activated, this, [this] {
        m_model->setYear(m_year->currentData().toInt());
    });
    connect(m_quarter, &QComboBox::activated, this, [this] {
        m_model->setQuarter(m_quarter->currentData().toInt());
    });
    connect(
        m_projector, &QPushButton::toggled, this, [this](bool on) { setProjector(on, m_scale); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit pkActivated(index.data(DashboardModel::PkIdRole).toLongLong(), m_model->quarter());
    });
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &DashboardView::showChart);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DashboardView::showChart);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &DashboardView::showTriwulan);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillYears();
        fitColumns();
        m_tree->setCurrentIndex(m_sorted->index(0, 0));
        showChart();
    });
    fitColumns();
    m_tree->setCurrentIndex(m_sorted->index(0, 0));
    showChart();
}

void DashboardView::fillYears()
{
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (int year : DashboardRows::years(m_document->cascade()))
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(m_model->year()));
}

void DashboardView::fitColumns()
{
    QHeaderView *header = m_tree->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DashboardModel::NameColumn, QHeaderView::Stretch);
}

void DashboardView::showChart()
{
    const QModelIndex current = m_sorted->mapToSource(m_tree->currentIndex());
    const Cascade &cascade = m_document->cascade();
    const PkDocument *pk = current.isValid() ? cascade.pk(m_model->row(current).pkId) : nullptr;
    {
        // The indicator stays chosen while the PK does; another PK starts at its first.
        const QSignalBlocker blocker(m_indicator);
        const QVariant chosen = m_indicator->currentData();
        m_indicator->clear();
        if (pk) {
            for (qint64 sasaran : cascade.childItems(pk->id)) {
                for (qint64 id : cascade.indicatorsOf(sasaran))
                    m_indicator->addItem(cascade.indicator(id)->text, id);
            }
        }
        m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(chosen)));
    }
    showTriwulan();
    const CapaianEngine engine(cascade.measureSettings());
    const bool pemda = pk && pk->opdId == 0;
    m_overviewTitle->setVisible(pemda);
    m_overview->setVisible(pemda);
    if (pemda) {
        m_overviewTitle->setText(tr("Indicators per kategori of every OPD up to %1")
                                     .arg(Realisasi::quarterName(m_model->quarter())));
        m_overview->setData(KategoriOverviewChart::of(
            DashboardRows::of(cascade, engine, m_model->year(), m_model->quarter()),
            cascade.measureSettings().kategori,
            tr("no capaian")));
    }
    if (!pk) {
        m_chartTitle->clear();
        m_chart->setBars({});
        return;
    }
    m_chartTitle->setText(
        tr("Capaian per indicator up to %1: %2")
            .arg(Realisasi::quarterName(m_model->quarter()), m_model->row(current).name));
    m_chart->setBars(CapaianChart::bars(MeasuredPk::of(cascade, engine, *pk, m_model->quarter()),
                                        cascade.measureSettings().kategori,
                                        tr("no capaian")));
}

void DashboardView::showTriwulan()
{
    const Cascade &cascade = m_document->cascade();
    const Indicator *indicator = cascade.indicator(m_indicator->currentData().toLongLong());
    if (!indicator) {
        m_triwulan->setData(std::nullopt);
        return;
    }
    const TriwulanChart::Words words {tr("Target per triwulan"),
                                      tr("Realisasi"),
                                      tr("Target %1: %2").arg(m_model->year()),
                                      tr("No target or realisasi in numbers to draw")};
    m_triwulan->setData(TriwulanChart::of(cascade, *indicator, words));
}

void DashboardView::setProjector(bool on, qreal scale)
{
    m_scale = scale;
    {
        const QSignalBlocker blocker(m_projector);
        m_projector->setChecked(on);
    }
    setPalette(on ? ProjectorColours::palette() : QApplication::palette());
    setAutoFillBackground(on);
    QFont font = QApplication::font();
    if (on) {
        // As review mode: relative to a 768-pixel-high screen, so a 1080p projector gets
        // proportionally bigger type.
        const qreal screen = std::max(1.0, window()->height() / 768.0);
        font.setPointSizeF(font.pointSizeF() * m_scale * screen * 0.8);
    }
    setFont(font);
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    fitColumns();
}

} // namespace Tepat
