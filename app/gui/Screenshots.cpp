#include "Screenshots.h"

#include "document/WorkspaceDocument.h"
#include "review/FindingsModel.h"
#include "review/ReviewWindow.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTest>
#include <QTextStream>

namespace Tepat {

namespace {

bool save(QWidget *widget, const QString &path)
{
    if (widget->grab().save(path))
        return true;
    QTextStream(stderr) << "cannot write " << path << Qt::endl;
    return false;
}

} // namespace

bool Screenshots::take(MainWindow &window, const QString &directory, QSize size)
{
    QDir().mkpath(directory);
    window.resize(size);
    window.show();
    WorkspaceDocument *document = window.document();
    if (!document)
        return false;
    document->ensureChecked();
    // The first indicator finding of a PK: the picture shows the editor, its mark in the tree and
    // the dock at once.
    int row = 0;
    for (int i = 0; i < window.findingsModel()->rowCount(); ++i) {
        const qint64 id = window.findingsModel()->finding(i).objectId;
        if (document->cascade().indicator(id)
            && window.findingsModel()->finding(i).field == QLatin1String("text")) {
            row = i;
            break;
        }
    }
    window.activateFinding(row);
    window.findingsView()->scrollTo(window.findingsModel()->index(row, 0));
    QTest::qWait(100);
    bool ok = save(&window, QDir(directory).filePath(QStringLiteral("main-window.png")));

    window.enterReviewMode();
    ReviewWindow *review = window.reviewWindow();
    // Offscreen there is no screen to fill: give review mode the size of one.
    review->showNormal();
    review->resize(size);
    QTest::qWait(100);
    ok = save(review, QDir(directory).filePath(QStringLiteral("review-mode.png"))) && ok;
    review->close();
    return ok;
}

} // namespace Tepat
