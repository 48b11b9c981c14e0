#pragma once

#include "document/commands/CreatePerubahanCommand.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace Tepat {

class WorkspaceDocument;

// The head of a PK's form that tells where the PK stands: open, signed (how and when) or replaced
// by a PK Perubahan; its versions with their dates (each a link to open it); the history of its
// locks and unlocks. Its buttons mark the PK as signed on paper, unlock it with a reason, make a
// PK Perubahan and compare the PK with the version it changes. Every change is an undo command.
class PkVersionPanel : public QWidget
{
    Q_OBJECT

public:
    // Ask the user; they return nothing when the user cancels. Tests replace them.
    using DatePrompt = std::function<std::optional<QDate>(QWidget *parent, QDate suggested)>;
    using TextPrompt = std::function<std::optional<QString>(QWidget *parent)>;
    using PerubahanPrompt = std::function<std::optional<CreatePerubahanCommand::Request>(
        QWidget *parent, const CreatePerubahanCommand::Request &suggested)>;

    explicit PkVersionPanel(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setPk(qint64 pkId);
    void setAuthor(const QString &author) { m_author = author; }
    void setSignedDatePrompt(DatePrompt prompt) { m_datePrompt = std::move(prompt); }
    void setUnlockReasonPrompt(TextPrompt prompt) { m_reasonPrompt = std::move(prompt); }
    void setPerubahanPrompt(PerubahanPrompt prompt) { m_perubahanPrompt = std::move(prompt); }

    QLabel *stateLabel() const { return m_state; }
    QLabel *versionsLabel() const { return m_versions; }
    QPushButton *markSignedButton() const { return m_markSigned; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *perubahanButton() const { return m_perubahan; }
    QPushButton *compareButton() const { return m_compare; }

signals:
    // The user asked to open another version.
    void pkRequested(qint64 pkId);

private:
    void load();
    void markSigned();
    void unlock();
    void makePerubahan();
    void compare();
    void showError(const QString &message);

    WorkspaceDocument *m_document;
    qint64 m_pkId = 0;
    QString m_author;
    QLabel *m_state;
    QLabel *m_versions;
    QLabel *m_history;
    QPushButton *m_markSigned;
    QPushButton *m_unlock;
    QPushButton *m_perubahan;
    QPushButton *m_compare;
    DatePrompt m_datePrompt;
    TextPrompt m_reasonPrompt;
    PerubahanPrompt m_perubahanPrompt;
};

} // namespace Tepat
