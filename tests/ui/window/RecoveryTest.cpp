#include "common/UiLanguage.h"
#include "document/Autosave.h"
#include "document/WorkspaceDocument.h"
#include "editors/IndicatorEditor.h"
#include "store/RecoveryStore.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"
#include "support/RecoveryOrphan.h"
#include "support/TestFiles.h"
#include "support/UiTestSupport.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"
#include "window/RecoveryActions.h"
#include "window/WorkspaceFileActions.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

const QString typed = QStringLiteral("Persentase balita gizi buruk yang ditangani tuntas");

void typeIntoIndicator(MainWindow &window, qint64 id, const QString &text)
{
    REQUIRE(window.selectObject(id));
    QLineEdit *edit = window.editorArea()->indicatorEditor()->textEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QStringList recoveryFiles()
{
    return QDir(RecoveryStore::defaultFolder()).entryList(QDir::Files);
}

} // namespace

TEST_CASE("Discard on quit after autosave ran leaves the workspace file byte-identical",
          "[Recovery]")
{
    RecoveryOrphan::clearAll();
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    const QByteArray before = TestFiles::fileHash(path);
    MainWindow window;
    int asked = 0;
    window.fileActions()->setUnsavedChangesPrompt([&](QWidget *) {
        ++asked;
        return QMessageBox::Discard;
    });
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(path));
    Autosave *autosave = window.document()->autosave();
    autosave->setInterval(20);
    QSignalSpy written(autosave, &Autosave::written);
    typeIntoIndicator(window, UiTestSupport::pickPk(window.document()->cascade()).first, typed);
    // Well past the interval: several timeouts, one copy of one change.
    QTest::qWait(200);
    CHECK(written.count() == 1);
    CHECK(window.isWindowModified()); // the * stays until Save
    CHECK(TestFiles::fileHash(path) == before);
    CHECK_FALSE(recoveryFiles().isEmpty());

    REQUIRE(window.close());
    CHECK(asked == 1);
    CHECK(TestFiles::fileHash(path) == before);
    CHECK(recoveryFiles().isEmpty());
    CHECK(RecoveryStore().orphans().isEmpty());
}

TEST_CASE("Nothing is autosaved while the question about unsaved changes is open", "[Recovery]")
{
    RecoveryOrphan::clearAll();
    QTemporaryDir dir;
    const QString path = UiTestSupport::copySample(dir);
    const QByteArray before = TestFiles::fileHash(path);
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(path));
    Autosave *autosave = window.document()->autosave();
    autosave->setInterval(20);
    QSignalSpy written(autosave, &Autosave::written);
    QStringList filesWhileAsked {QStringLiteral("not asked")};
    window.fileActions()->setUnsavedChangesPrompt([&](QWidget *) {
        // A user who hesitates for many autosave intervals.
        QTest::qWait(200);
        filesWhileAsked = recoveryFiles();
        return QMessageBox::Discard;
    });
    typeIntoIndicator(window, UiTestSupport::pickPk(window.document()->cascade()).first, typed);
    REQUIRE(window.close());
    CHECK(filesWhileAsked.isEmpty());
    CHECK(written.isEmpty());
    CHECK(TestFiles::fileHash(path) == before);
    CHECK(recoveryFiles().isEmpty());
}

TEST_CASE("Work left by a crash is offered: Discard deletes it, Later keeps it for next time",
          "[Recovery]")
{
    RecoveryOrphan::clearAll();
    QTemporaryDir dir;
    const QString path = QFileInfo(UiTestSupport::copySample(dir)).absoluteFilePath();
    Result<Cascade> cascade = WorkspaceFile::load(path);
    REQUIRE(cascade);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RecoveryEntry ofFile
        = RecoveryOrphan::leave(RecoveryStore(), path, *cascade, now.addSecs(-5 * 60));
    const RecoveryEntry untitled
        = RecoveryOrphan::leave(RecoveryStore(), QString(), *cascade, now.addSecs(-20 * 60));

    MainWindow window;
    QList<RecoveryEntry> asked;
    window.recoveryActions()->setPrompt([&](QWidget *, const RecoveryEntry &entry) {
        asked.append(entry);
        return entry == ofFile ? RecoveryDialog::Choice::Later : RecoveryDialog::Choice::Discard;
    });
    REQUIRE(window.openWorkspace(path));
    CHECK_FALSE(window.recoveryActions()->offerAll());
    CHECK(asked == QList<RecoveryEntry> {ofFile, untitled}); // newest first
    CHECK(RecoveryStore().orphans() == QList<RecoveryEntry> {ofFile});
    CHECK_FALSE(window.document()->isModified());
    // Put off: not asked again in this session, offered again at the next start.
    CHECK_FALSE(window.recoveryActions()->offerFor(path));
    CHECK(asked.size() == 2);
    MainWindow nextStart;
    nextStart.recoveryActions()->setPrompt([&](QWidget *, const RecoveryEntry &entry) {
        asked.append(entry);
        return RecoveryDialog::Choice::Discard;
    });
    CHECK_FALSE(nextStart.recoveryActions()->offerFor(path));
    CHECK(asked.size() == 3);
    CHECK(RecoveryStore().orphans().isEmpty());
    CHECK(recoveryFiles().isEmpty());
}

TEST_CASE("The question names the time, the file, and what Restore does", "[Recovery]")
{
    const QLocale system;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(system); });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pk-2026.tepat"));
    RecoveryEntry entry {QStringLiteral("k"),
                         path,
                         QStringLiteral("Kabupaten Deli Serdang"),
                         QDateTime(QDate(2026, 12, 3), QTime(17, 42), Qt::LocalTime).toUTC()};
    CHECK(RecoveryDialog::headline(entry)
          == QStringLiteral("Unsaved work from 3 December 2026, 17:42 was found."));
    CHECK(RecoveryDialog::details(entry).contains(QStringLiteral("no longer exists")));
    CHECK(RecoveryDialog::details(entry).contains(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    CHECK(RecoveryDialog::details(entry).contains(QStringLiteral("as unsaved changes")));
    entry.workspacePath.clear();
    CHECK(RecoveryDialog::details(entry).contains(QStringLiteral("Kabupaten Deli Serdang")));
}

TEST_CASE("The question speaks Indonesian in the Indonesian window, and closing it keeps the work",
          "[Recovery]")
{
    REQUIRE(UiLanguage::apply(Language::Indonesian));
    const auto english = qScopeGuard([] { UiLanguage::apply(Language::English); });
    MainWindow window;
    window.resize(1366, 768);
    UiTestSupport::showActive(&window);
    const RecoveryEntry entry {QStringLiteral("k"),
                               QStringLiteral("/home/perencana/PK 2026/dinkes.tepat"),
                               QStringLiteral("Kabupaten Deli Serdang"),
                               QDateTime(QDate(2026, 12, 3), QTime(17, 42), Qt::LocalTime).toUTC()};
    QStringList texts;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        texts << box->windowTitle() << box->text() << box->informativeText();
        for (QAbstractButton *button : box->buttons())
            texts << button->text();
        box->grab().save(QStringLiteral(TEPAT_BINARY_DIR "/tests/recovery-dialog-id.png"));
        QTest::keyClick(box, Qt::Key_Escape);
    });
    CHECK(RecoveryDialog::ask(&window, entry) == RecoveryDialog::Choice::Later);
    REQUIRE(texts.size() == 6);
    CHECK(texts[0] == QStringLiteral("Ditemukan pekerjaan yang belum disimpan"));
    CHECK(texts[1]
          == QStringLiteral(
              "Ditemukan pekerjaan yang belum disimpan dari 3 Desember 2026, pukul 17.42."));
    CHECK(texts[2].contains(QStringLiteral("yang sudah tidak ada")));
    CHECK(texts.mid(3).contains(QStringLiteral("&Pulihkan")));
    CHECK(texts.mid(3).contains(QStringLiteral("&Buang")));
    CHECK(texts.mid(3).contains(QStringLiteral("Putuskan &nanti")));
}

TEST_CASE("After kill -9 the next start offers the work and restores it exactly, unsaved",
          "[Recovery]")
{
    RecoveryOrphan::clearAll();
    QTemporaryDir dir;
    const QString path = QFileInfo(UiTestSupport::copySample(dir)).absoluteFilePath();
    const QByteArray before = TestFiles::fileHash(path);
    Result<Cascade> original = WorkspaceFile::load(path);
    REQUIRE(original);
    const qint64 id = UiTestSupport::pickPk(*original).first;

    // A user's session in a real window process, with its own home and data folders.
    QTemporaryDir home;
    const QString data = QDir(home.path()).filePath(QStringLiteral("data"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       QDir(home.path()).filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess session;
    session.setProcessEnvironment(environment);
    session.start(QStringLiteral(TEPAT_AUTOSAVE_CHILD),
                  {QCoreApplication::organizationName(),
                   QCoreApplication::applicationName(),
                   path,
                   QString::number(id),
                   typed});
    REQUIRE(session.waitForStarted());
    REQUIRE(session.waitForReadyRead(30'000));
    const QString copy = QString::fromLocal8Bit(session.readLine()).trimmed();
    CHECK(copy.startsWith(data));
    session.kill(); // SIGKILL: no destructor, no Discard, no Save
    REQUIRE(session.waitForFinished());
    CHECK(session.exitStatus() == QProcess::CrashExit);
    CHECK(TestFiles::fileHash(path) == before);
    Result<Cascade> kept = WorkspaceFile::load(copy);
    REQUIRE(kept);
    CHECK(kept->indicator(id)->text == typed);

    // The next start, as the same user.
    const QByteArray ownData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", data.toLocal8Bit());
    const auto restoreData = qScopeGuard([&] { qputenv("XDG_DATA_HOME", ownData); });
    MainWindow window;
    QList<RecoveryEntry> asked;
    window.recoveryActions()->setPrompt([&](QWidget *, const RecoveryEntry &entry) {
        asked.append(entry);
        return RecoveryDialog::Choice::Restore;
    });
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(path)); // main() opens the last workspace first
    CHECK(window.recoveryActions()->offerAll());
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().workspacePath == path);
    CHECK(qAbs(asked.first().savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    WorkspaceDocument *document = window.document();
    REQUIRE(document);
    CHECK(document->path() == path);
    CHECK(document->cascade().indicator(id)->text == typed);
    CHECK(*document->cascade().indicator(id) == *kept->indicator(id));
    CHECK(document->cascade().indicatorCount() == original->indicatorCount());
    CHECK(document->isModified());
    CHECK(window.isWindowModified()); // the title shows *
    CHECK(window.windowTitle().contains(QStringLiteral("[*]")));
    CHECK(TestFiles::fileHash(path) == before);
    CHECK(RecoveryStore().orphans().isEmpty()); // this window writes it now
    window.grab().save(QStringLiteral(TEPAT_BINARY_DIR "/tests/recovery-restored.png"));

    // Saved now: the file holds the work, and the copy is gone.
    REQUIRE(window.fileActions()->save());
    Result<Cascade> saved = WorkspaceFile::load(path);
    REQUIRE(saved);
    CHECK(saved->indicator(id)->text == typed);
    CHECK(recoveryFiles().isEmpty());
}
