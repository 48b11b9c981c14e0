#include "store/RecoveryStore.h"

#include "store/RecoverySlot.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"
#include "support/RecoveryOrphan.h"
#include "support/SmallCascade.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

TEST_CASE("A recovery slot holds its copy while it lives and deletes it when it goes",
          "[RecoveryStore]")
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    const QString workspace = dir.filePath(QStringLiteral("pk.tepat"));
    const Cascade cascade = SmallCascade::everyKind();
    {
        Result<std::unique_ptr<RecoverySlot>> slot
            = RecoverySlot::claim(store, RecoveryStore::keyFor(workspace), workspace);
        REQUIRE(slot);
        const Result<QDateTime> savedAt = (*slot)->write(cascade);
        REQUIRE(savedAt);
        CHECK(qAbs(savedAt->secsTo(QDateTime::currentDateTimeUtc())) < 5);
        // Held by this running Tepat: not an orphan, and not removable by anyone else.
        CHECK(store.orphans().isEmpty());
        const RecoveryEntry entry {(*slot)->key(), workspace, cascade.pemda().name, *savedAt};
        store.remove(entry);
        REQUIRE(QFileInfo::exists(store.copyPath((*slot)->key())));
        Result<Cascade> copy = store.load(entry);
        REQUIRE(copy);
        CHECK(copy->indicator(42)->text == cascade.indicator(42)->text);
        CHECK(copy->opds().size() == cascade.opds().size());
        // Another claim of the same key fails while this one lives.
        Result<std::unique_ptr<RecoverySlot>> second
            = RecoverySlot::claim(store, (*slot)->key(), workspace);
        REQUIRE_FALSE(second);
        CHECK(second.error().code == Error::Code::Locked);
    }
    CHECK(QDir(store.folder()).entryList(QDir::Files).isEmpty());
    CHECK(store.orphans().isEmpty());
}

TEST_CASE("Copies nobody holds are offered newest first, found by file, and removed on discard",
          "[RecoveryStore]")
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    const QString first = dir.filePath(QStringLiteral("a.tepat"));
    const QString second = dir.filePath(QStringLiteral("b.tepat"));
    const Cascade cascade = SmallCascade::everyKind();
    const QDateTime earlier = QDateTime(QDate(2026, 12, 3), QTime(9, 15), Qt::UTC);
    const RecoveryEntry old = RecoveryOrphan::leave(store, first, cascade, earlier);
    const RecoveryEntry recent
        = RecoveryOrphan::leave(store, second, cascade, earlier.addSecs(3600));
    const RecoveryEntry untitled
        = RecoveryOrphan::leave(store, QString(), cascade, earlier.addSecs(60));

    CHECK(store.orphans() == QList<RecoveryEntry> {recent, untitled, old});
    REQUIRE(store.orphanFor(first));
    CHECK(*store.orphanFor(first) == old);
    CHECK_FALSE(store.orphanFor(dir.filePath(QStringLiteral("c.tepat"))));

    store.remove(old);
    CHECK_FALSE(QFileInfo::exists(store.copyPath(old.key)));
    CHECK_FALSE(QFileInfo::exists(store.infoPath(old.key)));
    CHECK(store.orphans() == QList<RecoveryEntry> {recent, untitled});

    // A Tepat that opens the second file takes its orphan over: it is not offered any more.
    Result<std::unique_ptr<RecoverySlot>> slot = RecoverySlot::claim(store, recent.key, second);
    REQUIRE(slot);
    CHECK(store.orphans() == QList<RecoveryEntry> {untitled});
}

TEST_CASE("Each file has its own recovery key, whatever path names it", "[RecoveryStore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pk.tepat"));
    CHECK(RecoveryStore::keyFor(path)
          == RecoveryStore::keyFor(dir.filePath(QStringLiteral("sub/../pk.tepat"))));
    CHECK(RecoveryStore::keyFor(path)
          != RecoveryStore::keyFor(dir.filePath(QStringLiteral("pk2.tepat"))));
    CHECK(RecoveryStore::uniqueKey(QStringLiteral("new"))
          != RecoveryStore::uniqueKey(QStringLiteral("new")));
    CHECK(RecoveryStore::defaultFolder().endsWith(QStringLiteral("/recovery")));
}
