#include "support/UiTestSupport.h"

#include "support/TestFiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace Tepat::UiTestSupport {

namespace {

QStringList captured;

void capture(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        captured.append(message);
}

} // namespace

void showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    [[maybe_unused]] const bool active = QTest::qWaitForWindowActive(window);
}

QString copySample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("workspace.tepat"));
    QFile::copy(TestFiles::samplePath(), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

PkPick pickPk(const Cascade &cascade)
{
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.opdId == 0)
            continue;
        QList<qint64> indicators;
        for (qint64 sasaran : cascade.childItems(pk.id))
            indicators.append(cascade.indicatorsOf(sasaran));
        if (indicators.size() >= 2)
            return {pk.id, indicators[0], indicators[1]};
    }
    return {};
}

WarningCatcher::WarningCatcher()
    : m_previous(qInstallMessageHandler(capture))
{
    captured.clear();
}

WarningCatcher::~WarningCatcher()
{
    qInstallMessageHandler(m_previous);
}

QStringList WarningCatcher::warnings() const
{
    return captured;
}

} // namespace Tepat::UiTestSupport
