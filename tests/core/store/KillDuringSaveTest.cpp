#include "SyntheticCascade.h"
#include "store/WorkspaceFile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <csignal>

using namespace Tepat;

TEST_CASE(
    "A kill -9 at any instant of a save leaves the complete old or the complete new workspace",
    "[WorkspaceFile][slow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.tepat"));
    const Cascade first = SyntheticCascade::generate(1000, 1);
    const Cascade second = SyntheticCascade::generate(1000, 2);
    // Kills are spread over about three saves, whatever the build (sanitizers slow saving down).
    QElapsedTimer timer;
    timer.start();
    REQUIRE(WorkspaceFile::save(first, path));
    const int saveMs = std::max(5, int(timer.elapsed()));

    QRandomGenerator random(20261125);
    int sawFirst = 0;
    int sawSecond = 0;
    constexpr int kills = 40;
    for (int attempt = 0; attempt < kills; ++attempt) {
        QProcess saver;
        saver.start(QStringLiteral(TEPAT_SAVE_LOOP), {path});
        REQUIRE(saver.waitForStarted());
        REQUIRE(saver.waitForReadyRead(30000));
        // Spread the kills over several saves, so they land in every phase of one.
        QThread::msleep(random.bounded(1, 3 * saveMs));
        ::kill(pid_t(saver.processId()), SIGKILL);
        REQUIRE(saver.waitForFinished());
        CHECK(saver.exitStatus() == QProcess::CrashExit);

        const Result<Cascade> loaded = WorkspaceFile::load(path);
        INFO("kill " << attempt);
        REQUIRE(loaded);
        const bool isFirst = *loaded == first;
        const bool isSecond = *loaded == second;
        REQUIRE((isFirst || isSecond));
        sawFirst += isFirst;
        sawSecond += isSecond;
    }
    // Both states seen: the kills did land while saves were replacing the file.
    CHECK(sawFirst > 0);
    CHECK(sawSecond > 0);
}
