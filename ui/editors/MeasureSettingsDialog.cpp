#include "editors/MeasureSettingsDialog.h"

#include "common/UiColors.h"
#include "values/IndonesianNumber.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tepat {

namespace {

enum BandColumn { LabelColumn, FromColumn, ColourColumn, BandColumnCount };

// "≥ 91" or "> 85"; empty for the last band, which takes everything below.
QString boundText(const KategoriScale::Band &band)
{
    if (!band.from)
        return {};
    return (band.inclusive ? QStringLiteral("\u2265 ") : QStringLiteral("> "))
        + IndonesianNumber::format(*band.from);
}

} // namespace

MeasureSettingsDialog::MeasureSettingsDialog(const MeasureSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_cap(new QComboBox(this))
    , m_formula(new QComboBox(this))
    , m_kendalaBelow(new QLineEdit(this))
    , m_scale(new QComboBox(this))
    , m_bands(new QTableWidget(0, BandColumnCount, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Capaian settings"));
    m_cap->addItem(tr("No cap"), int(MeasureSettings::Cap::None));
    m_cap->addItem(tr("At most 100 %"), int(MeasureSettings::Cap::Percent100));
    m_cap->addItem(tr("At most 120 %"), int(MeasureSettings::Cap::Percent120));
    m_cap->setCurrentIndex(m_cap->findData(int(settings.cap)));
    m_formula->addItem(tr("(2T − R) / T, PermenPAN-RB 8/2021"),
                       int(MeasureSettings::NegativeFormula::Regulation));
    m_formula->addItem(tr("T / R, the pemda's own practice"),
                       int(MeasureSettings::NegativeFormula::TargetOverRealisasi));
    m_formula->setCurrentIndex(m_formula->findData(int(settings.negativeFormula)));
    m_kendalaBelow->setPlaceholderText(tr("the worst kategori"));
    if (settings.kendalaBelow)
        m_kendalaBelow->setText(IndonesianNumber::format(*settings.kendalaBelow));
    for (const KategoriScale &scale : KategoriScale::builtIn())
        m_scale->addItem(scale.name(), scale.id());
    if (m_scale->findData(settings.kategori.id()) < 0
        || KategoriScale::builtIn()[m_scale->findData(settings.kategori.id())]
            != settings.kategori) {
        m_scale->addItem(tr("This workspace's own scale"), QString());
        m_scale->setCurrentIndex(m_scale->count() - 1);
    } else {
        m_scale->setCurrentIndex(m_scale->findData(settings.kategori.id()));
    }
    connect(m_scale, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString id = m_scale->itemData(index).toString();
        for (const KategoriScale &scale : KategoriScale::builtIn()) {
            if (scale.id() == id)
                showBands(scale);
        }
    });

    m_bands->setHorizontalHeaderLabels({tr("Kategori"), tr("From capaian"), tr("Colour")});
    m_bands->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_bands->verticalHeader()->hide();
    showBands(settings.kategori);
    m_problem->setWordWrap(true);
    UiColors::setError(m_problem, true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Cap"), m_cap);
    form->addRow(tr("&Lower is better"), m_formula);
    form->addRow(tr("&Kendala needed below (%)"), m_kendalaBelow);
    form->addRow(tr("Kategori &scale"), m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasureSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Bands, best first; the last one takes everything below. "
                                    "Write a bound as \"≥ 91\" or \"> 85\"."),
                                 this));
    layout->addWidget(m_bands);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void MeasureSettingsDialog::showBands(const KategoriScale &scale)
{
    m_bands->setRowCount(int(scale.bands().size()));
    for (int row = 0; row < scale.bands().size(); ++row) {
        const KategoriScale::Band &band = scale.bands()[row];
        m_bands->setItem(row, LabelColumn, new QTableWidgetItem(band.label));
        m_bands->setItem(row, FromColumn, new QTableWidgetItem(boundText(band)));
        auto *colour = new QTableWidgetItem(band.colour);
        if (!band.colour.isEmpty())
            colour->setBackground(QColor(band.colour));
        colour->setForeground(QColor(Qt::black));
        m_bands->setItem(row, ColourColumn, colour);
    }
}

void MeasureSettingsDialog::accept()
{
    MeasureSettings chosen = m_settings;
    chosen.cap = MeasureSettings::Cap(m_cap->currentData().toInt());
    chosen.negativeFormula = MeasureSettings::NegativeFormula(m_formula->currentData().toInt());
    chosen.kendalaBelow.reset();
    if (const QString below = m_kendalaBelow->text().trimmed(); !below.isEmpty()) {
        const Result<Decimal> value = IndonesianNumber::parse(below);
        if (!value) {
            m_problem->setText(value.error().message);
            return;
        }
        chosen.kendalaBelow = *value;
    }
    QList<KategoriScale::Band> bands;
    for (int row = 0; row < m_bands->rowCount(); ++row) {
        KategoriScale::Band band;
        band.label = m_bands->item(row, LabelColumn)->text().trimmed();
        band.colour = m_bands->item(row, ColourColumn)->text().trimmed();
        QString bound = m_bands->item(row, FromColumn)->text().trimmed();
        band.inclusive = !bound.startsWith(u'>');
        for (const QString &sign : {QStringLiteral("\u2265"), QStringLiteral(">=")}) {
            if (bound.startsWith(sign))
                bound = bound.mid(sign.size());
        }
        if (bound.startsWith(u'>'))
            bound = bound.mid(1);
        if (!bound.trimmed().isEmpty()) {
            const Result<Decimal> from = IndonesianNumber::parse(bound.trimmed());
            if (!from) {
                m_problem->setText(tr("Kategori \"%1\": %2").arg(band.label, from.error().message));
                return;
            }
            band.from = *from;
        }
        bands.append(band);
    }
    // A built-in scale whose bands were edited becomes the workspace's own.
    const QString id = m_scale->currentData().toString();
    const auto builtIn = std::find_if(
        KategoriScale::builtIn().cbegin(),
        KategoriScale::builtIn().cend(),
        [&](const KategoriScale &scale) { return scale.id() == id && scale.bands() == bands; });
    const bool own = builtIn == KategoriScale::builtIn().cend();
    const QString ownName = m_settings.kategori.bands() == bands ? m_settings.kategori.name()
                                                                 : QStringLiteral("Skala pemda");
    const Result<KategoriScale> scale = own
        ? KategoriScale::make(QStringLiteral("pemda"), ownName, bands)
        : Result<KategoriScale>(*builtIn);
    if (!scale) {
        m_problem->setText(scale.error().message);
        return;
    }
    chosen.kategori = *scale;
    m_settings = chosen;
    QDialog::accept();
}

} // namespace Tepat
