#pragma once

#include "io/SignatoryCertificates.h"
#include "print/PkBatchExport.h"
#include "sign/PkPdfSigning.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace Tepat {

// Asks what a signing ceremony needs printed: the year, the OPDs (all by default; the kepala
// daerah's own PK is an entry of its own), the levels, with or without Pakta Integritas, and one
// PDF or one file per OPD in a folder. It counts the PKs the choice takes as the user changes it.
// With "Sign each PK", every PK goes to a file of its own in the folder and is signed with the
// certificates given for its signatories (each their own file and password); a signatory left
// without one leaves their PKs unsigned.
class CeremonyExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        PkBatchExport::Selection selection;
        bool paktaIntegritas = true;
        bool split = false;
        QString path; // the PDF, or the folder when split or signed
        bool sign = false;
        PkPdfSigning::Order order = PkPdfSigning::Order::PihakKeduaFirst;
        QList<SignatoryCertificates::Choice> certificates; // with passwords; see takeRequest()
    };

    // folder: where the files go unless the user picks another place.
    CeremonyExportDialog(const Cascade &cascade,
                         const PaperFormat &paper,
                         const QString &folder,
                         QWidget *parent = nullptr);

    Request request() const;
    // The request with the certificates and their passwords; the password fields are emptied.
    Request takeRequest();
    int selectedPkCount() const;

    QComboBox *yearBox() const { return m_year; }
    QListWidget *opdList() const { return m_opds; }
    QCheckBox *levelBox(PkDocument::Level level) const { return m_levels[int(level)]; }
    QCheckBox *paktaBox() const { return m_pakta; }
    QRadioButton *splitButton() const { return m_split; }
    QCheckBox *signBox() const { return m_sign; }
    SignatoryCertificates *certificates() const { return m_certificates; }
    QLineEdit *pathEdit() const { return m_path; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();
    void browse();
    void outputModeChanged();
    QString suggestedFileName() const;

    Cascade m_cascade;
    QComboBox *m_year;
    QListWidget *m_opds;
    QList<QCheckBox *> m_levels;
    QCheckBox *m_pakta;
    QRadioButton *m_oneFile;
    QRadioButton *m_split;
    QLineEdit *m_path;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    QString m_suggested; // the file name Tepat proposed for the year shown
    QCheckBox *m_sign;
    QComboBox *m_order;
    SignatoryCertificates *m_certificates;
    QStringList m_signatoryKeys; // whose rows the certificates show
};

} // namespace Tepat
