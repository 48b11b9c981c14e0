#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // Widget tests need a QApplication; offscreen keeps them off any real display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
