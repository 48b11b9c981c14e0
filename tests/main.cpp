#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // Widget tests need a QApplication; offscreen keeps them off any real display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Documents keep recovery copies in the app-data folder: never in the user's own.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
