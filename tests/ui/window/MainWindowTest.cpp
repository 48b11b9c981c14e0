#include "window/MainWindow.h"

#include "common/PasteTableView.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "editors/IndicatorEditor.h"
#include "editors/TargetTableModel.h"
#include "review/CommentsDock.h"
#include "review/CommentsModel.h"
#include "review/FindingsModel.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/CascadeTreeModel.h"
#include "window/EditorArea.h"
#include "window/WorkspaceFileActions.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

int findingRow(const FindingsModel &model, qint64 objectId, const QString &ruleId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.finding(row).objectId == objectId && model.finding(row).ruleId == ruleId)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The main window opens the sample and shows its cascade without warnings", "[MainWindow]")
{
    // A copy: other test processes may hold the sample's lock at the same time.
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    UiTestSupport::WarningCatcher catcher;
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.treeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        QAbstractItemModelTester findingsTester(
            window.findingsModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
        UiTestSupport::showActive(&window);
        REQUIRE(window.openWorkspace(path));
        QTest::qWait(50);

        CascadeTreeModel *model = window.treeModel();
        // RPJMD, at least four OPDs, and the kepala daerah's PK.
        REQUIRE(model->rowCount() >= 6);
        CHECK(model->index(0, 0).data().toString().startsWith(QStringLiteral("RPJMD 2025")));
        const QModelIndex opd = model->index(1, 0);
        CHECK(model->rowCount(opd) >= 4); // Renstra and three PKs
        CHECK(model->index(0, 0, opd).data().toString().startsWith(QStringLiteral("Renstra")));
        CHECK(window.windowTitle().contains(QStringLiteral("workspace.tepat")));
        CHECK(window.treeView()->isExpanded(opd));
        CHECK(window.findingsModel()->rowCount() == window.document()->findings().size());
        CHECK(window.findingsModel()->rowCount() > 0);
    }
    INFO(catcher.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(catcher.warnings().isEmpty());
}

TEST_CASE("Opening a bad file keeps what the window showed and says why", "[MainWindow]")
{
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    MainWindow window;
    REQUIRE(window.openWorkspace(path));
    const int rows = window.treeModel()->rowCount();
    const Result<void> failed = window.openWorkspace(QStringLiteral("/nonexistent/none.tepat"));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("none.tepat")));
    CHECK(window.treeModel()->rowCount() == rows);
    CHECK(window.document()->path() == path);
}

TEST_CASE("Typing an indicator's text makes a finding appear and disappear, with undo and redo",
          "[MainWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    QAbstractItemModelTester tester(window.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester findingsTester(window.findingsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    const QString original = document->cascade().indicator(pick.second)->text;
    const QString duplicate = document->cascade().indicator(pick.first)->text;

    REQUIRE(window.selectObject(pick.second));
    IndicatorEditor *editor = window.editorArea()->indicatorEditor();
    REQUIRE(window.editorArea()->currentEditor() == editor);
    QLineEdit *text = editor->textEdit();
    CHECK(text->text() == original);
    const int findingsBefore = window.findingsModel()->rowCount();
    CHECK(findingRow(*window.findingsModel(), pick.pkId, QStringLiteral("duplicate-indicator"))
          < 0);

    // Retype the text of the first indicator of the PK: the PK now lists it twice.
    text->setFocus();
    text->selectAll();
    QTest::keyClick(text, Qt::Key_Backspace);
    QTest::keyClicks(text, duplicate);
    CHECK(document->cascade().indicator(pick.second)->text == duplicate);
    CHECK(document->undoStack()->count() == 1); // one field, one step
    const int row
        = findingRow(*window.findingsModel(), pick.pkId, QStringLiteral("duplicate-indicator"));
    REQUIRE(row >= 0);
    // The tree marks the PK, and its label in the tree follows the edit.
    const QModelIndex pkIndex = window.treeModel()->indexOf(pick.pkId);
    CHECK_FALSE(pkIndex.data(Qt::DecorationRole).isNull());
    CHECK(window.treeModel()->indexOf(pick.second).data().toString() == duplicate);
    CHECK(window.isWindowModified());

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(document->cascade().indicator(pick.second)->text == original);
    CHECK(text->text() == original);
    CHECK(findingRow(*window.findingsModel(), pick.pkId, QStringLiteral("duplicate-indicator"))
          < 0);
    CHECK(window.findingsModel()->rowCount() == findingsBefore);
    CHECK_FALSE(window.isWindowModified());

    document->undoStack()->redo();
    CHECK(text->text() == duplicate);
    CHECK(findingRow(*window.findingsModel(), pick.pkId, QStringLiteral("duplicate-indicator"))
          >= 0);
}

TEST_CASE("Activating or clicking a finding selects its item and focuses the field it concerns",
          "[MainWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    REQUIRE(window.selectObject(pick.first));
    // Empty the satuan: the satuan-missing finding points at that field.
    QLineEdit *satuan = window.editorArea()->indicatorEditor()->satuanEdit();
    satuan->setFocus();
    satuan->selectAll();
    QTest::keyClick(satuan, Qt::Key_Delete);
    const int row
        = findingRow(*window.findingsModel(), pick.first, QStringLiteral("satuan-missing"));
    REQUIRE(row >= 0);

    window.selectObject(pick.second);
    window.findingsView()->setFocus();
    window.activateFinding(row);
    CHECK(window.editorArea()->indicatorEditor()->indicatorId() == pick.first);
    CHECK(window.treeView()->currentIndex().data(CascadeTreeModel::ObjectIdRole).toLongLong()
          == pick.first);
    CHECK(QApplication::focusWidget() == satuan);

    // One click on the finding's row does the same.
    window.selectObject(pick.second);
    QTableView *view = window.findingsView();
    const QModelIndex cell = window.findingsModel()->index(row, FindingsModel::MessageColumn);
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    CHECK(window.editorArea()->indicatorEditor()->indicatorId() == pick.first);
    CHECK(QApplication::focusWidget() == satuan);
}

TEST_CASE("Saving and reopening keeps the change", "[MainWindow]")
{
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    qint64 indicatorId = 0;
    const QString typed = QStringLiteral("Angka kematian ibu per 100.000 kelahiran hidup");
    {
        MainWindow window;
        UiTestSupport::showActive(&window);
        REQUIRE(window.openWorkspace(path));
        indicatorId = UiTestSupport::pickPk(window.document()->cascade()).first;
        REQUIRE(window.selectObject(indicatorId));
        QLineEdit *text = window.editorArea()->indicatorEditor()->textEdit();
        text->selectAll();
        QTest::keyClick(text, Qt::Key_Backspace);
        QTest::keyClicks(text, typed);
        CHECK(window.document()->isModified());
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        CHECK_FALSE(window.document()->isModified());
        CHECK_FALSE(window.isWindowModified());
    }
    MainWindow reopened;
    REQUIRE(reopened.openWorkspace(path));
    CHECK(reopened.document()->cascade().indicator(indicatorId)->text == typed);
    CHECK(reopened.treeModel()->indexOf(indicatorId).data().toString() == typed);
}

TEST_CASE("A target cell still being typed is saved by Ctrl+S and counts when the window closes",
          "[MainWindow]")
{
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    MainWindow window;
    int asked = 0;
    window.fileActions()->setUnsavedChangesPrompt([&](QWidget *) {
        ++asked;
        return QMessageBox::Cancel;
    });
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(path));
    const qint64 id = UiTestSupport::pickPk(window.document()->cascade()).first;
    REQUIRE(window.selectObject(id));
    PasteTableView *targets = window.editorArea()->indicatorEditor()->targetTable();
    const QModelIndex cell = targets->model()->index(0, TargetTableModel::TargetColumn);
    const auto typeWithoutEnter = [&](const QString &text) {
        targets->setFocus();
        targets->setCurrentIndex(cell);
        QTest::keyClick(targets, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        REQUIRE(editor != targets);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
    };

    // Typed, not entered, and closed: the window asks as for any other change.
    typeWithoutEnter(QStringLiteral("77"));
    CHECK_FALSE(window.close());
    CHECK(asked == 1);

    // Typed, not entered, and saved: the file has what the cell shows.
    typeWithoutEnter(QStringLiteral("81,5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(window.document()->isModified());
    const Indicator &shown = *window.document()->cascade().indicator(id);
    Result<Cascade> saved = WorkspaceFile::load(path);
    REQUIRE(saved);
    CHECK(saved->indicator(id)->targets == shown.targets);
    CHECK(cell.data().toString() == QStringLiteral("81,5"));
}

TEST_CASE("Closing with unsaved changes asks, and Cancel keeps the window open", "[MainWindow]")
{
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    MainWindow window;
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    window.fileActions()->setUnsavedChangesPrompt([&](QWidget *) {
        ++asked;
        return answer;
    });
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(path));
    CHECK(window.close()); // nothing changed: no question
    CHECK(asked == 0);

    UiTestSupport::showActive(&window);
    const qint64 id = UiTestSupport::pickPk(window.document()->cascade()).first;
    REQUIRE(window.selectObject(id));
    QTest::keyClicks(window.editorArea()->indicatorEditor()->satuanEdit(), QStringLiteral("x"));
    CHECK_FALSE(window.close());
    CHECK(asked == 1);
    CHECK(window.isVisible());

    answer = QMessageBox::Save;
    CHECK(window.close());
    CHECK(asked == 2);
    const QString satuan = window.document()->cascade().indicator(id)->satuan;
    Result<Cascade> saved = WorkspaceFile::load(path);
    REQUIRE(saved);
    CHECK(saved->indicator(id)->satuan == satuan);
}

TEST_CASE("A comment survives saving and reopening, with author, time and resolved flag",
          "[MainWindow]")
{
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    qint64 indicatorId = 0;
    int commentsBefore = 0;
    {
        MainWindow window;
        UiTestSupport::showActive(&window);
        REQUIRE(window.openWorkspace(path));
        commentsBefore = int(window.document()->cascade().comments().size());
        indicatorId = UiTestSupport::pickPk(window.document()->cascade()).first;
        REQUIRE(window.selectObject(indicatorId));
        CommentsDock *dock = window.commentsDock();
        dock->setAuthor(QStringLiteral("Inspektorat"));
        QAbstractItemModelTester tester(dock->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        dock->focusInput();
        QTest::keyClicks(dock->input(), QStringLiteral("Target 2026 belum naik dari 2025"));
        QTest::keyClick(dock->input(), Qt::Key_Return);
        REQUIRE(dock->model()->rowCount() == commentsBefore + 1);
        CHECK(dock->input()->text().isEmpty());
        const QModelIndex resolved
            = dock->model()->index(commentsBefore, CommentsModel::ResolvedColumn);
        REQUIRE(dock->model()->setData(resolved, Qt::Checked, Qt::CheckStateRole));
        REQUIRE(window.fileActions()->save());
    }
    MainWindow reopened;
    REQUIRE(reopened.openWorkspace(path));
    const QList<ReviewComment> &comments = reopened.document()->cascade().comments();
    REQUIRE(comments.size() == commentsBefore + 1);
    const ReviewComment &comment = comments.last();
    CHECK(comment.objectId == indicatorId);
    CHECK(comment.author == QStringLiteral("Inspektorat"));
    CHECK(comment.text == QStringLiteral("Target 2026 belum naik dari 2025"));
    CHECK(comment.resolved);
    CHECK(qAbs(comment.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(reopened.commentsDock()->model()->index(commentsBefore, CommentsModel::TextColumn).data()
          == comment.text);
}

TEST_CASE("Deleting a tree item removes its rows and undo brings them back", "[MainWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    QAbstractItemModelTester tester(window.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    // The first Renstra tujuan with its whole subtree.
    const qint64 opdId = document->cascade().opds().first().id;
    const qint64 tujuan = document->cascade().childItems(opdId).first();
    const QModelIndex renstra
        = window.treeModel()->indexOf(opdId, CascadeTreeModel::NodeType::Renstra);
    const int rows = window.treeModel()->rowCount(renstra);
    REQUIRE(window.selectObject(tujuan));
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_Delete);
    CHECK_FALSE(document->cascade().item(tujuan));
    CHECK(window.treeModel()->rowCount(renstra) == rows - 1);
    CHECK(document->cascade().checkLinks());
    document->undoStack()->undo();
    CHECK(window.treeModel()->rowCount(renstra) == rows);
    CHECK(window.treeModel()->indexOf(tujuan).isValid());
}

TEST_CASE("The status bar shows its whole count of OPDs and indicators and follows every edit",
          "[MainWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    auto *counts = window.findChild<QLabel *>(QStringLiteral("statusCounts"));
    REQUIRE(counts);
    // Not clipped: as wide as its text and inside the status bar, at once (a grab right after
    // the workspace arrives showed only "4").
    const auto wholeTextShows = [&] {
        const QRect inBar(counts->mapTo(window.statusBar(), QPoint()), counts->size());
        return counts->isVisible() && counts->width() >= counts->sizeHint().width()
            && window.statusBar()->rect().contains(inBar);
    };
    WorkspaceDocument *document = window.document();
    const int opds = int(document->cascade().opds().size());
    const QString indicators = QString::number(document->cascade().indicatorCount());
    CHECK(counts->text().startsWith(QStringLiteral("%1 OPD · ").arg(opds)));
    CHECK(counts->text().contains(indicators));
    CHECK(wholeTextShows());

    document->edits().addOpd(QStringLiteral("Dinas Perhubungan"));
    CHECK(counts->text().startsWith(QStringLiteral("%1 OPD · ").arg(opds + 1)));
    CHECK(wholeTextShows());
    document->undoStack()->undo();
    CHECK(counts->text().startsWith(QStringLiteral("%1 OPD · ").arg(opds)));
    CHECK(wholeTextShows());

    window.resize(800, 500); // the smallest the window gets
    QTest::qWait(20);
    CHECK(wholeTextShows());
}

TEST_CASE("The window opens maximised the first time, then as the user left it", "[MainWindow]")
{
    QSettings().remove(QStringLiteral("window"));
    QList<int> splitterSizes;
    {
        MainWindow first;
        first.restoreLayout();
        CHECK(first.windowState().testFlag(Qt::WindowMaximized));
        UiTestSupport::showActive(&first);
        first.showNormal();
        first.resize(1000, 600);
        auto *splitter = qobject_cast<QSplitter *>(first.centralWidget());
        REQUIRE(splitter);
        splitter->setSizes({250, 700});
        QTest::qWait(20);
        splitterSizes = splitter->sizes();
        REQUIRE(first.close());
    }
    MainWindow second;
    second.restoreLayout();
    CHECK_FALSE(second.windowState().testFlag(Qt::WindowMaximized));
    UiTestSupport::showActive(&second);
    QTest::qWait(20);
    CHECK(second.size() == QSize(1000, 600));
    CHECK(qobject_cast<QSplitter *>(second.centralWidget())->sizes() == splitterSizes);
}

TEST_CASE("Letak names the OPD and the PK of a finding's indicator before its text", "[MainWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    const Cascade &cascade = window.document()->cascade();
    const FindingsModel &model = *window.findingsModel();
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.finding(row).objectId;
        const PkDocument *pk = cascade.pk(cascade.pkOf(id));
        const Indicator *indicator = cascade.indicator(id);
        const Opd *opd = cascade.opd(cascade.opdOf(id));
        if (!pk || !indicator || !opd)
            continue;
        const QString where = model.index(row, FindingsModel::ObjectColumn).data().toString();
        CHECK(where
              == QStringLiteral("%1 · PK %2 %3 · %4")
                     .arg(opd->shortName.isEmpty() ? opd->name : opd->shortName)
                     .arg(pk->year)
                     .arg(PkDocument::levelName(pk->level), indicator->text));
        ++checked;
    }
    CHECK(checked > 0);
}
