#include "SyntheticCascade.h"
#include "check/IndicatorSheetReader.h"
#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceLock.h"
#include "support/CliRun.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace Tepat;
using namespace Tepat::TestFiles;

namespace {

QString jsonOf(const QTemporaryDir &dir, const Cascade &cascade)
{
    const QString path = dir.filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(CascadeJson::write(cascade));
    return path;
}

CliRun importJson(const QString &json, const QString &out, const QStringList &options = {})
{
    return CliRun(QStringList {QStringLiteral("import-json"), json, QStringLiteral("--out"), out}
                  + options);
}

} // namespace

TEST_CASE("import-json refuses to write a workspace that Tepat has open and names who has it",
          "[cli][lock]")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("terbuka.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50, 1), workspace));
    const QByteArray before = fileHash(workspace);
    auto lock = WorkspaceLock::acquire(workspace);
    REQUIRE(lock);

    const CliRun run = importJson(jsonOf(dir, SyntheticCascade::generate(50, 2)), workspace);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(workspace));
    CHECK(run.err.contains(QSysInfo::machineHostName()));
    CHECK(run.err.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(fileHash(workspace) == before);
}

TEST_CASE("A lock left on another computer blocks import-json until --break-lock takes it over",
          "[cli][lock]")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("tertinggal.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50, 1), workspace));
    TestFiles::writeForeignLock(workspace);
    const QString json = jsonOf(dir, SyntheticCascade::generate(50, 2));

    const CliRun refused = importJson(json, workspace);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("laptop-bappeda")));
    CHECK(refused.err.contains(QStringLiteral("--break-lock")));

    const CliRun forced = importJson(json, workspace, {QStringLiteral("--break-lock")});
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    const Result<Cascade> written = WorkspaceFile::load(workspace);
    REQUIRE(written);
    CHECK(*written == SyntheticCascade::generate(50, 2));
    // The lock is released when the writer is done.
    CHECK_FALSE(QFile::exists(WorkspaceLock::lockPath(workspace)));
}

TEST_CASE("info prints names with terminal control sequences as harmless text", "[cli]")
{
    QTemporaryDir dir;
    Cascade cascade = SyntheticCascade::generate(20);
    Pemda pemda = cascade.pemda();
    pemda.name = QStringLiteral("Kabupaten \x1b]2;dibajak\x07\x1b[2JContoh\x9b"
                                "31m");
    cascade.setPemda(pemda);
    const QString workspace = dir.filePath(QStringLiteral("escape.tepat"));
    REQUIRE(WorkspaceFile::save(cascade, workspace));

    const CliRun run({QStringLiteral("info"), workspace});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Kabupaten")));
    CHECK(run.out.contains(QStringLiteral("Contoh")));
    CHECK_FALSE(run.out.contains(QChar(0x1b)));
    CHECK_FALSE(run.out.contains(QChar(0x07)));
    CHECK_FALSE(run.out.contains(QChar(0x9b)));
}

TEST_CASE("check refuses devices, pipes and oversized sheets at once, with a message",
          "[cli][limits]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipa.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString big = dir.filePath(QStringLiteral("besar.csv"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray row("Indikator yang sangat panjang sekali;85\n");
        file.write("indikator;target\n");
        for (qint64 written = 0; written < 40 * 1024 * 1024; written += row.size())
            file.write(row);
    }
    const QList<std::pair<QString, QString>> refused {
        {QStringLiteral("/dev/zero"), QStringLiteral("not a regular file")},
        {fifo, QStringLiteral("not a regular file")},
        {big, QStringLiteral("too large")},
    };
    for (const auto &[path, words] : refused) {
        QElapsedTimer timer;
        timer.start();
        const CliRun run({QStringLiteral("check"), path});
        INFO(path.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(path));
        CHECK(run.err.contains(words));
    }
    const CliRun info({QStringLiteral("info"), fifo});
    CHECK(info.exitCode == 2);
    CHECK(info.err.contains(QStringLiteral("not a regular file")));
}

namespace {

// A CSV sheet of `rows` indicator rows.
QString sheetOfRows(const QTemporaryDir &dir, int rows)
{
    const QString sheet = dir.filePath(QStringLiteral("baris-%1.csv").arg(rows));
    QFile file(sheet);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("indikator;satuan;target\n")
               + QByteArray("Jumlah desa mandiri;desa;5\n").repeated(rows));
    return sheet;
}

} // namespace

TEST_CASE("check refuses a sheet of more rows than it checks at once, with a message",
          "[cli][limits]")
{
    QTemporaryDir dir;
    const QString sheet = sheetOfRows(dir, IndicatorSheetReader::maxRows + 1);
    const CliRun run({QStringLiteral("check"), sheet});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(sheet));
    CHECK(run.err.contains(
        QStringLiteral("more than %1 indicator rows").arg(IndicatorSheetReader::maxRows)));
}

// AddressSanitizer's shadow memory and quarantine hide what the program itself takes.
#if !defined(__SANITIZE_ADDRESS__)
TEST_CASE("check takes bounded memory for the largest sheet it checks", "[cli][limits]")
{
    QTemporaryDir dir;
    const QString sheet = sheetOfRows(dir, IndicatorSheetReader::maxRows);
    // The peak resident memory of the command, as the kernel counts it for a child.
    QProcess probe;
    probe.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import resource, subprocess, sys\n"
                                "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)"
                                ".returncode\n"
                                "print(code, resource.getrusage(resource.RUSAGE_CHILDREN)"
                                ".ru_maxrss)"),
                 QStringLiteral(TEPAT_CLI),
                 QStringLiteral("check"),
                 sheet,
                 QStringLiteral("--format"),
                 QStringLiteral("json")});
    REQUIRE(probe.waitForFinished(300000));
    const QStringList result = QString::fromUtf8(probe.readAllStandardOutput()).split(u' ');
    REQUIRE(result.size() == 2);
    CHECK(result[0].toInt() <= 1);
    const qint64 peakKilobytes = result[1].trimmed().toLongLong();
    INFO("peak " << peakKilobytes / 1024 << " MiB for a sheet of " << QFileInfo(sheet).size() / 1024
                 << " KiB");
    // The program itself takes some 40 MiB; the sheet's table, its rows and their findings are
    // held at once (rules judge a table as a whole), which maxRows bounds: 50 000 rows took some
    // 135 MiB in all.
    CHECK(peakKilobytes < 200 * 1024);
}
#endif

TEST_CASE("export-xlsx writes through a private temporary file, never a planted one",
          "[cli][export]")
{
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    {
        QFile file(victim);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("jangan ditimpa");
    }
    const QString out = dir.filePath(QStringLiteral("pk.xlsx"));
    REQUIRE(QFile::link(victim, out + QStringLiteral(".part")));

    const CliRun run({QStringLiteral("export-xlsx"),
                      samplePath(),
                      QStringLiteral("--year"),
                      QStringLiteral("2026"),
                      QStringLiteral("--out"),
                      out});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    QFile file(victim);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("jangan ditimpa"));
    CHECK(QFileInfo(out).isFile());
}

TEST_CASE("export-xlsx refuses a cell longer than Excel holds instead of dropping it",
          "[cli][export][limits]")
{
    QTemporaryDir dir;
    Cascade cascade = SyntheticCascade::generate(60);
    const Opd &opd = cascade.opds().first();
    const qint64 itemId = cascade.childItems(opd.id).first();
    PlanItem item = *cascade.item(itemId);
    item.name = QStringLiteral("Tujuan ") + QString(40'000, u'x');
    REQUIRE(cascade.updateItem(item));
    const QString workspace = dir.filePath(QStringLiteral("panjang.tepat"));
    REQUIRE(WorkspaceFile::save(cascade, workspace));

    const QString out = dir.filePath(QStringLiteral("renstra.xlsx"));
    const CliRun run({QStringLiteral("export-xlsx"),
                      workspace,
                      QStringLiteral("--what"),
                      QStringLiteral("renstra"),
                      QStringLiteral("--opd"),
                      opd.code,
                      QStringLiteral("--out"),
                      out});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK_FALSE(run.out.contains(QStringLiteral("Wrote")));
    CHECK(run.err.contains(QStringLiteral("32767")));
    CHECK_FALSE(QFile::exists(out));
    // CSV has no such limit, so the text goes there whole.
    const QString csv = dir.filePath(QStringLiteral("renstra.csv"));
    const CliRun asCsv({QStringLiteral("export-xlsx"),
                        workspace,
                        QStringLiteral("--what"),
                        QStringLiteral("renstra"),
                        QStringLiteral("--opd"),
                        opd.code,
                        QStringLiteral("--out"),
                        csv});
    CHECK(asCsv.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains(QByteArray(40'000, 'x')));
}
