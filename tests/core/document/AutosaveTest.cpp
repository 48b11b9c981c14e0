#include "document/Autosave.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/EditIndicatorCommand.h"
#include "store/RecoveryStore.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"
#include "support/RecoveryOrphan.h"
#include "support/TestFiles.h"
#include "support/UiTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

const QString typed = QStringLiteral("Persentase balita gizi buruk yang ditangani");

std::unique_ptr<WorkspaceDocument> openCopy(const QTemporaryDir &dir)
{
    RecoveryOrphan::clearAll();
    Result<std::unique_ptr<WorkspaceDocument>> document
        = WorkspaceDocument::open(UiTestSupport::copySample(dir));
    REQUIRE(document);
    return std::move(*document);
}

qint64 editText(WorkspaceDocument &document, const QString &text)
{
    const qint64 id = UiTestSupport::pickPk(document.cascade()).first;
    Indicator after = *document.cascade().indicator(id);
    after.text = text;
    document.undoStack()->push(new EditIndicatorCommand(&document, after, QStringLiteral("text")));
    return id;
}

} // namespace

TEST_CASE("Autosave keeps unsaved changes in a recovery copy and never writes the file",
          "[Autosave]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const QByteArray before = TestFiles::fileHash(document->path());
    Autosave *autosave = document->autosave();
    CHECK_FALSE(autosave->writeNow()); // nothing changed
    const qint64 id = editText(*document, typed);
    QSignalSpy written(autosave, &Autosave::written);
    REQUIRE(autosave->writeNow());
    CHECK(written.count() == 1);
    CHECK_FALSE(autosave->writeNow()); // nothing new since
    CHECK(TestFiles::fileHash(document->path()) == before);
    CHECK(document->isModified());
    // Beside the user's data, not beside the workspace.
    CHECK(QFileInfo(autosave->copyPath()).absolutePath() == RecoveryStore::defaultFolder());
    Result<Cascade> copy = WorkspaceFile::load(autosave->copyPath());
    REQUIRE(copy);
    CHECK(copy->indicator(id)->text == typed);
    // This running Tepat holds it: no one is offered it.
    CHECK(RecoveryStore().orphans().isEmpty());
}

TEST_CASE("The autosave timer writes after its interval, never while paused", "[Autosave]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    Autosave *autosave = document->autosave();
    CHECK(autosave->interval() == 30'000);
    autosave->setInterval(20);
    QSignalSpy written(autosave, &Autosave::written);
    editText(*document, typed);
    autosave->pause();
    QTest::qWait(150);
    CHECK(written.isEmpty());
    CHECK(autosave->copyPath().isEmpty());
    autosave->resume();
    CHECK(QTest::qWaitFor([&] { return written.count() == 1; }, 2000));
    autosave->setInterval(0);
    CHECK(autosave->interval() == 0);
}

TEST_CASE("The recovery copy goes when the work is saved, undone or the workspace closes",
          "[Autosave]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    Autosave *autosave = document->autosave();
    const QString path = document->path();
    const QDir folder(RecoveryStore::defaultFolder());

    editText(*document, typed);
    REQUIRE(autosave->writeNow());
    REQUIRE(QFileInfo::exists(autosave->copyPath()));
    document->undoStack()->undo(); // back to the file
    CHECK(folder.entryList(QDir::Files).isEmpty());

    document->undoStack()->redo();
    REQUIRE(autosave->writeNow());
    REQUIRE(document->save());
    CHECK(folder.entryList(QDir::Files).isEmpty());
    Result<Cascade> saved = WorkspaceFile::load(path);
    REQUIRE(saved);

    editText(*document, QStringLiteral("Angka prevalensi stunting"));
    REQUIRE(autosave->writeNow());
    document.reset(); // closed after the user chose Discard
    CHECK(folder.entryList(QDir::Files).isEmpty());
}

TEST_CASE("Restored work shows as unsaved changes of its file, which stays as it was", "[Autosave]")
{
    RecoveryOrphan::clearAll();
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    const QByteArray before = TestFiles::fileHash(path);
    Result<Cascade> cascade = WorkspaceFile::load(path);
    REQUIRE(cascade);
    const qint64 id = UiTestSupport::pickPk(*cascade).first;
    Indicator edited = *cascade->indicator(id);
    edited.text = typed;
    REQUIRE(cascade->updateIndicator(edited));
    const RecoveryEntry entry
        = RecoveryOrphan::leave(RecoveryStore(), QFileInfo(path).absoluteFilePath(), *cascade);
    REQUIRE(RecoveryStore().orphans() == QList<RecoveryEntry> {entry});

    Result<std::unique_ptr<WorkspaceDocument>> restored = WorkspaceDocument::restore(entry);
    REQUIRE(restored);
    WorkspaceDocument &document = **restored;
    CHECK(document.path() == QFileInfo(path).absoluteFilePath());
    CHECK_FALSE(document.isReadOnly());
    CHECK(document.isModified());
    CHECK(document.cascade().indicator(id)->text == typed);
    CHECK(TestFiles::fileHash(path) == before);
    // Adopted: not offered again while this document is open.
    CHECK(RecoveryStore().orphans().isEmpty());
    CHECK(document.autosave()->copyPath() == RecoveryStore().copyPath(entry.key));

    REQUIRE(document.save());
    CHECK_FALSE(document.isModified());
    Result<Cascade> saved = WorkspaceFile::load(path);
    REQUIRE(saved);
    CHECK(saved->indicator(id)->text == typed);
    CHECK(QDir(RecoveryStore::defaultFolder()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("Work whose file is gone comes back as a workspace without a file", "[Autosave]")
{
    RecoveryOrphan::clearAll();
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    Result<Cascade> cascade = WorkspaceFile::load(path);
    REQUIRE(cascade);
    const RecoveryEntry entry
        = RecoveryOrphan::leave(RecoveryStore(), QFileInfo(path).absoluteFilePath(), *cascade);
    REQUIRE(QFile::remove(path));
    Result<std::unique_ptr<WorkspaceDocument>> restored = WorkspaceDocument::restore(entry);
    REQUIRE(restored);
    CHECK((*restored)->path().isEmpty());
    CHECK((*restored)->isModified());
    CHECK((*restored)->cascade().indicatorCount() == cascade->indicatorCount());
    CHECK_FALSE(QFileInfo::exists(path));
    restored->reset();
    CHECK(RecoveryStore().orphans().isEmpty());
}
