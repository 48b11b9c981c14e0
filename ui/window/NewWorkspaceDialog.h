#pragma once

#include "model/Cascade.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Tepat {

// "New workspace": asks for the pemda (name, kepala daerah, ibu kota), the RPJMD period and the
// OPDs, one per line ("Dinas Kesehatan (Dinkes)"), and builds an empty cascade from them. OK
// stays disabled until the pemda has a name.
class NewWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewWorkspaceDialog(QWidget *parent = nullptr);

    // The cascade the answers describe; fails with the cascade's own reason.
    Result<Cascade> cascade() const;

    QLineEdit *pemdaEdit() const { return m_pemda; }
    QComboBox *titleBox() const { return m_title; }
    QLineEdit *kepalaDaerahEdit() const { return m_kepalaDaerah; }
    QSpinBox *startYearBox() const { return m_startYear; }
    QPlainTextEdit *opdEdit() const { return m_opds; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit *m_pemda;
    QComboBox *m_title;
    QLineEdit *m_kepalaDaerah;
    QLineEdit *m_ibuKota;
    QSpinBox *m_startYear;
    QLabel *m_period;
    QPlainTextEdit *m_opds;
    QDialogButtonBox *m_buttons;
    bool m_titleChosen = false;
};

} // namespace Tepat
