#include "editors/RealisasiView.h"

#include "common/PasteTableView.h"
#include "common/UiColors.h"
#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "editors/ChoiceDelegate.h"
#include "editors/FeedbackDelegate.h"
#include "editors/MeasureSettingsDialog.h"
#include "editors/RealisasiAnggaranModel.h"
#include "editors/RealisasiModel.h"
#include "measure/CapaianEngine.h"
#include "measure/CapaianSummary.h"
#include "measure/RealisasiInput.h"
#include "measure/SerapanAnggaran.h"
#include "values/IndonesianNumber.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

namespace Tepat {

namespace {

void setWidths(QTableView *table, std::initializer_list<std::pair<int, int>> widths)
{
    for (const auto &[column, characters] : widths)
        table->setColumnWidth(column, table->fontMetrics().averageCharWidth() * characters);
}

} // namespace

RealisasiView::RealisasiView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_quarters(new QTabBar(this))
    , m_closed(new QComboBox(this))
    , m_settings(new QPushButton(tr("Capaian &settings…"), this))
    , m_summary(new QLabel(this))
    , m_model(new RealisasiModel(document, this))
    , m_table(new PasteTableView(this))
    , m_feedback(new QLabel(this))
    , m_anggaranModel(new RealisasiAnggaranModel(document, this))
    , m_anggaranTable(new PasteTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter)
        m_quarters->addTab(tr("up to %1").arg(Realisasi::quarterName(quarter)));
    m_closed->addItem(tr("none"));
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter)
        m_closed->addItem(Realisasi::quarterName(quarter));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().lineSpacing() * 2);

    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setWidths(m_table,
              {{RealisasiModel::IndicatorColumn, 28},
               {RealisasiModel::SatuanColumn, 8},
               {RealisasiModel::MetodeColumn, 12},
               {RealisasiModel::TargetColumn, 12},
               {RealisasiModel::Realisasi1Column, 12},
               {RealisasiModel::Realisasi2Column, 12},
               {RealisasiModel::Realisasi3Column, 12},
               {RealisasiModel::Realisasi4Column, 12},
               {RealisasiModel::QuarterTargetColumn, 11},
               {RealisasiModel::CapaianColumn, 11},
               {RealisasiModel::KategoriColumn, 12},
               {RealisasiModel::KendalaColumn, 16},
               {RealisasiModel::TindakLanjutColumn, 16},
               {RealisasiModel::BuktiColumn, 16},
               {RealisasiModel::FaktorPendukungColumn, 18},
               {RealisasiModel::FaktorPenghambatColumn, 18}});
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setItemDelegateForColumn(RealisasiModel::MetodeColumn,
                                      new ChoiceDelegate({QStringLiteral("kumulatif"),
                                                          QStringLiteral("nilai akhir"),
                                                          QStringLiteral("rata-rata")},
                                                         this));
    auto *realisasiDelegate = new FeedbackDelegate(
        [this](const QModelIndex &index, const QString &text) {
            const Cascade &cascade = m_document->cascade();
            const Indicator *indicator = cascade.indicator(m_model->indicatorAt(index.row()));
            const PkDocument *pk = cascade.pk(m_pkId);
            if (!indicator || !pk)
                return QString();
            const Result<TargetValue> value
                = RealisasiInput::realisasi(text, indicator->target(pk->year));
            return value ? QString() : value.error().message;
        },
        this);
    for (int column = RealisasiModel::Realisasi1Column; column <= RealisasiModel::Realisasi4Column;
         ++column) {
        m_table->setItemDelegateForColumn(column, realisasiDelegate);
    }
    connect(realisasiDelegate, &FeedbackDelegate::feedback, this, [this](const QString &message) {
        m_rejected = message;
        showFeedback();
    });
    connect(m_model, &RealisasiModel::rejected, this, [this](const QString &message) {
        m_rejected = message;
        showFeedback();
    });
    connect(m_model, &RealisasiModel::measured, this, &RealisasiView::showSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_rejected.clear();
        showFeedback();
    });
    connect(m_document, &WorkspaceDocument::findingsChanged, this, &RealisasiView::showFeedback);

    m_anggaranTable->setModel(m_anggaranModel);
    m_anggaranTable->horizontalHeader()->setStretchLastSection(true);
    m_anggaranTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setWidths(m_anggaranTable,
              {{RealisasiAnggaranModel::ProgramColumn, 40},
               {RealisasiAnggaranModel::AnggaranColumn, 22},
               {RealisasiAnggaranModel::Spent1Column, 21},
               {RealisasiAnggaranModel::Spent2Column, 21},
               {RealisasiAnggaranModel::Spent3Column, 21},
               {RealisasiAnggaranModel::Spent4Column, 21}});
    m_anggaranTable->setMaximumHeight(m_anggaranTable->fontMetrics().lineSpacing() * 8);
    connect(
        m_anggaranModel, &RealisasiAnggaranModel::rejected, this, [this](const QString &message) {
            m_rejected = message;
            showFeedback();
        });
    connect(m_anggaranModel, &QAbstractItemModel::dataChanged, this, &RealisasiView::showSummary);

    connect(m_quarters, &QTabBar::currentChanged, this, [this](int index) {
        m_model->setQuarter(index + 1);
        m_anggaranModel->setQuarter(index + 1);
        showSummary();
    });
    connect(m_closed, &QComboBox::activated, this, &RealisasiView::chooseClosed);
    connect(m_settings, &QPushButton::clicked, this, &RealisasiView::editSettings);
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id == 0)
            showClosed();
    });

    auto *bar = new QHBoxLayout;
    auto *measuredLabel = new QLabel(tr("Capaian"), this);
    bar->addWidget(measuredLabel);
    bar->addWidget(m_quarters);
    bar->addStretch();
    auto *closedLabel = new QLabel(tr("&Closed up to"), this);
    closedLabel->setBuddy(m_closed);
    bar->addWidget(closedLabel);
    bar->addWidget(m_closed);
    bar->addWidget(m_settings);
    auto *anggaran = new QGroupBox(tr("Realisasi anggaran"), this);
    auto *anggaranLayout = new QVBoxLayout(anggaran);
    anggaranLayout->addWidget(m_anggaranTable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_feedback);
    layout->addWidget(anggaran);
}

RealisasiView::~RealisasiView()
{
    // A cell left open would commit when its window hides on the way out, after this destructor:
    // the model's signals would reach a view already half destroyed.
    m_table->discardEdit();
    m_anggaranTable->discardEdit();
}

void RealisasiView::setPk(qint64 pkId)
{
    m_pkId = pkId;
    const Cascade &cascade = m_document->cascade();
    const PkDocument *pk = cascade.pk(pkId);
    m_title->setText(pk ? tr("Realisasi of PK %1: %2, %3")
                              .arg(pk->year)
                              .arg(pk->pihakPertama.jabatan, pk->pihakPertama.name)
                        : QString());
    // The quarter to look at first: the last closed one of the reporting year, else the last one
    // reported.
    const MeasureSettings &settings = cascade.measureSettings();
    int quarter = pk ? CapaianEngine::lastReportedQuarter(cascade, pk->year) : 1;
    if (pk && settings.reportingYear == pk->year && settings.closedQuarter > 0)
        quarter = settings.closedQuarter;
    quarter = std::max(1, quarter);
    m_model->setQuarter(quarter);
    m_anggaranModel->setQuarter(quarter);
    m_model->setPk(pkId);
    m_anggaranModel->setPk(pkId);
    {
        const QSignalBlocker blocker(m_quarters);
        m_quarters->setCurrentIndex(quarter - 1);
    }
    m_rejected.clear();
    showClosed();
    showSummary();
    showFeedback();
}

void RealisasiView::focusIndicator(qint64 indicatorId, const QString &field)
{
    const int row = m_model->rowOf(indicatorId);
    if (row < 0)
        return;
    int column = RealisasiModel::IndicatorColumn;
    if (field == QLatin1String("realisasi"))
        column = RealisasiModel::Realisasi1Column + m_model->quarter() - 1;
    else if (field == QLatin1String("kendala"))
        column = RealisasiModel::KendalaColumn;
    else if (field == QLatin1String("bukti"))
        column = RealisasiModel::BuktiColumn;
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->setFocus();
}

void RealisasiView::showSummary()
{
    const Cascade &cascade = m_document->cascade();
    const PkDocument *pk = cascade.pk(m_pkId);
    if (!pk) {
        m_summary->clear();
        return;
    }
    const int quarter = m_model->quarter();
    const CapaianSummary summary
        = CapaianSummary::of(m_model->capaian(), cascade.measureSettings().kategori);
    QStringList parts;
    parts.append(tr("Mean capaian up to %1: %2")
                     .arg(Realisasi::quarterName(quarter),
                          summary.rataRata ? Capaian::percentText(*summary.rataRata)
                                           : QStringLiteral("\u2014")));
    for (const auto &[label, count] : summary.perKategori)
        parts.append(QStringLiteral("%1 %2").arg(label).arg(count));
    if (summary.unmeasured > 0)
        parts.append(tr("%n without capaian", nullptr, summary.unmeasured));
    const std::optional<Decimal> serapan = SerapanAnggaran::serapan(*pk, quarter);
    if (serapan) {
        parts.append(tr("serapan anggaran %1").arg(Capaian::percentText(*serapan)));
        if (const auto efisiensi = SerapanAnggaran::efisiensi(summary.rataRata, serapan))
            parts.append(tr("efisiensi %1").arg(IndonesianNumber::format(*efisiensi, 2, 2)));
    }
    m_summary->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void RealisasiView::showFeedback()
{
    if (!m_rejected.isEmpty()) {
        UiColors::setError(m_feedback, true);
        m_feedback->setText(m_rejected);
        return;
    }
    UiColors::setError(m_feedback, false);
    const qint64 indicatorId = m_model->indicatorAt(m_table->currentIndex().row());
    QStringList lines;
    const Language language = UiLanguage::current();
    for (const Finding &finding : m_document->checker().findingsFor(indicatorId)) {
        lines.append(QStringLiteral("%1 \u2014 %2")
                         .arg(finding.message.text(language), finding.suggestion.text(language)));
    }
    m_feedback->setText(lines.join(QLatin1Char('\n')));
}

void RealisasiView::showClosed()
{
    const PkDocument *pk = m_document->cascade().pk(m_pkId);
    const MeasureSettings &settings = m_document->cascade().measureSettings();
    const QSignalBlocker blocker(m_closed);
    m_closed->setCurrentIndex(pk && settings.reportingYear == pk->year ? settings.closedQuarter
                                                                       : 0);
    m_closed->setEnabled(pk && !m_document->isReadOnly());
}

void RealisasiView::chooseClosed(int index)
{
    const PkDocument *pk = m_document->cascade().pk(m_pkId);
    if (!pk)
        return;
    MeasureSettings settings = m_document->cascade().measureSettings();
    settings.reportingYear = index == 0 ? 0 : pk->year;
    settings.closedQuarter = index;
    m_document->edits().editMeasureSettings(settings);
}

void RealisasiView::editSettings()
{
    MeasureSettingsDialog dialog(m_document->cascade().measureSettings(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->edits().editMeasureSettings(dialog.settings());
}

} // namespace Tepat
