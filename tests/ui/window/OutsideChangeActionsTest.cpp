#include "window/OutsideChangeActions.h"

#include "SyntheticCascade.h"
#include "document/WorkspaceDocument.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceLock.h"
#include "support/DocumentEdits.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"
#include "window/MainWindow.h"
#include "window/WorkspaceFileActions.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Tepat;
using DocumentEdits::editFirstIndicator;
using DocumentEdits::firstIndicator;

namespace {

using Choice = OutsideChangeActions::Choice;
using LockChoice = WorkspaceFileActions::ForeignLockChoice;

// A window showing a workspace of its own, edited, whose file another program then replaces.
struct Scene
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bersama.tepat"));
    MainWindow window;
    int asked = 0;
    bool unsavedWhenAsked = false;

    explicit Scene(Choice answer)
    {
        REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50, 1), path));
        window.outsideChangeActions()->setPrompt(
            [this, answer](QWidget *, const QString &shown, bool unsaved) {
                CHECK(shown == path);
                ++this->asked;
                unsavedWhenAsked = unsaved;
                return answer;
            });
        REQUIRE(window.openWorkspace(path));
        editFirstIndicator(*window.document(), QStringLiteral("Diketik di jendela"));
    }

    Cascade writeOutside()
    {
        const Cascade outside = SyntheticCascade::generate(50, 2);
        REQUIRE(WorkspaceFile::save(outside, path));
        REQUIRE(QTest::qWaitFor([this] { return asked > 0; }, 10'000));
        return outside;
    }
};

} // namespace

TEST_CASE("Another program's write to the open workspace is asked about, and Reload shows it",
          "[OutsideChangeActions]")
{
    Scene scene(Choice::Reload);
    const Cascade outside = scene.writeOutside();
    CHECK(scene.asked == 1);
    CHECK(scene.unsavedWhenAsked);
    REQUIRE(QTest::qWaitFor([&] { return scene.window.document() != nullptr; }, 5000));
    CHECK(scene.window.document()->cascade() == outside);
    CHECK_FALSE(scene.window.document()->isModified());
    CHECK_FALSE(scene.window.document()->isReadOnly());
    // The reloaded workspace saves again: its lock and its stamp are the new file's.
    editFirstIndicator(*scene.window.document(), QStringLiteral("Setelah dimuat ulang"));
    REQUIRE(scene.window.fileActions()->save());
}

TEST_CASE("Keep editing leaves the window's work and the other program's file as they are",
          "[OutsideChangeActions]")
{
    Scene scene(Choice::KeepEditing);
    scene.writeOutside();
    const QByteArray theirs = TestFiles::fileHash(scene.path);
    WorkspaceDocument *document = scene.window.document();
    REQUIRE(document);
    CHECK(document->isModified());
    CHECK(document->cascade().indicator(firstIndicator(document->cascade()))->text
          == QStringLiteral("Diketik di jendela"));
    const Result<void> saved = scene.window.fileActions()->save();
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == Error::Code::Conflict);
    CHECK(TestFiles::fileHash(scene.path) == theirs);
    // Asked once for one outside write, not at every look at the file.
    QTest::qWait(300);
    CHECK(scene.asked == 1);
}

TEST_CASE("A workspace locked on another computer opens read-only or is taken over, as the user "
          "chooses",
          "[WorkspaceFileActions][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tertinggal.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50, 1), path));
    TestFiles::writeForeignLock(path);
    const auto windowAnswering = [](LockChoice answer, QString *message) {
        auto window = std::make_unique<MainWindow>();
        window->fileActions()->setForeignLockPrompt(
            [answer, message](QWidget *, const QString &text) {
                *message = text;
                return answer;
            });
        return window;
    };

    QString message;
    auto cancelled = windowAnswering(LockChoice::Cancel, &message);
    const Result<void> notOpened = cancelled->openWorkspace(path);
    REQUIRE_FALSE(notOpened);
    CHECK(notOpened.error().code == Error::Code::Cancelled);
    CHECK(message.contains(QStringLiteral("laptop-bappeda")));
    CHECK_FALSE(cancelled->document());

    auto readOnly = windowAnswering(LockChoice::ReadOnly, &message);
    REQUIRE(readOnly->openWorkspace(path));
    CHECK(readOnly->document()->isReadOnly());
    CHECK(WorkspaceLock::holder(path)->host == QStringLiteral("laptop-bappeda"));

    auto takenOver = windowAnswering(LockChoice::TakeOver, &message);
    REQUIRE(takenOver->openWorkspace(path));
    CHECK_FALSE(takenOver->document()->isReadOnly());
    CHECK(WorkspaceLock::holder(path)->pid == QCoreApplication::applicationPid());
}
