#include "check/RuleRegistry.h"
#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"
#include "review/FindingsModel.h"
#include "review/ReviewWindow.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/CascadeTreeModel.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>
#include <utility>

using namespace Tepat;

TEST_CASE("Review mode walks the findings in order with the arrow keys", "[ReviewWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    const QList<Finding> findings = window.document()->findings();
    REQUIRE(findings.size() >= 3);

    QTest::keyClick(&window, Qt::Key_F11);
    ReviewWindow *review = window.reviewWindow();
    REQUIRE(review);
    REQUIRE(review->isVisible());
    CHECK(review->isFullScreen());
    CHECK(review->position() == 0);
    CHECK(*review->current() == findings[0]);
    CHECK(review->messageLabel()->text() == findings[0].message.en);
    // The indicator is shown at least 1.75 times the normal type size.
    CHECK(review->subjectLabel()->font().pointSizeF() >= QApplication::font().pointSizeF() * 1.75);

    QTest::keyClick(review, Qt::Key_Right);
    CHECK(*review->current() == findings[1]);
    QTest::keyClick(review, Qt::Key_Right);
    CHECK(*review->current() == findings[2]);
    QTest::keyClick(review, Qt::Key_Left);
    CHECK(*review->current() == findings[1]);
    // The main window follows, so the item is selected on leaving.
    CHECK(window.treeView()->currentIndex().data(CascadeTreeModel::ObjectIdRole).toLongLong()
          == findings[1].objectId);
    QTest::keyClick(review, Qt::Key_End);
    CHECK(review->position() == findings.size() - 1);
    QTest::keyClick(review, Qt::Key_Right);
    CHECK(review->position() == findings.size() - 1);

    using Press = std::pair<Qt::Key, Qt::KeyboardModifiers>;
    // Zoom by the keys that bear + and -, on a US layout (Shift for +), others and the keypad.
    for (const auto &[key, modifiers] :
         {Press {Qt::Key_Plus, Qt::ControlModifier},
          Press {Qt::Key_Plus, Qt::ControlModifier | Qt::ShiftModifier},
          Press {Qt::Key_Equal, Qt::ControlModifier},
          Press {Qt::Key_Plus, Qt::ControlModifier | Qt::KeypadModifier}}) {
        const qreal before = review->scale();
        QTest::keyClick(review, key, modifiers);
        CHECK(review->scale() > before);
    }
    for (const auto &[key, modifiers] :
         {Press {Qt::Key_Minus, Qt::ControlModifier},
          Press {Qt::Key_Underscore, Qt::ControlModifier | Qt::ShiftModifier},
          Press {Qt::Key_Minus, Qt::ControlModifier | Qt::KeypadModifier}}) {
        const qreal before = review->scale();
        QTest::keyClick(review, key, modifiers);
        CHECK(review->scale() < before);
    }

    QTest::keyClick(review, Qt::Key_Escape);
    CHECK_FALSE(review->isVisible());
}

TEST_CASE("Review mode names a finding's rule by its title, in the window's language",
          "[ReviewWindow]")
{
    QTemporaryDir dir;
    UiLanguage::apply(Language::Indonesian);
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    window.enterReviewMode();
    ReviewWindow *review = window.reviewWindow();
    REQUIRE(review);
    const Finding finding = *review->current();
    const CheckRule *rule = RuleRegistry::find(finding.ruleId);
    REQUIRE(rule);
    CHECK(review->severityLabel()->text().endsWith(rule->title().id));
    CHECK_FALSE(review->severityLabel()->text().contains(finding.ruleId));
    // The id stays, smaller, for whoever looks the rule up.
    CHECK(review->ruleIdLabel()->text() == finding.ruleId);
    CHECK(review->ruleIdLabel()->font().pointSizeF()
          < review->severityLabel()->font().pointSizeF());
    review->close();
    UiLanguage::apply(Language::English);
}
