#include "store/WorkspaceFile.h"
#include "support/CliRun.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

const QString dinkes = QStringLiteral("1.02.0.00.0.00.01.0000");

// The Dinas Kesehatan kepala OPD PK of 2026 from a workspace, as export-pdf writes it.
QString dinkesPdf(const QString &workspace, const QString &pdf)
{
    const CliRun run({QStringLiteral("export-pdf"),
                      workspace,
                      QStringLiteral("--year"),
                      QStringLiteral("2026"),
                      QStringLiteral("--opd"),
                      dinkes,
                      QStringLiteral("--level"),
                      QStringLiteral("kepala-opd"),
                      QStringLiteral("--out"),
                      pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return pdf;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The XMP packet that carries the fingerprints, as a forger copies it out of a genuine PDF.
QByteArray metadataPacket(const QByteArray &pdf)
{
    const qsizetype begin = pdf.indexOf("<?xpacket begin");
    const QByteArray endMark("<?xpacket end=\"r\"?>");
    const qsizetype end = pdf.indexOf(endMark, begin);
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    return pdf.mid(begin, end + endMark.size() - begin);
}

CliRun verify(const QString &pdf, const QString &workspace)
{
    return CliRun({QStringLiteral("verify-pdf"), pdf, workspace});
}

} // namespace

TEST_CASE("verify-pdf reads the pages: a PK whose printed target was changed does not verify",
          "[cli][pdf][verify]")
{
    const QTemporaryDir dir;
    const QString workspace = TestFiles::samplePath();
    const QByteArray genuine
        = bytesOf(dinkesPdf(workspace, dir.filePath(QStringLiteral("genuine.pdf"))));

    // The forger prints the PK from a copy whose stunting target says 9,2 instead of 11 and
    // gives the result the genuine PDF's metadata.
    Result<Cascade> cascade = WorkspaceFile::load(workspace);
    REQUIRE(cascade);
    Indicator stunting = *cascade->indicator(9105);
    stunting.targets[2026] = TargetValue::parse(QStringLiteral("9,2"));
    REQUIRE(cascade->updateIndicator(stunting));
    const QString edited = dir.filePath(QStringLiteral("edited.tepat"));
    REQUIRE(WorkspaceFile::save(*cascade, edited));
    const QString forged = dir.filePath(QStringLiteral("forged.pdf"));
    writeBytes(forged,
               bytesOf(dinkesPdf(edited, dir.filePath(QStringLiteral("edited.pdf"))))
                   + metadataPacket(genuine));

    const CliRun run = verify(forged, workspace);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.out.contains(QStringLiteral("The PDF matches the workspace.")));
    // The differing row, with what the page shows and what the workspace has.
    CHECK(run.out.contains(QStringLiteral("Prevalensi stunting pada balita")));
    CHECK(run.out.contains(QStringLiteral("9,2 %")));
    CHECK(run.out.contains(QStringLiteral("11 %")));
}

TEST_CASE("verify-pdf does not accept copied metadata without the pages it describes",
          "[cli][pdf][verify]")
{
    const QTemporaryDir dir;
    const QString workspace = TestFiles::samplePath();
    const QByteArray packet = metadataPacket(
        bytesOf(dinkesPdf(workspace, dir.filePath(QStringLiteral("genuine.pdf")))));

    SECTION("a file of nothing but a PDF header and the packet")
    {
        const QString bare = dir.filePath(QStringLiteral("bare.pdf"));
        writeBytes(bare, "%PDF-1.4\n" + packet);
        const CliRun run = verify(bare, workspace);
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK_FALSE(run.out.contains(QStringLiteral("matches")));
    }
    SECTION("an unrelated PDF with the packet appended")
    {
        const QString unrelated = dir.filePath(QStringLiteral("unrelated.pdf"));
        {
            QPdfWriter writer(unrelated);
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), QStringLiteral("Daftar hadir rapat"));
        }
        writeBytes(unrelated, bytesOf(unrelated) + packet);
        const CliRun run = verify(unrelated, workspace);
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK_FALSE(run.out.contains(QStringLiteral("The PDF matches the workspace.")));
    }
}

TEST_CASE("verify-pdf --help says what a match proves and what it does not", "[cli][pdf][verify]")
{
    const CliRun help({QStringLiteral("verify-pdf"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("pdftotext")));
    CHECK(help.out.contains(QStringLiteral("does not prove")));
    CHECK(help.out.contains(QStringLiteral("signature")));
}
