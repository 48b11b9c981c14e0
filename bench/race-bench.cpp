// tepat-bench-race: crashes and races against the workspace file, with the counts that must be
// zero. Not a CTest test: a round takes seconds and the figures belong in a report.
//
//   tepat-bench-race kill ROUNDS           a saving process killed with SIGKILL at a random
//                                          instant, ROUNDS times; prints damaged files (0), files
//                                          holding neither state (0), and the stray files left by
//                                          the kills and after the next open (0)
//   tepat-bench-race writers ROUNDS CLI    two `CLI import-json` writing one workspace at once;
//                                          prints damaged files (0), rounds where both said they
//                                          wrote (0: a lost write nobody reported) and writes
//                                          refused with an error (the lost writes, all reported)
//   tepat-bench-race window ROUNDS CLI     a workspace open for editing (WorkspaceDocument, as the
//                                          window holds it) while `CLI import-json` writes it and
//                                          while a program that ignores the lock writes it, then
//                                          the window saves; prints outside writes the window's
//                                          save undid (0)
//   tepat-bench-race save-loop FILE        the process the kill rounds kill
#include "SyntheticCascade.h"
#include "document/WorkspaceDocument.h"
#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <csignal>

using namespace Tepat;

namespace {

QTextStream out(stdout);

// Files in the folder other than the workspace and its lock.
int strayFiles(const QString &folder, const QString &workspace)
{
    const QString name = QFileInfo(workspace).fileName();
    int stray = 0;
    for (const QString &entry : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        if (entry != name && entry != QStringLiteral(".%1.lock").arg(name))
            ++stray;
    }
    return stray;
}

int saveLoop(const QString &path)
{
    auto lock = WorkspaceLock::acquire(path);
    if (!lock)
        return 2;
    const Cascade states[2]
        = {SyntheticCascade::generate(2000, 2), SyntheticCascade::generate(2000, 1)};
    out << "ready" << Qt::endl;
    for (int round = 0;; ++round) {
        if (!WorkspaceFile::save(states[round % 2], path))
            return 2;
    }
}

int kill(int rounds)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.tepat"));
    const Cascade first = SyntheticCascade::generate(2000, 1);
    const Cascade second = SyntheticCascade::generate(2000, 2);
    QElapsedTimer timer;
    timer.start();
    WorkspaceFile::save(first, path);
    const int saveMs = std::max(5, int(timer.elapsed()));
    QRandomGenerator random(16);
    int damaged = 0;
    int neither = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("save-loop"), path});
        child.waitForReadyRead(60000);
        QThread::msleep(random.bounded(quint32(3 * saveMs)));
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        const Result<Cascade> loaded = WorkspaceFile::load(path);
        if (!loaded)
            ++damaged;
        else if (*loaded != first && *loaded != second)
            ++neither;
    }
    const int strayAfterKills = strayFiles(dir.path(), path);
    const auto opened = WorkspaceDocument::open(path);
    const int strayAfterOpen = strayFiles(dir.path(), path);
    out << QStringLiteral("kill: %1 rounds of SIGKILL during a save of 2000 indicators (%2 ms): "
                          "damaged %3, neither state %4, stray files after the kills %5, after "
                          "the next open %6")
               .arg(rounds)
               .arg(saveMs)
               .arg(damaged)
               .arg(neither)
               .arg(strayAfterKills)
               .arg(opened ? strayAfterOpen : -1)
        << Qt::endl;
    return damaged + neither + (opened ? strayAfterOpen : 1) == 0 ? 0 : 1;
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const Cascade &cascade)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(CascadeJson::write(cascade));
    return path;
}

int writers(int rounds, const QString &cli)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("raced.tepat"));
    const Cascade a = SyntheticCascade::generate(20000, 1);
    const Cascade b = SyntheticCascade::generate(20000, 2);
    const QString jsonA = writeJson(dir, QStringLiteral("a.json"), a);
    const QString jsonB = writeJson(dir, QStringLiteral("b.json"), b);
    int damaged = 0;
    int bothWrote = 0;
    int reported = 0;
    int otherFailures = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess first;
        QProcess second;
        first.start(cli, {QStringLiteral("import-json"), jsonA, QStringLiteral("--out"), path});
        second.start(cli, {QStringLiteral("import-json"), jsonB, QStringLiteral("--out"), path});
        first.waitForFinished(600000);
        second.waitForFinished(600000);
        const int exitA = first.exitCode();
        const int exitB = second.exitCode();
        const Result<Cascade> result = WorkspaceFile::load(path);
        if (!result) {
            ++damaged;
            continue;
        }
        const bool holdsA = *result == a;
        const bool holdsB = *result == b;
        if (exitA == 0 && exitB == 0)
            ++bothWrote;
        else if ((exitA == 0 && holdsA && exitB == 2) || (exitB == 0 && holdsB && exitA == 2))
            ++reported;
        else
            ++otherFailures;
    }
    out << QStringLiteral("writers: %1 rounds of two import-json of 20000 indicators at once: "
                          "damaged %2, both reported success (a write lost silently) %3, one "
                          "refused with an error naming the holder %4, other outcomes %5, stray "
                          "files %6")
               .arg(rounds)
               .arg(damaged)
               .arg(bothWrote)
               .arg(reported)
               .arg(otherFailures)
               .arg(strayFiles(dir.path(), path) - 2) // the two JSON files
        << Qt::endl;
    return damaged + bothWrote + otherFailures == 0 ? 0 : 1;
}

int window(int rounds, const QString &cli)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.tepat"));
    const Cascade original = SyntheticCascade::generate(2000, 1);
    const Cascade outside = SyntheticCascade::generate(2000, 2);
    const QString json = writeJson(dir, QStringLiteral("outside.json"), outside);
    int cliRefused = 0;
    int cliWrote = 0;
    int undone = 0;
    int conflicts = 0;
    for (int round = 0; round < rounds; ++round) {
        WorkspaceFile::save(original, path);
        auto opened = WorkspaceDocument::open(path);
        if (!opened)
            return 2;
        WorkspaceDocument &document = **opened;
        Cascade edited = original;
        Pemda pemda = edited.pemda();
        pemda.name += QStringLiteral(" (diedit)");
        document.setPemdaAndPeriode(pemda, edited.periode());

        QProcess writer;
        writer.start(cli, {QStringLiteral("import-json"), json, QStringLiteral("--out"), path});
        writer.waitForFinished(600000);
        writer.exitCode() == 2 ? ++cliRefused : ++cliWrote;
        // A program that knows nothing of the lock.
        WorkspaceFile::save(outside, path);
        const Result<void> saved = document.save();
        if (!saved && saved.error().code == Error::Code::Conflict)
            ++conflicts;
        const Result<Cascade> onDisk = WorkspaceFile::load(path);
        if (!onDisk || *onDisk != outside)
            ++undone;
    }
    out << QStringLiteral("window: %1 rounds of a workspace open for editing: import-json refused "
                          "%2, wrote %3; outside writes the window's save undid %4, saves "
                          "refused as a conflict %5")
               .arg(rounds)
               .arg(cliRefused)
               .arg(cliWrote)
               .arg(undone)
               .arg(conflicts)
        << Qt::endl;
    return cliWrote + undone == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString mode = arguments.value(1);
    const int rounds = arguments.value(2).toInt();
    if (mode == QLatin1String("save-loop"))
        return saveLoop(arguments.value(2));
    if (mode == QLatin1String("kill") && rounds > 0)
        return kill(rounds);
    if (mode == QLatin1String("writers") && rounds > 0 && arguments.size() == 4)
        return writers(rounds, arguments[3]);
    if (mode == QLatin1String("window") && rounds > 0 && arguments.size() == 4)
        return window(rounds, arguments[3]);
    QTextStream(stderr) << "usage: tepat-bench-race kill ROUNDS | writers ROUNDS CLI | window "
                           "ROUNDS CLI"
                        << Qt::endl;
    return 2;
}
