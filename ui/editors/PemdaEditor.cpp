#include "editors/PemdaEditor.h"

#include "common/UiColors.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tepat {

PemdaEditor::PemdaEditor(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_title(new QComboBox(this))
    , m_kepalaDaerah(new QLineEdit(this))
    , m_ibuKota(new QLineEdit(this))
    , m_start(new QSpinBox(this))
    , m_end(new QSpinBox(this))
    , m_visi(new QPlainTextEdit(this))
    , m_misi(new QPlainTextEdit(this))
    , m_paper(new QComboBox(this))
    , m_feedback(new QLabel(this))
{
    m_title->addItems({tr("Bupati"), tr("Wali Kota"), tr("Gubernur")});
    m_start->setRange(1945, 2100);
    m_end->setRange(1945, 2100);
    m_visi->setTabChangesFocus(true);
    m_misi->setTabChangesFocus(true);
    m_visi->setFixedHeight(m_visi->fontMetrics().lineSpacing() * 3 + 12);
    m_misi->setPlaceholderText(tr("One misi per line"));
    // In the order of PaperFormat::Size.
    m_paper->addItems({tr("A4 (210 × 297 mm)"), tr("F4 (215 × 330 mm)")});
    m_paper->setToolTip(tr("The paper every PK of this workspace is exported and printed on."));
    m_feedback->setWordWrap(true);
    UiColors::setError(m_feedback, true);
    m_feedback->hide();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Pemda:"), m_name);
    form->addRow(tr("Kepala daerah &title:"), m_title);
    form->addRow(tr("&Kepala daerah:"), m_kepalaDaerah);
    form->addRow(tr("&Ibu kota:"), m_ibuKota);
    form->addRow(tr("RPJMD &from:"), m_start);
    form->addRow(tr("RPJMD &to:"), m_end);
    form->addRow(QString(), m_feedback);
    form->addRow(tr("&Visi:"), m_visi);
    form->addRow(tr("&Misi:"), m_misi);
    form->addRow(tr("PK pa&per:"), m_paper);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    for (QLineEdit *edit : {m_name, m_kepalaDaerah, m_ibuKota}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            push(edit == m_name               ? QStringLiteral("name")
                     : edit == m_kepalaDaerah ? QStringLiteral("kepalaDaerah")
                                              : QStringLiteral("ibuKota"));
        });
    }
    connect(m_title, &QComboBox::activated, this, [this] { push(QStringLiteral("title")); });
    connect(m_start, &QSpinBox::valueChanged, this, [this] { push(QStringLiteral("start")); });
    connect(m_end, &QSpinBox::valueChanged, this, [this] { push(QStringLiteral("end")); });
    connect(m_visi, &QPlainTextEdit::textChanged, this, [this] { push(QStringLiteral("visi")); });
    connect(m_misi, &QPlainTextEdit::textChanged, this, [this] { push(QStringLiteral("misi")); });
    connect(m_paper, &QComboBox::activated, this, [this](int index) {
        if (m_loading)
            return;
        PrintSettings settings = m_document->cascade().printSettings();
        settings.paper = PaperFormat::Size(index);
        m_document->edits().editPrintSettings(settings);
    });
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id == 0)
            load();
    });
}

void PemdaEditor::push(const QString &field)
{
    if (m_loading)
        return;
    const Cascade &cascade = m_document->cascade();
    Pemda pemda = cascade.pemda();
    pemda.name = m_name->text();
    pemda.kepalaDaerahTitle = Pemda::Title(m_title->currentIndex());
    pemda.kepalaDaerahName = m_kepalaDaerah->text();
    pemda.ibuKota = m_ibuKota->text();
    Periode periode = cascade.periode();
    periode.startYear = m_start->value();
    periode.endYear = m_end->value();
    periode.visi = m_visi->toPlainText();
    // Misi keep their ids by position, so that the RPJMD tujuan that serve them stay linked.
    const QStringList lines = m_misi->toPlainText().split(u'\n');
    QList<Misi> misi;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty() && i == lines.size() - 1)
            continue;
        const qint64 id = i < periode.misi.size() ? periode.misi[i].id : m_document->allocateId();
        misi.append(Misi {id, lines[i]});
    }
    periode.misi = misi;
    // Cascade::setPeriode is the judge of a valid span; a refused edit is not pushed.
    Cascade probe;
    if (Result<void> valid = probe.setPeriode(periode); !valid) {
        m_feedback->setText(valid.error().message);
        m_feedback->show();
        return;
    }
    m_feedback->hide();
    m_document->edits().editPemda(pemda, periode, field);
}

void PemdaEditor::load()
{
    const Cascade &cascade = m_document->cascade();
    m_loading = true;
    if (m_name->text() != cascade.pemda().name)
        m_name->setText(cascade.pemda().name);
    m_title->setCurrentIndex(int(cascade.pemda().kepalaDaerahTitle));
    if (m_kepalaDaerah->text() != cascade.pemda().kepalaDaerahName)
        m_kepalaDaerah->setText(cascade.pemda().kepalaDaerahName);
    if (m_ibuKota->text() != cascade.pemda().ibuKota)
        m_ibuKota->setText(cascade.pemda().ibuKota);
    m_start->setValue(cascade.periode().startYear);
    m_end->setValue(cascade.periode().endYear);
    if (m_visi->toPlainText() != cascade.periode().visi)
        m_visi->setPlainText(cascade.periode().visi);
    QStringList misi;
    for (const Misi &one : cascade.periode().misi)
        misi.append(one.text);
    if (m_misi->toPlainText() != misi.join(u'\n'))
        m_misi->setPlainText(misi.join(u'\n'));
    m_paper->setCurrentIndex(int(cascade.printSettings().paper));
    m_loading = false;
}

} // namespace Tepat
