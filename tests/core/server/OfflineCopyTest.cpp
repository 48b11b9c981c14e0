#include "ServerTestSupport.h"
#include "server/OfflinePush.h"
#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"
#include "support/CliRun.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "support/TestServer.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::ServerTestSupport;

namespace {

Cascade loadFile(const QString &path)
{
    Result<Cascade> cascade = WorkspaceFile::load(path);
    REQUIRE(cascade);
    return std::move(*cascade);
}

void saveText(const QString &path, qint64 indicatorId, const QString &text)
{
    Cascade cascade = loadFile(path);
    Indicator edited = *cascade.indicator(indicatorId);
    edited.text = text;
    REQUIRE(cascade.updateIndicator(edited));
    REQUIRE(WorkspaceFile::save(cascade, path));
}

} // namespace

TEST_CASE("The server commands set up a server, load a workspace and read it like a file",
          "[server][cli]")
{
    const QString url = TestServer::freshDatabase(false);
    const CliRun init(QStringList {QStringLiteral("server"), QStringLiteral("init"), url});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("_penyusun")));
    const CliRun again(QStringList {QStringLiteral("server"), QStringLiteral("init"), url});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already")));

    const QString sample = QStringLiteral(TEPAT_BINARY_DIR "/resources/samples/deli-serdang.tepat");
    const CliRun publish(
        QStringList {QStringLiteral("server"), QStringLiteral("publish"), sample, url});
    INFO(publish.err.toStdString());
    REQUIRE(publish.exitCode == 0);
    const CliRun twice(
        QStringList {QStringLiteral("server"), QStringLiteral("publish"), sample, url});
    CHECK(twice.exitCode == 2);

    const CliRun fromFile(QStringList {QStringLiteral("info"), sample});
    const CliRun fromServer(QStringList {QStringLiteral("info"), url});
    CHECK(fromServer.exitCode == 0);
    CHECK(fromServer.out == fromFile.out);
    const CliRun checkFile(QStringList {
        QStringLiteral("check"), sample, QStringLiteral("--format"), QStringLiteral("json")});
    const CliRun checkServer(QStringList {
        QStringLiteral("check"), url, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(checkServer.exitCode == checkFile.exitCode);
    // The same findings; only the name of the workspace differs.
    CHECK(QString(checkServer.out).replace(url, sample) == checkFile.out);
    const CliRun jsonFile(QStringList {QStringLiteral("export-json"), sample});
    const CliRun jsonServer(QStringList {QStringLiteral("export-json"), url});
    CHECK(jsonServer.out == jsonFile.out);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("pk.pdf"));
    const CliRun exportPdf(QStringList {QStringLiteral("export-pdf"),
                                        url,
                                        QStringLiteral("--year"),
                                        QStringLiteral("2026"),
                                        QStringLiteral("--out"),
                                        pdf});
    INFO(exportPdf.err.toStdString());
    CHECK(exportPdf.exitCode == 0);
    CHECK(QFile::exists(pdf));

    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    QFile secret(passwordFile);
    REQUIRE(secret.open(QIODevice::WriteOnly));
    secret.write("rahasia-dinkes\n");
    secret.close();
    const QString user = TestServer::uniqueName(QStringLiteral("dinkes"));
    const QString code = SampleWorkspace::load().opds().at(0).code;
    const CliRun grant(QStringList {QStringLiteral("server"),
                                    QStringLiteral("grant"),
                                    url,
                                    QStringLiteral("--user"),
                                    user,
                                    QStringLiteral("--role"),
                                    QStringLiteral("penyusun"),
                                    QStringLiteral("--opd"),
                                    code,
                                    QStringLiteral("--password-file"),
                                    passwordFile});
    INFO(grant.err.toStdString());
    REQUIRE(grant.exitCode == 0);
    auto store = connect(TestServer::urlAs(url, user, QStringLiteral("rahasia-dinkes")));
    CHECK(store->role() == ServerStore::Role::Penyusun);
    CHECK(store->opdCodes() == QStringList {code});
    const CliRun wrongRole(QStringList {QStringLiteral("server"),
                                        QStringLiteral("grant"),
                                        url,
                                        QStringLiteral("--user"),
                                        user,
                                        QStringLiteral("--role"),
                                        QStringLiteral("bupati")});
    CHECK(wrongRole.exitCode == 2);
    const CliRun unreachable(QStringList {QStringLiteral("info"),
                                          QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
    CHECK(unreachable.exitCode == 2);
    CHECK(unreachable.err.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("An offline copy keeps its server through JSON and pushes back a clean change while "
          "refusing a conflicting one",
          "[server][cli]")
{
    const QString url = publishedSample();
    const QString admin = login(url, ServerStore::Role::Admin);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("offline.tepat"));
    const CliRun pull(QStringList {
        QStringLiteral("server"), QStringLiteral("pull"), admin, QStringLiteral("--out"), copy});
    INFO(pull.err.toStdString());
    REQUIRE(pull.exitCode == 0);
    const Cascade pulled = loadFile(copy);
    REQUIRE_FALSE(pulled.serverOrigin().isEmpty());
    CHECK_FALSE(pulled.serverOrigin().url.contains(QStringLiteral("pw_")));

    // export-json and import-json keep the server, the id block and every version.
    const QString json = dir.filePath(QStringLiteral("offline.json"));
    REQUIRE(CliRun(QStringList {QStringLiteral("export-json"), copy, QStringLiteral("--out"), json})
                .exitCode
            == 0);
    const QString again = dir.filePath(QStringLiteral("again.tepat"));
    REQUIRE(
        CliRun(QStringList {QStringLiteral("import-json"), json, QStringLiteral("--out"), again})
            .exitCode
        == 0);
    CHECK(loadFile(again).serverOrigin() == pulled.serverOrigin());

    const qint64 conflicting = indicatorOf(pulled, 0);
    const qint64 clean = indicatorOf(pulled, 1);
    saveText(copy, conflicting, QStringLiteral("offline: angka kematian"));
    saveText(copy, clean, QStringLiteral("offline: cakupan layanan"));
    // Meanwhile someone changes the first one on the server.
    auto online = open(admin);
    editText(*online, conflicting, QStringLiteral("online: angka kematian"));

    const CliRun push(QStringList {QStringLiteral("server"), QStringLiteral("push"), copy, admin});
    CHECK(push.exitCode == 1);
    CHECK(push.out.contains(QStringLiteral("Applied 1 change")));
    CHECK(push.err.contains(QStringLiteral("offline: angka kematian")));
    CHECK(push.err.contains(online->server()->user()));
    const Result<Cascade> server = connect(url)->load();
    REQUIRE(server);
    CHECK(server->indicator(conflicting)->text == QStringLiteral("online: angka kematian"));
    CHECK(server->indicator(clean)->text == QStringLiteral("offline: cakupan layanan"));

    // Pushing again sends nothing new: the clean change is on the server, the conflict stays.
    const CliRun second(
        QStringList {QStringLiteral("server"), QStringLiteral("push"), copy, admin});
    CHECK(second.exitCode == 1);
    CHECK(second.out.contains(QStringLiteral("Applied 0 change")));
    const CliRun elsewhere(QStringList {
        QStringLiteral("server"), QStringLiteral("push"), copy, TestServer::freshDatabase(false)});
    CHECK(elsewhere.exitCode == 2);
}

TEST_CASE("Objects added and deleted offline reach the server, a penyusun's only for their OPD",
          "[server]")
{
    const QString url = publishedSample();
    const Cascade sample = SampleWorkspace::load();
    const QString penyusun = login(url, ServerStore::Role::Penyusun, {sample.opds().at(0).code});
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("offline.tepat"));
    REQUIRE(CliRun(QStringList {QStringLiteral("server"),
                                QStringLiteral("pull"),
                                penyusun,
                                QStringLiteral("--out"),
                                copy})
                .exitCode
            == 0);
    Cascade offline = loadFile(copy);
    const qint64 ownOwner = offline.indicator(indicatorOf(offline, 0))->ownerId;
    const qint64 otherOwner = offline.indicator(indicatorOf(offline, 1))->ownerId;
    Indicator added;
    added.id = offline.allocateId();
    added.ownerId = ownOwner;
    added.text = QStringLiteral("Persentase puskesmas terakreditasi");
    added.satuan = QStringLiteral("%");
    REQUIRE(added.id >= offline.serverOrigin().firstFreeId);
    REQUIRE(offline.insertIndicator(added));
    Indicator intruder = added;
    intruder.id = offline.allocateId();
    intruder.ownerId = otherOwner;
    REQUIRE(offline.insertIndicator(intruder));
    // One that nothing serves, so deleting it changes no other OPD's indicator.
    qint64 removed = 0;
    for (qint64 candidate : offline.indicatorsOf(ownOwner)) {
        bool served = false;
        for (const PkDocument &pk : offline.pks()) {
            for (qint64 sasaran : offline.childItems(pk.id)) {
                for (qint64 other : offline.indicatorsOf(sasaran))
                    served = served || offline.indicator(other)->servesId == candidate;
            }
        }
        if (!served && candidate != added.id)
            removed = candidate;
    }
    REQUIRE(removed != 0);
    REQUIRE(offline.removeIndicator(removed));
    REQUIRE(WorkspaceFile::save(offline, copy));

    const CliRun push(
        QStringList {QStringLiteral("server"), QStringLiteral("push"), copy, penyusun});
    CHECK(push.exitCode == 1);
    CHECK(push.err.contains(QString::number(intruder.id)));
    const Result<Cascade> server = connect(url)->load();
    REQUIRE(server);
    REQUIRE(server->indicator(added.id));
    CHECK(server->indicator(added.id)->text == added.text);
    CHECK_FALSE(server->indicator(intruder.id));
    CHECK_FALSE(server->indicator(removed));
}
