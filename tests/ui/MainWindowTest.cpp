#include "MainWindow.h"

#include "CascadeTreeModel.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QStringList capturedWarnings;

void captureWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        capturedWarnings.append(message);
}

} // namespace

TEST_CASE("The main window opens the sample and shows its cascade without warnings", "[MainWindow]")
{
    capturedWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureWarnings);
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.treeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const Result<void> opened = window.openWorkspace(TestFiles::samplePath());
        REQUIRE(opened);
        QTest::qWait(50);

        CascadeTreeModel *model = window.treeModel();
        // RPJMD, at least four OPDs, and the kepala daerah's PK.
        REQUIRE(model->rowCount() >= 6);
        CHECK(model->index(0, 0).data().toString().startsWith(QStringLiteral("RPJMD 2025")));
        const QModelIndex opd = model->index(1, 0);
        CHECK(model->rowCount(opd) >= 4); // Renstra and three PKs
        CHECK(model->index(0, 0, opd).data().toString().startsWith(QStringLiteral("Renstra")));
        CHECK(window.windowTitle().contains(QStringLiteral("deli-serdang.tepat")));
        CHECK(window.treeView()->isExpanded(opd));

        const QString shot = QStringLiteral(TEPAT_BINARY_DIR "/tests/main-window.png");
        CHECK(window.grab().save(shot));
    }
    qInstallMessageHandler(previous);
    INFO(capturedWarnings.join(QLatin1Char('\n')).toStdString());
    CHECK(capturedWarnings.isEmpty());
}

TEST_CASE("Opening a bad file keeps what the window showed and says why", "[MainWindow]")
{
    MainWindow window;
    REQUIRE(window.openWorkspace(TestFiles::samplePath()));
    const int rows = window.treeModel()->rowCount();
    const Result<void> failed = window.openWorkspace(QStringLiteral("/nonexistent/none.tepat"));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("none.tepat")));
    CHECK(window.treeModel()->rowCount() == rows);
    CHECK(window.workspacePath() == TestFiles::samplePath());
}
