#include "results/DashboardView.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/EditRealisasiCommand.h"
#include "editors/RealisasiView.h"
#include "editors/RealisasiWindow.h"
#include "results/CapaianChartWidget.h"
#include "results/DashboardActions.h"
#include "results/DashboardModel.h"
#include "results/KategoriOverviewWidget.h"
#include "results/TriwulanChartWidget.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "support/VisibleText.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>
#include <functional>

using namespace Tepat;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;
    DashboardView *view = nullptr;

    Fixture()
    {
        REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
        window.resize(1366, 768);
        UiTestSupport::showActive(&window);
        // As a user opens it: the shortcut of View › Results dashboard.
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
        DashboardWindow *dashboard = window.dashboardActions()->window();
        REQUIRE(dashboard);
        REQUIRE(dashboard->isVisible());
        view = dashboard->view();
    }

    QTreeView *tree() const { return view->tree(); }
    QSortFilterProxyModel *sorted() const { return view->sortModel(); }

    // The capaian column of the top rows as the view lists them, as numbers.
    QList<double> capaianInOrder() const
    {
        QList<double> result;
        for (int row = 0; row < sorted()->rowCount(); ++row) {
            result.append(sorted()
                              ->index(row, DashboardModel::CapaianColumn)
                              .data(DashboardModel::SortRole)
                              .toDouble());
        }
        return result;
    }

    // The first row, as the view sorts them, whose PK is the pemda's (wantPemda) or an OPD's.
    QModelIndex firstRow(bool wantPemda) const
    {
        for (int row = 0; row < sorted()->rowCount(); ++row) {
            const QModelIndex index = sorted()->index(row, 0);
            if ((view->model()->row(sorted()->mapToSource(index)).opdId == 0) == wantPemda)
                return index;
        }
        return {};
    }

    void clickHeader(int column)
    {
        QHeaderView *header = tree()->header();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }
};

} // namespace

TEST_CASE("The results dashboard lists every OPD of the sample with its capaian, in Indonesian "
          "numbers",
          "[dashboard]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Cascade &cascade = f.window.document()->cascade();
    int opdRows = 0;
    for (int row = 0; row < f.view->model()->rowCount(); ++row) {
        const DashboardRows::Row &entry = f.view->model()->row(f.view->model()->index(row, 0));
        opdRows += entry.level == PkDocument::Level::KepalaOpd ? 1 : 0;
        const QString capaian
            = f.view->model()->index(row, DashboardModel::CapaianColumn).data().toString();
        if (entry.summary.rataRata) {
            // "95,45 %": a decimal comma and two decimals.
            CHECK(capaian.contains(QRegularExpression(QStringLiteral("^\\d+,\\d\\d %$"))));
        }
    }
    CHECK(opdRows == cascade.opds().size());
    // The chart shows the first row's PK, a bar per indicator.
    const QModelIndex first = f.sorted()->mapToSource(f.tree()->currentIndex());
    REQUIRE(first.isValid());
    CHECK(f.view->chart()->bars().size() == f.view->model()->row(first).indicators);
}

TEST_CASE("Clicking the capaian header sorts the OPDs by their mean capaian as numbers",
          "[dashboard]")
{
    Fixture f;
    f.clickHeader(DashboardModel::CapaianColumn);
    const Qt::SortOrder first = f.tree()->header()->sortIndicatorOrder();
    CHECK(f.tree()->header()->sortIndicatorSection() == DashboardModel::CapaianColumn);
    QList<double> values = f.capaianInOrder();
    REQUIRE(values.size() >= 3);
    QList<double> expected = values;
    std::sort(expected.begin(), expected.end());
    if (first == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    CHECK(values == expected);

    f.clickHeader(DashboardModel::CapaianColumn);
    CHECK(f.tree()->header()->sortIndicatorOrder() != first);
    values = f.capaianInOrder();
    std::reverse(expected.begin(), expected.end());
    CHECK(values == expected);
}

TEST_CASE("Editing a realisasi updates the dashboard, and undo restores it", "[dashboard]")
{
    Fixture f;
    WorkspaceDocument *document = f.window.document();
    DashboardModel *model = f.view->model();
    const int quarter = model->quarter();
    // An indicator of an OPD row that has a realisasi in the dashboard's quarter.
    qint64 indicatorId = 0;
    int row = -1;
    for (int r = 0; r < model->rowCount() && !indicatorId; ++r) {
        const Cascade &cascade = document->cascade();
        for (qint64 sasaran : cascade.childItems(model->row(model->index(r, 0)).pkId)) {
            for (qint64 id : cascade.indicatorsOf(sasaran)) {
                if (!indicatorId
                    && cascade.indicator(id)->realisasi.triwulan(quarter).isReported()) {
                    indicatorId = id;
                    row = r;
                }
            }
        }
    }
    REQUIRE(indicatorId != 0);
    const QModelIndex without = model->index(row, DashboardModel::WithoutRealisasiColumn);
    const int before = model->row(without).withoutRealisasi;

    Realisasi cleared = document->cascade().indicator(indicatorId)->realisasi;
    for (int q = 1; q <= Realisasi::quarterCount; ++q) {
        RealisasiTriwulan triwulan = cleared.triwulan(q);
        triwulan.realisasi = {};
        cleared.setTriwulan(q, triwulan);
    }
    document->undoStack()->push(new EditRealisasiCommand(
        document, indicatorId, cleared, QStringLiteral("tw1.realisasi"), false));
    // Recomputed once the edit is done, not inside it.
    CHECK(QTest::qWaitFor([&] { return model->row(without).withoutRealisasi == before + 1; }));
    CHECK(without.data().toString() == QString::number(before + 1));
    document->undoStack()->undo();
    CHECK(QTest::qWaitFor([&] { return model->row(without).withoutRealisasi == before; }));
}

TEST_CASE("Choosing an indicator of the selected PK draws its targets and realisasi per triwulan",
          "[dashboard]")
{
    Fixture f;
    const QModelIndex opd = f.firstRow(false);
    REQUIRE(opd.isValid());
    f.tree()->setCurrentIndex(opd);
    const Cascade &cascade = f.window.document()->cascade();
    const qint64 pkId = opd.data(DashboardModel::PkIdRole).toLongLong();
    QList<qint64> indicators;
    for (qint64 sasaran : cascade.childItems(pkId))
        indicators.append(cascade.indicatorsOf(sasaran));
    QComboBox *box = f.view->indicatorBox();
    REQUIRE(box->count() == indicators.size());
    for (int i = 0; i < box->count(); ++i) {
        box->setCurrentIndex(i);
        const Indicator &indicator = *cascade.indicator(indicators[i]);
        const std::optional<TriwulanChart::Data> &data = f.view->triwulanChart()->data();
        REQUIRE(data);
        CHECK(data->indicator == indicator.text);
        int numbers = 0;
        for (int q = 1; q <= Realisasi::quarterCount; ++q) {
            const TargetValue &realisasi = indicator.realisasi.triwulan(q).realisasi;
            numbers += realisasi.kind() == TargetValue::Kind::Number ? 1 : 0;
        }
        CHECK(f.view->triwulanChart()->currentLayout().realisasiBars.size() == numbers);
    }
}

TEST_CASE("The pemda's row shows the kategori counts of every OPD above its chart", "[dashboard]")
{
    Fixture f;
    const QModelIndex pemda = f.firstRow(true);
    REQUIRE(pemda.isValid());
    f.tree()->setCurrentIndex(pemda);
    KategoriOverviewWidget *overview = f.view->overview();
    CHECK(overview->isVisible());
    const Cascade &cascade = f.window.document()->cascade();
    REQUIRE(overview->data().rows.size() == cascade.opds().size());
    const KategoriOverviewChart::Layout layout = overview->currentLayout();
    CHECK_FALSE(layout.segments.isEmpty());
    QStringList texts;
    for (const KategoriOverviewChart::Label &label : layout.labels)
        texts.append(label.text);
    CHECK(texts.contains(QStringLiteral("Sangat Baik")));

    f.tree()->setCurrentIndex(f.firstRow(false));
    CHECK_FALSE(overview->isVisible());
}

TEST_CASE("Enter on an OPD row opens the realisasi of its PK at the dashboard's triwulan",
          "[dashboard]")
{
    Fixture f;
    f.view->quarterBox()->setCurrentIndex(1);
    emit f.view->quarterBox()->activated(1);
    CHECK(f.view->model()->quarter() == 2);
    f.clickHeader(DashboardModel::CapaianColumn);
    const QModelIndex last = f.sorted()->index(f.sorted()->rowCount() - 1, 0);
    const qint64 pkId = last.data(DashboardModel::PkIdRole).toLongLong();
    f.tree()->setFocus();
    f.tree()->setCurrentIndex(last);
    QTest::keyClick(f.tree(), Qt::Key_Return);
    auto *realisasi = f.window.findChild<RealisasiWindow *>();
    REQUIRE(realisasi);
    CHECK(realisasi->isVisible());
    CHECK(realisasi->view()->pkId() == pkId);
    CHECK(realisasi->view()->quarterBar()->currentIndex() == 1);
}

TEST_CASE("A row of the dashboard opens to the PKs below the kepala OPD's, level by level",
          "[dashboard]")
{
    Fixture f;
    const Cascade &cascade = f.window.document()->cascade();
    DashboardModel *model = f.view->model();
    int below = 0;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        const PkDocument *parentPk = cascade.pk(model->row(parent).pkId);
        for (int child = 0; child < model->rowCount(parent); ++child) {
            const QModelIndex index = model->index(child, 0, parent);
            const PkDocument *pk = cascade.pk(model->row(index).pkId);
            REQUIRE(pk);
            CHECK(pk->level > PkDocument::Level::KepalaOpd);
            CHECK(pk->parentPkId == parentPk->id);
            CHECK(index.parent() == parent);
            ++below;
            walk(index);
        }
    };
    for (int row = 0; row < model->rowCount(); ++row)
        walk(model->index(row, 0));
    int expected = 0;
    for (const PkDocument &pk : cascade.pks())
        expected += pk.year == model->year() && pk.level > PkDocument::Level::KepalaOpd ? 1 : 0;
    CHECK(below == expected);
    CHECK(below > 0);
    // Expanding a row in the view shows its children.
    const QModelIndex first = f.sorted()->index(0, 0);
    f.tree()->setFocus();
    f.tree()->setCurrentIndex(first);
    QTest::keyClick(f.tree(), Qt::Key_Right);
    CHECK(f.tree()->isExpanded(first));
}

TEST_CASE("The projector view of the dashboard is large type on black", "[dashboard]")
{
    Fixture f;
    const qreal normal = f.tree()->font().pointSizeF();
    f.view->projectorButton()->click();
    CHECK(f.view->projectorButton()->isChecked());
    CHECK(f.tree()->font().pointSizeF() > normal * 1.2);
    CHECK(f.view->palette().color(QPalette::Window).lightness() < 40);
    CHECK(f.view->chart()->palette().color(QPalette::WindowText).lightness() > 200);
}

TEST_CASE("The projector view of the dashboard clips no text at 1366 x 768, even at large type",
          "[dashboard]")
{
    Fixture f;
    f.window.dashboardActions()->window()->resize(1366, 768);
    for (const qreal scale : {1.75, 2.5}) {
        INFO("type scale " << scale);
        f.view->setProjector(true, scale);
        QApplication::processEvents();
        QList<QWidget *> texts;
        for (QWidget *widget : f.view->findChildren<QWidget *>()) {
            if (widget->isVisible()
                && (qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)
                    || qobject_cast<QComboBox *>(widget)))
                texts.append(widget);
        }
        REQUIRE(texts.size() >= 6);
        for (QWidget *widget : texts) {
            INFO(VisibleText::path(widget).toStdString());
            // Laid out at least as large as its text needs, a wrapped label as tall as its lines.
            CHECK(widget->width() >= widget->minimumSizeHint().width());
            CHECK(widget->height() >= widget->minimumSizeHint().height());
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap())
                CHECK(label->height() >= label->heightForWidth(label->width()));
        }
        // Rows as tall as their type, and each number column as wide as its widest cell.
        const QModelIndex first = f.sorted()->index(0, DashboardModel::CapaianColumn);
        CHECK(f.tree()->visualRect(first).height() >= f.tree()->fontMetrics().height());
        QHeaderView *header = f.tree()->header();
        const QAbstractItemView *view = f.tree(); // where sizeHintForColumn is public
        for (int column = 0; column < header->count(); ++column) {
            if (column == DashboardModel::NameColumn)
                continue;
            INFO("column " << column);
            CHECK(header->sectionSize(column) >= view->sizeHintForColumn(column));
        }
    }
}
