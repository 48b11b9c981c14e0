#include "ServerTestSupport.h"
#include "store/WorkspaceFile.h"
#include "support/CliRun.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "support/TestServer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::ServerTestSupport;

TEST_CASE("A dropped connection keeps the edits and sends them when it is back", "[server]")
{
    const QString url = publishedSample();
    const QString admin = login(url, ServerStore::Role::Admin);
    auto document = open(admin);
    const qint64 id = indicatorOf(document->cascade(), 0);
    QSignalSpy connection(document.get(), &WorkspaceDocument::connectionChanged);
    // The server ends this window's session, as a restart or a broken network would.
    dropSessions(url, document->server()->user());
    editText(*document, id, QStringLiteral("Ditulis saat terputus"));
    REQUIRE(connection.size() == 1);
    CHECK(connection.first().first().toBool() == false);
    CHECK(document->isModified());
    CHECK(document->unsentCount() == 1);
    CHECK(document->cascade().indicator(id)->text == QStringLiteral("Ditulis saat terputus"));
    CHECK(document->undoStack()->count() == 1);

    REQUIRE(document->save());
    CHECK_FALSE(document->isModified());
    CHECK(connection.last().first().toBool() == true);
    const Result<Cascade> onServer = connect(url)->load();
    REQUIRE(onServer);
    CHECK(onServer->indicator(id)->text == QStringLiteral("Ditulis saat terputus"));
}

TEST_CASE("Unsent edits are kept in an offline copy on request", "[server]")
{
    const QString url = publishedSample();
    const QString admin = login(url, ServerStore::Role::Admin);
    auto document = open(admin);
    const qint64 id = indicatorOf(document->cascade(), 1);
    dropSessions(url, document->server()->user());
    editText(*document, id, QStringLiteral("Disimpan ke salinan"));
    REQUIRE(document->isModified());
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("unsent.tepat"));
    REQUIRE(document->saveAs(copy));
    CHECK_FALSE(document->server());
    // The window holds the copy's lock while it is open; a push rewrites the copy, so it waits.
    const CliRun refused(
        QStringList {QStringLiteral("server"), QStringLiteral("push"), copy, admin});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("open in Tepat")));
    document.reset();
    const CliRun push(QStringList {QStringLiteral("server"), QStringLiteral("push"), copy, admin});
    INFO(push.err.toStdString());
    CHECK(push.exitCode == 0);
    CHECK(connect(url)->load()->indicator(id)->text == QStringLiteral("Disimpan ke salinan"));
}

TEST_CASE("A server killed in the middle of a push leaves each object whole or untouched",
          "[server][slow]")
{
    TestServer::PrivateServer server;
    const QString created
        = TestServer::psql(server.adminUrl(), QStringLiteral("CREATE DATABASE pemda")).err;
    INFO(created.toStdString());
    const QString url
        = QString(server.adminUrl()).replace(QStringLiteral("/postgres"), QStringLiteral("/pemda"));
    REQUIRE(CliRun(QStringList {QStringLiteral("server"), QStringLiteral("init"), url}).exitCode
            == 0);
    const QString sample = QStringLiteral(TEPAT_BINARY_DIR "/resources/samples/deli-serdang.tepat");
    REQUIRE(CliRun(QStringList {QStringLiteral("server"), QStringLiteral("publish"), sample, url})
                .exitCode
            == 0);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.tepat"));
    REQUIRE(CliRun(QStringList {QStringLiteral("server"),
                                QStringLiteral("pull"),
                                url,
                                QStringLiteral("--out"),
                                copy})
                .exitCode
            == 0);

    // Every indicator gets a new text and new targets together: an object half written would
    // show one without the other.
    Result<Cascade> offline = WorkspaceFile::load(copy);
    REQUIRE(offline);
    const Cascade before = *offline;
    QList<qint64> changed;
    for (const Opd &opd : before.opds()) {
        QList<qint64> pending {opd.id};
        while (!pending.isEmpty()) {
            const qint64 parent = pending.takeFirst();
            for (qint64 item : before.childItems(parent)) {
                pending.append(item);
                for (qint64 id : before.indicatorsOf(item)) {
                    Indicator edited = *offline->indicator(id);
                    edited.text += QStringLiteral(" (baru)");
                    for (auto target = edited.targets.begin(); target != edited.targets.end();
                         ++target)
                        *target = TargetValue::parse(QStringLiteral("77"));
                    REQUIRE(offline->updateIndicator(edited));
                    changed.append(id);
                }
            }
        }
    }
    REQUIRE(changed.size() > 20);
    REQUIRE(WorkspaceFile::save(*offline, copy));

    QProcess push;
    push.start(QStringLiteral(TEPAT_CLI),
               {QStringLiteral("server"), QStringLiteral("push"), copy, url});
    REQUIRE(push.waitForStarted());
    // Kill it once some objects are in but not all.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const TestServer::Psql applied = TestServer::psql(
                url, QStringLiteral("SELECT count(*) FROM indicator WHERE text LIKE '%(baru)'"));
            return applied.out.toInt() >= 3;
        },
        60000));
    server.kill();
    REQUIRE(push.waitForFinished(60000));
    CHECK(push.exitCode() == 2);
    server.restart();

    const Result<Cascade> after = connect(url)->load();
    REQUIRE(after);
    int whole = 0;
    for (qint64 id : std::as_const(changed)) {
        const Indicator &now = *after->indicator(id);
        const bool isNew = now == *offline->indicator(id);
        const bool isOld = now == *before.indicator(id);
        INFO("indicator " << id);
        CHECK((isNew || isOld));
        whole += isNew ? 1 : 0;
    }
    CHECK(whole >= 3);
    CHECK(whole < changed.size());
    // What was applied is remembered: a second push sends the rest and nothing twice.
    const CliRun rest(QStringList {QStringLiteral("server"), QStringLiteral("push"), copy, url});
    INFO(rest.err.toStdString());
    CHECK(rest.exitCode == 0);
    const Result<Cascade> complete = connect(url)->load();
    REQUIRE(complete);
    for (qint64 id : std::as_const(changed)) {
        INFO("indicator " << id << ": " << complete->indicator(id)->text.toStdString());
        CHECK(*complete->indicator(id) == *offline->indicator(id));
    }
}
