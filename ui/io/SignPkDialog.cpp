#include "io/SignPkDialog.h"

#include "common/FormLabel.h"
#include "model/Cascade.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tepat {

SignPkDialog::SignPkDialog(const Cascade &cascade,
                           qint64 pkId,
                           const QString &path,
                           QWidget *parent)
    : QDialog(parent)
    , m_certificates(new SignatoryCertificates(this))
    , m_order(new QComboBox(this))
    , m_path(new QLineEdit(path, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export signed PK"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 110);
    m_certificates->setSignatories(PkPdfSigning::signatories(cascade, {pkId}));
    m_order->addItem(tr("Pihak kedua, then pihak pertama"),
                     int(PkPdfSigning::Order::PihakKeduaFirst));
    m_order->addItem(tr("Pihak pertama, then pihak kedua"),
                     int(PkPdfSigning::Order::PihakPertamaFirst));
    const PkDocument *pk = cascade.pk(pkId);
    m_order->setEnabled(pk && !pk->pihakKedua.isEmpty());

    auto *notice = new QLabel(
        tr("Each signature is a PAdES signature (ETSI.CAdES.detached) shown in the signatory's "
           "block on the statement page. A certificate file on this computer "
           "makes a <b>TTE tidak tersertifikasi</b> (PP 71/2019 Ps. 60) unless a PSrE such as "
           "BSrE issued it. Passwords are used once and not kept. The PK is locked once its "
           "signed PDF is written."),
        this);
    notice->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Sign in the order:"), m_order);
    form->addRow(FormLabel::forField(tr("&Save to:"), m_path), pathRow);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign and export"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addWidget(m_certificates);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Export signed PK"), m_path->text(), tr("PDF (*.pdf)"));
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_certificates, &SignatoryCertificates::changed, this, &SignPkDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &SignPkDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

void SignPkDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_certificates->allChosen() && !m_path->text().trimmed().isEmpty());
}

SignPkDialog::Request SignPkDialog::takeRequest()
{
    Request request;
    request.path = m_path->text().trimmed();
    request.order = PkPdfSigning::Order(m_order->currentData().toInt());
    request.certificates = m_certificates->takeChoices();
    return request;
}

} // namespace Tepat
