#pragma once

#include "document/commands/CreatePerubahanCommand.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace Tepat {

// Asks what a PK Perubahan needs: the alasan (one of the three grounds of PermenPAN-RB 53/2014),
// the dasar and the tanggal berlaku. OK stays disabled until an alasan is chosen.
class PerubahanDialog : public QDialog
{
    Q_OBJECT

public:
    PerubahanDialog(const CreatePerubahanCommand::Request &suggested, QWidget *parent = nullptr);

    CreatePerubahanCommand::Request request() const;
    static std::optional<CreatePerubahanCommand::Request>
    ask(QWidget *parent, const CreatePerubahanCommand::Request &suggested);

    QComboBox *alasanBox() const { return m_alasan; }
    QLineEdit *dasarEdit() const { return m_dasar; }
    QDateEdit *berlakuEdit() const { return m_berlaku; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    qint64 m_pkId;
    QComboBox *m_alasan;
    QLineEdit *m_dasar;
    QDateEdit *m_berlaku;
    QDialogButtonBox *m_buttons;
};

} // namespace Tepat
