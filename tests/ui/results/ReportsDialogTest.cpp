#include "results/ReportsDialog.h"

#include "document/WorkspaceDocument.h"
#include "results/ReportActions.h"
#include "results/ReportExport.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;

    Fixture()
    {
        REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
        UiTestSupport::showActive(&window);
    }

    const Cascade &cascade() const { return window.document()->cascade(); }
    QString out() const { return dir.filePath(QStringLiteral("laporan")); }

    // Waits for the job to finish and gives its result, taken as it finishes: the actions
    // delete the job right after.
    Result<QList<int>> finish(ReportExport *job)
    {
        REQUIRE(job);
        std::optional<Result<QList<int>>> result;
        QEventLoop loop;
        QObject::connect(job, &ReportExport::finished, &loop, [&] {
            result = *job->result();
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        REQUIRE(result);
        return *result;
    }
};

} // namespace

TEST_CASE("The reports dialog, driven by keys and clicks, writes an LKjIP PDF per chosen OPD",
          "[reports]")
{
    Fixture f;
    ReportsDialog dialog(f.cascade(), QString(), &f.window);
    dialog.show();
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no folder yet
    QTest::keyClicks(dialog.folderEdit(), f.out());
    CHECK(ok->isEnabled());
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(ReportScope::Kind::Lkjip)));
    dialog.allOpdsBox()->click();
    CHECK(dialog.opdList()->isEnabled());
    CHECK_FALSE(ok->isEnabled()); // no OPD chosen
    REQUIRE(dialog.opdList()->count() == f.cascade().opds().size());
    dialog.opdList()->item(0)->setCheckState(Qt::Checked);
    dialog.opdList()->item(1)->setCheckState(Qt::Checked);
    CHECK(ok->isEnabled());
    ok->click();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const ReportsDialog::Request request = dialog.request();
    CHECK(request.opdIds.size() == 2);
    CHECK(request.split);
    const Result<QList<int>> written = f.finish(f.window.reportActions()->startExport(request));
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    const QStringList files = QDir(f.out()).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(files.size() == 2);
    for (const QString &name : files) {
        INFO(name.toStdString());
        CHECK(name.startsWith(QStringLiteral("lkjip-2026-")));
        const QStringList pages = PdfTools::pageTexts(QDir(f.out()).filePath(name));
        REQUIRE(pages.size() >= 2);
        CHECK(pages.last().contains(QStringLiteral("GRAFIK CAPAIAN KINERJA")));
    }
}

TEST_CASE("The reports dialog writes a Monitoring Triwulan workbook in one file", "[reports]")
{
    Fixture f;
    ReportsDialog dialog(f.cascade(), f.out(), &f.window);
    dialog.kindBox()->setCurrentIndex(
        dialog.kindBox()->findData(int(ReportScope::Kind::Monitoring)));
    dialog.formatBox()->setCurrentIndex(
        dialog.formatBox()->findData(int(ReportBatch::Format::Xlsx)));
    CHECK_FALSE(dialog.paperBox()->isEnabled());
    dialog.splitBox()->setChecked(false);
    const ReportsDialog::Request request = dialog.request();
    REQUIRE(f.finish(f.window.reportActions()->startExport(request)));
    CHECK(QDir(f.out()).entryList(QDir::Files)
          == QStringList {QStringLiteral("monitoring-2026.xlsx")});
}

TEST_CASE("Cancelling the reports' progress halfway leaves no new file", "[reports]")
{
    Fixture f;
    ReportsDialog dialog(f.cascade(), f.out(), &f.window);
    const ReportsDialog::Request request = dialog.request(); // LKjIP of every OPD, one file each
    ReportExport *job = f.window.reportActions()->startExport(request);
    REQUIRE(job);
    REQUIRE(job->files().size() >= 3);
    // Cancel as the user does, on the progress dialog, once the first file is written.
    QObject::connect(job, &ReportExport::progressed, job->progressDialog(), [job](int written) {
        if (written == 1)
            job->progressDialog()->findChild<QPushButton *>()->click();
    });
    const Result<QList<int>> result = f.finish(job);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == Error::Code::Cancelled);
    CHECK(QDir(f.out()).entryList(QDir::Files).isEmpty());
    CHECK(f.window.reportActions()->running() == nullptr);
}
