#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // Widget tests need a QApplication; offscreen keeps them off any real display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Recent files and the reviewer's name go to QSettings: keep the user's own out of reach.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    // Recovery copies go to the app-data folder: the user's own must not be offered or removed.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tepat-tests"));
    return Catch::Session().run(argc, argv);
}
