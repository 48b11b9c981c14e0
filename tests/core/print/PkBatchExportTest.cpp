#include "print/PkBatchExport.h"

#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QStringList everythingIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("A ceremony selection takes the PKs of its year, OPDs and levels in workspace order",
          "[PkBatchExport]")
{
    const Cascade cascade = SampleWorkspace::load();
    PkBatchExport::Selection selection;
    selection.year = 2026;
    CHECK(PkBatchExport::select(cascade, selection).size() == 13);

    selection.opdIds = {1000, 2000};
    selection.levels = {PkDocument::Level::KepalaOpd, PkDocument::Level::EselonIII};
    CHECK(PkBatchExport::select(cascade, selection) == QList<qint64> {9100, 9111, 9200, 9210});

    // The kepala daerah's PK belongs to no OPD: it is taken only when asked for.
    selection.levels.clear();
    selection.opdIds = {PkBatchExport::kepalaDaerah};
    CHECK(PkBatchExport::select(cascade, selection) == QList<qint64> {9000});

    selection.year = 2027;
    selection.opdIds.clear();
    CHECK(PkBatchExport::select(cascade, selection).isEmpty());
}

TEST_CASE("Split files are named after the year, the OPD code and its short name",
          "[PkBatchExport]")
{
    const Cascade cascade = SampleWorkspace::load();
    const QList<PkBatchExport::File> files = PkBatchExport::plan(cascade,
                                                                 {9000, 9100, 9111, 9200},
                                                                 QStringLiteral("/tmp/upacara"),
                                                                 PkBatchExport::Split::PerOpd);
    REQUIRE(files.size() == 3);
    CHECK(files[0].path == u"/tmp/upacara/pk-2026-kepala-daerah.pdf");
    CHECK(files[0].pkIds == QList<qint64> {9000});
    CHECK(files[1].path == u"/tmp/upacara/pk-2026-1.02.0.00.0.00.01.0000-dinkes.pdf");
    CHECK(files[1].pkIds == QList<qint64> {9100, 9111});
    CHECK(files[2].pkIds == QList<qint64> {9200});

    const QList<PkBatchExport::File> one = PkBatchExport::plan(
        cascade, {9000, 9100}, QStringLiteral("/tmp/pk.pdf"), PkBatchExport::Split::None);
    REQUIRE(one.size() == 1);
    CHECK(one[0].pkIds == QList<qint64> {9000, 9100});
}

TEST_CASE("The proposed file name of one PK says the year and whose PK it is", "[PkBatchExport]")
{
    Cascade cascade = SampleWorkspace::load();
    CHECK(PkBatchExport::suggestedFileName(cascade, 9100) == u"PK 2026 - Dinas Kesehatan.pdf");
    CHECK(PkBatchExport::suggestedFileName(cascade, 9000) == u"PK 2026 - Bupati Deli Serdang.pdf");
    CHECK(PkBatchExport::suggestedFileName(cascade, 9111)
          == u"PK 2026 - Kepala Bidang Kesehatan Masyarakat Dinas Kesehatan Kabupaten Deli "
             u"Serdang.pdf");
    PkDocument pk = *cascade.pk(9118);
    pk.pihakPertama.jabatan = QStringLiteral("Kasubbag Umum/Keuangan: \"Dinkes\"");
    REQUIRE(cascade.updatePk(pk));
    CHECK(PkBatchExport::suggestedFileName(cascade, 9118)
          == u"PK 2026 - Kasubbag Umum Keuangan Dinkes.pdf");
}

TEST_CASE("A split export writes every file, and a cancelled one leaves none and old ones whole",
          "[PkBatchExport]")
{
    const QTemporaryDir dir;
    const Cascade cascade = SampleWorkspace::load();
    PkBatchExport::Selection selection;
    selection.year = 2026;
    const QList<PkBatchExport::File> files
        = PkBatchExport::plan(cascade,
                              PkBatchExport::select(cascade, selection),
                              dir.path(),
                              PkBatchExport::Split::PerOpd);
    REQUIRE(files.size() == 5);

    QList<int> progress;
    const Result<QList<int>> written = PkBatchExport::write(cascade, files, {}, [&](int pks) {
        progress.append(pks);
        return true;
    });
    REQUIRE(written);
    CHECK(progress.size() == 13);
    CHECK(progress.last() == 13);
    CHECK(everythingIn(dir.path()).size() == 5); // no staging folder left
    for (int i = 0; i < files.size(); ++i)
        CHECK(PdfTools::infoField(files[i].path, QStringLiteral("Pages")).toInt()
              == written->at(i));
    CHECK(PdfTools::pageTexts(files[1].path).join(u'\f').contains(QStringLiteral("Hendra")));

    // Cancelled after the fourth PK, in the second file: the first files are not replaced.
    const QStringList before = everythingIn(dir.path());
    QList<QByteArray> hashes;
    for (const PkBatchExport::File &file : files)
        hashes.append(TestFiles::fileHash(file.path));
    PkPdfWriter::Options f4;
    f4.paper = PaperFormat(PaperFormat::Size::F4);
    const Result<QList<int>> cancelled
        = PkBatchExport::write(cascade, files, f4, [](int pks) { return pks < 4; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK(everythingIn(dir.path()) == before);
    for (int i = 0; i < files.size(); ++i)
        CHECK(TestFiles::fileHash(files[i].path) == hashes[i]);

    // In a new folder, a cancel leaves nothing at all.
    const QString fresh = dir.filePath(QStringLiteral("baru"));
    REQUIRE(QDir().mkpath(fresh));
    const Result<QList<int>> none = PkBatchExport::write(
        cascade,
        PkBatchExport::plan(cascade, {9000, 9100}, fresh, PkBatchExport::Split::PerOpd),
        {},
        [](int) { return false; });
    REQUIRE_FALSE(none);
    CHECK(everythingIn(fresh).isEmpty());
}
