#include "check/RuleRegistry.h"
#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"
#include "review/FindingsModel.h"
#include "review/ReviewCommentBar.h"
#include "review/ReviewWindow.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/CascadeTreeModel.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

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

namespace {

QList<ReviewComment> commentsOn(const WorkspaceDocument &document, qint64 objectId)
{
    QList<ReviewComment> result;
    for (const ReviewComment &comment : document.cascade().comments()) {
        if (comment.objectId == objectId)
            result.append(comment);
    }
    return result;
}

} // namespace

TEST_CASE("Review mode writes and edits comments from the keyboard", "[ReviewWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    QTest::keyClick(&window, Qt::Key_F11);
    ReviewWindow *review = window.reviewWindow();
    REQUIRE(review);
    review->setAuthor(QStringLiteral("Fasilitator Bappeda"));
    QTest::keyClick(review, Qt::Key_Right);
    const qint64 objectId = review->current()->objectId;
    const int position = review->position();
    const qsizetype before = commentsOn(*document, objectId).size();

    QTest::keyClick(review, Qt::Key_N);
    ReviewCommentBar *bar = review->commentBar();
    REQUIRE(bar->isOpen());
    CHECK(review->focusWidget() == bar->input());
    // Typing is the comment's: letters, arrows and Space neither walk the findings nor leave.
    QTest::keyClicks(bar->input(), QStringLiteral("Satuan belum jelas"));
    QTest::keyClick(bar->input(), Qt::Key_Down);
    QTest::keyClick(bar->input(), Qt::Key_Right);
    CHECK(review->position() == position);
    QTest::keyClick(bar->input(), Qt::Key_Return);
    CHECK_FALSE(bar->isOpen());
    CHECK(review->focusWidget() == review);
    QList<ReviewComment> comments = commentsOn(*document, objectId);
    REQUIRE(comments.size() == before + 1);
    CHECK(comments.last().text == QStringLiteral("Satuan belum jelas"));
    CHECK(comments.last().author == QStringLiteral("Fasilitator Bappeda"));
    CHECK(review->commentsLabel()->text().contains(QStringLiteral("Satuan belum jelas")));

    // F2 edits the newest open comment in place, as one undo step.
    QTest::keyClick(review, Qt::Key_F2);
    REQUIRE(bar->isOpen());
    CHECK(bar->input()->text() == QStringLiteral("Satuan belum jelas"));
    bar->input()->selectAll();
    QTest::keyClicks(bar->input(), QStringLiteral("Satuan: persen"));
    QTest::keyClick(bar->input(), Qt::Key_Enter);
    comments = commentsOn(*document, objectId);
    REQUIRE(comments.size() == before + 1);
    CHECK(comments.last().text == QStringLiteral("Satuan: persen"));
    CHECK(review->commentsLabel()->text().contains(QStringLiteral("Satuan: persen")));
    document->undoStack()->undo();
    CHECK(commentsOn(*document, objectId).last().text == QStringLiteral("Satuan belum jelas"));

    // Escape puts the line away without a comment and without leaving review mode.
    QTest::keyClick(review, Qt::Key_N);
    QTest::keyClicks(bar->input(), QStringLiteral("tidak jadi"));
    QTest::keyClick(bar->input(), Qt::Key_Escape);
    CHECK_FALSE(bar->isOpen());
    CHECK(review->isVisible());
    CHECK(commentsOn(*document, objectId).size() == before + 1);
    QTest::keyClick(review, Qt::Key_Escape);
    CHECK_FALSE(review->isVisible());
}

TEST_CASE("Large type in review mode wraps and scrolls instead of clipping", "[ReviewWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    QTest::keyClick(&window, Qt::Key_F11);
    ReviewWindow *review = window.reviewWindow();
    REQUIRE(review);
    review->showNormal();
    review->resize(1366, 768);
    review->setScale(4.0);
    QApplication::processEvents();

    QWidget *content = review->scrollArea()->widget();
    QList<QLabel *> shown;
    for (QLabel *label : content->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            shown.append(label);
    }
    std::sort(shown.begin(), shown.end(), [](QLabel *a, QLabel *b) { return a->y() < b->y(); });
    REQUIRE(shown.size() >= 4);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QLabel *label = shown[i];
        INFO(label->text().toStdString());
        // Wrapped to the width of the window, each as tall as its lines need.
        CHECK(label->width() <= review->scrollArea()->viewport()->width());
        CHECK(label->height() >= label->heightForWidth(label->width()));
        if (i + 1 < shown.size())
            CHECK(label->geometry().bottom() < shown[i + 1]->geometry().top());
    }
    // At four times the type the finding is taller than the screen: it scrolls.
    QScrollBar *bar = review->scrollArea()->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    QTest::keyClick(review, Qt::Key_Down, Qt::ShiftModifier);
    CHECK(bar->value() > 0);
    const int position = review->position();
    QTest::keyClick(review, Qt::Key_Up, Qt::ShiftModifier);
    CHECK(bar->value() == 0);
    CHECK(review->position() == position);
    // The next finding starts at its top.
    QTest::keyClick(review, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(review, Qt::Key_Right);
    CHECK(bar->value() == 0);
    review->close();
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
