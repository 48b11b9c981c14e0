#include "SyntheticCascade.h"
#include "store/WorkspaceFile.h"
#include "support/CliRun.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::TestFiles;

namespace {

CliRun cli(const QStringList &arguments)
{
    return CliRun(arguments);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("tepat-cli prints its version and documents every command", "[cli]")
{
    const CliRun version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("tepat-cli ")));

    const CliRun help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *command : {"info", "export-json", "import-json"})
        CHECK(help.out.contains(QLatin1String(command)));

    const CliRun infoHelp = cli({QStringLiteral("info"), QStringLiteral("--help")});
    CHECK(infoHelp.exitCode == 0);
    CHECK(infoHelp.out.contains(QStringLiteral("FILE")));

    const CliRun unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("tepat-cli info prints the sample's pemda, period and counts per level", "[cli]")
{
    const CliRun run = cli({QStringLiteral("info"), samplePath()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Kabupaten Deli Serdang")));
    CHECK(run.out.contains(QStringLiteral("RPJMD 2025–2029")));
    CHECK(run.out.contains(QStringLiteral("Dinas Kesehatan")));
    CHECK(run.out.contains(QStringLiteral("Renstra: ")));
    CHECK(run.out.contains(QStringLiteral("PK 2026: ")));
    CHECK(run.out.contains(QStringLiteral("Indicators: ")));
    CHECK(run.err.isEmpty());
}

TEST_CASE("tepat-cli info exits 2 on a foreign, truncated or non-Tepat file and leaves it intact",
          "[cli]")
{
    QTemporaryDir dir;
    QStringList files;
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    createSqliteFile(foreign, {QStringLiteral("CREATE TABLE t (x)")});
    files << foreign;
    const QString truncated = dir.filePath(QStringLiteral("truncated.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(1500), truncated));
    QFile(truncated).resize(QFile(truncated).size() / 3);
    files << truncated;
    const QString text = dir.filePath(QStringLiteral("text.tepat"));
    QFile textFile(text);
    REQUIRE(textFile.open(QIODevice::WriteOnly));
    textFile.write("bukan workspace\n");
    textFile.close();
    files << text;

    for (const QString &path : files) {
        const QByteArray before = fileHash(path);
        const CliRun run = cli({QStringLiteral("info"), path});
        INFO(path.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(path));
        CHECK(run.out.isEmpty());
        CHECK(fileHash(path) == before);
    }
    const CliRun missing
        = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("none.tepat"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("none.tepat")));
}

TEST_CASE("export-json, import-json and export-json again give identical bytes", "[cli]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.json"));
    const QString rebuilt = dir.filePath(QStringLiteral("rebuilt.tepat"));
    const QString second = dir.filePath(QStringLiteral("second.json"));
    REQUIRE(
        cli({QStringLiteral("export-json"), samplePath(), QStringLiteral("--out"), first}).exitCode
        == 0);
    REQUIRE(cli({QStringLiteral("import-json"), first, QStringLiteral("--out"), rebuilt}).exitCode
            == 0);
    REQUIRE(cli({QStringLiteral("export-json"), rebuilt, QStringLiteral("--out"), second}).exitCode
            == 0);
    CHECK(readAll(first) == readAll(second));
    CHECK(readAll(first).size() > 10000);

    const CliRun toStdout = cli({QStringLiteral("export-json"), rebuilt});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out.toUtf8() == readAll(first));
}

TEST_CASE("import-json of a malformed file exits 2 naming the file and the place", "[cli]")
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("broken.json"));
    QFile file(json);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"tepat-workspace\", \"version\": 1, \"pemda\": {\"kepalaDaerah\": "
               "{\"title\": \"raja\"}}}");
    file.close();
    const QString out = dir.filePath(QStringLiteral("out.tepat"));
    const CliRun run = cli({QStringLiteral("import-json"), json, QStringLiteral("--out"), out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(json));
    CHECK(run.err.contains(QStringLiteral("pemda.kepalaDaerah.title")));
    CHECK_FALSE(QFile::exists(out));
}
