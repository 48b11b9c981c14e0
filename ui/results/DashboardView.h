#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Tepat {

class CapaianChartWidget;
class DashboardModel;
class KategoriOverviewWidget;
class TriwulanChartWidget;
class WorkspaceDocument;

// "Siapa tepat janji": the results of every OPD of a year s.d. a triwulan in a sortable tree
// (DashboardModel; a row opens to the PKs below it), the chart of the selected PK's capaian per
// indicator, and beside it the targets and realisasi per triwulan of one of its indicators,
// chosen above that chart. On the pemda's row the kategori counts of every OPD come first.
// Activating a row (double click, Enter) asks for that PK's realisasi
// view. The
// projector view applies review mode's large type and high contrast.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(WorkspaceDocument *document, QWidget *parent = nullptr);

    DashboardModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_sorted; }
    QTreeView *tree() const { return m_tree; }
    QComboBox *yearBox() const { return m_year; }
    QComboBox *quarterBox() const { return m_quarter; }
    QPushButton *projectorButton() const { return m_projector; }
    CapaianChartWidget *chart() const { return m_chart; }
    QLabel *chartTitle() const { return m_chartTitle; }
    QComboBox *indicatorBox() const { return m_indicator; }
    TriwulanChartWidget *triwulanChart() const { return m_triwulan; }
    KategoriOverviewWidget *overview() const { return m_overview; }

    // scale: review mode's type size (Settings), relative to a 768-pixel-high screen.
    void setProjector(bool on, qreal scale);

signals:
    void pkActivated(qint64 pkId, int quarter);

private:
    void fillYears();
    void showChart();
    void showTriwulan();
    void fitColumns();

    WorkspaceDocument *m_document;
    DashboardModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_title;
    QComboBox *m_year;
    QComboBox *m_quarter;
    QPushButton *m_projector;
    QTreeView *m_tree;
    QLabel *m_chartTitle;
    CapaianChartWidget *m_chart;
    QLabel *m_overviewTitle;
    KategoriOverviewWidget *m_overview;
    QComboBox *m_indicator;
    TriwulanChartWidget *m_triwulan;
    qreal m_scale = 1.75;
};

} // namespace Tepat
