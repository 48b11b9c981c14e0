#include "io/SignatoryCertificates.h"

#include "sign/PkPdfSigning.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Tepat {

SignatoryCertificates::SignatoryCertificates(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->addWidget(new QLabel(tr("<b>Signatory</b>"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("<b>Certificate (.p12, .pfx)</b>"), this), 0, 1, 1, 2);
    m_grid->addWidget(new QLabel(tr("<b>Password</b>"), this), 0, 3);
    m_grid->setColumnStretch(1, 1);
}

void SignatoryCertificates::setSignatories(const QList<Official> &officials)
{
    for (const Row &row : std::as_const(m_rows))
        qDeleteAll(row.widgets);
    m_rows.clear();
    for (const Official &official : officials) {
        Row row;
        row.key = PkPdfSigning::officialKey(official);
        row.name = official.name;
        auto *who = new QLabel(QStringLiteral("%1\n%2").arg(official.name, official.jabatan), this);
        row.file = new QLineEdit(this);
        row.file->setPlaceholderText(tr("no certificate: their PKs stay unsigned"));
        auto *browse = new QPushButton(tr("Browse…"), this);
        row.password = new QLineEdit(this);
        row.password->setEchoMode(QLineEdit::Password);
        const int line = int(m_rows.size()) + 1;
        m_grid->addWidget(who, line, 0);
        m_grid->addWidget(row.file, line, 1);
        m_grid->addWidget(browse, line, 2);
        m_grid->addWidget(row.password, line, 3);
        row.widgets = {who, row.file, browse, row.password};
        QLineEdit *file = row.file;
        connect(browse, &QPushButton::clicked, this, [this, file] {
            const QString chosen = QFileDialog::getOpenFileName(
                this, tr("Certificate"), file->text(), tr("PKCS#12 (*.p12 *.pfx)"));
            if (!chosen.isEmpty())
                file->setText(QDir::toNativeSeparators(chosen));
        });
        connect(row.file, &QLineEdit::textChanged, this, &SignatoryCertificates::changed);
        m_rows.append(row);
    }
    emit changed();
}

bool SignatoryCertificates::allChosen() const
{
    return std::all_of(m_rows.begin(), m_rows.end(), [](const Row &row) {
        return !row.file->text().trimmed().isEmpty();
    });
}

QList<SignatoryCertificates::Choice> SignatoryCertificates::takeChoices()
{
    QList<Choice> choices;
    for (const Row &row : std::as_const(m_rows)) {
        const QString file = row.file->text().trimmed();
        if (!file.isEmpty())
            choices.append({row.key, row.name, file, row.password->text().toUtf8()});
        row.password->clear();
    }
    return choices;
}

} // namespace Tepat
