#pragma once

#include "io/SignatoryCertificates.h"
#include "sign/PkPdfSigning.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Tepat {

class Cascade;

// Asks what a signed export of one PK needs: each signatory's certificate and password, who
// signs first, and where the PDF goes. It says plainly that a certificate file on this computer
// makes a TTE tidak tersertifikasi unless a PSrE issued it. Export is possible once every
// signatory has a certificate.
class SignPkDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        QString path;
        PkPdfSigning::Order order = PkPdfSigning::Order::PihakKeduaFirst;
        QList<SignatoryCertificates::Choice> certificates;
    };

    SignPkDialog(const Cascade &cascade, qint64 pkId, const QString &path, QWidget *parent);

    // The choices, passwords included; the dialog's password fields are emptied.
    Request takeRequest();

    SignatoryCertificates *certificates() const { return m_certificates; }
    QComboBox *orderBox() const { return m_order; }
    QLineEdit *pathEdit() const { return m_path; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    SignatoryCertificates *m_certificates;
    QComboBox *m_order;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};

} // namespace Tepat
