#include "core/server/ServerTestSupport.h"
#include "online/ObjectHistoryDialog.h"
#include "online/PkWorkflowDock.h"
#include "online/ServerActions.h"
#include "online/ServerStatusLabel.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::ServerTestSupport;

TEST_CASE("The window opens a server workspace, shows the connection, the workflow and the "
          "history",
          "[server][gui]")
{
    const QString url = publishedSample();
    const Cascade sample = SampleWorkspace::load();
    const Opd &opd = sample.opds().at(0);
    const QString penyusun = login(url, ServerStore::Role::Penyusun, {opd.code});
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    ServerActions *server = window.serverActions();
    // The password is asked for when libpq has none: take it out of the URL and give it there.
    const QUrl withPassword(penyusun);
    QUrl withoutPassword = withPassword;
    withoutPassword.setPassword({});
    QString asked;
    server->setPasswordPrompt([&](const QString &where) {
        asked = where;
        return withPassword.password();
    });
    REQUIRE(server->connectTo(withoutPassword.toString()));
    CHECK_FALSE(asked.isEmpty());
    REQUIRE(window.document());
    REQUIRE(window.document()->server());
    CHECK(window.document()->cascade().indicatorCount() == sample.indicatorCount());
    CHECK(server->statusLabel()->isVisible());
    CHECK(server->statusLabel()->text().contains(withPassword.userName()));
    CHECK(server->statusLabel()->text().contains(opd.code));
    CHECK(server->historyAction()->isEnabled());

    const auto [pkId, indicator] = pkOf(sample, opd.id);
    REQUIRE(window.selectObject(indicator));
    PkWorkflowDock *workflow = server->workflowDock();
    CHECK(workflow->isVisible());
    CHECK(workflow->pkId() == pkId);
    CHECK(workflow->state() == QLatin1String("draft"));
    REQUIRE(workflow->stepButtons().size() == 1);
    editText(
        *window.document(), indicator, QStringLiteral("Persentase ibu hamil mendapat layanan"));
    workflow->stepButtons().first()->click();
    CHECK(workflow->state() == QLatin1String("diajukan"));
    CHECK(workflow->stepButtons().isEmpty());

    const QString shot = qEnvironmentVariable("TEPAT_SERVER_SCREENSHOT");
    if (!shot.isEmpty())
        window.grab().save(shot);

    ObjectHistoryDialog history(window.document(), indicator, &window);
    REQUIRE(history.model());
    CHECK(history.model()->rowCount() >= 2);
    QStringList changes;
    for (int row = 0; row < history.model()->rowCount(); ++row)
        changes.append(history.model()->index(row, HistoryModel::Change).data().toString());
    INFO(changes.join(QLatin1Char('\n')).toStdString());
    CHECK(changes.last().contains(QStringLiteral("Persentase ibu hamil mendapat layanan")));
    if (!shot.isEmpty()) {
        history.resize(1000, 420);
        history.show();
        history.grab().save(QFileInfo(shot).dir().filePath(QStringLiteral("server-history.png")));
    }

    // A dropped connection is shown, with the edits waiting.
    dropSessions(url, withPassword.userName());
    workflow->move(QStringLiteral("draft"), {});
    CHECK(server->statusLabel()->text().contains(QStringLiteral("Disconnected")));
}
