#include "Screenshots.h"

#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "editors/RealisasiWindow.h"
#include "io/CeremonyExportDialog.h"
#include "io/ImportWizard.h"
#include "results/DashboardActions.h"
#include "results/DashboardView.h"
#include "results/ReportsDialog.h"
#include "review/FindingsModel.h"
#include "review/ReviewWindow.h"
#include "window/MainWindow.h"
#include "window/NewWorkspaceDialog.h"
#include "window/SettingsDialog.h"
#include "window/WorkspaceFileActions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace Tepat {

namespace {

bool save(QWidget *widget, const QString &path)
{
    if (widget->grab().save(path))
        return true;
    QTextStream(stderr) << "cannot write " << path << Qt::endl;
    return false;
}

// A dialog at its own size, as it first shows.
bool saveDialog(QDialog *dialog, const QString &path)
{
    dialog->show();
    QTest::qWait(100);
    const bool ok = save(dialog, path);
    dialog->close();
    return ok;
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

    // The realisasi of a PK with a low capaian left unexplained, that indicator selected, so the
    // picture shows the kategori colours, the finding and its mark; else the first PK.
    qint64 shown = document->cascade().pks().isEmpty() ? 0 : document->cascade().pks().first().id;
    for (const Finding &finding : document->checker().findings()) {
        if (finding.ruleId == QLatin1String("capaian-low-no-kendala")) {
            shown = finding.objectId;
            break;
        }
    }
    window.selectObject(shown);
    // The action itself, not its key: review mode has just had the focus.
    const QKeySequence open(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == open)
            action->trigger();
    }
    auto *realisasi = window.findChild<RealisasiWindow *>();
    if (!realisasi)
        return false;
    realisasi->resize(size);
    QTest::qWait(100);
    ok = save(realisasi, QDir(directory).filePath(QStringLiteral("realisasi.png"))) && ok;
    realisasi->close();

    // The dashboard in review mode's colours, at the laptop's size and a 1080p projector's, with
    // the first OPD that has PKs below it opened.
    window.dashboardActions()->openAction()->trigger();
    DashboardWindow *dashboard = window.dashboardActions()->window();
    if (!dashboard)
        return false;
    QTreeView *tree = dashboard->view()->tree();
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        if (tree->model()->rowCount(tree->model()->index(row, 0)) > 0) {
            tree->expand(tree->model()->index(row, 0));
            tree->setCurrentIndex(tree->model()->index(row, 0));
            break;
        }
    }
    for (const QSize shot : {size, QSize(1920, 1080)}) {
        dashboard->resize(shot);
        dashboard->view()->setProjector(true, SettingsDialog::reviewScale());
        QTest::qWait(100);
        const QString name
            = QStringLiteral("dashboard-%1x%2.png").arg(shot.width()).arg(shot.height());
        ok = save(dashboard, QDir(directory).filePath(name)) && ok;
    }
    dashboard->close();
    return takeDialogs(window, directory) && ok;
}

bool Screenshots::takeDialogs(MainWindow &window, const QString &directory)
{
    WorkspaceDocument *document = window.document();
    const Cascade &cascade = document->cascade();
    const QDir out(directory);
    NewWorkspaceDialog newWorkspace(&window);
    bool ok = saveDialog(&newWorkspace, out.filePath(QStringLiteral("dialog-new-workspace.png")));
    ImportWizard import(document, &window);
    ok = saveDialog(&import, out.filePath(QStringLiteral("dialog-import.png"))) && ok;
    CeremonyExportDialog ceremony(
        cascade, PaperFormat(cascade.printSettings().paper), QDir::homePath(), &window);
    ok = saveDialog(&ceremony, out.filePath(QStringLiteral("dialog-ceremony-export.png"))) && ok;
    ReportsDialog reports(cascade, QDir::homePath(), &window);
    ok = saveDialog(&reports, out.filePath(QStringLiteral("dialog-reports.png"))) && ok;
    SettingsDialog settings(&window);
    ok = saveDialog(&settings, out.filePath(QStringLiteral("dialog-settings.png"))) && ok;

    // The question on closing with unsaved changes, which is modal: taken while it waits, then
    // answered with Cancel, and the change undone.
    document->edits().addComment(
        cascade.pks().isEmpty() ? 0 : cascade.pks().first().id, QString(), QStringLiteral("-"));
    const QString question = out.filePath(QStringLiteral("dialog-save-changes.png"));
    QTimer::singleShot(300, &window, [&ok, question] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            ok = save(modal, question) && ok;
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        } else {
            ok = false;
        }
    });
    window.fileActions()->maybeSave();
    document->undoStack()->undo();
    return ok;
}

} // namespace Tepat
