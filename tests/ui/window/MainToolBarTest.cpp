#include "window/MainToolBar.h"

#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBar>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// The mean lightness (0-255) of the icon's drawn pixels at 24 px.
int inkLightness(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(24, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    qint64 weight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            sum += qint64(colour.lightness()) * colour.alpha();
            weight += colour.alpha();
        }
    }
    REQUIRE(weight > 0); // something is drawn
    return int(sum / weight);
}

} // namespace

TEST_CASE("Toolbar icons are drawn in the palette's text colour, so a dark theme shows them",
          "[MainToolBar]")
{
    const QPalette original = QApplication::palette();
    QPalette light = original;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x77, 0x77));

    for (const char *name : {"document-new",
                             "document-open",
                             "document-save",
                             "edit-undo",
                             "edit-redo",
                             "list-add-indicator",
                             "edit-delete",
                             "view-review",
                             "go-next-finding"}) {
        INFO(name);
        const QIcon icon = MainToolBar::icon(QLatin1String(name));
        REQUIRE_FALSE(icon.isNull());
        QApplication::setPalette(light);
        CHECK(inkLightness(icon) < 60);
        QApplication::setPalette(dark);
        CHECK(inkLightness(icon) > 200);
        CHECK(inkLightness(icon, QIcon::Disabled) < 160); // a disabled action looks disabled
    }
    QApplication::setPalette(original);
}

TEST_CASE("The toolbar shows each action's shortcut and is toggled from the View menu",
          "[MainToolBar]")
{
    QSettings().remove(QStringLiteral("ui/toolbar"));
    {
        MainWindow window;
        UiTestSupport::showActive(&window);
        QToolBar *toolBar = window.findChild<QToolBar *>();
        QStringList tips;
        for (QAction *action : toolBar->actions()) {
            if (!action->isSeparator())
                tips.append(action->toolTip());
        }
        CHECK(tips.size() == 9);
        CHECK(tips.contains(QStringLiteral("Save (Ctrl+S)")));
        CHECK(tips.contains(QStringLiteral("Next finding (F8)")));
        QAction *toggle = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&View")) {
                for (QAction *action : menu->menu()->actions()) {
                    if (action->text() == QStringLiteral("&Toolbar"))
                        toggle = action;
                }
            }
        }
        REQUIRE(toggle);
        CHECK(toolBar->isVisible());
        toggle->trigger();
        CHECK_FALSE(toolBar->isVisible());
    }
    MainWindow again; // the choice is kept
    UiTestSupport::showActive(&again);
    CHECK_FALSE(again.findChild<QToolBar *>()->isVisible());
    QSettings().remove(QStringLiteral("ui/toolbar"));
}
