#include "editors/PerubahanDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Tepat {

PerubahanDialog::PerubahanDialog(const CreatePerubahanCommand::Request &suggested, QWidget *parent)
    : QDialog(parent)
    , m_pkId(suggested.pkId)
    , m_alasan(new QComboBox(this))
    , m_dasar(new QLineEdit(suggested.dasar, this))
    , m_berlaku(new QDateEdit(suggested.berlaku, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Make PK Perubahan"));
    m_alasan->addItem(tr("Choose the ground…"), int(PkDocument::Alasan::NotGiven));
    for (PkDocument::Alasan alasan : {PkDocument::Alasan::PergantianPejabat,
                                      PkDocument::Alasan::PerubahanStrategi,
                                      PkDocument::Alasan::PerubahanPrioritas}) {
        m_alasan->addItem(PkDocument::alasanName(alasan), int(alasan));
    }
    m_alasan->setCurrentIndex(std::max(0, m_alasan->findData(int(suggested.alasan))));
    m_dasar->setPlaceholderText(tr("e.g. Perda APBD-Perubahan 2026, SK mutasi no. …"));
    m_berlaku->setCalendarPopup(true);
    m_berlaku->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_berlaku->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    auto *note = new QLabel(tr("The PK is copied into a new version that you then change. The "
                               "current version stays in the workspace as it was signed and is "
                               "locked."),
                            this);
    note->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Make"));
    auto *form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("&Alasan:"), m_alasan);
    form->addRow(tr("&Dasar:"), m_dasar);
    form->addRow(tr("&Berlaku mulai:"), m_berlaku);
    form->addRow(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_alasan->currentIndex() > 0);
    };
    connect(m_alasan, &QComboBox::currentIndexChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

CreatePerubahanCommand::Request PerubahanDialog::request() const
{
    CreatePerubahanCommand::Request request;
    request.pkId = m_pkId;
    request.alasan = PkDocument::Alasan(m_alasan->currentData().toInt());
    request.dasar = m_dasar->text().trimmed();
    request.berlaku = m_berlaku->date();
    return request;
}

std::optional<CreatePerubahanCommand::Request>
PerubahanDialog::ask(QWidget *parent, const CreatePerubahanCommand::Request &suggested)
{
    PerubahanDialog dialog(suggested, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

} // namespace Tepat
