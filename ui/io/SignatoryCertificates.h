#pragma once

#include "model/Official.h"

#include <QWidget>

class QGridLayout;
class QLineEdit;

namespace Tepat {

// The certificate of each signatory, as rows of a form: who (name and jabatan), their PKCS#12
// file and its password. A row left empty means that official has no certificate here; their
// PKs stay unsigned. Passwords are read once by takeChoices() and the fields are cleared: Tepat
// never keeps them.
class SignatoryCertificates : public QWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        QString officialKey; // PkPdfSigning::officialKey
        QString name;
        QString p12;
        QByteArray password;
    };

    explicit SignatoryCertificates(QWidget *parent = nullptr);

    void setSignatories(const QList<Official> &officials);
    int count() const { return int(m_rows.size()); }
    QLineEdit *fileEdit(int row) const { return m_rows[row].file; }
    QLineEdit *passwordEdit(int row) const { return m_rows[row].password; }
    bool allChosen() const;
    // The rows with a file, with their passwords; the password fields are emptied.
    QList<Choice> takeChoices();

signals:
    void changed();

private:
    struct Row
    {
        QString key;
        QString name;
        QLineEdit *file;
        QLineEdit *password;
        QList<QWidget *> widgets;
    };

    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace Tepat
