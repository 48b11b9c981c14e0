#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/EditIndicatorCommand.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/CascadeTreeModel.h"
#include "window/LanguageSwitch.h"
#include "window/MainWindow.h"
#include "window/SettingsDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QMenu *recentMenu(MainWindow &window)
{
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("Open &Recent"))
            return menu;
    }
    return nullptr;
}

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

TEST_CASE("Settings chosen in the dialog are kept for the next start", "[SettingsDialog]")
{
    QSettings().clear();
    {
        SettingsDialog dialog;
        auto *language = dialog.findChild<QComboBox *>();
        auto *reviewer = dialog.findChild<QLineEdit *>();
        auto *scale = dialog.findChild<QDoubleSpinBox *>();
        REQUIRE(language);
        REQUIRE(reviewer);
        REQUIRE(scale);
        CHECK(language->currentData().toString() == QStringLiteral("id")); // the default
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        reviewer->setText(QStringLiteral("  Ibu Rina (Inspektorat)  "));
        scale->setValue(2.5);
        CHECK(dialog.apply()); // the language changed
    }
    QSettings().sync();
    CHECK(SettingsDialog::language() == Language::English);
    CHECK(SettingsDialog::reviewerName() == QStringLiteral("Ibu Rina (Inspektorat)"));
    CHECK(SettingsDialog::reviewScale() == 2.5);
    SettingsDialog again;
    CHECK(again.findChild<QComboBox *>()->currentData().toString() == QStringLiteral("en"));
    CHECK(again.findChild<QLineEdit *>()->text() == QStringLiteral("Ibu Rina (Inspektorat)"));
    CHECK_FALSE(again.apply()); // nothing changed
    QSettings().clear();
}

TEST_CASE("Open Recent lists files most recent first and drops a file that is gone, saying so",
          "[MainWindow]")
{
    QSettings().clear();
    QTemporaryDir first;
    QTemporaryDir second;
    const QString a = UiTestSupport::copySample(first);
    const QString b = UiTestSupport::copySample(second);
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(a));
    REQUIRE(window.openWorkspace(b));
    QMenu *menu = recentMenu(window);
    REQUIRE(menu);
    REQUIRE(menu->actions().size() == 2);
    CHECK(menu->actions()[0]->toolTip() == b);
    CHECK(menu->actions()[1]->toolTip() == a);
    CHECK(menu->actions()[0]->text().startsWith(QStringLiteral("&1 ")));

    REQUIRE(window.openWorkspace(a)); // again: to the top, not twice
    REQUIRE(menu->actions().size() == 2);
    CHECK(menu->actions()[0]->toolTip() == a);

    REQUIRE(QFile::remove(b));
    menu->actions()[1]->trigger();
    QCoreApplication::processEvents();     // the menu is rebuilt after the action returns
    CHECK(window.document()->path() == a); // nothing opened
    REQUIRE(menu->actions().size() == 1);
    CHECK(menu->actions()[0]->toolTip() == a);
    CHECK(window.statusBar()->currentMessage().contains(b));
    CHECK(QSettings().value(QStringLiteral("recentFiles")).toStringList() == QStringList {a});
    QSettings().clear();
}

TEST_CASE("Switching the language rebuilds the window at once and keeps the workspace, its undo "
          "history and the selection",
          "[LanguageSwitch]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    REQUIRE(window.selectObject(pick.first));
    Indicator edited = *document->cascade().indicator(pick.first);
    const QString before = edited.text;
    edited.text = QStringLiteral("Persentase balita gizi baik");
    document->undoStack()->push(new EditIndicatorCommand(document, edited, QStringLiteral("text")));
    REQUIRE(menuTitles(window).first() == QStringLiteral("&File"));

    std::unique_ptr<MainWindow> indonesian(LanguageSwitch::switchTo(&window, Language::Indonesian));
    CHECK(UiLanguage::current() == Language::Indonesian);
    CHECK(menuTitles(*indonesian).first() == QStringLiteral("&Berkas"));
    CHECK(menuTitles(*indonesian).contains(QStringLiteral("&Sunting")));
    CHECK_FALSE(window.isVisible());
    CHECK(indonesian->isVisible());
    CHECK(window.document() == nullptr);
    REQUIRE(indonesian->document() == document);
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->isModified());
    QAction *undo = indonesian->findChild<QToolBar *>()->actions().value(4);
    REQUIRE(undo);
    CHECK(undo->isEnabled());
    CHECK(undo->text().startsWith(QStringLiteral("&Urungkan")));
    CHECK(indonesian->treeView()->currentIndex().data(CascadeTreeModel::ObjectIdRole).toLongLong()
          == pick.first);
    document->undoStack()->undo();
    CHECK(document->cascade().indicator(pick.first)->text == before);

    std::unique_ptr<MainWindow> english(
        LanguageSwitch::switchTo(indonesian.get(), Language::English));
    CHECK(menuTitles(*english).first() == QStringLiteral("&File"));
    CHECK(english->document() == document);
    CHECK(document->undoStack()->canRedo());
    UiLanguage::apply(Language::English);
}
