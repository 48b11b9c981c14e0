#include "online/PkWorkflowDock.h"

#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tepat {

namespace {

struct Step
{
    const char *from;
    const char *to;
    const char *label;
    QList<ServerStore::Role> roles; // who may; the server checks it again, with the OPD
};

// The same steps as tepat_move_pk on the server; here only to offer the right buttons.
QList<Step> steps()
{
    using Role = ServerStore::Role;
    return {
        {"draft",
         "diajukan",
         QT_TRANSLATE_NOOP("Tepat::PkWorkflowDock", "Submit (ajukan)"),
         {Role::Admin, Role::Penyusun}},
        {"diajukan",
         "direviu",
         QT_TRANSLATE_NOOP("Tepat::PkWorkflowDock", "Mark reviewed (direviu)"),
         {Role::Admin, Role::Reviewer}},
        {"direviu",
         "disetujui",
         QT_TRANSLATE_NOOP("Tepat::PkWorkflowDock", "Approve (setujui)"),
         {Role::Admin}},
        {"disetujui",
         "terkunci",
         QT_TRANSLATE_NOOP("Tepat::PkWorkflowDock", "Lock (kunci)"),
         {Role::Admin}},
        {"diajukan",
         "draft",
         QT_TRANSLATE_NOOP("Tepat::PkWorkflowDock", "Send back (tolak)…"),
         {Role::Admin, Role::Reviewer}},
        {"direviu",
         "draft",
         QT_TRANSLATE_NOOP("Tepat::PkWorkflowDock", "Send back (tolak)…"),
         {Role::Admin, Role::Reviewer}},
        {"disetujui",
         "draft",
         QT_TRANSLATE_NOOP("Tepat::PkWorkflowDock", "Send back (tolak)…"),
         {Role::Admin, Role::Reviewer}},
        {"terkunci",
         "draft",
         QT_TRANSLATE_NOOP("Tepat::PkWorkflowDock", "Open for revision (revisi)…"),
         {Role::Admin}},
    };
}

} // namespace

PkWorkflowDock::PkWorkflowDock(WindowContext *context)
    : QDockWidget(tr("PK workflow"))
    , m_context(context)
    , m_state(new QLabel)
    , m_steps(new QLabel)
    , m_buttonRow(new QWidget)
{
    setObjectName(QStringLiteral("pkWorkflowDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_state->setTextFormat(Qt::RichText);
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_buttonRow);
    layout->addWidget(m_steps, 1);
    setWidget(body);
    m_askNote = [this] {
        return QInputDialog::getMultiLineText(
            this, tr("PK workflow"), tr("Why (kept with the step):"));
    };
    connect(context, &WindowContext::documentChanged, this, &PkWorkflowDock::attach);
    connect(context, &WindowContext::currentObjectChanged, this, &PkWorkflowDock::follow);
    attach(context->document());
}

void PkWorkflowDock::attach(WorkspaceDocument *document)
{
    if (m_document && m_document->server())
        disconnect(m_document->server(), nullptr, this, nullptr);
    m_document = document;
    if (document && document->server()) {
        connect(document->server(), &ServerStore::workflowChanged, this, [this](qint64 pk) {
            if (pk == m_pkId)
                reload();
        });
    }
    setVisible(document && document->server());
    follow(m_context->currentObject());
}

void PkWorkflowDock::follow(qint64 objectId)
{
    m_pkId = m_document && m_document->server() ? m_document->cascade().pkOf(objectId) : 0;
    reload();
}

void PkWorkflowDock::reload()
{
    // Later: reload() also runs from a button's own click.
    for (QPushButton *button : std::as_const(m_buttons))
        button->deleteLater();
    m_buttons.clear();
    m_flow = {};
    if (m_pkId == 0 || !m_document || !m_document->server()) {
        m_state->setText(tr("Select a PK, or one of its sasaran or indicators."));
        m_steps->clear();
        return;
    }
    ServerStore *server = m_document->server();
    const Result<ServerStore::Workflow> flow = server->workflow(m_pkId);
    if (!flow) {
        m_state->setText(flow.error().message.toHtmlEscaped());
        return;
    }
    m_flow = *flow;
    m_state->setText(tr("State: <b>%1</b>").arg(m_flow.state));
    QStringList lines;
    for (const ServerStore::WorkflowStep &step : std::as_const(m_flow.steps)) {
        lines.append(tr("%1 → %2 by %3, %4%5")
                         .arg(step.from,
                              step.to,
                              step.user,
                              QLocale().toString(step.at.toLocalTime(), QLocale::ShortFormat),
                              step.note.isEmpty() ? QString() : QStringLiteral(": ") + step.note));
    }
    m_steps->setText(lines.isEmpty() ? tr("No step taken yet.") : lines.join(QLatin1Char('\n')));
    for (const Step &step : steps()) {
        if (m_flow.state != QLatin1String(step.from) || !step.roles.contains(server->role()))
            continue;
        auto *button = new QPushButton(tr(step.label), m_buttonRow);
        const QString to = QLatin1String(step.to);
        connect(button, &QPushButton::clicked, this, [this, to] {
            QString note;
            if (to == QLatin1String("draft")) {
                note = m_askNote();
                if (note.trimmed().isEmpty())
                    return;
            }
            if (Result<void> moved = move(to, note); !moved)
                QMessageBox::warning(this, tr("PK workflow"), moved.error().message);
        });
        m_buttonRow->layout()->addWidget(button);
        m_buttons.append(button);
    }
}

Result<void> PkWorkflowDock::move(const QString &to, const QString &note)
{
    const Result<void> moved = m_document->server()->movePk(m_pkId, m_flow.state, to, note);
    reload();
    return moved;
}

} // namespace Tepat
