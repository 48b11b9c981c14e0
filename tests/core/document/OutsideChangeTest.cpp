#include "SyntheticCascade.h"
#include "document/Autosave.h"
#include "document/OutsideChangeWatcher.h"
#include "document/WorkspaceDocument.h"
#include "store/WorkspaceFile.h"
#include "support/DocumentEdits.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using DocumentEdits::editFirstIndicator;
using DocumentEdits::firstIndicator;

TEST_CASE("A save never overwrites what another program wrote to the file since it was opened",
          "[WorkspaceDocument][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bersama.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50, 1), path));
    auto opened = WorkspaceDocument::open(path);
    REQUIRE(opened);
    WorkspaceDocument &document = **opened;
    editFirstIndicator(document, QStringLiteral("Diketik di jendela"));

    // A colleague's script writes the file behind the window's back, ignoring the lock.
    const Cascade outside = SyntheticCascade::generate(50, 2);
    REQUIRE(WorkspaceFile::save(outside, path));
    const QByteArray theirs = TestFiles::fileHash(path);

    SECTION("Save")
    {
        const Result<void> saved = document.save();
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == Error::Code::Conflict);
        CHECK(saved.error().message.contains(path));
    }
    SECTION("Autosave, which writes the recovery copy only")
    {
        REQUIRE(document.autosave()->writeNow());
        CHECK(QFile::exists(document.autosave()->copyPath()));
    }
    CHECK(TestFiles::fileHash(path) == theirs);
    CHECK(document.isModified());
    CHECK(document.hasChangedOnDisk());

    // Save As keeps the window's work elsewhere, and the outside version stays.
    const QString copy = dir.filePath(QStringLiteral("salinan.tepat"));
    REQUIRE(document.saveAs(copy));
    CHECK(TestFiles::fileHash(path) == theirs);
    const Result<Cascade> kept = WorkspaceFile::load(copy);
    REQUIRE(kept);
    CHECK(kept->indicator(firstIndicator(*kept))->text == QStringLiteral("Diketik di jendela"));
}

TEST_CASE("Saving twice in a row is not mistaken for an outside change", "[WorkspaceDocument]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sendiri.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50, 1), path));
    auto opened = WorkspaceDocument::open(path);
    REQUIRE(opened);
    WorkspaceDocument &document = **opened;
    for (const QString &text : {QStringLiteral("Satu"), QStringLiteral("Dua")}) {
        editFirstIndicator(document, text);
        REQUIRE(document.save());
        CHECK_FALSE(document.hasChangedOnDisk());
    }
    editFirstIndicator(document, QStringLiteral("Tiga"));
    REQUIRE(document.save());
    CHECK_FALSE(document.hasChangedOnDisk());
    CHECK(WorkspaceFile::load(path)->indicator(firstIndicator(document.cascade()))->text
          == QStringLiteral("Tiga"));
}

TEST_CASE("The window is told once when another program writes its workspace, never for its own "
          "saves",
          "[WorkspaceDocument][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diawasi.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50, 1), path));
    auto opened = WorkspaceDocument::open(path);
    REQUIRE(opened);
    WorkspaceDocument &document = **opened;
    OutsideChangeWatcher watcher(&document);
    QSignalSpy changed(&watcher, &OutsideChangeWatcher::changed);

    // Its own save replaces the file by a rename too, and is no outside change.
    editFirstIndicator(document, QStringLiteral("Disimpan sendiri"));
    REQUIRE(document.save());
    CHECK_FALSE(changed.wait(500));

    // Another program replaces the file as Tepat does (a new file renamed over it), twice.
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50, 2), path));
    REQUIRE(changed.wait(5000));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50, 3), path));
    changed.wait(500);
    CHECK(changed.size() == 1);
    CHECK(document.hasChangedOnDisk());
}
