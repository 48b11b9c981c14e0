#include "check/ReviewSummary.h"

#include "check/RuleRegistry.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/AddCommentCommand.h"
#include "review/ReviewSummaryExport.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/MainWindow.h"

#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

void addComment(WorkspaceDocument *document, qint64 objectId, const QString &text, bool resolved)
{
    ReviewComment comment;
    comment.id = document->allocateId();
    comment.objectId = objectId;
    comment.author = QStringLiteral("Inspektorat");
    comment.at = QDateTime(QDate(2026, 3, 10), QTime(9, 30));
    comment.text = text;
    comment.resolved = resolved;
    document->undoStack()->push(new AddCommentCommand(document, comment));
}

// "Dinas Kesehatan 2 5 0 7" as pdftotext -layout lays a row out.
QRegularExpression countRow(const QString &label, const ReviewSummary::Counts &counts)
{
    return QRegularExpression(QStringLiteral("%1\\s+%2\\s+%3\\s+%4\\s+%5\\b")
                                  .arg(QRegularExpression::escape(label))
                                  .arg(counts.errors)
                                  .arg(counts.warnings)
                                  .arg(counts.infos)
                                  .arg(counts.total()));
}

} // namespace

TEST_CASE("The review summary PDF counts findings per OPD and per rule and lists open comments",
          "[ReviewSummary]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const Cascade &cascade = document->cascade();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(cascade);
    REQUIRE(pick.pkId != 0);
    addComment(document, pick.first, QStringLiteral("Satuan indikator ini belum jelas"), false);
    addComment(document, pick.pkId, QStringLiteral("Sudah diperbaiki oleh OPD"), true);

    const QString path = dir.filePath(QStringLiteral("ringkasan.pdf"));
    const Result<int> pages
        = window.findChild<ReviewSummaryExport *>()->exportTo(path, QDate(2026, 3, 10));
    REQUIRE(pages);
    const QStringList texts = PdfTools::pageTexts(path);
    REQUIRE(texts.size() == *pages);
    const QString text = texts.join(QLatin1Char('\n'));

    CHECK(text.contains(cascade.pemda().name));
    CHECK(text.contains(QStringLiteral("10 Maret 2026")));
    for (int page = 1; page <= *pages; ++page)
        CHECK(texts[page - 1].contains(QStringLiteral("Halaman %1 dari %2").arg(page).arg(*pages)));

    // The counts the findings dock has, recounted here by OPD.
    const ReviewSummary summary
        = ReviewSummary::of(cascade, document->findings(), QDate(2026, 3, 10), Language::English);
    REQUIRE(summary.total.total() == document->findings().size());
    REQUIRE(summary.total.total() > 0);
    int opdTotal = 0;
    for (const ReviewSummary::Row &row : summary.opds)
        opdTotal += row.counts.total();
    CHECK(opdTotal == summary.total.total());
    const Opd &opd = cascade.opds().first();
    const auto opdRow
        = std::find_if(summary.opds.cbegin(),
                       summary.opds.cend(),
                       [&](const ReviewSummary::Row &row) { return row.label == opd.name; });
    REQUIRE(opdRow != summary.opds.cend());
    CHECK(text.contains(countRow(opd.name, opdRow->counts)));
    CHECK(text.contains(countRow(QStringLiteral("Total"), summary.total)));
    REQUIRE_FALSE(summary.rules.isEmpty());
    // A rule by its title, which the minutes' readers understand, its id small under it.
    const ReviewSummary::Row &firstRule = summary.rules.first();
    REQUIRE(RuleRegistry::find(firstRule.note));
    CHECK(firstRule.label == RuleRegistry::find(firstRule.note)->title().en);
    // A long title wraps in its cell: its first words share the line with the counts.
    CHECK(text.contains(
        QRegularExpression(QStringLiteral("%1.*\\s%2\\s+%3\\s+%4\\s+%5\\b")
                               .arg(QRegularExpression::escape(firstRule.label.section(u' ', 0, 1)))
                               .arg(firstRule.counts.errors)
                               .arg(firstRule.counts.warnings)
                               .arg(firstRule.counts.infos)
                               .arg(firstRule.counts.total()))));
    CHECK(text.contains(QRegularExpression(
        QStringLiteral("\\n\\s*%1\\s").arg(QRegularExpression::escape(firstRule.note)))));

    CHECK(text.contains(QStringLiteral("Satuan indikator ini belum jelas")));
    CHECK(text.contains(QStringLiteral("Inspektorat")));
    CHECK(text.contains(QStringLiteral("09.30")));
    CHECK_FALSE(text.contains(QStringLiteral("Sudah diperbaiki oleh OPD"))); // resolved
}

TEST_CASE("Export review summary is in the View menu and needs an open workspace",
          "[ReviewSummary]")
{
    MainWindow window;
    QAction *action = window.findChild<ReviewSummaryExport *>()->action();
    CHECK_FALSE(action->isEnabled());
    bool inView = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&View"))
            inView = menu->menu()->actions().contains(action);
    }
    CHECK(inView);
    QTemporaryDir dir;
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    CHECK(action->isEnabled());
}
