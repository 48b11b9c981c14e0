#include "editors/PkVersionPanel.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/PkLockCommand.h"
#include "editors/PerubahanDialog.h"
#include "editors/PkDiffDialog.h"
#include "model/PkLockState.h"
#include "model/PkVersions.h"
#include "values/IndonesianDate.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Tepat {

namespace {

std::optional<QDate> askSignedDate(QWidget *parent, QDate suggested)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(PkVersionPanel::tr("Mark PK as signed"));
    auto *date = new QDateEdit(suggested, &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    date->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *note = new QLabel(PkVersionPanel::tr("The PK is locked from now on: its sasaran, "
                                               "indicators, targets, programs and anggaran can "
                                               "no longer be changed, unless it is unlocked with "
                                               "a reason."),
                            &dialog);
    note->setWordWrap(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(note);
    form->addRow(PkVersionPanel::tr("Signed on paper &on:"), date);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

std::optional<QString> askReason(QWidget *parent)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        parent,
        PkVersionPanel::tr("Unlock PK"),
        PkVersionPanel::tr("Why is the signed PK unlocked? The reason stays in its history."),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (!ok)
        return std::nullopt;
    return reason;
}

} // namespace

PkVersionPanel::PkVersionPanel(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_author(qEnvironmentVariable("USER"))
    , m_state(new QLabel(this))
    , m_versions(new QLabel(this))
    , m_history(new QLabel(this))
    , m_markSigned(new QPushButton(tr("Mark as si&gned…"), this))
    , m_unlock(new QPushButton(tr("Un&lock…"), this))
    , m_perubahan(new QPushButton(tr("Make PK Pe&rubahan…"), this))
    , m_compare(new QPushButton(tr("Compare with earlier &version…"), this))
    , m_datePrompt(askSignedDate)
    , m_reasonPrompt(askReason)
    , m_perubahanPrompt(PerubahanDialog::ask)
{
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_state->setWordWrap(true);
    m_versions->setWordWrap(true);
    m_versions->setTextFormat(Qt::RichText);
    m_history->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_markSigned, m_unlock, m_perubahan, m_compare})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_versions);
    layout->addWidget(m_history);
    layout->addLayout(buttons);

    connect(m_versions, &QLabel::linkActivated, this, [this](const QString &link) {
        emit pkRequested(link.mid(3).toLongLong()); // "pk:9100"
    });
    connect(m_markSigned, &QPushButton::clicked, this, &PkVersionPanel::markSigned);
    connect(m_unlock, &QPushButton::clicked, this, &PkVersionPanel::unlock);
    connect(m_perubahan, &QPushButton::clicked, this, &PkVersionPanel::makePerubahan);
    connect(m_compare, &QPushButton::clicked, this, &PkVersionPanel::compare);
    for (auto signal : {&WorkspaceDocument::objectChanged,
                        &WorkspaceDocument::objectInserted,
                        &WorkspaceDocument::objectRemoved}) {
        connect(document, signal, this, [this] { load(); });
    }
}

void PkVersionPanel::setPk(qint64 pkId)
{
    m_pkId = pkId;
    load();
}

void PkVersionPanel::load()
{
    const Cascade &cascade = m_document->cascade();
    const PkDocument *pk = cascade.pk(m_pkId);
    if (!pk)
        return;
    const qint64 next = PkVersions::successor(cascade, m_pkId);
    const PkLockEvent *lock = pk->currentLock();
    QString state;
    if (next) {
        state = tr("Replaced by %1; this version stays as it was.")
                    .arg(PkVersions::name(cascade, next));
    } else if (lock) {
        const QString day = IndonesianDate::format(lock->signedOn);
        switch (lock->method) {
        case PkLockEvent::Method::SignedPdf:
            state = tr("Signed digitally on %1 — locked.").arg(day);
            break;
        case PkLockEvent::Method::Paper:
            state = tr("Signed on paper on %1 — locked.").arg(day);
            break;
        case PkLockEvent::Method::Workflow:
            state = tr("Terkunci since %1 (the server's workflow) — locked.").arg(day);
            break;
        }
    } else {
        state = tr("Not signed yet — open for changes.");
    }
    m_state->setText(state);

    const QList<qint64> chain = PkVersions::chain(cascade, m_pkId);
    QStringList versions;
    for (qint64 id : chain) {
        const PkDocument *version = cascade.pk(id);
        QString text = PkVersions::name(cascade, id);
        if (version->kind == PkDocument::Kind::Perubahan && version->changeDate.isValid())
            text
                += u' ' + tr("(in force from %1)").arg(IndonesianDate::format(version->changeDate));
        else if (version->signDate.isValid())
            text += u' ' + tr("(%1)").arg(IndonesianDate::format(version->signDate));
        versions.append(
            id == m_pkId
                ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped())
                : QStringLiteral("<a href=\"pk:%1\">%2</a>").arg(id).arg(text.toHtmlEscaped()));
    }
    m_versions->setText(tr("Versions: %1").arg(versions.join(QStringLiteral(" → "))));
    m_versions->setVisible(chain.size() > 1);

    QStringList history;
    for (const PkLockEvent &event : pk->lockHistory) {
        const QString when = event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (event.action == PkLockEvent::Action::Unlock)
            history.append(tr("%1 %2: unlocked — %3").arg(when, event.author, event.note));
        else if (event.method == PkLockEvent::Method::Workflow)
            history.append(tr("%1 %2: terkunci (%3)").arg(when, event.author, event.note));
        else
            history.append(tr("%1 %2: marked as signed (%3)").arg(when, event.author, event.note));
    }
    m_history->setText(history.join(u'\n'));
    m_history->setVisible(!history.isEmpty());

    m_markSigned->setEnabled(!lock || lock->method == PkLockEvent::Method::Workflow);
    m_unlock->setEnabled(lock && !next);
    m_perubahan->setEnabled(!next);
    m_compare->setEnabled(cascade.pk(pk->previousVersionId) != nullptr);
}

void PkVersionPanel::markSigned()
{
    const PkDocument *pk = m_document->cascade().pk(m_pkId);
    if (!pk)
        return;
    const std::optional<QDate> day
        = m_datePrompt(this, pk->signDate.isValid() ? pk->signDate : QDate::currentDate());
    if (!day)
        return;
    PkLockEvent event;
    event.method = PkLockEvent::Method::Paper;
    event.at = QDateTime::currentDateTimeUtc();
    event.signedOn = *day;
    event.author = m_author;
    Result<std::unique_ptr<PkLockCommand>> command
        = PkLockCommand::create(m_document, m_pkId, event);
    if (!command)
        return showError(command.error().message);
    m_document->undoStack()->push(command->release());
}

void PkVersionPanel::unlock()
{
    const std::optional<QString> reason = m_reasonPrompt(this);
    if (!reason)
        return;
    PkLockEvent event;
    event.action = PkLockEvent::Action::Unlock;
    event.at = QDateTime::currentDateTimeUtc();
    event.note = reason->trimmed();
    event.author = m_author;
    Result<std::unique_ptr<PkLockCommand>> command
        = PkLockCommand::create(m_document, m_pkId, event);
    if (!command)
        return showError(command.error().message);
    m_document->undoStack()->push(command->release());
}

void PkVersionPanel::makePerubahan()
{
    const PkDocument *pk = m_document->cascade().pk(m_pkId);
    if (!pk)
        return;
    CreatePerubahanCommand::Request suggested;
    suggested.pkId = m_pkId;
    suggested.berlaku
        = QDate::currentDate().year() == pk->year ? QDate::currentDate() : QDate(pk->year, 7, 1);
    const std::optional<CreatePerubahanCommand::Request> request
        = m_perubahanPrompt(this, suggested);
    if (!request)
        return;
    Result<std::unique_ptr<CreatePerubahanCommand>> command
        = CreatePerubahanCommand::create(m_document, *request);
    if (!command)
        return showError(command.error().message);
    const qint64 created = (*command)->newPkId();
    m_document->undoStack()->push(command->release());
    emit pkRequested(created);
}

void PkVersionPanel::compare()
{
    const PkDocument *pk = m_document->cascade().pk(m_pkId);
    if (!pk || !m_document->cascade().pk(pk->previousVersionId))
        return;
    auto *dialog = new PkDiffDialog(m_document, pk->previousVersionId, m_pkId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PkVersionPanel::showError(const QString &message)
{
    QMessageBox::warning(this, tr("PK"), message);
}

} // namespace Tepat
