#include "online/ServerStatusLabel.h"

#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"

namespace Tepat {

ServerStatusLabel::ServerStatusLabel(WindowContext *context)
    : m_context(context)
{
    setObjectName(QStringLiteral("serverStatus"));
    connect(context, &WindowContext::documentChanged, this, &ServerStatusLabel::attach);
    attach(context->document());
}

void ServerStatusLabel::attach(WorkspaceDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &WorkspaceDocument::connectionChanged, this, &ServerStatusLabel::update);
        connect(document, &WorkspaceDocument::modifiedChanged, this, &ServerStatusLabel::update);
        connect(document, &WorkspaceDocument::pathChanged, this, &ServerStatusLabel::update);
        connect(document, &WorkspaceDocument::serverRefused, this, [this](const QString &message) {
            m_context->showMessage(tr("Not saved: %1").arg(message), 15000);
            setToolTip(message);
        });
        connect(document, &WorkspaceDocument::serverNotice, this, [this](const QString &message) {
            m_context->showMessage(message, 10000);
        });
    }
    update();
}

void ServerStatusLabel::update()
{
    const ServerStore *server = m_document ? m_document->server() : nullptr;
    setVisible(server);
    if (!server)
        return;
    if (!server->isConnected()) {
        setText(tr("⚠ Disconnected from %1 — %n change(s) waiting; Save tries again, Save As "
                   "keeps them in a file",
                   nullptr,
                   m_document->unsentCount())
                    .arg(server->url().display()));
        setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        return;
    }
    QString role = ServerStore::roleName(server->role());
    if (server->role() == ServerStore::Role::Penyusun)
        role = tr("penyusun of %1").arg(server->opdCodes().join(QStringLiteral(", ")));
    setText(tr("Server: %1 — %2 (%3)").arg(server->url().display(), server->user(), role));
    setStyleSheet({});
}

} // namespace Tepat
