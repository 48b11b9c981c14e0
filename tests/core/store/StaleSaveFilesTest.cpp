#include "SyntheticCascade.h"
#include "document/WorkspaceDocument.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

void writeFile(const QString &path, const QByteArray &bytes, const QDateTime &modified)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    // Written out first: closing would otherwise write it, and stamp the file with now.
    REQUIRE(file.flush());
    REQUIRE(file.setFileTime(modified, QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("Opening a workspace for editing removes the temporary files of its interrupted saves, "
          "and nothing else",
          "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(50), path));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray database = saved.readAll();
    saved.close();
    const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);

    // What saves killed half-way leave: hidden copies being written, named as Tepat names them.
    writeFile(
        dir.filePath(QStringLiteral(".work.tepat.a1B2c3.saving")), database.left(4096), hourAgo);
    writeFile(dir.filePath(QStringLiteral(".work.tepat.Zz9Yy8.saving")), QByteArray(), hourAgo);
    // However young: the save that wrote it a moment ago was killed, or it would hold the lock.
    writeFile(dir.filePath(QStringLiteral(".work.tepat.Q1w2E3.saving")),
              database.left(4096),
              QDateTime::currentDateTime());
    // Not ours: another workspace's, a user's own hidden files.
    const QStringList kept {QStringLiteral(".catatan.txt"),
                            QStringLiteral(".lain.tepat.a1B2c3.saving"),
                            QStringLiteral(".work.tepat.backup"),
                            QStringLiteral("work.tepat")};
    writeFile(dir.filePath(kept[0]), "rahasia", hourAgo);
    writeFile(dir.filePath(kept[1]), database.left(4096), hourAgo);
    writeFile(dir.filePath(kept[2]), "rahasia", hourAgo);

    const auto document = WorkspaceDocument::open(path);
    REQUIRE(document);
    REQUIRE_FALSE((*document)->isReadOnly());
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    left.removeAll(QStringLiteral(".work.tepat.lock"));
    left.sort();
    QStringList expected = kept;
    expected.sort();
    CHECK(left == expected);
}
