#include "online/ServerActions.h"

#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "online/ObjectHistoryDialog.h"
#include "online/PkWorkflowDock.h"
#include "online/ServerStatusLabel.h"
#include "server/WorkspaceSource.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>

namespace Tepat {

namespace {

const QLatin1String lastUrlKey("server/lastUrl");

} // namespace

ServerActions::ServerActions(WindowContext *context, ShowDocument show)
    : QObject(context)
    , m_context(context)
    , m_show(std::move(show))
    , m_connect(new QAction(tr("Connect to &server…"), this))
    , m_history(new QAction(tr("&History of the selected object…"), this))
    , m_status(new ServerStatusLabel(context))
    , m_workflow(new PkWorkflowDock(context))
{
    m_connect->setStatusTip(tr("Open the workspace of a Tepat server (PostgreSQL) to work on it "
                               "with the other OPDs at the same time."));
    m_history->setStatusTip(tr("Every change the server recorded of the selected object: who, "
                               "when, and the old and new values."));
    m_askUrl = [this](const QString &last) {
        bool ok = false;
        const QString url = QInputDialog::getText(
            m_context->window(),
            tr("Connect to server"),
            tr("Server address (postgresql://USER@HOST:PORT/DATABASE; add ?sslmode=verify-full "
               "for an encrypted, checked connection):"),
            QLineEdit::Normal,
            last,
            &ok);
        return ok ? url.trimmed() : QString();
    };
    m_askPassword = [this](const QString &url) {
        return QInputDialog::getText(m_context->window(),
                                     tr("Password"),
                                     tr("Password for %1 (kept for this session only):").arg(url),
                                     QLineEdit::Password);
    };
    connect(m_connect, &QAction::triggered, this, &ServerActions::chooseAndConnect);
    connect(m_history, &QAction::triggered, this, &ServerActions::showHistory);
    connect(context, &WindowContext::documentChanged, this, &ServerActions::updateActions);
    connect(context, &WindowContext::currentObjectChanged, this, &ServerActions::updateActions);
    updateActions();
}

void ServerActions::updateActions()
{
    const WorkspaceDocument *document = m_context->document();
    m_history->setEnabled(document && document->server());
}

void ServerActions::chooseAndConnect()
{
    QSettings settings;
    const QString url = m_askUrl(settings.value(lastUrlKey).toString());
    if (url.isEmpty())
        return;
    if (Result<void> connected = connectTo(url); !connected) {
        QMessageBox::warning(
            m_context->window(), tr("Connect to server"), connected.error().message);
        return;
    }
    settings.setValue(lastUrlKey, m_context->document()->path());
}

Result<void> ServerActions::connectTo(const QString &url)
{
    Result<std::unique_ptr<ServerStore>> store = WorkspaceSource::connect(url, m_askPassword);
    if (!store)
        return fail(store.error());
    Result<std::unique_ptr<WorkspaceDocument>> document
        = WorkspaceDocument::openServer(std::move(*store), WorkspaceDocument::Check::Now);
    if (!document)
        return fail(document.error());
    m_show(std::move(*document));
    return {};
}

void ServerActions::showHistory()
{
    WorkspaceDocument *document = m_context->document();
    if (!document || !document->server())
        return;
    auto *dialog
        = new ObjectHistoryDialog(document, m_context->currentObject(), m_context->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Tepat
