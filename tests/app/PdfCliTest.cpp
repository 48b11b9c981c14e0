#include "print/PkContent.h"
#include "store/WorkspaceFile.h"
#include "support/CliRun.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::TestFiles;

namespace {

// export-pdf of the year 2026 with some options, written to out.
CliRun exportPdf(const QString &workspace, const QStringList &options, const QString &out)
{
    return CliRun(QStringList {QStringLiteral("export-pdf"),
                               workspace,
                               QStringLiteral("--year"),
                               QStringLiteral("2026"),
                               QStringLiteral("--out"),
                               out}
                  + options);
}

CliRun exportPdfOk(const QString &workspace, const QStringList &options, const QString &out)
{
    CliRun run = exportPdf(workspace, options, out);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

CliRun verifyPdf(const QString &pdf, const QString &workspace)
{
    return CliRun({QStringLiteral("verify-pdf"), pdf, workspace});
}

QString copyOfSample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("workspace.tepat"));
    REQUIRE(QFile::copy(samplePath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace

TEST_CASE("export-pdf writes every PK of a year into one PDF that verify-pdf accepts", "[cli][pdf]")
{
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("pk-2026.pdf"));
    const CliRun exported = exportPdfOk(samplePath(), {QStringLiteral("--pakta")}, pdf);
    CHECK(exported.out.contains(pdf));
    CHECK(exported.out.contains(QStringLiteral("13 PK")));

    const QStringList pages = PdfTools::pageTexts(pdf);
    // 13 PKs of at least two pages and 13 one-page pakta.
    CHECK(pages.size() >= 13 * 3);
    CHECK(pages.join(u'\f').count(QStringLiteral("PAKTA INTEGRITAS")) == 13);
    CHECK(pages.first().contains(QStringLiteral("BUPATI DELI SERDANG")));

    const CliRun verified = verifyPdf(pdf, samplePath());
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.count(QStringLiteral(": matches")) == 26);
    CHECK(verified.out.contains(QStringLiteral("The PDF matches the workspace.")));
}

TEST_CASE("verify-pdf rejects a PDF after one target of its PK is changed", "[cli][pdf]")
{
    const QTemporaryDir dir;
    const QString workspace = copyOfSample(dir);
    const QString pdf = dir.filePath(QStringLiteral("dinkes.pdf"));
    const CliRun exported = exportPdfOk(workspace,
                                        {QStringLiteral("--opd"),
                                         QStringLiteral("1.02.0.00.0.00.01.0000"),
                                         QStringLiteral("--level"),
                                         QStringLiteral("kepala-opd"),
                                         QStringLiteral("--pakta"),
                                         QStringLiteral("--paper"),
                                         QStringLiteral("f4")},
                                        pdf);
    CHECK(exported.out.contains(QStringLiteral("1 PK")));
    for (const QSizeF &size : PdfTools::pageSizes(pdf))
        CHECK(size == QSizeF(609.449, 935.433));
    REQUIRE(verifyPdf(pdf, workspace).exitCode == 0);

    Result<Cascade> cascade = WorkspaceFile::load(workspace);
    REQUIRE(cascade);
    Indicator indicator = *cascade->indicator(9105); // Prevalensi stunting, 11 %
    indicator.targets[2026] = TargetValue::parse(QStringLiteral("10,5"));
    REQUIRE(cascade->updateIndicator(indicator));
    REQUIRE(WorkspaceFile::save(*cascade, workspace));

    const CliRun changed = verifyPdf(pdf, workspace);
    INFO(changed.out.toStdString() << changed.err.toStdString());
    CHECK(changed.exitCode == 1);
    CHECK(changed.out.contains(QStringLiteral(
        "Perjanjian Kinerja 2026, kepala OPD, dr. Hendra Wijaya Sitepu, M.Kes: CHANGED after "
        "printing")));
    // The pakta prints no target, so it still matches.
    CHECK(changed.out.contains(QStringLiteral(
        "Pakta Integritas 2026, kepala OPD, dr. Hendra Wijaya Sitepu, M.Kes: matches")));
    CHECK(changed.out.contains(QStringLiteral("the PK was changed after printing")));

    indicator.targets[2026] = TargetValue::parse(QStringLiteral("11"));
    REQUIRE(cascade->updateIndicator(indicator));
    REQUIRE(WorkspaceFile::save(*cascade, workspace));
    CHECK(verifyPdf(pdf, workspace).exitCode == 0);
}

TEST_CASE("export-pdf with split writes one verifiable file per OPD", "[cli][pdf]")
{
    const QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("per-opd"));
    const CliRun exported = exportPdfOk(samplePath(),
                                        {QStringLiteral("--split"),
                                         QStringLiteral("--level"),
                                         QStringLiteral("kepala-daerah"),
                                         QStringLiteral("--level"),
                                         QStringLiteral("eselon-4")},
                                        folder);
    const QStringList files
        = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    CHECK(files
          == QStringList {QStringLiteral("pk-2026-1.02.0.00.0.00.01.0000-dinkes.pdf"),
                          QStringLiteral("pk-2026-2.18.0.00.0.00.01.0000-dpmptsp.pdf"),
                          QStringLiteral("pk-2026-3.26.0.00.0.00.01.0000-dispar.pdf"),
                          QStringLiteral("pk-2026-3.27.0.00.0.00.01.0000-distanak.pdf"),
                          QStringLiteral("pk-2026-kepala-daerah.pdf")});
    for (const QString &file : files) {
        const QString path = QDir(folder).filePath(file);
        INFO(file.toStdString());
        CHECK(verifyPdf(path, samplePath()).exitCode == 0);
        const QString text = PdfTools::pageTexts(path).join(u'\f');
        // The --level filter: a kepala daerah PK or one eselon IV PK per file.
        CHECK(text.count(QStringLiteral("PERJANJIAN KINERJA TAHUN 2026")) == 2);
        CHECK(text.contains(file.contains(QStringLiteral("kepala-daerah"))
                                ? QStringLiteral("Sasaran Strategis")
                                : QStringLiteral("Sasaran Kegiatan")));
    }
}

TEST_CASE("export-pdf and verify-pdf exit 2 naming the file or the option that is wrong",
          "[cli][pdf]")
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    const QString missing = dir.filePath(QStringLiteral("none.tepat"));
    const auto option = [](const char *name, const char *value) {
        return QStringList {QLatin1String(name), QLatin1String(value)};
    };
    // Each bad call and a word its message must hold.
    const QList<std::pair<CliRun, QString>> refused {
        {exportPdf(missing, {}, out), missing},
        {exportPdf(samplePath(), option("--paper", "a5"), out), QStringLiteral("\"a5\"")},
        {exportPdf(samplePath(), option("--font", "comic"), out), QStringLiteral("comic")},
        {exportPdf(samplePath(), option("--opd", "9.99"), out), QStringLiteral("9.99")},
        {exportPdf(samplePath(), option("--level", "eselon-5"), out), QStringLiteral("eselon-5")},
        {exportPdf(samplePath(), option("--year", "2031"), out), QStringLiteral("2031")},
        {exportPdf(samplePath(), {}, dir.filePath(QStringLiteral("no-folder/out.pdf"))),
         QStringLiteral("no-folder/out.pdf")},
        {CliRun({QStringLiteral("export-pdf"), samplePath(), QStringLiteral("--out"), out}),
         QStringLiteral("--year")},
    };
    for (const auto &[run, word] : refused) {
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(word));
    }
    CHECK_FALSE(QFile::exists(out));

    const QString text = dir.filePath(QStringLiteral("not.pdf"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("bukan pdf\n");
    file.close();
    // A PDF from elsewhere has no fingerprint to check.
    const QString foreign = dir.filePath(QStringLiteral("foreign.pdf"));
    {
        QPdfWriter writer(foreign);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("PERJANJIAN KINERJA TAHUN 2026"));
    }
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    for (const QString &pdf : {text, foreign, none}) {
        const CliRun run = verifyPdf(pdf, samplePath());
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(pdf));
    }
    CHECK(verifyPdf(foreign, samplePath()).err.contains(QStringLiteral("no Tepat fingerprint")));
    // A good PDF against a workspace that is not there.
    exportPdfOk(samplePath(), {}, out);
    const CliRun noWorkspace = verifyPdf(out, missing);
    CHECK(noWorkspace.exitCode == 2);
    CHECK(noWorkspace.err.contains(missing));
}

TEST_CASE("export-pdf prints on the workspace's paper unless --paper names another",
          "[cli][pdf][PrintSettings]")
{
    const QTemporaryDir dir;
    const QString workspace = copyOfSample(dir);
    Result<Cascade> cascade = WorkspaceFile::load(workspace);
    REQUIRE(cascade);
    cascade->setPrintSettings(PrintSettings {PaperFormat::Size::F4});
    REQUIRE(WorkspaceFile::save(*cascade, workspace));

    const QStringList dinkes {QStringLiteral("--opd"), QStringLiteral("1.02.0.00.0.00.01.0000")};
    const QString f4 = dir.filePath(QStringLiteral("f4.pdf"));
    exportPdfOk(workspace, dinkes, f4);
    const QList<QSizeF> f4Sizes = PdfTools::pageSizes(f4);
    REQUIRE_FALSE(f4Sizes.isEmpty());
    for (const QSizeF &size : f4Sizes)
        CHECK(size == QSizeF(609.449, 935.433)); // 215 × 330 mm

    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    exportPdfOk(
        workspace, dinkes + QStringList {QStringLiteral("--paper"), QStringLiteral("a4")}, a4);
    for (const QSizeF &size : PdfTools::pageSizes(a4))
        CHECK(size == QSizeF(595, 842));
}
