#include "common/UiLanguage.h"
#include "core/server/ServerTestSupport.h"
#include "online/ObjectHistoryDialog.h"
#include "online/PkWorkflowDock.h"
#include "online/ServerActions.h"
#include "support/DialogWalk.h"
#include "support/LanguageLeaks.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QInputDialog>
#include <QPushButton>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::ServerTestSupport;

namespace {

// What a penyusun of the first OPD meets on the server, in a window of the language: the address
// and password prompts and the refusal when the password is not given, the connection in the
// status bar, the PK workflow dock before and after a step, an object's history; then what its
// reviewer meets sending the PK back, and the connection lost. Returns the texts that are not in
// that language.
QStringList serverLeaksOf(Language language)
{
    UiLanguage::apply(language);
    const QString url = publishedSample();
    const Cascade sample = SampleWorkspace::load();
    const Opd &opd = sample.opds().at(0);
    const QUrl withPassword(login(url, ServerStore::Role::Penyusun, {opd.code}));
    QUrl withoutPassword = withPassword;
    withoutPassword.setPassword({});

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    ServerActions *server = window.serverActions();
    DialogWalk walk;
    walk.lookAtDialogs(
        QStringLiteral("connect without a password"),
        [&] { server->connectAction()->trigger(); },
        [&](QWidget *dialog) {
            auto *address = qobject_cast<QInputDialog *>(dialog);
            REQUIRE(address);
            address->setTextValue(withoutPassword.toString());
            address->accept();
        });
    REQUIRE_FALSE(window.document());

    server->setPasswordPrompt([&](const QString &) { return withPassword.password(); });
    REQUIRE(server->connectTo(withoutPassword.toString()));
    REQUIRE(window.document());
    const qint64 indicator = pkOf(sample, opd.id).indicatorId;
    REQUIRE(window.selectObject(indicator));
    PkWorkflowDock *workflow = server->workflowDock();
    REQUIRE(workflow->isVisible());
    walk.look(QStringLiteral("connected, a draft PK"), &window);
    editText(
        *window.document(), indicator, QStringLiteral("Persentase ibu hamil mendapat layanan"));
    REQUIRE(workflow->stepButtons().size() == 1);
    workflow->stepButtons().first()->click();
    REQUIRE(workflow->state() == QLatin1String("diajukan"));
    walk.look(QStringLiteral("the PK submitted"), &window);

    server->historyAction()->trigger();
    auto *history = window.findChild<ObjectHistoryDialog *>();
    REQUIRE(history);
    walk.look(QStringLiteral("history"), history);
    history->close();

    // A reviewer sends the PK back: the reason is asked for.
    const QString reviewer = login(url, ServerStore::Role::Reviewer, {opd.code});
    REQUIRE(server->connectTo(reviewer));
    REQUIRE(window.selectObject(indicator));
    QPushButton *sendBack = nullptr;
    for (QPushButton *button : workflow->stepButtons()) {
        if (button->text().endsWith(u'…'))
            sendBack = button;
    }
    REQUIRE(sendBack);
    walk.look(QStringLiteral("a submitted PK, for its reviewer"), &window);
    walk.lookAtDialogs(QStringLiteral("send back"), [sendBack] { sendBack->click(); });
    REQUIRE(workflow->state() == QLatin1String("diajukan"));

    dropSessions(url, QUrl(reviewer).userName());
    workflow->move(QStringLiteral("draft"), {});
    walk.look(QStringLiteral("connection lost"), &window);

    const QStringList leaks
        = LanguageLeaks::find(walk.shown(),
                              language,
                              window.document()->cascade(),
                              {withPassword.userName(), QUrl(reviewer).userName(), opd.code});
    UiLanguage::apply(Language::English);
    return leaks;
}

} // namespace

TEST_CASE("The server's prompts, workflow and history show no English in the Indonesian window",
          "[server][gui][language]")
{
    const QStringList leaks = serverLeaksOf(Language::Indonesian);
    INFO(leaks.join(u'\n').toStdString());
    CHECK(leaks.size() == 0);
}

TEST_CASE("The server's prompts, workflow and history show no Indonesian in the English window",
          "[server][gui][language]")
{
    const QStringList leaks = serverLeaksOf(Language::English);
    INFO(leaks.join(u'\n').toStdString());
    CHECK(leaks.size() == 0);
}
